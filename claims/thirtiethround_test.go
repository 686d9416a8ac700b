package claims

import "testing"

// Rules found by scoring testdata/blind256 to blind261. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhatItSentAfterADateline: "the 12,000-odd troops it shipped"
// are the sentence's subject's, and a dateline before it is no subject.
func TestExtractWhatItSentAfterADateline(t *testing.T) {
	checkSentences(t, map[string][]w{
		"PARIS, June 3 (AFP) - Pyongyang has sent around 2,000 more soldiers to Russia, on top of the 12,000-odd troops it shipped last year, Seoul's military said, as Russian forces pushed Ukrainian troops out of Kursk.": {
			{Troops, nk, 2000, 0, About, "Seoul's military", true},
			{Troops, nk, 12000, 0, About, "Seoul's military", false}},
	})
}

// TestExtractBoxRowsWithWhatTheyInclude: "about 15,000, incl. about 3,000
// reinforcements" is a box row, its label's bracket the source of both.
func TestExtractBoxRowsWithWhatTheyInclude(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has kept sending troops.\n\nTroops deployed (JCS): roughly 14,000, incl. some 2,000 reinforcements\nLosses (JCS): roughly 5,000, of whom some 700 killed": {
			{Troops, nk, 14000, 0, About, "JCS", false},
			{Troops, nk, 2000, 0, About, "JCS", true},
			{Casualties, nk, 5000, 0, About, "JCS", false},
			{Killed, nk, 700, 0, About, "JCS", false}},
	})
}

// TestExtractWhoseLossesThemAre: "puts them at" after a sentence that
// names another country's losses counts that country's, not the last
// figure's people.
func TestExtractWhoseLossesThemAre(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has lost about 1,500 soldiers, Seoul said. Ukraine's own losses keep rising. Russia's defence ministry puts them at more than 500,000 killed and wounded.": {
			{Casualties, nk, 1500, 0, About, "Seoul", false},
			{Casualties, ua, 500000, 0, MoreThan, "defence ministry", false}},
	})
}

// TestExtractTheAssessmentNamedAfter: "That is the newest assessment of
// X" says whose the figures before it are, and X is remembered as the
// agency, not as its assessment.
func TestExtractTheAssessmentNamedAfter(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has lost roughly 2,000 soldiers killed and 5,000 wounded. That is the newest assessment of the Defense Intelligence Agency, shared with reporters on Friday by a Senate aide. The agency also said that two soldiers had been captured.": {
			{Killed, nk, 2000, 0, About, "Defense Intelligence Agency", false},
			{Wounded, nk, 5000, 0, About, "Defense Intelligence Agency", false},
			{Captured, nk, 2, 0, Exact, "Defense Intelligence Agency", false}},
		"Rep. Park relayed the Defense Intelligence Agency's assessment to reporters. By that count, the North's casualties have risen to around 5,000.": {
			{Casualties, nk, 5000, 0, About, "Defense Intelligence Agency", false}},
	})
}

// TestExtractAPlaceBeforeAParticiple: "losses in Kursk put at about 5,000"
// is a headline's passive, not Kursk speaking; "incl." ends no sentence.
func TestExtractAPlaceBeforeAParticiple(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "N. Korean losses in Russia put at about 5,000, incl. 700 dead: HUR", Text: "The war goes on."})
	if len(got) != 2 || got[0].Attribution != "HUR" || got[1].Attribution != "HUR" || got[1].Metric != Killed {
		t.Errorf("got %s, want HUR's 5,000 casualties and 700 dead", describe(got))
	}
}

// TestExtractWhatWasSaidAfterSaid: ", said North Korean troops in Kursk
// had …" opens what was said; the speaker stands before the aside.
func TestExtractWhatWasSaidAfterSaid(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Britain's defence ministry, in its latest update, said North Korean forces in Kursk had suffered more than 5,000 casualties.": {
			{Casualties, nk, 5000, 0, MoreThan, "Britain's defence ministry", false}},
		"Ukraine has suffered more than 40,000 casualties in Kursk, said the Russian defence ministry in Moscow.": {
			{Casualties, ua, 40000, 0, MoreThan, "defence ministry", false}},
	})
}

