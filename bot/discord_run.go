package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	discordWorkers = 4
	// discordQueue holds interactions waiting for a worker; beyond it the
	// gateway goroutine would stall (and miss heartbeat ACKs), so extra
	// interactions are dropped with a log line.
	discordQueue = 64
	// discordAnswerTimeout bounds one command; interaction tokens last 15
	// minutes, people's patience less.
	discordAnswerTimeout = 30 * time.Second
)

// Run connects to the gateway, registers the slash commands, answers them
// with h until ctx is done, then closes the session and waits for answers
// in flight.
func (d *Discord) Run(ctx context.Context, h Handler) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *discordgo.Interaction, discordQueue)
	defer d.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		if r.Application != nil {
			d.setAppID(r.Application.ID)
		}
	})()
	defer d.s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		select {
		case jobs <- ic.Interaction:
		default:
			d.log.Warn("discord interaction dropped: queue full", "interaction_id", ic.ID)
		}
	})()
	if err := d.open(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // asked to stop while still connecting
		}
		return err
	}
	d.log.InfoContext(ctx, "discord gateway connected")
	d.register(ctx)

	var wg sync.WaitGroup
	for range discordWorkers {
		wg.Go(func() { d.work(ctx, h, jobs) })
	}
	<-ctx.Done()
	err := d.s.Close()
	wg.Wait()
	if err != nil {
		return fmt.Errorf("close discord gateway: %w", err)
	}
	return nil
}

// open connects to the gateway, retrying with backoff while Discord is
// unreachable; a refused token ends it at once, as retrying cannot help.
func (d *Discord) open(ctx context.Context) error {
	wait := time.Second
	for {
		err := d.s.Open()
		if err == nil {
			return nil
		}
		err = discordCleanError(err)
		var api *discordAPIError
		if errors.As(err, &api) && api.Status >= 400 && api.Status < 500 && api.Status != http.StatusTooManyRequests {
			return fmt.Errorf("open discord gateway: %w", err)
		}
		d.log.WarnContext(ctx, "open discord gateway; retrying", "err", err, "wait", wait)
		if err := discordSleep(ctx, wait); err != nil {
			return fmt.Errorf("open discord gateway: %w", err)
		}
		wait = min(2*wait, time.Minute)
	}
}

func (d *Discord) setAppID(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.appID = id
}

func (d *Discord) getAppID() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.appID
}

// register overwrites the commands globally, or per configured server
// (which Discord applies at once; global changes can take an hour). A
// failure is logged, not fatal: alerts still flow without commands.
func (d *Discord) register(ctx context.Context) {
	app := d.getAppID()
	if app == "" {
		d.log.ErrorContext(ctx, "register discord commands: READY named no application")
		return
	}
	guilds := d.guilds
	if len(guilds) == 0 {
		guilds = []string{""}
	}
	for _, g := range guilds {
		_, err := d.s.ApplicationCommandBulkOverwrite(app, g, discordCommands(), discordgo.WithContext(ctx))
		if err != nil {
			d.log.ErrorContext(ctx, "register discord commands", "guild_id", g, "err", discordCleanError(err))
			continue
		}
		d.log.InfoContext(ctx, "discord commands registered", "guild_id", g)
	}
}

// work answers queued interactions until ctx is done. An answer already
// started is finished on a context of its own, so shutdown does not leave
// a user looking at "thinking…".
func (d *Discord) work(ctx context.Context, h Handler, jobs <-chan *discordgo.Interaction) {
	for {
		select {
		case <-ctx.Done():
			return
		case i := <-jobs:
			actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), discordAnswerTimeout)
			d.answer(actx, h, i)
			cancel()
		}
	}
}

