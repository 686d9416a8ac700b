package claims

import "testing"

// Rules found by scoring testdata/blind262 to blind267. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractASumParagraphsLater: "That adds up to losses of around 1,100"
// sums the dead and wounded before it, however far, so whose they are is
// known; "puts casualties among the North's force at" counts casualties.
func TestExtractASumParagraphsLater(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 200 North Korean soldiers have been killed and some 1,300 wounded, the JCS said.\n\nThe figures were given to lawmakers in a closed session.\n\nThat adds up to losses of around 1,500 so far.": {
			{Killed, nk, 200, 0, About, "JCS", false},
			{Wounded, nk, 1300, 0, About, "JCS", false},
			{Casualties, nk, 1500, 0, About, "JCS", false}},
		"At least 200 North Korean soldiers have been killed and nearly 1,300 wounded, the JCS said. That puts casualties among the North's expeditionary force at some 1,500.": {
			{Killed, nk, 200, 0, AtLeast, "JCS", false},
			{Wounded, nk, 1300, 0, About, "JCS", false},
			{Casualties, nk, 1500, 0, About, "JCS", false}},
		"Some 400 North Korean soldiers have died in Kursk, the JCS said. That brings the casualties suffered by Pyongyang's contingent to roughly five thousand.": {
			{Killed, nk, 400, 0, About, "JCS", false},
			{Casualties, nk, 5000, 0, About, "JCS", false}},
	})
}

// TestExtractWhoGaveTheFigures: "according to figures Zelensky presented"
// is his; "the spy agency" is the intelligence service named before, not
// the news agency named since.
func TestExtractWhoGaveTheFigures(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Nearly 5,000 North Korean soldiers have been killed or wounded in Kursk, according to figures Zelensky presented in his evening address.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false}},
		"South Korea's National Intelligence Service briefed lawmakers on Tuesday. North Korea's Korean Central News Agency later carried a statement from Kim. Pyongyang has sent about 16,000 troops to Russia in total, the spy agency said.": {
			{Troops, nk, 16000, 0, About, "National Intelligence Service", false}},
		"Ukraine's military intelligence agency (HUR), in its latest update, put North Korean losses at more than 5,000 killed and wounded.": {
			{Casualties, nk, 5000, 0, MoreThan, "military intelligence agency", false}},
		"Some 15,000 North Korean troops have been sent to Russia, according to Japanese estimates. About 2,000 of those arrived as reinforcements in the spring.": {
			{Troops, nk, 15000, 0, About, "Japanese", false},
			{Troops, nk, 2000, 0, About, "Japanese", true}},
	})
}

// TestExtractTheFigureComparedBeforeIt: "put the figure higher still, at
// about 5,200" restates the figure before with another value.
func TestExtractTheFigureComparedBeforeIt(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukraine's military intelligence said North Korean losses had passed 4,500 killed and wounded. South Korean intelligence last week put the figure higher still, at about 5,200.": {
			{Casualties, nk, 4500, 0, MoreThan, "military intelligence", false},
			{Casualties, nk, 5200, 0, About, "South Korean intelligence", false}},
	})
}

// TestExtractHowManyWent: a question heading with a verb of going asks for
// the troops sent; the figures under it count them.
func TestExtractHowManyWent(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea and Russia have both admitted the deployment.\n\nHow many went?\n\nIn the autumn the Pentagon's estimate rose from roughly 10,000 to between 11,000 and 12,000.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 11000, 12000, Range, "Pentagon", false}},
	})
}

// TestExtractCountsOfOtherGatherings: a parade's marchers, an exercise's
// personnel and the soldiers in portraits are no deployment; a plan
// Pyongyang "intended" is no count.
func TestExtractCountsOfOtherGatherings(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Japan and the U.S. wrapped up their Keen Sword exercise on Friday, involving some 45,000 personnel and 40 warships.": nil,
		"Moscow marked Victory Day with a parade on Red Square, where some 11,500 soldiers marched.":                          nil,
		"State media showed Kim before portraits of 101 fallen soldiers.":                                                     nil,
		"Lawmakers said Pyongyang intended to have sent a total of 10,000 soldiers by December.":                              nil,
		"North Korea sent 11,000 troops to Russia after joint drills at home, the NIS said.": {
			{Troops, nk, 11000, 0, Exact, "NIS", false}},
	})
}

// TestExtractRowsWithAsidesAndDots: "2, since January" is a box row; a
// table's "... of which" row counts a part of the row above.
func TestExtractRowsWithAsidesAndDots(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has kept sending soldiers to Kursk, Seoul says.\n\nFACT BOX\nPrisoners held by Ukraine: 2, since January": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korea has sent troops.\n\n| What | Estimate | Source |\n| Troops sent to Russia, 2024-25 | about 16,000 | NIS |\n| ... of which reinforcements in spring 2025 | about 2,000 | NIS |": {
			{Troops, nk, 16000, 0, About, "NIS", false},
			{Troops, nk, 2000, 0, About, "NIS", true}},
	})
}

// TestExtractAnotherCountAndTheCaptor: "and another 2,700 have been
// wounded" are all the wounded, not a part; "as Kyiv questions two
// captured soldiers" names who holds them, not whose they are.
func TestExtractAnotherCountAndTheCaptor(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Around 400 North Korean soldiers have died fighting for Russia and another 3,100 have been wounded, lawmakers said.": {
			{Killed, nk, 400, 0, About, "lawmakers", false},
			{Wounded, nk, 3100, 0, Exact, "lawmakers", false}},
	})
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "Seoul puts North Korean toll at 400 dead as Kyiv questions two captured soldiers",
		Text: "Around 400 North Korean soldiers have died fighting for Russia, the NIS said."})
	for _, c := range got {
		if c.Metric == Captured && c.Subject != nk {
			t.Errorf("got %s, want the two captured soldiers North Korea's", describe(got))
		}
	}
}

// TestExtractAPlaceNearAnotherFigure: "troops in Russia at 10,000, with
// 8,000 already near Kursk" places the 10,000 in Russia: Kursk is the
// 8,000's, a part of it, and no rival count for Kursk.
func TestExtractAPlaceNearAnotherFigure(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "US officials put North Korean troops in Russia at 10,000, with 8,000 already near Kursk."})
	if len(got) == 0 || got[0].Value != 10000 || got[0].Location != "Russia" {
		t.Errorf("got %s, want 10,000 placed in Russia", describe(got))
	}
}

// TestSpyAgency: an intelligence service by any of its names, and not a
// ministry whose letters happen to hold "nis".
func TestSpyAgency(t *testing.T) {
	for name, want := range map[string]bool{
		"National Intelligence Service": true, "South Korea's spy agency": true, "NIS": true, "HUR's": true,
		"Ministry of Defence": false, "Korean Central News Agency": false, "Church": false,
	} {
		if got := spyAgency(name); got != want {
			t.Errorf("spyAgency(%q) = %v, want %v", name, got, want)
		}
	}
}
