package claims

import (
	"strings"
	"testing"
)

// foldCases are names as the speakers' helpers see them, and the strings
// where a shortcut could part from strings.ToLower: the Kelvin sign and
// the dotted capital I lower to ASCII, a no-break space separates fields,
// invalid UTF-8 becomes U+FFFD.
var foldCases = []string{"", " ", "NIS", "the NIS", "Seoul", "SOUTH KOREA", "South Korea's spy agency",
	"Our National Intelligence Service", "our military", "MY view", "officials", "U.S. officials",
	"Gen Oleksandr Syrskyi", "Pentagon", "\u212Aremlin", "K\u0130EV", "seoul\u00a0officials",
	"\tKim  Jong Un ", "Korea\xff", "the Ministry of Defence (MoD)", "Ukraine’s", "ΣΟΥΛ", "Éric", "a b c d"}

func TestFoldHelpersAnswerAsStrings(t *testing.T) {
	sets := []map[string]bool{governments, places, orgWords, unnamed, relayers, personTitles, agencyHeads,
		set("kremlin", "kiev", "seoul officials", "korea\ufffd", "éric", "σουλ")}
	for _, s := range foldCases {
		checkFold(t, s, sets)
	}
}

func checkFold(t *testing.T, s string, sets []map[string]bool) {
	t.Helper()
	for k, m := range sets {
		if got, want := inLower(m, s), m[strings.ToLower(s)]; got != want {
			t.Errorf("inLower(set %d, %q) = %v, want %v", k, s, got, want)
		}
	}
	if got, want := isLowerCase(s), strings.ToLower(s) == s; got != want {
		t.Errorf("isLowerCase(%q) = %v, want %v", s, got, want)
	}
	if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
		t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
	}
	for _, p := range []string{"our ", "my ", "k", "i"} {
		if got, want := hasLowerPrefix(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
			t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, p, got, want)
		}
	}
	for _, sub := range []string{"south korea", "seoul", "kremlin"} {
		if got, ok := containsLower(s, sub); ok && got != strings.Contains(strings.ToLower(s), sub) {
			t.Errorf("containsLower(%q, %q) = %v", s, sub, got)
		}
	}
	f := strings.Fields(s)
	first, last := "", ""
	if len(f) > 0 {
		first, last = f[0], f[len(f)-1]
	}
	if got := firstField(s); got != first {
		t.Errorf("firstField(%q) = %q, want %q", s, got, first)
	}
	if got := lastField(s); got != last {
		t.Errorf("lastField(%q) = %q, want %q", s, got, last)
	}
	n, f0, f1 := fieldsUpTo3(s)
	want := [3]string{}
	copy(want[:], f)
	if n != min(len(f), 3) || f0 != want[0] || f1 != want[1] {
		t.Errorf("fieldsUpTo3(%q) = %d, %q, %q; want %d, %q, %q", s, n, f0, f1, min(len(f), 3), want[0], want[1])
	}
	if canonicalSource(s) != canonicalSourceSlow(s) {
		t.Errorf("canonicalSource(%q) = %q, want %q", s, canonicalSource(s), canonicalSourceSlow(s))
	}
}

// canonicalSourceSlow is canonicalSource without its ASCII shortcut.
func canonicalSourceSlow(who string) string {
	agency, _, _ := strings.Cut(who, ", via ")
	l := strings.ToLower(strings.ReplaceAll(agency, "’", "'"))
	if !strings.Contains(l, "south korea") && !strings.Contains(l, "seoul") {
		return who
	}
	return canonicalSource(who) // the shortcut let it through: the rest of the function is unchanged
}

func FuzzFoldHelpers(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	sets := []map[string]bool{governments, places, orgWords, set("kremlin", "kiev", "seoul officials")}
	f.Fuzz(func(t *testing.T, s string) { checkFold(t, s, sets) })
}

// asciiLowerByBytes is asciiLower one byte at a time.
func asciiLowerByBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestASCIILowerEveryByteAnywhere(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 1; n <= 17; n++ {
			for at := 0; at < n; at++ {
				b := []byte(strings.Repeat("aZ@[`{", 3)[:n])
				b[at] = byte(c)
				if got, want := asciiLower(string(b)), asciiLowerByBytes(string(b)); got != want {
					t.Fatalf("asciiLower(%q) = %q, want %q", b, got, want)
				}
			}
		}
	}
}

func FuzzASCIILower(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := asciiLower(s), asciiLowerByBytes(s); got != want {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	})
}
