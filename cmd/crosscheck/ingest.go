package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// runIngest runs feed files or URLs once through the pipeline, oldest item
// first across all of them, and notifies no one.
func runIngest(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", stderr)
	db := fs.String("db", "", "SQLite database `file` (required)")
	asJSON := fs.Bool("json", false, "print JSON lines (the format score.py reads)")
	cfgPath := fs.String("config", "", "config `file` for topic rules, lexicon and fetch limits (optional)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck ingest --db FILE [--json] [--config FILE] PATH_OR_URL...")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() == 0 {
		fs.Usage()
		return usageError{"ingest needs --db and at least one feed file or URL"}
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	log := cfg.Logger(stderr)
	var items []feeds.Item
	fetcher := newFetcher(cfg)
	for _, src := range fs.Args() {
		got, err := readFeed(ctx, fetcher, src)
		if err != nil {
			// One bad source does not stop the others.
			log.Error("read feed", "feed_url", src, "err", err)
			continue
		}
		items = append(items, got...)
	}
	st, err := openStore(ctx, *db, log)
	if err != nil {
		return err
	}
	defer closeStore(st, log)
	pipe, err := newPipeline(cfg, st, log, false)
	if err != nil {
		return err
	}
	pipeline.SortByPublished(items)
	out := printer{w: stdout, json: *asJSON}
	var sum summary
	for _, it := range items {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		o, err := pipe.Process(ctx, it)
		if err != nil {
			return err
		}
		sum.add(o)
		if o.Seen {
			continue
		}
		if err := out.outcome(o); err != nil {
			return err
		}
	}
	if !*asJSON {
		fmt.Fprintln(stdout, sum)
	}
	return nil
}

// readFeed parses a feed file, or fetches a feed URL.
func readFeed(ctx context.Context, f *feeds.Fetcher, src string) ([]feeds.Item, error) {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		res, err := f.Fetch(ctx, feeds.Feed{URL: src}, feeds.State{URL: src})
		if err != nil {
			return nil, err
		}
		return res.Items, nil
	}
	abs, err := filepath.Abs(src)
	if err != nil {
		return nil, err
	}
	body, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	feedURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	_, items, err := feeds.Parse(body, feeds.Feed{URL: feedURL, Name: name})
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", src, err)
	}
	return items, nil
}

// summary counts what an ingest did.
type summary struct {
	items, seen, kept, duplicates, offTopic, claims, alerts int
}

func (s *summary) add(o pipeline.Outcome) {
	s.items++
	switch {
	case o.Seen:
		s.seen++
	case o.Record.Status == pipeline.StatusDuplicate:
		s.duplicates++
	case o.Record.Status == pipeline.StatusOffTopic:
		s.offTopic++
	default:
		s.kept++
	}
	s.claims += len(o.Record.Claims)
	s.alerts += len(o.Alerts)
}

func (s summary) String() string {
	return fmt.Sprintf("\n%d items: %d kept, %d duplicates, %d off topic, %d seen before; %d figures, %d alerts",
		s.items, s.kept, s.duplicates, s.offTopic, s.seen, s.claims, s.alerts)
}
