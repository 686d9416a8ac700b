package loadgen

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// plainStore is the store seen through the pipeline's required interfaces
// alone: the pipeline then compares each figure with every earlier claim
// ClaimsAbout lists, repetitions of one report included. It is the
// reference the condensed comparison (store.LendReports) must match; what
// Save queues is checked against its definition (unalerted).
type plainStore struct {
	pipeline.Store
	cs pipeline.CanonicalSeer
	b  pipeline.Batcher
}

func (p plainStore) CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error) {
	return p.cs.CanonicalSeen(ctx, feedURL, canonical)
}

func (p plainStore) BeginBatch(ctx context.Context) (pipeline.Batch, error) {
	b, err := p.b.BeginBatch(ctx)
	return plainBatch{b}, err
}

// plainBatch hides every method of the store's Batch but pipeline.Batch's.
type plainBatch struct{ pipeline.Batch }

// TestShortcutsRaiseTheSameAlerts runs the bench's articles through the
// pipeline twice, into the store as it is and into the same store seen
// plainly, and requires every item's alerts, raised and queued, to be the
// same: kind, claim, and what they are against, in order; and what was
// queued to be what was raised less the pairs alerted before. Two windows: the
// default week, in which the bench's articles all fall, and 90 minutes, in
// which most earlier claims are older than the window (updates); and
// articles published at the same times.
func TestShortcutsRaiseTheSameAlerts(t *testing.T) {
	nFeeds, nItems := 200, 8
	if testing.Short() || raceEnabled {
		nFeeds = 60
	}
	srv := NewServer(Options{Feeds: nFeeds, Items: nItems, Seed: 7, Start: time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC)})
	batches := make([][]feeds.Item, nFeeds)
	for i := range nFeeds {
		_, its, err := feeds.Parse(srv.Feed(i), feeds.Feed{URL: fmt.Sprintf("http://127.0.0.1/feeds/%d.xml", i), Name: fmt.Sprintf("bench %d", i)})
		if err != nil {
			t.Fatal(err)
		}
		batches[i] = its
	}
	// Syndicated copies and hourly bulletins publish many reports at one
	// time: on the hour, ties between claims decide which one condense keeps.
	onTheHour := make([][]feeds.Item, nFeeds)
	for i, its := range batches {
		for _, it := range its {
			it.Published = it.Published.Truncate(time.Hour)
			onTheHour[i] = append(onTheHour[i], it)
		}
	}
	for _, tt := range []struct {
		name    string
		window  time.Duration
		batches [][]feeds.Item
	}{
		{"a week", 7 * 24 * time.Hour, batches},
		{"90 minutes", 90 * time.Minute, batches},
		{"on the hour", 7 * 24 * time.Hour, onTheHour},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rules := claims.DefaultRules()
			rules.Window = tt.window
			batches := tt.batches
			fast := runAlerts(t, batches, rules, false)
			plain := runAlerts(t, batches, rules, true)
			raised, queued := 0, 0
			alerted := map[string]bool{}
			for i := range plain {
				if want, got := unalerted(plain[i].Record.Alerts, alerted), withoutIDs(plain[i].Alerts); !reflect.DeepEqual(got, want) {
					t.Fatalf("item %d (%s) queued\n%+v\nbut of what it raised, the pairs never alerted before are\n%+v", i, plain[i].Record.Item.URL, got, want)
				}
				raised += len(plain[i].Record.Alerts)
				queued += len(plain[i].Alerts)
				if !reflect.DeepEqual(fast[i].Record.Alerts, plain[i].Record.Alerts) {
					t.Fatalf("item %d (%s) raised\n%+v\nwith the shortcuts, and\n%+v\nplainly", i, plain[i].Record.Item.URL,
						fast[i].Record.Alerts, plain[i].Record.Alerts)
				}
				if !reflect.DeepEqual(fast[i].Alerts, plain[i].Alerts) {
					t.Fatalf("item %d (%s) queued\n%+v\nwith the shortcuts, and\n%+v\nplainly", i, plain[i].Record.Item.URL,
						fast[i].Alerts, plain[i].Alerts)
				}
			}
			if raised < 500 || queued < 50 {
				t.Errorf("%d items raised %d alerts and queued %d: too few to show anything", len(plain), raised, queued)
			}
			t.Logf("%d items: %d alerts raised, %d queued, the same both ways", len(plain), raised, queued)
		})
	}
}

// unalerted is what Save should queue of the alerts raised, by its
// definition: each alert with the pairs it names that no alert named
// before (the same pair twice in one alert counts once), if any; a pair of
// one article's claims is that article's own.
func unalerted(raised []claims.Alert, alerted map[string]bool) []claims.Alert {
	var out []claims.Alert
	for _, a := range withoutIDs(raised) {
		var fresh []claims.Claim
		for _, c := range a.Against {
			k := claims.PairKey(a.Claim, c)
			if c.ArticleURL == a.Claim.ArticleURL {
				k += "~@" + c.ArticleURL
			}
			if !alerted[k] {
				alerted[k] = true
				fresh = append(fresh, c)
			}
		}
		if len(fresh) > 0 {
			a.Against = fresh
			out = append(out, a)
		}
	}
	return out
}

// withoutIDs copies alerts without the IDs the store gives.
func withoutIDs(as []claims.Alert) []claims.Alert {
	var out []claims.Alert
	for _, a := range as {
		a.ID, a.Claim.ID = 0, 0
		a.Against = append([]claims.Claim(nil), a.Against...)
		for i := range a.Against {
			a.Against[i].ID = 0
		}
		out = append(out, a)
	}
	return out
}

// runAlerts commits the feeds in order into a new store and gives every
// item's outcome.
func runAlerts(t *testing.T, batches [][]feeds.Item, rules claims.Rules, plain bool) []pipeline.Outcome {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "alerts.db"), log)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var s pipeline.Store = st
	if plain {
		s = plainStore{st, st, st}
	}
	raised := time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)
	pipe := pipeline.New(s, pipeline.Options{Topic: feeds.DefaultTopicRules(), Rules: rules, Log: log,
		Now: func() time.Time { return raised }})
	var outs []pipeline.Outcome
	for _, its := range batches {
		out, err := pipe.ProcessFeed(ctx, append([]feeds.Item(nil), its...))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out...)
	}
	return outs
}
