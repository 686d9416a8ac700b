package claims

import (
	"testing"
	"time"
)

// Rules found by scoring testdata/blind166 to blind171. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractCountsNamedBeforeTheFigure: the people a figure counts may
// stand before it, with what befell them: "the number of soldiers killed
// or wounded … has passed", "soldiers in Kursk now number".
func TestExtractCountsNamedBeforeTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukraine's military intelligence chief says the number of North Korean soldiers killed or wounded while fighting for Russia has passed four thousand.": {
			{Casualties, nk, 4000, 0, MoreThan, "intelligence chief", false}},
		"The number of killed and wounded North Korean soldiers in the Kursk region has already exceeded 3,000, Zelensky said.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"North Korean soldiers in Kursk now number 11,000, President Volodymyr Zelensky said.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korea's armed forces number about 1.2 million, analysts say.": nil,
	})
}

// TestExtractItsSoldiersAfterTheCountryNamed: "of its soldiers" after a
// sentence naming the country's losses are the country's, all of them.
func TestExtractItsSoldiersAfterTheCountryNamed(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky also gave a fresh estimate of North Korea's losses on Thursday. Close to four thousand of its soldiers, he said, have now been killed or wounded fighting for Moscow.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"The 528th regiment returned home. Nine of its soldiers were killed, KCNA said.": {
			{Killed, nk, 9, 0, Exact, "KCNA", true}},
	})
}

// TestExtractNameBeforeATitleOfSomething: "Volodymyr Zelensky, President
// of Ukraine, has said" is Zelensky's, and so is the "He" after it.
func TestExtractNameBeforeATitleOfSomething(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Volodymyr Zelensky, President of Ukraine, has said that more than 3,000 North Korean soldiers have been killed or wounded.": {
			{Casualties, nk, 3000, 0, MoreThan, "Volodymyr Zelensky", false}},
		"Kim was quoted by state media.\n\nValery Gerasimov, chief of the Russian General Staff, said Saturday that the Kursk region had been retaken. He claimed that Ukraine had lost more than 76,000 troops killed and wounded.": {
			{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
	})
}

// TestExtractTimeAndSumAfterTheFigure: a time after the figure ends the
// search for its noun, "or so" is the figure's, and "that would mean" sums
// the figures before.
func TestExtractTimeAndSumAfterTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean losses reached 1,100 within a few weeks, the NIS said.": {
			{Casualties, nk, 1100, 0, Exact, "NIS", false}},
		"About 300 North Korean soldiers have died and 2,700 or so have been wounded, the NIS said.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false}},
		"The agency said 100 North Korean soldiers had been killed and 1,000 wounded. Taken together, that would mean North Korean losses of roughly 1,100 within a few weeks of combat.": {
			{Killed, nk, 100, 0, Exact, "agency", false},
			{Wounded, nk, 1000, 0, Exact, "agency", false},
			{Casualties, nk, 1100, 0, About, "agency", false}},
	})
}

// TestExtractNotTheStorysPeople: a town's population, and American troops
// "in the South", count no one in the story.
func TestExtractNotTheStorysPeople(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russian forces have retaken most of the territory Ukraine captured in Kursk, including the town of Sudzha, which had a prewar population of about 5,000.": nil,
		"North Korea has sent 11,000 troops to Russia. South Korea's Defense Ministry said it was monitoring the situation with the United States, which keeps about 28,500 troops in the South.": {
			{Troops, nk, 11000, 0, Exact, "", false}},
	})
}

// TestExtractPlansInTablesAndCoordinations: "to be sent" is a plan, and a
// second object after ", and" shares the plan of the first.
func TestExtractPlansInTablesAndCoordinations(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "When | Who | What they said\n\nJun 2025 | Sergei Shoigu | 1,000 deminers and 5,000 military builders to be sent":                             nil,
		`"Kim Jong Un decided to send 1,000 deminers to the Kursk Region, to clear the mines that were planted there, and 5,000 military builders," Shoigu said.`: nil,
		"The Pentagon put the number of North Korean soldiers in Russia at 11,000 to 12,000, most of them now believed to be deployed in Kursk.": {
			{Troops, nk, 11000, 12000, Range, "Pentagon", false}},
	})
}

