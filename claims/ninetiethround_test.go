package claims

import "testing"

// The ninetieth round (blind643-650, and blind636-637 before it): a force
// counted after "of" is the cue's before it, whoever joins it; the SSO's
// tally is its own operators', as the Special Operations Forces' is.
func TestExtractRoundNinety(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The North's men have joined a Russian grouping of around 45,000 troops in the region, Zelensky said.": {
			{Troops, ru, 45000, 0, About, "Zelensky", false}},
		"North Korean soldiers are reinforcing a Russian force of 40,000 that has gathered near Sudzha, Ukrainian officials said.": {
			{Troops, ru, 40000, 0, Exact, "Ukrainian officials", false}},
		"North Korean units attacked near Sudzha. Of those, 16 were confirmed dead, the SSO said on Friday.": {
			{Killed, nk, 16, 0, Exact, "SSO", true}},
		"Pyongyang has sent a force of about 11,000 troops to help Russia, the NIS said.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
	})
}
