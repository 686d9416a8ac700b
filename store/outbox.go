package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// queueAlert puts one alert in the outbox unless every pair it names was
// alerted before. Alert.Claim, and any Against claim from the same record
// (two sources in one article), are matched by value to the record's
// claims to learn their IDs.
func queueAlert(ctx context.Context, tx *sql.Tx, a claims.Alert, recorded []claims.Claim, ids []int64) (claims.Alert, bool, error) {
	claimID, err := claimIDOf(a.Claim, recorded, ids)
	if err != nil {
		return claims.Alert{}, false, err
	}
	a.Claim.ID = claimID
	a.Against = append([]claims.Claim(nil), a.Against...)
	for i, against := range a.Against {
		if against.ID == 0 {
			if a.Against[i].ID, err = claimIDOf(against, recorded, ids); err != nil {
				return claims.Alert{}, false, err
			}
		}
	}
	fresh, keys, err := unalertedPairs(ctx, tx, a)
	if err != nil || len(fresh) == 0 {
		return claims.Alert{}, false, err
	}
	a.Against = fresh
	res, err := tx.ExecContext(ctx, "INSERT INTO alerts (kind, raised_at, claim_id) VALUES (?, ?, ?)",
		string(a.Kind), micros(a.Raised), claimID)
	if err != nil {
		return claims.Alert{}, false, fmt.Errorf("queue %s alert: %w", a.Kind, err)
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return claims.Alert{}, false, fmt.Errorf("queue %s alert: %w", a.Kind, err)
	}
	if err := recordPairs(ctx, tx, a.ID, fresh, keys); err != nil {
		return claims.Alert{}, false, err
	}
	return a, true, nil
}

// recordPairs stores what an alert is against and its pair keys, with
// each statement prepared once: an alert can name hundreds of claims.
func recordPairs(ctx context.Context, tx *sql.Tx, alertID int64, against []claims.Claim, keys []string) error {
	insAgainst, err := tx.PrepareContext(ctx, "INSERT INTO alert_against (alert_id, claim_id) VALUES (?, ?)")
	if err != nil {
		return fmt.Errorf("queue alert %d: %w", alertID, err)
	}
	defer insAgainst.Close()
	insPair, err := tx.PrepareContext(ctx, "INSERT INTO alert_pairs (pair_key, alert_id) VALUES (?, ?)")
	if err != nil {
		return fmt.Errorf("queue alert %d: %w", alertID, err)
	}
	defer insPair.Close()
	for i, c := range against {
		if _, err := insAgainst.ExecContext(ctx, alertID, c.ID); err != nil {
			return fmt.Errorf("queue alert %d against claim %d: %w", alertID, c.ID, err)
		}
		if _, err := insPair.ExecContext(ctx, keys[i], alertID); err != nil {
			return fmt.Errorf("record alert pair %q: %w", keys[i], err)
		}
	}
	return nil
}

func claimIDOf(c claims.Claim, recorded []claims.Claim, ids []int64) (int64, error) {
	for i, r := range recorded {
		if r == c {
			return ids[i], nil
		}
	}
	return 0, fmt.Errorf("alert claim %q is not one of the record's claims", c.Quote)
}

// unalertedPairs keeps the Against claims whose pair with the alert's
// claim was never alerted, with their pair keys. The same pair twice in
// one alert counts once. The keys are looked up in chunks of one query
// each: an alert can name hundreds of earlier claims, and a query per pair
// was a fifth of the cold ingest's time.
func unalertedPairs(ctx context.Context, tx *sql.Tx, a claims.Alert) ([]claims.Claim, []string, error) {
	all := make([]string, len(a.Against))
	for i, against := range a.Against {
		if against.ID == 0 {
			return nil, nil, fmt.Errorf("alert against claim %q: not a stored claim (no ID)", against.Quote)
		}
		all[i] = claims.PairKey(a.Claim, against)
	}
	seen, err := alertedKeys(ctx, tx, all)
	if err != nil {
		return nil, nil, err
	}
	var fresh []claims.Claim
	var keys []string
	for i, key := range all {
		if !seen[key] {
			seen[key] = true // the same pair again in this alert
			fresh = append(fresh, a.Against[i])
			keys = append(keys, key)
		}
	}
	return fresh, keys, nil
}

// pairChunk keeps each query well under SQLite's limit on parameters.
const pairChunk = 500

// alertedKeys gives the keys among keys that were alerted before.
func alertedKeys(ctx context.Context, tx *sql.Tx, keys []string) (map[string]bool, error) {
	seen := make(map[string]bool, len(keys))
	for start := 0; start < len(keys); start += pairChunk {
		chunk := keys[start:min(start+pairChunk, len(keys))]
		args := make([]any, len(chunk))
		for i, k := range chunk {
			args[i] = k
		}
		rows, err := tx.QueryContext(ctx, "SELECT pair_key FROM alert_pairs WHERE pair_key IN (?"+
			strings.Repeat(", ?", len(chunk)-1)+")", args...)
		if err != nil {
			return nil, fmt.Errorf("look up %d alert pairs: %w", len(chunk), err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up alert pairs: %w", err)
			}
			seen[k] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("look up alert pairs: %w", err)
		}
	}
	return seen, nil
}
