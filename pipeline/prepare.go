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

// contentKey is what makes two claims of one stored list the same report
// for comparison: claims.Rules.Compare looks at nothing else but the
// date. Metric and subject are left out (one list shares them), and the
// qualifier and attribution are numbered: hashing their strings for 500
// claims per article was most of condense's cost.
type contentKey struct {
	value, valueMax float64
	qualifier       int
	attribution     int
	partial         bool
	tentative       bool
	after           bool // published after the claim compared: the other side of it
}

// condense keeps, of the claims with the same content, the one published
// nearest to at on each side of it: the one that decides both whether
// the window is met and whether it is the latest figure before at. Most
// coverage repeats the established figures, so the list shrinks, and an
// alert names each distinct earlier report once instead of every article
// that repeated it. cs is one stored list: one metric and subject.
func condense(cs []claims.Claim, at time.Time) []claims.Claim {
	var index map[contentKey]int
	var names numbering
	var out []claims.Claim
	for j := range cs {
		c := &cs[j] // a claim is 200 bytes: copied only when kept
		k := contentKey{c.Value, c.ValueMax, names.number(string(c.Qualifier)), names.number(c.Attribution),
			c.Partial, c.Tentative, c.Published.After(at)}
		i, ok := index[k]
		if !ok {
			if index == nil {
				index = map[contentKey]int{}
			}
			index[k] = len(out)
			out = append(out, *c)
			continue
		}
		if absGap(c.Published, at) < absGap(out[i].Published, at) {
			out[i] = *c
		}
	}
	return out
}

// numbering gives each distinct string a small number. A list names a
// few sources and qualifiers, and finding one among a few by comparing
// (lengths first) is cheaper than hashing it; many fall back to a map.
type numbering struct {
	few  []string
	many map[string]int
}

func (n *numbering) number(s string) int {
	if n.many != nil {
		if i, ok := n.many[s]; ok {
			return i
		}
		n.many[s] = len(n.many)
		return len(n.many) - 1
	}
	for i, f := range n.few {
		if f == s {
			return i
		}
	}
	n.few = append(n.few, s)
	if len(n.few) > 32 {
		n.many = make(map[string]int, len(n.few))
		for i, f := range n.few {
			n.many[f] = i
		}
	}
	return len(n.few) - 1
}

func absGap(a, b time.Time) time.Duration {
	if d := a.Sub(b); d > 0 {
		return d
	}
	return b.Sub(a)
}
