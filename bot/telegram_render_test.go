package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// telegramCheckHTML fails t unless s is markup Telegram's HTML mode
// accepts as we use it: only <b>, <i> and <a href="…">, balanced, and
// only the entities html.EscapeString writes.
func telegramCheckHTML(t testing.TB, s string) {
	t.Helper()
	if err := telegramHTMLError(s); err != nil {
		t.Errorf("malformed message: %v\n%s", err, s)
	}
}

func telegramHTMLError(s string) error {
	var open []string
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			ok := false
			for _, e := range []string{"&amp;", "&lt;", "&gt;", "&#34;", "&#39;"} {
				ok = ok || strings.HasPrefix(s[i:], e)
			}
			if !ok {
				return fmt.Errorf("bare or unknown entity at %d: %.10q", i, s[i:])
			}
		case '>':
			return fmt.Errorf("bare > at %d", i)
		case '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				return fmt.Errorf("unclosed tag at %d", i)
			}
			tag := s[i+1 : i+end]
			switch {
			case tag == "b" || tag == "i":
				open = append(open, tag)
			case strings.HasPrefix(tag, `a href="`) && strings.HasSuffix(tag, `"`) && !strings.ContainsAny(tag[8:len(tag)-1], `"<`):
				open = append(open, "a")
			case tag == "/b" || tag == "/i" || tag == "/a":
				if len(open) == 0 || open[len(open)-1] != tag[1:] {
					return fmt.Errorf("</%s> at %d closes %v", tag[1:], i, open)
				}
				open = open[:len(open)-1]
			default:
				return fmt.Errorf("tag <%s> at %d", tag, i)
			}
			i += end
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("unclosed %v", open)
	}
	return nil
}

func TestTelegramAlertHTMLWithinLimit(t *testing.T) {
	huge := strings.Repeat("<&>\"' 🙂", 2000)
	tests := map[string]func(a *claims.Alert){
		"plain":             func(a *claims.Alert) {},
		"huge quotes":       func(a *claims.Alert) { a.Claim.Quote, a.Against[0].Quote = huge, huge },
		"huge attributions": func(a *claims.Alert) { a.Claim.Attribution, a.Claim.Source, a.Claim.Location = huge, huge, huge },
		"huge url":          func(a *claims.Alert) { a.Claim.ArticleURL = "https://x.example/" + strings.Repeat("a&b", 3000) },
		"many earlier claims": func(a *claims.Alert) {
			for range 40 {
				a.Against = append(a.Against, a.Against[0])
			}
		},
		"new figure": func(a *claims.Alert) { a.Kind = claims.NewFigure; a.Against[0].Quote = huge },
		"javascript link": func(a *claims.Alert) {
			a.Claim.ArticleURL = `javascript:alert("x")`
		},
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			a := telegramTestAlert()
			edit(&a)
			s := telegramAlertHTML(a)
			if n := telegramLen(s); n > telegramMaxLen {
				t.Fatalf("alert is %d long, over %d", n, telegramMaxLen)
			}
			telegramCheckHTML(t, s)
			if strings.Contains(s, "javascript:") && strings.Contains(s, "href=\"javascript") {
				t.Errorf("a javascript: address became a link")
			}
			if !strings.Contains(s, "3,000") {
				t.Errorf("the new value is missing:\n%s", s)
			}
		})
	}
}

func TestTelegramNewFigureNamesEarlierValue(t *testing.T) {
	a := telegramTestAlert()
	a.Kind = claims.NewFigure
	s := telegramAlertHTML(a)
	for _, want := range []string{"<b>New figure: North Korean casualties in Kursk</b>", "more than 3,000 killed or wounded, up from about 1,100 killed or wounded earlier.", "Earlier:"} {
		if !strings.Contains(s, want) {
			t.Errorf("new-figure alert lacks %q:\n%s", want, s)
		}
	}
}

