package claims

import "testing"

// Rules found in the forty-seventh round and after. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractListsOfSpeakers: a list of three or more speakers that opens
// the sentence keeps its first names, "the" included; a place before a
// comma ("In Seoul, …") is no speaker.
func TestExtractListsOfSpeakers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv, Washington and Seoul have each estimated that about 11,000 North Korean troops were sent to Kursk.": {
			{Troops, nk, 11000, 0, About, "Kyiv, Washington and Seoul", false}},
		"Ukraine, the United States and South Korea say some 11,000 North Korean soldiers were deployed.": {
			{Troops, nk, 11000, 0, About, "Ukraine, the United States and South Korea", false}},
		"Britain, France, Germany and Japan said about 12,000 North Korean troops had been sent to Russia.": {
			{Troops, nk, 12000, 0, About, "Britain, France, Germany and Japan", false}},
		"In Seoul, lawmakers Lee and Park said about 12,000 North Korean troops had been sent to Russia.": {
			{Troops, nk, 12000, 0, About, "lawmakers Lee and Park", false}},
	})
}
