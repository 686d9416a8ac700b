package claims

import (
	"testing"
	"time"
)

// The hundred-and-first round, from the after-tuning errors of blind744,
// 755, 762 and 763: a part's figure before the planned whole it belongs
// to, a count placed "in the region", the whole a share is of, a border's
// side, a timeline's full date, and the count "we were tracking".
func TestExtractRoundHundredFirst(t *testing.T) {
	checkSentences(t, map[string][]w{
		// the plan belongs to the whole the figure is part of
		"Seoul's spy agency says about 2,000 North Korean troops have landed in Vladivostok, part of a force of some 12,000 that Pyongyang intends to send.": {
			{Troops, nk, 2000, 0, About, "Seoul's spy agency", false}},
		"Pyongyang intends to send some 12,000 North Korean troops, part of a deal with Moscow.": nil,
		// "in the region", the one the count before named
		"On Nov. 1, Antony Blinken put the number of North Korean soldiers in Russia's Kursk region at about 8,000. Three days later Volodymyr Zelensky said 11,000 were now in the region.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false},
			{Troops, nk, 11000, 0, Exact, "Volodymyr Zelensky", false}},
		// the whole a share is of, with its own noun, counts the force anew;
		// a bare whole restates a figure met before
		"Kyiv says the dead and wounded now number more than a third of the roughly 11,000 North Korean soldiers sent to Russia.": {
			{Troops, nk, 11000, 0, About, "Kyiv", false}},
		"Half of the 12,000 North Korean troops in Kursk have been killed or wounded, the HUR said.": {
			{Troops, nk, 12000, 0, Exact, "HUR", false}},
		"About two-thirds of the nearly 4,000 had been wounded.": nil,
		// a country's side of the border is a place, not whose men
		"North Korea still has about 10,000 soldiers on Russia's side of the border, and some 4,000 military builders are on their way, the NIS said.": {
			{Troops, nk, 10000, 0, About, "NIS", false},
			{Troops, nk, 4000, 0, About, "NIS", true}},
		// a timeline's speaker after a full date and a dash
		"Nov. 4, 2024 - Zelensky: 11,000 North Korean soldiers are in Kursk.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		// the count kept a week before, of the same force
		"We now believe North Korea has sent about 10,000 soldiers to Russia. Two weeks ago we were tracking roughly 3,000.": {
			{Troops, nk, 10000, 0, About, "", false},
			{Troops, nk, 3000, 0, About, "", false}},
	})
}

// A force "sent to Russia" is the story's, not the side the sentence
// before named.
func TestSentToRussiaIsTheStorys(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean soldiers are in Kursk, Kyiv says.\n\nDefence Minister Rustem Umerov said Ukrainian forces had fought a first small engagement with the North Korean troops.\n\nAccording to Ukraine's military intelligence, the contingent sent to Russia includes about 500 officers.": {
			{Troops, nk, 500, 0, About, "Ukraine's military intelligence", true}},
	})
}