// answer defers within Discord's 3 seconds, runs the handler, then edits
// the deferred response with the reply.
func (d *Discord) answer(ctx context.Context, h Handler, i *discordgo.Interaction) {
	if i.Type != discordgo.InteractionApplicationCommand {
		return
	}
	c := discordCommand(i)
	log := d.log.With("interaction_id", i.ID, "command", c.Name, "guild_id", i.GuildID, "chat_id", i.ChannelID)
	// Admin answers stay between the admin and the bot.
	private := c.Name == "feed" || c.Name == "status"
	err := d.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordFlags(private), AllowedMentions: discordNoMentions()},
	}, discordgo.WithContext(ctx))
	if err != nil {
		log.WarnContext(ctx, "defer discord interaction", "err", discordScrub(err, i.Token))
		return
	}
	reply := d.handle(ctx, h, c, log)
	if err := d.deliver(ctx, i, reply, private); err != nil {
		log.WarnContext(ctx, "answer discord interaction", "err", discordScrub(err, i.Token))
	}
}

// handle runs h, turning a panic into an ephemeral apology.
func (d *Discord) handle(ctx context.Context, h Handler, c Command, log *slog.Logger) (r Reply) {
	defer func() {
		if p := recover(); p != nil {
			log.ErrorContext(ctx, "discord command panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			r = Reply{
				Title:     "Something went wrong",
				Lines:     []string{"crosscheck could not answer /" + c.Name + ". The error was logged; please try again later."},
				Ephemeral: true,
			}
		}
	}()
	return h.Handle(ctx, c)
}

// deliver puts the reply in place of the deferred response. An ephemeral
// reply to a public deferral goes out as an ephemeral follow-up, and the
// public placeholder is deleted, since an edit cannot make it private.
func (d *Discord) deliver(ctx context.Context, i *discordgo.Interaction, r Reply, private bool) error {
	embeds := discordReplyEmbeds(r)
	opt := discordgo.WithContext(ctx)
	if r.Ephemeral && !private {
		_, err := d.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
			Embeds: embeds, AllowedMentions: discordNoMentions(), Flags: discordgo.MessageFlagsEphemeral,
		}, opt)
		if err != nil {
			return fmt.Errorf("send ephemeral follow-up: %w", discordCleanError(err))
		}
		if err := d.s.InteractionResponseDelete(i, opt); err != nil {
			return fmt.Errorf("delete deferred response: %w", discordCleanError(err))
		}
		return nil
	}
	_, err := d.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Embeds: &embeds, AllowedMentions: discordNoMentions()}, opt)
	if err == nil {
		return nil
	}
	// Discord refused the embeds: say so rather than leave "thinking…".
	fallback := []*discordgo.MessageEmbed{discordNotice("Something went wrong", "crosscheck could not show this answer.").Embeds[0]}
	if _, err2 := d.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Embeds: &fallback, AllowedMentions: discordNoMentions()}, opt); err2 != nil {
		return fmt.Errorf("edit deferred response: %w", errors.Join(discordCleanError(err), discordCleanError(err2)))
	}
	return fmt.Errorf("edit deferred response: %w", discordCleanError(err))
}

func discordFlags(ephemeral bool) discordgo.MessageFlags {
	if ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// discordAPIError is a *discordgo.RESTError without the request it
// carries, which holds the Authorization header.
type discordAPIError struct {
	Status  int
	Message string // Discord's message, or the HTTP status text
	Code    int    // Discord's JSON error code; 0 when none
}

func (e *discordAPIError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("discord api: %d %s (code %d)", e.Status, e.Message, e.Code)
	}
	return fmt.Sprintf("discord api: %d %s", e.Status, e.Message)
}

// discordCleanError turns a *RESTError into a *discordAPIError and leaves
// other errors as they are.
func discordCleanError(err error) error {
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response == nil {
		return err
	}
	e := &discordAPIError{Status: rest.Response.StatusCode, Message: http.StatusText(rest.Response.StatusCode)}
	if rest.Message != nil && rest.Message.Message != "" {
		e.Message, e.Code = rest.Message.Message, rest.Message.Code
	}
	return e
}

// discordScrub renders err with an interaction token (part of webhook
// URLs) replaced.
func discordScrub(err error, token string) string {
	s := err.Error()
	if token != "" {
		s = strings.ReplaceAll(s, token, "[interaction-token]")
	}
	return s
}