func TestTelegramReplySplitsAtLines(t *testing.T) {
	var lines []string
	for i := range 600 {
		lines = append(lines, fmt.Sprintf("%03d. Kyiv & <Seoul> disagree about figures", i))
	}
	lines = append(lines, strings.Repeat("x&", 5000)) // one line longer than a message
	parts := telegramReplyHTML(Reply{Title: "Latest", Lines: lines, Alerts: []claims.Alert{telegramTestAlert()}})
	if len(parts) < 2 {
		t.Fatalf("got %d parts, want the reply split", len(parts))
	}
	for i, p := range parts {
		if n := telegramLen(p); n > telegramMaxLen {
			t.Errorf("part %d is %d long", i, n)
		}
		telegramCheckHTML(t, p)
	}
	all := strings.Join(parts, "\n")
	last := -1
	for i := range 600 {
		at := strings.Index(all, fmt.Sprintf("%03d. Kyiv &amp; &lt;Seoul&gt;", i))
		if at <= last {
			t.Fatalf("line %d missing or out of order", i)
		}
		last = at
	}
	if !strings.Contains(all, "Conflicting figures") {
		t.Error("the alert in the reply is missing")
	}
}

func TestTelegramParseCommand(t *testing.T) {
	tests := map[string]struct {
		text     string
		name     string
		args     []string
		accepted bool
	}{
		"bare":               {"/latest", "latest", nil, true},
		"with args":          {"/latest 5", "latest", []string{"5"}, true},
		"our @name":          {"/latest@crosscheck_bot 5", "latest", []string{"5"}, true},
		"our @name any case": {"/Figures@CrossCheck_BOT killed", "figures", []string{"killed"}, true},
		"another bot":        {"/latest@other_bot 5", "", nil, false},
		"extra spaces":       {"  /addfeed   https://x.example/rss  ", "addfeed", []string{"https://x.example/rss"}, true},
		"not a command":      {"latest 5", "", nil, false},
		"slash alone":        {"/", "", nil, false},
		"empty":              {"", "", nil, false},
		"only @":             {"/@crosscheck_bot", "", nil, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			c, ok := telegramParseCommand(tc.text, "crosscheck_bot")
			if ok != tc.accepted || c.Name != tc.name || strings.Join(c.Args, " ") != strings.Join(tc.args, " ") {
				t.Errorf("parse %q = %+v, %v; want %q %v, %v", tc.text, c, ok, tc.name, tc.args, tc.accepted)
			}
		})
	}
}

func TestTelegramRedact(t *testing.T) {
	tok := telegramTestToken
	tests := map[string]struct {
		err       error
		isContext bool
	}{
		"url error": {&url.Error{Op: "Post", URL: "http://127.0.0.1/bot" + tok + "/getMe", Err: context.Canceled}, true},
		"escaped":   {&url.Error{Op: "Post", URL: "http://h/bot" + url.PathEscape(tok) + "/x", Err: errors.New("eof")}, false},
		"wrapped":   {fmt.Errorf("poll http://h/bot%s/getUpdates: %w", tok, context.DeadlineExceeded), false},
		"plain":     {errors.New("Bad Request: chat not found"), false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := telegramRedact(tc.err, tok)
			if strings.Contains(got.Error(), "AAH-secret") {
				t.Errorf("redacted error still holds the token: %v", got)
			}
			if tc.isContext && !errors.Is(got, context.Canceled) {
				t.Errorf("redaction lost the cause: %v", got)
			}
		})
	}
	wrapped := telegramRedact(fmt.Errorf("x %s: %w", tok, context.DeadlineExceeded), tok)
	if !errors.Is(wrapped, context.DeadlineExceeded) {
		t.Errorf("redacted error no longer matches its sentinel")
	}
}

