package loadgen

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

var start = time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC)

func get(t *testing.T, url, etag string) (int, string, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("ETag"), b
}

func TestServerConditionalGET(t *testing.T) {
	srv := NewServer(Options{Feeds: 3, Items: 5, Seed: 1, Start: start})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	_, etag, _ := get(t, ts.URL+Path(1), "")
	tests := map[string]struct {
		path, etag string
		publish    bool
		want       int
	}{
		"first fetch":                  {Path(1), "", false, http.StatusOK},
		"unchanged feed with its ETag": {Path(1), etag, false, http.StatusNotModified},
		"another feed's ETag":          {Path(2), etag, false, http.StatusOK},
		"a feed published to since":    {Path(1), etag, true, http.StatusOK},
		"no such feed":                 {Path(3), "", false, http.StatusNotFound},
		"not a feed path":              {"/feeds/x.xml", "", false, http.StatusNotFound},
	}
	for _, name := range []string{"first fetch", "unchanged feed with its ETag", "another feed's ETag",
		"no such feed", "not a feed path", "a feed published to since"} {
		tc := tests[name]
		t.Run(name, func(t *testing.T) {
			if tc.publish {
				srv.Publish(1, NewConflict(rand.New(rand.NewPCG(1, 1)), "live.example", 0, start))
			}
			if got, _, _ := get(t, ts.URL+tc.path, tc.etag); got != tc.want {
				t.Errorf("status %d, want %d", got, tc.want)
			}
		})
	}
	if srv.Requests(http.StatusNotModified) != 1 {
		t.Errorf("%d 304s counted, want 1", srv.Requests(http.StatusNotModified))
	}
}

// TestFeedsAreRealisticInput: what the server gives parses into Items
// on-topic items per feed, newest published first, with figures in them,
// near copies across feeds that dedup catches, and a published item
// first in its feed.
func TestFeedsAreRealisticInput(t *testing.T) {
	const items = 40
	srv := NewServer(Options{Feeds: 2, Items: items, Seed: 1, Start: start})
	live := NewConflict(rand.New(rand.NewPCG(1, 1)), "live.example", 7, start.Add(time.Minute))
	srv.Publish(1, live)
	parsed := make([][]feeds.Item, 2)
	for n := range parsed {
		_, its, err := feeds.Parse(srv.Feed(n), feeds.Feed{URL: "http://127.0.0.1" + Path(n)})
		if err != nil {
			t.Fatalf("feed %d: %v", n, err)
		}
		if len(its) != items {
			t.Fatalf("feed %d: %d items, want %d", n, len(its), items)
		}
		parsed[n] = its
	}
	topic, ex := feeds.DefaultTopicRules(), claims.NewExtractor(claims.Lexicon{})
	figures, words := 0, 0
	for _, it := range parsed[0] {
		if !topic.Match(it.Title, it.Text) {
			t.Errorf("%s is off topic", it.URL)
		}
		figures += len(ex.Extract(claims.Document{URL: it.URL, Title: it.Title, Text: it.Text, Published: it.Published}))
		words += len(strings.Fields(it.Text))
	}
	if avg := words / items; avg < 150 || avg > 1500 {
		t.Errorf("%d words per article, want news length", avg)
	}
	if figures < items {
		t.Errorf("%d figures extracted from %d articles, want more than one each", figures, items)
	}
	copies := 0
	for i := range parsed[1] {
		for j := range parsed[0] {
			if parsed[1][i].URL != parsed[0][j].URL && dedup.Distance(dedup.Fingerprint(parsed[1][i].Text), dedup.Fingerprint(parsed[0][j].Text)) <= dedup.MaxDistance {
				copies++
			}
		}
	}
	if copies == 0 || copies > items/5 {
		t.Errorf("%d near copies between two feeds of %d, want some but few", copies, items)
	}
	if parsed[1][0].URL != live.URL {
		t.Errorf("first item of feed 1 is %s, want the published %s", parsed[1][0].URL, live.URL)
	}
}

func TestArticlesAreDeterministic(t *testing.T) {
	a := NewArticle(rand.New(rand.NewPCG(1, 2)), "x.example", 3, start)
	b := NewArticle(rand.New(rand.NewPCG(1, 2)), "x.example", 3, start)
	c := NewArticle(rand.New(rand.NewPCG(1, 3)), "x.example", 3, start)
	if a != b {
		t.Error("the same seed gave two articles")
	}
	if a.Body == c.Body {
		t.Error("another seed gave the same body")
	}
}

