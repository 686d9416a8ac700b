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
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
		"Three North Korean soldiers were captured by Ukrainian forces in March.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
		"Three North Korean soldiers captured in March remain in the custody of the Security Service of Ukraine.": {
			{Captured, nk, 3, 0, Exact, "Security Service of Ukraine", false}},
		"Three North Korean prisoners remain in Ukrainian custody.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}}, // the side, since the eighty-sixth round
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

// Rules found by scoring testdata/blind31 to blind34.

// TestExtractThingsCountedOn: a figure with no noun of its own goes on
// counting the things a figure before it in the sentence counted, across
// other figures with no noun and past a span of time; "another 25 lost"
// after drones is drones; a tally's row names its things before the figure.
func TestExtractThingsCountedOn(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv said Russia launched 90 drones overnight, of which 60 were shot down and 20 were lost.": {},
		"Kyiv said it shot down 60 of 90 Russian drones, with another 20 lost to jamming.":            {},
		"Russian losses to date, per Kyiv: tanks 9,700, artillery systems 21,100.":                    {},
		"Kyiv said Russian losses averaged about 1,300 a day and now exceed 900,000 since 2022.": {
			{Casualties, ru, 900000, 0, MoreThan, "Kyiv", false}},
	})
}

// TestExtractTheEnemyAfterItsLosses: "the enemy's losses during the
// operation amounted to 76,000" is the enemy of whoever says it, however
// many words stand between.
func TestExtractTheEnemyAfterItsLosses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"According to Gerasimov, the enemy's losses during the whole Kursk operation amounted to more than 70,000 servicemen.": {
			{Casualties, ua, 70000, 0, MoreThan, "Gerasimov", false}},
	})
}

// TestExtractQuotedAsSaying: "Park quoted the agency as saying" gives the
// agency's figure; quoted officials with no name leave it to the one who
// names them.
func TestExtractQuotedAsSaying(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 1,600 North Korean troops left in October, Yonhap quoted an NIS official as saying.": {
			{Troops, nk, 1600, 0, About, "NIS official", false}},
		"The NIS briefed lawmakers. About 1,600 North Korean troops left in October, Park quoted the agency as saying.": {
			{Troops, nk, 1600, 0, About, "NIS", false}},
		"About 1,600 North Korean troops left in October, Park quoted agency officials as saying.": {
			{Troops, nk, 1600, 0, About, "Park", false}},
	})
}

// TestExtractShipsAndPlacesNameNoOne: when a figure's own sentence names
// no side, the article's side stands in for it, and that is counted from
// whose people the article names: "aboard Russian navy vessels" and "sent
// to Russia" say how and where, not whose.
func TestExtractShipsAndPlacesNameNoOne(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "Pyongyang has sent 3,000 troops to Russia",
		Text: "The NIS said the troops left in two groups. " +
			"The first, about 1,500 special forces troops, left aboard Russian navy vessels, the agency said.",
		URL: "https://example.test/a",
	})
	for _, c := range got {
		if c.Value == 1500 && c.Subject != NorthKorea {
			t.Errorf("1,500 counted as %s's, want north_korea's: %s", c.Subject, describe(got))
		}
	}
	if len(got) != 2 {
		t.Errorf("got %d claims, want 2: %s", len(got), describe(got))
	}
}

// Rules found by scoring testdata/blind35 to blind38.

