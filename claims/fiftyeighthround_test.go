package claims

import (
	"testing"
	"time"
)

// Rules found in the fifty-eighth round and after. Each case is a sentence
// of our own in the shape news prose takes, not one from a set.

// claimState is what a round's case checks of a claim beyond
// checkSentences: whose people, and whether it is set against others.
type claimState struct {
	m         Metric
	s         Subject
	v         float64
	tentative bool
}

func checkStates(t *testing.T, published time.Time, cases map[string][]claimState) {
	t.Helper()
	x := NewExtractor(Lexicon{})
	for text, want := range cases {
		t.Run(text, func(t *testing.T) {
			got := x.Extract(Document{Text: text, URL: "https://example.test/a", Published: published})
			if len(got) != len(want) {
				t.Fatalf("got %d claims, want %d:\n got %s", len(got), len(want), describe(got))
			}
			for i, g := range got {
				if e := want[i]; g.Metric != e.m || g.Subject != e.s || g.Value != e.v || g.Tentative != e.tentative {
					t.Errorf("claim %d: got %s/%s %v tentative=%v, want %s/%s %v tentative=%v", i, g.Metric, g.Subject, g.Value, g.Tentative, e.m, e.s, e.v, e.tentative)
				}
			}
		})
	}
}

// TestExtractRoundFiftyEight (from blind430 to blind435): a figure said
// "last autumn" or "at the time" is an old one restated, too old to
// conflict with today's; the dead and wounded a sentence with no cue
// counts after a total of losses are the total's people, named, not
// guessed; an old statement restated still names whose people the next
// sentence's figure counts.
func TestExtractRoundFiftyEight(t *testing.T) {
	checkStates(t, time.Date(2025, 4, 28, 9, 0, 0, 0, time.UTC), map[string][]claimState{
		"Seoul and Washington said last autumn that between 10,000 and 12,000 North Korean soldiers had been sent to Russia. In all, about 14,000 North Korean soldiers are now there, the NIS said.": {
			{Troops, nk, 10000, true}, {Troops, nk, 14000, false}},
		"Pentagon officials at the time put the number of North Korean soldiers in Russia at about 3,000.": {
			{Troops, nk, 3000, true}},
		"At the time of writing, Pentagon officials put the number of North Korean soldiers in Russia at about 3,000.": {
			{Troops, nk, 3000, false}},
		"North Korean casualties have passed 3,000, the spy agency told lawmakers. A lawmaker briefed reporters after the session. About 300 soldiers had died and some 2,700 had been wounded, he said.": {
			{Casualties, nk, 3000, false}, {Killed, nk, 300, false}, {Wounded, nk, 2700, false}},
		"North Korean casualties have passed 3,000, the spy agency told lawmakers. A lawmaker briefed reporters after the session. About 5,000 soldiers had died, he said.": {
			{Casualties, nk, 3000, false}, {Killed, nk, 5000, true}},
		"Officials estimated last year that between 10,000 and 12,000 North Korean soldiers had gone to Kursk, which Ukrainian forces had partly seized. The NIS said this year that thousands more had followed.": {
			{Troops, nk, 10000, true}},
	})
}

// TestExtractRoundFiftyNine (from blind436 to blind441): the countries a
// figure is credited to in a list are not whose people it counts, nor is
// whose gear they were given; an answer a short sentence after its
// question counts what it asks; "taken 713 servicemen prisoner" captures;
// what the men will do, or what will be done with them, does not make a
// perfect of sending or taking planned; losses inflicted "on" a side are
// its own; "announces 1,000 deminers" pledges them.
func TestExtractRoundFiftyNine(t *testing.T) {
	checkSentences(t, map[string][]w{
		"How many soldiers has North Korea sent? Between 10,000 and 12,000 soldiers went last autumn, according to estimates from the US, South Korea and Ukraine.": {
			{Troops, nk, 10000, 12000, Range, "US", false}},
		"How many North Korean troops are there? Estimates differ, but not by much. Officials in Washington and Seoul have put the total at between 10,000 and 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Seoul", false}},
		`Syrskyi wrote: "We have also taken 713 Russian servicemen prisoner, who will be exchanged for our defenders."`: {
			{Captured, "russia", 713, 0, Exact, "Syrskyi", false}},
		"The Pentagon said North Korea has sent around 10,000 soldiers to train in eastern Russia who will probably join Russian forces near Ukraine.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"Russia's defence ministry said its forces had inflicted losses of up to 210 servicemen on Ukrainian units over the past day.": {
			{Casualties, "ukraine", 210, 0, UpTo, "defence ministry", true}},
		"Zelensky said 11,000 North Korean soldiers were in Kursk. Kyiv's spy agency said the contingent includes about 500 officers, who were issued Russian weapons and uniforms.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false},
			{Troops, nk, 500, 0, About, "spy agency", true}},
		"North Korean troops fought in Kursk.\nJune 2025: Shoigu announces 1,000 deminers and 5,000 builders": nil,
	})
	checkStates(t, time.Date(2025, 1, 14, 9, 0, 0, 0, time.UTC), map[string][]claimState{
		"Seoul's spy agency said about 300 North Korean soldiers had been killed and about 2,700 wounded. Ukrainian figures are far higher. Officials in Kyiv put the number of dead at more than 1,000.": {
			{Killed, nk, 300, false}, {Wounded, nk, 2700, false}, {Killed, nk, 1000, false}},
	})
}