func TestTelegramLimiterSlots(t *testing.T) {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		sends []string // chat ids, all reserved at start; "-" prefix is a group
		last  time.Duration
	}{
		"one message goes at once":         {[]string{"1"}, 0},
		"same private chat waits a second": {[]string{"1", "1"}, time.Second},
		"other chats only space 1/30 s":    {[]string{"1", "2", "3"}, 2 * telegramGlobal},
		"21st group message waits a minute": {
			[]string{"-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1"},
			time.Minute,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			l := newTelegramLimiter(func() time.Time { return start })
			var at time.Time
			for _, chat := range tc.sends {
				at = l.reserve(chat, telegramIsGroup(chat))
			}
			if got := at.Sub(start); got != tc.last {
				t.Errorf("last slot at +%s, want +%s", got, tc.last)
			}
		})
	}
}

func TestTelegramLimiterWaitRespectsContext(t *testing.T) {
	l := newTelegramLimiter(time.Now)
	l.reserve("1", false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.wait(ctx, "1", false); !errors.Is(err, context.Canceled) {
		t.Errorf("wait with a cancelled context = %v, want context.Canceled", err)
	}
}

func FuzzTelegramAlertHTML(f *testing.F) {
	f.Add("Zelensky & <b>", "Kyiv Post", "https://x.example/a?b=1&c=2", "More than 3,000 <i>troops</i>", "Kursk")
	f.Add("", "", "javascript:alert(1)", strings.Repeat("🙂&", 3000), strings.Repeat("<", 5000))
	f.Fuzz(func(t *testing.T, who, source, link, quote, location string) {
		a := telegramTestAlert()
		a.Claim.Attribution, a.Claim.Source, a.Claim.ArticleURL, a.Claim.Quote, a.Claim.Location = who, source, link, quote, location
		a.Against[0].Quote = quote + quote
		s := telegramAlertHTML(a)
		if n := telegramLen(s); n > telegramMaxLen {
			t.Fatalf("alert is %d long", n)
		}
		if err := telegramHTMLError(s); err != nil {
			t.Fatalf("malformed: %v\n%s", err, s)
		}
	})
}

func FuzzTelegramParseCommand(f *testing.F) {
	for _, s := range []string{"/latest@crosscheck_bot 5", "/@", "/latest@other x", "hello", "/ /", "/x\u00a0y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, ok := telegramParseCommand(text, "crosscheck_bot")
		if !ok {
			return
		}
		if c.Name == "" || strings.ContainsAny(c.Name, " \t\n@") {
			t.Fatalf("parse %q gave name %q", text, c.Name)
		}
		for _, a := range c.Args {
			if a == "" {
				t.Fatalf("parse %q gave an empty arg", text)
			}
		}
	})
}

func BenchmarkTelegramAlertHTML(b *testing.B) {
	tests := map[string]func(a *claims.Alert){
		"typical":    func(a *claims.Alert) {},
		"long quote": func(a *claims.Alert) { a.Claim.Quote = strings.Repeat("Troops & <tanks> moved; ", 600) },
	}
	for name, edit := range tests {
		b.Run(name, func(b *testing.B) {
			a := telegramTestAlert()
			edit(&a)
			b.ReportAllocs()
			for b.Loop() {
				telegramAlertHTML(a)
			}
		})
	}
}

func TestTelegramClip(t *testing.T) {
	tests := map[string]struct {
		in   string
		max  int
		want string
	}{
		"fits":               {"a&b", 7, "a&b"},
		"cut before entity":  {"ab&cd", 6, "ab…"},
		"cut at exact fit":   {"abcdef", 6, "abcdef"},
		"one over":           {"abcdefg", 6, "abcde…"},
		"surrogate pair":     {"🙂🙂🙂", 5, "🙂🙂…"},
		"no room":            {"abc", 0, ""},
		"unlimited":          {"abc<", -1, "abc<"},
		"trailing space cut": {"ab   cdef", 6, "ab…"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := telegramClip(tc.in, tc.max)
			if got != tc.want {
				t.Errorf("telegramClip(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
			}
			if tc.max >= 0 && telegramLen(telegramEsc(got)) > tc.max {
				t.Errorf("clipped text escapes to %d, over %d", telegramLen(telegramEsc(got)), tc.max)
			}
		})
	}
}
