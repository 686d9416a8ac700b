package claims

import "testing"

// Rules found by scoring testdata/blind154 to blind159 and the errors the
// thirteenth round left. Each case is a sentence of our own in the shape
// news prose takes, not one from a set.

// TestExtractTheEnemyOfTheSentencesSubject: a speaker of no known side
// leaves it to the sentence's subject to say whose enemy lost the men.
func TestExtractTheEnemyOfTheSentencesSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russian forces repel four Ukrainian counterattacks in Kursk region, enemy loses up to 210 troops over day, the Defense Ministry said.": {
			{Casualties, ua, 210, 0, UpTo, "Defense Ministry", false}},
		"Ukrainian units held their positions near Pokrovsk, and the enemy lost 400 troops, the General Staff said.": {
			{Casualties, ru, 400, 0, Exact, "General Staff", false}},
	})
}
