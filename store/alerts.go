package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
)

// alertColumns select an alert and its claim; use with
// "FROM alerts al JOIN claims c ON c.id = al.claim_id JOIN articles a ON a.id = c.article_id".
const alertColumns = `al.id, al.kind, al.raised_at, ` + claimColumns

const alertJoins = ` FROM alerts al JOIN claims c ON c.id = al.claim_id JOIN articles a ON a.id = c.article_id `

// RecentAlerts gives the n newest alerts of a kind, newest first; kind ""
// means every kind. Dropped alerts are history too and are listed.
func (s *Store) RecentAlerts(ctx context.Context, kind claims.AlertKind, n int) ([]claims.Alert, error) {
	return s.queryAlerts(ctx, "recent alerts", recentAlertsQuery, kind, kind, n)
}

// recentAlertsQuery reads alerts_raised newest first and stops at the
// limit.
const recentAlertsQuery = `SELECT ` + alertColumns + alertJoins + `
	WHERE ? = '' OR al.kind = ? ORDER BY al.raised_at DESC, al.id DESC LIMIT ?`

// PendingAlerts lists, oldest first, the alerts raised since the target
// subscribed that were neither delivered to it nor dropped. A target that
// is not subscribed has none.
func (s *Store) PendingAlerts(ctx context.Context, t bot.Target, limit int) ([]claims.Alert, error) {
	return s.queryAlerts(ctx, "pending alerts for "+t.String(), pendingAlertsQuery, t.Platform, t.ChatID, t.String(), limit)
}

const pendingAlertsQuery = `SELECT ` + alertColumns + alertJoins + `
	JOIN subscriptions s ON s.platform = ? AND s.chat_id = ?
	WHERE al.raised_at >= s.subscribed_at AND al.dropped_at IS NULL
	  AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.alert_id = al.id AND d.target = ?)
	ORDER BY al.raised_at, al.id LIMIT ?`

// MarkDelivered records that the alert reached the target; recording it
// again changes nothing.
func (s *Store) MarkDelivered(ctx context.Context, alertID int64, t bot.Target) error {
	defer s.writeGate()()
	_, err := s.db.ExecContext(ctx, `INSERT INTO deliveries (alert_id, target, delivered_at) VALUES (?, ?, ?)
		ON CONFLICT (alert_id, target) DO NOTHING`, alertID, t.String(), micros(s.now()))
	if err != nil {
		return fmt.Errorf("mark alert %d delivered to %s: %w", alertID, t, err)
	}
	return nil
}

// undelivered is true for an alert some subscriber is still owed.
const undelivered = `al.dropped_at IS NULL AND EXISTS (
	SELECT 1 FROM subscriptions s WHERE al.raised_at >= s.subscribed_at
	  AND NOT EXISTS (SELECT 1 FROM deliveries d
	                  WHERE d.alert_id = al.id AND d.target = s.platform || ':' || s.chat_id))`

// OutboxDepth counts the alerts some subscriber is still owed.
func (s *Store) OutboxDepth(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM alerts al WHERE "+undelivered).Scan(&n); err != nil {
		return 0, fmt.Errorf("outbox depth: %w", err)
	}
	return n, nil
}

// DropAlertsOlderThan gives up on alerts raised before t that some
// subscriber is still owed, so the outbox stays bounded when a platform is
// down for long; PendingAlerts never returns them again. It returns how
// many it dropped.
func (s *Store) DropAlertsOlderThan(ctx context.Context, t time.Time) (int, error) {
	defer s.writeGate()()
	res, err := s.db.ExecContext(ctx, `UPDATE alerts AS al SET dropped_at = ?
		WHERE al.raised_at < ? AND `+undelivered, micros(s.now()), micros(t))
	if err != nil {
		return 0, fmt.Errorf("drop alerts older than %s: %w", t.Format(time.RFC3339), err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("drop alerts older than %s: %w", t.Format(time.RFC3339), err)
	}
	return int(n), nil
}

// againstQuery lists the claims an alert is against (alerts.against, a
// JSON array of claim IDs), each found by its rowid.
const againstQuery = `SELECT ` + claimColumns + `
	FROM alerts al, json_each(al.against) j JOIN claims c ON c.id = j.value JOIN articles a ON a.id = c.article_id
	WHERE al.id = ? ORDER BY c.published, c.id`

// queryAlerts runs a query selecting alertColumns and fills each alert's
// Against claims.
func (s *Store) queryAlerts(ctx context.Context, what, query string, args ...any) ([]claims.Alert, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var alerts []claims.Alert
	for rows.Next() {
		var a claims.Alert
		var raised sql.NullInt64
		if a.Claim, err = scanClaimAfter(rows, &a.ID, &a.Kind, &raised); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		a.Raised = fromMicros(raised)
		alerts = append(alerts, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	rows.Close() // free the connection before the next queries
	for i := range alerts {
		alerts[i].Against, err = s.queryClaims(ctx, what, againstQuery, alerts[i].ID)
		if err != nil {
			return nil, err
		}
	}
	return alerts, nil
}
