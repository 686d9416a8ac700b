package claims

import "testing"

// TestWordTableAnswersAsTheMap: the table gives every class word its
// classes, and no class to words outside them.
func TestWordTableAnswersAsTheMap(t *testing.T) {
	for w, c := range wordClasses {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "kursk", "region", "border", "fighting.", "saids", "sai", "troopsx", "korea's", "ñandú", "état"} {
		if got, want := classOf(w), wordClasses[w]; got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestPhraseHeads: the built-in cues start only at words of their head
// class, so at may skip other tokens; a config cue that starts with another
// word turns the shortcut off, and is found.
func TestPhraseHeads(t *testing.T) {
	x := NewExtractor(Lexicon{})
	if x.metrics.head != cMetricHead || x.subjects.head != cSubjectHead {
		t.Fatalf("heads = %b, %b: want the shortcut on for the built-in cues", x.metrics.head, x.subjects.head)
	}
	extra := NewExtractor(Lexicon{Metrics: map[Metric][]string{Killed: {"slain"}}, Subjects: map[Subject][]string{Russia: {"russian"}}})
	if extra.metrics.head != 0 {
		t.Errorf("metric head = %b with a cue that starts with no class word: want 0", extra.metrics.head)
	}
	if extra.subjects.head != cSubjectHead {
		t.Errorf("subject head = %b with only built-in first words: want the shortcut on", extra.subjects.head)
	}
	toks := tokenize("Forty soldiers were slain near Kursk.")
	if p, ok := extra.metrics.at(toks, 3); !ok || p.metric != Killed {
		t.Errorf("at(slain) = %v, %v: want the config's cue", p, ok)
	}
	if _, ok := x.metrics.at(toks, 3); ok {
		t.Errorf("the built-in cues found %q", toks[3].low)
	}
}
