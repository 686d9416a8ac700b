package store

import (
	"context"
	"database/sql"
	"fmt"
)

// saverConn is the one connection that Save, SaveBatch and Batch write
// on, and SaveFeedState. It keeps SQLite's foreign key checks on, as every
// connection does (DESIGN.md): turning them off here saved a fifth of the
// serial stage in `crosscheck bench` (each child row costs a seek in its
// parent's b-tree), but the store's integrity is worth more than that, and
// TestSavesKeepForeignKeys checks it with PRAGMA foreign_key_check.
//
// Used under the store's write gate only, so one transaction at a time.
type saverConn struct {
	conn  *sql.Conn // nil until the first save, or after a failure
	stmts map[string]*sql.Stmt
}

// get gives the connection, taking one from the pool first if need be.
func (c *saverConn) get(ctx context.Context, db *sql.DB) (*sql.Conn, error) {
	if c.conn != nil {
		return c.conn, nil
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	for _, q := range saverPragmas {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.Close()
			return nil, fmt.Errorf("saves' connection: %w", err)
		}
	}
	c.conn = conn
	return conn, nil
}

// saverPragmas set up the connection. Its page cache is 8 MB (others keep
// SQLite's 2 MB): the leaves that saves change at random (the claims'
// and alerted pairs' indexes, the canonical URLs) stay in it from one
// batch to the next, since no other connection's commit empties it now
// that feed states are saved here too. In an 800-feed run the serial
// stage went from 17.2 to 13.3-15.5 s, and no page was read or spilled
// to the log mid-transaction any more; peak RSS grew by 5 MB. A 16 MB
// cache did no better and took 20 MB more.
var saverPragmas = []string{"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -8000"}

// exec runs a statement on the connection, outside any transaction: a
// feed's state, saved after each poll, so that the saves' page cache
// stays valid (another connection's commit would empty it).
// The statement is prepared on first use and kept: parsing it again after
// every poll was a hundredth of cold ingest.
func (c *saverConn) exec(ctx context.Context, db *sql.DB, query string, args ...any) error {
	conn, err := c.get(ctx, db)
	if err != nil {
		return err
	}
	st, ok := c.stmts[query]
	if !ok {
		if st, err = conn.PrepareContext(ctx, query); err != nil {
			c.close()
			return err
		}
		if c.stmts == nil {
			c.stmts = map[string]*sql.Stmt{}
		}
		c.stmts[query] = st
	}
	if _, err := st.ExecContext(ctx, args...); err != nil {
		c.close()
		return err
	}
	return nil
}

// begin opens a transaction on the connection.
func (c *saverConn) begin(ctx context.Context, db *sql.DB) (*sql.Tx, error) {
	conn, err := c.get(ctx, db)
	if err != nil {
		return nil, err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		// A connection that failed to begin may be broken: the next
		// save takes a fresh one (the pool discards a bad one).
		c.close()
		return nil, err
	}
	return tx, nil
}

// close gives the connection back to the pool.
func (c *saverConn) close() {
	if c.conn == nil {
		return
	}
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts = nil
	c.conn.Close()
	c.conn = nil
}
