package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// GetValue reads a setting the bot keeps for itself (the Telegram update
// offset); ok is false when it was never set.
func (s *Store) GetValue(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM kv WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("get %s: %w", key, err)
	}
	return v, true, nil
}

// SetValue stores a setting, replacing its old value.
func (s *Store) SetValue(ctx context.Context, key, value string) error {
	defer s.writeGate()()
	_, err := s.db.ExecContext(ctx, `INSERT INTO kv (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set %s: %w", key, err)
	}
	return nil
}

// Change is one entry of the audit log: who changed what, and how.
type Change struct {
	At   time.Time
	Who  string // the user, or "file" for an edit of the config file
	Via  string // "telegram", "discord", "cli", "file"
	What string // "added feed https://example.org/rss (Example)"
}

// RecordChange appends to the audit log; a zero At means now.
func (s *Store) RecordChange(ctx context.Context, c Change) error {
	defer s.writeGate()()
	if c.At.IsZero() {
		c.At = s.now()
	}
	_, err := s.db.ExecContext(ctx, "INSERT INTO changes (at, who, via, what) VALUES (?, ?, ?, ?)",
		micros(c.At), c.Who, c.Via, c.What)
	if err != nil {
		return fmt.Errorf("record change %q: %w", c.What, err)
	}
	return nil
}

// History gives the n newest changes, newest first.
func (s *Store) History(ctx context.Context, n int) ([]Change, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT at, who, via, what FROM changes ORDER BY at DESC, id DESC LIMIT ?", n)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	defer rows.Close()
	var cs []Change
	for rows.Next() {
		var c Change
		var at sql.NullInt64
		if err := rows.Scan(&at, &c.Who, &c.Via, &c.What); err != nil {
			return nil, fmt.Errorf("history: %w", err)
		}
		c.At = fromMicros(at)
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	return cs, nil
}
