package main

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// daemon is the long-running bot, as `run` and `demo` start it.
type daemon struct {
	cfg     *config.Config
	cfgPath string // "": no hot reload and no feed editing
	dbPath  string
	stdout  io.Writer
	log     *slog.Logger
	getenv  func(string) string
	// printArticles echoes every kept article and its figures (the demo).
	printArticles bool
	// fetcher replaces the configured one (the demo's and tests' loopback feeds).
	fetcher pipeline.Fetcher
}

// tasks runs functions in goroutines and waits for all of them.
type tasks struct{ wg sync.WaitGroup }

func (t *tasks) Go(f func()) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		f()
	}()
}

func (t *tasks) Wait() { t.wg.Wait() }

func (d *daemon) run(ctx context.Context) error {
	cfg, log := d.cfg, d.log
	st, err := openStore(ctx, d.dbPath, log)
	if err != nil {
		return err
	}
	defer closeStore(st, log)
	pipe, err := newPipeline(cfg, st, log, true)
	if err != nil {
		return err
	}
	platforms, err := d.platforms(ctx)
	if err != nil {
		return err
	}
	notifiers := make([]bot.Notifier, 0, len(platforms))
	for _, p := range platforms {
		notifiers = append(notifiers, p)
	}
	if len(notifiers) == 0 {
		log.Info("no bot tokens in the environment: alerts go to the console")
		notifiers = append(notifiers, bot.NewConsole(d.stdout))
	}
	disp := bot.NewDispatcher(st, log, bot.DispatcherOptions{MaxAge: cfg.Alerts.MaxOutboxAge.D()}, notifiers...)
	out := printer{w: d.stdout}
	var printMu sync.Mutex
	fetcher := d.fetcher
	if fetcher == nil {
		fetcher = newFetcher(cfg)
	}
	poller := pipeline.NewPoller(fetcher, st, pipe, pipeline.PollerOptions{
		Interval: cfg.Poll.Interval.D(),
		Workers:  cfg.Poll.Workers,
		Log:      log,
		OnOutcome: func(f feeds.Feed, o pipeline.Outcome) {
			if d.printArticles && o.Record.Status == pipeline.New {
				printMu.Lock()
				// Alerts are printed by the console notifier, once.
				o.Alerts = nil
				if err := out.outcome(o); err != nil {
					log.Error("print article", "err", err)
				}
				printMu.Unlock()
			}
			if len(o.Alerts) > 0 {
				disp.Wake()
			}
		},
	})
	poller.SetFeeds(cfg.FeedList())
	handlers := bot.NewHandlers(st, nil, log)

	var ts tasks
	ts.Go(func() {
		if err := poller.Run(ctx); err != nil {
			log.Error("poller stopped", "err", err)
		}
	})
	ts.Go(func() { disp.Run(ctx) })
	for _, p := range platforms {
		ts.Go(func() {
			if err := p.Run(ctx, handlers); err != nil && ctx.Err() == nil {
				log.Error("platform stopped", "platform", p.Platform(), "err", err)
			}
		})
	}
	log.Info("crosscheck running", "feeds", len(cfg.Feeds), "database", d.dbPath)
	<-ctx.Done()
	log.Info("shutting down: finishing the item in hand and delivering what is pending", "grace", cfg.Alerts.Grace.D())
	ts.Wait()
	grace, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.Alerts.Grace.D())
	defer cancel()
	disp.Flush(grace)
	log.Info("stopped")
	return nil
}

// platform is a chat platform the bot talks on.
type platform interface {
	bot.Notifier
	Run(ctx context.Context, h bot.Handler) error
}

// platforms starts the chat platforms whose tokens are in the environment.
func (d *daemon) platforms(ctx context.Context) ([]platform, error) {
	return nil, nil
}

var _ = time.Second
