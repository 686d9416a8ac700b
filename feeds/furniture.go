package feeds

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind says what a line of an article body is.
type lineKind int

const (
	body      lineKind = iota
	furniture          // drop the line: share bars, "Read more", navigation
	endMatter          // drop it and everything after: related stories, comments, bios
	// drop it and the headlines under it: a "Read more" box of other
	// stories, at the end or between two paragraphs
	listHeading
)

// maxFurnitureLen bounds the lines matched by prefix: a real paragraph that
// happens to begin "Share prices..." or "Comments by the minister..." is
// long, a furniture line ("Read also: <headline>") is short.
const maxFurnitureLen = 200

// endPrefixes start the end matter of a page as outlets print it.
var endPrefixes = []string{
	"read also", "also read", "see also:", "related:", "related article", "related posts", // and "related articles"
	"related stories", "related news", "more stories", "more from ", "you may also like",
	"you might also like", "you may have missed", "recommended for you", "leave a reply",
	"leave a comment", "post comment", "post a comment", "comments (", "source link",
	"original source:", "share this article", "share this story", "share this:",
	"editors' picks", "editor's picks", "latest posts", "latest news", "popular posts",
	"most read", "about the author", "your email address will not be published",
	"google search engine", "trending now",
	// syndication credits and more other-story lists, seen on wire copies
	"this story was provided by", "syndicated from", "trending:", "most popular",
	"further reading", "related coverage", "read next", "tags:",
	"explore more", "more on ", "other topics of interest",
	// a newspaper's print line, with the print edition's headline
	"a version of this article appears in print",
}

// dropPrefixes are single furniture lines inside or around the text.
var dropPrefixes = []string{
	"read more:", "click here", "back to top", "previous article", "next article",
	"share on ", "follow us on ", "continue reading", "sign up for ", "subscribe to our",
	"join our whatsapp", "join our telegram", "join st's whatsapp",
	// a partner's credit line, above the article or under it (and see
	// creditOrPromo)
	"this article was first published", "this story was first published", "this article first appeared",
	"this story originally appeared", "republished with permission", "originally published by",
	"this article was originally published", "advertisement", "skip to content",
	// a line of topic tags heads nothing: under a byline it is followed by
	// the article, not by other stories
	"related topics", "topics:",
}

// dropExact are furniture lines in their entirety.
var dropExact = map[string]bool{
	"share": true, "tweet": true, "print": true, "email": true,
	"comments": true, "sponsored": true, "subscribe": true,
	"read the full story": true, "view comments": true, "share this": true,
}

// socialWords make up share bars ("Facebook Twitter WhatsApp Telegram").
var socialWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "reddit": true, "pinterest": true, "email": true, "print": true,
	"messenger": true, "tumblr": true, "vk": true, "viber": true, "copy": true,
	"link": true, "share": true, "threads": true, "bluesky": true, "mastodon": true,
}

// classify tells body text from furniture. Matching is on a normalised
// form: lower case, typographic apostrophes straightened, trailing
// punctuation and arrows cut.
func classify(line string) lineKind {
	if len(line) > maxFurnitureLen {
		return body
	}
	n := normLine(line)
	if n == "read more" || strings.HasPrefix(n, "read more on ") || strings.HasPrefix(n, "most read from ") {
		// "Most Read from Bloomberg" heads three headlines between the
		// lede and the rest of the story, as often as at its end
		return listHeading
	}
	if dropExact[n] || isShareBar(n) || isConsent(n) {
		return furniture
	}
	// WordPress feeds end every entry with this line.
	if strings.HasPrefix(n, "the post ") && strings.Contains(n, " appeared first on ") {
		return endMatter
	}
	if isAlsoOn(n) {
		return endMatter
	}
	if linkArrow(line) || creditOrPromo(n) {
		return furniture
	}
	if rest, ok := strings.CutPrefix(n, "skip next section"); ok {
		return skippedSection(strings.TrimLeft(rest, ": "))
	}
	if endsInDigit(n) && datedLink.MatchString(n) {
		return furniture
	}
	if inlineLink(n) || sharedOn(n) {
		return furniture
	}
	for _, p := range endPrefixes {
		if strings.HasPrefix(n, p) || n == strings.TrimRight(p, ": (") {
			return endMatter
		}
	}
	for _, p := range dropPrefixes {
		if strings.HasPrefix(n, p) || n == strings.TrimRight(p, ": ") {
			return furniture
		}
	}
	return body
}

// skippedSection classifies DW's "Skip next section <heading>" link by
// the section it skips: "Explore more" and "Related topics" end the
// article; a fact box or a subheading of the article does not.
func skippedSection(heading string) lineKind {
	if classify(heading) == endMatter {
		return endMatter
	}
	for _, p := range []string{"related", "more on ", "more from ", "dw's top stor", "top stor"} {
		if strings.HasPrefix(heading, p) {
			return endMatter
		}
	}
	return furniture
}

