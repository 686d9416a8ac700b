package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
)

func TestParseReportsEveryProblemWithItsPlace(t *testing.T) {
	tests := map[string]struct {
		yaml string
		want []string // each must appear, in order, as "line:col: key: message"
		n    int      // exact number of errors, when it matters
	}{
		"unknown key in a feed": {
			yaml: "feeds:\n  - url: https://a.example/rss\n    intervall: 5m\n",
			want: []string{`config.yaml:3:5: feeds[0]: unknown key "intervall"`},
		},
		"unknown top-level key": {
			yaml: "databse: x.db\n",
			want: []string{`config.yaml:1:1: unknown key "databse"`},
		},
		"syntax error becomes file:line": {
			yaml: "poll:\n  interval: 5m\n   workers: 3\n",
			want: []string{"config.yaml:3: mapping values are not allowed in this context"},
		},
		"wrong type: mapping expected": {
			yaml: "poll: 5m\n",
			want: []string{`config.yaml:1:7: poll: want a mapping, got a single value`},
		},
		"wrong type: integer expected": {
			yaml: "poll:\n  workers: many\n",
			want: []string{`config.yaml:2:12: poll.workers: want an integer, got "many"`},
		},
		"wrong type: bool expected": {
			yaml: "network:\n  allow_private: sometimes\n",
			want: []string{`config.yaml:2:18: network.allow_private: want true or false, got "sometimes"`},
		},
		"wrong type: list expected": {
			yaml: "feeds: https://a.example/rss\n",
			want: []string{`config.yaml:1:8: feeds: want a list, got a single value`},
		},
		"bad duration": {
			yaml: "poll:\n  interval: 10 minutes\n",
			want: []string{`config.yaml:2:13: poll.interval: want a duration like`},
		},
		"bare number is not a duration": {
			yaml: "alerts:\n  window: 3600\n",
			want: []string{`config.yaml:2:11: alerts.window: want a duration`},
		},
		"negative duration": {
			yaml: "feeds:\n  - url: https://a.example/rss\n    interval: -5m\n",
			want: []string{`config.yaml:3:15: feeds[0].interval: duration must not be negative, got "-5m"`},
		},
		"feed without url": {
			yaml: "feeds:\n  - name: A\n",
			want: []string{`config.yaml:2:5: feeds[0]: url is required`},
		},
		"feed with empty url": {
			yaml: "feeds:\n  - url: \"\"\n",
			want: []string{`config.yaml:2:10: feeds[0].url: url is required`},
		},
		"feed url not http": {
			yaml: "feeds:\n  - url: ftp://a.example/rss\n",
			want: []string{`config.yaml:2:10: feeds[0].url: want an http or https URL, got "ftp://a.example/rss"`},
		},
		"feed url without host": {
			yaml: "feeds:\n  - url: https:///rss\n",
			want: []string{`config.yaml:2:10: feeds[0].url: URL has no host`},
		},
		"feed url private without allow_private": {
			yaml: "feeds:\n  - url: http://127.0.0.1:8080/rss\n",
			want: []string{`config.yaml:2:10: feeds[0].url: 127.0.0.1 is a private address`},
		},
		"duplicate feed, canonical compare": {
			yaml: "feeds:\n  - url: https://A.example/rss/\n  - url: HTTPS://a.example/rss\n",
			want: []string{`config.yaml:3:10: feeds[1].url: the same feed as feeds[0]`},
		},
		"admins must be integers": {
			yaml: "telegram:\n  admins: [12345, bob]\n",
			want: []string{`config.yaml:2:19: telegram.admins[1]: want an integer, got "bob"`},
		},
		"log level and format": {
			yaml: "log:\n  level: loud\n  format: xml\n",
			want: []string{
				`config.yaml:2:10: log.level: want one of debug, info, warn, error, got "loud"`,
				`config.yaml:3:11: log.format: want one of text, json, got "xml"`,
			},
		},
		"unknown lexicon names": {
			yaml: "lexicon:\n  metrics:\n    deaths: [dead]\n  subjects:\n    belarus: [Minsk]\n",
			want: []string{
				`config.yaml:3:5: lexicon.metrics: unknown metric "deaths"`,
				`config.yaml:5:5: lexicon.subjects: unknown subject "belarus"`,
			},
		},
		"negative memory limit": {
			yaml: "memory_limit_mb: -5\n",
			want: []string{`config.yaml:1:18: memory_limit_mb: must be 0 (no limit) or more, got -5`},
		},
		"duplicate key": {
			yaml: "log:\n  level: info\n  level: debug\n",
			want: []string{`config.yaml:3:3: log: duplicate key "level"`},
		},
		"aliases refused": {
			yaml: "topic:\n  exclude: &x [a]\n  all_of: [*x]\n",
			want: []string{`config.yaml:3:12: topic.all_of[0]: anchors and aliases are not supported`},
		},
		"several problems, all reported": {
			yaml: "poll:\n  workers: 0\n  timeout: soon\nfeeds:\n  - url: gopher://x\n",
			want: []string{
				`config.yaml:2:12: poll.workers: must be at least 1, got 0`,
				`config.yaml:3:12: poll.timeout: want a duration`,
				`config.yaml:5:10: feeds[0].url: want an http or https URL`,
			},
		},
		"a value that fails to decode is not checked again": {
			yaml: "feeds:\n  - url: [a, b]\n",
			want: []string{`config.yaml:2:10: feeds[0].url: want a single value, got a list`},
			n:    1,
		},
		"unknown key and missing url both reported": {
			yaml: "feeds:\n  - ur: https://a.example/\n",
			want: []string{`config.yaml:2:5: feeds[0]: unknown key "ur"`, `config.yaml:2:5: feeds[0]: url is required`},
		},
		"value problems all reported": {
			yaml: "poll:\n  workers: 0\nalerts:\n  about_tolerance: 1.5\nfeeds:\n  - url: gopher://x\n",
			want: []string{
				`config.yaml:2:12: poll.workers: must be at least 1, got 0`,
				`config.yaml:4:20: alerts.about_tolerance: want a fraction`,
				`config.yaml:6:10: feeds[0].url: want an http or https URL`,
			},
		},
		"topic model thresholds": {
			yaml: "topic:\n  model_veto: 0.95\n  model_rescue: 0.5\n",
			want: []string{`config.yaml:2:15: topic.model_veto: must be below topic.model_rescue (0.5), got 0.95`},
		},
		"topic model rescue out of range": {
			yaml: "topic:\n  model_rescue: 1.5\n",
			want: []string{`config.yaml:2:17: topic.model_rescue: want a score from 0 to 1, got 1.5`},
		},
		"second document": {
			yaml: "database: a.db\n---\ndatabase: b.db\n",
			want: []string{"config.yaml:2: more than one YAML document"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml), "config.yaml")
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("Parse error = %v (%T), want Errors", err, err)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(errs) {
				t.Errorf("Error() has %d lines for %d errors", len(lines), len(errs))
			}
			got := err.Error()
			for _, w := range tt.want {
				i := strings.Index(got, w)
				if i < 0 {
					t.Fatalf("error\n%s\ndoes not contain\n%s", err, w)
				}
				got = got[i+len(w):]
			}
			if tt.n > 0 && len(errs) != tt.n {
				t.Errorf("got %d errors, want %d:\n%s", len(errs), tt.n, err)
			}
			if len(errs) < len(tt.want) {
				t.Errorf("got %d errors, want at least %d", len(errs), len(tt.want))
			}
		})
	}
}

