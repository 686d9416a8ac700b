package store

import (
	"context"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestReportNumbersStayBounded: a daemon sees new reports for months, and
// the lists forget old claims; the numbers of reports no claim in memory
// gives any more are forgotten too, and every claim in memory keeps the
// number its report has.
func TestReportNumbersStayBounded(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	s.recent = newRecentClaims(5)
	// Load the list, so that commits add to it.
	if _, err := s.LendClaimsAbout(ctx, nil, claims.Troops, claims.NorthKorea, day, day, 1); err != nil {
		t.Fatal(err)
	}
	const reports, perBatch = 3 * reportsCompactMin, 64
	for i := 0; i < reports; i += perBatch {
		pb, err := s.BeginBatch(ctx)
		mustDo(t, err)
		for j := i; j < i+perBatch; j++ {
			r := benchRecord(j, 0)
			r.Claims = []claims.Claim{
				claim(claims.Troops, float64(10_000+j), claims.About, "South Korea's Joint Chiefs of Staff"), // a report of its own
				claim(claims.Troops, 11_000, claims.About, "Ukrainian military intelligence"),                // the same report every time
			}
			r.Status = pipeline.StatusNew
			if _, err := pb.Save(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		mustDo(t, pb.Commit())
	}
	if n := len(s.recent.reports); n >= 2*reportsCompactMin {
		t.Errorf("%d report numbers kept after %d reports, with at most %d claims in memory", n, reports+1, 2*5)
	}
	seen := map[reportID]reportKey{}
	for _, l := range s.recent.lists {
		for _, e := range l.cs {
			k := reportKeyOf(e.c)
			if id, ok := s.recent.reports[k]; !ok || id != e.report {
				t.Errorf("claim %d gives report %d, the map says %d (%v)", e.c.ID, e.report, id, ok)
			}
			if other, ok := seen[e.report]; ok && other != k {
				t.Errorf("report number %d stands for two reports", e.report)
			}
			seen[e.report] = k
		}
	}
	// The lists still answer: the newest claims about troops, from memory.
	got, err := s.LendReports(ctx, nil, claims.Troops, claims.NorthKorea, day, day.Add(time.Duration(reports)*time.Minute), 500,
		day.Add(time.Duration(reports)*time.Minute), 7*24*time.Hour)
	mustDo(t, err)
	if len(got) == 0 {
		t.Error("LendReports lent nothing after the compactions")
	}
}
