package dedup

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

func TestBands(t *testing.T) {
	const fp = 0x0123456789abcdef
	tests := map[string]struct {
		other uint64
		found bool
	}{
		"the same fingerprint":              {fp, true},
		"MaxDistance bits spread out":       {fp ^ spread(MaxDistance), true},
		"MaxDistance bits, one band spared": {fp ^ 0b11 ^ 0b111<<(bandWidth+1), true},
		"two bits in every band":            {fp ^ spread(2*bandCount), false},
		"the complement":                    {^uint64(fp), false},
		"same bits in another band's slot":  {bits.RotateLeft64(fp, bandWidth+1), false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := found(fp, tc.other); got != tc.found {
				t.Errorf("probes of one find a band of the other = %v, want %v (distance %d)", got, tc.found, Distance(fp, tc.other))
			}
		})
	}
}

func TestBandsCoverEveryBit(t *testing.T) {
	keys := Bands(^uint64(0))
	if len(keys) != bandCount {
		t.Fatalf("%d bands, want %d", len(keys), bandCount)
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

// TestProbesAreFew pins the cost of a lookup: one key per band and one per
// bit, so a lookup reads a fixed number of index entries whatever the size
// of the store.
func TestProbesAreFew(t *testing.T) {
	if got, want := len(Probes(0x0123456789abcdef)), bandCount+64; got != want {
		t.Errorf("%d probe keys, want %d", got, want)
	}
}

// TestBandsPigeonhole checks the promise the store relies on, for many
// random fingerprints and flips: within MaxDistance, a probe finds a band.
func TestBandsPigeonhole(t *testing.T) {
	if MaxDistance >= 2*bandCount {
		t.Fatalf("MaxDistance %d needs probes with two flipped bits per band (%d bands)", MaxDistance, bandCount)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		fp := r.Uint64()
		other := fp ^ randomBits(r, r.IntN(MaxDistance+1))
		if !found(fp, other) {
			t.Fatalf("%#x and %#x are %d apart but no probe finds a band", fp, other, Distance(fp, other))
		}
	}
}

func FuzzBands(f *testing.F) {
	f.Add(uint64(0), uint64(0))
	f.Add(uint64(0x0123456789abcdef), uint64(0x8000000000000001))
	f.Fuzz(func(t *testing.T, fp, flip uint64) {
		other := fp ^ flip
		if Distance(fp, other) <= MaxDistance && !found(fp, other) {
			t.Fatalf("%#x and %#x are %d apart but no probe finds a band", fp, other, Distance(fp, other))
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

// spread sets n bits, one in each band in turn.
func spread(n int) uint64 {
	var m uint64
	for i := range n {
		shift, _ := bandSpan(i % bandCount)
		m |= 1 << (shift + i/bandCount)
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

// found reports whether a lookup of fp would read stored's index entry.
func found(fp, stored uint64) bool {
	for _, x := range Probes(fp) {
		for _, y := range Bands(stored) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// TestProbeShape: Probes gives ProbeCount keys, and every key's bits
// below its band index fit in KeyBits, as an index's bitmaps assume.
func TestProbeShape(t *testing.T) {
	for _, fp := range []uint64{0, ^uint64(0), 0x0123456789abcdef} {
		keys := Probes(fp)
		if len(keys) != ProbeCount {
			t.Errorf("Probes(%016x) gives %d keys, want ProbeCount = %d", fp, len(keys), ProbeCount)
		}
		for _, k := range append(keys, Bands(fp)...) {
			if bits := k & (1<<56 - 1); bits >= 1<<KeyBits {
				t.Errorf("key %016x has bits beyond KeyBits = %d", k, KeyBits)
			}
		}
	}
}

// TestOutsideBandIsOutside: the 32 bits OutsideBand gives never include a
// bit of the band, so flipping the band's bits leaves them unchanged and
// flipping any of them changes them.
func TestOutsideBandIsOutside(t *testing.T) {
	const fp = 0x0123456789abcdef
	for i := range bandCount {
		shift, width := bandSpan(i)
		for b := range 64 {
			inBand := b >= shift && b < shift+width
			changed := OutsideBand(i, fp) != OutsideBand(i, fp^1<<b)
			if inBand && changed {
				t.Errorf("band %d: bit %d of the band changes OutsideBand", i, b)
			}
		}
		n := 0
		for b := range 64 {
			if OutsideBand(i, fp) != OutsideBand(i, fp^1<<b) {
				n++
			}
		}
		if n != 32 {
			t.Errorf("band %d: %d bits of the fingerprint reach OutsideBand, want 32", i, n)
		}
	}
}
