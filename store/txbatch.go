package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

var _ pipeline.Batcher = (*Store)(nil)

// Batch is one write transaction in which the pipeline judges and saves a
// feed's new items in turn (pipeline.Batch). SQL inside the transaction
// sees the rows saved before; what the store keeps in memory (the near
// index, the recent claims, the alerted pairs) learns them only at
// Commit, so until then the batch answers for them itself. It is used by
// one goroutine at a time, and holds the store's write gate until Commit
// or Rollback.
type Batch struct {
	s      *Store
	tx     *saveTx
	failed error // a Save failed: the batch can only be rolled back
	saved  []pipeline.Record
	ids    []savedIDs
	// pending are the saves handed to the batch, in order, as the judging
	// side knows them (pendingsave.go).
	pending []*pendingSave
	entries map[[2]string]struct{} // the feed entries of pending
	open    []uint64               // openHashes' scratch
	// nextClaim is the largest claim ID so far, the batch's included.
	nextClaim int64
	claims    map[recentKey][]recentClaim // claims saved in the batch, newest first
	// w writes the saves SaveLater queued, nil when none is under way
	// (asyncsave.go).
	w *batchWriter
}

// BeginBatch opens a batch; the caller must Commit or Rollback it.
func (s *Store) BeginBatch(ctx context.Context) (pipeline.Batch, error) {
	tx, err := s.beginSave(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin batch: %w", err)
	}
	s.recent.compactReports() // under the write gate: no batch holds report numbers
	b := &Batch{s: s, tx: tx, claims: map[recentKey][]recentClaim{}}
	if err := tx.tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM claims").Scan(&b.nextClaim); err != nil {
		tx.rollback()
		return nil, fmt.Errorf("begin batch: largest claim ID: %w", err)
	}
	tx.progress = b
	return b, nil
}

func (b *Batch) view() view {
	return view{q: b.tx, batch: b, holdersMem: &b.s.sentenceHolders, sentences: b.s.sentences, canonicals: b.s.canonicals}
}

// ItemSeen is Store.ItemSeen, the batch's entries included.
func (b *Batch) ItemSeen(ctx context.Context, feedURL, guid string) (bool, error) {
	b.waitFor(stageDone)
	return itemSeen(ctx, b.tx, b.s.items, feedURL, guid)
}

// CanonicalSeen is Store.CanonicalSeen, the batch's entries included.
func (b *Batch) CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error) {
	b.waitFor(stageDone)
	return canonicalSeen(ctx, b.tx, b.s.canonicals, feedURL, canonical)
}

// DuplicateOf is Store.DuplicateOf, the batch's articles included.
func (b *Batch) DuplicateOf(ctx context.Context, canonical string, sig dedup.Signature) (string, bool, error) {
	b.waitForArticles(canonical, sig)
	return b.s.duplicateOf(ctx, b.view(), canonical, sig)
}

// DuplicateOfHinted is DuplicateOf for a fingerprint that Store.NearHint
// searched for before (pipeline.NearHinter).
func (b *Batch) DuplicateOfHinted(ctx context.Context, canonical string, sig dedup.Signature, h pipeline.NearHint) (string, bool, error) {
	b.waitForArticles(canonical, sig)
	v := b.view()
	v.near = &h
	return b.s.duplicateOf(ctx, v, canonical, sig)
}

// ClaimsAbout is Store.ClaimsAbout, the batch's claims included.
func (b *Batch) ClaimsAbout(ctx context.Context, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]claims.Claim, error) {
	refs, err := b.LendClaimsAbout(ctx, nil, m, subj, from, to, limit)
	return derefClaims(refs), err
}