// TestExtractTheLeaderAndTheGeneral: "the Ukrainian leader" is the
// president named with his title, not the general named since.
func TestExtractTheLeaderAndTheGeneral(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukrainian President Volodymyr Zelensky spoke first. Commander-in-chief Oleksandr Syrskyi then said Ukrainian units had held their lines. The Ukrainian leader said about 4,000 North Korean soldiers had been killed or wounded.": {
			{Casualties, nk, 4000, 0, About, "Volodymyr Zelensky", false}},
	})
}

// TestExtractWhoOpensAfterATime: "Three days later, Russia's chief of the
// General Staff, Valery Gerasimov, …" opens with him; "He" in the next
// sentence is he, not the president he briefed.
func TestExtractWhoOpensAfterATime(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Three days later, Russia's chief of the General Staff, Valery Gerasimov, had thanked the troops in a televised report to President Vladimir Putin, declaring the region retaken. He claimed Ukraine had lost more than 50,000 troops killed and wounded in Kursk.": {
			{Casualties, ua, 50000, 0, MoreThan, "Valery Gerasimov", false}},
		"Secretary of State Marco Rubio went further. Speaking alongside Defense Secretary Pete Hegseth, he said roughly 9,000 North Korean troops had reached Kursk.": {
			{Troops, nk, 9000, 0, About, "Marco Rubio", false}},
		"Hours earlier, Japan's Defense Ministry had published a smaller count. Its analysts estimated that North Korea had suffered around 1,500 casualties.": {
			{Casualties, nk, 1500, 0, About, "Defense Ministry", false}},
	})
}

// TestExtractAnAgencyNamedOnlyAsOwner: "the ministry's daily reports …,
// which it now puts at" is the ministry named before.
func TestExtractAnAgencyNamedOnlyAsOwner(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Asked about it, the Kremlin referred reporters to the Defence Ministry. The ministry's daily reports cite heavy Ukrainian losses in Kursk, which it now puts at more than 60,000 troops.": {
			{Casualties, ua, 60000, 0, MoreThan, "Defence Ministry", false}},
	})
}

// TestExtractFuneralsAndAgencies: funeral notices count the dead; a
// further count after ", and a" shares the first one's verb; plural
// agencies and media that "claim that" speak.
func TestExtractFuneralsAndAgencies(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Local outlets have found funeral notices for about 300 Russian soldiers from the region.": {
			{Killed, ru, 300, 0, About, "", false}},
		"Western and Japanese intelligence agencies estimate that Pyongyang sent roughly 12,000 soldiers to Russia in the autumn, and a further 2,000 or so this spring to replace its losses.": {
			{Troops, nk, 12000, 0, About, "intelligence agencies", false},
			{Troops, nk, 2000, 0, About, "intelligence agencies", true}},
		"The Kremlin declined to comment on reports in Japanese media, which claim that about 12,000 North Korean soldiers are fighting in the region.": {
			{Troops, nk, 12000, 0, About, "Japanese media", false}},
	})
}

// TestExtractRowsThatPairTheirCounts: "Killed / wounded | about 500 /
// about 3,500" is two counts, in order; a line's label that says what is
// counted gives way to the source in brackets after the figure.
func TestExtractRowsThatPairTheirCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has lost many soldiers in Kursk.\n\nNorth Korea's war in figures\n\nDate | What | Figure | Source\nMarch 2025 | Killed / wounded | about 500 / about 3,500 | JCS": {
			{Killed, nk, 500, 0, About, "JCS", false},
			{Wounded, nk, 3500, 0, About, "JCS", false}},
		"North Korea has kept sending soldiers to Kursk.\n\nNorth Korea's deployment in figures\n- Initial deployment, Oct.-Dec. 2024: about 12,000 soldiers (Japanese intelligence)": {
			{Troops, nk, 12000, 0, About, "Japanese intelligence", false}},
	})
}

// TestExtractAHeadlineRoundingTheBodysRange: "a 14K-strong force" over the
// body's "13,000 to 14,000" is the range's top, in fewer words.
func TestExtractAHeadlineRoundingTheBodysRange(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "N. Korean losses near 5,000 out of 14K-strong force, Kyiv says",
		Text: "North Korea is believed to have sent 13,000 to 14,000 troops to Russia, US officials say."})
	for _, c := range got {
		if c.Metric == Troops && c.ValueMax == 0 {
			t.Errorf("got %s, want the body's range alone for the troops", describe(got))
		}
	}
	if len(got) != 2 {
		t.Errorf("got %s, want the headline's 5K and the body's range", describe(got))
	}
}
