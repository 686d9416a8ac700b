package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind47 to blind50. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractTheSideHelpedSendsNoOne: the country a force is sent to help
// is not whose soldiers it counts, nor is the place they were carried to.
func TestExtractTheSideHelpedSendsNoOne(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has agreed to help Russia, and a first group of about 2,000 soldiers has been carried to the Russian Far East, the NIS said.": {
			{Troops, nk, 2000, 0, About, "NIS", true}},
		"Pyongyang decided to support Russia's war, and some 2,000 troops were moved to the Russian Far East, officials in Seoul said.": {
			{Troops, nk, 2000, 0, About, "Seoul", false}},
	})
}

// TestExtractTheManNotHisTitle: a speaker named and then described in
// commas is the name; a name in commas after a description is the name too.
func TestExtractTheManNotHisTitle(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Petro Kovalenko, the ministry's spokesman, told reporters that about 9,000 North Korean troops remain in Russia.": {
			{Troops, nk, 9000, 0, About, "Petro Kovalenko", false}},
		"A monitoring group, Frontline Watch, has counted 250 North Korean soldiers killed.": {
			{Killed, nk, 250, 0, Exact, "Frontline Watch", false}},
	})
}

// TestExtractTheFiguresCameFrom: a sentence that only says where the
// figures came from gives the source of those after it.
func TestExtractTheFiguresCameFrom(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The new figures came on Monday from the Defense Intelligence Agency. Some 2,500 North Korean soldiers have been wounded, lawmakers were told.": {
			{Wounded, nk, 2500, 0, About, "Defense Intelligence Agency", false}},
		"The estimate came late. Some 2,500 North Korean soldiers have been wounded, lawmakers were told.": {
			{Wounded, nk, 2500, 0, About, "", false}},
	})
}

// TestExtractStateMediaIsNoOutletBefore: "state media reported" names the
// press of the state, not the outlet the page named before.
func TestExtractStateMediaIsNoOutletBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang Watch Weekly covers the North. Kim Jong Un honoured a returning regiment, state media reported, and mourned 12 of its soldiers who died.": {
			{Killed, nk, 12, 0, Exact, "state media", true}},
	})
}

// TestExtractTheCaptorBeforeAnotherSide: prisoners held by one side are its
// count, not the count of another side that speaks in the next sentence;
// a leader of the captor's own side beside them still announces them.
func TestExtractTheCaptorBeforeAnotherSide(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Three North Korean soldiers captured in March remain in Ukrainian custody. Their fate, Tokyo has said, rests with Kyiv.": {
			{Captured, nk, 3, 0, Exact, "Ukrainian", false}},
		"Ukrainian forces have taken three North Korean soldiers prisoner. Zelensky announced it on Telegram.": {
			{Captured, nk, 3, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractReckonedAndJudged are reporting verbs.
func TestExtractReckonedAndJudged(t *testing.T) {
	checkSentences(t, map[string][]w{
		"By December the Pentagon reckoned that 11,000 North Korean soldiers had reached Russia.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"British intelligence judged that about 1,000 North Korean soldiers had been killed.": {
			{Killed, nk, 1000, 0, About, "British intelligence", false}},
	})
}

// TestExtractThePreviousSeventy: a bare number after "the previous" or
// "the past" is a span of time, however many soldiers the sentence names.
func TestExtractThePreviousSeventy(t *testing.T) {
	checkSentences(t, map[string][]w{
		`Budanov said the North Korean contingent "has learned more in a year than in the previous 70."`: {},
		"The North Korean army has fought no war in the past 70, Budanov said.":                          {},
	})
}

// TestExtractARemarkOnTheFigure: ", a figure that could not be verified"
// remarks on the figure before it; its "could" plans nothing.
func TestExtractARemarkOnTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Moscow claimed Ukraine had lost more than 50,000 troops in Kursk, a figure that could not be verified.": {
			{Casualties, ua, 50000, 0, MoreThan, "Moscow", false}},
		"Seoul said about 500 North Korean soldiers had died, a grim number that, if true, would be a tenth of the force.": {
			{Killed, nk, 500, 0, About, "Seoul", false}},
	})
}

// TestExtractTheFigureAnotherGave: "the roughly 2,000 Japan's defence
// ministry estimated" and "the 2,000 estimated by Tokyo" restate the
// figure before, by the source named after it.
func TestExtractTheFigureAnotherGave(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 3,500 North Korean soldiers have been killed or wounded, Kyiv said. That is far above the roughly 2,000 Japan's defence ministry estimated.": {
			{Casualties, nk, 3500, 0, About, "Kyiv", false},
			{Casualties, nk, 2000, 0, About, "Japan's defence ministry", false}},
		"About 3,500 North Korean soldiers have been killed or wounded, Kyiv said. That is far above the 2,000 estimated by Tokyo.": {
			{Casualties, nk, 3500, 0, About, "Kyiv", false},
			{Casualties, nk, 2000, 0, Exact, "Tokyo", false}},
	})
}

// TestExtractHeldByIsCaptured: soldiers held by one side are its prisoners.
func TestExtractHeldByIsCaptured(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Reporters asked about the three North Korean soldiers held by Ukraine since the spring.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractASpokesmanIsNoAgencyOfHisOwn: the spokesman named in the
// sentence before is not the agency he relays.
func TestExtractASpokesmanIsNoAgencyOfHisOwn(t *testing.T) {
	checkSentences(t, map[string][]w{
		`Yusov said the units had pulled back. "Some 3,000 North Korean soldiers are still in Kursk," he said.`: {
			{Troops, nk, 3000, 0, About, "Yusov", false}},
	})
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: `Losses passed 1,000, according to HUR spokesman Petro Yusov. Yusov said the units had pulled back. "Some 3,000 North Korean soldiers are still in Kursk," he said.`})
	for _, c := range got {
		if strings.Count(c.Attribution, "Yusov") > 1 {
			t.Errorf("%v: the spokesman relays himself", c.Attribution)
		}
	}
}

// TestExtractSpansBeforeTheFigure: "over three days of fighting" before a
// figure makes it a part of the losses as much as after it.
func TestExtractSpansBeforeTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Over two days of fighting near Sudzha, according to Syrskyi, about 150 North Korean soldiers were killed or wounded.": {
			{Casualties, nk, 150, 0, About, "Syrskyi", true}},
		"More than 3,000 North Korean soldiers have been killed or wounded, Zelensky said.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
	})
}

// TestExtractInfantrymenArePeople: so are riflemen and operators.
func TestExtractInfantrymenArePeople(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Around 9,000 infantrymen from the DPRK are training in eastern Russia, Budanov said.": {
			{Troops, nk, 9000, 0, About, "Budanov", false}},
		"Some 500 North Korean drone operators have arrived in Kursk, the GUR said.": {
			{Troops, nk, 500, 0, About, "GUR", false}},
	})
}
