package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// setBody is an article's text from one of the labelled sets in testdata.
func setBody(tb testing.TB, set, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", set, "articles", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	_, body, _ := strings.Cut(string(b), "\n\n")
	return body
}

func signedRecord(i int, text string, status pipeline.Status) pipeline.Record {
	sig := dedup.Sign(text)
	r := benchRecord(i, sig.Fingerprint)
	r.Sentences, r.Status, r.Claims = sig.Sentences, status, nil
	return r
}

// TestDuplicateOfBySentences: a short article's copy with other page
// furniture drifts past the SimHash threshold but keeps the original's
// sentences; an update that adds paragraphs does not.
func TestDuplicateOfBySentences(t *testing.T) {
	original := setBody(t, "blind", "002")
	copyText := setBody(t, "blind", "014") // blind 014 is gold-labelled a copy of 002
	if d := dedup.Distance(dedup.Fingerprint(original), dedup.Fingerprint(copyText)); d <= dedup.MaxDistance {
		t.Fatalf("the copy is %d bits from its original: this test would not reach the sentence path", d)
	}
	s := mustOpen(t)
	orig := signedRecord(1, original, pipeline.StatusNew)
	mustSave(t, s, orig)
	mustSave(t, s, signedRecord(2, setBody(t, "blind2", "009"), pipeline.StatusDuplicate)) // copies are no originals
	mustSave(t, s, signedRecord(3, setBody(t, "corpus", "005"), pipeline.StatusOffTopic))
	old := benchRecord(4, dedup.Fingerprint(setBody(t, "corpus", "001"))) // as stored before migration 006
	mustSave(t, s, old)
	s = mustReopen(t, s)

	paragraphs := strings.Split(strings.TrimSpace(setBody(t, "corpus", "003")), "\n\n")
	tests := map[string]struct {
		text string
		want string
	}{
		"a copy with other furniture (blind 014 of 002)":         {copyText, orig.Item.URL},
		"an update adding eight sentences of its own is new":     {original + "\n\n" + strings.Join(paragraphs[len(paragraphs)-8:], "\n\n"), ""},
		"a copy of an article stored as a duplicate":             {setBody(t, "blind2", "012"), ""},
		"a copy of an off-topic article":                         {setBody(t, "corpus", "005"), ""},
		"an article stored without sentences (fingerprint only)": {sentencesOnly(setBody(t, "corpus", "001")), ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sig := dedup.Sign(tc.text)
			got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", sig)
			if err != nil || got != tc.want || ok != (tc.want != "") {
				t.Errorf("DuplicateOf = %q, %v, %v; want %q", got, ok, err, tc.want)
			}
		})
	}
	if n := count(t, s, "sentences"); n != len(orig.Sentences) {
		t.Errorf("%d sentence rows, want %d (the one original's)", n, len(orig.Sentences))
	}
}

// sentencesOnly keeps a text's sentences but moves its fingerprint far
// away, by adding furniture lines, so only the sentence path could match.
func sentencesOnly(text string) string {
	return text + strings.Repeat("\n\nSubscribe to our newsletter for daily updates from the region", 40)
}

// TestSentenceIDsCapped: a sentence many originals share is boilerplate;
// it names only the first sentenceIDsKept of them, so a lookup reads a
// bounded number of rows, and the earliest still find their copies.
func TestSentenceIDsCapped(t *testing.T) {
	s := mustOpen(t)
	const boilerplate = "This article was produced with the support of a grant from the journalism fund."
	var first pipeline.Record
	for i := range 3 * sentenceIDsKept {
		text := boilerplate + " Report number " + strings.Repeat("again and again ", i) + "follows from the agency in Seoul today."
		r := signedRecord(i, text, pipeline.StatusNew)
		if i == 0 {
			first = r
		}
		mustSave(t, s, r)
	}
	var most int
	if err := s.db.QueryRow("SELECT max(n) FROM (SELECT count(*) AS n FROM sentences GROUP BY hash)").Scan(&most); err != nil {
		t.Fatal(err)
	}
	if most != sentenceIDsKept {
		t.Errorf("a sentence names up to %d articles, want %d", most, sentenceIDsKept)
	}
	if _, ok, err := s.DuplicateOf(context.Background(), "", dedup.Signature{Sentences: first.Sentences}); err != nil || ok {
		t.Errorf("two shared sentences made a copy (ok=%v, err=%v); dedup.MinSharedSentences is %d", ok, err, dedup.MinSharedSentences)
	}
}
