// Package store keeps everything crosscheck remembers in one SQLite file:
// articles and the feed entries that gave them, the near-duplicate index,
// claims, the alerts outbox with its delivery log, subscriptions, feed
// polling state, settings and the audit log. Every query lives here.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

var (
	_ pipeline.Store      = (*Store)(nil)
	_ pipeline.FeedStates = (*Store)(nil)
	_ bot.Queries         = (*Store)(nil)
)

// Errors Open refuses with; test them with errors.Is.
var (
	ErrNotDatabase = errors.New("not a crosscheck database")
	ErrNewerSchema = errors.New("database written by a newer crosscheck")
	ErrInUse       = errors.New("database in use by another crosscheck")
)

// refusal is a reason Open gives up, worded for the person running
// crosscheck and matching one of the errors above with errors.Is.
type refusal struct {
	msg  string
	kind error
}

func (r *refusal) Error() string { return r.msg }
func (r *refusal) Unwrap() error { return r.kind }

func refuse(kind error, format string, args ...any) error {
	return &refusal{msg: fmt.Sprintf(format, args...), kind: kind}
}

// Store is an open crosscheck database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	lock *os.File
	log  *slog.Logger
	now  func() time.Time // the clock; tests set it
	near *nearIndex       // fingerprints of new articles, for DuplicateOf
	// sentences tells DuplicateOf which sentence hashes no article holds.
	sentences *hashFilter
	// canonicals tells CanonicalSeen and DuplicateOf which canonical URLs
	// no article has.
	canonicals *hashFilter
	// items tells ItemSeen and Save which feed entries were never stored.
	items *hashFilter
	// recent answers ClaimsAbout from memory; only Save writes claims, and
	// it updates recent after each commit.
	recent *recentClaims
	// saveStmts are Save's statements, prepared once (savestmts.go).
	saveStmts preparedSaves
	// fullSentences answers for sentence hashes that name their quota of
	// articles (sentences.go).
	fullSentences fullSentences
	// originalSentences are sampled originals' whole sets of hashes, as
	// read from their rows (sentverify.go).
	originalSentences originalSentences
	// sentenceHolders are the originals that non-full sentence hashes name
	// (sentholders.go).
	sentenceHolders sentenceHolders
	// writes lets one writer of this process at a time into SQLite. A
	// Batch holds SQLite's write lock while it judges a feed's items;
	// other writers would wait in SQLite's busy handler, which polls with
	// sleeps of up to 100 ms and gives up after busy_timeout, so under a
	// steady stream of batches a feed state could fail to save. A
	// sync.Mutex queues them instead (it hands over in order once a
	// waiter has waited a millisecond).
	writes sync.Mutex
	// ckpt copies the write-ahead log into the database beside the
	// writers (checkpoint.go).
	ckpt *checkpointer
	// saver is the connection Save's transactions run on (saver.go).
	saver saverConn
}

// writeGate waits for this process's other writers and returns the
// function that lets the next one in.
func (s *Store) writeGate() func() {
	s.writes.Lock()
	return s.writes.Unlock
}

// Open opens the database at path, creating it when it does not exist,
// and brings its schema up to date. It refuses a file that is not a
// crosscheck database (without touching it), one written by a newer
// crosscheck, and one another process has open.
func Open(ctx context.Context, path string, log *slog.Logger) (*Store, error) {
	lock, err := lockFile(path)
	if err != nil {
		return nil, err
	}
	s, err := open(ctx, path, log)
	if err != nil {
		unlockFile(lock)
		return nil, err
	}
	s.lock = lock
	return s, nil
}

func open(ctx context.Context, path string, log *slog.Logger) (*Store, error) {
	version, err := checkExisting(ctx, path)
	if err != nil {
		return nil, err
	}
	if version > len(migrations) {
		return nil, refuse(ErrNewerSchema, "database %s has schema version %d, this crosscheck knows up to %d: upgrade crosscheck",
			path, version, len(migrations))
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, log: log, now: time.Now, recent: newRecentClaims(recentKeep)}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if s.near, err = loadNearIndex(ctx, s); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.sentences, err = loadSentenceFilter(ctx, s); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.canonicals, err = loadCanonicalFilter(ctx, s); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.items, err = loadItemFilter(ctx, s); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.startCheckpointer()
	return s, nil
}

// dsn puts the pragmas in the connection string so that every connection
// the pool opens gets them, not just the first.
func dsn(path string) string {
	return "file:" + escapePath(path) +
		"?_pragma=busy_timeout(5000)&_pragma=journal_mode(wal)&_pragma=foreign_keys(1)" +
		fmt.Sprintf("&_pragma=synchronous(normal)&_pragma=wal_autocheckpoint(%d)&_txlock=immediate", walBackstopPages)
}

// escapePath keeps a file name intact in a URI: SQLite decodes %XX in it,
// and ? or # would end the path.
func escapePath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// Close closes the database and releases it for another process.
func (s *Store) Close() error {
	s.ckpt.close()
	release := s.writeGate() // after a save in flight
	s.saver.close()
	release()
	err := s.db.Close()
	unlockFile(s.lock)
	if err != nil {
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	return nil
}

// SizeBytes is the space the database takes on disk, write-ahead log
// included.
func (s *Store) SizeBytes() (int64, error) {
	var total int64
	for _, p := range []string{s.path, s.path + "-wal"} {
		fi, err := os.Stat(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("size of %s: %w", s.path, err)
		}
		total += fi.Size()
	}
	return total, nil
}
