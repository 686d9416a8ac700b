package claims

import "testing"

// Rules found by scoring testdata/blind17 and blind18: each case is a
// sentence of our own in the shape news prose takes, not one from the sets.

// TestExtractWhoseFigureByItsName: "Washington's first estimate", "Kyiv's
// March update" and "the Pentagon's figure" say whose the figure is, with
// words between the owner and the noun.
func TestExtractWhoseFigureByItsName(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Washington's first official estimate, in late October, was that about 9,000 North Korean troops had reached Russia.": {
			{Troops, nk, 9000, 0, About, "Washington", false}},
		"The Pentagon's figure a week later, 10,000 to 11,000 North Korean troops, was higher.": {
			{Troops, nk, 10000, 11000, Range, "Pentagon", false}},
		"Kyiv's March update, of about 500 North Koreans killed, came before the offensive.": {
			{Killed, nk, 500, 0, About, "Kyiv", false}},
	})
}

// TestExtractItIsTheSentencesOwnSubject: "it estimated" after a clause
// about an agency is that agency, not the speaker of the sentence before.
func TestExtractItIsTheSentencesOwnSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky spoke of 5,000 North Korean casualties. The Pentagon, slower to commit, caught up in May, when it estimated about 4,500 North Korean casualties.": {
			{Casualties, nk, 5000, 0, Exact, "Zelensky", false},
			{Casualties, nk, 4500, 0, About, "Pentagon", false}},
	})
}

// TestExtractOutOfAction: soldiers out of action are casualties; cut down,
// killed.
func TestExtractOutOfAction(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"About 5,000 North Korean soldiers are out of action," the Ukrainian commander said.`: {
			{Casualties, nk, 5000, 0, About, "commander", false}},
		"Kyiv said some 5,000 North Korean troops had been put out of action.": {
			{Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"Kyiv said about 300 North Korean soldiers had been cut down since December.": {
			{Killed, nk, 300, 0, About, "Kyiv", false}},
	})
}

// TestExtractEarlierVersionCorrected: a correction that says what an
// earlier version printed gives no claim.
func TestExtractEarlierVersionCorrected(t *testing.T) {
	checkSentences(t, map[string][]w{
		"An earlier version said the Pentagon estimate of North Korean dead was 9,000; that was wrong.":     nil,
		"An earlier version of this article misstated the number of North Korean soldiers killed as 9,000.": nil,
	})
}

// TestExtractForceIncludingOthers: a force "including the North Koreans"
// is the force of whoever assembles it; the cue after "including" names
// a part.
func TestExtractForceIncludingOthers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia has massed about 60,000 troops, including North Korean units, near Kursk, US officials said.": {
			{Troops, ru, 60000, 0, About, "US officials", false}},
		"Moscow has been gathering a force of some 60,000 troops, including the North Koreans, officials said.": {
			{Troops, ru, 60000, 0, About, "officials", false}},
	})
}

// TestExtractLawmakerAfterABriefing: a lawmaker who speaks after an
// agency's briefing passes on the agency's figures, whatever the
// lawmaker's title looks like.
func TestExtractLawmakerAfterABriefing(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 200 North Korean soldiers have been killed, a South Korean lawmaker said after a briefing by the National Intelligence Service.": {
			{Killed, nk, 200, 0, About, "National Intelligence Service", false}},
		`"That makes about 2,000 North Korean casualties," Rep. Kim Min-ho of the opposition Democratic Party said after a closed briefing by the spy agency.`: {
			{Casualties, nk, 2000, 0, About, "spy agency", false}},
	})
}

// TestExtractThingsOfThem: "N of them" counts the nearest plural before
// it, and shells are not soldiers.
func TestExtractThingsOfThem(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang was paid in kind, in artillery shells, perhaps 9 million of them, and in missiles.": nil,
	})
}

// TestExtractUnitSpeaks: a numbered unit speaks for itself, of its own part
// of the front.
func TestExtractUnitSpeaks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukraine's 47th mechanised brigade says its drones killed 25 North Korean soldiers on Monday.": {
			{Killed, nk, 25, 0, Exact, "47th mechanised brigade", true}}, // a unit tallies its own front: a part
	})
}

// TestExtractPutAtBySubject: "X …, and later put the force at N": the
// subject of "put" is the source, however long the clause before.
func TestExtractPutAtBySubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon was slow to speak, in the first weeks, and by December put the North Korean force at 11,000 to 12,000 soldiers.": {
			{Troops, nk, 11000, 12000, Range, "Pentagon", false}},
	})
}

// TestExtractBringingTheNumberTo: "bringing the number it thinks are there
// to N" gives the new total.
func TestExtractBringingTheNumberTo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has shipped about 2,000 more soldiers to Russia, the NIS said, bringing the number it believes are there to about 5,000.": {
			{Troops, nk, 2000, 0, About, "NIS", true},
			{Troops, nk, 5000, 0, About, "NIS", false}},
	})
}

// TestExtractBareFiguresOfTheForce: after a count of troops, "a range of
// N to M" and "N were in Kursk" count the same troops, and whoever gave
// the range is its source.
func TestExtractBareFiguresOfTheForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 9,000 North Korean troops reached Russia, the Pentagon said. The NIS told lawmakers that between 9,000 and 10,000 were in Russia.": {
			{Troops, nk, 9000, 0, About, "Pentagon", false},
			{Troops, nk, 9000, 10000, Range, "NIS", false}},
		"About 9,000 North Korean troops reached Russia, the Pentagon said. The NIS has given a range of 10,000 to 11,000.": {
			{Troops, nk, 9000, 0, About, "Pentagon", false},
			{Troops, nk, 10000, 11000, Range, "NIS", false}},
	})
}

// TestExtractOtherSpeakerShapes: the subject of "for X to announce", of a
// verb after ", and", and a report in the passive that names nobody.
func TestExtractOtherSpeakerShapes(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The gap narrowed in March, only for Kyiv to announce that North Korean losses were about 5,000.": {
			{Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"The NIS said little in October. It was widely reported that 14,000 North Korean troops were in Russia.": {
			{Troops, nk, 14000, 0, Exact, "", false}},
		`First, a date matters: "9,000 North Korean soldiers" in May is another force.`: {
			{Troops, nk, 9000, 0, Exact, "", false}},
	})
}

// TestExtractOneUnitsMen: "nine of the regiment's soldiers" are a part.
func TestExtractOneUnitsMen(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seven of the battalion's North Korean soldiers died in the clearing work, KCNA said.": {
			{Killed, nk, 7, 0, Exact, "KCNA", true}},
		"KCNA said seven members of the North Korean engineering unit died in the clearing work.": {
			{Killed, nk, 7, 0, Exact, "KCNA", true}},
	})
}

// TestExtractSpeakerBeforeARelativeClause: "X, which has 400,000
// subscribers, wrote" is X speaking.
func TestExtractSpeakerBeforeARelativeClause(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"All their losses are at most 600 North Koreans killed or wounded," the Telegram channel Rybar ("Fish"), which has 1.3 million subscribers, wrote on Tuesday.`: {
			{Casualties, nk, 600, 0, AtMost, "Rybar", false}},
	})
}

