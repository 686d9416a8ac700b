package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"regexp"
	"testing"
)

// TestChecksWithoutLists: migration 007 upgrades a version-6 database
// with rows in it; afterwards no CHECK lists three or more values (SQLite
// builds a temporary b-tree for such a list on every insert), the rows
// are intact, and the constraints still refuse what they refused.
func TestChecksWithoutLists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v6.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:6] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("migration %s: %v", m.name, err)
		}
	}
	for _, q := range []string{
		"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
		"INSERT INTO schema_version VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0)",
		`INSERT INTO articles (id, url, canonical, title, source, stored_at, status, fingerprint)
			VALUES (1, 'https://a.example/1', 'https://a.example/1', 't', 's', 0, 'new', 0)`,
		`INSERT INTO claims (id, article_id, metric, subject, location, value, value_max, qualifier,
			partial, attribution, quote, published) VALUES (1, 1, 'troops', 'north_korea', '', 11000, 0, 'about', 0, 'NIS', 'q', 0)`,
		"INSERT INTO alerts (id, kind, raised_at, claim_id) VALUES (1, 'conflict', 0, 1)",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s := mustOpenPath(t, path)
	if got := schemaVersions(t, s); len(got) != len(migrations) {
		t.Fatalf("schema versions %v, want %d of them", got, len(migrations))
	}
	lists := regexp.MustCompile(`IN \([^)]*,[^)]*,`)
	rows, err := s.db.QueryContext(ctx, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name, text string
		if err := rows.Scan(&name, &text); err != nil {
			t.Fatal(err)
		}
		if l := lists.FindString(text); l != "" {
			t.Errorf("table %s still checks a list: %s", name, l)
		}
	}
	rows.Close()
	var integrity string
	var n int
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity check: %q, %v", integrity, err)
	}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM claims JOIN alerts ON alerts.claim_id = claims.id").Scan(&n); err != nil || n != 1 {
		t.Fatalf("the claim and its alert: %d rows, %v", n, err)
	}
	refused := map[string]string{
		"metric": `INSERT INTO claims (article_id, metric, subject, location, value, value_max, qualifier,
			partial, attribution, quote) VALUES (1, 'troop', 'north_korea', '', 1, 0, 'about', 0, '', '')`,
		"qualifier": `INSERT INTO claims (article_id, metric, subject, location, value, value_max, qualifier,
			partial, attribution, quote) VALUES (1, 'troops', 'north_korea', '', 1, 0, 'roughly', 0, '', '')`,
		"status": `INSERT INTO articles (url, canonical, title, source, stored_at, status, fingerprint)
			VALUES ('u', 'u', 't', 's', 0, 'old', 0)`,
	}
	// Several connections at once, so that more than one of the pool's
	// is asked: each must have read the edited schema.
	conns := make([]*sql.Conn, 3)
	for i := range conns {
		if conns[i], err = s.db.Conn(ctx); err != nil {
			t.Fatal(err)
		}
		defer conns[i].Close()
	}
	for what, q := range refused {
		for i, c := range conns {
			if _, err := c.ExecContext(ctx, q); err == nil {
				t.Errorf("connection %d stored a claim with a bad %s", i, what)
			}
		}
	}
}
