package claims

import "testing"

// The cases below come from the blind round (testdata/blind): each is a
// kind of sentence the first rules got wrong, written afresh.

// TestExtractFactBox reads the lines of an explainer's fact box: the label
// says what is counted, the bracket who says so, and the article whose.
func TestExtractFactBox(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean soldiers in Kursk: what we know.\nDeployed: about 12,000 (Pentagon, December)\nKilled: 800 – 1,000 (Kyiv)\nWounded: around 2,500 (GUR, March 2025)": {
			{Troops, nk, 12000, 0, About, "Pentagon", false},
			{Killed, nk, 800, 1000, Range, "Kyiv", false},
			{Wounded, nk, 2500, 0, About, "GUR", false},
		},
		"North Korean soldiers in Kursk, by the numbers.\nReplacements: some 2,000 (JCS)": {
			{Troops, nk, 2000, 0, About, "JCS", true},
		},
		"North Korean soldiers in Kursk, by the numbers.\nPrisoners: 2 (Ukraine, January)": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false},
		},
		"North Korean soldiers in Kursk, by the numbers.\nDistance to Pyongyang: about 7,000 km (estimate)": nil,
	})
}

// TestExtractNotClaimsSecondRound: dates, other wars and bystanders.
func TestExtractNotClaimsSecondRound(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul said on Dec. 23 North Korean troops had suffered heavy losses.":                                      nil,
		"North Korean soldiers were sent to Vietnam between 1965 and 1973.":                                         nil,
		"In the 1960s, perhaps 200 North Korean soldiers fought for Hanoi.":                                         nil,
		"The SBU said one of the North Korean prisoners was wounded in the jaw.":                                    nil,
		"North Korean troops are in Kursk.\nRussian shelling of Kharkiv killed three people and wounded 14 others.": nil,
		"If Pyongyang sends 50,000 troops, the front could change.":                                                 nil,
	})
}

// TestExtractSecondRound holds what the blind round taught about metrics,
// subjects and speakers.
func TestExtractSecondRound(t *testing.T) {
	checkSentences(t, map[string][]w{
		// a year marks a point of comparison, not another war
		"It is the largest North Korean deployment since 1953: about 11,000 troops, Seoul said.": {{Troops, nk, 11000, 0, About, "Seoul", false}},
		// the participle on the counted noun, not "lost", says what happened
		"Pyongyang has lost 1,500 soldiers killed, Kyiv said.": {{Killed, nk, 1500, 0, Exact, "Kyiv", false}},
		"Pyongyang has lost 1,500 soldiers, Kyiv said.":        {{Casualties, nk, 1500, 0, Exact, "Kyiv", false}},
		// "put … at": the noun before "at" is counted, whatever follows
		"Kyiv put the North Korean dead at more than 1,000 two weeks later.": {{Killed, nk, 1000, 0, MoreThan, "Kyiv", false}},
		// the article's subject when the figure's own sentences name none
		"North Korean troops are fighting in Kursk.\nThe fighting is fierce.\nDrones rule the sky.\nMud slows the tanks.\nThe spy agency told lawmakers that about 300 had been killed.": {
			{Killed, nk, 300, 0, About, "spy agency", false},
		},
		// "the officials" and "the agency" are the ones named before
		"U.S. officials said North Korean units had moved.\nSome 11,000 troops were deployed in the first wave, the officials said.": {
			{Troops, nk, 11000, 0, About, "U.S. officials", true},
		},
		"The National Intelligence Service briefed lawmakers on Monday.\nAbout 11,000 North Korean soldiers were sent to Russia, according to the agency.": {
			{Troops, nk, 11000, 0, About, "National Intelligence Service", false},
		},
		"Kyrylo Budanov spoke on TV.\nFewer than 100 North Korean soldiers were killed, according to one commander.": {
			{Killed, nk, 100, 0, LessThan, "one commander", false},
		},
		// the speaker after a quotation closed by a comma, across a paragraph break
		"\"We think around 2,000 North Korean soldiers have been killed,\"\na senior Ukrainian commander told reporters on Friday.": {
			{Killed, nk, 2000, 0, About, "commander", false},
		},
		// a doubt about a figure reported, not a figure to come
		"If the estimates of 11,000 North Korean troops are right, Russia gained a corps.": {{Troops, nk, 11000, 0, Exact, "", false}},
		// "Russia and North Korea": the country in a list names no people
		// (and "8,000 of the troops … to Kursk" is Kursk's count: TestExtractPartPlaced)
		"Russia and North Korea have not confirmed the deployment.\nThe Pentagon said roughly 8,000 of the troops had moved to Kursk.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false},
		},
		// "N. Korea" is North Korea
		"N. Korea's losses in Kursk exceed 3,000, Seoul says.": {{Casualties, nk, 3000, 0, MoreThan, "Seoul", false}},
	})
}
