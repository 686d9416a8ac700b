package claims

import "testing"

// Rules found by scoring testdata/blind55 to blind58 and the errors the
// tenth round left. Each case is a sentence of our own in the shape news
// prose takes, not one from a set.

// TestExtractKoreanAloneIsTheNorth: Russian copy and its bloggers write
// "Korean" for the North's soldiers; the South is always named as such,
// and the North's news agency is a speaker, not whose soldiers are counted.
func TestExtractKoreanAloneIsTheNorth(t *testing.T) {
	cases := []struct {
		text      string
		subject   Subject
		tentative bool // the subject guessed, so no alert
	}{
		{`Pro-war bloggers insist Korean losses were "below 800".`, NorthKorea, false},
		{"The Korean fighters lost about 900 men in March, the channel wrote.", NorthKorea, false},
		{"South Korean officials say 900 soldiers were killed.", "", false},
		{"The Korean Central News Agency said 12 soldiers were killed clearing mines.", NorthKorea, true},
	}
	x := NewExtractor(Lexicon{})
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := x.Extract(Document{Text: c.text, URL: "https://example.test/a"})
			if c.subject == "" {
				if len(got) != 0 {
					t.Fatalf("got %s, want no claim", describe(got))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d claims, want 1: %s", len(got), describe(got))
			}
			if got[0].Subject != c.subject || got[0].Tentative != c.tentative {
				t.Errorf("got %s tentative=%v, want %s tentative=%v", got[0].Subject, got[0].Tentative, c.subject, c.tentative)
			}
		})
	}
}

// TestExtractPutAtIsNoKilling: "put the number of soldiers killed at
// 2,000" counts the dead; the soldiers did no killing.
func TestExtractPutAtIsNoKilling(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The agency put the number of North Korean soldiers killed at about 2,000, a lawmaker said.": {
			{Killed, nk, 2000, 0, About, "agency", false}},
		"Ukrainian drones killed at least 300 North Korean soldiers, the army said.": {
			{Killed, nk, 300, 0, AtLeast, "army", false}},
	})
}
