package claims

import (
	"strings"
	"time"
)

// notTheSource drops a possessive cue just before a figure that a figure
// noun follows: in "Kyiv's nearly-4,000 figure" Kyiv gives the figure, it
// does not own the people counted.
func notTheSource(hits []subjectHit, toks []token, from int) []subjectHit {
	out := make([]subjectHit, 0, len(hits))
	for _, h := range hits {
		if h.to < from && h.to >= from-4 && toks[h.to].poss {
			continue
		}
		out = append(out, h)
	}
	return out
}

// givingVerbs say who gave a figure in a relative clause after it.
var givingVerbs = set("gave", "given", "reported", "cited", "offered", "issued", "published", "released",
	"announced", "put", "provided")

// relativeSource reads who gave a restated figure, in the clause after its
// figure noun at k: "the 1,100 figure the military gave", "the 3,000
// estimate that Seoul published".
func relativeSource(s sentence, k int) string {
	j := k + 1
	if j < len(s.toks) && (s.toks[j].low == "that" || s.toks[j].low == "which") {
		j++
	}
	if j < len(s.toks) && s.toks[j].low == "the" {
		j++
	}
	who := npAfter(s, j)
	if who == "" {
		return ""
	}
	end := j + len(strings.Fields(who))
	if e, named, joined := listEnd(s.toks, j); named && joined {
		// "the estimate that Ukrainian, South Korean and American
		// intelligence each arrived at": the list and its noun
		for e < len(s.toks) && e < j+14 && s.toks[e].kind == tWord && !givingVerbs[s.toks[e].low] && !eachOf[s.toks[e].low] {
			e++
		}
		who, end = trimPhrase(s, s.toks[j:e]), e
	}
	if end < len(s.toks) && eachOf[s.toks[end].low] {
		end++
	}
	if end < len(s.toks) && (givingVerbs[s.toks[end].low] || s.toks[end].low == "arrived" && matchWords(s.toks, end+1, []string{"at"})) {
		return who
	}
	return ""
}

// eachOf stand between a list of sources and their verb: "Seoul and Kyiv
// each gave".
var eachOf = set("each", "all", "both")

// possessiveSource names whose a restated figure is: "Kyiv's nearly-4,000
// figure", "Seoul's 1,100".
func possessiveSource(s sentence, from int) string {
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if s.toks[k].poss {
			who, _ := npBefore(s, k)
			return who
		}
	}
	return ""
}

// includedFigure reports a figure given as a part of the one before it in
// its sentence: "4,700 casualties in the war between Russia and Ukraine,
// including about 600 soldiers killed" counts the same people's dead.
func includedFigure(toks []token, from int) bool {
	k := from - 1
	if k >= 1 && toks[k].low == "them" && toks[k-1].low == "among" {
		return true
	}
	if k >= 1 && toks[k].low == "." && toks[k].start == toks[k-1].end {
		k-- // "incl. about 3,000"
	}
	return k >= 0 && (toks[k].low == "including" || toks[k].low == "incl")
}

// captiveNouns count prisoners even after "the": "the two prisoners of
// war captured by Ukraine" is the count of them every report repeats.
var captiveNouns = set("prisoners", "pows", "captives")

// capturedAfterNoun reports "captured", "taken" or "held" just after the
// noun at k: "the two prisoners of war captured by Ukraine".
func capturedAfterNoun(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if captureWords[toks[j].low] {
			return true
		}
	}
	return false
}

// theCaptured reports people met before as the ones taken prisoner: "the
// two soldiers it captured", "the two captured North Koreans", "the two
// men held by Kyiv". Every report repeats that count, and with no other
// figure of prisoners it is the one the story gives.
func theCaptured(toks []token, to, noun int) bool {
	if noun < 0 {
		return false
	}
	for j := to + 1; j < len(toks) && j <= noun+3; j++ {
		switch toks[j].low {
		case "captured", "seized", "held":
			return true
		case "taken":
			return j+1 < len(toks) && (toks[j+1].low == "prisoner" || toks[j+1].low == "captive")
		case ",", ";", ".", ":":
			if j > noun {
				return false
			}
		}
	}
	return false
}

// forceNames name a force as a thing a sentence can be about.
var forceNames = set("force", "contingent", "deployment", "forces")

