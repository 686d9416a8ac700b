package bot

import (
	"context"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Command is a chat command as any platform delivers it.
type Command struct {
	Name     string   // without the slash or @botname: "latest", "feed"
	Args     []string // words after the name; for Discord, options in order
	Target   Target   // where it was sent from; replies and subscriptions go here
	UserID   string
	UserName string
	Admin    bool // the platform says this user may run admin commands
}

// Reply is a platform-neutral answer. Platforms render it: HTML for
// Telegram, an embed for Discord. Strings in it are plain text; renderers
// escape them.
type Reply struct {
	Title     string
	Lines     []string
	Alerts    []claims.Alert // rendered like alerts, one block each
	Ephemeral bool           // Discord: only the caller sees it (errors, refusals)
}

// Article is a stored article as commands show it.
type Article struct {
	URL       string
	Title     string
	Source    string
	Published time.Time
	Claims    []claims.Claim
}

// FeedStatus is a feed with its polling health, for /status and /feeds.
type FeedStatus struct {
	Feed  feeds.Feed
	State feeds.State
}

// Queries is what the commands and the dispatcher need from storage; the
// store satisfies it.
type Queries interface {
	LatestArticles(ctx context.Context, n int) ([]Article, error)
	// LatestFigures gives the newest claim per source and metric; metric ""
	// means all metrics.
	LatestFigures(ctx context.Context, metric claims.Metric) ([]claims.Claim, error)
	RecentAlerts(ctx context.Context, kind claims.AlertKind, n int) ([]claims.Alert, error)

	Subscribe(ctx context.Context, t Target) error
	Unsubscribe(ctx context.Context, t Target) error
	Subscribers(ctx context.Context, platform string) ([]Target, error)

	// Subscribe is idempotent and keeps the first subscription time; the
	// dispatcher subscribes the fixed targets at start.
	// PendingAlerts lists, oldest first, alerts raised since the target
	// subscribed and not yet delivered to it.
	PendingAlerts(ctx context.Context, t Target, limit int) ([]claims.Alert, error)
	MarkDelivered(ctx context.Context, alertID int64, t Target) error
	OutboxDepth(ctx context.Context) (int, error)
	// DropAlertsOlderThan gives up on undelivered alerts raised before t,
	// so an outage cannot grow the outbox without bound.
	DropAlertsOlderThan(ctx context.Context, t time.Time) (int, error)
}

// Handler answers commands; one Handler serves every platform.
type Handler interface {
	Handle(ctx context.Context, c Command) Reply
}

// HandlerFunc lets a function be a Handler.
type HandlerFunc func(ctx context.Context, c Command) Reply

func (f HandlerFunc) Handle(ctx context.Context, c Command) Reply { return f(ctx, c) }

// KV keeps small values across restarts (the Telegram update offset); the
// store satisfies it.
type KV interface {
	GetValue(ctx context.Context, key string) (string, bool, error)
	SetValue(ctx context.Context, key, value string) error
}