// TestExtractRoundSixty (from blind442 to blind447): "as high as" is a
// ceiling, and "the figure could be as high as" a guess at today's count,
// not a plan; a country that puts the figure "at" a value, with its allies
// or not, counted no one of its own and speaks; "the total reached" counts
// what the figure before it did; "North Koreans among them" are a part.
func TestExtractRoundSixty(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Lawmakers briefed by the NIS said more than 10,000 North Koreans were now in Russia. Budanov told a Ukrainian broadcaster that the figure could be as high as 12,000.": {
			{Troops, nk, 10000, 0, MoreThan, "NIS", false},
			{Troops, nk, 12000, 0, UpTo, "Budanov", false}},
		"Pyongyang has sent about 15,000 troops in total. Ukraine and its allies had put the initial deployment at between 10,000 and 12,000 troops.": {
			{Troops, nk, 15000, 0, About, "", false},
			{Troops, nk, 10000, 12000, Range, "Ukraine", false}},
		"Kyiv and Seoul put the first wave at 11,000-12,000 North Korean troops. Reinforcements followed early in 2025, and South Korea's spy agency now believes the total reached about 15,000.": {
			{Troops, nk, 11000, 12000, Range, "Kyiv", false},
			{Troops, nk, 15000, 0, About, "spy agency", false}},
	})
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: "Zelensky: Russia gathers 50,000 troops for Kursk push, North Koreans among them",
		Text: "Russia has massed about 50,000 soldiers near Kursk, President Zelensky said."})
	for _, c := range got {
		if c.Subject == nk {
			t.Errorf("the headline's North Koreans among the 50,000 made it theirs: %s", describe(got))
		}
	}
}

// TestExtractRoundSixtyOne (from blind448 to blind453): a ", where" after
// the figure speaks of its place, whose verbs say nothing of what the
// figure counts; "the 5,000 military builders Moscow announced" were
// pledged; a force a relative clause puts at a figure is the cue's,
// wherever it fights; "the roughly 300 the agency reported" is a figure
// given before, counting what its clause does.
func TestExtractRoundSixtyOne(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said 11,000 North Korean soldiers were now in Kursk Oblast, where Moscow is gathering forces to push Ukrainian troops out of the land they captured in August.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"The NIS says that of the 5,000 military builders Moscow announced in June, some have arrived.": nil,
		"The NIS said about 600 North Korean soldiers had been killed. The death toll is double the roughly 300 the agency reported in January.": {
			{Killed, nk, 600, 0, About, "NIS", false},
			{Killed, nk, 300, 0, About, "NIS", false}},
		"North Korea has sent an estimated 11,000 troops to Russia. They fight alongside Russian forces that Ukrainian officials put at around 50,000 soldiers in Kursk.": {
			{Troops, nk, 11000, 0, About, "", false},
			{Troops, "russia", 50000, 0, About, "Ukrainian officials", false}},
	})
}

