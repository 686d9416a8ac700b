package config

import (
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long the file must stay quiet before it is re-read: an
// editor's save is often several writes, and a half-written file is not an
// edit worth reporting.
const debounce = 200 * time.Millisecond

// Watch calls onChange with the new config each time the file at path
// changes to valid content, and onError once for each distinct invalid
// content; the caller keeps running on the last good config meanwhile.
// It watches the file's folder, so a save that renames a temp file over
// the config is seen. It returns nil once ctx is done, having closed the
// watcher, or an error if watching cannot start or breaks.
func Watch(ctx context.Context, path string, log *slog.Logger, onChange func(*Config), onError func(error)) error {
	return watch(ctx, path, log, debounce, onChange, onError)
}

// Watcher is a watch registered on a config file: edits from the moment
// NewWatcher returns are seen, even before Run starts. The daemon
// registers it before it reports that it is running.
type Watcher struct {
	w  *watcher
	fw *fsnotify.Watcher
}

// NewWatcher registers the watch on path's folder.
func NewWatcher(path string, log *slog.Logger) (*Watcher, error) {
	w, fw, err := startWatching(path, log, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Watcher{w: w, fw: fw}, nil
}

// Run delivers changes as Watch does, until ctx is done; it closes the
// watch when it returns.
func (x *Watcher) Run(ctx context.Context, onChange func(*Config), onError func(error)) error {
	defer x.fw.Close()
	x.w.onChange, x.w.onError = onChange, onError
	return x.w.loop(ctx, x.fw, debounce)
}

// watcher remembers what was last seen, so no-op writes and a broken edit
// saved twice stay quiet.
type watcher struct {
	path     string
	log      *slog.Logger
	onChange func(*Config)
	onError  func(error)
	good     [32]byte // hash of the content last loaded successfully
	bad      [32]byte // hash of the invalid content last reported
	hasBad   bool
}

func watch(ctx context.Context, path string, log *slog.Logger, quiet time.Duration, onChange func(*Config), onError func(error)) error {
	w, fw, err := startWatching(path, log, onChange, onError)
	if err != nil {
		return err
	}
	defer fw.Close()
	return w.loop(ctx, fw, quiet)
}

// startWatching registers the folder watch; events from then on are seen.
func startWatching(path string, log *slog.Logger, onChange func(*Config), onError func(error)) (*watcher, *fsnotify.Watcher, error) {
	path = filepath.Clean(path)
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, nil, fmt.Errorf("watch %s: %w", path, err)
	}
	if err := fw.Add(filepath.Dir(path)); err != nil {
		fw.Close()
		return nil, nil, fmt.Errorf("watch %s: %w", filepath.Dir(path), err)
	}
	w := &watcher{path: path, log: log, onChange: onChange, onError: onError}
	if data, err := os.ReadFile(path); err == nil {
		w.good = sha256.Sum256(data) // the caller has loaded this already
	}
	return w, fw, nil
}

func (w *watcher) loop(ctx context.Context, fw *fsnotify.Watcher, quiet time.Duration) error {
	timer := time.NewTimer(quiet)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-fw.Events:
			if !ok {
				return fmt.Errorf("watch %s: watcher closed", w.path)
			}
			if filepath.Clean(ev.Name) == w.path && !ev.Has(fsnotify.Chmod) {
				timer.Reset(quiet)
			}
		case err, ok := <-fw.Errors:
			if !ok {
				return fmt.Errorf("watch %s: watcher closed", w.path)
			}
			w.log.Warn("config watch error", "path", w.path, "err", err)
		case <-timer.C:
			w.reload()
		}
	}
}

// reload reads the file once it has settled and reports what changed.
func (w *watcher) reload() {
	data, err := os.ReadFile(w.path)
	if err != nil {
		// Removed or being replaced: the next event brings the new file.
		w.log.Warn("config unreadable", "path", w.path, "err", err)
		return
	}
	sum := sha256.Sum256(data)
	if sum == w.good && !w.hasBad {
		return
	}
	if w.hasBad && sum == w.bad {
		return
	}
	cfg, err := Parse(data, w.path)
	if err != nil {
		w.bad, w.hasBad = sum, true
		w.log.Warn("config edit rejected; keeping the last good config", "path", w.path, "err", err)
		w.onError(err)
		return
	}
	w.good, w.hasBad = sum, false
	w.log.Info("config reloaded", "path", w.path, "feeds", len(cfg.Feeds))
	w.onChange(cfg)
}
