package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// saveSQL are the statements every Save runs. They are prepared once on
// the database and bound to each transaction: SQLite parsed them again for
// every item, and parsing was a seventh of cold ingest's CPU.
var saveSQL = [...]string{
	stmtItemExists: "SELECT 1 FROM items WHERE feed_url = ? AND guid = ?",
	stmtInsArticle: `INSERT INTO articles
		(url, canonical, title, source, published, stored_at, status, duplicate_of, fingerprint)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	stmtInsItem: "INSERT INTO items (feed_url, guid, article_id) VALUES (?, ?, ?)",
	stmtInsClaim: `INSERT INTO claims (article_id, metric, subject, location, value,
		value_max, qualifier, partial, attribution, quote, published)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	stmtInsAlert:   "INSERT INTO alerts (kind, raised_at, claim_id) VALUES (?, ?, ?)",
	stmtInsAgainst: "INSERT INTO alert_against (alert_id, claim_id) VALUES (?, ?)",
	stmtInsPair:    "INSERT INTO alert_pairs (pair_key, alert_id) VALUES (?, ?)",
	stmtPairExists: "SELECT 1 FROM alert_pairs WHERE pair_key = ?",
}

type saveStmt int

const (
	stmtItemExists saveStmt = iota
	stmtInsArticle
	stmtInsItem
	stmtInsClaim
	stmtInsAlert
	stmtInsAgainst
	stmtInsPair
	stmtPairExists
	stmtCount
)

// preparedSaves holds saveSQL prepared on the database, once it succeeded.
type preparedSaves struct {
	mu    sync.Mutex
	stmts []*sql.Stmt // nil until prepared
}

// saveTx is one transaction with the save statements bound to it; a
// statement is bound on first use (most items raise no alert).
type saveTx struct {
	tx    *sql.Tx
	db    []*sql.Stmt
	bound [stmtCount]*sql.Stmt
}

// beginSave opens a transaction for Save or SaveBatch.
func (s *Store) beginSave(ctx context.Context) (*saveTx, error) {
	stmts, err := s.saveStmts.prepare(ctx, s.db)
	if err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &saveTx{tx: tx, db: stmts}, nil
}

// prepare prepares the statements the first time it is asked; a failure
// (a cancelled context) is not remembered, the next save tries again.
func (p *preparedSaves) prepare(ctx context.Context, db *sql.DB) ([]*sql.Stmt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stmts != nil {
		return p.stmts, nil
	}
	stmts := make([]*sql.Stmt, stmtCount)
	for i, q := range saveSQL {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			for _, done := range stmts[:i] {
				done.Close()
			}
			return nil, fmt.Errorf("prepare save statements: %w", err)
		}
		stmts[i] = st
	}
	p.stmts = stmts
	return stmts, nil
}

// stmt gives statement i bound to the transaction.
func (t *saveTx) stmt(ctx context.Context, i saveStmt) *sql.Stmt {
	if t.bound[i] == nil {
		t.bound[i] = t.tx.StmtContext(ctx, t.db[i])
	}
	return t.bound[i]
}