// statedEarlier reports a figure its source gave in a month before the
// article's: a reporting verb next to it is dated "in April" or "last
// December", with no other figure between.
func statedEarlier(toks []token, q quantity, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	if m, ok := opensWithMonth(toks); ok && m != published.Month() && reportedBefore(toks, q.from) {
		// "In April, the agency put the number of North Korean dead at
		// around 600": the sentence opens with the month it restates
		return true
	}
	if opensEarlier(toks) && reportedBefore(toks, q.from) {
		return true // "When the first units arrived in the autumn, officials put their number at 11,000 to 12,000"
	}
	if m, ok := monthThen(toks, q.from); ok && m != published.Month() {
		return true // "a sharp rise from January, when the agency put the North's dead at 300"
	}
	if on, ok := opensOnDay(toks, published); ok && published.Sub(on) > restatedAfter && reportedBefore(toks, q.from) {
		return true // "On Oct. 18 the National Intelligence Service said …", in an article of Oct. 29
	}
	if saidBack(toks, q.from) {
		return true
	}
	for k := q.from - 1; k >= 1 && k >= q.from-4; k-- {
		if m := monthNumber(toks[k-1].low); estimateNouns[toks[k].low] && m != 0 && matchWords(toks, k+1, []string{"of"}) {
			return m != published.Month() // "the spy agency's January estimate of some three thousand"
		}
	}
	for k := q.to + 1; k < len(toks) && k <= q.to+8 && toks[k].kind != tNum; k++ {
		if otherFigureWords[toks[k].low] {
			break // "roughly 3,000, about three times the figure it gave in December": another figure's date
		}
		if toks[k].cls&cReport == 0 {
			continue
		}
		reach := k + 4
		if k+1 < len(toks) && toks[k+1].low == "by" {
			reach = k + 9 // "the 1,100 casualties estimated by South Korea's military in late December"
		}
		for j := k + 2; j < len(toks) && j <= reach; j++ {
			in := toks[j-1].low == "in" || toks[j-1].low == "last" ||
				(toks[j-1].low == "late" || toks[j-1].low == "early" || toks[j-1].low == "mid") && toks[j-2].low == "in"
			if m := monthNumber(toks[j].low); m != 0 && in {
				return m != published.Month()
			}
			if toks[j].low == "," || toks[j].kind == tNum {
				break
			}
		}
	}
	return false
}

// saidBack reports a figure given at a time the sentence names as gone,
// before the figure with no other figure between: "South Korea and the
// United States said last autumn that between 10,000 and 12,000 …", "U.S.
// officials at the time put their number at around 3,000" (but "at the
// time of writing" is now).
func saidBack(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-20; k-- {
		if toks[k].kind == tNum {
			return false
		}
		if matchWords(toks, k, []string{"at", "the", "time"}) && k+3 < from && toks[k+3].low != "of" && reportedBefore(toks, from) {
			return true
		}
		if toks[k].cls&cReport != 0 && k+2 < from && toks[k+1].low == "last" && pastSeasons[toks[k+2].low] {
			return true
		}
	}
	return false
}

// pastSeasons after "said last" are months gone.
var pastSeasons = set("autumn", "fall", "year", "winter", "summer", "spring")

// opensEarlier reports a sentence that opens at the story's start: "When
// the first units arrived", "When the deployment began", "Initially,".
func opensEarlier(toks []token) bool {
	switch {
	case matchWords(toks, 0, []string{"when", "the", "first"}), matchWords(toks, 0, []string{"when", "the", "deployment", "began"}),
		matchWords(toks, 0, []string{"initially", ","}), matchWords(toks, 0, []string{"at", "first", ","}):
		return true
	}
	return false
}

// monthThen reads "January, when …" before the figure at from, with a
// reporting verb and no other figure between: the month the figure was
// given in.
func monthThen(toks []token, from int) (time.Month, bool) {
	for k := from - 1; k >= 2 && k >= from-15; k-- {
		if toks[k].kind == tNum {
			return 0, false
		}
		if toks[k].low != "when" || toks[k-1].low != "," {
			continue
		}
		if m := monthNumber(bareMonth(toks[k-2].low)); m != 0 && reportedBefore(toks[k:], from-k) {
			return m, true
		}
		return 0, false
	}
	return 0, false
}

