package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// TelegramOptions configures the Telegram adapter.
type TelegramOptions struct {
	Token        string  // from TELEGRAM_BOT_TOKEN; never logged
	Channel      string  // "@name" or a numeric chat id alerts are posted to; "" for none
	Admins       []int64 // user ids allowed to run admin commands and told about problems
	APIEndpoint  string  // "https://api.telegram.org/bot%s/%s" when empty
	LinkPreviews bool    // show link previews under alerts
	KV           KV      // keeps the update offset and followed chat migrations
	Log          *slog.Logger
	Client       *http.Client // its Timeout must exceed PollTimeout
	PollTimeout  time.Duration
}

const (
	telegramPlatform = "telegram"
	// telegramMaxWait is the longest 429 retry_after the adapter waits out
	// itself; longer waits go back to the dispatcher as a RetryAfterError
	// so one flooded chat cannot hold a delivery worker for minutes.
	telegramMaxWait = time.Minute
	// telegramAttempts bounds how often one message is retried after 429s.
	telegramAttempts       = 3
	telegramDefaultPoll    = 30 * time.Second
	telegramOffsetKey      = "telegram.offset"
	telegramMigratedPrefix = "telegram.migrated."
)

// Telegram posts alerts to a Telegram channel and chats and answers
// commands sent to the bot.
type Telegram struct {
	api     *tgbotapi.BotAPI
	client  *http.Client
	token   string
	opts    TelegramOptions
	log     *slog.Logger
	limit   *telegramLimiter
	admins  map[int64]bool
	backoff telegramBackoff
}

var (
	_ Notifier      = (*Telegram)(nil)
	_ AdminNotifier = (*Telegram)(nil)
)

// NewTelegram checks the token with getMe and returns a ready adapter.
// The library's Debug mode stays off, so it never logs on its own and
// its global logger is left alone.
func NewTelegram(ctx context.Context, o TelegramOptions) (*Telegram, error) {
	if o.Token == "" {
		return nil, errors.New("telegram: no bot token (set TELEGRAM_BOT_TOKEN)")
	}
	if o.APIEndpoint == "" {
		o.APIEndpoint = tgbotapi.APIEndpoint
	}
	if o.PollTimeout <= 0 {
		o.PollTimeout = telegramDefaultPoll
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.PollTimeout + 15*time.Second}
	}
	if o.Client.Timeout != 0 && o.Client.Timeout <= o.PollTimeout {
		// Every long poll would time out on our side and look like an outage.
		return nil, fmt.Errorf("telegram: http client timeout %s must exceed poll timeout %s", o.Client.Timeout, o.PollTimeout)
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	t := &Telegram{
		client:  o.Client,
		token:   o.Token,
		opts:    o,
		log:     o.Log.With("platform", telegramPlatform),
		limit:   newTelegramLimiter(time.Now),
		admins:  make(map[int64]bool, len(o.Admins)),
		backoff: telegramBackoff{min: time.Second, max: time.Minute},
	}
	for _, id := range o.Admins {
		t.admins[id] = true
	}
	api, err := tgbotapi.NewBotAPIWithClient(o.Token, o.APIEndpoint, telegramCtxDoer{ctx: ctx, client: o.Client})
	if err != nil {
		return nil, fmt.Errorf("telegram getMe: %w", t.redact(err))
	}
	t.api = api
	return t, nil
}

// Platform is "telegram".
func (t *Telegram) Platform() string { return telegramPlatform }

// Targets is the configured channel, if any.
func (t *Telegram) Targets() []Target {
	if t.opts.Channel == "" {
		return nil
	}
	return []Target{{Platform: telegramPlatform, ChatID: t.opts.Channel}}
}

// BotName is the bot's @username without the @, as getMe reported it.
func (t *Telegram) BotName() string { return t.api.Self.UserName }

// Send posts one alert to a chat or channel.
func (t *Telegram) Send(ctx context.Context, target Target, a claims.Alert) error {
	if target.Platform != telegramPlatform {
		return fmt.Errorf("telegram send to %s: not a telegram target", target)
	}
	text := telegramAlertHTML(a)
	return t.sendHTML(ctx, target.ChatID, text, t.opts.LinkPreviews, 0)
}

// NotifyAdmins sends a plain-text notice to every admin's private chat.
// It tries every admin and reports all failures together.
func (t *Telegram) NotifyAdmins(ctx context.Context, text string) error {
	var errs []error
	for _, id := range t.opts.Admins {
		chat := strconv.FormatInt(id, 10)
		for _, part := range telegramSplit(telegramEscapeLines(text)) {
			if err := t.sendHTML(ctx, chat, part, false, 0); err != nil {
				errs = append(errs, err)
				break
			}
		}
	}
	return errors.Join(errs...)
}

