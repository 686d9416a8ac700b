package store

import (
	"context"
	"strings"
	"testing"

	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestSampledSentences: an original indexes only its sample of sentence
// hashes (dedup.Sample) and keeps the rest in its article row, and copies
// are judged as when every hash was indexed. Blind9 014 is a syndicated
// copy of 000 with another headline, page furniture and a tracking URL;
// it shares 11 of its 14 long sentences with 000, close to
// dedup.CopyShare, and only 3 of 000's 5 sampled ones, which a sample
// alone would take for a different article.
func TestSampledSentences(t *testing.T) {
	original := setBody(t, "blind9", "000")
	syndicated := setBody(t, "blind9", "014")
	if d := dedup.Distance(dedup.Fingerprint(original), dedup.Fingerprint(syndicated)); d <= dedup.MaxDistance {
		t.Fatalf("the copy is %d bits from its original: this test would not reach the sentence path", d)
	}
	const boilerplate = "This story was produced in partnership with the regional reporting fund and its donors. " +
		"Our correspondents in Seoul and Kyiv contributed reporting to this story throughout the week. " +
		"Readers can send tips to our newsroom through the secure channel listed on our contact page. "
	other := setBody(t, "corpus", "003")

	s := mustOpen(t)
	orig := signedRecord(1, original, pipeline.StatusNew)
	mustSave(t, s, orig)
	withBoilerplate := signedRecord(2, boilerplate+"\n\n"+other, pipeline.StatusNew)
	mustSave(t, s, withBoilerplate)
	s = mustReopen(t, s)

	if n, want := count(t, s, "sentences"), 2*dedup.SampleSize; n != want {
		t.Errorf("%d sentence rows for two originals of %d and %d sentences, want %d (their samples)",
			n, len(orig.Sentences), len(withBoilerplate.Sentences), want)
	}
	third := setBody(t, "corpus", "001")
	tests := map[string]struct {
		text string
		want string
	}{
		"a syndicated copy with another headline, furniture and tracking URL": {syndicated, orig.Item.URL},
		"the copy without its furniture":                                      {original, orig.Item.URL},
		"another article sharing three boilerplate sentences":                 {boilerplate + "\n\n" + third, ""},
		"the original's update adding eight sentences":                        {original + "\n\n" + strings.Join(lastParagraphs(other, 8), "\n\n"), ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok, err := s.DuplicateOf(context.Background(), "https://unknown.example/x", dedup.Sign(sentencesOnly(tc.text)))
			if err != nil || got != tc.want || ok != (tc.want != "") {
				t.Errorf("DuplicateOf = %q, %v, %v; want %q", got, ok, err, tc.want)
			}
		})
	}
}

// TestUnsampledOriginalsJudgedAsBefore: an original stored before
// migration 008 has every hash in the index with no cut and no copy in
// its row; it is found and judged from its rows alone.
func TestUnsampledOriginalsJudgedAsBefore(t *testing.T) {
	s := mustOpen(t)
	orig := signedRecord(1, setBody(t, "blind9", "000"), pipeline.StatusNew)
	mustSave(t, s, orig)
	if _, err := s.db.Exec("UPDATE articles SET sentences = NULL"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("DELETE FROM sentences"); err != nil {
		t.Fatal(err)
	}
	for _, h := range orig.Sentences {
		if _, err := s.db.Exec("INSERT INTO sentences (hash, article_id) VALUES (?, 1)", int64(h)); err != nil {
			t.Fatal(err)
		}
	}
	s = mustReopen(t, s)
	got, ok, err := s.DuplicateOf(context.Background(), "", dedup.Sign(sentencesOnly(setBody(t, "blind9", "014"))))
	if err != nil || !ok || got != orig.Item.URL {
		t.Errorf("DuplicateOf = %q, %v, %v; want %q", got, ok, err, orig.Item.URL)
	}
}

func lastParagraphs(text string, n int) []string {
	ps := strings.Split(strings.TrimSpace(text), "\n\n")
	return ps[max(0, len(ps)-n):]
}
