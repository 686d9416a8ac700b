package claims

import "testing"

// The eighty-third round (blind587-594): a list of estimators before "all
// put", men taken with no captor named, a share of a whole, a deal both
// sides made, "put" for placing men, one of two men, men "of them" in
// brigades, and a total or a figure that grew.
func TestExtractRoundEightyThree(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops are in Kursk. Ukraine, South Korea and the US all put the number of soldiers sent at between 10,000 and 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Ukraine, South Korea and the US", false}},
		"North Korean troops are in Kursk. Two were captured alive in January.": {
			{Captured, nk, 2, 0, Exact, "", false}},
		kurskLede + "Roughly one in seven of the 14,000 North Korean troops sent to Russia has been killed.": {
			{Troops, nk, 14000, 0, Exact, "", false}},
		"North Korean troops are in Kursk. According to the NIS, roughly 1,000 military engineers sent under the deal Moscow and Pyongyang signed in June are now clearing mines.": {
			{Troops, nk, 1000, 0, About, "NIS", true}},
		"Pyongyang has put roughly 12,000 soldiers in Russia, Ukraine's military intelligence chief Kyrylo Budanov said.": {
			{Troops, nk, 12000, 0, About, "Kyrylo Budanov", false}},
		"Two North Korean soldiers were captured. Both were wounded, and one suffered injuries to his legs.": {
			{Captured, nk, 2, 0, Exact, "", false}},
		"North Korea is sending a total of around 12,000 soldiers in four brigades, the spy agency said, adding that about 1,500 of them have already reached Vladivostok.": {
			{Troops, nk, 12000, 0, About, "spy agency", false},
			{Troops, nk, 1500, 0, About, "spy agency", true}},
		"In April the NIS estimated that around 600 North Korean soldiers had been killed. By September, the agency told lawmakers, the figure had risen to about 2,000.": {
			{Killed, nk, 600, 0, About, "NIS", false},
			{Killed, nk, 2000, 0, About, "NIS", false}},
		"Officials put the first contingent at up to 12,000 North Korean soldiers. Reinforcements followed in early 2025, and the spy agency later said the total had reached about 15,000.": {
			{Troops, nk, 12000, 0, UpTo, "Officials", false},
			{Troops, nk, 15000, 0, About, "spy agency", false}},
	})
}
