package pipeline

import (
	"context"
	"errors"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

// errStopped marks a batch cut short by shutdown: the feed is fetched in
// full again next time, and items already stored are skipped then.
var errStopped = errors.New("stopped before the feed was fully processed")

// ProcessFeed runs one fetch's items through the pipeline as the poll
// loop does: oldest first, each prepared without the lock (in the
// caller's goroutine, while other workers do the same for their feeds),
// then all committed together under the lock in that order (CommitAll).
// It returns every item's outcome, in that order, including those of
// entries seen before. When ctx ends before the commit, nothing is stored.
func (p *Pipeline) ProcessFeed(ctx context.Context, items []feeds.Item) ([]Outcome, error) {
	SortByPublished(items)
	prepared := make([]Prepared, 0, len(items))
	for _, it := range items {
		if ctx.Err() != nil {
			return nil, errStopped
		}
		pr, err := p.Prepare(ctx, it)
		if err != nil {
			return nil, err
		}
		prepared = append(prepared, pr)
	}
	if ctx.Err() != nil {
		return nil, errStopped
	}
	if len(prepared) == 0 {
		// A 304 or an empty feed: nothing to commit. Each opened a batch
		// of nothing (the store's write gate, BEGIN IMMEDIATE, a read of
		// the largest claim ID, COMMIT) and queued for the serial stage,
		// so in the daemon's steady poll every 304 waited behind the
		// commits of feeds with news, and they behind it.
		return nil, nil
	}
	// The batch in hand is finished even when shutdown begins.
	return p.CommitAll(context.WithoutCancel(ctx), prepared)
}