// TestExtractRoundSixtyTwo (from blind454 to blind459): a quotation box's
// "Quote from Yusov:" line, under the box's "Source:" line, is his; a
// headline's "next mission: 6,000 deminers and builders" is still to come.
func TestExtractRoundSixtyTwo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Source: Andrii Yusov, spokesman for Ukraine's military intelligence, on national television\nQuote from Yusov: \"By our count, the North Korean contingent has lost some four thousand, killed and wounded together. Of these, no fewer than a thousand are killed.\"": {
			{Casualties, nk, 4000, 0, About, "Yusov", false},
			{Killed, nk, 1000, 0, AtLeast, "Yusov", false}},
		"North Korea's next Kursk mission: 6,000 deminers and builders, not assault troops": nil,
		"North Korea sent troops to Kursk. The next wave of 2,000 deminers arrived in June, the NIS said.": {
			{Troops, nk, 2000, 0, Exact, "NIS", true}},
	})
}

// TestExtractRoundSixtyThree (from blind460 to blind465): officials "who
// briefed journalists" speak; a spokesman who "went on television with
// fresh figures" gives the figures after; "the lost ground" is land.
func TestExtractRoundSixtyThree(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul put the North's dead at about 300. Western officials who briefed journalists in February give a much higher figure: by their count, North Korean dead number no fewer than 1,000.": {
			{Killed, nk, 300, 0, About, "Seoul", false},
			{Killed, nk, 1000, 0, AtLeast, "Western officials", false}},
		"HUR spokesman Andriy Yusov went on national television on Friday with fresh figures. More than three thousand North Korean soldiers have been killed or wounded in Kursk.": {
			{Casualties, nk, 3000, 0, MoreThan, "Yusov", false}},
		"Kyiv said Russia had gathered about 50,000 troops in Kursk for a push to retake the lost ground.": {
			{Troops, "russia", 50000, 0, About, "Kyiv", false}},
	})
}

// TestExtractRoundSixtyFour (from blind466 to blind471): "roughly the
// size of a Russian division" is a yardstick; a country promised men is
// not their owner; "casualties in the Kursk fighting" are casualties; a
// ", when" clause's people are another's; "up from the January estimate
// of around 3,000" is the count as it was; "the area" is the region the
// article is set in.
func TestExtractRoundSixtyFour(t *testing.T) {
	checkSentences(t, map[string][]w{
		"How many soldiers has North Korea sent? Seoul and Kyiv put the deployment at between 10,000 and 12,000 troops, roughly the size of a Russian division.": {
			{Troops, nk, 10000, 12000, Range, "Seoul", false}},
		"North Korean troops fought in Kursk. In June, Pyongyang also promised Moscow a contingent of military deminers. The NIS said that about 1,000 deminers were already at work in Kursk.": {
			{Troops, nk, 1000, 0, About, "NIS", true}},
		"South Korea's JCS has put North Korean casualties in the Kursk fighting at about 1,100.": {
			{Casualties, nk, 1100, 0, About, "JCS", false}},
	})
	checkStates(t, time.Date(2025, 4, 30, 9, 0, 0, 0, time.UTC), map[string][]claimState{
		"The NIS estimates that roughly 4,700 North Korean soldiers have been killed or wounded. The figure is up from the January estimate of around 3,000 casualties, Park said, a rise the agency put down to heavy fighting in February, when Russian forces pushed to retake ground.": {
			{Casualties, nk, 4700, false}, {Casualties, nk, 3000, true}},
	})
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "North Korean troops came under fire in Russia's Kursk region for the first time. Blinken said last week that about 8,000 North Korean soldiers had been moved to the area close to the Ukrainian border."})
	if len(got) != 1 || got[0].Location != "Kursk" {
		t.Errorf("the area the article is set in: got %s, want 8,000 in Kursk", describe(got))
	}
}

// TestExtractRoundSixtyFive (from blind478 to blind483): "a steep rise
// from the agency's January estimate of some 3,000 casualties, including
// about 300 dead" restates the count as it was, parts and all, and a
// figure risen from is credited to whoever the clause after it names.
func TestExtractRoundSixtyFive(t *testing.T) {
	checkSentences(t, map[string][]w{
		`The Pentagon said North Korea has sent around 10,000 soldiers to Russia, a steep rise from the "at least 3,000" that U.S. officials cited last week.`: {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 3000, 0, AtLeast, "U.S. officials", false}},
	})
	checkStates(t, time.Date(2025, 4, 30, 9, 0, 0, 0, time.UTC), map[string][]claimState{
		"The NIS estimates that about 4,700 North Korean soldiers have been killed or wounded, around 600 of them fatally. The figures are a steep rise from the agency's January estimate of some 3,000 casualties, including about 300 dead.": {
			{Casualties, nk, 4700, false}, {Killed, nk, 600, false}, {Casualties, nk, 3000, true}, {Killed, nk, 300, true}},
	})
}

