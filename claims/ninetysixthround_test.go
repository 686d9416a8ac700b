package claims

import (
	"testing"
	"time"
)

// The ninety-sixth round (blind686-693): a quotation owned by "That was
// …" after it, or signed with a dash as a fact-check's claim box is; a date before "put the number at" is no figure met before;
// the gap between two counts; a Pentagon briefing's own forces; "killed
// and wounded" before the counted noun; a part named in an aside
// ("North Korean soldiers among them"); a comment after the figure on
// what could come of it.
func TestExtractRoundNinetySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"Our preliminary data show that more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region." That was President Volodymyr Zelensky, writing on X on the evening of Dec. 23.`: {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		"How many North Korean soldiers are in Russia? It depends on who is counting. On October 31, Antony Blinken put the number in the Kursk region, where Ukraine holds territory, at about 8,000.": {
			{Troops, nk, 8000, 0, About, "Antony Blinken", false}},
		"Zelensky said 11,000 North Korean troops were in Kursk. The gap between the two estimates, roughly 3,000 soldiers, has not been explained.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"Zelensky said 11,000 North Korean troops were in Kursk. The gap, some 3,000 soldiers, is too large to be explained by a few extra trains.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. More than 4,100 National Guard soldiers and airmen remain on duty in North Carolina.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. The carrier strike group departed Norfolk for a scheduled deployment, with roughly 5,000 sailors and Marines aboard its ships.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"North Korea has sent 11,000 troops to Russia, the Pentagon said. SINGH: We're still at about 43,000 service members in the CENTCOM area of responsibility.": {
			{Troops, nk, 11000, 0, Exact, "Pentagon", false}},
		"Killed and wounded North Korean troops in Russia's Kursk region already number more than 3,000, according to preliminary data cited by President Volodymyr Zelensky.": {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		"Russia has gathered a force of some 50,000 troops, North Korean soldiers among them, to push Ukraine out of Kursk, U.S. and Ukrainian officials said.": {
			{Troops, ru, 50000, 0, About, "U.S. and Ukrainian officials", false}},
		`Claim: "According to preliminary data, the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000." — Ukrainian President Volodymyr Zelensky, on X, December 23, 2024.`: {
			{Casualties, nk, 3000, 0, MoreThan, "Ukrainian President Volodymyr Zelensky", false}},
		"Russia has massed about 50,000 soldiers, North Korean troops among them, U.S. officials said Sunday, setting up what could be the first battle in which a third country's soldiers fight.": {
			{Troops, ru, 50000, 0, About, "U.S. officials", false}},
	})
}

// More of the ninety-sixth round: "put the number there at"; what
// follows ", so if" the figure; a ceiling hedged with "could number as
// many as" is an estimate, "would number about 2,600 … by November" a
// plan; "Russian bases" say where, not whose; an episode's number; a
// blaze's or a ramming's toll; "the nine sappers who died" are counted; a
// pledge of workers lists what is to come; a list's items ("·") are
// clauses of their own; "at 3,000 at least" bounds the figure; "an
// estimate of at least 100 dead and nearly 1,000 wounded" is one source's;
// "killed 43 … and wounded 57 over the past three days alone" are parts.
func TestExtractRoundNinetySixMore(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Blinken said about 8,000 North Koreans were in the Kursk region. Four days later, Zelensky put the number there at 11,000, citing his military intelligence.": {
			{Troops, nk, 8000, 0, About, "Blinken", false},
			{Troops, nk, 11000, 0, About, "Zelensky", false}},
		"Western officials put the North Korean contingent at somewhere between 11,000 and 12,000 troops, so if Kyiv's count is right, that would be a very large share of the force.": {
			{Troops, nk, 11000, 12000, Range, "Western officials", false}},
		"North Korea has sent troops to Russia. Austin said the North Korean contingent in Russia as a whole could number as many as 10,000.": {
			{Troops, nk, 10000, 0, UpTo, "Austin", false}},
		"North Korea has sent troops to Russia. The first wave to be moved to Kursk would number about 2,600, he said, and should arrive by 1 November.": nil,
		"North Korea has sent troops to Russia. Within a week, Washington says about 3,000 soldiers are training at Russian bases there.": {
			{Troops, nk, 3000, 0, About, "Washington", false}},
		"North Korea has sent troops to Russia. 187: Two North Korean prisoners and a body count.": {
			{Captured, nk, 2, 0, Exact, "", false}},
		"North Korea has sent troops to Russia. GYEONGGI APARTMENT FIRE: 2 INJURED, 46 RESIDENTS EVACUATED.":                                                                                       nil,
		"North Korea has sent troops to Russia. The death toll from Friday's car-ramming attack on the Christmas market in Magdeburg has risen to five.":                                           nil,
		"North Korea has sent troops to Russia. Sergei Shoigu's June pledge of 1,000 deminers and 5,000 military builders, and what we know about the first of them arriving in the Kursk region.": nil,
		`North Korea has sent troops to Russia. Downloads this year: 48K · Episode 230: "The 9 lives of the Kaesong complex" · Episode 229: "Seoul's 47 new nuclear engineers"`:                    nil,
		"North Korea has sent troops to Russia. Last Wednesday the White House put the number of North Korean troops in Russia at 3,000 at least.": {
			{Troops, nk, 3000, 0, AtLeast, "White House", false}},
		"Some 4,700 North Korean troops have been killed or wounded, including around 600 deaths. That is the latest estimate of South Korea's National Intelligence Service, relayed by a lawmaker.\n\nThe numbers mark a steep rise from the agency's January estimate of about 300 dead and 2,700 wounded.": {
			{Casualties, nk, 4700, 0, About, "South Korea's National Intelligence Service", false},
			{Killed, nk, 600, 0, About, "South Korea's National Intelligence Service", false},
			{Killed, nk, 300, 0, About, "South Korea's National Intelligence Service", false},
			{Wounded, nk, 2700, 0, About, "South Korea's National Intelligence Service", false}},
		"North Korean leader Kim Jong Un honored the nine sappers who died during the deployment in Kursk, the Korean Central News Agency reported.": {
			{Killed, nk, 9, 0, Exact, "Korean Central News Agency", false}},
	})
}

// The ninety-sixth round, blind694-697: a ticker log's lines in capitals
// are the news as it ran, a live page's latest headlines are other
// stories'; "put the number there at" counts the place just named; "put
// the number in Russia's Kursk region at" is the figure before, placed.
func TestExtractRoundNinetySixTicker(t *testing.T) {
	type placed struct {
		m     Metric
		v     float64
		where string
	}
	tests := []struct {
		text string
		want []placed
	}{
		{"Channel log, 23 December 2024\n\n19:00 BREAKING: ZELENSKY SAYS MORE THAN 3,000 NORTH KOREAN SOLDIERS KILLED OR WOUNDED IN RUSSIA'S KURSK REGION\n\n19:03 FTSE 100 CLOSES UP 0.2% AT 8,102.72",
			[]placed{{Casualties, 3000, ""}}},
		{"North Korean troops are fighting in Kursk, Kyiv said.\n\nLatest\n\n11:02 Russia attacks Kharkiv with 5 guided bombs: 7 injured\n\n09:05 Pentagon estimates up to 12,000 North Korean troops in Kursk",
			nil},
		{"President Zelensky said last week that 11,000 North Korean soldiers had reached Kursk. Secretary of State Antony Blinken, speaking on Oct. 31, had put the number there at about 8,000.",
			[]placed{{Troops, 11000, "Kursk"}, {Troops, 8000, "Kursk"}}},
		{"How many are near the front? Seoul says 10,000 North Korean soldiers have been sent to Russia. On October 31, Antony Blinken put the number in Russia's Kursk region at about 8,000.",
			[]placed{{Troops, 10000, "Russia"}, {Troops, 8000, "Kursk"}}},
	}
	x := NewExtractor(Lexicon{})
	for _, tt := range tests {
		got := x.Extract(Document{Text: tt.text})
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %s, want %v", tt.text, describe(got), tt.want)
			continue
		}
		for i, c := range got {
			if w := tt.want[i]; c.Metric != w.m || c.Subject != nk || c.Value != w.v || c.Location != w.where {
				t.Errorf("%q: claim %d = %s/%s %v in %q, want %v", tt.text, i, c.Metric, c.Subject, c.Value, c.Location, w)
			}
		}
	}
}

// TestExtractSaidOn (blind690, blind694): a restated statement keeps the
// day the article gives it, and "Four days later" dates the next from it,
// so that an explainer's own rivals are compared as of when they were said.
func TestExtractSaidOn(t *testing.T) {
	published := time.Date(2024, 11, 12, 10, 0, 0, 0, time.UTC)
	oct31, nov4 := time.Date(2024, 10, 31, 0, 0, 0, 0, time.UTC), time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		said []time.Time // per claim, in order
	}{
		{"South Korea's spy agency estimates that between 10,000 and 12,000 North Korean soldiers have been sent to Russia in all. How many are near the front? Here the figures part ways. On October 31, US Secretary of State Antony Blinken put the number in Russia's Kursk region at about 8,000. Four days later Kyiv gave a higher count: eleven thousand North Korean soldiers in Kursk, according to President Volodymyr Zelensky.",
			[]time.Time{{}, oct31, nov4}},
		{"On Oct. 31, Secretary of State Antony Blinken said that about 8,000 North Korean soldiers were in the Kursk region.", []time.Time{oct31}},
		{"About 8,000 North Korean soldiers are in the Kursk region, Blinken said on Monday.", []time.Time{{}}},
	}
	x := NewExtractor(Lexicon{})
	for _, tt := range tests {
		got := x.Extract(Document{Published: published, Text: tt.text})
		if len(got) != len(tt.said) {
			t.Errorf("%q: got %s, want %d claims", tt.text, describe(got), len(tt.said))
			continue
		}
		for i, c := range got {
			if !c.Said.Equal(tt.said[i]) {
				t.Errorf("%q: claim %d (%v) said %v, want %v", tt.text, i, c.Value, c.Said, tt.said[i])
			}
		}
	}
}
