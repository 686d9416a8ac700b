package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

func pragmaInt(tb testing.TB, s *Store, name string) int {
	tb.Helper()
	var n int
	if err := s.db.QueryRow("PRAGMA " + name).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// A new database gets pageSize pages and is in WAL mode; one made with
// SQLite's 4 KB pages, as every database before the twelfth round was,
// keeps them and is brought up to date and written as before.
func TestPageSizeOfNewAndExistingDatabases(t *testing.T) {
	s := mustOpen(t)
	mustSave(t, s, benchRecord(1, 0x1234))
	s = mustReopen(t, s)
	if got := pragmaInt(t, s, "page_size"); got != pageSize {
		t.Errorf("a new database has %d-byte pages, want %d", got, pageSize)
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}

	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA page_size = 4096", "VACUUM"} {
		if _, err := old.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	s = mustOpenPath(t, path)
	mustSave(t, s, benchRecord(1, 0x1234))
	mustSave(t, s, benchRecord(2, 0xfedc))
	s = mustReopen(t, s)
	if got := pragmaInt(t, s, "page_size"); got != 4096 {
		t.Errorf("a database made with 4 KB pages has %d-byte pages after opening", got)
	}
	if n := count(t, s, "articles"); n != 2 {
		t.Errorf("%d articles in the old database, want 2", n)
	}
}

// A database that cannot be created is refused, with its path.
func TestOpenFailsWhereNoDatabaseCanBeMade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "dir", "crosscheck.db")
	err := createWithPageSize(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("createWithPageSize in a missing directory: %v, want an error naming %s", err, path)
	}
	if _, err := Open(context.Background(), path, quiet); err == nil {
		t.Fatal("Open in a missing directory succeeded")
	}
}
