package claims

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DefaultRules are the comparison settings used when the config sets none.
func DefaultRules() Rules {
	return Rules{Window: 7 * 24 * time.Hour, AboutTolerance: 0.10, ExactTolerance: 0.02}
}

// Interval is the span of values a claim allows.
func (r Rules) Interval(c Claim) (lo, hi float64) { return r.interval(&c) }

func (r Rules) interval(c *Claim) (lo, hi float64) {
	v := c.Value
	switch c.Qualifier {
	case About:
		return v * (1 - r.AboutTolerance), v * (1 + r.AboutTolerance)
	case MoreThan, AtLeast:
		return v, math.Inf(1)
	case LessThan, AtMost, UpTo:
		return 0, v
	case Range, Vague:
		if c.ValueMax > v {
			return v, c.ValueMax
		}
		return v, v
	}
	return v * (1 - r.ExactTolerance), v * (1 + r.ExactTolerance)
}

// Compare checks a new claim against earlier ones. It returns at most one
// Conflict alert, naming every earlier claim that conflicts (oldest first),
// and at most one NewFigure alert, against the most recent earlier claim
// the new one updates: a cumulative figure that has risen above it after
// the window, or the same source's own figure, revised.
func (r Rules) Compare(c Claim, earlier []Claim) []Alert {
	refs := make([]*Claim, len(earlier))
	for k := range earlier {
		refs[k] = &earlier[k]
	}
	return r.CompareRefs(c, refs)
}

// CompareRefs is Compare over earlier claims lent by reference, in the
// same order: the pipeline compares every figure with up to 500 claims
// the store keeps, and copying them for each figure was a fifth of the
// serial stage in `crosscheck bench`. The earlier claims are only read,
// and the alerts hold copies of them.
func (r Rules) CompareRefs(c Claim, earlier []*Claim) []Alert {
	return r.CompareRefsCached(c, earlier, nil)
}

// CompareRefsCached is CompareRefs with whether two attributions name one
// source kept in cache from one call to the next (nil: kept for this call
// only). Coverage quotes the same few sources in claim after claim, and
// working it out again for each claim was a fifth of the pipeline's
// comparing in `crosscheck bench`.
func (r Rules) CompareRefsCached(c Claim, earlier []*Claim, cache *SourceCache) []Alert {
	if c.Partial {
		return nil
	}
	weak := !firm(&c)
	sources := sourceMemo{cache: cache}
	var against []*Claim
	var update *Claim
	lo, hi := r.interval(&c)
	for _, e := range earlier {
		if e.Partial || e.Metric != c.Metric || e.Subject != c.Subject {
			continue
		}
		elo, ehi := r.interval(e)
		gap := c.Published.Sub(e.Published)
		disjoint := hi < elo || ehi < lo
		newer := gap > 0 && (update == nil || e.Published.After(update.Published))
		if c.ArticleURL != "" && e.ArticleURL == c.ArticleURL && (!c.Said.IsZero() || !e.Said.IsZero()) {
			// one article setting dated statements against each other: "On
			// Oct. 31, Blinken said about 8,000 …; on Monday, Zelensky said
			// 11,000": rivals if they were given in one period
			if firmSaid(&c) && firmSaid(e) && disjoint && saidTogether(&c, e, r.Window) && r.comparable(&c, e, &sources) {
				against = append(against, e)
			}
			continue
		}
		if absDuration(gap) <= r.Window {
			switch {
			case weak || !firm(e) || !disjoint:
			case r.comparable(&c, e, &sources):
				against = append(against, e)
			case newer && sources.sameSource(c.Attribution, e.Attribution):
				update = e // the source revised its own figure
			}
			continue
		}
		if c.Metric.Cumulative() && newer && lo > ehi {
			update = e
		}
	}
	var out []Alert
	if len(against) > 0 {
		// Earlier claims come newest first: sorting references, not
		// 200-byte claims, is what keeps this cheap.
		slices.SortStableFunc(against, func(a, b *Claim) int { return a.Published.Compare(b.Published) })
		cs := make([]Claim, len(against))
		for k, e := range against {
			cs[k] = *e
		}
		out = append(out, Alert{Kind: Conflict, Claim: c, Against: cs})
	}
	if update != nil {
		out = append(out, Alert{Kind: NewFigure, Claim: c, Against: []Claim{*update}})
	}
	return out
}

// firm reports whether a claim is sure enough to be set against another: a
// false "conflicting figures" alert costs more than a missed one, so a
// figure nobody is named as giving, a vague one ("several hundred") and one
// whose subject or metric was guessed are reported but never contradict.
func firm(c *Claim) bool {
	return c.Attribution != Unattributed && c.Attribution != "" && c.Qualifier != Vague && !c.Tentative
}

// firmSaid is firm, but a figure the article dates as given before
// (Said) is sure enough to be set against the article's other figures.
func firmSaid(c *Claim) bool {
	return firm(c) || !c.Said.IsZero() && c.Attribution != Unattributed && c.Attribution != "" && c.Qualifier != Vague
}

