package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// sentenceIDsKept is how many originals a sentence hash remembers: the
// first ones. A lookup therefore reads at most this many rows per
// sentence, at 10k articles as at 1M.
const sentenceIDsKept = 8

// sentenceChunk keeps a statement's parameters well under SQLite's limit.
const sentenceChunk = 400

// insertSentences indexes an original's long sentences, skipping a hash
// that already names sentenceIDsKept articles.
func insertSentences(ctx context.Context, tx *sql.Tx, articleID int64, hashes []uint64) error {
	for start := 0; start < len(hashes); start += sentenceChunk {
		chunk := hashes[start:min(start+sentenceChunk, len(hashes))]
		args := make([]any, 0, len(chunk)+2)
		args = append(args, articleID)
		for _, h := range chunk {
			args = append(args, int64(h))
		}
		args = append(args, sentenceIDsKept)
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO sentences (hash, article_id)
			SELECT column1, ?1 FROM (VALUES `+placeholders(len(chunk), 2)+`) AS v
			WHERE (SELECT count(*) FROM sentences s WHERE s.hash = v.column1) < ?`+fmt.Sprint(len(chunk)+2),
			args...)
		if err != nil {
			return fmt.Errorf("insert %d sentences of article %d: %w", len(chunk), articleID, err)
		}
	}
	return nil
}

// placeholders gives "(?2),(?3),…": n one-column rows numbered from first.
func placeholders(n, first int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "(?%d)", first+i)
	}
	return b.String()
}

// bySentences finds the one original that holds most of the text's long
// sentences, if it holds enough of them for dedup.IsCopy; the oldest wins
// a tie. It reads at most sentenceIDsKept rows per sentence.
func (s *Store) bySentences(ctx context.Context, hashes []uint64) (string, bool, error) {
	if len(hashes) < dedup.MinSharedSentences {
		return "", false, nil
	}
	counts := map[int64]int{}
	for start := 0; start < len(hashes); start += sentenceChunk {
		if err := s.countSentences(ctx, hashes[start:min(start+sentenceChunk, len(hashes))], counts); err != nil {
			return "", false, err
		}
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
	var url string
	if err := s.db.QueryRowContext(ctx, "SELECT url FROM articles WHERE id = ?", best).Scan(&url); err != nil {
		return "", false, fmt.Errorf("article %d: %w", best, err)
	}
	return url, true, nil
}

// countSentences adds, per original, how many of hashes it holds.
func (s *Store) countSentences(ctx context.Context, hashes []uint64, counts map[int64]int) error {
	args := make([]any, len(hashes))
	for i, h := range hashes {
		args[i] = int64(h)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT article_id FROM sentences WHERE hash IN (`+
		strings.TrimSuffix(strings.Repeat("?,", len(hashes)), ",")+`)`, args...)
	if err != nil {
		return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
		}
		counts[id]++
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("look up %d sentences: %w", len(hashes), err)
	}
	return nil
}
