package bot_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

func mustOpen(tb testing.TB) *store.Store {
	tb.Helper()
	st, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "bot.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

var day = time.Date(2024, 12, 23, 12, 0, 0, 0, time.UTC)

// raise stores two conflicting reports and returns the queued conflict.
func raise(tb testing.TB, st *store.Store, n int) claims.Alert {
	tb.Helper()
	ctx := context.Background()
	url := fmt.Sprintf("https://a.example/%d", n)
	before := claims.Claim{Metric: claims.Casualties, Subject: claims.NorthKorea, Value: float64(1000 + n), Qualifier: claims.About,
		Attribution: "South Korea's Joint Chiefs of Staff", ArticleURL: url + "/jcs", Source: "b", Published: day}
	mustSave(tb, st, pipeline.Record{Item: feeds.Item{FeedURL: "b", GUID: url + "/jcs", URL: url + "/jcs", Title: "JCS", Published: day},
		Status: pipeline.StatusNew, Claims: []claims.Claim{before}})
	earlier, err := st.ClaimsAbout(ctx, claims.Casualties, claims.NorthKorea, day.Add(-time.Hour), day.Add(time.Hour), 1)
	if err != nil || len(earlier) == 0 {
		tb.Fatalf("claims about: %v %v", earlier, err)
	}
	c := claims.Claim{Metric: claims.Casualties, Subject: claims.NorthKorea, Value: float64(3000 + n*10), Qualifier: claims.MoreThan,
		Attribution: "Zelensky <b>&</b>", ArticleURL: url, Source: "a", Published: day}
	alerts := mustSave(tb, st, pipeline.Record{Item: feeds.Item{FeedURL: "a", GUID: url, URL: url, Title: "Zelensky", Published: day},
		Status: pipeline.StatusNew, Claims: []claims.Claim{c},
		Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: c, Against: earlier[:1], Raised: time.Now()}}})
	if len(alerts) != 1 {
		tb.Fatalf("queued %d alerts, want 1", len(alerts))
	}
	return alerts[0]
}

func mustSave(tb testing.TB, st *store.Store, r pipeline.Record) []claims.Alert {
	tb.Helper()
	alerts, err := st.Save(context.Background(), r)
	if err != nil {
		tb.Fatal(err)
	}
	return alerts
}

// recorder is a platform that records what it was sent and fails as told.
type recorder struct {
	mu    sync.Mutex
	fixed []bot.Target
	sent  map[string][]int64
	fail  map[string]error // by target, consumed once
}

func newRecorder(fixed ...bot.Target) *recorder {
	return &recorder{fixed: fixed, sent: map[string][]int64{}, fail: map[string]error{}}
}

func (r *recorder) Platform() string      { return "test" }
func (r *recorder) Targets() []bot.Target { return r.fixed }
func (r *recorder) Send(_ context.Context, t bot.Target, a claims.Alert) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err, ok := r.fail[t.ChatID]; ok {
		delete(r.fail, t.ChatID)
		return err
	}
	r.sent[t.ChatID] = append(r.sent[t.ChatID], a.ID)
	return nil
}

func (r *recorder) got(chat string) []int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]int64(nil), r.sent[chat]...)
}

func TestDispatcherDeliversEachAlertOncePerTargetInOrder(t *testing.T) {
	st := mustOpen(t)
	ctx := context.Background()
	channel := bot.Target{Platform: "test", ChatID: "channel"}
	rec := newRecorder(channel)
	d := bot.NewDispatcher(st, slog.New(slog.DiscardHandler), bot.DispatcherOptions{}, rec)
	if err := d.Subscribe(ctx); err != nil {
		t.Fatal(err)
	}
	a1, a2 := raise(t, st, 1), raise(t, st, 2)
	d.Flush(ctx)
	d.Flush(ctx) // nothing is sent twice
	if got := rec.got("channel"); fmt.Sprint(got) != fmt.Sprint([]int64{a1.ID, a2.ID}) {
		t.Errorf("channel got %v, want [%d %d]", got, a1.ID, a2.ID)
	}

	// A chat that subscribes now gets what is raised from now on only.
	chat := bot.Target{Platform: "test", ChatID: "chat"}
	if err := st.Subscribe(ctx, chat); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // subscription times are stored in microseconds
	a3 := raise(t, st, 3)
	d.Flush(ctx)
	if got := rec.got("chat"); fmt.Sprint(got) != fmt.Sprint([]int64{a3.ID}) {
		t.Errorf("new subscriber got %v, want only [%d]", got, a3.ID)
	}
	if depth, _ := st.OutboxDepth(ctx); depth != 0 {
		t.Errorf("outbox depth %d after delivery, want 0", depth)
	}
}

