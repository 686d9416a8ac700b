package claims

import "testing"

// Rules found by scoring testdata/blind328 to blind333. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractRelaysAndBroadcasts: a lawmaker named once as the agency's
// relay and then by his surname still relays the agency; a broadcast's
// reporter tells its own story.
func TestExtractRelaysAndBroadcasts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The spy agency briefed a committee on Monday, and lawmaker Park Min-jun relayed its assessment.\n\nAccording to Park, about 300 North Korean soldiers have been killed.": {
			{Killed, nk, 300, 0, About, "spy agency, via Park", false}},
		"ANCHOR: North Korea has admitted sending soldiers to Kursk.\n\nREPORTER: The statement was carried by state media on Monday.\n\nAn estimated eleven thousand North Korean soldiers were sent to Russia last autumn.": {
			{Troops, nk, 11000, 0, About, "", false}},
	})
}

// TestExtractQuestionsAndLaterClauses: a "Q." before the question; a
// country in a clause that says why the figure rose ("as Russia pushed")
// is not whose the casualties are.
func TestExtractQuestionsAndLaterClauses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Q. How many North Korean soldiers went to Russia?\n\nAbout 15,000, according to the NIS.": {
			{Troops, nk, 15000, 0, About, "NIS", false}},
		"About 4,700 North Korean troops have been killed or wounded, the NIS said. It marks a sharp rise from the roughly 3,000 casualties the agency reported in January, reflecting heavy fighting as Russia pushed to retake Kursk.": {
			{Casualties, nk, 4700, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractAClauseAfterAnd: ", and we are concerned that Russia intends
// to use these soldiers" is another clause; Russia is not whose they are
// (the vague "a few thousand" of them is then no one's, and not kept).
func TestExtractAClauseAfterAnd(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent roughly 10,000 soldiers to eastern Russia for training, Singh said. A portion of them, a few thousand, have already moved closer to Ukraine, and we are increasingly concerned that Russia intends to use these soldiers in combat, she said.": {
			{Troops, nk, 10000, 0, About, "Singh", false}},
	})
}
