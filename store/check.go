package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
)

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// checkExisting looks at a database file before anything may write to it
// (opening it in WAL mode would already rewrite its header) and returns
// its schema version: 0 for a missing or empty file. Anything that is not
// a sound crosscheck database is refused and left as it was.
func checkExisting(ctx context.Context, path string) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", path, err)
	}
	header := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, header)
	f.Close()
	switch {
	case n == 0 && (errors.Is(err, io.EOF)):
		return 0, nil // an empty file is a new database
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return 0, fmt.Errorf("open %s: %w", path, err)
	case !bytes.Equal(header[:n], sqliteHeader):
		return 0, notDatabase(path, "file is not a database")
	}
	return checkReadOnly(ctx, path)
}

// checkReadOnly runs the integrity check and reads the schema version
// through a read-only connection with no pragmas.
func checkReadOnly(ctx context.Context, path string) (int, error) {
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro")
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&result); err != nil {
		return 0, notDatabase(path, err.Error())
	}
	if result != "ok" {
		return 0, notDatabase(path, result)
	}
	var tables, versioned int
	err = db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_version')
		FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &versioned)
	if err != nil {
		return 0, notDatabase(path, err.Error())
	}
	switch {
	case tables == 0:
		return 0, nil // a blank SQLite file: ours to fill
	case versioned == 0:
		return 0, notDatabase(path, "it has tables but no schema_version")
	}
	var version int
	if err := db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&version); err != nil {
		return 0, notDatabase(path, err.Error())
	}
	return version, nil
}

func notDatabase(path, why string) error {
	return refuse(ErrNotDatabase, "open %s: not a crosscheck database (%s)", path, why)
}
