package store

import (
	"context"
	"sync"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

var _ pipeline.LaterSaver = (*Batch)(nil)

// A Batch judges an item while the items before it are still being
// written: the pipeline hands each judged record to SaveLater, and a
// writer goroutine of the batch saves the records in order on the batch's
// transaction. The judging side answers for what the saves will add from
// what it handed over (pendingsave.go), and waits only where SQL must:
//
//   - DuplicateOf finds the batch's originals by fingerprint in memory,
//     and waits for a record's article (stageArticle) only when it is
//     not yet written and shares the canonical URL or a sampled sentence
//     that may not be full (its rows would change the answer);
//   - the claim lookups read the batch's claims from memory, with the IDs
//     SQLite will give them (the next rowids, which the save inserts
//     explicitly), so they never wait;
//   - anything else that asks SQL about what a save writes waits for every
//     save (stageDone).
//
// So the judge runs ahead of the writer (by up to writerQueue records,
// and into the next feed of a shared batch). Every lookup sees exactly
// what it saw when saves ran in its own goroutine, and nothing reaches
// the store's memory before Commit, so a failed save leaves memory as it
// was (the batch is rolled back whole).
type saveStage int

const (
	stageArticle saveStage = iota // the article and its sentences
	stageClaims                   // its claims
	stageDone                     // its alerts too: the save returned
	stageCount
)

// saveProgress hears of a save's stages (saveTx.progress).
type saveProgress interface {
	articleSaved(r pipeline.Record, id int64)
	claimsSaved(r pipeline.Record, claimIDs []int64)
}

// writerQueue bounds the saves queued ahead of the writer: the judging
// side never runs more than this far ahead.
const writerQueue = 64

// batchWriter is a Batch's writer goroutine and what it has reached.
// Saves are counted from the batch's first (Batch.pending): a writer
// started after a Flush goes on from where the last one stopped.
type batchWriter struct {
	jobs   chan laterSave
	exited chan struct{}
	mu     sync.Mutex
	cond   sync.Cond
	queued int             // saves handed to the writer
	cur    int             // the save under way, counted from 1
	past   [stageCount]int // saves past each stage
}

type laterSave struct {
	ctx  context.Context
	r    pipeline.Record
	p    *pendingSave
	done func([]claims.Alert, error)
}

// SaveLater queues the record's save behind those before it and returns
// at once; done gets what Save would have returned, in the writer's
// goroutine, before Flush returns. Lookups on the batch after it see the
// record as saved. After a failed save the records behind it are not
// saved and get the batch's error.
func (b *Batch) SaveLater(ctx context.Context, r pipeline.Record, done func([]claims.Alert, error)) {
	if b.w == nil {
		before := len(b.pending)
		b.w = &batchWriter{jobs: make(chan laterSave, writerQueue), exited: make(chan struct{}),
			queued: before, cur: before}
		for s := range b.w.past {
			b.w.past[s] = before
		}
		b.w.cond.L = &b.w.mu
		go b.write(b.w)
	}
	p := b.track(ctx, r)
	b.w.mu.Lock()
	b.w.queued++
	b.w.mu.Unlock()
	b.w.jobs <- laterSave{ctx, r, p, done}
}

// write saves the queued records in order until Flush closes the queue.
// A cancelled context fails the save under way and every one after it.
func (b *Batch) write(w *batchWriter) {
	defer close(w.exited)
	for j := range w.jobs {
		w.mu.Lock()
		w.cur++
		w.mu.Unlock()
		alerts, err := b.save(j.ctx, j.r, j.p)
		j.done(alerts, err)
		w.reach(stageDone)
	}
}

// Flush waits for every queued save and stops the writer.
func (b *Batch) Flush() {
	if b.w == nil {
		return
	}
	close(b.w.jobs)
	<-b.w.exited
	b.w = nil
}

// reached notes that the save under way passed a stage.
func (b *Batch) reached(s saveStage) {
	if b.w != nil {
		b.w.reach(s)
	}
}

func (w *batchWriter) reach(s saveStage) {
	w.mu.Lock()
	for i := range s + 1 {
		w.past[i] = w.cur
	}
	w.mu.Unlock()
	w.cond.Broadcast()
}

// waitFor waits until every queued save passed the stage.
func (b *Batch) waitFor(s saveStage) { b.waitForSave(len(b.pending), s) }

// waitForSave waits until the first n saves passed the stage.
func (b *Batch) waitForSave(n int, s saveStage) {
	w := b.w
	if w == nil {
		return // no save under way
	}
	w.mu.Lock()
	for w.past[s] < n {
		w.cond.Wait()
	}
	w.mu.Unlock()
}

// savesPast counts the saves past the stage.
func (b *Batch) savesPast(s saveStage) int {
	w := b.w
	if w == nil {
		return len(b.pending)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.past[s]
}
