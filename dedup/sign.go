package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainWords is Words for a text whose letters and digits are all ASCII,
// with each word's span in the text; false for any other text. Where every
// other rune is a mark that case leaves alone (curly quotes, dashes,
// no-break spaces), strings.ToLower changes only the ASCII capitals and
// keeps every byte in place, so Words gives these very words, and a
// sentence's words are those whose spans lie in it. That lets Sign split
// and lower the text once instead of once for the fingerprint and again
// for each sentence.
func plainWords(text string) ([]string, []span, bool) {
	lower, ok := plainLower(text)
	if !ok {
		return nil, nil, false
	}
	words := make([]string, 0, len(lower)/6)
	spans := make([]span, 0, len(lower)/6)
	start := -1
	for i := 0; i < len(lower); i++ {
		c := lower[i] // a byte of a non-ASCII rune is never a word's: plainLower saw to it
		inWord := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words, spans, start = append(words, lower[start:i]), append(spans, span{start, i}), -1
		}
	}
	if start >= 0 {
		words, spans = append(words, lower[start:]), append(spans, span{start, len(lower)})
	}
	return words, spans, true
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
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}

// sentencesOf is Sentences from the text's words and their spans.
func sentencesOf(text string, words []string, spans []span) []uint64 {
	var out []uint64
	var seen map[uint64]bool
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
		sum := shingleHash(words[first:w])
		if seen == nil {
			seen = map[uint64]bool{}
		}
		if !seen[sum] {
			seen[sum] = true
			out = append(out, sum)
		}
	}
	return out
}

// trimSpan is strings.TrimSpace(text[start:end]) by offsets.
func trimSpan(text string, start, end int) span {
	s := text[start:end]
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	return span{start + lead, start + lead + len(strings.TrimSpace(s))}
}
