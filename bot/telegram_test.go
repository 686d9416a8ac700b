package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

const telegramTestToken = "123456789:AAH-secret_TOKEN_value"

// newTelegramForTest connects a real adapter to f.
func newTelegramForTest(t *testing.T, f *fakeTelegram, o TelegramOptions) *Telegram {
	t.Helper()
	o.Token = telegramTestToken
	o.APIEndpoint = f.endpoint()
	if o.PollTimeout == 0 {
		o.PollTimeout = time.Second
	}
	tg, err := NewTelegram(context.Background(), o)
	if err != nil {
		t.Fatalf("NewTelegram: %v", err)
	}
	tg.backoff = telegramBackoff{min: 10 * time.Millisecond, max: 50 * time.Millisecond}
	return tg
}

func telegramTestAlert() claims.Alert {
	day := time.Date(2024, 12, 23, 9, 0, 0, 0, time.UTC)
	return claims.Alert{
		ID:   7,
		Kind: claims.Conflict,
		Claim: claims.Claim{
			Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk",
			Value: 3000, Qualifier: claims.MoreThan, Attribution: "Zelensky <b>said</b> & wrote",
			Quote:      `More than 3,000 North Korean soldiers were killed or wounded, <script>alert(1)</script> & more.`,
			ArticleURL: "https://news.example/a?x=1&y=2", Source: "Kyiv <b>Post</b> & Co", Published: day,
		},
		Against: []claims.Claim{{
			Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk",
			Value: 1100, Qualifier: claims.About, Attribution: "South Korea's NIS",
			Quote:      "About 1,100 casualties, the NIS told lawmakers.",
			ArticleURL: "https://other.example/b", Source: "Yonhap", Published: day.AddDate(0, 0, -4),
		}},
	}
}

func TestTelegramSendAlertReachesChannelEscaped(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{Channel: "@crosscheck_news"})
	targets := tg.Targets()
	if len(targets) != 1 || targets[0] != (Target{Platform: "telegram", ChatID: "@crosscheck_news"}) {
		t.Fatalf("Targets() = %v, want the channel", targets)
	}
	if err := tg.Send(context.Background(), targets[0], telegramTestAlert()); err != nil {
		t.Fatalf("Send: %v", err)
	}
	sent := f.sent()
	if len(sent) != 1 {
		t.Fatalf("sent %d messages, want 1", len(sent))
	}
	form := sent[0].Form
	text := form.Get("text")
	for key, want := range map[string]string{"chat_id": "@crosscheck_news", "parse_mode": "HTML", "disable_web_page_preview": "true"} {
		if got := form.Get(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	for _, want := range []string{
		"Conflicting figures: North Korean casualties in Kursk",
		"Zelensky &lt;b&gt;said&lt;/b&gt; &amp; wrote", "Kyiv &lt;b&gt;Post&lt;/b&gt; &amp; Co",
		"&lt;script&gt;", `href="https://news.example/a?x=1&amp;y=2"`, `href="https://other.example/b"`,
		"more than 3,000", "about 1,100", "23 Dec 2024", "19 Dec 2024", "South Korea&#39;s NIS",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sent text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "<script>") || strings.Contains(text, "<b>Post") {
		t.Errorf("feed markup reached the message unescaped:\n%s", text)
	}
	telegramCheckHTML(t, text)
}

func TestTelegramLinkPreviewsFollowOption(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{Channel: "@c", LinkPreviews: true})
	if err := tg.Send(context.Background(), tg.Targets()[0], telegramTestAlert()); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if got := f.sent()[0].Form.Get("disable_web_page_preview"); got != "" && got != "false" {
		t.Errorf("disable_web_page_preview = %q with LinkPreviews on", got)
	}
}

func TestTelegramLongQuoteStaysWithinLimit(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{})
	a := telegramTestAlert()
	a.Claim.Quote = strings.Repeat("Troops & <tanks> moved; ", 600)
	a.Against[0].Quote = strings.Repeat("é🙂&", 3000)
	if err := tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "-100123"}, a); err != nil {
		t.Fatalf("Send: %v", err)
	}
	text := f.sent()[0].Form.Get("text")
	if n := telegramLen(text); n > telegramMaxLen {
		t.Fatalf("message is %d long, over %d", n, telegramMaxLen)
	}
	telegramCheckHTML(t, text)
	for _, want := range []string{"more than 3,000", "about 1,100", "Troops &amp; &lt;tanks&gt;", "…”</i>"} {
		if !strings.Contains(text, want) {
			t.Errorf("shortened message lacks %q", want)
		}
	}
}

