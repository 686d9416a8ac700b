package claims

import (
	"strconv"
	"strings"
)

// ValueText is how a person reads the value: "more than 3,000",
// "11,000–12,000", "several hundred", "1.5 million".
func (c Claim) ValueText() string {
	v := formatCount(c.Value)
	switch c.Qualifier {
	case About:
		return "about " + v
	case MoreThan:
		return "more than " + v
	case AtLeast:
		return "at least " + v
	case LessThan:
		return "less than " + v
	case AtMost:
		return "at most " + v
	case UpTo:
		return "up to " + v
	case Range:
		return v + "–" + formatCount(c.ValueMax)
	case Vague:
		for _, va := range vagueAmounts {
			if va.lo == c.Value && va.hi == c.ValueMax {
				return strings.Join(va.words, " ")
			}
		}
		if c.ValueMax > c.Value {
			return v + "–" + formatCount(c.ValueMax)
		}
	}
	return v
}

// formatCount writes 11000 as "11,000" and 1500000 as "1.5 million".
func formatCount(v float64) string {
	if v >= 1e6 && v == float64(int64(v/1e5))*1e5 {
		return strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"
	}
	if v != float64(int64(v)) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(v), 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
