package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// verify counts the text's hashes that original id holds. An original
// indexed whole (no cut) holds exactly those its rows named. A sampled
// one is read whole from its article row, unless what the index says
// already rules it out (mostShared).
//
// A full hash (one that names sentenceIDsKept originals in the index) is
// boilerplate: as when every hash was indexed, it counts only for the
// originals the index names for it.
func verify(ctx context.Context, v view, id int64, c candidate, hashes []uint64, lk *lookup) (int, error) {
	if c.cut == dedup.NoCut {
		return c.sampled, nil
	}
	if !dedup.IsCopy(mostShared(id, c, hashes, lk), len(hashes)) {
		return c.sampled, nil
	}
	all, err := articleSentences(ctx, v, id)
	if err != nil {
		return 0, err
	}
	shared := 0
	for i, h := range hashes {
		if _, ok := slices.BinarySearch(all, h); !ok {
			continue
		}
		if lk.isFull[i] && !holds(lk.full[i], id) {
			continue
		}
		shared++
	}
	return shared, nil
}

// mostShared bounds what a sampled original can share with the text from
// the index alone. Below the cut the sample is the whole set, so a text
// hash there that the sample does not hold is not the original's; above
// it, a full hash that names other originals does not count for this one.
// Where a text's sentences recur across many articles (the bench's
// generator), most originals are ruled out here without reading a row.
func mostShared(id int64, c candidate, hashes []uint64, lk *lookup) int {
	most := c.sampled
	for i, h := range hashes {
		if h <= c.cut {
			continue // counted in c.sampled if the original holds it
		}
		if lk.isFull[i] && !holds(lk.full[i], id) {
			continue
		}
		most++
	}
	return most
}

func holds(holders [sentenceIDsKept]holder, id int64) bool {
	for _, o := range holders {
		if o.id == id {
			return true
		}
	}
	return false
}

// articleSentences reads an original's sentence hashes, in ascending
// order, from memory when it can.
func articleSentences(ctx context.Context, v view, id int64) ([]uint64, error) {
	if hs, ok := v.originalSet(id); ok {
		return hs, nil
	}
	var b []byte
	if err := v.q.stmt(ctx, stmtArticleSentences).QueryRowContext(ctx, id).Scan(&b); err != nil {
		return nil, fmt.Errorf("sentences of article %d: %w", id, err)
	}
	hs := decodeSentences(b)
	v.learnOriginal(id, hs)
	return hs, nil
}

// originalSentences keeps the sets of the sampled originals that lookups
// read. A row never changes once committed, so memory can answer for it.
// Where articles share their sentences (a wire's boilerplate, the bench's
// generator), the same few originals come up as candidates for text after
// text; reading each one's row every time was a fifth of DuplicateOf in
// `crosscheck bench`. At most originalSentencesCap are kept: past that,
// SQLite answers.
type originalSentences struct {
	mu   sync.Mutex
	sets map[int64][]uint64
}

// originalSentencesCap bounds the memory to about 4 MB.
const originalSentencesCap = 20_000

func (o *originalSentences) get(id int64) ([]uint64, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	hs, ok := o.sets[id]
	return hs, ok
}

// add records sets read from committed rows.
func (o *originalSentences) add(sets map[int64][]uint64) {
	if len(sets) == 0 {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.sets == nil {
		o.sets = map[int64][]uint64{}
	}
	for id, hs := range sets {
		if len(o.sets) >= originalSentencesCap {
			return
		}
		o.sets[id] = hs
	}
}

// originalSet answers from the batch's reads, then from memory.
func (v view) originalSet(id int64) ([]uint64, bool) {
	if v.batch != nil {
		if hs, ok := v.batch.tx.originals[id]; ok {
			return hs, true
		}
		return v.batch.tx.originalsMem.get(id)
	}
	return v.originals.get(id)
}

// learnOriginal notes a set read in the view; memory learns one read in a
// batch when the batch commits.
func (v view) learnOriginal(id int64, hs []uint64) {
	if v.batch == nil {
		v.originals.add(map[int64][]uint64{id: hs})
		return
	}
	t := v.batch.tx
	if t.originals == nil {
		t.originals = map[int64][]uint64{}
	}
	t.originals[id] = hs
}

// encodeSentences is the article row's copy of a sampled original's
// hashes, sorted so that a lookup can search them; NULL when the sample is
// the whole set (the index rows say everything).
func encodeSentences(hashes []uint64) any {
	if len(hashes) <= dedup.SampleSize {
		return nil
	}
	sorted := slices.Clone(hashes)
	slices.Sort(sorted)
	b := make([]byte, 0, 8*len(sorted))
	for _, h := range sorted {
		b = binary.BigEndian.AppendUint64(b, h)
	}
	return b
}

func decodeSentences(b []byte) []uint64 {
	out := make([]uint64, 0, len(b)/8)
	for ; len(b) >= 8; b = b[8:] {
		out = append(out, binary.BigEndian.Uint64(b))
	}
	return out
}
