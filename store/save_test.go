package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

var day = time.Date(2024, 12, 23, 16, 45, 0, 0, time.UTC)

func item(feed, url string, published time.Time) feeds.Item {
	return feeds.Item{FeedURL: feed, GUID: url, URL: url, Canonical: url, Title: "title of " + url,
		Source: "source of " + feed, Published: published}
}

func claim(m claims.Metric, v float64, q claims.Qualifier, who string) claims.Claim {
	return claims.Claim{Metric: m, Subject: claims.NorthKorea, Location: "Kursk", Value: v,
		Qualifier: q, Attribution: who, Quote: who + " says " + string(m)}
}

func mustSave(tb testing.TB, s *Store, r pipeline.Record) []claims.Alert {
	tb.Helper()
	alerts, err := s.Save(context.Background(), r)
	if err != nil {
		tb.Fatal(err)
	}
	return alerts
}

// storedClaims gives the claims stored from one article, with IDs.
func storedClaims(tb testing.TB, s *Store, url string) []claims.Claim {
	tb.Helper()
	cs, err := s.queryClaims(context.Background(), "test", `SELECT `+claimColumns+`
		FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.url = ? ORDER BY c.id`, url)
	if err != nil {
		tb.Fatal(err)
	}
	return cs
}

func count(tb testing.TB, s *Store, table string) int {
	tb.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestSaveIsAtomic(t *testing.T) {
	s := mustOpen(t)
	bad := claim(claims.Killed, -5, claims.Exact, "nobody") // violates value >= 0
	r := pipeline.Record{Item: item("https://wire.example/rss", "https://wire.example/a", day), Status: pipeline.StatusNew,
		Fingerprint: 0xfeed, Claims: []claims.Claim{claim(claims.Troops, 11000, claims.About, "JCS"), bad}}
	if _, err := s.Save(context.Background(), r); err == nil || !strings.Contains(err.Error(), "https://wire.example/a") {
		t.Fatalf("save with a bad claim: %v, want an error naming the article", err)
	}
	for _, table := range []string{"articles", "items", "claims", "alerts"} {
		if n := count(t, s, table); n != 0 {
			t.Errorf("%d rows in %s after a failed save, want none", n, table)
		}
	}
	if _, ok := s.near.nearest(0xfeed); ok {
		t.Error("the failed article's fingerprint is in the near-copy index")
	}
	if seen, _ := s.ItemSeen(context.Background(), r.Item.FeedURL, r.Item.GUID); seen {
		t.Error("the item counts as seen after a failed save")
	}
}

func TestSaveAndItemSeen(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	it := item("https://wire.example/rss", "https://wire.example/a", day)
	tests := map[string]struct {
		feed, guid string
		seen       bool
	}{
		"the saved entry":               {it.FeedURL, it.GUID, true},
		"the same guid in another feed": {"https://other.example/rss", it.GUID, false},
		"another entry of the feed":     {it.FeedURL, "https://wire.example/b", false},
	}
	for _, status := range []pipeline.Status{pipeline.StatusNew} {
		mustSave(t, s, pipeline.Record{Item: it, Status: status, Fingerprint: 1})
	}
	// The same entry again is already stored, not a failure.
	if alerts, err := s.Save(ctx, pipeline.Record{Item: it, Status: pipeline.StatusNew}); err != nil || alerts != nil {
		t.Fatalf("saving the same entry again: %v, %v", alerts, err)
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			seen, err := s.ItemSeen(ctx, tc.feed, tc.guid)
			if err != nil || seen != tc.seen {
				t.Errorf("ItemSeen = %v, %v; want %v", seen, err, tc.seen)
			}
		})
	}
	if n := count(t, s, "articles"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

func corpusBody(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "articles", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	_, body, _ := strings.Cut(string(b), "\n\n")
	return body
}

func TestDuplicateOf(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	const feed = "https://world-news.example/rss"
	original := item(feed, "https://world-news.example/zelensky-3000", day)
	mustSave(t, s, pipeline.Record{Item: original, Status: pipeline.StatusNew, Fingerprint: dedup.Fingerprint(corpusBody(t, "002")),
		Sentences: dedup.Sentences(corpusBody(t, "002"))})
	copyOnFeed := item("https://agg.example/rss", "https://agg.example/story/1", day)
	mustSave(t, s, pipeline.Record{Item: copyOnFeed, Status: pipeline.StatusDuplicate, DuplicateOf: original.URL, Fingerprint: 1})
	offTopic := item(feed, "https://world-news.example/anniversary", day)
	offTopicText := corpusBody(t, "005")
	mustSave(t, s, pipeline.Record{Item: offTopic, Status: pipeline.StatusOffTopic, Fingerprint: dedup.Fingerprint(offTopicText),
		Sentences: dedup.Sentences(offTopicText)})

	tests := map[string]struct {
		canonical string
		sig       dedup.Signature
		want      string
	}{
		"same canonical URL":                           {original.Canonical, dedup.Signature{}, original.URL},
		"a copy's canonical URL leads to its original": {copyOnFeed.Canonical, dedup.Signature{}, original.URL},
		"near text (corpus 007 against 002)":           {"https://agg.example/story/884213", dedup.Sign(corpusBody(t, "007")), original.URL},
		"another report (corpus 000)":                  {"https://x.example/000", dedup.Sign(corpusBody(t, "000")), ""},
		"an off-topic URL is no original":              {offTopic.Canonical, dedup.Signature{}, ""},
		"off-topic text is no original":                {"https://x.example/005", dedup.Sign(offTopicText), ""},
		"no text matches nothing":                      {"https://x.example/empty", dedup.Signature{}, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok, err := s.DuplicateOf(ctx, tc.canonical, tc.sig)
			if err != nil || got != tc.want || ok != (tc.want != "") {
				t.Errorf("DuplicateOf = %q, %v, %v; want %q", got, ok, err, tc.want)
			}
		})
	}
}

