package claims

import (
	"testing"
	"time"
)

// The hundredth round (blind736-743): an article that sets two dated
// statements against each other, when the second count's place is "there"
// past an adverb, its day is in the sentence that names the quotation's
// speaker, or in a later sentence that restates it, and when its anaphor
// is placed "in the same region".
func TestArticleOwnRivalsRoundHundred(t *testing.T) {
	nov12 := time.Date(2024, 11, 12, 16, 0, 0, 0, time.UTC)
	checkOwnRivals(t, []ownRivals{
		{nov12, "How many North Korean soldiers are in Russia? The estimates differ. On October 31, US Secretary of State Antony Blinken said about 8,000 North Korean soldiers had reached the Kursk region. Four days later, Ukrainian President Volodymyr Zelensky gave a higher count: according to him, 11,000 were already there.",
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		{nov12, `On October 31, Antony Blinken said roughly 8,000 North Korean soldiers were in the Kursk region. "There are already 11,000 North Korean soldiers in the Kursk region." That was Volodymyr Zelensky, in his evening address on November 4, four days after Blinken spoke.`,
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		{nov12, "The claim: \"Eleven thousand North Korean soldiers are already in the Kursk region.\" (Volodymyr Zelensky, video address)\n" + `On October 31, Antony Blinken said about 8,000 North Korean troops had reached the Kursk region. On November 4, Zelensky gave the figure of 11,000 North Korean soldiers in the Kursk region.`,
			[]string{"2024-11-04", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
		{nov12, "On October 31, Antony Blinken said about 8,000 North Korean troops had reached the Kursk region. On November 4, President Volodymyr Zelensky put the number in the same region at 11,000.",
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		// a guard: a quotation whose speaker is named after it on the
		// article's own day is today's, too far from Oct. 31's
		{nov12, `On October 31, Antony Blinken said about 8,000 North Korean soldiers were in the Kursk region. "There are already 11,000 North Korean soldiers in the Kursk region." That was Volodymyr Zelensky, speaking on November 12.`,
			[]string{"2024-10-31", ""}, []string{"Kursk", "Kursk"}, false},
		// the day in the reporting clause after the figure; a quotation
		// whose speaker line names no one but gives the day
		{nov12, "On November 4, Volodymyr Zelensky said that 11,000 North Korean soldiers were now in the Kursk region. Four days earlier, Washington had given a lower count. About 8,000 North Korean soldiers were in Kursk, US Secretary of State Antony Blinken told reporters on October 31, alongside South Korea's ministers.",
			[]string{"2024-11-04", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
		{nov12, `On October 31, Antony Blinken said about 8,000 North Korean soldiers were in the Kursk region. Four days later came a far higher count from Kyiv. "We estimate around 11,000 North Korean soldiers in the Kursk region." That was the spokesman for the HUR, Ukraine's military intelligence agency, speaking on national television on November 4.`,
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		{nov12, "On October 31, Antony Blinken said about 8,000 North Korean soldiers were in Russia's Kursk region. On November 4, Volodymyr Zelensky put the same count at 11,000.",
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		{nov12, `On October 31, Antony Blinken said about 8,000 North Korean soldiers were in the Kursk region. "There are now eleven thousand soldiers from North Korea in the Kursk region." The words are Ukrainian President Volodymyr Zelensky's, from his evening address on 4 November.`,
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		// "These are the words of …" names the quotation's speaker
		{nov12, `On October 31, Antony Blinken said about 8,000 North Korean troops had reached the Kursk region. "We now count eleven thousand North Korean soldiers in the Kursk region." These are the words of President Volodymyr Zelensky, from his evening video address on November 4.`,
			[]string{"2024-10-31", "2024-11-04"}, []string{"Kursk", "Kursk"}, true},
		// "said a week ago"
		{nov12, "On October 31, Antony Blinken said about 8,000 North Korean troops had reached the Kursk region. President Volodymyr Zelensky said a week ago that 11,000 North Korean soldiers were in the Kursk region.",
			[]string{"2024-10-31", "2024-11-05"}, []string{"Kursk", "Kursk"}, true},
		// whose the figure a comparison restates is, past what it counts
		{nov12, `"There are already 11,000 North Korean soldiers in the Kursk region." That was President Volodymyr Zelensky in his evening address on November 4. Zelensky's figure is well above the estimate of about 8,000 North Korean troops in Kursk that Secretary of State Antony Blinken gave on Oct. 31.`,
			[]string{"2024-11-04", "2024-10-31"}, []string{"Kursk", "Kursk"}, true},
	})
}

// The hundredth round's figures: an explainer's bare question answered
// two sentences on; the count of those "who had reached Kursk".
func TestExtractRoundHundred(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Three weeks after Seoul first raised the alarm, the presence of North Korean troops on Russian soil is no longer in doubt.\n\nHow many are there?\nThe figures vary with the source, and sometimes with the week. On October 31, US Secretary of State Antony Blinken put the number in the Kursk region at about 8,000.": {
			{Troops, nk, 8000, 0, About, "US Secretary of State Antony Blinken", false}},
		"Zelensky said 11,000 North Korean soldiers were in Kursk. Kyiv's count is well above Washington's. Last Thursday, US Secretary of State Antony Blinken put the number who had reached Kursk at about 8,000.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false},
			{Troops, nk, 8000, 0, About, "US Secretary of State Antony Blinken", false}},
		// a fact box's row of those sent to Russia, under a count of
		// Russia's own troops; other episodes, listed
		"North Korean soldiers are in Kursk, officials say. US officials said Russia had gathered some 50,000 of its own soldiers.\n\nKEY FIGURES\n10,000: sent to Russia in total (United States, October 28-31)": {
			{Troops, Russia, 50000, 0, About, "US officials", false},
			{Troops, nk, 10000, 0, Exact, "United States", false}},
		"North Korean troops fight in Kursk.\n\nPreviously on Korea Dispatch: Ep. 211, \"The year in 12 charts\"; Ep. 210, \"Six hours that shook Seoul\"": {},
		// the gap between two counts, set off by dashes
		"Blinken said 8,000 North Korean troops were in Kursk. The difference – some 3,000 men – is too large to be explained by a few days of troop trains, say Western diplomats.": {
			{Troops, nk, 8000, 0, Exact, "Blinken", false}},
		// a force "something like" so strong, which the North Koreans are
		// part of: Russia's
		"GEN. RYDER: Russia has gathered something like 50,000 troops to retake that territory, and the North Koreans are part of that force.": {
			{Troops, Russia, 50000, 0, About, "GEN. RYDER", false}},
		// "expected" of the operation the force is massed for, in a
		// clause of its own
		"In November, US officials also said Russia had massed some 50,000 soldiers in Kursk for a counteroffensive that North Korean units were expected to join.": {
			{Troops, Russia, 50000, 0, About, "US officials", false}},
		// a package announced, listed after a colon: a pledge; but what
		// the agency said after the colon is a count
		"North Korean engineers returned. The regiment was the first part of a package Russian Security Council Secretary Sergei Shoigu announced in Pyongyang in June: 1,000 sappers for demining and 5,000 military builders to restore destroyed infrastructure.": {},
		"Shoigu said North Korea would send 1,000 deminers and 5,000 military builders to Kursk. Those are pledges, not deployments: the NIS said Thursday that about 1,000 of the engineers had arrived so far.": {
			{Troops, nk, 1000, 0, About, "NIS", true}},
		// a ticker's line in capitals whose speaker is named before a colon,
		// past the ticker's own labels; a place before a colon is no one
		"NEWS TICKER | Kyiv time\n20:02 BREAKING · ZELENSKY: MORE THAN 3,000 NORTH KOREAN SOLDIERS KILLED OR WOUNDED IN KURSK REGION\n19:40 Two injured in Kharkiv": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"TICKER\n19:05 URGENT | BUDANOV: MORE THAN 4,000 NORTH KOREAN SOLDIERS KILLED AND WOUNDED IN KURSK\n19:00 KURSK: 3,000 NORTH KOREAN SOLDIERS KILLED, OFFICIALS SAY": {
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false},
			{Killed, nk, 3000, 0, Exact, "OFFICIALS", false}},
		// a force named anew after a count of another side's losses
		"North Korean units fought in Kursk, where Pyongyang's soldiers drove out the enemy.\n\nGerasimov also put Ukraine's losses in Kursk at more than 76,000 troops, a figure Kyiv rejects.\n\nSouth Korean and Western intelligence estimates put the initial force sent last autumn at between 11,000 and 12,000 troops.": {
			{Casualties, Ukraine, 76000, 0, MoreThan, "Gerasimov", false},
			{Troops, nk, 11000, 12000, Range, "South Korean and Western intelligence estimates", false}},
		// the force a country has assembled is its own, whatever land the
		// sentence names after it
		"Russia has assembled a force of about 50,000 troops to try to retake the land Ukraine captured in the Kursk region, and North Korean soldiers are expected to fight alongside them, according to American officials.": {
			{Troops, Russia, 50000, 0, About, "American officials", false}},
		// "This was stated by …" names the speaker of a quotation of two
		// sentences
		"\"Eleven thousand North Korean soldiers are already in the Kursk region. We see their number growing.\"\nThis was stated by President of Ukraine Volodymyr Zelensky in his evening video address on Monday.": {
			{Troops, nk, 11000, 0, Exact, "President of Ukraine Volodymyr Zelensky", false}},
		// "one aged 20 and one 26": the second man's age
		"Then: the two North Korean soldiers captured by Ukrainian special forces on Jan. 9, one aged 20 and one 26, and what they have told interrogators.": {
			{Captured, nk, 2, 0, Exact, "unattributed", false}},
		// whose soldiers those a country still keeps somewhere are
		"South Korea's spy agency said that North Korea still keeps about 10,000 soldiers along Russia's side of the border.": {
			{Troops, nk, 10000, 0, About, "South Korea's spy agency", false}},
	})
}

// "Put the number there" places the count where the sentence before the
// last did, when the one between names no place: and the day right after
// the figure dates it for the article's own rivals.
func TestCountPlacedThereRoundHundred(t *testing.T) {
	text := "Pyongyang has sent between 10,000 and 12,000 soldiers in all, South Korean officials estimate.\n\nWhere are they now?\n\n" +
		"Mostly in Kursk, the Russian border region where Ukraine has held ground since August. But the counts differ. " +
		"U.S. Secretary of State Antony Blinken put the number there at about 8,000 on Oct. 31. " +
		"Five days later, Ukrainian President Volodymyr Zelenskyy said there were 11,000 North Koreans in Kursk."
	got := NewExtractor(Lexicon{}).Extract(Document{URL: "https://example.test/a", Published: time.Date(2024, 11, 12, 16, 0, 0, 0, time.UTC), Text: text})
	if len(got) != 3 || got[1].Value != 8000 || got[1].Location != "Kursk" || got[1].Said.Format(time.DateOnly) != "2024-10-31" || got[2].Said.Format(time.DateOnly) != "2024-11-05" {
		t.Fatalf("got %s", describe(got))
	}
	if alerts := DefaultRules().Compare(got[2], got[:2]); len(alerts) != 1 || alerts[0].Kind != Conflict || alerts[0].Against[0].Value != 8000 {
		t.Errorf("alerts %v, want 11,000 against 8,000", alerts)
	}
}
