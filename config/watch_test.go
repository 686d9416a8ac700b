package config

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder collects Watch's callbacks for a test to wait on.
type recorder struct {
	mu      sync.Mutex
	changes []*Config
	errs    []error
	signal  chan struct{}
}

func newRecorder() *recorder { return &recorder{signal: make(chan struct{}, 100)} }

func (r *recorder) onChange(c *Config) {
	r.mu.Lock()
	r.changes = append(r.changes, c)
	r.mu.Unlock()
	r.signal <- struct{}{}
}

func (r *recorder) onError(err error) {
	r.mu.Lock()
	r.errs = append(r.errs, err)
	r.mu.Unlock()
	r.signal <- struct{}{}
}

// wait blocks until a callback has fired, failing the test after a long
// time (this bounds a hang; it does not assert speed).
func (r *recorder) wait(t *testing.T) {
	t.Helper()
	select {
	case <-r.signal:
	case <-time.After(10 * time.Second):
		t.Fatal("no callback from Watch")
	}
}

func (r *recorder) counts() (changes, errs int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.changes), len(r.errs)
}

// startWatch runs watch on path with a short debounce and stops it when
// the test ends, checking it returned nil.
func startWatch(t *testing.T, path string) *recorder {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := newRecorder()
	done := make(chan error, 1)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	w, fw, err := startWatching(path, log, r.onChange, r.onError)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer fw.Close()
		done <- w.loop(ctx, fw, 20*time.Millisecond)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watch returned %v", err)
		}
	})
	return r
}

func TestWatchSeesPlainWriteAndRenameOver(t *testing.T) {
	path := writeConfig(t, "poll:\n  workers: 2\n", 0o600)
	r := startWatch(t, path)

	if err := os.WriteFile(path, []byte("poll:\n  workers: 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r.wait(t)

	tmp := filepath.Join(filepath.Dir(path), ".config.yaml.swp")
	if err := os.WriteFile(tmp, []byte("poll:\n  workers: 4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	r.wait(t)

	r.mu.Lock()
	defer r.mu.Unlock()
	got := []int{}
	for _, c := range r.changes {
		got = append(got, c.Poll.Workers)
	}
	if len(got) != 2 || got[0] != 3 || got[1] != 4 || len(r.errs) != 0 {
		t.Errorf("workers seen %v, errors %v; want [3 4] and none", got, r.errs)
	}
}

func TestWatchBrokenEditReportsOnceAndKeepsQuiet(t *testing.T) {
	path := writeConfig(t, "poll:\n  workers: 2\n", 0o600)
	r := startWatch(t, path)
	broken := []byte("poll:\n  workers: lots\n")

	if err := os.WriteFile(path, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	r.wait(t)
	// The same broken content saved again, and a write of identical bytes,
	// must not report again; a later good edit proves the watcher looked.
	if err := os.WriteFile(path, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if err := os.WriteFile(path, []byte("poll:\n  workers: 5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r.wait(t)

	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), "config.yaml:2:12: poll.workers") {
		t.Errorf("errors = %v, want one placed at 2:12", r.errs)
	}
	if len(r.changes) != 1 || r.changes[0].Poll.Workers != 5 {
		t.Errorf("changes = %d, want only the good edit", len(r.changes))
	}
}

func TestWatchIgnoresNoOpWritesAndOtherFiles(t *testing.T) {
	content := []byte("poll:\n  workers: 2\n")
	path := writeConfig(t, string(content), 0o600)
	r := startWatch(t, path)

	if err := os.WriteFile(path, content, 0o600); err != nil { // same bytes
		t.Fatal(err)
	}
	other := filepath.Join(filepath.Dir(path), "other.yaml")
	if err := os.WriteFile(other, []byte("poll: [broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	// A real change afterwards must be the first and only callback.
	if err := os.WriteFile(path, []byte("poll:\n  workers: 6\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r.wait(t)
	if changes, errs := r.counts(); changes != 1 || errs != 0 {
		t.Errorf("changes %d, errors %d; want 1 and 0", changes, errs)
	}
}

func TestWatchFailsOnMissingFolder(t *testing.T) {
	err := Watch(context.Background(), filepath.Join(t.TempDir(), "gone", "config.yaml"),
		slog.New(slog.NewTextHandler(io.Discard, nil)), func(*Config) {}, func(error) {})
	if err == nil || !strings.Contains(err.Error(), "gone") {
		t.Errorf("Watch on a missing folder = %v, want an error naming it", err)
	}
}
