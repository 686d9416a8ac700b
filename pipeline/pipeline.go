package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Extractor finds an article's claims: a *claims.Extractor.
type Extractor interface {
	Extract(claims.Document) []claims.Claim
}

// Options configure the pipeline.
type Options struct {
	Topic      feeds.TopicRules
	Extractor  Extractor
	Rules      claims.Rules
	MaxItemAge time.Duration // items published longer ago raise no alert; 0: no limit
	Lookback   time.Duration // how far back earlier claims are compared (default 1 year)
	Now        func() time.Time
	Log        *slog.Logger
}

// Pipeline takes one item at a time from feed to store.
type Pipeline struct {
	store Store
	// opts is swapped whole by Reconfigure: Prepare reads it in many
	// goroutines at once, outside mu.
	opts atomic.Pointer[Options]
	// mu serialises Commit: comparison reads what earlier items stored,
	// so two items must not be judged against the same snapshot.
	mu sync.Mutex
	// feedCommits tells Commit whether an entry Prepare found unseen can
	// have been stored since (commits.go).
	feedCommits *feedCommits
	earlier     earlierBuf // compare's lists, under mu
	// group lets CommitAll's waiting callers share a batch (group.go).
	group groupCommit
}

// New builds a pipeline over a store.
func New(s Store, o Options) *Pipeline {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Lookback == 0 {
		o.Lookback = 365 * 24 * time.Hour
	}
	if o.Extractor == nil {
		o.Extractor = claims.NewExtractor(claims.Lexicon{})
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Rules.Window == 0 {
		o.Rules = claims.DefaultRules()
	}
	o.Topic = o.Topic.Compile()
	p := &Pipeline{store: s, feedCommits: newFeedCommits()}
	p.opts.Store(&o)
	return p
}

func (p *Pipeline) options() *Options { return p.opts.Load() }

// Outcome is what became of one item.
type Outcome struct {
	Record Record
	Alerts []claims.Alert // queued in the outbox, with IDs
	Seen   bool           // the feed gave this entry before: nothing was done
}

// Process runs one item through filter, dedup, extraction and comparison
// and stores everything it leaves behind in one transaction. It is
// Prepare followed by Commit.
func (p *Pipeline) Process(ctx context.Context, it feeds.Item) (Outcome, error) {
	pr, err := p.Prepare(ctx, it)
	if err != nil {
		return Outcome{}, err
	}
	return p.Commit(ctx, pr)
}

// Commit finishes a prepared item under the pipeline's lock: dedup against
// what is stored, comparison with earlier claims, and the transaction.
// Items of one feed must be committed in the order a reader saw them.
func (p *Pipeline) Commit(ctx context.Context, pr Prepared) (Outcome, error) {
	outs, err := p.CommitAll(ctx, []Prepared{pr})
	if err != nil {
		return Outcome{}, err
	}
	return outs[0], nil
}

func (p *Pipeline) seen(ctx context.Context, st Store, it feeds.Item) (bool, error) {
	seen, err := st.ItemSeen(ctx, it.FeedURL, it.GUID)
	if err != nil || seen {
		return seen, err
	}
	return canonicalSeen(ctx, st, it)
}

// CanonicalSeer is implemented by stores that can tell whether a feed
// already gave an entry for a canonical URL (*store.Store does).
type CanonicalSeer interface {
	CanonicalSeen(ctx context.Context, feedURL, canonical string) (bool, error)
}

// canonicalSeen treats an entry whose canonical URL this same feed gave
// before as seen: feeds that change GUIDs on every fetch would otherwise
// store a duplicate row per item per fetch. Another feed's copy is still
// judged, and recorded as a duplicate.
func canonicalSeen(ctx context.Context, st Store, it feeds.Item) (bool, error) {
	cs, ok := st.(CanonicalSeer)
	if !ok || it.Canonical == "" {
		return false, nil
	}
	return cs.CanonicalSeen(ctx, it.FeedURL, it.Canonical)
}

// judge decides what an unseen item is, reading st: the store, or the
// batch it is being committed in.
func (p *Pipeline) judge(ctx context.Context, st Store, pr Prepared) (Record, error) {
	it := pr.item
	rec := Record{Item: it, Status: StatusNew}
	if !pr.onTopic {
		rec.Status = StatusOffTopic
		return rec, nil
	}
	rec.Fingerprint, rec.Sentences = pr.sig.Fingerprint, pr.sig.Sentences
	orig, dup, err := duplicateOf(ctx, st, pr)
	if err != nil {
		return rec, err
	}
	if dup {
		rec.Status, rec.DuplicateOf = StatusDuplicate, orig
		return rec, nil
	}
	rec.Claims = pr.claims
	opts := p.options()
	rec.Alerts, err = compare(ctx, st, opts, rec.Claims, &p.earlier)
	if err != nil {
		return rec, err
	}
	if opts.MaxItemAge > 0 && it.Published.Before(opts.Now().Add(-opts.MaxItemAge)) {
		// Backlog of a newly added feed: stored and compared, never announced.
		rec.Alerts = nil
	}
	return rec, nil
}

// duplicateOf asks the store for the item's original, finishing the
// search Prepare began when the store took one.
func duplicateOf(ctx context.Context, st Store, pr Prepared) (string, bool, error) {
	if hd, ok := st.(HintedDuplicates); ok && pr.near != nil {
		return hd.DuplicateOfHinted(ctx, pr.item.Canonical, pr.sig, *pr.near)
	}
	return st.DuplicateOf(ctx, pr.item.Canonical, pr.sig)
}

// compare sets each claim against stored claims and against the claims
// before it in the same article (two sources quoted in one report can
// disagree).
func compare(ctx context.Context, st Store, opts *Options, cs []claims.Claim, buf *earlierBuf) ([]claims.Alert, error) {
	var alerts []claims.Alert
	// Claims of one article mostly share metric, subject and date; each
	// stored list is read once per article (it is up to 500 rows, and
	// reading them dominated the pipeline in `crosscheck bench`).
	type query struct {
		m         claims.Metric
		s         claims.Subject
		published time.Time
	}
	buf.reset()
	stored := map[query][]*claims.Claim{}
	for i := range cs {
		c := &cs[i]
		q := query{c.Metric, c.Subject, c.Published}
		earlier, ok := stored[q]
		if !ok {
			var err error
			earlier, err = lendEarlier(ctx, st, buf.next(), c.Metric, c.Subject,
				c.Published.Add(-opts.Lookback), c.Published.Add(opts.Rules.Window), earlierLimit, c.Published, opts.Rules.Window)
			if err != nil {
				return nil, fmt.Errorf("earlier claims: %w", err)
			}
			stored[q] = buf.keep(earlier)
		}
		// The list's spare room past its end is this claim's alone: the
		// next claim of the query appends its own over it.
		for j := range cs[:i] {
			if prev := &cs[j]; prev.Metric == c.Metric && prev.Subject == c.Subject {
				earlier = append(earlier, prev)
			}
		}
		now := opts.Now()
		for _, a := range opts.Rules.CompareRefsCached(*c, earlier, &buf.sources) {
			a.Raised = now
			a.Against = condense(a.Against, a.Claim.ArticleURL)
			alerts = append(alerts, a)
		}
	}
	return alerts, nil
}

// earlierLimit is how many of the newest earlier claims a figure is
// compared with.
const earlierLimit = 500

// ReportLender is implemented by stores that can cut what LendClaimsAbout
// lends to the claims that decide a comparison (*store.Store and its Batch
// do): coverage repeats a few reports hundreds of times, and comparing
// every figure with each repetition was most of compare's cost.
type ReportLender interface {
	// LendReports appends to dst claims of what LendClaimsAbout(ctx, dst,
	// m, s, from, to, limit) lists, in its order, such that a claim
	// published at `at` raises the same alerts against them, with
	// claims.Rules.CompareRefs and a window of `window` and then condense,
	// as against the whole list (and the claims of its own article after
	// either). The same terms of loan as LendClaimsAbout.
	LendReports(ctx context.Context, dst []*claims.Claim, m claims.Metric, s claims.Subject, from, to time.Time, limit int, at time.Time, window time.Duration) ([]*claims.Claim, error)
}

func lendEarlier(ctx context.Context, st Store, dst []*claims.Claim, m claims.Metric, s claims.Subject, from, to time.Time, limit int, at time.Time, window time.Duration) ([]*claims.Claim, error) {
	if l, ok := st.(ReportLender); ok {
		return l.LendReports(ctx, dst, m, s, from, to, limit, at, window)
	}
	return lendClaimsAbout(ctx, st, dst, m, s, from, to, limit)
}

// ClaimLender is implemented by stores that lend the claims ClaimsAbout
// lists instead of copying them (*store.Store and its Batch do): the
// pipeline reads up to 500 of them for every figure.
type ClaimLender interface {
	// LendClaimsAbout appends to dst what ClaimsAbout lists. The claims
	// are the store's: read them, never change them, and do not keep
	// them past the next write to the store.
	LendClaimsAbout(ctx context.Context, dst []*claims.Claim, m claims.Metric, s claims.Subject, from, to time.Time, limit int) ([]*claims.Claim, error)
}

func lendClaimsAbout(ctx context.Context, st Store, dst []*claims.Claim, m claims.Metric, s claims.Subject, from, to time.Time, limit int) ([]*claims.Claim, error) {
	if l, ok := st.(ClaimLender); ok {
		return l.LendClaimsAbout(ctx, dst, m, s, from, to, limit)
	}
	cs, err := st.ClaimsAbout(ctx, m, s, from, to, limit)
	for i := range cs {
		dst = append(dst, &cs[i])
	}
	return dst, err
}

// earlierBuf holds the lists of earlier claims compare reads, reused from
// one article to the next: the pipeline's, used under its lock.
type earlierBuf struct {
	lists [][]*claims.Claim
	used  int
	// sources keeps which attributions name one source from one
	// article to the next.
	sources claims.SourceCache
}

// reset makes every list free again. What they point to stays reachable
// until overwritten: a few lists of at most 500 claims and the article's own.
func (b *earlierBuf) reset() { b.used = 0 }

// next gives an empty list to fill and hand back to keep.
func (b *earlierBuf) next() []*claims.Claim {
	if b.used == len(b.lists) {
		b.lists = append(b.lists, nil)
	}
	return b.lists[b.used][:0]
}

// keep takes back the list next gave, filled.
func (b *earlierBuf) keep(l []*claims.Claim) []*claims.Claim {
	b.lists[b.used] = l
	b.used++
	return l
}

// Reconfigure applies new topic rules, lexicon and comparison rules from
// the next item on: a config edit takes effect without a restart.
func (p *Pipeline) Reconfigure(o Options) {
	p.opts.Store(New(p.store, o).options())
}
