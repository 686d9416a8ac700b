package claims

import "strings"

// quantity is a figure as written: a value, maybe a high end, the qualifier
// that the figure itself implies (a range, a vague amount) and the tokens it
// spans, [from, to].
type quantity struct {
	value, max float64
	qual       Qualifier
	from, to   int
}

var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6}

var fractionWords = map[string]float64{
	"half": 0.5, "one-half": 0.5, "third": 1.0 / 3, "one-third": 1.0 / 3, "two-thirds": 2.0 / 3,
	"quarter": 0.25, "one-quarter": 0.25, "three-quarters": 0.75,
}

// vagueAmounts maps vague phrases to the range a reader takes them to mean.
var vagueAmounts = []struct {
	words    []string
	lo, hi   float64
	withOfOK bool
}{
	{[]string{"tens", "of", "thousands"}, 20000, 99999, true},
	{[]string{"hundreds", "of", "thousands"}, 200000, 999999, true},
	{[]string{"several", "hundred"}, 200, 900, false},
	{[]string{"a", "few", "hundred"}, 200, 500, false},
	{[]string{"few", "hundred"}, 200, 500, false},
	{[]string{"several", "thousand"}, 2000, 9000, false},
	{[]string{"a", "few", "thousand"}, 2000, 5000, false},
	{[]string{"several", "dozen"}, 24, 99, false},
	{[]string{"hundreds"}, 200, 999, true},
	{[]string{"thousands"}, 2000, 9999, true},
	{[]string{"dozens"}, 24, 99, true},
}

// readQuantity reads the figure that starts at token i, if one does.
func readQuantity(toks []token, i int) (quantity, bool) {
	if t := toks[i]; t.kind == tPunct || t.kind == tWord && t.cls&cQuantityHead == 0 {
		return quantity{}, false // no reader below accepts it (quantityHeads)
	}
	if q, ok := readVague(toks, i); ok {
		return q, true
	}
	if q, ok := readFraction(toks, i); ok {
		return q, true
	}
	v, end, ok := readNumber(toks, i)
	if !ok {
		return quantity{}, false
	}
	q := quantity{value: v, qual: Exact, from: i, to: end}
	// a range: "11,000-12,000", "10,000 to 12,000", "between 10,000 and 12,000"
	if end+2 < len(toks) {
		sep := toks[end+1].low
		between := i > 0 && (toks[i-1].low == "between" || toks[i-1].low == "from")
		if sep == "-" || sep == "to" || (sep == "and" && between) {
			if hi, hend, ok := readNumber(toks, end+2); ok && hi > v {
				// "10 to 12 thousand", "eleven to twelve thousand": the scale
				// of the high end applies to both
				if hi >= 1000 && v < hi/100 && (toks[end].kind == tNum && toks[end].suffix == "" || toks[end].kind == tWord && scaleWords[toks[end].low] == 0) {
					v *= scaleOf(toks, hend)
				}
				q.value, q.max, q.qual, q.to = v, hi, Range, hend
				if between {
					q.from = i - 1
				}
			}
		}
	}
	return q, true
}

// scaleOf gives the scale word a number ends with ("12 thousand" → 1000).
func scaleOf(toks []token, end int) float64 {
	if s, ok := scaleWords[toks[end].low]; ok {
		return s
	}
	if toks[end].suffix == "k" {
		return 1e3
	}
	return 1
}

func readVague(toks []token, i int) (quantity, bool) {
	for _, va := range vagueAmounts {
		if !matchWords(toks, i, va.words) {
			continue
		}
		return quantity{value: va.lo, max: va.hi, qual: Vague, from: i, to: i + len(va.words) - 1}, true
	}
	if matchWords(toks, i, []string{"a", "dozen"}) {
		return quantity{value: 12, qual: Exact, from: i, to: i + 1}, true
	}
	if matchWords(toks, i, []string{"a", "pair", "of"}) {
		return quantity{value: 2, qual: Exact, from: i, to: i + 2}, true // "a pair of North Korean prisoners"
	}
	return quantity{}, false
}

// readFraction reads "two-thirds of 4,000" as the share it names.
func readFraction(toks []token, i int) (quantity, bool) {
	j := i
	if toks[j].low == "a" || toks[j].low == "one" {
		j++
	}
	if j+2 >= len(toks) || toks[j+1].low != "of" {
		return quantity{}, false
	}
	f, ok := fractionWords[toks[j].low]
	if !ok {
		f, ok = fractionWords[strings.TrimSuffix(toks[j].low, "s")]
	}
	if !ok {
		return quantity{}, false
	}
	if n := toks[j+2]; n.kind == tNum && n.num >= 1900 && n.num <= 2100 && !strings.ContainsRune(n.text, ',') {
		return quantity{}, false // "the second half of 2025": a time
	}
	v, end, ok := readNumber(toks, j+2)
	if !ok {
		return quantity{}, false
	}
	return quantity{value: float64(int(f*v + 0.5)), qual: About, from: i, to: end}, true
}