// TestExtractRoundSixtySix (from blind484 to blind489): countries listed
// before the verb that gives a figure counted it; a pledge "to supply" is
// a plan, kept or not; the men sent "to make up for" the dead are not the
// dead; a figure past "the … mark" was passed; "were being sent" told of
// a deployment; what an assault "cost" in men is its casualties; "it"
// after an opening phrase is the agency just named; and the first of two
// speakers, when a lawmaker relayed the agency, speaks for the sentence
// after.
func TestExtractRoundSixtySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops began arriving in Russia in October. In the first weeks, Ukraine, Japan and the United States put the force at 11,000 to 12,000 soldiers.": {
			{Troops, nk, 11000, 12000, Range, "Japan and the United States", false}},
		"The engineers arrived under a second pledge, struck in June, to supply 3,000 builders to help Russia rebuild Kursk.": nil,
		"Pyongyang kept its promise to Moscow: about 1,000 North Korean deminers reached Kursk in August, the NIS said.": {
			{Troops, nk, 1000, 0, About, "NIS", true}},
		"Seoul's military says North Korea has sent roughly 2,500 more soldiers to Russia to make up for troops who were killed or wounded in Kursk.": {
			{Troops, nk, 2500, 0, About, "Seoul's military", true}},
		"North Korean losses in the Kursk region have passed the 4,000 mark, Ukraine's military intelligence said.": {
			{Casualties, nk, 4000, 0, MoreThan, "military intelligence", false}},
		"Officials in Kyiv and Washington said in October that about 10,000 North Korean soldiers were being sent to Russia.": {
			{Troops, nk, 10000, 0, About, "Washington", false}},
		"A Ukrainian commander said the night assaults had cost the North Koreans about 400 men.": {
			{Casualties, nk, 400, 0, About, "Ukrainian commander", false}},
		"By Seoul's count, the war has cost North Korea about 2,000 dead.": {
			{Killed, nk, 2000, 0, About, "Seoul", false}},
		"Drone crews struck a North Korean infantry unit near Sudzha, killing 12 of its soldiers, Ukraine's army said.": {
			{Killed, nk, 12, 0, Exact, "Ukraine's army", true}},
		"Dead and wounded among the North Korean soldiers Russia has thrown into the fight have passed the 5,000 mark, Kyiv says.": {
			{Casualties, nk, 5000, 0, MoreThan, "Kyiv", false}},
		"The Pentagon counts 10,000 North Korean troops. South Korea's National Intelligence Service has a larger figure. In a closed session with lawmakers on Tuesday, it put the North Korean force at about 12,000.": {
			{Troops, nk, 10000, 0, Exact, "Pentagon", false},
			{Troops, nk, 12000, 0, About, "National Intelligence Service", false}},
		"North Korea has sent about 11,000 troops, officials say. The soldiers went in two waves, the National Intelligence Service said at a closed hearing, according to Rep. Kim Min-ho. The first, about 1,500 special forces, sailed in October.": {
			{Troops, nk, 11000, 0, About, "officials", false},
			{Troops, nk, 1500, 0, About, "National Intelligence Service", true}},
		"Seoul puts the force at roughly 11,000 North Korean soldiers. US and Ukrainian officials have spoken of up to 12,000.": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Troops, nk, 12000, 0, UpTo, "US and Ukrainian officials", false}},
		"The agency updated its estimate of North Korea's losses on Monday. About 4,000 North Korean soldiers have been killed or wounded.": {
			{Casualties, nk, 4000, 0, About, "agency", false}},
		"Ukraine showed papers found on the dead to prove the presence of some 11,000 soldiers that Pyongyang is said to have sent.": {
			{Troops, nk, 11000, 0, About, "Ukraine", false}},
	})
}