func TestParseAppliesDefaults(t *testing.T) {
	cfg, err := Parse([]byte("feeds:\n  - url: https://Feeds.Example.com/rss\n"), "/etc/crosscheck/config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Database = "/etc/crosscheck/crosscheck.db"
	want.Feeds = []Feed{{URL: "https://Feeds.Example.com/rss", Name: "feeds.example.com"}}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Parse =\n%+v\nwant\n%+v", cfg, want)
	}
	checks := map[string]struct{ got, want any }{
		"database":              {cfg.Database, "/etc/crosscheck/crosscheck.db"},
		"memory_limit_mb":       {cfg.MemoryLimitMB, 140},
		"poll.interval":         {cfg.Poll.Interval.D(), 10 * time.Minute},
		"poll.workers":          {cfg.Poll.Workers, 8},
		"poll.timeout":          {cfg.Poll.Timeout.D(), 30 * time.Second},
		"poll.max_body_bytes":   {cfg.Poll.MaxBodyBytes, int64(10 << 20)},
		"alerts.max_item_age":   {cfg.Alerts.MaxItemAge.D(), 72 * time.Hour},
		"alerts.window":         {cfg.Alerts.Window.D(), 168 * time.Hour},
		"alerts.about":          {cfg.Alerts.AboutTolerance, 0.10},
		"alerts.exact":          {cfg.Alerts.ExactTolerance, 0.02},
		"alerts.max_outbox_age": {cfg.Alerts.MaxOutboxAge.D(), 48 * time.Hour},
		"alerts.grace":          {cfg.Alerts.Grace.D(), 10 * time.Second},
		"log":                   {cfg.Log, Log{Level: "info", Format: "text"}},
		"user_agent":            {cfg.Network.UserAgent, "crosscheck/1.0 (+https://github.com/crosscheck-bot/crosscheck)"},
		"telegram.api_endpoint": {cfg.Telegram.APIEndpoint, "https://api.telegram.org/bot%s/%s"},
		"discord.api_base":      {cfg.Discord.APIBase, "https://discord.com/api/v10/"},
		"topic left empty":      {len(cfg.Topic.AllOf), 0},
	}
	for name, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", name, c.got, c.want)
		}
	}
}

