package reliability

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("get %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// A feed that answers 410 is paused in the config file (and so stays
// paused after a restart), the other feeds go on, and /metrics counts it.
func TestGoneFeedIsPausedAndCounted(t *testing.T) {
	gone := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer gone.Close()
	urls := append(feedServer(t, 1, 0), gone.URL+"/feed.rss")
	addr := freeAddr(t)
	b := setup(t, urls, "metrics:\n  listen: "+addr+"\n")
	p := b.start(t, 0)
	p.waitLog(t, 30*time.Second, "feed gone (410): paused", 1)
	p.waitLog(t, 30*time.Second, "msg=polled", len(urls)-1)
	if cfg := readFile(t, b.config); !strings.Contains(cfg, "paused: true") {
		t.Errorf("config does not pause the gone feed:\n%s", cfg)
	}
	// Delivery follows the polls: give it until a deadline to show.
	deadline := time.Now().Add(10 * time.Second)
	m := scrape(t, "http://"+addr+"/metrics")
	for !(strings.Contains(m, "crosscheck_outbox_depth 0\n") && strings.Contains(m, "crosscheck_alerts_delivered_total")) &&
		time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		m = scrape(t, "http://"+addr+"/metrics")
	}
	for _, want := range []string{
		`crosscheck_fetch_errors_total{feed_url="` + gone.URL + `/feed.rss"} 1`,
		`crosscheck_items_total{status="new"}`,
		`crosscheck_alerts_delivered_total{platform="console"}`,
		`crosscheck_outbox_depth 0`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %q:\n%s", want, m)
		}
	}
	if h := scrape(t, "http://"+addr+"/healthz"); strings.TrimSpace(h) != "ok" {
		t.Errorf("/healthz = %q", h)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.wait(t, 5*time.Second); err != nil {
		t.Errorf("stop: %v", err)
	}
}

// The bot token never shows in anything the bot prints, even when the
// platform fails every call.
func TestTokenNeverPrinted(t *testing.T) {
	const token = "MTIzNDU2Nzg5.secret-token.Zm9vYmFyYmF6"
	var mu sync.Mutex
	sawToken := false
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		sawToken = sawToken || strings.Contains(r.Header.Get("Authorization"), token)
		mu.Unlock()
		http.Error(w, `{"message": "500: Internal Server Error", "code": 0}`, http.StatusInternalServerError)
	}))
	defer fake.Close()
	b := setup(t, feedServer(t, 1, 0), "discord:\n  api_base: "+fake.URL+"/api/v10/\n")
	b.env = append(b.env, "DISCORD_BOT_TOKEN="+token)
	p := b.start(t, 0)
	select {
	case <-p.done:
	case <-time.After(3 * time.Second):
		p.cmd.Process.Signal(syscall.SIGTERM)
		p.wait(t, 10*time.Second)
	}
	mu.Lock()
	defer mu.Unlock()
	if !sawToken {
		t.Fatal("the fake never saw the token: the test proves nothing")
	}
	out := readFile(t, p.stdout) + readFile(t, p.stderr)
	for _, part := range []string{token, "secret-token"} {
		if strings.Contains(out, part) {
			t.Errorf("output contains the token (%q):\n%s", part, out)
		}
	}
}
