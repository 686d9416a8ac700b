package feeds

import (
	"html"
	"slices"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text: scripts, menus, share bars,
// comment forms, embeds and picture captions.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Form: true, atom.Iframe: true, atom.Figcaption: true,
	atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Object: true, atom.Head: true,
}

// blocks end a line of text when they open or close.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Pre: true, atom.Hr: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Figure: true, atom.Main: true,
	atom.Address: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// CleanHTML turns an entry's HTML into plain text: one paragraph per block
// element, separated by a blank line, entities decoded, whitespace folded,
// non-article elements and page furniture removed (see CleanText). Input
// without any tag is treated as plain text, where line breaks mean
// paragraphs. It uses the tokenizer, not the tree builder, and keeps no
// stack of open elements, so hostile nesting costs linear time.
func CleanHTML(s string) string {
	if !looksLikeHTML(s) {
		return CleanText(html.UnescapeString(s))
	}
	var out strings.Builder
	// The text is the HTML less its tags: an article's paragraphs fill
	// most of it, and half of it was grown again for nearly every entry.
	out.Grow(len(s))
	z := xhtml.NewTokenizer(strings.NewReader(s))
	depth := 0 // how deep inside skipped elements we are
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return cleanLines(strings.Split(out.String(), "\n"))
		case xhtml.TextToken:
			if depth == 0 {
				out.WriteString(foldSpace(string(z.Text())))
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] && tt != xhtml.SelfClosingTagToken {
				depth = nextDepth(depth, tt == xhtml.StartTagToken)
				continue
			}
			switch {
			case (a == atom.Td || a == atom.Th) && tt == xhtml.StartTagToken:
				// a table row stays one line, "| Nov 13 | 10,000 troops | NIS |",
				// so a figure keeps its date and its source
				out.WriteString(" | ")
			case a == atom.Td || a == atom.Th:
			case a == atom.Tr && tt == xhtml.EndTagToken:
				out.WriteString(" |\n")
			case blocks[a]:
				out.WriteByte('\n')
			}
		}
	}
}

func nextDepth(depth int, open bool) int {
	if open {
		return depth + 1
	}
	return max(depth-1, 0)
}

// looksLikeHTML reports whether s has a tag, an end tag or a comment.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// foldSpace turns every run of HTML whitespace (newlines too: in HTML
// they mean nothing) into one space, and no-break spaces into spaces.
// Text between the runs is copied whole, and text that needs no change is
// returned as it is: writing it rune by rune was most of CleanHTML's own
// time. Invalid UTF-8 takes the rune path, which writes each bad byte as
// U+FFFD.
func foldSpace(s string) string {
	if !utf8.ValidString(s) {
		return foldSpaceRunes(s)
	}
	var b strings.Builder
	changed, space := false, false
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			if !changed && (n > 1 || s[i] != ' ' || i+1 < len(s) && spaceAt(s, i+1) > 0) {
				changed = true // from here on s differs from what it folds to
				b.Grow(len(s))
				b.WriteString(s[:i])
			}
			space = true
			i += n
			continue
		}
		j := i + 1
		for j < len(s) && (!mayStartSpace[s[j]] || spaceAt(s, j) == 0) {
			j++ // a continuation byte never starts a space: runes stay whole
		}
		if changed {
			if space {
				b.WriteByte(' ')
			}
			b.WriteString(s[i:j])
		}
		space = false
		i = j
	}
	if !changed {
		return s
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// mayStartSpace marks the first bytes of the whitespace foldSpace folds,
// so that its scan over the text between runs tests one table entry per
// byte.
var mayStartSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, 0xc2: true, 0xe2: true}

// spaceAt is the length of the whitespace foldSpace folds at byte i of
// valid UTF-8, or 0.
func spaceAt(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\f':
		return 1
	case 0xc2: // U+00A0
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+2009, U+202F, U+200B
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xaf || s[i+2] == 0x8b) {
			return 3
		}
	}
	return 0
}

