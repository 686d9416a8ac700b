package feeds

import "testing"

// foldSpace copies the text between whitespace runs whole; it must give
// what folding rune by rune gives.
func TestFoldSpace(t *testing.T) {
	tests := map[string]string{
		"":                        "",
		"plain words":             "plain words",
		"two  spaces":             "two spaces",
		" lead and trail ":        " lead and trail ",
		"tabs\tand\nnew\r\nlines": "tabs and new lines",
		"no\u00a0break\u202fthin\u2009zero\u200bwidth": "no break thin zero width",
		"run \u00a0\n\t of kinds":                      "run of kinds",
		"trailing run  \n":                             "trailing run ",
		"Korean 북한 군인 \u00a0 ok":                       "Korean 북한 군인 ok",
		"invalid \xff  byte":                           "invalid \ufffd byte",
		"dashes — “quotes” … \u2028":                   "dashes — “quotes” … \u2028",
	}
	for in, want := range tests {
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
		if got := foldSpaceRunes(in); got != want {
			t.Errorf("foldSpaceRunes(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"a  b", " \u00a0 ", "\xe2\x80", "x\xc2", "\u202f\u2009\u200b\n", "ab \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpace(s), foldSpaceRunes(s); got != want {
			t.Fatalf("foldSpace(%q) = %q, rune by rune %q", s, got, want)
		}
	})
}