// TestExtractRoundSixtySeven (from blind490 to blind495): a country that
// "has" soldiers somewhere owns them; "telling lawmakers that" reports; a
// government's count is the person's who says it for them; a figure "in
// the 11,000-12,000 range"; a fact box's "estimate of" names its source;
// soldiers "among the dead and wounded" are casualties; after a dateline
// the verb after "and" shares the sentence's own subject.
func TestExtractRoundSixtySeven(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea now has some 11,000 soldiers in Russia, and many of them have moved to the border where Ukrainian forces hold ground, officials said.": {
			{Troops, nk, 11000, 0, About, "officials", false}},
		"The agency left its estimate unchanged, telling lawmakers that about 11,000 North Korean soldiers are in Russia.": {
			{Troops, nk, 11000, 0, About, "agency", false}},
		"Kyiv now counts more than 4,000 North Korean soldiers killed or wounded, President Volodymyr Zelensky said on Sunday.": {
			{Casualties, nk, 4000, 0, MoreThan, "Zelensky", false}},
		"Washington puts the North Korean force at 11,000 to 12,000; Seoul's spy agency said on Friday that about 3,000 more had arrived.": {
			{Troops, nk, 11000, 12000, Range, "Washington", false},
			{Troops, nk, 3000, 0, About, "spy agency", true}},
		"North Korean troops fought in Kursk. Of the men the North sent last autumn, somewhere in the 11,000-12,000 range, many never came home.": {
			{Troops, nk, 11000, 12000, Range, "", false}},
		"North Korean troops fought in Kursk.\n\nIN NUMBERS\nCasualty estimate of South Korea's NIS: about 4,700\n": {
			{Casualties, nk, 4700, 0, About, "NIS", false}},
		// a label of nine words, dated: a fact box's line all the same
		"North Korean troops fought in Kursk.\n\nIN NUMBERS\nDeath toll estimate of South Korea's NIS in September 2025: about 2,000\n": {
			{Killed, nk, 2000, 0, About, "NIS", false}},
		"Ukraine's army says more than 2,000 North Korean soldiers are already among the dead and wounded.": {
			{Casualties, nk, 2000, 0, MoreThan, "Ukraine's army", false}},
		"SEOUL (AP) — North Korean leader Kim Jong Un met engineers back from Kursk and said 11 of them had died clearing mines, state media reported.": {
			{Killed, nk, 11, 0, Exact, "Kim Jong Un", false}},
	})
	x := NewExtractor(Lexicon{})
	for _, title := range []string{
		"Russia to get 6,000 North Korean deminers and builders for Kursk",
		"Moscow is to receive 5,000 North Korean military builders",
	} {
		if got := x.Extract(Document{Title: title, Text: "Nothing to see here."}); len(got) != 0 {
			t.Errorf("%q: a plan, got %s", title, describe(got))
		}
	}
}

// TestExtractRoundSixtyEight (from blind496 to blind501): soldiers "still"
// somewhere are what is left of the force, a part of it; an agency "known
// as" something in an aside still speaks; "dying" counts the dead; a
// sentence saying whose estimate the one before gives outranks the
// speaker before it; and a speaker in an "after" clause said something
// else.
func TestExtractRoundSixtyEight(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukrainian officers say fewer than 3,000 North Korean soldiers are still at the front.": {
			{Troops, nk, 3000, 0, LessThan, "Ukrainian officers", true}},
		"Ukraine's defence intelligence agency said on Friday that the first units had reached the front. The agency, known as HUR, said about 10,000 North Korean soldiers were training in the Far East.": {
			{Troops, nk, 10000, 0, About, "Ukraine's defence intelligence agency", false}},
		"Russian war bloggers have written of dozens of North Korean soldiers dying in a single assault.": {
			{Killed, nk, 24, 99, Vague, "", true}},
		"The foreign minister said London was watching closely. Some 12,000 North Korean troops are thought to be in Russia. That is the estimate of British officials, who spoke on condition of anonymity.": {
			{Troops, nk, 12000, 0, About, "British officials", false}},
		"North Korea sent about 12,000 troops to Russia in the autumn. Pyongyang admitted it only in April, after Moscow declared victory in Kursk.": {
			{Troops, nk, 12000, 0, About, "", false}},
	})
}

