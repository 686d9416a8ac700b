package claims

import "testing"

// The eighty-eighth round (blind627-634): the contingent a country "has
// sent" is its own, the part of a pledge that "have arrived so far", a
// force "opposite" the other side's positions, and another's clause after
// "and".
func TestExtractRoundEightyEight(t *testing.T) {
	checkSentences(t, map[string][]w{
		"He said Ukraine could strike the camps first. According to Ukraine's military intelligence, the contingent that Pyongyang has sent includes about 500 officers.": {
			{Troops, nk, 500, 0, About, "military intelligence", true}},
		"Of the 6,000 builders and deminers Pyongyang promised Moscow, no more than 1,000 have arrived so far, the NIS said.": {
			{Troops, nk, 1000, 0, AtMost, "NIS", false}},
		"Whether all the 6,000 builders and deminers promised in June have arrived is unclear.": nil,
		"Zelensky said the Russian grouping opposite Ukrainian positions in the Kursk direction had grown to about 50,000 troops.": {
			{Troops, ru, 50000, 0, About, "Zelensky", false}},
		"About 8,000 North Korean soldiers are now in the Kursk border region and Washington expects them to join the fighting soon, Blinken said.": {
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		"The regiment was among the 1,000 deminers that Moscow and Pyongyang said in June would be sent to Kursk.": nil,
	})
}

// The eighty-ninth round (blind635-642): a count of soldiers "on the
// peninsula" is the US forces in Korea, not a deployment to Russia.
func TestExtractRoundEightyNine(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent about 10,000 soldiers to train in eastern Russia, the Pentagon says.\n\nQ: Will the department send more systems to South Korea?\n\nMS. SINGH: We remain in close contact with our allies. We have about 28,500 service members on the peninsula and our commitment to the defence of the Republic of Korea is ironclad.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"About 11,000 North Korean soldiers are in Russia, far from the peninsula, the NIS said.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
	})
}
