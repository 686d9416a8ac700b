package claims

import "testing"

// Rules found by scoring testdata/blind100 to blind105 and the errors the
// twelfth round left. Each case is a sentence of our own in the shape news
// prose takes, not one from a set.

// TestExtractBoxSourcedBelow: a fact box names its source under its
// figures; the lines above that line are the source's, up to the box's
// title and no further.
func TestExtractBoxSourcedBelow(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops have fought in Kursk since the autumn.\n\nNorth Korean losses, January estimate\n\nKilled: about 300\n\nTotal casualties: about 3,000\n\nSource: South Korea's intelligence service, via lawmakers": {
			{Killed, nk, 300, 0, About, "intelligence service", false},
			{Casualties, nk, 3000, 0, About, "intelligence service", false}},
		"North Korean troops have fought in Kursk since the autumn.\n\nKilled: about 300\n\nThe war has drawn in troops from far away.\n\nSource: the NIS": {
			{Killed, nk, 300, 0, About, "", false}},
	})
}

// TestExtractTheGroupTheyFellIn: a figure after "among" counts the group
// the losses fell in, not the losses.
func TestExtractTheGroupTheyFellIn(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The casualties were concentrated among roughly 2,000 of them who were moved up to the front line, the NIS said.": {
			{Troops, nk, 2000, 0, About, "NIS", true}},
		"Losses among the 11,000 North Korean troops are heavy, the NIS said.": {
			{Troops, nk, 11000, 0, Exact, "NIS", false}},
		"Casualties among North Korean troops reached about 3,000, the NIS said.": {
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractUnderWayIsNoCount: people still being sent, or made ready,
// are not yet there to count.
func TestExtractUnderWayIsNoCount(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Separately, the North is in the process of sending 6,000 more personnel, the NIS said.": nil,
		"NIS: Pyongyang readies 6,000 North Korean engineers and builders for Kursk":                         nil,
	})
}

