// Package dedup recognises syndicated copies of one article: the same text
// under another URL, with a changed headline, other page furniture or
// tracking parameters. Each text gets a 64-bit SimHash fingerprint; copies
// lie within MaxDistance bits of each other, and Bands lets a store find
// such neighbours through an index instead of scanning every article.
package dedup

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShingleWords is how many consecutive words make one shingle. Three words
// keep common phrases ("in the region") from dominating while a changed
// sentence still only touches a handful of shingles.
const ShingleWords = 3

// MaxDistance is the largest Hamming distance at which two fingerprints
// are the same article. Tuned on testdata/corpus: copies with other
// furniture differ by a few bits (007 from 002 by 4), different reports on
// the same story by 25 or more. It was 7; 5 keeps the corpus apart and
// lets the index use 21-bit keys (see bands.go).
const MaxDistance = 5

// Fingerprint is the SimHash of the text's word shingles: every shingle's
// FNV-1a hash votes on each of the 64 bits, and the majority sets the bit.
// Similar texts share most shingles, so most votes and most bits agree.
// An empty text (no words) gives 0.
func Fingerprint(text string) uint64 {
	return fingerprintOf(Words(text))
}

// fingerprintOf is the SimHash of words' shingles.
func fingerprintOf(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	// A bit wins its vote when more than half of the n shingles set it.
	// The 64 counts are kept bit-sliced: planes[j] holds bit j of every
	// count, and adding a hash is a ripple of carries through the planes,
	// which stops, on average, after two. Counting each bit in turn was
	// 64 additions per shingle.
	var v votes
	n := max(len(words)-ShingleWords+1, 1)
	for i := range n {
		v.add(shingleHash(words[i:min(i+ShingleWords, len(words))]))
	}
	return v.majority(n)
}

// votes are the shingles' votes on each of a fingerprint's 64 bits, kept
// bit-sliced: planes[j] holds bit j of every bit's count.
type votes struct{ planes [32]uint64 }

// add counts a shingle's hash: a ripple of carries through the planes.
func (v *votes) add(h uint64) {
	for j := 0; h != 0; j++ {
		v.planes[j], h = v.planes[j]^h, v.planes[j]&h
	}
}

// majority sets each bit that more than half of n shingles voted for.
func (v *votes) majority(n int) uint64 {
	var fp uint64
	for b := range 64 {
		k := 0
		for j := range v.planes {
			k |= int(v.planes[j]>>b&1) << j
		}
		if 2*k > n {
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
	lower := strings.ToLower(text)
	words := make([]string, 0, len(lower)/6)
	start := -1 // where the current word began, or -1 between words
	for i := 0; i < len(lower); {
		c, size := rune(lower[i]), 1
		var inWord bool
		if c < utf8.RuneSelf {
			inWord = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			c, size = utf8.DecodeRuneInString(lower[i:])
			inWord = unicode.IsLetter(c) || unicode.IsDigit(c)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words, start = append(words, lower[start:i]), -1
		}
		i += size
	}
	if start >= 0 {
		words = append(words, lower[start:])
	}
	return words
}

// shingleHash is FNV-1a of the words joined by spaces, without building
// the string.
func shingleHash(words []string) uint64 {
	h := uint64(fnvOffset64)
	for i, w := range words {
		if i > 0 {
			h = (h ^ ' ') * fnvPrime64
		}
		for j := 0; j < len(w); j++ {
			h = (h ^ uint64(w[j])) * fnvPrime64
		}
	}
	return h
}

// FNV-1a's 64-bit parameters.
const fnvOffset64, fnvPrime64 = 14695981039346656037, 1099511628211

// Distance is the Hamming distance between two fingerprints: the number
// of bits in which they differ.
func Distance(a, b uint64) int {
	return bits.OnesCount64(a ^ b)
}
