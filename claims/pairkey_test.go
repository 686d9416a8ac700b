package claims

import "testing"

// TestAppendPairKey: a pair's key is both claims' content keys, the smaller
// first, joined by '~', whichever claim is given first.
func TestAppendPairKey(t *testing.T) {
	cs := []Claim{
		{Metric: Troops, Subject: NorthKorea, Value: 11000, Qualifier: About, Attribution: "The NIS", Quote: "q1"},
		{Metric: Troops, Subject: NorthKorea, Value: 11000, Qualifier: About, Attribution: "NIS", Quote: "q2"},
		{Metric: Troops, Subject: NorthKorea, Value: 12000, ValueMax: 13000, Qualifier: Range, Attribution: "Zelensky’s  office"},
		{Metric: Killed, Subject: Russia, Value: 3.5, Qualifier: Exact, Attribution: "ÉTAT major"},
		{},
	}
	for _, a := range cs {
		for _, b := range cs {
			ka, kb := string(appendContentKey(nil, a)), string(appendContentKey(nil, b))
			if kb < ka {
				ka, kb = kb, ka
			}
			want := ka + "~" + kb
			if got := PairKey(a, b); got != want {
				t.Errorf("PairKey = %q, want %q", got, want)
			}
			if got := string(AppendPairKey([]byte("prefix"), b, a)); got != "prefix"+want {
				t.Errorf("AppendPairKey = %q, want %q", got, "prefix"+want)
			}
		}
	}
	if PairKey(cs[0], cs[2]) != PairKey(cs[1], cs[2]) {
		t.Error("'The NIS' and 'NIS' are one source: the pairs they make should share a key")
	}
}

// FuzzAppendNormAttribution: the key's attribution is normAttribution's,
// whatever the bytes (ASCII is read a byte at a time, the rest by rune).
func FuzzAppendNormAttribution(f *testing.F) {
	for _, s := range []string{"The NIS", "  the\tPentagon ", "Zelensky’s office", "ÉTAT Major", "the", "\xff\xfeA B", "x\u00a0y\u0085z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormAttribution(nil, s)), normAttribution(s); got != want {
			t.Errorf("appendNormAttribution(%q) = %q, want %q", s, got, want)
		}
	})
}
