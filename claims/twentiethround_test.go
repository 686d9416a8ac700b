package claims

import (
	"testing"
	"time"
)

// Rules found by scoring testdata/blind190 to blind195. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractLossesAmongThem: casualties that "have occurred among" a
// nationality's troops are theirs, as "losses among" them are, and a
// figure a quote closes on takes the cue the narrator adds after it.
func TestExtractLossesAmongThem(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, text := range []string{
		"Some 900 casualties have been recorded among North Korean units, the JCS said.",
		`"We estimate that about 900 casualties have occurred" among North Korean units sent to the front, the JCS said.`,
	} {
		got := x.Extract(Document{Text: text})
		if len(got) != 1 || got[0].Subject != nk || got[0].Metric != Casualties || got[0].Tentative {
			t.Errorf("%q: got %s, want the North's casualties, its subject named", text, describe(got))
		}
	}
	checkSentences(t, map[string][]w{
		// among them, but fighting, not counted losses
		"About 9,000 Russian paratroopers are fighting among North Korean units near Sudzha, the General Staff said.": {
			{Troops, ru, 9000, 0, About, "General Staff", false}},
	})
}

// TestExtractTimelineLines: a timeline's "Mon. YYYY - what happened" lines
// are the box's, not headlines, and restate what was said back then.
func TestExtractTimelineLines(t *testing.T) {
	x := NewExtractor(Lexicon{})
	published := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	got := x.Extract(Document{Published: published, Text: kurskLede +
		"Nov. 2024 - first 2,000 marines moved to the front\n" +
		"Feb. 2025: losses put at roughly 2,500\n" +
		"March 3, 2025 — 8.15pm\n"})
	if len(got) != 2 {
		t.Fatalf("got %s, want the timeline's two figures", describe(got))
	}
	for _, c := range got {
		if !c.Tentative {
			t.Errorf("%s: want it restated, the month long past", describe([]Claim{c}))
		}
	}
	if got[1].Metric != Casualties || got[1].Value != 2500 {
		t.Errorf("got %s, want losses of 2,500 from a line that ends on its figure", describe(got))
	}
}

// TestExtractSourceOfABoxHeading: "What the NIS told lawmakers", "by NIS
// estimate" over a box name whose its lines are.
func TestExtractSourceOfABoxHeading(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "[FACT BOX] The war in numbers: what the JCS told reporters\nKilled in action : about 250\nCaptured : 3": {
			{Killed, nk, 250, 0, About, "JCS", false},
			{Captured, nk, 3, 0, Exact, "JCS", false}},
		kurskLede + "Fact box: the losses so far, by NIS estimate\n- Killed or wounded: about 3,800": {
			{Casualties, nk, 3800, 0, About, "NIS", false}},
		// a headline with a figure of its own is another story's
		kurskLede + "Related: What the NIS told lawmakers about 5 missiles\n- Killed or wounded: about 3,800": {
			{Casualties, nk, 3800, 0, About, Unattributed, false}},
	})
}

// TestExtractTableRowsThatDateTheirLabels: "| Troops sent in autumn 2024 |
// around 11,000 | NIS |" names its count though its label has a year, a
// bulleted label is still a label, and a bare figure in the row under a
// count counts the same.
func TestExtractTableRowsThatDateTheirLabels(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Item | Estimate | Source\nTroops sent in autumn 2024 | around 11,000 | NIS\nReinforcements, January 2025 | some 3,000 | JCS": {
			{Troops, nk, 11000, 0, About, "NIS", false},
			{Troops, nk, 3000, 0, About, "JCS", true}}, // reinforcements: an additional force
		kurskLede + "- Troops sent (NIS): about 15,000": {
			{Troops, nk, 15000, 0, About, "NIS", false}},
		kurskLede + "| Estimate | Source | When |\n| About 11,000 | NIS | first deployment |\n| 10,000-12,000 | Pentagon | a later count |": {
			{Troops, nk, 11000, 0, About, "NIS", false},
			{Troops, nk, 10000, 12000, Range, "Pentagon", false}},
		// a row's plan is no count
		kurskLede + "Item | Figure | Source\nMilitary builders to be sent | 5,000 | Shoigu": nil,
		// nor is a loss widget's tally after a date
		"Russia's losses since 24 February 2022: 1,003,770 personnel, 10,973 tanks": nil,
	})
}

// TestExtractWhatTheFigureWas: "put the figure at" points back at a figure
// of its size, not at the count of two prisoners just before it.
func TestExtractWhatTheFigureWas(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "North Korean losses in Kursk are close to 3,500, Kyiv says.\n\n" +
		"Ukraine captured two North Korean soldiers this week.\n\n" +
		"Seoul's spy agency put the figure at about 2,500 on Monday."})
	if len(got) != 3 || got[2].Metric != Casualties || got[2].Subject != nk || got[2].Value != 2500 {
		t.Errorf("got %s, want Seoul's 2,500 counted as casualties", describe(got))
	}
}

