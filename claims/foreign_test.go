package claims

import "testing"

// Someone else's troops are no figure of this story, however much the
// sentences around them are about North Korea's.
func TestExtractForeignPeopleAreNotClaims(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent some 11,000 soldiers to Kursk, Seoul said. The United States keeps about 28,500 troops in South Korea.": {
			{Troops, nk, 11000, 0, About, "Seoul", false}},
		"Pyongyang's soldiers are fighting in Kursk, Kyiv said. Around 2,000 American soldiers joined the drills near the border.": nil,
		"North Korean units are in Kursk, officials said. Tokyo hosts roughly 54,000 troops in Japan under its alliance.":          nil,
		// a speaker from elsewhere still reports North Korea's losses
		"North Korean troops have suffered heavy losses in Kursk. The U.S. military said about 300 of them had been killed.": {
			{Killed, nk, 300, 0, About, "U.S. military", false}},
	})
}
