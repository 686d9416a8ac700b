package claims

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultRules are the comparison settings used when the config sets none.
func DefaultRules() Rules {
	return Rules{Window: 7 * 24 * time.Hour, AboutTolerance: 0.10, ExactTolerance: 0.02}
}

// Interval is the span of values a claim allows.
func (r Rules) Interval(c Claim) (lo, hi float64) {
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
	if c.Partial {
		return nil
	}
	weak := !firm(c)
	var against []Claim
	var update *Claim
	lo, hi := r.Interval(c)
	for k := range earlier {
		e := earlier[k]
		if e.Partial || e.Metric != c.Metric || e.Subject != c.Subject {
			continue
		}
		elo, ehi := r.Interval(e)
		gap := c.Published.Sub(e.Published)
		disjoint := hi < elo || ehi < lo
		newer := gap > 0 && (update == nil || e.Published.After(update.Published))
		if absDuration(gap) <= r.Window {
			switch {
			case weak || !firm(e) || !disjoint:
			case r.comparable(c, e):
				against = append(against, e)
			case newer:
				update = &earlier[k] // the source revised its own figure
			}
			continue
		}
		if c.Metric.Cumulative() && newer && lo > ehi {
			update = &earlier[k]
		}
	}
	var out []Alert
	if len(against) > 0 {
		sort.SliceStable(against, func(a, b int) bool { return against[a].Published.Before(against[b].Published) })
		out = append(out, Alert{Kind: Conflict, Claim: c, Against: against})
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
func firm(c Claim) bool {
	return c.Attribution != Unattributed && c.Attribution != "" && c.Qualifier != Vague && !c.Tentative
}

// comparable reports whether two claims are rival counts of the same
// people: from different sources (a source that gives another figure later
// has revised it, which is an update for the reader, not a dispute) and,
// for deployments, of the same place (the troops in Kursk are part of
// those sent to Russia, and two regions hold two forces). Losses are
// reported for the whole force wherever it fought, so place does not
// split them.
func (r Rules) comparable(a, b Claim) bool {
	if a.Metric == Troops && a.Location != "" && b.Location != "" && a.Location != b.Location {
		return false
	}
	return !sameSource(a.Attribution, b.Attribution)
}

// sameSource tells one source named twice: "Zelensky" and "President
// Volodymyr Zelensky", "the NIS" and "NIS". A name whose words all appear,
// in order, in the other is the same source said shorter.
func sameSource(a, b string) bool {
	wa, wb := strings.Fields(normAttribution(a)), strings.Fields(normAttribution(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	k := 0
	for _, w := range wb {
		if k < len(wa) && w == wa[k] {
			k++
		}
	}
	return k == len(wa)
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
	ka, kb := contentKey(a), contentKey(b)
	if kb < ka {
		ka, kb = kb, ka
	}
	return ka + "~" + kb
}

func contentKey(c Claim) string {
	return strings.Join([]string{string(c.Metric), string(c.Subject),
		strconv.FormatFloat(c.Value, 'f', -1, 64), strconv.FormatFloat(c.ValueMax, 'f', -1, 64),
		string(c.Qualifier), normAttribution(c.Attribution)}, "|")
}

// normAttribution folds case, curly apostrophes, spacing and a leading "the".
func normAttribution(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}
