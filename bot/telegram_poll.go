package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// telegramBackoff bounds the wait between failed polls.
type telegramBackoff struct {
	min, max time.Duration
}

// next doubles the previous wait within [min, max].
func (b telegramBackoff) next(prev time.Duration) time.Duration {
	if prev < b.min {
		return b.min
	}
	if prev*2 > b.max {
		return b.max
	}
	return prev * 2
}

// Run long-polls getUpdates in the calling goroutine, answers commands
// with h, and returns nil once ctx is done. It polls itself rather than
// use the library's GetUpdatesChan, which sleeps a fixed 3 s on any
// error (ignoring retry_after), logs through a global logger and cannot
// be stopped mid-poll. Only "message" updates are asked for: commands
// come from private chats and groups; the alert channel is not a place
// for answers.
func (t *Telegram) Run(ctx context.Context, h Handler) error {
	offset, err := t.loadOffset(ctx)
	if err != nil {
		return err
	}
	var wait time.Duration
	for ctx.Err() == nil {
		updates, err := t.poll(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			wait = t.pollWait(err, wait)
			t.log.Warn("telegram poll failed", "err", err, "retry_in", wait)
			if telegramSleep(ctx, wait) != nil {
				break
			}
			continue
		}
		wait = 0
		for _, u := range updates {
			t.handleUpdate(ctx, h, u)
			offset = u.UpdateID + 1
		}
		if len(updates) > 0 {
			// Saved once the batch is answered: a restart resumes after
			// it, and Telegram drops what is below the offset we send.
			if err := t.saveOffset(ctx, offset); err != nil {
				t.log.Error("telegram save offset", "err", err, "offset", offset)
			}
		}
	}
	return nil
}

// pollWait honours a 429's retry_after, else backs off exponentially.
func (t *Telegram) pollWait(err error, prev time.Duration) time.Duration {
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) && apiErr.RetryAfter > 0 {
		return time.Duration(apiErr.RetryAfter) * time.Second
	}
	return t.backoff.next(prev)
}

func (t *Telegram) poll(ctx context.Context, offset int) ([]tgbotapi.Update, error) {
	cfg := tgbotapi.UpdateConfig{
		Offset:         offset,
		Timeout:        int(t.opts.PollTimeout / time.Second),
		AllowedUpdates: []string{"message"},
	}
	updates, err := t.withContext(ctx).GetUpdates(cfg)
	if err != nil {
		return nil, fmt.Errorf("telegram getUpdates: %w", t.redact(err))
	}
	return updates, nil
}

func (t *Telegram) loadOffset(ctx context.Context) (int, error) {
	if t.opts.KV == nil {
		return 0, nil
	}
	v, ok, err := t.opts.KV.GetValue(ctx, telegramOffsetKey)
	if err != nil || !ok {
		if err != nil {
			return 0, fmt.Errorf("telegram load %s: %w", telegramOffsetKey, err)
		}
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("telegram load %s %q: %w", telegramOffsetKey, v, err)
	}
	return n, nil
}

func (t *Telegram) saveOffset(ctx context.Context, offset int) error {
	if t.opts.KV == nil {
		return nil
	}
	return t.opts.KV.SetValue(ctx, telegramOffsetKey, strconv.Itoa(offset))
}

// handleUpdate answers one update if it is a command for this bot.
func (t *Telegram) handleUpdate(ctx context.Context, h Handler, u tgbotapi.Update) {
	m := u.Message
	if m == nil || m.Chat == nil {
		return
	}
	cmd, ok := telegramParseCommand(m.Text, t.api.Self.UserName)
	if !ok {
		return
	}
	cmd.Target = Target{Platform: telegramPlatform, ChatID: strconv.FormatInt(m.Chat.ID, 10)}
	if m.From != nil {
		cmd.UserID = strconv.FormatInt(m.From.ID, 10)
		cmd.UserName = m.From.UserName
		if cmd.UserName == "" {
			cmd.UserName = strings.TrimSpace(m.From.FirstName + " " + m.From.LastName)
		}
		cmd.Admin = t.admins[m.From.ID]
	}
	reply := h.Handle(ctx, cmd)
	for i, part := range telegramReplyHTML(reply) {
		replyTo := 0
		if i == 0 {
			replyTo = m.MessageID
		}
		if err := t.sendHTML(ctx, cmd.Target.ChatID, part, false, replyTo); err != nil {
			t.log.Warn("telegram reply failed", "chat_id", cmd.Target.ChatID, "command", cmd.Name, "err", err)
			return
		}
	}
}

// telegramParseCommand reads "/latest@crosscheck_bot 5" as the command
// "latest" with args ["5"]. A command addressed to another bot ("@other")
// is not ours; text that is not a command is ignored.
func telegramParseCommand(text, botName string) (Command, bool) {
	fields := strings.Fields(text)
	if len(fields) == 0 || !strings.HasPrefix(fields[0], "/") {
		return Command{}, false
	}
	name, at, addressed := strings.Cut(fields[0][1:], "@")
	if addressed && !strings.EqualFold(at, botName) {
		return Command{}, false
	}
	if name == "" {
		return Command{}, false
	}
	return Command{Name: strings.ToLower(name), Args: fields[1:]}, true
}
