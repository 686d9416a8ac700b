package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const commented = `# crosscheck config, kept by hand.

# Where the data lives.
database: cc.db # next to this file

poll:
  # Be gentle with the outlets.
  interval: 15m

feeds:
  # The BBC is quick on JCS figures.
  - url: https://feeds.bbci.co.uk/news/world/rss.xml
    name: BBC World # keep this name
  # Yonhap first.
  - url: https://en.yna.co.kr/RSS/news.xml
    name: Yonhap
    interval: 5m

# Chat settings.
telegram:
  admins: [42] # alice
`

func writeConfig(t *testing.T, content string, perm os.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(content), perm); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestEditAddFeedKeepsComments(t *testing.T) {
	path := writeConfig(t, commented, 0o640)
	cfg, err := Edit(path, func(d *Document) error {
		return d.AddFeed(Feed{URL: "https://www.nknews.org/feed/", Name: "NK News", Interval: Duration(20 * 60e9)})
	})
	if err != nil {
		t.Fatal(err)
	}
	want := commented + "  - url: https://www.nknews.org/feed/\n    name: NK News\n    interval: 20m\n"
	want = strings.Replace(want, "\n# Chat settings.\ntelegram:\n  admins: [42] # alice\n", "", 1) +
		"\n# Chat settings.\ntelegram:\n  admins: [42] # alice\n"
	if got := readFile(t, path); got != want {
		t.Errorf("file after AddFeed:\n%s\nwant:\n%s", got, want)
	}
	if n := len(cfg.Feeds); n != 3 || cfg.Feeds[2].Name != "NK News" {
		t.Errorf("returned config has feeds %+v", cfg.Feeds)
	}
}

