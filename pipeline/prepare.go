package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Prepared is an item with the work done that depends on the item alone:
// whether it was seen, the topic filter, the fingerprint and the claims.
// Commit does the rest.
type Prepared struct {
	item        feeds.Item
	seen        bool
	onTopic     bool
	fingerprint uint64
	claims      []claims.Claim
}

// Prepare does the part of Process that needs no lock, so many feeds'
// items can be prepared at once: extraction is most of an item's cost,
// and under the lock it left all but one core idle. A duplicate is
// extracted too (whether it is one is only known under the lock); that
// is one item in twenty, against a whole core.
func (p *Pipeline) Prepare(ctx context.Context, it feeds.Item) (Prepared, error) {
	pr := Prepared{item: it}
	// An entry the feed gave before is the common case on every poll of a
	// changed feed: looking first saves extracting it again.
	seen, err := p.seen(ctx, it)
	if err != nil {
		return pr, fmt.Errorf("process %s: %w", it.URL, err)
	}
	if seen {
		pr.seen = true
		return pr, nil
	}
	opts := p.options()
	if !opts.Topic.Match(it.Title, it.Text) {
		return pr, nil
	}
	pr.onTopic = true
	pr.fingerprint = dedup.Fingerprint(it.Text)
	pr.claims = opts.Extractor.Extract(claims.Document{
		URL: it.URL, Title: it.Title, Text: it.Text, Source: it.Source, Published: it.Published,
	})
	return pr, nil
}

// sameContent reports whether two stored claims are the same report for
// comparison: claims.Rules.Compare looks at nothing else but the date.
// Metric and subject are not compared: one stored list shares them.
func sameContent(a, b claims.Claim) bool {
	return a.Value == b.Value && a.ValueMax == b.ValueMax && a.Qualifier == b.Qualifier &&
		a.Partial == b.Partial && a.Tentative == b.Tentative && a.Attribution == b.Attribution &&
		a.Metric == b.Metric && a.Subject == b.Subject
}

// condense keeps, of the claims with the same content, the one published
// nearest to at on each side of it: the one that decides both whether
// the window is met and whether it is the latest figure before at. Most
// coverage repeats the established figures, so the list shrinks from
// hundreds to a handful, and an alert names each distinct earlier report
// once instead of every article that repeated it. The kept claims are
// found by a scan, not a map: there are few, and hashing the strings of
// 500 claims per article cost more than the comparison it saved.
func condense(cs []claims.Claim, at time.Time) []claims.Claim {
	var out []claims.Claim
next:
	for _, c := range cs {
		after := c.Published.After(at)
		for i := range out {
			o := &out[i]
			if o.Published.After(at) == after && sameContent(*o, c) {
				if absGap(c.Published, at) < absGap(o.Published, at) {
					*o = c
				}
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}

func absGap(a, b time.Time) time.Duration {
	if d := a.Sub(b); d > 0 {
		return d
	}
	return b.Sub(a)
}
