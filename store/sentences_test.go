package store

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
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
	if n, want := count(t, s, "sentences"), min(len(orig.Sentences), dedup.SampleSize); n != want {
		t.Errorf("%d sentence rows, want %d (the one original's sample)", n, want)
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

// TestFullSentencesFromMemory: once a sentence names its quota of
// articles, memory answers for it and its insert is skipped; memory
// learns it from a batch only when the batch commits, and it answers as
// SQLite would.
func TestFullSentencesFromMemory(t *testing.T) {
	ctx := context.Background()
	shared := "This article was produced with the support of a grant from the journalism fund. " +
		"Our correspondents in Seoul and Kyiv contributed reporting to this story today. "
	text := func(i int) string {
		return shared + "Report number " + strings.Repeat("again and again ", i) + "follows from the agency in Seoul today."
	}
	s := mustOpen(t)
	var originals []pipeline.Record
	for i := range sentenceIDsKept {
		originals = append(originals, signedRecord(i, text(i), pipeline.StatusNew))
	}
	probe := dedup.Signature{Sentences: dedup.Sign(text(0)).Sentences} // a copy of the first original, by its sentences
	batch := func(commit bool) {
		pb, err := s.BeginBatch(ctx)
		mustDo(t, err)
		defer pb.Rollback()
		for _, r := range originals {
			if _, err := pb.Save(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		if url, ok, err := pb.DuplicateOf(ctx, "", probe); err != nil || !ok || url != originals[0].Item.URL {
			t.Fatalf("in the batch, DuplicateOf = %q, %v, %v; want %q", url, ok, err, originals[0].Item.URL)
		}
		if commit {
			mustDo(t, pb.Commit())
		}
	}
	batch(false)
	if n := len(s.fullSentences.ids); n != 0 {
		t.Fatalf("a rolled back batch taught memory %d full sentences", n)
	}
	batch(true)
	if n := len(s.fullSentences.ids); n != 2 {
		t.Fatalf("memory knows %d full sentences after the commit, want the 2 shared ones", n)
	}
	for h, ids := range s.fullSentences.ids {
		var want []int64
		rows, err := s.db.Query("SELECT article_id FROM sentences WHERE hash = ?", int64(h))
		mustDo(t, err)
		for rows.Next() {
			var id int64
			mustDo(t, rows.Scan(&id))
			want = append(want, id)
		}
		mustDo(t, rows.Err())
		var got []int64
		for _, o := range ids {
			got = append(got, o.id)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("memory names articles %v for a sentence, SQLite %v", got, want)
		}
	}
	before := count(t, s, "sentences")
	mustSave(t, s, signedRecord(sentenceIDsKept, text(sentenceIDsKept), pipeline.StatusNew))
	if n := count(t, s, "sentences"); n != before+1 {
		t.Errorf("%d sentence rows after one more original, want %d: only its own sentence is new", n, before+1)
	}
	if url, ok, err := s.DuplicateOf(ctx, "", probe); err != nil || !ok || url != originals[0].Item.URL {
		t.Errorf("from memory, DuplicateOf = %q, %v, %v; want %q", url, ok, err, originals[0].Item.URL)
	}
}

// TestDuplicateOfRepeatedHashes: a hash the text repeats names its
// originals once, whether the list is short enough to be searched for
// repeats or kept in a map.
func TestDuplicateOfRepeatedHashes(t *testing.T) {
	original := setBody(t, "blind", "002")
	s := mustOpen(t)
	orig := signedRecord(1, original, pipeline.StatusNew)
	mustSave(t, s, orig)
	copySig := dedup.Sign(setBody(t, "blind", "014"))
	if len(copySig.Sentences) >= askedScan {
		t.Fatalf("the copy has %d sentences: the short path would not be tested", len(copySig.Sentences))
	}
	repeated := copySig
	repeated.Sentences = append(append([]uint64(nil), copySig.Sentences...), copySig.Sentences[0])
	long := copySig
	long.Sentences = append([]uint64(nil), copySig.Sentences...)
	for i := 0; len(long.Sentences) <= askedScan; i++ {
		long.Sentences = append(long.Sentences, copySig.Sentences[i%len(copySig.Sentences)])
	}
	for name, tc := range map[string]struct {
		sig  dedup.Signature
		want string
	}{
		"each hash once":                         {copySig, orig.Item.URL},
		"one hash twice, a short list":           {repeated, orig.Item.URL},
		"every hash many times, a list in a map": {long, ""},
	} {
		got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", tc.sig)
		if err != nil || got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: DuplicateOf = %q, %v, %v; want %q", name, got, ok, err, tc.want)
		}
	}
}
