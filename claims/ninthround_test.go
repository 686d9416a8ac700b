package claims

import "testing"

// Rules found while waiting for the ninth round's blind sets, from the
// errors the earlier sets still show: each case is a sentence of our own
// in the shape news prose takes, not one from a set.

// TestExtractTheCaptorGivesItsPrisoners: a count of prisoners that no one
// is said to give is the captor's own: the side that took them, holds them
// or keeps them in its custody. A pronoun names no one, and a named
// speaker still comes first.
func TestExtractTheCaptorGivesItsPrisoners(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukraine took three North Korean soldiers prisoner in March.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
		"Ukrainian paratroopers have captured three North Korean soldiers near Sudzha.": {
			{Captured, nk, 3, 0, Exact, "Ukrainian paratroopers", false}},
		"Three North Korean soldiers were captured by Ukrainian forces in March.": {
			{Captured, nk, 3, 0, Exact, "Ukrainian forces", false}},
		"Three North Korean soldiers captured in March remain in the custody of the Security Service of Ukraine.": {
			{Captured, nk, 3, 0, Exact, "Security Service of Ukraine", false}},
		"Three North Korean prisoners remain in Ukrainian custody.": {
			{Captured, nk, 3, 0, Exact, "Ukrainian", false}},
		"Three North Korean soldiers captured in March are still being held in Kyiv.": {
			{Captured, nk, 3, 0, Exact, "Kyiv", false}},
		"Kyiv has three North Korean prisoners, taken in March.": {
			{Captured, nk, 3, 0, Exact, "Kyiv", false}},
		"Ukraine has held three North Korean prisoners since March.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
		"His forces captured three North Korean soldiers alive.": {
			{Captured, nk, 3, 0, Exact, "", false}},
		"Ukrainian forces have captured three North Korean soldiers, Zelensky said.": {
			{Captured, nk, 3, 0, Exact, "Zelensky", false}},
	})
}
