package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestLaterSavesAnsweredAhead: a batch's lookups right after SaveLater,
// the writer perhaps not yet done, answer as SQL does once it is: the
// claims with the IDs SQLite gives them, and the copies of an original
// not yet written.
func TestLaterSavesAnsweredAhead(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 10 {
		mustSave(t, s, randomClaimsRecord(r, i))
	}
	pb, err := s.BeginBatch(ctx)
	mustDo(t, err)
	b := pb.(*Batch)
	defer b.Rollback()
	type ask struct {
		m        claims.Metric
		from, to time.Time
		limit    int
		got      []claims.Claim
		upTo     int64 // the largest claim ID saved when asked
	}
	var asked []ask
	for i := range 30 {
		b.SaveLater(ctx, randomClaimsRecord(r, 10+i), func(_ []claims.Alert, err error) { mustDo(t, err) })
		q := ask{m: []claims.Metric{claims.Troops, claims.Killed}[r.IntN(2)],
			from: day.Add(time.Duration(r.IntN(48)-4) * time.Hour), limit: 1 + r.IntN(12)}
		q.to = q.from.Add(time.Duration(r.IntN(48)) * time.Hour)
		q.got, err = b.ClaimsAbout(ctx, q.m, claims.NorthKorea, q.from, q.to, q.limit)
		mustDo(t, err)
		q.upTo = b.nextClaim
		asked = append(asked, q)
	}
	orig := signedRecord(100, corpusBody(t, "000"), pipeline.StatusNew)
	b.SaveLater(ctx, orig, func(_ []claims.Alert, err error) { mustDo(t, err) })
	copies := map[string]struct {
		canonical string
		sig       dedup.Signature
	}{
		"same canonical URL": {orig.Item.Canonical, dedup.Signature{}},
		"a near fingerprint": {"https://other.example/x", dedup.Signature{Fingerprint: orig.Fingerprint ^ 0b101}},
		"the same sentences": {"https://other.example/y", dedup.Signature{Sentences: orig.Sentences}},
	}
	for name, c := range copies {
		url, ok, err := b.DuplicateOf(ctx, c.canonical, c.sig)
		if err != nil || !ok || url != orig.Item.URL {
			t.Errorf("%s, asked ahead of the writer: DuplicateOf = %q, %v, %v; want %q", name, url, ok, err, orig.Item.URL)
		}
	}
	b.Flush()
	for _, q := range asked {
		want, err := queryClaims(ctx, b.tx.tx, "want", strings.Replace(claimsAboutQuery, "WHERE", "WHERE c.id <= ? AND", 1),
			q.upTo, q.m, claims.NorthKorea, micros(q.from), micros(q.to), q.limit)
		mustDo(t, err)
		if !reflect.DeepEqual(ids(q.got), ids(want)) {
			t.Fatalf("%s in [%s, %s] limit %d, asked ahead: %v; SQL after the writer: %v",
				q.m, q.from, q.to, q.limit, ids(q.got), ids(want))
		}
	}
	mustDo(t, b.Commit())
	if n := count(t, s, "claims"); n == 0 {
		t.Fatal("no claims stored")
	}
}

// TestLaterSaveOfAnEntryTwice: a Batch used directly may be handed the
// same feed entry twice; the second adds nothing (as Save does) and its
// claims are never lent, so nothing is judged against rows that will not
// exist.
func TestLaterSaveOfAnEntryTwice(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	rec := randomClaimsRecord(rand.New(rand.NewPCG(1, 2)), 1)
	rec.Item.Published, rec.Claims[0].Published = day, day
	pb, err := s.BeginBatch(ctx)
	mustDo(t, err)
	b := pb.(*Batch)
	defer b.Rollback()
	var queued [2][]claims.Alert
	for i := range 2 {
		b.SaveLater(ctx, rec, func(a []claims.Alert, err error) { mustDo(t, err); queued[i] = a })
	}
	got, err := b.ClaimsAbout(ctx, rec.Claims[0].Metric, claims.NorthKorea, day.Add(-time.Hour), day.Add(time.Hour), 50)
	mustDo(t, err)
	mustDo(t, b.Commit())
	if n, want := count(t, s, "claims"), len(rec.Claims); n != want || len(got) > want {
		t.Errorf("%d claims stored, %d lent in the batch; want %d", n, len(got), want)
	}
	if n := count(t, s, "articles"); n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
}

// TestLaterSaveFailsOnATakenClaimID: the IDs a batch gives claims ahead
// of the writer are SQLite's next rowids; should another row hold one,
// the save fails and so does the batch (it never stores a claim under
// an ID other than the one its lookups lent), leaving nothing behind.
func TestLaterSaveFailsOnATakenClaimID(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r := rand.New(rand.NewPCG(3, 4))
	mustSave(t, s, randomClaimsRecord(r, 0))
	before := count(t, s, "claims")
	pb, err := s.BeginBatch(ctx)
	mustDo(t, err)
	b := pb.(*Batch)
	defer b.Rollback()
	// A row the batch did not count, as a writer behind its back would add.
	_, err = b.tx.tx.ExecContext(ctx, `INSERT INTO claims (id, article_id, metric, subject, location, value,
		value_max, qualifier, partial, tentative, attribution, quote, published)
		SELECT ?, id, 'troops', 'north_korea', '', 1, 0, 'exact', 0, 0, '', '', NULL FROM articles LIMIT 1`, b.nextClaim+1)
	mustDo(t, err)
	var saveErr error
	b.SaveLater(ctx, randomClaimsRecord(r, 1), func(_ []claims.Alert, err error) { saveErr = err })
	err = b.Commit()
	if err == nil || saveErr == nil || !strings.Contains(saveErr.Error(), "UNIQUE") {
		t.Fatalf("Commit = %v, save = %v; want the save to fail on the taken ID", err, saveErr)
	}
	if n := count(t, s, "claims"); n != before {
		t.Errorf("%d claims after the failed batch, want %d", n, before)
	}
}
