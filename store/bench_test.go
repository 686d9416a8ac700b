package store

import (
	"context"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

func benchRecord(i int, fp uint64) pipeline.Record {
	url := "https://bench.example/article/" + strconv.Itoa(i)
	it := item("https://bench.example/rss", url, day.Add(time.Duration(i)*time.Minute))
	it.Title = "North Korean troops in Kursk: report number " + strconv.Itoa(i)
	return pipeline.Record{Item: it, Status: pipeline.StatusNew, Fingerprint: fp, Claims: []claims.Claim{
		claim(claims.Troops, 11000, claims.About, "South Korea's Joint Chiefs of Staff"),
		claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky"),
		claim(claims.Killed, 200, claims.Exact, claims.Unattributed),
	}}
}

// BenchmarkSave stores articles with three claims each and reports
// articles/s and the database's bytes per article.
func BenchmarkSave(b *testing.B) {
	s := mustOpen(b)
	r := rand.New(rand.NewPCG(1, 1))
	i := 0
	for b.Loop() {
		mustSave(b, s, benchRecord(i, r.Uint64()))
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
	if size, err := s.SizeBytes(); err == nil && i > 0 {
		b.ReportMetric(float64(size)/float64(i), "bytes/article")
	}
}

// BenchmarkDuplicateOf looks up a near copy among many stored
// fingerprints; ns/op should not grow with the number stored. Filling 1M
// takes about three minutes; -short stops at 100k.
func BenchmarkDuplicateOf(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("storing 1M fingerprints takes minutes; run without -short")
			}
			s := mustOpen(b)
			fps := fillFingerprints(b, s, n)
			r := rand.New(rand.NewPCG(2, 2))
			for b.Loop() {
				// A stored fingerprint with MaxDistance bits flipped, under an unknown URL.
				fp := fps[r.IntN(len(fps))] ^ flips(r, dedup.MaxDistance)
				if _, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", dedup.Signature{Fingerprint: fp}); err != nil || !ok {
					b.Fatalf("no original found: %v", err)
				}
			}
		})
	}
}

// flips sets n distinct random bits.
func flips(r *rand.Rand, n int) uint64 {
	var m uint64
	for bits.OnesCount64(m) < n {
		m |= 1 << r.IntN(64)
	}
	return m
}

// fillFingerprints stores n articles with random fingerprints, in large
// transactions so that setting up 100k takes seconds, not minutes.
func fillFingerprints(b testing.TB, s *Store, n int) []uint64 {
	b.Helper()
	r := rand.New(rand.NewPCG(3, 3))
	fps := make([]uint64, n)
	ctx := context.Background()
	const batch = 5000
	for start := 0; start < n; start += batch {
		tx, err := s.beginSave(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for i := start; i < min(start+batch, n); i++ {
			fps[i] = r.Uint64()
			rec := benchRecord(i, fps[i])
			rec.Claims = nil
			if _, _, err := s.save(ctx, tx, rec, nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.commit(); err != nil {
			b.Fatal(err)
		}
	}
	// What Open does: rebuild the in-memory index from the articles.
	var err error
	if s.near, err = loadNearIndex(ctx, s); err != nil {
		b.Fatal(err)
	}
	return fps
}

// BenchmarkDuplicateOfSentences looks up a copy that only the sentence
// path finds (no fingerprint; a quarter of its sentences new) among many
// stored originals of sentencesPerArticle sentences each; ns/op and
// rows/op should not grow with the number stored.
func BenchmarkDuplicateOfSentences(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			s := mustOpen(b)
			stored := fillSentences(b, s, n)
			r := rand.New(rand.NewPCG(4, 4))
			for b.Loop() {
				sig := dedup.Signature{Sentences: slices.Clone(stored[r.IntN(len(stored))])}
				for i := range sentencesPerArticle / 4 {
					sig.Sentences[i] = r.Uint64()
				}
				if _, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", sig); err != nil || !ok {
					b.Fatalf("no original found: %v", err)
				}
			}
		})
	}
}

const sentencesPerArticle = 12

// fillSentences stores n originals with random sentence hashes, plus one
// boilerplate sentence every article shares, which the cap keeps at
// sentenceIDsKept rows.
func fillSentences(b testing.TB, s *Store, n int) [][]uint64 {
	b.Helper()
	r := rand.New(rand.NewPCG(5, 5))
	const boilerplate = 0x5eed
	stored := make([][]uint64, n)
	ctx := context.Background()
	const batch = 5000
	for start := 0; start < n; start += batch {
		tx, err := s.beginSave(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for i := start; i < min(start+batch, n); i++ {
			hs := []uint64{boilerplate}
			for range sentencesPerArticle - 1 {
				hs = append(hs, r.Uint64())
			}
			stored[i] = hs
			rec := benchRecord(i, 0)
			rec.Claims, rec.Sentences = nil, hs
			if _, _, err := s.save(ctx, tx, rec, nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.commit(); err != nil {
			b.Fatal(err)
		}
	}
	return stored
}

// BenchmarkCanonicalSeen asks whether a feed that gave 10,000 entries
// gave one under a canonical URL it never gave: the answer comes from the
// articles under that URL, not from the feed's entries.
func BenchmarkCanonicalSeen(b *testing.B) {
	s := mustOpen(b)
	const feed = "https://bench.example/rss"
	recs := make([]pipeline.Record, 10_000)
	for i := range recs {
		recs[i] = benchRecord(i, uint64(i+1))
		recs[i].Claims = nil
	}
	if _, err := s.SaveBatch(context.Background(), recs); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if seen, err := s.CanonicalSeen(context.Background(), feed, "https://bench.example/article/new"); err != nil || seen {
			b.Fatalf("CanonicalSeen = %v, %v", seen, err)
		}
	}
}

// BenchmarkNearIndex is the in-memory part of DuplicateOf alone: the
// nearest of n random fingerprints to a copy MaxDistance bits from one
// of them. At a million the index is far larger than the caches, and its
// random reads are what a lookup costs.
func BenchmarkNearIndex(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(3, 3))
			x := newNearIndex()
			fps := make([]uint64, n)
			for i := range fps {
				fps[i] = r.Uint64()
				x.add(int64(i+1), fps[i], "https://bench.example/article/"+strconv.Itoa(i))
			}
			for b.Loop() {
				fp := fps[r.IntN(n)] ^ flips(r, dedup.MaxDistance)
				if _, ok := x.nearest(fp); !ok {
					b.Fatal("no original found")
				}
			}
		})
	}
}
