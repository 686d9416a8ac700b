package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind160 to blind165 and the errors the
// fourteenth round left. Each case is a sentence of our own in the shape
// news prose takes, not one from a set.

// TestExtractHeadlineVerbsOfMoreAndNear: headlines write the qualifier as
// a verb in the present tense.
func TestExtractHeadlineVerbsOfMoreAndNear(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean casualties surpass 4,000, Zelensky said.": {
			{Casualties, nk, 4000, 0, MoreThan, "Zelensky", false}},
		"North Korean casualties approached 4,000 by mid-January, Zelensky said.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"Russia's war dead now number close to 100,000, the BBC said.": {
			{Killed, ru, 100000, 0, About, "BBC", false}},
	})
}

// TestExtractPlaceBetweenOwnerAndLosses: "North Korea's Kursk losses" are
// the North's, the place between them notwithstanding, and a clause after
// a semicolon is another story's.
func TestExtractPlaceBetweenOwnerAndLosses(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "Zelensky says North Korea's Kursk losses near 4,000; Russia hits gas facilities",
		Text:  "Russia struck gas production sites overnight, officials said.",
	})
	if len(got) != 1 || got[0].Metric != Casualties || got[0].Subject != nk || got[0].Value != 4000 || got[0].Qualifier != About ||
		!strings.Contains(got[0].Attribution, "Zelensky") {
		t.Errorf("got %s, want the North's casualties near 4,000, by Zelensky", describe(got))
	}
	checkSentences(t, map[string][]w{
		"Ukraine's military losses exceed 60,000, the ministry said.": {
			{Casualties, ua, 60000, 0, MoreThan, "ministry", false}},
	})
}

// TestExtractPartOfTheForceQuoted: "Of that number, about 8,000 …" takes
// part of the force just counted, in a quotation too; "there were … in
// the Kursk area" places the force counted before.
func TestExtractPartOfTheForceQuoted(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent about 10,000 soldiers to train in eastern Russia and a growing share of them is moving toward the front, U.S. officials said. \"Of that number, about 8,000 are now in the Kursk oblast,\" Secretary of State Antony Blinken told reporters.": {
			{Troops, nk, 10000, 0, About, "U.S. officials", false},
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		"Seoul estimates that about 11,000 North Korean troops are in Russia. The Pentagon said it believed there were between 11,000 and 12,000 in the Kursk area alone.": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Troops, nk, 11000, 12000, Range, "Pentagon", false}},
		"Moscow has massed an estimated 50,000-strong grouping to push Ukrainian forces out, according to Ukrainian commanders.": {
			{Troops, ru, 50000, 0, About, "Ukrainian commanders", false}},
	})
}

// TestExtractPeopleLost: "people" counts the dead and wounded when losses
// reach them or a side loses them.
func TestExtractPeopleLost(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Budanov said North Korea had about 14,000 troops in Kursk. Their losses, he said, have exceeded 4,000 people killed and wounded.": {
			{Troops, nk, 14000, 0, About, "Budanov", false},
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
		"The North Korean units have lost about 1,100 people, dead and wounded combined, a JCS official told journalists.": {
			{Casualties, nk, 1100, 0, About, "JCS official", false}},
		"The shelling killed 12 people in Kursk, the governor said.": nil,
	})
}

// TestExtractRatesAndPlansAreNoCounts: an average is a rate, and a figure
// the force is "to reach by December" is a plan.
func TestExtractRatesAndPlansAreNoCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Britain's Ministry of Defence said Russia's casualties had passed 950,000, with daily losses averaging more than 1,000 in April.": {
			{Casualties, ru, 950000, 0, MoreThan, "Ministry of Defence", false}},
		"Russia lost an average of 1,300 soldiers a day, the ministry said.": nil,
		"North Korea has sent 3,000 troops to Russia, to reach 10,000 by December, the NIS said.": {
			{Troops, nk, 3000, 0, Exact, "NIS", false}},
	})
}

// TestExtractSpeakerSaidThisAndRestated: a lede's figure is the source's
// whom the next paragraph has "said this"; "restated its view" and
// "repeated his offer" are reporting; "the Ukrainian leader" is the
// president named before.
func TestExtractSpeakerSaidThisAndRestated(t *testing.T) {
	checkSentences(t, map[string][]w{
		"According to preliminary data, more than 3,000 North Korean soldiers have already been killed or wounded in Kursk.\n\nPresident Volodymyr Zelensky said this on Telegram after a report from his commander.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"More than 3,000 North Korean soldiers have been killed or wounded in Kursk.\n\nZelensky said this week that Russia was preparing a new offensive.": {
			{Casualties, nk, 3000, 0, MoreThan, "", false}},
		"The NIS restated its view that more than 10,000 North Korean soldiers are in Russia.": {
			{Troops, nk, 10000, 0, MoreThan, "NIS", false}},
		"Zelensky also repeated his offer to hand over the two North Korean soldiers captured in January.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"Ukraine's President Volodymyr Zelenskyy spoke on Sunday.\n\n\"Nearly 4,000 North Korean soldiers have already been killed or wounded,\" the Ukrainian leader said.": {
			{Casualties, nk, 4000, 0, About, "Zelenskyy", false}},
	})
}

// TestExtractFactBoxAsidesAndBrackets: a fact box label may carry an aside
// or its source in brackets, a row's source in brackets at its end is not
// whose people, and a box's source line names every row above it.
func TestExtractFactBoxAsidesAndBrackets(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Troops sent (since Oct. 2024): about 11,000\n\nMonths in combat: 2-3\n\nSource: National Intelligence Service": {
			{Troops, nk, 11000, 0, About, "National Intelligence Service", false}},
		// reinforcements are an additional force, part of the whole sent
		// (since the twentieth round)
		kurskLede + "Reinforcements (NIS, Feb 2025): about 3,000": {
			{Troops, nk, 3000, 0, About, "NIS", true}},
		kurskLede + "• 2 — soldiers captured by Ukraine, January 2025 (Ukraine)": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		kurskLede + "| Item | Estimate | Source |\n\n| --- | --- | --- |\n\n| Soldiers captured by Ukraine | 2 | Ukraine, January 2025 |": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractItsOwnTroops: "50,000 of its own troops" are the country's
// named last before them, whoever is "among them".
func TestExtractItsOwnTroops(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said Russia had pulled together a force of roughly 50,000 of its own troops, North Koreans among them, to retake the region.": {
			{Troops, ru, 50000, 0, About, "Zelensky", false}},
		"Kyiv says Russia has massed about 50,000 of its own troops there in a bid to retake it.": {
			{Troops, ru, 50000, 0, About, "Kyiv", false}},
	})
}
