package store

import (
	"context"
	"fmt"
	"sync"
)

// sentenceFilter knows, for most sentence hashes, that no article holds
// them, so that DuplicateOf need not ask SQLite: a new article's own
// sentences are mostly new, and a lookup each was two thirds of
// DuplicateOf in `crosscheck bench`. It is a Bloom filter of every hash
// stored in sentences, two bits per hash taken from the hash itself
// (already uniform): set bits only ever mean "maybe", so a hash set by an
// insert that was rolled back, or two hashes sharing bits, only cost the
// lookup that would have been made anyway. Its 2 MB answer well up to a
// few million stored hashes (about 3 % false "maybe" at 1.5 million) and
// degrade to asking SQLite every time past that.
type sentenceFilter struct {
	mu   sync.Mutex
	bits []uint64
}

const sentenceFilterBits = 1 << 24

func newSentenceFilter() *sentenceFilter {
	return &sentenceFilter{bits: make([]uint64, sentenceFilterBits/64)}
}

// positions are the two bits of a hash.
func (f *sentenceFilter) positions(h uint64) (uint32, uint32) {
	return uint32(h) % sentenceFilterBits, uint32(h>>32) % sentenceFilterBits
}

// add notes a hash stored (or about to be).
func (f *sentenceFilter) add(h uint64) {
	a, b := f.positions(h)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

// mayHold is false when no article holds the hash.
func (f *sentenceFilter) mayHold(h uint64) bool {
	a, b := f.positions(h)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// loadSentenceFilter reads every stored hash once, at open.
func loadSentenceFilter(ctx context.Context, s *Store) (*sentenceFilter, error) {
	f := newSentenceFilter()
	rows, err := s.db.QueryContext(ctx, "SELECT DISTINCT hash FROM sentences")
	if err != nil {
		return nil, fmt.Errorf("load sentence hashes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("load sentence hashes: %w", err)
		}
		f.add(uint64(h))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load sentence hashes: %w", err)
	}
	return f, nil
}