// readNumber reads digits or number words with a scale: "1.5 million",
// "3K", "eight thousand", "twenty-five", "a thousand". It returns the value
// and the last token it used.
func readNumber(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.kind == tNum {
		v := t.num
		switch t.suffix {
		case "":
		case "k":
			return v * 1e3, i, true
		case "m":
			return v * 1e6, i, true
		default:
			return 0, i, false // 60mm, 1st, 5km
		}
		if i+1 < len(toks) {
			if s, ok := scaleWords[toks[i+1].low]; ok {
				return v * s, i + 1, true
			}
		}
		if glued(toks, i+1) && i+2 < len(toks) {
			if s, ok := scaleWords[toks[i+2].low]; ok && glued(toks, i+2) {
				return v * s, i + 2, true // "15-thousand", as Korean broadcasters write it
			}
		}
		return v, i, true
	}
	return readNumberWords(toks, i)
}

// glued reports a token at k written against the one before it, no space
// between: the hyphen and the word of "15-thousand".
func glued(toks []token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].start == toks[k-1].end
}

// hyphenedScale reads a word such as "four-thousand" as a number and
// its scale, and a figure hyphened on after it, "four-thousand-700".
func hyphenedScale(toks []token, j int) (float64, int, bool) {
	head, scale, ok := strings.Cut(toks[j].low, "-")
	if !ok {
		return 0, j, false
	}
	v, ok1 := unitWords[head]
	s, ok2 := scaleWords[scale]
	if !ok1 || !ok2 || s < 1000 {
		return 0, j, false
	}
	total := v * s
	if j+2 < len(toks) && toks[j+1].low == "-" && glued(toks, j+1) && glued(toks, j+2) && toks[j+2].kind == tNum &&
		toks[j+2].suffix == "" && toks[j+2].num < s {
		return total + toks[j+2].num, j + 2, true
	}
	return total, j, true
}

func readNumberWords(toks []token, i int) (float64, int, bool) {
	if v, end, ok := hyphenedScale(toks, i); ok {
		return v, end, true
	}
	total, cur, scale := 0.0, 0.0, 0.0
	end, seen := i, false
	j := i
	if toks[j].low == "a" && j+1 < len(toks) {
		if _, ok := scaleWords[toks[j+1].low]; ok {
			cur, j = 1, j+1
		}
	}
	for ; j < len(toks) && toks[j].kind == tWord; j++ {
		w := toks[j].low
		if v, ok := wordValue(w); ok {
			cur += v
		} else if s, ok := scaleWords[w]; ok && (cur > 0 || seen) {
			if s == 100 {
				cur *= s
			} else {
				total += cur * s
				cur = 0
			}
			scale = max(scale, s)
		} else if w == "and" && seen && j+1 < len(toks) && isNumberWord(toks[j+1].low) {
			// "two thousand and five" goes on; "ten thousand and twelve
			// thousand" is two figures, a range's ends.
			if next, _, ok := readNumberWords(toks, j+1); !ok || scale == 0 || next >= scale {
				break
			}
			continue
		} else {
			break
		}
		seen, end = true, j
	}
	if !seen {
		return 0, i, false
	}
	return total + cur, end, true
}

func isNumberWord(w string) bool {
	_, ok := wordValue(w)
	return ok
}

// wordValue reads "eight" and "twenty-five".
func wordValue(w string) (float64, bool) {
	if v, ok := unitWords[w]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := unitWords[tens]
	u, ok2 := unitWords[units]
	if !ok1 || !ok2 || t < 20 || u >= 10 {
		return 0, false
	}
	return t + u, true
}

