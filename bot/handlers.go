package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// FeedAdmin changes what the bot watches; the config editor satisfies it.
// Who and via go to the audit log.
type FeedAdmin interface {
	ListFeeds(ctx context.Context) ([]FeedStatus, error)
	AddFeed(ctx context.Context, who, via, url, name string) (string, error)
	RemoveFeed(ctx context.Context, who, via, urlOrName string) (string, error)
	SetPaused(ctx context.Context, who, via, urlOrName string, paused bool) (string, error)
	History(ctx context.Context, n int) ([]string, error)
}

// Handlers answer every command on every platform.
type Handlers struct {
	q        Queries
	feeds    FeedAdmin // nil: feed commands answer that editing is off
	log      *slog.Logger
	commands map[string]command
}

// NewHandlers builds the shared command set.
func NewHandlers(q Queries, feeds FeedAdmin, log *slog.Logger) *Handlers {
	return &Handlers{q: q, feeds: feeds, log: log, commands: commandTable()}
}

var _ Handler = (*Handlers)(nil)

type command struct {
	run     func(h *Handlers, ctx context.Context, c Command) (Reply, error)
	admin   bool
	usage   string
	discord string // the usage under Discord's names, where they differ
}

// commandTable maps a name to its handler. Discord's "/feed add" arrives
// as "feed" with the subcommand first and is routed to the same handlers
// as Telegram's "/addfeed".
func commandTable() map[string]command {
	return map[string]command{
		"start":       {run: (*Handlers).help, usage: "/start: what this bot does"},
		"help":        {run: (*Handlers).help, usage: "/help: this list"},
		"latest":      {run: (*Handlers).latest, usage: "/latest [n]: the newest reports and their figures"},
		"figures":     {run: (*Handlers).figures, usage: "/figures [metric]: the latest figure each source gives"},
		"conflicts":   {run: (*Handlers).conflicts, usage: "/conflicts: recent conflicting figures"},
		"subscribe":   {run: (*Handlers).subscribe, usage: "/subscribe: send alerts to this chat too", discord: "/subscribe [channel]: send alerts to a channel of this server"},
		"unsubscribe": {run: (*Handlers).unsubscribe, usage: "/unsubscribe: stop sending alerts here"},
		"status":      {run: (*Handlers).status, admin: true, usage: "/status: feeds, errors, outbox (admins)"},
		"feeds":       {run: (*Handlers).listFeeds, admin: true, usage: "/feeds: the feeds watched (admins)", discord: "/feed list: the feeds watched (admins)"},
		"addfeed":     {run: (*Handlers).addFeed, admin: true, usage: "/addfeed URL [name]: watch a feed (admins)", discord: "/feed add url [name]: watch a feed (admins)"},
		"removefeed":  {run: (*Handlers).removeFeed, admin: true, usage: "/removefeed URL|name: stop watching (admins)", discord: "/feed remove feed: stop watching (admins)"},
		"pause":       {run: (*Handlers).pause, admin: true, usage: "/pause URL|name: pause a feed (admins)", discord: "/feed pause feed: pause a feed (admins)"},
		"resume":      {run: (*Handlers).resume, admin: true, usage: "/resume URL|name: resume a feed (admins)", discord: "/feed resume feed: resume a feed (admins)"},
	}
}

var helpOrder = []string{"latest", "figures", "conflicts", "subscribe", "unsubscribe", "status", "feeds", "addfeed", "removefeed", "pause", "resume"}

// feedSubcommands maps Discord's "/feed <sub>" to the Telegram names.
var feedSubcommands = map[string]string{
	"add": "addfeed", "remove": "removefeed", "list": "feeds", "pause": "pause", "resume": "resume",
}

// Handle runs one command. Errors become a short ephemeral reply; the
// details go to the log, never to the chat.
func (h *Handlers) Handle(ctx context.Context, c Command) Reply {
	name := strings.ToLower(c.Name)
	if name == "feed" && len(c.Args) > 0 {
		name, c.Args = feedSubcommands[strings.ToLower(c.Args[0])], c.Args[1:]
	}
	cmd, ok := h.commands[name]
	log := h.log.With("platform", c.Target.Platform, "chat_id", c.Target.ChatID, "user_id", c.UserID, "command", name)
	if !ok {
		return Reply{Title: "Unknown command", Lines: h.usage(c), Ephemeral: true}
	}
	if cmd.admin && !c.Admin {
		log.Warn("admin command refused")
		return Reply{Title: "Sorry, only the bot's admins can do that.", Ephemeral: true}
	}
	r, err := cmd.run(h, ctx, c)
	if err != nil {
		log.Error("command failed", "err", err)
		return Reply{Title: "Something went wrong; the details are in the bot's log.", Ephemeral: true}
	}
	return r
}

