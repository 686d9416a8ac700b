package claims

import "testing"

// Rules found by scoring testdata/blind7 and blind8: each case is a
// sentence of our own in the shape news prose takes, not one from the sets.

// TestExtractMoreQualifiers: milestones passed are lower bounds; "near",
// "approaching" and "in the region of" are estimates.
func TestExtractMoreQualifiers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean losses have passed 5,000 killed and wounded, Kyiv said.":            {{Casualties, nk, 5000, 0, MoreThan, "Kyiv", false}},
		"North Korean casualties crossed 5,000 last month, Kyiv said.":                    {{Casualties, nk, 5000, 0, MoreThan, "Kyiv", false}},
		"Seoul said the North's wounded were approaching 2,000.":                          {{Wounded, nk, 2000, 0, About, "Seoul", false}},
		"Kyiv put North Korean casualties near 5,000.":                                    {{Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"North Korea lost in the region of 5,000 killed and wounded, the commander said.": {{Casualties, nk, 5000, 0, About, "commander", false}},
		"Upward of 9,000 North Korean troops were stationed there, Seoul said.":           {{Troops, nk, 9000, 0, MoreThan, "Seoul", false}},
	})
}

// TestExtractLineLabelSpeaks: a line that opens with a name and a colon is
// that person's or body's words, as in an interview or a list of estimates;
// a nationality in the name is the speaker's, not whose losses are counted.
func TestExtractLineLabelSpeaks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Petrenko: We counted the bodies ourselves. By our count, North Korea lost about 5,000 killed and wounded.": {
			{Casualties, nk, 5000, 0, About, "Petrenko", false}},
		"- The Pentagon (November): about 10,000 North Korean troops in Russia.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"- Seoul's defence ministry in March: around 400 North Korean soldiers killed.": {
			{Killed, nk, 400, 0, About, "Seoul's defence ministry", false}},
		"- A Ukrainian brigade commander interviewed by local radio: \"about 5,000\" North Koreans killed or wounded.": {
			{Casualties, nk, 5000, 0, About, "brigade commander", false}},
		"Host: The NIS said about 4,000 North Korean soldiers were killed or wounded. Is that right?": {
			{Casualties, nk, 4000, 0, About, "NIS", false}},
		"Correction: An earlier version of this story gave the number of North Korean soldiers killed as 3,000.": nil,
	})
}

// TestExtractWhoseCount: "by Seoul's count" names the source; the spy
// agency's descriptions name the National Intelligence Service too.
func TestExtractWhoseCount(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 12,000 North Korean troops went to Russia, by Seoul's count.":              {{Troops, nk, 12000, 0, About, "Seoul", false}},
		"By Kyiv's estimate, about 5,000 North Koreans were killed or wounded.":           {{Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"In the Pentagon's assessment, about 5,000 North Koreans were killed or wounded.": {{Casualties, nk, 5000, 0, About, "Pentagon", false}},
		"By our count, about 5,000 North Koreans were killed or wounded.":                 {{Casualties, nk, 5000, 0, About, "", false}},
		"About 500 North Korean soldiers were killed, Seoul's spy agency said.": {
			{Killed, nk, 500, 0, About, "Seoul's spy agency (NIS)", false}},
		"About 500 North Korean soldiers were killed, South Korean and Western intelligence said.": {
			{Killed, nk, 500, 0, About, "South Korean and Western intelligence", false}},
		"- South Korea's spy agency (May 2): about 500 North Korean soldiers killed.": {
			{Killed, nk, 500, 0, About, "(NIS)", false}},
	})
}

// TestExtractGuessedEchoDropped: a figure whose subject could only be
// guessed is dropped when the article gives it with its subject named.
func TestExtractGuessedEchoDropped(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russian troops pressed on. Russian generals were pleased. Talks stalled. Nobody knew why. Nearly 4,000 killed or wounded, Zelensky says.\n\nZelensky said nearly 4,000 North Korean soldiers had been killed or wounded.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}

// TestExtractHeadlineRewording: a headline's figure that the body gives
// for another metric is the body's figure, worded loosely.
func TestExtractHeadlineRewording(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "North Korea has lost about 500 soldiers, Seoul says",
		Text:  "North Korea has lost about 500 soldiers killed and some 2,500 wounded, the NIS said.",
	})
	want := []w{{Killed, nk, 500, 0, About, "NIS", false}, {Wounded, nk, 2500, 0, About, "NIS", false}}
	if len(got) != len(want) {
		t.Fatalf("got %s, want %v", describe(got), want)
	}
	for i, g := range got {
		if g.Metric != want[i].m || g.Value != want[i].v {
			t.Errorf("claim %d: got %s, want %v", i, describe(got[i:i+1]), want[i])
		}
	}
}

