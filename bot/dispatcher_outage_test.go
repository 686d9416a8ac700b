package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
)

// outage is a platform that fails its first sends as told, then recovers,
// recording what it delivered and every attempt's result.
type outage struct {
	mu        sync.Mutex
	failures  []error // one per send until exhausted
	delivered []int64
	attempts  map[string]int // "ok" or "error" → count, as OnDelivery saw them
}

func (o *outage) Platform() string { return "test" }
func (o *outage) Targets() []bot.Target {
	return []bot.Target{{Platform: "test", ChatID: "channel"}}
}

func (o *outage) Send(_ context.Context, _ bot.Target, a claims.Alert) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.failures) > 0 {
		err := o.failures[0]
		o.failures = o.failures[1:]
		return err
	}
	o.delivered = append(o.delivered, a.ID)
	return nil
}

func (o *outage) onDelivery(_ string, err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if err != nil {
		o.attempts["error"]++
	} else {
		o.attempts["ok"]++
	}
}

func (o *outage) got() []int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.delivered)
}

// jumpingClock moves a minute on at every reading, so that backoffs and
// Retry-After waits of minutes pass in milliseconds of test time.
type jumpingClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *jumpingClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Minute)
	return c.now
}

func repeat(err error, n int) []error {
	out := make([]error, n)
	for i := range out {
		out[i] = err
	}
	return out
}

func TestAlertsWaitOutAnOutageAndGoOutInOrder(t *testing.T) {
	tests := map[string][]error{
		"5xx answers":          repeat(errors.New("telegram: 502 Bad Gateway"), 6),
		"a 429 storm":          repeat(&bot.RetryAfterError{After: 3 * time.Minute}, 10),
		"timeouts":             repeat(fmt.Errorf("send: %w", os.ErrDeadlineExceeded), 6),
		"gone for minutes":     repeat(errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), 30),
		"all of them in a row": append(repeat(errors.New("503"), 3), append(repeat(&bot.RetryAfterError{After: time.Minute}, 3), repeat(os.ErrDeadlineExceeded, 3)...)...),
	}
	for name, failures := range tests {
		t.Run(name, func(t *testing.T) {
			st := mustOpen(t)
			p := &outage{failures: slices.Clone(failures), attempts: map[string]int{}}
			clock := &jumpingClock{now: time.Now()}
			d := bot.NewDispatcher(st, slog.New(slog.DiscardHandler), bot.DispatcherOptions{
				Interval: time.Millisecond, Now: clock.Now, OnDelivery: p.onDelivery,
			}, p)
			if err := d.Subscribe(context.Background()); err != nil {
				t.Fatal(err)
			}
			time.Sleep(2 * time.Millisecond) // subscription times are stored in microseconds
			var want []int64
			for i := range 5 {
				want = append(want, raise(t, st, i).ID)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { d.Run(ctx); close(done) }()
			// A new alert raised in the middle of the outage queues behind the others.
			want = append(want, raise(t, st, 99).ID)
			d.Wake()
			deadline := time.After(20 * time.Second)
			// Sent is not yet recorded: wait for the outbox to empty too.
			for len(p.got()) < len(want) || depth(st) != 0 {
				select {
				case <-deadline:
					t.Fatalf("delivered %v, want %v", p.got(), want)
				case <-time.After(2 * time.Millisecond):
				}
			}
			cancel()
			<-done
			if got := p.got(); !slices.Equal(got, want) {
				t.Errorf("delivered %v, want %v: each once, oldest first", got, want)
			}
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.attempts["ok"] != len(want) || p.attempts["error"] != len(failures) {
				t.Errorf("OnDelivery saw %v, want %d ok and %d errors", p.attempts, len(want), len(failures))
			}
		})
	}
}

func TestOutboxIsBoundedByMaxAge(t *testing.T) {
	st := mustOpen(t)
	ctx := context.Background()
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(&logs, nil))
	p := &outage{failures: repeat(errors.New("502"), 100), attempts: map[string]int{}}
	d := bot.NewDispatcher(st, log, bot.DispatcherOptions{
		MaxAge: time.Hour,
		Now:    func() time.Time { return time.Now().Add(90 * time.Minute) },
	}, p)
	if err := d.Subscribe(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		raise(t, st, i)
	}
	d.Flush(ctx)
	if depth, _ := st.OutboxDepth(ctx); depth != 0 {
		t.Errorf("outbox depth %d, want the stale alerts dropped", depth)
	}
	if !strings.Contains(logs.String(), "dropped undelivered alerts older than max age") || !strings.Contains(logs.String(), "count=3") {
		t.Errorf("want one line telling how many alerts were dropped, got:\n%s", logs.String())
	}
}

func depth(st interface {
	OutboxDepth(context.Context) (int, error)
}) int {
	n, err := st.OutboxDepth(context.Background())
	if err != nil {
		return -1
	}
	return n
}
