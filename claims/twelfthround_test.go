package claims

import "testing"

// Rules found by scoring testdata/blind63 to blind69 and the errors the
// eleventh round left. Each case is a sentence of our own in the shape news
// prose takes, not one from a set; the lede names whose soldiers the story
// counts, as an article's first sentence does.

const kurskLede = "North Korean soldiers are fighting for Russia in Kursk, where Pyongyang has sent its best units.\n\n"

// TestExtractTheTwoCaptured: "the two" usually points back at men already
// counted ("the two men were wounded"), but the two taken prisoner are the
// count every later report repeats, and their captor is its source.
func TestExtractTheTwoCaptured(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Kyiv wants to swap the two soldiers it captured for Ukrainians held in Russia.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		kurskLede + "The two captured men remain in Ukrainian custody.": {
			{Captured, nk, 2, 0, Exact, "Ukrainian", false}},
		kurskLede + "The two men held by Ukraine since January spoke to reporters.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		kurskLede + "The two men were taken to hospital.":       nil,
		kurskLede + "The two soldiers were wounded by a drone.": nil,
	})
}

// TestExtractACaptorOfOtherMen: a sentence that names a captor of other
// men ("Ukrainians held by Russia") does not make it the source of the
// count; "captured last week" after the men names no captor at all.
func TestExtractACaptorOfOtherMen(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Zelensky's office offered the two North Koreans captured last week in exchange for Ukrainians held by Russia.": {
			{Captured, nk, 2, 0, Exact, "", false}},
		kurskLede + "Ukrainian forces captured two North Korean soldiers, the first taken alive.": {
			{Captured, nk, 2, 0, Exact, "Ukrainian forces", false}},
	})
}

// TestExtractWhichCommentsOnTheFigure: a ", which" clause after a figure
// says something about it; its nouns do not say what the figure counts.
func TestExtractWhichCommentsOnTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said North Korean troops killed or wounded now number more than 3,000, which makes two prisoners a small sample.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false},
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractLossesOfANationality: "North Korean losses near 4,000 as Kyiv
// offers a swap" counts the losses the nationality names, whatever side
// the next clause brings in.
func TestExtractLossesOfANationality(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean losses near 4,000 as Kyiv offers prisoner swap, Zelensky says.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}