// TestExtractCaptorIsNotWhoseMen: whoever holds the prisoners is not whose
// soldiers they are.
func TestExtractCaptorIsNotWhoseMen(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea is hurting, Seoul says, as Ukraine holds two prisoners.": {
			{Captured, nk, 2, 0, Exact, "Seoul", false}},
	})
}

// TestExtractTroopsPlacedByTheirOwnWords: a deployment is placed by a
// place near its figure, never by where the article is set, so that a
// figure for Russia and one for "there" can be compared.
func TestExtractTroopsPlacedByTheirOwnWords(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for text, want := range map[string]string{
		"Fighting raged in Kursk. North Korea has about 9,000 soldiers there now, the NIS said.":                                            "",
		"Fighting raged in Kursk. About 9,000 North Korean soldiers are in Kursk now, the NIS said.":                                        "Kursk",
		"About 9,000 North Korean soldiers were sent in total, the Pentagon said on Monday, adding that some had been moving toward Kursk.": "",
	} {
		got := x.Extract(Document{Title: "Troops", Text: text})
		if len(got) != 1 || got[0].Location != want {
			t.Errorf("%s\ngot %s at %q, want one claim placed at %q", text, describe(got), location(got), want)
		}
	}
}

func location(cs []Claim) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0].Location
}

// TestExtractOneGroupOfTheForce: a group, batch or wave sent is part of the
// force, never a rival count of it.
func TestExtractOneGroupOfTheForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"A first group of roughly 2,000 North Korean troops left for Russia, the NIS said.": {{Troops, nk, 2000, 0, About, "NIS", true}},
		"The second batch of 1,500 North Korean soldiers arrived in Kursk, Kyiv said.":      {{Troops, nk, 1500, 0, Exact, "Kyiv", true}},
		"A force of 12,000 North Korean soldiers is in Russia, the NIS said.":               {{Troops, nk, 12000, 0, Exact, "NIS", false}},
	})
}

// TestExtractFigureRevisedByAnaphor: "put the figure at", "put them at"
// give the figure named before a new value, for the same people.
func TestExtractFigureRevisedByAnaphor(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv said North Korea's losses had passed 5,000 killed and wounded. The NIS, in a briefing, put them at about 4,500.": {
			{Casualties, nk, 5000, 0, MoreThan, "Kyiv", false}, {Casualties, nk, 4500, 0, About, "NIS", false}},
		"About 600 North Korean soldiers were killed, the NIS said. The estimate is new.\n\nLast month the agency put the figure at about 300.": {
			{Killed, nk, 600, 0, About, "NIS", false}, {Killed, nk, 300, 0, About, "NIS", false}},
		"About 600 North Korean soldiers were killed, the NIS said. Seoul put its budget at 300.": {
			{Killed, nk, 600, 0, About, "NIS", false}},
	})
}

// TestExtractOtherPeoplesWars: an agent after "by", a carrier after
// "aboard", forces abroad and other wars name nobody in this story.
func TestExtractOtherPeoplesWars(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Both North Korean soldiers were wounded: one in the jaw, the other in the legs.":                                                                           nil,
		"The US keeps about 28,500 troops in South Korea and some 54,000 in Japan.":                                                                                 nil,
		"In Sudan, estimates of the dead since 2023 range up to 150,000.":                                                                                           nil,
		"Pyongyang sent 2,000 North Korean troops to Vladivostok aboard Russian navy ships, Seoul said.":                                                            {{Troops, nk, 2000, 0, Exact, "Seoul", false}},
		"North Korea has sent troops to Russia, Seoul said. A contingent of about 1,500 special forces troops was carried aboard Russian navy ships, the NIS said.": {{Troops, nk, 1500, 0, About, "NIS", true}},
	})
}

