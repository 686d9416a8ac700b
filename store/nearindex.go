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
// a table, one per band, kept in Robin Hood order: a slot holds the key
// and 32 bits of its fingerprint outside the band (dedup.OutsideBand), and
// the slots are sorted by their keys' homes, so a probe reads from its
// key's home only past the few articles displaced there from homes before
// it, and stops at the first slot of a later home. Two fingerprints differ
// in at least as many bits as their outside bits do, which rules out
// nearly every article of the key without reading its fingerprint; the
// article's position, in an array beside the slots, is read only for one
// that passes.
//
// The tables were open-addressed in plain linear order until the fifth
// session: a probe read its whole run to the first empty slot, a dozen
// articles of other keys at a million, and those checks were a third of
// the lookup (docs/BENCHMARKS.md).
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
	// slots in order of their keys' homes: the key's bits +1 in the high
	// half (slotKey), the outside bits in the low half; 0 is an empty slot
	slots []uint64
	pos   []uint32 // the slot's article: its position in recs
	homes int      // the slots a key's home may be; the rest are overflow
}

// nearHomes is the smallest table; it grows to twice the articles when
// they fill four fifths of it: about 15 to 30 bytes an article a band.
const nearHomes = 1 << 11

// nearOverflow are the slots past the last home, where the articles
// displaced from the last homes go: a table never wraps round, so its
// order by home has no seam. Robin Hood order keeps displacements short,
// a few slots at four fifths full; an overflow that fills (many articles
// of one key at the last homes) grows by as much again. A probe may read
// a few slots past its home without looking (search), which the overflow
// always has room for.
const nearOverflow = 256

func newNearIndex() *nearIndex {
	x := &nearIndex{}
	for i := range x.bands {
		x.bands[i] = nearBand{held: make([]uint64, 1<<dedup.KeyBits/64)}
		x.bands[i].size(nearHomes)
	}
	return x
}

// size empties the band's table and gives it homes homes.
func (b *nearBand) size(homes int) {
	b.slots = make([]uint64, homes+nearOverflow)
	b.pos = make([]uint32, homes+nearOverflow)
	b.homes = homes
}

// slotKey is what a slot holds for a key: its bits +1, never 0.
func slotKey(key uint64) uint64 { return keyBits(key) + 1 }

// home is the first slot a key's articles may be in, for a slotKey: the
// key's bits mixed, then scaled to the homes (any number, not only powers
// of two).
func (b *nearBand) home(k uint64) int {
	h := uint32(((k - 1) * 0x9e3779b97f4a7c15) >> 32)
	return int(uint64(h) * uint64(b.homes) >> 32)
}

// insert puts a slot into the band in home order: past the slots of its
// home and the homes before, before those of later homes, which move up
// one.
func (b *nearBand) insert(slot uint64, pos uint32) {
	h := b.home(slot >> 32)
	for i := h; ; i++ {
		if i+nearOverflow/2 >= len(b.slots) {
			b.slots = append(b.slots, make([]uint64, nearOverflow)...)
			b.pos = append(b.pos, make([]uint32, nearOverflow)...)
		}
		s := b.slots[i]
		if s == 0 {
			b.slots[i], b.pos[i] = slot, pos
			return
		}
		if sh := b.home(s >> 32); sh > h {
			// the slot of a later home moves up, and is placed the same way
			b.slots[i], b.pos[i], slot, pos, h = slot, pos, s, b.pos[i], sh
		}
	}
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
	if 5*(len(x.recs)+1) > 4*x.bands[0].homes {
		x.grow(2 * (len(x.recs) + 1))
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
		b.insert(slotKey(key)<<32|uint64(dedup.OutsideBand(band, fp)), uint32(pos))
		k := keyBits(key)
		b.held[k/64] |= 1 << (k % 64)
	}
}

// grow gives each band's table homes homes and places every article
// again.
func (x *nearIndex) grow(homes int) {
	for i := range x.bands {
		x.bands[i].size(homes)
	}
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
		key  uint64 // slotKey
		home int
	}
	n := 0
	for _, key := range dedup.AppendProbes(probes[:0], fp) {
		band := int(key >> 56)
		b := &x.bands[band]
		k := keyBits(key)
		held[n].band, held[n].key, held[n].home = band, k+1, b.home(k+1)
		n += int(b.held[k/64] >> (k % 64) & 1) // kept only when held: no branch to mispredict
	}
	// The homes' slots, read in a loop of independent loads: at a million
	// articles each is a cache miss, and the CPU overlaps them where a
	// loop that branches on each waits for them one by one. The slot three
	// on is read too: a home in a cache line's last slots has its
	// articles, displaced, in the next line.
	var first uint64
	for _, h := range held[:n] {
		slots := x.bands[h.band].slots
		first |= slots[h.home] | slots[h.home+3]
	}
	if first == 0 {
		return bestPos, bestDist
	}
	for _, h := range held[:n] {
		b := &x.bands[h.band]
		for i := h.home; i < len(b.slots); i++ {
			s := b.slots[i]
			if s>>32 != h.key {
				if s == 0 || b.home(s>>32) > h.home {
					break // a later home's: the key's articles are all before it
				}
				continue // displaced from a home before, or another key's of this home
			}
			// the 32 outside bits differ in no more bits than the
			// fingerprints do: most articles sharing the key are ruled
			// out here, their fingerprints never read
			if bits.OnesCount32(uint32(s)^outside[h.band]) <= bestDist {
				pos := int32(b.pos[i])
				if d := dedup.Distance(fp, x.recs[pos].fp); pos >= from && (d < bestDist || d == bestDist && pos < bestPos) {
					bestPos, bestDist = pos, d
				}
			}
		}
	}
	return bestPos, bestDist
}