func TestDispatcherFailures(t *testing.T) {
	tests := map[string]struct {
		err            error
		wantDelivered  int // to the failing chat after one flush
		wantSubscribed bool
	}{
		"a transient error keeps the alert for later": {err: fmt.Errorf("502 bad gateway"), wantDelivered: 0, wantSubscribed: true},
		"rate limited: wait, keep the alert":          {err: &bot.RetryAfterError{After: time.Hour}, wantDelivered: 0, wantSubscribed: true},
		"a gone chat is unsubscribed":                 {err: fmt.Errorf("403 blocked: %w", bot.ErrGone), wantDelivered: 0, wantSubscribed: false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			st := mustOpen(t)
			ctx := context.Background()
			flaky, steady := bot.Target{Platform: "test", ChatID: "flaky"}, bot.Target{Platform: "test", ChatID: "steady"}
			rec := newRecorder(flaky, steady)
			rec.fail["flaky"] = tt.err
			d := bot.NewDispatcher(st, slog.New(slog.DiscardHandler), bot.DispatcherOptions{}, rec)
			if err := d.Subscribe(ctx); err != nil {
				t.Fatal(err)
			}
			raise(t, st, 1)
			raise(t, st, 2)
			d.Flush(ctx)
			if got := len(rec.got("flaky")); got != tt.wantDelivered {
				t.Errorf("failing chat got %d alerts, want %d", got, tt.wantDelivered)
			}
			if got := len(rec.got("steady")); got != 2 {
				t.Errorf("the other chat got %d alerts, want 2: one failing chat must not stall the rest", got)
			}
			subs, err := st.Subscribers(ctx, "test")
			if err != nil {
				t.Fatal(err)
			}
			subscribed := false
			for _, s := range subs {
				subscribed = subscribed || s.ChatID == "flaky"
			}
			if subscribed != tt.wantSubscribed {
				t.Errorf("subscribed = %v, want %v", subscribed, tt.wantSubscribed)
			}
			pending, err := st.PendingAlerts(ctx, flaky, 10)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantSubscribed && len(pending) != 2 {
				t.Errorf("%d alerts still pending for the failing chat, want both, in order", len(pending))
			}
		})
	}
}

func TestDispatcherDropsAlertsOlderThanMaxAge(t *testing.T) {
	st := mustOpen(t)
	ctx := context.Background()
	rec := newRecorder(bot.Target{Platform: "test", ChatID: "channel"})
	d := bot.NewDispatcher(st, slog.New(slog.DiscardHandler), bot.DispatcherOptions{
		MaxAge: time.Hour,
		Now:    func() time.Time { return time.Now().Add(2 * time.Hour) },
	}, rec)
	if err := d.Subscribe(ctx); err != nil {
		t.Fatal(err)
	}
	raise(t, st, 1)
	d.Flush(ctx)
	if got := rec.got("channel"); len(got) != 0 {
		t.Errorf("delivered %v, want the stale alert dropped", got)
	}
}

// stopper is a platform whose first delivery coincides with shutdown: the
// message goes out and the context is cancelled before it is recorded.
type stopper struct {
	*recorder
	stop func()
}

func (s stopper) Send(ctx context.Context, t bot.Target, a claims.Alert) error {
	err := s.recorder.Send(ctx, t, a)
	s.stop()
	return err
}

// A delivery that succeeded is recorded even when shutdown began while it
// was in flight; otherwise the grace-period flush sends it a second time.
func TestDispatcherRecordsADeliveryThatRacedShutdown(t *testing.T) {
	st := mustOpen(t)
	channel := bot.Target{Platform: "test", ChatID: "channel"}
	ctx, cancel := context.WithCancel(context.Background())
	rec := stopper{recorder: newRecorder(channel), stop: cancel}
	d := bot.NewDispatcher(st, slog.New(slog.DiscardHandler), bot.DispatcherOptions{}, rec)
	if err := d.Subscribe(ctx); err != nil {
		t.Fatal(err)
	}
	a := raise(t, st, 1)
	d.Flush(ctx)                  // sends, and shutdown begins during the send
	d.Flush(context.Background()) // the grace-period flush
	if got := rec.got("channel"); fmt.Sprint(got) != fmt.Sprint([]int64{a.ID}) {
		t.Errorf("channel got %v, want [%d] once", got, a.ID)
	}
}