// TestExtractRowsAndRelativeAgents: a table's row with no people named
// stands under the article's subject, not the sentence above the table;
// a country in a relative clause after the men acts on them.
func TestExtractRowsAndRelativeAgents(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Ukrainian troops have since lost ground in the region.\n\nWhen | Who | What they said\n\nNov 2024 | South Korea's National Intelligence Service | 10,000–12,000 troops sent to Russia": {
			{Troops, nk, 10000, 12000, Range, "National Intelligence Service", false}},
		"North Korea has sent 15,000 troops. Around 1,000 deminers are already working in the Kursk region, the NIS said, the first part of a contingent that Moscow and Pyongyang agreed in June.": {
			{Troops, nk, 15000, 0, Exact, "", false},
			{Troops, nk, 1000, 0, About, "NIS", true}},
	})
}

// TestExtractSentenceOpensWithAnEarlierDate: "In April, the agency put …"
// and "On Oct. 18 the NIS said …" restate an old figure, too old to
// conflict with today's; a date a few days back is today's news.
func TestExtractSentenceOpensWithAnEarlierDate(t *testing.T) {
	x := NewExtractor(Lexicon{})
	tests := []struct {
		text, published string
		restated        bool
	}{
		{"In April, the agency put the number of North Korean dead at around 600.", "2025-09-04T00:00:00Z", true},
		{"On Oct. 18 the National Intelligence Service said about 1,500 North Korean special forces had reached Vladivostok.", "2024-10-29T00:00:00Z", true},
		{"On Oct. 18 the National Intelligence Service said about 1,500 North Korean special forces had reached Vladivostok.", "2024-10-20T00:00:00Z", false},
	}
	for _, tt := range tests {
		t.Run(tt.published+" "+tt.text, func(t *testing.T) {
			published, err := time.Parse(time.RFC3339, tt.published)
			if err != nil {
				t.Fatal(err)
			}
			got := x.Extract(Document{Text: kurskLede + tt.text, Published: published})
			if len(got) != 1 || got[0].Tentative != tt.restated {
				t.Errorf("got %s (tentative %v), want one claim, restated %v", describe(got), len(got) == 1 && got[0].Tentative, tt.restated)
			}
		})
	}
}

// TestExtractFactBoxRowsLabelledAndDated: a fact box's "label | figure"
// lines without outer bars, labels that carry their date after a comma,
// and a row's date that is no one's name.
func TestExtractFactBoxRowsLabelledAndDated(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "[FACT BOX] North Korea's war in Russia\n\nTroops sent (NIS estimate) | about 15,000\n\nKilled (NIS, Sept. 2025) | about 2,000": {
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Killed, nk, 2000, 0, About, "NIS", false}},
		kurskLede + "FACT BOX: North Korea's war in numbers\n\nKilled or wounded, by April 2025 | about 4,700 | NIS": {
			{Casualties, nk, 4700, 0, About, "NIS", false}},
		kurskLede + "| Troops sent in total | about 15,000 | Apr. 30, 2025 |": {
			{Troops, nk, 15000, 0, About, "", false}},
	})
}

// TestExtractStaffOfTheArmedForcesSpeaks: "the General Staff of the
// Russian Armed Forces" names a speaker, not whose men.
func TestExtractStaffOfTheArmedForcesSpeaks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Earlier, the Chief of the General Staff of the Russian Armed Forces, Valery Gerasimov, reported that the Ukrainian formations that invaded the region had lost more than 76,000 servicemen.": {
			{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
	})
}

// TestExtractParticipleAfterTheSpeaker: ", estimating the force at …"
// after "the spy agency said Thursday" is the agency's, not the last name
// before it.
func TestExtractParticipleAfterTheSpeaker(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean soldiers have begun taking part in combat against Ukrainian forces, South Korea's spy agency said Thursday, estimating the size of the force at between 10,000 and 12,000.": {
			{Troops, nk, 10000, 12000, Range, "spy agency", false}},
	})
}
