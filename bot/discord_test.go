package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

const discordTestToken = "MTIz.secret-token-value.XYZ"

func newTestDiscord(t *testing.T, f *fakeDiscord, o DiscordOptions) (*Discord, *discordLogBuffer) {
	t.Helper()
	logs := &discordLogBuffer{}
	o.Token = discordTestToken
	o.APIBase = f.APIBase()
	o.Log = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d, err := NewDiscord(o)
	if err != nil {
		t.Fatalf("NewDiscord: %v", err)
	}
	return d, logs
}

// discordTestAlert is the conflict the tests send: a feed whose strings
// try to ping everyone.
func discordTestAlert() claims.Alert {
	day := time.Date(2024, 12, 23, 9, 0, 0, 0, time.UTC)
	return claims.Alert{
		ID: 7, Kind: claims.Conflict, Raised: day,
		Claim: claims.Claim{
			Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk",
			Value: 3000, Qualifier: claims.MoreThan, Attribution: "Zelensky",
			Quote:      "More than 3,000 North Korean soldiers were killed or wounded @everyone",
			ArticleURL: "https://news.example/a?id=1", Source: "Wire One @everyone", Published: day,
		},
		Against: []claims.Claim{{
			Metric: claims.Casualties, Subject: claims.NorthKorea, Location: "Kursk",
			Value: 1000, Qualifier: claims.About, Attribution: "South Korea's spy agency",
			ArticleURL: "https://other.example/b", Source: "Daily", Published: day.AddDate(0, 0, -2),
		}},
	}
}

func TestDiscordRegistersCommandsOnStart(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		guilds []string
		paths  []string
	}{
		"globally without guilds": {nil, []string{"/api/v10/applications/app-1/commands"}},
		"in each configured guild": {[]string{"g1", "g2"}, []string{
			"/api/v10/applications/app-1/guilds/g1/commands",
			"/api/v10/applications/app-1/guilds/g2/commands",
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f := newFakeDiscord(t)
			d, _ := newTestDiscord(t, f, DiscordOptions{Guilds: tc.guilds})
			runFakeDiscord(t, f, d, HandlerFunc(func(context.Context, Command) Reply { return Reply{} }))
			reqs := f.waitFor(t, "every registration", func(r []fakeDiscordRequest) bool {
				return len(fakeDiscordFind(r, "PUT", "/commands")) == len(tc.paths)
			})
			puts := fakeDiscordFind(reqs, "PUT", "/commands")
			for i, want := range tc.paths {
				if puts[i].Path != want {
					t.Errorf("registration %d went to %s, want %s", i, puts[i].Path, want)
				}
				if puts[i].Auth != "Bot "+discordTestToken {
					t.Errorf("registration %d authorised with %q", i, puts[i].Auth)
				}
				checkDiscordCommandSet(t, puts[i].Body)
			}
			if got := f.Identify()["intents"]; got != float64(1) {
				t.Errorf("identify intents = %v, want 1 (guilds only)", got)
			}
		})
	}
}

func checkDiscordCommandSet(t *testing.T, body []byte) {
	t.Helper()
	var cmds []struct {
		Name        string `json:"name"`
		Permissions string `json:"default_member_permissions"`
		Options     []struct {
			Name string `json:"name"`
			Type int    `json:"type"`
		} `json:"options"`
	}
	if err := json.Unmarshal(body, &cmds); err != nil {
		t.Fatalf("command body: %v", err)
	}
	byName := map[string]int{}
	for i, c := range cmds {
		byName[c.Name] = i
	}
	for _, want := range []string{"latest", "figures", "conflicts", "subscribe", "unsubscribe", "status", "help", "feed"} {
		if _, ok := byName[want]; !ok {
			t.Errorf("command /%s not registered", want)
		}
	}
	feed := cmds[byName["feed"]]
	if feed.Permissions != "32" {
		t.Errorf("/feed default_member_permissions = %q, want \"32\" (Manage Server)", feed.Permissions)
	}
	var subs []string
	for _, o := range feed.Options {
		if o.Type == 1 {
			subs = append(subs, o.Name)
		}
	}
	if want := []string{"add", "remove", "list", "pause", "resume"}; !slices.Equal(subs, want) {
		t.Errorf("/feed subcommands = %v, want %v", subs, want)
	}
}

// discordRecorder is a Handler that remembers the commands it got.
type discordRecorder struct {
	mu    sync.Mutex
	got   []Command
	reply func(Command) Reply
}

func (r *discordRecorder) Handle(_ context.Context, c Command) Reply {
	r.mu.Lock()
	r.got = append(r.got, c)
	r.mu.Unlock()
	return r.reply(c)
}

