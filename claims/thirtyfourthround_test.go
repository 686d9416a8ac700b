package claims

import "testing"

// Rules found by scoring testdata/blind280 to blind285. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractSpeakerNamedShortOrByWhatItBelongsTo: a name cut short is the
// full one named before; "its intelligence agency" is the country's, not
// the army that said the sentence before; "the military" is the command
// named before; "It" after a country's army is the army.
func TestExtractSpeakerNamedShortOrByWhatItBelongsTo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The Joint Chiefs of Staff in Seoul gave the figure on Friday. The Joint Chiefs say the North first sent about 11,000 troops.": {
			{Troops, nk, 11000, 0, About, "Joint Chiefs of Staff", false}},
		"Ukraine's army says its brigades clashed with North Korean troops. Its military intelligence agency says about 11,000 North Korean soldiers are in Kursk.": {
			{Troops, nk, 11000, 0, About, "Ukraine's military intelligence agency", false}},
		"South Korea's Joint Chiefs of Staff briefed lawmakers on Thursday. The military's assessment is that about 3,000 more North Korean soldiers have been sent.": {
			{Troops, nk, 3000, 0, About, "Joint Chiefs of Staff", true}},
		"South Korea's military offered its first estimate of North Korea's reinforcements on Thursday. It said about 3,000 more North Korean soldiers had been sent.": {
			{Troops, nk, 3000, 0, About, "South Korea's military", true}},
		"The JCS made the assessment in a report submitted to parliament. According to the report, about 3,000 North Korean soldiers were sent in January.": {
			{Troops, nk, 3000, 0, About, "JCS", false}},
		"The assessment came from the Pentagon. Some 8,000 North Korean soldiers were moved to Kursk.": {
			{Troops, nk, 8000, 0, About, "Pentagon", false}},
	})
}

// TestExtractSpeakerAfterAClauseAboutThem: "who spoke on condition of
// anonymity" describes the speaker; "broadly agree that" reports; "after
// Moscow declared" says when, not who counted.
func TestExtractSpeakerAfterAClauseAboutThem(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Western officials who spoke on condition of anonymity put the number of North Korean dead at a minimum of 1,000.": {
			{Killed, nk, 1000, 0, AtLeast, "Western officials", false}},
		"South Korea's National Intelligence Service briefed parliament on Monday. Lawmakers who attended the briefing said the spy agency believes some 10,000 North Korean soldiers remain in Russia.": {
			{Troops, nk, 10000, 0, About, "National Intelligence Service", true}},
		"Seoul and Washington broadly agree that North Korea sent about 11,000 soldiers to Russia.": {
			{Troops, nk, 11000, 0, About, "Seoul and Washington", false}},
		"The first North Korean contingent was put by Seoul at some 11,000 soldiers. It was followed by about 3,000 replacements, and then, after Moscow declared Kursk retaken, by builders.": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Troops, nk, 3000, 0, About, "Seoul", true}},
	})
}

// TestExtractWhatIsCountedAndWhatIsPlanned: the men a dispatch "would add
// to" are there; "the 6,000 would be sent" are not, but prisoners who
// "will be sent" home are counted; "the 11,000 dispatched last fall" and
// "the size of the contingent" count troops; a bare figure after drones
// goes on counting drones however far the sentence runs; a country that
// asked for help is not whose people went.
func TestExtractWhatIsCountedAndWhatIsPlanned(t *testing.T) {
	checkSentences(t, map[string][]w{
		"If approved, the new dispatch would add to the 11,000 North Korean troops already in Kursk, the NIS said.": {
			{Troops, nk, 11000, 0, Exact, "NIS", false}},
		"Shoigu told reporters that the 6,000 North Korean builders would be sent in stages.": nil,
		"Seoul has not said whether the two North Korean prisoners Ukraine holds will be sent to South Korea.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korea sent about 3,000 more soldiers in January, on top of the roughly 11,000 dispatched last fall.": {
			{Troops, nk, 3000, 0, About, "", true},
			{Troops, nk, 11000, 0, About, "", false}},
		"U.S. officials have put the size of the North Korean contingent at 10,000 to 12,000.": {
			{Troops, nk, 10000, 12000, Range, "U.S. officials", false}},
		"Russia launched 120 drones overnight, the air force said on Telegram in a statement, adding that 80 had been shot down and 35 lost to jamming.": nil,
		"North Korean troops fought in Kursk last winter. About 1,000 were sent to clear mines in June after Moscow asked for help.": {
			{Troops, nk, 1000, 0, About, "", false}},
	})
}

// TestSameSourceByItsInitials: a name with its initials in brackets and
// the name those initials spell are one source.
func TestSameSourceByItsInitials(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"South Korea's spy agency (NIS)", "National Intelligence Service", true},
		{"National Intelligence Service", "South Korea's spy agency (NIS)", true},
		{"South Korea's spy agency (NIS)", "Joint Chiefs of Staff", false},
	} {
		if got := sameSource(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
