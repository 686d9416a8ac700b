package claims

import "testing"

// The eighty-sixth round (blind611-618): a force put at a number of
// "people", a question inside the clause, a time after the figure, the new
// arrivals as a force, bystanders counted once for two verbs, men readied
// for combat, prisoners who remain in a side's custody, a lower-case
// general staff, a force's size asked before an
// estimate, a statement's "that", and an estimate a subject sticks to.
func TestExtractRoundEightySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Western officials had earlier put the North Korean contingent in the region at 11,000-12,000 people.": {
			{Troops, nk, 11000, 12000, Range, "Western officials", false}},
		"The first wave, roughly 11,000 North Korean soldiers, arrived last autumn with little idea of what drones could do.": {
			{Troops, nk, 11000, 0, About, "", true}},
		"About 2,000 North Korean soldiers had been killed, the NIS said. Thousands more have been wounded, according to both Kyiv and Seoul.": {
			{Killed, nk, 2000, 0, About, "NIS", false},
			{Wounded, nk, 2000, 9999, Vague, "Kyiv", true}},
		"The North's losses came to roughly 1,100 less than two weeks after its troops entered combat, the agency said.": {
			{Casualties, nk, 1100, 0, About, "agency", false}},
		"North Korea has sent about 3,000 more troops, the NIS said. Fewer than 1,000 of the new arrivals have reached the front, it added.": {
			{Troops, nk, 3000, 0, About, "NIS", true},
			{Troops, nk, 1000, 0, LessThan, "NIS", false}},
		"Two people were killed and seven injured when a Russian glide bomb hit a factory in Zaporizhzhia, the governor said.": nil,
		"Ukraine's HUR has said up to 12,000 North Korean personnel are in Russia preparing for combat, among them 500 officers.": {
			{Troops, nk, 12000, 0, UpTo, "HUR", false},
			{Troops, nk, 500, 0, Exact, "HUR", true}},
		"In its daily update, the general staff said Russia had lost 1,250 troops over the past day.": {
			{Casualties, ru, 1250, 0, Exact, "general staff", true}},
		"Kyiv says Russia lost 70,000 servicemen in the region. Neither Moscow nor Pyongyang has revealed the size of the North Korean contingent. Western estimates have ranged from 11,000 to 15,000 servicemen.": {
			{Casualties, ru, 70000, 0, Exact, "Kyiv", false},
			{Troops, nk, 11000, 15000, Range, "Western", false}},
		"Officials questioned Zelensky's statement on Monday that North Korean losses had passed 3,000.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"Two North Korean soldiers remain in the custody of Ukraine.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korean troops fought in Kursk. Two soldiers captured in January remain in Ukrainian custody.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"Washington says the war goes on. South Korea's military is sticking to its estimate that about 1,100 North Korean soldiers have been killed or wounded.": {
			{Casualties, nk, 1100, 0, About, "South Korea's military", false}},
	})
}

// A question heading between a figure and a bare one that follows it asks
// about the same people: "about 8,000 had been moved" is the North's, not a
// guess, and so can conflict with another source's count for Kursk.
func TestExtractQuestionBetween(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Text: "Between 10,000 and 12,000 North Korean troops have been sent to Russia, US officials say. They were first taken to the Far East by train.\n\nHow many are near the front?\n\nThe numbers differ here. Antony Blinken said last week that about 8,000 had been moved to Kursk."})
	if len(got) != 2 || got[1].Value != 8000 || got[1].Subject != NorthKorea || got[1].Tentative {
		t.Fatalf("got %s, want the 8,000 as the North's, not guessed", describe(got))
	}
}

// A country that gives the losses its own value in the sentence before
// names who counts, not whose men "thousands more" are.
func TestExtractWhoPutsTheLosses(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "North Korean troops in Russia: what we know",
		Text:  "In September the NIS estimated that about 2,000 North Korean soldiers had been killed. That was three times its April figure.\n\nUkraine, which has not published a figure since, has always put the losses higher. Thousands more have been wounded, according to both Kyiv and Seoul.",
	})
	if len(got) != 2 || got[1].Metric != Wounded || got[1].Subject != NorthKorea {
		t.Fatalf("got %s, want the wounded as the North's", describe(got))
	}
}
