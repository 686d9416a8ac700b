package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// mustOpen opens a fresh database in a temporary directory and closes it
// when the test ends.
func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "crosscheck.db"))
}

func mustOpenPath(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path, quiet)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// mustReopen closes s and opens its file again.
func mustReopen(tb testing.TB, s *Store) *Store {
	tb.Helper()
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return mustOpenPath(tb, s.path)
}

func schemaVersions(tb testing.TB, s *Store) []int {
	tb.Helper()
	rows, err := s.db.Query("SELECT version FROM schema_version ORDER BY version")
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			tb.Fatal(err)
		}
		vs = append(vs, v)
	}
	return vs
}

func TestMigrationsApplyOnceAndReopenCleanly(t *testing.T) {
	s := mustOpen(t)
	want := len(migrations)
	if got := schemaVersions(t, s); len(got) != want || got[want-1] != want {
		t.Fatalf("schema versions %v after open, want 1..%d", got, want)
	}
	s = mustReopen(t, s)
	if got := schemaVersions(t, s); len(got) != want {
		t.Fatalf("schema versions %v after reopen, want each of 1..%d once", got, want)
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	// Hold two connections at once so the pool must open a second one.
	c1, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	c2, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	for i, c := range []interface {
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}{c1, c2} {
		var fk, busy int
		var mode string
		c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
		c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy)
		c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
		if fk != 1 || busy != 5000 || mode != "wal" {
			t.Errorf("connection %d: foreign_keys=%d busy_timeout=%d journal_mode=%s", i, fk, busy, mode)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	tests := map[string]struct {
		prepare func(t *testing.T, path string)
		kind    error
		message string
	}{
		"a file that is not a database": {
			prepare: func(t *testing.T, path string) {
				writeFile(t, path, []byte("feeds:\n  - url: https://example.org/rss\n"))
			},
			kind:    ErrNotDatabase,
			message: "not a crosscheck database (file is not a database)",
		},
		"a database with a damaged body": {
			prepare: func(t *testing.T, path string) {
				s := mustOpenPath(t, path)
				s.Close()
				b, _ := os.ReadFile(path)
				for i := 100; i < len(b); i++ {
					b[i] = 0xA5 // keep the header, ruin the pages
				}
				writeFile(t, path, b)
			},
			kind:    ErrNotDatabase,
			message: "not a crosscheck database",
		},
		"another application's database": {
			prepare: func(t *testing.T, path string) {
				db, err := sql.Open("sqlite", path)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				if _, err := db.Exec("CREATE TABLE recipes (name TEXT)"); err != nil {
					t.Fatal(err)
				}
			},
			kind:    ErrNotDatabase,
			message: "not a crosscheck database (it has tables but no schema_version)",
		},
		"a database from a newer crosscheck": {
			prepare: func(t *testing.T, path string) {
				s := mustOpenPath(t, path)
				if _, err := s.db.Exec("INSERT INTO schema_version VALUES (?, 0)", len(migrations)+1); err != nil {
					t.Fatal(err)
				}
				s.Close()
			},
			kind:    ErrNewerSchema,
			message: "has schema version " + strconv.Itoa(len(migrations)+1) + ", this crosscheck knows up to " + strconv.Itoa(len(migrations)) + ": upgrade crosscheck",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crosscheck.db")
			tc.prepare(t, path)
			before, _ := os.ReadFile(path)
			s, err := Open(context.Background(), path, quiet)
			if err == nil {
				s.Close()
				t.Fatal("opened, want a refusal")
			}
			if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.message) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q, want %v naming %s and saying %q", err, tc.kind, path, tc.message)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the refused file was modified")
			}
		})
	}
}

func TestOneInstancePerDatabase(t *testing.T) {
	first := mustOpen(t)
	_, err := Open(context.Background(), first.path, quiet)
	want := "database " + first.path + " is in use by another crosscheck (pid " + strconv.Itoa(os.Getpid()) + ")"
	if !errors.Is(err, ErrInUse) || err.Error() != want {
		t.Fatalf("second open: %v, want %q", err, want)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	mustOpenPath(t, first.path) // allowed once the first is closed
}

func TestEmptyFileIsANewDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	writeFile(t, path, nil)
	s := mustOpenPath(t, path)
	if got := schemaVersions(t, s); len(got) != len(migrations) {
		t.Errorf("schema versions %v, want all %d", got, len(migrations))
	}
}

func TestValuesSurviveReopen(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	if _, ok, err := s.GetValue(ctx, "telegram_offset"); ok || err != nil {
		t.Fatalf("unset value: ok=%v err=%v, want not found", ok, err)
	}
	mustDo(t, s.SetValue(ctx, "telegram_offset", "41"))
	mustDo(t, s.SetValue(ctx, "telegram_offset", "42"))
	s = mustReopen(t, s)
	if v, ok, err := s.GetValue(ctx, "telegram_offset"); v != "42" || !ok || err != nil {
		t.Errorf("after reopen: %q ok=%v err=%v, want 42", v, ok, err)
	}
}

func TestHistoryNewestFirst(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	t0 := time.Date(2024, 12, 1, 9, 0, 0, 0, time.UTC)
	mustDo(t, s.RecordChange(ctx, Change{At: t0, Who: "file", Via: "file", What: "added feed https://a.example/rss (A)"}))
	mustDo(t, s.RecordChange(ctx, Change{At: t0.Add(time.Hour), Who: "alice", Via: "telegram", What: "paused feed https://a.example/rss"}))
	got, err := s.History(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Who != "alice" || !got[0].At.Equal(t0.Add(time.Hour)) || got[1].Via != "file" {
		t.Errorf("history %+v, want alice's change then the file's", got)
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustDo(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// TestCheckpointerRunsAfterCommitsAndStops: a commit wakes the
// checkpointer; Close stops it and waits for it.
func TestCheckpointerRunsAfterCommitsAndStops(t *testing.T) {
	s := mustOpen(t)
	mustSave(t, s, benchRecord(1, 1))
	deadline := time.Now().Add(10 * time.Second)
	for s.ckpt.runs.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no checkpoint ran within 10s of a commit")
		}
		time.Sleep(time.Millisecond)
	}
	mustDo(t, s.Close())
	select {
	case <-s.ckpt.done:
	default:
		t.Error("Close returned with the checkpointer still running")
	}
}

// TestCheckpointerRunsAfterFeedStates: saving a feed's state is a commit
// that wakes the checkpointer too, as a 304 poll saves nothing else.
func TestCheckpointerRunsAfterFeedStates(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	mustDo(t, s.SaveFeedState(ctx, feeds.State{URL: "https://a.example/feed.xml", LastPoll: time.Now()}))
	deadline := time.Now().Add(10 * time.Second)
	for s.ckpt.runs.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no checkpoint ran within 10s of a feed state's save")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestCheckpointEmptiesTheLog: after Checkpoint, every saved row is in the
// database file and the write-ahead log is empty.
func TestCheckpointEmptiesTheLog(t *testing.T) {
	s := mustOpen(t)
	for i := range 50 {
		mustSave(t, s, benchRecord(i, uint64(i+1)))
	}
	mustDo(t, s.Checkpoint(context.Background()))
	if fi, err := os.Stat(s.path + "-wal"); err != nil || fi.Size() != 0 {
		t.Errorf("after Checkpoint the log is %v bytes (%v), want 0", fi.Size(), err)
	}
}
