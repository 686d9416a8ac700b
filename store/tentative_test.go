package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// A guessed claim stays a guess after a restart, when earlier claims come
// from SQLite rather than memory: it must never raise a conflict later.
func TestTentativeSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	day := time.Date(2025, 1, 13, 9, 0, 0, 0, time.UTC)
	s := mustOpenPath(t, path)
	guess := claims.Claim{Metric: claims.Killed, Subject: claims.NorthKorea, Value: 300, Qualifier: claims.About,
		Attribution: "NIS", Quote: "About 300 were killed.", Tentative: true, Published: day}
	sure := guess
	sure.Value, sure.Tentative, sure.Quote = 2700, false, "About 2,700 North Korean soldiers were wounded."
	sure.Metric = claims.Wounded
	mustSave(t, s, pipeline.Record{Item: item("https://f.example/rss", "https://f.example/1", day),
		Status: pipeline.StatusNew, Claims: []claims.Claim{guess, sure}})
	s.Close()

	s = mustOpenPath(t, path)
	for _, want := range []claims.Claim{guess, sure} {
		got, err := s.ClaimsAbout(ctx, want.Metric, want.Subject, day.Add(-time.Hour), day.Add(time.Hour), 10)
		if err != nil || len(got) != 1 {
			t.Fatalf("%s claims: %v %v", want.Metric, got, err)
		}
		if got[0].Tentative != want.Tentative {
			t.Errorf("%s claim read back with Tentative=%v, want %v", want.Metric, got[0].Tentative, want.Tentative)
		}
	}
}
