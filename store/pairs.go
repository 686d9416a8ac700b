package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// pairID names an alerted pair in alert_pair_hashes: the 64-bit xxHash of
// the pair's key text (claims.AppendPairKey, the same in either order and
// for every copy of either report). The text was about 90 bytes a row and
// the key of a text b-tree; the ID is the rowid of an integer one.
//
// Two distinct pairs share an ID with a probability of about n²/2⁶⁵ among
// n pairs: 3·10⁻⁸ at a million pairs, 3·10⁻⁴ at a hundred million. The
// bench records 3.9 pairs per item, so a million pairs is about 250,000
// articles, years of one story's coverage. A collision would keep one pair
// from being alerted, never raise a wrong alert. xxHash is not a keyed
// hash, but the key text is made of extracted figures and normalised
// attributions, which a feed cannot steer towards a chosen 64-bit value
// short of a brute-force search it could not see the result of.
func pairID(key []byte) uint64 { return xxhash.Sum64(key) }

// pairScratch are queueAlert's buffers, reused from one alert to the next
// in a transaction: an alert names a few to a few hundred pairs, and most
// name only pairs alerted before.
type pairScratch struct {
	key   []byte   // a pair's key text
	ids   []uint64 // the alert's pair IDs, one per Against claim
	left  []uint64 // those the transaction has not seen
	known []bool   // for alertedPairs
	// against is the alert's Against claim IDs as alerts.against holds them.
	against []byte
	half    []byte // contentKey's
}

// pairIDs hashes the pair of the alert's claim with each of its Against
// claims, in order, into t.pairs.ids: pairID of claims.AppendPairKey,
// built from each claim's half of the key (contentKey), with the article's
// URL after it when both claims are of one article.
func (t *saveTx) pairIDs(a claims.Alert) []uint64 {
	ids := t.pairs.ids[:0]
	ka := t.contentKey(a.Claim)
	for _, against := range a.Against {
		first, second := ka, t.contentKey(against)
		if second < first {
			first, second = second, first
		}
		t.pairs.key = append(append(append(t.pairs.key[:0], first...), '~'), second...)
		if a.Claim.ArticleURL != "" && against.ArticleURL == a.Claim.ArticleURL {
			// one article that sets the two reports against each other is
			// news once more, though the reports were alerted as a pair
			// before; its copies are duplicates and compare nothing
			t.pairs.key = append(append(t.pairs.key, "~@"...), a.Claim.ArticleURL...)
		}
		ids = append(ids, pairID(t.pairs.key))
	}
	t.pairs.ids = ids
	return ids
}

// contentKey is a claim's half of its pair keys. claims.AppendPairKey
// joins the two claims' halves with '~', the lesser first; its key of a
// claim with itself is the half twice. The halves of stored claims are
// remembered by claim ID: the claims alerts are against are the same few
// established reports again and again, and building their halves (the
// attribution normalised word by word) was a seventh of the saves in
// `crosscheck bench`. TestPairIDsFromHalves holds this to AppendPairKey.
func (t *saveTx) contentKey(c claims.Claim) string {
	if c.ID != 0 {
		if k, ok := t.keys[c.ID]; ok {
			return k
		}
		if k, ok := t.saves.keys[c.ID]; ok {
			return k
		}
	}
	t.pairs.half = claims.AppendPairKey(t.pairs.half[:0], c, c)
	k := string(t.pairs.half[:(len(t.pairs.half)-1)/2])
	if c.ID != 0 {
		// Memory learns it at commit: a rolled-back ID may be given to
		// another claim.
		if t.keys == nil {
			t.keys = map[int64]string{}
		}
		t.keys[c.ID] = k
	}
	return k
}

