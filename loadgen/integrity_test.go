package loadgen

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// TestSavesKeepForeignKeys: the store's rows name existing rows, the
// Against claim lists of alerts included. The bench's feeds are ingested
// by concurrent workers, as the poller does (shared batches, copies, conflicts and their alerts),
// and some of them again (entries seen); then PRAGMA foreign_key_check
// finds no row naming a missing one, and the reopened store still
// enforces the checks for other writers.
func TestSavesKeepForeignKeys(t *testing.T) {
	nFeeds, nItems := 60, 10
	srv := NewServer(Options{Feeds: nFeeds, Items: nItems, Seed: 11, Start: time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC)})
	path := filepath.Join(t.TempDir(), "fk.db")
	log := slog.New(slog.DiscardHandler)
	ctx := context.Background()
	st, err := store.Open(ctx, path, log)
	if err != nil {
		t.Fatal(err)
	}
	pipe := pipeline.New(st, pipeline.Options{Topic: feeds.DefaultTopicRules(), Extractor: claims.NewExtractor(claims.Lexicon{}), Log: log})
	var wg sync.WaitGroup
	jobs := make(chan int)
	alerts := 0
	var mu sync.Mutex
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				_, its, err := feeds.Parse(srv.Feed(i%nFeeds), feeds.Feed{URL: fmt.Sprintf("http://127.0.0.1/feeds/%d.xml", i%nFeeds)})
				if err != nil {
					t.Error(err)
					continue
				}
				outs, err := pipe.ProcessFeed(ctx, its)
				if err != nil {
					t.Error(err)
				}
				mu.Lock()
				for _, o := range outs {
					alerts += len(o.Alerts)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range nFeeds + nFeeds/3 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if alerts == 0 {
		t.Fatal("no alert was queued: the test checks nothing of alerts")
	}

	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s row %v names a missing %s row", table, rowid, parent)
	}
	rows.Close()
	// an alert's Against claims live in its row as a JSON list (migration
	// 010), out of the foreign keys' reach: every ID must still name a claim
	var listed, missing int
	err = db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE j.value NOT IN (SELECT id FROM claims))
		FROM alerts, json_each(alerts.against) AS j`).Scan(&listed, &missing)
	if err != nil {
		t.Fatal(err)
	}
	if listed == 0 || missing != 0 {
		t.Errorf("%d of %d Against claim IDs name no claim (and none listed would check nothing)", missing, listed)
	}
	if _, err := db.Exec("INSERT INTO alert_pair_hashes (pair_hash, alert_id) VALUES (1, -1)"); err == nil {
		t.Error("a row naming missing rows was accepted: foreign keys are not enforced")
	}
}
