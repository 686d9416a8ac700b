package claims

// maxPooledTokens bounds the buffers the Extractor keeps: a gigantic body
// (about 80 bytes a token) is tokenized into a buffer of its own and
// dropped afterwards.
const maxPooledTokens = 1 << 15

// tokenBuffer gives an empty token buffer, recycled when one is free.
func (x *Extractor) tokenBuffer() *[]token {
	if b, ok := x.tokens.Get().(*[]token); ok {
		return b
	}
	return new([]token)
}

// recycle hands a buffer back once nothing of its article is read any
// more. The strings its tokens name stay reachable until the next article
// overwrites them: a few articles' text per processor.
func (x *Extractor) recycle(b *[]token) {
	if cap(*b) > maxPooledTokens {
		return
	}
	*b = (*b)[:0]
	x.tokens.Put(b)
}