// The first looks at blind777-784: counts of estimates, a gap named far
// back, a force earmarked, a timeline's month, the whole a partitive opens
// with, a participle's agent, "of whom" after its own noun, a ticker's
// clock and bullet.
func TestExtractRoundHundredFirstNewSets(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Why do the two estimates of North Korean losses differ so much?":                                                                         nil,
		"The figures differ, and the gap between the American and Ukrainian counts for the Kursk region, roughly 3,000 soldiers, is unexplained.": nil,
		"Pyongyang has earmarked four brigades, some 12,000 men, for the operation, Seoul said.":                                                  nil,
		"December 2024: 10,000-12,000 North Korean soldiers are in Russia, Western officials say.": {
			{Troops, nk, 10000, 12000, Range, "Western officials", false}},
		"Of the North Korean troops in Russia, we now assess that about 8,000 are in the Kursk region.": {
			{Troops, nk, 8000, 0, About, "", false}},
		"Zelensky's figure of more than 3,000 North Korean soldiers killed and wounded is nearly three times the roughly 1,100 casualties cited by South Korea's military.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false},
			{Casualties, nk, 1100, 0, About, "South Korea's military", false}},
		"Of the roughly 11,000 North Korean soldiers sent in the autumn, close to half may already be out of action.": {
			{Troops, nk, 11000, 0, About, "", false}},
		// but a whole that names its losses counts them
		"Of the roughly 4,700 North Korean soldiers killed or wounded since the autumn, about 600 have died, Rep. Lee said.": {
			{Casualties, nk, 4700, 0, About, "Lee", false},
			{Killed, nk, 600, 0, About, "Lee", false}},
		"Russia has massed about 50,000 Russian troops near Kursk. But North Korean soldiers, more than 10,000 of whom have been sent to Russia according to U.S. officials, give Moscow more men.": {
			{Troops, ru, 50000, 0, About, "", false},
			{Troops, nk, 10000, 0, MoreThan, "U.S. officials", true}},
		"15:01 ▶ BREAKING: NIS says N. Korean casualties in Russia at about 4,700 incl. some 600 dead": {
			{Casualties, nk, 4700, 0, About, "NIS", false},
			{Killed, nk, 600, 0, About, "NIS", false}},
		"15:02 ▶ NIS: Pyongyang sent some 3,000 more troops to the Kursk front in January.": {
			{Troops, nk, 3000, 0, About, "NIS", true}},
		"On December 23, two official estimates of North Korean losses in Kursk were published within hours.":             nil,
		"Kyiv and Washington are therefore several thousand soldiers apart on the same question.":                         nil,
		"The two governments have not reconciled their figures, which are some 3,000 soldiers apart.":                     nil,
		"The word \"thousands\" is accurate for casualties, dead and wounded together.":                                   nil,
		"North Korea sent troops to Russia. More than 7,600 federal personnel are still on the ground in North Carolina.": nil,
		// an opening time with no comma is no speaker's name
		"Late last month South Korea's Joint Chiefs of Staff said the North had sent roughly 3,000 more soldiers to Russia, and put the North's total losses at around 4,700.": {
			{Troops, nk, 3000, 0, About, "South Korea's Joint Chiefs of Staff", true},
			{Casualties, nk, 4700, 0, About, "South Korea's Joint Chiefs of Staff", false}},
		"\"By preliminary count, more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region.\"\n\nThat was the message President Volodymyr Zelensky posted on Telegram on Monday.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
	})
}

// A title-case headline's "Casualties … Estimated at" is passive: its
// speaker is the one before the colon.
func TestHeadlineEstimatedAt(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "JCS: N. Korean Casualties in Russia Estimated at Around 1,100", Text: "No more."})
	if len(got) != 1 || got[0].Attribution != "JCS" || got[0].Value != 1100 {
		t.Fatalf("got %s, want 1,100 casualties by JCS", describe(got))
	}
}

// A figure "estimated by" someone "in late December", in an article of
// mid-January, is restated, too old to conflict with the day's count.
func TestAgentDatedLateMonth(t *testing.T) {
	text := "The North has lost some 3,000 soldiers to death or injury, the National Intelligence Service said, nearly triple the 1,100 casualties estimated by South Korea's military in late December."
	got := NewExtractor(Lexicon{}).Extract(Document{Text: text, Published: time.Date(2025, 1, 13, 9, 0, 0, 0, time.UTC)})
	for _, c := range got {
		if c.Value == 1100 && !c.Tentative {
			t.Errorf("the 1,100 of late December is not restated: %s", describe([]Claim{c}))
		}
	}
	if len(got) != 2 {
		t.Fatalf("got %s, want the 3,000 and the 1,100", describe(got))
	}
}

