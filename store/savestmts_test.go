package store

import (
	"context"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// The store remembers alerted pairs to spare a lookup each; what it
// remembers must be what was committed, no more.
func TestAlertedPairsInMemoryFollowCommits(t *testing.T) {
	s := mustOpen(t)
	zelensky := claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky")
	jcs := claim(claims.Casualties, 1100, claims.About, "South Korea's Joint Chiefs of Staff")
	stranger := claim(claims.Killed, 7, claims.Exact, "nobody in this record")
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/1", day),
		Status: pipeline.StatusNew, Fingerprint: 1, Claims: []claims.Claim{jcs}})
	earlier := storedClaims(t, s, "https://a.example/1")
	record := func(url string, alerts ...claims.Alert) pipeline.Record {
		return pipeline.Record{Item: item("https://b.example/rss", url, day.Add(time.Hour)),
			Status: pipeline.StatusNew, Fingerprint: 2, Claims: []claims.Claim{zelensky}, Alerts: alerts}
	}
	conflict := claims.Alert{Kind: claims.Conflict, Claim: zelensky, Against: earlier, Raised: day.Add(time.Hour)}
	broken := claims.Alert{Kind: claims.Conflict, Claim: stranger, Against: earlier, Raised: day.Add(time.Hour)}

	// The pair is recorded, then the second alert fails: all rolled back.
	if _, err := s.Save(context.Background(), record("https://b.example/rolled-back", conflict, broken)); err == nil {
		t.Fatal("Save of an alert naming a claim not in the record succeeded")
	}
	tests := []struct {
		name, url  string
		wantQueued int
	}{
		{"a pair whose save was rolled back is still new", "https://b.example/1", 1},
		{"a committed pair is not queued again", "https://b.example/2", 0},
	}
	for _, tt := range tests {
		if got := mustSave(t, s, record(tt.url, conflict)); len(got) != tt.wantQueued {
			t.Errorf("%s: queued %d alerts, want %d", tt.name, len(got), tt.wantQueued)
		}
	}
	if n := count(t, s, "alert_pair_hashes"); n != 1 {
		t.Errorf("%d alert pairs stored, want 1", n)
	}
}

// TestAlertedPairsAcrossRestarts: whether memory holds every alerted pair
// (loaded at open, kept since) or not (emptied when full, then SQLite is
// asked), a pair committed before is never queued again and a new one is.
func TestAlertedPairsAcrossRestarts(t *testing.T) {
	zelensky := claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky")
	jcs := claim(claims.Casualties, 1100, claims.About, "South Korea's Joint Chiefs of Staff")
	nis := claim(claims.Casualties, 900, claims.About, "NIS")
	tests := map[string]struct {
		restart      func(t *testing.T, s *Store) *Store
		wantComplete bool
	}{
		"same process":   {func(t *testing.T, s *Store) *Store { return s }, true},
		"reopened store": {func(t *testing.T, s *Store) *Store { return mustReopen(t, s) }, true},
		"memory emptied when full": {func(t *testing.T, s *Store) *Store {
			s.saveStmts.alerted, s.saveStmts.complete = nil, false
			return s
		}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := mustOpen(t)
			mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/1", day),
				Status: pipeline.StatusNew, Fingerprint: 1, Claims: []claims.Claim{jcs, nis}})
			earlier := storedClaims(t, s, "https://a.example/1")
			raise := func(url string, against ...claims.Claim) []claims.Alert {
				return mustSave(t, s, pipeline.Record{Item: item("https://b.example/rss", url, day.Add(time.Hour)),
					Status: pipeline.StatusNew, Fingerprint: 2, Claims: []claims.Claim{zelensky},
					Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: zelensky, Against: against, Raised: day.Add(time.Hour)}}})
			}
			if got := raise("https://b.example/1", earlier[0]); len(got) != 1 {
				t.Fatalf("the first alert was not queued: %+v", got)
			}
			s = tc.restart(t, s)
			got := raise("https://b.example/2", earlier...)
			if len(got) != 1 || len(got[0].Against) != 1 || got[0].Against[0].Attribution != "NIS" {
				t.Errorf("queued %+v, want one alert against NIS's claim alone", got)
			}
			if s.saveStmts.complete != tc.wantComplete {
				t.Errorf("memory complete = %v, want %v", s.saveStmts.complete, tc.wantComplete)
			}
		})
	}
}
