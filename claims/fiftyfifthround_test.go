package claims

import "testing"

// Rules found in the fifty-fifth round and after. Each case is a sentence
// of our own in the shape news prose takes, not one from a set.

// TestExtractRoundFiftyFive (from blind406 to blind411): a plan for the
// men already sent does not make them planned; what the counted men will
// do, or told a newspaper they want, is theirs, not the figure's; a
// corps's size at home is no deployment; a bare figure after drones
// counted in words counts drones.
func TestExtractRoundFiftyFive(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fight in Kursk. The JCS said the North was preparing to rotate or reinforce the roughly 11,000 troops it has sent.": {
			{Troops, nk, 11000, 0, About, "JCS", false}},
		"North Korean troops fight in Kursk. The JCS said Pyongyang appears ready to replace the 11,000 North Korean soldiers already deployed there.": {
			{Troops, nk, 11000, 0, Exact, "JCS", false}},
		"North Korean troops fight in Kursk. The JCS said Pyongyang was preparing to send 3,000 more soldiers on top of the force already there.": nil,
		"The Pentagon said North Korea has sent about 10,000 soldiers to eastern Russia, who will probably join Russian forces near Ukraine in the coming weeks.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false}},
		"The Pentagon said North Korea will send about 10,000 soldiers, who will probably join Russian forces in the coming weeks.": nil,
		"North Korean troops fight in Kursk. One of the two North Korean soldiers held by Ukraine has told a Seoul newspaper that he wants to live in the South.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korean troops fight in Kursk. Moscow said the roughly 6,000 North Korean builders whom Pyongyang told it that it would send have not yet arrived.": nil,
		"North Korean troops fight in Kursk. Its special operations force, the Storm Corps, is believed to number 40,000 to 60,000.":                              nil,
		"North Korea sent troops to Kursk, Ukraine's air force said. Sixty-three drones were shot down overnight and another 9 were lost to jamming.":             nil,
	})
}

// TestExtractRoundFiftySix (from blind412 to blind417): "has just
// posted" speaks; "are thought to have followed" came; a part "of an
// estimated" whole is counted as the part of "the" whole is; a standing
// army is no deployment; "according to both Seoul and Washington"; a
// president is not the other country's prime minister named before.
func TestExtractRoundFiftySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky has just posted on X that North Korean dead and wounded now number more than 3,000.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"North Korea sent about 11,000 soldiers to Kursk, officials say. About 2,500 more are thought to have followed in the spring.": {
			{Troops, nk, 11000, 0, About, "officials", false},
			{Troops, nk, 2500, 0, About, "officials", true}},
		"Seoul said about 2,000 of an estimated 15,000 North Korean troops sent to Russia had been killed.": {
			{Killed, nk, 2000, 0, About, "Seoul", false},
			{Troops, nk, 15000, 0, About, "Seoul", false}},
		"Pyongyang, with one of the biggest standing armies on earth at roughly 1.2 million personnel, has shipped Russia shells and missiles.": nil,
		"How many North Korean soldiers are in Kursk? Around 11,000, according to both Seoul and Washington.": {
			{Troops, nk, 11000, 0, About, "Seoul", false}},
		"Hungary's prime minister, Viktor Orban, visited Moscow. Ukraine's president said more than 3,000 North Korean soldiers had been killed or wounded.": {
			{Casualties, nk, 3000, 0, MoreThan, "Ukraine's president", false}},
	})
}

// TestExtractRoundFiftySeven (from blind418 to blind423): "to bring" is a
// plan; whom a prisoner posed as is not whose he is; "nine of those who
// died" are some of the dead, not their count; an answer's bare figure
// counts what the question asked, not the figure before the question.
func TestExtractRoundFiftySeven(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fight in Kursk. Russia to bring 4,000 more North Korean soldiers to Kursk, minister says.": nil,
		"North Korean troops fight in Kursk. The NIS said one of the two soldiers captured by Kyiv had been ordered to pass as a Russian from Buryatia.": {
			{Captured, nk, 2, 0, Exact, "NIS", false}},
		"North Korean engineers cleared mines in Kursk. Kim gave medals to the families of 12 of those who died there.": nil,
		"Seoul said about 1,100 North Korean soldiers had been killed or wounded. How many North Korean soldiers are in Russia? Seoul's figure has stayed the same for weeks: about 11,000.": {
			{Casualties, nk, 1100, 0, About, "Seoul", false},
			{Troops, nk, 11000, 0, About, "Seoul", false}},
	})
}
