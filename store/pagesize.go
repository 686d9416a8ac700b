package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
)

// pageSize is the page size of a database this store creates; one made
// before the twelfth round keeps SQLite's 4 KB (SQLite changes it only by
// rebuilding the file, and nothing depends on it). A batch's inserts land
// on random leaves of the claims', canonical URLs' and alerted pairs'
// indexes, and each leaf changed is a frame of the write-ahead log, later
// copied into the database: larger pages hold more of a batch's keys per
// leaf and make the b-trees a level shallower. 1,000-feed runs with CPU
// profiles, 4 KB against 16 KB pages, per 50,000 items (load 25-50): the
// writer 9.55 / 9.11 -> 8.57 / 8.58 CPU-s, Batch.Commit 2.83 / 2.84 -> 2.76 /
// 2.61, checkpoints 0.98 / 0.98 -> 0.55 / 0.62.
const pageSize = 16384

// createWithPageSize makes a new, empty database file with pageSize
// pages; a file that has content is left alone. The connections' pragmas
// put the database in WAL mode first (the driver runs its _pragma list
// sorted, journal_mode before page_size), after which SQLite no longer
// changes the page size, so the file is made beforehand on a connection
// of its own.
func createWithPageSize(ctx context.Context, path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return nil
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("create %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+escapePath(path))
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer db.Close()
	for _, q := range []string{fmt.Sprintf("PRAGMA page_size = %d", pageSize), "VACUUM"} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("create %s: %w", path, err)
		}
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	return nil
}
