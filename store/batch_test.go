package store

import (
	"context"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

func TestSaveBatch(t *testing.T) {
	tests := map[string]struct {
		breakLast    bool
		wantArticles int
		wantFound    bool
	}{
		"every record is stored and indexed": {false, 3, true},
		"one bad record stores none":         {true, 0, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := mustOpen(t)
			rs := []pipeline.Record{benchRecord(1, 0xaaaa), benchRecord(2, 0xbbbb<<20), benchRecord(3, 0xcccc<<40)}
			if tc.breakLast {
				rs[2].Claims = append(rs[2].Claims, claim(claims.Killed, -1, claims.Exact, "nobody"))
			}
			_, err := s.SaveBatch(context.Background(), rs)
			if (err != nil) != tc.breakLast {
				t.Fatalf("SaveBatch: %v", err)
			}
			if n := count(t, s, "articles"); n != tc.wantArticles {
				t.Errorf("%d articles stored, want %d", n, tc.wantArticles)
			}
			if _, ok, _ := s.DuplicateOf(context.Background(), "", dedup.Signature{Fingerprint: 0xaaaa ^ 0b11}); ok != tc.wantFound {
				t.Errorf("first record found as an original = %v, want %v", ok, tc.wantFound)
			}
		})
	}
}

// TestAlertAgainstManyClaims: an alert naming more earlier claims than
// one lookup query takes still queues exactly the pairs never alerted,
// each once.
func TestAlertAgainstManyClaims(t *testing.T) {
	s := mustOpen(t)
	var many []claims.Claim
	for v := range 1200 {
		many = append(many, claim(claims.Casualties, float64(10+v), claims.Exact, "JCS"))
	}
	mustSave(t, s, pipeline.Record{Item: item("https://a.example/rss", "https://a.example/1", day),
		Status: pipeline.StatusNew, Fingerprint: 1, Claims: many})
	earlier := storedClaims(t, s, "https://a.example/1")
	zelensky := claim(claims.Casualties, 90000, claims.MoreThan, "Volodymyr Zelensky")
	raise := func(n int, against []claims.Claim) []claims.Alert {
		url := "https://b.example/" + string(rune('a'+n))
		return mustSave(t, s, pipeline.Record{Item: item("https://b.example/rss", url, day.Add(time.Hour)),
			Status: pipeline.StatusNew, Fingerprint: uint64(n + 2), Claims: []claims.Claim{zelensky},
			Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: zelensky, Against: against, Raised: day.Add(time.Hour)}}})
	}
	tests := []struct {
		name        string
		against     []claims.Claim
		wantAgainst int
	}{
		{"the first 700", earlier[:700], 700},
		{"all of them, one twice: the 500 left", append(append([]claims.Claim(nil), earlier...), earlier[1100]), 500},
		{"all of them again", earlier, 0},
	}
	for i, tc := range tests {
		got := raise(i, tc.against)
		n := 0
		if len(got) == 1 {
			n = len(got[0].Against)
		}
		if n != tc.wantAgainst || (tc.wantAgainst == 0) != (len(got) == 0) {
			t.Errorf("%s: queued %d alerts against %d claims, want against %d", tc.name, len(got), n, tc.wantAgainst)
		}
	}
}
