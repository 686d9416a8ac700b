package claims

import "testing"

// The ninety-seventh round (blind698-705): a rate ("a thousand casualties a
// day"); a casualty count and two governments are no people; the gap after
// a colon; a purpose between soldiers and a foreign place; ", North Koreans
// included" names a part; "the whole of Russia" is a place; a motorway
// pile-up's dead are not the war's.
func TestExtractRoundNinetySeven(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent troops to Russia, Kyiv says. They're taking, you know, more than a thousand casualties a day on some days.": nil,
		"North Korea has sent troops to Russia, Kyiv says. The two prisoners captured a week ago are talking, Zelensky said.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"North Korea has sent troops to Russia, Kyiv says. Posts claim that one of two casualty counts for North Korean troops in Russia must be fake.":                            nil,
		"North Korea has sent troops to Russia, Kyiv says. Our top story: two governments watching North Korea's soldiers in Russia have given different tallies of their losses.": nil,
		"North Korea has sent troops to Russia, Kyiv says. The gap is not small: three thousand men is roughly a full brigade more.":                                               nil,
		"North Korea has sent troops to Russia, Kyiv says. SINGH: The secretary has ordered a THAAD battery and about 100 soldiers to operate it to Israel.":                       nil,
		"Russia gathers a 50,000-strong force for Kursk, North Koreans included, U.S. officials say.": {
			{Troops, ru, 50000, 0, Exact, "U.S. officials", false}},
		"Blinken said about 8,000 North Korean soldiers were in Kursk, while the Pentagon had put the number in the whole of Russia at roughly 10,000.": {
			{Troops, nk, 8000, 0, About, "Blinken", false},
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
	})
	tickers := "North Korean troops are fighting in Kursk, Kyiv says.\n\n12:30 GYEONGBU EXPRESSWAY PILE-UP NEAR CHEONAN: 2 DEAD, 9 HURT\n\n18:10 POLICE: 3 INJURED IN 11-CAR PILEUP ON ICY GYEONGBU EXPRESSWAY"
	if got := NewExtractor(Lexicon{}).Extract(Document{Text: tickers}); len(got) != 0 {
		t.Errorf("a ticker's pile-ups: got %s, want none", describe(got))
	}
}