// TestExtractLossesNamedAhead: "North Korean losses" names whose they are
// however far the verb puts the figure and whoever the sentence names
// after it.
func TestExtractLossesNamedAhead(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"North Korean losses are already approaching four thousand killed and wounded," Zelensky said, adding that his units had beaten back Russian paratroopers.`: {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}

// TestExtractTheirLossesAfterACount: "their losses" with no side named
// before the figure are the people the last figure counted, not the
// speaker's broadcaster's country.
func TestExtractTheirLossesAfterACount(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 600 North Korean soldiers have been killed, Seoul said.\n\n\"Their losses, dead and wounded together, are already more than 4,000,\" Kyrylo Budanov told a Ukrainian broadcaster.": {
			{Killed, nk, 600, 0, About, "Seoul", false},
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
	})
}

// TestExtractWhatMayBefallTheCounted: a modal after "the two prisoners"
// says what may happen to men already counted; after a relative clause
// ("that Moscow said would be sent") it makes the figure a plan.
func TestExtractWhatMayBefallTheCounted(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Kyiv said the two North Korean prisoners of war could be handed over to South Korea.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		kurskLede + "The regiment was among the 1,000 deminers that Moscow and Pyongyang said would be sent to Kursk.": nil,
	})
}

// TestExtractEstimatesBySource: a table that sets estimates side by side
// names each row's source in a column and lets each cell, or the row's
// own label, say what it counts.
func TestExtractEstimatesBySource(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The estimates at a glance:\n\nSource | Date | Estimate\nSeoul's spy agency | Jan. 2025 | about 300 killed, 2,700 wounded\nVolodymyr Zelensky | Jan. 2025 | nearly 4,000 killed and wounded": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Wounded, nk, 2700, 0, Exact, "spy agency", false},
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		kurskLede + "| Figure | Estimate | Source |\n| Killed or wounded | about 4,700 | Seoul's spy agency (April) |\n| Taken prisoner by Ukraine | 2 | Ukrainian government |": {
			{Casualties, nk, 4700, 0, About, "spy agency", false},
			{Captured, nk, 2, 0, Exact, "Ukrainian government", false}},
		kurskLede + "Date | Source | Estimate | Location\n18 Oct | Seoul's spy agency | 1,500 troops | Russian Far East": {
			{Troops, nk, 1500, 0, Exact, "spy agency", false}},
	})
}

// TestExtractANamedSubjectOverAGuess: a headline whose subject is a guess
// ("NK casualties", an abbreviation no cue reads) and the body's sentence
// that names it give one claim, and the kept one is firm enough to
// conflict with a rival estimate.
func TestExtractANamedSubjectOverAGuess(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "NK casualties in Russia near 3,000, spy agency says",
		Text:  "North Korean casualties in Russia's war are estimated to have reached about 3,000, South Korea's National Intelligence Service told lawmakers on Monday.",
		URL:   "https://example.test/a",
	})
	if len(got) != 1 || got[0].Value != 3000 || got[0].Subject != NorthKorea || got[0].Tentative {
		t.Fatalf("got %s (tentative %v), want one firm North Korean 3,000", describe(got), len(got) > 0 && got[0].Tentative)
	}
}

// TestExtractScheduledAndIrrecoverable: men "scheduled to be moved" are a
// plan; "irrecoverable losses", in Ukrainian and Russian usage, are the
// dead.
func TestExtractScheduledAndIrrecoverable(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The first 2,600 of them are scheduled to be moved to Kursk Oblast by 1 November, the HUR said.": nil,
		"More than 38,000 Russian soldiers have been killed or wounded, around 15,000 of them irrecoverable losses, Zelensky said.": {
			{Casualties, ru, 38000, 0, MoreThan, "Zelensky", false},
			{Killed, ru, 15000, 0, About, "Zelensky", false}},
	})
}

// TestExtractTheForceNamedBefore: a sentence that opens with "Nearly 4,000
// of their soldiers" counts every loss of the force the sentence before
// named, not a part that cannot conflict.
func TestExtractTheForceNamedBefore(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "North Korean units fighting for Russia in Kursk have suffered heavy losses. Nearly 4,000 of their soldiers have now been killed or wounded, Zelensky said."})
	if len(got) != 1 || got[0].Value != 4000 || got[0].Metric != Casualties || got[0].Partial {
		t.Fatalf("got %s, want the whole force's 4,000 casualties", describe(got))
	}
}

// TestExtractFiguresHePresented: "according to the figures he presented"
// gives them to the man "he" stands for.
func TestExtractFiguresHePresented(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukrainian President Volodymyr Zelensky addressed the issue on Wednesday. North Korean units have lost nearly 4,000 men killed and wounded, according to the figures he presented.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}

// TestExtractInTheRegion: "in the region" places a deployment where the
// article is set, so that it can be set against another count for Kursk.
func TestExtractInTheRegion(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for text, want := range map[string]string{
		"North Korean soldiers are fighting in the Kursk region. Zelensky said the North Korean contingent in the region had reached 11,000.": "Kursk",
		"North Korean soldiers are training in Russia. Zelensky said the North Korean contingent in the region had reached 11,000.":           "",
	} {
		got := x.Extract(Document{Text: text})
		if len(got) != 1 || got[0].Location != want {
			t.Errorf("%q: got %s at %q, want one claim at %q", text, describe(got), locationOf(got), want)
		}
	}
}

func locationOf(cs []Claim) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0].Location
}

// TestExtractAnAddressByItsSpeaker: a page headed "address by the
// President of Ukraine" gives his figures in the first person, with no
// reporting verb.
func TestExtractAnAddressByItsSpeaker(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "We must make Russia feel the cost – address by the President of Ukraine",
		Text:  "Today I had a report on the Kursk region.\n\nAccording to preliminary data, the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded three thousand.",
	})
	if len(got) != 1 || got[0].Value != 3000 || got[0].Attribution != "President of Ukraine" {
		t.Fatalf("got %s, want 3,000 by the President of Ukraine", describe(got))
	}
}

// TestExtractPartOfTheRoughlyWhole: "2,000 of the roughly 15,000 troops"
// counts what befell the part and the whole counts the troops; the part
// of a deployment in Kursk is Kursk's count.
func TestExtractPartOfTheRoughlyWhole(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's spy agency said that around 2,000 of the roughly 15,000 troops Pyongyang had sent had been killed.": {
			{Killed, nk, 2000, 0, About, "spy agency", false},
			{Troops, nk, 15000, 0, About, "spy agency", false}},
		"About 8,000 of the roughly 10,000 North Korean soldiers sent to Russia have moved to the Kursk region, Blinken said.": {
			{Troops, nk, 8000, 0, About, "Blinken", false},
			{Troops, nk, 10000, 0, About, "Blinken", false}},
	})
}

// TestExtractAListUnderItsSource: a newsletter's "By the numbers, per the NIS:"
// list sets each figure off with bold and a colon; the figure counts
// what follows the colon, and the lead-in names the source of the list.
func TestExtractAListUnderItsSource(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "By the numbers, per the National Intelligence Service:\n- **~15,000:** North Korean troops sent to Russia in total.\n- **~4,700:** killed or wounded.\n\nWhy it matters: the toll is rising.": {
			{Troops, nk, 15000, 0, About, "National Intelligence Service", false},
			{Casualties, nk, 4700, 0, About, "National Intelligence Service", false}},
	})
}

// TestExtractTheKilledAndTheWounded: "counting both the killed and the
// wounded" says the figure counts casualties.
func TestExtractTheKilledAndTheWounded(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The JCS estimated that North Korean casualties now stand at around 4,700, counting both the killed and the wounded.": {
			{Casualties, nk, 4700, 0, About, "JCS", false}},
	})
}

// TestExtractTheManBeforeHisTitle: "Volodymyr Zelensky, Ukraine's
// president, said" is the man's word; his title in commas names no one.
func TestExtractTheManBeforeHisTitle(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Volodymyr Zelensky, Ukraine's president, said this week that North Korean forces had suffered nearly 4,000 casualties.": {
			{Casualties, nk, 4000, 0, About, "Volodymyr Zelensky", false}},
		"South Korea's intelligence officials, usually more cautious, reckon North Korean casualties are closer to 3,000.": {
			{Casualties, nk, 3000, 0, About, "intelligence officials", false}},
	})
}

// TestExtractOtherWarsAndUnitSizes: a feature sets the war beside older
// ones and describes the units that fight it; neither gives a count of
// the story's people.
func TestExtractOtherWarsAndUnitSizes(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "In 1965-73 South Korea sent 320,000 soldiers to Vietnam and lost about 5,000 of them.": nil,
		kurskLede + "At the armistice in July 1953 roughly 75,000 communist prisoners were sent north.":     nil,
		kurskLede + "His crew of four soldiers has flown every night since December.":                       nil,
		kurskLede + "A light infantry battalion at home is about 400 men.":                                  nil,
		kurskLede + "Nine wounded for every soldier killed is high by the standards of modern wars.":        nil,
		kurskLede + "The HUR reported that Russia had set up a separate unit of about 12,000 troops from North Korea.": {
			{Troops, nk, 12000, 0, About, "HUR", false}},
		kurskLede + "Kyiv said the two North Korean prisoners of war could be handed over to South Korea.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
	})
}

// TestExtractAPartInItsWhole: ", of the roughly 15,000 sent," sets the
// part in its whole; the part's predicate is what befell it, and the
// whole counts the men sent.
func TestExtractAPartInItsWhole(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's spy agency says that about 4,700 North Korean soldiers, of the roughly 15,000 sent, have been killed or wounded.": {
			{Casualties, nk, 4700, 0, About, "spy agency", false},
			{Troops, nk, 15000, 0, About, "spy agency", false}},
	})
}

// TestExtractWhoSaidWhat: a table headed "Date | Who | What they said"
// gives each row's figure to the row's source.
func TestExtractWhoSaidWhat(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Date | Who | What they said\nDec 23, 2024 | Volodymyr Zelensky | more than 3,000 North Korean soldiers killed and wounded\nJan 13, 2025 | Seoul's spy agency | around 300 North Korean soldiers killed": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false},
			{Killed, nk, 300, 0, About, "spy agency", false}},
	})
}

// TestExtractAGovernmentIsNoSide: "Moscow" and "the Kremlin" name a
// government that speaks or stays silent; an article that names them
// often is still about the North Korean soldiers its fact box counts.
func TestExtractAGovernmentIsNoSide(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "North Korean soldiers in Kursk: what Moscow will not say",
		Text:  "The Kremlin declined to comment again. Moscow has never confirmed the deployment.\n\nFACT BOX\n\nKilled: about 300\n\nSource: Seoul's spy agency",
	})
	if len(got) != 1 || got[0].Subject != NorthKorea {
		t.Fatalf("got %s, want the North's 300 dead", describe(got))
	}
}

// TestExtractRivalsInOneSentence: "which Seoul puts at 1,100 and Kyiv at
// more than 3,000" sets two sources' figures for the losses named before
// "which"; the second estimator's verb is not repeated.
func TestExtractRivalsInOneSentence(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea's losses have become a battle of numbers, which Seoul's military puts at some 1,100 killed and wounded and Kyiv at more than 3,000.": {
			{Casualties, nk, 1100, 0, About, "Seoul's military", false},
			{Casualties, nk, 3000, 0, MoreThan, "Kyiv", false}},
	})
}

// TestExtractTheLawmakerNamedBefore: "the lawmaker said" after "Rep. Lee
// Seong-kweun relayed the assessment" is Lee; a title with no one named
// before it names no one.
func TestExtractTheLawmakerNamedBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Rep. Lee Seong-kweun relayed the spy agency's assessment to reporters. North Korean losses come to roughly 1,100, the lawmaker said.": {
			{Casualties, nk, 1100, 0, About, "Lee Seong-kweun", false}},
		"North Korean losses come to roughly 1,100, the lawmaker said.": {
			{Casualties, nk, 1100, 0, About, "", false}},
	})
}

// TestExtractTheTroopsAndTheirCasualties: "11,000 to 12,000 North Korean
// troops were in Kursk and had suffered several hundred casualties" counts
// troops; the casualties are the second figure's. A source of information
// "from Ukraine" says where it came from, not whose dead the next sentence
// counts.
func TestExtractTheTroopsAndTheirCasualties(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon believes between 11,000 and 12,000 North Korean troops were in the Kursk region and that they had suffered \"several hundred\" casualties.": {
			{Troops, nk, 11000, 12000, Range, "Pentagon", false},
			{Casualties, nk, 200, 900, Vague, "Pentagon", false}},
		"North Korean soldiers fought in Kursk.\n\nSeoul's spy agency said its figures drew on information from Ukraine. It estimated in December that at least 100 had been killed.": {
			{Killed, nk, 100, 0, AtLeast, "spy agency", false}},
	})
}

// TestExtractSourcesAroundTheFigure: an estimate given "to lawmakers" the
// sentence before, "the president said" after a quotation once the
// president is named, and "Saturday's report from the KCNA" name the
// figures' sources; "up from about 600" is the same count, before.
func TestExtractSourcesAroundTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"South Korea's spy agency gave lawmakers a sharply higher estimate of North Korea's war dead on Thursday. Around 2,000 North Korean soldiers have now been killed, up from about 600 in April.": {
			{Killed, nk, 2000, 0, About, "spy agency", false},
			{Killed, nk, 600, 0, About, "spy agency", false}},
		"Volodymyr Zelensky spoke on Friday. \"Almost 4,000 North Korean soldiers have been killed or wounded,\" the president said.": {
			{Casualties, nk, 4000, 0, About, "Volodymyr Zelensky", false}},
		kurskLede + "Nine members of the unit were killed, according to Saturday's report from the Korean Central News Agency.": {
			{Killed, nk, 9, 0, Exact, "Korean Central News Agency", true}},
	})
}

// TestExtractTablesAndWhatElseWasSaid: tables headed "When | Who said it
// | What" and "| What | Figure | Source, date |" are read row by row, a
// row's label may hold a year; a side named after ", adding that" is in
// what else was said, not whose the figure is; a community's members and
// a founding year count nobody.
func TestExtractTablesAndWhatElseWasSaid(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "When | Who said it | What\nJan 2025 | Seoul's spy agency | about 300 killed and 2,700 wounded\nJan 2025 | Ukraine's SBU | 2 soldiers captured": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Wounded, nk, 2700, 0, About, "spy agency", false},
			{Captured, nk, 2, 0, Exact, "SBU", false}},
		kurskLede + "| What | Figure | Source, date |\n| Troops first sent, autumn 2024 | about 11,000 | Seoul's spy agency, Nov. 2024 |": {
			{Troops, nk, 11000, 0, About, "spy agency", false}},
		"Zelensky put the number of North Koreans killed and wounded at nearly 4,000, adding that Russia was throwing them in without care.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		kurskLede + "Join 18,000 members of our community from $5 per month.": nil,
		kurskLede + "Founded in 1846, the agency has 3,000 staff.":            nil,
	})
}

// TestExtractTheFiguresSummed: "bringing the total to roughly 3,000"
// after the killed and the wounded is their sum, casualties; "The
// figures, which would put the North's casualties at about 3,000" sums
// the figures before it, from their source.
func TestExtractTheFiguresSummed(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Some 300 North Korean soldiers have been killed and about 2,700 wounded, the spy agency told lawmakers, bringing the total to roughly 3,000.": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Wounded, nk, 2700, 0, About, "spy agency", false},
			{Casualties, nk, 3000, 0, About, "spy agency", false}},
		"Some 300 North Korean soldiers have been killed and 2,700 wounded, the NIS said. The figures, which would put the North's casualties at about 3,000, mark a sharp rise.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractThoseCasualtiesWereDeaths: "600 of those casualties were
// deaths" counts the dead, as "600 of the casualties" does.
func TestExtractThoseCasualtiesWereDeaths(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Around 600 of those casualties were deaths, the spy agency told lawmakers.": {
			{Killed, nk, 600, 0, About, "spy agency", false}},
	})
}

// TestExtractAKoreanFamilyName: "Lee said" after "Lee Seong-kweun" is
// the lawmaker named in full: a Korean name puts the family name first.
func TestExtractAKoreanFamilyName(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Lee Seong-kweun said the briefing ran for two hours. The toll, Lee said, comes to roughly 1,100 North Korean casualties.": {
			{Casualties, nk, 1100, 0, About, "Lee Seong-kweun", false}},
	})
}

// TestExtractThousandsOfWhom: in "14,000 soldiers have been sent,
// thousands of whom have been killed" the killing is the thousands'; in
// "15,000 troops, about 4,700 of whom have been killed or wounded" it is
// the 4,700's.
func TestExtractThousandsOfWhom(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's military estimates that some 14,000 North Korean soldiers have been sent to Russia, thousands of whom have been killed or wounded.": {
			{Troops, nk, 14000, 0, About, "Seoul's military", false},
			{Casualties, nk, 2000, 9999, Vague, "Seoul's military", false}},
		"North Korea has sent around 15,000 troops to Russia, about 4,700 of whom have been killed or wounded, Seoul's spy agency said.": {
			{Troops, nk, 15000, 0, About, "spy agency", false},
			{Casualties, nk, 4700, 0, About, "spy agency", false}},
	})
}