// TestExtractWhoseFigureInDenialsAndSums: a denial names whose figure it
// denies; a sum of figures is their source's; a spokeswoman gives her
// government's belief; months and conjunctions are nobody.
func TestExtractWhoseFigureInDenialsAndSums(t *testing.T) {
	checkSentences(t, map[string][]w{
		"She said the Kiev regime's talk of 11,000 North Korean soldiers in Kursk was a fabrication.": {
			{Troops, nk, 11000, 0, Exact, "Kiev regime", false}},
		"The Kiev leader had alleged that more than 3,000 North Korean soldiers were killed or wounded.": {
			{Casualties, nk, 3000, 0, MoreThan, "Kiev leader", false}},
		"About 300 North Korean soldiers were killed and 2,700 wounded, the NIS said.\n\nThat puts the North's total losses at roughly 3,000.": {
			{Killed, nk, 300, 0, About, "NIS", false}, {Wounded, nk, 2700, 0, About, "NIS", false}, {Casualties, nk, 3000, 0, About, "NIS", false}},
		"Spokeswoman Sabrina Singh told reporters the US now believes 11,000 North Korean troops are in Russia.": {
			{Troops, nk, 11000, 0, Exact, "Singh", false}},
		"In October the department had said about 10,000 North Korean troops had been sent.": {
			{Troops, nk, 10000, 0, About, "department", false}},
		"Since Seoul first said so, Kyiv has said about 300 North Korean soldiers were killed.": {
			{Killed, nk, 300, 0, About, "Kyiv", false}},
	})
}

// TestExtractWhoseEstimateNext: a sentence that only says whose the
// figures before it are gives them their source.
func TestExtractWhoseEstimateNext(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Roughly 300 North Korean soldiers have been killed. That is the new estimate of South Korea's spy agency.": {
			{Killed, nk, 300, 0, About, "(NIS)", false}},
		"The estimate from the NIS is above the roughly 8,000 North Korean troops that the Pentagon said were in Kursk.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false}},
	})
}

// TestExtractSpeakersOwnPeople: "its soldiers", "our losses" are the
// speaker's own side when no cue names it.
func TestExtractSpeakersOwnPeople(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Nine of its soldiers were killed during the mission, the Korean Central News Agency said.": {
			{Killed, nk, 9, 0, Exact, "Korean Central News Agency", true}},
		"Our losses in Kursk reached 2,000 killed and wounded, Syrskyi said.": {
			{Casualties, ua, 2000, 0, Exact, "Syrskyi", false}},
	})
}

// TestExtractForeignTroopsWhateverElseIsNamed: a foreign army's nationality
// on the counted noun wins over any cue elsewhere in the sentence.
func TestExtractForeignTroopsWhateverElseIsNamed(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Officials in Seoul, where about 28,500 U.S. troops are stationed, say Pyongyang is shipping shells to Moscow.": nil,
	})
}

// TestExtractQualifierShared: an estimate's qualifier carries to the bare
// figure joined to it by "and", not across a comma.
func TestExtractQualifierShared(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul said about 500 North Korean soldiers died and 2,500 were wounded.": {
			{Killed, nk, 500, 0, About, "Seoul", false}, {Wounded, nk, 2500, 0, About, "Seoul", false}},
		"Seoul said about 500 North Korean soldiers died, and later 2,500 were wounded.": {
			{Killed, nk, 500, 0, About, "Seoul", false}, {Wounded, nk, 2500, 0, Exact, "Seoul", false}},
	})
}

// TestExtractEachFigureItsOwnVerb: in "500 died and 2,500 were wounded"
// each figure takes the verb of its own conjunct.
func TestExtractEachFigureItsOwnVerb(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul said 500 North Korean soldiers died and 2,500 were injured.": {
			{Killed, nk, 500, 0, Exact, "Seoul", false}, {Wounded, nk, 2500, 0, Exact, "Seoul", false}},
		"North Korea's losses near 3,000 with about 300 dead, Seoul says.": {
			{Casualties, nk, 3000, 0, About, "Seoul", false}, {Killed, nk, 300, 0, About, "Seoul", false}},
	})
}

// TestExtractReferenceMarks: a wiki's "[2]" joins no sentences and counts
// nothing, and its reference list cites other stories' headlines.
func TestExtractReferenceMarks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"2024\n18 October 2024 – The NIS says about 1,500 North Korean troops were moved to Vladivostok.[2]\n6. ^ \"Over 3,000 North Koreans killed, wounded\". Retrieved 24 December 2024.": {
			{Troops, nk, 1500, 0, About, "NIS", false}},
	})
}