// bareMonth is a month word without its part of the month: "mid-december"
// gives "december".
func bareMonth(w string) string {
	for _, p := range []string{"mid-", "early-", "late-"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// otherFigureWords after a figure bring in another to compare it with.
var otherFigureWords = set("times", "than", "from", "compared", "versus", "against")

// opensWithMonth reads the month a sentence opens with, "In April,",
// "Last December", "As recently as January,".
func opensWithMonth(toks []token) (time.Month, bool) {
	k := 0
	switch {
	case matchWords(toks, 0, []string{"as", "recently", "as"}):
		k = 3
	case matchWords(toks, 0, []string{"back", "in"}):
		k = 2
	case len(toks) > 0 && (toks[0].low == "in" || toks[0].low == "last"):
		k = 1
	default:
		return 0, false
	}
	if k+1 >= len(toks) {
		return 0, false
	}
	m := monthNumber(toks[k].low)
	return m, m != 0 // "In April, the agency put …", "In December the agency had put …"
}

// restatedAfter is how long before the article a statement it dates is
// an old one restated: a week, the conflict window's default.
const restatedAfter = 7 * 24 * time.Hour

// opensOnDay reads the day a sentence opens with, "On Oct. 18", in the
// article's year (or the year before, for a month after the article's).
func opensOnDay(toks []token, published time.Time) (time.Time, bool) {
	if len(toks) < 4 || toks[0].low != "on" {
		return time.Time{}, false
	}
	m := monthNumber(toks[1].low)
	j := 2
	if j < len(toks) && toks[j].low == "." {
		j++
	}
	if m == 0 || j >= len(toks) || toks[j].kind != tNum || !dayOfMonth(toks[j]) {
		return time.Time{}, false
	}
	return lastDate(m, toks[j], published), true
}

// lastDate is the day given by a month and the token of its day, in the
// latest year that does not put it in a month after the article's.
func lastDate(m time.Month, day token, published time.Time) time.Time {
	year := published.Year()
	if m > published.Month() {
		year--
	}
	return time.Date(year, m, int(day.num), 0, 0, 0, 0, published.Location())
}

// saidOn reads the day a sentence says its figure at from was given: "On
// Oct. 31, Blinken said …", "Blinken said on October 31 that …", "…,
// speaking on 31 October, had put the number at". Only a day and a month
// will do; the year is the latest one not after the article's.
func saidOn(toks []token, from int, published time.Time) (time.Time, bool) {
	if published.IsZero() {
		return time.Time{}, false
	}
	return dayIn(toks, 0, from, published)
}

// saidAfter reads the day a figure set against another is said to have
// been given, after it in its clause: "well above the roughly 8,000 that
// Blinken gave on Oct. 31", "… that Blinken cited last Thursday". It
// stops at the next figure, whose day it would be.
func saidAfter(toks []token, to int, published time.Time) (time.Time, bool) {
	if published.IsZero() {
		return time.Time{}, false
	}
	end := to + 1
	for end < len(toks) && toks[end].low != ";" && !(toks[end].kind == tNum && !dayOfMonth(toks[end])) {
		end++
	}
	for k := to + 1; k+1 < end; k++ {
		if toks[k].low == "last" && weekdays[toks[k+1].low] {
			return lastWeekday(toks[k+1].low, published), true
		}
	}
	return dayIn(toks, to+1, end, published)
}

// lastWeekday is the last day named w before the day of published.
func lastWeekday(w string, published time.Time) time.Time {
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, published.Location())
	for range 7 {
		day = day.AddDate(0, 0, -1)
		if strings.EqualFold(day.Weekday().String(), w) {
			break
		}
	}
	return day
}

// dayIn reads "on" or "as of" with a day and a month in toks[lo:hi].
func dayIn(toks []token, lo, hi int, published time.Time) (time.Time, bool) {
	for k := lo; k+2 < hi; k++ {
		asOf := toks[k].low == "of" && k > lo && toks[k-1].low == "as" // "as of Oct. 31"
		if toks[k].low != "on" && !asOf {
			continue
		}
		m, j := monthNumber(toks[k+1].low), k+2
		if m != 0 && toks[j].low == "." && j+1 < hi {
			j++
		}
		day := toks[j]
		if m == 0 && dayOfMonth(toks[k+1]) {
			m, day = monthNumber(toks[k+2].low), toks[k+1] // "on 31 October"
		}
		if m == 0 || day.kind != tNum || !dayOfMonth(day) {
			continue
		}
		return lastDate(m, day, published), true
	}
	return time.Time{}, false
}

// daysLater reads a sentence that opens by counting days from the one
// before: "Four days later", "A day later", "The next day", "A week later";
// "The same day" and "Hours earlier" count none.
func daysLater(toks []token) (int, bool) {
	if len(toks) < 3 {
		return 0, false
	}
	if (toks[0].low == "the" || toks[0].low == "a") && (toks[1].low == "next" || toks[1].low == "following") && toks[2].low == "day" {
		return 1, true
	}
	if toks[0].low == "the" && toks[1].low == "same" && toks[2].low == "day" || toks[0].low == "that" && toks[1].low == "same" && toks[2].low == "day" {
		return 0, true // "The same day, South Korea's Joint Chiefs of Staff gave a much lower figure"
	}
	h := 0 // "Hours earlier, South Korea's Joint Chiefs of Staff had put …", "A few hours later"
	switch {
	case toks[0].low == "a" && toks[1].low == "few":
		h = 2
	case toks[0].low == "some":
		h = 1
	}
	if h+1 < len(toks) && toks[h].low == "hours" && (toks[h+1].low == "earlier" || toks[h+1].low == "later" || toks[h+1].low == "before") {
		return 0, true
	}
	n, k := 0, 1
	if toks[0].low == "a" || toks[0].low == "one" {
		n = 1
	} else if q, ok := readQuantity(toks, 0); ok && q.qual == Exact && q.value >= 1 && q.value <= 14 {
		n, k = int(q.value), q.to+1
	} else {
		return 0, false
	}
	if k+1 >= len(toks) || toks[k+1].low != "later" && toks[k+1].low != "after" {
		return 0, false
	}
	switch toks[k].low {
	case "day", "days":
		return n, true
	case "week", "weeks":
		return 7 * n, true
	}
	return 0, false
}

// reportedBefore reports a reporting verb before token at.
func reportedBefore(toks []token, at int) bool {
	for _, t := range toks[:at] {
		if t.cls&cReport != 0 {
			return true
		}
	}
	return false
}

// datedBefore reports a sentence that opens or ends with a full date of a
// month before the article's, "Dec 19, 2024" or "19 December 2024", as the
// rows of a table of estimates and a timeline do: an old statement
// restated, too old to conflict with today's. A date inside a sentence may
// be when anything happened; one after "since" or "from" starts a span.
func datedBefore(toks []token, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		m := monthNumber(toks[k].low)
		if m == 0 {
			continue
		}
		first, last, year := k, k+1, 0
		if isYear(toks[k+1]) && k+1 >= len(toks)-2 && k > 0 && toks[k-1].low == "," {
			// a row that ends on its month, "…, according to Pentagon,
			// December 2024.": old once that month is more than a week gone
			monthEnd := time.Date(int(toks[k+1].num), m+1, 1, 0, 0, 0, 0, published.Location())
			return published.Sub(monthEnd) > restatedAfter
		}
		if y, ok := timelineDate(toks, k); ok {
			// a timeline's line, "Oct. 2024 - first 1,500 special forces
			// shipped": old, as the row's month above
			monthEnd := time.Date(y, m+1, 1, 0, 0, 0, 0, published.Location())
			return published.Sub(monthEnd) > restatedAfter
		}
		switch j := k + 1; {
		case k > 0 && toks[k-1].kind == tNum && dayOfMonth(toks[k-1]) && toks[j].kind == tNum:
			first, year = k-1, int(toks[j].num) // "19 December 2024"
		default:
			if toks[j].low == "." && j+1 < len(toks) {
				j++
			}
			if toks[j].kind != tNum || !dayOfMonth(toks[j]) || j+1 >= len(toks) {
				continue
			}
			if j++; toks[j].low == "," && j+1 < len(toks) {
				j++
			}
			if toks[j].kind == tNum {
				last, year = j, int(toks[j].num) // "Dec 19, 2024"
			}
		}
		if year < 1990 || year > 2100 || first > 0 && spanStarts[toks[first-1].low] {
			continue
		}
		if first > 1 && last < len(toks)-2 {
			continue // "the agency, which first reported it on Oct. 18, 2024, now says"
		}
		return year < published.Year() || year == published.Year() && m < published.Month()
	}
	return false
}

