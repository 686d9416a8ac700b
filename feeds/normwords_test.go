package feeds

import (
	"strings"
	"testing"
	"unicode"
)

// normWordsByRunes is normWords as first written, rune by rune; the byte
// loop must give the same text.
func normWordsByRunes(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

func TestNormWords(t *testing.T) {
	tests := map[string]string{
		"":                             " ",
		"Kim Jong-un":                  " kim jong un ",
		"Pyongyang’s 11,000 troops.":   " pyongyang s 11 000 troops ",
		"ÉLYSÉE Straße \u212a":         " élysée straße k ",
		"북한 군인":                        " 북한 군인 ",
		"bad \xff byte":                " bad byte ",
		"  DPRK\u00a0forces — Kursk  ": " dprk forces kursk ",
	}
	for in, want := range tests {
		if got := normWords(in); got != want {
			t.Errorf("normWords(%q) = %q, want %q", in, got, want)
		}
		if got := normWordsByRunes(in); got != want {
			t.Errorf("normWordsByRunes(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNormWords(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "É\xffa", "İstanbul", "\u212aelvin 3K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normWords(s), normWordsByRunes(s); got != want {
			t.Fatalf("normWords(%q) = %q, rune by rune %q", s, got, want)
		}
	})
}
