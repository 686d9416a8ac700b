package claims

import "testing"

// Rules found by scoring testdata/blind100 to blind105 and the errors the
// twelfth round left. Each case is a sentence of our own in the shape news
// prose takes, not one from a set.

// TestExtractBoxSourcedBelow: a fact box names its source under its
// figures; the lines above that line are the source's, up to the box's
// title and no further.
func TestExtractBoxSourcedBelow(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops have fought in Kursk since the autumn.\n\nNorth Korean losses, January estimate\n\nKilled: about 300\n\nTotal casualties: about 3,000\n\nSource: South Korea's intelligence service, via lawmakers": {
			{Killed, nk, 300, 0, About, "intelligence service", false},
			{Casualties, nk, 3000, 0, About, "intelligence service", false}},
		"North Korean troops have fought in Kursk since the autumn.\n\nKilled: about 300\n\nThe war has drawn in troops from far away.\n\nSource: the NIS": {
			{Killed, nk, 300, 0, About, "", false}},
	})
}
