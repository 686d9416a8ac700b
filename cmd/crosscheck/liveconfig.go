package main

import (
	"context"
	"fmt"
	"log/slog"
	"reflect"
	"sync"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/store"
)

// liveConfig is the config the running bot uses. A hand edit (seen by the
// watcher) and a chat edit (through the feed editor) both arrive in Apply,
// which audits what changed and applies it at once. The chat edit comes
// first and the watcher then sees no difference, so a change is audited
// once, under the name of whoever made it.
type liveConfig struct {
	st    *store.Store
	log   *slog.Logger
	apply func(*config.Config)

	mu  sync.Mutex
	cfg *config.Config
}

func (l *liveConfig) Current() *config.Config {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cfg
}

// Apply makes cfg the running config.
func (l *liveConfig) Apply(ctx context.Context, cfg *config.Config, who, via string) {
	l.mu.Lock()
	old := l.cfg
	l.cfg = cfg
	l.mu.Unlock()
	changes := config.FeedChanges(old.Feeds, cfg.Feeds)
	if !sameSettings(old, cfg) {
		changes = append(changes, "changed settings")
	}
	if len(changes) == 0 {
		return
	}
	for _, what := range changes {
		l.log.Info("config changed", "who", who, "via", via, "change", what)
		if err := l.st.RecordChange(ctx, store.Change{At: time.Now(), Who: who, Via: via, What: what}); err != nil {
			l.log.Error("record config change", "err", err)
		}
	}
	if old.Database != cfg.Database || !reflect.DeepEqual(old.Telegram, cfg.Telegram) ||
		!reflect.DeepEqual(old.Discord, cfg.Discord) || old.Metrics != cfg.Metrics {
		l.log.Warn("database, telegram, discord and metrics settings take effect at the next start")
	}
	l.apply(cfg)
}

// sameSettings compares everything but the feed list.
func sameSettings(a, b *config.Config) bool {
	x, y := *a, *b
	x.Feeds, y.Feeds = nil, nil
	return reflect.DeepEqual(x, y)
}

// feedAdmin answers the admins' feed commands: the config editor for
// changes, the store for feed health and the audit history.
type feedAdmin struct {
	editor *config.FeedEditor
	live   *liveConfig
	st     *store.Store
}

var _ bot.FeedAdmin = (*feedAdmin)(nil)

func (a *feedAdmin) ListFeeds(ctx context.Context) ([]bot.FeedStatus, error) {
	states, err := a.st.FeedStates(ctx)
	if err != nil {
		return nil, err
	}
	byURL := make(map[string]feeds.State, len(states))
	for _, s := range states {
		byURL[s.URL] = s
	}
	var out []bot.FeedStatus
	for _, f := range a.live.Current().FeedList() {
		out = append(out, bot.FeedStatus{Feed: f, State: byURL[f.URL]})
	}
	return out, nil
}

func (a *feedAdmin) AddFeed(ctx context.Context, who, via, url, name string) (string, error) {
	return a.editor.Add(ctx, who, via, url, name)
}

func (a *feedAdmin) RemoveFeed(ctx context.Context, who, via, urlOrName string) (string, error) {
	return a.editor.Remove(ctx, who, via, urlOrName)
}

func (a *feedAdmin) SetPaused(ctx context.Context, who, via, urlOrName string, paused bool) (string, error) {
	return a.editor.SetPaused(ctx, who, via, urlOrName, paused)
}

func (a *feedAdmin) History(ctx context.Context, n int) ([]string, error) {
	changes, err := a.st.History(ctx, n)
	if err != nil {
		return nil, err
	}
	return historyLines(changes), nil
}

func historyLines(changes []store.Change) []string {
	lines := make([]string, 0, len(changes))
	for _, c := range changes {
		lines = append(lines, fmt.Sprintf("%s %s via %s: %s", c.At.UTC().Format("2006-01-02 15:04"), c.Who, c.Via, c.What))
	}
	return lines
}

// feedCheck vets a feed an admin wants to add: an allowed address that
// answers with a feed.
func feedCheck(f *feeds.Fetcher, allowPrivate bool) func(ctx context.Context, url string) (string, int, error) {
	return func(ctx context.Context, url string) (string, int, error) {
		if err := feeds.CheckURL(ctx, url, allowPrivate, nil); err != nil {
			return "", 0, err
		}
		title, n, err := f.Probe(ctx, url)
		if err != nil {
			return "", 0, fmt.Errorf("%s is not a feed I can read: %w", url, err)
		}
		return title, n, nil
	}
}

// tellAdmins sends a notice to every platform's admins.
func tellAdmins(ctx context.Context, log *slog.Logger, ps []platform, text string) {
	for _, p := range ps {
		if n, ok := p.(bot.AdminNotifier); ok {
			if err := n.NotifyAdmins(ctx, text); err != nil {
				log.Error("notify admins", "platform", p.Platform(), "err", err)
			}
		}
	}
}