// TestExtractSpaceGroupedThousands: "11 000" with a space, a no-break or a
// thin space is one number; a year beside a figure is not a group.
func TestExtractSpaceGroupedThousands(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Budanov said North Korean losses exceeded 4 000 killed and wounded.": {{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
		"About 11\u00a0000 North Korean troops arrived, Kyiv said.":           {{Troops, nk, 11000, 0, About, "Kyiv", false}},
		"About 1\u202f200\u202f000 Russian troops are deployed, Kyiv said.":   {{Troops, ru, 1200000, 0, About, "Kyiv", false}},
		"In 2024 1,500 North Korean troops arrived, Kyiv said.":               {{Troops, nk, 1500, 0, Exact, "Kyiv", false}},
	})
}

// TestExtractTheirLosses: "putting their losses at" counts the people the
// sentence opens with, whatever follows the figure.
func TestExtractTheirLosses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean soldiers sent to push Ukrainian forces back have suffered badly, Kyiv said, putting their losses at more than 5,000 after preliminary data.": {
			{Casualties, nk, 5000, 0, MoreThan, "Kyiv", false}},
	})
}

// TestExtractTheTally: a sentence that opens by naming the figure before
// it ("The tally, …", "The figure -- …") counts the same people, and a
// total of dead and wounded is casualties.
func TestExtractTheTally(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 200 North Korean soldiers were killed, the NIS said.\n\nThe tally, roughly 1,200 dead and wounded in all, is Seoul's first.": {
			{Killed, nk, 200, 0, About, "NIS", false}, {Casualties, nk, 1200, 0, About, "NIS", false}},
		"About 200 North Korean soldiers died and 1,000 were wounded, the NIS said.\n\nThe figure -- about 1,200 in total -- was relayed by lawmakers.": {
			{Killed, nk, 200, 0, About, "NIS", false}, {Wounded, nk, 1000, 0, About, "NIS", false}, {Casualties, nk, 1200, 0, About, "NIS", false}},
	})
}

// TestExtractWholeArmiesPlacesAndReasons: a whole standing army is no
// deployment; "the Kursk region of the Russian Federation" is a place; the
// losses a force came to replace are not what it counts; the second of two
// joined figures counts the same people.
func TestExtractWholeArmiesPlacesAndReasons(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea, which has about 1.2 million active-duty troops, wants Russian help.": nil,
		"The losses of the North Korean contingent in the Kursk region of the Russian Federation have exceeded 4 000, Budanov said.": {
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
		"Budanov said North Korea sent another 3 000 North Korean soldiers to replace the losses.": {
			{Troops, nk, 3000, 0, Exact, "Budanov", true}},
		"Kyiv said its drones killed 17 North Korean soldiers and wounded 29 more.": {
			{Killed, nk, 17, 0, Exact, "Kyiv", false}, {Wounded, nk, 29, 0, Exact, "Kyiv", true}},
	})
}

// TestExtractPartPlaced: "8,000 of them" is part of the force, but placed
// in a region it is that region's count, a rival of other counts there
// (a figure for Russia is never compared with it).
func TestExtractPartPlaced(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 10,000 North Korean soldiers are in Russia, Austin said.\n\nBlinken said 8,000 of the North Korean troops are now in Kursk.": {
			{Troops, nk, 10000, 0, About, "Austin", false}, {Troops, nk, 8000, 0, Exact, "Blinken", false}},
		"About 10,000 North Korean soldiers are in Russia, Austin said, and 8,000 of them are fighting.": {
			{Troops, nk, 10000, 0, About, "Austin", false}, {Troops, nk, 8000, 0, Exact, "Austin", true}},
	})
}

// TestExtractSpeakerBehindAnAppositive: ", said North Korea had sent …"
// opens what was said; the speaker stands before a long appositive, and a
// ministry "in London" speaks for itself.
func TestExtractSpeakerBehindAnAppositive(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Lawmaker Lee Seong-kweun, briefing reporters after a session with the National Intelligence Service (NIS), said North Korea had sent about 15,000 troops.": {
			{Troops, nk, 15000, 0, About, "Lee Seong-kweun", false}},
		"The Ministry of Defence in London said North Korean forces had suffered more than 4,000 casualties.": {
			{Casualties, nk, 4000, 0, MoreThan, "Ministry of Defence", false}},
	})
}

