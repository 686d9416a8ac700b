package store

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestBandsMigrationMatchesDedup re-runs migration 004 over stored
// articles and checks that the keys SQLite computes are the ones
// dedup.Bands gives, high bit (a negative int64) included, so databases
// written before it find their copies exactly as new ones do.
func TestBandsMigrationMatchesDedup(t *testing.T) {
	s := mustOpen(t)
	r := rand.New(rand.NewPCG(4, 4))
	fps := []uint64{1, 1 << 63, ^uint64(0), 0x0123456789abcdef}
	for range 50 {
		fps = append(fps, r.Uint64())
	}
	for i, fp := range fps {
		mustSave(t, s, benchRecord(i, fp))
	}
	off := benchRecord(len(fps), r.Uint64())
	off.Status = pipeline.StatusOffTopic
	mustSave(t, s, off)
	want := bandRows(t, s)
	if _, err := s.db.Exec(migrations[3].sql); err != nil {
		t.Fatalf("re-run %s: %v", migrations[3].name, err)
	}
	got := bandRows(t, s)
	if !slices.Equal(got, want) {
		t.Fatalf("migration gives %d band rows, Save gave %d; first differing: %v", len(got), len(want), firstDiff(got, want))
	}
	if len(want) != len(fps)*len(dedup.Bands(0)) {
		t.Errorf("%d band rows, want %d (off-topic articles stay out)", len(want), len(fps)*len(dedup.Bands(0)))
	}
}

type bandRow struct{ key, article, fp int64 }

func bandRows(tb testing.TB, s *Store) []bandRow {
	tb.Helper()
	rows, err := s.db.QueryContext(context.Background(),
		"SELECT band_key, article_id, fingerprint FROM bands ORDER BY band_key, article_id")
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []bandRow
	for rows.Next() {
		var b bandRow
		if err := rows.Scan(&b.key, &b.article, &b.fp); err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	mustDo(tb, rows.Err())
	return out
}

func firstDiff(a, b []bandRow) [2]bandRow {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return [2]bandRow{a[i], b[i]}
		}
	}
	return [2]bandRow{}
}