// TestExtractAddingThatIsAnotherClause: ", adding that some had taken
// first losses" tells something else; the figure before it still counts
// soldiers present.
func TestExtractAddingThatIsAnotherClause(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"There are now 9,000 North Korean soldiers in Kursk," Zelensky said, adding that some had already suffered losses.`: {
			{Troops, nk, 9000, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractListItemsKeepTheirMetric: "12K troops in Kursk, casualties in
// the hundreds" lists two things; the second's noun is not the first's.
func TestExtractListItemsKeepTheirMetric(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon said there were up to 13,000 North Korean troops in Kursk, casualties unknown.": {
			{Troops, nk, 13000, 0, UpTo, "Pentagon", false}},
	})
}

// TestExtractALabelIsAName: a colon after a clause with a pronoun or an
// auxiliary ends a sentence's first part, it does not name a speaker.
func TestExtractALabelIsAName(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ryder spoke on Monday. He would not give a number, but he repeated the estimate: between 9,000 and 13,000 North Korean troops are in Kursk.": {
			{Troops, nk, 9000, 13000, Range, "Ryder", false}},
	})
}

// TestExtractThingsOfTheSentenceBefore: "… 78 Shahed-type and decoy
// drones. Another 26 were lost": the noun of the figure before, whatever
// words stand between it and its number.
func TestExtractThingsOfTheSentenceBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia attacked overnight with 70 Shahed-type and decoy drones, Kyiv said. Another 20 were lost to jamming.": {},
	})
}

// TestExtractWeWhoCount: "we are talking about 4,000 losses among North
// Korean soldiers" counts the North's people, not the speaker's; "the head
// of state said" is the president named before.
func TestExtractWeWhoCount(t *testing.T) {
	checkSentences(t, map[string][]w{
		`President Volodymyr Zelensky spoke on Tuesday. "We are talking about nearly 5,000 losses among North Korean soldiers," the head of state said, adding that Russia hid the bodies.`: {
			{Casualties, nk, 5000, 0, About, "Zelensky", false}},
		`Zelensky spoke. "We have lost about 400 soldiers," he said.`: {
			{Casualties, ua, 400, 0, About, "Zelensky", false}},
	})
}

// TestExtractTheForceAnEstimateHangsOn: "out of a total force that it
// estimates at some 15,000" counts the force, whatever loss words stand
// before it.
func TestExtractTheForceAnEstimateHangsOn(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS put the North's casualties at about 5,100, including about 700 dead, out of a total force that it estimates at some 16,000.": {
			{Casualties, nk, 5100, 0, About, "NIS", false},
			{Killed, nk, 700, 0, About, "NIS", false},
			{Troops, nk, 16000, 0, About, "NIS", false}},
	})
}

// TestExtractARatioIsNoCount: "one in three" compares, it counts no one;
// "five in two days" counts.
func TestExtractARatioIsNoCount(t *testing.T) {
	checkSentences(t, map[string][]w{
		"That is a casualty rate of close to one in three, far higher than Russia's own, the ISW said.": {},
		"Ukraine said it killed 5 in two days, all North Korean soldiers.": {
			{Killed, nk, 5, 0, Exact, "Ukraine", true}}, // a unit's own tally
	})
}

// TestExtractAFigureRestated: a figure set against the one before ("well
// above the 3,000 that U.S. officials put forward", "three times the 1,100
// figure the military gave") counts what that one counted, and the clause
// after it, or a possessive before it, says whose it is. With no figure
// before, a named figure counts nothing we know.
func TestExtractAFigureRestated(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon said about 10,000 North Korean soldiers were in Russia. The figure is well above the 4,000 that U.S. officials put forward only days ago.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 4000, 0, Exact, "U.S. officials", false}},
		"The NIS said North Korean casualties reached around 3,300, Zelensky said. The estimate is nearly three times the 1,200 figure the military gave last month.": {
			{Casualties, nk, 3300, 0, About, "NIS", false},
			{Casualties, nk, 1200, 0, Exact, "military", false}},
		"The NIS put North Korean casualties at around 3,300. Kyiv's nearly-5,000 figure counts killed and wounded together.": {
			{Casualties, nk, 3300, 0, About, "NIS", false},
			{Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"Zelensky's nearly-5,000 figure, and what the prisoners say": {},
	})
}

// TestExtractAQuoteClosedOnTheFigure: `"About 12,000" North Korean
// military personnel` counts the personnel after the closing quote.
func TestExtractAQuoteClosedOnTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"About 13,000" North Korean military personnel are now in Kursk, Andriy Yusov told television.`: {
			{Troops, nk, 13000, 0, About, "Andriy Yusov", false}},
	})
}

// TestExtractTheTollOfTheFigureBefore: "the toll exceeded 3,000" names the
// figure before it, whose people it counts, whatever country the sentence
// between names as the source.
func TestExtractTheTollOfTheFigureBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea's troops fighting for Russia have lost nearly 5,000 soldiers killed and wounded, President Volodymyr Zelensky said. The figure is Ukraine's highest yet. In December, Zelensky had said the toll exceeded 3,000.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"Zelensky said 3,300 North Korean soldiers were killed or wounded in Kursk. Ukraine said its forces advanced. By the count of Ukrainian officials, the toll now stands at upward of 4,000 killed or wounded.": {
			{Casualties, nk, 3300, 0, Exact, "Zelensky", false},
			{Casualties, nk, 4000, 0, MoreThan, "Ukrainian officials", false}},
	})
}

// TestExtractAnAppositiveIsNoPlan: ", the first of what it expects to be
// four brigades" plans the rest, not the figure before it.
func TestExtractAnAppositiveIsNoPlan(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS says North Korea has shipped about 1,600 special forces troops to Vladivostok, the first of what it expects to be four brigades.": {
			{Troops, nk, 1600, 0, About, "NIS", true}}, // the first of the force
	})
}

// TestExtractACaptionWithItsCredit: a caption's prose before its credit
// ("… at around 11,000. Photograph: Reuters") is read, though the line
// ends without a full stop as a headline does.
func TestExtractACaptionWithItsCredit(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Western estimates put the North Korean force in Kursk at around 12,000. Photograph: Reuters": {
			{Troops, nk, 12000, 0, About, "Western estimates", false}},
		"Related: N. Korea says 3,000 soldiers were sent to Kursk region": {},
	})
}

// TestExtractTheSecondFigureOfAPair: "killed 17 North Korean soldiers and
// wounded 22" counts the same soldiers twice, whatever country the
// sentence before named; "including about 600 killed" after a total
// counts that total's people.
func TestExtractTheSecondFigureOfAPair(t *testing.T) {
	checkSentences(t, map[string][]w{
		// "in one engagement" is a local tally: a part of the losses (the tenth round)
		"Ukrainian units report contact daily. The SSO said its operators had killed 17 North Korean soldiers and wounded 23 in one engagement.": {
			{Killed, nk, 17, 0, Exact, "SSO", true},
			{Wounded, nk, 23, 0, Exact, "SSO", true}},
		"North Korea has suffered around 4,800 casualties in the war between Russia and Ukraine, including about 700 soldiers killed, the NIS said.": {
			{Casualties, nk, 4800, 0, About, "NIS", false},
			{Killed, nk, 700, 0, About, "NIS", false}},
	})
}

// Rules found by scoring testdata/blind38.

// TestExtractARivalCountsFewer: "…, which tends to be more cautious,
// counts fewer: about 3,000" is the rival's count of what the figure
// before counted, whatever the sentence between names.
func TestExtractARivalCountsFewer(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said nearly 5,000 North Korean soldiers have been killed or wounded. That is a big figure for a force so new. South Korea's spy agency, which tends to be cautious, counts fewer: about 3,300.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false},
			{Casualties, nk, 3300, 0, About, "spy agency", false}},
	})
}

// TestExtractAlliesOfACountry: "Russia's North Korean allies" are North
// Korean: the second cue names whose people.
func TestExtractAlliesOfACountry(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia's North Korean allies have lost more than 5,000 soldiers killed and wounded, Budanov said.": {
			{Casualties, nk, 5000, 0, MoreThan, "Budanov", false}},
	})
}

// TestExtractADeniedFigure: "did not lose 400,000 soldiers" denies the
// figure; a fact-check's verdict is no claim of it.
func TestExtractADeniedFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"No, Ukraine did not lose 500,000 soldiers in 2025.":  {},
		"Ukraine didn't lose 500,000 soldiers in 2025.":       {},
		"Russia never sent 30,000 North Korean troops there.": {},
	})
}

// Rules found by scoring testdata/blind34.

// TestExtractMorePeopleNouns: gunners, engineers and builders are people a
// deployment counts.
func TestExtractMorePeopleNouns(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"About 600 North Korean gunners are still stationed in the border districts," Yusov said.`: {
			{Troops, nk, 600, 0, About, "Yusov", true}}, // what is left of the force (remainder)
		"According to the NIS, about 1,200 North Korean military engineers are already clearing mines in Kursk.": {
			{Troops, nk, 1200, 0, About, "NIS", true}},
	})
}