func TestAlertPairQueuedOnce(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	zelensky := claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky")
	jcs := claim(claims.Casualties, 1100, claims.About, "South Korea's Joint Chiefs of Staff")
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/1", day),
		Status: pipeline.StatusNew, Fingerprint: 1, Claims: []claims.Claim{jcs}})
	earlier := storedClaims(t, s, "https://a.example/1")

	raise := func(url string) []claims.Alert {
		c := zelensky
		return mustSave(t, s, pipeline.Record{Item: item("https://b.example/rss", url, day.Add(time.Hour)),
			Status: pipeline.StatusNew, Fingerprint: 2, Claims: []claims.Claim{c},
			Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: c, Against: earlier, Raised: day.Add(time.Hour)}}})
	}
	first := raise("https://b.example/zelensky")
	if len(first) != 1 || first[0].ID == 0 || first[0].Claim.ID == 0 || len(first[0].Against) != 1 {
		t.Fatalf("first alert: %+v, want one queued alert with IDs", first)
	}
	if again := raise("https://c.example/zelensky-copy"); len(again) != 0 {
		t.Errorf("the same pair from another article queued %+v, want nothing", again)
	}
	if n := count(t, s, "alerts"); n != 1 {
		t.Errorf("%d alerts stored, want 1", n)
	}
	recent, err := s.RecentAlerts(ctx, "", 10)
	if err != nil || len(recent) != 1 {
		t.Fatalf("RecentAlerts = %+v, %v", recent, err)
	}
	got := recent[0]
	if got.ID != first[0].ID || got.Claim.Value != 3000 || got.Claim.ArticleURL != "https://b.example/zelensky" ||
		len(got.Against) != 1 || got.Against[0].Attribution != jcs.Attribution || !got.Raised.Equal(day.Add(time.Hour)) {
		t.Errorf("RecentAlerts gave %+v, want the queued alert in full", got)
	}
	if none, _ := s.RecentAlerts(ctx, claims.NewFigure, 10); len(none) != 0 {
		t.Errorf("RecentAlerts(new_figure) = %+v, want none", none)
	}
}

