package store

import (
	"context"
	"testing"

	"github.com/crosscheck-bot/crosscheck/claims"
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
			if _, ok, _ := s.DuplicateOf(context.Background(), "", 0xaaaa^0b11); ok != tc.wantFound {
				t.Errorf("first record found as an original = %v, want %v", ok, tc.wantFound)
			}
		})
	}
}
