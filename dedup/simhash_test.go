package dedup

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// corpusBody is an article's text from testdata/corpus: everything after
// the header's blank line, furniture and all.
func corpusBody(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "articles", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	_, body, ok := strings.Cut(string(b), "\n\n")
	if !ok {
		tb.Fatalf("article %s: no blank line after the header", name)
	}
	return body
}

func TestCorpusCopiesAreNear(t *testing.T) {
	tests := map[string]struct{ copy, original string }{
		"007 is a syndicated copy of 002": {"007", "002"},
		"008 is a syndicated copy of 000": {"008", "000"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := Distance(Fingerprint(corpusBody(t, tc.copy)), Fingerprint(corpusBody(t, tc.original)))
			if d > MaxDistance {
				t.Errorf("distance %d, want at most %d", d, MaxDistance)
			}
		})
	}
}

func TestCorpusOriginalsAreFar(t *testing.T) {
	originals := []string{"000", "001", "002", "003", "004"}
	for i, a := range originals {
		for _, b := range originals[i+1:] {
			t.Run(a+"-"+b, func(t *testing.T) {
				d := Distance(Fingerprint(corpusBody(t, a)), Fingerprint(corpusBody(t, b)))
				// Twice the threshold: different reports of one story must
				// not drift anywhere near it.
				if d <= 2*MaxDistance {
					t.Errorf("distance %d, want more than %d", d, 2*MaxDistance)
				}
			})
		}
	}
}

func TestFingerprint(t *testing.T) {
	const base = "North Korean soldiers were deployed to the Kursk region, officials said on Monday."
	tests := map[string]struct {
		a, b string
		near bool
	}{
		"case is folded":        {base, strings.ToUpper(base), true},
		"punctuation is folded": {base, strings.NewReplacer(",", " ;", ".", "!").Replace(base), true},
		"curly quotes and dashes are separators": {
			"“Based on preliminary data” — he wrote", "\"Based on preliminary data\" - he wrote", true},
		"whitespace is folded": {base, strings.ReplaceAll(base, " ", "\n\t "), true},
		"another text is far": {base,
			"The central bank raised interest rates by half a point to curb inflation in the euro area.", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := Distance(Fingerprint(tc.a), Fingerprint(tc.b))
			if got := d <= MaxDistance; got != tc.near {
				t.Errorf("distance %d: near = %v, want %v", d, got, tc.near)
			}
		})
	}
}

