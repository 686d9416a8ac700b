package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainWords is Words for a text whose letters and digits are all ASCII,
// as the lower-cased text and each word's span in it; false for any other
// text. Where every other rune is a mark that case leaves alone (curly
// quotes, dashes, no-break spaces), strings.ToLower changes only the ASCII
// capitals and keeps every byte in place, so the spans give Words' words,
// and a sentence's words are those whose spans lie in it. That lets Sign
// split and lower the text once instead of once for the fingerprint and
// again for each sentence; the words are read through their spans, not
// copied into a list of strings. Checking, lowering and splitting are one
// pass over the bytes: three were a third of Sign.
func plainWords(text string) (string, []span, bool) {
	spans := make([]span, 0, len(text)/6)
	var low []byte // a copy of text once it has a capital to lower
	start := -1    // where the current word began, or -1 between words
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.ToLower(r) != r {
				return "", nil, false
			}
			if start >= 0 {
				spans, start = append(spans, span{start, i}), -1
			}
			i += size
			continue
		}
		if 'A' <= c && c <= 'Z' {
			if low == nil {
				low = []byte(text)
			}
			c += 'a' - 'A'
			low[i] = c
		}
		inWord := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			spans, start = append(spans, span{start, i}), -1
		}
		i++
	}
	if start >= 0 {
		spans = append(spans, span{start, len(text)})
	}
	if low == nil {
		return text, spans, true
	}
	return string(low), spans, true
}

// fingerprintOfSpans is fingerprintOf of the words at spans of lower.
func fingerprintOfSpans(lower string, spans []span) uint64 {
	if len(spans) == 0 {
		return 0
	}
	var v votes
	n := max(len(spans)-ShingleWords+1, 1)
	for i := range n {
		v.add(shingleHashOfSpans(lower, spans[i:min(i+ShingleWords, len(spans))]))
	}
	return v.majority(n)
}

// shingleHashOfSpans is shingleHash of the words at spans of lower.
func shingleHashOfSpans(lower string, spans []span) uint64 {
	h := uint64(fnvOffset64)
	for i, s := range spans {
		if i > 0 {
			h = (h ^ ' ') * fnvPrime64
		}
		for j := s.start; j < s.end; j++ {
			h = (h ^ uint64(lower[j])) * fnvPrime64
		}
	}
	return h
}

// sentencesOf is Sentences from the lower-cased text's word spans.
func sentencesOf(text, lower string, spans []span) []uint64 {
	var out []uint64
	var seen map[uint64]bool // once out is long; a short one is scanned
	w := 0
	for _, s := range sentenceSpans(text) {
		for w < len(spans) && spans[w].start < s.start {
			w++
		}
		first := w
		for w < len(spans) && spans[w].end <= s.end {
			w++
		}
		if w-first < SentenceWords || syndicationNotice(text[s.start:s.end]) {
			continue
		}
		sum := shingleHashOfSpans(lower, spans[first:w])
		if seen != nil && seen[sum] || seen == nil && slices.Contains(out, sum) {
			continue
		}
		out = append(out, sum)
		switch {
		case seen != nil:
			seen[sum] = true
		case len(out) == seenScan:
			seen = make(map[uint64]bool, 2*seenScan)
			for _, h := range out {
				seen[h] = true
			}
		}
	}
	return out
}

// seenScan is how many sentence hashes sentencesOf looks through before
// it keeps them in a map: an article has about twenty.
const seenScan = 32

// trimSpan is strings.TrimSpace(text[start:end]) by offsets.
func trimSpan(text string, start, end int) span {
	s := text[start:end]
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	return span{start + lead, start + lead + len(strings.TrimSpace(s))}
}