func (r *discordRecorder) commands() []Command {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

func TestDiscordInteractions(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	d, logs := newTestDiscord(t, f, DiscordOptions{})
	subs := map[string]Target{}
	h := &discordRecorder{reply: func(c Command) Reply {
		switch c.Name {
		case "latest":
			return Reply{Title: "Latest articles", Lines: []string{"Troops in Kursk @everyone"}, Alerts: []claims.Alert{discordTestAlert()}}
		case "feed":
			if !c.Admin {
				return Reply{Title: "Not allowed", Lines: []string{"Only admins can change feeds."}, Ephemeral: true}
			}
			return Reply{Title: "Feed added", Ephemeral: true}
		case "subscribe":
			subs[c.Target.ChatID] = c.Target
			return Reply{Title: "Subscribed"}
		case "figures":
			return Reply{Title: "Could not read the store", Ephemeral: true}
		case "conflicts":
			panic("handler bug")
		}
		return Reply{Title: "?"}
	}}
	runFakeDiscord(t, f, d, h)

	tests := []struct {
		name      string
		perms     int64
		command   string
		options   []map[string]any
		want      Command
		deferred  int // callback flags: 64 is ephemeral
		ephemeral bool
		title     string
	}{
		{
			name: "latest is deferred then edited with an embed", command: "latest",
			options: []map[string]any{{"name": "n", "type": 4, "value": 3}},
			want:    Command{Name: "latest", Args: []string{"3"}}, title: "Latest articles",
		},
		{
			name: "subscribe targets the chosen channel", command: "subscribe",
			options: []map[string]any{{"name": "channel", "type": 7, "value": "chan-news"}},
			want:    Command{Name: "subscribe", Target: Target{ChatID: "chan-news"}}, title: "Subscribed",
		},
		{
			name: "feed add by a member without Manage Server is refused privately", command: "feed", perms: 0x400,
			options: []map[string]any{{"name": "add", "type": 1, "options": []map[string]any{
				{"name": "name", "type": 3, "value": "wire"}, {"name": "url", "type": 3, "value": "https://wire.example/rss"},
			}}},
			want: Command{Name: "feed", Args: []string{"add", "https://wire.example/rss", "wire"}}, deferred: 64, ephemeral: true, title: "Not allowed",
		},
		{
			name: "feed add by a server manager is an admin command", command: "feed", perms: 0x20 | 0x400,
			options: []map[string]any{{"name": "add", "type": 1, "options": []map[string]any{
				{"name": "url", "type": 3, "value": "https://wire.example/rss"},
			}}},
			want: Command{Name: "feed", Args: []string{"add", "https://wire.example/rss"}, Admin: true}, deferred: 64, ephemeral: true, title: "Feed added",
		},
		{
			name: "an error reply reaches the user ephemerally", command: "figures",
			options: []map[string]any{{"name": "metric", "type": 3, "value": "killed"}},
			want:    Command{Name: "figures", Args: []string{"killed"}}, ephemeral: true, title: "Could not read the store",
		},
		{
			name: "a panic reaches the user ephemerally", command: "conflicts",
			want: Command{Name: "conflicts"}, ephemeral: true, title: "Something went wrong",
		},
	}
	for n, tc := range tests {
		id := string(rune('a' + n))
		f.interact(id, tc.perms, tc.command, tc.options...)
		token := "itoken-" + id
		var answer fakeDiscordRequest
		reqs := f.waitFor(t, tc.name, func(r []fakeDiscordRequest) bool {
			for _, q := range r {
				edited := q.Method == "PATCH" && strings.Contains(q.Path, token+"/messages/@original")
				followed := q.Method == "POST" && strings.HasSuffix(q.Path, "/webhooks/app-1/"+token)
				if edited || followed {
					answer = q
					return true
				}
			}
			return false
		})
		t.Run(tc.name, func(t *testing.T) {
			got := h.commands()[n]
			want := tc.want
			want.Target = Target{Platform: "discord", ChatID: discordOr(want.Target.ChatID, "chan-here"), GuildID: "guild-1"}
			want.UserID, want.UserName = "user-1", "reader"
			if !discordSameCommand(got, want) {
				t.Errorf("handler got %+v\nwant %+v", got, want)
			}
			cb := fakeDiscordFind(reqs, "POST", "/interactions/"+id+"/"+token+"/callback")
			if len(cb) != 1 {
				t.Fatalf("want one callback, got %s", fakeDiscordSummary(reqs))
			}
			var deferral struct {
				Type int `json:"type"`
				Data struct {
					Flags int `json:"flags"`
				} `json:"data"`
			}
			json.Unmarshal(cb[0].Body, &deferral)
			if deferral.Type != 5 || deferral.Data.Flags != tc.deferred {
				t.Errorf("callback type %d flags %d, want type 5 (deferred) flags %d", deferral.Type, deferral.Data.Flags, tc.deferred)
			}
			var msg struct {
				Flags  int `json:"flags"`
				Embeds []struct {
					Title string `json:"title"`
				} `json:"embeds"`
			}
			json.Unmarshal(answer.Body, &msg)
			if len(msg.Embeds) == 0 || msg.Embeds[0].Title != tc.title {
				t.Errorf("answer embeds %s, want first titled %q", answer.Body, tc.title)
			}
			privateFollowUp := answer.Method == "POST" && msg.Flags == 64
			if tc.ephemeral && tc.deferred == 0 && !privateFollowUp {
				t.Errorf("ephemeral reply sent as %s %s flags %d, want an ephemeral follow-up", answer.Method, answer.Path, msg.Flags)
			}
			if !tc.ephemeral && answer.Method != "PATCH" {
				t.Errorf("public reply sent as %s, want an edit of the deferred response", answer.Method)
			}
		})
	}
	if _, ok := subs["chan-news"]; !ok {
		t.Fatalf("subscribe did not reach the handler for chan-news: %v", subs)
	}
	t.Run("an alert reaches the subscribed channel", func(t *testing.T) {
		if err := d.Send(context.Background(), subs["chan-news"], discordTestAlert()); err != nil {
			t.Fatalf("Send: %v", err)
		}
		posts := fakeDiscordFind(f.Requests(), "POST", "/channels/chan-news/messages")
		if len(posts) != 1 || !strings.Contains(string(posts[0].Body), "Conflicting figures: North Korean casualties in Kursk") {
			t.Errorf("posts to chan-news: %d %s", len(posts), fakeDiscordBodies(posts))
		}
	})
	t.Run("nothing the bot sends can ping", func(t *testing.T) {
		checkDiscordNoMentions(t, f.Requests())
	})
	t.Run("the token is in no log line", func(t *testing.T) {
		if strings.Contains(logs.String(), "secret-token") {
			t.Errorf("token in logs:\n%s", logs.String())
		}
	})
}

func discordSameCommand(a, b Command) bool {
	return a.Name == b.Name && slices.Equal(a.Args, b.Args) && a.Target == b.Target &&
		a.UserID == b.UserID && a.UserName == b.UserName && a.Admin == b.Admin
}

func fakeDiscordBodies(reqs []fakeDiscordRequest) string {
	var b strings.Builder
	for _, r := range reqs {
		b.WriteString(r.Method + " " + r.Path + " " + string(r.Body) + "\n")
	}
	return b.String()
}

// checkDiscordNoMentions checks every message body the fake got: each sets
// allowed_mentions.parse to [], and no raw @everyone survives.
func checkDiscordNoMentions(t *testing.T, reqs []fakeDiscordRequest) {
	t.Helper()
	checked := 0
	for _, r := range reqs {
		if r.Method == "PUT" || r.Method == "GET" || r.Method == "DELETE" {
			continue
		}
		var body struct {
			Data            json.RawMessage `json:"data"`
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Errorf("%s %s: %v", r.Method, r.Path, err)
			continue
		}
		if len(body.Data) > 0 { // an interaction callback wraps the message in data
			json.Unmarshal(body.Data, &body)
		}
		if body.AllowedMentions == nil || body.AllowedMentions.Parse == nil || len(body.AllowedMentions.Parse) != 0 {
			t.Errorf("%s %s: allowed_mentions not {parse: []}: %s", r.Method, r.Path, r.Body)
		}
		if strings.Contains(string(r.Body), "@everyone") {
			t.Errorf("%s %s: raw @everyone in %s", r.Method, r.Path, r.Body)
		}
		checked++
	}
	if checked == 0 {
		t.Error("no messages to check")
	}
}

func TestDiscordSendMapsChannelAnswers(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		answer    fakeDiscordAnswer
		gone      bool
		retry     time.Duration // want a *RetryAfterError this long; 0 none
		ok        bool
		wantPosts int
	}{
		"delivered": {ok: true, wantPosts: 1},
		"403 missing access is gone": {answer: fakeDiscordAnswer{Code: 403, Body: `{"message":"Missing Access","code":50001}`},
			gone: true, wantPosts: 1},
		"404 unknown channel is gone": {answer: fakeDiscordAnswer{Code: 404, Body: `{"message":"Unknown Channel","code":10003}`},
			gone: true, wantPosts: 1},
		"500 is retried later, not gone": {answer: fakeDiscordAnswer{Code: 500, Body: `{"message":"oops","code":0}`}, wantPosts: 1},
		"a long 429 goes back to the dispatcher": {answer: fakeDiscordAnswer{Code: 429, Body: `{"message":"You are being rate limited.","retry_after":30,"global":false}`},
			retry: 30 * time.Second, wantPosts: 1},
		"a short 429 is waited out": {answer: fakeDiscordAnswer{Code: 429, Body: `{"message":"You are being rate limited.","retry_after":0.01,"global":false}`, Times: 1},
			ok: true, wantPosts: 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f := newFakeDiscord(t)
			d, logs := newTestDiscord(t, f, DiscordOptions{})
			if tc.answer.Code != 0 {
				f.answerPosts("chan-1", tc.answer)
			}
			err := d.Send(context.Background(), Target{Platform: "discord", ChatID: "chan-1", GuildID: "guild-1"}, discordTestAlert())
			if tc.ok != (err == nil) {
				t.Fatalf("Send error = %v, want ok=%v", err, tc.ok)
			}
			if got := errors.Is(err, ErrGone); got != tc.gone {
				t.Errorf("errors.Is(%v, ErrGone) = %v, want %v", err, got, tc.gone)
			}
			var ra *RetryAfterError
			if errors.As(err, &ra) != (tc.retry > 0) || (ra != nil && ra.After != tc.retry) {
				t.Errorf("Send error %v, want retry after %s", err, tc.retry)
			}
			if n := len(fakeDiscordFind(f.Requests(), "POST", "/channels/chan-1/messages")); n != tc.wantPosts {
				t.Errorf("%d posts, want %d", n, tc.wantPosts)
			}
			if err != nil && strings.Contains(err.Error(), "secret-token") || strings.Contains(logs.String(), "secret-token") {
				t.Errorf("token leaked: %v\n%s", err, logs.String())
			}
		})
	}
}

