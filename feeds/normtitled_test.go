package feeds

import "testing"

// normTitled must give what normWords gives of the joined strings, for
// every cut firstWords makes.
func TestNormTitledAsJoined(t *testing.T) {
	texts := []string{
		"", " ", "Kursk", "North Korean troops  are in Kursk, officials said.\n\nMore text here.",
		"  leading spaces and\ttabs\u00a0and no-break", "Pyongyang’s 11,000 troops — in Russia", "ÉLYSÉE Straße \u212a words",
		"bad \xff byte in the lead and more words after it", "one", "one two",
	}
	for _, title := range []string{"", "North Korea", "Kim Jong-un: 'troops'"} {
		for _, text := range texts {
			checkNormTitled(t, title, text)
		}
	}
}

func checkNormTitled(t *testing.T, title, text string) {
	t.Helper()
	want := normWords(title + "\n" + text)
	if hay, lead := normTitled(title, text, -1); hay != want || lead != "" {
		t.Fatalf("normTitled(%q, %q, -1) = %q, %q; want %q", title, text, hay, lead, want)
	}
	for n := range 6 {
		cut := len(firstWords(text, n))
		hay, lead := normTitled(title, text, cut)
		if hay != want {
			t.Fatalf("normTitled(%q, %q, %d) hay = %q, want %q", title, text, cut, hay, want)
		}
		if wantLead := normWords(title + "\n" + firstWords(text, n)); lead != wantLead {
			t.Fatalf("normTitled(%q, %q, %d) lead = %q, want %q", title, text, cut, lead, wantLead)
		}
	}
}

func FuzzNormTitled(f *testing.F) {
	f.Add("North Korea", "troops in  Kursk\u00a0now")
	f.Add("", "\xff\u2003a")
	f.Fuzz(func(t *testing.T, title, text string) {
		checkNormTitled(t, title, text)
	})
}
