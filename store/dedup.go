package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// view is what a lookup reads: the committed store (batch nil), or a
// Batch's transaction with the records saved in it so far.
type view struct {
	q          stmtSource
	batch      *Batch
	fulls      *fullSentences // for the committed store
	originals  *originalSentences
	holdersMem *sentenceHolders
	sentences  *hashFilter
	canonicals *hashFilter
	// near, when set, is the near index's search as Prepare left it.
	near *pipeline.NearHint
}

// tx is the batch's transaction, nil outside a batch.
func (v view) tx() *saveTx {
	if v.batch == nil {
		return nil
	}
	return v.batch.tx
}

// fullSentence is saveTx.fullSentence in a batch, memory's alone outside.
func (v view) fullSentence(h uint64) ([sentenceIDsKept]holder, bool) {
	if v.batch != nil {
		return v.batch.tx.fullSentence(h)
	}
	return v.fulls.get(h)
}

// learnFull records a full hash read in the view.
func (v view) learnFull(h uint64, ids [sentenceIDsKept]holder) {
	if v.batch != nil {
		v.batch.tx.learnFull(h, ids)
		return
	}
	v.fulls.add(map[uint64][sentenceIDsKept]holder{h: ids})
}

// DuplicateOf finds the original of an article: first one stored under the
// same canonical URL, else the nearest new article whose fingerprint is
// within dedup.MaxDistance, else the one new article that holds most of
// its long sentences (dedup.IsCopy). It returns the original's URL.
// Off-topic articles and copies are never originals, and a zero
// fingerprint (no text) matches nothing.
func (s *Store) DuplicateOf(ctx context.Context, canonical string, sig dedup.Signature) (string, bool, error) {
	q, err := s.dbStmts(ctx)
	if err != nil {
		return "", false, fmt.Errorf("find original of %s: %w", canonical, err)
	}
	return s.duplicateOf(ctx, view{q: q, fulls: &s.fullSentences, originals: &s.originalSentences,
		holdersMem: &s.sentenceHolders, sentences: s.sentences, canonicals: s.canonicals}, canonical, sig)
}

// NearHint searches the near index as it stands for fp, so that a
// batch's DuplicateOfHinted searches only what was indexed since
// (pipeline.NearHinter).
func (s *Store) NearHint(fp uint64) pipeline.NearHint { return s.near.hint(fp) }

func (s *Store) duplicateOf(ctx context.Context, v view, canonical string, sig dedup.Signature) (string, bool, error) {
	if canonical != "" {
		url, ok, err := byCanonical(ctx, v, canonical)
		if err != nil || ok {
			return url, ok, err
		}
	}
	if sig.Fingerprint != 0 {
		url, ok, err := s.byFingerprint(ctx, v, sig.Fingerprint)
		if err != nil || ok {
			return url, ok, err
		}
	}
	return bySentences(ctx, v, sig.Sentences)
}

func byCanonical(ctx context.Context, v view, canonical string) (string, bool, error) {
	if !v.canonicals.mayHold(canonicalHash(canonical)) {
		return "", false, nil
	}
	var url string
	var original sql.NullString
	err := v.q.stmt(ctx, stmtByCanonical).QueryRowContext(ctx, canonical).Scan(&url, &original)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("find article %s: %w", canonical, err)
	}
	if original.Valid {
		return original.String, true, nil // a copy: its original was resolved when it was stored
	}
	return url, true, nil
}

// byFingerprint asks the in-memory index (and a batch's originals not yet
// in it) for the nearest new article within reach, and gives its URL.
func (s *Store) byFingerprint(ctx context.Context, v view, fp uint64) (string, bool, error) {
	var m nearMatch
	var ok bool
	if v.near != nil {
		m, ok = s.near.nearestFrom(fp, *v.near)
	} else {
		m, ok = s.near.nearest(fp)
	}
	if v.batch != nil {
		// The batch's originals are newer than every indexed one: they
		// win only when strictly nearer, as the index breaks ties.
		if p, pdist, pok := v.batch.nearest(fp); pok && (!ok || pdist < m.dist) {
			m, ok = nearMatch{dist: pdist, url: p.url, urlKept: true}, true
		}
	}
	if !ok {
		return "", false, nil
	}
	if m.urlKept {
		return m.url, true, nil
	}
	return articleURL(ctx, v, m.id)
}

func articleURL(ctx context.Context, v view, id int64) (string, bool, error) {
	var url string
	if err := v.q.stmt(ctx, stmtArticleURL).QueryRowContext(ctx, id).Scan(&url); err != nil {
		return "", false, fmt.Errorf("article %d: %w", id, err)
	}
	return url, true, nil
}
