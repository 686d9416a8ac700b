package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/store"
)

// chatAdmin wires the handlers to a config file and store the way the
// daemon does, and records what gets applied.
func chatAdmin(t *testing.T, cfgPath string) (*bot.Handlers, *store.Store, func() []string) {
	t.Helper()
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	st, err := store.Open(context.Background(), cfg.Database, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var mu sync.Mutex
	var applied []string
	live := &liveConfig{st: st, log: log, cfg: cfg, apply: func(c *config.Config) {
		mu.Lock()
		defer mu.Unlock()
		var urls []string
		for _, f := range c.FeedList() {
			urls = append(urls, f.URL)
		}
		applied = append(applied, strings.Join(urls, " "))
	}}
	admin := &feedAdmin{live: live, st: st, editor: &config.FeedEditor{
		Path: cfgPath, Check: feedCheck(newFetcher(cfg), cfg.Network.AllowPrivate), Applied: live.Apply,
	}}
	return bot.NewHandlers(st, admin, log), st, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), applied...)
	}
}

func TestChatFeedEditKeepsCommentsAppliesAtOnceAndIsAudited(t *testing.T) {
	srv := serveFeeds(t)
	dir := t.TempDir()
	cfgPath := writeConfig(t, dir, srv.URL, true)
	h, st, applied := chatAdmin(t, cfgPath)
	ann := bot.Command{Name: "addfeed", Args: []string{srv.URL + "/world-news.rss"}, Admin: true, UserID: "7", UserName: "ann",
		Target: bot.Target{Platform: "telegram", ChatID: "7"}}
	r := h.Handle(context.Background(), ann)
	if !strings.Contains(r.Title, "Added world-news") {
		t.Fatalf("reply %+v", r)
	}
	data, _ := os.ReadFile(cfgPath)
	if !strings.Contains(string(data), "# the Brussels desk") || !strings.Contains(string(data), srv.URL+"/world-news.rss") {
		t.Errorf("file after chat edit:\n%s", data)
	}
	if got := applied(); len(got) != 1 || !strings.Contains(got[0], "world-news.rss") {
		t.Errorf("applied %q, want the new feed list at once", got)
	}
	hist, err := st.History(context.Background(), 5)
	if err != nil || len(hist) != 1 || hist[0].Who != "ann (7)" || hist[0].Via != "telegram" {
		t.Errorf("audit %+v %v, want one change by ann via telegram", hist, err)
	}

	// Refusals reach the admin as a reason, and change nothing.
	for _, url := range []string{"gopher://example.com/", srv.URL + "/nothing-here.rss"} {
		r := h.Handle(context.Background(), bot.Command{Name: "addfeed", Args: []string{url}, Admin: true, Target: ann.Target})
		if !strings.HasPrefix(r.Title, "Not done: ") || !r.Ephemeral {
			t.Errorf("add %s: reply %+v, want a refusal", url, r)
		}
	}
	if after, _ := os.ReadFile(cfgPath); string(after) != string(data) {
		t.Errorf("a refused add changed the file")
	}
}

// A hand edit saved a moment before a chat edit is kept: the chat edit
// applies on top of the file as it is, not on the config the bot loaded.
func TestHandEditThenChatEditLoseNeither(t *testing.T) {
	srv := serveFeeds(t)
	dir := t.TempDir()
	cfgPath := writeConfig(t, dir, srv.URL, true)
	h, _, applied := chatAdmin(t, cfgPath)
	data, _ := os.ReadFile(cfgPath)
	tmp := filepath.Join(dir, "hand.tmp")
	writeFile(t, tmp, string(data)+"  - url: "+srv.URL+"/global-brief.json # added by hand\n")
	if err := os.Rename(tmp, cfgPath); err != nil {
		t.Fatal(err)
	}
	r := h.Handle(context.Background(), bot.Command{Name: "feed", Args: []string{"add", srv.URL + "/world-news.rss"}, Admin: true,
		Target: bot.Target{Platform: "discord", ChatID: "1"}})
	if !strings.HasPrefix(r.Title, "Added") {
		t.Fatalf("reply %+v", r)
	}
	after, _ := os.ReadFile(cfgPath)
	for _, want := range []string{"global-brief.json # added by hand", "world-news.rss", "# the Brussels desk"} {
		if !strings.Contains(string(after), want) {
			t.Errorf("file lacks %q:\n%s", want, after)
		}
	}
	got := applied()
	if len(got) != 1 || !strings.Contains(got[0], "global-brief.json") || !strings.Contains(got[0], "world-news.rss") {
		t.Errorf("applied %q, want both the hand-added and the chat-added feed", got)
	}
}
