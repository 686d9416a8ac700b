package claims

import (
	"strings"
	"testing"
	"time"
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
			{Troops, nk, 9000, 0, About, "Petro Kovalenko", true}},
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
// press of the state, not the agency the page named before.
func TestExtractStateMediaIsNoOutletBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said on Monday that the regiment was home. Kim Jong Un honoured the regiment, state media reported, and mourned 12 of its soldiers who died.": {
			{Killed, nk, 12, 0, Exact, "state media", true}},
	})
}

// TestExtractTheCaptorBeforeAnotherSide: prisoners held by one side are its
// count, not the count of another side that speaks in the next sentence;
// a leader of the captor's own side beside them still announces them.
func TestExtractTheCaptorBeforeAnotherSide(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Three North Korean soldiers captured in March remain in Ukrainian custody. Their fate, Tokyo has said, rests with Kyiv.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}}, // the side, since the eighty-sixth round
		"Ukrainian forces have taken three North Korean soldiers prisoner. Zelensky announced it on Telegram.": {
			{Captured, nk, 3, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractReckonedAndJudged are reporting verbs, and so is "recalled".
func TestExtractReckonedAndJudged(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky spoke in Kyiv. The three North Korean soldiers taken prisoner in March are in Kyiv, he recalled.": {
			{Captured, nk, 3, 0, Exact, "Zelensky", false}},
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

// TestExtractTheNumberOfSoldiersHasGrown: "the number of North Korean
// soldiers … has grown to 3,000" counts the soldiers the sentence opened on.
func TestExtractTheNumberOfSoldiersHasGrown(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The number of North Korean soldiers who have reached Russia has grown to about 5,000, the NIS said.": {
			{Troops, nk, 5000, 0, About, "NIS", false}},
		"The number of North Korean soldiers killed in Kursk has passed 1,000, Zelensky said.": {
			{Killed, nk, 1000, 0, MoreThan, "Zelensky", false}},
		"The number of drones launched overnight has grown to 300, Kyiv said.": {},
	})
}

// TestExtractLandingShipsCarryNoOne: "on Russian Navy landing ships" says
// how the men came, not whose they are.
func TestExtractLandingShipsCarryNoOne(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: "North Korean troops reach Russia",
		Text: "The first group, some 1,500 special forces troops, was carried on Russian Navy landing ships, the NIS said."})
	if len(got) != 1 || got[0].Subject != NorthKorea {
		t.Errorf("got %s, want the 1,500 North Korean", describe(got))
	}
}

