package claims

import (
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	id := os.Getenv("DUMP")
	if id == "" {
		t.Skip()
	}
	x := NewExtractor(Lexicon{})
	a := readArticle(t, corpusDir+"/articles/"+id+".txt")
	for _, c := range x.Extract(a.doc) {
		t.Logf("%s %s %v-%v %s partial=%v by %q loc=%q | %s", c.Metric, c.Subject, c.Value, c.ValueMax, c.Qualifier, c.Partial, c.Attribution, c.Location, c.Quote)
	}
}

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	x := NewExtractor(Lexicon{})
	for _, c := range x.Extract(Document{Text: s}) {
		t.Logf("%s %s %v-%v %s partial=%v by %q loc=%q", c.Metric, c.Subject, c.Value, c.ValueMax, c.Qualifier, c.Partial, c.Attribution, c.Location)
	}
	for _, st := range splitSentences(bodyParagraphs(s)) {
		t.Logf("sentence %q inQuote=%v open=%v close=%d", st.text, st.inQuote, st.quoteOpened, st.closeAt)
	}
}
