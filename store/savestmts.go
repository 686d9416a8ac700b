package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// saveSQL are the statements every item runs, in Save and in the lookups
// before it (seen, DuplicateOf). They are prepared once on the database
// and bound to each transaction: SQLite parsed them again for every item,
// and parsing was a seventh of cold ingest's CPU.
var saveSQL = [...]string{
	stmtItemExists: "SELECT 1 FROM items WHERE feed_url = ? AND guid = ?",
	// From the few articles under the canonical URL to their entries
	// (items_article), not through every entry the feed ever gave: SQLite
	// chose the feed's entries, a scan that grows with the feed's age.
	stmtCanonicalSeen: `SELECT 1 FROM articles CROSS JOIN items ON items.article_id = articles.id
		WHERE articles.canonical = ?2 AND items.feed_url = ?1 LIMIT 1`,
	stmtByCanonical: `SELECT url, duplicate_of FROM articles
		WHERE canonical = ? AND status <> 'off_topic' ORDER BY id LIMIT 1`,
	stmtArticleURL:       "SELECT url FROM articles WHERE id = ?",
	stmtArticleSentences: "SELECT sentences FROM articles WHERE id = ?",
	stmtSentenceIDs:      "SELECT article_id, cut FROM sentences WHERE hash = ?",
	// A hash names at most ?3 (sentenceIDsKept) articles: the first ones.
	stmtInsSentence: `INSERT OR IGNORE INTO sentences (hash, article_id, cut)
		SELECT ?1, ?2, ?4 WHERE (SELECT count(*) FROM sentences WHERE hash = ?1) < ?3`,
	stmtInsArticle: `INSERT INTO articles
		(url, canonical, title, source, published, stored_at, status, duplicate_of, fingerprint, sentences)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	stmtInsItem: "INSERT INTO items (feed_url, guid, article_id) VALUES (?, ?, ?)",
	stmtInsClaim: `INSERT INTO claims (id, article_id, metric, subject, location, value,
		value_max, qualifier, partial, tentative, attribution, quote, published)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	stmtInsAlert:   "INSERT INTO alerts (kind, raised_at, claim_id, against) VALUES (?, ?, ?, ?)",
	stmtInsPair:    "INSERT INTO alert_pair_hashes (pair_hash, alert_id) VALUES (?, ?)",
	stmtPairExists: "SELECT 1 FROM alert_pair_hashes WHERE pair_hash = ?",
	// Read before every poll of a feed.
	stmtFeedState: "SELECT " + feedStateColumns + " FROM feed_states WHERE url = ?",
}

type saveStmt int

const (
	stmtItemExists saveStmt = iota
	stmtCanonicalSeen
	stmtByCanonical
	stmtArticleURL
	stmtArticleSentences
	stmtSentenceIDs
	stmtInsSentence
	stmtInsArticle
	stmtInsItem
	stmtInsClaim
	stmtInsAlert
	stmtInsPair
	stmtPairExists
	stmtFeedState
	stmtCount
)

// preparedSaves holds saveSQL prepared on the database, once it succeeded,
// and the pair IDs known to be alerted.
type preparedSaves struct {
	mu    sync.Mutex
	stmts []*sql.Stmt // nil until prepared
	// alerted holds the pair IDs (pairID) committed to alert_pair_hashes,
	// which keeps them for good. Most alerts a repeated report raises
	// name pairs raised before, and a lookup each was a tenth of cold
	// ingest. An ID not here is looked up in SQLite, unless complete; the
	// set is emptied when it is full.
	alerted map[uint64]struct{}
	// complete is true while alerted holds every ID of alert_pair_hashes
	// (loaded with the statements, kept since): an ID not in it was
	// never alerted, and SQLite need not be asked.
	complete bool
	// keys are committed claims' halves of pair keys, by claim ID
	// (saveTx.contentKey). Read and written under the store's write gate
	// only, by the one transaction that holds it.
	keys map[int64]string
}

// contentKeysCap bounds keys (about 100 bytes each); past it they are
// forgotten and built again.
const contentKeysCap = 100_000

// rememberKeys adds a committed transaction's halves; under the write gate.
func (p *preparedSaves) rememberKeys(keys map[int64]string) {
	if len(keys) == 0 {
		return
	}
	if p.keys == nil || len(p.keys)+len(keys) > contentKeysCap {
		p.keys = make(map[int64]string, len(keys))
	}
	for id, k := range keys {
		p.keys[id] = k
	}
}

// alertedCap bounds the memory of known alerted pairs (about 20 bytes each).
const alertedCap = 500_000

// knownAlerted sets known[i] for each ids[i] that memory knows was
// alerted, and tells whether memory knows all alerted pairs.
func (p *preparedSaves) knownAlerted(ids []uint64, known []bool) (complete bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, id := range ids {
		if _, ok := p.alerted[id]; ok {
			known[i] = true
		}
	}
	return p.complete
}

// knownAll tells whether memory knows every one of the IDs was alerted
// (the caller has looked in its own transaction's first).
func (p *preparedSaves) knownAll(ids []uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, id := range ids {
		if _, ok := p.alerted[id]; !ok {
			return false
		}
	}
	return true
}

// remember records pair IDs of a committed transaction.
func (p *preparedSaves) remember(ids map[uint64]struct{}) {
	if len(ids) == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.alerted == nil || len(p.alerted)+len(ids) > alertedCap {
		p.alerted = make(map[uint64]struct{}, len(ids))
		p.complete = false
	}
	for id := range ids {
		p.alerted[id] = struct{}{}
	}
}