// The second looks at blind777-792: a count named "the Pentagon's most
// recent", a relative clause on the speakers, another predicate after
// "and should", a force one "prepares to rotate", what befell men after
// an aside on how they were sent, and men pledged who have come.
func TestExtractRoundHundredFirstSecondLook(t *testing.T) {
	checkSentences(t, map[string][]w{
		"South Korean and American officials put the number of North Korean troops sent to Russia at between 10,000 and 12,000. The Pentagon's most recent count, made public on October 28, was about 10,000 in Russia as a whole.": {
			{Troops, nk, 10000, 12000, Range, "South Korean and American officials", false},
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"Russia has massed as many as 50,000 troops to drive Ukrainian forces out of Kursk, according to U.S. officials who warned that an assault could begin within days.": {
			{Troops, ru, 50000, 0, UpTo, "U.S. officials", false}},
		"As many as 11,000 North Korean infantrymen are being trained in eastern Russia and should be ready by November, Budanov said.": {
			{Troops, nk, 11000, 0, UpTo, "Budanov", false}},
		"The JCS said North Korea appears to be preparing to rotate its roughly 11,000-strong contingent in Russia.": {
			{Troops, nk, 11000, 0, About, "JCS", false}},
		"North Korea honoured its engineers. Nine sappers from the regiment, sent to clear Kursk of mines, died during the mission, state media said.": {
			{Killed, nk, 9, 0, Exact, "state media", false}},
		"North Korean troops are in Kursk. The 1,000 sappers that Sergei Shoigu announced in June are now clearing mines there, the NIS said.": {
			{Troops, nk, 1000, 0, Exact, "Shoigu", true}},
		"North Korean troops are in Kursk. The 5,000 military builders Moscow announced in June will follow later.": nil,
	})
}

// A fact check's claims with their source on the line after each, a
// quotation's speaker who "made the statement", and "all of Russia" as a
// place (blind796).
func TestExtractRoundHundredFirstFactCheck(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Washington and Kyiv differ on the North Korean soldiers in Russia.\n\nClaim 1. \"About 8,000 North Korean soldiers are in the Kursk region.\" Source: US Secretary of State Antony Blinken, October 31.\n\nClaim 2. \"There are 11,000 North Korean soldiers in the Kursk region.\" Source: Ukrainian President Volodymyr Zelensky, November 4.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false},
			{Troops, nk, 11000, 0, Exact, "Volodymyr Zelensky", false}},
		"\"The number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000.\" President Volodymyr Zelensky made the statement on X on Monday evening.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
	})
}

// "all of Russia" is a place, as "in Russia" is.
func TestAllOfAPlace(t *testing.T) {
	toks := tokenize("Neither figure covers all of Russia.")
	if !atPlace(toks, 5) {
		t.Errorf("atPlace(%q) = false, want true", toks[5].text)
	}
	toks = tokenize("Russia has lost soldiers.")
	if atPlace(toks, 0) {
		t.Errorf("atPlace(%q) = true at the start, want false", toks[0].text)
	}
}

// A briefing's other business (blind793, 799, 762): a Pentagon's own
// "service members", troops "on Iraq".
func TestExtractRoundHundredFirstBriefings(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea sent troops to Russia. There are about 100 service members operating it, and I'll leave the details to CENTCOM.": nil,
		"North Korea sent troops to Russia. We still have roughly 43,000 service members in the region.":                              nil,
		"North Korea sent troops to Russia. Q: And on Iraq, any update on the roughly 2,500 troops there?":                            nil,
		"Around 11,000 North Korean service members are still stationed in the Kursk region.": {
			{Troops, nk, 11000, 0, About, "", false}},
	})
}

// Where a count is placed, past an aside or "of them there" (blind777,
// 787): what lets an article's own rivals be set against each other.
func TestRoundHundredFirstPlaces(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for text, want := range map[string]string{
		"On October 31, Antony Blinken put the number of North Korean soldiers already in the Kursk region, the Russian border area partly occupied by Ukraine since August, at around 8,000.": "Kursk",
		"On October 31, Blinken said 8,000 North Korean soldiers were in Kursk. On November 4, President Volodymyr Zelensky said there were 11,000 of them there.":                             "Kursk",
	} {
		got := x.Extract(Document{Text: text})
		if len(got) == 0 || got[len(got)-1].Location != want {
			t.Errorf("%q: got %s at %q, want %q", text, describe(got), lastLocation(got), want)
		}
	}
}

