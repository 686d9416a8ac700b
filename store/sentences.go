package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// sentenceIDsKept is how many originals a sentence hash remembers: the
// first ones. A lookup therefore reads at most this many rows per
// sentence, at 10k articles as at 1M.
const sentenceIDsKept = 8

// insertSentences indexes an original's long sentences, skipping a hash
// that already names sentenceIDsKept articles. One prepared statement per
// hash: a statement of all of them at once had to be parsed for every
// article (its length varies), and the parse cost more than the rows.
func insertSentences(ctx context.Context, tx *saveTx, articleID int64, hashes []uint64) error {
	ins := tx.stmt(ctx, stmtInsSentence)
	for _, h := range hashes {
		if _, full := tx.fullSentence(h); full {
			continue // the insert would keep nothing
		}
		tx.sentences.add(h) // before the row: a lookup in this transaction may follow
		if _, err := ins.ExecContext(ctx, int64(h), articleID, sentenceIDsKept); err != nil {
			return fmt.Errorf("insert sentences of article %d: %w", articleID, err)
		}
	}
	return nil
}

// bySentences finds the one original that holds most of the text's long
// sentences, if it holds enough of them for dedup.IsCopy; the oldest wins
// a tie. It reads at most sentenceIDsKept rows per sentence.
func bySentences(ctx context.Context, v view, hashes []uint64) (string, bool, error) {
	if len(hashes) < dedup.MinSharedSentences {
		return "", false, nil
	}
	counts := map[int64]int{}
	if err := countSentences(ctx, v, hashes, counts); err != nil {
		return "", false, err
	}
	var best int64
	for id, n := range counts {
		if n > counts[best] || (n == counts[best] && id < best) {
			best = id
		}
	}
	if !dedup.IsCopy(counts[best], len(hashes)) {
		return "", false, nil
	}
	return articleURL(ctx, v, best)
}

// countSentences adds, per original, how many of the distinct hashes it
// holds (a hash the text repeats counts once, as an "IN (…)" query did).
// A hash known to be full is counted from memory.
func countSentences(ctx context.Context, v view, hashes []uint64, counts map[int64]int) error {
	lookup := v.q.stmt(ctx, stmtSentenceIDs)
	asked := make(map[uint64]bool, len(hashes))
	var ids []int64
	for _, h := range hashes {
		if asked[h] {
			continue
		}
		asked[h] = true
		if full, ok := v.fullSentence(h); ok {
			for _, id := range full {
				counts[id]++
			}
			continue
		}
		if !v.sentences.mayHold(h) {
			continue
		}
		rows, err := lookup.QueryContext(ctx, int64(h))
		if err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
		ids = ids[:0]
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
			}
			counts[id]++
			ids = append(ids, id)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
		if len(ids) == sentenceIDsKept {
			v.learnFull(h, [sentenceIDsKept]int64(ids))
		}
	}
	return nil
}

// fullSentences remembers sentence hashes that name sentenceIDsKept
// articles already, with those articles. Such a hash's rows never change
// (no row is added past the first ones, none is deleted), so memory can
// answer for it and skip its insert. Sentences that recur across
// articles (a wire service's boilerplate, the generator of `crosscheck
// bench`) fill up first; looking each up and inserting it again was a
// sixth of the serial stage there. At most fullSentencesCap are kept:
// past that, SQLite answers.
type fullSentences struct {
	mu  sync.Mutex
	ids map[uint64][sentenceIDsKept]int64
}

// fullSentencesCap bounds the memory to about 8 MB.
const fullSentencesCap = 100_000

func (f *fullSentences) get(h uint64) ([sentenceIDsKept]int64, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids, ok := f.ids[h]
	return ids, ok
}

// add records full hashes read from committed rows.
func (f *fullSentences) add(full map[uint64][sentenceIDsKept]int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ids == nil {
		f.ids = map[uint64][sentenceIDsKept]int64{}
	}
	for h, ids := range full {
		if len(f.ids) >= fullSentencesCap {
			return
		}
		f.ids[h] = ids
	}
}

// fullSentence tells whether hash h is full, from memory or from what
// this transaction read.
func (t *saveTx) fullSentence(h uint64) ([sentenceIDsKept]int64, bool) {
	if ids, ok := t.full[h]; ok {
		return ids, true
	}
	return t.fulls.get(h)
}

// learnFull notes a full hash this transaction read; memory learns it
// if the transaction commits (the rows may be its own).
func (t *saveTx) learnFull(h uint64, ids [sentenceIDsKept]int64) {
	if t.full == nil {
		t.full = map[uint64][sentenceIDsKept]int64{}
	}
	t.full[h] = ids
}
