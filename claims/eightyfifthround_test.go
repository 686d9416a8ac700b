package claims

import "testing"

// The eighty-fifth round (blind603-610): "The figure includes" the day's
// losses, men who "are thought to have fought", and the remainder of a
// force counted before.
func TestExtractRoundEightyFive(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia has lost 700,000 troops in Ukraine since February 2022, Ukraine's General Staff reported on Tuesday.\n\nThe figure includes 1,200 casualties Russian forces suffered over the past day.": {
			{Casualties, ru, 700000, 0, Exact, "General Staff", false},
			{Casualties, ru, 1200, 0, Exact, "General Staff", true}},
		"North Korean troops began arriving in Russia last autumn. In all, roughly 15,000 are thought to have fought in the Kursk region.": {
			{Troops, nk, 15000, 0, About, "", false}},
		"That is most of the roughly 10,000 North Korean troops Pyongyang has shipped to Russia. The remainder, some two thousand, are still at training grounds in the Far East, according to U.S. officials.": {
			{Troops, nk, 10000, 0, About, "U.S. officials", false},
			{Troops, nk, 2000, 0, About, "U.S. officials", true}},
	})
}
