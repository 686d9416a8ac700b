package claims

import "testing"

// Rules found by scoring testdata/blind298 to blind303. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhatTheCountHolds: the dead and wounded that newcomers
// replace are not what is counted; "including the wounded" is a part of
// the casualties counted; "a second wave of roughly 3,000" counts men.
func TestExtractWhatTheCountHolds(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Several thousand more North Korean soldiers followed early in 2025 to replace the dead and wounded, Seoul says.": {
			{Troops, nk, 2000, 9000, Vague, "Seoul", true}},
		"The total number of casualties among the North Korean troops, including the wounded, is estimated at around 4,700, the NIS said.": {
			{Casualties, nk, 4700, 0, About, "NIS", false}},
		"North Korea sent about 11,000 troops in the autumn. A second wave of roughly 3,000 arrived in January.": {
			{Troops, nk, 11000, 0, About, "", false},
			{Troops, nk, 3000, 0, About, "", true}},
	})
}

// TestExtractSourcesListed: "according to Ukrainian, South Korean and US
// intelligence" is one source of three sides, not the first of them.
func TestExtractSourcesListed(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent between 10,000 and 12,000 soldiers, according to Ukrainian, South Korean and US intelligence.": {
			{Troops, nk, 10000, 12000, Range, "Ukrainian, South Korean and US intelligence", false}},
	})
}
