package feeds

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Parse reads an RSS, Atom or JSON feed into items with plain text. Input
// that is empty, HTML or broken is an error, never a panic; text that is
// not valid UTF-8 (a wrong declared charset) is repaired.
func Parse(body []byte, feed Feed) (title string, items []Item, err error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return "", nil, errors.New("parse feed: empty body")
	}
	parsed, err := parseSafely(repairUTF8(trimmed))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			if looksLikeHTMLPage(trimmed) {
				return "", nil, errors.New("parse feed: not a feed (an HTML page)")
			}
			return "", nil, errors.New("parse feed: not a feed (neither RSS, Atom nor JSON Feed)")
		}
		return "", nil, fmt.Errorf("parse feed: %w", err)
	}
	title = cleanLine(parsed.Title)
	base := baseURL(parsed.Link, feed.URL)
	source := feed.Name
	if source == "" {
		source = title
	}
	items = make([]Item, 0, len(parsed.Items))
	for _, e := range parsed.Items {
		if e == nil {
			continue
		}
		if it, ok := toItem(e, feed.URL, source, base); ok {
			items = append(items, it)
		}
	}
	return title, items, nil
}

// parseSafely turns a panic inside the parser library into an error: one
// malformed feed must not take the poller down.
func parseSafely(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser failed: %v", r)
		}
	}()
	p := gofeed.NewParser()
	// An item's image is never read, and finding one parsed every RSS
	// item's description as an HTML document: a twentieth of what the
	// pipeline allocated in `crosscheck bench`.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return p.Parse(bytes.NewReader(body))
}

func toItem(e *gofeed.Item, feedURL, source string, base *url.URL) (Item, bool) {
	link := resolveLink(base, strings.TrimSpace(e.Link))
	it := Item{
		FeedURL:   feedURL,
		URL:       link,
		Canonical: Canonical(link),
		Title:     cleanLine(e.Title),
		Text:      richest(e.Content, e.Description),
		Source:    source,
		Published: published(e),
	}
	it.GUID = strings.ToValidUTF8(strings.TrimSpace(e.GUID), "\uFFFD")
	if it.GUID == "" {
		it.GUID = link
	}
	if it.GUID == "" {
		if it.Title == "" && it.Text == "" {
			return Item{}, false // nothing to keep and nothing to know it by
		}
		// No id and no link: the content is the only identity it has.
		sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Text))
		it.GUID = "sha256:" + hex.EncodeToString(sum[:16])
	}
	return it, true
}

// richest is the longest of the entry's texts after cleaning: feeds put
// the full article in content:encoded or content, but some put it in the
// description and a teaser in the content.
func richest(candidates ...string) string {
	best := ""
	for _, c := range candidates {
		if t := CleanHTML(c); len(t) > len(best) {
			best = t
		}
	}
	return best
}

// cleanLine strips tags and entities from a one-line field such as a
// title, without the furniture rules: a headline may well be "Comments".
func cleanLine(s string) string {
	return strings.TrimSpace(foldSpace(stripTags(s)))
}

func published(e *gofeed.Item) time.Time {
	switch {
	case e.PublishedParsed != nil:
		return e.PublishedParsed.UTC()
	case e.UpdatedParsed != nil:
		return e.UpdatedParsed.UTC()
	}
	return time.Time{}
}

// baseURL is what relative item links are resolved against: the feed's
// site link, else the feed's own URL.
func baseURL(siteLink, feedURL string) *url.URL {
	for _, s := range []string{siteLink, feedURL} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() && u.Host != "" {
			return u
		}
	}
	return nil
}

func resolveLink(base *url.URL, link string) string {
	link = strings.ToValidUTF8(link, "")
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}

// looksLikeHTMLPage spots a web page served where a feed was expected.
func looksLikeHTMLPage(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	return strings.Contains(head, "<!doctype html") || strings.Contains(head, "<html")
}
