package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// Save stores everything one item leaves behind in one transaction: the
// article, its feed entry, its claims and
// the alerts it raises. A crash can therefore neither lose an alert nor
// queue one for an article that was not stored. It returns the alerts it
// queued, with IDs: an alert pair raised before is dropped from Against,
// and an alert left with nothing against is not queued. An entry stored
// before is left alone and queues nothing.
func (s *Store) Save(ctx context.Context, r pipeline.Record) ([]claims.Alert, error) {
	tx, err := s.beginSave(ctx)
	if err != nil {
		return nil, fmt.Errorf("save %s: %w", r.Item.URL, err)
	}
	defer tx.rollback()
	queued, ids, err := s.save(ctx, tx, r, nil)
	if err != nil {
		return nil, fmt.Errorf("save %s: %w", r.Item.URL, err)
	}
	if err := tx.commit(); err != nil {
		return nil, fmt.Errorf("save %s: %w", r.Item.URL, err)
	}
	s.committed(r, ids)
	return queued, nil
}

// savedIDs are the rows one record added; article 0 when it was stored
// before.
type savedIDs struct {
	article int64
	claims  []int64
}

// committed brings the in-memory indexes up to a committed record: a new
// article becomes an original that later copies find (copies and
// off-topic items stay out), and its claims join the recent ones.
func (s *Store) committed(r pipeline.Record, ids savedIDs) {
	if ids.article == 0 {
		return
	}
	if r.Status == pipeline.StatusNew && r.Fingerprint != 0 {
		s.near.add(ids.article, r.Fingerprint, r.Item.URL)
	}
	s.recent.add(r, ids.claims)
}

// save returns the alerts queued and the IDs of what it stored. ahead,
// when not nil, is what a Batch's judging side decided before the save
// (pendingsave.go): whether the entry was stored before, and the IDs its
// claims get. Without it SQLite chooses.
func (s *Store) save(ctx context.Context, tx *saveTx, r pipeline.Record, ahead *pendingSave) ([]claims.Alert, savedIDs, error) {
	seen, err := itemSeen(ctx, tx, tx.items, r.Item.FeedURL, r.Item.GUID)
	if err != nil {
		return nil, savedIDs{}, err
	}
	var claimIDs []int64
	if ahead != nil {
		if seen != ahead.void {
			// Later items were judged against what this one adds.
			return nil, savedIDs{}, fmt.Errorf("item %s of %s: stored before is %v, judged %v", r.Item.GUID, r.Item.FeedURL, seen, ahead.void)
		}
		claimIDs = ahead.claimIDs
	}
	if seen {
		return nil, savedIDs{}, nil // stored already: the same entry again is not an error
	}
	articleID, err := insertArticle(ctx, tx, r, s.now())
	if err != nil {
		return nil, savedIDs{}, err
	}
	if tx.progress != nil {
		tx.progress.articleSaved(r, articleID)
	}
	// The entry after the signal: DuplicateOf does not read it, so the
	// next item's lookup need not wait for it.
	if err := insertItem(ctx, tx, r.Item, articleID); err != nil {
		return nil, savedIDs{}, err
	}
	claimIDs, err = insertClaims(ctx, tx, articleID, r, claimIDs)
	if err != nil {
		return nil, savedIDs{}, err
	}
	if tx.progress != nil {
		tx.progress.claimsSaved(r, claimIDs)
	}
	var queued []claims.Alert
	for _, a := range r.Alerts {
		q, ok, err := queueAlert(ctx, tx, a, r.Claims, claimIDs)
		if err != nil {
			return nil, savedIDs{}, err
		}
		if ok {
			queued = append(queued, q)
		}
	}
	return queued, savedIDs{articleID, claimIDs}, nil
}

func insertArticle(ctx context.Context, tx *saveTx, r pipeline.Record, now time.Time) (int64, error) {
	it := r.Item
	var duplicateOf sql.NullString
	if r.Status == pipeline.StatusDuplicate {
		duplicateOf = sql.NullString{String: r.DuplicateOf, Valid: true}
	}
	var sentences any
	if r.Status == pipeline.StatusNew {
		sentences = encodeSentences(r.Sentences)
	}
	tx.canonicals.add(canonicalHash(it.Canonical)) // before the row: a lookup in this transaction may follow
	res, err := tx.stmt(ctx, stmtInsArticle).ExecContext(ctx,
		it.URL, it.Canonical, it.Title, it.Source, nullMicros(it.Published), micros(now),
		string(r.Status), duplicateOf, int64(r.Fingerprint), sentences)
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	if r.Status == pipeline.StatusNew {
		if err := insertSentences(ctx, tx, id, r.Sentences); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// insertItem records the feed entry that gave the article.
func insertItem(ctx context.Context, tx *saveTx, it feeds.Item, articleID int64) error {
	tx.items.add(itemHash(it.FeedURL, it.GUID))
	if _, err := tx.stmt(ctx, stmtInsItem).ExecContext(ctx, it.FeedURL, it.GUID, articleID); err != nil {
		return fmt.Errorf("insert item %s of %s: %w", it.GUID, it.FeedURL, err)
	}
	return nil
}

// insertClaims stores the record's claims and returns their IDs in order:
// want's, if not nil, else SQLite's choice.
func insertClaims(ctx context.Context, tx *saveTx, articleID int64, r pipeline.Record, want []int64) ([]int64, error) {
	ids := make([]int64, 0, len(r.Claims))
	ins := tx.stmt(ctx, stmtInsClaim)
	for i, c := range r.Claims {
		published := c.Published
		if published.IsZero() {
			published = r.Item.Published
		}
		var chosen any // NULL: SQLite gives the largest rowid plus one
		if want != nil {
			chosen = want[i]
		}
		res, err := ins.ExecContext(ctx, chosen, articleID, string(c.Metric), string(c.Subject), c.Location, c.Value, c.ValueMax,
			string(c.Qualifier), c.Partial, c.Tentative, c.Attribution, c.Quote, nullMicros(published))
		if err != nil {
			return nil, fmt.Errorf("insert %s %s claim %q: %w", c.Subject, c.Metric, c.Quote, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("insert claim: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
