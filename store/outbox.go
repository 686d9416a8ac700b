package store

import (
	"context"
	"fmt"
	"strconv"

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
	pairs := tx.pairIDs(a)
	if tx.knownPairs(a, pairs) {
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
	fresh, freshIDs, err := unalertedPairs(ctx, tx, a.Against, pairs)
	if err != nil || len(fresh) == 0 {
		return claims.Alert{}, false, err
	}
	a.Against = fresh
	tx.pairs.against = appendClaimIDs(tx.pairs.against[:0], fresh)
	res, err := tx.stmt(ctx, stmtInsAlert).ExecContext(ctx, string(a.Kind), micros(a.Raised), claimID, string(tx.pairs.against))
	if err != nil {
		return claims.Alert{}, false, fmt.Errorf("queue %s alert: %w", a.Kind, err)
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return claims.Alert{}, false, fmt.Errorf("queue %s alert: %w", a.Kind, err)
	}
	if err := recordPairs(ctx, tx, a.ID, freshIDs); err != nil {
		return claims.Alert{}, false, err
	}
	return a, true, nil
}

// appendClaimIDs appends the claims' IDs as the JSON array alerts.against
// holds ("[12,40]", migration 010): a few bytes of the alert's row instead
// of a row each in another table.
func appendClaimIDs(dst []byte, cs []claims.Claim) []byte {
	dst = append(dst, '[')
	for i, c := range cs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = strconv.AppendInt(dst, c.ID, 10)
	}
	return append(dst, ']')
}

// recordPairs stores an alert's pair IDs.
func recordPairs(ctx context.Context, tx *saveTx, alertID int64, pairs []uint64) error {
	insPair := tx.stmt(ctx, stmtInsPair)
	for _, id := range pairs {
		if _, err := insPair.ExecContext(ctx, int64(id), alertID); err != nil {
			return fmt.Errorf("record alert pair %016x: %w", id, err)
		}
		tx.noteAlerted(id)
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
