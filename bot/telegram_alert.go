package bot

import (
	"strconv"
	"strings"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// telegramBudget caps the feed-supplied parts of an alert; -1 is no cap.
type telegramBudget struct {
	quote   int // escaped length of each quote
	field   int // escaped length of attribution, source, location
	against int // earlier claims shown
	url     int // longest link kept as a link
}

// telegramBudgets are tried in order until the alert fits: quotes are
// shortened first, as the brief asks, then everything else.
var telegramBudgets = []telegramBudget{
	{quote: -1, field: -1, against: -1, url: -1},
	{quote: 400, field: -1, against: -1, url: -1},
	{quote: 200, field: -1, against: -1, url: -1},
	{quote: 80, field: -1, against: -1, url: -1},
	{quote: 0, field: 200, against: 8, url: 1000},
	{quote: 0, field: 60, against: 3, url: 300},
}

// telegramAlertHTML renders an alert as one Telegram message: a title,
// then one block per side with value, who says it, date and a link.
// Every feed-supplied string is escaped; the result is at most
// telegramMaxLen long, shortening quotes first.
func telegramAlertHTML(a claims.Alert) string {
	var s string
	for _, b := range telegramBudgets {
		s = telegramAlertWith(a, b)
		if telegramLen(s) <= telegramMaxLen {
			return s
		}
	}
	// The last budget bounds every part to about 2,500 characters, so
	// this is a guard, not a path: the title alone beats a cut message.
	return strings.SplitN(s, "\n", 2)[0]
}

func telegramAlertWith(a claims.Alert, b telegramBudget) string {
	c := a.Claim
	headline := AlertHeadline(a)
	if b.field >= 0 {
		headline = telegramClip(headline, b.field+80) // the location is feed text
	}
	against := a.Against
	more := 0
	if b.against >= 0 && len(against) > b.against {
		more = len(against) - b.against
		against = against[:b.against]
	}
	lines := []string{"<b>" + telegramEsc(headline) + "</b>"}
	if a.Kind == claims.NewFigure && len(a.Against) > 0 {
		lines = append(lines, telegramEsc(Figure(c)+", up from "+Figure(a.Against[0])+" earlier."))
	}
	lines = append(lines, "")
	lines = append(lines, telegramClaimBlock(c, b)...)
	if a.Kind == claims.NewFigure && len(against) > 0 {
		lines = append(lines, "", "<i>Earlier:</i>")
	}
	for _, e := range against {
		lines = append(lines, "")
		lines = append(lines, telegramClaimBlock(e, b)...)
	}
	if more > 0 {
		lines = append(lines, "", "<i>and "+strconv.Itoa(more)+" more earlier reports</i>")
	}
	return strings.Join(lines, "\n")
}

// telegramClaimBlock is one side of an alert: the figure, who says it,
// the date and a link, then the quote. Each line is balanced HTML, so a
// reply may be split between them.
func telegramClaimBlock(c claims.Claim, b telegramBudget) []string {
	figure := "<b>" + telegramEsc(c.ValueText()) + "</b> " + telegramEsc(c.Metric.Noun())
	if c.Partial {
		figure += " (part of the force)"
	}
	lines := []string{
		figure + " · " + telegramEsc(telegramClip(Who(c), b.field)),
		day(c.Published) + " · " + telegramLink(c.ArticleURL, telegramClip(c.Source, b.field), b.url),
	}
	if q := strings.Join(strings.Fields(c.Quote), " "); q != "" && b.quote != 0 {
		lines = append(lines, "<i>“"+telegramEsc(telegramClip(q, b.quote))+"”</i>")
	}
	return lines
}