// loadAlerted reads every alerted pair ID when they fit in half of
// alertedCap, and marks memory complete; otherwise memory starts empty
// and SQLite answers. Called once, under p.mu, before any transaction:
// every commit after it adds its IDs through remember.
func (p *preparedSaves) loadAlerted(ctx context.Context, db *sql.DB) error {
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM alert_pair_hashes").Scan(&n); err != nil {
		return fmt.Errorf("count alert pairs: %w", err)
	}
	if n > alertedCap/2 {
		return nil
	}
	rows, err := db.QueryContext(ctx, "SELECT pair_hash FROM alert_pair_hashes")
	if err != nil {
		return fmt.Errorf("read alert pairs: %w", err)
	}
	defer rows.Close()
	ids := make(map[uint64]struct{}, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("read alert pairs: %w", err)
		}
		ids[uint64(id)] = struct{}{}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read alert pairs: %w", err)
	}
	p.alerted, p.complete = ids, true
	return nil
}

// stmtSource gives a prepared statement ready to run: on the database
// (dbStmts), or bound to a transaction that must see its own rows (saveTx).
type stmtSource interface {
	stmt(ctx context.Context, i saveStmt) *sql.Stmt
}

// dbStmts are saveSQL prepared on the database, outside any transaction.
type dbStmts []*sql.Stmt

func (d dbStmts) stmt(_ context.Context, i saveStmt) *sql.Stmt { return d[i] }

// dbStmts prepares the statements on first use.
func (s *Store) dbStmts(ctx context.Context) (dbStmts, error) {
	return s.saveStmts.prepare(ctx, s.db)
}

// saveTx is one transaction with the save statements bound to it; a
// statement is bound on first use (most items raise no alert). It holds
// the store's write gate from begin to commit or rollback.
type saveTx struct {
	tx      *sql.Tx
	release func() // unlocks the write gate; nil once done
	db      []*sql.Stmt
	bound   [stmtCount]*sql.Stmt
	saves   *preparedSaves
	// alerted are the pair IDs this transaction found or recorded; they
	// join saves.alerted once it commits.
	alerted map[uint64]struct{}
	pairs   pairScratch // queueAlert's buffers, reused from alert to alert
	// keys are the halves of pair keys this transaction built; they join
	// saves.keys once it commits.
	keys  map[int64]string
	fulls *fullSentences
	// sentences learns each hash this transaction inserts, canonicals
	// each canonical URL.
	sentences, canonicals, items *hashFilter
	// full are the full sentence hashes this transaction read; they join
	// fulls once it commits.
	full map[uint64][sentenceIDsKept]holder
	// originals are the sampled originals' sets this transaction read;
	// they join s.originalSentences once it commits (an ID rolled back
	// may be given to another article).
	originals    map[int64][]uint64
	originalsMem *originalSentences
	// readHolders are the non-full sentence hashes this transaction read,
	// insertedHolders the rows it added; memory learns both at commit
	// (sentholders.go).
	readHolders, insertedHolders map[uint64][]holder
	// sentMu guards full, readHolders and insertedHolders: a Batch's
	// writer inserts an original's sentences while its judge looks up
	// the next item's (asyncsave.go).
	sentMu     sync.Mutex
	holdersMem *sentenceHolders
	ckpt       *checkpointer
	// progress hears of each save's stages, in a Batch (asyncsave.go).
	progress saveProgress
	// stmtMu guards bound: a Batch's writer and its lookups bind
	// statements from two goroutines.
	stmtMu sync.Mutex
}

// commit commits the transaction and remembers its alerted pairs.
func (t *saveTx) commit() error {
	defer t.done()
	if err := t.tx.Commit(); err != nil {
		return err
	}
	t.saves.remember(t.alerted)
	t.saves.rememberKeys(t.keys)
	t.fulls.add(t.full)
	t.originalsMem.add(t.originals)
	t.holdersMem.committed(t.readHolders, t.insertedHolders)
	t.ckpt.committed()
	return nil
}

// rollback undoes the transaction unless it was committed; it is safe to
// defer after commit.
func (t *saveTx) rollback() {
	if t.release == nil {
		return
	}
	defer t.done()
	t.tx.Rollback()
}

func (t *saveTx) done() {
	if t.release != nil {
		t.release()
		t.release = nil
	}
}

// beginSave opens a transaction for Save, SaveBatch or a Batch.
func (s *Store) beginSave(ctx context.Context) (*saveTx, error) {
	stmts, err := s.saveStmts.prepare(ctx, s.db)
	if err != nil {
		return nil, err
	}
	release := s.writeGate()
	tx, err := s.saver.begin(ctx, s.db)
	if err != nil {
		release()
		return nil, err
	}
	return &saveTx{tx: tx, release: release, db: stmts, saves: &s.saveStmts, fulls: &s.fullSentences, originalsMem: &s.originalSentences,
		holdersMem: &s.sentenceHolders, sentences: s.sentences, canonicals: s.canonicals, items: s.items, ckpt: s.ckpt}, nil
}

// prepare prepares the statements the first time it is asked; a failure
// (a cancelled context) is not remembered, the next save tries again.
func (p *preparedSaves) prepare(ctx context.Context, db *sql.DB) ([]*sql.Stmt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stmts != nil {
		return p.stmts, nil
	}
	if err := p.loadAlerted(ctx, db); err != nil {
		return nil, fmt.Errorf("prepare save statements: %w", err)
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
	t.stmtMu.Lock()
	defer t.stmtMu.Unlock()
	if t.bound[i] == nil {
		t.bound[i] = t.tx.StmtContext(ctx, t.db[i])
	}
	return t.bound[i]
}