// TestExtractNotYetThere: builders "due to follow", "being sent in
// phases", a deployment "agreed in June", a country "moving some 5,000"
// are not counted yet.
func TestExtractNotYetThere(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 1,200 North Korean deminers arrived over the summer, the NIS said, with 6,000 military construction troops due to follow.": {
			{Troops, nk, 1200, 0, About, "NIS", true}},
		"The NIS said 6,000 North Korean builders are being sent in phases.":                      {},
		"The troops are part of a second deployment agreed in June: 1,200 North Korean soldiers.": {},
		"Pyongyang is also moving some 6,000 troops to Russia, the NIS said.":                     {},
	})
}

// TestExtractTheCaptivesEveryReportRepeats: "the two prisoners of war
// captured by Ukraine" counts them though "the" refers back; "the two
// prisoners" alone refers; "who is 21" is an age.
func TestExtractTheCaptivesEveryReportRepeats(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fought in Kursk. The three prisoners of war captured by Ukraine in March remain in Kyiv.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
		"The SBU released the first interviews with the three prisoners.":                 {},
		"The SBU said Ri was wounded in the jaw and the other, who is 21, in both hands.": {},
	})
}

// Rules found by scoring testdata/blind32 and blind33.

// TestExtractPlacesInTheText: "paragraph 2", "paras 5-7" and the second
// day of "January 9 and 11" count nothing.
func TestExtractPlacesInTheText(t *testing.T) {
	checkSentences(t, map[string][]w{
		"(Adds wounded figure in paragraph 2, details of memo found on soldier in paragraphs 5-7)": {},
		"(Adds Kremlin comment in paragraph 9, casualty figures in paras 11-12)":                   {},
		"Ukraine says it has captured two North Korean soldiers, both wounded, on January 9 and 11.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractSinceIsWhen: "exceeded 6,000 since the deployment began"
// counts casualties; the deployment only says since when.
func TestExtractSinceIsWhen(t *testing.T) {
	checkSentences(t, map[string][]w{
		`The UK MoD assessed that North Korean casualties, killed and wounded, "have highly likely exceeded 7,000" since the deployment began.`: {
			{Casualties, nk, 7000, 0, MoreThan, "UK MoD", false}},
	})
}

// TestExtractWhoseTheFiguresBeforeAre: "That is the new count from …"
// names the source of the sentence before, whatever figures of its own it
// goes on to give; "gave a lower number:" names who gives the figures after
// the colon.
func TestExtractWhoseTheFiguresBeforeAre(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Around 400 North Korean soldiers have been killed. That is the new count from South Korea's spy agency, which puts their total losses at roughly 3,300.": {
			{Killed, nk, 400, 0, About, "spy agency", false},
			{Casualties, nk, 3300, 0, About, "spy agency", false}},
		"Earlier this week, the NIS gave a lower number: around 400 dead among North Korean troops.": {
			{Killed, nk, 400, 0, About, "NIS", false}},
	})
}

