package store

import (
	"context"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
)

// TestCanonicalURLsRemembered: the filters that spare SQLite a lookup of
// a new canonical URL or feed entry never hide a stored one: not after a
// restart (they are loaded at open), and not inside the batch that stored
// it.
func TestCanonicalURLsRemembered(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	stored := benchRecord(1, 0x0123456789abcdef)
	mustSave(t, s, stored)
	s = mustReopen(t, s)

	b, err := s.BeginBatch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	inBatch := benchRecord(2, 0xfedcba9876543210)
	if _, err := b.Save(ctx, inBatch); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, canonical string
		seen, dup       bool
	}{
		{"stored before the restart", stored.Item.Canonical, true, true},
		{"stored in the batch", inBatch.Item.Canonical, true, true},
		{"never stored", "https://bench.example/article/3", false, false},
	}
	for _, tt := range tests {
		// The bench records' GUIDs are their URLs.
		if seen, err := b.ItemSeen(ctx, stored.Item.FeedURL, tt.canonical); err != nil || seen != tt.seen {
			t.Errorf("%s: ItemSeen = %v, %v; want %v", tt.name, seen, err, tt.seen)
		}
		seen, err := b.CanonicalSeen(ctx, stored.Item.FeedURL, tt.canonical)
		if err != nil || seen != tt.seen {
			t.Errorf("%s: CanonicalSeen = %v, %v; want %v", tt.name, seen, err, tt.seen)
		}
		url, dup, err := b.DuplicateOf(ctx, tt.canonical, dedup.Signature{})
		if err != nil || dup != tt.dup || dup && url != tt.canonical {
			t.Errorf("%s: DuplicateOf = %q, %v, %v; want the article itself: %v", tt.name, url, dup, err, tt.dup)
		}
	}
	if s.canonicals.mayHold(canonicalHash("https://bench.example/article/3")) {
		t.Log("the filter said maybe for a URL never stored (a false positive: allowed, but rare)")
	}
}
