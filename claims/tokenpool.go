package claims

// maxPooledTokens bounds the buffers the Extractor keeps: a gigantic body
// (about 80 bytes a token) is tokenized into a buffer of its own and
// dropped afterwards.
const maxPooledTokens = 1 << 15

// scratch is what extracting one article needs and nothing it returns
// points into: its tokens, its sentences and the claims found before they
// are condensed. An Extractor recycles them, since a new set per article
// was most of what extraction allocated.
type scratch struct {
	toks  []token
	sents []sentence
	found []Claim
}

// scratch gives empty buffers, recycled when a set is free.
func (x *Extractor) scratch() *scratch {
	if b, ok := x.tokens.Get().(*scratch); ok {
		return b
	}
	return new(scratch)
}

// recycle hands a set back once nothing of its article is read any more.
// The strings its tokens and claims name stay reachable until the next
// article overwrites them: a few articles' text per processor.
func (x *Extractor) recycle(b *scratch) {
	if cap(b.toks) > maxPooledTokens {
		return
	}
	b.toks, b.sents, b.found = b.toks[:0], b.sents[:0], b.found[:0]
	x.tokens.Put(b)
}
