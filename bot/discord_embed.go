package bot

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Discord's embed limits, in characters (runes).
const (
	discordMaxTitle       = 256
	discordMaxDescription = 4096
	discordMaxFieldName   = 256
	discordMaxFieldValue  = 1024
	discordMaxFields      = 25
	discordMaxFooter      = 2048
	discordMaxTotal       = 6000 // all embeds of one message together
	discordMaxEmbeds      = 10
)

const (
	discordColorConflict  = 0xED4245 // red
	discordColorNewFigure = 0xF0A500 // amber
	discordColorReply     = 0x5865F2 // Discord blurple
	discordColorNotice    = 0x99AAB5 // grey
)

// Quote lengths tried in turn until an alert embed fits its budget: the
// quote is what goes first, the figures and links last.
var discordQuoteSteps = []int{300, 160, 80, 0}

// discordAlertEmbed renders an alert in at most budget characters: a field
// for the new claim and one per earlier claim.
func discordAlertEmbed(a claims.Alert, budget int) *discordgo.MessageEmbed {
	budget = min(budget, discordMaxTotal)
	var e *discordgo.MessageEmbed
	for _, q := range discordQuoteSteps {
		e = discordAlertEmbedQuoted(a, q)
		if discordEmbedSize(e) <= budget {
			return e
		}
	}
	// Still too big without quotes: drop earlier claims from the end.
	for len(e.Fields) > 1 && discordEmbedSize(e) > budget {
		e.Fields = e.Fields[:len(e.Fields)-1]
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Some earlier reports are not shown."}
	}
	for discordEmbedSize(e) > budget && e.Description != "" {
		e.Description = ""
	}
	return e
}

func discordAlertEmbedQuoted(a claims.Alert, quote int) *discordgo.MessageEmbed {
	c := a.Claim
	e := &discordgo.MessageEmbed{URL: discordSafeURL(c.ArticleURL), Title: AlertHeadline(a)}
	switch a.Kind {
	case claims.NewFigure:
		e.Color = discordColorNewFigure
		if len(a.Against) > 0 {
			e.Description = discordEscape(fmt.Sprintf("%s, up from %s earlier.", Figure(c), Figure(a.Against[0])))
		}
	default:
		e.Color = discordColorConflict
		e.Description = fmt.Sprintf("A new report disagrees with %d earlier %s.", len(a.Against), discordPlural(len(a.Against), "report", "reports"))
	}
	e.Title = discordClip(discordEscape(discordOneLine(e.Title)), discordMaxTitle)
	e.Fields = append(e.Fields, discordClaimField("New", c, quote))
	for i, old := range a.Against {
		if len(e.Fields) == discordMaxFields-1 && len(a.Against)-i > 1 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
				Name:  "More",
				Value: fmt.Sprintf("and %d more earlier reports", len(a.Against)-i),
			})
			break
		}
		e.Fields = append(e.Fields, discordClaimField("Earlier", old, quote))
	}
	if !a.Raised.IsZero() {
		e.Timestamp = a.Raised.UTC().Format("2006-01-02T15:04:05Z07:00")
	}
	return e
}

// discordClaimField is one side of an alert: the value as people read it,
// who says it, when, where, and the quote.
func discordClaimField(label string, c claims.Claim, quote int) *discordgo.MessageEmbedField {
	name := fmt.Sprintf("%s: %s", label, Figure(c))
	if c.Partial {
		name += " (part of the force)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Says:** %s\n", discordEscape(discordOneLine(Who(c))))
	fmt.Fprintf(&b, "**When:** %s\n", day(c.Published))
	b.WriteString("**Where:** " + discordSourceLink(c) + "\n")
	if q := discordOneLine(c.Quote); quote > 0 && q != "" {
		b.WriteString("> " + discordEscape(discordClip(q, quote)))
	}
	return &discordgo.MessageEmbedField{
		Name:  discordClip(discordEscape(name), discordMaxFieldName),
		Value: discordClip(strings.TrimSpace(b.String()), discordMaxFieldValue),
	}
}

func discordSourceLink(c claims.Claim) string {
	src := discordEscape(discordClip(discordOneLine(discordOr(c.Source, "source unknown")), 100))
	if u := discordSafeURL(c.ArticleURL); u != "" {
		return "[" + src + "](" + u + ")"
	}
	return src
}

func discordPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func discordOr(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

// discordSafeURL keeps only http(s) links, with the characters that would
// end a markdown link escaped; anything else is dropped.
func discordSafeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	s := u.String()
	s = discordURLEscaper.Replace(s)
	if utf8.RuneCountInString(s) > 512 {
		return ""
	}
	return s
}

var discordURLEscaper = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E")

// discordEscape makes feed text inert in Discord markdown: no formatting,
// no masked links, no mentions (even when shown, not pinged).
var discordEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`,
	`>`, `\>`, `<`, `\<`, `[`, `\[`, `]`, `\]`, `(`, `\(`, `)`, `\)`, `#`, `\#`,
	`@`, "@\u200b",
)

func discordEscape(s string) string { return discordEscaper.Replace(s) }

func discordOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// discordClip shortens s to at most n runes, marking the cut with "…" and
// never leaving a dangling escape backslash.
func discordClip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)[:n-1]
	trailing := 0
	for i := len(r) - 1; i >= 0 && r[i] == '\\'; i-- {
		trailing++
	}
	if trailing%2 == 1 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// discordEmbedSize counts what Discord counts towards the 6000 total.
func discordEmbedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}
