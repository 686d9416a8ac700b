package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestClaimsAboutFromMemory checks the in-memory answer against SQLite's
// for random claims, saved out of order and with shared timestamps, and
// random windows and limits, including lists loaded before, during and
// after trimming (keep is tiny here).
func TestClaimsAboutFromMemory(t *testing.T) {
	tests := map[string]struct {
		keep, saves int
		loadAfter   int // the first question comes after this many saves
	}{
		"loaded empty, grows past two trims": {keep: 5, saves: 60, loadAfter: 0},
		"loaded full, then grows":            {keep: 5, saves: 60, loadAfter: 30},
		"larger than every list":             {keep: 1000, saves: 40, loadAfter: 10},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := mustOpen(t)
			s.recent = newRecentClaims(tc.keep)
			r := rand.New(rand.NewPCG(9, uint64(tc.keep+tc.loadAfter)))
			ctx := context.Background()
			for i := range tc.saves {
				mustSave(t, s, randomClaimsRecord(r, i))
				if i < tc.loadAfter {
					continue
				}
				for range 3 {
					m := []claims.Metric{claims.Troops, claims.Killed}[r.IntN(2)]
					from := day.Add(time.Duration(r.IntN(48)-4) * time.Hour)
					to := from.Add(time.Duration(r.IntN(48)) * time.Hour)
					limit := 1 + r.IntN(12)
					got, err := s.ClaimsAbout(ctx, m, claims.NorthKorea, from, to, limit)
					mustDo(t, err)
					want, err := s.claimsAboutSQL(ctx, m, claims.NorthKorea, from, to, limit)
					mustDo(t, err)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("after %d saves, %s in [%s, %s] limit %d:\n got %d claims %v\nwant %d claims %v",
							i+1, m, from, to, limit, len(got), ids(got), len(want), ids(want))
					}
				}
			}
			// The newest claim over a year-long window: memory answers it
			// alone, or the cache saves nothing.
			from, to := day.AddDate(-1, 0, 0), day.AddDate(0, 0, 7)
			if _, ok, err := s.recent.lend(ctx, s, recentKey{claims.Troops, claims.NorthKorea}, micros(from), micros(to), 1, nil, nil); err != nil || !ok {
				t.Errorf("memory did not answer for the newest claim (err %v)", err)
			}
		})
	}
}

// randomClaimsRecord is an article with a few claims at whole hours (so
// many share a time), some with their own date and some dated by the
// article, one of them undated.
func randomClaimsRecord(r *rand.Rand, i int) pipeline.Record {
	it := item("https://wire.example/rss", "https://wire.example/"+strconv.Itoa(i), day.Add(time.Duration(r.IntN(40))*time.Hour))
	if r.IntN(10) == 0 {
		it.Published = time.Time{}
	}
	rec := pipeline.Record{Item: it, Status: pipeline.StatusNew, Fingerprint: r.Uint64()}
	for range 1 + r.IntN(3) {
		c := claim([]claims.Metric{claims.Troops, claims.Killed}[r.IntN(2)], float64(r.IntN(20000)), claims.About, "JCS")
		if r.IntN(2) == 0 {
			c.Published = day.Add(time.Duration(r.IntN(40)) * time.Hour)
		}
		rec.Claims = append(rec.Claims, c)
	}
	return rec
}

func ids(cs []claims.Claim) []int64 {
	var out []int64
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// TestLentClaimsStayPut: claims lent to the pipeline are never changed
// afterwards, though later commits trim the list and pack it anew.
func TestLentClaimsStayPut(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	s.recent = newRecentClaims(5)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 10 {
		mustSave(t, s, randomClaimsRecord(r, i))
	}
	from, to := day.AddDate(0, 0, -1), day.AddDate(0, 0, 3)
	lent, err := s.LendClaimsAbout(ctx, nil, claims.Killed, claims.NorthKorea, from, to, 5)
	mustDo(t, err)
	if len(lent) == 0 {
		t.Fatal("nothing lent")
	}
	was := derefClaims(lent)
	for i := 10; i < 60; i++ {
		mustSave(t, s, randomClaimsRecord(r, i))
	}
	if now := derefClaims(lent); !reflect.DeepEqual(now, was) {
		t.Errorf("lent claims changed after later commits:\n was %v\n now %v", ids(was), ids(now))
	}
}

// TestDetachKeepsNoText: a claim kept in memory holds its own copy of its
// quote and names, not a slice of the article's text.
func TestDetachKeepsNoText(t *testing.T) {
	text := "Intro. About 11,000 North Korean soldiers are in Kursk, the NIS said. Outro " + strings.Repeat("x", 4096)
	quote := text[7:70]
	c := claim(claims.Troops, 11000, claims.About, text[62:69])
	c.Quote, c.Location, c.ArticleURL, c.Source = quote, text[44:49], "https://a.example/1", ""
	got := detach(c)
	if !reflect.DeepEqual(got, c) {
		t.Fatalf("detach changed the claim:\n got %+v\nwant %+v", got, c)
	}
	lo, hi := uintptr(unsafe.Pointer(unsafe.StringData(text))), uintptr(unsafe.Pointer(unsafe.StringData(text)))+uintptr(len(text))
	for name, s := range map[string]string{"quote": got.Quote, "attribution": got.Attribution, "location": got.Location} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi {
			t.Errorf("the %s still points into the article's text", name)
		}
	}
}
