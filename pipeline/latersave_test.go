package pipeline_test

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// TestFailedWriteLeavesNothingAhead: the store's writer fails an item's
// save (SQLite refuses its alert) while the pipeline has judged the items
// after it. The feed's batch stores nothing, the error names the item
// whose save failed, and once SQLite takes writes again the same feed
// gives exactly what it gives a store that never failed: the failed batch
// taught memory nothing (had the near index learned the first article,
// its copy under another URL would be a duplicate of an article never
// stored; had the claim cache, the conflict would be against a claim
// never stored).
func TestFailedWriteLeavesNothingAhead(t *testing.T) {
	day, zelensky, jcs := rivalDay, zelenskySays, jcsSays
	nis := "South Korea's spy agency NIS said about 1,100 North Korean troops had been killed or wounded in Kursk."
	a := item("f", "1", "https://a.example/1", "Zelensky on losses", zelensky, day)
	b := item("f", "2", "https://a.example/2", "Seoul's estimate", jcs, day.Add(time.Hour))
	aCopy := item("f", "3", "https://a.example/copy", "Zelensky on losses", zelensky, day.Add(2*time.Hour))
	c := item("f", "4", "https://a.example/3", "The spy agency's estimate", nis, day.Add(3*time.Hour))
	feed := []feeds.Item{a, b, aCopy, c}
	ctx := context.Background()

	run := func(st *store.Store) string {
		p := pipeline.New(st, pipeline.Options{
			Topic: feeds.DefaultTopicRules(), Rules: claims.DefaultRules(),
			Now: func() time.Time { return day.Add(30 * 24 * time.Hour) }, Log: slog.New(slog.DiscardHandler),
		})
		outs, err := p.ProcessFeed(ctx, append([]feeds.Item(nil), feed...))
		if err != nil {
			return "error: " + err.Error()
		}
		return describe(outs)
	}
	want := run(mustOpen(t))
	if !strings.Contains(want, "alert") {
		t.Fatalf("the feed raises no alert, so nothing can fail:\n%s", want)
	}

	path := filepath.Join(t.TempDir(), "cc.db")
	st, err := store.Open(ctx, path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	exec := func(q string) {
		t.Helper()
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec("CREATE TRIGGER refuse_alerts BEFORE INSERT ON alerts BEGIN SELECT RAISE(ABORT, 'alerts refused'); END")

	got := run(st)
	if !strings.Contains(got, "alerts refused") || !strings.Contains(got, b.URL) {
		t.Errorf("the failed batch gave %q, want the refused alert's error naming %s", got, b.URL)
	}
	for _, it := range feed {
		if seen, err := st.ItemSeen(ctx, it.FeedURL, it.GUID); err != nil || seen {
			t.Errorf("%s stored (%v) by a batch that failed", it.URL, err)
		}
	}
	exec("DROP TRIGGER refuse_alerts")
	if got := run(st); got != want {
		t.Errorf("after the failure the feed gives\n%s\nwant what a store that never failed gives\n%s", got, want)
	}
}

// describe is each outcome in a line: status, the duplicate's original,
// and each alert with the IDs of its claim and of what it is against.
func describe(outs []pipeline.Outcome) string {
	var b strings.Builder
	for _, o := range outs {
		fmt.Fprintf(&b, "%s %s %s", o.Record.Item.URL, o.Record.Status, o.Record.DuplicateOf)
		for _, a := range o.Alerts {
			fmt.Fprintf(&b, " alert %d %s claim %d against", a.ID, a.Kind, a.Claim.ID)
			for _, c := range a.Against {
				fmt.Fprintf(&b, " %d", c.ID)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
