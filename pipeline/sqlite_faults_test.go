package pipeline_test

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
)

// etagFeed serves three items under ETag "v1", answering 304 to a
// request that already has it, and counts the full answers.
type etagFeed struct {
	srv  *httptest.Server
	mu   sync.Mutex
	full int
}

func newETagFeed(t *testing.T) *etagFeed {
	f := &etagFeed{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		f.mu.Lock()
		f.full++
		f.mu.Unlock()
		w.Header().Set("ETag", `"v1"`)
		io.WriteString(w, rss(f.srv.URL, "db-1", "db-2", "db-3"))
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *etagFeed) fullAnswers() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.full
}

// When the database refuses a write (locked by another process past the
// busy timeout, or the disk full), the poll fails with an error that
// says so, the feed's ETag is not kept (so the next poll fetches the
// items again), and once the database takes writes again every item is
// stored and the feed is answered 304 after that.
func TestDatabaseFaultsLoseNothing(t *testing.T) {
	tests := map[string]struct {
		dir     func(t *testing.T) string
		break_  func(t *testing.T, path string) (restore func())
		wantErr string
	}{
		"locked by another connection past busy_timeout": {
			dir: func(t *testing.T) string { return t.TempDir() }, break_: holdWriteLock, wantErr: "database is locked",
		},
		"disk full": {dir: tinyDisk, break_: fillDisk, wantErr: "disk is full"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel() // the lock case waits out the store's 5 s busy timeout twice (items, feed state)
			ctx := context.Background()
			path := filepath.Join(tt.dir(t), "cc.db")
			// Opened and closed once, so the second open starts with an
			// empty write-ahead log that must grow to take the items.
			first, err := store.Open(ctx, path, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			first.Close()
			var logs syncBuffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			st, err := store.Open(ctx, path, log)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })

			feed := newETagFeed(t)
			url := feed.srv.URL + "/rss"
			var pollErr error
			p := pipeline.NewPoller(feeds.NewFetcher(feeds.FetcherOptions{Timeout: 10 * time.Second, AllowPrivate: true}), st,
				pipeline.New(st, pipeline.Options{Log: log}), pipeline.PollerOptions{
					Interval: time.Hour, Log: log,
					OnPoll: func(_ feeds.Feed, _ feeds.State, err error) { pollErr = err },
				})
			f := feeds.Feed{URL: url, Name: "etag"}

			restore := tt.break_(t, path)
			p.Poll(ctx, f)
			if pollErr == nil || !strings.Contains(pollErr.Error(), tt.wantErr) {
				t.Fatalf("poll error = %v, want one saying %q", pollErr, tt.wantErr)
			}
			t.Logf("poll error: %v", pollErr)
			if !strings.Contains(logs.String(), "feed_url="+url) {
				t.Errorf("no log line names the feed:\n%s", logs.String())
			}
			restore()
			if state, err := st.FeedState(ctx, url); err != nil || state.ETag != "" {
				t.Fatalf("after the failed poll the stored ETag is %q (%v); want none, so the items are fetched again", state.ETag, err)
			}

			p.Poll(ctx, f)
			if pollErr != nil {
				t.Fatalf("poll once the database is back: %v", pollErr)
			}
			if n := storedItems(t, st, url); n != 3 {
				t.Errorf("%d items stored once the database is back, want all 3", n)
			}
			p.Poll(ctx, f)
			if got := feed.fullAnswers(); pollErr != nil || got != 2 {
				t.Errorf("third poll: %v, %d full answers; want the ETag kept and a 304", pollErr, got)
			}
		})
	}
}

// holdWriteLock takes the write lock from a second connection, as
// another process would, and holds it until restore.
func holdWriteLock(t *testing.T, path string) func() {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	return func() {
		if _, err := conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
			t.Fatal(err)
		}
		conn.Close()
		db.Close()
	}
}

// tinyDisk mounts a 1 MiB tmpfs, skipping the test where mounting is not
// allowed (not root, or in a container without the capability).
func tinyDisk(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
	return dir
}

// fillDisk writes a file until the disk is full; restore removes it.
func fillDisk(t *testing.T, path string) func() {
	t.Helper()
	filler := filepath.Join(filepath.Dir(path), "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	block := make([]byte, 4096)
	for {
		if _, err = f.Write(block); err != nil {
			break
		}
	}
	f.Close()
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("fill the disk: %v", err)
	}
	return func() {
		if err := os.Remove(filler); err != nil {
			t.Fatal(err)
		}
	}
}

func storedItems(t *testing.T, st *store.Store, feedURL string) int {
	t.Helper()
	n := 0
	for _, guid := range []string{"db-1", "db-2", "db-3"} {
		seen, err := st.ItemSeen(context.Background(), feedURL, guid)
		if err != nil {
			t.Fatal(err)
		}
		if seen {
			n++
		}
	}
	return n
}