// knownPairs tells, from memory alone, that every pair the alert names
// was alerted before, so that queueAlert drops it without copying its
// Against claims. Most alerts a repeated report raises are such (95 % in
// `crosscheck bench`). An Against claim without an ID goes the long way,
// which reports it or finds it in the record.
func (t *saveTx) knownPairs(a claims.Alert, ids []uint64) bool {
	left := t.pairs.left[:0]
	for i, against := range a.Against {
		if against.ID == 0 {
			return false
		}
		if _, ok := t.alerted[ids[i]]; !ok {
			left = append(left, ids[i])
		}
	}
	t.pairs.left = left
	return len(a.Against) > 0 && t.saves.knownAll(left)
}

// unalertedPairs keeps the Against claims whose pair with the alert's
// claim was never alerted, with their pair IDs (ids, one per Against
// claim). The same pair twice in one alert counts once.
func unalertedPairs(ctx context.Context, tx *saveTx, against []claims.Claim, ids []uint64) ([]claims.Claim, []uint64, error) {
	for _, c := range against {
		if c.ID == 0 {
			return nil, nil, fmt.Errorf("alert against claim %q: not a stored claim (no ID)", c.Quote)
		}
	}
	known, err := alertedPairs(ctx, tx, ids)
	if err != nil {
		return nil, nil, err
	}
	var fresh []claims.Claim
	var freshIDs []uint64
	for i, id := range ids {
		if !known[i] && !slices.Contains(freshIDs, id) {
			fresh = append(fresh, against[i])
			freshIDs = append(freshIDs, id)
		}
	}
	return fresh, freshIDs, nil
}

// alertedPairs tells, for each pair ID, whether it was alerted before:
// from memory, else one lookup of a prepared statement each; no lookup
// when memory knows every alerted pair.
func alertedPairs(ctx context.Context, tx *saveTx, ids []uint64) ([]bool, error) {
	known := append(tx.pairs.known[:0], make([]bool, len(ids))...)
	tx.pairs.known = known
	complete := tx.saves.knownAlerted(ids, known)
	for i, id := range ids {
		if known[i] {
			continue
		}
		if _, ok := tx.alerted[id]; ok || complete {
			known[i] = ok // recorded earlier in this transaction, or never
			continue
		}
		var one int
		err := tx.stmt(ctx, stmtPairExists).QueryRowContext(ctx, int64(id)).Scan(&one)
		switch {
		case err == nil:
			known[i] = true
			tx.noteAlerted(id)
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("look up alert pair %016x: %w", id, err)
		}
	}
	return known, nil
}

// noteAlerted records a pair this transaction found or stored.
func (t *saveTx) noteAlerted(id uint64) {
	if t.alerted == nil {
		t.alerted = map[uint64]struct{}{}
	}
	t.alerted[id] = struct{}{}
}

// hashAlertPairs is migration 9's step: every pair key of alert_pairs
// becomes its pairID in alert_pair_hashes, and alert_pairs goes. Two keys
// with one ID (see pairID) keep the first alert's row.
func hashAlertPairs(ctx context.Context, tx *sql.Tx) error {
	type row struct{ id, alert int64 }
	rows, err := tx.QueryContext(ctx, "SELECT pair_key, alert_id FROM alert_pairs ORDER BY alert_id")
	if err != nil {
		return fmt.Errorf("read alert pairs: %w", err)
	}
	var all []row
	for rows.Next() {
		var key string
		var alert int64
		if err := rows.Scan(&key, &alert); err != nil {
			rows.Close()
			return fmt.Errorf("read alert pairs: %w", err)
		}
		all = append(all, row{int64(pairID([]byte(key))), alert})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read alert pairs: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, "INSERT OR IGNORE INTO alert_pair_hashes (pair_hash, alert_id) VALUES (?, ?)")
	if err != nil {
		return fmt.Errorf("hash alert pairs: %w", err)
	}
	defer ins.Close()
	for _, r := range all {
		if _, err := ins.ExecContext(ctx, r.id, r.alert); err != nil {
			return fmt.Errorf("hash alert pair of alert %d: %w", r.alert, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "DROP TABLE alert_pairs"); err != nil {
		return fmt.Errorf("drop alert_pairs: %w", err)
	}
	return nil
}
