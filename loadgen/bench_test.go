package loadgen

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// benchFeeds renders n feeds of m items once, outside the timer.
func benchFeeds(n, m int) ([][]byte, []feeds.Feed) {
	srv := NewServer(Options{Feeds: n, Items: m, Seed: 1, Start: time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC)})
	bodies := make([][]byte, n)
	list := make([]feeds.Feed, n)
	for i := range n {
		bodies[i] = srv.Feed(i)
		list[i] = feeds.Feed{URL: fmt.Sprintf("http://127.0.0.1/feeds/%d.xml", i), Name: fmt.Sprintf("bench %d", i)}
	}
	return bodies, list
}

// BenchmarkParse is the parse floor: gofeed through feeds.Parse alone.
func BenchmarkParse(b *testing.B) {
	bodies, list := benchFeeds(20, 50)
	items := 0
	for b.Loop() {
		for i, body := range bodies {
			_, its, err := feeds.Parse(body, list[i])
			if err != nil {
				b.Fatal(err)
			}
			items += len(its)
		}
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkPipeline is the pipeline's own cost on the same bytes:
// feeds.Parse and Pipeline.Process into a SQLite file, no HTTP. Each
// iteration is one feed of 50 items, into a store that keeps growing.
func BenchmarkPipeline(b *testing.B) {
	const feedsN = 200
	bodies, list := benchFeeds(feedsN, 50)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), log)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	pipe := pipeline.New(st, pipeline.Options{Topic: feeds.DefaultTopicRules(), Extractor: claims.NewExtractor(claims.Lexicon{}), Log: log})
	items, i := 0, 0
	for b.Loop() {
		if i == feedsN {
			b.Fatal("ran out of feeds: raise feedsN")
		}
		_, its, err := feeds.Parse(bodies[i], list[i])
		if err != nil {
			b.Fatal(err)
		}
		for _, it := range its {
			if _, err := pipe.Process(context.Background(), it); err != nil {
				b.Fatal(err)
			}
			items++
		}
		i++
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}
