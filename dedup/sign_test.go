package dedup

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fingerprintByCounts is Fingerprint as first written: each bit's votes
// counted in turn. The bit-sliced counts must give the same fingerprints:
// stores keep them.
func fingerprintByCounts(text string) uint64 {
	words := Words(text)
	if len(words) == 0 {
		return 0
	}
	var ones [64]int
	n := max(len(words)-ShingleWords+1, 1)
	for i := range n {
		h := shingleHash(words[i:min(i+ShingleWords, len(words))])
		for b := range ones {
			ones[b] += int(h >> b & 1)
		}
	}
	var fp uint64
	for b, k := range ones {
		if 2*k > n {
			fp |= 1 << b
		}
	}
	return fp
}

// signApart is Sign from its two definitions, each reading the text alone.
func signApart(text string) Signature {
	return Signature{Fingerprint: fingerprintByCounts(text), Sentences: Sentences(text)}
}

func sameSignature(a, b Signature) bool {
	return a.Fingerprint == b.Fingerprint && slices.Equal(a.Sentences, b.Sentences)
}

// TestSignAsApart: Sign reads the text's words once for both parts of the
// signature when its letters are ASCII, and gives what the two parts give
// apart, on every article in testdata and on texts that take either path.
func TestSignAsApart(t *testing.T) {
	texts := map[string]string{
		"empty":                   "",
		"curly quotes and dashes": "“About 11,000 North Korean troops — the agency said — are in Kursk,” he said. " + strings.Repeat("The officials said more than three thousand soldiers were killed or wounded. ", 3),
		"a name with an accent":   "Zelenskyy’s adviser Andriy Yermak met Emmanuel Macron in Paris on Tuesday. The meeting in the Élysée palace lasted two hours and covered troops.",
		"Korean":                  "북한 군인 11,000명이 쿠르스크에 배치됐다. This sentence has more than eight words in it, in English.",
		"invalid UTF-8":           "Troops \xff were sent to the Kursk region by the North in October of that year.",
		"Kelvin sign":             "The temperature was 300 \u212a in the lab where the eight soldiers were tested today.",
		"no-break and thin":       "About\u00a011,000\u202fsoldiers have been deployed to the region by Pyongyang this year.\nHeader line",
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	plain := 0
	for name, text := range texts {
		if _, _, ok := plainWords(text); ok {
			plain++
		}
		if got, want := Sign(text), signApart(text); !sameSignature(got, want) {
			t.Errorf("%s: Sign = %x %x, apart %x %x", name, got.Fingerprint, got.Sentences, want.Fingerprint, want.Sentences)
		}
	}
	if plain == 0 || plain == len(texts) {
		t.Errorf("%d of %d texts took the one-pass path: both paths must be tested", plain, len(texts))
	}
}

func FuzzSignAsApart(f *testing.F) {
	for _, s := range []string{"", "A b. C d e f g h i j k. L", "x\u00a0Y. z’s “q” — w…", "Éa. b", "\xff A", "A.\nB c d e f g h i j."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Sign(text), signApart(text); !sameSignature(got, want) {
			t.Fatalf("Sign(%q) = %x %x, apart %x %x", text, got.Fingerprint, got.Sentences, want.Fingerprint, want.Sentences)
		}
	})
}
