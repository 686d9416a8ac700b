package loadgen

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options shape the generated feeds.
type Options struct {
	Feeds int       // how many feeds
	Items int       // items in each feed
	Seed  uint64    // same seed, same articles
	Start time.Time // the newest base item's publication time
	// CopyEvery makes every CopyEvery-th item of a feed a near copy of the
	// previous feed's item at the same place (syndication); 0: 20.
	CopyEvery int
}

// Server serves Options.Feeds RSS feeds at /feeds/{n}.xml, generating
// them on each request from the seed so that 100,000 articles take no
// memory. It answers If-None-Match with 304 while a feed is unchanged.
type Server struct {
	opts Options

	mu       sync.Mutex
	version  []int             // bumped by Publish; part of the ETag
	extra    map[int][]Article // published after the start, oldest first
	requests map[int]int       // per status code, for the report
}

// NewServer builds the feed server; mount it with httptest.NewServer or
// an http.Server on 127.0.0.1.
func NewServer(o Options) *Server {
	if o.CopyEvery <= 0 {
		o.CopyEvery = 20
	}
	if o.Start.IsZero() {
		o.Start = time.Now()
	}
	return &Server{opts: o, version: make([]int, o.Feeds), extra: map[int][]Article{}, requests: map[int]int{}}
}

// Path is where feed n is served.
func Path(n int) string { return "/feeds/" + strconv.Itoa(n) + ".xml" }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, "/feeds/")
	n, err := strconv.Atoi(strings.TrimSuffix(name, ".xml"))
	if !ok || err != nil || n < 0 || n >= s.opts.Feeds {
		s.count(http.StatusNotFound)
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	etag := fmt.Sprintf(`"%d-%d"`, n, s.version[n])
	s.mu.Unlock()
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		s.count(http.StatusNotModified)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.count(http.StatusOK)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	body := s.Feed(n)
	w.Header().Set("Content-Length", strconv.Itoa(len(body))) // as a file server announces it
	w.Write(body)
}

func (s *Server) count(code int) {
	s.mu.Lock()
	s.requests[code]++
	s.mu.Unlock()
}

// Requests reports how many responses were sent with the given status.
func (s *Server) Requests(code int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[code]
}

// Publish adds an article to feed n: the next conditional GET of it gets
// the whole feed again, with the article first.
func (s *Server) Publish(n int, a Article) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extra[n] = append(s.extra[n], a)
	s.version[n]++
}

// Articles gives feed n's current articles, newest first, at most Items.
func (s *Server) Articles(n int) []Article {
	s.mu.Lock()
	extra := append([]Article(nil), s.extra[n]...)
	s.mu.Unlock()
	out := make([]Article, 0, s.opts.Items)
	for i := len(extra) - 1; i >= 0 && len(out) < s.opts.Items; i-- {
		out = append(out, extra[i])
	}
	for seq := s.opts.Items - 1; seq >= 0 && len(out) < s.opts.Items; seq-- {
		out = append(out, s.base(n, seq))
	}
	return out
}

// base is feed n's seq-th original item; every CopyEvery-th one is a near
// copy of the previous feed's, under this feed's own URL.
func (s *Server) base(n, seq int) Article {
	published := s.opts.Start.Add(-time.Duration(s.opts.Items-seq) * time.Hour).
		Add(-time.Duration(n) * time.Second)
	src := n
	if n > 0 && seq%s.opts.CopyEvery == s.opts.CopyEvery-1 {
		src = n - 1
	}
	r := rand.New(rand.NewPCG(s.opts.Seed, uint64(src)<<32|uint64(seq)))
	a := NewArticle(r, host(src), seq, published)
	if src != n {
		own := NewArticle(rand.New(rand.NewPCG(s.opts.Seed, uint64(n)<<32|uint64(seq))), host(n), seq, published)
		a.GUID, a.URL, a.Title = own.GUID, own.URL, own.Title
		a.Body += "\n\nThis report was first published by " + host(src) + "."
	}
	return a
}

func host(n int) string { return "feed" + strconv.Itoa(n) + ".example" }

// Feed renders feed n as RSS 2.0. The buffer is sized for the whole feed
// up front, and each body is escaped paragraph by paragraph rather than
// rebuilt as HTML first: the server runs in the bench's own process, and
// growing the buffer and the HTML copies were a seventh of all the bytes
// the cold ingest allocated.
func (s *Server) Feed(n int) []byte {
	articles := s.Articles(n)
	size := 512
	for _, a := range articles {
		size += 256 + len(a.Title) + len(a.URL) + len(a.GUID) + len(a.Body) + len(a.Body)/8
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel>")
	fmt.Fprintf(&b, "<title>Bench feed %d</title><link>https://%s/</link><description>synthetic</description>", n, host(n))
	for _, a := range articles {
		b.WriteString("<item><title>")
		escapeText(&b, a.Title)
		b.WriteString("</title><link>")
		escapeText(&b, a.URL)
		b.WriteString("</link><guid>")
		escapeText(&b, a.GUID)
		b.WriteString("</guid><pubDate>")
		b.Write(a.Published.UTC().AppendFormat(b.AvailableBuffer(), time.RFC1123Z))
		b.WriteString("</pubDate><description>")
		escapeParagraphs(&b, a.Body)
		b.WriteString("</description></item>")
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// escapeParagraphs writes escapeText of the body as HTML, each paragraph
// (the text between blank lines) in <p> and </p>.
func escapeParagraphs(b *bytes.Buffer, body string) {
	b.WriteString("&lt;p&gt;")
	for {
		para, rest, more := strings.Cut(body, "\n\n")
		escapeText(b, para)
		if !more {
			break
		}
		b.WriteString("&lt;/p&gt;&lt;p&gt;")
		body = rest
	}
	b.WriteString("&lt;/p&gt;")
}

// escapeText writes s as xml.EscapeText does, copying runs of plain ASCII
// whole: the feed server builds every feed when it is asked for it, in the
// bench's own process, and xml.EscapeText, which decodes and tests each
// rune, was half of that (1.8 CPU-s of a full run's cold ingest).
// Escaping is rune by rune, so the rest is handed to xml.EscapeText in
// pieces cut at ASCII bytes, which no rune, valid or not, spans
// (TestEscapeTextAsXML).
func escapeText(b *bytes.Buffer, s string) {
	for len(s) > 0 {
		i := 0
		for i < len(s) && plainXML(s[i]) {
			i++
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := 0
		for j < len(s) && !plainXML(s[j]) {
			j++
		}
		if j > 0 {
			xml.EscapeText(b, []byte(s[:j]))
			s = s[j:]
		}
	}
}

// plainXML is an ASCII byte that xml.EscapeText writes as it is.
func plainXML(c byte) bool {
	return 0x20 <= c && c < 0x7f && c != '"' && c != '\'' && c != '&' && c != '<' && c != '>'
}
