package claims

import "testing"

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
