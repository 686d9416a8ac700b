package pipeline_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// clock is a time that only fetches move.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// batchCountingStore counts the batches opened on it.
type batchCountingStore struct {
	*store.Store
	mu      sync.Mutex
	batches int
}

func (c *batchCountingStore) BeginBatch(ctx context.Context) (pipeline.Batch, error) {
	c.mu.Lock()
	c.batches++
	c.mu.Unlock()
	return c.Store.BeginBatch(ctx)
}

// TestNothingNewOpensNoBatch: a poll answered 304, or a feed without
// entries, commits nothing, so it opens no store batch and does not
// queue for the serial stage; its state is saved all the same.
func TestNothingNewOpensNoBatch(t *testing.T) {
	for name, res := range map[string]feeds.Result{
		"a 304":         {NotModified: true},
		"an empty feed": {Title: "Nothing yet", ETag: `"0"`},
	} {
		t.Run(name, func(t *testing.T) {
			st := mustOpen(t)
			cs := &batchCountingStore{Store: st}
			c := &clock{now: time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)}
			pipe := pipeline.New(cs, pipeline.Options{Topic: feeds.DefaultTopicRules(), Rules: claims.DefaultRules(),
				Now: c.Now, Log: slog.New(slog.DiscardHandler)})
			var outcomes int
			p := pipeline.NewPoller(fixedFetcher{res}, st, pipe, pipeline.PollerOptions{Interval: time.Minute, Now: c.Now,
				Log:       slog.New(slog.DiscardHandler),
				OnOutcome: func(feeds.Feed, pipeline.Outcome) { outcomes++ }})
			f := feeds.Feed{URL: "https://a.example/feed.xml"}
			p.Poll(context.Background(), f)
			if cs.batches != 0 || outcomes != 0 {
				t.Errorf("%d batches opened, %d outcomes; want none", cs.batches, outcomes)
			}
			s, err := st.FeedState(context.Background(), f.URL)
			if err != nil {
				t.Fatal(err)
			}
			if !s.LastSuccess.Equal(c.Now()) || !s.NextPoll.Equal(c.Now().Add(time.Minute)) {
				t.Errorf("state after the poll: last success %v, next poll %v", s.LastSuccess, s.NextPoll)
			}
		})
	}
}

// fixedFetcher answers every fetch with res.
type fixedFetcher struct{ res feeds.Result }

func (f fixedFetcher) Fetch(context.Context, feeds.Feed, feeds.State) (feeds.Result, error) {
	return f.res, nil
}
