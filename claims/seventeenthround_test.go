package claims

import (
	"testing"
	"time"
)

// Rules found by scoring testdata/blind172 to blind177. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractBroadcastersNumbers: figures as Korean broadcasters' English
// writes them, a scale word hyphened on.
func TestExtractBroadcastersNumbers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The spy agency says that roughly four-thousand-700 North Korean troops have been killed or wounded.": {
			{Casualties, nk, 4700, 0, About, "spy agency", false}},
		"The spy agency says that 15-thousand North Korean troops were sent to Russia.": {
			{Troops, nk, 15000, 0, Exact, "spy agency", false}},
	})
}

// TestExtractSpeakersAroundTheirWords: "has since estimated" reports, a
// dateline is no one's name, and a lawmaker "of the ruling party, who sits
// on the committee" is the one who briefed.
func TestExtractSpeakersAroundTheirWords(t *testing.T) {
	checkSentences(t, map[string][]w{
		"South Korea's intelligence service has since estimated that some 600 North Korean soldiers have been killed.": {
			{Killed, nk, 600, 0, About, "intelligence service", false}},
		"SEOUL – North Korean leader Kim Jong Un held a ceremony to welcome back an engineering regiment that had spent 120 days clearing mines in Kursk, and said nine of its soldiers had died, state media reported.": {
			{Killed, nk, 9, 0, Exact, "Kim Jong Un", true}},
		"Rep. Lee Seong-kweun of the ruling People Power Party, who sits on the intelligence committee, briefed reporters. At least 100 North Korean soldiers had been killed, he said.": {
			{Killed, nk, 100, 0, AtLeast, "Lee Seong-kweun", false}},
	})
}

// TestExtractPlansAndThings: "decided to eventually send" is a plan, and
// a fact box line that counts shells counts no one.
func TestExtractPlansAndThings(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS believes Pyongyang has decided to eventually send four brigades of the 11th Corps, about 12,000 soldiers.": nil,
		kurskLede + "Artillery shells shipped to Russia: estimated 9 million+ (South Korean officials)\n\nTroops sent: 16,000+ (NIS)": {
			{Troops, nk, 16000, 0, MoreThan, "NIS", false}},
	})
}

// TestExtractAsRecentlyAsAMonth: "As recently as January, the agency had
// put …" restates an old figure, too old to conflict with today's.
func TestExtractAsRecentlyAsAMonth(t *testing.T) {
	published := time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)
	got := NewExtractor(Lexicon{}).Extract(Document{Published: published,
		Text: kurskLede + "As recently as January, the agency had put the North's casualties at about 3,000."})
	if len(got) != 1 || got[0].Value != 3000 || !got[0].Tentative {
		t.Errorf("got %s, want one restated claim of 3,000", describe(got))
	}
}
