package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

const feedStateColumns = `url, etag, last_modified, last_poll, last_success, next_poll, errors, last_error`

func scanFeedState(row scanner) (feeds.State, error) {
	var st feeds.State
	var lastPoll, lastSuccess, nextPoll sql.NullInt64
	err := row.Scan(&st.URL, &st.ETag, &st.LastModified, &lastPoll, &lastSuccess, &nextPoll, &st.Errors, &st.LastError)
	st.LastPoll, st.LastSuccess, st.NextPoll = fromMicros(lastPoll), fromMicros(lastSuccess), fromMicros(nextPoll)
	return st, err
}

// FeedState is what is remembered about a feed: a zero State with the URL
// set when it was never polled.
func (s *Store) FeedState(ctx context.Context, url string) (feeds.State, error) {
	q, err := s.dbStmts(ctx)
	if err != nil {
		return feeds.State{}, fmt.Errorf("state of feed %s: %w", url, err)
	}
	st, err := scanFeedState(q.stmt(ctx, stmtFeedState).QueryRowContext(ctx, url))
	if errors.Is(err, sql.ErrNoRows) {
		return feeds.State{URL: url}, nil
	}
	if err != nil {
		return feeds.State{}, fmt.Errorf("state of feed %s: %w", url, err)
	}
	return st, nil
}

// SaveFeedState replaces what is remembered about st.URL.
func (s *Store) SaveFeedState(ctx context.Context, st feeds.State) error {
	defer s.writeGate()()
	err := s.saver.exec(ctx, s.db, `INSERT OR REPLACE INTO feed_states (`+feedStateColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		st.URL, st.ETag, st.LastModified, nullMicros(st.LastPoll), nullMicros(st.LastSuccess),
		nullMicros(st.NextPoll), st.Errors, st.LastError)
	if err != nil {
		return fmt.Errorf("save state of feed %s: %w", st.URL, err)
	}
	// A commit like a batch's: in the daemon's steady poll, where nearly
	// every poll is a 304 and opens no batch, the feed states are what
	// fills the log, and without a checkpoint after them it grew to its
	// backstop, which this connection then copied back itself, under the
	// write gate, while every poll waited to save its state.
	s.ckpt.committed()
	return nil
}

// FeedStates lists every remembered feed state by URL, for /status.
func (s *Store) FeedStates(ctx context.Context) ([]feeds.State, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+feedStateColumns+" FROM feed_states ORDER BY url")
	if err != nil {
		return nil, fmt.Errorf("feed states: %w", err)
	}
	defer rows.Close()
	var sts []feeds.State
	for rows.Next() {
		st, err := scanFeedState(rows)
		if err != nil {
			return nil, fmt.Errorf("feed states: %w", err)
		}
		sts = append(sts, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("feed states: %w", err)
	}
	return sts, nil
}

// MoveFeed follows a permanent redirect: the state and the entries seen
// move to the new URL, so nothing is judged twice. Entries the new URL
// already has stay as they are.
func (s *Store) MoveFeed(ctx context.Context, from, to string) error {
	defer s.writeGate()()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("move feed %s to %s: %w", from, to, err)
	}
	defer tx.Rollback()
	for _, q := range []string{
		"DELETE FROM feed_states WHERE url = ?2 AND EXISTS (SELECT 1 FROM feed_states WHERE url = ?1)",
		"UPDATE feed_states SET url = ?2 WHERE url = ?1",
		"UPDATE OR IGNORE items SET feed_url = ?2 WHERE feed_url = ?1",
		"DELETE FROM items WHERE feed_url = ?1",
	} {
		if _, err := tx.ExecContext(ctx, q, from, to); err != nil {
			return fmt.Errorf("move feed %s to %s: %w", from, to, err)
		}
	}
	if err := s.learnItems(ctx, tx, to); err != nil {
		return fmt.Errorf("move feed %s to %s: %w", from, to, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("move feed %s to %s: %w", from, to, err)
	}
	return nil
}

// learnItems adds the feed's entries to the entry filter: those moved to
// it are stored under a URL the filter never saw. (Added before the
// commit: a rollback leaves only a "maybe" that costs a lookup.)
func (s *Store) learnItems(ctx context.Context, tx *sql.Tx, feedURL string) error {
	rows, err := tx.QueryContext(ctx, "SELECT guid FROM items WHERE feed_url = ?", feedURL)
	if err != nil {
		return err
	}
	defer rows.Close()
	var guid string
	for rows.Next() {
		if err := rows.Scan(&guid); err != nil {
			return err
		}
		s.items.add(itemHash(feedURL, guid))
	}
	return rows.Err()
}