func TestTelegramHonoursRetryAfter(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{})
	f.failAPI("sendMessage", 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})
	if err := tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "42"}, telegramTestAlert()); err != nil {
		t.Fatalf("Send after one 429: %v", err)
	}
	sent := f.sent()
	if len(sent) != 2 {
		t.Fatalf("sendMessage called %d times, want 2 (429, then the retry)", len(sent))
	}
	// Loose: the retry must not come before retry_after has passed.
	if gap := sent[1].At.Sub(sent[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %s, before retry_after 1s", gap)
	}
}

func TestTelegramLongRetryAfterGoesBackToDispatcher(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{})
	f.failAPI("sendMessage", 429, "Too Many Requests: retry after 120", map[string]any{"retry_after": 120})
	err := tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "42"}, telegramTestAlert())
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.After != 120*time.Second {
		t.Fatalf("Send = %v, want *RetryAfterError of 2m0s", err)
	}
	if n := len(f.sent()); n != 1 {
		t.Errorf("sendMessage called %d times, want 1", n)
	}
}

func TestTelegramSendClassifiesRefusals(t *testing.T) {
	tests := map[string]struct {
		code        int
		description string
		gone        bool
	}{
		"blocked by the user": {403, "Forbidden: bot was blocked by the user", true},
		"kicked from a group": {403, "Forbidden: bot was kicked from the supergroup chat", true},
		"chat not found":      {400, "Bad Request: chat not found", true},
		"chat_id is empty":    {400, "Bad Request: chat_id is empty", true},
		"bad markup":          {400, "Bad Request: can't parse entities", false},
		"server error":        {500, "Internal Server Error", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			f := newFakeTelegram(t, telegramTestToken)
			tg := newTelegramForTest(t, f, TelegramOptions{})
			f.failAPI("sendMessage", tc.code, tc.description, nil)
			err := tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "42"}, telegramTestAlert())
			if err == nil {
				t.Fatal("Send succeeded, want an error")
			}
			if got := errors.Is(err, ErrGone); got != tc.gone {
				t.Errorf("errors.Is(%v, ErrGone) = %v, want %v", err, got, tc.gone)
			}
			var ra *RetryAfterError
			if errors.As(err, &ra) {
				t.Errorf("Send = %v, a refusal is not a rate limit", err)
			}
		})
	}
}

func TestTelegramFollowsSupergroupMigration(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	kv := newTelegramMemKV()
	tg := newTelegramForTest(t, f, TelegramOptions{KV: kv})
	f.failAPI("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat",
		map[string]any{"migrate_to_chat_id": int64(-1009876)})
	target := Target{Platform: "telegram", ChatID: "-55"}
	for range 2 {
		if err := tg.Send(context.Background(), target, telegramTestAlert()); err != nil {
			t.Fatalf("Send: %v", err)
		}
	}
	var chats []string
	for _, r := range f.sent() {
		chats = append(chats, r.Form.Get("chat_id"))
	}
	if want := "-55 -1009876 -1009876"; strings.Join(chats, " ") != want {
		t.Errorf("sent to chats %v, want %s", chats, want)
	}
}

func TestTelegramNotifyAdminsEscaped(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{Admins: []int64{11, 22}})
	if err := tg.NotifyAdmins(context.Background(), "config line 3: <bad> & broken"); err != nil {
		t.Fatalf("NotifyAdmins: %v", err)
	}
	sent := f.sent()
	if len(sent) != 2 {
		t.Fatalf("sent %d notices, want 2", len(sent))
	}
	for i, want := range []string{"11", "22"} {
		if got := sent[i].Form.Get("chat_id"); got != want {
			t.Errorf("notice %d went to %s, want %s", i, got, want)
		}
		if got := sent[i].Form.Get("text"); got != "config line 3: &lt;bad&gt; &amp; broken" {
			t.Errorf("notice text = %q", got)
		}
	}
}

// telegramRecorder is a Handler that records commands and answers each.
type telegramRecorder struct {
	mu   sync.Mutex
	cmds []Command
}

func (r *telegramRecorder) Handle(_ context.Context, c Command) Reply {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cmds = append(r.cmds, c)
	return Reply{Title: "Latest <reports>", Lines: []string{"1. Kyiv & Seoul disagree", "arg " + strings.Join(c.Args, ",")}}
}

func (r *telegramRecorder) commands() []Command {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Command(nil), r.cmds...)
}

// runTelegram runs tg.Run until the returned stop is called.
func runTelegram(t *testing.T, tg *Telegram, h Handler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- tg.Run(ctx, h) }()
	stop = func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	}
	t.Cleanup(func() {
		if ctx.Err() == nil {
			stop()
		}
	})
	return stop
}

