package claims

import (
	"testing"
	"time"
)

// sentenceDated must answer as datedBefore for any sentence: it only
// skips the sentences datedBefore can find no month in, and asks once.
func TestSentenceDatedAsDatedBefore(t *testing.T) {
	published := time.Date(2025, time.March, 10, 0, 0, 0, 0, time.UTC)
	dated := 0
	for _, s := range []string{
		"Dec 19, 2024: the agency put the toll at 300 killed.",
		"19 December 2024 | Joint Chiefs of Staff | 1,100 casualties",
		"The agency, which first reported it on Oct. 18, 2024, now says 3,000.",
		"Since Dec 19, 2024, about 1,000 have been wounded.",
		"About 11,000 North Korean troops were deployed, officials said.",
		"On March 3, 2025, some 200 were captured.",
		"In may 2024 the figure was 3,000, said sept.",
		"",
	} {
		toks := tokenize(s)
		for _, at := range []time.Time{published, {}} {
			want := datedBefore(toks, at)
			if want {
				dated++
			}
			memo := int8(-1)
			if got := sentenceDated(&memo, toks, at); got != want {
				t.Errorf("sentenceDated(%q, %v) = %v, datedBefore says %v", s, at, got, want)
			}
			if got := sentenceDated(&memo, toks, at); got != want {
				t.Errorf("sentenceDated(%q, %v) asked again = %v, want %v", s, at, got, want)
			}
		}
	}
	if dated == 0 {
		t.Error("no sentence was dated before: the table tests nothing")
	}
}

func FuzzSentenceDated(f *testing.F) {
	f.Add("Dec 19, 2024: 300 killed.", int64(1741564800))
	f.Add("19 December 2024 | 1,100 casualties", int64(0))
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		at := time.Unix(unix%(1<<33), 0).UTC()
		toks := tokenize(s)
		memo := int8(-1)
		if got, want := sentenceDated(&memo, toks, at), datedBefore(toks, at); got != want {
			t.Fatalf("sentenceDated(%q, %v) = %v, datedBefore says %v", s, at, got, want)
		}
	})
}
