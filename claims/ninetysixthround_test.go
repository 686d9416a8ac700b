package claims

import "testing"

// The ninety-sixth round (blind686-693): a quotation owned by "That was
// …" after it; a date before "put the number at" is no figure met before;
// the gap between two counts; a Pentagon briefing's own forces; "killed
// and wounded" before the counted noun; a part named in an aside
// ("North Korean soldiers among them"); a comment after the figure on
// what could come of it.
func TestExtractRoundNinetySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"Our preliminary data show that more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region." That was President Volodymyr Zelensky, writing on X on the evening of Dec. 23.`: {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		"How many North Korean soldiers are in Russia? It depends on who is counting. On October 31, Antony Blinken put the number in the Kursk region, where Ukraine holds territory, at about 8,000.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false}},
		"Zelensky said 11,000 North Korean troops were in Kursk. The gap between the two estimates, roughly 3,000 soldiers, has not been explained.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"Zelensky said 11,000 North Korean troops were in Kursk. The gap, some 3,000 soldiers, is too large to be explained by a few extra trains.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. More than 4,100 National Guard soldiers and airmen remain on duty in North Carolina.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. The carrier strike group departed Norfolk for a scheduled deployment, with roughly 5,000 sailors and Marines aboard its ships.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. SINGH: We're still at about 43,000 service members in the CENTCOM area of responsibility.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"Killed and wounded North Korean troops in Russia's Kursk region already number more than 3,000, according to preliminary data cited by President Volodymyr Zelensky.": {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		"Russia has gathered a force of some 50,000 troops, North Korean soldiers among them, to push Ukraine out of Kursk, U.S. and Ukrainian officials said.": {
			{Troops, ru, 50000, 0, About, "U.S. and Ukrainian officials", false}},
		"Russia has massed about 50,000 soldiers, North Korean troops among them, U.S. officials said Sunday, setting up what could be the first battle in which a third country's soldiers fight.": {
			{Troops, ru, 50000, 0, About, "U.S. officials", false}},
	})
}
