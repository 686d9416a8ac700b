package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeTelegram is a Telegram Bot API on 127.0.0.1 speaking the real wire
// format (form-encoded requests, {"ok":…,"result":…} answers) for the
// methods the adapter uses. The real tgbotapi client talks to it.
type fakeTelegram struct {
	t      *testing.T
	srv    *httptest.Server
	token  string
	botID  int64
	botTag string

	mu       sync.Mutex
	requests []fakeTelegramRequest
	updates  []map[string]any         // never dropped: served from the offset asked for
	failures map[string][]fakeFailure // per method, answered before the real thing
	refuse   map[string]fakeFailure   // per chat_id, every sendMessage to it
	queued   chan struct{}            // pinged when an update is queued
	msgID    int
}

type fakeTelegramRequest struct {
	Method string
	Form   url.Values
	At     time.Time
}

type fakeFailure struct {
	status int
	body   string
}

func newFakeTelegram(t *testing.T, token string) *fakeTelegram {
	t.Helper()
	f := &fakeTelegram{
		t: t, token: token, botID: 777, botTag: "crosscheck_bot",
		failures: map[string][]fakeFailure{},
		refuse:   map[string]fakeFailure{},
		queued:   make(chan struct{}, 1),
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is what TelegramOptions.APIEndpoint takes.
func (f *fakeTelegram) endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *fakeTelegram) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, _ := strings.Cut(rest, "/")
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.requests = append(f.requests, fakeTelegramRequest{Method: method, Form: r.PostForm, At: time.Now()})
	var fail *fakeFailure
	if q := f.failures[method]; len(q) > 0 {
		fail, f.failures[method] = &q[0], q[1:]
	} else if r, ok := f.refuse[r.PostForm.Get("chat_id")]; ok && method == "sendMessage" {
		fail = &r
	}
	f.mu.Unlock()
	switch {
	case !ok || token != f.token:
		fakeTelegramError(w, http.StatusUnauthorized, "Unauthorized", nil)
	case fail != nil:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(fail.status)
		fmt.Fprint(w, fail.body)
	case method == "getMe":
		fakeTelegramOK(w, map[string]any{"id": f.botID, "is_bot": true, "first_name": "Crosscheck", "username": f.botTag})
	case method == "getUpdates":
		f.getUpdates(w, r)
	case method == "sendMessage":
		f.sendMessage(w, r)
	default:
		fakeTelegramError(w, http.StatusNotFound, "Not Found: method not found", nil)
	}
}

func (f *fakeTelegram) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	timeout, _ := strconv.Atoi(r.PostForm.Get("timeout"))
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		if batch := f.updatesFrom(offset); len(batch) > 0 || timeout == 0 {
			fakeTelegramOK(w, batch)
			return
		}
		select {
		case <-f.queued:
		case <-deadline.C:
			fakeTelegramOK(w, []any{})
			return
		case <-r.Context().Done():
			return
		}
	}
}

func (f *fakeTelegram) updatesFrom(offset int) []map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []map[string]any
	for _, u := range f.updates {
		if u["update_id"].(int) >= offset {
			out = append(out, u)
		}
	}
	return out
}

// sendMessage refuses what the real API refuses: markup it cannot parse
// and text over the length limit, so every test that sends checks both.
func (f *fakeTelegram) sendMessage(w http.ResponseWriter, r *http.Request) {
	text := r.PostForm.Get("text")
	if r.PostForm.Get("parse_mode") == "HTML" {
		if err := telegramHTMLError(text); err != nil {
			fakeTelegramError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error(), nil)
			return
		}
	}
	if telegramLen(text) > telegramMaxLen {
		fakeTelegramError(w, http.StatusBadRequest, "Bad Request: message is too long", nil)
		return
	}
	if text == "" {
		fakeTelegramError(w, http.StatusBadRequest, "Bad Request: message text is empty", nil)
		return
	}
	f.mu.Lock()
	f.msgID++
	id := f.msgID
	f.mu.Unlock()
	chat, err := strconv.ParseInt(r.PostForm.Get("chat_id"), 10, 64)
	chatJSON := map[string]any{"id": chat, "type": "private"}
	if err != nil {
		chatJSON = map[string]any{"id": -1001, "type": "channel", "username": strings.TrimPrefix(r.PostForm.Get("chat_id"), "@")}
	}
	fakeTelegramOK(w, map[string]any{
		"message_id": id, "date": time.Now().Unix(), "chat": chatJSON, "text": text,
	})
}

// queueMessage queues a text message from a user in a chat.
func (f *fakeTelegram) queueMessage(chatID, userID int64, userName, text string) int {
	f.mu.Lock()
	id := 1000 + len(f.updates)
	f.updates = append(f.updates, map[string]any{
		"update_id": id,
		"message": map[string]any{
			"message_id": id, "date": time.Now().Unix(), "text": text,
			"chat": map[string]any{"id": chatID, "type": "private"},
			"from": map[string]any{"id": userID, "is_bot": false, "first_name": "Ann", "username": userName},
		},
	})
	f.mu.Unlock()
	select {
	case f.queued <- struct{}{}:
	default:
	}
	return id
}

// fail makes the next n calls of method answer status with body.
func (f *fakeTelegram) fail(method string, n, status int, body string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.failures[method] = append(f.failures[method], fakeFailure{status, body})
	}
}

// failAPI makes the next call of method answer like the real API does.
func (f *fakeTelegram) failAPI(method string, code int, description string, params map[string]any) {
	body := map[string]any{"ok": false, "error_code": code, "description": description}
	if params != nil {
		body["parameters"] = params
	}
	b, _ := json.Marshal(body)
	f.fail(method, 1, code, string(b))
}

// refuseChat makes every sendMessage to chat fail like the real API.
func (f *fakeTelegram) refuseChat(chat string, code int, description string) {
	b, _ := json.Marshal(map[string]any{"ok": false, "error_code": code, "description": description})
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refuse[chat] = fakeFailure{code, string(b)}
}

// sent lists the sendMessage requests so far.
func (f *fakeTelegram) sent() []fakeTelegramRequest {
	return f.calls("sendMessage")
}

func (f *fakeTelegram) calls(method string) []fakeTelegramRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeTelegramRequest
	for _, r := range f.requests {
		if r.Method == method {
			out = append(out, r)
		}
	}
	return out
}

// waitSent waits until n messages were sent, failing the test after a
// generous deadline (this is a liveness bound, not a speed assertion).
func (f *fakeTelegram) waitSent(n int) []fakeTelegramRequest {
	f.t.Helper()
	return f.waitCalls("sendMessage", n)
}

func (f *fakeTelegram) waitCalls(method string, n int) []fakeTelegramRequest {
	f.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if got := f.calls(method); len(got) >= n {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.t.Fatalf("waited for %d %s calls, got %d", n, method, len(f.calls(method)))
	return nil
}

func fakeTelegramOK(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func fakeTelegramError(w http.ResponseWriter, code int, description string, params map[string]any) {
	body := map[string]any{"ok": false, "error_code": code, "description": description}
	if params != nil {
		body["parameters"] = params
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

// telegramMemKV is an in-memory KV for tests that run before the store
// is merged; the integration tests use the real store.
type telegramMemKV struct {
	mu sync.Mutex
	m  map[string]string
}

func newTelegramMemKV() *telegramMemKV { return &telegramMemKV{m: map[string]string{}} }

func (k *telegramMemKV) GetValue(_ context.Context, key string) (string, bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	return v, ok, nil
}

func (k *telegramMemKV) SetValue(_ context.Context, key, value string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[key] = value
	return nil
}
