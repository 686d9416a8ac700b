package dedup

// bandCount is MaxDistance+1: split 64 bits into that many bands and two
// fingerprints that differ in at most MaxDistance bits must agree on every
// bit of at least one band (pigeonhole).
const bandCount = MaxDistance + 1

// bandWidth spreads the 64 bits over the bands; the first 64%bandCount
// bands get one extra bit so that every bit is covered.
const bandWidth = 64 / bandCount

// Bands gives the LSH band keys of a fingerprint, one per band. A key is
// the band's bits with the band index in the top byte, so equal bits in
// different bands never collide. Two fingerprints within MaxDistance share
// at least one key; a store indexes the keys and compares only the
// fingerprints that share one.
func Bands(fp uint64) []uint64 {
	keys := make([]uint64, 0, bandCount)
	shift := 0
	for i := range bandCount {
		width := bandWidth
		if i < 64%bandCount {
			width++
		}
		mask := uint64(1)<<width - 1
		keys = append(keys, (fp>>shift)&mask|uint64(i)<<56)
		shift += width
	}
	return keys
}