func matchWords(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

// qualifierPhrases are read backwards from the figure: the longest first.
var qualifierPhrases = []struct {
	words []string
	q     Qualifier
}{
	{[]string{"no", "fewer", "than"}, AtLeast}, {[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast}, {[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"no", "more", "than"}, AtMost}, {[]string{"not", "more", "than"}, AtMost},
	{[]string{"a", "maximum", "of"}, AtMost},
	{[]string{"in", "excess", "of"}, MoreThan}, {[]string{"upwards", "of"}, MoreThan},
	{[]string{"as", "many", "as"}, UpTo}, {[]string{"as", "much", "as"}, UpTo}, {[]string{"as", "high", "as"}, UpTo},
	{[]string{"an", "estimated"}, About}, {[]string{"close", "to"}, About}, {[]string{"closer", "to"}, About},
	{[]string{"nearer", "to"}, About}, {[]string{"nearer"}, About},
	{[]string{"in", "the", "region", "of"}, About}, {[]string{"on", "the", "order", "of"}, About},
	{[]string{"more", "or", "less"}, About}, {[]string{"give", "or", "take"}, About},
	{[]string{"something", "like"}, About},
	{[]string{"upward", "of"}, MoreThan},
	{[]string{"more", "than"}, MoreThan}, {[]string{"at", "least"}, AtLeast},
	{[]string{"less", "than"}, LessThan}, {[]string{"fewer", "than"}, LessThan},
	{[]string{"at", "most"}, AtMost}, {[]string{"up", "to"}, UpTo},
	{[]string{"over"}, MoreThan}, {[]string{"above"}, MoreThan},
	{[]string{"exceeded"}, MoreThan}, {[]string{"exceeds"}, MoreThan}, {[]string{"exceed"}, MoreThan},
	{[]string{"exceeding"}, MoreThan}, {[]string{"topped"}, MoreThan}, {[]string{"tops"}, MoreThan},
	{[]string{"surpassed"}, MoreThan}, {[]string{"surpassing"}, MoreThan}, {[]string{"passed"}, MoreThan},
	// headlines' present tense, "casualties surpass 3,000"; not "top", which
	// a headline writes over a body's "about 3,000"
	{[]string{"surpass"}, MoreThan}, {[]string{"surpasses"}, MoreThan},
	{[]string{"passes"}, MoreThan}, {[]string{"crosses"}, MoreThan},
	{[]string{"crossed"}, MoreThan}, {[]string{"beyond"}, MoreThan}, {[]string{"under"}, LessThan}, {[]string{"below"}, LessThan},
	{[]string{"about"}, About}, {[]string{"around"}, About}, {[]string{"roughly"}, About},
	{[]string{"approximately"}, About}, {[]string{"approx"}, About}, {[]string{"some"}, About},
	{[]string{"nearly"}, About}, {[]string{"almost"}, About}, {[]string{"estimated"}, About},
	{[]string{"near"}, About}, {[]string{"nearing"}, About}, {[]string{"neared"}, About}, {[]string{"approaching"}, About},
	{[]string{"approach"}, About}, {[]string{"approaches"}, About}, {[]string{"approached"}, About},
	{[]string{"circa"}, About}, {[]string{"~"}, About}, {[]string{"c", "."}, About}, {[]string{"ca", "."}, About}, // "c. 1,500"
}

// readQualifier finds the qualifier written just before token i and the
// index where it starts; it returns Exact and i when there is none.
func readQualifier(toks []token, i int) (Qualifier, int) {
	for _, p := range qualifierPhrases {
		n := len(p.words)
		if i-n < 0 || !matchWords(toks, i-n, p.words) {
			continue
		}
		return p.q, i - n
	}
	if i >= 2 && toks[i-1].low == "past" && !pastPeriod[toks[i-2].low] {
		return MoreThan, i - 1 // "That takes the North's casualties past 3,000"; not "the past 24 hours"
	}
	if i >= 2 && toks[i-1].low == "-" {
		// "Zelensky's nearly-4,000 figure": the qualifier hyphened on
		if q, start := readQualifier(toks, i-1); start < i-1 {
			return q, start
		}
	}
	return Exact, i
}

// pastPeriod before "past" and a figure make a stretch of time: "the past
// 24 hours", "over the past three days".
var pastPeriod = set("the", "this", "these", "those", "its", "their", "his", "her", "our")

// readTrailingQualifier reads "3,000 or more" and "3,000+".
func readTrailingQualifier(toks []token, end int) Qualifier {
	if matchWords(toks, end+1, []string{"or", "more"}) {
		return AtLeast
	}
	if matchWords(toks, end+1, []string{"or", "so"}) {
		return About // "3,000 or so soldiers"
	}
	if matchWords(toks, end+1, []string{"at", "least"}) && (end+3 >= len(toks) || toks[end+3].kind != tNum) {
		return AtLeast // "put the number at 3,000 at least"; not "2 at least 3"
	}
	if matchWords(toks, end+1, []string{"at", "most"}) && (end+3 >= len(toks) || toks[end+3].kind != tNum) {
		return AtMost
	}
	if end+1 < len(toks) && (toks[end+1].low == "+" || toks[end+1].low == "plus") ||
		end+2 < len(toks) && toks[end+1].low == "-" && toks[end+2].low == "plus" {
		return MoreThan // "3,000+", "the 3,000-plus casualties"
	}
	if end+1 < len(toks) && toks[end+1].low == "odd" || end+2 < len(toks) && toks[end+1].low == "-" && toks[end+2].low == "odd" {
		return About // "the 11,000-odd soldiers"
	}
	return Exact
}
