package store

import (
	"context"
	"fmt"
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
	if n := len(s.near.recs); n != 1 {
		t.Errorf("%d fingerprints indexed after reopen, want 1 (the original only)", n)
	}
}

// testURL is the URL the tests index article id under: hosts and paths
// vary, so the arena's origins are shared and its paths are not.
func testURL(id int) string {
	return fmt.Sprintf("https://site%d.example/news/%d-troops", id%7, id)
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
		x.add(int64(i+100), fp, testURL(i+100))
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
		m, ok := x.nearest(q)
		id, dist := m.id, m.dist
		if id != wantID || dist != wantDist || ok != wantOK || ok && (m.url != testURL(int(id)) || !m.urlKept) {
			t.Fatalf("nearest(%016x) = %d, %d, %v; a scan gives %d, %d, %v", q, id, dist, ok, wantID, wantDist, wantOK)
		}
	}
}

// TestHintedNearestMatchesWhole: a search begun with hint on the articles
// indexed so far and finished with nearestFrom after more were indexed
// (the bucket tables doubling in between) gives what a whole search
// gives, ties to the oldest included. Half the queries are near the
// articles indexed in between, the first of them always among them.
func TestHintedNearestMatchesWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	x := newNearIndex()
	var fps []uint64
	next := func(n int) []uint64 {
		var out []uint64
		for range n {
			fp := r.Uint64()
			if len(fps)+len(out) > 0 && r.IntN(2) == 0 {
				all := append(append([]uint64(nil), fps...), out...)
				fp = all[r.IntN(len(all))] ^ flips(r, r.IntN(4)) // near and equal neighbours
			}
			out = append(out, fp)
		}
		return out
	}
	index := func(more []uint64) {
		for _, fp := range more {
			fps = append(fps, fp)
			x.add(int64(len(fps)+100), fp, testURL(len(fps)+100))
		}
	}
	index(next(700))
	for round := range 6 {
		more := next(150 * (round + 1)) // past nearBuckets (1,024) in the second round
		queries := make([]uint64, 500)
		hints := make([]pipeline.NearHint, len(queries))
		for i := range queries {
			near := fps[r.IntN(len(fps))]
			switch {
			case i == 0:
				near = more[0]
			case i%2 == 0:
				near = more[r.IntN(len(more))]
			}
			queries[i] = near ^ flips(r, i%(dedup.MaxDistance+3))
			hints[i] = x.hint(queries[i])
		}
		index(more)
		for i, q := range queries {
			want, wantOK := x.nearest(q)
			wantID, wantDist := want.id, want.dist
			m, ok := x.nearestFrom(q, hints[i])
			id, dist := m.id, m.dist
			if id != wantID || dist != wantDist || ok != wantOK || m.url != want.url {
				t.Fatalf("round %d: hinted nearest(%016x) = %d, %d, %v; whole search %d, %d, %v", round, q, id, dist, ok, wantID, wantDist, wantOK)
			}
		}
	}
}

// TestNearestWithOneKeyCrowded: hundreds of articles that share a key in
// every band, at homes anywhere in a table, are all found: their run in
// home order may reach past the last home into the overflow, which grows.
func TestNearestWithOneKeyCrowded(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	x := newNearIndex()
	base := r.Uint64()
	var fps []uint64
	for i := range 1500 {
		fp := r.Uint64()
		if i%2 == 0 {
			fp = base ^ flips(r, 1+r.IntN(dedup.MaxDistance)) // one key in some band, most of them in all
		}
		fps = append(fps, fp)
		x.add(int64(i+1), fp, testURL(i+1))
	}
	for i, fp := range fps {
		m, ok := x.nearest(fp)
		if !ok || m.dist != 0 || fps[m.id-1] != fp {
			t.Fatalf("nearest(fps[%d]) = %+v, %v; want an article at distance 0", i, m, ok)
		}
	}
}