// TestExtractTableRows: a table row keeps its figure with its date and its
// source column; rule rows and headers give nothing.
func TestExtractTableRows(t *testing.T) {
	checkSentences(t, map[string][]w{
		"| Date | Figure | Source |\n|---|---|---|\n| Nov 13, 2024 | more than 10,000 North Korean troops sent to Russia | NIS |": {
			{Troops, nk, 10000, 0, MoreThan, "NIS", false}},
	})
}

// TestExtractUnitsCountTheirOwnFront: a unit's own tally is part of the
// losses; its commander's estimate of the whole is not; "eliminated" is
// killed; a dotted date is no figure.
func TestExtractUnitsCountTheirOwnFront(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukrainian special forces said they had eliminated 21 North Korean soldiers and wounded 40 more.": {
			{Killed, nk, 21, 0, Exact, "special forces", true}, {Wounded, nk, 40, 0, Exact, "special forces", true}},
		"A brigade commander said North Korea had lost about 5,000 soldiers killed or wounded.": {
			{Casualties, nk, 5000, 0, About, "brigade commander", false}},
		"North Korean losses as of 11.01.2025 were heavy, Kyiv said.": nil,
	})
}

// TestExtractPassiveReports: "estimated by X" names X; "are assessed to
// number" names nobody, least of all its subject.
func TestExtractPassiveReports(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The force was estimated by the U.S. Department of Defense at between 11,000 and 12,000 North Korean troops.": {
			{Troops, nk, 11000, 12000, Range, "Department of Defense", false}},
		"North Korean troops sent to Russia are assessed to number more than 10,000.": {
			{Troops, nk, 10000, 0, MoreThan, "", false}},
	})
}

// TestExtractBracketedSource: a report's source cited in brackets after its
// figure, "(NIS, Feb. 27)"; a year on the way is no other figure.
func TestExtractBracketedSource(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Roughly 3,000 more North Korean troops followed early in 2025 (NIS, Feb. 27).": {{Troops, nk, 3000, 0, About, "NIS", true}},
		"About 11,000 North Korean troops arrived (Pentagon).":                          {{Troops, nk, 11000, 0, About, "Pentagon", false}},
	})
}

// TestExtractWhoseFigureAcrossClauses: "according to" after a figure beats
// a counter in another clause, not a speaker whose words the figure is;
// "Budanov cited 11,000" is Budanov's; "the Ukrainian president" is the one
// named before, "one commander" someone new.
func TestExtractWhoseFigureAcrossClauses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The force, the same 11,000 North Korean troops that Washington counted, was reinforced by roughly 3,000 more, according to Seoul's military.": {
			{Troops, nk, 11000, 0, Exact, "Washington", false}, {Troops, nk, 3000, 0, About, "Seoul's military", true}},
		"About 300 North Korean soldiers were killed and 2,700 wounded, the spy agency said, according to Rep. Lee.": {
			{Killed, nk, 300, 0, About, "spy agency", false}, {Wounded, nk, 2700, 0, About, "spy agency", false}},
		"Kyrylo Budanov cited the same 11,000 North Korean troops.": {{Troops, nk, 11000, 0, Exact, "Budanov", false}},
		"Volodymyr Zelensky spoke on Monday.\n\nThe Ukrainian president said more than 3,000 North Korean soldiers were killed or wounded.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
		"Volodymyr Zelensky spoke on Monday.\n\nMore than 3,000 North Korean soldiers were killed or wounded, the President said.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
	})
}

// TestExtractRivalEstimatesAndParts: "per the Pentagon" names a source;
// "3,000 of them" counts the people just counted; "Seoul's estimate is
// lower: about 3,000" is the figure before, by another source; the dead
// a total includes are the part's metric, not the total's.
func TestExtractRivalEstimatesAndParts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 11,000 North Korean troops are in Kursk, per the Pentagon.": {{Troops, nk, 11000, 0, About, "Pentagon", false}},
		"Casualties: nearly 4,000 North Koreans killed and wounded, Zelensky said. Seoul's estimate, given on Monday, is lower: about 3,000, including 300 dead.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}, {Casualties, nk, 3000, 0, About, "Seoul", false}, {Killed, nk, 300, 0, Exact, "Seoul", false}},
		"Pyongyang sent about 11,000 troops to push Ukrainian forces out of Kursk. Zelensky said more than 3,000 of them had been killed or wounded.": {
			{Troops, nk, 11000, 0, About, "", false}, {Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
	})
}