// TestExtractRoundSixtyNine (blind500 and blind502 to blind506): a country
// "which is believed to have sent" its men; the men a count "of North
// Koreans killed or wounded" befell did no killing; a list of governments
// concludes, and "their estimates" are theirs; "On Monday, President X
// went further, saying"; members of a parliament; an agreement's terms;
// ground "still held" by a side; a place "where" a side holds ground.
func TestExtractRoundSixtyNine(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pyongyang, which is believed to have sent around 11,000 combat troops to Kursk last autumn, admitted it only in April, after Moscow said that Ukrainian forces had been driven out.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"Ukraine's defence intelligence service puts the number of North Koreans killed or wounded at roughly 4,000.": {
			{Casualties, nk, 4000, 0, About, "Ukraine's defence intelligence service", false}},
		"North Korean troops are in Russia. Kyiv, Seoul and Washington have reached the same conclusion. Their estimates put the number sent at between 10,000 and 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Kyiv, Seoul and Washington", false}},
		"On Monday, President Volodymyr Zelensky went further, saying 11,000 North Korean soldiers were already in Kursk.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korean troops fought in Kursk. In Seoul, 204 of the 300 members of the National Assembly voted to impeach the president.":  nil,
		"North Korean troops fought in Kursk. The summer agreement, announced by Shoigu, provided for 1,000 deminers and 5,000 builders.": nil,
		"North Korean troops fought in Kursk. Under the summer agreement, about 1,000 North Korean deminers arrived in August.": {
			{Troops, nk, 1000, 0, About, "", true}},
		"North Korean troops fought in Kursk. The map shows the part of Kursk still held by Ukrainian forces, roughly 450 square kilometres, down from about 1,300 in August.": nil,
		"How many North Korean soldiers are in Russia? About 11,000 North Korean soldiers were sent to Kursk, the region where Ukrainian troops have held ground since August.\n\nHow heavy are their losses?\n\nThe NIS told lawmakers it counts around 3,000 casualties in total.": {
			{Troops, nk, 11000, 0, About, "", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractRoundSeventy (blind507 to blind512): "a total of" after the
// dead and the wounded sums both; the whole a share is "of" is no plan,
// whatever "would" says of the share; "That's up from" the sentence after
// a count gives the same count before; a person named before an aside and
// the aside's "known as"; a country's agency that opens a sentence is the
// agency "the agency" means next.
func TestExtractRoundSeventy(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 400 North Korean soldiers have been killed and some 3,000 wounded, a total of around 3,400, the agency said.": {
			{Killed, nk, 400, 0, About, "agency", false},
			{Wounded, nk, 3000, 0, About, "agency", false},
			{Casualties, nk, 3400, 0, About, "agency", false}},
		"That could be a fifth of the roughly 12,000 troops that Kyiv says Pyongyang has sent to Russia.": {
			{Troops, nk, 12000, 0, About, "Kyiv", false}},
		"North Korea will send 1,000 deminers first, and could later send the rest of the 6,000 builders.": nil,
		"Officials say the agency now believes at least 2,500 North Korean soldiers have been killed. That's up from roughly 700 the agency reported in the spring.": {
			{Killed, nk, 2500, 0, AtLeast, "Officials", false},
			{Killed, nk, 700, 0, About, "Officials", false}},
		"Oleh Ivanov, a spokesman for the service, known as the SBU, said more than 20 North Korean soldiers had been captured.": {
			{Captured, nk, 20, 0, MoreThan, "Oleh Ivanov", false}},
		"South Korea's Defence Ministry said it was watching closely.\n\nUkraine's military intelligence agency has given more detail. About 700 of the North Koreans are officers, the agency said.": {
			{Troops, nk, 700, 0, About, "Ukraine's military intelligence agency", true}},
	})
}

// TestExtractRoundSeventyOne (blind513 to blind518): a country "is
// believed to have sent"; a side holding ground in the region "where" the
// men went is not theirs; "put the number in Kursk at"; a progressive in
// the relative clause of an estimate's object is no plan; "the second
// half of 2025" is a time, not a share; a body with its acronym in
// brackets and a second verb after "and".
func TestExtractRoundSeventyOne(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea is believed to have sent about 12,000 troops to Russia, most of whom went to the border region where Ukrainian forces have held ground since August.": {
			{Troops, nk, 12000, 0, About, "", false}},
		"Zelensky said 11,000 North Korean soldiers were in the Kursk region. Two days earlier, the Pentagon put the number in Kursk at about 8,000.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false},
			{Troops, nk, 8000, 0, About, "Pentagon", false}},
		"Ukraine's military intelligence has put the force that Pyongyang is moving to Russia at up to 11,000 troops, including some 400 officers.": {
			{Troops, nk, 11000, 0, UpTo, "Ukraine's military intelligence", false},
			{Troops, nk, 400, 0, About, "Ukraine's military intelligence", true}},
		"Kim Jong Un spent much of the second half of 2025 honouring the soldiers he sent to Russia.": nil,
		"Ukraine's Special Operations Forces (SSO) released drone footage from Kursk and said their operators killed up to 40 North Korean soldiers.": {
			{Killed, nk, 40, 0, UpTo, "Special Operations Forces", true}},
	})
}

