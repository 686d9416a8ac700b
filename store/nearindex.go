package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// nearIndex finds stored fingerprints near a given one. It lives in
// memory, rebuilt from articles.fingerprint at Open: a lookup probes a
// fixed set of keys (dedup.Probes) that each match a few articles in a
// million, so it costs the same microseconds at 10k articles as at 1M,
// where the band table in SQLite cost a B-tree seek per probe and grew
// with the database (docs/BENCHMARKS.md). About 90 bytes per article.
type nearIndex struct {
	mu   sync.RWMutex
	ids  []int64          // article IDs, in the order added
	fps  []uint64         // their fingerprints
	head map[uint64]int32 // band key → newest position with it, +1 (0: none)
	next [][]int32        // per band: position → older position with the same key, +1
}

func newNearIndex() *nearIndex {
	return &nearIndex{head: map[uint64]int32{}, next: make([][]int32, len(dedup.Bands(0)))}
}

// loadNearIndex reads the fingerprints of every new article.
func loadNearIndex(ctx context.Context, s *Store) (*nearIndex, error) {
	idx := newNearIndex()
	rows, err := s.db.QueryContext(ctx, `SELECT id, fingerprint FROM articles
		WHERE status = 'new' AND fingerprint <> 0 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("load fingerprints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp int64
		if err := rows.Scan(&id, &fp); err != nil {
			return nil, fmt.Errorf("load fingerprints: %w", err)
		}
		idx.add(id, uint64(fp))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load fingerprints: %w", err)
	}
	return idx, nil
}

// add indexes a stored article; call it after its transaction commits.
func (x *nearIndex) add(id int64, fp uint64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	pos := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.fps = append(x.fps, fp)
	for band, key := range dedup.Bands(fp) {
		x.next[band] = append(x.next[band], x.head[key])
		x.head[key] = pos + 1
	}
}

// nearest gives the article whose fingerprint is closest to fp within
// dedup.MaxDistance, and its distance; the oldest wins a tie.
func (x *nearIndex) nearest(fp uint64) (id int64, dist int, ok bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	bestPos, bestDist := int32(-1), dedup.MaxDistance+1
	for _, key := range dedup.Probes(fp) {
		band := int(key >> 56)
		for p := x.head[key]; p != 0; p = x.next[band][p-1] {
			pos := p - 1
			d := dedup.Distance(fp, x.fps[pos])
			if d < bestDist || (d == bestDist && pos < bestPos) {
				bestPos, bestDist = pos, d
			}
		}
	}
	if bestPos < 0 {
		return 0, 0, false
	}
	return x.ids[bestPos], bestDist, true
}
