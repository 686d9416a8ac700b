package claims

import "testing"

// Rules found by scoring testdata/blind334 to blind345. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWholesAndTotals: the whole a loss is "out of" is the force,
// not more of the loss; "that brought the total to" grows the count
// before it; a clause "where roads were destroyed" befalls no one.
func TestExtractWholesAndTotals(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's spy agency estimated that around 2,000 North Koreans had been killed, out of a force that Seoul and Kyiv have put at between 11,000 and 15,000.": {
			{Killed, nk, 2000, 0, About, "spy agency", false},
			{Troops, nk, 11000, 15000, Range, "Seoul and Kyiv", false}},
		"Some three thousand more North Korean soldiers were sent in January. South Korean intelligence says that brought the total to between 14,000 and 15,000.": {
			{Troops, nk, 3000, 0, About, "", true},
			{Troops, nk, 14000, 15000, Range, "South Korean intelligence", false}},
		"About 300 North Korean soldiers have been killed and 2,700 wounded, the NIS said.\n\nThat brings the total to some 3,000, according to lawmakers.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
		"North Korea has sent 5,000 soldiers to Kursk, where roads were destroyed.": {
			{Troops, nk, 5000, 0, Exact, "", false}},
		"North Korea has buried 101 fallen soldiers.": {
			{Killed, nk, 101, 0, Exact, "", false}},
		"About 1,000 North Korean soldiers have been killed, out of the roughly 15,000 Pyongyang is believed to have sent.": {
			{Killed, nk, 1000, 0, About, "", false},
			{Troops, nk, 15000, 0, About, "", false}},
		"North Korean troops are fighting in Kursk. The NIS has previously put the size of the deployment at about 11,000.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
		"North Korean troops are fighting in Kursk. Their losses since the deployment were put at about 3,000.": {
			{Casualties, nk, 3000, 0, About, "", false}},
		"Around 14,000 North Korean troops are likely to have been committed to the war since the autumn, the MoD said.": {
			{Troops, nk, 14000, 0, About, "MoD", false}},
	})
}

// TestExtractPlansCarriedOver: "will send 1,000 sappers …, and another
// 5,000 military builders" plans both; "is sending" builders or more men
// keeps a pledge, where "is sending about 12,000 troops" reports them.
func TestExtractPlansCarriedOver(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea will send 1,000 sappers to clear mines, and another 5,000 military builders to restore roads, Shoigu said.":   nil,
		"North Korea will send 1,000 sappers to clear mines, and a further 5,000 military builders to restore roads, Shoigu said.": nil,
		"Why North Korea is sending 6,000 deminers and builders to Kursk":                                                          nil,
		"North Korea is now sending 7,000 more soldiers to Kursk, a viral post says.":                                              nil,
		"North Korea is sending about 12,000 troops to Russia, the NIS said.": {
			{Troops, nk, 12000, 0, About, "NIS", false}},
	})
}

// TestExtractCaptorsAndSpeakers: prisoners whose only cue is the captor in
// the speaker's name are the article's; the captor's own count wins over a
// third party's; a sentence that acknowledges something of its own does
// not vouch for the figure before it; "have each estimated", "at the
// time", "the official added".
func TestExtractCaptorsAndSpeakers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent 11,000 troops to Russia.\n\nUkraine's SBU security service said the two captured men had been treated for their wounds.": {
			{Troops, nk, 11000, 0, Exact, "", false},
			{Captured, nk, 2, 0, Exact, "SBU", false}},
		"North Korea is believed to have sent around 14,000 soldiers to fight for Russia. Pyongyang acknowledged the deployment for the first time on Monday.": {
			{Troops, nk, 14000, 0, About, "", false}},
		"More than 3,000 North Korean soldiers were killed or wounded. That is the tally so far, Zelensky said.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"Kyiv, Washington and Seoul have each estimated that between 10,000 and 12,000 North Korean troops have been sent to Russia.": {
			{Troops, nk, 10000, 12000, Range, "Seoul", false}},
		"Ukrainian officials at the time gave a range of between 10,000 and 12,000 North Korean troops.": {
			{Troops, nk, 10000, 12000, Range, "Ukrainian officials", false}},
		"A senior Western official said about 1,000 North Korean soldiers had been killed.\n\nThousands more have been wounded, the official added.": {
			{Killed, nk, 1000, 0, About, "Western official", false},
			{Wounded, nk, 2000, 9999, Vague, "Western official", true}},
	})
}

// TestDedupeKeepsTheCaptorsCount: one article gives the same two prisoners
// from Seoul's spy agency and then from the president whose forces took
// them; the captor's count is the one kept, whichever came first.
func TestDedupeKeepsTheCaptorsCount(t *testing.T) {
	spy := Claim{Metric: Captured, Subject: nk, Value: 2, Qualifier: Exact, Attribution: "National Intelligence Service"}
	captor := Claim{Metric: Captured, Subject: nk, Value: 2, Qualifier: Exact, Attribution: "President Volodymyr Zelensky"}
	for _, order := range [][]Claim{{spy, captor}, {captor, spy}} {
		got := dedupe(order)
		if len(got) != 1 || got[0].Attribution != captor.Attribution {
			t.Errorf("dedupe(%s) = %s, want the captor's alone", describe(order), describe(got))
		}
	}
	// Another metric is no prisoner count: the first source stays.
	killedBySpy, killedByKyiv := spy, captor
	killedBySpy.Metric, killedByKyiv.Metric = Killed, Killed
	if got := dedupe([]Claim{killedBySpy, killedByKyiv}); len(got) != 1 || got[0].Attribution != spy.Attribution {
		t.Errorf("dedupe of the dead = %s, want the first source's", describe(got))
	}
}

// TestExtractTheirPeopleAndOthers (from blind340 to blind345): a
// nationality that names a language ("its Ukrainian initials") or a side
// that acts on "them" is not whose people are counted; "his agency" is the
// agency of the man just named; whoever releases a video of prisoners
// holds them; customers, pictured wounded men and comrades.
func TestExtractTheirPeopleAndOthers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Budanov said some eleven thousand North Korean infantrymen were being trained in Russia's far east.\n\nHis agency, known by its Ukrainian initials HUR, said the contingent included about 500 officers.": {
			{Troops, nk, 11000, 0, About, "Budanov", false},
			{Troops, nk, 500, 0, About, "Budanov's agency", true}},
		"North Korean troops fight in Kursk.\n\nRussia throws them into assaults as if they were nothing. By our estimate, they have already lost about 3,800 men killed and wounded.": {
			{Casualties, nk, 3800, 0, About, "", false}},
		"Russian missiles struck energy infrastructure in Kharkiv, the governor said. Power was cut to about 60,000 customers and repair crews were working to restore it.": nil,
		"Ukraine has captured two North Korean soldiers, President Volodymyr Zelensky said on Saturday.\n\nThe soldiers, both wounded, had been taken to Kyiv, Zelensky wrote, posting images of two men with bandages on their hands and faces.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"North Korea sent troops to Kursk.\n\nUkraine, meanwhile, released video of two North Korean prisoners this week.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korea sent troops to Kursk.\n\nZelensky also released a video of two North Korean soldiers captured last week.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"North Korean engineers returned home on Friday. Nine of their comrades were killed clearing mines in Russia's Kursk region.": {
			{Killed, nk, 9, 0, Exact, "", false}},
		"Nine North Korean sappers were killed clearing mines, KCNA said. \"The pain of losing nine comrades cannot be healed,\" Kim said.": {
			{Killed, nk, 9, 0, Exact, "KCNA", false}},
	})
}
