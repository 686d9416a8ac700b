package claims

import "testing"

// Rules found by scoring testdata/blind292 to blind297. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractThingsAndCiviliansGoOn: a bare figure joined to a count of
// civilians counts civilians; bare figures after drones named a sentence
// before go on counting drones, "others" too.
func TestExtractThingsAndCiviliansGoOn(t *testing.T) {
	checkSentences(t, map[string][]w{
		"At least 28 people were killed and more than 130 injured in a Russian strike on Kyiv, the mayor said.":                                        nil,
		"Russia launched 74 attack drones at Ukraine overnight. Air defences shot down 47, and another 27 were lost to jamming.":                       nil,
		"Russia launched 80 drones at Ukraine overnight, the air force said. It said 47 were shot down and 27 others were lost to electronic jamming.": nil,
		"About 300 North Korean soldiers were killed and 2,700 others were wounded, the NIS said.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false}},
	})
}

// TestExtractPlansBesideCounts: a deal's promise after the figure is the
// deal's plan; new arrivals that "would raise the number" to a total sum
// what was sent.
func TestExtractPlansBesideCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Around 1,000 North Korean deminers were sent to Kursk over the summer, according to Russian officials, under a deal that also promised 5,000 builders.": {
			{Troops, nk, 1000, 0, About, "Russian officials", true}},
		"About 3,000 more North Korean soldiers arrived in January, the NIS said. The new arrivals would raise the number sent since October to as many as 14,000, the agency said.": {
			{Troops, nk, 3000, 0, About, "NIS", true},
			{Troops, nk, 14000, 0, UpTo, "NIS", false}},
	})
}

// TestExtractWhoSpokeAroundOthers: officials "briefing British
// journalists" speak, not the journalists; "By its count" after a sentence
// that opened with an agency is the agency's; "what Seoul has been saying"
// sets another's words against these; "have been saying" reports.
func TestExtractWhoSpokeAroundOthers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Intelligence officials briefing British journalists earlier this year said at least 1,000 North Korean soldiers had been killed.": {
			{Killed, nk, 1000, 0, AtLeast, "Intelligence officials", false}},
		"Seoul's count is the cautious one. Kyiv's military intelligence service, the HUR, is less restrained. By its count, more than a thousand North Koreans have died.": {
			{Killed, nk, 1000, 0, MoreThan, "Kyiv's military intelligence service", false}},
		"Almost 4,000 North Korean soldiers have been killed or wounded. That is the count Zelensky gave on Wednesday, well above what Seoul has been saying.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"Western intelligence officials have been saying that at least 1,000 North Korean soldiers died.": {
			{Killed, nk, 1000, 0, AtLeast, "Western intelligence officials", false}},
	})
}
