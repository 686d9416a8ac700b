package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/crosscheck-bot/crosscheck/claims"
)

const (
	discordHTTPTimeout = 20 * time.Second
	// discordMaxWait is how long Send waits on a 429 itself before handing
	// the wait back to the dispatcher as a *RetryAfterError.
	discordMaxWait = 5 * time.Second
)

// DiscordOptions configure the Discord adapter. Token comes from the
// environment (DISCORD_BOT_TOKEN) and never appears in a log or an error.
type DiscordOptions struct {
	Token        string
	Guilds       []string // register commands in these servers (instant) instead of globally
	APIBase      string   // "" is discord.com; tests point it at a fake on 127.0.0.1
	AdminChannel string   // channel id for admin notices; "" is none
	Log          *slog.Logger
	Client       *http.Client
}

// Discord delivers alerts as embeds to subscribed channels and answers
// slash commands.
type Discord struct {
	s            *discordgo.Session
	guilds       []string
	adminChannel string
	log          *slog.Logger

	mu       sync.Mutex
	appID    string          // from READY
	goneSeen map[string]bool // targets whose server was already told
}

var (
	_ Notifier      = (*Discord)(nil)
	_ AdminNotifier = (*Discord)(nil)
	_ GoneReporter  = (*Discord)(nil)
)

// NewDiscord prepares a session; Run connects it.
func NewDiscord(o DiscordOptions) (*Discord, error) {
	token := strings.TrimSpace(strings.TrimPrefix(o.Token, "Bot "))
	if token == "" {
		return nil, errors.New("discord: no bot token (set DISCORD_BOT_TOKEN)")
	}
	client, err := newDiscordClient(o.Client, o.APIBase)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	s.Client = client
	s.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 10 * time.Second}
	s.Identify.Intents = discordgo.IntentsGuilds
	// Interactions are queued to Run's workers from the gateway goroutine,
	// so no handler goroutine outlives Run.
	s.SyncEvents = true
	s.LogLevel = discordgo.LogError // never LogDebug: it prints the identify packet with the token
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Discord{
		s:            s,
		guilds:       o.Guilds,
		adminChannel: o.AdminChannel,
		log:          log.With("platform", "discord"),
		goneSeen:     map[string]bool{},
	}, nil
}

// Platform is "discord".
func (d *Discord) Platform() string { return "discord" }

// Targets is empty: Discord alerts go to the channels that subscribed.
func (d *Discord) Targets() []Target { return nil }

// Send posts the alert as an embed to the target channel.
func (d *Discord) Send(ctx context.Context, t Target, a claims.Alert) error {
	msg := &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{discordAlertEmbed(a, discordMaxTotal)},
		AllowedMentions: discordNoMentions(),
	}
	return d.post(ctx, t.ChatID, msg)
}

// NotifyAdmins posts text to the admin channel, when one is configured.
func (d *Discord) NotifyAdmins(ctx context.Context, text string) error {
	if d.adminChannel == "" {
		d.log.InfoContext(ctx, "admin notice with no admin channel", "text", text)
		return nil
	}
	return d.post(ctx, d.adminChannel, discordNotice("crosscheck admin notice", text))
}

// TargetGone tells the server's admins, once, that a channel was
// unsubscribed: in the admin channel if configured, else in the server's
// system channel, else only in the log.
func (d *Discord) TargetGone(ctx context.Context, t Target) {
	d.mu.Lock()
	seen := d.goneSeen[t.String()]
	d.goneSeen[t.String()] = true
	d.mu.Unlock()
	if seen {
		return
	}
	text := fmt.Sprintf("crosscheck can no longer post in channel %s, so it was unsubscribed. "+
		"Give the bot View Channel, Send Messages and Embed Links there and run /subscribe again.", t.ChatID)
	channel := d.adminChannel
	if channel == "" {
		channel = d.systemChannel(ctx, t.GuildID)
	}
	if channel == "" || channel == t.ChatID {
		d.log.WarnContext(ctx, "discord target gone", "chat_id", t.ChatID, "guild_id", t.GuildID)
		return
	}
	if err := d.post(ctx, channel, discordNotice("Alerts stopped", text)); err != nil {
		d.log.WarnContext(ctx, "tell server a target is gone", "chat_id", t.ChatID, "guild_id", t.GuildID, "err", err)
	}
}

func (d *Discord) systemChannel(ctx context.Context, guildID string) string {
	if guildID == "" {
		return ""
	}
	g, err := d.s.Guild(guildID, discordgo.WithContext(ctx))
	if err != nil {
		d.log.WarnContext(ctx, "look up discord server", "guild_id", guildID, "err", err)
		return ""
	}
	return g.SystemChannelID
}

// post sends msg to a channel, waiting out a short rate limit itself and
// mapping Discord's answers onto ErrGone and *RetryAfterError.
func (d *Discord) post(ctx context.Context, channelID string, msg *discordgo.MessageSend) error {
	for attempt := 0; ; attempt++ {
		_, err := d.s.ChannelMessageSendComplex(channelID, msg,
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		var rl *discordgo.RateLimitError
		if errors.As(err, &rl) && rl.TooManyRequests != nil {
			wait := rl.RetryAfter
			if wait > discordMaxWait || attempt > 0 {
				return fmt.Errorf("send to discord channel %s: %w", channelID, &RetryAfterError{After: wait})
			}
			if err := discordSleep(ctx, wait); err != nil {
				return fmt.Errorf("send to discord channel %s: %w", channelID, err)
			}
			continue
		}
		return discordSendError(channelID, err)
	}
}

func discordSendError(channelID string, err error) error {
	if err == nil {
		return nil
	}
	err = discordCleanError(err)
	var api *discordAPIError
	if errors.As(err, &api) && (api.Status == http.StatusForbidden || api.Status == http.StatusNotFound) {
		// Missing Access, Unknown Channel: retrying will not help.
		return fmt.Errorf("send to discord channel %s: %w: %w", channelID, ErrGone, err)
	}
	return fmt.Errorf("send to discord channel %s: %w", channelID, err)
}

func discordSleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// discordNoMentions lets nothing the bot sends ping anyone, so a feed
// title with @everyone stays text.
func discordNoMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func discordNotice(title, text string) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Embeds: []*discordgo.MessageEmbed{{
			Title:       title,
			Description: discordClip(discordEscape(text), discordMaxDescription),
			Color:       discordColorNotice,
		}},
		AllowedMentions: discordNoMentions(),
	}
}
