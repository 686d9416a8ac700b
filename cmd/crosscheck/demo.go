package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-bot/crosscheck/config"
)

// The development corpus feeds, served on 127.0.0.1 so the demo polls
// them like any other feed, with no network.
//
//go:embed demofeeds
var demoFeeds embed.FS

func runDemo(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("demo", stderr)
	db := fl.String("db", "", "SQLite `file` to keep (default: a temporary file, removed at exit)")
	interval := fl.Duration("interval", 15*time.Second, "how often the demo feeds are polled")
	verbose := fl.Bool("v", false, "log every poll")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	srv, err := serveDemoFeeds()
	if err != nil {
		return err
	}
	defer srv.Close()

	cfg, err := loadConfig("")
	if err != nil {
		return err
	}
	cfg.Network.AllowPrivate = true // the demo feeds are on loopback
	cfg.Alerts.MaxItemAge = 0       // the corpus is from 2024-2025: announce it all
	cfg.Alerts.Grace = config.Duration(2 * time.Second)
	cfg.Poll.Interval = config.Duration(*interval)
	cfg.Feeds = srv.feeds
	// One feed at a time, in the order below, so the originals arrive
	// before the aggregator that copies them, as a reader saw them.
	cfg.Poll.Workers = 1
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	dbPath := *db
	if dbPath == "" {
		dir, err := os.MkdirTemp("", "crosscheck-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbPath = filepath.Join(dir, "demo.db")
	}
	fmt.Fprintf(stdout, "crosscheck demo: polling %d example feeds on %s every %s (Ctrl-C stops)\n\n", len(cfg.Feeds), srv.base, *interval)
	d := &daemon{cfg: cfg, dbPath: dbPath, stdout: stdout, log: log, getenv: func(string) string { return "" }, printArticles: true}
	return d.run(ctx)
}

// demoServer serves the embedded feeds with ETag and Last-Modified, so
// the second poll of each gets a 304.
type demoServer struct {
	srv   *http.Server
	base  string
	feeds []config.Feed
}

func serveDemoFeeds() (*demoServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo feed server: %w", err)
	}
	d := &demoServer{base: "http://" + ln.Addr().String()}
	mux := http.NewServeMux()
	start := time.Now()
	names, err := fs.Glob(demoFeeds, "demofeeds/*")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(names, func(i, j int) bool {
		return !strings.Contains(names[i], "aggregator") && strings.Contains(names[j], "aggregator")
	})
	for _, p := range names {
		body, err := demoFeeds.ReadFile(p)
		if err != nil {
			ln.Close()
			return nil, fmt.Errorf("demo feeds: %w", err)
		}
		name := path.Base(p)
		etag := fmt.Sprintf(`"%x"`, sha256.Sum256(body))
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", contentType(name))
			http.ServeContent(w, r, name, start, bytes.NewReader(body))
		})
		d.feeds = append(d.feeds, config.Feed{URL: d.base + "/" + name, Name: strings.TrimSuffix(name, path.Ext(name))})
	}
	d.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := d.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, "demo feed server:", err)
		}
	}()
	return d, nil
}

func (d *demoServer) Close() error { return d.srv.Close() }

func contentType(name string) string {
	switch path.Ext(name) {
	case ".atom":
		return "application/atom+xml"
	case ".json":
		return "application/feed+json"
	}
	return "application/rss+xml"
}
