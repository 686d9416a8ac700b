package pipeline_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// trippingExtractor is the real extractor, except that it panics on an
// article containing trip: a rule with a bug that one text sets off.
type trippingExtractor struct {
	real *claims.Extractor
	trip string
}

func (e trippingExtractor) Extract(d claims.Document) []claims.Claim {
	if strings.Contains(d.Text, e.trip) {
		var words []string
		_ = words[len(d.Text)] // the index a faulty rule reads past
	}
	return e.real.Extract(d)
}

// An extraction that panics costs its article its figures and nothing
// more: the article is stored (so its copies are still known and it is
// not fetched as new forever), the error is logged with its URL and feed,
// and the feed's other items, before and after it, are judged as usual.
func TestExtractionPanicCostsOnlyItsArticle(t *testing.T) {
	st := mustOpen(t)
	var logs bytes.Buffer
	p := pipeline.New(st, pipeline.Options{
		Topic:     feeds.DefaultTopicRules(),
		Extractor: trippingExtractor{real: claims.NewExtractor(claims.Lexicon{}), trip: "crash me"},
		Rules:     claims.DefaultRules(),
		Log:       slog.New(slog.NewTextHandler(&logs, nil)),
	})
	const feed = "https://wire.example/rss"
	items := []feeds.Item{
		item(feed, "1", "https://wire.example/1", "Zelensky on losses", zelenskySays, rivalDay),
		item(feed, "2", "https://wire.example/2", "North Korean troops in Kursk: the losses",
			"North Korean troops fight on in Kursk; crash me. "+jcsSays, rivalDay.Add(time.Hour)),
		item(feed, "3", "https://wire.example/3", "Seoul's estimate", jcsSays, rivalDay.Add(2*time.Hour)),
	}
	outs, err := p.ProcessFeed(context.Background(), items)
	if err != nil {
		t.Fatalf("ProcessFeed = %v, want the feed processed in spite of one article", err)
	}
	if len(outs) != 3 {
		t.Fatalf("%d outcomes, want 3", len(outs))
	}
	for i, o := range outs {
		if o.Record.Status != pipeline.StatusNew {
			t.Errorf("item %d: status %s, want new", i+1, o.Record.Status)
		}
	}
	if n := len(outs[1].Record.Claims); n != 0 {
		t.Errorf("the tripping article has %d claims, want none", n)
	}
	if len(outs[1].Alerts) != 0 || len(outs[2].Alerts) != 1 {
		t.Errorf("alerts per item = %d, %d, want 0 for the tripping article and 1 for the next (Zelensky against the JCS)",
			len(outs[1].Alerts), len(outs[2].Alerts))
	}
	out := logs.String()
	for _, want := range []string{"extract claims", "url=https://wire.example/2", "feed_url=" + feed, "index out of range", "trippingExtractor.Extract"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	// Seen now: the next poll skips it rather than tripping again.
	again, err := p.ProcessFeed(context.Background(), items[1:2])
	if err != nil || len(again) != 1 || !again[0].Seen {
		t.Errorf("second poll = %+v, %v: want the article seen", again, err)
	}
}
