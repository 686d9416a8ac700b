package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"time"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// benchDedup times Store.DuplicateOf for a near copy of a stored article
// under an unknown URL, with 10k, 100k and 1M fingerprints stored (up to
// --dedup-max). The store grows in place from one size to the next.
func benchDedup(ctx context.Context, o benchOptions, log *slog.Logger, res *benchResult, progress func(string)) error {
	st, err := store.Open(ctx, benchDB(o, "dedup"), log)
	if err != nil {
		return err
	}
	defer closeStore(st, log)
	r := rand.New(rand.NewPCG(5, 5))
	var fps []uint64
	sizes := []struct {
		n     int
		label string
		out   *float64
	}{{10_000, "10k", &res.DedupLookupUs10k}, {100_000, "100k", &res.DedupLookupUs100k}, {1_000_000, "1M", &res.DedupLookupUs1m}}
	for _, size := range sizes {
		if size.n > o.dedupMax {
			break
		}
		progress(fmt.Sprintf("storing %d fingerprints", size.n))
		if fps, err = fillFingerprints(ctx, st, r, fps, size.n); err != nil {
			return err
		}
		// The fill's log is copied back before the timing, not during it
		// (the store's checkpointer would otherwise be at it).
		if err := st.Checkpoint(ctx); err != nil {
			return err
		}
		// Labelled, so a CPU profile tells the sizes apart:
		// go tool pprof -tagfocus dedup_stored=1M -top cpu.prof
		pprof.Do(ctx, pprof.Labels("dedup_stored", size.label), func(ctx context.Context) {
			*size.out, err = timeLookups(ctx, st, r, fps)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// fillFingerprints stores articles with random fingerprints until there
// are n, in large transactions.
func fillFingerprints(ctx context.Context, st *store.Store, r *rand.Rand, fps []uint64, n int) ([]uint64, error) {
	const batch = 10_000
	at := time.Unix(1_700_000_000, 0)
	for len(fps) < n {
		rs := make([]pipeline.Record, 0, batch)
		for i := len(fps); i < min(len(fps)+batch, n); i++ {
			fp := r.Uint64()
			url := "https://dedup.example/" + strconv.Itoa(i)
			rs = append(rs, pipeline.Record{Status: pipeline.StatusNew, Fingerprint: fp, Item: feeds.Item{
				FeedURL: "https://dedup.example/rss", GUID: url, URL: url, Canonical: url,
				Title: "fingerprint " + strconv.Itoa(i), Source: "dedup", Published: at,
			}})
		}
		if _, err := st.SaveBatch(ctx, rs); err != nil {
			return nil, err
		}
		for _, rec := range rs {
			fps = append(fps, rec.Fingerprint)
		}
	}
	return fps, nil
}

// timeLookups gives the microseconds of a DuplicateOf that must find a
// stored fingerprint MaxDistance bits away: the median of five rounds, so
// that another process's burst on a shared machine does not decide it.
// Garbage is collected before each round, and a round is 20,000 lookups:
// with 1,000 (a few milliseconds) and the fill's collection still due, the
// 10k figure moved between 0.9 and 2.3 µs from run to run.
func timeLookups(ctx context.Context, st *store.Store, r *rand.Rand, fps []uint64) (float64, error) {
	const rounds, lookups = 5, 20_000
	queries := make([]uint64, lookups)
	var perRound []float64
	for range rounds {
		// The copies are made before the clock starts: picking one reads
		// fps at random, a cache miss at 1M that is the harness's, not the
		// lookup's.
		for i := range queries {
			queries[i] = fps[r.IntN(len(fps))] ^ randomFlips(r, dedup.MaxDistance)
		}
		runtime.GC()
		start := time.Now()
		for _, fp := range queries {
			_, ok, err := st.DuplicateOf(ctx, "https://unknown.example/x", dedup.Signature{Fingerprint: fp})
			if err != nil {
				return 0, err
			}
			if !ok {
				return 0, fmt.Errorf("dedup lookup: no original found for a copy %d bits away", dedup.MaxDistance)
			}
		}
		perRound = append(perRound, float64(time.Since(start).Nanoseconds())/1e3/lookups)
	}
	slices.Sort(perRound)
	return perRound[rounds/2], nil
}

func randomFlips(r *rand.Rand, n int) uint64 {
	var m uint64
	for bits.OnesCount64(m) < n {
		m |= 1 << r.IntN(64)
	}
	return m
}
