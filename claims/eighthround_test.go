package claims

import "testing"

// Rules found while waiting for the eighth round's blind sets, from
// blind22's errors: each case is a sentence of our own in the shape news
// prose takes, not one from the set.

// TestExtractSpanBeforeTheVerb: "has for weeks put it at" and "has since
// December said" keep their speaker across the span of time.
func TestExtractSpanBeforeTheVerb(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon has for months put the North Korean force at 9,000 to 10,000.": {
			{Troops, nk, 9000, 10000, Range, "Pentagon", false}},
		"The NIS has since November said about 12,000 North Korean soldiers are in Russia.": {
			{Troops, nk, 12000, 0, About, "NIS", false}},
	})
}

// TestExtractTheThingNamedBetween: "put it at" gives the figure of the
// thing the sentence before names, when that sentence has no figure of its
// own; soldiers named in passing do not change the figure's metric.
func TestExtractTheThingNamedBetween(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said about 5,000 North Korean soldiers had been killed or wounded. Then there is the size of the deployment. Washington has put it at 14,000.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Troops, nk, 14000, 0, About, "Washington", false}},
		"Zelensky said about 5,000 North Korean soldiers had been killed or wounded. The soldiers are young. Seoul put it at 2,000.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Casualties, nk, 2000, 0, About, "Seoul", false}},
	})
}

// TestExtractOfferedItsOwn: "offered its own, far smaller split: …" names
// who gives the figures after the colon.
func TestExtractOfferedItsOwn(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv said 5,000 North Koreans had been killed or wounded. The same week the Pentagon offered its own, far lower tally: about 400 dead and 3,600 wounded.": {
			{Casualties, nk, 5000, 0, Exact, "Kyiv", false},
			{Killed, nk, 400, 0, About, "Pentagon", false},
			{Wounded, nk, 3600, 0, About, "Pentagon", false}},
	})
}

// TestExtractOfThose: "600 of those were killed" counts the people just
// counted, all of them; "3,000 of those 15,000" is a part of the figure
// before, which it does not contradict.
func TestExtractOfThose(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said about 5,000 North Korean soldiers had been killed or wounded. About 700 of those were killed, the agency said.": {
			{Casualties, nk, 5000, 0, About, "NIS", false},
			{Killed, nk, 700, 0, About, "NIS", false}},
		"The NIS said 14,000 North Korean soldiers were sent. About 2,000 of those 14,000 were deployed as reinforcements, the NIS said.": {
			{Troops, nk, 14000, 0, Exact, "NIS", false},
			{Troops, nk, 2000, 0, About, "NIS", true}},
		"Moscow fired 300 North Korean shells. About 30 of those 300 shells were duds.": {},
	})
}
