package store

import (
	"context"
	"fmt"

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
func countSentences(ctx context.Context, v view, hashes []uint64, counts map[int64]int) error {
	lookup := v.q.stmt(ctx, stmtSentenceIDs)
	asked := make(map[uint64]bool, len(hashes))
	for _, h := range hashes {
		if asked[h] {
			continue
		}
		asked[h] = true
		rows, err := lookup.QueryContext(ctx, int64(h))
		if err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
			}
			counts[id]++
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
	}
	return nil
}