// timelineDate reads the year of a line that opens with the month at k,
// its year and a dash or a colon: "Oct. 2024 - …", "- Apr. 2025: …".
func timelineDate(toks []token, k int) (int, bool) {
	if k > 1 || k == 1 && toks[0].kind != tPunct {
		return 0, false
	}
	j := k + 1
	if j < len(toks) && toks[j].low == "." {
		j++
	}
	if j+1 >= len(toks) || !isYear(toks[j]) {
		return 0, false
	}
	switch toks[j+1].text {
	case "-", "–", "—", ":":
		return int(toks[j].num), true
	}
	return 0, false
}

// dayOfMonth reads a day's number, "19", not "19th" or "2,000".
func dayOfMonth(t token) bool {
	return t.suffix == "" && t.num >= 1 && t.num <= 31 && t.num == float64(int(t.num)) && len(t.text) <= 2
}

// spanStarts before a date make it where a span begins or ends.
var spanStarts = set("since", "from", "after", "between", "until", "till", "through", "by", "before")

// monthNumber reads a month's name, or gives 0.
func monthNumber(w string) time.Month {
	if len(w) < 3 || !months[w] {
		return 0
	}
	for m, name := range monthNames {
		if strings.HasPrefix(name, w) {
			return time.Month(m + 1)
		}
	}
	return 0
}