// TestExtractPassiveAgentAfterTheFigure: "was put at roughly 11,000 by the
// NIS" names its source after the figure; "by the end of" names none.
func TestExtractPassiveAgentAfterTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The second contingent was put at roughly 3,000 soldiers by the JCS in February.": {
			{Troops, nk, 3000, 0, About, "JCS", false}},
		kurskLede + "The toll was put at 2,000 dead by the end of the summer.": {
			{Killed, nk, 2000, 0, About, Unattributed, false}},
	})
}

// TestExtractNotAFigure: a second age, a dateline with a country, a plan
// "decided on", and a comment on the news "in what would be" a first.
func TestExtractNotAFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Ukraine has shown two captured North Korean soldiers, who are aged 19 and 24, the SBU said.": {
			{Captured, nk, 2, 0, Exact, "SBU", false}},
		"PYONGYANG, North Korea (AP) — North Korean leader Kim Jong Un welcomed home an engineering regiment from Kursk, and said 12 engineers had died clearing mines, state media reported.": {
			{Killed, nk, 12, 0, Exact, "North Korean leader Kim Jong Un", false}},
		kurskLede + "Seoul said the North appears to have decided on a bigger commitment: three brigades of some 9,000 troops.": nil,
		"North Korea has sent some 2,500 troops to Russia's Far East, Seoul's spy agency said, in what would be the North's biggest deployment abroad.": {
			{Troops, nk, 2500, 0, About, "Seoul's spy agency", false}},
	})
}

// TestExtractSubjectOfAContingent: "North Korea's contingent" names whose
// the losses are, ahead of a country that acts later in the sentence.
func TestExtractSubjectOfAContingent(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukraine's president says North Korea's contingent has now suffered almost 3,500 losses, as Kyiv seeks a swap.": {
			{Casualties, nk, 3500, 0, About, "Ukraine's president", false}},
	})
}

// TestExtractWarningThatEndsTheClause: ", warning that they may be sent
// into combat" says what may come of the men already counted, so it makes
// no plan of the figure before it, and its words name no metric for it.
func TestExtractWarningThatEndsTheClause(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 7,000 North Korean soldiers have moved into Russia's Kursk region, the Pentagon said, warning that Moscow intends to send them into combat.": {
			{Troops, nk, 7000, 0, About, "Pentagon", false}},
		`"The number of killed and wounded North Korean soldiers has already exceeded 2,500," Zelensky wrote, warning that Pyongyang could send more soldiers.`: {
			{Casualties, nk, 2500, 0, MoreThan, "Zelensky", false}},
		// a plan before the warning is still a plan
		"North Korea will send 6,000 more soldiers, Seoul said, warning that they could reach Kursk by spring.": nil,
	})
}

// TestExtractWhereTheVerbTakesThem: "About 7,000 of the roughly 9,000 …
// sent to Russia have moved to the Kursk region" are in Kursk, where the
// clause's verb takes them, not in Russia as a whole.
func TestExtractWhereTheVerbTakesThem(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "About 7,000 of the roughly 9,000 North Korean soldiers sent to Russia have moved to the Kursk region, the Pentagon said."})
	for _, c := range got {
		if c.Value == 7000 && c.Location != "Kursk" {
			t.Errorf("got %s in %q, want it in Kursk", describe([]Claim{c}), c.Location)
		}
	}
}

// TestExtractTheWholeOverItsPart: the same figure told twice, once as
// "some 7,000 of them" and once whole, keeps the whole, which a rival
// figure can be set against.
func TestExtractTheWholeOverItsPart(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "As many as 9,000 North Korean troops are in Russia and some 7,000 of them have moved toward the border, US officials said.\n\n" +
		"\"About 7,000 North Korean soldiers are now in the Kursk region,\" US Secretary of State Antony Blinken said."})
	for _, c := range got {
		if c.Value == 7000 && c.Partial {
			t.Errorf("got %s, want Blinken's whole count kept over the part", describe(got))
		}
	}
}

// TestExtractTheTollOnTheirSide: "the toll on the North's side" is the
// North's, where "fighting on Russia's side" names the side helped.
func TestExtractTheTollOnTheirSide(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "Ukraine's forces have held ground in Kursk for months.\n\n" +
		"Adding the dead and the wounded, the toll on the North's side is estimated at around 900, the lawmaker said."})
	if len(got) != 1 || got[0].Subject != nk || got[0].Tentative {
		t.Errorf("got %s, want the North's toll, its subject named", describe(got))
	}
}

