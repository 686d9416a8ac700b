package bot

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// DispatcherOptions tune delivery.
type DispatcherOptions struct {
	MaxAge   time.Duration // undelivered alerts older than this are dropped; 0 keeps them
	Interval time.Duration // how often to look for pending alerts without a wake-up (default 5s)
	Now      func() time.Time
	// OnDelivery is told of every delivery attempt (metrics); err is nil
	// for a delivered alert. Attempts cut short by shutdown are not told.
	OnDelivery func(platform string, err error)
}

// Dispatcher delivers the outbox: every pending alert to every target of
// every notifier, oldest first, recording each delivery so a restart
// resumes where it stopped and never repeats one. Each notifier runs in its
// own goroutine, so a platform that is down never stalls the others.
type Dispatcher struct {
	q         Queries
	notifiers []Notifier
	log       *slog.Logger
	opts      DispatcherOptions
	wake      []chan struct{}
}

// NewDispatcher builds a dispatcher for the given notifiers.
func NewDispatcher(q Queries, log *slog.Logger, opts DispatcherOptions, notifiers ...Notifier) *Dispatcher {
	if opts.Interval <= 0 {
		opts.Interval = 5 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	d := &Dispatcher{q: q, notifiers: notifiers, log: log, opts: opts}
	for range notifiers {
		d.wake = append(d.wake, make(chan struct{}, 1))
	}
	return d
}

// Wake tells the dispatcher that new alerts are waiting. It never blocks.
func (d *Dispatcher) Wake() {
	for _, w := range d.wake {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

// Run delivers until ctx is done. Fixed targets are subscribed first, so
// they receive every alert raised from now on.
func (d *Dispatcher) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for i, n := range d.notifiers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.loop(ctx, n, d.wake[i])
		}()
	}
	wg.Wait()
	return nil
}

// Subscribe registers every notifier's fixed targets. Run does it too;
// commands that deliver once (Flush) call it first.
func (d *Dispatcher) Subscribe(ctx context.Context) error {
	for _, n := range d.notifiers {
		for _, t := range n.Targets() {
			if err := d.q.Subscribe(ctx, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// Flush delivers what is pending now, once, to every target, and returns
// when done or when ctx ends: the graceful-shutdown path.
func (d *Dispatcher) Flush(ctx context.Context) {
	var wg sync.WaitGroup
	for _, n := range d.notifiers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			newPlatform(d, n).deliverAll(ctx)
		}()
	}
	wg.Wait()
}

func (d *Dispatcher) loop(ctx context.Context, n Notifier, wake <-chan struct{}) {
	p := newPlatform(d, n)
	for _, t := range n.Targets() {
		if err := d.q.Subscribe(ctx, t); err != nil && ctx.Err() == nil {
			d.log.Error("subscribe fixed target", "platform", n.Platform(), "chat_id", t.ChatID, "err", err)
		}
	}
	tick := time.NewTicker(d.opts.Interval)
	defer tick.Stop()
	for {
		p.deliverAll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-tick.C:
		}
	}
}

// platform is one notifier's delivery state: when each target may be
// tried again after a failure.
type platform struct {
	d        *Dispatcher
	n        Notifier
	notUntil map[string]time.Time
	failures map[string]int
}

func newPlatform(d *Dispatcher, n Notifier) *platform {
	return &platform{d: d, n: n, notUntil: map[string]time.Time{}, failures: map[string]int{}}
}

func (p *platform) deliverAll(ctx context.Context) {
	if p.d.opts.MaxAge > 0 {
		dropped, err := p.d.q.DropAlertsOlderThan(ctx, p.d.opts.Now().Add(-p.d.opts.MaxAge))
		if err != nil && ctx.Err() == nil {
			p.d.log.Error("drop old alerts", "err", err)
		} else if dropped > 0 {
			p.d.log.Warn("dropped undelivered alerts older than max age", "count", dropped, "max_age", p.d.opts.MaxAge)
		}
	}
	targets, err := p.d.q.Subscribers(ctx, p.n.Platform())
	if err != nil {
		if ctx.Err() == nil {
			p.d.log.Error("list subscribers", "platform", p.n.Platform(), "err", err)
		}
		return
	}
	for _, t := range targets {
		if ctx.Err() != nil {
			return
		}
		if p.d.opts.Now().Before(p.notUntil[t.String()]) {
			continue
		}
		p.deliverTarget(ctx, t)
	}
}

// deliverTarget sends the target's pending alerts in order and stops at
// the first failure, so alerts never overtake one another.
func (p *platform) deliverTarget(ctx context.Context, t Target) {
	for {
		pending, err := p.d.q.PendingAlerts(ctx, t, 50)
		if err != nil {
			if ctx.Err() == nil {
				p.d.log.Error("pending alerts", "target", t.String(), "err", err)
			}
			return
		}
		if len(pending) == 0 {
			return
		}
		for _, a := range pending {
			if !p.send(ctx, t, a) {
				return
			}
		}
	}
}

// send delivers one alert and reports whether to go on with the next.
func (p *platform) send(ctx context.Context, t Target, a claims.Alert) bool {
	err := p.n.Send(ctx, t, a)
	if p.d.opts.OnDelivery != nil && (err == nil || ctx.Err() == nil) {
		p.d.opts.OnDelivery(t.Platform, err)
	}
	log := p.d.log.With("platform", t.Platform, "chat_id", t.ChatID, "alert_id", a.ID)
	var retry *RetryAfterError
	switch {
	case err == nil:
		delete(p.failures, t.String())
		// The message is out: record it even if shutdown began meanwhile,
		// or the grace-period flush would send it again.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		err := p.d.q.MarkDelivered(rctx, a.ID, t)
		cancel()
		if err != nil {
			// Sent but not recorded: it may go out again after a restart,
			// the one repeat a crash can cause.
			log.Error("record delivery", "err", err)
			return false
		}
		log.Info("alert delivered")
		return true
	case ctx.Err() != nil:
		return false
	case errors.As(err, &retry):
		p.notUntil[t.String()] = p.d.opts.Now().Add(retry.After)
		log.Warn("rate limited", "retry_after", retry.After)
	case errors.Is(err, ErrGone):
		log.Warn("target gone: unsubscribing", "err", err)
		if err := p.d.q.Unsubscribe(ctx, t); err != nil {
			log.Error("unsubscribe", "err", err)
		}
		if r, ok := p.n.(GoneReporter); ok {
			r.TargetGone(ctx, t)
		}
	default:
		p.failures[t.String()]++
		wait := backoff(p.failures[t.String()])
		p.notUntil[t.String()] = p.d.opts.Now().Add(wait)
		log.Warn("delivery failed", "err", err, "retry_in", wait)
	}
	return false
}

// backoff doubles from 1s to 5m with ±20% jitter.
func backoff(failures int) time.Duration {
	d := time.Second << min(failures-1, 9)
	d = min(d, 5*time.Minute)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}
