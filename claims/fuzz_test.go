package claims

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract feeds arbitrary text to the extractor: it must not panic and
// every claim it returns must be sane.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "articles", "*.txt"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"An additional 11,000-12,000 highly motivated soldiers", "“Some 12,000 North Korean soldiers,” he told",
		"Kyiv: 3K North Korean troops killed", "between 10,000 and", "two-thirds of", "1.5 million",
		"11.000.000.000.000.000.000.000 North Korean troops were killed", "the NIS, lawmaker said",
		"”“\"” said 5 North Korean soldiers died.", "a dozen", "3,000-plus North Korean troops",
		"10 to 12 thousand North Korean soldiers were sent", "’s ’s 's North Korea's", "U.S. 5.",
		"- Koval (May 3): about 6 000 North Koreans killed.[2]", "[", "a[1", "6. ^ \"3,000\"", "1 000 000 000",
		"Koval:", ": 5 North Korean", "The tally, 3,000.", "That puts them at", "1\u202f000\u00a0000",
		// tables under a header, fact boxes, dated rows
		"| Date | Source | Killed |\n|---|\n| Jan 3, 2025 | NIS | - |\n\n| | | about 3 |", "Killed | Wounded | Source\n1 | 2 |",
		"- 2: North Korean", "Total: about", "Dec 19, 2024: 100 North Korean soldiers killed", "19 December 0: 5 killed",
		// timelines and the source a box's heading names
		"Oct. 2024 - first 1,500 shipped\nDec. 2024: losses put at 1,100", "Jan. 0 - x y", "Dec 2024 —",
		"[FACT BOX] what the NIS told lawmakers\nKilled in action : about 100", "by estimate\n- 5", "per\n1",
		"Troops sent in autumn 2024 | around 11,000 | NIS\n| 10-12 | JCS | x |", "aged 20 and",
		// dated rows under no header, a box title's bracketed source, a timeline's speaker
		"Nov. 2024 | 10,000-12,000 troops deployed\nOct. 2024 | NIS | about 1,500 shipped", "Dec 2024 | 5 ",
		"War in numbers (estimates by the NIS)\nJan. 2025 | about 300 killed", "(estimates by )", "x (by",
		"• Nov. 2024 — NIS: more than 10,000 troops", "• Nov. 2024 — : 5", "2 — North Korean soldiers held prisoner",
		// log entries and what rose from an old count, ending the text (a read past its end once)
		"21:48 | BREAKING | NIS: North Korean casualties around 4,700, roughly 600 of them fatal, up from 3,000",
		"21:48 | X | : 3,000", "▶ 17:58 NIS: up from \"100\"", "(11:40) x y z w v u t s r q up from 5",
		// appositions and what the sentence before opened with
		"Russia's chief, Valery Gerasimov, praised them. He said 5,000 were lost.", "X, , he said 3 died.",
		"according to a briefing lawmakers received from", "western and South Korean intelligence 5",
		// the fourth session's shapes: box rows with what they include, paired counts, openers
		"Troops sent (NIS): about 15,000, incl. about 3,000 reinforcements\nCasualties: 4, of whom", "x: 2, since",
		"Date | What | Figure | Source\nJan. 2025 | Killed / wounded | about 300 / about 2,700 / | NIS", "| ... |",
		"SEOUL, March 27 (Reuters) - North Korea sent 3,000, on top of the 11,000-odd troops it", "Two days earlier, ,",
		"That is the latest assessment of", "By that count, 5", "from December 20 to 22 killed 31", "to 0",
		// the fifth session's shapes: transcripts, titles alone, lists of countries, clauses that say when
		"PRESS SECRETARY SABRINA SINGH: Hi.\n\nWe believe 10,000 were sent.\n\nQ: How many?\n\nPRESS SECRETARY: 11,000.",
		"Press Secretary\n\nPRESS SECRETARY:", "MS. X:\n\n", "according to Ukrainian, South Korean and US intelligence, 5",
		"Kyiv, Seoul and Washington all put the force at between 11,000 and 12,000", "Ukrainian, , and",
		"after Moscow declared Kursk retaken, by 3", "(see 15.58)", "10.2 North Korean soldiers", "Neither Moscow nor",
		"At least 28 people were killed and more than 130 injured", "shot down 47, and another 27 were lost",
		"The Joint Chiefs of Staff in Seoul said. The Joint Chiefs say 11,000", "Its military intelligence agency says 5",
		// the sixth session's shapes: asides, yes-or-no questions, labels with a year, acronyms, relays by surname
		"The enemy's losses, Gerasimov said, had passed 70,000", ", x said,", "Have any been taken prisoner?\nYes. Two, both wounded",
		"Q. How many?\n\nAbout 5", "Yes.", "North Korean troops in Russia, late 2024: about 11,000", "x, 2024: 5",
		"the military intelligence service (HUR) said 1,000 died", "() said", "His figure: more than 3,000", "His figure:",
		"Estimates from Seoul, Washington and Kyiv have settled at between 10,000 and 12,000", "Estimates from , and",
		"lawmaker Park relayed it.\n\nAccording to Park, 300 were killed", "According to him, 5", "According to the general, 5",
		"Some 1,100 of the roughly 11,000-strong contingent were killed", "1 of the 2", "Full Text: X's Address\n\n5 troops",
		"the 1,500 that moved first", "1,000 of the engineers promised in June have already arrived", "promised already",
		"Air defence shot down 87 of them, while 51 were lost", "against 51 individuals and companies", "Read more:\nX: 5 troops",
		// the seventh session's shapes: wholes "out of", totals brought to, pledges, captors, pronouns' agencies
		"2,000 had been killed, out of a force that Seoul and Kyiv have put at between 11,000 and 15,000", "out of", "killed out of 5",
		"will send 1,000 sappers, and another 5,000 builders", ", and another", ", and a further", "that brought the total to 3",
		"the two captured men, aged 20 and 26", "Pyongyang acknowledged the deployment", "have each estimated that 5",
		"at the time gave a range of 5", "Thousands more have been wounded, the official added.", "the official said 5",
		"His agency, known by its Ukrainian initials HUR, said 500", "His agency said", "Russia throws them. They lost 5",
		"put the size of the deployment at 11,000", "the size of", "is sending 6,000 more", "posting images of two men",
		"nine of their comrades killed", "about 60,000 customers and repair crews",
		// the eighth session's shapes: lists of speakers, ratios, ages, asides, relayed briefings, captured ones
		"Kyiv, Washington and Seoul have each estimated that about 11,000", "A, B and", ", , and C said 5",
		"split roughly one to six", "split 1 to", "to every 30 soldiers", "to every", "20 years old and the other 26",
		"North Korean casualties, the agency told lawmakers, numbered roughly 4,700", ", x, numbered 5",
		"Lee told reporters what the agency had said. Some 300 are dead. Roughly 2,700 others", "what",
		"reported capturing one North Korean soldier", "one soldier was captured", "Its latest estimate is that 5", "Its",
		"Ukraine War Latest\n\nOver 3,000 North Korean soldiers", "had risen from about 3,000", "220 more 170 mm guns",
		"made their way west to the Kursk region", "their way", "Seoul and Kyiv have both put it at 11,000", "and Kyiv both",
		"North Korean troops fight in Kursk. The North is preparing to reinforce the roughly", "will replace the", "will replace the 11,000 troops it",
		"has sent 10,000 soldiers, who will", "one of the two held has told a paper that", "about 8,000 of an estimated", "of an",
		"to pose as a", "as a Russian", "nine of those who", "standing armies at", "according to both", "Forty-seven drones and another 12",
		// the twentieth session's shapes: tickers, a question's outlet, sources after quotations, places past asides
		"15:01 ▶ BREAKING: NIS says N. Korean casualties in Russia at about 4,700 incl. some 600 dead", "15:02 ▶", "1:2 ▶ x:",
		"Q (Yonhap): How many North Korean troops are in Russia now?\nLEE: The NIS puts the total at around 11,000.", "Q (", "Q (x)",
		"Claim 1. \"About 8,000 North Korean soldiers are in Kursk.\" Source: Antony Blinken, October 31.", "\"\" Source:",
		"put the number in the Kursk region, the border area held since August, at around 8,000", ", at 5", ", x, at",
		"said there were 11,000 of them there", "of them", "The same day", "Hours earlier", "A few", "the figure for the same region at 5",
		"Three days later, X went further: in his words, about 8,000", "in his words", "BERLIN 4°C", "4°", "differ by 3,000 soldiers",
		"The North Korean contingent, which Ukraine estimates at 11,000", ", which x estimates at", "Those words came from Ukraine's President",
	} {
		f.Add(s)
	}
	x := NewExtractor(Lexicon{})
	valid := map[Subject]bool{NorthKorea: true, Russia: true, Ukraine: true}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range x.Extract(Document{Title: text, Text: text}) {
			if c.Value < 0 || math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
				t.Errorf("bad value %v from %q", c.Value, c.Quote)
			}
			if c.ValueMax != 0 && c.ValueMax < c.Value {
				t.Errorf("value_max %v below value %v from %q", c.ValueMax, c.Value, c.Quote)
			}
			if _, ok := ParseMetric(string(c.Metric)); !ok || !valid[c.Subject] {
				t.Errorf("bad metric %q or subject %q", c.Metric, c.Subject)
			}
			if c.Attribution == "" || c.Quote == "" {
				t.Errorf("empty attribution or quote: %+v", c)
			}
		}
	})
}

// BenchmarkExtract measures articles per second over the dev corpus.
func BenchmarkExtract(b *testing.B) {
	arts := loadCorpus(b)
	x := NewExtractor(Lexicon{})
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a.doc)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
