package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/crosscheck-bot/crosscheck/claims"
)

func TestDiscordAlertEmbedReadsAsAConflict(t *testing.T) {
	e := discordAlertEmbed(discordTestAlert(), discordMaxTotal)
	if e.Title != "Conflicting figures: North Korean casualties in Kursk" {
		t.Errorf("title %q", e.Title)
	}
	if e.Color != discordColorConflict {
		t.Errorf("colour %#x, want red", e.Color)
	}
	if len(e.Fields) != 2 {
		t.Fatalf("want a field per side, got %d", len(e.Fields))
	}
	for _, want := range []string{"New: more than 3,000", "**Says:** Zelensky", "23 Dec 2024", "[Wire One @\u200beveryone](https://news.example/a?id=1)"} {
		if !strings.Contains(e.Fields[0].Name+"\n"+e.Fields[0].Value, want) {
			t.Errorf("new side lacks %q:\n%s\n%s", want, e.Fields[0].Name, e.Fields[0].Value)
		}
	}
	if !strings.Contains(e.Fields[1].Name, "Earlier: about 1,000") || !strings.Contains(e.Fields[1].Value, "21 Dec 2024") {
		t.Errorf("earlier side: %s / %s", e.Fields[1].Name, e.Fields[1].Value)
	}

	up := discordTestAlert()
	up.Kind = claims.NewFigure
	e = discordAlertEmbed(up, discordMaxTotal)
	if e.Color != discordColorNewFigure || !strings.HasPrefix(e.Title, "New figure: ") || !strings.Contains(e.Description, "up from about 1,000") {
		t.Errorf("new figure embed: %#x %q %q", e.Color, e.Title, e.Description)
	}
}

func TestDiscordEmbedsStayWithinLimits(t *testing.T) {
	long := strings.Repeat("Pyongyang's *troops* [link](javascript:x) ", 200)
	huge := discordTestAlert()
	huge.Claim.Quote = long
	huge.Claim.Source = long
	huge.Claim.Attribution = long
	huge.Claim.Location = long
	for i := 0; i < 40; i++ {
		old := huge.Claim
		old.Value = float64(i)
		huge.Against = append(huge.Against, old)
	}
	tests := map[string]Reply{
		"one huge alert":    {Alerts: []claims.Alert{huge}},
		"many huge alerts":  {Title: long, Lines: []string{long, long, long}, Alerts: []claims.Alert{huge, huge, huge, huge, huge, huge, huge, huge, huge, huge, huge, huge}},
		"only long lines":   {Title: "Latest", Lines: strings.Split(strings.Repeat(long+"\n", 20), "\n")},
		"nothing at all":    {},
		"broken utf-8 text": {Title: "\xff\xfe", Lines: []string{"\xc3"}},
	}
	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			embeds := discordReplyEmbeds(r)
			if len(embeds) == 0 || len(embeds) > discordMaxEmbeds {
				t.Fatalf("%d embeds", len(embeds))
			}
			checkDiscordEmbedLimits(t, embeds)
		})
	}
}

func checkDiscordEmbedLimits(t *testing.T, embeds []*discordgo.MessageEmbed) {
	t.Helper()
	total := 0
	for _, e := range embeds {
		total += discordEmbedSize(e)
		n := utf8.RuneCountInString
		if n(e.Title) > discordMaxTitle || n(e.Description) > discordMaxDescription || len(e.Fields) > discordMaxFields {
			t.Errorf("embed over a limit: title %d description %d fields %d", n(e.Title), n(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			if n(f.Name) > discordMaxFieldName || n(f.Value) > discordMaxFieldValue || f.Name == "" || f.Value == "" {
				t.Errorf("field over a limit or empty: name %d value %d", n(f.Name), n(f.Value))
			}
		}
		if strings.Contains(e.URL, "javascript:") {
			t.Errorf("unsafe embed URL %q", e.URL)
		}
	}
	if total > discordMaxTotal {
		t.Errorf("embeds total %d characters, limit %d", total, discordMaxTotal)
	}
}

func TestDiscordEscapeMakesFeedTextInert(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"mention":       {"@everyone look", "@\u200beveryone look"},
		"bold":          {"**big**", `\*\*big\*\*`},
		"masked link":   {"[click](https://evil.example)", `\[click\]\(https://evil.example\)`},
		"code and pipe": {"`x`||y||", "\\`x\\`\\|\\|y\\|\\|"},
		"heading":       {"# Title", `\# Title`},
		"backslash":     {`a\*b`, `a\\\*b`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := discordEscape(tc.in); got != tc.want {
				t.Errorf("discordEscape(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDiscordSafeURL(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"https":        {"https://news.example/a?id=1", "https://news.example/a?id=1"},
		"parentheses":  {"https://x.example/a_(b)", "https://x.example/a_%28b%29"},
		"javascript":   {"javascript:alert(1)", ""},
		"relative":     {"/news/1", ""},
		"no host":      {"http:///x", ""},
		"not a url":    {"http://[::1", ""},
		"spaces round": {"  https://x.example/  ", "https://x.example/"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := discordSafeURL(tc.in); got != tc.want {
				t.Errorf("discordSafeURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDiscordAPIPathRewrite(t *testing.T) {
	tests := map[string]struct {
		in   string
		want string
		ok   bool
	}{
		"versioned":         {"/api/v9/channels/1/messages", "channels/1/messages", true},
		"v10":               {"/api/v10/gateway", "gateway", true},
		"unversioned":       {"/api/gateway", "gateway", true},
		"not the api":       {"/assets/x.png", "", false},
		"word starting v":   {"/api/voice/regions", "voice/regions", true},
		"webhook @original": {"/api/v9/webhooks/1/tok/messages/@original", "webhooks/1/tok/messages/@original", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := discordAPIPath(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("discordAPIPath(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func FuzzDiscordAlertEmbed(f *testing.F) {
	f.Add("Zelensky @everyone", "More than 3,000 [x](y) **killed**", "https://a.example/(x)", "Wire", "Kursk", 3000.0, 10)
	f.Add("", "", "javascript:1", "", "", -1.5, 0)
	f.Add(strings.Repeat("\\", 300), strings.Repeat("é", 5000), "http://[::1", "\xff", "\n", 1e300, 50)
	f.Fuzz(func(t *testing.T, attribution, quote, link, source, location string, value float64, against int) {
		c := claims.Claim{
			Metric: claims.Killed, Subject: claims.NorthKorea, Location: location, Value: value, Qualifier: claims.About,
			Attribution: attribution, Quote: quote, ArticleURL: link, Source: source, Published: time.Unix(0, 0),
		}
		a := claims.Alert{Kind: claims.Conflict, Claim: c}
		for i := 0; i < against%60; i++ {
			a.Against = append(a.Against, c)
		}
		embeds := discordReplyEmbeds(Reply{Title: source, Lines: []string{quote}, Alerts: []claims.Alert{a, a}})
		checkDiscordEmbedLimits(t, embeds)
		for _, e := range embeds {
			for _, fl := range e.Fields {
				if strings.Contains(fl.Value, "@everyone") || strings.Contains(fl.Name, "@everyone") {
					t.Fatalf("raw mention in %q", fl.Value)
				}
			}
		}
	})
}

func BenchmarkDiscordAlertEmbed(b *testing.B) {
	a := discordTestAlert()
	for range 10 {
		a.Against = append(a.Against, a.Claim)
	}
	b.ReportAllocs()
	for b.Loop() {
		discordAlertEmbed(a, discordMaxTotal)
	}
}
