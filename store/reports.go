package store

import (
	"context"
	"slices"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// A report is what claims giving the same figure the same way share:
// everything claims.Rules.CompareRefs and pipeline's condense read of an
// earlier claim except its date and ID. Coverage repeats a few reports
// hundreds of times, so the newest 500 claims about a metric and subject
// are a few dozen reports; comparing a figure with each report's few
// deciding claims instead of with all 500 gives the same alerts
// (lendReports says which claims decide).
type reportKey struct {
	location        string
	value, valueMax float64
	qualifier       claims.Qualifier
	attribution     string
	partial         bool
	tentative       bool
}

// reportID numbers a report; the metric and subject are the list's.
type reportID int32

func reportKeyOf(c *claims.Claim) reportKey {
	return reportKey{c.Location, c.Value, c.ValueMax, c.Qualifier, c.Attribution, c.Partial, c.Tentative}
}

// reportOf gives the claim's report its number, under r.mu.
func (r *recentClaims) reportOf(c *claims.Claim) reportID {
	k := reportKeyOf(c)
	id, ok := r.reports[k]
	if !ok {
		if r.reports == nil {
			r.reports = map[reportKey]reportID{}
		}
		id = reportID(len(r.reports))
		r.reports[k] = id
	}
	return id
}

// report is reportOf, locking.
func (r *recentClaims) report(c *claims.Claim) reportID {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reportOf(c)
}

// reportsCompactMin is the fewest report numbers worth compacting.
const reportsCompactMin = 4096

// compactReports forgets the reports no claim in memory gives any more
// and numbers the rest again from 0. Every claim a list drops (past its
// floor, outside any window the pipeline asks about) leaves its report's
// number behind, so a daemon that runs for months would otherwise keep a
// number for every report it ever saw, and a slot for each in lendReports'
// scratch. It runs when the map has doubled since the last time, so its
// cost, a walk over the lists, is spread over as many new reports.
//
// Numbers are only compared with each other within one lendReports call,
// and claims with the same report get the same new number, so the alerts
// do not change. It must run when no claim outside the lists holds a
// number: BeginBatch calls it under the store's write gate, before its
// batch numbers any claim, and no other batch is open then.
func (r *recentClaims) compactReports() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.reports) < max(r.compactAt, reportsCompactMin) {
		return
	}
	renumbered := make(map[reportKey]reportID, len(r.reports)/2)
	for _, l := range r.lists {
		for i := range l.cs {
			k := reportKeyOf(l.cs[i].c)
			id, ok := renumbered[k]
			if !ok {
				id = reportID(len(renumbered))
				renumbered[k] = id
			}
			l.cs[i].report = id
		}
	}
	r.reports = renumbered
	r.compactAt = 2 * len(renumbered)
	r.slots, r.gen = nil, 0 // sized again for the new numbers
}

// reportSlot is what lendReports found of one report in the list.
type reportSlot struct {
	gen  uint32 // the query that filled it; older ones are stale
	inAt int64  // when the newest claim in the window was published
	// Indexes into the list walked, -1 for none: the newest claim in
	// the window (the oldest ID of those published then: condense keeps
	// it), the newest before the new claim in the window (the newest ID:
	// a source's revision), the newest before the window (an update).
	in, before, older int
}

// deciders keeps, from a list of earlier claims newest first, those that
// decide what CompareRefs and condense make of a claim published at `at`
// with a window `window`; in list order. For each report, whatever the
// new claim's content:
//   - Against, after condense, holds per report at most its newest claim
//     in the window, the oldest ID of those published then (Against is
//     sorted by date, stably, and condense keeps the last of a report);
//   - a revision by the same source is the first in list order of the
//     claims before the new one in the window, so per report its newest;
//   - an update after the window is likewise the first of those before it.
//
// Each report's claims agree on everything else CompareRefs reads, so
// the other claims change nothing.
func (r *recentClaims) deciders(list []recentClaim, at time.Time, window time.Duration, dst []*claims.Claim) []*claims.Claim {
	r.gen++
	if r.gen == 0 { // wrapped: every slot may look current
		clear(r.slots)
		r.gen = 1
	}
	if n := len(r.reports); len(r.slots) < n {
		r.slots = slices.Grow(r.slots, n-len(r.slots))[:n]
	}
	// The window and the new claim's time in whole µs, as the list's
	// times are: e in [lo, hi] is |at - e| <= window, e < before is
	// at - e > 0. Converting every entry's time instead was half the cost.
	lo, hi, before := ceilMicros(at.Add(-window)), at.Add(window).UnixMicro(), ceilMicros(at)
	touched := r.touched[:0]
	for i, e := range list {
		s := &r.slots[e.report]
		if s.gen != r.gen {
			*s = reportSlot{gen: r.gen, in: -1, before: -1, older: -1}
			touched = append(touched, e.report)
		}
		switch {
		case e.at >= lo && e.at <= hi:
			if s.in < 0 || e.at == s.inAt {
				s.in, s.inAt = i, e.at
			}
			if e.at < before && s.before < 0 {
				s.before = i
			}
		case e.at < before && s.older < 0:
			s.older = i
		}
	}
	keep := slices.Grow(r.kept[:0], len(list))[:len(list)]
	for _, id := range touched {
		s := &r.slots[id]
		for _, i := range [3]int{s.in, s.before, s.older} {
			if i >= 0 {
				keep[i] = true
			}
		}
	}
	for i, k := range keep {
		if k {
			dst = append(dst, list[i].c)
		}
	}
	clear(keep)
	r.kept, r.touched = keep, touched
	return dst
}

// ceilMicros is t in whole µs, rounded up.
func ceilMicros(t time.Time) int64 {
	us := t.UnixMicro()
	if t.Nanosecond()%1000 != 0 {
		us++
	}
	return us
}

// lendReports is lend, condensed by deciders: the same alerts for a claim
// published at `at`, from a few claims per report. pending must carry
// report numbers (Batch.Save gives them).
func (r *recentClaims) lendReports(ctx context.Context, s *Store, k recentKey, from, to int64, limit int,
	pending []recentClaim, at time.Time, window time.Duration, dst []*claims.Claim) ([]*claims.Claim, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	merged, ok, err := r.newest(ctx, s, k, from, to, limit, pending, r.walk[:0])
	r.walk = merged[:0]
	if err != nil || !ok {
		return dst, ok, err
	}
	dst = r.deciders(merged, at, window, dst)
	clear(merged) // the claims stay the lists'; the scratch must not keep them
	return dst, true, nil
}

// LendReports is pipeline.ReportLender: what LendClaimsAbout lends, cut to
// the claims that decide a comparison of a claim published at `at`.
func (s *Store) LendReports(ctx context.Context, dst []*claims.Claim, m claims.Metric, subj claims.Subject,
	from, to time.Time, limit int, at time.Time, window time.Duration) ([]*claims.Claim, error) {
	refs, ok, err := s.recent.lendReports(ctx, s, recentKey{m, subj}, micros(from), micros(to), limit, nil, at, window, dst)
	if err != nil || ok {
		return refs, err
	}
	cs, err := s.claimsAboutSQL(ctx, m, subj, from, to, limit)
	return appendRefs(dst, cs), err
}

var _ pipeline.ReportLender = (*Store)(nil)
