package metrics_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/metrics"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestMetricsCountWhatTheBotDoes(t *testing.T) {
	reg := prometheus.NewRegistry()
	now := time.Date(2024, 12, 23, 12, 0, 0, 0, time.UTC)
	m, err := metrics.New(reg, metrics.Options{
		OutboxDepth: func(context.Context) (int, error) { return 7, nil },
		Now:         func() time.Time { return now },
	})
	if err != nil {
		t.Fatal(err)
	}
	good, bad := feeds.Feed{URL: "https://good.example/rss"}, feeds.Feed{URL: "https://bad.example/rss"}
	m.Polled(good, feeds.State{}, nil)
	m.Polled(bad, feeds.State{}, errors.New("fetch https://bad.example/rss: 503"))
	now = now.Add(90 * time.Second)
	m.Polled(good, feeds.State{}, nil)
	now = now.Add(10 * time.Second)
	twoClaims := []claims.Claim{{Metric: claims.Troops}, {Metric: claims.Killed}}
	m.Outcome(good, pipeline.Outcome{Record: pipeline.Record{Status: pipeline.StatusNew, Claims: twoClaims}, Alerts: make([]claims.Alert, 1)})
	m.Outcome(good, pipeline.Outcome{Record: pipeline.Record{Status: pipeline.StatusDuplicate}})
	m.Outcome(good, pipeline.Outcome{Record: pipeline.Record{Status: pipeline.StatusOffTopic}})
	m.Outcome(good, pipeline.Outcome{Seen: true}) // seen entries are not judged again
	m.Delivery("telegram", nil)
	m.Delivery("telegram", errors.New("502"))
	m.Delivery("discord", nil)

	srv := httptest.NewServer(metrics.Handler(reg, nil))
	defer srv.Close()
	code, body := get(t, srv.URL+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`crosscheck_feed_polls_total 3`,
		`crosscheck_fetch_errors_total{feed_url="https://bad.example/rss"} 1`,
		`crosscheck_items_total{status="new"} 1`,
		`crosscheck_items_total{status="duplicate"} 1`,
		`crosscheck_items_total{status="off_topic"} 1`,
		`crosscheck_claims_extracted_total 2`,
		`crosscheck_alerts_raised_total 1`,
		`crosscheck_alerts_delivered_total{platform="telegram"} 1`,
		`crosscheck_alerts_delivered_total{platform="discord"} 1`,
		`crosscheck_delivery_errors_total{platform="telegram"} 1`,
		`crosscheck_outbox_depth 7`,
		`crosscheck_poll_lag_seconds 100`, // the bad feed, polled 100 s ago
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(body, "go_goroutines") {
		t.Error("the default registry leaked in: only the registry passed in is served")
	}
}

func TestHealthz(t *testing.T) {
	tests := map[string]struct {
		health   func(context.Context) error
		wantCode int
		wantBody string
	}{
		"no check":             {nil, 200, "ok"},
		"database answers":     {func(context.Context) error { return nil }, 200, "ok"},
		"database unreachable": {func(context.Context) error { return errors.New("database is locked") }, 503, "database is locked"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(metrics.Handler(prometheus.NewRegistry(), tt.health))
			defer srv.Close()
			code, body := get(t, srv.URL+"/healthz")
			if code != tt.wantCode || !strings.Contains(body, tt.wantBody) {
				t.Errorf("/healthz = %d %q, want %d %q", code, body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

func TestServeStopsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	addr, err := metrics.Serve(ctx, "127.0.0.1:0", metrics.Handler(prometheus.NewRegistry(), nil), discard())
	if err != nil {
		t.Fatal(err)
	}
	if code, _ := get(t, "http://"+addr.String()+"/healthz"); code != 200 {
		t.Fatalf("/healthz: %d", code)
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get("http://" + addr.String() + "/healthz")
		if err != nil {
			return // closed
		}
		resp.Body.Close()
		if time.Now().After(deadline) {
			t.Fatal("still serving after its context ended")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestServeReportsABadAddress(t *testing.T) {
	_, err := metrics.Serve(context.Background(), "127.0.0.1:notaport", http.NotFoundHandler(), discard())
	if err == nil || !strings.Contains(err.Error(), "metrics listen 127.0.0.1:notaport") {
		t.Errorf("err = %v, want it to name the address", err)
	}
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
