package claims

import "testing"

// The ninetieth round (blind643-650, and blind636-637 before it): a force
// counted after "of" is the cue's before it, whoever joins it; the SSO's
// tally is its own operators', as the Special Operations Forces' is; men
// who "now number" a figure a clause after their noun; "a second of
// roughly 2,000" after the first wave; "killed and seriously wounded";
// a readers' community; "the 900 figure" after a count that was not the
// story's; "The tally … is up from" the whole, not its part; men sent
// "back to" their country, "by train".
func TestExtractRoundNinety(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The North's men have joined a Russian grouping of around 45,000 troops in the region, Zelensky said.": {
			{Troops, ru, 45000, 0, About, "Zelensky", false}},
		"North Korean soldiers are reinforcing a Russian force of 40,000 that has gathered near Sudzha, Ukrainian officials said.": {
			{Troops, ru, 40000, 0, Exact, "Ukrainian officials", false}},
		"North Korean units attacked near Sudzha. Of those, 16 were confirmed dead, the SSO said on Friday.": {
			{Killed, nk, 16, 0, Exact, "SSO", true}},
		"Ukraine's president said on Monday that North Korean soldiers killed or wounded while fighting for Russia in the Kursk region now number more than 2,000, citing his commanders.": {
			{Casualties, nk, 2000, 0, MoreThan, "Ukraine's president", false}},
		"North Korea sent troops to Russia. The first wave of about 10,000 arrived in October, and a second of roughly 2,000 followed in February, the NIS said.": {
			{Troops, nk, 10000, 0, About, "NIS", true},
			{Troops, nk, 2000, 0, About, "NIS", true}},
		"Zelensky said the North's losses had passed 3,500 killed and seriously wounded.": {
			{Casualties, nk, 3500, 0, MoreThan, "Zelensky", false}},
		"North Korean troops are fighting in Kursk. Keep us going: join 15,000 members of the Kyiv Independent community.": nil,
		"About 11,000 North Korean soldiers are in Kursk, the Pentagon said. There are about 900 U.S. troops in Syria, the general said. Q: Does the 900 figure include contractors?": {
			{Troops, nk, 11000, 0, About, "Pentagon", false}},
		"About 4,000 North Korean soldiers have been killed or wounded, including some 500 deaths, the NIS said. The tally, relayed by a lawmaker after a closed-door briefing by the National Intelligence Service (NIS), is up from the agency's estimate of about 2,500 in January, reflecting heavy fighting in the spring as Russian forces pushed Ukrainian troops out of Kursk.": {
			{Casualties, nk, 4000, 0, About, "NIS", false},
			{Killed, nk, 500, 0, About, "NIS", false},
			{Casualties, nk, 2500, 0, About, "National Intelligence Service", false}},
		"About 4,700 North Korean soldiers have been killed or wounded, the NIS said. North Korea has sent some 15,000 troops to Russia in total, it said. The estimate of casualties is up from about 3,000 that the agency gave in January.": {
			{Casualties, nk, 4700, 0, About, "NIS", false},
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
		"Russian forces pushed Ukrainian troops out of Sudzha. According to the NIS, around 1,500 of the wounded have been taken back to North Korea by train.": {
			{Wounded, nk, 1500, 0, About, "NIS", false}},
		"Pyongyang has sent a force of about 11,000 troops to help Russia, the NIS said.": {
			{Troops, nk, 11000, 0, About, "NIS", false}},
	})
}

// The ninety-first round (blind651-658): pictures counted are not the
// dead; a force that "numbers" a figure of people; a group "has already
// left"; a wave counted in order; "four thousand of the roughly 11,000"
// in words; a range "used in" capitals names no one's men.
func TestExtractRoundNinetyOne(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kim laid flowers before 80 portraits of fallen North Korean soldiers in Pyongyang.": nil,
		"Budanov said the North Korean contingent now in Russia numbers up to 12,000 people, including about 500 officers.": {
			{Troops, nk, 12000, 0, UpTo, "Budanov", false},
			{Troops, nk, 500, 0, About, "Budanov", true}},
		"North Korea has decided to send about 12,000 troops to Russia, and an advance group of some 1,500 has already left the country, the NIS said.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
		"North Korean troops fought in Kursk. Seoul's spy agency reported a second wave of about 3,000 early in 2025 to replace the dead and wounded.": {
			{Troops, nk, 3000, 0, About, "Seoul's spy agency (NIS)", true}},
		"The JCS said some four thousand of the roughly 11,000 North Korean soldiers dispatched last year had been killed or wounded.": {
			{Casualties, nk, 4000, 0, About, "JCS", false},
			{Troops, nk, 11000, 0, About, "JCS", false}},
		"North Korean troops are in Kursk. Estimates have settled at between 10,000 and 12,000 soldiers, a range used in Seoul, Washington and Kyiv alike.": {
			{Troops, nk, 10000, 12000, Range, "unattributed", false}},
	})
}

// The ninety-second round (blind659-666): "Kyiv Post" and "Kyiv time"
// name a paper and a clock, not whose men; "may already be" is no plan;
// "the overall figure"; clashes are counted things.
func TestExtractRoundNinetyTwo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Western officials say up to 12,000 North Korean soldiers may already be in Russia.": {
			{Troops, nk, 12000, 0, UpTo, "Western officials", false}},
		"Western and South Korean officials say between 10,000 and 12,000 North Korean soldiers were sent in the autumn of 2024. The NIS puts the overall figure at roughly 15,000.": {
			{Troops, nk, 10000, 12000, Range, "Western and South Korean officials", false},
			{Troops, nk, 15000, 0, About, "NIS", false}},
		"North Korean troops fight in Kursk. The General Staff said 187 combat clashes took place along the front, 52 of them near Pokrovsk.": nil,
	})
}

// The ninety-third round (blind667-673): men who "were now being moved"
// are reported on the move, as "were being moved" are.
func TestExtractRoundNinetyThree(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said another 2,000 to 3,000 North Korean soldiers were now being moved into the Kursk region to replace them.": {
			{Troops, nk, 2000, 3000, Range, "Zelensky", true}},
	})
}

// A live blog's furniture names a paper and a clock, neither of them whose
// men its entries count (blind666, whose "21:05 - South Korean
// intelligence: ~300 dead" took Ukraine's people from them).
func TestSubjectHitsSkipPapersAndClocks(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, s := range []string{
		"Kyiv Post's live coverage of the war.",
		"The Moscow Times has the latest.",
		"Last updated 21:20 Kyiv time.",
	} {
		if hits := x.subjectHits(tokenize(s)); len(hits) > 0 {
			t.Errorf("%q: got cues %v, want none", s, hits)
		}
	}
	if hits := x.subjectHits(tokenize("Kyiv's troops held the line.")); len(hits) != 1 {
		t.Errorf("a possessive before its people is still a cue: got %v", hits)
	}
}
