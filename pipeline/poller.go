package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Fetcher fetches one feed; *feeds.Fetcher satisfies it.
type Fetcher interface {
	Fetch(ctx context.Context, f feeds.Feed, st feeds.State) (feeds.Result, error)
}

// PollerOptions configure the poll loop.
type PollerOptions struct {
	Interval  time.Duration // for feeds without their own
	Workers   int           // feeds fetched at once
	Log       *slog.Logger
	Now       func() time.Time
	OnOutcome func(f feeds.Feed, o Outcome)                 // after each item (printing, metrics, waking the dispatcher)
	OnPoll    func(f feeds.Feed, st feeds.State, err error) // after each fetch (metrics, admin notices)
	OnMoved   func(from, to string)                         // a feed moved for good (rewrite the config)
}

// Poller polls every feed on its schedule with a bounded pool of workers
// and sends what it finds through the pipeline.
type Poller struct {
	fetch  Fetcher
	states FeedStates
	pipe   *Pipeline
	opts   PollerOptions
	reload chan struct{}

	mu       sync.Mutex
	feeds    []feeds.Feed
	next     map[string]time.Time // when each feed is due; loaded from the store on first sight
	inflight map[string]bool
	moved    map[string]string // configured URL → where it moved, until the config says so
}

// NewPoller builds a poll loop; call SetFeeds before or while it runs.
func NewPoller(f Fetcher, states FeedStates, pipe *Pipeline, o PollerOptions) *Poller {
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.Interval <= 0 {
		o.Interval = 10 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Poller{
		fetch: f, states: states, pipe: pipe, opts: o,
		reload:   make(chan struct{}, 1),
		next:     map[string]time.Time{},
		inflight: map[string]bool{},
		moved:    map[string]string{},
	}
}

// SetFeeds replaces the feed list; new feeds are polled at once, removed
// ones are not polled again.
func (p *Poller) SetFeeds(fs []feeds.Feed) {
	p.mu.Lock()
	p.feeds = append([]feeds.Feed(nil), fs...)
	p.mu.Unlock()
	select {
	case p.reload <- struct{}{}:
	default:
	}
}

// Run polls until ctx is done, then waits for the fetches in flight. An
// item being processed is finished, so nothing is half-stored.
func (p *Poller) Run(ctx context.Context) error {
	sem := make(chan struct{}, p.opts.Workers)
	var wg sync.WaitGroup
	defer wg.Wait()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		due, wait := p.due(ctx)
		for _, f := range due {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				p.done(f.URL)
				return nil
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				p.Poll(ctx, f)
				p.done(f.URL)
			}()
		}
		// Wake when the next feed is due rather than on a fixed tick: a
		// tick adds up to its length to every alert's latency.
		timer.Reset(max(wait, 10*time.Millisecond))
		select {
		case <-ctx.Done():
			return nil
		case <-p.reload:
		case <-timer.C:
		}
	}
}

// due lists the feeds whose time has come and marks them in flight, and
// says how long until the soonest of the others is due (a second at most).
func (p *Poller) due(ctx context.Context) ([]feeds.Feed, time.Duration) {
	p.mu.Lock()
	list := p.feeds
	p.mu.Unlock()
	now := p.opts.Now()
	soonest := now.Add(time.Second)
	var due []feeds.Feed
	for _, f := range list {
		if f.Paused {
			continue
		}
		f.URL = p.current(f.URL)
		next, ok := p.nextPoll(ctx, f.URL)
		if ok && now.Before(next) && next.Before(soonest) {
			soonest = next
		}
		if !ok || now.Before(next) {
			continue
		}
		p.mu.Lock()
		if !p.inflight[f.URL] {
			p.inflight[f.URL] = true
			due = append(due, f)
		}
		p.mu.Unlock()
	}
	return due, soonest.Sub(now)
}

