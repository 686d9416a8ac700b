package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SentenceWords is the fewest words a sentence needs to count. Furniture
// ("Sign up for our briefing", "Comments (31) | Share", a bylined header)
// is shorter, and a long sentence is specific enough that two outlets
// writing it word for word are copying.
const SentenceWords = 8

// Containment rules: a text is a copy of an original when at least
// MinSharedSentences of its long sentences, and at least
// CopyShare of all of them, are the original's. An update that adds
// several paragraphs keeps under CopyShare; an article quoting one or two
// wire sentences stays under MinSharedSentences.
const (
	MinSharedSentences = 3
	CopyShare          = 0.7
)

// Signature is what a store needs to recognise a copy of a text: its
// SimHash and the hashes of its long sentences. Either signal suffices.
type Signature struct {
	Fingerprint uint64
	Sentences   []uint64
}

// Sign computes a text's Signature: Fingerprint and Sentences, from one
// pass over its words when it can (sign.go).
func Sign(text string) Signature {
	if lower, spans, ok := plainWords(text); ok {
		return Signature{Fingerprint: fingerprintOfSpans(lower, spans), Sentences: sentencesOf(text, lower, spans)}
	}
	return Signature{Fingerprint: Fingerprint(text), Sentences: Sentences(text)}
}

// Sentences hashes each distinct sentence of at least SentenceWords words,
// in the order they first occur. Sentences are normalised like Words, so
// typography and case never change a hash; a new line ends a sentence too,
// so a header or a list of other headlines never runs into the article.
func Sentences(text string) []uint64 {
	var out []uint64
	seen := map[uint64]bool{}
	for _, s := range splitSentences(text) {
		words := Words(s)
		if len(words) < SentenceWords || syndicationNotice(s) {
			continue
		}
		if sum := shingleHash(words); !seen[sum] { // FNV-1a of the words joined by spaces
			seen[sum] = true
			out = append(out, sum)
		}
	}
	return out
}

// syndicationNotice reports the line a reprint adds to say where the
// article first ran, "This article was published in thejakartapost.com
// with the title …": the reprint's own sentence, which would count against
// a short article's share of sentences its original has.
func syndicationNotice(sentence string) bool {
	s := strings.TrimSpace(sentence)
	for _, p := range noticePrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

var noticePrefixes = []string{"this article was published", "this article was originally", "this story was originally",
	"this article first appeared", "this story first appeared", "originally published", "click to read"}

// IsCopy applies the containment rules: shared is how many of a text's n
// long sentences one original also has.
func IsCopy(shared, n int) bool {
	return shared >= MinSharedSentences && float64(shared) >= CopyShare*float64(n)
}

// splitSentences cuts text after '.', '!', '?' or '…' followed (past any
// closing quotes or brackets) by white space or the end. "3.5" and
// "U.S.-led" stay whole; "U.S. troops" is cut, but the same way in every
// copy, so it costs nothing but a short fragment. A line that does not end
// a sentence is dropped: headers, lists of other stories' headlines and
// share bars are furniture, and they would otherwise outvote a short
// article's own sentences.
func splitSentences(text string) []string {
	var out []string
	for _, s := range sentenceSpans(text) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

// span is a part of a text, by byte offsets.
type span struct{ start, end int }

// sentenceSpans is splitSentences by offsets.
func sentenceSpans(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); {
		// Only the bytes that can start a line break or a stop are looked
		// at; '…' is the one such rune that is not ASCII, and a lead byte
		// is never part of another rune, so no rune is decoded to skip it.
		c := text[i]
		if !stopByte[c] {
			i++
			continue
		}
		if c == 0xE2 && !strings.HasPrefix(text[i:], "…") {
			i++
			continue
		}
		if c == 0xE2 {
			i += len("…")
		} else {
			i++
		}
		if c == '\n' || c == '\r' {
			start = i // an unfinished line: furniture
			continue
		}
		j := i
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if !isCloser(c) {
				break
			}
			j += n
		}
		if next, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && !unicode.IsSpace(next) {
			continue
		}
		if s := trimSpan(text, start, j); s.end > s.start {
			out = append(out, s)
		}
		start, i = j, j
	}
	return out
}

// stopByte marks the bytes sentenceSpans stops at: line breaks, full
// stops, and the first byte of '…'.
var stopByte = [256]bool{'\n': true, '\r': true, '.': true, '!': true, '?': true, 0xE2: true}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}
