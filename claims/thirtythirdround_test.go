package claims

import "testing"

// Rules found by scoring testdata/blind274 to blind279. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhoseEstimateAndWhichDay: "much higher Ukrainian assessments"
// names whose estimate, not whose dead; "from December 20 to 22" is two
// days, not a count.
func TestExtractWhoseEstimateAndWhichDay(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops have suffered heavy losses in Kursk. The figure falls between that of the NIS, which said around 200 had died and 2,000 had been wounded, and much higher Ukrainian assessments.": {
			{Killed, nk, 200, 0, About, "NIS", false},
			{Wounded, nk, 2000, 0, About, "NIS", false}},
		"Ukraine's special forces said that in clashes near Plekhovo from March 3 to 5 its operators had killed 31 North Korean soldiers.": {
			{Killed, nk, 31, 0, Exact, "special forces", true}},
		"North Korean troops have been sent to Russia. The Pentagon's estimates moved from around 10,000 in October 2024 to between 11,000 and 12,000 by mid-December.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 11000, 12000, Range, "Pentagon", false}},
	})
}
