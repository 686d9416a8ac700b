package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
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
	printMu       sync.Mutex
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
	st, err := openStore(ctx, d.dbPath, d.log)
	if err != nil {
		return err
	}
	defer closeStore(st, d.log)
	b, err := d.assemble(ctx, st)
	if err != nil {
		return err
	}
	// Fixed targets are subscribed before the first poll: an alert raised
	// before its target subscribed would never be owed to it.
	if err := b.disp.Subscribe(ctx); err != nil {
		return fmt.Errorf("subscribe fixed targets: %w", err)
	}
	var ts tasks
	if d.cfgPath != "" {
		// Registered before "running" is reported, so no edit is missed.
		w, err := config.NewWatcher(d.cfgPath, d.log)
		if err != nil {
			return err
		}
		ts.Go(func() { d.watchConfig(ctx, w, b.live, b.platforms) })
	}
	ts.Go(func() { b.poller.Run(ctx) })
	ts.Go(func() { b.disp.Run(ctx) })
	for _, p := range b.platforms {
		ts.Go(func() {
			if err := p.Run(ctx, b.handlers); err != nil && ctx.Err() == nil {
				d.log.Error("platform stopped", "platform", p.Platform(), "err", err)
			}
		})
	}
	d.log.Info("crosscheck running", "feeds", len(d.cfg.Feeds), "database", d.dbPath)
	<-ctx.Done()

	grace := d.cfg.Alerts.Grace.D()
	d.log.Info("shutting down: finishing the item in hand and delivering what is pending", "grace", grace)
	ts.Wait()
	flush, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	b.disp.Flush(flush)
	d.log.Info("stopped")
	return nil
}

// parts are the running bot's pieces, wired together.
type parts struct {
	pipe      *pipeline.Pipeline
	poller    *pipeline.Poller
	disp      *bot.Dispatcher
	handlers  *bot.Handlers
	platforms []platform
	live      *liveConfig
}

// assemble builds the pipeline, the poll loop, the platforms, the
// dispatcher and the command handlers, and wires their hooks.
func (d *daemon) assemble(ctx context.Context, st *store.Store) (*parts, error) {
	cfg, log := d.cfg, d.log
	pipe, err := newPipeline(cfg, st, log, true)
	if err != nil {
		return nil, err
	}
	b := &parts{pipe: pipe}
	if b.platforms, err = d.platforms(ctx, st); err != nil {
		return nil, err
	}
	notifiers := make([]bot.Notifier, 0, len(b.platforms)+1)
	for _, p := range b.platforms {
		notifiers = append(notifiers, p)
	}
	if len(notifiers) == 0 {
		log.Info("no bot tokens in the environment: alerts go to the console")
		notifiers = append(notifiers, bot.NewConsole(d.stdout))
	}
	mets, err := startMetrics(ctx, cfg, st, log)
	if err != nil {
		return nil, err
	}
	b.disp = bot.NewDispatcher(st, log, bot.DispatcherOptions{MaxAge: cfg.Alerts.MaxOutboxAge.D(), OnDelivery: mets.Delivery}, notifiers...)

	var editor *config.FeedEditor
	var gone goneSet
	b.poller = pipeline.NewPoller(newFetcher(cfg), st, pipe, pipeline.PollerOptions{
		Interval: cfg.Poll.Interval.D(),
		Workers:  cfg.Poll.Workers,
		Log:      log,
		OnPoll: func(f feeds.Feed, s feeds.State, err error) {
			mets.Polled(f, s, err)
			if err != nil {
				d.feedGone(ctx, f, err, editor, b.platforms, func(url string) {
					b.poller.SetFeeds(gone.pause(b.live.Current().FeedList(), url))
				})
			}
		},
		OnOutcome: func(f feeds.Feed, o pipeline.Outcome) {
			mets.Outcome(f, o)
			d.echo(o)
			if len(o.Alerts) > 0 {
				b.disp.Wake()
			}
		},
	})
	b.poller.SetFeeds(cfg.FeedList())
	b.live = &liveConfig{st: st, log: log, cfg: cfg, apply: func(c *config.Config) {
		b.poller.SetFeeds(c.FeedList())
		if next, err := newPipelineOptions(c, log, true); err == nil {
			pipe.Reconfigure(next)
		}
	}}
	var admin bot.FeedAdmin
	if d.cfgPath != "" {
		editor = &config.FeedEditor{
			Path:    d.cfgPath,
			Check:   feedCheck(newFetcher(cfg), cfg.Network.AllowPrivate),
			Applied: b.live.Apply,
		}
		admin = &feedAdmin{live: b.live, st: st, editor: editor}
	}
	b.handlers = bot.NewHandlers(st, admin, log)
	return b, nil
}

// echo prints a kept article and its figures, for the demo. Its alerts
// are printed by the console notifier, once.
func (d *daemon) echo(o pipeline.Outcome) {
	if !d.printArticles || o.Record.Status != pipeline.StatusNew {
		return
	}
	o.Alerts = nil
	d.printMu.Lock()
	defer d.printMu.Unlock()
	if err := (printer{w: d.stdout}).outcome(o); err != nil {
		d.log.Error("print article", "err", err)
	}
}

// watchConfig applies hand edits of the config file as they are saved. A
// broken edit is refused, reported once, and the bot runs on.
func (d *daemon) watchConfig(ctx context.Context, w *config.Watcher, live *liveConfig, ps []platform) {
	err := w.Run(ctx,
		func(cfg *config.Config) { live.Apply(ctx, cfg, "file", "file") },
		func(err error) {
			d.log.Error("config edit refused: still running on the last good config", "config", d.cfgPath, "err", err)
			tellAdmins(ctx, d.log, ps, fmt.Sprintf("The edit to %s was not applied; the bot keeps running on the last good config.\n%v", d.cfgPath, err))
		})
	if err != nil {
		d.log.Error("config watch stopped: edits need a restart", "config", d.cfgPath, "err", err)
	}
}
