package store

import (
	"context"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestNearIndexSurvivesReopen: the near-copy index is rebuilt from the
// stored articles, so a copy arriving after a restart still finds its
// original, and copies and off-topic articles never become originals.
func TestNearIndexSurvivesReopen(t *testing.T) {
	const fp = 0x0123456789abcdef
	s := mustOpen(t)
	orig := benchRecord(1, fp)
	mustSave(t, s, orig)
	copyRec := benchRecord(2, fp^0b1)
	copyRec.Status, copyRec.DuplicateOf = pipeline.StatusDuplicate, orig.Item.URL
	mustSave(t, s, copyRec)
	off := benchRecord(3, ^uint64(fp))
	off.Status = pipeline.StatusOffTopic
	mustSave(t, s, off)
	s = mustReopen(t, s)

	tests := map[string]struct {
		fp   uint64
		want string
	}{
		"a copy 5 bits away finds the original": {fp ^ 0b11111<<30, orig.Item.URL},
		"6 bits away is another article":        {fp ^ 0b111111<<30, ""},
		"an off-topic text is no original":      {^uint64(fp), ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", dedup.Signature{Fingerprint: tc.fp})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("DuplicateOf = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	if n := len(s.near.ids); n != 1 {
		t.Errorf("%d fingerprints indexed after reopen, want 1 (the original only)", n)
	}
}
