package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// rss is a feed with one on-topic item per (guid, path) pair; the items'
// text differs enough that none is a near copy of another.
func rss(host string, guids ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>`)
	for i, g := range guids {
		fmt.Fprintf(&b, `<item><guid>%s</guid><link>%s/a/%d</link><title>Report %d</title>
			<pubDate>Mon, 0%d Dec 2024 10:00:00 GMT</pubDate>
			<description>%s North Korean troops in Kursk, item %d of a test about %s.</description></item>`,
			g, host, i, i, i+1, strings.Repeat(fmt.Sprintf("word%d ", i*7), 12), i, g)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// faultCase is one way a feed can misbehave. fault is the path the bad
// feed is served at; wantErr is in its OnPoll error ("" for none).
type faultCase struct {
	name    string
	handler http.HandlerFunc
	polls   int    // how many times the bad feed is polled (default 1)
	wantErr string // "" means the poll succeeds
	check   func(t *testing.T, st *sql.DB, url string, res pollResult)
}

type pollResult struct {
	err       error
	state     feeds.State
	movedTo   string
	allocated uint64 // bytes allocated while polling the bad feed
	elapsed   time.Duration
}

func TestFeedFaults(t *testing.T) {
	var srvURL string
	good := func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, rss(srvURL, "good-1", "good-2")) }
	var guidSeq int
	var guidMu sync.Mutex
	cases := []faultCase{
		{name: "500", wantErr: "500", handler: status(500, ""), check: backedOff(0)},
		{name: "503 with Retry-After", wantErr: "503", handler: status(503, "120"), check: backedOff(120 * time.Second)},
		{name: "404", wantErr: "404", handler: status(404, ""), check: backedOff(0)},
		{name: "410 gone", wantErr: "410 Gone", handler: status(410, "")},
		{name: "301 moves the feed", handler: redirect(301), check: moved},
		{name: "308 moves the feed", handler: redirect(308), check: moved},
		{name: "no answer (timeout)", wantErr: "Timeout exceeded", handler: func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}},
		{name: "body that never ends", wantErr: "fetch", handler: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `<?xml version="1.0"?><rss><channel><title>slow</title>`)
			for r.Context().Err() == nil {
				io.WriteString(w, "<!-- more -->")
				w.(http.Flusher).Flush()
				time.Sleep(10 * time.Millisecond)
			}
		}},
		{name: "1 GB body", wantErr: "exceeds", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", fmt.Sprint(1<<30))
			chunk := bytes.Repeat([]byte("A"), 64<<10)
			for i := 0; i < (1<<30)/len(chunk); i++ {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}, check: boundedAlloc},
		{name: "gzip bomb", wantErr: "exceeds", handler: gzipBomb(64 << 20), check: boundedAlloc},
		{name: "invalid UTF-8", handler: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, strings.Replace(rss(srvURL, "bad-utf8"), "Report 0", "Report \xff\xfe 0", 1))
		}, check: storedArticles(1)},
		{name: "wrong charset", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml; charset=windows-1251")
			io.WriteString(w, strings.Replace(rss(srvURL, "charset"), `encoding="UTF-8"`, `encoding="KOI8-R"`, 1))
		}},
		{name: "XML entity expansion", handler: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, billionLaughs)
		}, check: noArticles},
		{name: "HTML page", wantErr: "not a feed (an HTML page)", handler: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>`)
		}},
		{name: "empty feed", handler: func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>`)
		}, check: noArticles},
		{name: "empty body", wantErr: "empty body", handler: func(w http.ResponseWriter, r *http.Request) {}},
		{name: "GUIDs change on every fetch", polls: 3, handler: func(w http.ResponseWriter, r *http.Request) {
			guidMu.Lock()
			guidSeq++
			n := guidSeq
			guidMu.Unlock()
			io.WriteString(w, rss(srvURL, fmt.Sprintf("x-%d", n), fmt.Sprintf("y-%d", n)))
		}, check: storedArticles(2)},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", good)
	mux.HandleFunc("/moved-here.xml", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, rss(srvURL, "moved-1"))
	})
	for i, tc := range cases {
		mux.HandleFunc(fmt.Sprintf("/bad/%d.xml", i), tc.handler)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			badURL := fmt.Sprintf("%s/bad/%d.xml", srv.URL, i)
			st, res, logs := pollBoth(t, badURL, srv.URL+"/good.xml", max(tc.polls, 1))
			if tc.wantErr == "" && res.err != nil {
				t.Fatalf("poll %s: unexpected error %v", badURL, res.err)
			}
			if tc.wantErr != "" && (res.err == nil || !strings.Contains(res.err.Error(), tc.wantErr)) {
				t.Fatalf("poll %s: error %v, want one containing %q", badURL, res.err, tc.wantErr)
			}
			assertOneLine(t, logs, badURL, tc.wantErr != "")
			// The good feed on the same poller delivered its items.
			if n := articlesFrom(t, st, srv.URL+"/good.xml"); n != 2 {
				t.Errorf("good feed stored %d articles, want 2", n)
			}
			if tc.check != nil {
				tc.check(t, st, badURL, res)
			}
		})
	}
}

// pollBoth runs one Poller over the bad feed and a good one until each has
// been polled (the bad one polls times), and returns what the bad one's
// last poll did and everything logged.
func pollBoth(t *testing.T, badURL, goodURL string, polls int) (*sql.DB, pollResult, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	path := t.TempDir() + "/faults.db"
	st, err := store.Open(ctx, path, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fetcher := feeds.NewFetcher(feeds.FetcherOptions{Timeout: 400 * time.Millisecond, MaxBodyBytes: 1 << 20, AllowPrivate: true})
	var res pollResult
	var mu sync.Mutex
	done := make(chan string, 16)
	p := pipeline.NewPoller(fetcher, st, pipeline.New(st, pipeline.Options{Log: log}), pipeline.PollerOptions{
		Workers: 2, Log: log,
		OnPoll: func(f feeds.Feed, s feeds.State, err error) {
			if f.URL != goodURL {
				mu.Lock()
				res.err, res.state = err, s
				mu.Unlock()
			}
			done <- f.URL
		},
		OnMoved: func(from, to string) { res.movedTo = to },
	})
	p.SetFeeds([]feeds.Feed{{URL: goodURL, Name: "good"}})
	go p.Run(ctx)
	waitFor(t, done, goodURL)
	for range polls {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		start := time.Now()
		p.Poll(ctx, feeds.Feed{URL: badURL, Name: "bad"})
		res.elapsed = time.Since(start)
		runtime.ReadMemStats(&m1)
		res.allocated = m1.TotalAlloc - m0.TotalAlloc
		waitFor(t, done, "")
	}
	cancel()
	return db, res, logs.String()
}

func waitFor(t *testing.T, done <-chan string, url string) {
	t.Helper()
	for {
		select {
		case got := <-done:
			if url == "" || got == url {
				return
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no poll of %q reported", url)
		}
	}
}

// assertOneLine wants exactly one warning or error naming the bad feed
// when it failed, and at least a debug line naming it when it did not.
func assertOneLine(t *testing.T, logs, url string, failed bool) {
	t.Helper()
	var warn, any int
	for _, line := range strings.Split(logs, "\n") {
		if !strings.Contains(line, "feed_url="+url) {
			continue
		}
		any++
		if strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR") {
			warn++
		}
	}
	if failed && warn != 1 {
		t.Errorf("want one warning naming feed_url=%s, got %d in:\n%s", url, warn, logs)
	}
	if !failed && (warn != 0 || any == 0) {
		t.Errorf("want quiet debug lines naming feed_url=%s, got %d warnings of %d lines in:\n%s", url, warn, any, logs)
	}
}

func status(code int, retryAfter string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		http.Error(w, "nope", code)
	}
}

func redirect(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved-here.xml", code)
	}
}

// gzipBomb serves n zero bytes gzipped (about n/1000 on the wire). It is
// packed before the server starts, so the fetch timeout sees only the bomb.
func gzipBomb(n int) http.HandlerFunc {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	zero := make([]byte, 1<<20)
	for range n >> 20 {
		zw.Write(zero)
	}
	zw.Close()
	packed := b.Bytes()
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(packed)
	}
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`

func backedOff(atLeast time.Duration) func(*testing.T, *sql.DB, string, pollResult) {
	return func(t *testing.T, st *sql.DB, url string, res pollResult) {
		if res.state.Errors != 1 {
			t.Errorf("state errors = %d, want 1", res.state.Errors)
		}
		if wait := time.Until(res.state.NextPoll); wait < atLeast-time.Second || wait <= 0 {
			t.Errorf("next poll in %v, want at least %v", wait, atLeast)
		}
	}
}

func moved(t *testing.T, st *sql.DB, url string, res pollResult) {
	if !strings.HasSuffix(res.movedTo, "/moved-here.xml") {
		t.Fatalf("OnMoved got %q", res.movedTo)
	}
	var next int64
	if err := st.QueryRow(`SELECT count(*) FROM feed_states WHERE url = ?`, res.movedTo).Scan(&next); err != nil || next != 1 {
		t.Errorf("state not stored under the new URL: %d rows, %v", next, err)
	}
	if n := articlesFrom(t, st, res.movedTo); n != 1 {
		t.Errorf("moved feed stored %d articles, want 1", n)
	}
}

// boundedAlloc: a body far over the cap costs about the cap, not the body.
func boundedAlloc(t *testing.T, st *sql.DB, url string, res pollResult) {
	if res.allocated > 64<<20 {
		t.Errorf("polling allocated %d MiB; the cap is 1 MiB", res.allocated>>20)
	}
}

func storedArticles(want int) func(*testing.T, *sql.DB, string, pollResult) {
	return func(t *testing.T, st *sql.DB, url string, res pollResult) {
		if n := articlesFrom(t, st, url); n != want {
			t.Errorf("stored %d articles from %s, want %d", n, url, want)
		}
	}
}

func noArticles(t *testing.T, st *sql.DB, url string, res pollResult) {
	storedArticles(0)(t, st, url, res)
}

// articlesFrom counts the rows a feed's entries left in the database,
// read through a second connection to the same file.
func articlesFrom(t *testing.T, db *sql.DB, feedURL string) int {
	t.Helper()
	var n int
	err := db.QueryRow(`SELECT count(*) FROM items WHERE feed_url = ?`, feedURL).Scan(&n)
	if err != nil {
		t.Fatalf("count items of %s: %v", feedURL, err)
	}
	return n
}
