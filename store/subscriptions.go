package store

import (
	"context"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/bot"
)

// Subscribe adds the target to those that get alerts. Subscribing again
// keeps the first subscription time, so a restart does not skip alerts
// raised while it was down.
func (s *Store) Subscribe(ctx context.Context, t bot.Target) error {
	defer s.writeGate()()
	_, err := s.db.ExecContext(ctx, `INSERT INTO subscriptions (platform, chat_id, guild_id, subscribed_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (platform, chat_id) DO NOTHING`,
		t.Platform, t.ChatID, t.GuildID, micros(s.now()))
	if err != nil {
		return fmt.Errorf("subscribe %s: %w", t, err)
	}
	return nil
}

// Unsubscribe stops alerts to the target; it is not an error when it was
// not subscribed.
func (s *Store) Unsubscribe(ctx context.Context, t bot.Target) error {
	defer s.writeGate()()
	_, err := s.db.ExecContext(ctx, "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", t.Platform, t.ChatID)
	if err != nil {
		return fmt.Errorf("unsubscribe %s: %w", t, err)
	}
	return nil
}

// Subscribers lists the targets subscribed on a platform, oldest
// subscription first; platform "" lists every platform's.
func (s *Store) Subscribers(ctx context.Context, platform string) ([]bot.Target, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT platform, chat_id, guild_id FROM subscriptions
		WHERE ? = '' OR platform = ? ORDER BY subscribed_at, platform, chat_id`, platform, platform)
	if err != nil {
		return nil, fmt.Errorf("subscribers on %q: %w", platform, err)
	}
	defer rows.Close()
	var ts []bot.Target
	for rows.Next() {
		var t bot.Target
		if err := rows.Scan(&t.Platform, &t.ChatID, &t.GuildID); err != nil {
			return nil, fmt.Errorf("subscribers on %q: %w", platform, err)
		}
		ts = append(ts, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("subscribers on %q: %w", platform, err)
	}
	return ts, nil
}