// TestExtractTheCountrysAgency: "citing the country's spy agency" after a
// South Korean speaker is South Korea's.
func TestExtractTheCountrysAgency(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 400 North Korean soldiers have been killed, a South Korean lawmaker said, citing the country's spy agency.": {
			{Killed, nk, 400, 0, About, "South Korea's spy agency (NIS), via", false}},
	})
}

// TestExtractFactBoxSourceAndQuote: "Source: X" on its own line makes the
// "Quote:" line after it X's words.
func TestExtractFactBoxSourceAndQuote(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Source: Kim Min-ho, a member of the defence committee, after a briefing\n\nQuote: \"About 200 North Korean soldiers have died.\"": {
			{Killed, nk, 200, 0, About, "Kim Min-ho", false}},
	})
}

// TestExtractByItsCountAndByName: "by its count" is the organisation just
// named; "confirmed by name" names no agent.
func TestExtractByItsCountAndByName(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Defence Ministry's arithmetic is simple. By its count, Ukraine has lost more than 50,000 troops.": {
			{Casualties, ua, 50000, 0, MoreThan, "Defence Ministry", false}},
		"Mediazona, which tracks obituaries, has confirmed by name more than 90,000 Russian soldiers killed.": {
			{Killed, ru, 90000, 0, MoreThan, "Mediazona", false}},
	})
}

// TestExtractOddAndArriving: "11,000-odd" is about 11,000; "3,000 more
// arriving" counts troops.
func TestExtractOddAndArriving(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The 11,000-odd North Korean soldiers sent in the autumn were exhausted, Western officials said.": {
			{Troops, nk, 11000, 0, About, "Western officials", false}},
		"About 10,000 North Korean troops went to Russia in October, with around 2,000 more arriving in January, Seoul said.": {
			{Troops, nk, 10000, 0, About, "Seoul", false},
			{Troops, nk, 2000, 0, About, "Seoul", true}},
	})
}

// TestExtractTheNorthActs: "the North has sent" is North Korea; a date
// range's second day is no count.
func TestExtractTheNorthActs(t *testing.T) {
	checkSentences(t, map[string][]w{
		"All told, the North has sent some 14,000 troops to Russia, the NIS said.": {
			{Troops, nk, 14000, 0, About, "NIS", false}},
		"30,000 North Korean soldiers died, a post claimed. (Viral post, March 3-4, 2025)": {
			{Killed, nk, 30000, 0, Exact, "", false}},
	})
}

// TestExtractTotalWithItsBreakdown: a bare total with its dead and
// wounded in brackets counts casualties.
func TestExtractTotalWithItsBreakdown(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky's figure is well above the NIS estimate, which was roughly 2,000 North Korean losses. Seoul's own count was lower still, roughly 1,500 (about 200 dead and 1,300 wounded).": {
			{Casualties, nk, 2000, 0, About, "NIS", false},
			{Casualties, nk, 1500, 0, About, "Seoul", false},
			{Killed, nk, 200, 0, About, "Seoul", false},
			{Wounded, nk, 1300, 0, About, "Seoul", false}},
	})
}

// TestExtractTitleCommaName: "the intelligence chief, Kyrylo Budanov,"
// introduces a person a later "he said" stands for.
func TestExtractTitleCommaName(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The party paper was silent. Ukraine's military intelligence chief, Kyrylo Budanov, gave his own figure. North Korean losses had passed 5,000, he said.": {
			{Casualties, nk, 5000, 0, MoreThan, "Kyrylo Budanov", false}},
	})
}