func TestConflictRaisesAnAlert(t *testing.T) {
	ex := claims.NewExtractor(claims.Lexicon{})
	doc := func(a Article) []claims.Claim {
		return ex.Extract(claims.Document{URL: a.URL, Title: a.Title, Text: a.Body, Source: "s", Published: a.Published})
	}
	// as the regular articles give it: "… have been deployed to the Kursk region"
	earlier := claims.Claim{Metric: claims.Troops, Subject: claims.NorthKorea, Location: "Kursk", Value: 11000, ValueMax: 11000,
		Qualifier: claims.About, Attribution: "Pentagon", ArticleURL: "https://other.example/1", Published: start.Add(-time.Hour)}
	r := rand.New(rand.NewPCG(1, 1))
	a, b := NewConflict(r, "live.example", 1, start), NewConflict(r, "live.example", 2, start)
	cs := doc(a)
	if len(cs) == 0 || cs[0].Metric != claims.Troops || cs[0].Value < 40_000 {
		t.Fatalf("conflict article leads with %+v, want a troops figure of 40,000 or more", cs)
	}
	if alerts := claims.DefaultRules().Compare(cs[0], []claims.Claim{earlier}); len(alerts) != 1 || alerts[0].Kind != claims.Conflict {
		t.Errorf("compared with about 11,000: %+v, want one conflict", alerts)
	}
	if d := dedup.Distance(dedup.Fingerprint(a.Body), dedup.Fingerprint(b.Body)); d <= 2*dedup.MaxDistance {
		t.Errorf("two conflicts are %d bits apart: near copies raise no alert", d)
	}
}

// TestConflictGivesOneFigure: a conflict's only figure is its lead's, so
// it raises one alert; a second (its mark's "live update 9" read as 9
// casualties) held the next conflict's message a second behind it, at
// Telegram's one message a second in a chat, and the measured latency
// with it.
func TestConflictGivesOneFigure(t *testing.T) {
	ex := claims.NewExtractor(claims.Lexicon{})
	r := rand.New(rand.NewPCG(7, 7))
	for seq := range 40 {
		a := NewConflict(r, fmt.Sprintf("live%d.example", 37*seq+100), seq, start)
		cs := ex.Extract(claims.Document{URL: a.URL, Title: a.Title, Text: a.Body, Source: "s", Published: a.Published})
		if len(cs) != 1 || cs[0].Metric != claims.Troops {
			t.Errorf("conflict %d: %d claims, want its lead's troops figure alone: %+v", seq, len(cs), cs)
		}
	}
}

func TestLetters(t *testing.T) {
	for n, want := range map[int]string{0: "a", 7: "h", 12: "bc", 109: "baj"} {
		if got := letters(n); got != want {
			t.Errorf("letters(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestConflictIsNoSentenceCopy: the regular articles repeat their
// generated sentences, and an item most of whose sentences an earlier
// article holds is stored as a copy and raises nothing.
func TestConflictIsNoSentenceCopy(t *testing.T) {
	srv := NewServer(Options{Feeds: 50, Items: 20, Seed: 1, Start: start})
	stored := map[uint64]bool{}
	for n := range 50 {
		for _, a := range srv.Articles(n) {
			for _, h := range dedup.Sentences(a.Body) {
				stored[h] = true
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 7))
	for i := range 12 {
		hs := dedup.Sentences(NewConflict(r, "live.example", i, start).Body)
		shared := 0
		for _, h := range hs {
			if stored[h] {
				shared++
			}
		}
		if shared > 0 {
			t.Errorf("conflict %d shares %d of %d sentences with the regular articles", i, shared, len(hs))
		}
	}
}

func TestEscapeTextAsXML(t *testing.T) {
	texts := []string{"", "plain", `a "quoted" <tag> & 'x'`, "tab\there\nline\rret", "\x00\x01\x7f ctrl",
		"Pyongyang’s troops — “about 11,000”", "bad \xe2\x80 utf8 \xff", "\xe2A", "emoji 😀 end", "\ufffe\uffff",
		"<p>para</p><p>two &amp; three</p>"}
	for _, s := range texts {
		var got, want bytes.Buffer
		escapeText(&got, s)
		xml.EscapeText(&want, []byte(s))
		if got.String() != want.String() {
			t.Errorf("escapeText(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

func FuzzEscapeText(f *testing.F) {
	f.Add("Pyongyang’s <b>troops</b> & \x00")
	f.Fuzz(func(t *testing.T, s string) {
		var got, want bytes.Buffer
		escapeText(&got, s)
		xml.EscapeText(&want, []byte(s))
		if got.String() != want.String() {
			t.Errorf("escapeText(%q) = %q, want %q", s, got.String(), want.String())
		}
	})
}
