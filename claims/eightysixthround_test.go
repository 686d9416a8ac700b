package claims

import "testing"

// The eighty-sixth round (blind611-618): a force put at a number of
// "people", a question inside the clause, a time after the figure, the new
// arrivals as a force, bystanders counted once for two verbs, men readied
// for combat, prisoners who remain in a side's custody, a lower-case
// general staff, a force's size asked before an
// estimate, a statement's "that", and an estimate a subject sticks to.
func TestExtractRoundEightySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Western officials had earlier put the North Korean contingent in the region at 11,000-12,000 people.": {
			{Troops, nk, 11000, 12000, Range, "Western officials", false}},
		"The first wave, roughly 11,000 North Korean soldiers, arrived last autumn with little idea of what drones could do.": {
			{Troops, nk, 11000, 0, About, "", true}},
		"About 2,000 North Korean soldiers had been killed, the NIS said. Thousands more have been wounded, according to both Kyiv and Seoul.": {
			{Killed, nk, 2000, 0, About, "NIS", false},
			{Wounded, nk, 2000, 9999, Vague, "Kyiv", true}},
		"The North's losses came to roughly 1,100 less than two weeks after its troops entered combat, the agency said.": {
			{Casualties, nk, 1100, 0, About, "agency", false}},
		"North Korea has sent about 3,000 more troops, the NIS said. Fewer than 1,000 of the new arrivals have reached the front, it added.": {
			{Troops, nk, 3000, 0, About, "NIS", true},
			{Troops, nk, 1000, 0, LessThan, "NIS", false}},
		"Two people were killed and seven injured when a Russian glide bomb hit a factory in Zaporizhzhia, the governor said.": nil,
		"Ukraine's HUR has said up to 12,000 North Korean personnel are in Russia preparing for combat, among them 500 officers.": {
			{Troops, nk, 12000, 0, UpTo, "HUR", false},
			{Troops, nk, 500, 0, Exact, "HUR", true}},
		"In its daily update, the general staff said Russia had lost 1,250 troops over the past day.": {
			{Casualties, ru, 1250, 0, Exact, "general staff", true}},
		"Kyiv says Russia lost 70,000 servicemen in the region. Neither Moscow nor Pyongyang has revealed the size of the North Korean contingent. Western estimates have ranged from 11,000 to 15,000 servicemen.": {
			{Casualties, ru, 70000, 0, Exact, "Kyiv", false},
			{Troops, nk, 11000, 15000, Range, "Western", false}},
		"Officials questioned Zelensky's statement on Monday that North Korean losses had passed 3,000.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"Two North Korean soldiers remain in the custody of Ukraine.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"North Korean troops fought in Kursk. Two soldiers captured in January remain in Ukrainian custody.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		"Washington says the war goes on. South Korea's military is sticking to its estimate that about 1,100 North Korean soldiers have been killed or wounded.": {
			{Casualties, nk, 1100, 0, About, "South Korea's military", false}},
	})
}

// Figures whose people, place or certainty come from the article around
// them (the eighty-sixth and eighty-seventh rounds): the last claim of
// each article, as it must read. A subject guessed from the headline is
// right, but never contradicts (firm).
func TestExtractFromTheArticle(t *testing.T) {
	x := NewExtractor(Lexicon{})
	tests := []struct {
		name, title, text string
		claims            int
		value             float64
		subject           Subject
		location          string
		firm              bool // the subject read, not guessed from the headline
	}{
		// a question heading between a figure and a bare one after it asks
		// about the same people: the North's, not a guess, and so firm
		// enough to conflict with another source's count for Kursk
		{"a question between", "",
			"Between 10,000 and 12,000 North Korean troops have been sent to Russia, US officials say. They were first taken to the Far East by train.\n\nHow many are near the front?\n\nThe numbers differ here. Antony Blinken said last week that about 8,000 had been moved to Kursk.",
			2, 8000, NorthKorea, "Kursk", true},
		// a country that gives the losses its own value names who counts,
		// not whose men "thousands more" are
		{"who puts the losses", "North Korean troops in Russia: what we know",
			"In September the NIS estimated that about 2,000 North Korean soldiers had been killed. That was three times its April figure.\n\nUkraine, which has not published a figure since, has always put the losses higher. Thousands more have been wounded, according to both Kyiv and Seoul.",
			2, 2000, NorthKorea, "", false},
		// "the border region" is the region the article is set in, as "the
		// region" is: a count for Kursk, set against others for Kursk
		{"the border region", "11,000 North Korean soldiers already in Kursk Oblast, Zelensky says",
			"Antony Blinken said on Oct. 31 that about 8,000 North Korean troops had been moved to the border region.",
			2, 8000, NorthKorea, "Kursk", true},
		// a side that "has never confirmed" something speaks, to deny it:
		// the contingent estimated next is not its people
		{"never confirmed", "What we know about North Korea's troops in Kursk",
			"Russian officials rarely discuss it. The Kremlin has never confirmed this. Western intelligence estimates the contingent at between 11,000 and 12,000 men.",
			1, 11000, NorthKorea, "", false},
		// a headline rounds the body's figure for its few words: "near
		// 5,000" over "about 4,700" is that figure, not a second one (the
		// ninety-first round)
		{"a headline's rounding", "North Korean losses in Russia near 5,000, spy agency says",
			"About 4,700 North Korean soldiers have been killed or wounded, the NIS told lawmakers.",
			1, 4700, NorthKorea, "", true},
		// but a headline whose figure the body gives too is that figure,
		// whatever other source's the body sets beside it
		{"a headline the body gives", "UK: North Korean losses 'likely around 5,000'",
			"North Korean forces have probably suffered around 5,000 casualties, the Ministry of Defence said. That is more than the 4,700 killed and wounded the NIS reported.",
			2, 4700, NorthKorea, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract(Document{Title: tt.title, Text: tt.text})
			if len(got) != tt.claims {
				t.Fatalf("got %s, want %d claims", describe(got), tt.claims)
			}
			c := got[len(got)-1]
			if c.Value != tt.value || c.Subject != tt.subject || tt.firm && c.Tentative || tt.location != "" && c.Location != tt.location {
				t.Errorf("got %s (tentative %v, in %q), want %v of %s (firm %v) in %q", describe(got[len(got)-1:]), c.Tentative, c.Location, tt.value, tt.subject, tt.firm, tt.location)
			}
		})
	}
}
