package claims

import "testing"

// Rules found by scoring testdata/blind2: each case is a sentence of our
// own in the shape news prose takes, not a sentence from the set.

// TestExtractWhatBefellThem: a figure's people may be described by how they
// came ("sent", "dispatched") and then by what befell them; the second is
// what the figure counts.
func TestExtractWhatBefellThem(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Roughly 900 North Korean servicemen deployed to the front have been wounded, Latvia's defence ministry said.": {
			{Wounded, nk, 900, 0, About, "Latvia's defence ministry", false}},
		"More than 250 North Korean soldiers dispatched to Russia were killed in December, the Pentagon said.": {
			{Killed, nk, 250, 0, MoreThan, "Pentagon", false}},
		"Some 2,500 North Korean troops stationed near Sudzha have been killed or wounded, Kyiv said.": {
			{Casualties, nk, 2500, 0, About, "Kyiv", false}},
		// the predicate after "and that" belongs to the second figure
		"Tokyo said Pyongyang had sent 14,000 soldiers and that about 3,000 of them had been wounded.": {
			{Troops, nk, 14000, 0, Exact, "Tokyo", false}, {Wounded, nk, 3000, 0, About, "Tokyo", false}},
		// a force inside a phrase of "among" or "of" says whose losses
		"Casualties among the North Korean force now exceed 2,000, Kyiv said.": {
			{Casualties, nk, 2000, 0, MoreThan, "Kyiv", false}},
	})
}

// TestExtractWhoSentThem: the country that sent a force is whose people it
// counts, and a force it fights is the opponent, not the subject.
func TestExtractWhoSentThem(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang has dispatched roughly 9,000 soldiers to Russia to fight Ukrainian troops, Seoul said.": {
			{Troops, nk, 9000, 0, About, "Seoul", false}},
		"North Korea deployed some 13,000 men, who are now fighting Ukrainian units near Sudzha, officials in Seoul said.": {
			{Troops, nk, 13000, 0, About, "Seoul", false}},
		// a cue on the counted noun still wins over the sender
		"Russia has sent 3,000 North Korean troops to the front, Kyiv said.": {
			{Troops, nk, 3000, 0, Exact, "Kyiv", false}},
	})
}

// TestExtractNotClaimsThirdRound: a man in a story, a unit, a whole army.
func TestExtractNotClaimsThirdRound(t *testing.T) {
	checkSentences(t, map[string][]w{
		"One North Korean soldier carried a notebook of drone tactics, Ukrainian officers said.": nil,
		"One Ukrainian airborne brigade said it had fought the North Koreans for a week.":        nil,
		"North Korea keeps a standing army of 1.1 million men.":                                  nil,
		"Pyongyang has some 1.3 million soldiers under arms.":                                    nil,
	})
	checkSentences(t, map[string][]w{
		// a possessive unit still counts its people
		"Nine of the brigade's North Korean soldiers were killed, Kyiv said.": {
			{Killed, nk, 9, 0, Exact, "Kyiv", true}}, // one brigade's men: a part
		// a unit counts what it met: part of the losses (fifth round: it is named)
		"A Ukrainian special forces unit said it had killed 40 North Korean soldiers.": {
			{Killed, nk, 40, 0, Exact, "special forces unit", true}},
	})
}

// TestExtractMarksGuesses: a figure whose people no cue near it names is
// kept, but marked Tentative so that it never raises a conflict.
func TestExtractMarksGuesses(t *testing.T) {
	x := NewExtractor(Lexicon{})
	cases := map[string]bool{
		"About 2,000 North Korean soldiers have been killed, Kyiv said.":                                  false,
		"North Korean units have lost 3,000 men. Of those, 900 have been killed, Kyiv said.":              false,
		"North Korean troops reached Kursk in autumn. Winter came early. Kyiv says 900 have been killed.": true,
		"North Korea is the subject. The weather was cold that week.\n\nOfficials said 700 had died.":     true,
	}
	for text, want := range cases {
		t.Run(text, func(t *testing.T) {
			got := x.Extract(Document{Text: text, URL: "https://example.test/a"})
			if len(got) == 0 {
				t.Fatal("got no claims")
			}
			last := got[len(got)-1] // the figure of the last sentence
			if last.Tentative != want {
				t.Errorf("Tentative = %v, want %v in %s", last.Tentative, want, describe(got))
			}
		})
	}
}

// TestExtractSpeakerShapesThirdRound: speakers named by "saying" and "by the
// reckoning of".
func TestExtractSpeakerShapesThirdRound(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Britain's defence ministry gave a higher count on Friday, saying about 5,000 North Korean soldiers had been wounded.": {
			{Wounded, nk, 5000, 0, About, "Britain's defence ministry", false}},
		"By the reckoning of Estonian military intelligence, 14,000 North Korean soldiers are in Russia.": {
			{Troops, nk, 14000, 0, Exact, "Estonian military intelligence", false}},
		"Gen. Petrenko, the army chief, was saying by May that 2,000 North Korean soldiers had been killed.": {
			{Killed, nk, 2000, 0, Exact, "Petrenko", false}},
	})
}