func TestDiscordTargetGoneTellsTheServerOnce(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		adminChannel  string
		systemChannel string
		wantPostTo    string // "" is no post, only a log line
	}{
		"admin channel configured":     {adminChannel: "chan-admin", systemChannel: "chan-sys", wantPostTo: "chan-admin"},
		"else the server's system one": {systemChannel: "chan-sys", wantPostTo: "chan-sys"},
		"else only the log":            {},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f := newFakeDiscord(t)
			f.setSystemChannel("guild-1", tc.systemChannel)
			d, logs := newTestDiscord(t, f, DiscordOptions{AdminChannel: tc.adminChannel})
			gone := Target{Platform: "discord", ChatID: "chan-gone", GuildID: "guild-1"}
			d.TargetGone(context.Background(), gone)
			d.TargetGone(context.Background(), gone)
			posts := fakeDiscordFind(f.Requests(), "POST", "/messages")
			if tc.wantPostTo == "" {
				if len(posts) != 0 || !strings.Contains(logs.String(), "chan-gone") {
					t.Errorf("want no post and a log line; posts %s logs %s", fakeDiscordSummary(posts), logs.String())
				}
				return
			}
			if len(posts) != 1 || posts[0].Path != "/api/v10/channels/"+tc.wantPostTo+"/messages" {
				t.Fatalf("want one post to %s, got %s", tc.wantPostTo, fakeDiscordSummary(posts))
			}
			if !strings.Contains(string(posts[0].Body), "chan-gone") {
				t.Errorf("notice does not name the channel: %s", posts[0].Body)
			}
		})
	}
}

