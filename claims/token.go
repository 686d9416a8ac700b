package claims

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of a paragraph. The text is
// tokenized once per paragraph and every rule works on these tokens, so no
// rule re-scans the text.
//
// The small fields come first, together: an article's tokens are most of
// what extraction allocates, and padding after each would add a tenth.
type token struct {
	kind       tokKind
	poss       bool // the word carried a possessive 's
	capital    bool // starts with an upper-case letter
	cls        wordClass
	text       string // as written, without a possessive 's
	low        string // lower case, curly apostrophes made straight
	start, end int    // byte offsets in the paragraph
	num        float64
	suffix     string // letters glued to a number: "mm" in 60mm, "k" in 3K
}

// tokenize splits a paragraph into tokens.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5), s)
}

// appendTokens appends a paragraph's tokens to toks. splitSentences passes
// one buffer for a whole article, sized for it, instead of one per
// paragraph.
func appendTokens(toks []token, s string) []token {
	return appendLowTokens(toks, s, asciiLower(s))
}

// appendLowTokens is appendTokens given asciiLower(s).
func appendLowTokens(toks []token, s, low string) []token {
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ':
			i++
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			toks, i = scanWord(toks, s, low, i)
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case r >= '0' && r <= '9':
			t, next := scanNumber(s, low, i)
			toks = append(toks, t)
			i = next
		case unicode.IsLetter(r):
			toks, i = scanWord(toks, s, low, i)
		default:
			pl := punctLow(r)
			if pl == "" {
				pl = s[i : i+n] // the mark as written: string(r) without allocating
				if r == utf8.RuneError {
					pl = string(r)
				}
			}
			toks = append(toks, token{kind: tPunct, text: s[i : i+n], low: pl, start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// asciiLower is s with only its ASCII letters in lower case: every byte
// keeps its offset, so for a word of ASCII letters low[start:end] is
// strings.ToLower(s[start:end]), one allocation per article instead of one
// per capitalised word. It works eight bytes at a time (upperBits).
func asciiLower(s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperBits(load64(s, i)) != 0 {
			break
		}
	}
	if i+8 > len(s) {
		for ; i < len(s) && (s[i] < 'A' || s[i] > 'Z'); i++ {
		}
		if i == len(s) {
			return s
		}
	}
	b := make([]byte, len(s))
	copy(b, s)
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|upperBits(x)>>2) // bit 7 to bit 5: 'A' to 'a'
	}
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b)) // b is never written again
}

// upperBits has bit 7 of each byte of x that is an ASCII capital letter.
// No sum carries into the next byte: each adds at most 0x3f to 0x7f.
func upperBits(x uint64) uint64 {
	const hi, ones = 0x8080808080808080, 0x0101010101010101
	low7 := x &^ hi
	atLeastA := low7 + ones*(0x80-'A')
	pastZ := low7 + ones*(0x80-'Z'-1)
	return atLeastA &^ pastZ &^ x & hi
}

func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// lowerSpan is strings.ToLower(s[from:to]), taken from the paragraph's
// lowered copy when the span is ASCII.
func lowerSpan(s, low string, from, to int) string {
	for i := from; i < to; i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s[from:to])
		}
	}
	return low[from:to]
}

// punctLow folds the many quote and dash marks into one form each, so the
// rules compare against `"` and "-" only.
func punctLow(r rune) string {
	switch r {
	case '“', '”', '„', '«', '»', '"':
		return `"`
	case '‘', '’', '\'':
		return "'"
	case '–', '—', '‒', '−':
		return "-"
	}
	return "" // the mark as written
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// scanNumber reads digits with thousands separators or a decimal point, and
// any letters glued on ("60mm", "3K", "1st").
func scanNumber(s, lowered string, i int) (token, int) {
	start := i
	for i < len(s) && (isDigit(s[i]) || ((s[i] == ',' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1]))) {
		i++
	}
	digits := s[start:i]
	if len(digits) <= 3 && !strings.ContainsAny(digits, ",.") {
		// "11 000", "76 000" with a space or a thin space: groups of three
		for {
			n := spaceGroup(s, i)
			if n == 0 {
				break
			}
			digits += s[i+n-3 : i+n]
			i += n
		}
	}
	sufStart := i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	t := token{kind: tNum, text: s[start:i], start: start, end: i, num: parseDigits(digits)}
	t.suffix = lowerSpan(s, lowered, sufStart, i)
	t.low = lowerSpan(s, lowered, start, i)
	return t, i
}