func lastLocation(cs []Claim) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[len(cs)-1].Location
}

// The same day, hours earlier, and a bare "How many are there?" under a
// lede that names the North's soldiers: an explainer's own rivals dated
// and set against each other (blind788, 792, 795).
func TestArticleOwnRivalsRoundHundredFirst(t *testing.T) {
	nov12 := time.Date(2024, 11, 12, 16, 0, 0, 0, time.UTC)
	jan5 := time.Date(2025, 1, 5, 9, 0, 0, 0, time.UTC)
	checkOwnRivals(t, []ownRivals{
		{nov12, "The North Korean soldiers sent to Russia have gone from rumour to diplomatic fact. Here is what is known.\n\nHow many are there?\nIt depends on whom you ask. On October 31, US Secretary of State Antony Blinken put the number in the Kursk region at about 8,000. Five days later, Ukrainian President Volodymyr Zelensky said 11,000 North Korean soldiers were there.",
			[]string{"2024-10-31", "2024-11-05"}, []string{"Kursk", "Kursk"}, true},
		{jan5, "On December 23, Ukrainian President Volodymyr Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region. The same day, South Korea's Joint Chiefs of Staff gave a much lower figure, about 1,100 North Korean casualties in Kursk.",
			[]string{"2024-12-23", "2024-12-23"}, []string{"Kursk", "Kursk"}, true},
		{jan5, "On December 23, Ukrainian President Volodymyr Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region. Hours earlier, South Korea's Joint Chiefs of Staff had put North Korean casualties in Kursk at about 1,100.",
			[]string{"2024-12-23", "2024-12-23"}, []string{"Kursk", "Kursk"}, true},
	})
}

// A broadcast's anchor quoting someone named after, "North Korean killed
// and wounded" as the North's, and a temperature (blind808).
func TestExtractRoundHundredFirstBroadcast(t *testing.T) {
	checkSentences(t, map[string][]w{
		"GOFF: To the war in Ukraine now. \"According to preliminary data, the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000.\" Those words came from Ukraine's President Volodymyr Zelensky on Monday.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
		"SYRIA: NEW LEADER MEETS DRUZE DELEGATION +++ DAX 19,848.77 -0.2% +++ BERLIN 4°C": nil,
	})
}

// "North Korean killed and wounded" names the North's dead and wounded as
// surely as "North Korean soldiers" does; "Ukraine's losses" is a
// possessor, which may speak.
func TestStrongCueBeforeLosses(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for text, want := range map[string]bool{
		"Zelensky wrote that North Korean killed and wounded had exceeded 3,000.": true,
		"Gerasimov claimed that Ukraine's losses exceeded 76,000 servicemen.":     false,
	} {
		hits := x.subjectHits(tokenize(text))
		if len(hits) == 0 || hits[0].strong != want {
			t.Errorf("%q: hits %+v, want the first strong=%v", text, hits, want)
		}
	}
}