func TestPendingAlerts(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	clock := day
	s.now = func() time.Time { return clock }
	early := bot.Target{Platform: "telegram", ChatID: "@crosscheck"}
	late := bot.Target{Platform: "discord", ChatID: "123", GuildID: "9"}
	mustDo(t, s.Subscribe(ctx, early))
	a1 := queueTestAlert(t, s, "https://a.example/1", day.Add(time.Minute))
	clock = day.Add(time.Hour)
	mustDo(t, s.Subscribe(ctx, late))
	mustDo(t, s.Subscribe(ctx, early)) // again: keeps the first time
	a2 := queueTestAlert(t, s, "https://a.example/2", day.Add(2*time.Hour))

	mustDo(t, s.MarkDelivered(ctx, a1, early))
	mustDo(t, s.MarkDelivered(ctx, a1, early)) // a repeat is a no-op

	tests := map[string]struct {
		target bot.Target
		want   []int64
	}{
		"delivered alerts are not pending":           {early, []int64{a2}},
		"alerts before the subscription are not due": {late, []int64{a2}},
		"an unsubscribed target has none":            {bot.Target{Platform: "telegram", ChatID: "42"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.PendingAlerts(ctx, tc.target, 10)
			if err != nil || !sameIDs(got, tc.want) {
				t.Errorf("PendingAlerts = %v, %v; want IDs %v", got, err, tc.want)
			}
		})
	}
	if depth, _ := s.OutboxDepth(ctx); depth != 1 {
		t.Errorf("outbox depth %d, want 1 (a2)", depth)
	}
	if n, err := s.DropAlertsOlderThan(ctx, day.Add(3*time.Hour)); n != 1 || err != nil {
		t.Errorf("DropAlertsOlderThan = %d, %v; want 1 (a2; a1 was delivered)", n, err)
	}
	if got, _ := s.PendingAlerts(ctx, late, 10); len(got) != 0 {
		t.Errorf("dropped alerts still pending: %v", got)
	}
	if n := count(t, s, "deliveries"); n != 1 {
		t.Errorf("%d deliveries, want 1", n)
	}
}

func TestSubscriptionsSurviveReopen(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	tg := bot.Target{Platform: "telegram", ChatID: "-100"}
	dc := bot.Target{Platform: "discord", ChatID: "555", GuildID: "777"}
	gone := bot.Target{Platform: "telegram", ChatID: "1"}
	for _, t2 := range []bot.Target{tg, dc, gone} {
		mustDo(t, s.Subscribe(ctx, t2))
	}
	mustDo(t, s.Unsubscribe(ctx, gone))
	s = mustReopen(t, s)
	tests := map[string]struct {
		platform string
		want     []bot.Target
	}{
		"telegram":       {"telegram", []bot.Target{tg}},
		"discord":        {"discord", []bot.Target{dc}},
		"every platform": {"", []bot.Target{tg, dc}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.Subscribers(ctx, tc.platform)
			if err != nil || len(got) != len(tc.want) {
				t.Fatalf("Subscribers = %v, %v; want %v", got, err, tc.want)
			}
			for _, w := range tc.want {
				if !containsTarget(got, w) {
					t.Errorf("Subscribers = %v, missing %v", got, w)
				}
			}
		})
	}
}

// queueTestAlert stores two conflicting articles and returns the alert ID.
func queueTestAlert(tb testing.TB, s *Store, url string, raised time.Time) int64 {
	tb.Helper()
	before := claim(claims.Troops, 3000, claims.Exact, "before "+url)
	mustSave(tb, s, pipeline.Record{Item: item("https://f.example/rss", url+"/before", raised), Status: pipeline.StatusNew,
		Claims: []claims.Claim{before}})
	c := claim(claims.Troops, 12000, claims.Exact, "after "+url)
	alerts := mustSave(tb, s, pipeline.Record{Item: item("https://f.example/rss", url, raised), Status: pipeline.StatusNew,
		Claims: []claims.Claim{c}, Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: c,
			Against: storedClaims(tb, s, url+"/before"), Raised: raised}}})
	if len(alerts) != 1 {
		tb.Fatalf("queued %v, want one alert", alerts)
	}
	return alerts[0].ID
}

func sameIDs(alerts []claims.Alert, ids []int64) bool {
	if len(alerts) != len(ids) {
		return false
	}
	for i := range ids {
		if alerts[i].ID != ids[i] {
			return false
		}
	}
	return true
}

func containsTarget(ts []bot.Target, t bot.Target) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
