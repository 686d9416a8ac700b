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
// copied into a list of strings.
func plainWords(text string) (string, []span, bool) {
	lower, ok := plainLower(text)
	if !ok {
		return "", nil, false
	}
	spans := make([]span, 0, len(lower)/6)
	start := -1
	for i := 0; i < len(lower); i++ {
		c := lower[i] // a byte of a non-ASCII rune is never a word's: plainLower saw to it
		inWord := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			spans, start = append(spans, span{start, i}), -1
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(lower)})
	}
	return lower, spans, true
}

// plainLower is strings.ToLower(text) for a text whose non-ASCII runes are
// all valid, neither letters nor digits, and their own lower case; false
// for any other text.
func plainLower(text string) (string, bool) {
	upper := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.ToLower(r) != r {
			return "", false
		}
		i += size
	}
	if !upper {
		return text, true
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(text[last:])
	return b.String(), true
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
		if w-first < SentenceWords {
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
