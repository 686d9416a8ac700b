package claims

import (
	"testing"
	"time"
)

// The ninety-ninth round (blind699-701, 704, 710, 711, 332): a quotation
// owned by "X gave the figure" or "That is X's latest count" in the
// sentence after; "11,000 were there" after a count of the force; an
// answer that counts whom its question asks about; a ticker's columns;
// other pieces' titles, cited.
func TestExtractRoundNinetyNine(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"Some twelve thousand North Korean soldiers are now in the Kursk region." President Volodymyr Zelensky gave the figure in his evening address, as Ukrainian officials said the first units had come under fire.`: {
			{Troops, nk, 12000, 0, About, "President Volodymyr Zelensky", false}},
		"How many North Korean troops are in Kursk? Accounts differ. On Nov. 1, the Pentagon put the figure at about 8,000. A week later, Kyiv's intelligence chief said 11,000 were there.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false},
			{Troops, nk, 11000, 0, Exact, "Kyiv's intelligence chief", false}},
		// a guard: "there" that does not close its clause
		"About 8,000 North Korean troops are in Kursk, the Pentagon said. Kyiv said 3,000 were there to dig trenches.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false}},
		`"Some 400 North Korean soldiers have died and about 3,600 have been wounded." That is the Defence Intelligence of Ukraine's updated count, as relayed by its spokesman on Monday.`: {
			{Killed, nk, 400, 0, About, "Defence Intelligence of Ukraine", false},
			{Wounded, nk, 3600, 0, About, "Defence Intelligence of Ukraine", false}},
		// a broadcaster's log of who said what, in columns; its entries
		// that say nobody's words are other stories' headlines
		"NEWS TICKER | Kyiv time\n19:05 | URGENT | Budanov: more than 4,000 North Korean soldiers killed and wounded in Kursk\n18:40 | Two injured in guided bomb attack on Kharkiv": {
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
		// an agency's figure in a log entry, relayed by a lawmaker
		"TV NEWS TICKER | updated 18:00\n▶ 17:58 NIS: At least 300 N. Korean soldiers killed, about 2,700 wounded, Rep. Park says after closed-door briefing\n▶ 17:31 KOSPI closes down 1.2% at 2,435.93": {
			{Killed, nk, 300, 0, AtLeast, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false}},
		// other pieces: an episode's title, a back issue, a footnote's
		// source; and a figure still to be sent
		"North Korean troops fight in Kursk.\n\nEp. 98: Kyiv says 1,400 Russian troops lost in a day. Can Moscow keep it up?": {},
		"North Korean troops fight in Kursk.\n\n- Morning Brief Ep. 97: \"Two ships, 1,500 soldiers: what Seoul saw\"":        {},
		"North Korean troops fight in Kursk.\n\n- \"How 1,500 special forces crossed the sea\" (Issue #81, Oct. 18)":          {},
		"North Korean troops fight in Kursk.\n\n[3] \"Shoigu: 6,000 North Korean builders for Kursk,\" TASS, June 17, 2025.":  {},
		"Seoul said some 1,500 North Korean special forces had been shipped to Vladivostok, the first of an estimated 12,000 troops Pyongyang has decided to send.": {
			{Troops, nk, 1500, 0, About, "Seoul", true}},
		// what rose from an old count: the total, not the part just
		// named; a quoted old count's own noun
		"North Korean forces have suffered around 4,700 casualties in Kursk, roughly 600 of them fatal, the NIS told lawmakers on Wednesday, up from about 3,000 it reported in January.": {
			{Casualties, nk, 4700, 0, About, "NIS", false},
			{Killed, nk, 600, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
		`The NIS said about 300 North Korean soldiers have been killed and roughly 2,700 wounded, up from "at least 100" dead it reported in December.`: {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Killed, nk, 100, 0, AtLeast, "NIS", false}},
		// "past 3,000" and "3,000-plus" are more than 3,000; "the past 24
		// hours" is no qualifier
		"The NIS said about 300 North Korean soldiers have died and 2,700 have been wounded. That takes the North's casualties past 3,000.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, MoreThan, "NIS", false}},
		"The 4,000-plus North Korean casualties Kyiv reported in February have grown, Budanov said.": {
			{Casualties, nk, 4000, 0, MoreThan, "Kyiv", false}},
		"Russia lost 1,500 troops over the past 24 hours, Ukraine's General Staff said.": {
			{Casualties, ru, 1500, 0, Exact, "General Staff", false}},
		// an episode's chapters: the long ones its content, the short
		// ones headings
		"North Korean troops fight in Kursk.\n\nIn this episode\n(11:40) What the spy agency told lawmakers in September: roughly 2,000 North Korean soldiers killed, up from around 600 in the spring\n(19:05) What 1,000 sappers can and can't do": {
			{Killed, nk, 2000, 0, About, "spy agency", false},
			{Killed, nk, 600, 0, About, "spy agency", false}},
		// a gap between two counts is no count; a plan to place men is a
		// plan; a quoted figure counts what follows its quotation mark
		"Blinken said about 8,000 North Korean troops are in Kursk. The gap between the two Kursk estimates is about 3,000 soldiers, and no government has explained it.": {
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		"North Korean troops fight in Kursk. The two counts for Kursk cannot both be right: Kyiv's is higher by roughly 3,000 soldiers.": {},
		"Ukraine's military intelligence says Moscow is preparing to put about 2,600 North Korean soldiers into the Kursk sector first.": {},
		`Blinken said that "about 10,000" North Korean soldiers were in Russia and that "some 8,000" of them had been moved into the Kursk region.`: {
			{Troops, nk, 10000, 0, About, "Blinken", false},
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		// the ground "it lost" is no loss of men; an offensive
		// "expected" is not the troops massed for it
		"American officials said Russia has massed about 50,000 of its own troops to retake the ground it lost in Kursk.": {
			{Troops, ru, 50000, 0, About, "American officials", false}},
		"US officials said Russia has massed about 50,000 troops, North Koreans among them, for a counter-offensive expected in the coming weeks.": {
			{Troops, ru, 50000, 0, About, "US officials", false}},
		"North Korea is expected to send about 3,000 more troops, the NIS said.": {},
		// the ships that carried them are not whose the men are
		"North Korea has begun sending troops to Russia. A first group of about 1,500 special operations soldiers was ferried to Vladivostok aboard four Russian navy landing ships, the NIS said.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
		// who gave the figure, in the sentence after: "The estimate came
		// from X", "X … gave that estimate"; behind a dateline too
		`Kyiv (AFP) – "By our count, the number of North Korean soldiers killed and wounded in Kursk has already passed 4,000." The estimate came from Ukrainian President Volodymyr Zelensky, who posted it on Monday.`: {
			{Casualties, nk, 4000, 0, MoreThan, "Volodymyr Zelensky", false}},
		"What does Ukraine say?\nMore than 1,200 North Korean soldiers have been killed in Kursk since December. Andrii Yusov, a spokesperson for Ukraine's military intelligence, gave that estimate on television on Friday.": {
			{Killed, nk, 1200, 0, MoreThan, "Andrii Yusov", false}},
		// a quotation of two sentences, owned by "X gave that assessment";
		// a numbers box's line with a dash; who fired is not whose the
		// men are
		`"Of the roughly 12,000 soldiers Pyongyang has sent to Russia, about 9,000 are now in Kursk. We expect them in combat soon." Secretary of State Antony Blinken gave that assessment after talks in Washington.`: {
			{Troops, nk, 12000, 0, About, "Antony Blinken", false},
			{Troops, nk, 9000, 0, About, "Antony Blinken", false}},
		"By the numbers\n11,000 — North Korean troops in the Kursk region, by Kyiv's count last month\n1,450 — won to the dollar at Thursday's close": {
			{Troops, nk, 11000, 0, Exact, "Kyiv", false}},
		"The first North Korean units had come under fire from Ukrainian forces in the Kursk region. The contingent included some 500 officers, among them generals.": {
			{Troops, nk, 500, 0, About, "", true}},
		// "the number of North Koreans killed" names whom; a ratio; the
		// enemy's losses behind a date; a road toll in a break's teaser
		`"The number of North Koreans killed has already exceeded a thousand." That was Andrii Yusov, spokesman for Ukraine's Defence Intelligence (HUR), speaking on Wednesday.`: {
			{Killed, nk, 1000, 0, MoreThan, "Andrii Yusov", false}},
		"North Korean troops fight in Kursk. In most modern wars the wounded outnumber the dead by three or four to one, the researcher said.": {},
		"Russia's top general Valery Gerasimov said the region had been retaken. According to Gerasimov, the enemy's losses in the Kursk direction since August 6, 2024 amounted to over 76,000 servicemen.": {
			{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
		"North Korean troops fight in Kursk. Coming up after the break: Seoul's first heavy snow of the season leaves 3 dead in road accidents.": {},
		"Seoul's spy agency told lawmakers that around 100 North Korean soldiers had died, including in training accidents.": {
			{Killed, nk, 100, 0, About, "spy agency", false}},
		// land "that Ukraine captured" is no count of prisoners; "at
		// Russia's disposal" is who gets the men; "were in the Kursk region"
		// places a bare count
		"Russia has assembled about 50,000 of its own soldiers to retake the part of Kursk that Ukraine captured in August, according to U.S. officials.": {
			{Troops, ru, 50000, 0, About, "U.S. officials", false}},
		"Ukraine, which says it still holds positions in the area, insists that it captured hundreds of Russian soldiers during the operation.": {
			{Captured, ru, 200, 999, Vague, "Ukraine", false}},
		"And this comes as the DPRK has put its own soldiers at Russia's disposal for the war against Ukraine. We now assess that about 8,000 of those soldiers are in Russia's Kursk region.": {
			{Troops, nk, 8000, 0, About, "", false}},
		// a broadcast's crawl of other stories
		"North Korean troops fight in Kursk.\n\n[TICKER] KOSPI 2,950.30 +0.8% | KYIV: 28 killed, more than 130 injured in overnight Russian attack | WEATHER: Seoul 29°C": {},
		// the numbers of a list's items
		"North Korean troops fight in Kursk. In this issue: 1. The new count 2. The two prisoners 3. Who said what":                                 {},
		"North Korean troops fight in Kursk. Seoul should (1) watch the railways, (2) plan for veterans' return and (3) ask for the two prisoners.": {},
	})
}

// TestArticleOwnRivalsRoundNinetyNine: an article that sets two sources'
// counts of one place against each other, dating the older one after the
// figure ("that Blinken gave on Oct. 31", "cited last Thursday") or placing
// it by "the region" or by the question it answers, compares them.
func TestArticleOwnRivalsRoundNinetyNine(t *testing.T) {
	nov5, nov12 := time.Date(2024, 11, 5, 12, 0, 0, 0, time.UTC), time.Date(2024, 11, 12, 12, 0, 0, 0, time.UTC) // Tuesdays
	checkOwnRivals(t, []ownRivals{
		{nov5, `"There are eleven thousand North Korean soldiers in the Kursk region today." Volodymyr Zelensky gave the figure in his nightly address. The number is well above the roughly 8,000 North Korean troops that Secretary of State Antony Blinken said had been moved into the region as of Oct. 31.`,
			[]string{"", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
		{nov5, "Zelensky said 11,000 North Korean soldiers were already in the Kursk region. That is well above the estimate of about 8,000 North Korean troops in Kursk that Antony Blinken cited last Thursday.",
			[]string{"", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
		// dated before it, and too old to set against Nov. 12's reports
		{nov12, "How many North Korean soldiers are in Russia's Kursk region? It depends on whom you ask. On October 31, Secretary of State Antony Blinken put the figure at about 8,000. Four days later, President Volodymyr Zelensky said 11,000 were there.",
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		// the second count placed where the first was: "were there", "for
		// the same region", "put the number at", "well above the …"
		{nov12, "On Oct. 31, Blinken said about 8,000 North Korean troops had been moved to Kursk. Five days later, Zelensky said 11,000 North Korean soldiers were there.",
			[]string{"2024-10-31", "2024-11-05"}, []string{"Kursk", "Kursk"}, true},
		{nov12, "On Oct. 31, Blinken said roughly 8,000 North Korean soldiers had reached the Kursk region. Four days later, Zelensky gave a noticeably higher number for the same region: 11,000, according to Ukrainian intelligence.",
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		{nov12, "On Oct. 31, Blinken said around 8,000 North Korean soldiers were in Kursk. Five days later, Zelensky put the number at 11,000.",
			[]string{"2024-10-31", "2024-11-05"}, []string{"Kursk", "Kursk"}, true},
		{nov5, `"Eleven thousand North Korean soldiers are already in the Kursk region." President Volodymyr Zelensky said so in his nightly address. The figure is well above the roughly 8,000 that Antony Blinken cited in Washington on Oct. 31.`,
			[]string{"", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
		// a guard: "put it at" counts what the sentence before names, the
		// force in Russia
		{nov5, "About 8,000 North Korean soldiers have moved into Russia's Kursk region, Blinken said. The Pentagon's count of North Korean troops in Russia has risen fast. On Monday, Pentagon spokeswoman Sabrina Singh put it at about 10,000.",
			[]string{"", ""}, []string{"Kursk", ""}, false},
	})
}

// ownRivals is an article that sets two counts against each other: the
// day and place each is given ("" when none) and whether the second
// conflicts with the first.
type ownRivals struct {
	published time.Time
	text      string
	said      []string // per claim, "" when not dated
	where     []string
	rivals    bool
}

func checkOwnRivals(t *testing.T, tests []ownRivals) {
	t.Helper()
	x := NewExtractor(Lexicon{})
	for _, tt := range tests {
		got := x.Extract(Document{URL: "https://example.test/a", Published: tt.published, Text: tt.text})
		if len(got) != len(tt.said) {
			t.Errorf("%q: got %s, want %d claims", tt.text, describe(got), len(tt.said))
			continue
		}
		for i, c := range got {
			said := ""
			if !c.Said.IsZero() {
				said = c.Said.Format(time.DateOnly)
			}
			if said != tt.said[i] || c.Location != tt.where[i] {
				t.Errorf("%q: claim %d (%v) said %q in %q, want %q in %q", tt.text, i, c.Value, said, c.Location, tt.said[i], tt.where[i])
			}
		}
		if alerts := DefaultRules().Compare(got[1], got[:1]); tt.rivals != (len(alerts) == 1 && alerts[0].Kind == Conflict) {
			t.Errorf("%q: alerts %v, want the two counts in conflict: %v", tt.text, alerts, tt.rivals)
		}
	}
}