// TestExtractAPersonCitingTheAgency: a person who cites an agency relays it.
func TestExtractAPersonCitingTheAgency(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"About 2,000 more North Korean troops were moved last week," Kim said, citing the spy agency.`: {
			{Troops, nk, 2000, 0, About, "spy agency, via Kim", true}},
	})
}

// TestExtractAnotherItemOfAHeadline: after a comma and another figure, a
// loss verb is that figure's, not the first one's.
func TestExtractAnotherItemOfAHeadline(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: `Pentagon: 11,000 North Korean troops in Kursk, "hundreds" killed or wounded`,
		Text: "The Pentagon gave its figures on Monday."})
	for _, c := range got {
		if c.Value == 11000 && c.Metric != Troops {
			t.Errorf("got %s: the 11,000 are troops", describe(got))
		}
	}
}

// TestExtractOneAndTheOther: "one wounded in the jaw and the other in both
// legs" describes each of two men; it counts no wounded.
func TestExtractOneAndTheOther(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The two North Korean prisoners, one wounded in the arm and the other in the leg, are in Kyiv, Zelensky said.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractTheTollIsCloserTo: "closer to" is about, and "the toll is
// closer to 4,700" restates the toll before.
func TestExtractTheTollIsCloserTo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv says more than 4,000 North Korean soldiers have been killed or wounded. Seoul, however, says the toll is closer to 4,500.": {
			{Casualties, nk, 4000, 0, MoreThan, "Kyiv", false},
			{Casualties, nk, 4500, 0, About, "Seoul", false}},
	})
}

// TestExtractAnOldStatementIsTentative: a figure its source gave in an
// earlier month is reported, but too old to conflict with today's; one
// given this month is not.
func TestExtractAnOldStatementIsTentative(t *testing.T) {
	x := NewExtractor(Lexicon{})
	published := time.Date(2025, time.September, 4, 0, 0, 0, 0, time.UTC)
	for text, old := range map[string]bool{
		"About 2,000 North Korean soldiers have died, the NIS said, triple the roughly 600 deaths the agency reported in April.":     true,
		"About 2,000 North Korean soldiers have died, the NIS said, triple the roughly 600 deaths the agency reported in September.": false,
	} {
		got := x.Extract(Document{Text: text, Published: published})
		if len(got) != 2 || got[0].Tentative || got[1].Tentative != old {
			t.Errorf("%s\n got %s, want the second tentative=%v", text, describe(got), old)
		}
	}
}

// TestExtractANewsletterIsNoSpeaker: a headline that lists a newsletter's
// stories after its name, with semicolons, names no speaker.
func TestExtractANewsletterIsNoSpeaker(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: "Pyongyang Weekly: Kim greets deminers, nine died; defectors; party congress",
		Text: "Kim Jong Un welcomed home a regiment that cleared mines in Kursk, state media reported, and mourned nine of its soldiers who died."})
	if len(got) != 1 || got[0].Attribution != "state media" {
		t.Errorf("got %s, want the nine by state media", describe(got))
	}
}

// TestExtractATallyRowWithADash: "tanks — 9,511" is a row of things, as
// "tanks 9,511" is; the widget's personnel row is a running tally.
func TestExtractATallyRowWithADash(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russian losses as of 23.12.2024, per Kyiv: personnel — about 771,750 (+1,870) persons, tanks — 9,511, armoured combat vehicles — 19,734.": {},
	})
}

// TestExtractRestatedFiguresAndWhom: "up from the 'more than 3,000' he
// cited", "the estimate of about 3,000 given by Seoul", "of whom he said
// around 15,000 had been killed", and "some three thousand more early this
// year" each restate or extend the figure before.
func TestExtractRestatedFiguresAndWhom(t *testing.T) {
	checkSentences(t, map[string][]w{
		`About 5,000 North Korean soldiers have been killed or wounded, Zelensky said. That is up from the "more than 4,000" he cited in March.`: {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Casualties, nk, 4000, 0, MoreThan, "Zelensky", false}},
		"About 5,000 North Korean soldiers have been killed or wounded, Zelensky said. That is above the estimate of about 4,000 given by the NIS.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Casualties, nk, 4000, 0, About, "NIS", false}},
		"Syrskyi said Russia had lost about 40,000 troops killed and wounded in Kursk since Ukraine's incursion, of whom he said around 16,000 had been killed.": {
			{Casualties, ru, 40000, 0, About, "Syrskyi", false},
			{Killed, ru, 16000, 0, About, "Syrskyi", false}},
		"The JCS said in March that the North had followed up with some two thousand more early this year.": {
			{Troops, nk, 2000, 0, About, "JCS", true}},
	})
}

// TestExtractTheLongReadsRetelling: how an analysis retells the year's
// figures: "the opening wave of what it believed would be", "settled on
// 'about 11,000'", "he was saying nearly 4,000", "had served there and
// that around 4,700 had been killed", "citing the spy agency" and "decided
// to commit".
func TestExtractTheLongReadsRetelling(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said the North had shipped some 1,500 special forces troops to Russia, the opening wave of what it believed would be a force of 12,000.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
		`The NIS put the force at 10,000 to 12,000 North Korean soldiers. The Pentagon, a few weeks behind, settled on "about 11,000" before Christmas.`: {
			{Troops, nk, 10000, 12000, Range, "NIS", false},
			{Troops, nk, 11000, 0, About, "Pentagon", false}},
		"Zelensky said more than 3,000 North Koreans were killed and wounded. By the new year he was saying nearly 4,000.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false},
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"The NIS estimated that some 15,000 North Koreans had served there and that around 4,700 had been killed or wounded.": {
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Casualties, nk, 4700, 0, About, "NIS", false}},
		`"About 2,000 North Korean troops were moved last week," Kim said, citing the spy agency.`: {
			{Troops, nk, 2000, 0, About, "spy agency, via Kim", false}},
		`"About 4,000 North Korean soldiers were killed or wounded," Zelensky said, citing military commanders.`: {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"The agency believes Pyongyang has decided to commit a total of about 12,000 soldiers.": {},
		"Britain's Ministry of Defence said Russian casualties averaged about 1,200 a day and that they now exceed 950,000.": {
			{Casualties, ru, 950000, 0, MoreThan, "Ministry of Defence", false}},
	})
}

// TestExtractSourcesBesideTheFigures: the source named in the sentence
// after the figures ("That was the picture painted by the NIS", "The
// figures came from Rep. Lee"), in the same sentence's opening ("The
// figures, from the NIS, bring …"), or over a bulleted list ("the NIS told
// lawmakers the following:").
func TestExtractSourcesBesideTheFigures(t *testing.T) {
	checkSentences(t, map[string][]w{
		"More than 12,000 North Korean soldiers have now been deployed to Russia. That was the picture painted by the National Intelligence Service on Wednesday.": {
			{Troops, nk, 12000, 0, MoreThan, "National Intelligence Service", false}},
		"Around 400 North Korean soldiers have been killed since December. The figures came from Rep. Park Sun-won, who spoke to reporters on Monday.": {
			{Killed, nk, 400, 0, About, "Park Sun-won", false}},
		"South Korean intelligence says 400 North Korean soldiers have died. The figures, from the National Intelligence Service, bring the North's losses to roughly 3,500 men.": {
			{Killed, nk, 400, 0, Exact, "South Korean intelligence", false},
			{Casualties, nk, 3500, 0, About, "National Intelligence Service", false}},
		"As he relayed it, the National Intelligence Service told lawmakers the following:\n\n- At least 200 North Korean soldiers have been killed.\n- Nearly 2,000 more have been wounded.": {
			{Killed, nk, 200, 0, AtLeast, "National Intelligence Service", false},
			{Wounded, nk, 2000, 0, About, "National Intelligence Service", true}},
		"Ukrainian intelligence said around 40 North Korean soldiers were killed or wounded in a single set of assaults near two villages.": {
			{Casualties, nk, 40, 0, About, "Ukrainian intelligence", true}},
	})
}

// TestExtractWarBloggersSpeak: "Russian war bloggers say" names who speaks.
func TestExtractWarBloggersSpeak(t *testing.T) {
	checkSentences(t, map[string][]w{
		`Russian war bloggers say North Korean losses were "under a thousand".`: {
			{Casualties, nk, 1000, 0, LessThan, "Russian war bloggers", false}},
	})
}
