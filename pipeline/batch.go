package pipeline

import (
	"context"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
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

// NearHint is where a store's search for the nearest stored fingerprint
// stood when Prepare asked (NearHinter): how many originals it had
// indexed, and the position and distance of the nearest of them within
// reach (Pos -1: none).
type NearHint struct {
	Indexed, Pos, Dist int
}

// NearHinter is implemented by stores that can search their originals for
// a fingerprint in Prepare, without the pipeline's lock, and finish the
// search in a batch's DuplicateOfHinted (*store.Store and its Batch do).
type NearHinter interface {
	NearHint(fp uint64) NearHint
}

// HintedDuplicates is implemented by batches that finish a NearHint's
// search: DuplicateOf, searching only the originals indexed since.
type HintedDuplicates interface {
	DuplicateOfHinted(ctx context.Context, canonical string, sig dedup.Signature, h NearHint) (string, bool, error)
}
