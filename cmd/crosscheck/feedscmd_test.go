package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serveFeeds serves corpus feed files by name.
func serveFeeds(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("../../testdata/corpus/feeds")))
	t.Cleanup(srv.Close)
	return srv
}

const commented = `# crosscheck config for the test
database: %DB%   # the store
network:
  allow_private: %PRIVATE%  # loopback feeds in tests
alerts:
  max_item_age: 0s
  grace: 1s
poll:
  interval: 1h
feeds:
  # the Brussels desk
  - url: %SRV%/eu-desk.atom
    name: eu-desk
`

func writeConfig(t *testing.T, dir, srv string, allowPrivate bool) string {
	t.Helper()
	path := filepath.Join(dir, "config.yaml")
	priv := "false"
	if allowPrivate {
		priv = "true"
	}
	r := strings.NewReplacer("%DB%", filepath.Join(dir, "bot.db"), "%SRV%", srv, "%PRIVATE%", priv)
	writeFile(t, path, r.Replace(commented))
	return path
}

func TestFeedsCommandEditsKeepCommentsAndAreAudited(t *testing.T) {
	srv := serveFeeds(t)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, true)
	out, stderr, err := runCmd(t, "", "feeds", "--config", cfg, "add", srv.URL+"/world-news.rss", "World", "News")
	if err != nil {
		t.Fatalf("add: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "Added World News") || !strings.Contains(out, "2 items") {
		t.Errorf("add said %q", out)
	}
	data, _ := os.ReadFile(cfg)
	for _, comment := range []string{"# crosscheck config for the test", "# the store", "# loopback feeds in tests", "# the Brussels desk"} {
		if !strings.Contains(string(data), comment) {
			t.Errorf("comment %q lost:\n%s", comment, data)
		}
	}
	if out, _, _ := runCmd(t, "", "feeds", "--config", cfg, "list"); !strings.Contains(out, "World News\t"+srv.URL+"/world-news.rss") {
		t.Errorf("list: %q", out)
	}
	if _, _, err := runCmd(t, "", "feeds", "--config", cfg, "pause", "world news"); err != nil {
		t.Errorf("pause: %v", err)
	}
	if out, _, _ := runCmd(t, "", "feeds", "--config", cfg, "list"); !strings.Contains(out, "(paused)") {
		t.Errorf("list after pause: %q", out)
	}
	if _, _, err := runCmd(t, "", "feeds", "--config", cfg, "remove", srv.URL+"/world-news.rss"); err != nil {
		t.Errorf("remove: %v", err)
	}
	out, _, err = runCmd(t, "", "feeds", "--config", cfg, "history")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"via cli: added feed " + srv.URL + "/world-news.rss", "via cli: paused feed", "via cli: removed feed"} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
}

func TestFeedsCommandRefusesBadAndPrivateURLs(t *testing.T) {
	srv := serveFeeds(t)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "https://eu-desk.example", false)
	before, _ := os.ReadFile(cfg)
	tests := map[string]struct{ url, want string }{
		"file scheme":      {"file:///etc/passwd", "http"},
		"gopher scheme":    {"gopher://example.com/", "http"},
		"loopback":         {"http://127.0.0.1:9/rss", "127.0.0.1"},
		"ipv6 loopback":    {"http://[::1]/rss", "::1"},
		"cloud metadata":   {"http://169.254.169.254/latest/meta-data/", "169.254.169.254"},
		"the local server": {srv.URL + "/wire-one.rss", "127.0.0.1"},
		"not a url":        {"::not a url", "url"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCmd(t, "", "feeds", "--config", cfg, "add", tt.url)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("add %s: err %v, want a refusal mentioning %q", tt.url, err, tt.want)
			}
		})
	}
	after, _ := os.ReadFile(cfg)
	if string(before) != string(after) {
		t.Errorf("a refused add changed the file")
	}
}

// A running bot applies a hand edit (even a rename over the file), refuses
// a broken one while running on, then applies the next good one.
func TestRunAppliesHandEditsAndSurvivesBrokenOnes(t *testing.T) {
	srv := serveFeeds(t)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, true)
	ctx, cancel := context.WithCancel(context.Background())
	var out, logs syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"run", "--config", cfg}, strings.NewReader(""), &out, &logs) }()
	waitFor(t, &logs, 10*time.Second, `msg="crosscheck running"`)

	// Rename-over, as editors save: the world-news feed holds the casualties conflict.
	good, _ := os.ReadFile(cfg)
	edited := string(good) + "  - url: " + srv.URL + "/world-news.rss\n"
	tmp := filepath.Join(dir, ".config.yaml.swp")
	writeFile(t, tmp, edited)
	if err := os.Rename(tmp, cfg); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &out, 10*time.Second, "Conflicting figures: North Korean casualties")

	writeFile(t, cfg, edited+"  - url: [unclosed\n")
	waitFor(t, &logs, 10*time.Second, "config edit refused", "config.yaml:")

	writeFile(t, cfg, edited+"  - url: "+srv.URL+"/global-brief.json\n")
	waitFor(t, &out, 10*time.Second, "Conflicting figures: North Korean troops")
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v\n%s", err, logs.String())
	}
	hist, _, err := runCmd(t, "", "feeds", "--config", cfg, "history")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"file via file: added feed " + srv.URL + "/world-news.rss", "file via file: added feed " + srv.URL + "/global-brief.json"} {
		if !strings.Contains(hist, want) {
			t.Errorf("history lacks %q:\n%s", want, hist)
		}
	}
}
