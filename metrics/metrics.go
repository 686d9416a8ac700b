// Package metrics counts what the bot does, for /metrics, and answers
// /healthz. Every metric lives in a registry the caller passes in, so tests
// and several bots in one process never share counters.
package metrics

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// Metrics holds the bot's counters and gauges.
type Metrics struct {
	polls          prometheus.Counter
	fetchErrors    *prometheus.CounterVec // by feed_url
	items          *prometheus.CounterVec // by status
	claims         prometheus.Counter
	alertsRaised   prometheus.Counter
	delivered      *prometheus.CounterVec // by platform
	deliveryErrors *prometheus.CounterVec // by platform

	now      func() time.Time
	mu       sync.Mutex
	lastPoll map[string]time.Time // feed URL → when its last poll ended
}

// Options are what the gauges read when scraped.
type Options struct {
	// OutboxDepth counts undelivered alerts; *store.Store has it.
	OutboxDepth func(ctx context.Context) (int, error)
	Log         *slog.Logger
	Now         func() time.Time
}

// New builds the metrics and registers them with reg.
func New(reg prometheus.Registerer, o Options) (*Metrics, error) {
	if o.Now == nil {
		o.Now = time.Now
	}
	m := &Metrics{
		polls: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "crosscheck_feed_polls_total", Help: "Feed fetches attempted.",
		}),
		fetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crosscheck_fetch_errors_total", Help: "Failed feed fetches, by feed.",
		}, []string{"feed_url"}),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crosscheck_items_total", Help: "Items judged, by outcome: new, duplicate, off_topic.",
		}, []string{"status"}),
		claims: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "crosscheck_claims_extracted_total", Help: "Figures extracted from new articles.",
		}),
		alertsRaised: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "crosscheck_alerts_raised_total", Help: "Alerts queued in the outbox.",
		}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crosscheck_alerts_delivered_total", Help: "Alerts delivered, by platform.",
		}, []string{"platform"}),
		deliveryErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crosscheck_delivery_errors_total", Help: "Failed deliveries, by platform.",
		}, []string{"platform"}),
		now:      o.Now,
		lastPoll: map[string]time.Time{},
	}
	cs := []prometheus.Collector{m.polls, m.fetchErrors, m.items, m.claims, m.alertsRaised, m.delivered, m.deliveryErrors,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "crosscheck_poll_lag_seconds",
			Help: "Seconds since the feed polled longest ago last finished a poll.",
		}, m.pollLag),
	}
	if o.OutboxDepth != nil {
		cs = append(cs, prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "crosscheck_outbox_depth", Help: "Alerts not yet delivered to every subscriber.",
		}, outboxDepth(o.OutboxDepth, o.Log)))
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, errors.Join(errors.New("register metrics"), err)
		}
	}
	return m, nil
}

func outboxDepth(depth func(context.Context) (int, error), log *slog.Logger) func() float64 {
	return func() float64 {
		// A scrape must not hang on a locked database.
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := depth(ctx)
		if err != nil {
			if log != nil {
				log.Warn("metrics: outbox depth", "err", err)
			}
			return -1
		}
		return float64(n)
	}
}

// Polled counts one fetch; PollerOptions.OnPoll calls it.
func (m *Metrics) Polled(f feeds.Feed, _ feeds.State, err error) {
	m.polls.Inc()
	if err != nil {
		m.fetchErrors.WithLabelValues(f.URL).Inc()
	}
	m.mu.Lock()
	m.lastPoll[f.URL] = m.now()
	m.mu.Unlock()
}

// Outcome counts one judged item; PollerOptions.OnOutcome calls it.
func (m *Metrics) Outcome(_ feeds.Feed, o pipeline.Outcome) {
	if o.Seen {
		return
	}
	m.items.WithLabelValues(string(o.Record.Status)).Inc()
	m.claims.Add(float64(len(o.Record.Claims)))
	m.alertsRaised.Add(float64(len(o.Alerts)))
}

// Delivery counts one delivery attempt; DispatcherOptions.OnDelivery calls it.
func (m *Metrics) Delivery(platform string, err error) {
	if err != nil {
		m.deliveryErrors.WithLabelValues(platform).Inc()
		return
	}
	m.delivered.WithLabelValues(platform).Inc()
}

// pollLag is how long ago the stalest feed was polled: it grows without
// bound when the poller is stuck, which is what an alert rule wants.
func (m *Metrics) pollLag() float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	var oldest time.Time
	for _, t := range m.lastPoll {
		if oldest.IsZero() || t.Before(oldest) {
			oldest = t
		}
	}
	if oldest.IsZero() {
		return 0
	}
	return m.now().Sub(oldest).Seconds()
}
