package claims

import (
	"fmt"
	"strings"
	"testing"
)

// w is one expected claim written compactly: metric, subject, value,
// high end, qualifier, a substring the attribution must hold ("" for
// unattributed) and whether it counts part of the force.
type w struct {
	m       Metric
	s       Subject
	v, max  float64
	q       Qualifier
	by      string
	partial bool
}

func (x w) String() string {
	return fmt.Sprintf("%s/%s %v-%v %s by %q partial=%v", x.m, x.s, x.v, x.max, x.q, x.by, x.partial)
}

const nk, ru, ua = NorthKorea, Russia, Ukraine

// checkSentences runs each sentence through the extractor as an article
// body and compares the claims found with the ones expected, in order.
func checkSentences(t *testing.T, cases map[string][]w) {
	t.Helper()
	x := NewExtractor(Lexicon{})
	for text, want := range cases {
		t.Run(text, func(t *testing.T) {
			got := x.Extract(Document{Text: text, URL: "https://example.test/a"})
			if len(got) != len(want) {
				t.Fatalf("got %d claims, want %d:\n got %s\nwant %v", len(got), len(want), describe(got), want)
			}
			for i, g := range got {
				e := want[i]
				by := e.by
				if by == "" {
					by = Unattributed
				}
				if g.Metric != e.m || g.Subject != e.s || g.Value != e.v || g.ValueMax != e.max ||
					g.Qualifier != e.q || g.Partial != e.partial || !strings.Contains(g.Attribution, by) {
					t.Errorf("claim %d:\n got %s\nwant %v", i, describe(got[i:i+1]), e)
				}
			}
		})
	}
}

func describe(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "[%s/%s %v-%v %s by %q partial=%v] ", c.Metric, c.Subject, c.Value, c.ValueMax, c.Qualifier, c.Attribution, c.Partial)
	}
	return b.String()
}

func TestExtractNumbers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Officials in Seoul said 12,500 North Korean troops had been deployed.":             {{Troops, nk, 12500, 0, Exact, "Seoul", false}},
		"The ministry said 12.500 North Korean soldiers had arrived, Yonhap reported.":      {{Troops, nk, 12500, 0, Exact, "ministry", false}},
		"Moscow has lost 1.5 million soldiers, Kyiv claimed.":                               {{Casualties, ru, 1500000, 0, Exact, "Kyiv", false}},
		"Eight thousand North Korean soldiers were moved to the border, the Pentagon said.": {{Troops, nk, 8000, 0, Exact, "Pentagon", false}},
		"A dozen North Korean soldiers were captured, Ukraine's SBU said.":                  {{Captured, nk, 12, 0, Exact, "SBU", false}},
		"Dozens of North Korean soldiers were killed in the assault, the general said.":     {{Killed, nk, 24, 99, Vague, "", false}},
		"Hundreds of North Korean troops have died, according to Ukrainian intelligence.":   {{Killed, nk, 200, 999, Vague, "Ukrainian intelligence", false}},
		"Thousands of North Korean troops were sent to Russia, Seoul said.":                 {{Troops, nk, 2000, 9999, Vague, "Seoul", false}},
		"Two-thirds of 4,000 North Korean soldiers were wounded, the officer said.":         {{Wounded, nk, 2667, 0, About, "", false}},
		"Twenty-five North Korean soldiers were captured near the village.":                 {{Captured, nk, 25, 0, Exact, "", false}},
		"Pyongyang sent a thousand soldiers, Seoul's spy agency said.":                      {{Troops, nk, 1000, 0, Exact, "Seoul", false}},
		"Tens of thousands of Russian soldiers were wounded, the report by Kyiv said.":      {{Wounded, ru, 20000, 99999, Vague, "Kyiv", false}},
		"Some 11,000 North Korean troops are stationed in the region, the NIS said.":        {{Troops, nk, 11000, 0, About, "NIS", false}},
		"Seoul said 10 thousand North Korean soldiers were deployed.":                       {{Troops, nk, 10000, 0, Exact, "Seoul", false}},
		"Seoul said 12k North Korean soldiers were deployed.":                               {{Troops, nk, 12000, 0, Exact, "Seoul", false}},
		"Seoul estimated 12,000 North Korean soldiers were deployed.":                       {{Troops, nk, 12000, 0, About, "Seoul", false}},
	})
}

