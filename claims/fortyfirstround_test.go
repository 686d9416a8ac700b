package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind322 to blind327. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractSourcesAndWholes: capitals listed after "Estimates from" give
// the figure and own none of it; a place a region borders is no one's
// people; a part "of the 11,000-strong contingent" counts what befell it;
// "Its estimate" is the body just named.
func TestExtractSourcesAndWholes(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Estimates from Seoul, Washington and Kyiv have settled at between 10,000 and 12,000 North Korean troops.": {
			{Troops, nk, 10000, 12000, Range, "Seoul, Washington and Kyiv", false}},
		"Thousands of North Korean troops are in Russia.\n\nEstimates vary. Blinken said about 8,000 of them are now in Russia's Kursk region, which borders Ukraine.\n\nThe Pentagon puts the total that has arrived in Russia at roughly 10,000.": {
			{Troops, nk, 8000, 0, About, "Blinken", false},
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"North Korea sent troops. Some 1,100 of the roughly 11,000-strong contingent are estimated to have been killed or wounded.": {
			{Casualties, nk, 1100, 0, About, "", false},
			{Troops, nk, 11000, 0, About, "", false}},
		"About 300 North Korean soldiers have been killed. The National Intelligence Service told MPs on Monday that the losses reflected drones. Its estimate puts combined casualties at around 3,000.": {
			{Killed, nk, 300, 0, About, "National Intelligence Service", false},
			{Casualties, nk, 3000, 0, About, "National Intelligence Service", false}},
	})
}

// TestExtractDronesListsAndLinks: drones shot down "of them", people on a
// sanctions list and another story's headline under "Read more:" count no
// one; "1,100 individuals" lost is a count.
func TestExtractDronesListsAndLinks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia attacked Ukraine overnight with 140 drones and decoys. Air defence shot down 80 of them, while 50 were lost to electronic warfare.": nil,
		"Zelensky also signed sanctions against 51 individuals and companies that supply Russia.":                                                   nil,
		// a guard: losses counted in individuals are losses
		"We put the losses of the North Korean forces at 1,100 individuals, Russia's General Staff said.": {
			{Casualties, nk, 1100, 0, About, "General Staff", false}},
		"North Korea has sent 11,000 troops.\nRead more:\nZelensky: 'Russia lost 1,000 soldiers a day in August'": {
			{Troops, nk, 11000, 0, Exact, "", false}},
	})
}

// TestExtractAnAddressByItsHeadline: a page headlined "Full Text:
// Zelensky's Evening Address" gives the figures of its text to Zelensky,
// not to "Full Text".
func TestExtractAnAddressByItsHeadline(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{
		Title: "Full Text: Zelensky's Evening Address, Nov. 4",
		Text:  "Full Text: Zelensky's Evening Address, Nov. 4\n\nThere are already 11,000 North Korean troops in the Kursk region.",
	})
	if len(got) != 1 || got[0].Value != 11000 || !strings.Contains(got[0].Attribution, "Zelensky") {
		t.Errorf("got %s, want 11,000 troops by Zelensky", describe(got))
	}
}

// TestExtractTheOnesThatMovedFirst: "the 1,500 that moved first" is the
// first contingent, a part of the 3,000 the agency counts.
func TestExtractTheOnesThatMovedFirst(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has moved around 3,000 soldiers to Russia, the NIS said. Besides the 1,500 that moved first, 1,600 more were shipped this week.": {
			{Troops, nk, 3000, 0, About, "NIS", false},
			{Troops, nk, 1500, 0, Exact, "NIS", true},
			{Troops, nk, 1600, 0, Exact, "NIS", true}},
	})
}

// TestExtractAPromiseKept: the engineers a country promised who "have
// already arrived" are counted; the promise itself is still a plan.
func TestExtractAPromiseKept(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent troops. Officials say about 1,000 of the military engineers Pyongyang promised in June have already arrived in Kursk.": {
			{Troops, nk, 1000, 0, About, "Officials", true}},
		// guards: the promise, and a part of it said to have left
		"North Korea has sent troops. Pyongyang promised in June to send 6,000 engineers.":                                     nil,
		"North Korea has sent troops. Part of the 6,000 engineers promised to Moscow in June has already left, officials say.": nil,
	})
}

// TestExtractAWaveThatFollowed: "a second wave of roughly 3,000 followed"
// counts the men of the wave.
func TestExtractAWaveThatFollowed(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea sent about 11,000 troops last autumn. A second wave of roughly 3,000 followed in January, the NIS said.": {
			{Troops, nk, 11000, 0, About, "", false},
			{Troops, nk, 3000, 0, About, "NIS", true}},
	})
}
