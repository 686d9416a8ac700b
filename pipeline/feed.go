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
// then committed under the lock in that order. It returns the outcomes of
// the items committed, in order, including those of entries seen before.
// When ctx ends it stops between items; the item in hand is finished.
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
	outcomes := make([]Outcome, 0, len(prepared))
	for _, pr := range prepared {
		if ctx.Err() != nil {
			return outcomes, errStopped
		}
		out, err := p.Commit(context.WithoutCancel(ctx), pr)
		if err != nil {
			return outcomes, err
		}
		outcomes = append(outcomes, out)
	}
	return outcomes, nil
}
