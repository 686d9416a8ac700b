package store

import (
	"math"
	"strings"
)

// urlArena keeps the near index's URLs in one byte slice with nothing the
// collector scans: a URL is its origin ("https://host/"), kept once per
// host, and the rest, appended to data. An article costs its path and the
// eight bytes of its urlRef in the index's record: about 4 MB for the
// bench's 100k articles, 14 MB for its million fingerprints.
type urlArena struct {
	data    []byte
	origins []string
	known   map[string]uint32 // origin → its index
}

// urlRef is where one URL lies: its rest ends at end in data and starts
// where the previous URL's ends.
type urlRef struct {
	end    uint32
	origin uint32 // an index into origins; noOrigin: not kept
}

// noOrigin marks a URL the arena had no room for (4 GB of paths): the
// caller reads it from SQLite.
const noOrigin = math.MaxUint32

// add appends a URL and gives its reference.
func (a *urlArena) add(url string) urlRef {
	o, rest := splitURL(url)
	if len(a.data)+len(rest) > math.MaxUint32 {
		return urlRef{end: uint32(len(a.data)), origin: noOrigin}
	}
	a.data = append(a.data, rest...)
	return urlRef{end: uint32(len(a.data)), origin: a.intern(o)}
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

// url gives the URL of ref, whose rest starts at start, or false when it
// was not kept.
func (a *urlArena) url(ref urlRef, start uint32) (string, bool) {
	if ref.origin == noOrigin {
		return "", false
	}
	var b strings.Builder // one allocation, where + and string() made two
	o, rest := a.origins[ref.origin], a.data[start:ref.end]
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