// foldSpaceRunes is foldSpace rune by rune.
func foldSpaceRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u2009', '\u202f', '\u200b':
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// CleanText removes page furniture from plain text and tidies it: lines
// are paragraphs, whitespace inside a line is folded, empty lines dropped,
// and the paragraphs joined by blank lines.
func CleanText(s string) string {
	return cleanLines(strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n"))
}

// minProseLen is the length from which a line reads as a paragraph of the
// article rather than a headline, a byline or a label.
const minProseLen = 120

// cleanLines keeps the article's lines: furniture lines go, and once the
// end matter starts ("Read also:", "Leave a Reply"...) after some text,
// everything after it goes too (other stories' headlines, author bios,
// comment forms).
func cleanLines(lines []string) string {
	kept := make([]string, 0, len(lines))
	prose, skipping, headlines := false, false, false
	for i, line := range lines {
		line = trimTagDebris(strings.TrimSpace(foldSpace(line)))
		if line == "" {
			continue
		}
		switch classify(line) {
		case endMatter:
			if prose && boxInside(line, lines[i+1:]) {
				headlines = true
				continue
			}
			if prose {
				return strings.Join(kept, "\n\n")
			}
			// Above the first paragraph ("Related Topics: Ukraine, Russia"
			// under the byline) it ends nothing: drop it and the short
			// lines it heads, up to the article.
			skipping = true
			continue
		case furniture:
			continue
		case listHeading:
			headlines = true
			continue
		}
		isProse := len(line) >= minProseLen
		if headlines && !isProse && !endsSentence(line) {
			continue
		}
		headlines = false
		if skipping && !isProse {
			continue
		}
		skipping = false
		// a standfirst is as long as a paragraph but ends as a headline
		// does ("Here is what is known – and what isn't"): the comment
		// count under it ends nothing
		prose = prose || isProse && endsSentence(line)
		kept = append(kept, line)
	}
	// foldSpace wrote every invalid byte as U+FFFD: the result is valid UTF-8.
	return strings.Join(kept, "\n\n")
}

// boxInside reports a box of other stories' headlines set between two
// paragraphs of the article, as the wires print "RELATED COVERAGE" with
// two or three headlines under it: its heading names such a box, a few
// headlines follow, and after them the article goes on for two
// paragraphs or more. A list at the end of the page is followed by
// nothing, by more furniture, or by teasers that alternate with
// headlines, and still ends the article.
func boxInside(heading string, rest []string) bool {
	n := normLine(heading)
	if !slices.Contains(boxHeadings, n) {
		return false
	}
	headlines, paragraphs := 0, 0
	for _, line := range rest {
		line = strings.TrimSpace(foldSpace(line))
		switch {
		case line == "":
			continue
		case len(line) >= minProseLen && endsSentence(line) && classify(line) == body:
			if headlines == 0 {
				return false
			}
			if paragraphs++; paragraphs == 2 {
				return true
			}
		case paragraphs > 0 || headlines == maxBoxHeadlines || endsSentence(line):
			return false
		default:
			headlines++
		}
	}
	return false
}

// boxHeadings head a box that may sit inside an article; maxBoxHeadlines
// is the most headlines such a box holds.
var boxHeadings = []string{"related coverage", "related stories", "related articles", "related news", "related", "more stories", "see also", "read next"}

const maxBoxHeadlines = 6

// endsSentence reports whether a line ends as a paragraph of prose does,
// where a headline ends in a word: "Kyiv says 3,000 killed", or in a
// quotation without its full stop: "Trump Says Tariffs Are Coming 'Very
// Soon'". A quotation or bracket closes a sentence when a stop is inside.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"”'’)")
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?…", r)
}

// stripTags keeps only the text of s, entities decoded, dropping what
// skipped elements hold.
func stripTags(s string) string {
	if !looksLikeHTML(s) {
		return html.UnescapeString(s)
	}
	var out strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	depth := 0
	for {
		switch tt := z.Next(); tt {
		case xhtml.ErrorToken:
			return out.String()
		case xhtml.TextToken:
			if depth == 0 {
				out.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); skipped[a] {
				depth = nextDepth(depth, tt == xhtml.StartTagToken)
			}
		}
	}
}

// tagDebris are broken end tags that scrapers leave at the end of a
// paragraph (corpus 000 ends `Russia.” /p>`).
var tagDebris = []string{"</p>", "/p>", "</div>", "/div>", "</span>", "/span>"}

// trimTagDebris trims every piece of debris at the end of line, not just
// the last: "x /p> /p>" is "x", so cleaning clean text changes nothing.
func trimTagDebris(line string) string {
	for trimmed := true; trimmed; {
		trimmed = false
		for _, d := range tagDebris {
			if rest, ok := strings.CutSuffix(line, d); ok && (rest == "" || rest[len(rest)-1] == ' ') {
				line, trimmed = strings.TrimSpace(rest), true
				break
			}
		}
	}
	return line
}
