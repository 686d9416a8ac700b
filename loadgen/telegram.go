package loadgen

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Telegram is a fake Telegram Bot API for the bench: getMe and
// sendMessage in the real wire format, so the real adapter and client
// library deliver to it. It records when each message arrived.
type Telegram struct {
	Token string

	mu       sync.Mutex
	messages []Message
	arrived  chan struct{}
}

// Message is one sendMessage the fake received.
type Message struct {
	Chat string
	Text string
	At   time.Time
}

// NewTelegram answers requests for the given bot token.
func NewTelegram(token string) *Telegram {
	return &Telegram{Token: token, arrived: make(chan struct{}, 1)}
}

// Endpoint is what bot.TelegramOptions.APIEndpoint takes for a fake served at base.
func Endpoint(base string) string { return base + "/bot%s/%s" }

func (t *Telegram) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, _ := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, _ := strings.Cut(rest, "/")
	if token != t.Token {
		reply(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	if err := r.ParseForm(); err != nil {
		reply(w, http.StatusBadRequest, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request"})
		return
	}
	switch method {
	case "getMe":
		reply(w, http.StatusOK, map[string]any{"ok": true, "result": map[string]any{
			"id": 777, "is_bot": true, "first_name": "Crosscheck", "username": "crosscheck_bench_bot"}})
	case "sendMessage":
		t.record(Message{Chat: r.PostForm.Get("chat_id"), Text: r.PostForm.Get("text"), At: time.Now()})
		reply(w, http.StatusOK, map[string]any{"ok": true, "result": map[string]any{
			"message_id": 1, "date": time.Now().Unix(), "text": r.PostForm.Get("text"),
			"chat": map[string]any{"id": -1001, "type": "channel", "username": strings.TrimPrefix(r.PostForm.Get("chat_id"), "@")}}})
	case "getUpdates":
		reply(w, http.StatusOK, map[string]any{"ok": true, "result": []any{}})
	default:
		reply(w, http.StatusNotFound, map[string]any{"ok": false, "error_code": 404, "description": "Not Found: method not found"})
	}
}

func (t *Telegram) record(m Message) {
	t.mu.Lock()
	t.messages = append(t.messages, m)
	t.mu.Unlock()
	select {
	case t.arrived <- struct{}{}:
	default:
	}
}

// Arrived is signalled after a message arrives.
func (t *Telegram) Arrived() <-chan struct{} { return t.arrived }

// FirstMention is when the first message containing s arrived.
func (t *Telegram) FirstMention(s string) (time.Time, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, m := range t.messages {
		if strings.Contains(m.Text, s) {
			return m.At, true
		}
	}
	return time.Time{}, false
}

func reply(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}
