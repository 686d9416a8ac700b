package bot_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/store"
)

const telegramIntegrationToken = "987654:integration-TOKEN"

// TestTelegramThroughStoreAndDispatcher runs the real pieces end to end:
// /subscribe answered by the shared Handlers lands in a SQLite file, an
// alert saved to the outbox reaches the channel and the subscribed chat
// through the Dispatcher, a group that kicked the bot is unsubscribed,
// and the update offset is kept in the store.
func TestTelegramThroughStoreAndDispatcher(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "crosscheck.db"), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	earlier := saveClaim(t, st, "https://daily.example/1", 1000, nil)

	fake := bot.NewTelegramFakeForTest(t, telegramIntegrationToken)
	fake.RefuseChat("-4242", 403, "Forbidden: bot was kicked from the group chat")
	tg, err := bot.NewTelegram(ctx, bot.TelegramOptions{
		Token: telegramIntegrationToken, APIEndpoint: fake.Endpoint(), Channel: "@crosscheck_news",
		KV: st, Log: log, PollTimeout: time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	bot.RunTelegramForTest(t, tg, bot.NewHandlers(st, nil, log))

	fake.QueueMessage(9001, 600, "reader", "/subscribe")
	fake.WaitForText(t, "9001", "Subscribed")
	last := fake.QueueMessage(-4242, 601, "member", "/subscribe@crosscheck_bot")
	want := []bot.Target{{Platform: "telegram", ChatID: "-4242"}, {Platform: "telegram", ChatID: "9001"}}
	telegramWaitSubscribers(t, st, want)
	telegramWaitOffset(t, st, last+1)

	disp := bot.NewDispatcher(st, log, bot.DispatcherOptions{Interval: 20 * time.Millisecond}, tg)
	if err := disp.Subscribe(ctx); err != nil { // the channel gets alerts raised from now on
		t.Fatal(err)
	}
	dctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- disp.Run(dctx) }()
	t.Cleanup(func() { stop(); <-done })

	saveClaim(t, st, "https://wire.example/2", 3000, &earlier)
	disp.Wake()
	for _, chat := range []string{"@crosscheck_news", "9001"} {
		text := fake.WaitForText(t, chat, "Conflicting figures: North Korean casualties in Kursk")
		for _, part := range []string{"about 3,000", "about 1,000", `href="https://wire.example/2"`, "&lt;b&gt;officials"} {
			if !strings.Contains(text, part) {
				t.Errorf("alert to %s lacks %q:\n%s", chat, part, text)
			}
		}
	}
	telegramWaitSubscribers(t, st, append([]bot.Target{{Platform: "telegram", ChatID: "@crosscheck_news"}}, want[1]))
	if n := fake.SentToForTest("9001"); n != 2 {
		t.Errorf("chat 9001 got %d messages, want the reply and one alert", n)
	}
}

// telegramWaitSubscribers waits until the stored Telegram subscriptions
// are exactly want (a liveness bound, not a speed assertion).
func telegramWaitSubscribers(t *testing.T, st *store.Store, want []bot.Target) {
	t.Helper()
	key := func(a, b bot.Target) int { return strings.Compare(a.ChatID, b.ChatID) }
	want = slices.Clone(want)
	slices.SortFunc(want, key)
	var got []bot.Target
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		var err error
		if got, err = st.Subscribers(context.Background(), "telegram"); err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(got, key)
		if slices.Equal(got, want) {
			return
		}
	}
	t.Fatalf("telegram subscriptions are %+v, want %+v", got, want)
}

// telegramWaitOffset waits until the store holds the update offset.
func telegramWaitOffset(t *testing.T, st *store.Store, want int) {
	t.Helper()
	var got string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		v, _, err := st.GetValue(context.Background(), "telegram.offset")
		if err != nil {
			t.Fatal(err)
		}
		if got = v; got == strconv.Itoa(want) {
			return
		}
	}
	t.Fatalf("stored telegram.offset is %q, want %d", got, want)
}
