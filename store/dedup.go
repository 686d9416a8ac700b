package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

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
// within dedup.MaxDistance. It returns the original's URL. Off-topic
// articles are never originals, and a zero fingerprint (no text) matches
// nothing.
func (s *Store) DuplicateOf(ctx context.Context, canonical string, fp uint64) (string, bool, error) {
	if canonical != "" {
		url, ok, err := s.byCanonical(ctx, canonical)
		if err != nil || ok {
			return url, ok, err
		}
	}
	if fp == 0 {
		return "", false, nil
	}
	return s.byFingerprint(ctx, fp)
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

// byFingerprint reads every new article that shares a band key with fp,
// in one query on the band index, and keeps the nearest one within reach;
// the oldest wins a tie.
func (s *Store) byFingerprint(ctx context.Context, fp uint64) (string, bool, error) {
	keys := dedup.Bands(fp)
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ")
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, fingerprint FROM bands
		WHERE band_key IN (`+placeholders+`)`, args...)
	if err != nil {
		return "", false, fmt.Errorf("near duplicates of %#x: %w", fp, err)
	}
	defer rows.Close()
	bestID, bestDist := int64(0), dedup.MaxDistance+1
	for rows.Next() {
		var id, other int64
		if err := rows.Scan(&id, &other); err != nil {
			return "", false, fmt.Errorf("near duplicates of %#x: %w", fp, err)
		}
		if d := dedup.Distance(fp, uint64(other)); d < bestDist || (d == bestDist && id < bestID) {
			bestID, bestDist = id, d
		}
	}
	if err := rows.Err(); err != nil {
		return "", false, fmt.Errorf("near duplicates of %#x: %w", fp, err)
	}
	rows.Close()
	if bestID == 0 {
		return "", false, nil
	}
	var url string
	if err := s.db.QueryRowContext(ctx, "SELECT url FROM articles WHERE id = ?", bestID).Scan(&url); err != nil {
		return "", false, fmt.Errorf("article %d: %w", bestID, err)
	}
	return url, true, nil
}
