package reliability

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"
)

const secretToken = "246810:AAHsecretTelegramTOKENxyz"

// The Telegram token never shows in anything the bot prints or answers:
// not when getMe fails, not when every later call fails with 500s or
// finds the port closed, and not in an admin's /status.
func TestTelegramTokenNeverPrinted(t *testing.T) {
	tests := map[string]struct {
		endpoint func(t *testing.T, f *fakeTelegram) string
		fail     func(method string) (int, string) // nil: the fake works
		running  bool                              // the bot gets past getMe
	}{
		"getMe answers 500": {
			endpoint: func(t *testing.T, f *fakeTelegram) string { return f.endpoint() },
			fail:     func(string) (int, string) { return 500, apiErrorBody(500, "Internal Server Error", 0) },
		},
		"the API's port is closed": {
			endpoint: func(t *testing.T, f *fakeTelegram) string { return "http://" + freeAddr(t) + "/bot%s/%s" },
		},
		"sends answer 500, then the API goes away": {
			endpoint: func(t *testing.T, f *fakeTelegram) string { return f.endpoint() },
			running:  true,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			fake := newFakeTelegram(t, secretToken)
			fake.setAnswer(tt.fail)
			if tt.running {
				fake.queueCommand(4242, "/status")
			}
			cfg := "telegram:\n  channel: \"@leaky\"\n  admins: [4242]\n  api_endpoint: \"" + tt.endpoint(t, fake) + "\"\n"
			b := setup(t, feedServer(t, 1, 0), cfg)
			b.env = append(b.env, "TELEGRAM_BOT_TOKEN="+secretToken)
			p := b.start(t, 0)
			if tt.running {
				status := fake.waitMessages("4242", 1, 30*time.Second)[0]
				if strings.Contains(status, secretToken) || !strings.Contains(status, "Alerts waiting for delivery") {
					t.Errorf("/status answer holds the token or is not a status:\n%s", status)
				}
				fake.setAnswer(func(string) (int, string) { return 500, apiErrorBody(500, "Internal Server Error", 0) })
				p.waitLog(t, 30*time.Second, "msg=polled", 1)
				p.waitLog(t, 30*time.Second, "delivery failed", 1)
				fake.srv.CloseClientConnections()
				fake.srv.Close() // connections refused from now on
				p.waitLog(t, 30*time.Second, "delivery failed", 2)
				p.cmd.Process.Signal(syscall.SIGTERM)
				if err := p.wait(t, 10*time.Second); err != nil {
					t.Errorf("stop: %v", err)
				}
			} else if err := p.wait(t, 10*time.Second); err == nil {
				t.Errorf("crosscheck started without a working Telegram")
			}
			out := readFile(t, p.stdout) + readFile(t, p.stderr)
			if !strings.Contains(out, "telegram") {
				t.Fatalf("nothing about telegram in the output: the test proves nothing:\n%s", out)
			}
			for _, part := range []string{secretToken, "AAHsecretTelegramTOKENxyz"} {
				if strings.Contains(out, part) {
					t.Errorf("output contains the token (%q):\n%s", part, out)
				}
			}
		})
	}
}

// Markup in a feed's text reaches Telegram as text: the alert sent in
// HTML parse mode has it escaped (the fake refuses markup it cannot
// parse, as Telegram does), and @everyone is just words.
func TestFeedMarkupReachesTelegramAsText(t *testing.T) {
	const nasty = `&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt; @everyone` // HTML for the text <b>x</b> & <script> @everyone
	item := func(i int, value string) string {
		return `<item><guid>nasty-` + value + `</guid><link>https://nasty.example/` + value + `</link>
<title><![CDATA[` + nasty + ` report ` + value + `]]></title><pubDate>Mon, 2` + string(rune('0'+i)) + ` Dec 2024 10:00:00 GMT</pubDate>
<description><![CDATA[Ukrainian military intelligence said that about ` + value + ` North Korean troops had been deployed to the Kursk region ` + nasty + `.]]></description></item>`
	}
	feed := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nasty</title>` +
		item(1, "1,000") + item(2, "12,000") + `</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(feed)) }))
	defer srv.Close()

	fake := newFakeTelegram(t, crashToken)
	b := setup(t, []string{srv.URL + "/nasty.rss"}, telegramConfig(fake))
	b.env = append(b.env, "TELEGRAM_BOT_TOKEN="+crashToken)
	p := b.start(t, 0)
	msg := fake.waitMessages(crashChannel, 1, 30*time.Second)[0]
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.wait(t, 10*time.Second)
	for _, want := range []string{"&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt; @everyone", "12,000", "1,000"} {
		if !strings.Contains(msg, want) {
			t.Errorf("alert lacks %q:\n%s", want, msg)
		}
	}
	for _, bad := range []string{"<b>x</b>", "<script>"} {
		if strings.Contains(msg, bad) {
			t.Errorf("alert holds live markup %q:\n%s", bad, msg)
		}
	}
}
