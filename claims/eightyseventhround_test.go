package claims

import "testing"

// The eighty-seventh round (blind619-626): a part of the things an opening
// names, "it believes" after an agency the sentence before opened with,
// soldiers sent "to join" another side's forces, a time after the figure,
// a question left open, and "the border region" as the article's region.
func TestExtractRoundEightySeven(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fought in Kursk. Russia launched 60 drones overnight. Of the drones, 41 were shot down and 19 were lost to jamming, the air force said.": nil,
		"Lawmakers were briefed by the NIS on Thursday. The agency blamed open terrain for the losses. The spy agency has not changed its overall assessment. Some 11,000 North Korean soldiers are in Russia, it believes.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
		"Kyiv says North Korea was sending 10,000 soldiers to join Russia's forces.": {
			{Troops, nk, 10000, 0, Exact, "Kyiv", false}},
		"Around 2,000 North Korean soldiers have been killed, according to the NIS. In April the agency had put the number of dead at about 600, before the last Ukrainian units were pushed out of the Kursk region.": {
			{Killed, nk, 2000, 0, About, "NIS", false},
			{Killed, nk, 600, 0, About, "NIS", false}},
		"About 3,000 North Korean soldiers are in Kursk, Yusov said, without saying whether any had been killed.": {
			{Troops, nk, 3000, 0, About, "Yusov", false}},
	})
}