// saidTogether reports two figures of one article given within the window
// of each other, as the article dates them: a figure it does not date was
// given some time before it was published, so a dated one within the
// window of that is in its period.
func saidTogether(a, b *Claim, window time.Duration) bool {
	// Said is a day: the article's own day counts whole
	switch {
	case a.Said.IsZero():
		return !b.Said.Before(a.Published.Truncate(24 * time.Hour).Add(-window))
	case b.Said.IsZero():
		return !a.Said.Before(b.Published.Truncate(24 * time.Hour).Add(-window))
	}
	return absDuration(a.Said.Sub(b.Said)) <= window
}

// comparable reports whether two claims are rival counts of the same
// people: from different sources (a source that gives another figure later
// has revised it, which is an update for the reader, not a dispute) and,
// for deployments, of the same place (the troops in Kursk are part of
// those sent to Russia, and two regions hold two forces). Losses are
// reported for the whole force wherever it fought, so place does not
// split them.
func (r Rules) comparable(a, b *Claim, sources *sourceMemo) bool {
	if a.Metric == Troops && a.Location != b.Location && (region(a.Location) || region(b.Location)) {
		// the troops in Kursk are part of those sent, wherever a report
		// places the rest: only another count for Kursk is a rival
		return false
	}
	if lo, hi := min(a.Value, b.Value), max(a.Value, b.Value); hi > partRatio*lo {
		// "nine died on the mission" against "about 2,000 killed": a unit's,
		// a day's or a part's count, however the sentence words it
		return false
	}
	return !sources.sameSource(a.Attribution, b.Attribution)
}

// partRatio is how many times another figure a rival estimate of the same
// count can be. Rival estimates differ twofold to fourfold (1,100 against
// more than 3,000); the 274 must-pairs of the 95 evaluation sets differ at
// most eightfold ("at most 500" against "nearly 4,000"), while the parts
// that read as totals are a tenth or less of the whole.
const partRatio = 10

// region reports a place inside the country, "Kursk", not "Russia" or none.
func region(place string) bool { return place != "" && place != "Russia" }

// sourceMemo remembers, for one claim's attribution, sameSource against
// the few attributions that hundreds of earlier claims repeat.
type sourceMemo struct {
	others [32]string
	same   [32]bool
	n      int
	cache  *SourceCache // answers from earlier calls, if any
}

func (m *sourceMemo) sameSource(a, b string) bool {
	for i, o := range m.others[:m.n] {
		if o == b {
			return m.same[i]
		}
	}
	same := m.cache.sameSource(a, b)
	if m.n < len(m.others) {
		m.others[m.n], m.same[m.n] = b, same
		m.n++
	}
	return same
}

// SourceCache remembers which pairs of attributions name one source, for
// CompareRefsCached. The zero value is ready; it is not safe for
// concurrent use.
type SourceCache struct {
	same map[[2]string]bool
}

// sourceCacheCap bounds the pairs kept; past it they are forgotten.
const sourceCacheCap = 4096

// sameSource is sameSource(a, b), from the cache when it has the pair; a
// nil cache keeps nothing.
func (c *SourceCache) sameSource(a, b string) bool {
	if c == nil {
		return sameSource(a, b)
	}
	k := [2]string{a, b}
	if same, ok := c.same[k]; ok {
		return same
	}
	same := sameSource(a, b)
	if c.same == nil || len(c.same) >= sourceCacheCap {
		c.same = make(map[[2]string]bool)
	}
	c.same[k] = same
	return same
}

// sameSource tells one source named twice: "Zelensky" and "President
// Volodymyr Zelensky", "the NIS" and "NIS". A name whose words all appear,
// in order, in the other is the same source said shorter. Words are
// compared as normAttribution folds them, in place: a comparison runs for
// every conflicting pair of hundreds of earlier claims, and normalising
// both names each time was a third of Compare's cost.
func sameSource(a, b string) bool {
	wa, wb := attributionWords(a), attributionWords(b)
	na, nb := wa.count(), wb.count()
	if na > nb {
		wa, wb, na = wb, wa, nb
	}
	if na == 0 {
		return false
	}
	if a == b {
		return true
	}
	if sameShortName(a, b) {
		return true
	}
	short, k := wa.s, 0
	next, rest := nextWord(short)
	for long := wb.s; k < na; {
		var w string
		if w, long = nextWord(long); w == "" {
			break
		}
		if foldEqual(w, next) {
			k++
			next, rest = nextWord(rest)
		}
	}
	return k == na
}

// sameShortName reports one source named once in full and once by its
// short name: "South Korea's spy agency (NIS)" and "NIS" or "NIS
// assessment" or "National Intelligence Service", "NIS" and "South Korea's
// National Intelligence Service".
func sameShortName(a, b string) bool {
	if ab := abbreviation(a); ab != "" && (ab == coreName(b) || ab == abbreviation(b) || initialsOf(ab, b)) || abbreviation(b) == coreName(a) && a != "" {
		return true
	}
	if ab := abbreviation(b); ab != "" && initialsOf(ab, a) {
		return true // "South Korea's spy agency (NIS)" and "National Intelligence Service"
	}
	return initialsOf(a, b) || initialsOf(b, a)
}