// usage lists the commands the caller may use, under their platform's names.
func (h *Handlers) usage(c Command) []string {
	var lines []string
	for _, name := range helpOrder {
		cmd := h.commands[name]
		switch {
		case cmd.admin && !c.Admin:
		case c.Target.Platform == "discord" && cmd.discord != "":
			lines = append(lines, cmd.discord)
		default:
			lines = append(lines, cmd.usage)
		}
	}
	return lines
}

func (h *Handlers) help(_ context.Context, c Command) (Reply, error) {
	return Reply{
		Title: "crosscheck follows the reports on North Korean troops in Russia's Kursk region and tells you when their figures conflict.",
		Lines: h.usage(c),
	}, nil
}

// count reads an optional positive count argument, capped.
func count(args []string, def, max int) (int, error) {
	if len(args) == 0 {
		return def, nil
	}
	n, err := strconv.Atoi(args[0])
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%q is not a count: give a number from 1 to %d", args[0], max)
	}
	return min(n, max), nil
}

func (h *Handlers) latest(ctx context.Context, c Command) (Reply, error) {
	n, err := count(c.Args, 5, 20)
	if err != nil {
		return Reply{Title: err.Error(), Ephemeral: true}, nil
	}
	articles, err := h.q.LatestArticles(ctx, n)
	if err != nil {
		return Reply{}, fmt.Errorf("latest articles: %w", err)
	}
	r := Reply{Title: "Latest reports"}
	if len(articles) == 0 {
		r.Lines = []string{"No reports yet."}
	}
	for _, a := range articles {
		r.Lines = append(r.Lines, fmt.Sprintf("%s · %s: %s", day(a.Published), a.Source, a.Title))
		for _, cl := range a.Claims {
			r.Lines = append(r.Lines, "  • "+ClaimLine(cl))
		}
		r.Lines = append(r.Lines, "  "+a.URL)
	}
	return r, nil
}

func (h *Handlers) figures(ctx context.Context, c Command) (Reply, error) {
	var metric claims.Metric
	if len(c.Args) > 0 {
		m, ok := claims.ParseMetric(c.Args[0])
		if !ok {
			return Reply{Title: fmt.Sprintf("Unknown metric %q: use one of %s.", c.Args[0], metricNames()), Ephemeral: true}, nil
		}
		metric = m
	}
	figs, err := h.q.LatestFigures(ctx, metric)
	if err != nil {
		return Reply{}, fmt.Errorf("latest figures: %w", err)
	}
	r := Reply{Title: "Latest figure per source"}
	if len(figs) == 0 {
		r.Lines = []string{"No figures yet."}
	}
	for _, cl := range figs {
		r.Lines = append(r.Lines, fmt.Sprintf("%s (%s, %s): %s", ClaimLine(cl), day(cl.Published), cl.Source, cl.ArticleURL))
	}
	return r, nil
}

func metricNames() string {
	names := make([]string, len(claims.Metrics))
	for i, m := range claims.Metrics {
		names[i] = string(m)
	}
	return strings.Join(names, ", ")
}

func (h *Handlers) conflicts(ctx context.Context, c Command) (Reply, error) {
	n, err := count(c.Args, 5, 10)
	if err != nil {
		return Reply{Title: err.Error(), Ephemeral: true}, nil
	}
	alerts, err := h.q.RecentAlerts(ctx, claims.Conflict, n)
	if err != nil {
		return Reply{}, fmt.Errorf("recent conflicts: %w", err)
	}
	if len(alerts) == 0 {
		return Reply{Title: "No conflicting figures so far."}, nil
	}
	return Reply{Title: "Recent conflicting figures", Alerts: alerts}, nil
}

func (h *Handlers) subscribe(ctx context.Context, c Command) (Reply, error) {
	if err := h.q.Subscribe(ctx, c.Target); err != nil {
		return Reply{}, fmt.Errorf("subscribe %s: %w", c.Target, err)
	}
	h.log.Info("subscribed", "platform", c.Target.Platform, "chat_id", c.Target.ChatID, "user_id", c.UserID)
	return Reply{Title: "Subscribed: alerts will be sent here. /unsubscribe stops them."}, nil
}

func (h *Handlers) unsubscribe(ctx context.Context, c Command) (Reply, error) {
	if err := h.q.Unsubscribe(ctx, c.Target); err != nil {
		return Reply{}, fmt.Errorf("unsubscribe %s: %w", c.Target, err)
	}
	h.log.Info("unsubscribed", "platform", c.Target.Platform, "chat_id", c.Target.ChatID, "user_id", c.UserID)
	return Reply{Title: "Unsubscribed: no more alerts here."}, nil
}
