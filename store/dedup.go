package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// bandCandidates caps how many articles one band key offers, newest
// first. Syndicated copies follow their original within days, so the
// newest are the ones that matter, and the cap keeps a lookup's cost flat
// however many articles are stored.
const bandCandidates = 200

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

// byFingerprint reads the articles that share a band key with fp and
// keeps the nearest one within reach; the oldest wins a tie.
func (s *Store) byFingerprint(ctx context.Context, fp uint64) (string, bool, error) {
	bestID, bestDist := int64(0), dedup.MaxDistance+1
	for _, key := range dedup.Bands(fp) {
		id, dist, err := s.nearestInBand(ctx, key, fp)
		if err != nil {
			return "", false, err
		}
		if dist < bestDist || (dist == bestDist && id < bestID) {
			bestID, bestDist = id, dist
		}
	}
	if bestID == 0 {
		return "", false, nil
	}
	var url string
	if err := s.db.QueryRowContext(ctx, "SELECT url FROM articles WHERE id = ?", bestID).Scan(&url); err != nil {
		return "", false, fmt.Errorf("article %d: %w", bestID, err)
	}
	return url, true, nil
}

func (s *Store) nearestInBand(ctx context.Context, key, fp uint64) (id int64, dist int, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, fingerprint FROM bands
		WHERE band_key = ? ORDER BY article_id DESC LIMIT ?`, int64(key), bandCandidates)
	if err != nil {
		return 0, 0, fmt.Errorf("band %#x: %w", key, err)
	}
	defer rows.Close()
	dist = dedup.MaxDistance + 1
	for rows.Next() {
		var candidate, other int64
		if err := rows.Scan(&candidate, &other); err != nil {
			return 0, 0, fmt.Errorf("band %#x: %w", key, err)
		}
		if d := dedup.Distance(fp, uint64(other)); d < dist || (d == dist && candidate < id) {
			id, dist = candidate, d
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, fmt.Errorf("band %#x: %w", key, err)
	}
	if dist > dedup.MaxDistance {
		return 0, dist, nil
	}
	return id, dist, nil
}
