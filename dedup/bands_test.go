package dedup

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

func TestBands(t *testing.T) {
	const fp = 0x0123456789abcdef
	tests := map[string]struct {
		other     uint64
		shareBand bool
	}{
		"the same fingerprint":             {fp, true},
		"MaxDistance bits spread out":      {fp ^ spread(MaxDistance), true},
		"MaxDistance bits in one band":     {fp ^ (1<<MaxDistance - 1), true},
		"one bit in every band":            {fp ^ spread(bandCount), false},
		"the complement":                   {^uint64(fp), false},
		"same bits in another band's slot": {bits.RotateLeft64(fp, bandWidth), false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := shareKey(Bands(fp), Bands(tc.other)); got != tc.shareBand {
				t.Errorf("share a band key = %v, want %v (distance %d)", got, tc.shareBand, Distance(fp, tc.other))
			}
		})
	}
}

func TestBandsCoverEveryBit(t *testing.T) {
	keys := Bands(^uint64(0))
	if len(keys) != MaxDistance+1 {
		t.Fatalf("%d bands, want MaxDistance+1 = %d", len(keys), MaxDistance+1)
	}
	total := 0
	for i, k := range keys {
		if int(k>>56) != i {
			t.Errorf("key %d has band index %d", i, k>>56)
		}
		total += bits.OnesCount64(k &^ (0xff << 56))
	}
	if total != 64 {
		t.Errorf("bands cover %d bits, want 64", total)
	}
}

// TestBandsPigeonhole checks the promise the store relies on, for many
// random fingerprints and flips: within MaxDistance, a key is shared.
func TestBandsPigeonhole(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		fp := r.Uint64()
		other := fp ^ randomBits(r, r.IntN(MaxDistance+1))
		if !shareKey(Bands(fp), Bands(other)) {
			t.Fatalf("%#x and %#x are %d apart but share no band", fp, other, Distance(fp, other))
		}
	}
}

func FuzzBands(f *testing.F) {
	f.Add(uint64(0), uint64(0))
	f.Add(uint64(0x0123456789abcdef), uint64(0x8000000000000001))
	f.Fuzz(func(t *testing.T, fp, flip uint64) {
		other := fp ^ flip
		if Distance(fp, other) <= MaxDistance && !shareKey(Bands(fp), Bands(other)) {
			t.Fatalf("%#x and %#x are %d apart but share no band", fp, other, Distance(fp, other))
		}
	})
}

func FuzzFingerprint(f *testing.F) {
	f.Add("North Korean soldiers, “killed and wounded”: 3,000.")
	f.Add("")
	f.Add("\xff\xfe broken utf-8 \xc3")
	f.Fuzz(func(t *testing.T, text string) {
		// Case and punctuation never matter.
		if Fingerprint(text) != Fingerprint(" "+text+" !") {
			t.Fatalf("surrounding punctuation changed the fingerprint of %q", text)
		}
		if len(Words(text)) == 0 && Fingerprint(text) != 0 {
			t.Fatalf("text without words %q has fingerprint %#x", text, Fingerprint(text))
		}
	})
}

// spread sets n bits, one in each of the first n bands.
func spread(n int) uint64 {
	var m uint64
	for i := range n {
		m |= 1 << (i * bandWidth)
	}
	return m
}

func randomBits(r *rand.Rand, n int) uint64 {
	var m uint64
	for bits.OnesCount64(m) < n {
		m |= 1 << r.IntN(64)
	}
	return m
}

func shareKey(a, b []uint64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