// Rules found by scoring testdata/blind39 to blind42 (after their first,
// untouched scores).

// TestExtractAnAnalysisUnderLabels: figures whose sentences name no side
// take the article's, counted with the headline three times and speakers
// ("Kyiv says", "Ukraine's president") at half weight.
func TestExtractAnAnalysisUnderLabels(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "Counting the soldiers: how the estimates of North Korea's losses compare",
		Text: "How many went. In November South Korea's spy agency spoke of 10,000-12,000 troops.\n\n" +
			"Why the numbers differ. Kyiv says its count is right; Ukraine's president repeats it. " +
			"Kyiv counts from drone footage.",
		URL: "https://example.test/a",
	})
	if len(got) != 1 || got[0].Subject != NorthKorea {
		t.Errorf("got %s, want one north_korea troops claim", describe(got))
	}
}

// TestExtractRatiosAndDates: "for every soldier killed nearly seven were
// wounded" and "a ratio of one to three" count no one; "on April 30th the
// NIS" is a date before the speaker, not part of its name.
func TestExtractRatiosAndDates(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said that for every North Korean soldier killed nearly seven were wounded.": {},
		"By its briefing on April 30th the NIS had raised its total to around 16,000 North Korean troops.": {
			{Troops, nk, 16000, 0, About, "NIS", false}},
	})
}

