package pipeline_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

const corpusFeeds = "../testdata/corpus/feeds"

func mustOpen(tb testing.TB) *store.Store {
	tb.Helper()
	st, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// serveCorpus serves the corpus feed files with ETags, counting requests
// and 304s per path.
type corpusServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
	notMod   map[string]int
}

func serveCorpus(t *testing.T) *corpusServer {
	t.Helper()
	cs := &corpusServer{requests: map[string]int{}, notMod: map[string]int{}}
	mux := http.NewServeMux()
	entries, err := os.ReadDir(corpusFeeds)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		body, err := os.ReadFile(filepath.Join(corpusFeeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		etag := fmt.Sprintf(`"%x"`, sha256.Sum256(body))
		mux.HandleFunc("/"+e.Name(), func(w http.ResponseWriter, r *http.Request) {
			cs.mu.Lock()
			cs.requests[r.URL.Path]++
			if r.Header.Get("If-None-Match") == etag {
				cs.notMod[r.URL.Path]++
			}
			cs.mu.Unlock()
			w.Header().Set("ETag", etag)
			http.ServeContent(w, r, e.Name(), time.Time{}, bytes.NewReader(body))
		})
	}
	cs.Server = httptest.NewServer(mux)
	t.Cleanup(cs.Close)
	return cs
}

func newPipeline(st *store.Store) *pipeline.Pipeline {
	return pipeline.New(st, pipeline.Options{
		Topic:     feeds.DefaultTopicRules(),
		Extractor: claims.NewExtractor(claims.Lexicon{}),
		Rules:     claims.DefaultRules(),
		Log:       slog.New(slog.DiscardHandler),
	})
}

func fetcher() *feeds.Fetcher {
	return feeds.NewFetcher(feeds.FetcherOptions{AllowPrivate: true, Timeout: 2 * time.Second, MaxBodyBytes: 1 << 20})
}

// The development corpus, polled as a reader would have met it: originals
// first, then the aggregator that copies them.
func TestPollCorpusFindsBothConflictsOnce(t *testing.T) {
	st := mustOpen(t)
	srv := serveCorpus(t)
	var mu sync.Mutex
	statuses := map[pipeline.Status]int{}
	var alerts []claims.Alert
	p := pipeline.NewPoller(fetcher(), st, newPipeline(st), pipeline.PollerOptions{
		Log: slog.New(slog.DiscardHandler),
		OnOutcome: func(f feeds.Feed, o pipeline.Outcome) {
			mu.Lock()
			defer mu.Unlock()
			statuses[o.Record.Status]++
			alerts = append(alerts, o.Alerts...)
		},
	})
	ctx := context.Background()
	order := []string{"wire-one.rss", "eu-desk.atom", "global-brief.json", "world-news.rss", "aggregator.rss"}
	for round := 0; round < 2; round++ {
		for _, name := range order {
			p.Poll(ctx, feeds.Feed{URL: srv.URL + "/" + name, Name: strings.Split(name, ".")[0]})
		}
	}
	want := map[pipeline.Status]int{pipeline.StatusNew: 5, pipeline.StatusOffTopic: 2, pipeline.StatusDuplicate: 2}
	for s, n := range want {
		if statuses[s] != n {
			t.Errorf("%s items = %d, want %d (all: %v)", s, statuses[s], n, statuses)
		}
	}
	var conflicts []string
	for _, a := range alerts {
		if a.Kind == claims.Conflict {
			conflicts = append(conflicts, fmt.Sprintf("%s: %s vs %d earlier", a.Claim.Metric, a.Claim.ValueText(), len(a.Against)))
		}
	}
	if len(conflicts) != 2 {
		t.Errorf("conflicts = %q, want the troops and the casualties conflict once each", conflicts)
	}
	for _, name := range order {
		if srv.notMod["/"+name] != 1 {
			t.Errorf("%s: second poll answered 304 %d times, want 1 (conditional GET)", name, srv.notMod["/"+name])
		}
	}
}

// A feed that fails in any way is backed off and logged with its URL; the
// other feeds on the same poller go on.
func TestFailingFeedsDoNotStallOthers(t *testing.T) {
	st := mustOpen(t)
	good := serveCorpus(t)
	bad := http.NewServeMux()
	bad.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	bad.HandleFunc("/503", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	bad.HandleFunc("/invalid", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<rss><channel><item><title>unclosed") })
	bad.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel>`)
		for r.Context().Err() == nil {
			if _, err := fmt.Fprint(w, "<item><title>again</title></item>"); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			time.Sleep(time.Millisecond)
		}
	})
	badSrv := httptest.NewServer(bad)
	t.Cleanup(badSrv.Close)

	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	kept := make(chan struct{}, 16)
	p := pipeline.NewPoller(
		feeds.NewFetcher(feeds.FetcherOptions{AllowPrivate: true, Timeout: 500 * time.Millisecond, MaxBodyBytes: 64 << 10}),
		st, newPipeline(st), pipeline.PollerOptions{
			Log:      log,
			Workers:  2,
			Interval: time.Hour,
			OnOutcome: func(f feeds.Feed, o pipeline.Outcome) {
				if o.Record.Status == pipeline.StatusNew {
					kept <- struct{}{}
				}
			},
		})
	failing := []string{"/500", "/503", "/invalid", "/endless"}
	var list []feeds.Feed
	for _, path := range failing {
		list = append(list, feeds.Feed{URL: badSrv.URL + path, Name: path})
	}
	list = append(list, feeds.Feed{URL: good.URL + "/world-news.rss", Name: "world-news"})
	p.SetFeeds(list)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		p.Run(ctx)
		close(done)
	}()
	for range 2 { // world-news has two on-topic articles
		select {
		case <-kept:
		case <-time.After(10 * time.Second):
			t.Fatal("the good feed's articles were not kept while the others failed")
		}
	}
	// Wait for every failing feed's state to record its failure.
	deadline := time.Now().Add(10 * time.Second)
	for _, path := range failing {
		for {
			s, err := st.FeedState(context.Background(), badSrv.URL+path)
			if err != nil {
				t.Fatal(err)
			}
			if s.Errors > 0 {
				if !s.NextPoll.After(time.Now()) {
					t.Errorf("%s: next poll %v is not backed off", path, s.NextPoll)
				}
				if path == "/503" && s.NextPoll.Before(time.Now().Add(59*time.Minute)) {
					t.Errorf("503 with Retry-After 3600: next poll %v, want an hour away", s.NextPoll)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: no failure recorded", path)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("poller did not stop after cancel")
	}
	out := logs.String()
	for _, path := range failing {
		if !strings.Contains(out, "feed_url="+badSrv.URL+path) {
			t.Errorf("no log line names %s:\n%s", path, out)
		}
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
