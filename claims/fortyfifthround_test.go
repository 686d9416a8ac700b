package claims

import "testing"

// Rules found by scoring testdata/blind346 to blind357. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractSendersSizesAndHeadlines: "has sent a total of" names the
// sender; the side a country strikes is not whose people the next sentence
// counts; a plan "to total 10K by December"; units and batches "of 10 to
// 20" are each one's size; a "465-member" house counts no one; "Kim's
// Russia gamble" is the North's; a wave the men "came in"; the men counted
// are no name to give their figure.
func TestExtractSendersSizesAndHeadlines(t *testing.T) {
	checkSentences(t, map[string][]w{
		"We now assess that North Korea has sent a total of about 10,000 soldiers to eastern Russia for training, and that they will likely augment Russian forces near Ukraine.": {
			{Troops, nk, 10000, 0, About, "", false}},
		"North Korea sent troops to Kursk.\n\n\"Everyone is waiting for the North Korean military to start striking Ukrainians,\" he said.\n\nUkraine's Defence Intelligence said last week that the contingent included around 500 officers.": {
			{Troops, nk, 500, 0, About, "Defence Intelligence", true}},
		"North Korean units are rotating, the JCS said. They now appear to be operating in smaller units of 10 to 20 soldiers to reduce losses to drones.": nil,
		"North Korean troops fight in Kursk. The ruling party fell to 191 seats in the 465-member lower house and lost its majority.":                      nil,
		"The NIS says about 15,000 North Korean troops have been sent. The bulk of them came in a first wave of between 11,000 and 12,000 in the autumn of 2024.": {
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Troops, nk, 11000, 12000, Range, "NIS", true}},
		"North Korea sent troops to Kursk. Two North Korean soldiers captured by Ukraine in January remain in Kyiv's custody and have said they want to go to South Korea.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractHeadlinesOfPlansAndVentures: a headline's plan "to total 10K
// by December" is no count; "Kim Jong Un's Russia gamble" is the North's.
func TestExtractHeadlinesOfPlansAndVentures(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, tt := range []struct {
		title string
		want  []w
	}{
		{"N. Korea has sent 3K troops to Russia, to total 10K by December: NIS", []w{{Troops, nk, 3000, 0, Exact, "NIS", false}}},
		{"Kim Jong Un's Russia Gamble in Numbers: 11K Troops, 6K Casualties", []w{
			{Troops, nk, 11000, 0, Exact, "", false}, {Casualties, nk, 6000, 0, Exact, "", false}}},
	} {
		got := x.Extract(Document{Title: tt.title, Text: "North Korea has lost many men, officials said."})
		if len(got) != len(tt.want) {
			t.Fatalf("%q: got %s, want %v", tt.title, describe(got), tt.want)
		}
		for i, g := range got {
			if e := tt.want[i]; g.Metric != e.m || g.Subject != e.s || g.Value != e.v {
				t.Errorf("%q: claim %d = %s, want %v", tt.title, i, describe(got[i:i+1]), e)
			}
		}
	}
}

// TestExtractBeliefsLossesAndQuestions (from blind352 to blind357): troops
// "believed to be deployed" are there; a force that "suffered losses" is
// still counted as a force; total losses "counting the wounded" are
// casualties; soldiers "the NIS believes were killed" are the dead; a
// question reported ("did not disclose how many servicemen") is answered
// by the figure after it; Moscow that "has not commented" owns no one.
func TestExtractBeliefsLossesAndQuestions(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 11,000 North Korean troops are believed to be deployed in Russia's Kursk region.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"The roughly 11,000 North Korean troops deployed in Russia's Kursk region had suffered losses.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"No fewer than 1,000 North Korean troops have been killed in Kursk, while the contingent's total losses, counting the wounded, have reached some 3,800.": {
			{Killed, nk, 1000, 0, AtLeast, "", false},
			{Casualties, nk, 3800, 0, About, "", false}},
		"Those losses are a tiny fraction of the roughly 2,000 North Korean soldiers the National Intelligence Service believes were killed in the Kursk fighting.": {
			{Killed, nk, 2000, 0, About, "National Intelligence Service", false}},
		"Gerasimov praised the Korean soldiers. He did not disclose how many North Korean servicemen had taken part. Western media have put their number at between 10,000 and 12,000; Moscow has not commented on these estimates.": {
			{Troops, nk, 10000, 12000, Range, "Western media", false}},
	})
}
