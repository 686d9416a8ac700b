package store

import (
	"context"
	"strings"
	"testing"
)

// TestSaveStatementsUseIndexes: every statement an item runs finds its
// rows through an index, and CanonicalSeen starts from the canonical URL,
// not from all of a feed's entries.
func TestSaveStatementsUseIndexes(t *testing.T) {
	s := mustOpen(t)
	for i, q := range saveSQL {
		plan := queryPlan(t, s, q)
		for _, step := range strings.Split(plan, "\n") {
			if strings.HasPrefix(step, "SCAN ") && step != "SCAN CONSTANT ROW" {
				t.Errorf("statement %d scans a table:\n%s\n%s", i, q, plan)
			}
		}
	}
	plan := queryPlan(t, s, saveSQL[stmtCanonicalSeen])
	if first, _, _ := strings.Cut(plan, "\n"); !strings.Contains(first, "articles_canonical") {
		t.Errorf("CanonicalSeen starts with %q, want the articles under the canonical URL:\n%s", first, plan)
	}
}

// queryPlan is EXPLAIN QUERY PLAN's details, a line per step. The
// statement's parameters are bound to NULL: how many it has is found by
// trying (database/sql wants exactly that many).
func queryPlan(t *testing.T, s *Store, q string) string {
	t.Helper()
	for n := range 16 {
		rows, err := s.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, make([]any, n)...)
		if err != nil {
			if strings.Contains(err.Error(), "argument") {
				continue
			}
			t.Fatalf("explain %s: %v", q, err)
		}
		defer rows.Close()
		var lines []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, detail)
		}
		return strings.Join(lines, "\n")
	}
	t.Fatalf("explain %s: no parameter count up to 16 was accepted", q)
	return ""
}
