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
// that a cumulative figure has risen above after the window.
func (r Rules) Compare(c Claim, earlier []Claim) []Alert {
	if c.Partial {
		return nil
	}
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
		if absDuration(gap) <= r.Window {
			if r.comparable(c, e) && (hi < elo || ehi < lo) {
				against = append(against, e)
			}
			continue
		}
		if c.Metric.Cumulative() && gap > 0 && lo > ehi && (update == nil || e.Published.After(update.Published)) {
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

// comparable reports whether two claims are different reports or different
// sources: one source does not conflict with itself in one article, and two
// unnamed figures in one article are too unsure to set against each other.
func (r Rules) comparable(a, b Claim) bool {
	if a.ArticleURL != b.ArticleURL {
		return true
	}
	if a.Attribution == Unattributed || b.Attribution == Unattributed {
		return false
	}
	return normAttribution(a.Attribution) != normAttribution(b.Attribution)
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