// TestExtractRunningTallies: a widget's running count with the day's
// increment in brackets is no report of this story.
func TestExtractRunningTallies(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Losses of the enemy as of 11.01.2025: North Korean personnel about 812,400 (+1,530), tanks 9,695 (+8).": nil,
	})
}

// TestExtractSumsEstimatesAndLeaders: "That would take the losses to" is a
// sum, not a plan; "put the number of troops who … at" counts troops;
// "more or less" estimates; Kim Jong Un sends the North's soldiers.
func TestExtractSumsEstimatesAndLeaders(t *testing.T) {
	checkSentences(t, map[string][]w{
		"At least 100 North Korean soldiers have died, the NIS said. That would take the North's losses to about 1,100.": {
			{Killed, nk, 100, 0, AtLeast, "NIS", false}, {Casualties, nk, 1100, 0, About, "NIS", false}},
		"Ukraine's military intelligence put the number of North Korean troops who have reached the front at close to 11,000.": {
			{Troops, nk, 11000, 0, About, "military intelligence", false}},
		"By Seoul's count, Kim Jong Un has now sent more or less 14,000 soldiers to fight for Vladimir Putin.": {
			{Troops, nk, 14000, 0, About, "Seoul", false}},
	})
}

// TestExtractLocalTallies: losses counted in one place or one fight are
// part of the losses.
func TestExtractLocalTallies(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv said 30 North Korean soldiers had been killed or injured in fighting in three villages.": {
			{Casualties, nk, 30, 0, Exact, "Kyiv", true}},
		"Kyiv said 40 North Korean soldiers were killed in a single assault.":    {{Killed, nk, 40, 0, Exact, "Kyiv", true}},
		"Kyiv said 4,000 North Korean soldiers were killed or wounded in Kursk.": {{Casualties, nk, 4000, 0, Exact, "Kyiv", false}},
	})
}

// TestExtractTollsAndRelativeEstimates: a toll counts casualties, a death
// toll the dead; "which Seoul put at 1,100" gives the figure before a
// value; "the statement by the Kiev authorities" names its source; "of
// them" counts the people just counted, whatever a later clause names.
func TestExtractTollsAndRelativeEstimates(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 300 North Korean soldiers were killed and 2,700 wounded, putting the North's toll at roughly 3,000 men, the NIS said.": {
			{Killed, nk, 300, 0, About, "NIS", false}, {Wounded, nk, 2700, 0, About, "NIS", false}, {Casualties, nk, 3000, 0, About, "NIS", false}},
		"Zelensky said more than 3,000 North Korean soldiers were killed or wounded, a figure far above the one which Seoul's Joint Chiefs of Staff put at 1,100.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}, {Casualties, nk, 1100, 0, About, "Joint Chiefs of Staff", false}},
		"Peskov declined to comment on the statement by the Kiev authorities that two North Korean soldiers were captured.": {
			{Captured, nk, 2, 0, Exact, "Kiev authorities", false}},
		"Zelensky said 11,000 North Korean troops had been sent. \"Almost 4,000 of them are already dead or wounded, and Moscow keeps sending them forward,\" he said.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}, {Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}

// TestExtractEarlierValuesAndRatios: "up from roughly 600" is the figure
// before at an earlier value; "a factor of three" is a ratio; "by the count
// of Ukrainian officials" names them; troops stationed in South Korea are
// no one's in this story.
func TestExtractEarlierValuesAndRatios(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 2,000 North Korean soldiers have been killed, the NIS said. The figure, up from roughly 600 in April, rests on new intelligence.": {
			{Killed, nk, 2000, 0, About, "NIS", false}, {Killed, nk, 600, 0, About, "NIS", false}},
		"The estimates of North Korean losses differ by almost a factor of three.": nil,
		"By the count of Ukrainian officials, North Korean losses now stand at upward of 4,000.": {
			{Casualties, nk, 4000, 0, MoreThan, "Ukrainian officials", false}},
		"The U.S. keeps about 28,500 troops in South Korea, and officials warn the North's army is learning.": nil,
	})
}

