package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// recentKeep is how many of the newest claims per metric and subject the
// store keeps in memory; twice that before it trims.
const recentKeep = 2000

// recentClaims answers ClaimsAbout from memory. The pipeline asks for the
// newest 500 claims about a metric and subject for every figure it
// compares, and reading those rows from SQLite was three quarters of its
// time in `crosscheck bench` (docs/BENCHMARKS.md). Per metric and subject
// it holds every claim published after a floor, newest first; a question
// it cannot answer from those goes to SQLite.
type recentClaims struct {
	keep  int // recentKeep; tests make it small
	mu    sync.Mutex
	lists map[recentKey]*recentList
	chunk []claims.Claim // where place puts the next committed claim
	// reports numbers the reports claims give, and the rest is scratch
	// for lendReports (reports.go).
	reports map[reportKey]reportID
	// compactAt is the size of reports at which BeginBatch renumbers them
	// (compactReports).
	compactAt int
	slots     []reportSlot
	gen       uint32
	touched   []reportID
	kept      []bool
	walk      []recentClaim
}

type recentKey struct {
	m claims.Metric
	s claims.Subject
}

type recentList struct {
	keep  int
	floor int64 // every claim published after this (µs) is in cs
	cs    []recentClaim
}

// recentClaim is one claim of a list. The claim is never changed once
// in a list: it is lent to the pipeline by reference (LendClaimsAbout).
type recentClaim struct {
	at     int64 // published, µs
	c      *claims.Claim
	report reportID // the report it gives (reports.go)
}

// before orders newest first, as ClaimsAbout does: published, then ID.
func (a recentClaim) before(b recentClaim) bool {
	return a.at > b.at || (a.at == b.at && a.c.ID > b.c.ID)
}

func newRecentClaims(keep int) *recentClaims {
	return &recentClaims{keep: keep, lists: map[recentKey]*recentList{}}
}

// lend appends to dst what ClaimsAbout would give, memory's claims
// merged with pending ones (newest first, not in memory), by reference;
// and false when memory does not hold enough to be sure.
func (r *recentClaims) lend(ctx context.Context, s *Store, k recentKey, from, to int64, limit int,
	pending []recentClaim, dst []*claims.Claim) ([]*claims.Claim, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	merged, ok, err := r.newest(ctx, s, k, from, to, limit, pending, r.walk[:0])
	r.walk = merged[:0]
	if err != nil || !ok {
		return dst, ok, err
	}
	for _, e := range merged {
		dst = append(dst, e.c)
	}
	clear(merged)
	return dst, true, nil
}

// newest appends to dst the entries ClaimsAbout would list, memory's
// merged with pending ones, newest first; false when memory does not
// hold enough to be sure. Under r.mu.
func (r *recentClaims) newest(ctx context.Context, s *Store, k recentKey, from, to int64, limit int,
	pending []recentClaim, dst []recentClaim) ([]recentClaim, bool, error) {
	if limit <= 0 {
		return dst, false, nil
	}
	l, ok := r.lists[k]
	if !ok {
		// Loaded under the lock: a Save committing meanwhile adds its
		// claims after this, and add skips what the load already read.
		var err error
		if l, err = r.loadRecent(ctx, s, k); err != nil {
			return dst, false, err
		}
		r.lists[k] = l
	}
	mem := within(l.cs, from, to, limit)
	if len(mem) < limit && from <= l.floor {
		return dst, false, nil // older claims than memory's may belong in the answer
	}
	// Memory's answer holds every committed claim newer than its last
	// one, so the limit newest of the union are among these.
	pending = within(pending, from, to, limit)
	for n := 0; n < limit && len(mem)+len(pending) > 0; n++ {
		if len(pending) == 0 || len(mem) > 0 && mem[0].before(pending[0]) {
			dst, mem = append(dst, mem[0]), mem[1:]
		} else {
			dst, pending = append(dst, pending[0]), pending[1:]
		}
	}
	return dst, true, nil
}

// within gives the first limit claims of cs (newest first) published in
// [from, to].
func within(cs []recentClaim, from, to int64, limit int) []recentClaim {
	i := sort.Search(len(cs), func(i int) bool { return cs[i].at <= to })
	cs = cs[i:]
	j := sort.Search(min(limit, len(cs)), func(j int) bool { return cs[j].at < from })
	return cs[:j]
}