func TestTelegramRunAnswersCommands(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{Admins: []int64{501}, KV: newTelegramMemKV()})
	rec := &telegramRecorder{}
	f.queueMessage(9001, 600, "reader", "/latest@other_bot 3") // another bot's
	f.queueMessage(9001, 600, "reader", "just chatting")       // not a command
	msgID := f.queueMessage(9001, 600, "reader", "/latest@CrossCheck_Bot 5")
	f.queueMessage(9002, 501, "boss", "/pause")
	stop := runTelegram(t, tg, rec)
	sent := f.waitSent(2)
	stop()

	cmds := rec.commands()
	want := []Command{
		{Name: "latest", Args: []string{"5"}, Target: Target{Platform: "telegram", ChatID: "9001"}, UserID: "600", UserName: "reader", Admin: false},
		{Name: "pause", Args: []string{}, Target: Target{Platform: "telegram", ChatID: "9002"}, UserID: "501", UserName: "boss", Admin: true},
	}
	if len(cmds) != len(want) {
		t.Fatalf("handled %d commands %+v, want %d", len(cmds), cmds, len(want))
	}
	for i := range want {
		got := cmds[i]
		if got.Name != want[i].Name || strings.Join(got.Args, " ") != strings.Join(want[i].Args, " ") ||
			got.Target != want[i].Target || got.UserID != want[i].UserID ||
			got.UserName != want[i].UserName || got.Admin != want[i].Admin {
			t.Errorf("command %d = %+v, want %+v", i, got, want[i])
		}
	}
	first := sent[0].Form
	if first.Get("chat_id") != "9001" || first.Get("reply_to_message_id") != strconv.Itoa(msgID) || first.Get("parse_mode") != "HTML" {
		t.Errorf("reply went as %v, want chat 9001 replying to %d in HTML", first, msgID)
	}
	if got, want := first.Get("text"), "<b>Latest &lt;reports&gt;</b>\n\n1. Kyiv &amp; Seoul disagree\narg 5"; got != want {
		t.Errorf("reply text = %q, want %q", got, want)
	}
}

func TestTelegramRestartDoesNotAnswerTwice(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	kv := newTelegramMemKV()
	rec := &telegramRecorder{}
	f.queueMessage(9001, 600, "reader", "/latest")
	stop := runTelegram(t, newTelegramForTest(t, f, TelegramOptions{KV: kv}), rec)
	f.waitSent(1)
	stop()

	// The fake still holds the old update, as Telegram would if the
	// confirming poll never came: only the stored offset skips it.
	f.queueMessage(9001, 600, "reader", "/help")
	stop = runTelegram(t, newTelegramForTest(t, f, TelegramOptions{KV: kv}), rec)
	f.waitSent(2)
	stop()
	var names []string
	for _, c := range rec.commands() {
		names = append(names, c.Name)
	}
	if strings.Join(names, " ") != "latest help" {
		t.Errorf("handled %v across the restart, want [latest help]", names)
	}
	if n := len(f.sent()); n != 2 {
		t.Errorf("sent %d replies, want 2", n)
	}
}

func TestTelegramTokenNeverLeaks(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f := newFakeTelegram(t, telegramTestToken)
	tg := newTelegramForTest(t, f, TelegramOptions{Log: log, KV: newTelegramMemKV()})
	var errs []error

	// A server error with a non-JSON body, then a server that is gone.
	f.fail("getUpdates", 3, http.StatusInternalServerError, "<html>502 Bad Gateway</html>")
	f.fail("sendMessage", 1, http.StatusInternalServerError, "<html>oops</html>")
	stop := runTelegram(t, tg, &telegramRecorder{})
	f.waitCalls("getUpdates", 4)
	stop()
	errs = append(errs, tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "1"}, telegramTestAlert()))
	f.srv.Close()
	errs = append(errs, tg.Send(context.Background(), Target{Platform: "telegram", ChatID: "1"}, telegramTestAlert()))
	stop = runTelegram(t, tg, &telegramRecorder{})
	time.Sleep(100 * time.Millisecond) // let a few polls fail against the closed server
	stop()
	_, err := NewTelegram(context.Background(), TelegramOptions{Token: telegramTestToken, APIEndpoint: f.endpoint(), Log: log})
	errs = append(errs, err)

	for i, err := range errs {
		if err == nil {
			t.Errorf("error %d is nil, want a failure", i)
			continue
		}
		if strings.Contains(err.Error(), "AAH-secret") {
			t.Errorf("error %d holds the token: %v", i, err)
		}
	}
	if !strings.Contains(logs.String(), "telegram poll failed") {
		t.Fatalf("no poll failure was logged; log:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "AAH-secret") {
		t.Errorf("log holds the token:\n%s", logs.String())
	}
}

func TestTelegramRejectsClientTimeoutShorterThanPoll(t *testing.T) {
	f := newFakeTelegram(t, telegramTestToken)
	_, err := NewTelegram(context.Background(), TelegramOptions{
		Token: telegramTestToken, APIEndpoint: f.endpoint(),
		PollTimeout: 30 * time.Second, Client: &http.Client{Timeout: 10 * time.Second},
	})
	if err == nil {
		t.Fatal("NewTelegram accepted a client that would time out every long poll")
	}
}
