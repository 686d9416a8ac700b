package pipeline_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// TestProcessFeedCommitsTogether: a feed's new items are committed in one
// transaction with the same outcomes as one at a time. Item k+1 is judged
// against item k, the batch is stored whole or not at all, and what the
// store keeps in memory learns only committed rows.
func TestProcessFeedCommitsTogether(t *testing.T) {
	day, zelensky, jcs := rivalDay, zelenskySays, jcsSays
	a := item("f", "1", "https://a.example/1", "Zelensky on losses", zelensky, day)
	b := item("f", "2", "https://a.example/2", "Seoul's estimate", jcs, day.Add(time.Hour))
	aCopy := item("f", "3", "https://a.example/copy", "Zelensky on losses", zelensky, day.Add(30*time.Minute))
	aNewGUID := item("f", "4", "https://a.example/1", "Zelensky on losses", zelensky, day.Add(30*time.Minute))
	type batch struct {
		items      []feeds.Item
		failSave   int      // this Save of the batch fails (1-based), 0: none
		wantStatus []string // "seen" for an entry skipped as seen
		wantAlerts []int
		wantErr    bool
	}
	tests := []struct {
		name    string
		batches []batch
	}{{
		name:    "a conflict with an earlier item of the same batch is raised",
		batches: []batch{{items: []feeds.Item{a, b}, wantStatus: []string{"new", "new"}, wantAlerts: []int{0, 1}}},
	}, {
		name:    "a copy of an earlier item of the same batch is a duplicate",
		batches: []batch{{items: []feeds.Item{a, aCopy}, wantStatus: []string{"new", "duplicate"}, wantAlerts: []int{0, 0}}},
	}, {
		name:    "an entry the batch gave under another GUID is seen",
		batches: []batch{{items: []feeds.Item{a, aNewGUID}, wantStatus: []string{"new", "seen"}, wantAlerts: []int{0, 0}}},
	}, {
		name: "a conflict with a committed batch is raised, its entries are seen",
		batches: []batch{
			{items: []feeds.Item{a}, wantStatus: []string{"new"}, wantAlerts: []int{0}},
			{items: []feeds.Item{a, b}, wantStatus: []string{"seen", "new"}, wantAlerts: []int{0, 1}},
		},
	}, {
		name: "a failed batch stores nothing and memory learns none of it",
		batches: []batch{
			{items: []feeds.Item{a, b}, failSave: 2, wantErr: true},
			// Had the near index learned a, its copy would be a duplicate;
			// had the claim cache, b would be against two claims, one of
			// them never stored.
			{items: []feeds.Item{aCopy, b}, wantStatus: []string{"new", "new"}, wantAlerts: []int{0, 1}},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &failingStore{Store: mustOpen(t)}
			p := pipeline.New(st, pipeline.Options{
				Topic: feeds.DefaultTopicRules(), Rules: claims.DefaultRules(),
				Now: func() time.Time { return day.Add(30 * 24 * time.Hour) }, Log: slog.New(slog.DiscardHandler),
			})
			ctx := context.Background()
			for n, bt := range tt.batches {
				st.failAt = bt.failSave
				outs, err := p.ProcessFeed(ctx, append([]feeds.Item(nil), bt.items...))
				if bt.wantErr {
					if err == nil {
						t.Fatalf("batch %d: no error, want the failed save's", n)
					}
					for _, it := range bt.items {
						if seen, err := st.ItemSeen(ctx, it.FeedURL, it.GUID); err != nil || seen {
							t.Errorf("batch %d: %s stored (%v) by a batch that failed", n, it.URL, err)
						}
					}
					continue
				}
				if err != nil {
					t.Fatalf("batch %d: %v", n, err)
				}
				for i, o := range outs {
					status := string(o.Record.Status)
					if o.Seen {
						status = "seen"
					}
					if status != bt.wantStatus[i] || len(o.Alerts) != bt.wantAlerts[i] {
						t.Errorf("batch %d item %d: %s with %d alerts, want %s with %d", n, i, status, len(o.Alerts), bt.wantStatus[i], bt.wantAlerts[i])
					}
					for _, al := range o.Alerts {
						if len(al.Against) != 1 || al.Against[0].ID == 0 {
							t.Errorf("batch %d item %d: alert against %+v, want the one stored claim", n, i, al.Against)
						}
					}
				}
			}
		})
	}
}

// failingStore opens real batches on a real store; the failAt-th Save of
// a batch fails, as a full disk would make it.
type failingStore struct {
	*store.Store
	failAt int
}

func (f *failingStore) BeginBatch(ctx context.Context) (pipeline.Batch, error) {
	b, err := f.Store.BeginBatch(ctx)
	if err != nil {
		return nil, err
	}
	return &failingBatch{Batch: b, failAt: f.failAt}, nil
}

type failingBatch struct {
	pipeline.Batch
	failAt, saves int
}

func (b *failingBatch) Save(ctx context.Context, r pipeline.Record) ([]claims.Alert, error) {
	b.saves++
	if b.saves == b.failAt {
		return nil, errors.New("disk is full")
	}
	return b.Batch.Save(ctx, r)
}
