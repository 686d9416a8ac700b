package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

var errNoEditing = errors.New("feed editing is not enabled on this bot")

func (h *Handlers) status(ctx context.Context, c Command) (Reply, error) {
	r := Reply{Title: "Status"}
	depth, err := h.q.OutboxDepth(ctx)
	if err != nil {
		return Reply{}, fmt.Errorf("outbox depth: %w", err)
	}
	r.Lines = append(r.Lines, fmt.Sprintf("Alerts waiting for delivery: %d", depth))
	if h.feeds == nil {
		return r, nil
	}
	list, err := h.feeds.ListFeeds(ctx)
	if err != nil {
		return Reply{}, fmt.Errorf("list feeds: %w", err)
	}
	r.Lines = append(r.Lines, fmt.Sprintf("Feeds: %d", len(list)))
	r.Lines = append(r.Lines, feedLines(list)...)
	history, err := h.feeds.History(ctx, 5)
	if err != nil {
		return Reply{}, fmt.Errorf("change history: %w", err)
	}
	if len(history) > 0 {
		r.Lines = append(r.Lines, "Recent changes:")
		for _, l := range history {
			r.Lines = append(r.Lines, "  "+l)
		}
	}
	return r, nil
}

func feedLines(list []FeedStatus) []string {
	var lines []string
	for _, f := range list {
		state := "ok"
		switch {
		case f.Feed.Paused:
			state = "paused"
		case f.State.Errors > 0:
			state = fmt.Sprintf("%d errors, last: %s", f.State.Errors, f.State.LastError)
		case f.State.LastPoll.IsZero():
			state = "not polled yet"
		}
		last := "never"
		if !f.State.LastPoll.IsZero() {
			last = f.State.LastPoll.UTC().Format("02 Jan 15:04 MST")
		}
		lines = append(lines, fmt.Sprintf("%s (%s): last poll %s, %s", f.Feed.Name, f.Feed.URL, last, state))
	}
	return lines
}

func (h *Handlers) listFeeds(ctx context.Context, c Command) (Reply, error) {
	if h.feeds == nil {
		return Reply{Title: errNoEditing.Error(), Ephemeral: true}, nil
	}
	list, err := h.feeds.ListFeeds(ctx)
	if err != nil {
		return Reply{}, fmt.Errorf("list feeds: %w", err)
	}
	r := Reply{Title: fmt.Sprintf("%d feeds", len(list)), Lines: feedLines(list)}
	return r, nil
}

func who(c Command) string {
	if c.UserName != "" {
		return c.UserName + " (" + c.UserID + ")"
	}
	return c.UserID
}

// edit runs one feed change and turns a refusal (a bad URL, an unknown
// feed) into a reply the admin can act on.
func (h *Handlers) edit(c Command, usage string, minArgs int, do func() (string, error)) (Reply, error) {
	if h.feeds == nil {
		return Reply{Title: errNoEditing.Error(), Ephemeral: true}, nil
	}
	if len(c.Args) < minArgs {
		return Reply{Title: "Usage: " + usage, Ephemeral: true}, nil
	}
	msg, err := do()
	if err != nil {
		h.log.Warn("feed change refused", "platform", c.Target.Platform, "user_id", c.UserID, "err", err)
		return Reply{Title: "Not done: " + err.Error(), Ephemeral: true}, nil
	}
	return Reply{Title: msg}, nil
}

func (h *Handlers) addFeed(ctx context.Context, c Command) (Reply, error) {
	return h.edit(c, "/addfeed URL [name]", 1, func() (string, error) {
		return h.feeds.AddFeed(ctx, who(c), c.Target.Platform, c.Args[0], strings.Join(c.Args[1:], " "))
	})
}

func (h *Handlers) removeFeed(ctx context.Context, c Command) (Reply, error) {
	return h.edit(c, "/removefeed URL|name", 1, func() (string, error) {
		return h.feeds.RemoveFeed(ctx, who(c), c.Target.Platform, strings.Join(c.Args, " "))
	})
}

func (h *Handlers) pause(ctx context.Context, c Command) (Reply, error) {
	return h.edit(c, "/pause URL|name", 1, func() (string, error) {
		return h.feeds.SetPaused(ctx, who(c), c.Target.Platform, strings.Join(c.Args, " "), true)
	})
}

func (h *Handlers) resume(ctx context.Context, c Command) (Reply, error) {
	return h.edit(c, "/resume URL|name", 1, func() (string, error) {
		return h.feeds.SetPaused(ctx, who(c), c.Target.Platform, strings.Join(c.Args, " "), false)
	})
}
