package reliability

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// outage decides how the fake answers sendMessage while Telegram is
// down: it returns a status and body, or "hang" to answer after the
// client gave up, or "drop" to cut the connection.
type outage struct {
	mu      sync.Mutex
	calls   int // sendMessage calls failing from the first
	until   time.Time
	answers func(call int) (status int, body string)
}

func (o *outage) failing() (int, string, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.calls > 0 {
		o.calls--
		status, body := o.answers(o.calls)
		return status, body, true
	}
	if time.Now().Before(o.until) {
		status, body := o.answers(0)
		return status, body, true
	}
	return 0, "", false
}

const outageToken = "13579:outage-TOKEN"

// Alerts raised while Telegram fails wait in the SQLite outbox and go
// out once each, oldest first, when it answers again: the real adapter,
// Dispatcher and store against a fake Bot API.
func TestTelegramOutagesDelayButKeepAlerts(t *testing.T) {
	serverError := func(int) (int, string) {
		return http.StatusInternalServerError, apiErrorBody(500, "Internal Server Error", 0)
	}
	tests := map[string]*outage{
		"5xx answers, JSON and a proxy's HTML": {calls: 4, answers: func(call int) (int, string) {
			if call%2 == 0 {
				return http.StatusBadGateway, "<html><body><h1>502 Bad Gateway</h1></body></html>"
			}
			return serverError(call)
		}},
		// retry_after past the adapter's own minute goes back to the
		// dispatcher; a short one the adapter waits out itself.
		"a 429 storm": {calls: 5, answers: func(call int) (int, string) {
			after := 120
			if call == 0 {
				after = 1
			}
			return http.StatusTooManyRequests, apiErrorBody(429, fmt.Sprintf("Too Many Requests: retry after %d", after), after)
		}},
		"timeouts":                           {calls: 2, answers: func(int) (int, string) { return -1, "hang" }},
		"gone for seconds, connections drop": {until: time.Now().Add(3 * time.Second), answers: func(int) (int, string) { return -1, "drop" }},
	}
	for name, o := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel() // each case waits on Telegram's one message a second
			if !o.until.IsZero() {
				o.mu.Lock()
				o.until = time.Now().Add(3 * time.Second)
				o.mu.Unlock()
			}
			deliverThroughOutage(t, o)
		})
	}
}

func deliverThroughOutage(t *testing.T, o *outage) {
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "cc.db"), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })

	fake := newFakeTelegram(t, outageToken)
	fake.setAnswer(func(method string) (int, string) {
		if method != "sendMessage" {
			return 0, ""
		}
		status, body, failing := o.failing()
		if !failing {
			return 0, ""
		}
		switch body {
		case "hang":
			time.Sleep(2500 * time.Millisecond) // past the client's 2 s
			return http.StatusGatewayTimeout, apiErrorBody(504, "Gateway Timeout", 0)
		case "drop":
			panic(http.ErrAbortHandler) // the connection is cut mid-request
		}
		return status, body
	})
	tg, err := bot.NewTelegram(ctx, bot.TelegramOptions{
		Token: outageToken, APIEndpoint: fake.endpoint(), Channel: crashChannel, Log: log, KV: st,
		PollTimeout: time.Second, Client: &http.Client{Timeout: 2 * time.Second},
	})
	if err != nil {
		t.Fatal(err)
	}
	clock := &jumpingClock{now: time.Now()}
	d := bot.NewDispatcher(st, log, bot.DispatcherOptions{Interval: 5 * time.Millisecond, Now: clock.Now}, tg)
	if err := d.Subscribe(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // subscription times are stored in microseconds
	const n = 4
	for i := range n - 1 {
		raiseConflict(t, st, i)
	}
	dctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { d.Run(dctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	// One raised in the middle of the outage queues behind the others.
	raiseConflict(t, st, n-1)
	d.Wake()

	got := fake.waitMessages(crashChannel, n, 30*time.Second)
	for deadline := time.Now().Add(10 * time.Second); outboxDepth(t, st) != 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("outbox holds %d after every alert was sent", outboxDepth(t, st))
		}
	}
	if got = fake.messages(crashChannel); len(got) != n {
		t.Fatalf("channel got %d messages, want %d, each alert once", len(got), n)
	}
	for i, text := range got {
		if want := fmt.Sprintf(`href="https://outage.example/%d"`, i); !strings.Contains(text, want) {
			t.Errorf("message %d lacks %s: out of order or wrong:\n%s", i, want, text)
		}
	}
	if calls := fake.callCount("sendMessage"); calls <= n {
		t.Errorf("%d sendMessage calls for %d alerts: the outage never happened", calls, n)
	}
}

// jumpingClock moves a minute on at every reading, so the dispatcher's
// backoffs and retry_after waits of minutes pass at once; the adapter's
// own waits (its rate limits, short retry_after) stay real.
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

// raiseConflict stores a report and a later one that conflicts with it,
// queueing one alert whose link is https://outage.example/<n>.
func raiseConflict(t *testing.T, st *store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	day := time.Date(2024, 12, 23, 12, 0, 0, 0, time.UTC)
	save := func(url string, value float64, against []claims.Claim) []claims.Alert {
		c := claims.Claim{Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk", Value: value,
			Qualifier: claims.About, Attribution: "officials", ArticleURL: url, Source: "Outlet", Published: day}
		r := pipeline.Record{
			Item:   feeds.Item{FeedURL: "https://feed.example/rss", GUID: url, URL: url, Canonical: url, Title: "Report", Source: "Outlet", Published: day},
			Status: pipeline.StatusNew, Fingerprint: uint64(value) * 7919, Claims: []claims.Claim{c},
		}
		if against != nil {
			r.Alerts = []claims.Alert{{Kind: claims.Conflict, Claim: c, Against: against, Raised: time.Now()}}
		}
		queued, err := st.Save(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		return queued
	}
	save(fmt.Sprintf("https://earlier.example/%d", n), float64(1000+n), nil)
	earlier, err := st.ClaimsAbout(ctx, claims.Casualties, claims.NorthKorea, day.Add(-time.Hour), day.Add(time.Hour), 100)
	if err != nil || len(earlier) == 0 {
		t.Fatalf("claims about: %v %v", earlier, err)
	}
	if queued := save(fmt.Sprintf("https://outage.example/%d", n), float64(5000+10*n), earlier[:1]); len(queued) != 1 {
		t.Fatalf("queued %d alerts, want 1", len(queued))
	}
}

func outboxDepth(t *testing.T, st *store.Store) int {
	t.Helper()
	n, err := st.OutboxDepth(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
