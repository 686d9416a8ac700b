package store

import (
	"context"
	"fmt"
)

// Stats are the counts /status and /metrics show.
type Stats struct {
	ArticlesNew       int
	ArticlesDuplicate int
	ArticlesOffTopic  int
	Claims            int
	Alerts            int
	Deliveries        int
	Outbox            int // alerts some subscriber is still owed
}

// Stats counts what the database holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles WHERE status = 'new'),
		(SELECT count(*) FROM articles WHERE status = 'duplicate'),
		(SELECT count(*) FROM articles WHERE status = 'off_topic'),
		(SELECT count(*) FROM claims),
		(SELECT count(*) FROM alerts),
		(SELECT count(*) FROM deliveries),
		(SELECT count(*) FROM alerts al WHERE `+undelivered+`)`).Scan(
		&st.ArticlesNew, &st.ArticlesDuplicate, &st.ArticlesOffTopic,
		&st.Claims, &st.Alerts, &st.Deliveries, &st.Outbox)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