// inlineLink reads "Read also: <headline>" with its headline on the line:
// Ukrainian outlets set one between paragraphs of the article itself, so
// it is the line's end, not the story's. A bare "Read also" heads a list.
func inlineLink(n string) bool {
	for _, p := range []string{"read also:", "also read:"} {
		if rest, ok := strings.CutPrefix(n, p); ok && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	return false
}

// sharedOn reads a share bar that says so, "Share this article: Facebook
// (2,340) | X | WhatsApp": under a byline it heads the article, so it is
// furniture, not the start of the end matter a bare "Share this article"
// is.
func sharedOn(n string) bool {
	for _, p := range []string{"share this article", "share this story", "share this"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			rest = strings.NewReplacer("(", " ", ")", " ").Replace(rest)
			return strings.TrimSpace(rest) != "" && isShareBar("share "+rest)
		}
	}
	return false
}

// datedLink is another story's headline stamped with its date, as lists of
// links print them: "Kim honors troops killed in Kursk — 08/22/2025".
var datedLink = regexp.MustCompile(`\s[—–|-]\s*(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$`)

// endsInDigit is true of every line datedLink matches: a line that does
// not end in a digit (most of them) skips the regular expression, which
// was two thirds of classify.
func endsInDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// isConsent reads a cookie or privacy banner, "We value your privacy. We
// and our 842 partners store … Accept all | Manage settings": long enough
// to pass for the article's first paragraph, after which a "Share this
// article" bar under the byline would end the article.
func isConsent(n string) bool {
	return strings.Contains(n, "cookie") || strings.Contains(n, "your privacy") ||
		strings.Contains(n, "accept all") || strings.Contains(n, "manage settings") ||
		strings.Contains(n, "consent")
}

// creditOrPromo reports a line a copy adds around the article: a credit
// that names its terms or its partner ("Source: Kyiv Wire | Republished
// under licence"), or the site's plug for its channel, newsletter or
// donations.
func creditOrPromo(n string) bool {
	switch {
	case len(n) < 100 && (strings.Contains(n, "republished under") || strings.Contains(n, "republished with")):
		return true
	case strings.Contains(n, "member of asia news network") || strings.Contains(n, "media partner asia news network"):
		return true // "Korea JoongAng Daily is a member of The Straits Times' media partner Asia News Network, …"
	case strings.HasPrefix(n, "join ") && strings.Contains(n, " channel"):
		return true // "Join ST's Telegram channel and get the latest breaking news"
	case strings.Contains(n, "to your inbox") || strings.Contains(n, "tax deductible"):
		return true // "Get the day's top headlines delivered to your inbox …", a donation box
	}
	return false
}

// linkArrow reports a link to another story under an arrow, "▶ Ukraine
// says 30 North Korean troops killed or wounded in Kursk (Dec. 17)": a
// headline, which ends in no full stop, where a bulleted sentence of the
// article does.
func linkArrow(line string) bool {
	rest, ok := strings.CutPrefix(line, "▶")
	if !ok {
		if rest, ok = strings.CutPrefix(line, "►"); !ok {
			return false
		}
	}
	rest = strings.TrimSpace(rest)
	if clock, _, ok := strings.Cut(rest, " "); ok && clockTime(clock) {
		return false // "▶ 17:58 NIS: At least 100 …": a ticker's log, not a link
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return !strings.ContainsRune(".!?\"”", r)
}

// clockTime reports "17:58".
func clockTime(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && strings.Trim(h+m, "0123456789") == ""
}

// isAlsoOn reads "Also on The Times: <headlines>" and "Also in Meduza: …",
// not "Also on Monday, the ministry said: …": an outlet's name, no comma,
// then a colon.
func isAlsoOn(n string) bool {
	rest, ok := strings.CutPrefix(n, "also on ")
	if !ok {
		if rest, ok = strings.CutPrefix(n, "also in "); !ok {
			return false
		}
	}
	name, _, ok := strings.Cut(rest, ":")
	return ok && len(name) < 40 && !strings.Contains(name, ",")
}

// apostrophes straightens typographic apostrophes (read-only, shared).
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'")

func normLine(line string) string {
	n := strings.ToLower(strings.TrimSpace(line))
	n = apostrophes.Replace(n)
	return strings.TrimRightFunc(n, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".:…!›»>→-–—|*", r)
	})
}

// isShareBar reports whether a line is only names of social networks,
// with or without their counts ("Share 1.2K | Tweet 348", "Share | 87 comments").
func isShareBar(n string) bool {
	words := strings.FieldsFunc(n, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == ',' || r == '/' || r == '·' || r == '•' || r == ':'
	})
	if len(words) < 2 {
		return false
	}
	social, nouns, counts := 0, 0, 0
	for _, w := range words {
		switch {
		case socialWords[w] || w == "tweet":
			social++
		case shareCounts[w]:
			nouns++
		case isCount(w):
			counts++
		case !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
			// an icon: "👁 18.6K", "↗ 2.2K shares"
		default:
			return false
		}
	}
	// "Read more · 1 min · 👁 18.6K · ↗ 2.2K shares" names no network
	return social > 0 || nouns > 0 && counts >= 2
}

// shareCounts are the nouns a share bar counts, and the words beside them.
var shareCounts = map[string]bool{"comments": true, "comment": true, "shares": true, "likes": true, "like": true,
	"views": true, "view": true, "reads": true, "min": true, "read": true, "more": true}

// isCount reads a share counter: "87", "1.2k", "3,4m".
func isCount(w string) bool {
	w = strings.TrimRight(w, "km")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}
