package pipeline_test

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// clock is a time that only fetches move.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// slowFetcher takes its time on the clock and answers 304, or fails.
type slowFetcher struct {
	c     *clock
	takes time.Duration
	err   error
}

func (f slowFetcher) Fetch(context.Context, feeds.Feed, feeds.State) (feeds.Result, error) {
	f.c.advance(f.takes)
	return feeds.Result{NotModified: f.err == nil}, f.err
}

// TestPollScheduleFromStart: a feed polled without an error is due an
// interval after its poll began, so the time the poll took does not add
// to the wait of an item published just after it; a poll slower than
// its interval leaves a tenth of it; a failure backs off from the end.
func TestPollScheduleFromStart(t *testing.T) {
	const interval = 10 * time.Second
	start := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	for name, tt := range map[string]struct {
		takes time.Duration
		err   error
		want  time.Time
	}{
		"a quick poll":              {takes: 300 * time.Millisecond, want: start.Add(interval)},
		"a poll of most of a cycle": {takes: 8 * time.Second, want: start.Add(interval)},
		"a poll slower than its interval": {takes: 15 * time.Second,
			want: start.Add(15*time.Second + interval/10)},
		"a failed poll backs off from its end": {takes: 2 * time.Second, err: errors.New("fetch: 503"),
			want: start.Add(2*time.Second + interval)},
	} {
		t.Run(name, func(t *testing.T) {
			st := mustOpen(t)
			c := &clock{now: start}
			pipe := pipeline.New(st, pipeline.Options{Topic: feeds.DefaultTopicRules(), Rules: claims.DefaultRules(),
				Now: c.Now, Log: slog.New(slog.DiscardHandler)})
			p := pipeline.NewPoller(slowFetcher{c: c, takes: tt.takes, err: tt.err}, st, pipe, pipeline.PollerOptions{
				Interval: interval, Now: c.Now, Log: slog.New(slog.DiscardHandler)})
			f := feeds.Feed{URL: "https://a.example/feed.xml"}
			p.Poll(context.Background(), f)
			s, err := st.FeedState(context.Background(), f.URL)
			if err != nil {
				t.Fatal(err)
			}
			if tt.err != nil {
				// the backoff's jitter is ±10 %
				if lo, hi := tt.want.Add(-interval/10), tt.want.Add(interval/10); s.NextPoll.Before(lo) || s.NextPoll.After(hi) {
					t.Errorf("next poll %v, want within a tenth of %v", s.NextPoll, tt.want)
				}
				return
			}
			if !s.NextPoll.Equal(tt.want) {
				t.Errorf("next poll %v, want %v", s.NextPoll, tt.want)
			}
		})
	}
}
