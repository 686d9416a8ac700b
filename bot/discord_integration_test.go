package bot_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/store"
)

// TestDiscordThroughStoreAndDispatcher runs the real pieces end to end: a
// /subscribe answered by the shared Handlers lands in a SQLite file, an
// alert saved to the outbox reaches that channel through the Dispatcher,
// and a channel that answers 403 is unsubscribed and its server told.
func TestDiscordThroughStoreAndDispatcher(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "crosscheck.db"), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	earlier := saveClaim(t, st, "https://daily.example/1", 1000, nil)

	fake := bot.NewDiscordFakeForTest(t)
	fake.SetSystemChannel("guild-1", "chan-sys")
	fake.AnswerPosts("chan-gone", 403, `{"message": "Missing Access", "code": 50001}`)
	d, err := bot.NewDiscord(bot.DiscordOptions{Token: "tok-integration", APIBase: fake.APIBase(), Log: log})
	if err != nil {
		t.Fatal(err)
	}
	bot.RunDiscordForTest(t, fake, d, bot.NewHandlers(st, nil, log))

	fake.Interact("s1", 0x10, "subscribe", map[string]any{"name": "channel", "type": 7, "value": "chan-news"})
	fake.WaitFor(t, "PATCH", "/itoken-s1/messages/@original", "Subscribed")
	fake.Interact("s2", 0x10, "subscribe", map[string]any{"name": "channel", "type": 7, "value": "chan-gone"})
	fake.WaitFor(t, "PATCH", "/itoken-s2/messages/@original", "Subscribed")
	subs, err := st.Subscribers(ctx, "discord")
	if err != nil {
		t.Fatal(err)
	}
	want := []bot.Target{
		{Platform: "discord", ChatID: "chan-gone", GuildID: "guild-1"},
		{Platform: "discord", ChatID: "chan-news", GuildID: "guild-1"},
	}
	if !discordSameTargets(subs, want) {
		t.Fatalf("stored subscriptions %+v, want %+v", subs, want)
	}

	dctx, stop := context.WithCancel(ctx)
	disp := bot.NewDispatcher(st, log, bot.DispatcherOptions{Interval: 20 * time.Millisecond}, d)
	done := make(chan error, 1)
	go func() { done <- disp.Run(dctx) }()
	t.Cleanup(func() { stop(); <-done })

	saveClaim(t, st, "https://wire.example/2", 3000, &earlier)
	disp.Wake()

	body := fake.WaitFor(t, "POST", "/channels/chan-news/messages", "Conflicting figures: North Korean casualties in Kursk")
	t.Logf("alert as sent: %s", body)
	fake.WaitFor(t, "POST", "/channels/chan-sys/messages", "chan-gone")
	subs, err = st.Subscribers(ctx, "discord")
	if err != nil {
		t.Fatal(err)
	}
	if !discordSameTargets(subs, want[1:]) {
		t.Errorf("after a 403 the subscriptions are %+v, want only chan-news", subs)
	}
	fake.CheckNoMentions(t)
}

func discordSameTargets(got, want []bot.Target) bool {
	key := func(a, b bot.Target) int { return strings.Compare(a.ChatID, b.ChatID) }
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, key)
	slices.SortFunc(want, key)
	return slices.Equal(got, want)
}
