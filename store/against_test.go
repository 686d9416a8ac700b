package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// TestAgainstMovesIntoAlertRow: migration 010 moves what each alert is
// against from alert_against into the alert's own row, and the alert
// reads back against the same claims, oldest first.
func TestAgainstMovesIntoAlertRow(t *testing.T) {
	zelensky := claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky")
	jcs := claim(claims.Casualties, 1100, claims.About, "South Korea's Joint Chiefs of Staff")
	nis := claim(claims.Casualties, 900, claims.About, "NIS")
	path := filepath.Join(t.TempDir(), "v8.db")
	makeV8(t, path, []claims.Claim{jcs, nis}, zelensky, claims.PairKey(zelensky, jcs))
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	// The alert is against both earlier claims, listed in the other order.
	if _, err := db.Exec("INSERT INTO alert_against (alert_id, claim_id) VALUES (1, 2)"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := mustOpenPath(t, path)
	var tables int
	if err := s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'alert_against'").Scan(&tables); err != nil || tables != 0 {
		t.Fatalf("alert_against still there (%d), %v", tables, err)
	}
	var against string
	if err := s.db.QueryRow("SELECT against FROM alerts WHERE id = 1").Scan(&against); err != nil || against != "[1,2]" {
		t.Errorf("alert 1 against %q, %v; want [1,2]", against, err)
	}
	alerts, err := s.RecentAlerts(context.Background(), "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(alerts) != 1 {
		t.Fatalf("%d alerts, want 1", len(alerts))
	}
	var got []string
	for _, c := range alerts[0].Against {
		got = append(got, c.Attribution)
	}
	if want := "South Korea's Joint Chiefs of Staff, NIS"; strings.Join(got, ", ") != want {
		t.Errorf("alert against %q, want %q", got, want)
	}
}

// TestAlertQueriesUseIndexes: an alert's Against claims are found by
// their rowids, from the alert's own row, and the outbox and /conflicts
// read alerts in alerts_raised's order (migration 010 dropped the other
// index on alerts).
func TestAlertQueriesUseIndexes(t *testing.T) {
	s := mustOpen(t)
	plan := queryPlan(t, s, againstQuery)
	for _, step := range strings.Split(plan, "\n") {
		if strings.HasPrefix(step, "SCAN ") && !strings.HasPrefix(step, "SCAN j VIRTUAL TABLE") {
			t.Errorf("the Against query scans a table:\n%s", plan)
		}
	}
	for name, q := range map[string]string{"recent": recentAlertsQuery, "pending": pendingAlertsQuery} {
		if plan := queryPlan(t, s, q); !strings.Contains(plan, "al USING INDEX alerts_raised") {
			t.Errorf("%s alerts are not read through alerts_raised:\n%s", name, plan)
		}
	}
}
