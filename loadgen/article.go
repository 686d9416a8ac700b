// Package loadgen makes synthetic load for `crosscheck bench`: news-length
// articles about the shipped story with varied figures, and a feed server
// on loopback that answers conditional GETs and can publish new items
// while a poller watches it.
package loadgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// Article is one generated report.
type Article struct {
	GUID      string
	URL       string
	Title     string
	Body      string // paragraphs separated by blank lines
	Published time.Time
}

// The vocabulary the generator draws from: every figure sentence combines
// a subject, a metric, a qualifier and an attribution, so the extractor
// sees the variety real coverage gives it.
var (
	subjects = []string{"North Korean", "North Korean", "DPRK", "Pyongyang's"}
	// Each metric comes with the figures coverage keeps repeating, as
	// different outlets write them; they agree with each other, so most
	// reports raise no alert, as in real coverage.
	metrics = []struct {
		noun, verb string
		figures    []string
	}{
		{"troops", "have been deployed to the Kursk region",
			[]string{"about 11,000", "more than 10,000", "11,000 to 12,000", "around 12,000", "some 11,500"}},
		{"soldiers", "have been killed in the Kursk region",
			[]string{"about 300", "at least 300", "nearly 300", "some 290"}},
		{"soldiers", "were wounded in fighting near Kursk",
			[]string{"about 2,700", "some 2,700", "nearly 2,800", "more than 2,500"}},
		{"soldiers", "have been captured by Ukrainian forces",
			[]string{"two", "2", "at least two"}},
		{"troops", "have been killed or wounded, losses that",
			[]string{"about 3,000", "more than 3,000", "over 3,000", "at least 3,000"}},
	}
	qualifiers = []string{"about", "more than", "at least", "up to", "nearly", "", "some", "fewer than"}
	sources    = []string{
		"South Korea's Joint Chiefs of Staff said", "Volodymyr Zelensky wrote on Telegram",
		"according to Ukrainian military intelligence,", "the Pentagon said on Monday",
		"sources told the BBC", "the National Intelligence Service told lawmakers",
		"a NATO official said", "the Institute for the Study of War estimated",
	}
	// Headlines carry no digits: a number in a title is read as a figure.
	headlines = []string{
		"North Korean troops in Kursk: what we know", "Pyongyang's soldiers join Russia's war",
		"Kyiv says North Korean units are fighting in Kursk", "Seoul raises its estimate of North Korean losses",
		"Inside the North Korean deployment to Russia", "Kursk fighting draws in troops from Pyongyang",
	}
	fillers = []string{
		"The deployment has deepened concern in Seoul and Washington about military cooperation between Moscow and Pyongyang.",
		"Analysts say the troops lack experience of drone warfare and have taken heavy losses in open terrain.",
		"Russia has neither confirmed nor denied the presence of North Korean units on its territory.",
		"Footage released by Kyiv showed soldiers speaking Korean near the village of Plekhovo.",
		"The Kremlin signed a mutual defence treaty with North Korea in June 2024.",
		"Officials in Kyiv said the units were integrated into Russian airborne and marine brigades.",
		"Satellite images showed ships moving artillery shells from the port of Rajin to Vladivostok.",
		"The fighting around Sudzha has continued for weeks despite winter weather.",
		"Western governments have warned that the war risks drawing in further countries.",
		"Experts cautioned that casualty figures from both sides are difficult to verify independently.",
		"The soldiers were reportedly issued Russian uniforms and identity papers from Buryatia.",
		"A prisoner exchange was discussed but no agreement has been announced.",
	}
)

// articleBytes holds most bodies (5-9 paragraphs of 2-4 sentences) without
// growing the builder.
const articleBytes = 4096

// NewArticle generates article number seq of a feed. The same arguments
// always give the same article.
func NewArticle(r *rand.Rand, feedHost string, seq int, published time.Time) Article {
	var b strings.Builder
	b.Grow(articleBytes)
	paragraphs := 5 + r.IntN(5)
	for p := range paragraphs {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for s := range 2 + r.IntN(3) {
			if s > 0 {
				b.WriteByte(' ')
			}
			if r.IntN(3) == 0 {
				b.WriteString(figureSentence(r))
			} else {
				b.WriteString(fillers[r.IntN(len(fillers))])
			}
		}
	}
	url := fmt.Sprintf("https://%s/news/%d-north-korea-kursk", feedHost, seq)
	return Article{
		GUID:      url,
		URL:       url,
		Title:     headlines[r.IntN(len(headlines))],
		Body:      b.String(),
		Published: published,
	}
}

