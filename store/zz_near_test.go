package store

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

func BenchmarkZZNearest(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(3, 3))
			x := newNearIndex()
			fps := make([]uint64, n)
			for i := range fps {
				fps[i] = r.Uint64()
				x.add(int64(i+1), fps[i])
			}
			for b.Loop() {
				fp := fps[r.IntN(n)] ^ flips(r, dedup.MaxDistance)
				if _, _, ok := x.nearest(fp); !ok {
					b.Fatal("miss")
				}
			}
		})
	}
}
