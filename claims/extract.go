package claims

import (
	"math"
	"slices"
	"strings"
	"sync"
	"time"
)

// Extractor pulls figure claims out of articles. It holds indexes built
// once in NewExtractor and never written again, and a pool of token
// buffers, so it is safe for concurrent use.
type Extractor struct {
	metrics, subjects phraseIndex
	// tokens recycles articles' scratch buffers (*scratch): a set per
	// article was most of what extraction allocated. Nothing Extract
	// returns points into one.
	tokens sync.Pool
}

// NewExtractor builds an extractor from the built-in cues and extra ones
// from the config.
func NewExtractor(extra Lexicon) *Extractor {
	m, s := buildIndexes(mergeLexicons(DefaultLexicon(), extra))
	return &Extractor{metrics: m.withHead(cMetricHead), subjects: s.withHead(cSubjectHead)}
}

// Extract returns the claims an article makes, one per metric, subject and
// value, keeping the best-attributed and most informative statement of each.
func (x *Extractor) Extract(d Document) []Claim {
	buf := x.scratch()
	defer x.recycle(buf)
	headline := strings.TrimSpace(d.Title)
	sents, toks := splitSentences([]paragraph{{text: headline, low: asciiLower(headline)}}, buf.toks, buf.sents)
	nt := len(sents)
	sents, buf.toks = splitSentences(bodyParagraphs(d.Text), toks, sents)
	buf.sents = sents
	title, body := sents[:nt:nt], sents[nt:]
	markLabels(body, d.Text)
	loc := articleLocation(title, body)
	fallback, _ := x.articleSubject(title, body)
	author := statementBy(title)

	found := buf.found
	defer func() { buf.found = found }()
	titleClaims := 0
	for pi, part := range [][]sentence{title, body} {
		if pi == 1 {
			titleClaims = len(found)
		}
		partStart := len(found)
		speakers := &speakerTable{sents: part}
		var prev *Claim // the article's last figure, for "put the figure at"
		for i := range part {
			if pi == 0 && strings.HasSuffix(strings.TrimSpace(part[i].text), "?") {
				continue // "12K North Korean soldiers in Russia?": a headline that asks
			}
			for _, c := range x.sentenceClaims(part, speakers, i, fallback, prev, found[partStart:], d.Published) {
				if pi == 0 && c.Attribution == Unattributed {
					c.Attribution = headlineSpeaker(part[i])
				}
				if pi == 1 && c.Attribution == Unattributed && author != "" {
					c.Attribution = author // an address's own words, "According to preliminary data, …"
				}
				c.ArticleURL, c.Source, c.Published = d.URL, d.Source, d.Published
				if c.Location == theRegion {
					// "the contingent in the region had reached 11,000"
					c.Location = ""
					if region(loc) {
						c.Location = loc
					}
				}
				if c.Location == "" && c.Metric != Troops {
					// where the article is set names where losses were taken;
					// a deployment is placed only by its own sentence, since
					// a figure for Kursk is part of one for Russia
					c.Location = loc
				}
				found = append(found, c)
				if c.Qualifier != Vague {
					// "a few thousand remain" is no figure for "put the figure at" to restate
					prev = &found[len(found)-1]
				}
			}
		}
	}
	// found is recycled: what is returned must not share its array
	return slices.Clone(dropVagueEchoes(dropGuessedEchoes(dedupe(lostAsKilled(dropHeadlineRewordings(found, titleClaims))))))
}

// startsCount reports a figure at token k, if there is a token k.
func startsCount(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	_, ok := readQuantity(toks, k)
	return ok
}

// whoDied reports a noun whose relative clause says they died: "honored
// the nine sappers who died during the deployment" counts the dead.
func (x *Extractor) whoDied(toks []token, noun int) bool {
	if noun < 0 || noun+2 >= len(toks) || toks[noun+1].low != "who" || !peopleNouns[toks[noun].low] {
		return false
	}
	k := noun + 2
	for k < len(toks) && auxWords[toks[k].low] {
		k++
	}
	p, ok := x.metrics.at(toks, k)
	return ok && p.metric == Killed
}

// lostAsKilled reads "North Korea has lost about 600 soldiers" as the dead
// when the article counts about 600 killed elsewhere ("about 4,700
// casualties, with roughly 600 of them killed"): "lost" counts the dead or
// every casualty, and the article says which.
func lostAsKilled(cs []Claim) []Claim {
	for i := range cs {
		c := &cs[i]
		if c.Metric != Casualties || !lostWording(c.Quote) {
			continue
		}
		for _, k := range cs {
			if k.Metric == Killed && k.Subject == c.Subject && k.Value == c.Value && k.ValueMax == c.ValueMax {
				c.Metric = Killed
				break
			}
		}
	}
	return cs
}

// lostWording reports a sentence that counts losses with "lost" alone,
// naming neither the wounded nor casualties.
func lostWording(quote string) bool {
	low := strings.ToLower(quote)
	return (strings.Contains(low, " lost ") || strings.Contains(low, " lose ") || strings.Contains(low, " losing ")) &&
		!strings.Contains(low, "wounded") && !strings.Contains(low, "injured") && !strings.Contains(low, "casualt")
}

// firstGroupAside reports a figure set beside "the first contingent" or
// "the first wave" as an aside: "The first contingent, roughly 1,500
// soldiers believed to be drawn from the Storm Corps, reached …".
func firstGroupAside(toks []token, from int) bool {
	k := from - 1
	if k < 2 || toks[k].low != "," || !groupNouns[toks[k-1].low] {
		return false
	}
	return toks[k-2].low == "first" || toks[k-2].low == "initial"
}

// remainder reports a count of those still there, "fewer than 2,000
// North Korean soldiers were still in positions", "the remaining 3,000":
// what is left of the force sent, a part of it, never its rival.
func remainder(toks []token, from, to int, clause [2]int) bool {
	if from > 0 && toks[from-1].low == "remaining" {
		return true
	}
	for k := to + 1; k <= clause[1] && k <= to+8; k++ {
		if remainWords[toks[k].low] {
			return true
		}
	}
	return false
}

var remainWords = set("still", "remain", "remained", "remains", "remaining")

// legislatureOf reports "members of the National Assembly": the body the
// members at noun sit in.
func legislatureOf(toks []token, noun int) bool {
	k := noun + 1
	if k >= len(toks) || toks[k].low != "of" {
		return false
	}
	for k++; k < len(toks) && k <= noun+4; k++ {
		if legislatures[toks[k].low] {
			return true
		}
	}
	return false
}

var legislatures = set("assembly", "parliament", "congress", "senate", "duma", "legislature", "committee", "cabinet")

// markNouns after "the" and a figure make it a threshold a count passed.
var markNouns = set("mark", "threshold", "milestone", "range")

// dropHeadlineRewordings drops a headline's figure that the body gives for
// another metric, or that is the top of the body's range: "North Korea has
// lost 300 soldiers" over a body's "lost about 300 soldiers killed and
// 2,700 wounded" is the body's 300 dead, and "Up to 12K" over "between
// 10,000 and 12,000" the body's range, in fewer words.
// The first titled claims of cs are the headline's.
func dropHeadlineRewordings(cs []Claim, titled int) []Claim {
	type key struct {
		s       Subject
		v, vmax float64
	}
	body := map[key][]Metric{}
	tops := map[key][]Metric{} // the high ends of the body's ranges
	for _, c := range cs[titled:] {
		k := key{c.Subject, c.Value, c.ValueMax}
		body[k] = append(body[k], c.Metric)
		if c.ValueMax > 0 {
			top := key{c.Subject, c.ValueMax, 0}
			tops[top] = append(tops[top], c.Metric)
		}
	}
	out := cs[:0]
	for i, c := range cs {
		ms := body[key{c.Subject, c.Value, c.ValueMax}]
		if i < titled && len(ms) > 0 && !slices.Contains(ms, c.Metric) {
			continue
		}
		if i < titled && (c.Qualifier == UpTo || c.Qualifier == Exact) && slices.Contains(tops[key{c.Subject, c.Value, 0}], c.Metric) {
			// "Up to 12K" or "a 12K-strong force" over the body's "between
			// 10,000 and 12,000": its top, in fewer words
			continue
		}
		if i < titled && c.Qualifier == About && roundsBody(c, cs[titled:]) {
			continue // "losses near 5,000" over the body's "About 4,700": rounded for the headline
		}
		out = append(out, c)
	}
	return out
}

// roundsBody reports a headline's figure that rounds a body's figure of
// the same metric and people to fewer digits, within a tenth of it, when
// the body does not give the headline's figure itself ("likely around
// 5,000" over the body's 5,000 and another source's 4,700).
func roundsBody(c Claim, body []Claim) bool {
	for _, b := range body {
		if b.Metric == c.Metric && b.Subject == c.Subject && b.Value == c.Value {
			return false
		}
	}
	for _, b := range body {
		if b.Metric == c.Metric && b.Subject == c.Subject && b.ValueMax == 0 && b.Value != c.Value &&
			math.Abs(b.Value-c.Value) <= c.Value/10 && significantDigits(c.Value) < significantDigits(b.Value) {
			return true
		}
	}
	return false
}

// significantDigits counts a whole number's digits before its trailing
// zeros: 5,000 has one, 4,700 two.
func significantDigits(v float64) int {
	n := int64(v)
	for n != 0 && n%10 == 0 {
		n /= 10
	}
	d := 0
	for ; n != 0; n /= 10 {
		d++
	}
	return d
}

// dropGuessedEchoes drops a figure whose subject was guessed when the
// article gives the same figure, for the same metric, with its subject
// named: a headline's copy in a live page's furniture is the same figure.
func dropGuessedEchoes(cs []Claim) []Claim {
	type key struct {
		m       Metric
		v, vmax float64
	}
	return dropEchoes(cs, func(c Claim) key { return key{c.Metric, c.Value, c.ValueMax} },
		func(c Claim) bool { return c.Tentative })
}

// dropVagueEchoes drops "thousands of troops" from an article that gives
// the figure itself elsewhere ("about 11,000 troops"): the vague phrase
// summarises, it is no second estimate.
func dropVagueEchoes(cs []Claim) []Claim {
	type key struct {
		m Metric
		s Subject
	}
	return dropEchoes(cs, func(c Claim) key { return key{c.Metric, c.Subject} },
		func(c Claim) bool { return c.Qualifier == Vague })
}

