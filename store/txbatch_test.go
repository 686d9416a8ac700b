package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
)

// TestBatchSeesItsOwnRows checks what a batch answers against SQLite
// inside its transaction, for random claims saved partly before the
// batch (committed, in memory) and partly in it (pending): ClaimsAbout
// merges the two exactly, and nothing pending reaches memory before
// Commit.
func TestBatchSeesItsOwnRows(t *testing.T) {
	tests := map[string]struct{ keep, before, inBatch int }{
		"memory sure, batch adds newer and older claims": {keep: 1000, before: 20, inBatch: 20},
		"memory trimmed, some answers go to SQL":         {keep: 5, before: 40, inBatch: 20},
		"empty store, everything pending":                {keep: 1000, before: 0, inBatch: 20},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := mustOpen(t)
			s.recent = newRecentClaims(tc.keep)
			r := rand.New(rand.NewPCG(11, uint64(tc.keep+tc.before)))
			ctx := context.Background()
			for i := range tc.before {
				mustSave(t, s, randomClaimsRecord(r, i))
			}
			committed := int64(count(t, s, "claims")) // IDs up to this one are committed
			pb, err := s.BeginBatch(ctx)
			mustDo(t, err)
			b := pb.(*Batch)
			defer b.Rollback()
			for i := range tc.inBatch {
				if _, err := b.Save(ctx, randomClaimsRecord(r, tc.before+i)); err != nil {
					t.Fatal(err)
				}
				for range 3 {
					m := []claims.Metric{claims.Troops, claims.Killed}[r.IntN(2)]
					from := day.Add(time.Duration(r.IntN(48)-4) * time.Hour)
					to := from.Add(time.Duration(r.IntN(48)) * time.Hour)
					limit := 1 + r.IntN(12)
					got, err := b.ClaimsAbout(ctx, m, claims.NorthKorea, from, to, limit)
					mustDo(t, err)
					want, err := queryClaims(ctx, b.tx.tx, "want", claimsAboutQuery,
						m, claims.NorthKorea, micros(from), micros(to), limit)
					mustDo(t, err)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("after %d saves in the batch, %s in [%s, %s] limit %d:\n got %v\nwant %v",
							i+1, m, from, to, limit, ids(got), ids(want))
					}
				}
			}
			for _, l := range s.recent.lists {
				for _, e := range l.cs {
					if e.c.ID > committed {
						t.Fatalf("claim %d of the uncommitted batch is in memory", e.c.ID)
					}
				}
			}
		})
	}
}

// TestBatchDuplicateOf: inside a batch, a copy of an article saved earlier
// in it is found (by canonical URL, fingerprint or sentences); after a
// rollback, nothing of the batch is found, in SQL or in the near index.
func TestBatchDuplicateOf(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	orig := signedRecord(1, corpusBody(t, "000"), "new")
	pb, err := s.BeginBatch(ctx)
	mustDo(t, err)
	if _, err := pb.Save(ctx, orig); err != nil {
		t.Fatal(err)
	}
	sig := dedup.Signature{Fingerprint: orig.Fingerprint ^ 0b101, Sentences: orig.Sentences}
	tests := map[string]struct {
		canonical string
		sig       dedup.Signature
	}{
		"same canonical URL": {orig.Item.Canonical, dedup.Signature{}},
		"a near fingerprint": {"https://other.example/x", dedup.Signature{Fingerprint: sig.Fingerprint}},
		"the same sentences": {"https://other.example/y", dedup.Signature{Sentences: sig.Sentences}},
		"all three at once":  {orig.Item.Canonical, sig},
	}
	for name, tc := range tests {
		url, ok, err := pb.DuplicateOf(ctx, tc.canonical, tc.sig)
		if err != nil || !ok || url != orig.Item.URL {
			t.Errorf("in the batch, %s: DuplicateOf = %q, %v, %v; want %q", name, url, ok, err, orig.Item.URL)
		}
	}
	pb.Rollback()
	for name, tc := range tests {
		if url, ok, err := s.DuplicateOf(ctx, tc.canonical, tc.sig); err != nil || ok {
			t.Errorf("after rollback, %s: DuplicateOf = %q, %v, %v; want nothing", name, url, ok, err)
		}
	}
	if n := count(t, s, "articles"); n != 0 {
		t.Errorf("%d articles after rollback, want 0", n)
	}
}