// TestExtractGaveAndSettled: "gave 'more than 3,000'" reports;
// "settled in December on a range of" names who settled.
func TestExtractGaveAndSettled(t *testing.T) {
	checkSentences(t, map[string][]w{
		`Volodymyr Zelensky gave "more than 3,300" North Korean casualties in December.`: {
			{Casualties, nk, 3300, 0, MoreThan, "Zelensky", false}},
		"The Pentagon settled in December on a range of 11,000 to 13,000 North Korean troops.": {
			{Troops, nk, 11000, 13000, Range, "Pentagon", false}},
	})
}

// TestExtractWhatRemains: "only about 5,000 remain in Kursk" counts the
// troops there; "put the figure at" after "a few thousand remain" restates
// the firm figure before, not the vague one; a cue after "since" is when.
func TestExtractWhatRemains(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said North Korea sent 15,000 troops. Britain says only about 5,500 remain in the Kursk border area.": {
			{Troops, nk, 15000, 0, Exact, "NIS", false},
			{Troops, nk, 5500, 0, About, "Britain", false}},
		"Budanov said North Korea has lost more than 4,500 soldiers killed and wounded. A few thousand remain near the border, he added. South Korea's spy agency put the figure at around 4,800.": {
			{Casualties, nk, 4500, 0, MoreThan, "Budanov", false},
			{Troops, nk, 2000, 5000, Vague, "Budanov", true},
			{Casualties, nk, 4800, 0, About, "spy agency", false}},
		"Analysts say Russia's own force in the region has grown to about 55,000 troops since Ukraine's raid in August.": {
			{Troops, ru, 55000, 0, About, "Analysts", false}},
	})
}

// TestExtractTheCaptorIsNotTheCaptives: "Ukraine has shown two
// prisoners" counts the North's soldiers the article is about.
func TestExtractTheCaptorIsNotTheCaptives(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fought in Kursk for months. Ukraine has shown three prisoners, all captured in January.": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractWhereTheyWent: "moved 3,000 soldiers into eastern Russia"
// and "had reached Russia" say where the North's soldiers went.
func TestExtractWhereTheyWent(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has moved at least 3,300 soldiers into eastern Russia since early October, Kirby said.": {
			{Troops, nk, 3300, 0, AtLeast, "Kirby", false}},
		"The NIS said about 3,300 North Korean soldiers had reached Russia.": {
			{Troops, nk, 3300, 0, About, "NIS", false}},
	})
}

// TestExtractALinkListAfterItsHeading: the headlines listed under "More on
// this story" are other stories'.
func TestExtractALinkListAfterItsHeading(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said 300 North Korean soldiers were killed.\n\nMore on this story\n- Kim tests a missile (6 January)\n- Ukraine says 3 North Koreans died of wounds after capture (27 December)": {
			{Killed, nk, 300, 0, Exact, "NIS", false}},
	})
}
