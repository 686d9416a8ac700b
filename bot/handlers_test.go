package bot_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/crosscheck-bot/crosscheck/bot"
)

// feedLog is a FeedAdmin that records the changes asked of it.
type feedLog struct{ calls []string }

func (f *feedLog) ListFeeds(context.Context) ([]bot.FeedStatus, error) { return nil, nil }
func (f *feedLog) AddFeed(_ context.Context, who, via, url, name string) (string, error) {
	f.calls = append(f.calls, "add "+url+" "+name+" by "+who+" via "+via)
	return "Added " + url, nil
}
func (f *feedLog) RemoveFeed(_ context.Context, who, via, urlOrName string) (string, error) {
	f.calls = append(f.calls, "remove "+urlOrName)
	return "Removed " + urlOrName, nil
}
func (f *feedLog) SetPaused(_ context.Context, who, via, urlOrName string, paused bool) (string, error) {
	if paused {
		f.calls = append(f.calls, "pause "+urlOrName)
	} else {
		f.calls = append(f.calls, "resume "+urlOrName)
	}
	return "ok", nil
}
func (f *feedLog) History(context.Context, int) ([]string, error) {
	return []string{"added feed x"}, nil
}

func TestHandlers(t *testing.T) {
	chat := bot.Target{Platform: "telegram", ChatID: "42"}
	tests := []struct {
		name      string
		cmd       bot.Command
		want      string // in the title or a line
		notWant   string
		ephemeral bool
		feedCall  string
	}{
		{name: "help lists the commands", cmd: bot.Command{Name: "help"}, want: "/latest [n]"},
		{name: "help hides admin commands from others", cmd: bot.Command{Name: "start"}, want: "/conflicts", notWant: "/addfeed"},
		{name: "help shows admins their commands", cmd: bot.Command{Name: "help", Admin: true}, want: "/addfeed URL [name]"},
		{name: "help on Discord uses Discord's names", cmd: bot.Command{Name: "help", Admin: true, Target: bot.Target{Platform: "discord", ChatID: "9"}}, want: "/feed add url [name]", notWant: "/addfeed"},
		{name: "latest shows stored reports with their figures", cmd: bot.Command{Name: "latest"}, want: "more than 3,010 killed or wounded"},
		{name: "latest refuses a bad count", cmd: bot.Command{Name: "latest", Args: []string{"lots"}}, want: `"lots" is not a count`, ephemeral: true},
		{name: "figures for one metric", cmd: bot.Command{Name: "figures", Args: []string{"casualties"}}, want: "about 1,001"},
		{name: "figures refuses an unknown metric", cmd: bot.Command{Name: "figures", Args: []string{"tanks"}}, want: "troops, casualties, killed, wounded, captured", ephemeral: true},
		{name: "conflicts lists the alerts", cmd: bot.Command{Name: "conflicts"}, want: "Recent conflicting figures"},
		{name: "subscribe", cmd: bot.Command{Name: "subscribe"}, want: "Subscribed"},
		{name: "unknown command gets help", cmd: bot.Command{Name: "weather"}, want: "/latest", ephemeral: true},
		{name: "admin command refused for others", cmd: bot.Command{Name: "addfeed", Args: []string{"https://x.example/rss"}}, want: "only the bot's admins", ephemeral: true},
		{name: "admin adds a feed", cmd: bot.Command{Name: "addfeed", Args: []string{"https://x.example/rss", "X", "News"}, Admin: true, UserID: "7", UserName: "ann"},
			want: "Added https://x.example/rss", feedCall: "add https://x.example/rss X News by ann (7) via telegram"},
		{name: "addfeed without a URL shows usage", cmd: bot.Command{Name: "addfeed", Admin: true}, want: "Usage: /addfeed", ephemeral: true},
		{name: "Discord's /feed pause routes to pause", cmd: bot.Command{Name: "feed", Args: []string{"pause", "wire-one"}, Admin: true}, want: "ok", feedCall: "pause wire-one"},
		{name: "status for admins", cmd: bot.Command{Name: "status", Admin: true}, want: "Alerts waiting for delivery: 0"},
	}
	st := mustOpen(t)
	raise(t, st, 1)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feeds := &feedLog{}
			h := bot.NewHandlers(st, feeds, slog.New(slog.DiscardHandler))
			if tt.cmd.Target == (bot.Target{}) {
				tt.cmd.Target = chat
			}
			r := h.Handle(context.Background(), tt.cmd)
			text := r.Title + "\n" + strings.Join(r.Lines, "\n")
			for _, a := range r.Alerts {
				text += "\n" + bot.AlertText(a)
			}
			if !strings.Contains(text, tt.want) {
				t.Errorf("reply %q does not contain %q", text, tt.want)
			}
			if tt.notWant != "" && strings.Contains(text, tt.notWant) {
				t.Errorf("reply %q contains %q", text, tt.notWant)
			}
			if r.Ephemeral != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", r.Ephemeral, tt.ephemeral)
			}
			if got := strings.Join(feeds.calls, ";"); got != tt.feedCall {
				t.Errorf("feed calls %q, want %q", got, tt.feedCall)
			}
		})
	}
	subs, err := st.Subscribers(context.Background(), "telegram")
	if err != nil || len(subs) != 1 || subs[0] != chat {
		t.Errorf("subscribers = %v, %v; want the chat that subscribed", subs, err)
	}
}
