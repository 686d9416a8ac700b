package claims

import "testing"

// The eighty-fourth round (blind595-602): a sum in trillions of won, a
// region's far east as a place, a capital among those who agree, a live
// blog's byline, and a speaker named by "This was stated by".
func TestExtractRoundEightyFour(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The statement did not say how many soldiers died.\n\nA report put the North's earnings from the partnership at about 28 trillion won.": nil,
		"North Korea shipped 1,500 special forces to Russian Far East, the spy agency said.": {
			{Troops, nk, 1500, 0, Exact, "spy agency", true}},
		"North Korean troops are in Kursk. Intelligence services in Seoul, Kyiv and Washington broadly agree that the first wave numbered some 11,000 men.": {
			{Troops, nk, 11000, 0, About, "Kyiv and Washington", false}},
		"Dan Sabbagh (now) and Tom Ambrose (earlier)\n\nUkraine's president says North Korea's losses have passed the 3,000 mark.": {
			{Casualties, nk, 3000, 0, MoreThan, "Ukraine's president", false}},
		"Around twelve thousand North Korean servicemen are already on Russian territory.\n\nThis was stated by the chief of Ukraine's military intelligence, Kyrylo Budanov, Ukrinform reports.": {
			{Troops, nk, 12000, 0, About, "Kyrylo Budanov", false}},
	})
}