// TestExtractWhoSaysSoTable: a "Figure | Who says so | When" table, and a
// row whose figure opens with a quotation mark.
func TestExtractWhoSaysSoTable(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Figure | Who says so | When\nAround 9,000 soldiers sent to Russia | NIS | Nov 2024\n\"Close to 2,500\" killed or wounded | Volodymyr Zelensky | Jan 2025": {
			{Troops, nk, 9000, 0, About, "NIS", false},
			{Casualties, nk, 2500, 0, About, "Volodymyr Zelensky", false}},
	})
}

// TestExtractGroundHeldIsNoPrisoner: "the part of the region still held by
// Ukraine" is ground; "taken alive" are prisoners; "one of them aged 20 and
// the other 26" gives ages.
func TestExtractGroundHeldIsNoPrisoner(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Syrskyi said Moscow had massed some 45,000 of its own troops around the part of the region still held by Ukraine.": {
			{Troops, ru, 45000, 0, About, "Syrskyi", false}},
		kurskLede + "The SBU said two North Korean soldiers had been taken alive, one of them aged 19 and the other 23.": {
			{Captured, nk, 2, 0, Exact, "SBU", false}},
	})
}

// TestExtractTheAnswerToAQuestion: an explainer's "How many soldiers did
// North Korea send?" says what the bare figure of its answer counts.
func TestExtractTheAnswerToAQuestion(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "How many soldiers did North Korea send?\nThe NIS says about 13,000 in total, reinforcements included.": {
			{Troops, nk, 13000, 0, About, "NIS", false}},
		kurskLede + "How many have been wounded?\nThe NIS says about 2,200 in all.": {
			{Wounded, nk, 2200, 0, About, "NIS", false}},
		// no question, no count
		kurskLede + "The NIS says about 13,000 in total.": nil,
	})
}

// TestExtractUpFromTheOldCount: "up from 3,000 a week earlier" is the same
// count before, restated, and "the 1,100 the agency reported" is the
// agency's while the sentence's "according to" gives the new figure.
func TestExtractUpFromTheOldCount(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "Pentagon spokeswoman Sabrina Singh said about 9,000 North Korean troops had been sent to Russia, up from 2,500 a week earlier."})
	if len(got) != 2 || got[1].Value != 2500 || got[1].Metric != Troops || !got[1].Tentative || got[0].Tentative {
		t.Errorf("got %s, want 9,000 and the 2,500 before it, restated", describe(got))
	}
	got = x.Extract(Document{Text: kurskLede + "That brings the North's casualties to roughly 2,800, up from the 900 the agency reported in December, according to Rep. Kim Byung-kee."})
	if len(got) != 2 || got[0].Attribution != "Rep. Kim Byung-kee" || !got[1].Tentative {
		t.Errorf("got %s, want Rep. Kim's 2,800 and the agency's 900, restated", describe(got))
	}
}

// TestExtractTableUnderACountingHeader: a "Date of briefing" column dates
// its row, "at least 100" under "Of which killed" is 100 killed, an aside
// after a figure goes after the column's noun, and a heading "as estimated
// by Seoul's NIS" names whose the rows are.
func TestExtractTableUnderACountingHeader(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Text: kurskLede +
		"THE NUMBERS, AS ESTIMATED BY SEOUL'S NIS\n" +
		"| Date of briefing | Troops in Russia | Casualties | Of which killed |\n" +
		"| Nov 4, 2024 | 1,200 (first group) | - | - |\n" +
		"| Jan 10, 2025 | about 9,000 | about 2,500 | at least 250 |\n"})
	want := []struct {
		m Metric
		v float64
	}{{Troops, 1200}, {Troops, 9000}, {Casualties, 2500}, {Killed, 250}}
	if len(got) != len(want) {
		t.Fatalf("got %s, want the four figures of the table", describe(got))
	}
	for k, c := range got {
		if c.Metric != want[k].m || c.Value != want[k].v || c.Attribution != "SEOUL'S NIS" {
			t.Errorf("got %s, want %s %v by SEOUL'S NIS", describe([]Claim{c}), want[k].m, want[k].v)
		}
	}
}

// TestExtractTheHeadlineNamesWhoseTheyAre: the body's "about 7,000 of
// them", whose subject is only guessed, is the headline's "7,000 North
// Korean troops" told again: kept with the body's fuller source, and sure.
func TestExtractTheHeadlineNamesWhoseTheyAre(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{
		Title: "Blinken: About 7,000 North Korean troops now in Kursk",
		Text:  "Some units have moved west toward the front.\n\n\"We now assess that about 7,000 of them are in the Kursk region,\" Secretary of State Antony Blinken told reporters."})
	if len(got) != 1 || got[0].Tentative || got[0].Attribution != "Secretary of State Antony Blinken" {
		t.Errorf("got %s, want one sure claim, Blinken's in full", describe(got))
	}
}