// TestExtractAgencyNamedBefore: "the agency" is the agency the article
// named, speaking or not; "the Pentagon's estimate … stood at" is the
// Pentagon's; "three times the 600 it reported" is the figure before, then;
// "To put it in perspective:" and "Both" are nobody; "the fighting" counts
// no fighters.
func TestExtractAgencyNamedBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Lawmakers were briefed by South Korea's National Intelligence Service on Monday.\n\nIn September, the agency told lawmakers that about 2,000 North Korean soldiers had died.": {
			{Killed, nk, 2000, 0, About, "National Intelligence Service", false}},
		"By December, the Pentagon's estimate of North Korean forces in Kursk stood at 11,000.": {
			{Troops, nk, 11000, 0, About, "Pentagon", false}},
		"About 2,000 North Korean soldiers have died, the NIS said. That is more than three times the roughly 600 dead it reported in April.": {
			{Killed, nk, 2000, 0, About, "NIS", false}, {Killed, nk, 600, 0, About, "NIS", false}},
		"To put the figure in perspective: North Korea is believed to have sent roughly 15,000 soldiers.": {
			{Troops, nk, 15000, 0, About, "", false}},
		"North Korea's casualties in the fighting in Kursk have reached some 4,700, the NIS said.": {
			{Casualties, nk, 4700, 0, About, "NIS", false}},
	})
}

// TestExtractPartsAndThingsThatFollow: "Of that force, 8,000 …" is part of
// the force just counted, "Of those, 1,000 killed" every death among them;
// "A further 16" after a count of drones counts drones; IFVs are vehicles.
func TestExtractPartsAndThingsThatFollow(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 10,000 North Korean troops are in Russia, the Pentagon said. Of that force, about 8,000 have moved toward the front, Blinken said.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false}, {Troops, nk, 8000, 0, About, "Blinken", true}},
		"About 4,000 North Korean soldiers were killed or wounded, Budanov said. Of those, more than 1,000 have been killed, he said.": {
			{Casualties, nk, 4000, 0, About, "Budanov", false}, {Killed, nk, 1000, 0, MoreThan, "Budanov", false}},
		"North Korean troops fought on. The air force shot down 42 of 74 drones. A further 16 were lost to jamming.": nil,
		"Gerasimov said Ukraine lost 412 tanks and 677 IFVs.":                                                        nil,
	})
}

// TestExtractLawmakerRelaysTheAgency: a lawmaker passing on a briefing
// relays the agency he cites, or the one the sentence before named.
func TestExtractLawmakerRelaysTheAgency(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops have suffered about 3,000 casualties, South Korea's National Intelligence Service said. The total includes around 300 dead and some 2,700 wounded, lawmaker Lee Seong-kweun told reporters.": {
			{Casualties, nk, 3000, 0, About, "National Intelligence Service", false},
			{Killed, nk, 300, 0, About, "National Intelligence Service, via lawmaker Lee", false},
			{Wounded, nk, 2700, 0, About, "National Intelligence Service, via lawmaker Lee", false}},
		"About 300 North Korean soldiers have died, lawmaker Lee Seong-kweun told reporters, citing the NIS.": {
			{Killed, nk, 300, 0, About, "NIS, via lawmaker Lee", false}},
	})
}

// TestExtractPlansDaysAndRelativeClauses: "has decided to dispatch" is a
// plan; "day 1,059" of a war is no count; "38 drones … and 24 were lost"
// counts drones; a ", which" clause after a place tells of the place;
// "the Ukrainian side lost" is Ukraine's; "down from 1,300" after an area
// is the area's.
func TestExtractPlansDaysAndRelativeClauses(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang has decided to dispatch as many as 12,000 North Korean soldiers, the NIS said.":                nil,
		"On day 1,059 of the war, Zelensky said North Korean losses were near 4,000.":                             {{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"North Korean troops fought on. The air force said 38 drones were shot down and 24 were lost to jamming.": nil,
		"About 10,000 North Korean troops are in Russia, Austin said. Blinken said 8,000 of those soldiers are in Kursk, which Ukrainian forces partly seized.": {
			{Troops, nk, 10000, 0, About, "Austin", false}, {Troops, nk, 8000, 0, Exact, "Blinken", false}},
		"Gerasimov said the Ukrainian side lost more than 76,000 servicemen killed and wounded.":                                              {{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
		"North Korean losses were heavy, Kyiv said. Ukraine holds roughly 800 square kilometers of Kursk, down from about 1,300 at its peak.": nil,
	})
}