func TestExtractRangesAndQualifiers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Kyiv said 11,000-12,000 North Korean troops were deployed.":                              {{Troops, nk, 11000, 12000, Range, "Kyiv", false}},
		"Kyiv said 11,000–12,000 North Korean troops were deployed.":                              {{Troops, nk, 11000, 12000, Range, "Kyiv", false}},
		"Seoul said 10,000 to 12,000 North Korean soldiers had been sent.":                        {{Troops, nk, 10000, 12000, Range, "Seoul", false}},
		"Between 10,000 and 12,000 North Korean soldiers were deployed, officials in Seoul said.": {{Troops, nk, 10000, 12000, Range, "Seoul", false}},
		"Up to 12,000 North Korean troops were deployed, the Pentagon said.":                      {{Troops, nk, 12000, 0, UpTo, "Pentagon", false}},
		"As many as 30 North Korean soldiers were captured, Kyiv said.":                           {{Captured, nk, 30, 0, UpTo, "Kyiv", false}},
		"Around 9,000 North Korean troops were stationed there, Seoul said.":                      {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"Roughly 9,000 North Korean troops were stationed there, Seoul said.":                     {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"Approximately 9,000 North Korean troops were stationed there, Seoul said.":               {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"Nearly 9,000 North Korean troops were stationed there, Seoul said.":                      {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"Almost 9,000 North Korean troops were stationed there, Seoul said.":                      {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"About 9,000 North Korean troops were stationed there, Seoul said.":                       {{Troops, nk, 9000, 0, About, "Seoul", false}},
		"More than 9,000 North Korean troops were stationed there, Seoul said.":                   {{Troops, nk, 9000, 0, MoreThan, "Seoul", false}},
		"Over 9,000 North Korean troops were stationed there, Seoul said.":                        {{Troops, nk, 9000, 0, MoreThan, "Seoul", false}},
		"At least 9,000 North Korean troops were stationed there, Seoul said.":                    {{Troops, nk, 9000, 0, AtLeast, "Seoul", false}},
		"No fewer than 9,000 North Korean troops were stationed there, Seoul said.":               {{Troops, nk, 9000, 0, AtLeast, "Seoul", false}},
		"Fewer than 500 North Korean soldiers were wounded, Seoul said.":                          {{Wounded, nk, 500, 0, LessThan, "Seoul", false}},
		"No more than 500 North Korean soldiers were wounded, Seoul said.":                        {{Wounded, nk, 500, 0, AtMost, "Seoul", false}},
		"The toll of North Korean dead has exceeded 1,000, Kyiv said.":                            {{Killed, nk, 1000, 0, MoreThan, "Kyiv", false}},
		"The number of North Korean soldiers killed topped 1,000, Kyiv said.":                     {{Killed, nk, 1000, 0, MoreThan, "Kyiv", false}},
		"Seoul said 3,000 or more North Korean soldiers were killed.":                             {{Killed, nk, 3000, 0, AtLeast, "Seoul", false}},
		"Seoul put North Korean losses at 3,000 soldiers.":                                        {{Casualties, nk, 3000, 0, About, "Seoul", false}},
		"Several hundred North Korean soldiers were captured, Kyiv said.":                         {{Captured, nk, 200, 900, Vague, "Kyiv", false}},
		"An estimated 4,000 North Korean soldiers were wounded, Seoul said.":                      {{Wounded, nk, 4000, 0, About, "Seoul", false}},
	})
}

func TestExtractMetrics(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has lost about 4,000 of them, killed or wounded, Seoul's lawmakers said.": {{Casualties, nk, 4000, 0, About, "Seoul", false}},
		"Kyiv said 2,000 North Korean soldiers were killed and wounded.":                       {{Casualties, nk, 2000, 0, Exact, "Kyiv", false}},
		"North Korean casualties reached 3,000, Kyiv said.":                                    {{Casualties, nk, 3000, 0, Exact, "Kyiv", false}},
		"Kyiv said North Korean losses stood at 3,000.":                                        {{Casualties, nk, 3000, 0, Exact, "Kyiv", false}},
		"Kyiv said 300 North Korean soldiers had died.":                                        {{Killed, nk, 300, 0, Exact, "Kyiv", false}},
		"Kyiv said there were 300 North Korean deaths.":                                        {{Killed, nk, 300, 0, Exact, "Kyiv", false}},
		"Kyiv counted 300 North Korean dead after the battle, a spokesman said.":               {{Killed, nk, 300, 0, Exact, "Kyiv", false}},
		"Kyiv said 2,700 North Korean soldiers had been injured.":                              {{Wounded, nk, 2700, 0, Exact, "Kyiv", false}},
		"Kyiv said it holds two North Korean prisoners.":                                       {{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		"Ukrainian forces captured two North Korean soldiers, Zelensky said.":                  {{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"Seoul said 1,500 North Korean soldiers were dispatched to Russia.":                    {{Troops, nk, 1500, 0, Exact, "Seoul", false}},
		"Seoul said 1,500 DPRK forces were located near the border.":                           {{Troops, nk, 1500, 0, Exact, "Seoul", false}},
		"Pyongyang's 10,000 troops have been moved to the front, Kyiv said.":                   {{Troops, nk, 10000, 0, Exact, "Kyiv", false}},
		"Kyiv said 500 Russian soldiers were killed in a day.":                                 {{Killed, ru, 500, 0, Exact, "Kyiv", true}},
		"Moscow said 200 Ukrainian soldiers were captured.":                                    {{Captured, ua, 200, 0, Exact, "Moscow", false}},
		"Seoul said about 300 North Korean soldiers had been killed and 2,700 wounded.": {
			{Killed, nk, 300, 0, About, "Seoul", false}, {Wounded, nk, 2700, 0, About, "Seoul", false}},
		"About 11,000 North Korean troops went to Kursk, and 1,000 of them had been killed, Seoul said.": {
			{Troops, nk, 11000, 0, About, "Seoul", false}, {Killed, nk, 1000, 0, Exact, "Seoul", false}},
	})
}

func TestExtractAttribution(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said 3,000 North Korean soldiers were killed or wounded.":                                   {{Casualties, nk, 3000, 0, Exact, "Zelensky", false}},
		"3,000 North Korean soldiers were killed or wounded, said Zelensky.":                                  {{Casualties, nk, 3000, 0, Exact, "Zelensky", false}},
		"According to the Pentagon, 9,000 North Korean troops are in Russia.":                                 {{Troops, nk, 9000, 0, Exact, "Pentagon", false}},
		"South Korea's Joint Chiefs of Staff told Reuters that 4,000 North Korean soldiers had been wounded.": {{Wounded, nk, 4000, 0, Exact, "South Korea's Joint Chiefs of Staff", false}},
		"Zelensky wrote on Telegram that 3,800 North Korean soldiers had been killed or wounded.":             {{Casualties, nk, 3800, 0, Exact, "Zelensky", false}},
		"Intelligence sources told the BBC that about 10,000 North Korean troops were deployed.":              {{Troops, nk, 10000, 0, About, "Intelligence sources, via the BBC", false}},
		"Military sources informed the Guardian that 400 North Korean soldiers died.":                         {{Killed, nk, 400, 0, Exact, "Military sources, via the Guardian", false}},
		"About 300 North Korean soldiers have been killed, the NIS, lawmaker Park Min-jae said.":              {{Killed, nk, 300, 0, About, "NIS, via lawmaker Park Min-jae", false}},
		"Nobody knows how many; 300 North Korean soldiers were reportedly killed.":                            {{Killed, nk, 300, 0, Exact, "", false}},
		"“There are about 12,000 North Korean troops in Kursk,” the minister said.":                           {{Troops, nk, 12000, 0, About, "", false}},
		"Defence Minister Ivan Petrenko spoke on Sunday. “Some 12,000 North Korean soldiers are fighting,” he told the channel.": {
			{Troops, nk, 12000, 0, About, "Ivan Petrenko", false}},
		"The Institute said 9,000 North Korean soldiers are stationed in Kursk.": {{Troops, nk, 9000, 0, Exact, "Institute", false}},
		"Ukraine's military intelligence agency estimated that 1,200 North Korean soldiers were killed.": {
			{Killed, nk, 1200, 0, Exact, "Ukraine's military intelligence agency", false}},
		"North Korea has sent 11,000 soldiers, the U.S. said.":                                {{Troops, nk, 11000, 0, Exact, "U.S.", false}},
		"While the Kremlin stayed silent, Seoul said 11,000 North Korean troops had arrived.": {{Troops, nk, 11000, 0, Exact, "Seoul", false}},
	})
}

func TestExtractPartial(t *testing.T) {
	checkSentences(t, map[string][]w{
		"An additional 3,000 North Korean troops were sent, Seoul said.":                  {{Troops, nk, 3000, 0, Exact, "Seoul", true}},
		"Another 1,000 North Korean soldiers were deployed, Seoul said.":                  {{Troops, nk, 1000, 0, Exact, "Seoul", true}},
		"Seoul said 3,000 more North Korean troops had arrived.":                          {{Troops, nk, 3000, 0, Exact, "Seoul", true}},
		"Several hundred North Korean special forces were stationed in Kursk, Kyiv said.": {{Troops, nk, 200, 900, Vague, "Kyiv", true}},
		"A further 2,000 North Korean soldiers were moved to Kursk, Kyiv said.":           {{Troops, nk, 2000, 0, Exact, "Kyiv", true}},
	})
}

func TestExtractNotClaims(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The troops carried 60mm mortars and 120 mm guns.":                               nil,
		"North Korean troops were stationed 50 kilometres from the border.":              nil,
		"Ukrainian forces held 600 square kilometres of Russian land.":                   nil,
		"Support for the war fell to 40% among North Korean soldiers, a survey said.":    nil,
		"North Korea was paid $500 million for its soldiers.":                            nil,
		"The 19-year-old North Korean soldier was captured.":                             nil,
		"In 2024 North Korean troops were deployed to Kursk.":                            nil,
		"North Korean troops arrived on 4 November, Seoul said.":                         nil,
		"The convoy of North Korean soldiers left at 10:30 on Monday.":                   nil,
		"It was the 3rd North Korean unit deployed to Kursk.":                            nil,
		"North Korea shipped 13,000 containers of ammunition to its troops.":             nil,
		"Pyongyang sent 170 artillery pieces and 240 launchers with its soldiers.":       nil,
		"Russia returned 100 coffins of North Korean soldiers, Kyiv said.":               nil,
		"North Korea plans to send 12,000 more troops by December, Seoul said.":          nil,
		"Pyongyang is preparing to send 5,000 soldiers, officials said.":                 nil,
		"North Korea could send 20,000 troops next year, analysts said.":                 nil,
		"Russia will deploy 10,000 North Korean soldiers in spring, Seoul warned.":       nil,
		"A small group of North Korean soldiers came under fire.":                        nil,
		"A few North Korean soldiers were seen near the front.":                          nil,
		"Ukraine launched its offensive in August 2024 with North Korean troops absent.": nil,
		"One official said North Korean troops were poorly trained.":                     nil,
		"The war has lasted 1,000 days, and North Korean troops joined it late.":         nil,
		"At least 28 military planes carried the North Korean troops.":                   nil,
		"Ukraine's forces are spread across 1,300 km of front.":                          nil,
		"Previous article3,000 North Korean troops killed, Seoul says":                   nil,
		"Read also:\n5,000 North Korean soldiers killed in Kursk, claims Kyiv":           nil,
		"The mortar has a range of between 40 and 60 km.":                                nil,
		"North Korean soldiers were seen in the 2nd and 3rd lines of defence.":           nil,
		"Over a three-month period North Korean troops advanced slowly.":                 nil,
		"Civilians were hit: 30 people died in the shelling of the town.":                nil,
	})
}

func TestExtractHeadline(t *testing.T) {
	x := NewExtractor(Lexicon{})
	cases := map[string]w{
		"Kyiv: 3K North Korean troops killed or wounded":              {Casualties, nk, 3000, 0, Exact, "Kyiv", false},
		"Zelensky says over 1K North Korean soldiers captured":        {Captured, nk, 1000, 0, MoreThan, "Zelensky", false},
		"Seoul: North Korea has sent about 11,000 soldiers to Russia": {Troops, nk, 11000, 0, About, "Seoul", false},
	}
	for title, e := range cases {
		t.Run(title, func(t *testing.T) {
			got := x.Extract(Document{Title: title, Text: "Nothing to see here."})
			if len(got) != 1 {
				t.Fatalf("got %s, want %v", describe(got), e)
			}
			g := got[0]
			if g.Metric != e.m || g.Subject != e.s || g.Value != e.v || g.Qualifier != e.q || !strings.Contains(g.Attribution, e.by) {
				t.Errorf("got %s, want %v", describe(got), e)
			}
		})
	}
}
