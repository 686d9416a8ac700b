package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// sentenceIDsKept is how many originals a sentence hash remembers: the
// first ones. A lookup therefore reads at most this many rows per
// sentence, at 10k articles as at 1M.
const sentenceIDsKept = 8

// insertSentences indexes an original's sample of long sentences
// (dedup.Sample), each row with the sample's cut, skipping a hash that
// already names sentenceIDsKept articles. One prepared statement per
// hash: a statement of all of them at once had to be parsed for every
// article (its length varies), and the parse cost more than the rows.
func insertSentences(ctx context.Context, tx *saveTx, articleID int64, hashes []uint64) error {
	sample, cut := dedup.Sample(hashes)
	ins := tx.stmt(ctx, stmtInsSentence)
	for _, h := range sample {
		if _, full := tx.fullSentence(h); full {
			continue // the insert would keep nothing
		}
		tx.sentences.add(h) // before the row: a lookup in this transaction may follow
		res, err := ins.ExecContext(ctx, int64(h), articleID, sentenceIDsKept, cutValue(cut))
		if err != nil {
			return fmt.Errorf("insert sentences of article %d: %w", articleID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("insert sentences of article %d: %w", articleID, err)
		} else if n > 0 {
			tx.insertedHolder(h, holder{id: articleID, cut: cut})
		}
	}
	return nil
}

// holder is an original that indexes a sentence hash, with its sample's
// cut (dedup.NoCut: the original is indexed whole, as every article
// stored before migration 008 is).
type holder struct {
	id  int64
	cut uint64
}

// cutValue is a cut as stored: NULL for dedup.NoCut.
func cutValue(cut uint64) any {
	if cut == dedup.NoCut {
		return nil
	}
	return int64(cut)
}

// candidate is an original whose sample holds some of a text's hashes.
type candidate struct {
	sampled int    // how many of the text's hashes its sample holds
	cut     uint64 // its sample's cut
}

// lookup is what the index says about a text's hashes: an entry per
// original a hash names (hits), and for each hash, in the text's order,
// the originals it names if it is full.
type lookup struct {
	hits   []holder
	full   [][sentenceIDsKept]holder
	isFull []bool
}

// bySentences finds the one original that holds most of the text's long
// sentences, if it holds enough of them for dedup.IsCopy; the oldest wins
// a tie. An original is found through its sample (dedup.Sample) and
// judged on all its sentences (verify). It reads at most sentenceIDsKept
// rows per sentence.
func bySentences(ctx context.Context, v view, hashes []uint64) (string, bool, error) {
	if len(hashes) < dedup.MinSharedSentences {
		return "", false, nil
	}
	lk := lookup{full: make([][sentenceIDsKept]holder, len(hashes)), isFull: make([]bool, len(hashes))}
	if err := countSentences(ctx, v, hashes, &lk); err != nil {
		return "", false, err
	}
	// The hits by original: a sort of a hundred entries costs less than
	// a map of originals did.
	slices.SortFunc(lk.hits, func(a, b holder) int { return cmp.Compare(a.id, b.id) })
	var best int64
	bestShared := 0
	for i := 0; i < len(lk.hits); {
		j := i + 1
		for j < len(lk.hits) && lk.hits[j].id == lk.hits[i].id {
			j++
		}
		id, c := lk.hits[i].id, candidate{sampled: j - i, cut: lk.hits[i].cut}
		i = j
		shared, err := verify(ctx, v, id, c, hashes, &lk)
		if err != nil {
			return "", false, err
		}
		if !dedup.IsCopy(shared, len(hashes)) {
			continue
		}
		if shared > bestShared || (shared == bestShared && id < best) {
			best, bestShared = id, shared
		}
	}
	if bestShared == 0 {
		return "", false, nil
	}
	return articleURL(ctx, v, best)
}

// countSentences notes each original the distinct hashes name (a hash the
// text repeats counts once, as an "IN (…)" query did). A hash known to be
// full is counted from memory.
func countSentences(ctx context.Context, v view, hashes []uint64, lk *lookup) error {
	stmt := v.q.stmt(ctx, stmtSentenceIDs)
	// A text's hashes are distinct when dedup.Sign made them; a short
	// list is searched for repeats, a long one kept in a map (one per
	// lookup was a thirtieth of what cold ingest allocated).
	var asked map[uint64]bool
	if len(hashes) > askedScan {
		asked = make(map[uint64]bool, len(hashes))
	}
	var found []holder
	for i, h := range hashes {
		if asked != nil {
			if asked[h] {
				continue
			}
			asked[h] = true
		} else if slices.Contains(hashes[:i], h) {
			continue
		}
		if full, ok := v.fullSentence(h); ok {
			lk.hits = append(lk.hits, full[:]...)
			lk.full[i], lk.isFull[i] = full, true
			continue
		}
		if !v.sentences.mayHold(h) {
			continue
		}
		var err error
		if found, err = holdersIn(ctx, v, stmt, h, found[:0]); err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
		lk.hits = append(lk.hits, found...)
		if len(found) == sentenceIDsKept {
			full := [sentenceIDsKept]holder(found)
			v.learnFull(h, full)
			lk.full[i], lk.isFull[i] = full, true
		}
	}
	return nil
}

// askedScan is the longest list of hashes countSentences searches for
// repeats instead of keeping a map.
const askedScan = 64

// holdersOf reads the originals whose samples hold hash h.
func holdersOf(ctx context.Context, stmt *sql.Stmt, h uint64, found []holder) ([]holder, error) {
	rows, err := stmt.QueryContext(ctx, int64(h))
	if err != nil {
		return found, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var cut sql.NullInt64
		if err := rows.Scan(&id, &cut); err != nil {
			return found, err
		}
		o := holder{id: id, cut: dedup.NoCut}
		if cut.Valid {
			o.cut = uint64(cut.Int64)
		}
		found = append(found, o)
	}
	return found, rows.Err()
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
	ids map[uint64][sentenceIDsKept]holder
}

// fullSentencesCap bounds the memory to about 8 MB.
const fullSentencesCap = 100_000

func (f *fullSentences) get(h uint64) ([sentenceIDsKept]holder, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids, ok := f.ids[h]
	return ids, ok
}

// add records full hashes read from committed rows.
func (f *fullSentences) add(full map[uint64][sentenceIDsKept]holder) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ids == nil {
		f.ids = map[uint64][sentenceIDsKept]holder{}
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
func (t *saveTx) fullSentence(h uint64) ([sentenceIDsKept]holder, bool) {
	t.sentMu.Lock()
	ids, ok := t.full[h]
	t.sentMu.Unlock()
	if ok {
		return ids, true
	}
	return t.fulls.get(h)
}

// learnFull notes a full hash this transaction read; memory learns it
// if the transaction commits (the rows may be its own).
func (t *saveTx) learnFull(h uint64, ids [sentenceIDsKept]holder) {
	t.sentMu.Lock()
	defer t.sentMu.Unlock()
	if t.full == nil {
		t.full = map[uint64][sentenceIDsKept]holder{}
	}
	t.full[h] = ids
}