func (p *Poller) nextPoll(ctx context.Context, url string) (time.Time, bool) {
	p.mu.Lock()
	next, ok := p.next[url]
	p.mu.Unlock()
	if ok {
		return next, true
	}
	st, err := p.states.FeedState(ctx, url)
	if err != nil {
		if ctx.Err() == nil {
			p.opts.Log.Error("load feed state", "feed_url", url, "err", err)
		}
		return time.Time{}, false
	}
	p.mu.Lock()
	p.next[url] = st.NextPoll
	p.mu.Unlock()
	return st.NextPoll, true
}

func (p *Poller) current(url string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if to, ok := p.moved[url]; ok {
		return to
	}
	return url
}

func (p *Poller) done(url string) {
	p.mu.Lock()
	delete(p.inflight, url)
	p.mu.Unlock()
}

// Poll fetches one feed now and processes what it gives, then records
// when to poll it next.
func (p *Poller) Poll(ctx context.Context, f feeds.Feed) {
	log := p.opts.Log.With("feed_url", f.URL, "feed", f.Name)
	st, err := p.states.FeedState(ctx, f.URL)
	if err != nil {
		log.Error("load feed state", "err", err)
		return
	}
	res, err := p.fetch.Fetch(ctx, f, st)
	if ctx.Err() != nil {
		return
	}
	if err == nil && res.MovedTo != "" && res.MovedTo != f.URL {
		err = p.move(ctx, f, res.MovedTo)
		f.URL, st.URL = res.MovedTo, res.MovedTo
		// The items were parsed under the old URL; stored under it, the
		// next poll (at the new URL) would not know them and store them again.
		for i := range res.Items {
			res.Items[i].FeedURL = res.MovedTo
		}
	}
	if err == nil {
		err = p.process(ctx, f, res.Items)
	}
	if errors.Is(err, errStopped) {
		// Shutdown: keep the old state so the next start fetches again.
		return
	}
	if err == nil && !res.NotModified {
		st.ETag, st.LastModified = res.ETag, res.LastModified
	}
	interval := f.Interval
	if interval <= 0 {
		interval = p.opts.Interval
	}
	// A source per poll: workers poll at once and a *rand.Rand is not safe
	// for concurrent use.
	jitter := rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	st = feeds.NextPoll(p.opts.Now(), interval, st, err, 0, jitter)
	if err != nil {
		log.Warn("poll failed", "err", err, "errors", st.Errors, "next_poll", st.NextPoll)
	} else {
		log.Debug("polled", "items", len(res.Items), "not_modified", res.NotModified)
	}
	// The state is saved even when ctx has ended, so a restart does not
	// refetch what was just processed.
	if serr := p.states.SaveFeedState(context.WithoutCancel(ctx), st); serr != nil {
		log.Error("save feed state", "err", serr)
	}
	p.mu.Lock()
	p.next[f.URL] = st.NextPoll
	p.mu.Unlock()
	if p.opts.OnPoll != nil {
		p.opts.OnPoll(f, st, err)
	}
}

func (p *Poller) move(ctx context.Context, f feeds.Feed, to string) error {
	if err := p.states.MoveFeed(ctx, f.URL, to); err != nil {
		return err
	}
	p.pipe.feedCommits.stored(to) // its entries changed outside Commit
	p.opts.Log.Info("feed moved permanently", "feed_url", f.URL, "new_url", to)
	p.mu.Lock()
	p.moved[f.URL] = to
	p.mu.Unlock()
	if p.opts.OnMoved != nil {
		p.opts.OnMoved(f.URL, to)
	}
	return nil
}

func (p *Poller) process(ctx context.Context, f feeds.Feed, items []feeds.Item) error {
	outcomes, err := p.pipe.ProcessFeed(ctx, items)
	if p.opts.OnOutcome != nil {
		for _, out := range outcomes {
			if !out.Seen {
				p.opts.OnOutcome(f, out)
			}
		}
	}
	return err
}

// SortByPublished orders items oldest first, undated ones last, keeping
// the feed's order among equals: the order in which a reader would have
// seen the reports.
func SortByPublished(items []feeds.Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].Published, items[j].Published
		if a.IsZero() || b.IsZero() {
			return !a.IsZero() && b.IsZero()
		}
		return a.Before(b)
	})
}