// LendClaimsAbout is Store.LendClaimsAbout, the batch's claims included.
func (b *Batch) LendClaimsAbout(ctx context.Context, dst []*claims.Claim, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]*claims.Claim, error) {
	k := recentKey{m, subj}
	refs, ok, err := b.s.recent.lend(ctx, b.s, k, micros(from), micros(to), limit, b.claims[k], dst)
	if err != nil || ok {
		return refs, err
	}
	// Memory cannot be sure; SQL in the transaction sees the batch's
	// claims as well as the committed ones.
	b.waitFor(stageDone)
	cs, err := queryClaims(ctx, b.tx.tx, fmt.Sprintf("claims about %s %s", subj, m), claimsAboutQuery,
		m, subj, micros(from), micros(to), limit)
	return appendRefs(dst, cs), err
}

// Save is Store.Save inside the batch: nothing is durable before Commit,
// and the alerts it returns are queued only if the batch commits. After
// a failed Save the batch refuses everything but Rollback.
func (b *Batch) Save(ctx context.Context, r pipeline.Record) ([]claims.Alert, error) {
	b.Flush()
	return b.save(ctx, r, b.track(ctx, r))
}

// save is Save, in the caller's goroutine or the batch's writer; p is
// the record as track noted it.
func (b *Batch) save(ctx context.Context, r pipeline.Record, p *pendingSave) ([]claims.Alert, error) {
	if b.failed != nil {
		return nil, b.failed
	}
	err := p.err
	var queued []claims.Alert
	var ids savedIDs
	if err == nil {
		queued, ids, err = b.s.save(ctx, b.tx, r, p)
	}
	if err != nil {
		b.failed = fmt.Errorf("save %s: %w", r.Item.URL, err)
		return nil, b.failed
	}
	b.saved, b.ids = append(b.saved, r), append(b.ids, ids)
	return queued, nil
}

// articleSaved signals that the record's article and sentences are
// written.
func (b *Batch) articleSaved(pipeline.Record, int64) { b.reached(stageArticle) }

// claimsSaved signals that the record's claims are written.
func (b *Batch) claimsSaved(pipeline.Record, []int64) { b.reached(stageClaims) }

// addClaims makes the record's claims, with the IDs they will get, part
// of what the batch's claim lookups answer.
func (b *Batch) addClaims(r pipeline.Record, ids []int64) {
	for i := range r.Claims {
		k, e, ok := recentEntry(r, i, ids[i])
		if !ok {
			continue
		}
		e.report = b.s.recent.report(e.c)
		l := b.claims[k]
		at := sort.Search(len(l), func(j int) bool { return !l[j].before(e) })
		b.claims[k] = slices.Insert(l, at, e)
	}
}

// LendReports is Store.LendReports, the batch's claims included.
func (b *Batch) LendReports(ctx context.Context, dst []*claims.Claim, m claims.Metric, subj claims.Subject,
	from, to time.Time, limit int, at time.Time, window time.Duration) ([]*claims.Claim, error) {
	k := recentKey{m, subj}
	refs, ok, err := b.s.recent.lendReports(ctx, b.s, k, micros(from), micros(to), limit, b.claims[k], at, window, dst)
	if err != nil || ok {
		return refs, err
	}
	b.waitFor(stageDone)
	cs, err := queryClaims(ctx, b.tx.tx, fmt.Sprintf("claims about %s %s", subj, m), claimsAboutQuery,
		m, subj, micros(from), micros(to), limit)
	return appendRefs(dst, cs), err
}

// Commit makes the batch durable and teaches the in-memory indexes its
// rows, in the order they were saved.
func (b *Batch) Commit() error {
	b.Flush()
	if b.failed != nil {
		b.tx.rollback()
		return b.failed
	}
	if err := b.tx.commit(); err != nil {
		return fmt.Errorf("commit batch of %d: %w", len(b.saved), err)
	}
	for i, r := range b.saved {
		b.s.committed(r, b.ids[i])
	}
	b.saved, b.ids = nil, nil
	return nil
}

// Rollback undoes the batch; after Commit it does nothing.
func (b *Batch) Rollback() {
	b.Flush()
	b.tx.rollback()
}
