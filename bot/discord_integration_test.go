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
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
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
	earlier := discordSaveClaim(t, st, "https://daily.example/1", 1000, nil)

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

	discordSaveClaim(t, st, "https://wire.example/2", 3000, &earlier)
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

// discordSaveClaim stores an article with one casualty claim; with against
// set it also queues a conflict alert against that earlier claim.
func discordSaveClaim(t *testing.T, st *store.Store, url string, value float64, against *claims.Claim) claims.Claim {
	t.Helper()
	ctx := context.Background()
	published := time.Now().UTC().Add(-time.Hour)
	c := claims.Claim{
		Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk", Value: value,
		Qualifier: claims.About, Attribution: "officials @everyone", Quote: "About N were killed or wounded",
		ArticleURL: url, Source: "Outlet", Published: published,
	}
	r := pipeline.Record{
		Item:   feeds.Item{FeedURL: "https://feed.example/rss", GUID: url, URL: url, Canonical: url, Title: "Report @everyone", Source: "Outlet", Published: published},
		Status: pipeline.StatusNew, Fingerprint: uint64(value), Claims: []claims.Claim{c},
	}
	if against != nil {
		r.Alerts = []claims.Alert{{Kind: claims.Conflict, Claim: c, Against: []claims.Claim{*against}, Raised: time.Now().Add(time.Second)}}
	}
	queued, err := st.Save(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if against != nil && len(queued) != 1 {
		t.Fatalf("want one alert queued, got %d", len(queued))
	}
	figures, err := st.LatestFigures(ctx, claims.Casualties)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figures {
		if f.ArticleURL == url {
			return f
		}
	}
	t.Fatalf("claim from %s not stored", url)
	return claims.Claim{}
}

func discordSameTargets(got, want []bot.Target) bool {
	key := func(a, b bot.Target) int { return strings.Compare(a.ChatID, b.ChatID) }
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, key)
	slices.SortFunc(want, key)
	return slices.Equal(got, want)
}
