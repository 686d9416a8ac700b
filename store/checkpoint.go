package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

// The write-ahead log is copied back into the database file by a
// checkpoint. SQLite runs one itself in the connection that commits once
// the log passes wal_autocheckpoint pages (1,000 by default), so every few
// batches the pipeline's serial stage, which commits, also copied 4 MB of
// pages and waited for two fsyncs: 5 % of a run's CPU, all of it on the one
// core the serial stage has. The checkpointer does most of that work
// beside it: after commits, at most every checkpointEvery, it runs a
// passive checkpoint (one that neither waits for nor blocks readers and
// writers) on a pooled connection. A passive checkpoint rarely catches up
// with a log that batches keep writing, so SQLite's own stays as the
// backstop that lets the log start over, at walBackstopPages: what is
// left to copy by then is what came in since the last passive one. The
// log file grows to that size (16 MB) and stays there. Durability is
// unchanged: a commit is in the log when it returns, as before; only
// when and by whom its pages are copied to the database file moved.
const (
	checkpointEvery  = 100 * time.Millisecond
	walBackstopPages = 4000 // 16 MB of log
)

// checkpointer runs passive checkpoints after commits until ctx ends.
type checkpointer struct {
	wake chan struct{} // a commit happened; one pending wake is enough
	done chan struct{} // closed when run returns
	stop context.CancelFunc
	runs atomic.Int64 // checkpoints run, for tests
}

func (s *Store) startCheckpointer() {
	ctx, cancel := context.WithCancel(context.Background())
	c := &checkpointer{wake: make(chan struct{}, 1), done: make(chan struct{}), stop: cancel}
	s.ckpt = c
	go func() {
		defer close(c.done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-c.wake:
			}
			if _, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)"); err != nil && ctx.Err() == nil {
				s.log.Warn("checkpoint failed", "db_path", s.path, "err", err)
			}
			c.runs.Add(1)
			select {
			case <-ctx.Done():
				return
			case <-time.After(checkpointEvery):
			}
		}
	}()
}

// committed wakes the checkpointer; it never blocks the committer.
func (c *checkpointer) committed() {
	if c == nil {
		return
	}
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// close stops the checkpointer and waits for it.
func (c *checkpointer) close() {
	if c == nil {
		return
	}
	c.stop()
	<-c.done
}

// Checkpoint copies the whole write-ahead log into the database file and
// truncates the log. `crosscheck bench` calls it between filling a store
// with a million rows in a few large transactions and timing lookups in
// it, so that copying the fill back is not what the timing measures. A
// checkpoint already running (the checkpointer's) makes SQLite answer
// busy; Checkpoint then tries again until ctx ends.
func (s *Store) Checkpoint(ctx context.Context) error {
	for {
		var busy, logFrames, copied int
		err := s.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &copied)
		if err != nil {
			return fmt.Errorf("checkpoint %s: %w", s.path, err)
		}
		if busy == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("checkpoint %s: %w", s.path, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
