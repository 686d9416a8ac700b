// Package topicmodel holds a learned judge of whether an article is about
// the story: a logistic regression over the words and word pairs of its
// headline and text, trained on labelled articles.
//
// The topic filter's rules (package feeds) decide from where the story's
// terms stand: a headline, a lede, a count beside them. Articles written
// to fool a keyword filter (a Kursk choir, North Korean boxers at a Kursk
// tournament, a book review naming the deployment) pass them unless a
// rule was written for that very shape, and each new theme needed a new
// rule. A model that has read thousands of such articles and the story's
// own tells them apart by their vocabulary, and the rules keep it honest
// where it is unsure (docs/ACCURACY.md).
package topicmodel

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// hashBits is the width of a word's or word pair's hash: wide enough that
// two of the story's hundreds of thousands seldom share one, so a word
// the model never saw is nearly always one it knows nothing of.
const hashBits = 22

// weigh turns a term's count into its feature value: 1+ln(count) times
// its idf, before the article's vector is scaled to unit length. Counts
// stop at 255 (maxCount).
func weigh(count uint8, idf float32) float32 { return logCount[count] * idf }

const maxCount = 255

// logCount[k] is 1+ln(k).
var logCount = func() (t [maxCount + 1]float32) {
	for k := 1; k <= maxCount; k++ {
		t[k] = float32(1 + math.Log(float64(k)))
	}
	return t
}()

// unit scales v to unit length.
func unit(v []float32) {
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		return
	}
	scale := float32(1 / math.Sqrt(norm))
	for i := range v {
		v[i] *= scale
	}
}

// FNV-1a, 64 bits: stable across builds and platforms, as a model file
// written on one machine must be read on another.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// appendHashes appends the hashes of s's words (lower-cased runs of
// letters and digits, two characters or more) and of each pair of
// neighbouring words.
func appendHashes(hashes []uint32, s string) []uint32 {
	var prev uint64 // the previous word's hash, continued by a space: a pair's hash starts from it
	havePrev := false
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		h := uint64(fnvOffset)
		pair := (prev ^ ' ') * fnvPrime
		n := 0
		for i < len(s) {
			r, size = decode(s, i)
			if !isWordRune(r) {
				break
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				h = (h ^ uint64(r)) * fnvPrime
				pair = (pair ^ uint64(r)) * fnvPrime
			} else {
				var buf [utf8.UTFMax]byte
				for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
					h = (h ^ uint64(b)) * fnvPrime
					pair = (pair ^ uint64(b)) * fnvPrime
				}
			}
			n++
			i += size
		}
		if n < 2 {
			continue // "s" of "Pyongyang's", "a": no word of its own, and no break in a pair
		}
		hashes = append(hashes, termHash(h))
		if havePrev {
			hashes = append(hashes, termHash(pair))
		}
		prev, havePrev = h, true
	}
	return hashes
}

// decode is utf8.DecodeRuneInString at i, without the call for ASCII:
// nearly all of an English article.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// termHash folds a 64-bit FNV hash to hashBits.
func termHash(h uint64) uint32 { return uint32(h^h>>32) & (1<<hashBits - 1) }
