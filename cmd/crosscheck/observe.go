package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/metrics"
	"github.com/crosscheck-bot/crosscheck/store"
)

// startMetrics counts what the bot does and, when metrics.listen is set,
// serves /metrics and /healthz there until ctx ends. The counters exist
// either way, so the hooks need no nil checks.
func startMetrics(ctx context.Context, cfg *config.Config, st *store.Store, log *slog.Logger) (*metrics.Metrics, error) {
	reg := prometheus.NewRegistry()
	m, err := metrics.New(reg, metrics.Options{OutboxDepth: st.OutboxDepth, Log: log})
	if err != nil {
		return nil, err
	}
	if cfg.Metrics.Listen == "" {
		return m, nil
	}
	health := func(ctx context.Context) error {
		// The database answering is what "healthy" means for this bot.
		_, err := st.OutboxDepth(ctx)
		return err
	}
	if _, err := metrics.Serve(ctx, cfg.Metrics.Listen, metrics.Handler(reg, health), log); err != nil {
		return nil, err
	}
	return m, nil
}

// feedGone is the daemon's answer to a 410: the site says the feed is gone
// for good, so polling it again is pointless. With a config file the feed
// is paused there (the edit is audited and applied at once through the
// editor); without one, pause drops it from this run's poll list. Admins
// are told either way.
func (d *daemon) feedGone(ctx context.Context, f feeds.Feed, err error, ed *config.FeedEditor, ps []platform, pause func(url string)) {
	var he *feeds.HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusGone {
		return
	}
	log := d.log.With("feed_url", f.URL, "feed", f.Name)
	how := "paused for this run"
	if ed != nil {
		if _, perr := ed.SetPaused(ctx, "crosscheck", "410", f.URL, true); perr != nil {
			log.Error("pause gone feed in config", "config", d.cfgPath, "err", perr)
			pause(f.URL)
		} else {
			how = "paused in " + d.cfgPath
		}
	} else {
		pause(f.URL)
	}
	log.Warn("feed gone (410): paused", "how", how)
	tellAdmins(ctx, d.log, ps, fmt.Sprintf("Feed %s answered 410 Gone and was %s. Use /resume once it is back.", f.URL, how))
}

// goneSet remembers the feeds paused for this run after a 410, so that
// pausing a second one does not resume the first.
type goneSet struct {
	mu   sync.Mutex
	urls map[string]bool
}

// pause adds url and returns fs with every gone feed paused.
func (g *goneSet) pause(fs []feeds.Feed, url string) []feeds.Feed {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.urls == nil {
		g.urls = map[string]bool{}
	}
	g.urls[url] = true
	out := make([]feeds.Feed, len(fs))
	for i, f := range fs {
		f.Paused = f.Paused || g.urls[f.URL]
		out[i] = f
	}
	return out
}
