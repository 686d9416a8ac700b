package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeDiscord is a Discord on 127.0.0.1: the REST endpoints the adapter
// uses, recording what they get, and a gateway speaking the real protocol
// (HELLO, IDENTIFY, READY, heartbeats, dispatches).
type fakeDiscord struct {
	srv  *httptest.Server
	push chan []byte   // dispatches for the connected gateway client
	quit chan struct{} // closed at cleanup: ends gateway connections

	mu       sync.Mutex
	requests []fakeDiscordRequest
	identify map[string]any
	changed  chan struct{} // closed and replaced on every recorded event
	seq      int
	status   map[string]fakeDiscordAnswer // channel id → answer to a post there
	system   map[string]string            // guild id → system channel id
	refuse   string                       // when set, GET gateway answers 401 with this body
}

type fakeDiscordRequest struct {
	Method, Path, Auth string
	Body               []byte
}

// fakeDiscordAnswer is a canned error for posts to one channel; Times 0
// means every time.
type fakeDiscordAnswer struct {
	Code  int
	Body  string
	Times int
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{
		push:    make(chan []byte, 16),
		quit:    make(chan struct{}),
		changed: make(chan struct{}),
		status:  map[string]fakeDiscordAnswer{},
		system:  map[string]string{},
	}
	mux := http.NewServeMux()
	api := "/api/v10/"
	mux.HandleFunc("GET "+api+"gateway", f.gateway)
	mux.HandleFunc("GET "+api+"gateway/bot", f.gateway)
	mux.HandleFunc("PUT "+api+"applications/{app}/commands", f.echo)
	mux.HandleFunc("PUT "+api+"applications/{app}/guilds/{guild}/commands", f.echo)
	mux.HandleFunc("POST "+api+"interactions/{id}/{token}/callback", f.noContent)
	mux.HandleFunc("PATCH "+api+"webhooks/{app}/{token}/messages/{msg}", f.message)
	mux.HandleFunc("DELETE "+api+"webhooks/{app}/{token}/messages/{msg}", f.noContent)
	mux.HandleFunc("POST "+api+"webhooks/{app}/{token}", f.message)
	mux.HandleFunc("POST "+api+"channels/{channel}/messages", f.channelMessage)
	mux.HandleFunc("GET "+api+"guilds/{guild}", f.guild)
	mux.HandleFunc("/ws/", f.websocket)
	f.srv = httptest.NewServer(f.record(mux))
	t.Cleanup(func() {
		close(f.quit)
		f.srv.Close()
	})
	return f
}

// APIBase is what DiscordOptions.APIBase gets.
func (f *fakeDiscord) APIBase() string { return f.srv.URL + "/api/v10/" }

func (f *fakeDiscord) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if !strings.HasPrefix(r.URL.Path, "/ws/") {
			f.mu.Lock()
			f.requests = append(f.requests, fakeDiscordRequest{r.Method, r.URL.Path, r.Header.Get("Authorization"), body})
			f.notifyLocked()
			f.mu.Unlock()
		}
		next.ServeHTTP(w, r)
	})
}

func (f *fakeDiscord) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	refuse := f.refuse
	f.mu.Unlock()
	if refuse != "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, refuse)
		return
	}
	fakeDiscordJSON(w, http.StatusOK, map[string]any{
		"url": "ws://" + r.Host + "/ws", "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
	})
}

func (f *fakeDiscord) echo(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, r.Body)
}

func (f *fakeDiscord) noContent(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func (f *fakeDiscord) message(w http.ResponseWriter, r *http.Request) {
	fakeDiscordJSON(w, http.StatusOK, map[string]any{"id": "m1", "channel_id": "c1"})
}

func (f *fakeDiscord) channelMessage(w http.ResponseWriter, r *http.Request) {
	ch := r.PathValue("channel")
	f.mu.Lock()
	a, canned := f.status[ch]
	if canned && a.Times > 0 {
		if a.Times--; a.Times == 0 {
			delete(f.status, ch)
		} else {
			f.status[ch] = a
		}
	}
	f.mu.Unlock()
	if canned {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(a.Code)
		io.WriteString(w, a.Body)
		return
	}
	fakeDiscordJSON(w, http.StatusOK, map[string]any{"id": "m2", "channel_id": ch})
}

func (f *fakeDiscord) guild(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	sys := f.system[r.PathValue("guild")]
	f.mu.Unlock()
	fakeDiscordJSON(w, http.StatusOK, map[string]any{"id": r.PathValue("guild"), "name": "test server", "system_channel_id": sys})
}

func fakeDiscordJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// answerPosts makes posts to channel fail with code and body.
func (f *fakeDiscord) answerPosts(channel string, a fakeDiscordAnswer) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.status[channel] = a
}