// monthNames are the months' names in lower case, January first.
var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// reachVerbs bring "the number of soldiers" to its figure: "has grown to",
// "reached", "stands at", "is".
var reachVerbs = set("to", "at", "reached", "reaches", "is", "was", "totals", "totalled", "totaled", "hit", "topped", "exceeded", "exceeds", "passed")

// numberOfBefore finds the people of "the number of North Korean soldiers
// who have crossed into Russia has grown to about 3,000": the noun after
// "number of" that the sentence's figure counts, or -1.
func numberOfBefore(toks []token, from int) int {
	if from < 4 || !reachVerbs[toks[from-1].low] {
		return -1
	}
	for k := from - 2; k >= 1 && k >= from-20; k-- {
		if toks[k].kind == tNum {
			return -1
		}
		if toks[k].low != "of" || toks[k-1].low != "number" && toks[k-1].low != "count" && toks[k-1].low != "total" {
			continue
		}
		for j := k + 1; j < from-1 && j <= k+4; j++ {
			if peopleNouns[toks[j].low] && toks[j].low != "north" {
				return j
			}
		}
		return -1
	}
	return -1
}

// givenBy names the source a participle after the figure gives: "about
// 3,000 given by South Korea's spy agency", "the 1,100 reported by the JCS".
func givenBy(s sentence, to int) string {
	toks := s.toks
	if to+3 >= len(toks) || toks[to+2].low != "by" || toks[to+1].cls&cReport == 0 && !offerVerbs[toks[to+1].low] {
		return ""
	}
	k := to + 3
	if toks[k].low == "the" {
		k++
	}
	return npAfter(s, k)
}

// byParticiple names the source an earlier participle gives the sentence's
// subject: "Its count, released by the Joint Chiefs of Staff on Monday, put
// the dead and wounded at around 1,100".
func byParticiple(s sentence, from int) string {
	toks := s.toks
	for k := 1; k+1 < from; k++ {
		if toks[k].low == "by" && (sourceParticiples[toks[k-1].low] ||
			k >= 4 && sourceParticiples[toks[k-3].low] && toks[k-2].low == "to" && toks[k-1].kind == tWord) {
			// "released by the JCS", "presented to lawmakers by the NIS"
			j := k + 1
			if toks[j].low == "the" {
				j++
			}
			return npAfter(s, j)
		}
	}
	return ""
}

var sourceParticiples = set("released", "issued", "published", "compiled", "given", "provided", "cited", "reported", "announced",
	"presented", "delivered")

// ofWhomBefore reports a figure in a relative clause on the people before
// it: "38,000 troops …, of whom he said around 15,000 had been killed".
func ofWhomBefore(toks []token, from int) bool {
	for k := from - 1; k >= 1 && k >= from-5; k-- {
		if toks[k].kind == tNum {
			return false
		}
		if toks[k].low == "whom" && (toks[k-1].low == "of" || toks[k-1].low == "among") {
			return true
		}
	}
	return false
}

// saidBare reports a figure with no noun right after a verb that gives it
// again, "By the new year he was saying nearly 4,000", `settled on "about
// 11,000"`: the figure before, given again.
func saidBare(toks []token, from int) bool {
	if settledOn(toks, from) {
		return true
	}
	k := from - 1
	if k >= 1 && toks[k].low == `"` {
		k-- // `he was saying "nearly 4,000"`
	}
	// "was saying nearly 4,000"; a bare "says 4,000" may restate any of
	// the figures before it, a part as much as the whole
	return k >= 1 && toks[k].low == "saying" && (toks[k-1].low == "was" || toks[k-1].low == "is" || toks[k-1].low == "were" || toks[k-1].low == "are")
}

// settledOn reports `settled on "about 11,000"` just before a figure.
func settledOn(toks []token, from int) bool {
	k := from - 1
	if k >= 1 && toks[k].low == `"` {
		k--
	}
	return k >= 1 && toks[k].low == "on" && (toks[k-1].low == "settled" || toks[k-1].low == "settles")
}
