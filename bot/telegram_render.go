package bot

import (
	"html"
	"net/url"
	"strings"
)

// telegramMaxLen is Telegram's limit on one message's text. Telegram
// counts UTF-16 code units of the text after parsing the HTML; we count
// the HTML itself, tags and entities included, which is never less.
const telegramMaxLen = 4096

// telegramLen is the length Telegram would see, counted conservatively.
func telegramLen(s string) int {
	n := 0
	for _, r := range s {
		n += telegramRuneLen(r)
	}
	return n
}

func telegramRuneLen(r rune) int {
	if r >= 0x10000 {
		return 2 // a surrogate pair in UTF-16
	}
	return 1
}

// telegramEsc escapes untrusted text (anything from a feed or a user)
// for HTML parse mode.
func telegramEsc(s string) string { return html.EscapeString(s) }

// telegramClip shortens plain text so that, once escaped, it is at most
// max long, ending in "…" when cut. It cuts the plain text, before
// escaping, so it can never split an entity or a tag.
func telegramClip(s string, max int) string {
	if max < 0 {
		return s
	}
	n, cut := 0, -1
	for i, r := range s {
		w := telegramEscLen(r)
		if cut < 0 && n+w > max-1 {
			cut = i // where "…" would go if the whole does not fit
		}
		n += w
		if n > max {
			if max < 1 {
				return ""
			}
			return strings.TrimRightFunc(s[:cut], telegramIsSpace) + "…"
		}
	}
	return s
}

// telegramEscLen is the length of r once escaped by telegramEsc.
func telegramEscLen(r rune) int {
	switch r {
	case '&', '"', '\'':
		return 5 // &amp; &#34; &#39;
	case '<', '>':
		return 4
	}
	return telegramRuneLen(r)
}

func telegramIsSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }

// telegramEscapeLines turns plain text into escaped lines, each short
// enough to be a message on its own.
func telegramEscapeLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		out = append(out, telegramEsc(telegramClip(line, telegramMaxLen)))
	}
	return out
}

// telegramSplit joins HTML lines into as few messages as fit the limit.
// Every line must be balanced HTML no longer than the limit, which the
// renderers here guarantee, so a cut between lines is always safe.
func telegramSplit(lines []string) []string {
	var parts []string
	var cur strings.Builder
	curLen := 0
	for _, line := range lines {
		n := telegramLen(line)
		if curLen > 0 && curLen+1+n > telegramMaxLen {
			parts = append(parts, strings.TrimRight(cur.String(), "\n"))
			cur.Reset()
			curLen = 0
		}
		if curLen == 0 && strings.TrimSpace(line) == "" {
			continue // no message starts with a blank line
		}
		if curLen > 0 {
			cur.WriteByte('\n')
			curLen++
		}
		cur.WriteString(line)
		curLen += n
	}
	if s := strings.TrimRight(cur.String(), "\n"); strings.TrimSpace(s) != "" {
		parts = append(parts, s)
	}
	return parts
}

// telegramReplyHTML renders a command's Reply as one or more messages.
func telegramReplyHTML(r Reply) []string {
	var lines []string
	if r.Title != "" {
		lines = append(lines, "<b>"+telegramEsc(telegramClip(r.Title, telegramMaxLen-7))+"</b>", "")
	}
	for _, l := range r.Lines {
		lines = append(lines, strings.Split(telegramEsc(telegramClip(l, telegramMaxLen)), "\n")...)
	}
	for _, a := range r.Alerts {
		lines = append(lines, "")
		lines = append(lines, strings.Split(telegramAlertHTML(a), "\n")...)
	}
	return telegramSplit(lines)
}

// telegramLink is an anchor to an article, or just its escaped label
// when the address is not a plain web link Telegram would accept.
func telegramLink(rawURL, label string, maxURL int) string {
	u, err := url.Parse(rawURL)
	ok := err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
	switch {
	case label == "" && ok:
		label = u.Host
	case label == "":
		label = "source unknown"
	}
	if !ok || (maxURL >= 0 && telegramLen(rawURL) > maxURL) {
		return telegramEsc(label)
	}
	return `<a href="` + telegramEsc(rawURL) + `">` + telegramEsc(label) + "</a>"
}