// refuseGateway makes GET gateway answer 401, as for a bad token.
func (f *fakeDiscord) refuseGateway(body string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refuse = body
}

func (f *fakeDiscord) setSystemChannel(guild, channel string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.system[guild] = channel
}

// websocket is the gateway: HELLO, then IDENTIFY in, READY out, then ACKs
// for heartbeats and whatever the test pushes.
func (f *fakeDiscord) websocket(w http.ResponseWriter, r *http.Request) {
	conn, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	send := func(v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteJSON(v)
	}
	if send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 1000}}) != nil {
		return
	}
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if conn.ReadJSON(&ident) != nil || ident.Op != 2 {
		return
	}
	f.mu.Lock()
	f.identify = ident.D
	f.seq++
	seq := f.seq
	f.notifyLocked()
	f.mu.Unlock()
	ready := map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
		"v": 10, "session_id": "session-1",
		"user":        map[string]any{"id": "bot-1", "username": "crosscheck", "bot": true},
		"application": map[string]any{"id": "app-1", "flags": 0},
		"guilds":      []any{},
	}}
	if send(ready) != nil {
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var m struct {
				Op int `json:"op"`
			}
			if conn.ReadJSON(&m) != nil {
				return
			}
			if m.Op == 1 && send(map[string]any{"op": 11}) != nil {
				return
			}
		}
	}()
	for {
		select {
		case p := <-f.push:
			if send(json.RawMessage(p)) != nil {
				return
			}
		case <-done:
			return
		case <-f.quit:
			return
		}
	}
}

// interact pushes an INTERACTION_CREATE for a slash command.
func (f *fakeDiscord) interact(id string, perms int64, name string, options ...map[string]any) {
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	d := map[string]any{
		"id": id, "application_id": "app-1", "type": 2, "token": "itoken-" + id,
		"guild_id": "guild-1", "channel_id": "chan-here",
		"member": map[string]any{
			"user":        map[string]any{"id": "user-1", "username": "reader"},
			"permissions": fmt.Sprint(perms),
		},
		"data": map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": options},
	}
	p, _ := json.Marshal(map[string]any{"op": 0, "t": "INTERACTION_CREATE", "s": seq, "d": d})
	f.push <- p
}

// Requests returns what the fake got so far.
func (f *fakeDiscord) Requests() []fakeDiscordRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeDiscordRequest(nil), f.requests...)
}

func (f *fakeDiscord) Identify() map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.identify
}

// waitFor waits until ok holds for the recorded requests. The deadline is
// there so a broken adapter fails the test instead of hanging it; it is not
// a speed assertion.
func (f *fakeDiscord) waitFor(t *testing.T, what string, ok func([]fakeDiscordRequest) bool) []fakeDiscordRequest {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		f.mu.Lock()
		reqs := append([]fakeDiscordRequest(nil), f.requests...)
		changed := f.changed
		f.mu.Unlock()
		if ok(reqs) {
			return reqs
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("fake discord: gave up waiting for %s; got %s", what, fakeDiscordSummary(reqs))
		}
	}
}

func fakeDiscordSummary(reqs []fakeDiscordRequest) string {
	var parts []string
	for _, r := range reqs {
		parts = append(parts, r.Method+" "+r.Path)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// fakeDiscordFind returns the requests with this method whose path ends in suffix.
func fakeDiscordFind(reqs []fakeDiscordRequest, method, suffix string) []fakeDiscordRequest {
	var out []fakeDiscordRequest
	for _, r := range reqs {
		if r.Method == method && strings.HasSuffix(r.Path, suffix) {
			out = append(out, r)
		}
	}
	return out
}

// discordLogBuffer collects log output from several goroutines.
type discordLogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *discordLogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *discordLogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runFakeDiscord starts d.Run against f and waits until the commands are
// registered; cleanup stops it and checks it returned cleanly.
func runFakeDiscord(t *testing.T, f *fakeDiscord, d *Discord, h Handler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- d.Run(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	f.waitFor(t, "commands registered", func(r []fakeDiscordRequest) bool {
		return len(fakeDiscordFind(r, "PUT", "/commands")) > 0
	})
}