// spaceGroup is the length of a space (plain, no-break or thin) and exactly
// three digits at i, or 0.
func spaceGroup(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case ' ', '\u00a0', '\u202f', '\u2009':
	default:
		return 0
	}
	j := i + n
	if j+3 > len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) || !isDigit(s[j+2]) {
		return 0
	}
	if j+3 < len(s) && (isDigit(s[j+3]) || s[j+3] == ',' && j+4 < len(s) && isDigit(s[j+4])) {
		return 0 // "in 2024 1000 …", "8 100,000": another number
	}
	return n + 3
}

// dottedDate reports "11.01.2025" and "9.1.25": day, month and year.
func dottedDate(d string) bool {
	parts := strings.Split(d, ".")
	if len(parts) != 3 {
		return false
	}
	return len(parts[0]) <= 2 && len(parts[1]) <= 2 && (len(parts[2]) == 2 || len(parts[2]) == 4)
}

// parseDigits reads "11,000", "1.5" and the European "11.000". A dot
// followed by exactly three digits with no comma present is a thousands
// separator: news prose rarely gives people counts to three decimals.
func parseDigits(d string) float64 {
	if dottedDate(d) {
		return 0 // "11.01.2025": a date, no figure
	}
	if strings.Contains(d, ",") {
		d = strings.ReplaceAll(d, ",", "")
	} else if dot := strings.Count(d, "."); dot > 1 || (dot == 1 && len(d)-strings.Index(d, ".") == 4) {
		d = strings.ReplaceAll(d, ".", "")
	}
	v, err := strconv.ParseFloat(d, 64)
	if err != nil {
		return 0
	}
	return v
}

// scanWord reads letters with inner apostrophes, hyphens and the dots of
// pluralPossessive gives the length of the apostrophe that makes the word
// s[start:end] a plural possessive, "the Joint Chiefs' count", or 0. Only
// before a word for a figure: elsewhere the mark more often closes a quote.
func pluralPossessive(s string, start, end int) int {
	if end-start < 2 || end >= len(s) || s[end-1] != 's' {
		return 0
	}
	n := 0
	switch {
	case s[end] == '\'':
		n = 1
	case strings.HasPrefix(s[end:], "’"):
		n = len("’")
	default:
		return 0
	}
	rest := s[end+n:]
	if !strings.HasPrefix(rest, " ") {
		return 0
	}
	rest = rest[1:]
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = rest[:k]
	}
	if possessedFigures[strings.ToLower(w)] {
		return n
	}
	return 0
}

var possessedFigures = set("count", "estimate", "estimates", "tally", "figures", "figure", "numbers", "toll",
	"assessment", "reckoning", "data")

// abbreviations such as "U.S.", and splits off a possessive 's. It appends
// the word to toks, filled in place: a token is 80 bytes, and returning one
// to be appended copied it twice.
func scanWord(toks []token, s, lowered string, i int) ([]token, int) {
	start := i
	ascii := true // a word of ASCII bytes has no curly apostrophe and its lower case is a slice of lowered
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n > 1 || r == utf8.RuneError {
			ascii = false
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) && (r != '.' || i-start == 1 || s[i-2] == '.') {
				i += n
				continue
			}
		}
		break
	}
	// keep the closing dot of "U.S." with the word
	if i < len(s) && s[i] == '.' && i-start >= 3 && s[i-2] == '.' {
		i++
	}
	skip := pluralPossessive(s, start, i) // "by the Joint Chiefs' count": the mark goes, the word is a possessive
	toks = append(toks, token{kind: tWord, start: start, end: i})
	t := &toks[len(toks)-1]
	text := s[start:i]
	var low string
	switch {
	case ascii:
		low = lowered[start:i]
	case strings.Contains(text, "’"):
		low = strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	default:
		low = lowerSpan(s, lowered, start, i)
	}
	if strings.HasSuffix(low, "'s") && len(low) > 2 {
		t.poss = true
		low = low[:len(low)-2]
		text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
	}
	t.poss = t.poss || skip > 0
	t.text, t.low = text, low
	t.cls = classOf(low)
	if c := text[0]; c < utf8.RuneSelf {
		t.capital = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text)
		t.capital = unicode.IsUpper(r)
	}
	if t.capital && low == "states" && len(toks) > 1 && toks[len(toks)-2].low == "united" {
		t.cls &^= cReport // "the United States said": a name, not "the report states"
	}
	return toks, i + skip
}
