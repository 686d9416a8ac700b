package loadgen

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

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

// benchWorkers is the daemon's default poll.workers: the parse floor and
// the pipeline run in the same shape, so their ratio holds from machine
// to machine.
const benchWorkers = 8

// benchFeedsN feeds of 50 items are what each iteration parses or
// processes: 2,000 items, a few seconds of pipeline.
const benchFeedsN = 40

// inParallel runs do for feeds 0..n-1 in benchWorkers goroutines and
// gives the items done. newWorker is called once per goroutine.
func inParallel(b *testing.B, n int, newWorker func() func(int) (int, error)) int {
	jobs := make(chan int)
	var items atomic.Int64
	var wg sync.WaitGroup
	for range benchWorkers {
		do := newWorker()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				k, err := do(i)
				if err != nil {
					b.Error(err)
				}
				items.Add(int64(k))
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return int(items.Load())
}

// BenchmarkParse is the parse floor: gofeed alone, in benchWorkers
// goroutines over benchFeedsN feeds of 50 items.
func BenchmarkParse(b *testing.B) {
	bodies, _ := benchFeeds(benchFeedsN, 50)
	items := 0
	for b.Loop() {
		items += inParallel(b, len(bodies), func() func(int) (int, error) {
			parser := gofeed.NewParser()
			return func(i int) (int, error) {
				f, err := parser.Parse(bytes.NewReader(bodies[i]))
				if err != nil {
					return 0, err
				}
				return len(f.Items), nil
			}
		})
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkPipeline is the pipeline's own cost on the same bytes, in the
// same shape: feeds.Parse and Pipeline.ProcessFeed into a SQLite file, no
// HTTP. Each iteration is benchFeedsN feeds of 50 items into a fresh store.
func BenchmarkPipeline(b *testing.B) {
	bodies, list := benchFeeds(benchFeedsN, 50)
	log := slog.New(slog.DiscardHandler)
	items, round := 0, 0
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", round)), log)
		if err != nil {
			b.Fatal(err)
		}
		round++
		pipe := pipeline.New(st, pipeline.Options{Topic: feeds.DefaultTopicRules(), Extractor: claims.NewExtractor(claims.Lexicon{}), Log: log})
		b.StartTimer()
		items += inParallel(b, len(bodies), func() func(int) (int, error) {
			return func(i int) (int, error) {
				_, its, err := feeds.Parse(bodies[i], list[i])
				if err != nil {
					return 0, err
				}
				out, err := pipe.ProcessFeed(context.Background(), its)
				return len(out), err
			}
		})
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}