// outlierEvery: one figure in so many departs from the established ones.
const outlierEvery = 40

// figureSentence says who claims how many of whom did what.
func figureSentence(r *rand.Rand) string {
	m := metrics[r.IntN(len(metrics))]
	value := m.figures[r.IntN(len(m.figures))]
	if r.IntN(outlierEvery) == 0 {
		// A new or contested figure: this is what raises alerts.
		value = figure(r)
		if q := qualifiers[r.IntN(len(qualifiers))]; q != "" {
			value = q + " " + value
		}
	}
	subj := subjects[r.IntN(len(subjects))]
	src := sources[r.IntN(len(sources))]
	if r.IntN(2) == 0 {
		return fmt.Sprintf("%s %s %s %s %s.", capitalise(src), value, subj, m.noun, m.verb)
	}
	return fmt.Sprintf("%s %s %s, %s.", capitalise(value), subj, m.noun, strings.TrimSuffix(m.verb, ", losses that")+" "+strings.TrimSuffix(src, ","))
}

// figure is a number as reporters write it: digits with separators,
// ranges, words.
func figure(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%d,%03d", 1+r.IntN(15), r.IntN(10)*100)
	case 1:
		lo := 1 + r.IntN(10)
		return fmt.Sprintf("%d,000 to %d,000", lo, lo+1+r.IntN(3))
	case 2:
		return []string{"several hundred", "thousands of", "a dozen", "dozens of"}[r.IntN(4)]
	case 3:
		return fmt.Sprintf("%d", 50+r.IntN(900))
	default:
		return fmt.Sprintf("%d,%03d", 10+r.IntN(90), r.IntN(1000))
	}
}

// letters spells n in the letters a-j, one per decimal digit: 12 is "bc".
func letters(n int) string {
	digits := strconv.Itoa(n)
	b := []byte(digits)
	for i, d := range digits {
		b[i] = byte('a' + d - '0')
	}
	return string(b)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// NewConflict is a report whose lead gives a troop figure (40,000 and
// more) outside what NewArticle's regular sources write, so it conflicts
// with their troops figures and raises an alert; it stays within ten
// times them, or it would read as a whole against a part
// (claims.partRatio). The rest of its body is
// random context marked as its own, so that two conflicts are never near
// copies of each other or of the regular articles (a copy raises no alert).
func NewConflict(r *rand.Rand, feedHost string, seq int, published time.Time) Article {
	a := NewArticle(r, feedHost, seq, published)
	a.URL = fmt.Sprintf("https://%s/live/%d-north-korea-kursk-troops", feedHost, seq)
	a.GUID = a.URL
	a.Title = "Live: new estimate of North Korea's deployment to Kursk"
	// A source the regular articles never quote: its figure conflicts with
	// theirs and revises none of its own, so each item raises one alert.
	// Its body is context without figures, so its one alert is the lead's
	// (a figure in the body could raise more, and Telegram's 20 messages a
	// minute would delay the ones measured). Each sentence is marked as this
	// update's: the fillers recur across the regular articles, and an item
	// whose sentences an earlier article holds is a copy, which raises none.
	// The mark spells seq in letters: "live update 9" beside a filler's
	// "heavy losses" read as a figure of 9 casualties, a second alert
	// that held the next conflict's message a second behind it (Telegram's
	// one message a second in a chat).
	tag := fmt.Sprintf(" in live update %s from %s.", letters(seq), feedHost)
	var b strings.Builder
	for p := range 4 + r.IntN(3) {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for s := range 2 + r.IntN(2) {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSuffix(fillers[r.IntN(len(fillers))], ".") + tag)
		}
	}
	v := 40_000 + 10*seq
	a.Body = fmt.Sprintf("About %d,%03d North Korean troops have been deployed to Russia's Kursk region, "+
		"Latvia's defence ministry said on Monday.\n\n%s", v/1000, v%1000, b.String())
	return a
}