func TestFingerprintShortTexts(t *testing.T) {
	tests := map[string]struct {
		text string
		zero bool
	}{
		"empty":             {"", true},
		"only punctuation":  {" -- ,.; “” ", true},
		"one word":          {"Kursk", false},
		"two words":         {"Kursk region", false},
		"exactly a shingle": {"Kursk border region", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Fingerprint(tc.text) == 0; got != tc.zero {
				t.Errorf("Fingerprint(%q) = %#x: zero = %v, want %v", tc.text, Fingerprint(tc.text), got, tc.zero)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"lower-cased":         {"Pyongyang's TROOPS", []string{"pyongyang", "s", "troops"}},
		"numbers split":       {"exceeded 3,000.", []string{"exceeded", "3", "000"}},
		"non-latin letters":   {"Курск, 2024", []string{"курск", "2024"}},
		"nothing but symbols": {"— … ©", nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Words(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Words(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	tests := map[string]struct {
		a, b uint64
		want int
	}{
		"equal":        {0xdeadbeef, 0xdeadbeef, 0},
		"one bit":      {0b1000, 0b0000, 1},
		"all bits":     {0, ^uint64(0), 64},
		"is symmetric": {0xf0, 0x0f, 8},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Distance(tc.a, tc.b); got != tc.want {
				t.Errorf("Distance(%#x, %#x) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func BenchmarkFingerprint(b *testing.B) {
	text := corpusBody(b, "001")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fingerprint(text)
	}
}

// TestFingerprintUnchanged: stores keep fingerprints, so the counting must
// give what the first definition gave (every shingle's FNV-1a hash votes
// +1 or -1 on each bit) for every text.
func TestFingerprintUnchanged(t *testing.T) {
	texts := map[string]string{
		"corpus 001":     corpusBody(t, "001"),
		"corpus 002":     corpusBody(t, "002"),
		"two words":      "North Korean",
		"three words":    "North Korean soldiers",
		"a tied vote":    "a b c d",
		"no words":       "— … !",
		"broken utf-8":   "\xff\xfe broken utf-8 \xc3 words here",
		"non-ASCII text": "Северокорейские военные в Курской области, сообщил Генштаб",
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			if got, want := Fingerprint(text), fingerprintByVotes(text); got != want {
				t.Errorf("Fingerprint = %#x, want %#x", got, want)
			}
		})
	}
}

func FuzzFingerprintUnchanged(f *testing.F) {
	f.Add("North Korean soldiers, “killed and wounded”: 3,000.")
	f.Add("a b c d")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Fingerprint(text), fingerprintByVotes(text); got != want {
			t.Fatalf("Fingerprint(%q) = %#x, want %#x", text, got, want)
		}
	})
}

// fingerprintByVotes is Fingerprint as first written.
func fingerprintByVotes(text string) uint64 {
	words := Words(text)
	if len(words) == 0 {
		return 0
	}
	var votes [64]int
	n := max(len(words)-ShingleWords+1, 1)
	for i := range n {
		h := fnv.New64a()
		for j, w := range words[i:min(i+ShingleWords, len(words))] {
			if j > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		for b := range 64 {
			if h.Sum64()&(1<<b) != 0 {
				votes[b]++
			} else {
				votes[b]--
			}
		}
	}
	var fp uint64
	for b, v := range votes {
		if v > 0 {
			fp |= 1 << b
		}
	}
	return fp
}

// FuzzWordsUnchanged: Words splits as strings.FieldsFunc did on the
// lower-cased text, letters and digits being word runes.
func FuzzWordsUnchanged(f *testing.F) {
	f.Add("North Korean soldiers, “killed and wounded”: 3,000.")
	f.Add("\xff\xfe broken utf-8 \xc3 ÀÉÎ ǅ İstanbul Σ")
	f.Fuzz(func(t *testing.T, text string) {
		want := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if got := Words(text); !slices.Equal(got, want) {
			t.Fatalf("Words(%q) = %q, want %q", text, got, want)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	text := corpusBody(b, "001")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

// TestSentenceHashesUnchanged: stores keep sentence hashes, so they stay
// what the first definition gave (FNV-1a of a sentence's words joined by
// spaces, sentences cut on runes).
func TestSentenceHashesUnchanged(t *testing.T) {
	for _, name := range []string{"001", "002", "003"} {
		text := corpusBody(t, name)
		if got, want := Sentences(text), sentencesAsFirstWritten(text); len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("corpus %s: Sentences = %x, want %x", name, got, want)
		}
	}
}

func FuzzSentencesUnchanged(f *testing.F) {
	f.Add("One two three four five six seven eight. Nine ten “eleven twelve” thirteen fourteen fifteen sixteen!)\nx")
	f.Add("\xff. a b c d e f g h \xfe? “i j k l m n o p.” q")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Sentences(text), sentencesAsFirstWritten(text); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %x, want %x", text, got, want)
		}
	})
}

func sentencesAsFirstWritten(text string) []uint64 {
	var split []string
	rs := []rune(text)
	start := 0
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n', '\r':
			start = i + 1
		case '.', '!', '?', '…':
			j := i + 1
			for j < len(rs) && isCloser(rs[j]) {
				j++
			}
			if j < len(rs) && !unicode.IsSpace(rs[j]) {
				continue
			}
			if s := strings.TrimSpace(string(rs[start:j])); s != "" {
				split = append(split, s)
			}
			start, i = j, j-1
		}
	}
	var out []uint64
	for _, s := range split {
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) < SentenceWords {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words, " ")))
		if !slices.Contains(out, h.Sum64()) {
			out = append(out, h.Sum64())
		}
	}
	return out
}
