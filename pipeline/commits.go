package pipeline

import (
	"context"
	"fmt"
	"hash/maphash"
	"sync/atomic"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

// CommitAll commits prepared items in order, as Commit would one after
// another, but in one store transaction when the store opens batches
// (Batcher): item k is judged against the items before it as against
// stored ones (a copy of an earlier one is a duplicate, a conflict with
// one is raised), and on an error none of them is stored. The poller
// commits each feed's new items this way: one SQLite commit per feed
// instead of one per item.
func (p *Pipeline) CommitAll(ctx context.Context, prs []Prepared) ([]Outcome, error) {
	return p.group.commit(p, ctx, prs)
}

// commitAll is CommitAll for one caller, under p.mu.
func (p *Pipeline) commitAll(ctx context.Context, prs []Prepared) ([]Outcome, error) {
	b, err := p.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("commit %d items: %w", len(prs), err)
	}
	defer b.Rollback()
	run := newBatchRun(b)
	defer p.countStored(&run.stored)
	outs, err := p.commitInto(ctx, run, prs)
	if err := run.finish(err); err != nil {
		return nil, err
	}
	if err := b.Commit(); err != nil {
		return nil, fmt.Errorf("commit %d items: %w", len(run.stored), err)
	}
	return outs, nil
}

// batchRun is one batch and what its items left so far: the items saved
// (stored) and, when the batch saves in the background (LaterSaver), the
// first error of those saves.
type batchRun struct {
	b       Batch
	ls      LaterSaver // nil: b saves as it is asked
	stored  []feeds.Item
	saveErr error // written by the batch's writer, read after Flush
}

func newBatchRun(b Batch) *batchRun {
	r := &batchRun{b: b}
	r.ls, _ = b.(LaterSaver)
	return r
}

// finish waits for the saves under way and gives the first error in item
// order: a save's, else judgeErr (a save's error is an earlier item's
// than a lookup's that followed it). Outcomes are complete after it.
func (r *batchRun) finish(judgeErr error) error {
	if r.ls != nil {
		r.ls.Flush()
	}
	if r.saveErr != nil {
		return r.saveErr
	}
	return judgeErr
}

// countStored counts the commits of stored's feeds. It is called even
// when the batch fails: with a store that cannot batch, what was saved
// stays saved. Counting too much only costs a look.
func (p *Pipeline) countStored(stored *[]feeds.Item) {
	for _, it := range *stored {
		p.feedCommits.stored(it.FeedURL)
	}
}

// commitInto judges and saves prepared items in the run's batch, in
// order, and adds each item it saves to run.stored (the batch's items so
// far). A batch that saves in the background (LaterSaver) writes item k
// while item k+1 is judged, and the outcomes are complete only after
// run.finish: the next feed of a shared batch is judged while this one's
// last items are written.
func (p *Pipeline) commitInto(ctx context.Context, run *batchRun, prs []Prepared) ([]Outcome, error) {
	if run.ls != nil {
		return p.commitLater(ctx, run, prs)
	}
	b, stored := run.b, &run.stored
	outs := make([]Outcome, len(prs))
	for i, pr := range prs {
		it := pr.item
		seen := pr.seen
		var err error
		if !seen {
			if seen, err = p.seenSince(ctx, b, pr, *stored); err != nil {
				return nil, fmt.Errorf("process %s: %w", it.URL, err)
			}
		}
		if seen {
			outs[i].Seen = true
			continue
		}
		rec, err := p.judge(ctx, b, pr)
		if err != nil {
			return nil, fmt.Errorf("process %s: %w", it.URL, err)
		}
		alerts, err := b.Save(ctx, rec)
		if err != nil {
			return nil, fmt.Errorf("store %s: %w", it.URL, err)
		}
		outs[i] = Outcome{Record: rec, Alerts: alerts}
		*stored = append(*stored, it)
	}
	return outs, nil
}

// commitLater is commitInto with the saves handed to the batch's writer.
// It returns a lookup's error at once; the saves' errors are run.finish's.
func (p *Pipeline) commitLater(ctx context.Context, run *batchRun, prs []Prepared) ([]Outcome, error) {
	b, stored := run.b, &run.stored
	outs := make([]Outcome, len(prs))
	for i, pr := range prs {
		it := pr.item
		seen, err := pr.seen, error(nil)
		if !seen {
			seen, err = p.seenSince(ctx, b, pr, *stored)
		}
		if err == nil && !seen {
			outs[i].Record, err = p.judge(ctx, b, pr)
		}
		if err != nil {
			return nil, fmt.Errorf("process %s: %w", it.URL, err)
		}
		if seen {
			outs[i].Seen = true
			continue
		}
		out := &outs[i]
		run.ls.SaveLater(ctx, out.Record, func(alerts []claims.Alert, err error) {
			if err != nil && run.saveErr == nil {
				run.saveErr = fmt.Errorf("store %s: %w", it.URL, err)
			}
			out.Alerts = alerts
		})
		*stored = append(*stored, it)
	}
	return outs, nil
}

// seenSince tells whether an entry Prepare found unseen has been stored
// since: by an earlier item of this batch (known in memory), or by
// another commit of its feed (asked again, and only then). ItemSeen and
// CanonicalSeen both depend on the feed's own entries alone, which only
// commits of that feed (and a feed moving onto it) add. Asking the store
// again for every item was a twentieth of the serial stage.
func (p *Pipeline) seenSince(ctx context.Context, b Batch, pr Prepared, stored []feeds.Item) (bool, error) {
	it := pr.item
	for _, s := range stored {
		if s.FeedURL == it.FeedURL && (s.GUID == it.GUID || it.Canonical != "" && s.Canonical == it.Canonical) {
			return true, nil
		}
	}
	if p.feedCommits.count(it.FeedURL) == pr.commits {
		return false, nil
	}
	return p.seen(ctx, b, it)
}

// begin opens a batch on the store, or stands in for one when the store
// cannot: each Save is then its own transaction.
func (p *Pipeline) begin(ctx context.Context) (Batch, error) {
	if b, ok := p.store.(Batcher); ok {
		return b.BeginBatch(ctx)
	}
	return storeBatch{p.store}, nil
}

// storeBatch is a Batch that saves straight to the store.
type storeBatch struct{ Store }

func (s storeBatch) CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error) {
	if cs, ok := s.Store.(CanonicalSeer); ok {
		return cs.CanonicalSeen(ctx, feedURL, canonical)
	}
	return false, nil
}

func (s storeBatch) LendClaimsAbout(ctx context.Context, dst []*claims.Claim, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]*claims.Claim, error) {
	return lendClaimsAbout(ctx, s.Store, dst, m, subj, from, to, limit)
}

func (storeBatch) Commit() error { return nil }
func (storeBatch) Rollback()     {}

// feedCommits counts commits per feed, in a fixed number of slots (feeds
// sharing a slot only cost each other an extra look), so Commit knows
// whether a feed's entries changed since Prepare looked at them.
type feedCommits struct {
	seed  maphash.Seed
	slots [256]atomic.Uint64
}

func newFeedCommits() *feedCommits { return &feedCommits{seed: maphash.MakeSeed()} }

func (f *feedCommits) slot(feedURL string) *atomic.Uint64 {
	return &f.slots[maphash.String(f.seed, feedURL)%uint64(len(f.slots))]
}

func (f *feedCommits) count(feedURL string) uint64 { return f.slot(feedURL).Load() }

// stored counts a commit of the feed's entries; call it after the commit.
func (f *feedCommits) stored(feedURL string) { f.slot(feedURL).Add(1) }
