package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/loadgen"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// latency runs the poll loop, the dispatcher and the real Telegram
// adapter (pointed at a fake Bot API on loopback) as the daemon does, and
// publishes conflicting items at random moments into random feeds; each
// sample is the time from publishing to the alert's arrival at Telegram.
func (w *benchWorld) latency(ctx context.Context, srv *loadgen.Server, res *benchResult) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fake := loadgen.NewTelegram("123456:bench")
	base, stop, err := serveLoopback(fake)
	if err != nil {
		return err
	}
	defer stop()
	tg, err := bot.NewTelegram(ctx, bot.TelegramOptions{
		Token: fake.Token, Channel: "@crosscheck_bench", APIEndpoint: loadgen.Endpoint(base), KV: w.st, Log: w.log,
	})
	if err != nil {
		return err
	}
	disp := bot.NewDispatcher(w.st, w.log, bot.DispatcherOptions{}, tg)
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
		// Half a poll interval apart on average, so items land at every
		// point of a feed's cycle while staying under Telegram's 20
		// messages a minute per channel, which the adapter enforces.
		wait := time.Duration(r.Int64N(int64(w.o.interval)))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		feed := r.IntN(len(w.feeds))
		a := loadgen.NewConflict(r, fmt.Sprintf("live%d.example", feed), i, time.Now())
		published[a.URL] = time.Now()
		srv.Publish(feed, a)
	}
	grace := 3*w.o.interval + 10*time.Second
	deadline := time.After(grace)
	for {
		lat, missing := latencies(fake, published)
		if missing == 0 {
			slices.Sort(lat)
			res.LatencySamples = len(lat)
			res.LatencyP50S, res.LatencyP99S = percentile(lat, 0.50), percentile(lat, 0.99)
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline:
			return fmt.Errorf("alert latency: %d of %d alerts did not reach Telegram within %s of the last item", missing, len(published), grace)
		case <-fake.Arrived():
		}
	}
}

// latencies pairs each published item with the first Telegram message
// that links to it.
func latencies(fake *loadgen.Telegram, published map[string]time.Time) (lat []float64, missing int) {
	for url, at := range published {
		got, ok := fake.FirstMention(url)
		if !ok {
			missing++
			continue
		}
		lat = append(lat, got.Sub(at).Seconds())
	}
	return lat, missing
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
