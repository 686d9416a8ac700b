package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ItemSeen reports whether this feed already gave this entry.
func (s *Store) ItemSeen(ctx context.Context, feedURL, guid string) (bool, error) {
	q, err := s.dbStmts(ctx)
	if err != nil {
		return false, fmt.Errorf("item %s of %s: %w", guid, feedURL, err)
	}
	return itemSeen(ctx, q, s.items, feedURL, guid)
}

// itemSeen asks SQLite only when the feed may have given the entry
// (Store.items).
func itemSeen(ctx context.Context, q stmtSource, items *hashFilter, feedURL, guid string) (bool, error) {
	if !items.mayHold(itemHash(feedURL, guid)) {
		return false, nil
	}
	ok, err := exists(ctx, q.stmt(ctx, stmtItemExists), feedURL, guid)
	if err != nil {
		return false, fmt.Errorf("item %s of %s: %w", guid, feedURL, err)
	}
	return ok, nil
}

// CanonicalSeen reports whether this feed already gave an entry for the
// same canonical URL. Some feeds mint a new GUID on every fetch; without
// this check each fetch would store the same article again as a duplicate.
func (s *Store) CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error) {
	if canonical == "" {
		return false, nil
	}
	q, err := s.dbStmts(ctx)
	if err != nil {
		return false, fmt.Errorf("canonical %s of %s: %w", canonical, feedURL, err)
	}
	return canonicalSeen(ctx, q, s.canonicals, feedURL, canonical)
}

// canonicalSeen asks SQLite only when some article may have the
// canonical URL (Store.canonicals).
func canonicalSeen(ctx context.Context, q stmtSource, canonicals *hashFilter, feedURL, canonical string) (bool, error) {
	if canonical == "" || !canonicals.mayHold(canonicalHash(canonical)) {
		return false, nil
	}
	ok, err := exists(ctx, q.stmt(ctx, stmtCanonicalSeen), feedURL, canonical)
	if err != nil {
		return false, fmt.Errorf("canonical %s of %s: %w", canonical, feedURL, err)
	}
	return ok, nil
}

// exists runs a query selecting 1 and reports whether it found a row.
func exists(ctx context.Context, st *sql.Stmt, args ...any) (bool, error) {
	var one int
	err := st.QueryRowContext(ctx, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
