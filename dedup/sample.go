package dedup

import (
	"math"
	"slices"
)

// SampleSize is how many of an original's sentence hashes a store needs to
// index: its smallest ones, a bottom-k sketch. Hashes are uniform, so the
// smallest are a random sample of the article's sentences, and they are
// the same sample in every copy of it. An article has about fifteen long
// sentences; indexing five of them is a third of the rows, and an article
// of SampleSize sentences or fewer is indexed whole, so short articles,
// where copies drift past the SimHash threshold, are judged as exactly as
// before.
const SampleSize = 5

// NoCut is the cut of an original indexed whole.
const NoCut = math.MaxUint64

// Sample returns the hashes an original's index keeps: its SampleSize
// smallest, and the cut, the largest of them when some were left out, or
// NoCut when none was. Every hash of the original at or below the cut is
// in the sample. Below the cut the sample is the original's whole set, so
// IsCopy(shared, InRange(text, cut)) judges the text's sentences there, a
// random sample of them, as IsCopy judged all of them; shared counts real
// common sentences, so MinSharedSentences still holds. With NoCut that is
// the rule itself.
func Sample(hashes []uint64) ([]uint64, uint64) {
	if len(hashes) <= SampleSize {
		return hashes, NoCut
	}
	out := slices.Clone(hashes)
	slices.Sort(out)
	out = out[:SampleSize]
	return out, out[SampleSize-1]
}

// InRange counts the hashes at or below cut.
func InRange(hashes []uint64, cut uint64) int {
	if cut == NoCut {
		return len(hashes)
	}
	n := 0
	for _, h := range hashes {
		if h <= cut {
			n++
		}
	}
	return n
}
