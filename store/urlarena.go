package store

import (
	"math"
	"strings"
)

// urlArena keeps the near index's URLs, by position, in one byte slice
// with nothing the collector scans: a URL is its origin ("https://host/"),
// kept once per host, and the rest. An article costs eight bytes and its
// path: about 4 MB for the bench's 100k articles, 14 MB for its million
// fingerprints.
type urlArena struct {
	data    []byte
	ends    []uint32 // where each URL's rest ends in data
	origin  []uint32 // each URL's origin, an index into origins; noOrigin: not kept
	origins []string
	known   map[string]uint32 // origin → its index
}

// noOrigin marks a URL the arena had no room for (4 GB of paths): the
// caller reads it from SQLite.
const noOrigin = math.MaxUint32

// add appends a URL at the next position.
func (a *urlArena) add(url string) {
	o, rest := splitURL(url)
	if len(a.data)+len(rest) > math.MaxUint32 {
		a.origin = append(a.origin, noOrigin)
		a.ends = append(a.ends, uint32(len(a.data)))
		return
	}
	a.origin = append(a.origin, a.intern(o))
	a.data = append(a.data, rest...)
	a.ends = append(a.ends, uint32(len(a.data)))
}

// intern gives an origin's index, adding it when new.
func (a *urlArena) intern(o string) uint32 {
	if i, ok := a.known[o]; ok {
		return i
	}
	if a.known == nil {
		a.known = map[string]uint32{}
	}
	o = strings.Clone(o) // not the caller's URL, which it may drop
	i := uint32(len(a.origins))
	a.origins = append(a.origins, o)
	a.known[o] = i
	return i
}

// at gives the URL at position i, or false when it was not kept.
func (a *urlArena) at(i int) (string, bool) {
	if a.origin[i] == noOrigin {
		return "", false
	}
	start := uint32(0)
	if i > 0 {
		start = a.ends[i-1]
	}
	var b strings.Builder // one allocation, where + and string() made two
	o, rest := a.origins[a.origin[i]], a.data[start:a.ends[i]]
	b.Grow(len(o) + len(rest))
	b.WriteString(o)
	b.Write(rest)
	return b.String(), true
}

// splitURL cuts a URL after its origin, the first '/' after "://": a
// site's paths differ from article to article, its hosts are few.
func splitURL(url string) (origin, rest string) {
	_, after, ok := strings.Cut(url, "://")
	if !ok {
		return "", url
	}
	slash := strings.IndexByte(after, '/')
	if slash < 0 {
		return url, ""
	}
	cut := len(url) - len(after) + slash + 1
	return url[:cut], url[cut:]
}