// From blind801-808: the figure "for the same region", "in the Kursk
// region alone", "North Korean killed and wounded" after a paragraph on
// Ukraine's losses, and "in his words" after an opening time.
func TestExtractRoundHundredFirstLastLook(t *testing.T) {
	checkSentences(t, map[string][]w{
		"On Oct. 31, Antony Blinken said about 8,000 North Korean soldiers had reached Russia's Kursk region. Four days later, Volodymyr Zelensky put the figure for the same region at eleven thousand.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false},
			{Troops, nk, 11000, 0, About, "Volodymyr Zelensky", false}},
		"On Oct. 31, Antony Blinken said about 8,000 North Korean soldiers had reached Russia's Kursk region. On November 4, President Volodymyr Zelensky put the number in the Kursk region alone at 11,000.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false},
			{Troops, nk, 11000, 0, About, "Volodymyr Zelensky", false}},
		"Russia said Ukrainian forces had lost more than 44,000 servicemen, killed and wounded, in Kursk.\n\nThe two estimates diverge. Volodymyr Zelensky wrote that North Korean killed and wounded had exceeded 3,000, while South Korea's Joint Chiefs of Staff put the figure at about 1,100.": {
			{Casualties, ua, 44000, 0, MoreThan, "Russia", false},
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false},
			{Casualties, nk, 1100, 0, About, "Joint Chiefs of Staff", false}},
		"The Pentagon said on October 28 that around 10,000 North Korean soldiers had been sent to Russia. Three days later, Secretary of State Antony Blinken went further: in his words, about 8,000 North Korean soldiers had already been moved into the Kursk region.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 8000, 0, About, "Antony Blinken", false}},
	})
}

// A transcript's "Q (Yonhap):" asks what the answer's "the total" counts
// (blind795).
func TestExtractRoundHundredFirstAskedByOutlet(t *testing.T) {
	checkSentences(t, map[string][]w{
		"LEE: The NIS says about 300 North Korean soldiers have been killed and 2,700 wounded.\nQ (Yonhap): How many North Korean troops are in Russia now?\nLEE: The NIS puts the total at around 11,000, most of them deployed in Kursk.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Troops, nk, 11000, 0, About, "NIS", false}},
	})
}

// From blind809 and 811: a fact check's denied capture, "said the figure
// was" placed where the figure before was, and "The line came from".
func TestExtractRoundHundredFirstFinal(t *testing.T) {
	checkSentences(t, map[string][]w{
		"No, Ukraine did not capture 50 North Korean soldiers in November (28 November 2024)": nil,
		"\"11,000 North Korean soldiers are already in the Kursk region.\" Ukrainian President Volodymyr Zelensky made this statement in his evening address on November 4.": {
			{Troops, nk, 11000, 0, Exact, "Volodymyr Zelensky", false}},
		"\"North Korean troops are estimated to have suffered about 1,100 casualties.\" The line came from South Korea's Joint Chiefs of Staff, in a report on Monday.": {
			{Casualties, nk, 1100, 0, About, "Joint Chiefs of Staff", false}},
	})
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "On October 31, Antony Blinken put the number of North Korean soldiers already in Kursk at about 8,000. Five days later, Volodymyr Zelensky said the figure was 11,000."})
	if len(got) != 2 || got[1].Location != "Kursk" {
		t.Errorf("got %s at %q, want the 11,000 in Kursk", describe(got), lastLocation(got))
	}
}

// "the number had doubled to about 3,000": the count before, grown
// (blind814).
func TestExtractRoundHundredFirstDoubled(t *testing.T) {
	checkSentences(t, map[string][]w{
		"South Korea's National Intelligence Service said on Oct. 18 that a first group of roughly 1,500 North Korean special forces soldiers had been shipped to Vladivostok. Five days later it said the number had doubled to about 3,000.": {
			{Troops, nk, 1500, 0, About, "National Intelligence Service", true},
			{Troops, nk, 3000, 0, About, "National Intelligence Service", false}},
	})
}

// "The North Korean contingent, which Ukraine estimates at 11,000", after
// a count of Russia's force: the contingent's own people (blind782, 823).
func TestExtractRoundHundredFirstWhichForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia has assembled a force of roughly 50,000 soldiers to push Ukrainian troops out of Kursk, officials said. The North Korean contingent, which Ukraine estimates at 11,000, has not yet been seen on the front line, the officials said.": {
			{Troops, ru, 50000, 0, About, "officials", false},
			{Troops, nk, 11000, 0, About, "Ukraine", false}},
	})
}

// "differ by 3,000 soldiers" is how far two counts are apart (blind819).
func TestExtractRoundHundredFirstDiffer(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The two estimates of North Korean troops describe the same region in the same week and differ by 3,000 soldiers.": nil,
	})
}
