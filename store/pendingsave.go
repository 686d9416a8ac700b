package store

import (
	"context"
	"slices"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// pendingSave is what a batch's dedup lookups need of a record handed to
// it, known on the judging side before the writer has written a row:
// an item's DuplicateOf waits for the writer only when a record not yet
// written can change its answer (waitForArticles). Waiting for every
// record before it was two fifths of the serial stage's time in
// `crosscheck bench` (docs/BENCHMARKS.md, eleventh round).
type pendingSave struct {
	canonical string   // its canonical URL, if byCanonical can find it ("" if not)
	sample    []uint64 // a new original's sampled sentences, sorted: its index rows at most
	fp        uint64   // a new original's fingerprint (0: none)
	url       string
	// void: the feed gave the entry before, so the save adds no row.
	void bool
	// claimIDs are the IDs its claims get: the batch's next rowids
	// (Batch.nextClaim), as SQLite would give them, so that the judge
	// can compare the next items with its claims before they are
	// written. The save inserts them with these IDs.
	claimIDs []int64
	err      error // the judging side's lookup failed: the save fails
}

// track notes a record handed to the batch, in the caller's goroutine,
// and makes its claims part of what the batch's claim lookups answer.
func (b *Batch) track(ctx context.Context, r pipeline.Record) *pendingSave {
	p := &pendingSave{}
	p.void, p.err = b.storedBefore(ctx, r.Item)
	b.pending = append(b.pending, p)
	if p.void || p.err != nil {
		return p
	}
	if r.Status != pipeline.StatusOffTopic {
		p.canonical = r.Item.Canonical
	}
	if r.Status == pipeline.StatusNew {
		p.fp, p.url = r.Fingerprint, r.Item.URL
		if len(r.Sentences) > 0 {
			sample, _ := dedup.Sample(r.Sentences)
			p.sample = slices.Sorted(slices.Values(sample))
		}
	}
	if len(r.Claims) > 0 {
		p.claimIDs = make([]int64, len(r.Claims))
		for i := range p.claimIDs {
			b.nextClaim++
			p.claimIDs[i] = b.nextClaim
		}
		b.addClaims(r, p.claimIDs)
	}
	return p
}

// storedBefore tells whether the save will find the entry stored: given
// by a record before it in the batch, or stored (SQL, once the writer is
// done, only when the entries' filter may hold it). The pipeline judged
// such an item seen already; a Batch used directly may hand it in again.
func (b *Batch) storedBefore(ctx context.Context, it feeds.Item) (bool, error) {
	k := [2]string{it.FeedURL, it.GUID}
	if _, ok := b.entries[k]; ok {
		return true, nil
	}
	if b.entries == nil {
		b.entries = map[[2]string]struct{}{}
	}
	b.entries[k] = struct{}{}
	if !b.s.items.mayHold(itemHash(it.FeedURL, it.GUID)) {
		return false, nil
	}
	b.waitFor(stageDone)
	return itemSeen(ctx, b.tx, b.s.items, it.FeedURL, it.GUID)
}

// waitForArticles waits until the writer has written the article rows of
// every record a lookup of (canonical, sig) reads: the last record not
// yet written with the same canonical URL, or whose sampled sentences
// hold one of sig's that may not be full (the sentence rows it may add:
// none for a hash that names sentenceIDsKept originals already, and
// memory that knows a hash full is never wrong). The near index's part
// of the answer needs no wait: nearest reads the batch's originals from
// memory.
func (b *Batch) waitForArticles(canonical string, sig dedup.Signature) {
	written := b.savesPast(stageArticle)
	if written == len(b.pending) {
		return
	}
	open := b.openHashes(sig.Sentences)
	for n := len(b.pending); n > written; n-- {
		p := b.pending[n-1]
		if canonical != "" && p.canonical == canonical || sharesHash(p.sample, open) {
			b.waitForSave(n, stageArticle)
			return
		}
	}
}

// openHashes are the hashes not known to be full, sorted: the ones an
// original's sample can add index rows for. The judge runs up to
// writerQueue records ahead, and asking memory for each record's shared
// hashes again was a sixth of DuplicateOf.
func (b *Batch) openHashes(hashes []uint64) []uint64 {
	b.open = b.open[:0]
	for _, h := range hashes {
		if _, full := b.tx.fullSentence(h); !full {
			b.open = append(b.open, h)
		}
	}
	slices.Sort(b.open)
	return b.open
}

// sharesHash tells whether two sorted lists share a hash.
func sharesHash(a, b []uint64) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// nearest is nearIndex.nearest over the batch's originals, oldest winning
// a tie.
func (b *Batch) nearest(fp uint64) (p *pendingSave, dist int, ok bool) {
	dist = dedup.MaxDistance + 1
	for _, c := range b.pending {
		if c.fp == 0 {
			continue
		}
		if d := dedup.Distance(fp, c.fp); d < dist {
			p, dist, ok = c, d, true
		}
	}
	return p, dist, ok
}
