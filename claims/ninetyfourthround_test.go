package claims

import (
	"testing"
	"time"
)

// TestExtractListedWithARestatedFigure (the ninety-fourth round, blind434's
// false alert found by letting one article's rivals alert): an old toll
// restated names its dead and its wounded in one breath, and both are the
// count as it was; a figure told after a verb of its own is today's.
func TestExtractListedWithARestatedFigure(t *testing.T) {
	x := NewExtractor(Lexicon{})
	published := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		tentative []bool // per claim, in order
	}{
		{"The figures are up from mid-December, when the agency put the toll at more than 100 dead and about 1,000 wounded.", []bool{true, true}},
		{"The figures are a sharp rise from December, when the agency put the toll at more than 100 dead, about 1,000 wounded.", []bool{true, true}},
		{"The toll is up from December, when the agency put the dead at more than 100, and it now says some 300 have been killed.", []bool{true, false}},
		{"About 300 have been killed and about 2,700 wounded, the agency said.", []bool{false, false}},
	}
	for _, tt := range tests {
		got := x.Extract(Document{Published: published, Text: kurskLede + tt.text})
		if len(got) != len(tt.tentative) {
			t.Errorf("%q: got %s, want %d claims", tt.text, describe(got), len(tt.tentative))
			continue
		}
		for i, c := range got {
			if c.Tentative != tt.tentative[i] {
				t.Errorf("%q: claim %d (%v) tentative %v, want %v", tt.text, i, c.Value, c.Tentative, tt.tentative[i])
			}
		}
	}
}

// The ninety-fourth round (blind674-685): dead counted "in Kursk" before
// "numbered"; a service's own spokesman speaks for it, not for the agency
// the sentence before named; a natural disaster's toll; "the toll of
// roughly 600" set against a figure counts what that figure counts.
func TestExtractRoundNinetyFour(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fight in Kursk. Yusov said North Korean dead in Kursk already numbered over 1,000.": {
			{Killed, nk, 1000, 0, MoreThan, "Yusov", false}},
		"North Korean troops fight in Kursk. South Korea's National Intelligence Service told lawmakers that about 300 had died. Three days later, HUR spokesman Andrii Yusov said North Korean dead in the Kursk region numbered over 1,000.": {
			{Killed, nk, 300, 0, About, "South Korea's National Intelligence Service", false},
			{Killed, nk, 1000, 0, MoreThan, "HUR spokesman Andrii Yusov", false}},
		"North Korean troops fight in Kursk, where 300 have died, the NIS said. The death toll from last week's earthquake in Vanuatu stands at 14.": {
			{Killed, nk, 300, 0, Exact, "NIS", false}},
		"About 2,000 North Korean soldiers have now been killed, more than three times the toll of roughly 600 given in April, the NIS said.": {
			{Killed, nk, 2000, 0, About, "NIS", false},
			{Killed, nk, 600, 0, About, "NIS", false}},
	})
}
