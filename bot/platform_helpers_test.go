package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// Helpers both platforms' integration tests share: a claim whose
// attribution and title carry markup and a mass mention, as a hostile feed
// would send them.

// saveClaim stores an article with one casualty claim; with
// against set it also queues a conflict alert against that earlier claim.
func saveClaim(t *testing.T, st *store.Store, url string, value float64, against *claims.Claim) claims.Claim {
	t.Helper()
	ctx := context.Background()
	published := time.Now().UTC().Add(-time.Hour)
	c := claims.Claim{
		Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk", Value: value,
		Qualifier: claims.About, Attribution: "<b>officials</b> & aides @everyone", Quote: "About N were killed or wounded",
		ArticleURL: url, Source: "Outlet", Published: published,
	}
	r := pipeline.Record{
		Item:   feeds.Item{FeedURL: "https://feed.example/rss", GUID: url, URL: url, Canonical: url, Title: "Report <i> @everyone", Source: "Outlet", Published: published},
		Status: pipeline.StatusNew, Fingerprint: uint64(value) * 7919, Claims: []claims.Claim{c},
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
