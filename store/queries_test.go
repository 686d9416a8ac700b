package store

import (
	"context"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

func TestFeedStates(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	const old, moved = "http://wire.example/rss", "https://wire.example/feed"
	if st, err := s.FeedState(ctx, old); err != nil || st != (feeds.State{URL: old}) {
		t.Fatalf("unknown feed: %+v, %v; want a zero state with the URL", st, err)
	}
	st := feeds.State{URL: old, ETag: `"v1"`, LastPoll: day, LastSuccess: day, NextPoll: day.Add(time.Hour), Errors: 0}
	mustDo(t, s.SaveFeedState(ctx, st))
	mustSave(t, s, pipeline.Record{Item: item(old, "https://wire.example/a", day), Status: pipeline.StatusNew})
	mustDo(t, s.MoveFeed(ctx, old, moved))

	tests := map[string]struct {
		feed, guid string
		seen       bool
	}{
		"entries move with the feed":   {moved, "https://wire.example/a", true},
		"the old URL keeps no entries": {old, "https://wire.example/a", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if seen, err := s.ItemSeen(ctx, tc.feed, tc.guid); err != nil || seen != tc.seen {
				t.Errorf("ItemSeen = %v, %v; want %v", seen, err, tc.seen)
			}
		})
	}
	got, err := s.FeedStates(ctx)
	if err != nil || len(got) != 1 || got[0].URL != moved || got[0].ETag != `"v1"` || !got[0].NextPoll.Equal(day.Add(time.Hour)) {
		t.Errorf("FeedStates = %+v, %v; want the moved state", got, err)
	}
}

func TestLatestArticlesAndFigures(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	jcsOld := claim(claims.Troops, 10000, claims.About, "JCS")
	jcsNew := claim(claims.Troops, 11000, claims.About, "JCS")
	anon := claim(claims.Killed, 200, claims.Exact, claims.Unattributed)
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/1", day), Status: pipeline.StatusNew,
		Claims: []claims.Claim{jcsOld, anon}})
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/2", day.Add(24*time.Hour)),
		Status: pipeline.StatusNew, Claims: []claims.Claim{jcsNew}})
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/copy", day.Add(48*time.Hour)),
		Status: pipeline.StatusDuplicate, DuplicateOf: "https://a.example/2"})

	arts, err := s.LatestArticles(ctx, 10)
	if err != nil || len(arts) != 2 || arts[0].URL != "https://a.example/2" || len(arts[0].Claims) != 1 || len(arts[1].Claims) != 2 {
		t.Fatalf("LatestArticles = %+v, %v; want the two kept articles, newest first, with their claims", arts, err)
	}
	tests := map[string]struct {
		metric claims.Metric
		want   []float64
	}{
		"newest per speaker and metric": {"", []float64{200, 11000}},
		"one metric":                    {claims.Troops, []float64{11000}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.LatestFigures(ctx, tc.metric)
			if err != nil || len(got) != len(tc.want) {
				t.Fatalf("LatestFigures = %+v, %v; want values %v", got, err, tc.want)
			}
			for i, c := range got {
				if c.Value != tc.want[i] {
					t.Errorf("figure %d = %v, want %v", i, c.Value, tc.want[i])
				}
			}
		})
	}
	about, err := s.ClaimsAbout(ctx, claims.Troops, claims.NorthKorea, day, day.Add(24*time.Hour), 10)
	if err != nil || len(about) != 2 || about[0].Value != 11000 || about[0].Source != "source of https://a.example/rss" {
		t.Errorf("ClaimsAbout = %+v, %v; want both troop claims newest first with their source", about, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.ArticlesNew != 2 || st.ArticlesDuplicate != 1 || st.Claims != 3 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
}
