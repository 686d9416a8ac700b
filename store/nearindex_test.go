package store

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestNearIndexSurvivesReopen: the near-copy index is rebuilt from the
// stored articles, so a copy arriving after a restart still finds its
// original, and copies and off-topic articles never become originals.
func TestNearIndexSurvivesReopen(t *testing.T) {
	const fp = 0x0123456789abcdef
	s := mustOpen(t)
	orig := benchRecord(1, fp)
	mustSave(t, s, orig)
	copyRec := benchRecord(2, fp^0b1)
	copyRec.Status, copyRec.DuplicateOf = pipeline.StatusDuplicate, orig.Item.URL
	mustSave(t, s, copyRec)
	off := benchRecord(3, ^uint64(fp))
	off.Status = pipeline.StatusOffTopic
	mustSave(t, s, off)
	s = mustReopen(t, s)

	tests := map[string]struct {
		fp   uint64
		want string
	}{
		"a copy 5 bits away finds the original": {fp ^ 0b11111<<30, orig.Item.URL},
		"6 bits away is another article":        {fp ^ 0b111111<<30, ""},
		"an off-topic text is no original":      {^uint64(fp), ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", dedup.Signature{Fingerprint: tc.fp})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("DuplicateOf = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	if n := len(s.near.ids); n != 1 {
		t.Errorf("%d fingerprints indexed after reopen, want 1 (the original only)", n)
	}
}

// TestNearestMatchesScan: the index gives what a scan of every stored
// fingerprint gives: the nearest within dedup.MaxDistance, the oldest of
// equals, for fingerprints at every distance from stored ones.
func TestNearestMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	x := newNearIndex()
	var fps []uint64
	for i := range 3000 {
		fp := r.Uint64()
		if i%3 == 0 && i > 0 {
			fp = fps[r.IntN(len(fps))] ^ flips(r, r.IntN(4)) // near and equal neighbours
		}
		fps = append(fps, fp)
		x.add(int64(i+100), fp)
	}
	scan := func(fp uint64) (int64, int, bool) {
		best, bestDist := -1, dedup.MaxDistance+1
		for i, s := range fps {
			if d := dedup.Distance(fp, s); d < bestDist {
				best, bestDist = i, d
			}
		}
		if best < 0 {
			return 0, 0, false
		}
		return int64(best + 100), bestDist, true
	}
	for i := range 20000 {
		q := fps[r.IntN(len(fps))] ^ flips(r, i%(dedup.MaxDistance+3))
		wantID, wantDist, wantOK := scan(q)
		id, dist, ok := x.nearest(q)
		if id != wantID || dist != wantDist || ok != wantOK {
			t.Fatalf("nearest(%016x) = %d, %d, %v; a scan gives %d, %d, %v", q, id, dist, ok, wantID, wantDist, wantOK)
		}
	}
}
