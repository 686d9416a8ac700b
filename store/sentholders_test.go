package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestSentenceHoldersFromMemory: memory's answer for a sentence hash is
// what SQLite holds, after batches that commit and batches that roll
// back, with lookups inside and outside them.
func TestSentenceHoldersFromMemory(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r := rand.New(rand.NewPCG(3, 3))
	pool := make([]uint64, 40) // sentences the originals share, as the bench's do
	for i := range pool {
		pool[i] = r.Uint64()
	}
	sig := func() dedup.Signature {
		var hs []uint64
		for _, i := range r.Perm(len(pool))[:9] {
			hs = append(hs, pool[i])
		}
		return dedup.Signature{Sentences: hs}
	}
	next := 0
	for round := range 30 {
		pb, err := s.BeginBatch(ctx)
		mustDo(t, err)
		for range 1 + r.IntN(4) {
			sg := sig()
			if _, _, err := pb.DuplicateOf(ctx, "", sg); err != nil {
				t.Fatal(err)
			}
			rec := benchRecord(next, 0)
			next++
			rec.Claims, rec.Sentences, rec.Status = nil, sg.Sentences, pipeline.StatusNew
			if _, err := pb.Save(ctx, rec); err != nil {
				t.Fatal(err)
			}
		}
		if round%3 == 2 {
			pb.Rollback()
		} else {
			mustDo(t, pb.Commit())
		}
		if _, _, err := s.DuplicateOf(ctx, "", sig()); err != nil {
			t.Fatal(err)
		}
		checkHoldersMemory(t, s, fmt.Sprintf("after round %d", round))
	}
	if len(s.sentenceHolders.ids) == 0 {
		t.Error("memory learned no sentence hash: the test checked nothing")
	}
}

func checkHoldersMemory(t *testing.T, s *Store, when string) {
	t.Helper()
	st, err := s.db.Prepare(saveSQL[stmtSentenceIDs])
	mustDo(t, err)
	defer st.Close()
	for h, hs := range s.sentenceHolders.ids {
		want, err := holdersOf(context.Background(), st, h, nil)
		mustDo(t, err)
		if !slices.Equal(hs, want) {
			t.Fatalf("%s: memory names %v for a sentence, SQLite %v", when, hs, want)
		}
	}
}