// dropEchoes drops the weak claims (guessed, vague) whose key a firm claim
// of the article also has.
func dropEchoes[K comparable](cs []Claim, key func(Claim) K, weak func(Claim) bool) []Claim {
	firm := map[K]bool{}
	for _, c := range cs {
		if !weak(c) {
			firm[key(c)] = true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if weak(c) && firm[key(c)] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// sentenceClaims finds the claims of sentence i.
// fallback is the article's subject, for figures that name none nearby;
// earlier are the claims of the sentences before, prev the last of them.
func (x *Extractor) sentenceClaims(sents []sentence, speakers *speakerTable, i int, fallback Subject, prev *Claim, earlier []Claim, published time.Time) []Claim {
	s := sents[i]
	toks := s.toks
	if correctionNote(toks) || inCorrection(sents, i) || readerAppeal(toks) || yesNoQuestion(s) || episodeTitle(toks) || citedTitle(toks) {
		return nil
	}
	// datedBefore's answer, once a claim asks (sentenceDated)
	dated := int8(-1)
	var hits []subjectHit
	var out []Claim
	lastTo := -1         // where the last claim's figure ends
	lastChanged := false // the last claim was the count as it was ("up from …")
	lastEarlier := false // the last claim was a statement restated (statedEarlier)
	for j := 0; j < len(toks); j++ {
		q, ok := readQuantity(toks, j)
		if !ok || notAFigure(toks, q) {
			continue
		}
		if hits == nil {
			hits = x.subjectHits(toks)
		}
		if c, ok := x.claimAt(sents, speakers, i, q, hits, fallback, prev, earlier); ok {
			if len(out) > 0 && sharesQualifier(toks, lastTo, q.from, out[len(out)-1].Qualifier, c.Qualifier) {
				c.Qualifier = About // "about 300 killed and 2,700 wounded"
			}
			if len(out) > 0 && c.Subject != out[len(out)-1].Subject && (conjunct(toks, lastTo, q, hits) || moreOfThem(toks, lastTo, q, hits)) {
				// "killed 17 North Korean soldiers and wounded 29 more": the
				// second figure counts the same people
				c.Subject, c.Tentative = out[len(out)-1].Subject, out[len(out)-1].Tentative
			}
			_, qs := readQualifier(toks, q.from)
			if n := len(out); n > 0 && roseFrom(toks, qs) && out[n-1].Value < c.Value && c.Metric == out[n-1].Metric && !x.nounAfter(toks, q.to) {
				// "around 4,700 casualties, roughly 600 of them fatal, …, up
				// from about 3,000 it reported in January": what rose is a
				// count above the old one, not the part just named
				for k := n - 2; k >= 0; k-- {
					if out[k].Value > c.Value && out[k].Qualifier != Vague {
						c.Metric = out[k].Metric
						break
					}
				}
			}
			if changedFrom(toks, qs) {
				if who := relativeSource(s, thatAfter(toks, q.to)); who != "" && who[0] >= 'A' && who[0] <= 'Z' {
					// `a steep rise from the "at least 3,000" that U.S.
					// officials cited`, "well above the estimate of about
					// 8,000 North Korean troops in Kursk that Blinken gave"
					c.Attribution = who
				}
			}
			if changedFrom(toks, qs) || len(out) > 0 && lastChanged && includingBetween(toks, lastTo, q.from) {
				// "roughly 3,000, up from the 1,100 the agency reported":
				// the count as it was, which today's has replaced; and "…
				// from the agency's January estimate of some 3,000
				// casualties, including about 300 dead": its parts too
				c.Tentative = true
				lastChanged = true
				if on, ok := saidAfter(toks, q.to, published); ok && setAgainst(toks, qs) && c.Attribution != Unattributed {
					// "well above the roughly 8,000 that Blinken gave on
					// Oct. 31": another source's figure, of that day, for
					// the article's own rivals
					c.Said = on
				}
			} else {
				lastChanged = false
			}
			if len(out) > 0 && c.Attribution == Unattributed && out[len(out)-1].Attribution != Unattributed && listedWith(toks, lastTo, qs) && qs > 0 && toks[qs-1].low == "and" {
				c.Attribution = out[len(out)-1].Attribution // "an estimate of at least 100 dead and nearly 1,000 wounded": one source's list
			}
			earlierNow := statedEarlier(toks, q, published) || lastEarlier && listedWith(toks, lastTo, qs)
			if earlierNow || sentenceDated(&dated, toks, published) {
				// "the roughly 600 deaths the agency reported in April": an
				// old statement restated, too old to conflict with today's;
				// "… put the toll at more than 100 dead and about 1,000
				// wounded": the figures listed with it, too
				if on, ok := saidOn(toks, q.from, published); ok && !c.Tentative {
					c.Said = on // "On Oct. 31, Blinken said …": when, for the article's own rivals
				}
				c.Tentative = true
			}
			if n, ok := daysLater(toks); ok && c.Said.IsZero() {
				// "On Oct. 31, Blinken put the number at about 8,000. Four
				// days later Kyiv gave a higher count": dated from the last
				// figure the article dated
				for k := len(earlier) - 1; k >= 0; k-- {
					if !earlier[k].Said.IsZero() {
						c.Said = earlier[k].Said.AddDate(0, 0, n)
						break
					}
				}
			}
			if c.Said.IsZero() && !published.IsZero() && i+1 < len(sents) && (quoteOwnedAfter(sents, speakers, i) != "" || speakerLineAfter(sents, i)) {
				// `"There are already 11,000 …" That was Volodymyr Zelensky,
				// in his evening address on November 4`: dated by the
				// sentence that names its speaker, for the article's own
				// rivals (a day before, it is still news to set against
				// other reports)
				nt := sents[i+1].toks
				if on, ok := dayIn(nt, 0, len(nt), published); ok && on.Before(published.Truncate(24*time.Hour)) {
					c.Said = on
				}
			}
			if c.Said.IsZero() && !published.IsZero() && region(c.Location) && q.to+3 < len(toks) && toks[q.to+1].low == "on" {
				// a count for one place, dated; a count of those sent, dated
				// so, is one step of a build-up the article retells
				if on, ok := dayIn(toks, q.to+1, min(q.to+6, len(toks)), published); ok && on.Before(published.Truncate(24*time.Hour)) {
					c.Said = on // "put the number there at about 8,000 on Oct. 31"
				}
			}
			if c.Said.IsZero() && !published.IsZero() {
				if n, ok := daysAgo(toks, q.from); ok {
					// "Zelensky said a week ago that 11,000 …": that day,
					// for the article's own rivals
					c.Said = published.Truncate(24*time.Hour).AddDate(0, 0, -n)
				}
			}
			if c.Said.IsZero() && !published.IsZero() {
				if on, ok := dayReportedAfter(toks, q.to, published); ok {
					// "About 8,000 … were in Kursk, Blinken told reporters on
					// October 31": the day it was given, for the article's
					// own rivals
					c.Said = on
				}
			}
			lastEarlier = earlierNow
			out = append(out, c)
			prev = &out[len(out)-1]
			lastTo = q.to
		}
		j = q.to
	}
	return out
}

// askedFor reads what an explainer's question asks the count of: "How
// many soldiers did North Korea send?" troops, "How many have died?" the
// dead. A cue of what befell them wins over the people named.
func (x *Extractor) askedFor(q []token) (Metric, bool) {
	if len(q) > 2 && q[0].low == "q" && (q[1].low == "." || q[1].low == ":") {
		q = q[2:] // "Q. How many North Korean soldiers went to Russia?"
	} else if len(q) > 5 && q[0].low == "q" && q[1].low == "(" {
		if c := slices.IndexFunc(q[:min(len(q), 8)], func(t token) bool { return t.low == ":" }); c > 2 && q[c-1].low == ")" {
			q = q[c+1:] // "Q (Yonhap): How many North Korean troops are in Russia now?"
		}
	}
	if len(q) >= 3 && q[len(q)-1].low != "?" {
		// "He did not disclose how many North Korean servicemen had taken
		// part. Western media have put their number at …": the question
		// reported, and answered after
		for k := 0; k+2 < len(q); k++ {
			if q[k].low == "how" && q[k+1].low == "many" && peopleAfter(q, k+2) {
				q = q[k:]
				break
			}
		}
	}
	if len(q) < 3 || !(q[0].low == "how" && q[1].low == "many" && (q[len(q)-1].low == "?" || peopleAfter(q, 2))) &&
		!(askingVerbs[q[0].low] && q[1].low == "any" && q[len(q)-1].low == "?") {
		return "", false // "Have any been taken prisoner?" asks it too
	}
	best, ok := Metric(""), false
	for k := 2; k < len(q); k++ {
		if p, found := x.metrics.at(q, k); found {
			if p.metric != Troops {
				return p.metric, true
			}
			best, ok = Troops, true
		}
		if arrivalVerbs[q[k].low] || q[k].low == "go" {
			best, ok = Troops, true // "How many went?"
		}
		if k == 2 && k+1 < len(q) && beForms[q[k].low] && (q[k+1].low == "there" || q[k+1].low == "in") {
			best, ok = Troops, true // "How many are there?", "How many are in Kursk?"
		}
	}
	return best, ok
}

// peopleAfter reports a people noun within the few words from k on:
// "how many North Korean servicemen".
func peopleAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if peopleNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// askedBefore reads what the question just before sentence i asks the
// count of, past a bare "Yes." or "No." that opens the answer, or a short
// sentence with no figure: "How many North Korean troops are there?
// Estimates differ, but not by much. Officials have put the total at
// between 10,000 and 12,000."
func (x *Extractor) askedBefore(sents []sentence, i int) (Metric, bool) {
	m, _, ok := x.questionBefore(sents, i)
	return m, ok
}

// questionBefore is askedBefore, with the index of the question.
func (x *Extractor) questionBefore(sents []sentence, i int) (Metric, int, bool) {
	k := i - 1
	if t := sents[k].toks; k > 0 && len(t) > 0 && len(t) <= 2 && (t[0].low == "yes" || t[0].low == "no") {
		k--
	}
	if m, ok := x.askedFor(sents[k].toks); ok {
		return m, k, true
	}
	if t := sents[k].toks; k > 0 && len(t) > 0 && len(t) <= 14 && t[len(t)-1].low != "?" && !hasNumber(t) {
		m, ok := x.askedFor(sents[k-1].toks)
		return m, k - 1, ok
	}
	return "", 0, false
}

// takeVerbs before a count and "prisoner" after its people capture them.
var takeVerbs = set("taken", "took", "take", "takes", "taking")

var askingVerbs = set("have", "has", "were", "was", "did", "are")

// movedTo finds the region a verb of moving takes people to: "have moved
// to the Kursk region", "were deployed into Kursk".
func movedTo(toks []token) string {
	for k := 0; k+2 < len(toks); k++ {
		way := toks[k].low == "way" && k > 0 && (toks[k-1].low == "their" || toks[k-1].low == "its")
		if way && k+3 < len(toks) && directions[toks[k+1].low] {
			k++ // "have made their way west to the Kursk region"
		}
		if !movingVerbs[toks[k].low] && !way || toks[k+1].low != "to" && toks[k+1].low != "into" && toks[k+1].low != "in" {
			continue
		}
		j := k + 2
		if toks[j].low == "the" && j+1 < len(toks) {
			j++
			if toks[j].low == "region" || toks[j].low == "oblast" {
				return theRegion // "had been moved into the region": the one the article is set in
			}
		}
		if l := sentenceLocation(toks[j : j+1]); l != "" {
			return l
		}
	}
	return ""
}

var (
	movingVerbs = set("moved", "deployed", "sent", "transferred", "redeployed", "arrived", "relocated")
	directions  = set("west", "east", "north", "south", "westward", "westwards", "southward", "southwards")
)

// farApart reports two figures too far apart in size for one to restate
// or revise the other: 2 prisoners and 3,000 losses.
func farApart(a, b float64) bool {
	lo, hi := min(a, b), max(a, b)
	return lo <= 0 || hi > 20*lo
}

// sentenceDated is datedBefore(toks, published), worked out once per
// sentence (it does not depend on the figure) and only for a sentence
// with a word of months: datedBefore finds nothing in any other, and it
// names every month in turn for each token (a seventh of Extract in
// `crosscheck bench`). memo is -1 until known, then 0 or 1.
func sentenceDated(memo *int8, toks []token, published time.Time) bool {
	if *memo < 0 {
		*memo = 0
		if namesMonth(toks) && datedBefore(toks, published) {
			*memo = 1
		}
	}
	return *memo == 1
}

// namesMonth tells whether a token is one of months' words, as every name
// monthNumber reads is. Most words fail on their length or first letter
// before the set is asked.
func namesMonth(toks []token) bool {
	for i := range toks {
		w := toks[i].low
		if len(w) < len("may") || len(w) > len("september") {
			continue
		}
		switch w[0] {
		case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
			if months[w] {
				return true
			}
		}
	}
	return false
}

func (x *Extractor) claimAt(sents []sentence, speakers *speakerTable, i int, q quantity, hits []subjectHit, fallback Subject, prev *Claim, earlier []Claim) (Claim, bool) {
	toks := sents[i].toks
	if q.value != math.Trunc(q.value) || q.max != math.Trunc(q.max) {
		return Claim{}, false // "(see 15.58)", a live blog's time: people come whole
	}
	qual, qstart := readQualifier(toks, q.from)
	if q.qual != Exact {
		qual = q.qual
	} else if qual == Exact {
		qual = readTrailingQualifier(toks, q.to)
		if qual == Exact && estimatedAt(toks, q.from) {
			qual = About
		}
		if qual == Exact && q.from >= 2 && toks[q.from-1].low == "the" && q.to+1 < len(toks) && markNouns[toks[q.to+1].low] {
			qual, _ = readQualifier(toks, q.from-1) // "had passed the 3,000 mark"
		}
	}
	if matchWords(toks, q.to+1, []string{"or", "so"}) {
		q.to += 2 // "2,700 or so have been wounded": what follows is the figure's
	}
	if qstart > 0 && toks[qstart-1].low == `"` && q.to+2 < len(toks) && toks[q.to+1].low == `"` {
		if n, _ := countedNoun(x, toks, q.to+1); n == q.to+2 || toks[q.to+2].low == "of" {
			q.to++ // `up from "at least 100" dead`, `"some 8,000" of them`: the figure quoted, what it counts after
		}
	}
	noun, kind := countedNoun(x, toks, q.to)
	if qstart == 0 && kind == nounElliptic && q.value >= 100 && q.to+2 < len(toks) && toks[q.to+1].low == "-" {
		// "11,000 — North Korean troops in the Kursk region, by Kyiv's
		// count": a force's line of a numbers box ("2 — North Korean
		// soldiers held prisoner" is read by what befell them)
		if n, k := countedNoun(x, toks, q.to+1); n >= 0 {
			noun, kind = n, k
		}
	}
	labelAfter := figureFirst(toks, qstart, q.to)
	if labelAfter && startsCount(toks, q.to+2) {
		return Claim{}, false // "187: Two prisoners and a body count": an episode's number, its title counting for itself
	}
	if labelAfter {
		noun, kind = countedNoun(x, toks, q.to+1) // the label after the colon says what is counted
	}
	colon, isList := listLabel(toks, qstart, q.to)
	if isList && kind == nounNone && q.to+1 == len(toks) {
		kind = nounElliptic // "Killed: at least 100", a fact box line with no full stop
	}
	if isList && (labelNoun(toks, colon) < 0 && thingsIn(toks[:colon]) || colon > 0 && thingNouns[toks[colon-1].low]) {
		// "Artillery shells shipped to Russia: estimated 9 million+",
		// "Infantry fighting vehicles: 381", "Armoured personnel carriers: 250"
		return Claim{}, false
	}
	if isList && kind == nounElliptic {
		if n := labelNoun(toks, colon); n >= 0 {
			noun, kind = n, nounPeople
		}
	}
	restated := (kind != nounPeople || noun > q.to+1) && q.to+1 < len(toks) && figureNouns[toks[q.to+1].low] && toks[q.to+1].low != "losses"
	if restated {
		// "the 1,100 figure the military gave", "Kyiv's nearly-4,000
		// figure": a figure met before, restated; with none before, it is
		// no knowing what it counts
		if prev == nil || metBeforeUnclaimed(sents, i, toks[q.from].text, q.value, earlier) {
			// "Q: Can you say whether the 900 figure includes temporary
			// forces?", the 900 being "about 900 U.S. troops in Syria":
			// what the figure met before counted was not the story's
			return Claim{}, false
		}
		if qstart == 1 && toks[0].low == "the" && claimedValue(earlier, q) {
			// "The 1,000 figure is one of several estimates": the claim
			// met before, talked about, not given again
			return Claim{}, false
		}
		noun, kind = -1, nounElliptic
		hits = notTheSource(hits, toks, qstart)
	}
	if kind != nounPeople && q.to+1 < len(toks) && markNouns[toks[q.to+1].low] && qstart >= 1 && toks[qstart-1].low == "the" {
		noun, kind = -1, nounElliptic // "losses had passed the 3,000 mark": the losses, counted
	}
	if kind == nounThing && noun == q.to+1 {
		return Claim{}, false // "more than 9 million rounds", "400 videos", however estimated
	}
	if (kind == nounThing || kind == nounNone) && estimatedAt(toks, qstart) {
		// "put the dead at more than 1,000 two days later": the noun before
		// "at" is what is counted, whatever follows the figure
		noun, kind = -1, nounElliptic
	}
	if kind == nounElliptic && estimatedAt(toks, qstart) {
		if n := estimatedNoun(toks, qstart); n >= 0 {
			noun, kind = n, nounPeople // "put the number of troops who reached the front at 11,000"
		}
	}
	numberOf := -1 // "the number of North Korean soldiers killed or wounded … has passed 4,000": what follows the noun
	if kind == nounElliptic {
		n := numberOfBefore(toks, qstart)
		if n < 0 && q.from > qstart {
			n = numberOfBefore(toks, q.from) // "… has passed four thousand": the qualifier is the verb
		}
		if n < 0 {
			n = peopleNumber(toks, qstart) // "North Korean soldiers in Kursk now number 11,000"
		}
		if n >= 0 {
			noun, kind, numberOf = n, nounPeople, n // "The number of North Korean soldiers in Russia has grown to about 3,000"
		}
	}
	if (kind == nounNone || kind == nounThing && measureNouns[toks[noun].low] && noun > q.to+1) && prev != nil && changedFrom(toks, qstart) &&
		(prev.Quote == sents[i].text || thatIsChange(toks) && quotedWithin(sents, i, prev, 1)) {
		// "roughly 10,000 …, up from 3,000 a week earlier", "up from the
		// 1,100 the agency reported": the same count, before (below)
		noun, kind = -1, nounElliptic
	}
	if kind == nounNone && moreArrived(toks, qstart, q.to) {
		kind = nounElliptic // "and an additional 3,000 or so arrived in January"
	}
	if kind == nounNone && prev != nil && prev.Metric == Troops && cameAfter(toks, q.to) {
		// "Blinken said about 8,000 had reached the Kursk region", "at
		// least 3,000 had made the trip": men of the force counted before
		kind = nounElliptic
	}
	if kind == nounNone && waveBefore(toks, qstart) >= 0 {
		kind = nounElliptic // "A second wave of roughly 3,000 followed": the wave's men
	}
	if kind == nounNone && q.to+2 < len(toks) && sentParticiples[toks[q.to+1].low] && (toks[q.to+2].low == "last" || toks[q.to+2].low == "in" || toks[q.to+2].low == "to" || toks[q.to+2].low == "earlier" || toks[q.to+2].low == "as") {
		// "on top of the roughly 11,000 dispatched last fall", "some 3,000
		// dispatched as reinforcements": the men sent
		kind = nounElliptic
	}
	if kind == nounNone && q.to+1 < len(toks) && arrivalVerbs[toks[q.to+1].low] && i > 0 {
		if _, asked := x.askedBefore(sents, i); asked {
			kind = nounElliptic // "How many troops did North Korea send? … roughly 11,000 went in the autumn"
		}
	}
	if kind == nounNone && qstart >= 2 && toks[qstart-1].low == "another" && toks[qstart-2].low == "and" && hasNumber(toks[:qstart-2]) {
		kind = nounElliptic // "sent around 11,000 troops in late 2024 and another 3,000 or so early this year"
	}
	if kind == nounNone && qstart >= 1 && toks[qstart-1].low == "the" && speakerAfter(toks, q.to) {
		kind = nounElliptic // "double the roughly 300 the agency reported in January": a figure given before
	}
	wholeOut := kind == nounNone && prev != nil && prev.Quote == sents[i].text && outOfAt(toks, q.from) >= 0
	if wholeOut {
		// "About 2,000 had been killed, out of the roughly 15,000
		// Pyongyang is believed to have sent": the men the part is of
		kind = nounElliptic
	}
	forceNumbers := kind == nounNone && qstart >= 2 && (toks[qstart-1].low == "numbers" || toks[qstart-1].low == "number") && toks[qstart-2].kind == tWord && !determiners[toks[qstart-2].low]
	if forceNumbers {
		kind = nounElliptic // "the force, which Seoul believes numbers roughly 11,000", "The reinforcements number around 3,000"
	}
	tallyOf := kind == nounNone && qstart >= 3 && toks[qstart-1].low == "of" && tallyNouns[toks[qstart-2].low] && toks[qstart-3].low == "the"
	if tallyOf {
		kind = nounElliptic // "more than three times the toll of roughly 600 given in April"
	}
	if kind == nounThing || kind == nounNone {
		return Claim{}, false
	}
	if q.value == 1 && q.max == 0 && toks[q.from].low == "one" && qstart >= 1 && onePersonPreps[toks[qstart-1].low] {
		return Claim{}, false // "A memo found on one dead soldier": a man pointed at, not a count
	}
	if q.value == 1 && q.max == 0 && kind == nounElliptic {
		return Claim{}, false // "both were wounded: one in the jaw": a pronoun, no count
	}
	if q.value == 1 && q.max == 0 && toks[q.from].low == "one" && q.to+1 < len(toks) && toks[q.to+1].kind == tWord && strings.HasSuffix(toks[q.to+1].low, "ed") {
		if _, counts := x.metrics.at(toks, q.to+1); !counts {
			return Claim{}, false // "Both were wounded, and one suffered injuries to his jaw": one of them, no count
		}
	}
	if kind == nounElliptic && qstart > 0 && thingBefore(toks, qstart) {
		return Claim{}, false // "personnel 774,110, tanks 9,630", "tanks — 9,511": a row of a tally names its things first
	}
	if e := q.to + 1; e < len(toks) && (countedEstimates[toks[e].low] || e+1 < len(toks) && estimateKinds[toks[e].low] && countedEstimates[toks[e+1].low]) {
		// "Why do the two estimates of North Korean losses differ?", "two
		// official estimates": estimates counted
		return Claim{}, false
	}
	if apartAfter(toks, q.to, noun) {
		return Claim{}, false // "Kyiv and Washington are several thousand soldiers apart": a gap
	}
	// "another 25 lost": lost what? "27 others were lost": others of what?
	lostAfter := noun == q.to+1 && (toks[noun].low == "lost" || toks[noun].low == "others")
	themOf := noun == q.to+2 && toks[noun].low == "them" // "Air defence shot down 87 of them": of what the sentence before counted
	// "of them" points back at the things counted before, whatever stands
	// before the figure (continuesThings from the sentence's start)
	if (kind == nounElliptic || lostAfter || themOf) && !estimatedAt(toks, qstart) &&
		(continuesThings(x, sents, i, qstart) || themOf && continuesThings(x, sents, i, 0) || thingsBefore(x, toks, qstart)) {
		return Claim{}, false // "… shot down 42 of 74 drones. A further 16 were lost": drones
	}
	leadOf := prev != nil && ofThatForce(toks, qstart)
	if onePerson(toks, q, noun) || wholeArmy(toks, qstart, noun) || sanctioned(toks, noun) || readership(toks, noun) || civilService(toks, noun) || noun >= 0 && nonCombatants[toks[noun].low] && !x.peopleLost(toks, qstart, noun) && !militaryWorkers(toks, q.to, noun) && !forcePutAt(toks, qstart) ||
		(noun < 0 || noun == q.to+1 || !peopleNouns[toks[noun].low]) && civiliansJoined(x, toks, qstart) {
		return Claim{}, false
	}
	if q.value < 100 && qstart > 0 && (toks[qstart-1].low == "the" || toks[qstart-1].low == "these") && !cueBetween(hits, q.to, noun) &&
		!(noun >= 0 && captiveNouns[toks[noun].low] && capturedAfterNoun(toks, noun)) && !theCaptured(toks, q.to, noun) && !x.whoDied(toks, noun) {
		return Claim{}, false // "the two men were wounded": people met before, not a count
	}
	clause := clauseOf(toks, q.from)
	if labelAfter {
		clause[1] = clauseOf(toks, q.to+2)[1]
	}
	if deniedBefore(toks, qstart) {
		return Claim{}, false // "Ukraine did not lose 400,000 soldiers": a claim denied
	}
	if disasterIn(toks, clause) {
		return Claim{}, false // "the death toll from last week's earthquake in Vanuatu stands at 14"
	}
	if x.thingsOfThem(toks, qstart, q.to, noun) {
		return Claim{}, false // "taught Russian military terms, more than 100 of them": the terms
	}
	if unitSize(toks, qstart) || perEvery(toks, q.to) {
		// "his crew of four", "His whole company was 120 men": how big a
		// unit is; "Nine wounded for every soldier killed": a ratio
		return Claim{}, false
	}
	if changeAmount(toks, qstart) && !(noun >= 0 && newcomers[toks[noun].low]) || shareOfFigure(toks, qstart) && !(kind == nounPeople && (noun == q.to+1 || noun > q.to+1 && noun <= q.to+3 && toks[noun-1].capital)) || gapBetween(toks, qstart) {
		// "raising Kyiv's count by close to a thousand", "two-thirds of the
		// nearly 4,000 had been wounded": a change or a share of a figure
		// met before, not a count of people; but "topped up by 1,500
		// replacements" counts the men who came, and "a quarter of the
		// roughly 11,000 troops Pyongyang has sent" counts the whole anew
		return Claim{}, false
	}
	if (isFuture(toks, clause, qstart) || coordinated(toks, clause, qstart) && isFuture(toks, clauseOf(toks, clause[0]-2), qstart)) && !x.befellBefore(toks, noun) && !(arrivedAlready(toks, noun) && !plannedBefore(toks, qstart)) || isHistory(toks, clause) || dailyTally(toks) && len(speakers.at(i)) == 0 && !partOfTotal(toks) {
		return Claim{}, false
	}
	if noun >= 0 && toks[noun].low == "members" && legislatureOf(toks, noun) {
		return Claim{}, false // "204 of the 300 members of the National Assembly voted": lawmakers
	}
	if noun >= 0 && toks[noun].low == "members" && (noun+1 >= len(toks) || toks[noun+1].low != "of" || noun+2 < len(toks) && (toks[noun+2].low == "our" || toks[noun+2].low == "this")) &&
		!(noun >= 2 && toks[noun-2].low == "of" && (toks[noun-1].low == "its" || toks[noun-1].low == "their")) &&
		!(noun >= 1 && toks[noun-1].poss && unitNouns[toks[noun-1].low]) {
		// "20,000 members who fund us", "Join 18,000 members of our
		// community"; "members of the KPA" are soldiers, and so are "nine
		// of its members" after a regiment and "nine of the regiment's
		// members"
		return Claim{}, false
	}
	anaphor := prev != nil && (anaphoricEstimate(toks, qstart) || namedFigure(toks, qstart) || rangeOf(toks, qstart) && !sizeAskedSince(sents, i, prev) || broughtTotal(toks, qstart) ||
		kind == nounElliptic && saidBare(toks, qstart) ||
		figureWas(toks, qstart) ||
		prev.Metric == Troops && (presentIn(toks, q.to) || thereWereIn(toks, qstart, q.to)) ||
		changedFrom(toks, qstart) && (prev.Quote == sents[i].text || !hasNumber(toks[:max(qstart-3, 0)]) &&
			(!hasNumber(toks[:qstart]) || toks[qstart-2].low == "times")))
	passedOver := false // the figure just before was too small or too large to be the one meant
	if anaphor && farApart(prev.Value, q.value) {
		// "Two … were captured last week. Seoul's intelligence service put
		// the figure at about 3,000": the figure of that size told before
		for k := len(earlier) - 1; k >= 0; k-- {
			if c := &earlier[k]; !farApart(c.Value, q.value) && c.Qualifier != Vague {
				prev, passedOver = c, true
				break
			}
		}
	}
	metric, ok := x.pickMetric(toks, q, noun, clause, kind)
	if ok && metric == Troops {
		if m, found := x.lossAfterAside(toks, noun); found {
			metric = m // "Nine sappers from the regiment, sent to clear Kursk of mines, died": what befell them
		}
	}
	if tallyOf && prev != nil && prev.Quote == sents[i].text {
		// "About 2,000 … have now been killed, more than three times the
		// toll of roughly 600": a bare toll measures what the figure it
		// is set against does
		metric, ok = prev.Metric, true
	}
	if numberOf >= 0 {
		if m, found := x.whatBefell(toks, numberOf); found {
			metric, ok = m, true
		}
	}
	if noun >= 0 && toks[noun].low == "people" && estimatedAt(toks, qstart) {
		if k := lossesEstimated(toks, qstart); k >= 0 {
			if p, found := x.metrics.at(toks, k); found {
				metric, ok = p.metric, true // "estimate the total losses … at over four thousand people, dead and wounded together"
			}
		}
	}
	if whomSent(toks, q.to) {
		metric, ok = Troops, true // "the troops, some 11,000 of whom have been sent to the Kursk area"
	}
	if lossesRoseTo(toks, qstart) && (!ok || metric == Troops) {
		metric, ok = Casualties, true // "North Korea's losses in its first months fighting alongside Russian forces have climbed to roughly 3,000"
	}
	if m, found := x.remainderIs(toks, qstart, q.to); found {
		metric, ok = m, true // "The remaining casualties, about 2,700, are wounded soldiers"
	}
	if prev != nil && prev.Quote == sents[i].text && (prev.Metric == Killed || prev.Metric == Wounded) && totalOf(toks, qstart) && kind != nounPeople {
		metric, ok = Casualties, true // "300 killed and 2,700 wounded, … bringing the total to roughly 3,000"
	}
	if prev != nil && (prev.Quote == sents[i].text || thatIsChange(toks) && quotedWithin(sents, i, prev, 1)) && changedFrom(toks, qstart) && kind != nounPeople {
		metric, ok = tallyBefore(toks, prev, earlier).Metric, true // "2,000 … have now been killed, up from about 600 in April": the same count, before
	}
	if ok && metric == Troops && qstart > 0 && toks[qstart-1].low == "killing" {
		metric = Killed // "reported killing 50 North Korean soldiers"
	}
	if ok && qstart >= 3 && (toks[qstart-1].low == "wounding" || toks[qstart-1].low == "injuring") &&
		(toks[qstart-2].low == "and" || toks[qstart-2].low == "or") && toks[qstart-3].low == "killing" {
		metric = Casualties // "reported killing and wounding dozens of North Korean soldiers"
	}
	if ok && qstart > 0 && takenVerbs[toks[qstart-1].low] && aliveAfter(toks, q.to) {
		metric = Captured // "said it had taken two of them alive"
	}
	if ok && metric != Troops && kind == nounPeople && (noun == q.to+1 || noun > q.to+1 && noun <= q.to+3 && (toks[qstart].low == "an" || toks[noun-1].capital)) && (partOfBefore(toks, qstart) || qstart == 2 && toks[0].low == "of" && toks[1].low == "the" && !x.befallsWhole(toks, noun)) {
		// "1,100 of N. Korea's 12K troops in Russia already killed or
		// wounded", "2,000 of an estimated 15,000 North Korean troops …
		// had been killed": the whole the part is of, counted as it stands;
		// so is "Of the roughly 11,000 soldiers Pyongyang sent, close to
		// half may be out of action"
		metric = Troops
	}
	if ok && (metric == Killed || metric == Wounded || metric == Captured) && lossesListed(toks, clause) &&
		!(q.to+1 < len(toks) && listedLosses[toks[q.to+1].low]) { // but "among them about 15,000 killed" counts its own
		metric = Casualties // "put out of action – killed, wounded, missing or captured – at roughly 4,000"
	}
	if !ok && strongBody(toks, q.to) {
		metric, ok = Troops, true // "concentrated a 50,000-strong group": the men in it
	}
	if !ok && kind == nounElliptic && prev != nil && prev.Metric == Troops && cameAfter(toks, q.to) {
		metric, ok = Troops, true
	}
	if !ok && moreArrived(toks, qstart, q.to) {
		metric, ok = Troops, true // "Roughly 3,000 more followed in January": more of the force came
	}
	if wave := waveBefore(toks, qstart); !ok && kind == nounElliptic && wave >= 0 &&
		(waveMoved(toks, q.to) || arrivedBefore(toks, wave) ||
			q.to+2 < len(toks) && (toks[q.to+1].low == "was" || toks[q.to+1].low == "were") && carriedVerbs[toks[q.to+2].low] ||
			ordinalWords[toks[wave].low] || wave > 0 && ordinalWords[toks[wave-1].low]) {
		// "An initial group of around 1,500 was ferried to Vladivostok"
		// "A second wave of roughly 3,000 followed in January", "The bulk
		// of them came in a first wave of between 11,000 and 12,000": the
		// wave came; "reported a second wave of about 3,000 early in
		// 2025": a wave counted in order is one of the force's
		metric, ok = Troops, true
	}
	if !ok && (kind == nounPeople && noun == q.to+1 || kind == nounElliptic && noun < 0) && cameInWave(toks, max(noun, q.to)+1) {
		metric, ok = Troops, true // "About 11,000 men went in the first wave": how many came, whatever befell them later
	}
	if !ok && kind == nounElliptic && servedAfter(toks, q.to+1) {
		metric, ok = Troops, true // "In all, roughly 15,000 are thought to have fought in the Kursk region"
	}
	if !ok && kind == nounElliptic && prev != nil && prev.Metric == Troops && qstart >= 2 && toks[qstart-1].low == "," &&
		(toks[qstart-2].low == "remainder" || toks[qstart-2].low == "rest") {
		metric, ok = Troops, true // "… 10,000 troops … The remainder, some two thousand, are still at training grounds"
	}
	if !ok && leadOf && kind == nounElliptic {
		metric, ok = prev.Metric, true // "Of that total, an estimated 8,000 have reached Kursk": part of the count before
	}
	rival := !ok && prev != nil && kind == nounElliptic && rivalEstimate(toks, qstart)
	if rival {
		anaphor = true // "Seoul's estimate is lower: about 3,000": the figure before, another source's
	}
	// "the Pentagon's own estimate of between 11,000 and 12,000": the figure
	// before, named
	namedOf := prev != nil && kind == nounElliptic && qstart >= 2 && toks[qstart-1].low == "of" &&
		figureNouns[toks[qstart-2].low] && toks[qstart-2].low != "losses"
	restated = restated || namedOf
	anaphor = anaphor || restated && !ok // "Kyiv's nearly-4,000 figure": the figure before, named
	if !ok && kind == nounElliptic && prev != nil && totalGrew(toks, qstart) && (prev.Quote == sents[i].text || quotedWithin(sents, i, prev, 2)) {
		// "Reinforcements followed early in 2025, and the NIS now believes
		// the total reached about 15,000": the count before, grown
		metric, ok, anaphor = prev.Metric, true, true
	}
	if !ok && prev == nil && kind == nounElliptic && anaphoricEstimate(toks, qstart) {
		metric, ok = x.namedBefore(sents, i) // the first figure, "put it at 10,000", of the force just named
	}
	if !ok && anaphor && kind == nounElliptic && i > 0 && !hasNumber(toks[:qstart]) {
		if m, asked := x.askedBefore(sents, i); asked {
			// "Q: How many North Korean soldiers are in Russia? A: Seoul's
			// estimate has not changed since last month: about 11,000": what
			// the question asks, not the figure before it
			metric, ok = m, true
		}
	}
	if !ok && anaphor {
		metric, ok = prev.Metric, true // "put them at about 4,700": the figure before, revised
		if m, named := x.namedBetween(sents, i, prev); named && !rival && !passedOver {
			metric = m // "Or take the size of the force. The Pentagon put it at 11,000": the force's
		}
		if metric == Troops && tollWas(toks, qstart) {
			metric = Casualties // "The 11,000-strong force … Three weeks ago the count was 3,000": its losses
		}
		if (metric == Killed || metric == Wounded) && (inTotal(toks, q.to) || deadAndWounded(prev.Quote) || broughtTotal(toks, qstart)) {
			// "The figure -- about 3,000 in total", "300 killed and 2,700
			// wounded; Zelensky's figure was 4,000", "That brings the total
			// to some 3,000": dead and wounded together
			metric = Casualties
		}
	}
	if !ok && noun >= 0 && noun+1 < len(toks) && (toks[noun+1].low == "prisoner" || toks[noun+1].low == "prisoners" || toks[noun+1].low == "captive") &&
		qstart >= 1 && takeVerbs[toks[qstart-1].low] {
		metric, ok = Captured, true // "We have also taken 713 Russian servicemen prisoner"
	}
	if !ok && kind == nounElliptic && i > 0 && !hasCount(toks[:qstart]) {
		if m, found := x.askedBefore(sents, i); found {
			// "How many soldiers did North Korea send? The NIS says about
			// 15,000 in total": the answer counts what the question asks
			metric, ok = m, true
		}
	}
	if ok && qstart == 0 && i > 0 && (metric == Troops && noun == q.to+1 && toks[noun].low != "more" && !cameInWave(toks, noun+1) || q.to+1 < len(toks) && toks[q.to+1].low == ",") {
		if m, found := x.askedBefore(sents, i); found && m != Troops {
			// "Have any been taken prisoner? Two soldiers, as far as is
			// publicly known": the answer names whom, the question what
			// befell them; "Yes. Two, both wounded and taken by Ukrainian
			// forces": how they were taken is not what is counted
			metric = m
		}
	}
	if !ok && kind == nounElliptic && sents[i].row && i > 0 && sents[i-1].row && prev != nil && prev.Quote == sents[i-1].text && qstart == 0 &&
		matchWords(toks, q.to+1, []string{",", "according", "to"}) {
		// "| 11,000-12,000 | Pentagon | December 2024 |" under "| About
		// 11,000 | South Korea's NIS | Initial deployment |": a table's bare
		// figure counts what the row above it counts
		metric, ok = prev.Metric, true
	}
	if ok && kind == nounElliptic && (metric == Killed || metric == Wounded) && breakdownAfter(toks, q.to) {
		metric = Casualties // "roughly 3,000 (about 300 dead and 2,700 wounded)": the whole of both
	}
	if ok && (metric == Killed || metric == Wounded) && sumOfBoth(toks, qstart) {
		metric = Casualties // "About 300 … killed and some 2,700 wounded, a total of around 3,000"
	}
	if !ok && kind == nounElliptic && (forceNumbers || figureForSoldiers(toks, qstart) ||
		qstart >= 3 && (toks[qstart-1].low == "," && troopsOpening(toks, qstart-1) || soldiersBeforeComma(toks, qstart))) {
		// "Reinforcements followed early in 2025, some three thousand
		// according to Seoul's military": the figure the opening men
		// number; "Our figure for North Korean soldiers in Russia is
		// something like 10,000"
		metric, ok = Troops, true
	}
	if !ok {
		return Claim{}, false
	}
	if metric == Wounded && q.value < 10 && q.max < 10 && woundedMen(toks, noun) {
		return Claim{}, false // "photographs of two wounded men": the men shown, not a count of wounded
	}
	if jointCue(hits, toks, clause) {
		return Claim{}, false
	}
	if w := relativeAfter(toks, q.to); w > 0 {
		hits = before(hits, w) // "8,000 of them are in Kursk, which Ukrainian forces seized": the place's
	}
	if c := sents[i].labelColon; c >= 0 && q.from > c {
		hits = after(hits, c) // "- A Ukrainian commander: 6,000 killed": the cue is the speaker's
	}
	if a, b := whereAsideBefore(toks, qstart); a > 0 {
		// "put the number in the Kursk region, where Ukraine holds
		// territory, at about 8,000": the place's aside
		hits = append(before(hits, a), after(hits, b)...)
	}
	if a, b := amongThemAside(toks, q.to); a > 0 {
		// "a force of some 50,000 troops, North Korean soldiers among them":
		// the aside names a part, not whose the force is
		hits = append(before(hits, a), after(hits, b)...)
	}
	if noun >= 0 && (foreignNoun(toks, noun) || foreignPlaceAfter(toks, noun)) {
		return Claim{}, false // "28,500 U.S. troops", "28,500 troops in South Korea"
	}
	var subject Subject
	guessed := false     // no cue in the figure's own sentence named whose people
	countrysOwn := false // "of its soldiers", a country's named the sentence before
	if isList {
		// a fact box line: only its label can name whose people; the bracket
		// after the figure is the source, and the line before is another row
		subject, ok = pickSubject(before(hits, colon), toks, q, noun, [2]int{0, colon})
	} else {
		if s, sure := theirPeople(hits, toks, qstart); sure {
			subject, ok = s, true // "North Korean soldiers … , putting their losses at 3,000"
		} else if prev != nil && theirLossesBefore(hits, toks, qstart) {
			subject, ok = prev.Subject, true // "Their losses … are already more than 4,000," after a count of North Koreans
		} else if s, sure := itsOwn(hits, toks, q.to, noun); sure {
			subject, ok = s, true // "North Korea sent 3,000 more, on top of the 11,000 it dispatched"
		} else if s, sure := theEnemy(toks, hits, qstart, q.to, func() string { return attribution(sents, speakers, i, q.from) }); sure {
			subject, ok = s, true // "the enemy lost more than 76,000", said Moscow: Ukraine's
		} else if s, sure := x.themNamedBefore(sents, i, qstart, q.to, noun); prev == nil && sure {
			subject, ok = s, true
		} else {
			subject, ok = pickSubject(hits, toks, q, noun, clause)
		}
		if !ok && noun >= 0 && toks[noun].low == "others" && prev != nil && (prev.Quote == sents[i].text || fromSentenceBefore(sents, i, prev)) {
			// "killed 50 North Korean soldiers and wounded 47 others", "…
			// including roughly 300 deaths. About 2,700 others have been
			// wounded": the others are the same side's
			subject, ok = prev.Subject, true
		}
		if noun < 0 && qstart >= 3 && toks[qstart-2].low == "and" && befellWords[toks[qstart-1].low] && civilians[toks[qstart-3].low] {
			// "killed two residents and wounded five": the same
			// bystanders, the noun given once
			return Claim{}, false
		}
		if (noun < 0 || noun == q.to+1 && befellWords[toks[noun].low]) && sameBystanders(toks, qstart) {
			// "Two people were killed and seven injured when a Russian
			// glide bomb hit": the noun given once, for both
			return Claim{}, false
		}
		if !ok && noun >= 0 && civilians[toks[noun].low] && agentIn(hits, toks, q) {
			// "Russian shelling of Kherson killed two people": the cue is who
			// fired, and the dead are bystanders no cue names
			return Claim{}, false
		}
		if !ok && foreignPeople(toks, q, noun) {
			// "the United States keeps 28,500 troops in South Korea": someone
			// else's people, whatever the sentences around them are about
			return Claim{}, false
		}
		partOf := prev != nil && prev.Quote == sents[i].text && (includedFigure(toks, qstart) || ofWhomBefore(toks, qstart)) && !cueBetween(hits, q.to, noun+1)
		// "North Korean soldiers, more than 10,000 of whom have been sent":
		// whom the sentence itself names
		whomHere := ok && q.to+2 < len(toks) && toks[q.to+2].low == "whom" && !guessed
		if s, named := forceBeforeWhich(hits, toks, qstart); named && anaphor {
			// "The North Korean contingent, which Ukraine estimates at
			// 11,000": the force the clause is about, whatever was counted
			// before
			subject, ok = s, true
		} else if anaphor || leadOf || partOf || prev != nil && (ofThem(toks, q.to, noun) && !whomHere || amongThem(toks, q.to) || !ok && sumOfBefore(sents, i, prev, metric)) {
			subject, ok = prev.Subject, true // "more than 3,000 of them": the people just counted
		}
		if anaphor && i > 0 && qstart >= 2 && toks[qstart-1].low == "at" && pronounAnaphors[toks[qstart-2].low] && prev.Quote != sents[i-1].text {
			if s, named := x.possessorBefore(sents, i); named {
				// "Russia's own losses continue to mount. Ukraine's General
				// Staff puts them at more than 1.08 million": the losses the
				// sentence before named, not the last figure's people
				subject = s
			}
		}
		if !ok && noun > 0 && toks[noun-1].low == "its" {
			// "… an estimate of North Korea's losses. Close to four thousand of
			// its soldiers, he said, have been killed": the country just named,
			// and all its losses, not a unit's part
			subject, ok = x.possessorBefore(sents, i)
			countrysOwn = ok
		}
		if !ok && ownPeople(toks, qstart, noun) {
			// "Nine of its soldiers were killed, KCNA said": the speaker's own
			subject, ok = speakerSubject(attribution(sents, speakers, i, q.from))
		}
		if !ok {
			if e := lastOf(earlier, metric); e != nil && (firm(e) || x.restatedNamed(sents, i, e)) && quotedWithin(sents, i, e, 3) {
				// "Mr President, Seoul puts North Korean casualties at 1,100. …
				// Killed and wounded — it is already more than 3,000": the same
				// count of the same people, given again
				subject, ok = e.Subject, true
			}
		}
		if !ok {
			// "North Korean casualties have exceeded 3,000, the NIS told
			// lawmakers. … Around 300 soldiers had died and some 2,700 had
			// been wounded, he said": the total's dead and wounded
			subject, ok = breakdownOf(sents, i, earlier, metric, q.value)
		}
		if !ok && metric == Troops {
			subject, ok = x.senderBefore(sents, i)
		}
		if !ok && metric == Troops && prev != nil && prev.Metric != Troops && forceNamedBefore(toks, qstart) {
			// "Gerasimov put Ukraine's losses at more than 76,000. …
			// Estimates put the initial force sent last autumn at 11,000": a
			// force named anew is the last force's people, or the story's,
			// not those whose losses were just counted
			if e := lastOf(earlier, Troops); e != nil {
				subject, ok, guessed = e.Subject, true, true
			} else if fallback != "" {
				subject, ok, guessed = fallback, true, true
			}
		}
		if !ok && !sents[i].row {
			// a table's row stands under the article's subject (the fallback
			// below), not the prose sentence above the table
			var sure bool
			subject, sure, ok = x.earlierSubject(sents, i)
			guessed = ok && !sure
			if ok && fallback != "" && fallback != subject && subject != Russia && x.sentTo(toks, Russia) {
				// "… an engagement with Ukrainian forces. The contingent sent to
				// Russia includes some 500 officers": the force sent there is
				// the story's, not the side the sentence before named
				subject, guessed = fallback, true
			}
		}
	}
	if ok && fallback != "" && fallback != subject && x.sentTo(toks, subject) {
		// "10,000: sent to Russia in total", under a count of Russia's own
		// troops: those sent to a country are not its own
		subject, guessed = fallback, true
	}
	if !ok && fallback != "" {
		// a fact box row stands under the article's subject; a sentence of
		// prose that names nobody is a guess
		subject, ok, guessed = fallback, true, !isList
	}
	if !ok {
		return Claim{}, false
	}
	if ofWhomCivilians(toks, qstart, q.to) {
		return Claim{}, false // "Residents of the border districts, more than 150,000 of whom were evacuated": not soldiers
	}
	if qstart >= 2 && toks[qstart-1].low == "of" && eachGroupNouns[toks[qstart-2].low] {
		// "operating in smaller units of 10 to 20 soldiers", "sent in
		// batches of 1,500": the size of each, not a count
		return Claim{}, false
	}
	if q.to+1 < len(toks) && imageNouns[toks[q.to+1].low] {
		// "a wall of 101 portraits of fallen soldiers": the pictures
		// counted, not the dead ("portraits of nine of its members who
		// died" count the dead)
		return Claim{}, false
	}
	if qstart >= 2 && toks[qstart-1].low == "of" && imageNouns[toks[qstart-2].low] && metric == Wounded {
		// "posting images of two men with bandages": the men met before,
		// pictured, not a count of the wounded (but "released a video of
		// two North Korean soldiers captured last week" shows prisoners)
		return Claim{}, false
	}
	if metric == Troops && (eventBefore(toks, qstart) || qstart >= 2 && toks[qstart-1].low == "of" && imageNouns[toks[qstart-2].low]) {
		// "a parade on Red Square, where some 11,500 soldiers marched",
		// "portraits of 101 soldiers": no deployment; but "portraits of nine
		// of its members who died" count the dead
		return Claim{}, false
	}
	if metric == Troops && q.value < 50 && q.max < 50 {
		return Claim{}, false // "columns of 20-40 men", "three generals": no deployment
	}
	if guessed && metric == Casualties && sumOfEarlier(earlier, subject, q.value) {
		// "At least 100 North Korean soldiers … have been killed and some
		// 1,000 others wounded, … 'the toll of dead and wounded has reached
		// around 1,100,' Lee said": the same people, summed
		guessed = false
	}
	asked := -1 // the question the sentence answers, if a guess needs it
	if (guessed || metric == Troops) && i > 0 {
		if m, k, ok := x.questionBefore(sents, i); ok && m == metric {
			asked = k
		}
	}
	named := func(k int) bool {
		return slices.ContainsFunc(x.spokenHits(sents[k]), func(h subjectHit) bool { return h.strong && h.subject == subject })
	}
	if guessed && asked >= 0 && (named(asked) || len(x.spokenHits(sents[asked])) == 0 && (asked > 0 && named(asked-1) || asked > 1 && named(asked-2))) {
		// "How many North Korean soldiers are in Kursk? It depends on whom
		// you ask. On Oct. 31, Blinken put the figure at about 8,000": the
		// answer counts whom the question asks about, or, for a bare "How
		// many are there?", whom the sentence before it named
		guessed = false
	}
	if metric == Troops && subject == NorthKorea && q.value >= 100000 {
		// "Special operations forces: about 200,000" in a box on the
		// Korean People's Army: the army or a branch of it, where every
		// estimate of those sent abroad is in the tens of thousands
		return Claim{}, false
	}
	if metric == Captured && fallback != "" && fallback != subject {
		if side, ok := speakerSubject(captor(sents[i], q.from, noun)); ok && side == subject || actsOn(hits, toks, qstart, subject) ||
			heldBySpeaker(hits, subject, attribution(sents, speakers, i, q.from)) {
			// "Ukraine has shown two prisoners", "as Kyiv questions two
			// captured soldiers": the captor's cue names who holds them,
			// not whose soldiers they are
			subject, guessed = fallback, true
		}
	}
	c := Claim{
		Metric: metric, Subject: subject, Value: q.value, ValueMax: q.max, Qualifier: qual,
		// "Of that force, 8,000 …" is part of it; "Of those [casualties], 1,000 killed" is every death
		Partial: isPartial(toks, qstart, q.to, noun) && !(metric != Troops && (lossOfThem(toks, qstart, q.to, noun) || countrysOwn || anotherCount(toks, qstart, prev, sents[i].text, metric))) || leadOf && metric == prev.Metric ||
			periodAlone(toks, q.to) || // "Roughly 1,500 of those losses came in March alone"
			metric == Troops && workerForce(toks, noun) ||
			metric == Troops && remainder(toks, qstart, q.to, clause) || // "fewer than 2,000 were still in positions": those left of the force
			metric == Troops && firstGroupAside(toks, qstart) || // "The first contingent, roughly 1,500 soldiers, reached …": one wave of the force

			noun < 0 && arrivedAs(toks, q.to) || // reinforcements are an additional force
			isList && noun >= 0 && newcomers[toks[noun].low], // "reinforcements (Jan.-Feb. 2025): about 3,000"
		Tentative:   guessed,
		Attribution: attribution(sents, speakers, i, q.from),
		Quote:       sents[i].text,
		Location:    claimLocation(placeWindow(toks, q)),
	}
	if c.Location == "" && metric == Troops && anaphor && qstart >= 4 && toks[qstart-1].low == "at" && toks[qstart-2].low == "there" {
		c.Location = regionBefore(sents, i) // "Mostly in Kursk, … Blinken put the number there at about 8,000"
	}
	if c.Location == "" && metric == Troops && prev != nil && prev.Metric == Troops && region(prev.Location) && countedThere(toks, qstart, q.to, anaphor) {
		// "Blinken said about 8,000 … were in the Kursk region. Zelensky
		// put the number there at 11,000", "… said 11,000 were there": a
		// rival count of the same place
		c.Location = prev.Location
	}
	if c.Location == "" && asked >= 0 {
		c.Location = claimLocation(sents[asked].toks) // "How many … are in Russia's Kursk region?"
	}
	if c.Location == "" || c.Location == "Russia" {
		if l := movedTo(toks[q.to+1 : max(q.to+1, clause[1]+1)]); l != "" {
			// "About 8,000 of the roughly 10,000 … sent to Russia have moved
			// to the Kursk region": where the clause's verb takes them
			c.Location = l
		}
	}
	if isList && c.Attribution == Unattributed {
		if src := bracketSource(sents[i], q.to); src != "" {
			c.Attribution = src
		} else if k := labelBracket(toks, colon); k >= 0 && toks[k+1].capital && monthNumber(toks[k+1].low) == 0 {
			// but "(Jan.-Feb. 2025)" says when
			c.Attribution = npAfter(sents[i], k+1) // "Reinforcements (NIS, Feb 2025): about 3,000"
		}
	}
	if c.Attribution == Unattributed || c.Attribution == sents[i].label && descriptiveLabel(c.Attribution) {
		// "- Initial deployment, Oct.-Dec. 2024: about 11,000 soldiers (South
		// Korean intelligence)": the label says what is counted, the
		// bracket who counted
		if src := closingBracketSource(sents[i], q.to); src != "" {
			c.Attribution = src // "… followed in early 2025 (NIS, Feb. 27)."
		}
	}
	if c.Attribution == Unattributed || len(speakers.at(i)) == 0 && sents[i].label == "" {
		// a quotation whose speaker the next sentence names is theirs,
		// not the last speaker's before it
		if who := quoteOwnedAfter(sents, speakers, i); who != "" {
			c.Attribution = who // `"… more than 3,000 …" That was President Zelensky`
		} else if who := signedQuote(sents[i], q.from); who != "" && c.Attribution == Unattributed {
			c.Attribution = who // `"… exceeded 3,000." — Volodymyr Zelensky, on X`
		}
	}
	if c.Attribution == Unattributed && prev != nil && prev.Attribution != Unattributed && theFiguresBefore(toks, qstart) {
		// "Some 300 killed and 2,700 wounded, the NIS said. The figures
		// put the North's losses at about 3,000": the same source's sum
		c.Attribution = prev.Attribution
	}
	if c.Attribution == Unattributed && prev != nil && prev.Quote == sents[i].text && prev.Attribution != Unattributed &&
		(includedFigure(toks, qstart) || ofWhomBefore(toks, qstart)) {
		// "Troops sent (NIS): about 15,000, incl. about 3,000
		// reinforcements": a part has its whole's source
		c.Attribution = prev.Attribution
	}
	if metric == Captured && len(speakers.at(i)) == 0 && sents[i].label == "" {
		if who := captor(sents[i], q.from, noun); who != "" && c.Attribution != Unattributed && !sameSide(who, c.Attribution) {
			// "Two soldiers captured in January remain in Ukrainian
			// custody. … Seoul has said …": the captor's own count, not
			// another side's neighbouring word; Zelensky beside "Ukrainian
			// forces captured two" announces it for them
			c.Attribution = who
		}
	}
	if c.Attribution == Unattributed && prev != nil && (sumsUp(toks) || anaphor || breaksDown(toks) ||
		noun >= 0 && toks[noun].low == "others" && fromSentenceBefore(sents, i, prev)) {
		// "Some 300 … are dead. Roughly 2,700 others have been wounded.": the same count's other half
		c.Attribution = prev.Attribution // "That puts the North's losses at 3,000": the last source's sum
	}
	if settledOn(toks, qstart) && len(speakers.at(i)) == 0 {
		if who := openingName(sents[i]); who != "" {
			c.Attribution = who // `The Pentagon, a few weeks behind, settled on "about 11,000"`
		}
	}
	if c.Attribution == Unattributed && len(speakers.at(i)) == 0 {
		if who := byParticiple(sents[i], qstart); who != "" {
			c.Attribution = who // "Its count, released by the JCS, put the dead and wounded at 1,100"
		} else if who := ownersFigures(sents[i]); who != "" {
			c.Attribution = who // "The National Intelligence Service figures … put the losses at 3,000"
		}
	}
	if who := givenBy(sents[i], q.to); who != "" {
		c.Attribution = who // "the estimate of about 3,000 given by South Korea's spy agency"
	}
	if restated {
		if who := relativeSource(sents[i], q.to+1); who != "" {
			c.Attribution = who // "the 1,100 figure the military gave last month"
		} else if who := possessiveSource(sents[i], qstart); who != "" && len(speakers.at(i)) == 0 {
			c.Attribution = who // "Kyiv's nearly-4,000 figure"
		}
	}
	if c.Attribution == Unattributed && metric == Captured && headlineSpeaker(sents[i]) == Unattributed {
		c.Attribution = captor(sents[i], q.from, noun) // "Ukraine captured two North Korean soldiers": its own prisoners
		if c.Attribution == "" {
			c.Attribution = Unattributed
		}
	}
	c.Attribution = canonicalSource(c.Attribution)
	if metric != Troops && (unitTally(c.Attribution) && !runningTotal(toks, qstart, q.to, c.Value) || localTally(toks, q.from, q.to)) {
		c.Partial = true // "a special forces unit said it had killed 40": its own sector's count
	}
	if c.Partial && metric == Troops && c.Location != "" && c.Location != "Russia" && !partOfForce(toks, qstart, q.to, noun) && !workerForce(toks, noun) {
		c.Partial = false // "8,000 of them are now in Kursk": the count for Kursk
	}
	return c, true
}

// tallyBefore gives the claim a sentence opening with a figure noun, "The
// tally …", names: after "about 4,700 killed or wounded, including some
// 600 deaths" the whole, not the part given last.
func tallyBefore(toks []token, prev *Claim, earlier []Claim) *Claim {
	n := len(earlier)
	if n < 2 || prev.Metric != Killed && prev.Metric != Wounded || earlier[n-2].Metric != Casualties || earlier[n-2].Quote != prev.Quote ||
		len(toks) < 2 || !determiners[toks[0].low] || !figureNouns[toks[1].low] {
		return prev
	}
	return &earlier[n-2]
}

// metBeforeUnclaimed reports a figure, written as text, that a sentence
// before sentence i gives while no claim before it has the value.
func metBeforeUnclaimed(sents []sentence, i int, text string, value float64, earlier []Claim) bool {
	for _, c := range earlier {
		if c.Value == value || c.ValueMax == value {
			return false
		}
	}
	for _, s := range sents[:i] {
		for _, t := range s.toks {
			if t.kind == tNum && t.text == text {
				return true
			}
		}
	}
	return false
}

// cueBetween reports a subject cue between the figure and its noun: "the
// two North Korean soldiers captured" names whose, "the two men" only
// refers back.
func cueBetween(hits []subjectHit, to, noun int) bool {
	for _, h := range hits {
		if h.from > to && h.to < noun {
			return true
		}
	}
	return false
}

// dailyTally reports a day's count from a running war ("over the past
// day, Ukrainian defenders killed 1,090 Russian soldiers"): with no one
// named as saying it, the widgets and daily bulletins beside the story, not
// a figure of it. Reported in prose ("the ministry says Ukraine lost up to
// 300 over the past day") it is a claim like any other.
func dailyTally(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low != "past" && toks[k].low != "last" && toks[k].low != "previous" {
			continue
		}
		if n := toks[k+1].low; n == "day" || n == "24" || n == "twenty-four" {
			return true
		}
	}
	return false
}

// partOfTotal reports a sentence that opens on the total the sentence
// before gave: "This number includes 1,580 casualties Russian forces
// suffered over the past day" is a claim, that sentence's speaker's.
func partOfTotal(toks []token) bool {
	k := 0
	if len(toks) > 2 && (toks[0].low == "this" || toks[0].low == "that" || toks[0].low == "the" && figureNouns[toks[1].low]) {
		k = 1
		if figureNouns[toks[1].low] {
			k = 2
		}
	}
	return k > 0 && (toks[k].low == "includes" || toks[k].low == "included")
}

// lastOf gives the last of the earlier claims that counts metric, when
// the claims after it count the same people: "about 300 North Korean
// soldiers had been killed and about 2,700 wounded. Ukrainian figures are
// far higher. Officials in Kyiv put the number of dead at more than 1,000."
func lastOf(earlier []Claim, metric Metric) *Claim {
	for k := len(earlier) - 1; k >= 0; k-- {
		if earlier[k].Metric == metric {
			return &earlier[k]
		}
		if k > 0 && earlier[k].Subject != earlier[k-1].Subject {
			return nil
		}
	}
	return nil
}

// restatedNamed reports an old statement, restated, whose people its own
// sentence names: "Western intelligence estimated last year that between
// 10,000 and 12,000 North Korean soldiers had been sent" is too old to
// conflict with today's figures, and still says whose they were.
func (x *Extractor) restatedNamed(sents []sentence, i int, c *Claim) bool {
	if c.Attribution == Unattributed || c.Qualifier == Vague {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sents[k].text != c.Quote {
			continue
		}
		for _, h := range x.subjectHits(sents[k].toks) {
			if h.strong && h.subject == c.Subject {
				return true
			}
		}
		return false
	}
	return false
}

// quotedWithin reports a claim made in one of the n sentences before
// sentence i, questions not counted.
func quotedWithin(sents []sentence, i int, c *Claim, n int) bool {
	for k := i - 1; k >= 0 && n > 0; k-- {
		if sents[k].text == c.Quote {
			return true
		}
		if !strings.HasSuffix(strings.TrimSpace(sents[k].text), "?") {
			n-- // an explainer's "How many are close to Ukraine?" asks about the figures around it
		}
	}
	return false
}

// arrivalVerbs tell how people came, right after an elliptic figure: "3,000
// more arrived in January".
// befellBefore reports counted people whom a past loss describes: "ready
// to hand over the two soldiers it captured", "to swap the 300 prisoners
// taken in Kursk". A plan around them does not make them planned.
func (x *Extractor) befellBefore(toks []token, noun int) bool {
	if noun < 0 {
		return false
	}
	if p, ok := x.metrics.at(toks, noun); ok && p.metric != Troops && strings.HasSuffix(toks[noun].low, "ed") &&
		noun >= 2 && !determiners[toks[noun-2].low] && toks[noun-2].low != "those" && toks[noun-2].low != "these" {
		// "would like to exchange two captured North Korean soldiers":
		// men taken already, counted; "the two captured soldiers" are men
		// met before, and "could leave 5,000 killed" foresees them
		for k := noun + 1; k < len(toks) && k <= noun+3; k++ {
			if peopleNouns[toks[k].low] && !singularPeople[toks[k].low] {
				return true
			}
		}
	}
	for k := noun + 1; k < len(toks) && k <= noun+3; k++ {
		switch toks[k].low {
		case "it", "they", "that", "who", "were", "was", "had", "have", "been", "its", "their":
			continue
		}
		if forceNames[toks[k].low] && k > noun+1 && (toks[k-1].low == "its" || toks[k-1].low == "their") {
			continue // "the two North Korean soldiers its forces captured in January"
		}
		p, ok := x.metrics.at(toks, k)
		return ok && p.metric != Troops && strings.HasSuffix(toks[k].low, "ed")
	}
	return false
}

// arrivedAlready reports men the sentence says are there already,
// whatever it says was promised or is under way: "Of the 6,000 … that
// Pyongyang promised in June, about 1,000 deminers had already arrived".
func arrivedAlready(toks []token, noun int) bool {
	if noun < 0 {
		return false
	}
	k := noun + 1
	for k < len(toks) && (toks[k].low == "had" || toks[k].low == "have" || toks[k].low == "has") {
		k++
	}
	return k+1 < len(toks) && toks[k].low == "already" && (arrivalVerbs[toks[k+1].low] || sentPast[toks[k+1].low])
}

// plannedBefore reports a plan's word on the figure: "the planned 6,000".
func plannedBefore(toks []token, from int) bool {
	return from >= 1 && (toks[from-1].low == "planned" || toks[from-1].low == "promised" || toks[from-1].low == "pledged")
}

// moreArrived reports "N more followed", "N more came": more people came.
// cameAfter reports a figure whose verb says the men came: "about 8,000
// had reached the Kursk region", "3,000 had made the trip".
func cameAfter(toks []token, to int) bool {
	k := to + 1
	for k < len(toks) && auxWords[toks[k].low] {
		k++
	}
	if k < len(toks) && arrivalVerbs[toks[k].low] {
		return !strings.HasSuffix(toks[k].low, "ing") // "12K are coming" are not there yet
	}
	return k+2 < len(toks) && toks[k].low == "made" && toks[k+1].low == "the" && (toks[k+2].low == "trip" || toks[k+2].low == "journey" || toks[k+2].low == "crossing")
}

func moreArrived(toks []token, from, to int) bool {
	if arrivedAs(toks, to) {
		return true // "About 3,000 arrived as reinforcements in January"
	}
	k := to + 2
	if from > 0 && (toks[from-1].low == "additional" || toks[from-1].low == "another" || toks[from-1].low == "further") {
		k = to + 1 // "and an additional 3,000 or so arrived in January"
		if k+1 < len(toks) && toks[k].low == "or" && toks[k+1].low == "so" {
			k += 2
		}
	} else if to+1 >= len(toks) || toks[to+1].low != "more" {
		return false
	}
	for k < len(toks) && auxWords[toks[k].low] {
		k++ // "3,000 more had reached Russia"
	}
	if k+3 < len(toks) && beliefPassives[toks[k].low] && toks[k+1].low == "to" && toks[k+2].low == "have" {
		k += 3 // "Around 3,000 more are thought to have followed"
	}
	if k < len(toks) && arrivalVerbs[toks[k].low] {
		return true
	}
	reach := from - 4
	if from >= 3 && (toks[from-2].low == "a" || toks[from-2].low == "an") && toks[from-3].low == "and" ||
		from >= 1 && toks[from-1].low == "and" && to+1 < len(toks) && toks[to+1].low == "more" {
		// "Pyongyang sent about 11,000 soldiers last autumn, and a further
		// 3,000 or so early this year", "…, and roughly 3,000 more at the
		// start of this year": the verb of the first count
		reach = from - 24
	}
	for k := from - 1; k >= 0 && k >= reach; k-- {
		if arrivalVerbs[toks[k].low] {
			return true // "followed up with some 3,000 more early this year"
		}
	}
	return false
}

// remainderIs reads the metric a remainder or a share is said to be: "The
// remaining casualties, about 2,700, are wounded soldiers" counts the
// wounded, and "Roughly 600 of the casualties were deaths" the dead.
func (x *Extractor) remainderIs(toks []token, from, to int) (Metric, bool) {
	rest := false
	for k := max(from-4, 0); k < from; k++ {
		rest = rest || toks[k].low == "remaining" || toks[k].low == "rest"
	}
	k := to + 1
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if !rest && k+2 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "the" || toks[k+1].low == "those" || toks[k+1].low == "these") && lossNouns[toks[k+2].low] {
		rest, k = true, k+3 // "Roughly 600 of the casualties were deaths", "600 of those casualties"
	}
	if !rest || k+1 >= len(toks) || toks[k].low != "are" && toks[k].low != "were" {
		return "", false
	}
	p, ok := x.metrics.at(toks, k+1)
	return p.metric, ok && p.metric != Troops
}

// arrivedAs reports a figure with no noun that came as newcomers: "about
// 3,000 arrived as reinforcements", "3,000 had reached Kursk as
// replacements".
func arrivedAs(toks []token, to int) bool {
	k := to + 1
	if k+1 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "those" || toks[k+1].low == "them") {
		k += 2 // "About 3,000 of those arrived as reinforcements"
	}
	for k < len(toks) && auxWords[toks[k].low] {
		k++
	}
	if k >= len(toks) || !arrivalVerbs[toks[k].low] {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+6; j++ {
		if toks[j].low == "as" && newcomers[toks[j+1].low] {
			return true
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// whenWords after "3,000 more" say when they came, not what they are:
// "3,000 more early this year".
var whenWords = set("early", "late", "last", "this", "next", "in", "by", "since", "from", "during", "over", "after", "before")

// fromSentenceBefore reports a claim from the sentence just before i, in
// the same paragraph.
func fromSentenceBefore(sents []sentence, i int, c *Claim) bool {
	return i > 0 && c.Quote == sents[i-1].text && sents[i-1].para == sents[i].para
}

// carriedVerbs take a group somewhere: "was ferried", "were shipped".
// servedAfter reports a verb of serving at k, past any hedge: "are
// thought to have fought", "have served".
func servedAfter(toks []token, k int) bool {
	for k < len(toks) && (auxWords[toks[k].low] || beliefPassives[toks[k].low] || toks[k].low == "to" || toks[k].low == "been") {
		k++
	}
	return k < len(toks) && (toks[k].low == "fought" || toks[k].low == "served")
}

// cameInWave reports a verb of arrival at k and the wave it came in: "went
// in the first wave", "came with a second contingent".
func cameInWave(toks []token, k int) bool {
	for k < len(toks) && auxWords[toks[k].low] {
		k++
	}
	if k+2 >= len(toks) || !arrivalVerbs[toks[k].low] || toks[k+1].low != "in" && toks[k+1].low != "with" {
		return false
	}
	k += 2
	if toks[k].low != "the" && toks[k].low != "a" && toks[k].low != "an" {
		return false
	}
	k++
	if k < len(toks) && ordinalWords[toks[k].low] {
		k++
	}
	return k < len(toks) && groupNouns[toks[k].low]
}

var carriedVerbs = set("ferried", "shipped", "flown", "transported", "carried", "moved", "sent", "deployed", "taken", "brought")

var arrivalVerbs = set("arrived", "came", "joined", "followed", "went", "crossed", "deployed", "sent", "reached",
	"arriving", "coming", "joining", "following")

// nonCombatants are people the story's figures never count: "110,000
// people had been evacuated", "in Gaza, more than 48,000 people have died".
// peopleLost reports a force's losses counted in "people": "the units have
// lost nearly 4,000 people killed and wounded".
func (x *Extractor) peopleLost(toks []token, from, noun int) bool {
	if toks[noun].low == "people" && estimatedAt(toks, from) && lossesEstimated(toks, from) >= 0 {
		return true // "assessed the losses of the North Korean forces … at about 1,100 people"
	}
	if toks[noun].low != "people" || from < 1 {
		return false
	}
	if lossesReach(toks, from) {
		return true // "Their losses, he said, have exceeded 4,000 people killed and wounded"
	}
	if !lossVerbs[toks[from-1].low] {
		return false
	}
	next := noun + 1
	if next < len(toks) && toks[next].low == "," {
		next++ // "have lost about 1,100 people, dead and wounded combined"
	}
	if next >= len(toks) {
		return false
	}
	p, ok := x.metrics.at(toks, next)
	return ok && p.metric != Troops
}

// lossesReach reports a figure that a loss noun reaches: "the losses have
// exceeded 4,000 people", "casualties now stand at about 1,100 people".
func lossesReach(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-7; k-- {
		switch t := toks[k]; {
		case lossNouns[t.low]:
			return true
		case t.low == "in" || t.kind == tWord && t.capital:
			// "their losses in Kursk Oblast now stand at 3,800 people":
			// where, between the losses and their verb
		case t.low != "," && (t.kind != tWord || !reachWords[t.low]):
			return false
		}
	}
	return false
}

// lossesRoseTo reports a figure that a loss noun, the clause's subject,
// has risen to: "losses … have climbed to roughly 3,000".
func lossesRoseTo(toks []token, from int) bool {
	k := from - 1
	switch {
	case k >= 1 && (toks[k].low == "to" || toks[k].low == "at") && riseVerbs[toks[k-1].low]:
		k -= 2
	case k >= 0 && (toks[k].low == "reached" || toks[k].low == "topped" || toks[k].low == "hit" || numberVerbs[toks[k].low]):
		// "the casualties of the North Korean troops … now total some 3,000"
		for k--; k >= 0 && (toks[k].low == "now" || toks[k].low == "already"); k-- {
		}
	default:
		return false
	}
	for j := k; j >= 0 && j >= k-15; j-- {
		switch t := toks[j]; {
		case lossNouns[t.low]:
			return true
		case t.kind == tNum || t.low == "," || t.low == ";" || t.low == "and":
			return false
		}
	}
	return false
}

// onePersonPreps before "one" point at a man: "found on one dead soldier".
var onePersonPreps = set("on", "from", "with", "beside", "near", "by")

// thingsOfThem reports "N of them" set as an aside after a plural noun of
// things: "being taught Russian military terms, more than 100 of them, such
// as 'fire'". ("In his words, about 8,000 of them had been moved" has a
// verb of its own.)
func (x *Extractor) thingsOfThem(toks []token, qstart, to, noun int) bool {
	if qstart < 2 || toks[qstart-1].low != "," || !ofThem(toks, to, noun) || to+3 < len(toks) && toks[to+3].low != "," && toks[to+3].low != "-" {
		return false
	}
	t := toks[qstart-2]
	if t.kind != tWord || t.capital || !strings.HasSuffix(t.low, "s") || peopleNouns[t.low] || lossNouns[t.low] || forceNames[t.low] {
		return false
	}
	_, cue := x.metrics.at(toks, qstart-2)
	return !cue
}

// figureForSoldiers reports a figure noun "for" or "of" soldiers before
// the figure, with no other figure between: "Our figure for North Korean
// soldiers in Russia is something like 10,000".
func figureForSoldiers(toks []token, qstart int) bool {
	for k := qstart - 1; k >= 1 && k >= qstart-12; k-- {
		if toks[k].kind == tNum || toks[k].low == "," {
			return false
		}
		if (toks[k].low == "soldiers" || toks[k].low == "troops") && k >= 2 {
			for j := k - 1; j >= 1 && j >= k-4; j-- {
				if (toks[j].low == "for" || toks[j].low == "of") && figureNouns[toks[j-1].low] && toks[j-1].low != "losses" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// soldiersBeforeComma reports an elliptic figure set after a comma,
// "already" or "now" between, whose clause before names soldiers and no
// other figure: "We see the number of North Korean soldiers growing,
// already 11,000 in the Kursk region".
func soldiersBeforeComma(toks []token, qstart int) bool {
	c := qstart - 1
	if c >= 1 && (toks[c].low == "already" || toks[c].low == "now") {
		c--
	}
	if c >= 0 && toks[c].low == "that" {
		c-- // "Of the North Korean troops in Russia, we now assess that about 8,000 …"
	}
	if c >= 0 && (toks[c].cls&cReport != 0 || toks[c].low == "assess") {
		for j := c - 1; j >= 1 && j >= c-3 && toks[j].kind == tWord; j-- {
			if toks[j-1].low == "," {
				c = j - 1
				break
			}
		}
	}
	if c < 2 || toks[c].low != "," {
		return false
	}
	for k := c - 1; k >= 0; k-- {
		switch {
		case toks[k].low == "," || toks[k].kind == tNum:
			return false
		case toks[k].low == "soldiers" || toks[k].low == "troops":
			return true
		}
	}
	return false
}

// troopsOpening reports a sentence whose first clause, up to the comma
// at end, has men for its subject: "Reinforcements followed early in 2025,".
func troopsOpening(toks []token, end int) bool {
	h := 0
	if toks[0].low == "the" {
		h = 1
	}
	if h >= end || toks[h].low != "reinforcements" && toks[h].low != "troops" && toks[h].low != "soldiers" {
		return false
	}
	for _, t := range toks[h+1 : end] {
		if t.low == "," || t.kind == tNum && !isYear(t) {
			return false
		}
	}
	return true
}

// thatWord opens a clause of what was said.
var thatWord = set("that")

var riseVerbs = set("climbed", "risen", "rose", "grown", "grew", "jumped", "increased", "stood", "stands", "stand", "come", "amount", "amounted")

// reachWords stand between a loss noun and the figure it reaches.
var reachWords = set("have", "has", "had", "now", "already", "reportedly", "are", "were", "is", "was", "stand", "stood",
	"at", "reached", "reach", "exceeded", "exceed", "surpassed", "topped", "passed", "totalled", "totaled", "numbered",
	"he", "she", "they", "said", "says", "amount", "amounted", "to", "rose", "risen", "climbed")

// lossesEstimated finds a loss noun between the estimating verb and the
// "at" before the figure, "assessed the losses of … at", or -1.
func lossesEstimated(toks []token, from int) int {
	for k := from - 2; k >= 0 && k >= from-25; k-- {
		if lossNouns[toks[k].low] {
			return k
		}
		if estimatingAt[toks[k].low] {
			return -1
		}
	}
	return -1
}

var lossVerbs = set("lost", "losing", "loses", "lose", "suffered")

// militaryWorkers reports "military" between the figure ending at to and
// its noun: "some 5,000 military construction workers" are soldiers.
func militaryWorkers(toks []token, to, noun int) bool {
	for k := to + 1; k < noun; k++ {
		if toks[k].low == "military" {
			return true
		}
	}
	return false
}

// sameBystanders reports a figure after "and" that shares a count of
// bystanders before it: "Two people were killed and seven injured".
func sameBystanders(toks []token, qstart int) bool {
	if qstart < 5 || toks[qstart-1].low != "and" || !befellWords[toks[qstart-2].low] {
		return false
	}
	k := qstart - 3
	for k > 0 && beForms[toks[k].low] {
		k--
	}
	return k > 0 && nonCombatants[toks[k].low] && (toks[k-1].kind == tNum || unitWords[toks[k-1].low] > 0)
}

// forcePutAt reports a force an estimate puts at a number of people: "put
// the North Korean contingent in the Kursk region at 11,000-12,000 people"
// counts soldiers, whatever the noun after the figure; so does a force
// that "numbers up to 12,000 people".
func forcePutAt(toks []token, qstart int) bool {
	if qstart >= 3 && (numberVerbs[toks[qstart-1].low] || toks[qstart-1].low == "numbers" || toks[qstart-1].low == "totals") {
		for k := qstart - 2; k >= 0 && k >= qstart-6 && !clauseBreak(toks, k); k-- {
			if forceNames[toks[k].low] {
				return true
			}
		}
		return false
	}
	if qstart < 3 || toks[qstart-1].low != "at" {
		return false
	}
	force := false
	for k := qstart - 2; k >= 0 && k >= qstart-10; k-- {
		switch {
		case clauseBreak(toks, k):
			return false
		case forceNames[toks[k].low] || toks[k].low == "troops" || toks[k].low == "soldiers":
			force = true
		case estimatingAt[toks[k].low]:
			return force
		}
	}
	return false
}

// ofWhomCivilians reports "N of whom" after civilians named earlier in the
// sentence: "Residents …, more than 150,000 of whom were evacuated".
func ofWhomCivilians(toks []token, from, to int) bool {
	if to+2 >= len(toks) || toks[to+1].low != "of" || toks[to+2].low != "whom" {
		return false
	}
	for k := from - 1; k >= 0; k-- {
		if nonCombatants[toks[k].low] {
			return true
		}
		if peopleNouns[toks[k].low] {
			return false
		}
	}
	return false
}

// takenVerbs take people: "had taken two of them alive".
var takenVerbs = set("taken", "took", "take", "takes")

// aliveAfter reports "alive" or "prisoner" just after the figure at to,
// past "of them" or "North Korean soldiers".
func aliveAfter(toks []token, to int) bool {
	for k := to + 1; k < len(toks) && k <= to+4 && toks[k].kind == tWord; k++ {
		if toks[k].low == "alive" || toks[k].low == "prisoner" || toks[k].low == "captive" {
			return true
		}
	}
	return false
}

// befallsWhole reports a metric's word between the opening whole's noun
// and its comma: "Of the roughly 4,700 North Korean soldiers killed or
// wounded since …, about 600 have died" counts losses, not the force.
func (x *Extractor) befallsWhole(toks []token, noun int) bool {
	for k := noun + 1; k < len(toks) && toks[k].low != ","; k++ {
		if p, ok := x.metrics.at(toks, k); ok && p.metric != Troops {
			return true
		}
	}
	return false
}

// partOfBefore reports a figure that is the whole of another just before
// it: "1,100 of N. Korea's 12K troops".
func partOfBefore(toks []token, from int) bool {
	k := from - 1
	for k > 0 && (toks[k].poss || toks[k].capital || toks[k].low == "the" || toks[k].low == "." || toks[k].low == "an" || toks[k].low == "estimated") && k >= from-5 {
		k--
	}
	if k < 1 || toks[k].low != "of" || k >= 2 && isMonthWord(toks[k-2].low) {
		return false // but "footage on January 19 of the two North Korean servicemen captured"
	}
	_, isNumber := readQuantity(toks, k-1)
	// "one in seven of the about 14,000", "a third of the 12,000"
	inEvery := isNumber && k >= 3 && toks[k-2].low == "in"
	share := shareWords[toks[k-1].low] && toks[k-1].low != "some" && toks[k-1].low != "many" && toks[k-1].low != "most"
	// "some four thousand of the roughly 11,000": a number in words
	inWords := k >= 3 && scaleWords[toks[k-1].low] > 0 && unitWords[toks[k-2].low] > 0
	return toks[k-1].kind == tNum || inEvery || share || inWords
}

var nonCombatants = set("people", "person", "residents", "civilians", "inhabitants", "locals", "children",
	"women", "refugees", "evacuees", "workers", "labourers", "laborers", "passengers", "tourists",
	"students", "athletes", "spectators", "visitors", "voters", "customers", "households", "consumers", "subscribers", "patients",
	"policemen", "firefighters", "rescuers")

// sanctioned reports individuals listed beside companies, as sanctions
// name them: "against 51 individuals and companies", "11 entities and 14
// individuals". Alone, "1,100 individuals" can be the losses counted.
func sanctioned(toks []token, noun int) bool {
	if noun < 0 || toks[noun].low != "individuals" {
		return false
	}
	return noun+2 < len(toks) && toks[noun+1].low == "and" && entityNouns[toks[noun+2].low] ||
		noun >= 3 && toks[noun-2].low == "and" && entityNouns[toks[noun-3].low]
}

// civilService reports officers of a civil force, "more than 1,000 police
// officers on standby", "200 customs officers": not the soldiers counted.
func civilService(toks []token, noun int) bool {
	if noun >= 1 && civilForces[toks[noun-1].low] {
		return true
	}
	if noun >= 1 && noun+1 < len(toks) && toks[noun].low == "service" && toks[noun+1].low == "members" && !toks[noun-1].capital {
		// "about 100 service members operating it", a Pentagon briefing's
		// word for its own; "North Korean service members" are the North's
		return true
	}
	if noun >= 0 && toks[noun].low == "officers" {
		for k := noun - 1; k >= 0 && k >= noun-7; k-- {
			if toks[k].low == "police" {
				return true // "police say some 3,000 officers are on standby"
			}
		}
	}
	return false
}

var civilForces = set("police", "riot", "traffic", "customs", "prison", "immigration", "tax", "federal", "relief", "rescue")

var entityNouns = set("companies", "entities", "organizations", "organisations", "firms", "groups", "banks")

// readership reports members of an outlet's community, as its appeals
// for money count them: "join 17,000 members of the Kyiv Independent
// community". Members of a unit or a regiment are soldiers.
func readership(toks []token, noun int) bool {
	if noun < 0 || toks[noun].low != "members" || noun+1 >= len(toks) || toks[noun+1].low != "of" {
		return false
	}
	for k := noun + 2; k < len(toks) && k <= noun+7 && toks[k].kind == tWord; k++ {
		if audienceNouns[toks[k].low] {
			return true
		}
	}
	return false
}

var audienceNouns = set("community", "club", "newsletter", "readership", "audience", "supporters", "subscribers", "membership")

// foreignAdjectives mark people of a country the story does not follow:
// "US troops", "South Korean soldiers".
var foreignAdjectives = set("us", "u.s", "american", "japanese", "chinese", "british", "german",
	"french", "nato", "allied", "western", "polish", "turkish", "finnish", "swedish", "italian",
	"canadian", "australian", "indian", "israeli", "taiwanese", "dutch", "spanish", "romanian",
	"lithuanian", "latvian", "estonian", "czech", "norwegian", "danish")

// foreignPlaces are countries outside the war where troops are stationed.
var foreignPlaces = set("japan", "china", "germany", "europe", "poland", "guam", "america",
	"gaza", "sudan", "syria", "israel", "iraq", "afghanistan", "yemen", "ethiopia", "lebanon",
	"myanmar", "libya", "somalia", "finland", "sweden", "italy", "canada", "australia", "india",
	"taiwan", "france", "britain", "lithuania", "latvia", "estonia", "romania", "norway", "denmark",
	// and the wars a feature compares this one with
	"vietnam", "chechnya", "angola",
	// and the US commands a Pentagon briefing counts its own forces in
	"centcom", "eucom", "indopacom", "africom", "southcom", "northcom")

// foreignPeople reports whether the counted people belong to, or stand
// in, a country the story does not follow: the adjective just before the
// noun, or "in <country>" just after it.
func foreignPeople(toks []token, q quantity, noun int) bool {
	if foreignClause(toks, q.from) {
		return true // "in Sudan, estimates of the dead range up to 150,000"
	}
	if foreignForce(toks, q.from) {
		return true // "The Polish army now counts about 200,000 soldiers"
	}
	if noun < 0 {
		return foreignPlaceAfter(toks, q.to) // "… and some 54,000 in Japan"
	}
	return foreignNoun(toks, noun) || foreignPlaceAfter(toks, noun)
}

// unitSize reports a figure that gives a unit's size, at from: "a crew of
// four", "A light infantry battalion at home is about 400 men".
func unitSize(toks []token, from int) bool {
	if from >= 2 && toks[from-1].low == "of" && smallUnits[toks[from-2].low] {
		return true // but "a separate unit of about 12,000 troops" is the force
	}
	if from >= 3 && toks[from-1].low == "of" && unitNouns[toks[from-2].low] &&
		(toks[from-3].low == "his" || toks[from-3].low == "her" || toks[from-3].low == "their" || toks[from-3].low == "our") {
		return true // "said his brigade of about 2,000 men now sees …": the speaker's own unit
	}
	if from >= 2 && (toks[from-1].low == "has" || toks[from-1].low == "numbers") {
		// "A North Korean battalion typically has 400 to 500 soldiers":
		// what any one unit holds
		for k := from - 2; k >= 1 && k >= from-5; k-- {
			if unitNouns[toks[k].low] {
				return toks[k-1].low == "a" || toks[k-1].low == "an" || toks[k-1].low == "each" || toks[k-1].low == "every" || genericAdverbs[toks[from-2].low]
			}
		}
	}
	if from < 2 || !beForms[toks[from-1].low] {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-5; k-- {
		if unitNouns[toks[k].low] {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// genericAdverbs say what a unit usually is, not what one was.
var genericAdverbs = set("typically", "usually", "normally", "generally")

// smallUnits and the plurals of any group ("advance in groups of 20 to
// 30") give the size of one unit, not a count.
var smallUnits = set("crew", "team", "squad", "platoon", "company",
	"groups", "crews", "teams", "squads", "platoons", "companies", "waves")

// perEvery reports a ratio's figure: "Nine wounded for every soldier killed".
func perEvery(toks []token, to int) bool {
	for k := to + 1; k < len(toks) && k <= to+3; k++ {
		if toks[k].low == "for" && k+1 < len(toks) && toks[k+1].low == "every" {
			return true
		}
		if k > to+1 && k+1 < len(toks) && (toks[k].low == "a" || toks[k].low == "per" || toks[k].low == "each" || toks[k].low == "every") &&
			(toks[k+1].low == "day" || toks[k+1].low == "week" || toks[k+1].low == "month") && peopleNouns[toks[k-1].low] &&
			!(k+2 < len(toks) && (toks[k+2].low == "ago" || toks[k+2].low == "earlier" || toks[k+2].low == "later" || toks[k+2].low == "before")) {
			return true // "more than a thousand casualties a day": a rate
		}
	}
	for k := to + 1; k+2 < len(toks) && k <= to+8; k++ {
		if (toks[k].low == "to" || toks[k].low == "for" || toks[k].low == "per") && toks[k+1].low == "every" && toks[k+2].kind == tNum {
			return true // "one interpreter and three liaison officers to every 30 soldiers"
		}
	}
	return false
}

// foreignForce reports a figure that another country's armed force, the
// clause's subject, counts: "The Polish army now counts about 200,000
// soldiers", "Poland's military has 200,000 troops".
func foreignForce(toks []token, from int) bool {
	for k := from - 1; k > 0 && k >= from-6; k-- {
		switch t := toks[k]; {
		case t.kind != tWord:
			return false
		case forceNouns[t.low]:
			o, v := toks[k-1], k+1
			for v < from && (toks[v].low == "now" || toks[v].low == "currently" || toks[v].low == "still") {
				v++
			}
			// "The U.S. military said about 300 of them …" speaks of others
			return (foreignAdjectives[strings.TrimSuffix(o.low, ".")] || o.poss && foreignPlaces[o.low]) && haveVerbs[toks[v].low]
		}
	}
	return false
}

var forceNouns = set("army", "military", "navy", "forces", "armed")

// haveVerbs say what a force has, not what it reports.
var haveVerbs = set("has", "have", "had", "counts", "numbers", "fields", "includes", "comprises",
	"totals", "can", "maintains", "keeps", "is", "stands")

// foreignNoun reports a nationality outside the war on the counted noun
// itself, "28,500 U.S. troops": it wins over any cue elsewhere in the sentence.
func foreignNoun(toks []token, noun int) bool {
	k := noun - 1
	if k >= 1 && serviceWords[toks[k].low] {
		k-- // "54,000 U.S. military personnel"
	}
	if k >= 0 && (foreignAdjectives[strings.TrimSuffix(toks[k].low, ".")] ||
		toks[k].low == "korean" && k > 0 && toks[k-1].low == "south") {
		return true
	}
	if k >= 1 && toks[noun-1].low == "guard" && toks[noun-2].low == "national" && (noun < 3 || !isNationality(toks[noun-3].low)) {
		return true // "4,100 National Guard soldiers": America's; Russia's is named as such
	}
	for j := noun; j >= 0 && j >= noun-2; j-- {
		if crewNouns[toks[j].low] {
			return true // "5,000 sailors and Marines aboard": a fleet's crews, not in this war
		}
	}
	// "22,000 Chinese and North Korean prisoners": a group of two peoples,
	// one outside the war
	for j := noun - 1; j >= 1 && j >= noun-4; j-- {
		if (toks[j].low == "and" || toks[j].low == "or") && foreignAdjectives[toks[j-1].low] {
			return true
		}
	}
	return false
}

var crewNouns = set("sailors", "seamen", "airmen")

// serviceWords stand between a nationality and the people of its forces:
// "U.S. military personnel", "American army troops".
var serviceWords = set("military", "army", "armed", "naval", "navy", "air", "marine", "service")

// foreignPlaceAfter reports "in <country>" within four words after token
// at, a country outside the war.
func foreignPlaceAfter(toks []token, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+4; k++ {
		if toks[k].low != "in" && toks[k].low != "across" && toks[k].low != "to" && toks[k].low != "on" {
			continue
		}
		rest := toks[k+1:]
		if len(rest) > 0 && rest[0].low == "the" {
			rest = rest[1:]
		}
		if toks[k].low == "on" {
			if len(rest) >= 1 && rest[0].low == "peninsula" || len(rest) >= 2 && rest[0].low == "korean" && rest[1].low == "peninsula" {
				return true // "about 28,500 service members on the peninsula": the US forces in Korea
			}
			continue
		}
		switch {
		case toks[k].low == "to" && len(rest) >= 1 && !rest[0].capital:
			continue // "about 100 soldiers to operate it to Israel": a purpose, then the place
		case toks[k].low == "to":
			// "sent 320,000 soldiers to Vietnam"; but prisoners handed over
			// "to South Korea" are still the story's
			return len(rest) >= 1 && foreignPlaces[rest[0].low]
		case len(rest) >= 2 && rest[0].low == "south" && rest[1].low == "korea",
			// "keeps about 28,500 troops in the South": South Korea, as Korean copy names it
			len(rest) >= 1 && rest[0].text == "South" && toks[k+1].low == "the" && (len(rest) == 1 || rest[1].kind != tWord),
			len(rest) >= 2 && rest[0].low == "united" && rest[1].low == "states",
			len(rest) >= 1 && foreignPlaces[rest[0].low]:
			return true
		}
		return false
	}
	return false
}

// foreignClause reports a figure set in another country's war by the
// words before it in its clause: "in Gaza, more than 48,000 …".
func foreignClause(toks []token, from int) bool {
	for k := from - 1; k > 0 && k >= from-15; k-- {
		if toks[k].low == ";" {
			return false
		}
		if foreignPlaces[toks[k].low] && (toks[k-1].low == "in" || toks[k-1].low == "of" || toks[k-1].low == "on") {
			return true
		}
	}
	return false
}

// estimatedAt reads "we estimate the losses … at 1,100" as an estimate.
func estimatedAt(toks []token, from int) bool {
	if from == 0 || toks[from-1].low != "at" {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-25; k-- {
		if estimatingAt[toks[k].low] {
			return true
		}
	}
	return false
}

// estimatingAt are the verbs that put a figure "at" a value.
var estimatingAt = set("estimate", "estimates", "estimated", "estimating", "put", "puts", "putting",
	"placed", "placing", "assessed", "assess", "assessing")

// anaphoricEstimate reports a figure given for one named before: "put the
// figure at about 1,100", "put them at 4,700", "revised that number to 3,000".
func anaphoricEstimate(toks []token, from int) bool {
	if from < 3 || (toks[from-1].low != "at" && toks[from-1].low != "to") {
		return false
	}
	if estimateVerbs[toks[from-2].low] {
		// "…, which Seoul's Joint Chiefs of Staff put at 1,100"
		k := from - 3
		for k >= 0 && toks[k].kind == tWord && (toks[k].capital || toks[k].poss || orgWords[toks[k].low]) {
			k--
		}
		if k >= 0 && k < from-3 && toks[k].low == "which" {
			return true
		}
	}
	k := from - 2 // the anaphor ends here
	if in := inPlaceAt(toks, k); in > 1 {
		k = in - 1 // "put the number in Russia's Kursk region at about 8,000"
	}
	for j := k; j > 1 && j >= from-7; j-- {
		if toks[j].kind != tWord {
			break
		}
		if toks[j].low == "who" && figureNouns[toks[j-1].low] {
			k = j - 1 // "put the number who had reached Kursk at about 8,000"
			break
		}
	}
	if toks[k].low == "," {
		// "put the figure higher still, at about 4,700", "slightly
		// higher, at": a comparison between the figure and its value
		j := k - 1
		for j > 1 && j >= k-3 && (strings.HasSuffix(toks[j].low, "er") || strings.HasSuffix(toks[j].low, "ly") || toks[j].low == "still" || toks[j].low == "even") {
			j--
		}
		if j < k-1 {
			k = j
		}
	}
	for j := k; j > 1 && j >= from-6 && timeAside[toks[j].low]; j-- {
		if figureNouns[toks[j-1].low] || pronounAnaphors[toks[j-1].low] {
			k = j - 1 // "had put the figure earlier in the week at about 4,700"
			break
		}
	}
	switch {
	case pronounAnaphors[toks[k].low]:
		k--
	case figureNouns[toks[k].low] && determiners[toks[k-1].low]:
		k -= 2
	case k >= 3 && figureNouns[toks[k].low] && figureAdjectives[toks[k-1].low] && determiners[toks[k-2].low]:
		k -= 3 // "puts the overall figure at roughly 15,000"
	case k >= 2 && strings.HasSuffix(toks[k].low, "ed") && figureNouns[toks[k-1].low] && determiners[toks[k-2].low]:
		k -= 3 // "put the total deployed at about 15,000"
	case k >= 3 && toks[k].capital && toks[k-1].low == "in" && figureNouns[toks[k-2].low] && determiners[toks[k-3].low]:
		k -= 4 // "put the number in Kursk at around 8,000"
	default:
		return false
	}
	return k >= 0 && estimateVerbs[toks[k].low]
}

// figureAdjectives stand between "the" and a figure noun that names the
// figure just given: "the overall figure", "the latest count".
var figureAdjectives = set("overall", "total", "latest", "new", "updated", "current", "revised", "official", "same")

// timeAside are the words of a time set between an estimate's object and
// its "at": "earlier in the week", "on Monday", "last month".
var timeAside = set("earlier", "later", "last", "this", "that", "week", "month", "year", "in", "the", "on", "then",
	"previously", "already", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"there", "here") // "put the number there at 11,000": the place named before

// figureWas reports a figure that a figure noun names across a copula:
// "the figure was 10,000 to 12,000", "Zelensky's figure that month was
// nearly 4,000", "the number is now 15,000".
func figureWas(toks []token, from int) bool {
	k := from - 1
	for k >= 0 && (toks[k].low == "now" || toks[k].low == "then" || toks[k].low == "still") {
		k--
	}
	if k >= 1 && figureNouns[toks[k].low] && toks[k].low != "losses" && (determiners[toks[k-1].low] || toks[k-1].poss) {
		return true // "the toll exceeded 3,000": the qualifier's verb stands for the copula
	}
	if k >= 3 && toks[k].low == "to" && (toks[k-1].low == "closer" || toks[k-1].low == "nearer" || toks[k-1].low == "close") {
		k -= 2 // "the toll is closer to 4,700": the qualifier stands between
	}
	if k >= 2 && toks[k].low == "at" && (toks[k-1].low == "stands" || toks[k-1].low == "stood") {
		k-- // "the toll now stands at upward of 4,000"
	} else if k < 2 || !beForms[toks[k].low] {
		return false
	}
	for n := k - 1; n >= 1 && n >= k-3; n-- {
		t := toks[n]
		if t.kind != tWord {
			return false
		}
		if figureNouns[t.low] || t.low == "figures" || t.low == "estimates" {
			return determiners[toks[n-1].low] || toks[n-1].poss
		}
	}
	return false
}

// sumOfBefore reports a total of losses just after the dead and wounded it
// adds up, with no cue of its own: "At least 100 North Korean soldiers
// have been killed and close to 1,000 wounded. The combined toll stands at
// around 1,100." Whose they are is known, not guessed.
func sumOfBefore(sents []sentence, i int, prev *Claim, metric Metric) bool {
	if metric != Casualties || prev.Metric != Killed && prev.Metric != Wounded {
		return false
	}
	if sumOpener(sents[i].toks) > 0 || sumsUp(sents[i].toks) {
		// "Combined, the losses come to roughly 3,000", "That adds up to
		// losses of around 1,100", however far the figures it sums
		return true
	}
	// the figures' own sentence, or one or two before with no figure between
	for k := i; k >= 0 && k >= i-2; k-- {
		if prev.Quote == sents[k].text {
			return true
		}
		if k < i && hasNumber(sents[k].toks) {
			return false
		}
	}
	return false
}

// speakerAfter reports a speaker and a reporting verb just after the figure
// ending at to: "the roughly 300 the agency reported".
func speakerAfter(toks []token, to int) bool {
	if to+2 >= len(toks) || toks[to+1].low != "the" && !toks[to+1].capital {
		return false
	}
	for k := to + 2; k < len(toks) && k <= to+4; k++ {
		if toks[k].cls&cReport != 0 {
			return true
		}
	}
	return false
}

// totalGrew reports "the total reached", "the total rose to" or "the
// total now stands at" just before the figure at from.
func totalGrew(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && (toks[k].low == "at" || toks[k].low == "to") {
		k--
	}
	if k < 1 || !totalVerbs[toks[k].low] {
		return false
	}
	j := k - 1
	for j >= 1 && (toks[j].low == "now" || toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have") {
		j-- // "the total now stands at", "the total had reached"
	}
	return toks[j].low == "total" || figureNouns[toks[j].low] && toks[j].low != "losses" && j >= 1 && toks[j-1].low == "the" // "the figure had risen to about 2,000"
}

var totalVerbs = set("reached", "reaches", "rose", "risen", "climbed", "stands", "stood", "hit", "grew", "grown", "doubled", "tripled", "increased", "jumped")

// breakdownOf gives whose dead or wounded a figure with no cue of its own
// counts when it follows a total of losses whose people were named, in
// one of the three sentences before with no figure between, and is no
// more than the total.
func breakdownOf(sents []sentence, i int, earlier []Claim, metric Metric, value float64) (Subject, bool) {
	if metric != Killed && metric != Wounded || len(earlier) == 0 {
		return "", false
	}
	total := &earlier[len(earlier)-1]
	if total.Metric != Casualties || total.Tentative || value > max(total.Value, total.ValueMax) {
		return "", false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sents[k].text == total.Quote {
			return total.Subject, true
		}
		if hasNumber(sents[k].toks) {
			return "", false
		}
	}
	return "", false
}

// namedBetween gives the one thing a sentence with no figure names between
// the figure before and this one: "… 4,000 killed or wounded. Or take the
// size of the force. The Pentagon has put it at 11,000." Soldiers named in
// passing count for nothing; two different things, or none, give nothing.
func (x *Extractor) namedBetween(sents []sentence, i int, prev *Claim) (Metric, bool) {
	if i == 0 || sents[i-1].text == prev.Quote {
		return "", false
	}
	m, ok := x.namedBefore(sents, i)
	return m, ok && m != prev.Metric
}

// namedBefore gives the one thing the sentence before i names, when it has
// no figure: "Neither Moscow nor Pyongyang has disclosed the size of the
// contingent. Western media have put it at 10,000 to 12,000."
func (x *Extractor) namedBefore(sents []sentence, i int) (Metric, bool) {
	if i == 0 || hasNumber(sents[i-1].toks) {
		return "", false
	}
	toks := sents[i-1].toks
	var found Metric
	for k := range toks {
		p, ok := x.metrics.at(toks, k)
		if !ok || p.metric == Troops && (peopleNouns[toks[k].low] || !forceNames[toks[k].low]) {
			continue // "the size of the force" names it; "a few thousand remain" tells of them
		}
		if found != "" && found != p.metric {
			return "", false
		}
		found = p.metric
	}
	return found, found != ""
}

// tollWas reports "the count was N", "the toll is now N": a noun that
// counts losses, not a force.
func tollWas(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		switch toks[k].low {
		case "toll", "count", "tally", "losses":
			return figureWas(toks, from)
		}
	}
	return false
}

// deadAndWounded reports a sentence that counts the dead and the wounded
// apart: a rival figure set against it is their sum.
func deadAndWounded(quote string) bool {
	dead, hurt := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(quote), func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch w {
		case "killed", "dead", "died", "deaths":
			dead = true
		case "wounded", "injured":
			hurt = true
		}
	}
	return dead && hurt
}

// rangeOf reports a figure the sentence calls an estimate without naming
// what it counts: "officials settled on a range of 11,000 to 12,000", "an
// estimate of about 3,000", "up from the estimate of 1,100 it gave".
// So does a figure that estimates run to: "Ukrainian and U.S. estimates
// at the time ran up to 12,000".
func rangeOf(toks []token, from int) bool {
	if from >= 3 && toks[from-1].low == "of" && (toks[from-2].low == "range" || toks[from-2].low == "estimate") &&
		(toks[from-3].low == "a" || toks[from-3].low == "an" || toks[from-3].low == "the") {
		return true
	}
	k := from - 1
	if k > 0 && (toks[k].low == "from" || toks[k].low == "to" || toks[k].low == "between") {
		k--
	}
	if k < 1 || !rangeVerbs[toks[k].low] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].kind != tNum; j-- {
		if toks[j].low == "estimates" || toks[j].low == "figures" || toks[j].low == "estimate" {
			return true
		}
	}
	return false
}

// sizeAskedSince reports a sentence between the last figure and this one
// that names a force's size: "Neither Moscow nor Pyongyang has disclosed
// the size of the Korean contingent. Western and South Korean estimates
// have ranged from 11,000 to 15,000" are estimates of that force, not of
// the losses counted before.
func sizeAskedSince(sents []sentence, i int, prev *Claim) bool {
	if i == 0 || prev.Quote == sents[i].text || prev.Quote == sents[i-1].text {
		return false
	}
	toks := sents[i-1].toks
	for k := 2; k < len(toks); k++ {
		if forceNames[toks[k].low] && toks[k-1].kind == tWord {
			for j := k - 1; j >= 1 && j >= k-4; j-- {
				if toks[j].low == "of" && toks[j-1].low == "size" {
					return true
				}
			}
		}
	}
	return false
}

var rangeVerbs = set("ran", "run", "runs", "range", "ranged", "ranges")

// presentIn reports a bare figure that is somewhere: "between 10,000 and
// 12,000 were in Russia", "about 8,000 are now inside Kursk".
func presentIn(toks []token, to int) bool {
	k := to + 1
	if k < len(toks) && beForms[toks[k].low] {
		k++
	} else {
		return false
	}
	for k < len(toks) && (toks[k].low == "now" || toks[k].low == "already" || toks[k].low == "still") {
		k++
	}
	if wereThere(toks, k) {
		return true // "Zelensky said 11,000 were there": where the count before placed them
	}
	if k+2 < len(toks) && (toks[k].low == "in" || toks[k].low == "inside") && toks[k+1].low == "the" && toks[k+2].capital {
		return true // "About 8,000 were in the Kursk region"
	}
	return k+1 < len(toks) && (toks[k].low == "in" || toks[k].low == "inside") && toks[k+1].capital
}

// countedThere reports a count of the force at the place the count before
// it gave: "put the number there at 11,000", "said 11,000 North Korean
// soldiers were there", "gave a higher number for the same region:
// 11,000", "well above the roughly 8,000 that Blinken cited"; and, a
// figure given for the one before (anaphor), "put the number at 11,000".
func countedThere(toks []token, qstart, to int, anaphor bool) bool {
	if anaphor && qstart >= 2 && toks[qstart-1].low == "at" && toks[qstart-2].low == "there" {
		return true
	}
	if anaphor && qstart >= 3 && toks[qstart-1].low == "at" && toks[qstart-3].low == "the" &&
		(toks[qstart-2].low == "number" || toks[qstart-2].low == "figure") && anaphoricEstimate(toks, qstart) {
		return true // but "put it at", "put the total at" may count the whole force
	}
	if anaphor && qstart >= 4 && toks[qstart-1].low == "at" && toks[qstart-3].low == "same" && toks[qstart-4].low == "the" {
		return true // "put the same count at 11,000"
	}
	if anaphor && qstart >= 4 && beForms[toks[qstart-1].low] && toks[qstart-2].low == "figure" && toks[qstart-3].low == "the" && toks[qstart-4].cls&cReport != 0 {
		return true // "Five days later, Zelensky said the figure was 11,000"
	}
	if setAgainst(toks, qstart) {
		return true
	}
	if to+3 < len(toks) && toks[to+1].low == "of" && toks[to+2].low == "them" && wereThere(toks, to+3) {
		return true // "said there were 11,000 of them there"
	}
	for k := to + 1; k < len(toks) && k <= to+5; k++ {
		if beForms[toks[k].low] {
			k++
			for k < len(toks) && (toks[k].low == "now" || toks[k].low == "already" || toks[k].low == "still") {
				k++ // "according to him, 11,000 were already there"
			}
			if wereThere(toks, k) {
				return true
			}
			break
		}
	}
	for k := 0; k+2 < qstart; k++ {
		if toks[k].low == "same" && (toks[k+1].low == "region" || toks[k+1].low == "area" || toks[k+1].low == "place") {
			return true
		}
	}
	return false
}

// wereThere reports "there" at k, closing its clause: "11,000 were there",
// or the region named before: "11,000 were in the region".
func wereThere(toks []token, k int) bool {
	if k+2 < len(toks) && toks[k].low == "in" && toks[k+1].low == "the" && (toks[k+2].low == "region" || toks[k+2].low == "area") {
		k += 2
	} else if k >= len(toks) || toks[k].low != "there" {
		return false
	}
	return k+1 == len(toks) || toks[k+1].kind == tPunct
}

// thereWereIn reports a bare figure of the force counted before, placed:
// "it believed there were between 11,000 and 12,000 in the Kursk area".
func thereWereIn(toks []token, from, to int) bool {
	return from >= 2 && toks[from-2].low == "there" && beForms[toks[from-1].low] &&
		to+2 < len(toks) && toks[to+1].low == "in" && (toks[to+2].capital || toks[to+2].low == "the" && to+3 < len(toks) && toks[to+3].capital)
}

// changedFrom reports the earlier value of the figure before: "the figure,
// up from roughly 600 in April", "three times the 600 it reported".
func changedFrom(toks []token, from int) bool {
	from = changeAnchor(toks, from)
	if from < 2 {
		return false
	}
	switch {
	case toks[from-1].low == "from":
		// "the estimate had risen from about 3,000", "a steep rise from"
		return toks[from-2].low == "up" || toks[from-2].low == "down" || changeVerbs[toks[from-2].low] || changeNouns[toks[from-2].low]
	case toks[from-1].low == "the":
		return comparedAt(toks, from)
	}
	return false
}

// nounAfter reports a word of a metric just after the figure ending at to
// (`"at least 100" dead`): the figure says what it counts.
func (x *Extractor) nounAfter(toks []token, to int) bool {
	k := to + 1
	if k < len(toks) && toks[k].low == `"` {
		k++
	}
	if k >= len(toks) {
		return false
	}
	_, found := x.metrics.at(toks, k)
	return found || peopleNouns[toks[k].low]
}

// roseFrom reports "up from" or "risen from" just before a figure.
func roseFrom(toks []token, from int) bool {
	from = changeAnchor(toks, from)
	return from >= 2 && toks[from-1].low == "from" && (toks[from-2].low == "up" || toks[from-2].low == "risen" || toks[from-2].low == "rose" || toks[from-2].low == "rise")
}

// setAgainst reports a figure at from that another is set against:
// "more than three times the roughly 600 dead it reported", "well above
// the 3,000 that U.S. officials put forward".
func setAgainst(toks []token, from int) bool {
	from = changeAnchor(toks, from)
	return from >= 2 && toks[from-1].low == "the" && comparedAt(toks, from)
}

func comparedAt(toks []token, from int) bool {
	switch toks[from-2].low {
	case "times", "above", "below", "than":
		return true
	}
	return false
}

// dayReportedAfter reads the day in a reporting clause after a figure
// ending at to, when it is before the article's: "…, Blinken told
// reporters on October 31".
func dayReportedAfter(toks []token, to int, published time.Time) (time.Time, bool) {
	for k := to + 1; k < len(toks); k++ {
		if toks[k].kind == tNum && !dayOfMonth(toks[k]) {
			return time.Time{}, false // another figure's clause
		}
		if toks[k].cls&cReport == 0 {
			continue
		}
		end := k + 1
		for end < len(toks) && toks[end].low != "," && toks[end].low != ";" && end <= k+6 {
			end++
		}
		if on, ok := dayIn(toks, k+1, min(end+1, len(toks)), published); ok && on.Before(published.Truncate(24*time.Hour)) {
			return on, true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// sentTo reports a verb of sending people to the country of subject s in
// the sentence: "sent to Russia", "deployed to Russia's Kursk region".
func (x *Extractor) sentTo(toks []token, s Subject) bool {
	for k := 0; k+2 < len(toks); k++ {
		if !sendVerbs[toks[k].low] || toks[k+1].low != "to" {
			continue
		}
		if p, ok := x.subjects.at(toks, k+2); ok && p.subject == s {
			return true
		}
	}
	return false
}

// regionBefore gives the region the sentence before sentence i names, or
// the one before that past a short sentence with no figure ("Mostly in
// Kursk, the Russian border region … But the counts differ. Blinken put the
// number there at about 8,000"); "" when neither does, or a figure stands
// between.
func regionBefore(sents []sentence, i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := sents[k].toks
		if hasNumber(t) {
			return ""
		}
		if l := claimLocation(t); region(l) {
			return l
		}
		if len(t) > 8 {
			return ""
		}
	}
	return ""
}

// forceNamedBefore reports a force named just before a figure's "at":
// "put the initial force sent last autumn at".
func forceNamedBefore(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if forceNames[toks[k].low] {
			return true
		}
		if toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// daysAgo reads "a week ago", "four days ago" after a reporting verb
// before the figure at from.
func daysAgo(toks []token, from int) (int, bool) {
	for k := 1; k+1 < from; k++ {
		if toks[k+1].low != "ago" || toks[k-1].cls&cReport == 0 && (k < 2 || toks[k-2].cls&cReport == 0) {
			continue
		}
		n := 1
		if k >= 2 && toks[k-1].kind == tNum {
			n = int(toks[k-1].num)
		} else if q, ok := readQuantity(toks, k-1); ok && q.to == k-1 {
			n = int(q.value)
		} else if toks[k-1].low != "a" && toks[k-1].low != "one" {
			continue
		}
		switch toks[k].low {
		case "day", "days":
		case "week", "weeks":
			n *= 7
		default:
			continue
		}
		if n >= 1 && n <= 14 {
			return n, true
		}
	}
	return 0, false
}

// speakerLineAfter reports a sentence of quotation followed by one that
// says whose it was, "That was the spokesman for the HUR, …", whether or
// not it names a person.
func speakerLineAfter(sents []sentence, i int) bool {
	nt := sents[i+1].toks
	return quotation(sents[i]) && len(nt) >= 3 && (nt[0].low == "that" || nt[0].low == "those") && beForms[nt[1].low]
}

// thatAfter gives where relativeSource reads the clause that says whose
// a figure ending at to is: right after it, or after the words that say
// what it counts ("8,000 North Korean troops in Kursk that …").
func thatAfter(toks []token, to int) int {
	for k := to + 2; k < len(toks) && k <= to+8; k++ {
		if toks[k].kind != tWord {
			break
		}
		if toks[k].low == "that" || toks[k].low == "which" {
			return k - 1
		}
	}
	return to + 1
}

// changeAnchor moves from, a figure's first token, back over what may
// stand between it and a word of change: a quotation mark, "the January
// estimate of", "the".
func changeAnchor(toks []token, from int) int {
	if from >= 3 && toks[from-1].low == `"` {
		from-- // `up from the "more than 3,000" he cited`
	}
	if from >= 5 && toks[from-1].low == "of" && toks[from-2].cls&cEstimate != 0 {
		// "up from the January estimate of around 3,000": the estimate's
		// figure, as it was
		k := from - 3
		if k >= 1 && (isMonthWord(toks[k].low) || toks[k].low == "earlier" || toks[k].low == "previous") {
			k--
		}
		if k >= 1 && toks[k].poss {
			k-- // "a steep rise from the agency's January estimate of some 3,000"
		}
		if toks[k].low == "the" {
			from = k + 1
		}
	}
	if from >= 3 && toks[from-1].low == "the" && toks[from-2].low == "from" {
		from-- // "up from the 3,000 it gave in December"
	}
	return from
}

// includingBetween reports "including" or "of whom" between two figures.
func includingBetween(toks []token, from, to int) bool {
	for k := max(from+1, 0); k < to; k++ {
		if toks[k].low == "including" || toks[k].low == "whom" {
			return true
		}
	}
	return false
}

// listedWith reports a figure starting at from listed with the one that
// ends at last: a few words apart, joined by "and" or a comma, with no
// verb of saying between them ("more than 100 dead and about 1,000
// wounded").
func listedWith(toks []token, last, from int) bool {
	if last < 0 || from-last > 6 {
		return false
	}
	joined := false
	for _, t := range toks[last+1 : from] {
		if t.kind == tNum || t.cls&cReport != 0 {
			return false
		}
		joined = joined || t.low == "and" || t.low == ","
	}
	return joined
}

// changeNouns name a change from an earlier figure: "a steep rise from".
var changeNouns = set("rise", "increase", "jump", "climb", "drop", "fall", "decline")

// namedFigure reports a sentence that opens by naming the figure before it:
// "The tally, roughly 1,100 dead and wounded in all, …", "The figure --
// about 3,000 in total -- was relayed …".
func namedFigure(toks []token, from int) bool {
	if len(toks) < 3 || !determiners[toks[0].low] || !figureNouns[toks[1].low] || from < 2 || from > 4 {
		return false
	}
	for _, t := range toks[2:from] {
		if t.low != "," && t.low != "-" && t.low != "(" && t.low != ":" {
			return false
		}
	}
	return true
}

// inTotal reports "in total", "in all" or "total" right after a figure.
// eventBefore reports a parade or an exercise named shortly before the
// figure, with no verb of sending between: "the Keen Sword exercise,
// involving some 45,000 personnel" counts who took part in it.
func eventBefore(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		if sendVerbs[toks[k].low] || arrivalVerbs[toks[k].low] {
			return false
		}
		if gatheringNouns[toks[k].low] {
			return true
		}
	}
	return false
}

var gatheringNouns = set("parade", "parades", "exercise", "exercises", "drills", "drill", "manoeuvres", "maneuvers", "wargames")

// actsOn reports a cue for subject as the grammatical subject of the verb
// whose object the figure is: "Kyiv questions two captured soldiers".
func actsOn(hits []subjectHit, toks []token, from int, subject Subject) bool {
	v := from - 1
	if v >= 0 && toks[v].low == "the" {
		v--
	}
	if v < 1 || toks[v].kind != tWord || toks[v].capital || !strings.HasSuffix(toks[v].low, "s") && !strings.HasSuffix(toks[v].low, "ed") {
		return false
	}
	for _, h := range hits {
		if h.to == v-1 && h.subject == subject {
			return true
		}
	}
	return false
}

// arrivedBefore reports an arrival verb a few words before the group noun
// at g, with nothing but its article and adjectives between: "came in a
// first wave of".
func arrivedBefore(toks []token, g int) bool {
	for k := g - 1; k >= 0 && k >= g-5; k-- {
		if arrivalVerbs[toks[k].low] {
			return true
		}
		if toks[k].kind != tWord || toks[k].capital {
			return false
		}
	}
	return false
}

// eachGroupNouns, plural before "of", give the size of each group.
var eachGroupNouns = set("units", "groups", "squads", "teams", "columns", "platoons", "detachments", "batches", "waves", "cells")

// imageNouns show people without counting a force.
var imageNouns = set("portraits", "photographs", "photos", "pictures", "images", "videos", "footage")

// placeWindow is the tokens around a figure that can say where it holds,
// up to placeReach either side but not past another figure: "troops in
// Russia at 10,000, with 8,000 already near Kursk" places the 10,000 in
// Russia.
func placeWindow(toks []token, q quantity) []token {
	from, to := max(0, q.from-placeReach), min(len(toks), q.to+1+placeReach)
	if a := asideBefore(toks, q.from); a >= 0 {
		// "put the number … in the Kursk region, the Russian border area
		// partly occupied by Ukraine since August, at around 8,000": the
		// place before the aside
		from = max(0, a-placeReach)
	}
	for k := q.to + 1; k < to; k++ {
		if toks[k].kind == tNum && !isYear(toks[k]) {
			to = k
		}
	}
	for k := q.from - 1; k >= from; k-- {
		if toks[k].kind == tNum && !isYear(toks[k]) {
			from = k + 1
		}
	}
	return toks[from:to]
}

// asideBefore gives where an aside set off by commas starts when it ends
// just before "at" and the figure at from ("…, at around 8,000"), or -1.
func asideBefore(toks []token, from int) int {
	k := from - 1
	for k >= 0 && qualifierWords[toks[k].low] && toks[k].low != "at" {
		k--
	}
	if k < 2 || toks[k].low != "at" || toks[k-1].low != "," {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-16; j-- {
		if toks[j].low == "," {
			return j
		}
		if toks[j].kind == tNum && !isYear(toks[j]) {
			return -1
		}
	}
	return -1
}

// anotherCount reports "another" before a figure that counts something
// else than the sentence's figure before it: "300 have died and another
// 2,700 have been wounded" are all the wounded, not a part of them.
func anotherCount(toks []token, from int, prev *Claim, quote string, metric Metric) bool {
	return from > 0 && partWords[toks[from-1].low] && prev != nil && prev.Quote == quote && prev.Metric != metric
}

// descriptiveLabel reports a line's label that describes what it counts,
// "Initial deployment", not who speaks: no capital after its first letter.
func descriptiveLabel(label string) bool {
	return len(label) > 1 && isLowerCase(label[1:]) && !isAgency(label)
}

// breakdownAfter reports a bracket right after the figure that splits it
// into dead and wounded: "3,000 (about 300 dead and 2,700 wounded)".
func breakdownAfter(toks []token, to int) bool {
	if to+1 >= len(toks) || toks[to+1].low != "(" {
		return false
	}
	dead, hurt := false, false
	for _, t := range toks[to+2 : min(to+14, len(toks))] {
		switch t.low {
		case ")":
			return dead && hurt
		case "dead", "killed", "deaths":
			dead = true
		case "wounded", "injured":
			hurt = true
		}
	}
	return false
}

func inTotal(toks []token, to int) bool {
	return matchWords(toks, to+1, []string{"in", "total"}) || matchWords(toks, to+1, []string{"in", "all"}) ||
		to+1 < len(toks) && toks[to+1].low == "total"
}

var (
	pronounAnaphors = set("them", "it", "this", "that")
	figureNouns     = set("figure", "number", "toll", "tally", "count", "total", "estimate", "losses")
	determiners     = set("the", "that", "this", "its", "their")
	estimateVerbs   = set("put", "puts", "putting", "placed", "places", "estimated", "estimates",
		"assessed", "revised", "raised", "lowered", "increased", "cut", "updated")
)

// theirPeople gives "their losses" the people the sentence opens with:
// "North Korean soldiers … have been killed in large numbers, Zelensky
// said, putting their losses at more than 3,000".
func theirPeople(hits []subjectHit, toks []token, from int) (Subject, bool) {
	if len(hits) == 0 || !hits[0].strong || hits[0].from > 2 {
		return "", false
	}
	for _, h := range hits[1:] {
		if h.from > from && h.from <= from+4 {
			return "", false // "their operators killed 50 North Korean soldiers": the figure names its own
		}
	}
	for k := max(from-6, 0); k < from; k++ {
		if toks[k].low == "their" {
			return hits[0].subject, true
		}
	}
	return "", false
}

// theirLossesBefore reports "their losses" or "their dead" before the
// figure at from and no side named before it: the people "their" points
// back to were counted last.
func theirLossesBefore(hits []subjectHit, toks []token, from int) bool {
	if len(hits) > 0 && hits[0].from < from {
		return false
	}
	for k := max(from-12, 0); k+1 < from; k++ {
		if toks[k].low == "their" && lossNouns[toks[k+1].low] {
			return !hasNumber(toks[k:from])
		}
	}
	return false
}

// apartAfter reports "apart" just after the figure ending at to or its
// noun: how far two counts differ.
func apartAfter(toks []token, to, noun int) bool {
	k := to + 1
	if noun == k {
		k++
	}
	return k < len(toks) && toks[k].low == "apart"
}

// estimateKinds may stand between a figure and the estimates it counts:
// "two official estimates".
var estimateKinds = set("official", "separate", "different", "conflicting", "competing", "rival", "new", "public",
	"independent", "main", "latest", "published", "government")

// countedEstimates after a figure are what it counts: "the two estimates".
var countedEstimates = set("estimates", "figures", "counts", "tallies", "assessments", "accounts", "versions", "sources")

// latestWords stand between a possessor and its estimate.
var latestWords = set("latest", "recent", "most", "newest", "updated")

// trackVerbs before a bare figure give the count someone kept of it.
var trackVerbs = set("tracking", "tracked")

// rivalEstimate reports a sentence that sets a figure against the one
// before it by naming it an estimate: "Seoul's estimate is lower: about 3,000".
func rivalEstimate(toks []token, from int) bool {
	for k := 0; k < from; k++ {
		if (toks[k].low == "estimate" || toks[k].low == "figure" || toks[k].low == "count" || toks[k].low == "tally") && k > 0 &&
			(toks[k-1].poss || k > 1 && latestWords[toks[k-1].low] && (toks[k-2].poss || k > 2 && latestWords[toks[k-2].low] && toks[k-3].poss)) {
			return true // "Seoul's estimate", "The Pentagon's most recent count"
		}
	}
	if from >= 2 && toks[from-1].low == "of" && spokeVerbs[toks[from-2].low] && !hasNumber(toks[:from]) {
		// "US and Ukrainian officials have spoken of up to 12,000"; but in
		// "put the North's losses above 4,000 …, and Zelensky had spoken
		// of nearly 4,000" the count is the sentence's own
		return true
	}
	if f := from + 1; from < len(toks) && toks[from].low == "from" && f >= 3 && (toks[f-2].low == "ranging" || toks[f-2].low == "varying") &&
		(toks[f-3].low == "numbers" || toks[f-3].low == "figures" || toks[f-3].low == "estimates") && !hasNumber(toks[:from]) {
		return true // "officials have given numbers ranging from 10,000 to 12,000": others' counts of it
	}
	// "A week ago we were tracking about 3,000": the count before, as it
	// stood then
	if from >= 1 && trackVerbs[toks[from-1].low] {
		return true
	}
	// "the NIS, which tends to be more cautious, counts fewer: about 3,000"
	if from >= 2 && toks[from-1].low == ":" && comparatives[toks[from-2].low] {
		return true
	}
	// "Zelensky gave a noticeably higher number for the same region: 11,000"
	for k := from - 2; from >= 2 && toks[from-1].low == ":" && k >= 1 && k >= from-8; k-- {
		if toks[k].kind == tNum || toks[k].low == "," {
			break
		}
		if figureNouns[toks[k].low] && (comparatives[toks[k-1].low] || toks[k-1].low == "different") {
			return true
		}
	}
	return false
}

// spokeVerbs before "of" and a bare figure give another's count of it.
var spokeVerbs = set("spoken", "spoke", "speak", "speaks", "talked", "talk", "talks", "talking", "speaking")

var comparatives = set("fewer", "less", "lower", "higher", "more", "smaller", "larger", "bigger")

// cueInClause reports a subject cue inside the figure's clause.
func cueInClause(hits []subjectHit, clause [2]int) bool {
	for _, h := range hits {
		if h.from >= clause[0] && h.to <= clause[1] {
			return true
		}
	}
	return false
}

// ofThatForce reports a sentence that opens by taking part of the force
// just counted: "Of that force, about 8,000 have already moved toward Kursk".
func ofThatForce(toks []token, from int) bool {
	first := 0
	if len(toks) > 0 && toks[0].low == `"` {
		first = 1 // quoted: "“Of that number, about 8,000 are in Kursk,” Blinken said"
	}
	if len(toks) < first+4 || toks[first].low != "of" || from > first+8 {
		return false
	}
	for k := first + 1; k < from; k++ {
		if toks[k].low == "," {
			return k <= first+4
		}
	}
	return false
}

// continuesThings reports a figure with no noun that goes on counting the
// things the sentence before it counted: "Ukraine's air force shot down 42
// of 74 drones. A further 16 were lost to jamming."
func continuesThings(x *Extractor, sents []sentence, i, from int) bool {
	if i == 0 || sents[i-1].para != sents[i].para || from > 3 && !bareFiguresBefore(x, sents[i].toks, from) {
		return false
	}
	prev := sents[i-1].toks
	things := false
	for k := 0; k+1 < len(prev); k++ {
		if prev[k].kind != tNum {
			continue
		}
		switch noun, kind := countedNoun(x, prev, k); {
		case kind == nounPeople:
			return false
		case kind == nounThing && !measureNouns[prev[noun].low]:
			things = true // "78 Shahed-type and decoy drones"
		}
	}
	return things
}

// bareFiguresBefore reports figures before from, and none that names what
// it counts: "Air defenses shot down 47, and another 27 were lost" goes on
// with the drones of the sentence before.
func bareFiguresBefore(x *Extractor, toks []token, from int) bool {
	seen := false
	for k := 0; k < from; k++ {
		q, ok := readQuantity(toks, k)
		if !ok {
			continue // "Fifty-two were shot down" is a figure too
		}
		if noun, kind := countedNoun(x, toks, q.to); kind != nounElliptic && kind != nounNone && !(noun == q.to+2 && toks[noun].low == "them") {
			return false
		}
		seen = true
		k = q.to
	}
	return seen
}

// relativeAfter finds ", which" or ", where" after a figure: the clause
// it opens tells of a place or thing named before it, not whose people the
// figure counts. So does a comment on the figure, ", a figure neither
// Moscow nor Pyongyang has confirmed", and a time just after it, ", before
// the last Ukrainian units were pushed out". It returns the comma's index,
// or -1.
func relativeAfter(toks []token, to int) int {
	for k := to + 1; k+1 < len(toks); k++ {
		if toks[k].low == "," && (toks[k+1].low == "which" || toks[k+1].low == "where") || figureAppositive(toks, k) {
			return k
		}
		if k == to+1 && toks[k].low == "," && (toks[k+1].low == "before" || toks[k+1].low == "after" || toks[k+1].low == "until") {
			return k // "put the number of dead at about 600, before the last Ukrainian units were pushed out": when, not whose
		}
	}
	return -1
}

// formations are units of men, which "of them" may count through.
var formations = set("battalions", "brigades", "divisions", "regiments", "units")

// thingsBefore reports a figure with no noun joined to a count of things
// before it in its sentence: "38 drones were shot down and 24 were lost",
// "81 drones, of which 52 were shot down and 27 were lost", "52 of 80
// Russian drones, with another 25 lost to jamming". Figures with no noun
// of their own between go on counting the same things; a count of people
// between ends the search, and a span of time is passed over.
func thingsBefore(x *Extractor, toks []token, from int) bool {
	if from == 4 && toks[1].low == "the" && toks[3].low == "," && thingNouns[toks[2].low] && toks[0].low == "of" {
		return true // "Of the drones, 41 were shot down": a part of the things named
	}
	limit := from - 20
	for k := from - 1; k >= 0 && k >= limit; k-- {
		end := k
		if toks[k].kind != tNum {
			q, ok := readQuantity(toks, k) // "Forty-seven drones were shot down … and another 12"
			if !ok || q.to >= from || q.value < 2 {
				continue
			}
			end = q.to
		}
		switch noun, kind := countedNoun(x, toks, end); kind {
		case nounThing:
			if measureNouns[toks[noun].low] || formations[toks[noun].low] {
				// "1,200 a day", "two months of combat" measure, they count
				// nothing; "12,000 soldiers in four brigades … 1,500 of them":
				// the brigades' men
				continue
			}
			return true
		case nounPeople:
			return false
		case nounElliptic:
			// "96 attack drones …, adding that 62 had been shot down and
			// 31 lost": each bare figure goes on with the count before it
			limit = k - 20
		}
	}
	return false
}

// thingsNamedBefore reports that the plural "them" after the figure
// ending at end stands for is a thing: the nearest plural noun before the
// figure, within a few words, is a thing and no person came between.
func thingsNamedBefore(toks []token, end int) bool {
	for k := end - 1; k >= 0 && k >= end-8; k-- {
		switch l := toks[k].low; {
		case peopleNouns[l], l == "that", toks[k].cls&cReport != 0:
			return false
		case thingNouns[l]:
			return !measureNouns[l] // "said last month that 3,000 of them": the month counts nothing
		}
	}
	return false
}

// civiliansJoined reports a figure joined by "and" to a count of people
// who are no soldiers just before it: "At least 28 people were killed and
// more than 130 injured" counts the 130 among the people.
func civiliansJoined(x *Extractor, toks []token, from int) bool {
	if from == 0 || toks[from-1].low != "and" {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-8; k-- {
		if toks[k].kind == tNum {
			noun, kind := countedNoun(x, toks, k)
			return kind != nounElliptic && noun >= 0 && nonCombatants[toks[noun].low]
		}
	}
	return false
}

// sentParticiples after a bare figure say it counts people sent.
var sentParticiples = set("sent", "dispatched", "deployed", "shipped")

// measureNouns are the thingNouns that measure rather than name things.
var measureNouns = set("years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
	"hour", "minutes", "times", "per", "percent", "square")

// ofThem reports "3,000 of them", "of those": the people of the figure before.
func ofThem(toks []token, to, noun int) bool {
	k := to + 1
	return k+1 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "them" || toks[k+1].low == "those" || toks[k+1].low == "whom")
}

// amongThem reports "are among them" after the figure's noun, past an
// aside: "Around 500 officers, including senior generals, are among them".
func amongThem(toks []token, to int) bool {
	k := to + 2
	if k < len(toks) && toks[k].low == "," {
		for k++; k < len(toks) && k <= to+10 && toks[k].low != ","; k++ {
		}
		k++
	}
	return k+2 < len(toks) && beForms[toks[k].low] && toks[k+1].low == "among" && (toks[k+2].low == "them" || toks[k+2].low == "those")
}

// themNamedBefore gives whose people "them" are in a sentence that opens
// with "N of them", when no figure came before: "North Korean soldiers are
// in Russia. At least 3,000 of them moved by ship … to several Russian
// training sites" counts the people the sentence before named.
func (x *Extractor) themNamedBefore(sents []sentence, i, qstart, to, noun int) (Subject, bool) {
	if qstart != 0 || i == 0 || !ofThem(sents[i].toks, to, noun) {
		return "", false
	}
	s, sure, ok := x.earlierSubject(sents, i)
	return s, ok && sure
}

// ownPeople reports a figure of the speaker's own side: "nine of its
// soldiers", "our losses reached 300", "we lost 300 men".
func ownPeople(toks []token, from, noun int) bool {
	for k := max(from-6, 0); k < from; k++ {
		if toks[k].low == "we" && weSpeak(toks, k) {
			continue // "We are talking about 4,000 losses among North Korean soldiers": we count theirs
		}
		if toks[k].low == "we" || toks[k].low == "our" {
			return true
		}
	}
	return noun > 0 && (toks[noun-1].low == "its" || toks[noun-1].low == "our")
}

// coordinated reports a figure that opens a clause after ", and" with no
// verb of its own: "decided to send 1,000 deminers …, and 5,000 military
// builders" shares the clause before's verb.
func coordinated(toks []token, clause [2]int, from int) bool {
	k := from - 1
	if k >= 0 && (toks[k].low == "additional" || toks[k].low == "further") && k-1 >= clause[0] && (toks[k-1].low == "a" || toks[k-1].low == "an") {
		k -= 2 // ", and a further 5,000 military builders"
	} else if k >= 0 && toks[k].low == "another" && k >= clause[0] {
		k-- // ", and another 5,000 military builders"
	}
	if k >= 0 && toks[k].low == "also" && k >= clause[0] {
		k-- // ", and also 5,000 military builders"
	}
	if k+1 != clause[0] && from != clause[0] {
		return false
	}
	return k >= 1 && toks[k].low == "and" && toks[k-1].low == ","
}

// whatBefell reads what befell the people at noun from the words around
// it, "the number of killed and wounded North Korean soldiers", "the
// number of North Korean soldiers killed or wounded".
func (x *Extractor) whatBefell(toks []token, noun int) (Metric, bool) {
	if noun+1 < len(toks) {
		if p, found := x.metrics.at(toks, noun+1); found && p.metric != Troops {
			return p.metric, true
		}
	}
	for k := noun - 1; k >= 0 && k >= noun-6 && toks[k].low != "of"; k-- {
		if p, found := x.metrics.at(toks, k); found && p.metric != Troops {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if w, found := x.metrics.at(toks, j); found && j+len(w.words) > k {
					return w.metric, true // "Killed and wounded North Korean troops … number": the pair's
				}
			}
			return p.metric, true
		}
	}
	return "", false
}

// thingsIn reports a noun of things among toks: a label that counts shells
// or vehicles, not people.
func thingsIn(toks []token) bool {
	for _, t := range toks {
		if thingNouns[t.low] && !measureNouns[t.low] {
			return true
		}
	}
	return false
}

// whomSent reports "… of whom have been sent" after the figure: the
// figure counts those sent, whatever the sentence says of their losses.
func whomSent(toks []token, to int) bool {
	if !matchWords(toks, to+1, []string{"of", "whom"}) {
		return false
	}
	k := to + 3
	for k < len(toks) && (senderAux[toks[k].low] || toks[k].low == "been" || toks[k].low == "were" || toks[k].low == "was") {
		k++
	}
	return k < len(toks) && sendVerbs[toks[k].low]
}

// periodAlone reports "… in March alone", "in a single week alone" after the
// figure: the count of one stretch of the war, part of the whole.
func periodAlone(toks []token, to int) bool {
	reach := to + 9
	for k := to + 1; k < len(toks) && k <= reach; k++ {
		switch {
		case toks[k].low == "alone":
			return k > 0 && (isMonthWord(toks[k-1].low) || timeWords[toks[k-1].low] || toks[k-1].low == "day" || toks[k-1].low == "days" || toks[k-1].low == "battle")
		case toks[k].kind == tNum && befellWords[toks[k-1].low] && k >= 2 && toks[k-2].low == "and":
			// "killed 43 North Korean soldiers and wounded 57 over the past
			// three days alone": the period is both figures'
			reach += 3 // "and wounded 57"
		case toks[k].low == "," || toks[k].low == ";" || toks[k].kind == tNum:
			return false
		}
	}
	return false
}

// waveMoved reports the verb of a wave's going after its figure, "of
// roughly 3,000 followed", "of some 1,500 has already left the country".
func waveMoved(toks []token, to int) bool {
	k := to + 1
	for k < len(toks) && (toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had" || northAdverbs[toks[k].low]) {
		k++
	}
	return k < len(toks) && (arrivalVerbs[toks[k].low] || toks[k].low == "left" || toks[k].low == "departed")
}

// waveBefore gives where the group stands whose men a figure after "of"
// counts, "a second wave of roughly 3,000", or -1. After "the first wave
// of about 11,000", "a second of roughly 3,000" leaves the noun out: the
// ordinal stands for it.
func waveBefore(toks []token, qstart int) int {
	if qstart < 2 || toks[qstart-1].low != "of" {
		return -1
	}
	if groupNouns[toks[qstart-2].low] {
		return qstart - 2
	}
	if qstart >= 3 && ordinalWords[toks[qstart-2].low] && (toks[qstart-3].low == "a" || toks[qstart-3].low == "the") && anyBetween(toks, groupNouns, 0, qstart-3) {
		return qstart - 2
	}
	return -1
}

// peopleNumber finds the people noun a figure counts through a verb of
// number before it, "North Korean soldiers in Kursk now number 11,000",
// "the troops total about 15,000", or -1.
func peopleNumber(toks []token, from int) int {
	k := from - 1
	if k < 1 || !numberVerbs[toks[k].low] {
		return -1
	}
	for k--; k >= 0 && (toks[k].low == "now" || toks[k].low == "already" || toks[k].low == "still"); k-- {
	}
	// "North Korean soldiers killed or wounded while fighting for Russia
	// in the Kursk region now number more than 3,000": the noun may stand
	// a clause's length back, so long as no comma or figure comes between
	for j := k; j >= 0 && j >= k-12; j-- {
		switch t := toks[j]; {
		case peopleNouns[t.low] && t.low != "north" && t.low != "them":
			if j > 0 && (toks[j-1].low == "armed" || toks[j-1].low == "active" || toks[j-1].low == "standing") {
				return -1 // "North Korea's armed forces number about 1.2 million": the whole army
			}
			return j
		case t.kind != tWord:
			return -1
		}
	}
	return -1
}

var numberVerbs = set("number", "numbered", "total", "totalled", "totaled")

// possessorBefore gives the country the sentence before names as owner,
// "North Korea's losses", when it names one and the same paragraph goes on.
func (x *Extractor) possessorBefore(sents []sentence, i int) (Subject, bool) {
	if i == 0 || sents[i-1].para != sents[i].para {
		return "", false
	}
	var found Subject
	prev := sents[i-1].toks
	for _, h := range x.subjectHits(prev) {
		if !prev[h.to].poss && !(h.to+1 < len(prev) && forceNames[prev[h.to+1].low]) || relativeActor(prev, h) {
			// but "the North Korean force …. Close to 4,000 of its soldiers":
			// the force's; "farmland that Ukrainian forces had held" is not
			continue
		}
		if found != "" && found != h.subject {
			return "", false
		}
		found = h.subject
	}
	return found, found != ""
}

// speakVerbs after "we" make it who counts, not whose people are counted.
var speakVerbs = set("talking", "speaking", "talk", "speak", "estimate", "believe", "assess", "think",
	"know", "see", "count", "say", "said", "saw", "counted", "estimated", "mean", "understand")

// weSpeak reports "we are talking about", "we estimate": the speaker
// counting, at token k.
func weSpeak(toks []token, k int) bool {
	j := k + 1
	for j < len(toks) && (toks[j].low == "are" || toks[j].low == "were" || toks[j].low == "re" || toks[j].low == "'re" || toks[j].low == "now" || toks[j].low == "still") {
		j++
	}
	return j < len(toks) && speakVerbs[toks[j].low]
}

// speakerSubject is the side a source speaks for, when its name says so.
func speakerSubject(who string) (Subject, bool) {
	l := strings.ToLower(who)
	for _, side := range []struct {
		s     Subject
		names []string
	}{
		{NorthKorea, []string{"kcna", "korean central news agency", "pyongyang", "kim jong", "north korea", "rodong"}},
		{Ukraine, []string{"zelensk", "kyiv", "kiev", "ukrain", "syrskyi", "budanov"}},
		{Russia, []string{"kremlin", "moscow", "russia", "peskov", "zakharova", "gerasimov", "putin", "tass", "shoigu", "belousov"}},
	} {
		for _, n := range side.names {
			if strings.Contains(l, n) {
				return side.s, true
			}
		}
	}
	return "", false
}

// heldBySpeaker reports prisoners whose only cue is their captor's, in the
// speaker's name: "Ukraine's SBU security service said the two captured
// men had been treated for their wounds". No cue names the men themselves.
func heldBySpeaker(hits []subjectHit, subject Subject, speaker string) bool {
	if side, ok := speakerSubject(speaker); !ok || side != subject {
		return false
	}
	for _, h := range hits {
		if h.subject == subject && h.strong {
			return false // "Ukraine's SBU said two Ukrainian soldiers were captured"
		}
	}
	return true
}

// sameSide reports two sources of the same side: "Ukrainian forces" and
// "President Zelensky".
func sameSide(a, b string) bool {
	sa, oka := speakerSubject(a)
	sb, okb := speakerSubject(b)
	return oka && okb && sa == sb
}

// woundedMen reports "wounded" used of the men it stands before: "two
// wounded men", "three wounded North Korean soldiers".
func woundedMen(toks []token, noun int) bool {
	if noun < 0 || noun+1 >= len(toks) || toks[noun].low != "wounded" && toks[noun].low != "injured" {
		return false
	}
	for k := noun + 1; k < len(toks) && k <= noun+3; k++ {
		if peopleNouns[toks[k].low] || toks[k].low == "men" {
			return true
		}
		if !toks[k].capital {
			return false
		}
	}
	return false
}

// wholeAfter finds the figure of the whole in "of the roughly 10,000" at
// j, just after "of", or -1.
func wholeAfter(toks []token, j int) int {
	switch {
	case j < len(toks) && toks[j].low == "the":
		j++
		if j < len(toks) && (toks[j].low == "planned" || toks[j].low == "promised" || toks[j].low == "pledged") {
			j++ // "about 1,000 of the planned 6,000 engineering troops"
		}
	case j+1 < len(toks) && toks[j].low == "an" && toks[j+1].low == "estimated":
		j += 2 // "about 8,000 of an estimated 10,000 North Korean soldiers"
	default:
		return -1
	}
	for j < len(toks) && qualifierWords[toks[j].low] && toks[j].kind == tWord {
		j++
	}
	if j < len(toks) && toks[j].kind == tNum {
		return j
	}
	return -1
}

// totalOf reports "the total to", "the total at" just before the figure at
// from: a sum of the figures before it.
func totalOf(toks []token, from int) bool {
	return from >= 3 && (toks[from-1].low == "to" || toks[from-1].low == "at") && toks[from-2].low == "total" && toks[from-3].low == "the"
}

// sumOfEarlier reports a count of the dead and one of the wounded of
// subject, found before in the article, that add up to v.
func sumOfEarlier(earlier []Claim, subject Subject, v float64) bool {
	for _, k := range earlier {
		if k.Metric != Killed || k.Subject != subject || k.Tentative {
			continue
		}
		for _, w := range earlier {
			if w.Metric == Wounded && w.Subject == subject && !w.Tentative && k.Value+w.Value == v {
				return true
			}
		}
	}
	return false
}

// thatIsChange reports a sentence that opens by saying what the figure
// before is against another: "That's up from roughly 600 the agency
// reported in April".
func thatIsChange(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	if (toks[0].low == "the" || toks[0].low == "that" || toks[0].low == "this") && figureNouns[toks[1].low] {
		// "The tally, relayed by a lawmaker after a briefing, is up from":
		// the count just given, whatever stands between; "The estimate of
		// casualties is up from" names its own
		if toks[2].low == "of" {
			return false
		}
		for k := 2; k+1 < len(toks) && toks[k].kind != tNum; k++ {
			if (toks[k].low == "is" || toks[k].low == "was") && (toks[k+1].low == "up" || toks[k+1].low == "down") {
				return true
			}
		}
		return false
	}
	if toks[0].low != "that" && toks[0].low != "this" && toks[0].low != "it" {
		return false
	}
	k := 1
	if !toks[0].poss && (toks[k].low == "is" || toks[k].low == "was") {
		k++ // "That is up from", "That's up from"
	}
	return k < len(toks) && (toks[k].low == "up" || toks[k].low == "down")
}

// sumOfBoth reports "a total of" just before the figure at from, after
// both a count of the dead and one of the wounded in the same sentence:
// the two summed.
func sumOfBoth(toks []token, from int) bool {
	if from < 3 || toks[from-1].low != "of" || toks[from-2].low != "total" || toks[from-3].low != "a" && toks[from-3].low != "the" {
		return false
	}
	dead, wounded := false, false
	for _, t := range toks[:from-3] {
		dead = dead || t.low == "killed" || t.low == "dead"
		wounded = wounded || t.low == "wounded" || t.low == "injured"
	}
	return dead && wounded && hasNumber(toks[:from-3])
}

// broughtTotal reports "brought the total to", "takes the total to" just
// before the figure at from: the count before it, grown.
func broughtTotal(toks []token, from int) bool {
	if !totalOf(toks, from) || from < 4 {
		return false
	}
	switch toks[from-4].low {
	case "brought", "brings", "bring", "bringing", "took", "takes", "take", "taking", "pushed", "pushes", "pushing", "raised", "raises", "raising":
		return true
	}
	return false
}

// theFiguresBefore reports "the figures", "these numbers" before the
// figure at from, the subject of a sentence that sums the ones before it.
func theFiguresBefore(toks []token, from int) bool {
	for k := max(from-12, 1); k < from; k++ {
		if (toks[k].low == "figures" || toks[k].low == "numbers") && (toks[k-1].low == "the" || toks[k-1].low == "these" || toks[k-1].low == "those") {
			return true
		}
	}
	return false
}

// lossOfThem reports a loss counted "of them", "of whom": every loss of
// the force named before, not a part ("more than 3,000 of them have been
// killed or wounded").
func lossOfThem(toks []token, from, to, noun int) bool {
	if to+2 >= len(toks) || toks[to+1].low != "of" {
		return false
	}
	switch toks[to+2].low {
	case "them", "whom":
		return true
	case "the", "those":
		if noun == to+2 {
			return true // "About 600 of those were killed"
		}
		// "1,000 of the North Koreans", not "nine of the regiment's soldiers"
		// nor "nine of the sappers", a trade within the force
		return noun > to+2 && noun <= to+5 && !unitOwner(toks, to+2) && !specialists[toks[noun].low]
	case "its", "their":
		// "North Korea has lost more than three thousand of its soldiers":
		// all the country's losses; "nine of its soldiers" after a regiment
		// are the unit's. A sentence that opens with "Nearly 4,000 of their
		// soldiers have been killed" counts the force the sentence before
		// named; "Nine of its soldiers", a unit's.
		opens := toks[to+2].low == "their" && onlyQualifiers(toks[:from])
		return noun > to+2 && noun <= to+4 && !specialists[toks[noun].low] && (countryOwns(toks[:to]) || opens)
	}
	return false
}

// countryOwns reports words before a figure that name a country and no
// unit, so that "its" is the country's.
func countryOwns(before []token) bool {
	country := false
	for _, t := range before {
		if unitNouns[t.low] {
			return false
		}
		country = country || countryWords[t.low]
	}
	return country
}

var countryWords = set("korea", "pyongyang", "russia", "moscow", "ukraine", "kyiv", "kiev")

// specialists are a trade within a force: their losses are a part of its.
var specialists = set("deminers", "sappers", "engineers", "builders", "gunners", "artillerymen", "snipers",
	"crews", "instructors", "advisers", "officers", "generals", "pilots", "operators")

// itsOwn gives "the 11,000 it dispatched", "the 11,000-odd troops it
// deployed" and "50,000 of its own troops" the country the sentence opens
// with: "it" is the sentence's subject. The dateline ("SEOUL, March 27
// (Reuters) -") is not the sentence's.
func itsOwn(hits []subjectHit, toks []token, to, noun int) (Subject, bool) {
	if len(hits) == 0 || to+1 >= len(toks) {
		return "", false
	}
	if it := max(to, noun) + 1; it < len(toks) && toks[it].low == "it" && hits[0].from <= datelineEnd(toks)+1 {
		return hits[0].subject, true
	}
	// "Russia had pulled together a force of roughly 50,000 of its own
	// troops, North Koreans among them": the country named last before
	if k := to + 1; k+2 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "its" || toks[k+1].low == "their") && toks[k+2].low == "own" {
		for i := len(hits) - 1; i >= 0; i-- {
			if hits[i].to < to {
				return hits[i].subject, true
			}
		}
	}
	// "struck a North Korean unit, killing eight of its soldiers": the
	// unit named last before
	if k := to + 1; k+2 < len(toks) && toks[k].low == "of" && toks[k+1].low == "its" && peopleNouns[toks[k+2].low] {
		for i := len(hits) - 1; i >= 0; i-- {
			if h := hits[i]; h.to < to {
				if h.to+1 < to && unitNouns[toks[h.to+1].low] || h.to+2 < to && unitNouns[toks[h.to+2].low] {
					return h.subject, true
				}
				break
			}
		}
	}
	return "", false
}

// theEnemy gives the people a speaker calls "the enemy": "the enemy lost
// more than 76,000 servicemen", "76,000 enemy troops". Moscow's and
// Pyongyang's enemy is Ukraine; Kyiv's is Russia.
// The speaker is read only when the figure has an enemy: most have none.
// A speaker of no known side ("the Defense Ministry said") leaves the
// sentence's own subject to say whose enemy: "Russian forces repel four
// Ukrainian counterattacks, enemy loses up to 210 troops".
func theEnemy(toks []token, hits []subjectHit, from, to int, speaker func() string) (Subject, bool) {
	enemy := to+1 < len(toks) && toks[to+1].low == "enemy"
	for k := to + 1; k+2 < len(toks) && k <= to+3 && !enemy; k++ {
		// "inflicted losses of up to 200 servicemen on the enemy"
		enemy = toks[k].low == "on" && toks[k+1].low == "the" && toks[k+2].low == "enemy"
	}
	for k, limit := from-1, from-12; k >= 0 && k >= limit && !enemy; k-- {
		if toks[k].low == "enemy" {
			enemy = true
		}
		if j := saidAsideBefore(toks, k); j >= 0 {
			// "The enemy's losses during the operation, Gerasimov said, had
			// exceeded 76,000": the aside does not count
			limit -= k - j
			k = j
			continue
		}
		if inDate(toks, k) {
			limit-- // "the enemy's losses in the Kursk direction since August 6, 2024 amounted to over 76,000"
			continue
		}
		if toks[k].low == "," || toks[k].kind == tNum {
			break
		}
	}
	if !enemy {
		return "", false
	}
	side, ok := speakerSubject(speaker())
	if !ok && len(hits) > 0 && hits[0].to < from && (hits[0].from <= 1 || inflictedAfter(toks, hits[0].to, from)) {
		side, ok = hits[0].subject, true // "Russian units had inflicted losses of up to 200 servicemen on the enemy"
	}
	switch {
	case !ok:
		return "", false
	case side == Ukraine:
		return Russia, true
	default:
		return Ukraine, true
	}
}

// saidAsideBefore finds the opening comma of a speaker's aside that ends
// with the comma at k, ", Gerasimov said,", or -1.
func saidAsideBefore(toks []token, k int) int {
	if toks[k].low != "," || k < 3 || toks[k-1].cls&cReport == 0 {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		switch {
		case toks[j].low == ",":
			return j
		case toks[j].kind != tWord:
			return -1
		}
	}
	return -1
}

// inflictedAfter reports "inflicted" or "inflicting" between the tokens
// from and to: whoever stands before it struck the enemy.
func inflictedAfter(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].low == "inflicted" || toks[k].low == "inflicting" || toks[k].low == "inflicts" {
			return true
		}
	}
	return false
}

// conjunct reports a figure joined by "and" to the figure before it, with
// no cue of its own between them or on its noun.
func conjunct(toks []token, lastTo int, q quantity, hits []subjectHit) bool {
	if lastTo < 0 || q.from-lastTo > 8 {
		return false
	}
	and := -1
	for k := lastTo + 1; k < q.from; k++ {
		if toks[k].kind != tWord {
			return false
		}
		if toks[k].low == "and" {
			and = k
		}
	}
	for _, h := range hits {
		// a cue before the "and" is the first figure's own: "killed 17
		// North Korean soldiers and wounded 22"
		if h.from > and && h.from <= q.to+2 {
			return false
		}
	}
	return and >= 0
}

// moreOfThem reports "N more" after a figure with no country named
// between: "put the original deployment at 11,000-12,000 troops; … about
// 3,000 more arrived" are more of the same men.
func moreOfThem(toks []token, lastTo int, q quantity, hits []subjectHit) bool {
	if lastTo < 0 || q.to+1 >= len(toks) || toks[q.to+1].low != "more" {
		return false
	}
	for _, h := range hits {
		if h.from > lastTo && h.from <= q.to+2 {
			return false
		}
	}
	return true
}

// sharesQualifier reports a bare figure joined by "and" to an estimated one
// just before it: "about 300 killed and 2,700 wounded" estimates both.
func sharesQualifier(toks []token, lastTo, from int, last, this Qualifier) bool {
	if last != About || this != Exact || lastTo < 0 || from-lastTo > 8 || toks[from-1].low != "and" {
		return false
	}
	for _, t := range toks[lastTo+1 : from-1] {
		if t.kind != tWord {
			return false // "about 300, and later 2,700": a clause of its own
		}
	}
	return true
}

// localTally reports losses counted in one place or one fight: "30 killed
// or injured in fighting in three villages", "in a single assault", "in
// three days of fighting": part of the losses, never a rival of the total.
func localTally(toks []token, from, to int) bool {
	for k := 0; k+3 < from; k++ {
		if (unitWords[toks[k].low] > 0 || toks[k].kind == tNum && toks[k].num < 30) && spanOfDays[toks[k+1].low] && toks[k+2].low == "of" && fightingNouns[toks[k+3].low] {
			return true // "three days of assaults near the villages of Plekhovo … had cost the North Koreans around 200"
		}
	}
	start := to + 1
	if !hasNumber(toks[:from]) {
		start = 0 // "Over three days of fighting near Plekhovo, about 200 …"
	}
	for k := start; k+1 < len(toks) && k <= to+14; k++ {
		if k >= from && k <= to || toks[k].low != "in" && toks[k].low != "over" {
			continue
		}
		j := k + 1
		if k < from && toks[j].kind != tNum && unitWords[toks[j].low] == 0 {
			continue // before the figure only a counted span: "over the past day" is the daily report's
		}
		if toks[j].low == "the" && j+2 < len(toks) && sliceWords[toks[j+1].low] {
			j++ // "in the first week": a slice of the war
		}
		if toks[j].low == "a" || toks[j].low == "one" || toks[j].low == "single" || toks[j].kind == tNum || unitWords[toks[j].low] > 0 || sliceWords[toks[j].low] {
			j++
			if j < len(toks) && toks[j].low == "single" {
				j++
			}
			if j < len(toks) && localScopes[toks[j].low] {
				return true
			}
		}
	}
	return false
}

var (
	sliceWords    = set("first", "past", "last", "opening")
	spanOfDays    = set("day", "days", "night", "nights", "week", "weeks")
	fightingNouns = set("assaults", "fighting", "attacks", "battles", "clashes", "combat", "battle")
)

var localScopes = set("village", "villages", "sector", "sectors", "battle", "battles", "assault", "assaults",
	"set", "series", "wave", "round", "engagement", "engagements", "skirmish",
	"attack", "attacks", "day", "days", "week", "night", "clash", "clashes", "settlement", "settlements", "raid")

// unitTally reports a source that is one fighting unit: what it counts
// is what it met, a part of the losses, never a rival of the total.
// A unit's commander speaks for the whole front; the unit itself does not.
func unitTally(who string) bool {
	agency, _, _ := strings.Cut(strings.ToLower(who), ", via ")
	f := strings.Fields(agency)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "unit", "units", "brigade", "battalion", "regiment", "company", "platoon", "squad", "operators",
		"sso": // Ukraine's Special Operations Forces by their initials
		return true
	case "forces":
		return strings.Contains(agency, "special")
	}
	// "the Special Operations Forces of the Armed Forces of Ukraine"
	return strings.Contains(agency, "special operations forces") || strings.Contains(agency, "special forces")
}

// runningTotal reports a figure a unit's spokesman gives for the whole
// front, not the unit's own sector: a thousand or more, or counted "since
// they were thrown into the fighting" by other than "its own operators".
func runningTotal(toks []token, from, to int, value float64) bool {
	if value >= 1000 {
		return true
	}
	for k := max(from-6, 0); k < from; k++ {
		if toks[k].low == "own" {
			return false
		}
	}
	for k := to + 1; k < len(toks) && k <= to+12; k++ {
		if toks[k].low == "since" {
			return true
		}
	}
	return false
}

// sumsUp reports a sentence that adds up the figures before it: "That
// puts the total at …", "This brings the toll to …".
// breaksDown reports a sentence that opens by breaking down the figure
// before it: "That includes some 3,000 reinforcements who arrived in
// January", the same source's.
func breaksDown(toks []token) bool {
	return len(toks) > 2 && (toks[0].low == "that" || toks[0].low == "this" || toks[0].low == "it") &&
		(toks[1].low == "includes" || toks[1].low == "included" || toks[1].low == "comprises")
}

func sumsUp(toks []token) bool {
	opened := false
	if k := sumOpener(toks); k > 0 {
		toks, opened = toks[k:], true // "Put together, that is roughly 1,100 casualties"
	}
	if len(toks) > 3 && toks[0].low == "the" && toks[1].low == "combined" && (toks[2].low == "total" || toks[2].low == "toll") {
		return true // "The combined total of about 3,000 casualties was disclosed to lawmakers"
	}
	if len(toks) < 3 || (toks[0].low != "that" && toks[0].low != "this" && toks[0].low != "which") {
		return false
	}
	verb := toks[1].low
	if opened && (verb == "is" || verb == "makes") {
		return true
	}
	if verb == "would" || verb == "will" || verb == "could" {
		verb = toks[2].low // "That would take the North's losses to about 1,100": a sum, not a plan
	}
	return sumVerbs[verb] || verb == "take" || verb == "bring" || verb == "put"
}

// sumOpener gives the length of an opening "Put together," or "Taken
// together," that says a sum follows, or 0.
func sumOpener(toks []token) int {
	if len(toks) > 2 && (toks[0].low == "put" || toks[0].low == "taken" || toks[0].low == "added") &&
		toks[1].low == "together" && toks[2].low == "," {
		return 3
	}
	if len(toks) > 2 && (toks[0].low == "all" && toks[1].low == "told" || toks[0].low == "in" && toks[1].low == "all") && toks[2].low == "," {
		return 3
	}
	if len(toks) > 2 && (toks[0].low == "combined" || toks[0].low == "together" || toks[0].low == "altogether") {
		if toks[1].low == "," {
			return 2 // "Combined, the losses come to roughly 3,000"
		}
		if toks[1].low == "that" || toks[1].low == "this" {
			return 1 // "Together that puts North Korean casualties at 1,100"
		}
	}
	return 0
}

var sumVerbs = set("puts", "put", "brings", "brought", "takes", "took", "pushes", "pushed", "raises", "raised", "means", "adds", "added", "comes", "came", "totals", "totalled", "totaled")

// sizeOf reports "the size of the" before the noun at k: "put the size
// of the deployment at about 11,000" counts the men, where "since the
// deployment" only dates what is counted.
func sizeOf(toks []token, k int) bool {
	if k >= 1 && (toks[k-1].low == "the" || toks[k-1].low == "that" || toks[k-1].low == "its") {
		k--
	}
	return k >= 2 && toks[k-1].low == "of" && (toks[k-2].low == "size" || toks[k-2].low == "scale")
}

// estimatedNoun finds the people noun between an estimating verb and the
// "at" before the figure, or -1: "put the number of North Korean troops who
// have reached the front at close to 11,000" counts troops.
func estimatedNoun(toks []token, from int) int {
	if k := from - 2; k > 0 && estimatingAt[toks[k].low] {
		// "a total force that it estimates at 15,000": the noun the
		// relative clause hangs on
		for k--; k >= 0 && relativeWords[toks[k].low]; k-- {
		}
		if k >= 0 && (peopleNouns[toks[k].low] || toks[k].low == "force" || groupNouns[toks[k].low]) {
			return k
		}
		return -1
	}
	for k := from - 2; k >= 0 && k >= from-25; k-- {
		if estimatingAt[toks[k].low] {
			return -1
		}
		if peopleNouns[toks[k].low] && toks[k].low != "north" && toks[k].low != "them" || forceNames[toks[k].low] && (toks[k].low != "deployment" || sizeOf(toks, k)) {
			// "put the North Korean force in Kursk at around 11,000", "put
			// the size of that first contingent at between 10,000 and 12,000"; but
			// "puts casualties among the North's force at some 1,100" counts
			// the casualties
			for j := k - 1; j >= 0 && j >= k-8 && !estimatingAt[toks[j].low]; j-- {
				if lossNouns[toks[j].low] {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// relativeWords open a relative clause and name its subject: "that it",
// "which they".
var relativeWords = set("that", "which", "it", "they", "he", "she", "we", "seoul", "kyiv", "washington")

// singularPeople name one person: "one soldier stood as bait" tells a story
// about a man, it does not count the force.
var singularPeople = set("soldier", "man", "serviceman", "fighter", "officer", "person",
	"prisoner", "commando", "marine", "conscript", "recruit", "defector", "troop")

func onePerson(toks []token, q quantity, noun int) bool {
	return q.value == 1 && q.max == 0 && noun >= 0 && singularPeople[toks[noun].low] && !capturedOne(toks, q, noun)
}

// capturedOne reports one soldier taken prisoner: "reported capturing one
// North Korean soldier", "one North Korean soldier was captured", a count
// of prisoners however small; but not one "about to be captured".
func capturedOne(toks []token, q quantity, noun int) bool {
	if q.from >= 1 && (toks[q.from-1].low == "captured" || toks[q.from-1].low == "capturing") {
		return true
	}
	for k := noun + 1; k < len(toks) && k <= noun+4; k++ {
		switch toks[k].low {
		case "captured":
			return true
		case "was", "were", "had", "has", "been", "later":
		default:
			return false
		}
	}
	return false
}

// wholeArmy reports whether the figure sizes a country's whole army ("an
// army of 1.2 million", "1.28 million troops under arms"), which is no
// deployment in this story.
func wholeArmy(toks []token, from, noun int) bool {
	if from >= 2 && toks[from-1].low == "of" && (toks[from-2].low == "army" || toks[from-2].low == "military") {
		return true
	}
	for k := noun + 1; noun >= 0 && k+1 < len(toks) && k <= noun+4; k++ {
		if toks[k].low == "under" && toks[k+1].low == "arms" {
			return true // "1.28 million men and women under arms"
		}
	}
	if noun >= 1 && (toks[noun-1].low == "active-duty" || toks[noun-1].low == "active" || toks[noun-1].low == "regular") {
		return true // "about 1.2 million active-duty troops"
	}
	if v := toks[max(from-1, 0)].low; from >= 2 && (numberVerbs[v] || v == "numbers" || v == "totals") && (toks[from-2].low == "army" || toks[from-2].low == "military" || toks[from-2].low == "forces" && from >= 3 && toks[from-3].low == "armed") {
		return true // "Pyongyang's standing army numbers roughly 1.28 million"; but "the force in Kursk numbers 11,000"
	}
	if from >= 2 && (numberVerbs[toks[from-1].low] || toks[from-1].low == "numbers") && homeCorps(toks, from-1) {
		return true // "its special operations force, the Storm Corps, is believed to number 40,000 to 60,000": the corps at home
	}
	for k := from - 1; k >= 1 && k >= from-4; k-- {
		if toks[k].low == "army" || toks[k].low == "armies" {
			return toks[k-1].low == "standing" // "one of the world's largest standing armies at roughly 1.2 million"
		}
	}
	return from >= 2 && (toks[from-1].low == "standing" || toks[from-2].low == "standing")
}

// homeCorps reports a corps named before the verb at v with nothing said
// of where it went: the unit's size, not the men it sent.
func homeCorps(toks []token, v int) bool {
	corps := false
	for k := v - 1; k >= 0 && k >= v-14; k-- {
		switch {
		case toks[k].low == "corps":
			corps = true
		case sendVerbs[toks[k].low] || arrivalVerbs[toks[k].low] || toks[k].low == "kursk" || toks[k].low == "russia" || toks[k].low == "front":
			return false
		}
	}
	return corps
}

type nounKind uint8

const (
	nounNone nounKind = iota
	nounPeople
	nounThing
	nounElliptic // "at least 1,000 had been killed"
)

// countedNoun finds what the figure ending at token end counts.
func countedNoun(x *Extractor, toks []token, end int) (int, nounKind) {
	if end+2 < len(toks) && toks[end+1].low == "-" && (toks[end+2].low == "odd" || toks[end+2].low == "plus") {
		end += 2 // "the 11,000-odd soldiers", "4,000-plus troops"
	}
	if end+2 < len(toks) && toks[end+1].low == "-" && (toks[end+2].low == "member" || toks[end+2].low == "seat" || toks[end+2].low == "nation") {
		return end + 2, nounThing // "the 465-member lower house": the size of a body, no one counted
	}
	if end+2 < len(toks) && toks[end+1].low == "or" && toks[end+2].low == "so" {
		end += 2 // "eight thousand or so of them"
	}
	if strongBody(toks, end) {
		return end + 3, nounPeople // "a 50,000-strong group": a force's size, whatever the body is called
	}
	if end+2 < len(toks) && (toks[end+1].low == `"` || toks[end+1].low == "'" && glued(toks, end+1)) && toks[end+2].kind == tWord && toks[end+2].capital {
		end++ // `"About 12,000" North Korean military personnel`: the quote closes on the figure
	}
	if end+3 < len(toks) && toks[end+1].low == "more" && toks[end+2].kind == tNum && thingNouns[toks[end+3].low] {
		return end + 3, nounThing // "about 220 more 170 mm self-propelled guns": a calibre, then the things
	}
	for j := end + 1; j < len(toks) && j <= end+7; j++ {
		t := toks[j]
		if j == end+1 && t.low == "more" && j+1 < len(toks) && (stopWords[toks[j+1].low] || toks[j+1].kind != tWord || arrivalVerbs[toks[j+1].low] ||
			whenWords[toks[j+1].low] || timeWords[toks[j+1].low] || isMonthWord(toks[j+1].low)) {
			return -1, nounElliptic // "3,000 more were sent", "1,500 more, Seoul said"
		}
		if t.kind != tWord {
			if j == end+1 || t.low == `"` && j == end+2 {
				return -1, nounElliptic
			}
			return -1, nounNone
		}
		if j == end+1 && (t.low == "less" || t.low == "more") && j+3 < len(toks) && toks[j+1].low == "than" &&
			(toks[j+2].kind == tNum || toks[j+2].low == "a" || unitWords[toks[j+2].low] > 0) && (spanWords[toks[j+3].low] || timeWords[toks[j+3].low]) {
			return -1, nounElliptic // "losses come to roughly 1,100 less than two weeks after": a time after the figure
		}
		if j == end+1 && arrivedAs(toks, end) {
			return -1, nounElliptic // "about 3,000 arrived as reinforcements"
		}
		if j == end+1 && t.low == "and" && j+1 < len(toks) && toks[j+1].low == "that" {
			return -1, nounElliptic // "now numbers around 11,000 and that Pyongyang is rotating units": another clause
		}
		if p, ok := x.subjects.at(toks, j); ok {
			if peopleNouns[toks[j+len(p.words)-1].low] || strings.HasSuffix(toks[j+len(p.words)-1].low, "ns") {
				return j + len(p.words) - 1, nounPeople // "North Koreans"
			}
			j += len(p.words) - 1
			continue
		}
		if j == end+1 && (t.cls&cReport != 0 || offerVerbs[t.low]) && j+1 < len(toks) && toks[j+1].low == "by" {
			return -1, nounElliptic // "the 3,000 estimated by Seoul": the figure before, whoever gave it
		}
		if t.poss && t.capital && capitalsFrom(toks, end+1, j) {
			return -1, nounElliptic // "the roughly 3,000 South Korea's spy agency estimated": whose, not what
		}
		switch {
		case peopleNouns[t.low] && j+1 < len(toks) && thingNouns[toks[j+1].low]:
			return j + 1, nounThing // "a special forces unit", "troop trains"
		case peopleNouns[t.low] && j+2 < len(toks) && (strings.HasSuffix(toks[j+1].low, "ing") || toks[j+1].low == "transport") &&
			thingNouns[toks[j+2].low]:
			return j + 2, nounThing // "118 infantry fighting vehicles", "troop transport ships"
		case peopleNouns[t.low]:
			return j, nounPeople
		case nonCombatants[t.low]:
			return j, nounPeople // "about 60,000 customers and repair crews": the customers, whom claimAt then drops
		case t.low == "of" && j+2 < len(toks) && toks[j+1].low == "those" && toks[j+2].kind == tNum:
			// "3,000 of those 15,000 were sent": a part of the figure before,
			// counting what that figure counted
			if _, kind := countedNoun(x, toks, j+2); kind == nounThing {
				return j + 2, nounThing
			}
			return j + 1, nounPeople
		case t.low == "of" && wholeAfter(toks, j+1) >= 0:
			// "About 8,000 of the roughly 10,000 soldiers": a part of the
			// figure after, counting what it counts
			return countedNoun(x, toks, wholeAfter(toks, j+1))
		case t.low == "of" && j == end+1 && forceAfter(toks, j+1) >= 0:
			return forceAfter(toks, j+1), nounPeople // "roughly 3,000 of the original contingent"
		case t.low == "of" && j+1 < len(toks) && (toks[j+1].low == "them" || toks[j+1].low == "whom" || toks[j+1].low == "those" && (j+2 >= len(toks) || !peopleNouns[toks[j+2].low])):
			if thingsNamedBefore(toks, end) && !(j+2 < len(toks) && toks[j+2].low == "who") {
				// "artillery shells, perhaps 12 million of them"; but "engineers
				// who had cleared mines, and nine of them who died" are people
				return j + 1, nounThing
			}
			return j + 1, nounPeople
		case thingNouns[t.low] && !t.poss:
			return j, nounThing // "the unit's soldiers" are people
		case isMetricNoun(x, toks, j) && j+1 < len(toks) && thingNouns[toks[j+1].low] && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed"):
			return j + 1, nounThing // "two casualty counts", "two prisoner swaps": the things
		case isMetricNoun(x, toks, j):
			return j, nounPeople // "3,000 killed", "1,100 dead"
		case stopWords[t.low]:
			if j == end+1 {
				return -1, nounElliptic
			}
			return -1, nounNone
		}
	}
	return -1, nounNone
}

// forceAfter finds the force a partitive names from token k on: "the
// original contingent", "its expeditionary force", "the new arrivals";
// -1 when it names none.
func forceAfter(toks []token, k int) int {
	if k >= len(toks) || !determiners[toks[k].low] {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if forceNames[toks[j].low] || newcomers[toks[j].low] {
			return j
		}
		if toks[j].kind != tWord || toks[j].capital || stopWords[toks[j].low] {
			return -1
		}
	}
	return -1
}

// capitalsFrom reports that the words from..to are one name: each
// capitalised, none a stop word; in a line of capitals nothing is.
func capitalsFrom(toks []token, from, to int) bool {
	for _, t := range toks[from : to+1] {
		if t.kind != tWord || !t.capital || stopWords[t.low] || strings.ToUpper(t.text) == t.text {
			return false
		}
	}
	return true
}

func isMetricNoun(x *Extractor, toks []token, j int) bool {
	p, ok := x.metrics.at(toks, j)
	return ok && (p.metric != Troops || peopleNouns[toks[j].low] || toks[j].low == "sent" || toks[j].low == "deployed")
}

// stopWords end the search for a counted noun: what follows is a verb or a
// preposition, so the figure stands alone.
var stopWords = set("in", "to", "at", "on", "for", "from", "with", "by", "who", "that", "which",
	"had", "have", "has", "were", "was", "are", "is", "be", "been", "believed", "thought", "said",
	"according", "near", "during", "since", "as", "being", "remain", "remained", "died",
	"could", "would", "will", "may", "might", "now", "across", "inside", "last", "this", "over",
	"out", "or", "but", "so", "while", "it", "they", "he", "she",
	// a time or a circumstance after the figure: "reached 1,100 within a few weeks"
	"within", "after", "before", "until", "amid", "despite",
	// a part of it: "casualties at about 4,700 incl. some 600 dead"
	"including", "incl")

// notAFigure rejects numbers that are dates, years, times, money,
// percentages, ages and measures.
// runningTally reports a total with its day's increment in brackets,
// "812,400 (+1,530)", and the increment itself: a widget's running count
// of the other side's losses, no report of this story.
func runningTally(toks []token, q quantity) bool {
	if q.to+2 < len(toks) && toks[q.to+1].low == "(" && toks[q.to+2].low == "+" {
		return true
	}
	return q.from >= 2 && toks[q.from-1].low == "+" && toks[q.from-2].low == "("
}

var averageWords = set("averaging", "averaged", "average", "averages")

// enumerator reports a list's item number: "(3)" or "3." in a sentence
// that numbers the item before it the same way.
func enumerator(toks []token, q quantity) bool {
	n := toks[q.from]
	if q.from != q.to || n.kind != tNum || n.num < 2 || n.num > 20 || q.to+1 >= len(toks) {
		return false
	}
	bracket := q.from >= 1 && toks[q.from-1].low == "(" && toks[q.to+1].low == ")"
	if !bracket && toks[q.to+1].low != "." {
		return false
	}
	for k := 1; k+1 < q.from; k++ {
		if toks[k].kind != tNum || toks[k].num != n.num-1 {
			continue
		}
		if bracket && toks[k-1].low == "(" && toks[k+1].low == ")" || !bracket && toks[k+1].low == "." {
			return true
		}
	}
	return false
}

func notAFigure(toks []token, q quantity) bool {
	t := toks[q.from]
	if q.value <= 0 {
		return true
	}
	if t.kind == tNum && q.qual == Exact && isYear(t) {
		return true // a year
	}
	if q.from >= 1 && (toks[q.from-1].low == "day" || toks[q.from-1].low == "resolution" || toks[q.from-1].low == "resolutions") {
		return true // "War in Ukraine, day 1,059", "Security Council resolution 2397"
	}
	if _, start := readQualifier(toks, q.from); start >= 1 && averageWords[toks[start-1].low] ||
		start >= 2 && toks[start-1].low == "of" && (toks[start-2].low == "average" || toks[start-2].low == "population") {
		// "daily losses averaging more than 1,000", "an average of 1,300": a
		// rate; "a prewar population of about 5,000": a town's people
		return true
	}
	if forEvery(toks, q.from) {
		return true // "for every soldier killed nearly seven were wounded", "a ratio of one to three"
	}
	if ratioAfter(toks, q) || q.from >= 2 && toks[q.from-1].low == "in" && isNumeral(toks, q.from-2) && q.from >= 2 &&
		ratioAfter(toks, quantity{from: q.from - 2, to: q.from - 2, value: toks[q.from-2].num}) {
		return true // "one in three", "1 in 4": a ratio
	}
	if q.from >= 2 && toks[q.from-1].low == "of" && (toks[q.from-2].low == "factor" || toks[q.from-2].low == "multiple") {
		return true // "differ by a factor of three"
	}
	if runningTally(toks, q) {
		return true // "personnel about 812,400 (+1,530), tanks 9,695 (+8)": a loss widget
	}
	if enumerator(toks, q) {
		return true // "(1) expand …, (2) prepare … and (3) keep open", "1. Seoul's new count 2. The two prisoners 3. …"
	}
	if q.qual == Range && isYear(toks[q.to]) && q.value >= 1900 && q.value < q.max {
		return true // "between 1950 and 1953", "2022-2024"
	}
	if q.from >= 2 && t.kind == tNum && t.num < 100 && len(t.text) == 2 && (toks[q.from-1].low == "-" || toks[q.from-1].low == "/") && toks[q.from-2].kind == tNum && isYear(toks[q.from-2]) {
		return true // "the winter of 2024-25": the year's end of a span
	}
	if q.from >= 2 && toks[q.from-1].low == `"` && (toks[q.from-2].low == "word" || toks[q.from-2].low == "term") {
		return true // `The word "thousands" is accurate for casualties`: a word talked about
	}
	if t.low == "one" && q.to == q.from && q.from+1 < len(toks) && toks[q.from+1].low == "of" {
		return true // "one of the men": a person picked out, not a count
	}
	if q.to+3 < len(toks) && toks[q.to+1].low == "of" && toks[q.to+2].low == "those" && toks[q.to+3].low == "who" {
		return true // "awarded the title to nine of those who died": some of an uncounted whole
	}
	if t.low == "one" && q.to == q.from && theOtherAfter(toks, q.to) {
		return true // "one wounded in the jaw and the other in both legs": each man described
	}
	if q.from > 0 {
		p := toks[q.from-1]
		if p.low == "." && q.from > 1 && months[toks[q.from-2].low] {
			return true // "Jan. 13"
		}
		if q.from > 2 && toks[q.from-2].kind == tNum &&
			(p.low == "-" || p.low == "–" || p.low == "and" || p.low == "or" || (p.low == "to" || p.low == "through") && q.value <= 31 && toks[q.from-2].num <= 31) &&
			(months[toks[q.from-3].low] || q.from > 3 && toks[q.from-3].low == "." && months[toks[q.from-4].low]) {
			return true // "April 28-29", "Dec. 14-15", "January 9 and 11", "from December 20 to 22": the second day of dates
		}
		if spanLeads[p.low] && q.from >= 2 && toks[q.from-2].low == "the" && (q.to+1 >= len(toks) || toks[q.to+1].kind != tWord) {
			return true // "more in a year than in the previous 70": years, not soldiers
		}
		if voteTally(toks, q) {
			return true // "voted 204 to 85", "in a 204-85 vote": a tally of votes
		}
		if secondAge(toks, q.from) {
			return true // "who are aged 20 and 26", "one of them aged 20 and the other 26": the second man's age
		}
		if docRefs[p.low] || (p.low == "-" || p.low == "–") && q.from >= 3 && docRefs[toks[q.from-3].low] {
			return true // "(Adds wounded figure in paragraph 2 …)": a place in the text
		}
		if months[p.low] || p.low == "$" || p.low == "€" || p.low == "£" || p.low == "₩" || p.low == "no" || p.low == "aged" || p.low == "#" || p.low == "/" ||
			p.low == ":" && q.from > 1 && toks[q.from-2].kind == tNum && (toks[q.from-2].end == p.start && p.end == t.start || q.from > 2 && months[toks[q.from-3].low] && sinceDate(toks, q.from-3)) {
			// "09:05", "3:1", "since 24 February 2022: 773,580 personnel, …";
			// but "Troops sent in autumn 2024: 11,000-12,000" is a label, and
			// "December 2024: 10,000-12,000 …" a timeline's entry
			return true
		}
	}
	if n := q.to + 1; n < len(toks) {
		nt := toks[n]
		// "12 May" is a date; "up to 12,000 may already be" is not
		if months[nt.low] && (nt.low != "may" || nt.capital) || nt.low == "%" || strings.HasPrefix(nt.text, "°") || nt.low == "/" || nt.low == ":" && n+1 < len(toks) && toks[n+1].kind == tNum || strings.HasPrefix(nt.low, "-year") {
			return true
		}
		// a hyphen glued to the figure makes a compound; a spaced dash opens
		// an aside ("around 3,000 — nearly three times the toll")
		glued := nt.low == "-" && n+1 < len(toks) && nt.start == toks[q.to].end && toks[n+1].start == nt.end
		if nt.low == "per" || nt.low == "percent" || (glued && (thingNouns[toks[n+1].low] || strings.HasPrefix(toks[n+1].low, "year"))) {
			return true
		}
		if glued && toks[n+1].kind == tWord && !compoundPeople[toks[n+1].low] && !peopleNouns[toks[n+1].low] {
			return true // "the 1,400-word statement", "a 120-day mission": a measure, not people
		}
	}
	return anAge(toks, q)
}

// sinceDate reports "since" just before the date whose month is at k:
// "since 24 February 2022".
func sinceDate(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].low == "since" {
			return true
		}
	}
	return false
}

// voteTally reports a figure that counts votes: "voted" or "a vote of"
// just before it, "vote" just after it or after the tally it opens.
func voteTally(toks []token, q quantity) bool {
	for k := max(q.from-3, 0); k < q.from; k++ {
		if toks[k].low == "voted" || toks[k].low == "vote" && k+1 < len(toks) && toks[k+1].low == "of" {
			return true
		}
	}
	for k := q.to + 1; k < len(toks) && k <= q.to+3; k++ {
		if toks[k].low == "vote" || toks[k].low == "votes" {
			return true
		}
		if toks[k].kind == tWord && toks[k].low != "to" {
			return false
		}
	}
	return false
}

// secondAge reports a figure after an age given just before it, with
// only the words that pass to the next man between: "aged 20 and 26",
// "aged 20 and the other 26", "is 20 years old and the other 26".
func secondAge(toks []token, from int) bool {
	for k := from - 1; k >= 1 && k >= from-4; k-- {
		switch toks[k].low {
		case "and", "or", "the", "other", ",", "one":
			continue // "one aged 20 and one 26"
		}
		if toks[k].low == "old" && k >= 2 && (toks[k-1].low == "years" || toks[k-1].low == "year") && toks[k-2].kind == tNum {
			return k < from-1 // "One of the captured men is 20 years old and the other 26"
		}
		return toks[k].kind == tNum && (toks[k-1].low == "aged" || toks[k-1].low == "ages") && k < from-1
	}
	return false
}

// claimedValue reports an earlier claim of the article with the figure q.
func claimedValue(earlier []Claim, q quantity) bool {
	for _, e := range earlier {
		if e.Value == q.value && e.ValueMax == q.max {
			return true
		}
	}
	return false
}

// lossesListed reports a list of three or more things that befell people
// with no figure among them, "killed, wounded, missing or captured": all
// the losses, one count.
func lossesListed(toks []token, clause [2]int) bool {
	items := 0
	for k := clause[0]; k <= clause[1]; k++ {
		switch t := toks[k]; {
		case listedLosses[t.low]:
			items++
			if items >= 3 {
				return true
			}
		case items > 0 && (t.low == "," || t.low == "or" || t.low == "and"):
		default:
			items = 0
		}
	}
	return false
}

var listedLosses = set("killed", "wounded", "injured", "missing", "captured", "dead")

// strongBody reports a figure that sizes a body of troops, "a
// 50,000-strong group", "an 11,000-strong army".
func strongBody(toks []token, end int) bool {
	return end+3 < len(toks) && toks[end+1].low == "-" && toks[end+2].low == "strong" && bodyNouns[toks[end+3].low]
}

// forceBeforeWhich gives whose the force is that a relative clause
// putting it at the figure (from) is about: "The North Korean contingent,
// which Ukraine estimates at 11,000".
func forceBeforeWhich(hits []subjectHit, toks []token, from int) (Subject, bool) {
	for k := from - 2; k >= 2 && k >= from-8; k-- {
		if toks[k].low != "which" {
			continue
		}
		n := k - 1
		if toks[n].low == "," {
			n--
		}
		if n < 1 || !forceNames[toks[n].low] && !peopleNouns[toks[n].low] {
			return "", false
		}
		for _, h := range hits {
			if h.to == n-1 {
				return h.subject, true
			}
		}
		return "", false
	}
	return "", false
}

// lossAfterAside gives the metric of the verb that follows an aside on
// how the men counted at noun were sent: "Nine sappers from the regiment,
// sent to clear Russia's Kursk region of mines, died".
func (x *Extractor) lossAfterAside(toks []token, noun int) (Metric, bool) {
	if noun < 0 {
		return "", false
	}
	k := noun + 1
	for k < len(toks) && k <= noun+4 && toks[k].kind == tWord && toks[k].low != "," {
		k++ // "from the regiment"
	}
	if k+1 >= len(toks) || toks[k].low != "," || !sendVerbs[toks[k+1].low] {
		return "", false
	}
	for k += 2; k < len(toks) && toks[k].low != ","; k++ {
	}
	for k++; k < len(toks) && auxWords[toks[k].low]; k++ {
	}
	if k < len(toks) {
		if p, ok := x.metrics.at(toks, k); ok && p.metric != Troops {
			return p.metric, true
		}
	}
	return "", false
}

// strongBodyAt reports "11,000-strong contingent" for the figure whose
// words open at from ("roughly 11,000-strong").
func strongBodyAt(toks []token, from int) bool {
	for k := from; k < len(toks) && k <= from+3; k++ {
		if toks[k].kind == tNum {
			return strongBody(toks, k)
		}
	}
	return false
}

// compoundPeople end a hyphenated figure that still counts people:
// "11,000-strong", "a 3,000-man force", "11,000-odd".
var compoundPeople = set("strong", "man", "men", "member", "odd", "plus", "some")

// anAge reports a small figure set off by commas after a word: "The
// second man, 27, a sniper, …", "Kim, 24, said".
func anAge(toks []token, q quantity) bool {
	if q.qual != Exact || q.value >= 100 || q.from < 2 {
		return false
	}
	if beForms[toks[q.from-1].low] && toks[q.from-2].low == "who" {
		return true // "the other, who is 21, …"
	}
	if (toks[q.from-1].low == "was" || toks[q.from-1].low == "is") && (toks[q.from-2].low == "he" || toks[q.from-2].low == "she") &&
		(q.to+1 >= len(toks) || toks[q.to+1].kind != tWord || toks[q.to+1].low == "years") {
		return true // "one of the prisoners, who said he was 20, told …"
	}
	if q.to+1 >= len(toks) {
		return false
	}
	if toks[q.from-1].low != "," || toks[q.to+1].low != "," {
		return false
	}
	p := toks[q.from-2]
	return p.kind == tWord && !cueSkippers[p.low] && !conjunctions[p.low]
}

func isYear(t token) bool {
	return t.kind == tNum && t.num >= 1900 && t.num <= 2100 && t.num == float64(int(t.num)) && !strings.Contains(t.text, ",")
}

var months = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec")

// disasters are what a toll of no war comes from.
var disasters = set("earthquake", "earthquakes", "quake", "tsunami", "typhoon", "hurricane", "cyclone", "floods",
	"flooding", "landslide", "landslides", "mudslide", "wildfire", "wildfires", "avalanche", "eruption", "heatwave",
	// and accidents and crimes far from the front
	"blaze", "crash", "derailment", "stampede", "car-ramming", "pileup", "pile-up", "collision",
	"snowstorm", "blizzard")

// burningPlaces before "fire" make it a blaze, not the guns': "apartment fire".
var burningPlaces = set("apartment", "house", "hostel", "factory", "building", "warehouse", "market", "hotel", "hospital", "forest")

// disasterIn reports a clause that names a natural disaster: its dead are
// not the war's.
func disasterIn(toks []token, clause [2]int) bool {
	for k := clause[0]; k <= clause[1]; k++ {
		if disasters[toks[k].low] || toks[k].low == "fire" && k > 0 && burningPlaces[toks[k-1].low] ||
			k > 0 && (toks[k].low == "accidents" || toks[k].low == "accident") && (toks[k-1].low == "road" || toks[k-1].low == "traffic") ||
			k > 0 && toks[k].low == "snow" && toks[k-1].low == "heavy" { // "heavy snow … leaves 3 dead in road accidents"
			return true
		}
	}
	return false
}

// inDate reports token k as part of a date: a year, a month's day, or the
// comma between them ("August 6, 2024").
func inDate(toks []token, k int) bool {
	t := toks[k]
	switch {
	case t.kind == tNum && isYear(t):
		return true
	case t.kind == tNum && dayOfMonth(t):
		return k > 0 && isMonthWord(toks[k-1].low)
	case t.low == ",":
		return k > 1 && k+1 < len(toks) && dayOfMonth(toks[k-1]) && isMonthWord(toks[k-2].low) && isYear(toks[k+1])
	}
	return false
}

// tallyNouns name a count of people by its figure: "the toll of roughly 600".
var tallyNouns = set("toll", "tally", "count")
