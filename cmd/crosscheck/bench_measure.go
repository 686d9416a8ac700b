package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/loadgen"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
	"github.com/mmcdole/gofeed"
)

// benchInMemory measures, on the same feed bytes and without HTTP, the
// parse floor (gofeed alone), feeds.Parse (gofeed and our own cleaning),
// and the pipeline's own cost (feeds.Parse then Pipeline.ProcessFeed into
// a fresh store). All three run in the daemon's shape: cfg.Poll.Workers
// goroutines over the same feeds, each parsing and preparing a feed at a
// time, the commits serialised by the pipeline. Measured with the same
// parallelism, the ratio of pipeline to parse floor holds from machine
// to machine.
func benchInMemory(ctx context.Context, o benchOptions, srv *loadgen.Server, cfg *config.Config, log *slog.Logger, res *benchResult) error {
	bodies := make([][]byte, o.sample)
	list := make([]feeds.Feed, o.sample)
	for i := range bodies {
		bodies[i] = srv.Feed(i)
		list[i] = feeds.Feed{URL: "http://bench.invalid" + loadgen.Path(i), Name: fmt.Sprintf("bench %d", i)}
	}
	workers := cfg.Poll.Workers
	rate, err := bestOf(ctx, floorPasses, workers, len(bodies), func() func(int) (int, error) {
		parser := gofeed.NewParser() // not safe for concurrent use: one per worker
		return func(i int) (int, error) {
			f, err := parser.Parse(bytes.NewReader(bodies[i]))
			if err != nil {
				return 0, fmt.Errorf("gofeed parse feed %d: %w", i, err)
			}
			return len(f.Items), nil
		}
	})
	if err != nil {
		return err
	}
	res.ParseItemsPerS = rate
	res.FeedsParseItemsPerS, err = bestOf(ctx, floorPasses, workers, len(bodies), func() func(int) (int, error) {
		return func(i int) (int, error) {
			_, items, err := feeds.Parse(bodies[i], list[i])
			if err != nil {
				return 0, fmt.Errorf("parse feed %d: %w", i, err)
			}
			return len(items), nil
		}
	})
	if err != nil {
		return err
	}

	st, err := store.Open(ctx, benchDB(o, "memory"), log)
	if err != nil {
		return err
	}
	defer closeStore(st, log)
	pipe, err := newPipeline(cfg, st, log, false)
	if err != nil {
		return err
	}
	runtime.GC() // the parse passes' garbage is not the pipeline's to collect
	res.PipelineItemsPerS, err = perFeed(ctx, workers, len(bodies), func() func(int) (int, error) {
		return func(i int) (int, error) {
			_, items, err := feeds.Parse(bodies[i], list[i])
			if err != nil {
				return 0, fmt.Errorf("parse feed %d: %w", i, err)
			}
			out, err := pipe.ProcessFeed(ctx, items)
			return len(out), err
		}
	})
	if err != nil {
		return err
	}
	res.PipelineParseRatio = res.PipelineItemsPerS / res.ParseItemsPerS
	return nil
}

// floorPasses is how many times the parse floor is measured. One pass over
// the default sample lasts a third of a second, and a single pass moved by
// half between runs of the same binary with the other core's load and the
// collector's timing; the best of several, each after a collection, is the
// floor the parser can reach here. The pipeline gets one pass (it needs a
// fresh store each time), after a collection too, so taking the floor's
// best can only lower the ratio, never flatter it.
const floorPasses = 5

// bestOf is perFeed's best rate over passes passes, each after a
// collection.
func bestOf(ctx context.Context, passes, workers, n int, newWorker func() func(int) (int, error)) (float64, error) {
	best := 0.0
	for range passes {
		runtime.GC()
		rate, err := perFeed(ctx, workers, n, newWorker)
		if err != nil {
			return 0, err
		}
		best = max(best, rate)
	}
	return best, nil
}

// perFeed runs do for feeds 0..n-1 in the given number of goroutines, as
// the poller's workers take feeds, and gives the items done per second
// of wall time. newWorker is called once per goroutine, for what each
// needs of its own.
func perFeed(ctx context.Context, workers, n int, newWorker func() func(int) (int, error)) (float64, error) {
	jobs := make(chan int)
	var items atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var failed error
	start := time.Now()
	for range workers {
		do := newWorker()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				k, err := do(i)
				if err != nil {
					once.Do(func() { failed = err })
				}
				items.Add(int64(k))
			}
		}()
	}
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	if failed != nil {
		return 0, failed
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return float64(items.Load()) / elapsed.Seconds(), nil
}