// sendHTML sends one message of at most telegramMaxLen, waiting for the
// rate limits and for short 429s, following a group that became a
// supergroup, and classifying what cannot be retried.
func (t *Telegram) sendHTML(ctx context.Context, chat, html string, previews bool, replyTo int) error {
	chat = t.followMigration(ctx, chat)
	for attempt := 1; ; attempt++ {
		if err := t.limit.wait(ctx, chat, telegramIsGroup(chat)); err != nil {
			return fmt.Errorf("telegram send to %s: %w", chat, err)
		}
		err := t.sendOnce(ctx, chat, html, previews, replyTo)
		if err == nil {
			return nil
		}
		var apiErr *tgbotapi.Error
		if !errors.As(err, &apiErr) {
			return fmt.Errorf("telegram send to %s: %w", chat, t.redact(err))
		}
		if to := apiErr.MigrateToChatID; to != 0 && attempt < telegramAttempts {
			chat = t.rememberMigration(ctx, chat, to)
			continue
		}
		wait := time.Duration(apiErr.RetryAfter) * time.Second
		if apiErr.Code != http.StatusTooManyRequests && wait == 0 {
			return telegramClassify(chat, apiErr)
		}
		if wait == 0 {
			wait = time.Second // a 429 without retry_after: never retry at once
		}
		if wait > telegramMaxWait || attempt >= telegramAttempts {
			return &RetryAfterError{After: wait}
		}
		t.log.Warn("telegram rate limited", "chat_id", chat, "retry_after", wait)
		if err := telegramSleep(ctx, wait); err != nil {
			return fmt.Errorf("telegram send to %s: %w", chat, err)
		}
	}
}

func (t *Telegram) sendOnce(ctx context.Context, chat, html string, previews bool, replyTo int) error {
	msg := tgbotapi.MessageConfig{
		Text:                  html,
		ParseMode:             tgbotapi.ModeHTML,
		DisableWebPagePreview: !previews,
	}
	if id, err := strconv.ParseInt(chat, 10, 64); err == nil {
		msg.ChatID = id
	} else {
		msg.ChannelUsername = chat
	}
	if replyTo != 0 {
		msg.ReplyToMessageID = replyTo
		msg.AllowSendingWithoutReply = true
	}
	_, err := t.withContext(ctx).Send(msg)
	return err
}

// telegramClassify turns the API's refusals that will never change into
// ErrGone, so the dispatcher unsubscribes the chat instead of retrying.
func telegramClassify(chat string, e *tgbotapi.Error) error {
	msg := strings.ToLower(e.Message)
	gone := (e.Code == http.StatusForbidden) ||
		(e.Code == http.StatusBadRequest && (strings.Contains(msg, "chat not found") ||
			strings.Contains(msg, "chat_id is empty") ||
			strings.Contains(msg, "need administrator rights") ||
			strings.Contains(msg, "not enough rights")))
	if gone {
		return fmt.Errorf("telegram send to %s: %d %s: %w", chat, e.Code, e.Message, ErrGone)
	}
	return fmt.Errorf("telegram send to %s: %d %s", chat, e.Code, e.Message)
}

// telegramIsGroup tells groups and channels (negative ids, @names) from
// private chats, which have the looser per-minute limit.
func telegramIsGroup(chat string) bool {
	return strings.HasPrefix(chat, "@") || strings.HasPrefix(chat, "-")
}

// followMigration sends to the supergroup a group became, once a send
// has learned of it, so subscriptions keep working without the members
// subscribing again.
func (t *Telegram) followMigration(ctx context.Context, chat string) string {
	if t.opts.KV == nil {
		return chat
	}
	to, ok, err := t.opts.KV.GetValue(ctx, telegramMigratedPrefix+chat)
	if err != nil {
		t.log.Warn("telegram read chat migration", "chat_id", chat, "err", err)
		return chat
	}
	if ok && to != "" {
		return to
	}
	return chat
}

func (t *Telegram) rememberMigration(ctx context.Context, from string, to int64) string {
	next := strconv.FormatInt(to, 10)
	t.log.Info("telegram chat migrated to a supergroup", "chat_id", from, "new_chat_id", next)
	if t.opts.KV != nil {
		if err := t.opts.KV.SetValue(ctx, telegramMigratedPrefix+from, next); err != nil {
			t.log.Warn("telegram store chat migration", "chat_id", from, "err", err)
		}
	}
	return next
}

// withContext gives a copy of the library client whose requests carry
// ctx: the library builds requests without one, so without this a
// cancelled context could not end a 30-second long poll.
func (t *Telegram) withContext(ctx context.Context) *tgbotapi.BotAPI {
	api := *t.api
	api.Client = telegramCtxDoer{ctx: ctx, client: t.client}
	return &api
}

type telegramCtxDoer struct {
	ctx    context.Context
	client *http.Client
}

func (d telegramCtxDoer) Do(r *http.Request) (*http.Response, error) {
	return d.client.Do(r.WithContext(d.ctx))
}

// telegramSleep waits d or until ctx is done.
func telegramSleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}
