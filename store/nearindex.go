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
// million, where the band table in SQLite cost a B-tree seek per probe and
// grew with the database (docs/BENCHMARKS.md).
//
// At a million articles the index is far larger than the CPU's caches,
// and a lookup's cost is its random reads: a map read per probe and two
// per candidate took it from 2 µs at 10k to 16 µs at 1M. Each band now
// has a bitmap of the keys it holds (512 KB), so a probe of an empty key
// reads no map, and each chain entry carries its fingerprint, so a
// candidate costs one read. About 110 bytes per article.
type nearIndex struct {
	mu    sync.RWMutex
	ids   []int64          // article IDs, in the order added
	head  map[uint64]int32 // band key → newest position with it, +1 (0: none)
	bands []nearBand
}

// nearBand is one band's half of the index.
type nearBand struct {
	held  []uint64   // bit k set: some article has key k in this band
	chain []nearLink // per position
}

// nearLink is a position's entry in its key's chain: its fingerprint, and
// the next older position with the same key, +1 (0: none).
type nearLink struct {
	fp   uint64
	next int32
}

func newNearIndex() *nearIndex {
	x := &nearIndex{head: map[uint64]int32{}, bands: make([]nearBand, len(dedup.Bands(0)))}
	for i := range x.bands {
		x.bands[i].held = make([]uint64, 1<<dedup.KeyBits/64)
	}
	return x
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
	for band, key := range dedup.Bands(fp) {
		b := &x.bands[band]
		b.chain = append(b.chain, nearLink{fp: fp, next: x.head[key]})
		x.head[key] = pos + 1
		k := keyBits(key)
		b.held[k/64] |= 1 << (k % 64)
	}
}

// keyBits is a band key without its band index.
func keyBits(key uint64) uint64 { return key & (1<<dedup.KeyBits - 1) }

// nearest gives the article whose fingerprint is closest to fp within
// dedup.MaxDistance, and its distance; the oldest wins a tie.
func (x *nearIndex) nearest(fp uint64) (id int64, dist int, ok bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var buf [dedup.ProbeCount]uint64
	bestPos, bestDist := int32(-1), dedup.MaxDistance+1
	for _, key := range dedup.AppendProbes(buf[:0], fp) {
		b := &x.bands[key>>56]
		if k := keyBits(key); b.held[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for p := x.head[key]; p != 0; p = b.chain[p-1].next {
			pos := p - 1
			d := dedup.Distance(fp, b.chain[pos].fp)
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
