package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// ItemSeen reports whether this feed already gave this entry.
func (s *Store) ItemSeen(ctx context.Context, feedURL, guid string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT 1 FROM items WHERE feed_url = ? AND guid = ?", feedURL, guid).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("item %s of %s: %w", guid, feedURL, err)
	}
	return true, nil
}

// DuplicateOf finds the original of an article: first one stored under the
// same canonical URL, else the nearest new article whose fingerprint is
// within dedup.MaxDistance, else the one new article that holds most of
// its long sentences (dedup.IsCopy). It returns the original's URL.
// Off-topic articles and copies are never originals, and a zero
// fingerprint (no text) matches nothing.
func (s *Store) DuplicateOf(ctx context.Context, canonical string, sig dedup.Signature) (string, bool, error) {
	if canonical != "" {
		url, ok, err := s.byCanonical(ctx, canonical)
		if err != nil || ok {
			return url, ok, err
		}
	}
	if sig.Fingerprint != 0 {
		url, ok, err := s.byFingerprint(ctx, sig.Fingerprint)
		if err != nil || ok {
			return url, ok, err
		}
	}
	return s.bySentences(ctx, sig.Sentences)
}

func (s *Store) byCanonical(ctx context.Context, canonical string) (string, bool, error) {
	var url string
	var original sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT url, duplicate_of FROM articles
		WHERE canonical = ? AND status <> 'off_topic' ORDER BY id LIMIT 1`, canonical).Scan(&url, &original)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("find article %s: %w", canonical, err)
	}
	if original.Valid {
		return original.String, true, nil // a copy: its original was resolved when it was stored
	}
	return url, true, nil
}

// byFingerprint asks the in-memory index for the nearest new article
// within reach and reads its URL.
func (s *Store) byFingerprint(ctx context.Context, fp uint64) (string, bool, error) {
	id, ok := s.near.nearest(fp)
	if !ok {
		return "", false, nil
	}
	var url string
	if err := s.db.QueryRowContext(ctx, "SELECT url FROM articles WHERE id = ?", id).Scan(&url); err != nil {
		return "", false, fmt.Errorf("article %d: %w", id, err)
	}
	return url, true, nil
}
