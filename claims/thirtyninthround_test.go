package claims

import "testing"

// Rules found by scoring testdata/blind310 to blind315. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhoseAcrossAsides: the enemy named before a speaker's aside
// is still the enemy; a comment on the figure, the cues in a speaker
// list and a loss noun far before the figure do not change whose people
// are counted.
func TestExtractWhoseAcrossAsides(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The enemy's losses in the whole Kursk operation, the Russian general said, had passed 70,000 servicemen.": {
			{Casualties, ua, 70000, 0, MoreThan, "Russian general", false}},
		"Pyongyang's soldiers have fought in Kursk since the autumn. Seoul's spy agency estimates that about 500 of them have died, a figure Moscow has never confirmed.": {
			{Killed, nk, 500, 0, About, "spy agency", false}},
		"The general said Russian losses in the region since Ukraine's forces crossed the border in August had passed 40,000 killed and wounded.": {
			{Casualties, ru, 40000, 0, MoreThan, "general", false}},
		"North Korea sent a corps that Seoul and Kyiv both put at 10,000 to 12,000 men.": {
			{Troops, nk, 10000, 12000, Range, "Seoul and Kyiv", false}},
		"Zelensky said Kyiv is ready to hand over the two North Korean soldiers its forces captured in January.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractWhatTheCountIs: the dead already numbered; an explainer's
// answer counts what its question asks, "yes or no" questions too; the
// men "of them who died" after the mines they cleared.
func TestExtractWhatTheCountIs(t *testing.T) {
	checkSentences(t, map[string][]w{
		"A Ukrainian spokesman said North Korean dead already numbered more than 900.": {
			{Killed, nk, 900, 0, MoreThan, "spokesman", false}},
		"How many soldiers did Pyongyang send?\nOfficials in Seoul say about 11,000 went last autumn.": {
			{Troops, nk, 11000, 0, About, "Officials", false}},
		"North Korea sent about 11,000 soldiers, officials in Seoul say. Western estimates at the time ran up to 12,000.": {
			{Troops, nk, 11000, 0, About, "officials", false},
			{Troops, nk, 12000, 0, UpTo, "Western", false}},
		"North Korea sent 11,000 troops.\nHave any been taken prisoner?\nTwo soldiers, as far as is known: Ukrainian paratroopers captured them in January.": {
			{Troops, nk, 11000, 0, Exact, "", false},
			{Captured, nk, 2, 0, Exact, "", false}},
		"Kim Jong Un honoured the engineers who had cleared mines in Kursk, and mourned six of them who died there, state media said.": {
			{Killed, nk, 6, 0, Exact, "state media", false}},
		"Ukraine's intelligence chief said North Korea has put some 11,000 of its soldiers at Russia's disposal.": {
			{Troops, nk, 11000, 0, About, "intelligence chief", false}},
	})
}

// TestExtractWhoGaveIt: an estimate "of North Korean losses" is not the
// North's; "has spoken of" reports; "That is the latest estimate from"
// names the source of the figures before it.
func TestExtractWhoGaveIt(t *testing.T) {
	checkSentences(t, map[string][]w{
		"South Korea's military has given its estimate of North Korean losses. About 1,100 North Korean troops have been killed or wounded, it said.": {
			{Casualties, nk, 1100, 0, About, "military", false}},
		// a staff in lower case is a speaker too (since the eighty-sixth round)
		"South Korea's military has given its estimate of North Korean losses. About 1,100 North Korean troops have been killed or wounded, the joint chiefs of staff (JCS) said.": {
			{Casualties, nk, 1100, 0, About, "JCS", false}},
		"Washington has spoken only of 500 North Koreans killed.": {
			{Killed, nk, 500, 0, Exact, "Washington", false}},
		"North Korea has lost about 4,000 soldiers killed or wounded. That is the latest estimate from South Korea's spy agency, which briefed a committee on Monday, according to Kim Min-su, a lawmaker who attended.": {
			{Casualties, nk, 4000, 0, About, "spy agency", false}},
	})
}

// TestExtractBelievedUnderABriefing: a wire story's background sentence,
// "is believed to have sent", under a spy agency's briefing is the
// agency's figure; under a president's words, nobody's.
func TestExtractBelievedUnderABriefing(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The spy agency told lawmakers that about 300 North Korean soldiers had been killed.\n\nNorth Korea is believed to have sent around 11,000 troops to Russia last autumn.": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Troops, nk, 11000, 0, About, "spy agency", false}},
		// a guard: a president's words are not the background's source
		"Zelensky said 3,000 North Koreans had been killed or wounded.\n\nNorth Korea is believed to have sent around 11,000 troops to Russia last autumn.": {
			{Casualties, nk, 3000, 0, Exact, "Zelensky", false},
			{Troops, nk, 11000, 0, About, "", false}},
	})
}

// TestExtractMoscowsSpeakers: Moscow's figures come through its data,
// its general named a sentence before, and a general who thanked the
// troops "and claimed".
func TestExtractMoscowsSpeakers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"According to the latest data of the Russian Defense Ministry, the losses of the Ukrainian Armed Forces in the Kursk direction have exceeded 50,000 servicemen.": {
			{Casualties, ua, 50000, 0, MoreThan, "Defense Ministry", false}},
		"\"They fought with courage,\" Valery Gerasimov said.\n\nAccording to the general, the Ukrainian side lost more than 70,000 servicemen.": {
			{Casualties, ua, 70000, 0, MoreThan, "Gerasimov", false}},
		"The praise came a day after Russia's top general, Valery Gerasimov, thanked the North Korean troops and claimed that Ukraine had lost more than 70,000 soldiers in Kursk.": {
			{Casualties, ua, 70000, 0, MoreThan, "Gerasimov", false}},
	})
}
