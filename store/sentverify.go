package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

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
func verify(ctx context.Context, v view, id int64, c candidate, hashes []uint64, full map[uint64][sentenceIDsKept]holder) (int, error) {
	if c.cut == dedup.NoCut {
		return c.sampled, nil
	}
	if !dedup.IsCopy(mostShared(id, c, hashes, full), len(hashes)) {
		return c.sampled, nil
	}
	all, err := articleSentences(ctx, v, id)
	if err != nil {
		return 0, err
	}
	shared := 0
	for _, h := range hashes {
		if _, ok := slices.BinarySearch(all, h); !ok {
			continue
		}
		if holders, isFull := full[h]; isFull && !holds(holders, id) {
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
func mostShared(id int64, c candidate, hashes []uint64, full map[uint64][sentenceIDsKept]holder) int {
	most := c.sampled
	for _, h := range hashes {
		if h <= c.cut {
			continue // counted in c.sampled if the original holds it
		}
		if len(full) > 0 {
			if holders, isFull := full[h]; isFull && !holds(holders, id) {
				continue
			}
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

// articleSentences reads an original's sentence hashes, in ascending order.
func articleSentences(ctx context.Context, v view, id int64) ([]uint64, error) {
	var b []byte
	if err := v.q.stmt(ctx, stmtArticleSentences).QueryRowContext(ctx, id).Scan(&b); err != nil {
		return nil, fmt.Errorf("sentences of article %d: %w", id, err)
	}
	return decodeSentences(b), nil
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
