package claims_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/loadgen"
)

// BenchmarkExtractGenerated extracts from the articles `crosscheck bench`
// serves (loadgen), the worker stage's load, where BenchmarkExtract reads
// the corpus.
func BenchmarkExtractGenerated(b *testing.B) {
	r := rand.New(rand.NewPCG(8, 8))
	docs := make([]claims.Document, 500)
	for i := range docs {
		a := loadgen.NewArticle(r, "feed.example", i, time.Date(2024, 11, 5, 9, 0, 0, 0, time.UTC))
		docs[i] = claims.Document{URL: a.URL, Title: a.Title, Text: a.Body, Published: a.Published}
	}
	x := claims.NewExtractor(claims.Lexicon{})
	n := 0
	for b.Loop() {
		x.Extract(docs[n%len(docs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
