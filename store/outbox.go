package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// queueAlert puts one alert in the outbox unless every pair it names was
// alerted before. Alert.Claim, and any Against claim from the same record
// (two sources in one article), are matched by value to the record's
// claims to learn their IDs.
func queueAlert(ctx context.Context, tx *saveTx, a claims.Alert, recorded []claims.Claim, ids []int64) (claims.Alert, bool, error) {
	claimID, err := claimIDOf(a.Claim, recorded, ids)
	if err != nil {
		return claims.Alert{}, false, err
	}
	a.Claim.ID = claimID
	if tx.knownPairs(a) {
		return claims.Alert{}, false, nil
	}
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
	res, err := tx.stmt(ctx, stmtInsAlert).ExecContext(ctx, string(a.Kind), micros(a.Raised), claimID)
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

// recordPairs stores what an alert is against and its pair keys.
func recordPairs(ctx context.Context, tx *saveTx, alertID int64, against []claims.Claim, keys []string) error {
	insAgainst, insPair := tx.stmt(ctx, stmtInsAgainst), tx.stmt(ctx, stmtInsPair)
	for i, c := range against {
		if _, err := insAgainst.ExecContext(ctx, alertID, c.ID); err != nil {
			return fmt.Errorf("queue alert %d against claim %d: %w", alertID, c.ID, err)
		}
		if _, err := insPair.ExecContext(ctx, keys[i], alertID); err != nil {
			return fmt.Errorf("record alert pair %q: %w", keys[i], err)
		}
		tx.noteAlerted(keys[i])
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
// one alert counts once.
func unalertedPairs(ctx context.Context, tx *saveTx, a claims.Alert) ([]claims.Claim, []string, error) {
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

// alertedKeys gives the keys among keys that were alerted before: from
// memory, else one lookup of a prepared statement each; no lookup when
// memory knows every alerted key. (A query per pair was a fifth of cold
// ingest when each was parsed anew; one "IN (…)" query of up to 500 keys
// then cost a parse of its own per alert.)
func alertedKeys(ctx context.Context, tx *saveTx, keys []string) (map[string]bool, error) {
	seen := make(map[string]bool, len(keys))
	complete := tx.saves.knownAlerted(keys, seen)
	for _, k := range keys {
		if seen[k] {
			continue
		}
		if _, ok := tx.alerted[tx.saves.hash(k)]; ok || complete {
			seen[k] = ok // recorded earlier in this transaction, or never
			continue
		}
		var one int
		err := tx.stmt(ctx, stmtPairExists).QueryRowContext(ctx, k).Scan(&one)
		switch {
		case err == nil:
			seen[k] = true
			tx.noteAlerted(k)
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("look up alert pair %q: %w", k, err)
		}
	}
	return seen, nil
}

// noteAlerted records a key this transaction found or stored.
func (t *saveTx) noteAlerted(k string) {
	if t.alerted == nil {
		t.alerted = map[pairHash]struct{}{}
	}
	t.alerted[t.saves.hash(k)] = struct{}{}
}

// knownPairs tells, from memory alone, that every pair the alert names
// was alerted before, so that queueAlert drops it without copying its
// Against claims or making their pair keys strings. Most alerts a
// repeated report raises are such (95 % in `crosscheck bench`). An
// Against claim without an ID goes the long way, which reports it.
func (t *saveTx) knownPairs(a claims.Alert) bool {
	hs := t.hashes[:0]
	for _, against := range a.Against {
		if against.ID == 0 {
			return false
		}
		t.keyBuf = claims.AppendPairKey(t.keyBuf[:0], a.Claim, against)
		h := t.saves.hashBytes(t.keyBuf)
		if _, ok := t.alerted[h]; !ok {
			hs = append(hs, h)
		}
	}
	t.hashes = hs
	return len(a.Against) > 0 && t.saves.knownAll(hs)
}