func (r *recentClaims) loadRecent(ctx context.Context, s *Store, k recentKey) (*recentList, error) {
	keep := r.keep
	cs, err := s.queryClaims(ctx, fmt.Sprintf("recent claims about %s %s", k.s, k.m), `SELECT `+claimColumns+`
		FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.metric = ? AND c.subject = ? AND c.published IS NOT NULL
		ORDER BY c.published DESC, c.id DESC LIMIT ?`, k.m, k.s, keep)
	if err != nil {
		return nil, err
	}
	l := &recentList{keep: keep, floor: math.MinInt64, cs: make([]recentClaim, len(cs))}
	for i := range cs {
		l.cs[i] = recentClaim{at: micros(cs[i].Published), c: &cs[i], report: r.reportOf(&cs[i])}
	}
	if len(cs) == keep {
		l.trimTo(keep - 1) // the oldest may share its time with claims left out
	}
	return l, nil
}

// trimTo keeps the n newest claims and raises the floor to the newest of
// those dropped, dropping any kept claim published at that same time.
func (l *recentList) trimTo(n int) {
	if len(l.cs) <= n {
		return
	}
	l.floor = max(l.floor, l.cs[n].at)
	keep := sort.Search(n, func(i int) bool { return l.cs[i].at <= l.floor })
	clear(l.cs[keep:]) // the dropped claims are garbage
	l.cs = l.cs[:keep]
	l.pack()
}

// pack copies the list's claims into one array in list order. Compare
// reads up to 500 of them, newest first, for every figure; claims
// allocated one by one as they were committed lay scattered over the heap,
// and a cache miss per claim was most of the comparison's time. Claims
// lent before keep their old copies, which nobody changes.
func (l *recentList) pack() {
	packed := make([]claims.Claim, len(l.cs))
	for i := range l.cs {
		packed[i] = *l.cs[i].c
		l.cs[i].c = &packed[i]
	}
}

// add records a committed record's claims, as ClaimsAbout will read them
// back, in the lists already loaded.
func (r *recentClaims) add(rec pipeline.Record, ids []int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range rec.Claims {
		k, e, ok := recentEntry(rec, i, ids[i])
		if l, loaded := r.lists[k]; ok && loaded {
			e.c = r.place(*e.c)
			e.report = r.reportOf(e.c)
			l.insert(e)
		}
	}
}

// place copies a claim into the current chunk of claims committed
// together, so that claims committed close in time, which real coverage
// publishes close in time too, lie close in memory (see pack).
func (r *recentClaims) place(c claims.Claim) *claims.Claim {
	if len(r.chunk) == cap(r.chunk) {
		r.chunk = make([]claims.Claim, 0, 64)
	}
	r.chunk = append(r.chunk, detach(c))
	return &r.chunk[len(r.chunk)-1]
}

// detach copies a claim's text fields into one allocation of their own.
// A quote is a slice of its article's text, so a claim kept in memory
// kept the whole text alive: a few KB per claim, 20 MB of the heap at the
// end of `crosscheck bench`.
func detach(c claims.Claim) claims.Claim {
	fields := []*string{&c.Quote, &c.Attribution, &c.Location, &c.ArticleURL, &c.Source}
	n := 0
	for _, f := range fields {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fields {
		b.WriteString(*f)
	}
	all := b.String()
	for _, f := range fields {
		*f, all = all[:len(*f)], all[len(*f):]
	}
	return c
}

// recentEntry is claim i of a record as ClaimsAbout reads it back, and
// false for a claim without a date (NULL is in no range).
func recentEntry(rec pipeline.Record, i int, id int64) (recentKey, recentClaim, bool) {
	c := rec.Claims[i]
	k := recentKey{c.Metric, c.Subject}
	published := c.Published
	if published.IsZero() {
		published = rec.Item.Published
	}
	if published.IsZero() {
		return k, recentClaim{}, false
	}
	return k, recentClaim{at: micros(published), c: &claims.Claim{
		ID: id, Metric: c.Metric, Subject: c.Subject, Location: c.Location, Value: c.Value,
		ValueMax: c.ValueMax, Qualifier: c.Qualifier, Partial: c.Partial, Tentative: c.Tentative, Attribution: c.Attribution,
		Quote: c.Quote, ArticleURL: rec.Item.URL, Source: rec.Item.Source, Published: fromMicros(nullMicros(published)),
	}}, true
}

func (l *recentList) insert(e recentClaim) {
	if e.at <= l.floor {
		return
	}
	i := sort.Search(len(l.cs), func(i int) bool { return !l.cs[i].before(e) })
	if i < len(l.cs) && l.cs[i].at == e.at && l.cs[i].c.ID == e.c.ID {
		return // the load read it already
	}
	l.cs = slices.Insert(l.cs, i, e)
	if len(l.cs) > 2*l.keep {
		l.trimTo(l.keep)
	}
}
