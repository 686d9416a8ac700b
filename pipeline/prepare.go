package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Prepared is an item with the work done that depends on the item alone:
// whether it was seen, the topic filter, the dedup signature and the claims.
// Commit does the rest.
type Prepared struct {
	item feeds.Item
	seen bool
	// commits is feedCommits' count for the item's feed when Prepare
	// looked whether it was seen.
	commits uint64
	onTopic bool
	sig     dedup.Signature
	near    *NearHint // the store's search for sig's fingerprint, if it hints
	claims  []claims.Claim
}

// Prepare does the part of Process that needs no lock, so many feeds'
// items can be prepared at once: extraction is most of an item's cost,
// and under the lock it left all but one core idle. A duplicate is
// extracted too (whether it is one is only known under the lock); that
// is one item in twenty, against a whole core.
func (p *Pipeline) Prepare(ctx context.Context, it feeds.Item) (Prepared, error) {
	// Counted before looking: a commit of this feed that the look may have
	// missed changes the count, and Commit then looks again.
	pr := Prepared{item: it, commits: p.feedCommits.count(it.FeedURL)}
	// An entry the feed gave before is the common case on every poll of a
	// changed feed: looking first saves extracting it again.
	seen, err := p.seen(ctx, p.store, it)
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
	// A rule or the signature tripping over one article's text costs that
	// article its figures or its near-copy check, and no more: it is still
	// stored, and the rest of its feed goes on. Failing the item failed
	// the whole fetch, so one such article held back its feed's later
	// items on every poll until the rule was fixed.
	if err := guard(func() { pr.sig = dedup.Sign(it.Text) }); err != nil {
		pr.sig = dedup.Signature{}
		logGuarded(opts.Log, "sign article; it is kept, checked for copies by its URL only", it, err)
	}
	err = guard(func() {
		pr.claims = opts.Extractor.Extract(claims.Document{
			URL: it.URL, Title: it.Title, Text: it.Text, Source: it.Source, Published: it.Published,
		})
	})
	if err != nil {
		pr.claims = nil
		logGuarded(opts.Log, "extract claims; the article is kept without figures", it, err)
	}
	if nh, ok := p.store.(NearHinter); ok && pr.sig.Fingerprint != 0 {
		h := nh.NearHint(pr.sig.Fingerprint)
		pr.near = &h
	}
	return pr, nil
}

// guard turns a panic in fn into an error: a rule that trips over one
// article's text must cost that article, not the daemon and every feed.
func guard(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{value: r, stack: debug.Stack()}
		}
	}()
	fn()
	return nil
}

// panicError is a recovered panic, with the stack that finds the rule.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// logGuarded logs what guard caught, with its stack when it was a panic.
func logGuarded(log *slog.Logger, msg string, it feeds.Item, err error) {
	attrs := []any{"url", it.URL, "feed_url", it.FeedURL, "err", err}
	if pe := (*panicError)(nil); errors.As(err, &pe) {
		attrs = append(attrs, "stack", string(pe.stack))
	}
	log.Error(msg, attrs...)
}

// contentKey is what makes two claims the same report: the same figure,
// read the same way, from the same source.
type contentKey struct {
	metric          claims.Metric
	subject         claims.Subject
	value, valueMax float64
	qualifier       claims.Qualifier
	attribution     string
	partial         bool
	tentative       bool
	// own: the claim is of the alert's own article. The article setting
	// a report against its rival is news once more (store.pairIDs), so
	// its own copy of a report does not stand for another article's.
	own bool
}

// condense keeps the newest of the claims an alert is against that give
// the same report: most coverage repeats the established figures, so an
// alert named hundreds of articles that said the same, and the store
// recorded a pair key for each. Comparison itself still sees every
// earlier claim: whether a figure is an update depends on their dates.
// against is oldest first, as claims.Rules.Compare gives it, and the
// alert's own: the claims kept are moved to its end, in place, and the
// result is that end, oldest first still. (A map and a second list per
// alert were a twelfth of what the pipeline allocated in the bench.)
// article is the alert claim's: a claim of that article is a report of its
// own, kept beside the newest of the same report from elsewhere.
func condense(against []claims.Claim, article string) []claims.Claim {
	if len(against) < 2 {
		return against
	}
	var seen map[contentKey]bool // for long lists; short ones scan what is kept
	if len(against) > condenseScan {
		seen = make(map[contentKey]bool, len(against))
	}
	// Newest first, so the first of each report is the one kept.
	kept := len(against)
	for i := len(against) - 1; i >= 0; i-- {
		k := keyOf(&against[i], article)
		if seen != nil {
			if seen[k] {
				continue
			}
			seen[k] = true
		} else if keptHas(against[kept:], k, article) {
			continue
		}
		kept--
		against[kept] = against[i] // kept > i unless every claim so far was kept
	}
	return against[kept:]
}

// condenseScan is the longest list condense dedupes by scanning.
const condenseScan = 48

func keyOf(c *claims.Claim, article string) contentKey {
	return contentKey{c.Metric, c.Subject, c.Value, c.ValueMax, c.Qualifier, c.Attribution, c.Partial, c.Tentative,
		article != "" && c.ArticleURL == article}
}

func keptHas(kept []claims.Claim, k contentKey, article string) bool {
	for i := range kept {
		if keyOf(&kept[i], article) == k {
			return true
		}
	}
	return false
}
