package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one schema step; its version is the number its file name
// starts with ("002_outbox.sql" is version 2).
type migration struct {
	version int
	name    string
	sql     string
	// step, when set, runs after sql in the same transaction: what SQL
	// alone cannot do (hashing stored keys in Go).
	step func(ctx context.Context, tx *sql.Tx) error
}

// migrationSteps are the Go steps of migrations, by version.
var migrationSteps = map[int]func(ctx context.Context, tx *sql.Tx) error{
	9: hashAlertPairs,
}

// migrations are the embedded steps in order, read once at start. A
// broken file name is a build mistake, so it panics.
var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var ms []migration
	for i, name := range names {
		base := path.Base(name)
		prefix, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(prefix)
		if err != nil || v != i+1 {
			panic(fmt.Sprintf("migration %s: want version %d first in its name", base, i+1))
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b), step: migrationSteps[v]})
	}
	return ms
}

// migrate applies every migration the database has not seen, each in its
// own transaction together with its schema_version row, so a failure
// leaves the database at the last complete version.
func (s *Store) migrate(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		applied_at INTEGER NOT NULL
	)`)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", s.path, err)
	}
	var current int
	err = s.db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&current)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", s.path, err)
	}
	for _, m := range migrations[current:] {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
		s.log.Info("applied database migration", "db_path", s.path, "version", m.version, "migration", m.name)
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if m.step != nil {
		if err := m.step(ctx, tx); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
		m.version, micros(s.now()))
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}
