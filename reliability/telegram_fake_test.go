package reliability

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeTelegram is a Telegram Bot API on 127.0.0.1 speaking the wire format
// the real one does (form-encoded requests to /bot<token>/<method>,
// {"ok":…,"result":…} answers) for getMe, getUpdates and sendMessage. The
// crosscheck child process talks to it as to api.telegram.org. It lives
// here, not in package bot, so that bot exports nothing for tests.
type fakeTelegram struct {
	t     *testing.T
	srv   *httptest.Server
	token string

	mu      sync.Mutex
	sent    []fakeSent
	updates []map[string]any
	queued  chan struct{}
	// answer, when set, decides a request before the real handling:
	// it returns a status and a body, or 0 to let it through.
	answer func(method string) (int, string)
	calls  map[string]int
	msgID  int
}

type fakeSent struct {
	Chat, Text, ParseMode string
}

func newFakeTelegram(t *testing.T, token string) *fakeTelegram {
	t.Helper()
	f := &fakeTelegram{t: t, token: token, queued: make(chan struct{}, 1), calls: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is the value of telegram.api_endpoint in the child's config.
func (f *fakeTelegram) endpoint() string { return f.srv.URL + "/bot%s/%s" }

// setAnswer replaces the failure rule; nil lets every call through.
func (f *fakeTelegram) setAnswer(a func(method string) (int, string)) {
	f.mu.Lock()
	f.answer = a
	f.mu.Unlock()
}

func (f *fakeTelegram) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, _ := strings.Cut(rest, "/")
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.calls[method]++
	answer := f.answer
	f.mu.Unlock()
	if answer != nil {
		if status, body := answer(method); status != 0 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			fmt.Fprint(w, body)
			return
		}
	}
	switch {
	case !ok || token != f.token:
		apiError(w, http.StatusUnauthorized, "Unauthorized")
	case method == "getMe":
		apiOK(w, map[string]any{"id": 777, "is_bot": true, "first_name": "Crosscheck", "username": "crosscheck_bot"})
	case method == "getUpdates":
		f.getUpdates(w, r)
	case method == "sendMessage":
		f.sendMessage(w, r)
	default:
		apiError(w, http.StatusNotFound, "Not Found: method not found")
	}
}

// getUpdates long-polls like the real one: it answers at once when
// updates at or after offset are queued, else after timeout seconds.
func (f *fakeTelegram) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	timeout, _ := strconv.Atoi(r.PostForm.Get("timeout"))
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		var batch []map[string]any
		for _, u := range f.updates {
			if u["update_id"].(int) >= offset {
				batch = append(batch, u)
			}
		}
		f.mu.Unlock()
		if len(batch) > 0 || timeout == 0 {
			apiOK(w, append([]map[string]any{}, batch...))
			return
		}
		select {
		case <-f.queued:
		case <-deadline.C:
			apiOK(w, []any{})
			return
		case <-r.Context().Done():
			return
		}
	}
}

// sendMessage refuses, as the real API does, HTML it cannot parse, so
// that an unescaped '<' or '&' from a feed fails the test that sends it.
func (f *fakeTelegram) sendMessage(w http.ResponseWriter, r *http.Request) {
	s := fakeSent{Chat: r.PostForm.Get("chat_id"), Text: r.PostForm.Get("text"), ParseMode: r.PostForm.Get("parse_mode")}
	if s.ParseMode == "HTML" {
		if err := checkTelegramHTML(s.Text); err != nil {
			apiError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error())
			return
		}
	}
	if s.Text == "" {
		apiError(w, http.StatusBadRequest, "Bad Request: message text is empty")
		return
	}
	f.mu.Lock()
	f.msgID++
	id := f.msgID
	f.sent = append(f.sent, s)
	f.mu.Unlock()
	chat := map[string]any{"id": -1001, "type": "channel", "username": strings.TrimPrefix(s.Chat, "@")}
	if n, err := strconv.ParseInt(s.Chat, 10, 64); err == nil {
		chat = map[string]any{"id": n, "type": "private"}
	}
	apiOK(w, map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": chat, "text": s.Text})
}

// queueCommand queues a text message from an admin in a private chat.
func (f *fakeTelegram) queueCommand(chat int64, text string) {
	f.mu.Lock()
	id := 1000 + len(f.updates)
	f.updates = append(f.updates, map[string]any{
		"update_id": id,
		"message": map[string]any{
			"message_id": id, "date": time.Now().Unix(), "text": text,
			"chat":     map[string]any{"id": chat, "type": "private"},
			"from":     map[string]any{"id": chat, "is_bot": false, "first_name": "Ann", "username": "ann"},
			"entities": []map[string]any{{"type": "bot_command", "offset": 0, "length": len(strings.Fields(text)[0])}},
		},
	})
	f.mu.Unlock()
	select {
	case f.queued <- struct{}{}:
	default:
	}
}

// messages lists the texts accepted for chat so far, in order.
func (f *fakeTelegram) messages(chat string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, s := range f.sent {
		if s.Chat == chat {
			out = append(out, s.Text)
		}
	}
	return out
}

func (f *fakeTelegram) callCount(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// waitMessages waits until chat got n messages (a liveness bound).
func (f *fakeTelegram) waitMessages(chat string, n int, d time.Duration) []string {
	f.t.Helper()
	deadline := time.Now().Add(d)
	for len(f.messages(chat)) < n {
		if time.Now().After(deadline) {
			f.t.Fatalf("%s got %d messages after %v, want %d", chat, len(f.messages(chat)), d, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return f.messages(chat)
}

func apiOK(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func apiError(w http.ResponseWriter, code int, description string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprint(w, apiErrorBody(code, description, 0))
}

// apiErrorBody is the real API's error answer; retryAfter > 0 adds the
// parameters a 429 carries.
func apiErrorBody(code int, description string, retryAfter int) string {
	body := map[string]any{"ok": false, "error_code": code, "description": description}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	b, _ := json.Marshal(body)
	return string(b)
}

var (
	telegramTag    = regexp.MustCompile(`^<(/?)([a-z]+)(\s[^<>]*)?>`)
	telegramEntity = regexp.MustCompile(`^&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);`)
	telegramTags   = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true, "s": true, "a": true, "code": true, "pre": true, "blockquote": true}
)

// checkTelegramHTML accepts what Telegram's HTML parse mode accepts: the
// supported tags, balanced, and only the named entities it knows; a bare
// '<' or '&' is an error, as it is for the real API.
func checkTelegramHTML(s string) error {
	var open []string
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			m := telegramTag.FindStringSubmatch(s[i:])
			if m == nil || !telegramTags[m[2]] {
				return fmt.Errorf("unsupported start tag at byte offset %d", i)
			}
			if m[1] == "/" {
				if len(open) == 0 || open[len(open)-1] != m[2] {
					return fmt.Errorf("unexpected end tag at byte offset %d", i)
				}
				open = open[:len(open)-1]
			} else {
				open = append(open, m[2])
			}
			i += len(m[0])
		case '&':
			m := telegramEntity.FindString(s[i:])
			if m == "" {
				return fmt.Errorf("unsupported entity at byte offset %d", i)
			}
			i += len(m)
		default:
			i++
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("can't find end tag corresponding to start tag %q", open[len(open)-1])
	}
	return nil
}
