package claims

import "testing"

// The eighty-first round (blind571-578): others' counts given as "numbers
// ranging from", men sent whatever comes after them, a comment opening the
// sentence, the dead and the wounded counted together, a wave that came,
// a bystander killed, a comparison's possessive, and agencies named by
// what they are.
func TestExtractRoundEightyOne(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's spy agency puts the North Korean force at about 12,000. Officials in Washington and Kyiv have given figures ranging from 10,000 to 12,000.": {
			{Troops, nk, 12000, 0, About, "spy agency", false},
			{Troops, nk, 10000, 12000, Range, "Washington and Kyiv", false}},
		"The builders would join the 11,000-12,000 combat troops North Korea sent to Kursk last year.": {
			{Troops, nk, 11000, 12000, Range, "", false}},
		"In what would be Pyongyang's first combat deployment abroad, a first group of 1,500 special forces soldiers was shipped to Vladivostok, the spy agency said.": {
			{Troops, nk, 1500, 0, Exact, "spy agency", true}},
		"Zelensky said North Korea's losses, counting the dead and the wounded, had passed 3,000.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"North Korean troops are in Kursk. Nobody has said how many of those soldiers died. About 11,000 men came in the first wave, late in 2024.": {
			{Troops, nk, 11000, 0, About, "", true}},
		"North Korean troops are in Kursk. A Russian missile strike on Odesa killed one person and injured 14, the governor said.": nil,
		"North Korean troops are in Kursk. According to Budanov, the unit has up to 500 officers, and the soldiers have been issued Russian assault rifles.": {
			{Troops, nk, 500, 0, UpTo, "Budanov", true}},
		"About 300 North Korean soldiers have been killed and about 2,700 wounded, a South Korean lawmaker said, citing the spy agency. The agency's estimate of total casualties, some 3,000, sits well below Kyiv's.": {
			{Killed, nk, 300, 0, About, "spy agency, via South Korean lawmaker", false},
			{Wounded, nk, 2700, 0, About, "spy agency, via South Korean lawmaker", false},
			{Casualties, nk, 3000, 0, About, "spy agency", false}},
		"South Korea's Joint Chiefs of Staff said about 1,100 had been killed or wounded. That is close to what the country's spy agency told lawmakers: at least 100 North Korean soldiers killed.": {
			{Casualties, nk, 1100, 0, About, "Joint Chiefs of Staff", false},
			{Killed, nk, 100, 0, AtLeast, "spy agency", false}},
		"A South Korean legislator says his country's intelligence agency now believes about 300 North Korean soldiers have died.": {
			{Killed, nk, 300, 0, About, "South Korea's intelligence agency", false}},
		"North Korean troops are in Kursk. The total is far above the roughly 3,000 casualties the spy agency cited in January.": {
			{Casualties, nk, 3000, 0, About, "spy agency", false}},
	})
}

// A headline's figure from an agency it describes, "Spy agency puts …",
// given again in the body by the agency's name: the name wins.
func TestExtractHeadlineAgencyNamed(t *testing.T) {
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{
		Title: "Spy agency puts North Korean losses at 4,700",
		Text:  "North Korea's casualties in Russia have reached about 4,700, according to the National Intelligence Service (NIS).",
	})
	if len(got) != 1 || got[0].Value != 4700 || got[0].Attribution != "National Intelligence Service" {
		t.Fatalf("got %s, want one claim of 4,700 by the National Intelligence Service", describe(got))
	}
}
