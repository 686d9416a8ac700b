package store

import (
	"context"
	"fmt"
	"math/bits"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// nearIndex finds stored fingerprints near a given one, and gives the
// nearest article's URL. It lives in memory, rebuilt from the articles
// table at Open: a lookup probes a fixed set of keys (dedup.Probes) that
// each match a few articles in a million, where the band table in SQLite
// cost a B-tree seek per probe and grew with the database
// (docs/BENCHMARKS.md).
//
// At a million articles the index is far larger than the CPU's caches, and
// a lookup's cost is its random reads: about 150 ns each on this machine,
// TLB misses included. Each band keeps a bitmap of the keys it holds
// (512 KB), so a probe of a key no article has (nearly all of the 67 at
// 10k, two thirds at 1M) reads nothing else. A held key's articles are in
// an open-addressed table, one per band: the probe reads the run of slots
// from the key's home, usually within one cache line. A slot holds 32 bits
// of its fingerprint outside the band (dedup.OutsideBand) and the
// article's position: two fingerprints differ in at least as many bits as
// those 32 do, which rules out nearly every article that merely shares a
// key without reading its fingerprint. A run may hold other keys'
// articles too: each is a real one, judged at its real distance, so
// visiting it never changes the answer.
//
// The ninth round's chains (a bucket's newest position, the next older,
// the fingerprint by position) took three dependent reads per candidate:
// 0.5 µs at 10k and 6.6 µs at 1M. The held probes' home slots are read
// together here (search), which the CPU overlaps.
//
// The URL comes from memory too (urlArena): DuplicateOf read it from
// SQLite, a B-tree leaf that at a million articles was rarely cached, and
// that read was most of the lookup (10-25 µs).
type nearIndex struct {
	mu    sync.RWMutex
	recs  []nearRec // the articles, in the order added: a position is an index here
	urls  urlArena
	n     int // articles placed in the band tables
	bands [dedup.BandCount]nearBand
}

// nearRec is what the index knows of an article, together: the one match
// a lookup finds costs one cache miss here, not one per array.
type nearRec struct {
	fp  uint64
	id  int64
	url urlRef
}

// nearBand is one band's part of the index.
type nearBand struct {
	held []uint64 // bit k set: some article has key k in this band
	// slots, open-addressed by key: dedup.OutsideBand of the fingerprint
	// in the high half, the position in recs +1 in the low half; 0 is an
	// empty slot
	slots []uint64
}

// nearSlots is the smallest table; it grows to twice the articles when
// they fill four fifths of it: about 12 to 20 bytes an article a band.
const nearSlots = 1 << 11

func newNearIndex() *nearIndex {
	x := &nearIndex{}
	for i := range x.bands {
		x.bands[i].held = make([]uint64, 1<<dedup.KeyBits/64)
		x.bands[i].slots = make([]uint64, nearSlots)
	}
	return x
}

// home is the slot where a key's run starts: the key's bits mixed, then
// scaled to the table (any length, not only powers of two).
func (b *nearBand) home(key uint64) int {
	h := uint32((keyBits(key) * 0x9e3779b97f4a7c15) >> 32)
	return int(uint64(h) * uint64(len(b.slots)) >> 32)
}

// loadNearIndex reads the fingerprints and URLs of every new article.
func loadNearIndex(ctx context.Context, s *Store) (*nearIndex, error) {
	idx := newNearIndex()
	rows, err := s.db.QueryContext(ctx, `SELECT id, fingerprint, url FROM articles
		WHERE status = 'new' AND fingerprint <> 0 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("load fingerprints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, fp int64
		var url string
		if err := rows.Scan(&id, &fp, &url); err != nil {
			return nil, fmt.Errorf("load fingerprints: %w", err)
		}
		idx.add(id, uint64(fp), url)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load fingerprints: %w", err)
	}
	return idx, nil
}

// add indexes a stored article; call it after its transaction commits.
func (x *nearIndex) add(id int64, fp uint64, url string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if 5*(x.n+1) > 4*len(x.bands[0].slots) {
		x.grow(2 * (x.n + 1))
	}
	pos := len(x.recs)
	x.recs = append(x.recs, nearRec{fp: fp, id: id, url: x.urls.add(url)})
	x.place(pos, fp)
}

// place puts the article at pos in each band's table.
func (x *nearIndex) place(pos int, fp uint64) {
	var buf [dedup.BandCount]uint64
	for band, key := range dedup.AppendBands(buf[:0], fp) {
		b := &x.bands[band]
		i := b.home(key)
		for b.slots[i] != 0 {
			if i++; i == len(b.slots) {
				i = 0
			}
		}
		b.slots[i] = uint64(dedup.OutsideBand(band, fp))<<32 | uint64(pos+1)
		k := keyBits(key)
		b.held[k/64] |= 1 << (k % 64)
	}
	x.n++
}

// grow makes each band's table size slots long and places every article
// again.
func (x *nearIndex) grow(size int) {
	for i := range x.bands {
		x.bands[i].slots = make([]uint64, size)
	}
	x.n = 0
	for pos, r := range x.recs {
		x.place(pos, r.fp)
	}
}

// keyBits is a band key without its band index.
func keyBits(key uint64) uint64 { return key & (1<<dedup.KeyBits - 1) }

// nearMatch is the article nearestFrom found: its ID, distance and URL
// (urlKept false when the index had no room for it).
type nearMatch struct {
	id      int64
	dist    int
	url     string
	urlKept bool
}

// nearest gives the article whose fingerprint is closest to fp within
// dedup.MaxDistance; the oldest wins a tie.
func (x *nearIndex) nearest(fp uint64) (nearMatch, bool) {
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
	return pipeline.NearHint{Indexed: len(x.recs), Pos: int(pos), Dist: dist}
}

// nearestFrom is nearest for a fingerprint whose search among the first
// h.Indexed articles gave h: it searches the articles indexed since. An
// article indexed later is newer, so it wins only when strictly nearer,
// as a whole search breaks ties.
func (x *nearIndex) nearestFrom(fp uint64, h pipeline.NearHint) (nearMatch, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	bestPos, bestDist := int32(h.Pos), h.Dist
	if bestPos < 0 {
		bestDist = dedup.MaxDistance + 1
	}
	bestPos, bestDist = x.search(fp, int32(h.Indexed), bestPos, bestDist)
	if bestPos < 0 {
		return nearMatch{}, false
	}
	var start uint32
	if bestPos > 0 {
		start = x.recs[bestPos-1].url.end
	}
	r := x.recs[bestPos]
	url, kept := x.urls.url(r.url, start)
	return nearMatch{r.id, bestDist, url, kept}, true
}

// search improves on (bestPos, bestDist) with the articles at positions
// from on whose fingerprints are within reach of fp; the oldest wins a
// tie. Under x.mu.
func (x *nearIndex) search(fp uint64, from, bestPos int32, bestDist int) (int32, int) {
	var outside [dedup.BandCount]uint32
	for band := range outside {
		outside[band] = dedup.OutsideBand(band, fp)
	}
	var probes [dedup.ProbeCount]uint64
	var held [dedup.ProbeCount]struct {
		band int
		home int
	}
	n := 0
	for _, key := range dedup.AppendProbes(probes[:0], fp) {
		band := int(key >> 56)
		b := &x.bands[band]
		k := keyBits(key)
		held[n].band, held[n].home = band, b.home(key)
		n += int(b.held[k/64] >> (k % 64) & 1) // kept only when held: no branch to mispredict
	}
	// The runs' first slots, read in a loop of independent loads: at a
	// million articles each is a cache miss, and the CPU overlaps them
	// where a loop that branches on each waits for them one by one.
	var first uint64
	for _, h := range held[:n] {
		first |= x.bands[h.band].slots[h.home]
	}
	if first == 0 {
		return bestPos, bestDist
	}
	for _, h := range held[:n] {
		slots := x.bands[h.band].slots
		for i := h.home; slots[i] != 0; {
			s := slots[i]
			// the 32 outside bits differ in no more bits than the
			// fingerprints do: most articles sharing the key are ruled
			// out here, their fingerprints never read
			if bits.OnesCount32(uint32(s>>32)^outside[h.band]) <= bestDist {
				pos := int32(uint32(s)) - 1
				if d := dedup.Distance(fp, x.recs[pos].fp); pos >= from && (d < bestDist || d == bestDist && pos < bestPos) {
					bestPos, bestDist = pos, d
				}
			}
			if i++; i == len(slots) {
				i = 0
			}
		}
	}
	return bestPos, bestDist
}
