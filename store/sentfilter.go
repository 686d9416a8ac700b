package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/cespare/xxhash/v2"
)

// hashFilter knows, for most 64-bit hashes, that the store never saw
// them. The store keeps three: of sentence hashes, of canonical URLs
// (canonicalHash) and of feed entries (itemHash).
//
// For sentences, DuplicateOf need not ask SQLite: a new article's own
// sentences are mostly new, and a lookup each was two thirds of
// DuplicateOf in `crosscheck bench`. It is a Bloom filter of every hash
// stored in sentences, two bits per hash taken from the hash itself
// (already uniform): set bits only ever mean "maybe", so a hash set by an
// insert that was rolled back, or two hashes sharing bits, only cost the
// lookup that would have been made anyway. Its 2 MB answer well up to a
// few million stored hashes (about 3 % false "maybe" at 1.5 million) and
// degrade to asking SQLite every time past that.
type hashFilter struct {
	mu   sync.Mutex
	bits []uint64
}

const hashFilterBits = 1 << 24

func newHashFilter() *hashFilter {
	return &hashFilter{bits: make([]uint64, hashFilterBits/64)}
}

// positions are the two bits of a hash.
func (f *hashFilter) positions(h uint64) (uint32, uint32) {
	return uint32(h) % hashFilterBits, uint32(h>>32) % hashFilterBits
}

// add notes a hash stored (or about to be).
func (f *hashFilter) add(h uint64) {
	a, b := f.positions(h)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

// mayHold is false when no article holds the hash.
func (f *hashFilter) mayHold(h uint64) bool {
	a, b := f.positions(h)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// loadSentenceFilter reads every stored sentence hash once, at open.
func loadSentenceFilter(ctx context.Context, s *Store) (*hashFilter, error) {
	f := newHashFilter()
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

// canonicalHash is a canonical URL's key in Store.canonicals.
func canonicalHash(canonical string) uint64 { return xxhash.Sum64String(canonical) }

// loadCanonicalFilter reads every stored article's canonical URL once, at
// open (from the articles_canonical index, the smaller b-tree). With it,
// CanonicalSeen and DuplicateOf ask SQLite about a canonical URL only
// when some article may have it: a new article's URL is new, and the
// lookup in a b-tree of a million URLs was a third of DuplicateOf there.
func loadCanonicalFilter(ctx context.Context, s *Store) (*hashFilter, error) {
	f := newHashFilter()
	rows, err := s.db.QueryContext(ctx, "SELECT canonical FROM articles INDEXED BY articles_canonical")
	if err != nil {
		return nil, fmt.Errorf("load canonical URLs: %w", err)
	}
	defer rows.Close()
	var c sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("load canonical URLs: %w", err)
		}
		f.add(xxhash.Sum64(c))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load canonical URLs: %w", err)
	}
	return f, nil
}

// itemHash is a feed entry's key in Store.items.
func itemHash(feedURL, guid string) uint64 {
	var d xxhash.Digest
	d.Reset()
	d.WriteString(feedURL)
	d.WriteString("\x00") // no URL has a NUL: the split is unambiguous
	d.WriteString(guid)
	return d.Sum64()
}

// loadItemFilter reads every stored feed entry once, at open. With it,
// ItemSeen and Save ask SQLite about an entry only when the feed may have
// given it: in a cold ingest every entry is new, and the lookups were
// about 35 µs an item.
func loadItemFilter(ctx context.Context, s *Store) (*hashFilter, error) {
	f := newHashFilter()
	rows, err := s.db.QueryContext(ctx, "SELECT feed_url, guid FROM items")
	if err != nil {
		return nil, fmt.Errorf("load feed entries: %w", err)
	}
	defer rows.Close()
	var feed, guid string
	for rows.Next() {
		if err := rows.Scan(&feed, &guid); err != nil {
			return nil, fmt.Errorf("load feed entries: %w", err)
		}
		f.add(itemHash(feed, guid))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load feed entries: %w", err)
	}
	return f, nil
}
