package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/loadgen"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// latencyNotifier stands in for Telegram until its adapter is merged: it
// records when each alert arrives, by the article that raised it.
type latencyNotifier struct {
	mu      sync.Mutex
	arrived map[string]time.Time
	got     chan struct{}
}

var _ bot.Notifier = (*latencyNotifier)(nil)

func (n *latencyNotifier) Platform() string { return "bench" }
func (n *latencyNotifier) Targets() []bot.Target {
	return []bot.Target{{Platform: "bench", ChatID: "latency"}}
}

func (n *latencyNotifier) Send(_ context.Context, _ bot.Target, a claims.Alert) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, ok := n.arrived[a.Claim.ArticleURL]; !ok {
		n.arrived[a.Claim.ArticleURL] = time.Now()
		select {
		case n.got <- struct{}{}:
		default:
		}
	}
	return nil
}

// latency runs the poll loop and the dispatcher as the daemon does and
// publishes conflicting items at random moments into random feeds; each
// sample is the time from publishing to the alert's arrival.
func (w *benchWorld) latency(ctx context.Context, srv *loadgen.Server, res *benchResult) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := &latencyNotifier{arrived: map[string]time.Time{}, got: make(chan struct{}, 1)}
	disp := bot.NewDispatcher(w.st, w.log, bot.DispatcherOptions{}, n)
	poller := w.poller(func(_ feeds.Feed, o pipeline.Outcome) {
		if len(o.Alerts) > 0 {
			disp.Wake()
		}
	})
	var ts tasks
	defer ts.Wait()
	defer cancel()
	ts.Go(func() { poller.Run(ctx) })
	ts.Go(func() { disp.Run(ctx) })

	r := rand.New(rand.NewPCG(7, 7))
	published := map[string]time.Time{}
	for i := range w.o.alerts {
		// Spread over about two poll intervals, so items land at every
		// point of a feed's cycle.
		wait := time.Duration(r.Int64N(int64(w.o.interval) / 5))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		feed := r.IntN(len(w.feeds))
		a := loadgen.NewConflict(fmt.Sprintf("live%d.example", feed), i, time.Now())
		published[a.URL] = time.Now()
		srv.Publish(feed, a)
	}
	deadline := time.After(3*w.o.interval + 10*time.Second)
	for !n.complete(published) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline:
			return fmt.Errorf("alert latency: %d of %d alerts arrived within %s of the last item", n.count(), len(published), 3*w.o.interval+10*time.Second)
		case <-n.got:
		}
	}
	var lat []float64
	n.mu.Lock()
	for url, at := range published {
		lat = append(lat, n.arrived[url].Sub(at).Seconds())
	}
	n.mu.Unlock()
	slices.Sort(lat)
	res.LatencySamples = len(lat)
	res.LatencyP50S, res.LatencyP99S = percentile(lat, 0.50), percentile(lat, 0.99)
	return nil
}

func (n *latencyNotifier) complete(published map[string]time.Time) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	for url := range published {
		if _, ok := n.arrived[url]; !ok {
			return false
		}
	}
	return true
}

func (n *latencyNotifier) count() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.arrived)
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
