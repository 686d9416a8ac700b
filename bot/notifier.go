// Package bot delivers alerts to chat platforms and answers the commands
// people send there. One set of handlers serves Telegram and Discord alike;
// each platform is a thin Notifier plus the code that turns its updates into
// Commands and Replies into its own message format.
package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Target is one place alerts go: a Telegram chat or channel, a Discord
// channel, the console.
type Target struct {
	Platform string // "telegram", "discord", "console"
	ChatID   string // the platform's id for the chat or channel ("@name" or a number for Telegram)
	GuildID  string // Discord server, when there is one
}

// String is the delivery-log key for the target.
func (t Target) String() string { return t.Platform + ":" + t.ChatID }

// Notifier delivers alerts to one platform.
type Notifier interface {
	// Platform names the platform, as in Target.Platform.
	Platform() string
	// Targets are the fixed destinations from the config (a Telegram
	// channel, the console); subscriptions are added to them.
	Targets() []Target
	// Send delivers one alert. It returns a *RetryAfterError when the
	// platform asks to wait, and an error wrapping ErrGone when the target
	// no longer exists or no longer accepts the bot.
	Send(ctx context.Context, t Target, a claims.Alert) error
}

// ErrGone marks a target that will never accept messages again (blocked,
// deleted, access lost): it is unsubscribed instead of retried.
var ErrGone = errors.New("target gone")

// RetryAfterError is a platform's request to wait before sending again.
type RetryAfterError struct {
	After time.Duration
}

func (e *RetryAfterError) Error() string { return fmt.Sprintf("rate limited: retry after %s", e.After) }

// AdminNotifier tells a platform's admins something that needs them: a
// broken config edit, a feed that is gone. Platforms that can, implement it.
type AdminNotifier interface {
	NotifyAdmins(ctx context.Context, text string) error
}

// GoneReporter is told when a target was unsubscribed because it is gone,
// so the platform can tell that server's admins once.
type GoneReporter interface {
	TargetGone(ctx context.Context, t Target)
}
