package store

import (
	"context"
	"database/sql"
	"fmt"
)

// saverConn is the one connection that Save, SaveBatch and Batch write
// on, with SQLite's foreign key checks off. Every other connection keeps
// them on, and every table keeps its REFERENCES.
//
// The rows a save writes name only rows it has just written (the
// article, its claims, the alert) or read from the store (the claims an
// alert is against), so the checks could not fail; yet each child row
// cost a seek in its parent's b-tree, the claims an alert is against
// being old rows out of the page cache. That was a fifth of the serial
// stage in `crosscheck bench` (CommitAll 21.5 s against 17.2 s without,
// 40,000 items). TestSavesKeepForeignKeys runs the pipeline's kinds of
// saves and then PRAGMA foreign_key_check.
//
// Used under the store's write gate only, so one transaction at a time.
type saverConn struct {
	conn *sql.Conn // nil until the first save, or after a failure
}

// begin opens a transaction on the connection, taking one from the pool
// first if need be.
func (c *saverConn) begin(ctx context.Context, db *sql.DB) (*sql.Tx, error) {
	if c.conn == nil {
		conn, err := db.Conn(ctx)
		if err != nil {
			return nil, err
		}
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			conn.Close()
			return nil, fmt.Errorf("saves' connection: %w", err)
		}
		c.conn = conn
	}
	tx, err := c.conn.BeginTx(ctx, nil)
	if err != nil {
		// A connection that failed to begin may be broken: the next
		// save takes a fresh one (the pool discards a bad one).
		c.close()
		return nil, err
	}
	return tx, nil
}

// close gives the connection back to the pool, its checks on again.
func (c *saverConn) close() {
	if c.conn == nil {
		return
	}
	// Best effort: a connection that cannot take the pragma is broken,
	// and the pool discards it.
	c.conn.ExecContext(context.Background(), "PRAGMA foreign_keys = ON")
	c.conn.Close()
	c.conn = nil
}
