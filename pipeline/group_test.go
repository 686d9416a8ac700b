package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// TestWaitingFeedsShareABatch: feeds whose commits queue behind another
// are committed in one batch, each with its own outcomes, judged after
// the feeds before it (a later feed's copy of an earlier feed's article is
// a duplicate, its conflict with one is raised). A feed whose save fails
// gets the error, and stores nothing; the others are stored.
func TestWaitingFeedsShareABatch(t *testing.T) {
	day, zelensky, jcs := rivalDay, zelenskySays, jcsSays
	feed := func(name string, texts ...string) []feeds.Item {
		var its []feeds.Item
		for i, text := range texts {
			url := fmt.Sprintf("https://%s.example/%d", name, i)
			its = append(its, item(name, url, url, "report "+url, text, day.Add(time.Duration(i)*time.Minute)))
		}
		return its
	}
	tests := []struct {
		name        string
		feeds       [][]feeds.Item
		failURL     string   // the Save of this item fails
		wantStatus  []string // per feed, its items' statuses joined, or "error"
		wantBatches int
	}{{
		name:        "three feeds, one batch",
		feeds:       [][]feeds.Item{feed("a", zelensky), feed("b", zelensky), feed("c", jcs)},
		wantStatus:  []string{"new", "duplicate", "new+1"},
		wantBatches: 1,
	}, {
		name:        "a failing feed fails alone",
		feeds:       [][]feeds.Item{feed("a", zelensky), feed("b", jcs), feed("c", zelensky)},
		failURL:     "https://b.example/0",
		wantStatus:  []string{"new", "error", "duplicate"},
		wantBatches: 4, // the shared one, rolled back, then one per feed
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &countingStore{Store: mustOpen(t), failURL: tt.failURL}
			p := pipeline.New(st, pipeline.Options{
				Topic: feeds.DefaultTopicRules(), Rules: claims.DefaultRules(),
				Now: func() time.Time { return day.Add(30 * 24 * time.Hour) }, Log: slog.New(slog.DiscardHandler),
			})
			ctx := context.Background()
			release := p.HoldCommits()
			got := make([]string, len(tt.feeds))
			var wg sync.WaitGroup
			for i, its := range tt.feeds {
				for p.CommitsWaiting() < i { // queue them in this order
					runtime.Gosched()
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					outs, err := p.ProcessFeed(ctx, its)
					got[i] = statuses(outs, err)
				}()
			}
			for p.CommitsWaiting() < len(tt.feeds) {
				runtime.Gosched()
			}
			release()
			wg.Wait()
			for i := range got {
				if got[i] != tt.wantStatus[i] {
					t.Errorf("feed %d: %s, want %s", i, got[i], tt.wantStatus[i])
				}
				for _, it := range tt.feeds[i] {
					seen, err := st.ItemSeen(ctx, it.FeedURL, it.GUID)
					if err != nil || seen != (tt.wantStatus[i] != "error") {
						t.Errorf("feed %d: %s stored = %v (%v)", i, it.URL, seen, err)
					}
				}
			}
			if n := st.batches.Load(); n != int64(tt.wantBatches) {
				t.Errorf("%d batches, want %d", n, tt.wantBatches)
			}
		})
	}
}

// statuses sums up a feed's outcomes: each item's status, with "+n" for
// n alerts, joined by spaces; "error" for an error.
func statuses(outs []pipeline.Outcome, err error) string {
	if err != nil {
		return "error"
	}
	s := ""
	for i, o := range outs {
		if i > 0 {
			s += " "
		}
		s += string(o.Record.Status)
		if len(o.Alerts) > 0 {
			s += fmt.Sprintf("+%d", len(o.Alerts))
		}
	}
	return s
}

// countingStore counts the batches it opens; in them, the Save of the
// item at failURL fails.
type countingStore struct {
	*store.Store
	failURL string
	batches atomic.Int64
}

func (c *countingStore) BeginBatch(ctx context.Context) (pipeline.Batch, error) {
	c.batches.Add(1)
	b, err := c.Store.BeginBatch(ctx)
	if err != nil {
		return nil, err
	}
	return &failingURLBatch{Batch: b, failURL: c.failURL}, nil
}

type failingURLBatch struct {
	pipeline.Batch
	failURL string
}

func (b *failingURLBatch) Save(ctx context.Context, r pipeline.Record) ([]claims.Alert, error) {
	if r.Item.URL == b.failURL {
		return nil, errors.New("disk is full")
	}
	return b.Batch.Save(ctx, r)
}
