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
	platforms, err := d.platforms(ctx, st)
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
	mets, err := startMetrics(ctx, cfg, st, log)
	if err != nil {
		return err
	}
	disp := bot.NewDispatcher(st, log, bot.DispatcherOptions{MaxAge: cfg.Alerts.MaxOutboxAge.D(), OnDelivery: mets.Delivery}, notifiers...)
	out := printer{w: d.stdout}
	var printMu sync.Mutex
	fetcher := d.fetcher
	if fetcher == nil {
		fetcher = newFetcher(cfg)
	}
	var editor *config.FeedEditor
	var onGone func(feeds.Feed, error)
	poller := pipeline.NewPoller(fetcher, st, pipe, pipeline.PollerOptions{
		Interval: cfg.Poll.Interval.D(),
		Workers:  cfg.Poll.Workers,
		Log:      log,
		OnPoll: func(f feeds.Feed, s feeds.State, err error) {
			mets.Polled(f, s, err)
			if err != nil {
				onGone(f, err)
			}
		},
		OnOutcome: func(f feeds.Feed, o pipeline.Outcome) {
			mets.Outcome(f, o)
			if d.printArticles && o.Record.Status == pipeline.StatusNew {
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
	live := &liveConfig{st: st, log: log, cfg: cfg, apply: func(c *config.Config) {
		poller.SetFeeds(c.FeedList())
		if next, err := newPipelineOptions(c, log, true); err == nil {
			pipe.Reconfigure(next)
		}
	}}
	var admin bot.FeedAdmin
	var ts tasks
	if d.cfgPath != "" {
		editor = &config.FeedEditor{
			Path:    d.cfgPath,
			Check:   feedCheck(newFetcher(cfg), cfg.Network.AllowPrivate),
			Applied: live.Apply,
		}
		admin = &feedAdmin{live: live, st: st, editor: editor}
		w, err := config.NewWatcher(d.cfgPath, log)
		if err != nil {
			return err
		}
		ts.Go(func() { d.watchConfig(ctx, w, live, platforms) })
	}
	var gone goneSet
	onGone = func(f feeds.Feed, err error) {
		d.feedGone(ctx, f, err, editor, platforms, func(url string) {
			poller.SetFeeds(gone.pause(live.Current().FeedList(), url))
		})
	}
	handlers := bot.NewHandlers(st, admin, log)

	// Fixed targets are subscribed before the first poll: an alert raised
	// before its target subscribed would never be owed to it.
	if err := disp.Subscribe(ctx); err != nil {
		return fmt.Errorf("subscribe fixed targets: %w", err)
	}
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

// platform is a chat platform the bot talks on.
type platform interface {
	bot.Notifier
	Run(ctx context.Context, h bot.Handler) error
}

// platforms builds the chat platforms whose tokens are in the environment.
func (d *daemon) platforms(ctx context.Context, kv bot.KV) ([]platform, error) {
	var ps []platform
	if token := d.getenv("TELEGRAM_BOT_TOKEN"); token != "" {
		tc := d.cfg.Telegram
		tg, err := bot.NewTelegram(ctx, bot.TelegramOptions{
			Token:        token,
			Channel:      tc.Channel,
			Admins:       tc.Admins,
			APIEndpoint:  tc.APIEndpoint,
			LinkPreviews: tc.LinkPreviews,
			KV:           kv,
			Log:          d.log,
		})
		if err != nil {
			return nil, fmt.Errorf("telegram: %w", err)
		}
		ps = append(ps, tg)
	}
	if token := d.getenv("DISCORD_BOT_TOKEN"); token != "" {
		dc, err := bot.NewDiscord(bot.DiscordOptions{
			Token:        token,
			Guilds:       d.cfg.Discord.Guilds,
			APIBase:      d.cfg.Discord.APIBase,
			AdminChannel: d.cfg.Discord.AdminChannel,
			Log:          d.log.With("platform", "discord"),
		})
		if err != nil {
			return nil, fmt.Errorf("discord: %w", err)
		}
		ps = append(ps, dc)
	}
	return ps, nil
}