func TestDiscordNotifyAdminsPostsToAdminChannel(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	d, _ := newTestDiscord(t, f, DiscordOptions{AdminChannel: "chan-admin"})
	if err := d.NotifyAdmins(context.Background(), "config.yaml:12:3: unknown key @everyone"); err != nil {
		t.Fatalf("NotifyAdmins: %v", err)
	}
	posts := fakeDiscordFind(f.Requests(), "POST", "/channels/chan-admin/messages")
	if len(posts) != 1 || !strings.Contains(string(posts[0].Body), "config.yaml:12:3") {
		t.Fatalf("admin posts: %s", fakeDiscordBodies(posts))
	}
	checkDiscordNoMentions(t, posts)
}

func TestDiscordTokenNeverInErrors(t *testing.T) {
	tests := map[string]DiscordOptions{
		"no token":     {},
		"bad api base": {Token: discordTestToken, APIBase: "ftp://x"},
		"unparsable":   {Token: discordTestToken, APIBase: "http://[::1"},
	}
	for name, o := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := NewDiscord(o)
			if err == nil {
				t.Fatal("NewDiscord accepted bad options")
			}
			if strings.Contains(err.Error(), "secret-token") {
				t.Errorf("token in error: %v", err)
			}
		})
	}
}

func TestDiscordRunStopsOnARefusedToken(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.refuseGateway(`{"message": "401: Unauthorized", "code": 0}`)
	d, logs := newTestDiscord(t, f, DiscordOptions{})
	err := d.Run(context.Background(), HandlerFunc(func(context.Context, Command) Reply { return Reply{} }))
	if err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("Run = %v, want the 401 reported", err)
	}
	if strings.Contains(err.Error(), "secret-token") || strings.Contains(logs.String(), "secret-token") {
		t.Errorf("token leaked: %v\n%s", err, logs.String())
	}
}
