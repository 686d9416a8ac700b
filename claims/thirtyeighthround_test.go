package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind304 to blind309. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractNumbersThatNameAndDays: a resolution's number counts no one;
// a weekday after a speaker's name says when, not who.
func TestExtractNumbersThatNameAndDays(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Under UN Security Council resolution 2397, North Korean workers were to be sent home.": nil,
		"At least 100 North Korean soldiers have been killed, according to the spy agency Thursday.": {
			{Killed, nk, 100, 0, AtLeast, "spy agency", false}},
	})
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "At least 100 North Korean soldiers have been killed, according to the spy agency Thursday."})
	if len(got) != 1 || strings.Contains(got[0].Attribution, "Thursday") {
		t.Errorf("got %s, want one claim whose source has no weekday", describe(got))
	}
}

// TestExtractLossesThatMountElsewhere: a headline's "as Losses Mount" is
// another clause; the troops sent are what it counts.
func TestExtractLossesThatMountElsewhere(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "North Korea Sends 3K More Troops to Russia as Losses Mount: Seoul"})
	if len(got) != 1 || got[0].Metric != Troops || got[0].Value != 3000 {
		t.Errorf("got %s, want 3,000 troops", describe(got))
	}
}