// TestExtractRoundSeventyTwo (blind515): a toll of the dead and wounded
// with no cue of its own is the people of the dead and the wounded
// counted before it, when it is their sum: sure enough to be set against
// a rival's.
func TestExtractRoundSeventyTwo(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "150 N. Korean soldiers killed in Russia, spy agency tells lawmakers",
		Text: "At least 150 North Korean soldiers sent to fight for Russia have been killed and some 1,200 others wounded, South Korea's spy agency said on Thursday, in its first estimate of Pyongyang's losses.\n\n" +
			"Rep. Kim Min-ho of the Democratic Party, who sits on the National Assembly's intelligence committee, relayed the figures to reporters after the briefing, the committee's first since the Dec. 3 martial law declaration.\n\n" +
			"\"The agency assesses that the toll of dead and wounded has reached around 1,350,\" Kim said, adding that losses would grow because the North Korean units were thrown into assaults.",
		URL: "https://example.test/a", Published: time.Date(2024, 12, 19, 9, 0, 0, 0, time.UTC),
	})
	for _, c := range got {
		if c.Metric == Casualties && c.Value == 1350 {
			if c.Subject != nk || c.Tentative {
				t.Errorf("the sum of the dead and wounded counted before: got %s/%s tentative=%v", c.Metric, c.Subject, c.Tentative)
			}
			return
		}
	}
	t.Errorf("no toll of 1,350 among %s", describe(got))
}

// TestExtractRoundSeventyThree (blind519 to blind524): a clause before a
// colon is no speaker's label; "are saying as many as 12,000" after a
// count; losses "in Kursk Oblast" that "stand at 3,800 people"; what
// follows "and that" is another thing said; soldiers "who fell"; the
// Russian Far East is a place; "before being moved" is done; "the total
// dispatch"; the first contingent set beside its count is a wave of the
// force.
func TestExtractRoundSeventyThree(t *testing.T) {
	checkSentences(t, map[string][]w{
		"MS. SINGH: Last week we said there were roughly 3,000 North Korean soldiers in eastern Russia. Our assessment has changed since then: we now believe North Korea has sent around 10,000 soldiers.": {
			{Troops, nk, 3000, 0, About, "SINGH", false},
			{Troops, nk, 10000, 0, About, "SINGH", false}},
		"Seoul puts the force at about 11,000 North Korean soldiers.\n\nQ: The Ukrainians are saying as many as 12,000. Why the gap?": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Troops, nk, 12000, 0, UpTo, "Ukrainians", false}},
		"North Korean troops are in Kursk. According to the army, their losses in Kursk Oblast now stand at 4,100 people.": {
			{Casualties, nk, 4100, 0, Exact, "army", false}},
		"Zelensky said that eleven thousand North Korean soldiers were already in Kursk and that they had begun to take losses.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korean troops fought in Kursk. Kim Jong Un honoured 120 soldiers who fell in Kursk, state media said.": {
			{Killed, nk, 120, 0, Exact, "state media", false}},
		"North Korea has begun moving soldiers to Russia, the spy agency says, with 1,500 special forces believed to have reached the Russian Far East.": {
			{Troops, nk, 1500, 0, Exact, "spy agency", true}},
		"Blinken said roughly 10,000 troops had been sent from North Korea to Russia, most of them first to training grounds before being moved west by rail.": {
			{Troops, nk, 10000, 0, About, "Blinken", false}},
		"North Korean troops are in Russia. Seoul and Kyiv have put the total dispatch at between 10,000 and 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Seoul and Kyiv", false}},
		"North Korean troops are in Russia. The first contingent, roughly 1,500 soldiers from the Storm Corps, reached Vladivostok by ship, the NIS said.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
	})
}