func TestParseKeepsExplicitValues(t *testing.T) {
	tests := map[string]struct {
		yaml  string
		check func(*Config) bool
	}{
		"zero max_item_age means no limit": {"alerts:\n  max_item_age: 0\n", func(c *Config) bool { return c.Alerts.MaxItemAge == 0 }},
		"null keeps the default":           {"poll:\n  interval:\n", func(c *Config) bool { return c.Poll.Interval.D() == 10*time.Minute }},
		"absolute database kept":           {"database: /var/lib/cc.db\n", func(c *Config) bool { return c.Database == "/var/lib/cc.db" }},
		"relative database next to file":   {"database: data/cc.db\n", func(c *Config) bool { return c.Database == filepath.Join("conf", "data", "cc.db") }},
		"durations parsed": {"poll:\n  interval: 1h30m\n  timeout: 1500ms\n", func(c *Config) bool {
			return c.Poll.Interval.D() == 90*time.Minute && c.Poll.Timeout.D() == 1500*time.Millisecond
		}},
		"feed interval and pause": {"feeds:\n  - url: https://a.example/\n    interval: 2m\n    paused: true\n", func(c *Config) bool {
			f := c.Feeds[0]
			return f.Interval.D() == 2*time.Minute && f.Paused && f.Name == "a.example"
		}},
		"numeric ids read as text": {"telegram:\n  channel: -1001234\ndiscord:\n  guilds: [123456789012345678]\n", func(c *Config) bool {
			return c.Telegram.Channel == "-1001234" && c.Discord.Guilds[0] == "123456789012345678"
		}},
		"api_base gets its slash":    {"discord:\n  api_base: http://127.0.0.1:9/api/v10\n", func(c *Config) bool { return c.Discord.APIBase == "http://127.0.0.1:9/api/v10/" }},
		"private feed when allowed":  {"network:\n  allow_private: true\nfeeds:\n  - url: http://127.0.0.1:1/f\n", func(c *Config) bool { return len(c.Feeds) == 1 }},
		"empty file is all defaults": {"", func(c *Config) bool { return c.Poll.Workers == 8 && c.Feeds == nil }},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg, err := Parse([]byte(tt.yaml), filepath.Join("conf", "config.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(cfg) {
				t.Errorf("unexpected config: %+v", cfg)
			}
		})
	}
}

func TestExampleConfigLoads(t *testing.T) {
	cfg, err := Load("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cfg.FeedList()); n < 10 {
		t.Errorf("example ships %d feeds, want at least 10", n)
	}
	// The example spells out the shipped story's rules, so a user who
	// edits them starts from what the bot does without them. (Sprint prints an
	// empty list as it does a missing one.) It spells out the topic
	// model's default thresholds too.
	builtin := feeds.DefaultTopicRules()
	builtin.Veto, builtin.Rescue = feeds.DefaultModelVeto, feeds.DefaultModelRescue
	if rules, want := fmt.Sprint(cfg.TopicRules()), fmt.Sprint(builtin); rules != want {
		t.Errorf("example topic rules = %s\nwant the built-in %s", rules, want)
	}
	if _, err := cfg.ExtraLexicon(); err != nil {
		t.Error(err)
	}
}

func TestTopicModelPath(t *testing.T) {
	for model, want := range map[string]string{
		"":                 "",
		"off":              "off",
		"builtin":          "builtin",
		"story.model":      "/etc/crosscheck/story.model",
		"/srv/story.model": "/srv/story.model",
	} {
		cfg, err := Parse([]byte("topic: {model: '"+model+"'}\n"), "/etc/crosscheck/config.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Topic.Model != want {
			t.Errorf("topic.model %q: %q, want %q", model, cfg.Topic.Model, want)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("Load of a missing file = %v, want an error naming it", err)
	}
}

func TestConversions(t *testing.T) {
	cfg, err := Parse([]byte("log: {level: warn, format: json}\nalerts: {window: 48h, about_tolerance: 0.2}\n"+
		"lexicon: {metrics: {killed: [fatalities]}}\nfeeds:\n  - url: https://a.example/rss\n    interval: 1m\n"), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if r := cfg.ClaimRules(); r.Window != 48*time.Hour || r.AboutTolerance != 0.2 || r.ExactTolerance != 0.02 {
		t.Errorf("ClaimRules = %+v", r)
	}
	if fl := cfg.FeedList(); len(fl) != 1 || fl[0].Name != "a.example" || fl[0].Interval != time.Minute {
		t.Errorf("FeedList = %+v", fl)
	}
	lex, err := cfg.ExtraLexicon()
	if err != nil || lex.Metrics["killed"][0] != "fatalities" {
		t.Errorf("ExtraLexicon = %+v, %v", lex, err)
	}
	var buf strings.Builder
	log := cfg.Logger(&buf)
	log.Info("hidden")
	log.Warn("shown", "feed_url", "https://a.example/rss")
	if got := buf.String(); strings.Contains(got, "hidden") || !strings.HasPrefix(got, "{") {
		t.Errorf("Logger wrote %q, want JSON at warn level", got)
	}
	cfg.Lexicon.Subjects = map[string][]string{"mars": {"Martian"}}
	if _, err := cfg.ExtraLexicon(); err == nil {
		t.Error("ExtraLexicon accepted an unknown subject")
	}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `lexicon.subjects: unknown subject "mars"`) {
		t.Errorf("Validate = %v", err)
	}
}
