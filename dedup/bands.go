package dedup

import "math/bits"

// The index is a multi-index hash (Norouzi et al.): the 64 bits are split
// into bandCount substrings, each stored as one key. Two fingerprints
// within MaxDistance = 5 bits differ in at most one bit of some substring
// (pigeonhole: 5 flips over 3 substrings leave one with ≤ 1), so a lookup
// probes each of its substrings and every one-bit variant of it. With
// 21-22 bit keys a probe matches about N/2^21 stored articles: 33 rows at
// 1M articles, against N/256 per key with the earlier eight 8-bit bands,
// so the lookup stays flat as the store grows.
//
// Probes flips one bit per band, so MaxDistance must stay below
// 2*bandCount (TestBandsPigeonhole checks it).
const bandCount = 3

// bandWidth spreads the 64 bits over the bands; the first 64%bandCount
// bands get one extra bit so that every bit is covered.
const bandWidth = 64 / bandCount

// bandSpan gives band i's first bit and width.
func bandSpan(i int) (shift, width int) {
	for j := range i {
		shift += bandWidth
		if j < 64%bandCount {
			shift++
		}
	}
	width = bandWidth
	if i < 64%bandCount {
		width++
	}
	return shift, width
}

// bandKey is band i's bits with the band index in the top byte, so equal
// bits in different bands never collide.
func bandKey(i int, bits uint64) uint64 { return bits | uint64(i)<<56 }

// Bands gives the keys a store indexes a fingerprint under, one per band.
func Bands(fp uint64) []uint64 {
	return AppendBands(make([]uint64, 0, bandCount), fp)
}

// BandCount is how many keys Bands gives.
const BandCount = bandCount

// AppendBands appends Bands(fp) to keys.
func AppendBands(keys []uint64, fp uint64) []uint64 {
	for i := range bandCount {
		shift, width := bandSpan(i)
		keys = append(keys, bandKey(i, fp>>shift&(1<<width-1)))
	}
	return keys
}

// KeyBits is the widest band: a key's bits below its band index fit in
// it, so an index can keep a bitmap of the keys it holds.
const KeyBits = bandWidth + 1

// ProbeCount is how many keys Probes gives.
const ProbeCount = 64 + bandCount

// Probes gives the keys to look up for a fingerprint: each band as it is
// and with each one of its bits flipped. Any stored fingerprint within
// MaxDistance has one of its Bands among them.
func Probes(fp uint64) []uint64 {
	return AppendProbes(make([]uint64, 0, ProbeCount), fp)
}

// AppendProbes appends Probes(fp) to keys: a lookup can keep them on its
// stack.
func AppendProbes(keys []uint64, fp uint64) []uint64 {
	for i := range bandCount {
		shift, width := bandSpan(i)
		band := fp >> shift & (1<<width - 1)
		keys = append(keys, bandKey(i, band))
		for b := range width {
			keys = append(keys, bandKey(i, band^1<<b))
		}
	}
	return keys
}

// OutsideBand gives 32 bits of fp that are not in band i: the bits from
// the next band's first on, wrapping round. Two fingerprints differ in at
// least as many bits as these do, and an index that keeps them beside a
// band key can rule most candidates out without reading their whole
// fingerprints. The bands after i together are over 32 bits wide.
func OutsideBand(i int, fp uint64) uint32 {
	shift, _ := bandSpan((i + 1) % bandCount)
	return uint32(bits.RotateLeft64(fp, -shift))
}