func TestEditRemoveAndPause(t *testing.T) {
	tests := map[string]struct {
		change   func(d *Document) (Feed, error)
		wantFeed string   // URL of the feed the call returns
		wantErr  error    // sentinel, when the call must fail
		keep     []string // text that must still be in the file
		gone     []string // text that must have left the file
	}{
		"remove by name, case-insensitive": {
			change:   func(d *Document) (Feed, error) { return d.RemoveFeed("yonhap") },
			wantFeed: "https://en.yna.co.kr/RSS/news.xml",
			keep:     []string{"# The BBC is quick on JCS figures.", "# keep this name", "# alice", "# Chat settings."},
			gone:     []string{"en.yna.co.kr"},
		},
		"remove by URL, canonical compare": {
			change:   func(d *Document) (Feed, error) { return d.RemoveFeed("HTTPS://FEEDS.bbci.co.uk/news/world/rss.xml/") },
			wantFeed: "https://feeds.bbci.co.uk/news/world/rss.xml",
			keep:     []string{"# Yonhap first.", "interval: 5m", "# Be gentle with the outlets."},
			gone:     []string{"bbci"},
		},
		"pause adds the key": {
			change:   func(d *Document) (Feed, error) { return d.SetPaused("BBC World", true) },
			wantFeed: "https://feeds.bbci.co.uk/news/world/rss.xml",
			keep:     []string{"name: BBC World # keep this name\n    paused: true\n", "# Yonhap first."},
		},
		"remove unknown feed": {
			change:  func(d *Document) (Feed, error) { return d.RemoveFeed("Reuters") },
			wantErr: ErrFeedNotFound,
		},
		"pause unknown feed": {
			change:  func(d *Document) (Feed, error) { return d.SetPaused("https://example.org/rss", true) },
			wantErr: ErrFeedNotFound,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path := writeConfig(t, commented, 0o600)
			var got Feed
			_, err := Edit(path, func(d *Document) (err error) {
				got, err = tt.change(d)
				return err
			})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if readFile(t, path) != commented {
					t.Error("a failed edit changed the file")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.URL != tt.wantFeed {
				t.Errorf("returned feed %q, want %q", got.URL, tt.wantFeed)
			}
			file := readFile(t, path)
			for _, s := range tt.keep {
				if !strings.Contains(file, s) {
					t.Errorf("file lost %q:\n%s", s, file)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(file, s) {
					t.Errorf("file still has %q:\n%s", s, file)
				}
			}
		})
	}
}

func TestEditUnpauseThenPauseRoundTrips(t *testing.T) {
	path := writeConfig(t, "feeds:\n  - url: https://a.example/rss\n    paused: true # flaky\n", 0o600)
	cfg, err := Edit(path, func(d *Document) error { _, err := d.SetPaused("a.example", false); return err })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Feeds[0].Paused {
		t.Error("feed still paused")
	}
	if got := readFile(t, path); !strings.Contains(got, "paused: false # flaky") {
		t.Errorf("unpause lost the comment:\n%s", got)
	}
}

func TestEditRefusesInvalidResults(t *testing.T) {
	tests := map[string]func(d *Document) error{
		"duplicate feed": func(d *Document) error {
			return d.AddFeed(Feed{URL: "https://FEEDS.bbci.co.uk/news/world/rss.xml/"})
		},
		"bad URL": func(d *Document) error { return d.AddFeed(Feed{URL: "javascript:alert(1)"}) },
		"private address without allow_private": func(d *Document) error {
			return d.AddFeed(Feed{URL: "http://192.168.1.1/rss"})
		},
	}
	for name, change := range tests {
		t.Run(name, func(t *testing.T) {
			path := writeConfig(t, commented, 0o600)
			if _, err := Edit(path, change); err == nil {
				t.Fatal("Edit succeeded")
			}
			if readFile(t, path) != commented {
				t.Error("a refused edit changed the file")
			}
		})
	}
}

func TestEditKeepsPermissionBits(t *testing.T) {
	for _, perm := range []os.FileMode{0o600, 0o640, 0o644} {
		t.Run(perm.String(), func(t *testing.T) {
			path := writeConfig(t, commented, perm)
			if err := os.Chmod(path, perm); err != nil { // beat the umask
				t.Fatal(err)
			}
			if _, err := Edit(path, func(d *Document) error { return d.AddFeed(Feed{URL: "https://x.example/rss"}) }); err != nil {
				t.Fatal(err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != perm {
				t.Errorf("mode after Edit = %v, want %v", info.Mode().Perm(), perm)
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".config.yaml.*.tmp"))
			if len(leftovers) > 0 {
				t.Errorf("temp files left behind: %v", leftovers)
			}
		})
	}
}

func TestConcurrentEditsAllLand(t *testing.T) {
	path := writeConfig(t, "# feeds added by chat\nfeeds: []\n", 0o600)
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := range 10 {
		wg.Go(func() {
			_, err := Edit(path, func(d *Document) error {
				return d.AddFeed(Feed{URL: fmt.Sprintf("https://feed%d.example/rss", i)})
			})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Feeds) != 10 {
		t.Errorf("%d feeds after 10 concurrent adds", len(cfg.Feeds))
	}
	if !strings.HasPrefix(readFile(t, path), "# feeds added by chat\n") {
		t.Error("comment lost")
	}
}

// A hand edit saved while the bot is running must survive the bot's next
// write-back: Edit re-reads the file under its lock.
func TestEditAppliesOnTopOfHandEdit(t *testing.T) {
	path := writeConfig(t, commented, 0o600)
	if _, err := Load(path); err != nil { // the bot's view, now stale
		t.Fatal(err)
	}
	hand := strings.Replace(commented, "interval: 15m", "interval: 20m # slower at night", 1)
	if err := os.WriteFile(path, []byte(hand), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Edit(path, func(d *Document) error { return d.AddFeed(Feed{URL: "https://www.nknews.org/feed/"}) })
	if err != nil {
		t.Fatal(err)
	}
	file := readFile(t, path)
	if !strings.Contains(file, "interval: 20m # slower at night") || !strings.Contains(file, "nknews") {
		t.Errorf("lost the hand edit or the chat edit:\n%s", file)
	}
	if cfg.Poll.Interval.D().Minutes() != 20 || len(cfg.Feeds) != 3 {
		t.Errorf("returned config: interval %v, %d feeds", cfg.Poll.Interval.D(), len(cfg.Feeds))
	}
}

func TestEditEmptyFileAndFeedsList(t *testing.T) {
	path := writeConfig(t, "", 0o600)
	_, err := Edit(path, func(d *Document) error {
		if len(d.Feeds()) != 0 {
			return errors.New("feeds in an empty file")
		}
		if err := d.AddFeed(Feed{URL: "https://a.example/rss", Name: "A", Paused: true}); err != nil {
			return err
		}
		if fs := d.Feeds(); len(fs) != 1 || fs[0].Name != "A" || !fs[0].Paused {
			return fmt.Errorf("Feeds() = %+v after add", fs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "feeds:\n  - url: https://a.example/rss\n    name: A\n    paused: true\n" {
		t.Errorf("file = %q", got)
	}
}
