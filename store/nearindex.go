package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// nearIndex finds stored fingerprints near a given one. It lives in
// memory, rebuilt from articles.fingerprint at Open: a lookup probes a
// fixed set of keys (dedup.Probes) that each match a few articles in a
// million, where the band table in SQLite cost a B-tree seek per probe and
// grew with the database (docs/BENCHMARKS.md).
//
// At a million articles the index is far larger than the CPU's caches,
// and a lookup's cost is its random reads. Each band keeps a bitmap of
// the keys it holds (512 KB), so a probe of a key no article has (most
// of the 67) reads nothing else. The positions with a key are chained
// from a bucket of a table as long as the index (a map of every key had
// taken 57 bytes an article, half the index, and a read per probe). A
// bucket may chain other keys too: every article in a chain is a real
// one at its real distance, so visiting it never changes the answer.
// About 45 bytes per article; a lookup took 2 µs at 10k and 16 µs at 1M
// before, 0.8 and 8 µs with the bitmaps, 0.5 and 4.5 µs now.
//
// A bucket is the key's low bits, so a probe's one-bit variants fall into
// nearby buckets, in the same few cache lines. The bench's articles share
// most sentences, and keys that differ only in their high bits then share
// buckets: a multiplicative hash visited 2.5 times fewer candidates there,
// but scattered the variants and took 7 µs at a million random ones; the
// dedup measure is random fingerprints, and real coverage is not the
// generator's few hundred sentences.
type nearIndex struct {
	mu    sync.RWMutex
	ids   []int64  // article IDs, in the order added
	fps   []uint64 // their fingerprints
	bands [dedup.BandCount]nearBand
}

// nearBand is one band's part of the index.
type nearBand struct {
	held  []uint64 // bit k set: some article has key k in this band
	heads []int32  // bucket → the newest position in it, +1 (0: none)
	next  []int32  // position → the next older position in its bucket, +1
}

// nearBuckets is the smallest bucket table; it doubles as the index
// grows past it, up to one bucket per key.
const nearBuckets = 1 << 10

func newNearIndex() *nearIndex {
	x := &nearIndex{}
	for i := range x.bands {
		x.bands[i].held = make([]uint64, 1<<dedup.KeyBits/64)
		x.bands[i].heads = make([]int32, nearBuckets)
	}
	return x
}

// bucket is where a key's positions are chained.
func (b *nearBand) bucket(key uint64) uint64 { return keyBits(key) & uint64(len(b.heads)-1) }

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
	if n := len(x.ids); n >= len(x.bands[0].heads) && n < 1<<dedup.KeyBits {
		x.grow()
	}
	pos := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.fps = append(x.fps, fp)
	var buf [dedup.BandCount]uint64
	for band, key := range dedup.AppendBands(buf[:0], fp) {
		x.bands[band].link(pos, key)
	}
}

// link chains position pos, whose key in the band is key.
func (b *nearBand) link(pos int32, key uint64) {
	k := b.bucket(key)
	b.next = append(b.next[:pos], b.heads[k])
	b.heads[k] = pos + 1
	bits := keyBits(key)
	b.held[bits/64] |= 1 << (bits % 64)
}

// grow doubles the bucket tables and chains every position again.
func (x *nearIndex) grow() {
	for i := range x.bands {
		b := &x.bands[i]
		b.heads = make([]int32, 2*len(b.heads))
		b.next = b.next[:0]
	}
	var buf [dedup.BandCount]uint64
	for pos, fp := range x.fps {
		for band, key := range dedup.AppendBands(buf[:0], fp) {
			x.bands[band].link(int32(pos), key)
		}
	}
}

// keyBits is a band key without its band index.
func keyBits(key uint64) uint64 { return key & (1<<dedup.KeyBits - 1) }

// nearest gives the article whose fingerprint is closest to fp within
// dedup.MaxDistance, and its distance; the oldest wins a tie.
func (x *nearIndex) nearest(fp uint64) (id int64, dist int, ok bool) {
	return x.nearestFrom(fp, pipeline.NearHint{Pos: -1})
}

// hint searches the articles indexed so far, for nearestFrom to finish
// later: the pipeline asks in Prepare, in parallel, and only the articles
// indexed in between are searched under its lock. In `crosscheck bench`,
// whose articles share most sentences and so most fingerprint bits, the
// search was a quarter of the serial stage.
func (x *nearIndex) hint(fp uint64) pipeline.NearHint {
	x.mu.RLock()
	defer x.mu.RUnlock()
	pos, dist := x.search(fp, 0, -1, dedup.MaxDistance+1)
	return pipeline.NearHint{Indexed: len(x.ids), Pos: int(pos), Dist: dist}
}

// nearestFrom is nearest for a fingerprint whose search among the first
// h.Indexed articles gave h: it searches the articles indexed since. An
// article indexed later is newer, so it wins only when strictly nearer,
// as a whole search breaks ties.
func (x *nearIndex) nearestFrom(fp uint64, h pipeline.NearHint) (id int64, dist int, ok bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	bestPos, bestDist := int32(h.Pos), h.Dist
	if bestPos < 0 {
		bestDist = dedup.MaxDistance + 1
	}
	bestPos, bestDist = x.search(fp, int32(h.Indexed), bestPos, bestDist)
	if bestPos < 0 {
		return 0, 0, false
	}
	return x.ids[bestPos], bestDist, true
}

// search improves on (bestPos, bestDist) with the articles at positions
// from on whose fingerprints are within reach of fp; the oldest wins a
// tie. Chains run newest first, so each stops at the first older
// position. Under x.mu.
func (x *nearIndex) search(fp uint64, from, bestPos int32, bestDist int) (int32, int) {
	var buf [dedup.ProbeCount]uint64
	for _, key := range dedup.AppendProbes(buf[:0], fp) {
		b := &x.bands[key>>56]
		if k := keyBits(key); b.held[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for p := b.heads[b.bucket(key)]; p > from; p = b.next[p-1] {
			pos := p - 1
			d := dedup.Distance(fp, x.fps[pos])
			if d < bestDist || (d == bestDist && pos < bestPos) {
				bestPos, bestDist = pos, d
			}
		}
	}
	return bestPos, bestDist
}
