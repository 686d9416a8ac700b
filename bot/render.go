package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Text rendering shared by every platform: what a side of an alert says,
// in words. Platforms add their own markup around these plain strings
// and escape them.

// headNouns name a metric in an alert's headline.
var headNouns = map[claims.Metric]string{
	claims.Troops:     "troops",
	claims.Casualties: "casualties",
	claims.Killed:     "deaths",
	claims.Wounded:    "wounded",
	claims.Captured:   "prisoners",
}

// AlertHeadline is "Conflicting figures: North Korean casualties in Kursk".
func AlertHeadline(a claims.Alert) string {
	kind := "Conflicting figures"
	if a.Kind == claims.NewFigure {
		kind = "New figure"
	}
	what := strings.TrimSpace(a.Claim.Subject.Adjective() + " " + headNouns[a.Claim.Metric])
	if a.Claim.Location != "" {
		what += " in " + a.Claim.Location
	}
	return kind + ": " + what
}

// Who says a claim, falling back to the outlet when nobody is named.
func Who(c claims.Claim) string {
	if c.Attribution != "" && c.Attribution != claims.Unattributed {
		return c.Attribution
	}
	if c.Source != "" {
		return c.Source + " (unattributed)"
	}
	return "unattributed"
}

// Figure is "more than 3,000 killed or wounded", "thousands of troops".
func Figure(c claims.Claim) string {
	v := c.ValueText()
	if c.Qualifier == claims.Vague && strings.HasSuffix(v, "s") {
		v += " of"
	}
	return v + " " + c.Metric.Noun()
}

// SideLine is one side of an alert: "Volodymyr Zelensky (23 Dec 2024): more than 3,000 killed or wounded".
func SideLine(c claims.Claim) string {
	return fmt.Sprintf("%s (%s): %s", Who(c), day(c.Published), Figure(c))
}

// ClaimLine is a claim on its own: "North Korean: more than 3,000 killed or wounded, says Volodymyr Zelensky".
func ClaimLine(c claims.Claim) string {
	return fmt.Sprintf("%s: %s, says %s", c.Subject.Adjective(), Figure(c), Who(c))
}

// Sides lists the new claim first, then what it is set against.
func Sides(a claims.Alert) []claims.Claim {
	return append([]claims.Claim{a.Claim}, a.Against...)
}

// AlertText is the whole alert as plain text, links included.
func AlertText(a claims.Alert) string {
	var b strings.Builder
	b.WriteString(AlertHeadline(a))
	b.WriteString(".\n")
	for i, c := range Sides(a) {
		if i == 1 && a.Kind == claims.NewFigure {
			b.WriteString("  earlier: ")
		} else {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "%s.\n    %s\n", SideLine(c), c.ArticleURL)
	}
	return b.String()
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2 Jan 2006")
}
