package loadgen

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"time"
)

// feedAsBuilt renders a feed as Feed did before it escaped bodies
// paragraph by paragraph: the whole HTML built, then xml.EscapeText.
func feedAsBuilt(s *Server, n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel>")
	fmt.Fprintf(&b, "<title>Bench feed %d</title><link>https://%s/</link><description>synthetic</description>", n, host(n))
	for _, a := range s.Articles(n) {
		b.WriteString("<item><title>")
		xml.EscapeText(&b, []byte(a.Title))
		b.WriteString("</title><link>")
		xml.EscapeText(&b, []byte(a.URL))
		b.WriteString("</link><guid>")
		xml.EscapeText(&b, []byte(a.GUID))
		b.WriteString("</guid><pubDate>" + a.Published.UTC().Format(time.RFC1123Z) + "</pubDate><description>")
		xml.EscapeText(&b, []byte("<p>"+strings.ReplaceAll(a.Body, "\n\n", "</p><p>")+"</p>"))
		b.WriteString("</description></item>")
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

func TestFeedAsBuiltWhole(t *testing.T) {
	s := NewServer(Options{Feeds: 30, Items: 25, Seed: 7, Start: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)})
	s.Publish(3, Article{GUID: "g&1", URL: "https://x.example/a?b=1&c=2", Title: "<Title> \"quoted\"",
		Body: "one\n\ntwo\n\n\nthree\nfour\n\n", Published: time.Date(2026, 11, 2, 3, 4, 5, 0, time.UTC)})
	s.Publish(4, Article{GUID: "g2", URL: "u", Title: "t", Body: "", Published: time.Date(2026, 11, 2, 3, 4, 5, 0, time.FixedZone("x", 3600))})
	for n := range 30 {
		if got, want := s.Feed(n), feedAsBuilt(s, n); !bytes.Equal(got, want) {
			t.Errorf("feed %d differs from the whole-HTML rendering:\n got %.300q\nwant %.300q", n, got, want)
		}
	}
}

func FuzzEscapeParagraphs(f *testing.F) {
	f.Add("one\n\ntwo\n\n\nthree")
	f.Add("")
	f.Add("\n\n")
	f.Add("a <b> & \"c\"\n\n\xff\n")
	f.Fuzz(func(t *testing.T, body string) {
		var got, want bytes.Buffer
		escapeParagraphs(&got, body)
		xml.EscapeText(&want, []byte("<p>"+strings.ReplaceAll(body, "\n\n", "</p><p>")+"</p>"))
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("escapeParagraphs(%q) = %q, want %q", body, got.Bytes(), want.Bytes())
		}
	})
}
