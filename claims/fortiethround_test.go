package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind316 to blind321. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractExplainerAnswers: a fact line's label may carry its year;
// an answer after "Yes." counts what the question asks, not how the men
// were hurt; the sources listed after "according to the intelligence
// services of" are not whose men; men rotated "through Russia" are not
// Russia's.
func TestExtractExplainerAnswers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"KEY FIGURES\nNorth Korean troops in Russia, late 2024: about 11,000": {
			{Troops, nk, 11000, 0, About, "", false}},
		"North Korea sent 11,000 troops to Kursk.\nWere any taken prisoner?\nYes. Two, both wounded and taken by Ukrainian forces in January.": {
			{Troops, nk, 11000, 0, Exact, "", false},
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"How many soldiers did North Korea send?\n\nBetween ten and twelve thousand, according to the intelligence services of Ukraine and the United States.": {
			{Troops, nk, 10000, 12000, Range, "intelligence services", false}},
		"North Korea's troops fought in Kursk. The agency believes as many as 15,000 soldiers have been rotated through Russia.": {
			{Troops, nk, 15000, 0, UpTo, "agency", false}},
		"Ukrainian forces had taken two North Korean soldiers alive near Sudzha, Zelensky announced on Saturday.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"North Korean troops sent .......... 11,000\nSoldiers held as POWs by Ukraine .......... 2": {
			{Troops, nk, 11000, 0, Exact, "", false},
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractPronounsAndAcronyms: "According to him" and "His figure:"
// point at the one who spoke just before; a description followed by its
// acronym, "the military intelligence service (HUR)", is named, not the
// intelligence service met earlier.
func TestExtractPronounsAndAcronyms(t *testing.T) {
	checkSentences(t, map[string][]w{
		"\"North Korea's soldiers will attack soon,\" Budanov said.\n\nAccording to him, the contingent includes about 500 officers.": {
			{Troops, nk, 500, 0, About, "Budanov", true}},
		"President Volodymyr Zelensky spoke to reporters.\n\nThe Head of State heard a report from his commander. His figure: more than 3,000 North Korean servicemen killed or wounded.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"South Korea's National Intelligence Service (NIS) counts about 300 North Koreans killed.\n\nIn Kyiv, the military intelligence service (HUR) said close to 1,000 North Korean soldiers had died.": {
			{Killed, nk, 300, 0, About, "National Intelligence Service", false},
			{Killed, nk, 1000, 0, About, "HUR", false}},
	})
}

// TestExtractAgencyNamedInTheBody: the headline's "spy agency says" and
// the body's "citing the National Intelligence Service" give one figure,
// credited to the agency by name.
func TestExtractAgencyNamedInTheBody(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{
		Title: "N. Korea has sent about 3,000 troops to Russia so far, spy agency says",
		Text:  "North Korea has moved more soldiers to Russia, bringing the number it has sent to about 3,000, a lawmaker said, citing the National Intelligence Service (NIS).",
	})
	if len(got) != 1 || got[0].Value != 3000 || !strings.Contains(got[0].Attribution, "National Intelligence Service") {
		t.Errorf("got %s, want one claim of 3,000 by the National Intelligence Service", describe(got))
	}
}
