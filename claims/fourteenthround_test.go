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

// TestExtractEarlierSubjectIsNotASpeakerOrAGun: a figure with no cue of
// its own takes whose men from the sentence before, but not from a country
// that speaks there or fires there.
func TestExtractEarlierSubjectIsNotASpeakerOrAGun(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has begun moving elite soldiers abroad, the spy agency said, the first time Seoul has confirmed a deployment Kyiv had been warning of for weeks. Navy transport ships ferried roughly 1,500 special operations troops to Vladivostok, according to the spy agency.": {
			{Troops, nk, 1500, 0, About, "spy agency", false}},
		"North Korea has slipped a new wave of soldiers into Russia, replenishing a force that Ukrainian drones and artillery mauled over the winter. The newcomers, about 3,000 men, according to the Joint Chiefs of Staff, arrived in January.": {
			{Troops, nk, 3000, 0, About, "Joint Chiefs of Staff", false}},
	})
}

// TestExtractSourceNamedBefore: a sentence that opens by pointing back at
// a source ("By that count") is that source's, when the sentence before
// names more than one.
func TestExtractSourceNamedBefore(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Lawmaker Lee Seong-kweun told reporters about the estimate after a closed-door briefing by the National Intelligence Service. By that count, North Korea's total casualties come to roughly 3,000.": {
			{Casualties, nk, 3000, 0, About, "Lee Seong-kweun", false}},
		kurskLede + "Analysts say the figure is low. North Korea's total casualties come to roughly 3,000.": {
			{Casualties, nk, 3000, 0, About, "Analysts", false}},
		kurskLede + "Russia's own casualties in the war are close to 950,000 killed and wounded, by the latest estimate of Britain's Ministry of Defence.": {
			{Casualties, ru, 950000, 0, About, "Ministry of Defence", false}},
	})
}

// TestExtractTableOfWhoSays: a table headed "Date | Who says | Figure"
// sets each row's figures beside their source.
func TestExtractTableOfWhoSays(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Date | Who says | Figure\n\nDec 2024 | Pentagon | 11,000–12,000 troops in Kursk\n\nJan 2025 | South Korea's NIS | about 300 killed, about 2,700 wounded": {
			{Troops, nk, 11000, 12000, Range, "Pentagon", false},
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false}},
	})
}

// TestExtractTheReportAndTheFiguresAfter: "the report said" is the
// report's author, named just before; a lede's figures are the source's
// that the next paragraph names ("Those were the figures …"); "what it
// described as" is the agency's description.
func TestExtractTheReportAndTheFiguresAfter(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The reinforcements came on top of the first force, the Joint Chiefs of Staff said in a report submitted to the National Assembly.\n\nCasualties among the North Korean troops are estimated at around 4,000, the report said.": {
			{Casualties, nk, 4000, 0, About, "Joint Chiefs of Staff", false}},
		kurskLede + "North Korean losses in the Kursk region have reached about 3,000.\n\nThose were the figures a lawmaker relayed to reporters after a closed-door briefing by the National Intelligence Service.": {
			{Casualties, nk, 3000, 0, About, "National Intelligence Service", false}},
		"South Korea's National Intelligence Service said it had taken satellite photos on Friday. One shows what it described as roughly 400 North Korean personnel at a Russian training ground.": {
			{Troops, nk, 400, 0, About, "National Intelligence Service", false}},
	})
}

// TestExtractGroupsOfIsASize: soldiers advancing "in groups of 20 to 30"
// gives the size of each group, not how many there are.
func TestExtractGroupsOfIsASize(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The losses may rise in the massed attacks Ukraine has described, in which soldiers advance in groups of 20 to 30 across open fields.": nil,
	})
}

// TestExtractPartOfThatTotal: "Of that total, 8,000 have reached Kursk"
// counts what the total counted; the men "that Moscow has thrown" are
// not Moscow's.
func TestExtractPartOfThatTotal(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Pentagon says about 10,000 North Korean troops are in Russia. Of that total, an estimated 8,000 have reached the Kursk border region, according to Sabrina Singh.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 8000, 0, About, "Singh", false}},
		"North Korean units that Moscow has thrown against Ukrainian positions have taken heavy losses. Nearly 4,000 of them have now been killed or wounded.": {
			{Casualties, nk, 4000, 0, About, "", false}},
		"Ukrainian officials warned that North Korea could send as many as 100,000 soldiers to fight for Russia. Seoul puts the force already there at 10,000 to 12,000.": {
			{Troops, nk, 10000, 12000, Range, "Seoul", false}},
	})
}

// TestExtractRowsThatNameTheirCount: a fact box written without bars or a
// header, each row naming what it counts, its figure and its source.
func TestExtractRowsThatNameTheirCount(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "FACT BOX: the war by the numbers\nKilled | about 2,000 | NIS estimate, Sept. 2\nTroops sent to Russia | about 15,000 | NIS estimate, April\nCaptured by Ukraine | 2 | Ukraine, January": {
			{Killed, nk, 2000, 0, About, "NIS", false},
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}