// abbreviation is the short name an attribution ends with in brackets:
// "NIS" in "South Korea's spy agency (NIS)".
func abbreviation(s string) string {
	if !strings.HasSuffix(s, ")") {
		return ""
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 {
		return ""
	}
	return s[i+1 : len(s)-1]
}

// coreName drops a trailing "assessment" or "estimate" from a source's
// name: "NIS assessment" is the NIS.
func coreName(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 && estimateNouns[strings.ToLower(s[i+1:])] {
		return s[:i]
	}
	return s
}

// initialsOf reports a short name in capitals, "NIS", spelled by the
// initials of consecutive capitalised words of the long one, "National
// Intelligence Service"; a trailing "assessment" or "estimate" on the short
// one is no part of the name. It runs for nearly every pair of different
// attributions compare meets, so it reads words in place and gathers the
// initials on the stack (TestInitialsOfAsByFields holds it to the
// strings.Fields version it replaced).
func initialsOf(short, long string) bool {
	name, rest := nextWord(coreName(short))
	if more, _ := nextWord(rest); name == "" || more != "" {
		return false
	}
	if len(name) < 3 || len(name) > 6 || strings.ToUpper(name) != name {
		return false
	}
	var buf [64]byte
	initials := buf[:0]
	for w, rest := nextWord(long); w != ""; w, rest = nextWord(rest) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = utf8.AppendRune(initials, r)
		}
	}
	return strings.Contains(string(initials), name)
}

// attrWords are the words of an attribution after a leading "the", as
// strings.Fields(normAttribution(s)) gives them, not yet folded.
type attrWords struct{ s string }

func attributionWords(s string) attrWords {
	first, rest := nextWord(s)
	if foldEqual(first, "the") {
		if second, _ := nextWord(rest); second != "" {
			return attrWords{rest}
		}
	}
	return attrWords{s}
}

func (w attrWords) count() int {
	n := 0
	for s := w.s; ; n++ {
		var word string
		if word, s = nextWord(s); word == "" {
			return n
		}
	}
}

// nextWord splits the first word off s, as strings.Fields would. ASCII,
// which nearly every attribution is, is read a byte at a time.
func nextWord(s string) (word, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	s = s[i:]
	j := 0
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[:j], s[j:]
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// foldEqual compares two words as normAttribution folds them.
func foldEqual(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && foldRune(ra) != foldRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

func foldRune(r rune) rune {
	if r == '’' {
		return '\''
	}
	return unicode.ToLower(r)
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// PairKey names a pair of claims by their content, in either order, so that
// syndicated copies of the same two reports give the same key.
func PairKey(a, b Claim) string {
	var buf [256]byte
	return string(AppendPairKey(buf[:0], a, b))
}

// AppendPairKey appends PairKey(a, b) to dst: the store hashes the key of
// every pair an alert names to learn whether it was alerted before, and
// most were, so the key need not become a string.
func AppendPairKey(dst []byte, a, b Claim) []byte {
	start := len(dst)
	dst = appendContentKey(dst, a)
	mid := len(dst)
	dst = appendContentKey(append(dst, '~'), b)
	ka, kb := dst[start:mid], dst[mid+1:]
	if string(kb) < string(ka) {
		// b's key first: rotate the two keys around the separator
		slices.Reverse(ka)
		slices.Reverse(kb)
		slices.Reverse(dst[start:])
	}
	return dst
}

// appendContentKey appends metric, subject, value, value_max, qualifier
// and the normalised attribution, separated by '|'. Built in one buffer:
// the store makes a key for every claim an alert names.
func appendContentKey(dst []byte, c Claim) []byte {
	dst = append(append(dst, c.Metric...), '|')
	dst = append(append(dst, c.Subject...), '|')
	dst = append(strconv.AppendFloat(dst, c.Value, 'f', -1, 64), '|')
	dst = append(strconv.AppendFloat(dst, c.ValueMax, 'f', -1, 64), '|')
	dst = append(append(dst, c.Qualifier...), '|')
	return appendNormAttribution(dst, c.Attribution)
}

// appendNormAttribution appends normAttribution(s).
func appendNormAttribution(dst []byte, s string) []byte {
	rest := attributionWords(s).s
	for first := true; ; first = false {
		var w string
		if w, rest = nextWord(rest); w == "" {
			return dst
		}
		if !first {
			dst = append(dst, ' ')
		}
		for k := 0; k < len(w); {
			if c := w[k]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				k++
				continue
			}
			r, n := utf8.DecodeRuneInString(w[k:])
			dst = utf8.AppendRune(dst, foldRune(r))
			k += n
		}
	}
}

// normAttribution folds case, curly apostrophes, spacing and a leading "the".
func normAttribution(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}
