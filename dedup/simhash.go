// Package dedup recognises syndicated copies of one article: the same text
// under another URL, with a changed headline, other page furniture or
// tracking parameters. Each text gets a 64-bit SimHash fingerprint; copies
// lie within MaxDistance bits of each other, and Bands lets a store find
// such neighbours through an index instead of scanning every article.
package dedup

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// ShingleWords is how many consecutive words make one shingle. Three words
// keep common phrases ("in the region") from dominating while a changed
// sentence still only touches a handful of shingles.
const ShingleWords = 3

// MaxDistance is the largest Hamming distance at which two fingerprints
// are the same article. Tuned on testdata/corpus: copies with other
// furniture differ by a few bits, different reports on the same story by
// about 32 (see TestCorpusDistances).
const MaxDistance = 7

// Fingerprint is the SimHash of the text's word shingles: every shingle's
// FNV-1a hash votes on each of the 64 bits, and the majority sets the bit.
// Similar texts share most shingles, so most votes and most bits agree.
// An empty text (no words) gives 0.
func Fingerprint(text string) uint64 {
	words := Words(text)
	if len(words) == 0 {
		return 0
	}
	var votes [64]int
	n := max(len(words)-ShingleWords+1, 1)
	for i := range n {
		end := min(i+ShingleWords, len(words))
		h := shingleHash(words[i:end])
		for b := range 64 {
			if h&(1<<b) != 0 {
				votes[b]++
			} else {
				votes[b]--
			}
		}
	}
	var fp uint64
	for b, v := range votes {
		if v > 0 {
			fp |= 1 << b
		}
	}
	return fp
}

// Words splits text into lower-cased words of letters and digits. Every
// other rune (punctuation, curly quotes, dashes, symbols) separates words,
// so "3,000" and "3.000" are both ["3", "000"] and typography never
// changes a fingerprint.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func shingleHash(words []string) uint64 {
	h := fnv.New64a()
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return h.Sum64()
}

// Distance is the Hamming distance between two fingerprints: the number
// of bits in which they differ.
func Distance(a, b uint64) int {
	return bits.OnesCount64(a ^ b)
}