// benchWorld is the bot's core as the daemon wires it, pointed at the
// loopback feed server: one store, one pipeline, the real fetcher.
type benchWorld struct {
	o       benchOptions
	st      *store.Store
	pipe    *pipeline.Pipeline
	fetcher *feeds.Fetcher
	feeds   []feeds.Feed
	log     *slog.Logger
	workers int
}

func newBenchWorld(ctx context.Context, o benchOptions, base string, cfg *config.Config, log *slog.Logger) (*benchWorld, error) {
	st, err := store.Open(ctx, benchDB(o, "ingest"), log)
	if err != nil {
		return nil, err
	}
	pipe, err := newPipeline(cfg, st, log, true)
	if err != nil {
		closeStore(st, log)
		return nil, err
	}
	w := &benchWorld{o: o, st: st, pipe: pipe, fetcher: newFetcher(cfg), log: log, workers: cfg.Poll.Workers}
	for i := range o.feeds {
		w.feeds = append(w.feeds, feeds.Feed{URL: base + loadgen.Path(i), Name: fmt.Sprintf("bench %d", i)})
	}
	return w, nil
}

func (w *benchWorld) close() { closeStore(w.st, w.log) }

// coldIngest runs the real Poller over every feed once, from an empty
// store: fetch, parse, filter, dedup, extract, compare, store, outbox.
func (w *benchWorld) coldIngest(ctx context.Context, res *benchResult) error {
	outer := ctx // the poll's own ends when every feed was polled
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var items, polled atomic.Int64
	var failed atomic.Value
	poller := pipeline.NewPoller(w.fetcher, w.st, w.pipe, pipeline.PollerOptions{
		Interval:  time.Hour, // once: the cycle below polls again
		Workers:   w.workers,
		Log:       w.log,
		OnOutcome: func(feeds.Feed, pipeline.Outcome) { items.Add(1) },
		OnPoll: func(f feeds.Feed, _ feeds.State, err error) {
			if err != nil {
				failed.Store(fmt.Errorf("poll %s: %w", f.URL, err))
			}
			if polled.Add(1) == int64(len(w.feeds)) {
				cancel()
			}
		},
	})
	poller.SetFeeds(w.feeds)
	if w.o.trace != "" {
		stop, err := startTrace(w.o.trace)
		if err != nil {
			return err
		}
		defer stop()
	}
	cpu0, start := cpuSeconds(), time.Now()
	if err := poller.Run(ctx); err != nil {
		return err
	}
	wall := time.Since(start)
	// The process's CPU, the feed server's included: on a shared machine
	// it moves less than the wall clock does.
	res.IngestCPUS = cpuSeconds() - cpu0
	if err, ok := failed.Load().(error); ok {
		return err
	}
	if ctx.Err() != nil && polled.Load() < int64(len(w.feeds)) {
		return ctx.Err()
	}
	res.IngestItems = int(items.Load())
	res.IngestItemsPerS = float64(items.Load()) / wall.Seconds()
	// The database's own size: the log (up to 16 MB) is copied back and
	// emptied first.
	if err := w.st.Checkpoint(outer); err != nil {
		return err
	}
	size, err := w.st.SizeBytes()
	if err != nil {
		return err
	}
	res.DBBytesPerArticle = float64(size) / float64(max(items.Load(), 1))
	return nil
}

// poll304 polls every feed once more through Poller.Poll with the
// configured number of workers; nothing changed, so each answer is a 304.
func (w *benchWorld) poll304(ctx context.Context, srv *loadgen.Server, res *benchResult) error {
	poller := w.poller(nil)
	before := srv.Requests(304)
	cpu0, start := cpuSeconds(), time.Now()
	jobs := make(chan feeds.Feed)
	var wg sync.WaitGroup
	for range w.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				poller.Poll(ctx, f)
			}
		}()
	}
	for _, f := range w.feeds {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	res.Poll304CycleS = time.Since(start).Seconds()
	res.Poll304CPUS = cpuSeconds() - cpu0
	if got := srv.Requests(304) - before; got != len(w.feeds) {
		return fmt.Errorf("poll cycle: %d of %d feeds answered 304", got, len(w.feeds))
	}
	return ctx.Err()
}

// poller is the daemon's poll loop at the bench interval.
func (w *benchWorld) poller(onOutcome func(feeds.Feed, pipeline.Outcome)) *pipeline.Poller {
	p := pipeline.NewPoller(w.fetcher, w.st, w.pipe, pipeline.PollerOptions{
		Interval: w.o.interval, Workers: w.workers, Log: w.log, OnOutcome: onOutcome,
	})
	p.SetFeeds(w.feeds)
	return p
}
