package pipeline

import (
	"context"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Batch is one store transaction in which many items are judged and
// saved in turn: every lookup sees what was saved before it in the batch
// as if it were committed, Commit makes all of it durable at once and
// Rollback none of it. Committing a feed's new items together pays for
// one SQLite commit instead of one per item.
type Batch interface {
	Store
	CanonicalSeer
	Commit() error
	Rollback() // after Commit it does nothing
}

// Batcher is implemented by stores that open batches (*store.Store does).
// The store's in-memory indexes learn a batch's rows only when it commits.
type Batcher interface {
	BeginBatch(ctx context.Context) (Batch, error)
}

// LaterSaver is implemented by batches that write saves in a goroutine of
// their own (*store.Batch is one), so that the pipeline judges item k+1
// while item k is written. The batch's lookups wait for what they read.
type LaterSaver interface {
	// SaveLater queues r's save behind the ones before it and returns at
	// once; done gets what Save would have returned, before Flush returns.
	SaveLater(ctx context.Context, r Record, done func([]claims.Alert, error))
	// Flush waits for every queued save.
	Flush()
}
