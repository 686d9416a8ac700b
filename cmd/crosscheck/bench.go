package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"time"

	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/loadgen"
)

// benchResult is what `crosscheck bench --json` prints; docs/BENCHMARKS.md
// explains each figure.
type benchResult struct {
	Feeds               int     `json:"feeds"`
	Items               int     `json:"items"`
	LoadAverage         float64 `json:"load_average_1m"`
	PipelineItemsPerS   float64 `json:"pipeline_items_per_s"`
	ParseItemsPerS      float64 `json:"parse_items_per_s"`
	PipelineParseRatio  float64 `json:"pipeline_parse_ratio"`
	FeedsParseItemsPerS float64 `json:"feeds_parse_items_per_s"`
	IngestItemsPerS     float64 `json:"ingest_items_per_s"`
	IngestItems         int     `json:"ingest_items"`
	IngestCPUS          float64 `json:"ingest_cpu_s"`
	Poll304CycleS       float64 `json:"poll304_cycle_s"`
	Poll304CPUS         float64 `json:"poll304_cpu_s"`
	PollIntervalS       float64 `json:"poll_interval_s"`
	LatencyP50S         float64 `json:"latency_p50_s"`
	LatencyP99S         float64 `json:"latency_p99_s"`
	LatencySamples      int     `json:"latency_samples"`
	PeakRSSMB           float64 `json:"peak_rss_mb"`
	DBBytesPerArticle   float64 `json:"db_bytes_per_article"`
	DedupLookupUs10k    float64 `json:"dedup_lookup_us_10k"`
	DedupLookupUs100k   float64 `json:"dedup_lookup_us_100k"`
	DedupLookupUs1m     float64 `json:"dedup_lookup_us_1m"`
}

type benchOptions struct {
	feeds, items, sample, alerts int
	interval                     time.Duration
	dedupMax                     int
	dir                          string
	memProfile                   string // heap profile written where peak RSS is read
	trace                        string // execution trace of measure 1
}

// runBench builds a realistic load on this machine and prints what the
// pipeline makes of it.
func runBench(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("bench", stderr)
	var o benchOptions
	fs.IntVar(&o.feeds, "feeds", 2000, "synthetic feeds served on 127.0.0.1")
	fs.IntVar(&o.items, "items", 50, "items in each feed")
	fs.IntVar(&o.sample, "sample", 100, "feeds whose bytes are parsed and processed in memory (measures 2 and 3)")
	fs.IntVar(&o.alerts, "alerts", 12, "conflicting items published while polling, for the alert latency")
	fs.DurationVar(&o.interval, "interval", 5*time.Second, "poll interval while measuring alert latency")
	fs.IntVar(&o.dedupMax, "dedup-max", 1_000_000, "largest number of stored fingerprints for the dedup lookup (10k, 100k, 1M up to it)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of a table")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to `file` (go tool pprof -top)")
	fs.StringVar(&o.trace, "trace", "", "write an execution trace of the cold ingest (measure 1) to `file` (go tool trace)")
	fs.StringVar(&o.memProfile, "memprofile", "", "write a heap profile after measures 1-5, the store still open, to `file`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck bench [--feeds N] [--items M] [--json]\n\nquick run: crosscheck bench --feeds 200 --items 20 --dedup-max 100000")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if o.feeds < 1 || o.items < 1 || o.sample < 1 || o.interval <= 0 {
		return usageError{"bench needs --feeds, --items, --sample and --interval above zero"}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("bench takes no arguments, got %q", fs.Args())}
	}
	o.sample = min(o.sample, o.feeds)
	dir, err := os.MkdirTemp("", "crosscheck-bench-")
	if err != nil {
		return fmt.Errorf("bench directory: %w", err)
	}
	defer os.RemoveAll(dir)
	o.dir = dir
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	res, err := bench(ctx, o, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	return printBench(stdout, res)
}

// bench runs the measures in order; progress goes to stderr.
func bench(ctx context.Context, o benchOptions, stderr io.Writer) (benchResult, error) {
	res := benchResult{Feeds: o.feeds, Items: o.items, LoadAverage: loadAverage(), PollIntervalS: o.interval.Seconds()}
	cfg := config.Default()
	cfg.Network.AllowPrivate = true
	limitMemory(cfg, os.Getenv) // as the daemon runs
	log := discardLogger()
	progress := func(what string) { fmt.Fprintf(stderr, "bench: %s\n", what) }
	if err := benchFeeds(ctx, o, cfg, log, &res, progress); err != nil {
		return res, err
	}
	// The dedup lookups run in a heap of their own: the feed server's
	// bodies and the ingest store's memory were still live beside the 1M
	// table before, which put the heap at the memory limit and timed the
	// collector more than the index (docs/BENCHMARKS.md, ninth round).
	runtime.GC()
	progress("dedup lookups among stored fingerprints")
	return res, benchDedup(ctx, o, log, &res, progress)
}

// benchFeeds runs measures 1-6 against a feed server of its own, which it
// stops, with the store it ingested into, before it returns.
func benchFeeds(ctx context.Context, o benchOptions, cfg *config.Config, log *slog.Logger, res *benchResult, progress func(string)) error {
	srv := loadgen.NewServer(loadgen.Options{Feeds: o.feeds, Items: o.items, Seed: 1})
	base, stop, err := serveLoopback(srv)
	if err != nil {
		return err
	}
	defer stop()

	progress(fmt.Sprintf("parse floor and pipeline cost on %d feeds in memory", o.sample))
	if err := benchInMemory(ctx, o, srv, cfg, log, res); err != nil {
		return err
	}
	progress(fmt.Sprintf("cold ingest of %d feeds × %d items over HTTP", o.feeds, o.items))
	w, err := newBenchWorld(ctx, o, base, cfg, log)
	if err != nil {
		return err
	}
	defer w.close()
	if err := w.coldIngest(ctx, res); err != nil {
		return err
	}
	progress("a poll cycle of conditional GETs answered 304")
	if err := w.poll304(ctx, srv, res); err != nil {
		return err
	}
	progress(fmt.Sprintf("alert latency: %d conflicting items published while polling every %s", o.alerts, o.interval))
	if err := w.latency(ctx, srv, res); err != nil {
		return err
	}
	res.PeakRSSMB = peakRSSMB()
	return writeHeapProfile(o.memProfile)
}

// serveLoopback serves h on 127.0.0.1 until stop is called.
func serveLoopback(h http.Handler) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("listen on loopback: %w", err)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		hs.Serve(ln)
	}()
	return "http://" + ln.Addr().String(), func() {
		hs.Close()
		<-done
	}, nil
}

// startCPUProfile profiles until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// startTrace writes an execution trace to path until stop is called.
func startTrace(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	if err := trace.Start(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("trace %s: %w", path, err)
	}
	return func() {
		trace.Stop()
		f.Close()
	}, nil
}

// writeHeapProfile writes what is live on the heap to path, if set.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	runtime.GC() // the profile shows what the last collection left
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	return f.Close()
}

func benchDB(o benchOptions, name string) string { return filepath.Join(o.dir, name+".db") }
