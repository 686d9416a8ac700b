package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// CanonicalSeen reports whether this feed already gave an entry for the
// same canonical URL. Some feeds mint a new GUID on every fetch; without
// this check each fetch would store the same article again as a duplicate.
func (s *Store) CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error) {
	if canonical == "" {
		return false, nil
	}
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM items JOIN articles ON articles.id = items.article_id
		WHERE items.feed_url = ? AND articles.canonical = ? LIMIT 1`, feedURL, canonical).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("canonical %s of %s: %w", canonical, feedURL, err)
	}
	return true, nil
}
