package store

import (
	"context"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

func TestURLArenaGivesBackEveryURL(t *testing.T) {
	urls := []string{"https://a.example/news/1", "https://a.example/news/2", "", "https://a.example",
		"https://a.example/", "http://b.example/x/y/", "urn:uuid:1234", "/relative/path", "https://ü.example/ñ?q=1#f",
		"https://a.example/news/1"}
	var a urlArena
	var refs []urlRef
	for _, u := range urls {
		refs = append(refs, a.add(u))
	}
	for i, want := range urls {
		var start uint32
		if i > 0 {
			start = refs[i-1].end
		}
		if got, ok := a.url(refs[i], start); !ok || got != want {
			t.Errorf("url %d = %q, %v; want %q", i, got, ok, want)
		}
	}
	if len(a.origins) != 5 { // a.example/, "", a.example (no path), b.example/, ü.example/
		t.Errorf("%d origins kept, want 5: %q", len(a.origins), a.origins)
	}
}

// TestDuplicateOfReadsURLNotKept: an original whose URL the arena had no
// room for is found all the same, its URL read from SQLite.
func TestDuplicateOfReadsURLNotKept(t *testing.T) {
	const fp = 0x0f0f0f0f12345678
	s := mustOpen(t)
	orig := benchRecord(1, fp)
	mustSave(t, s, orig)
	s.near.recs[0].url.origin = noOrigin
	got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", dedup.Signature{Fingerprint: fp ^ 0b101})
	if err != nil || !ok || got != orig.Item.URL {
		t.Errorf("DuplicateOf = %q, %v, %v; want %q", got, ok, err, orig.Item.URL)
	}
}
