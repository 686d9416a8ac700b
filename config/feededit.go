package config

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// FeedEditor changes the feed list of a config file for an admin: the one
// path that chat commands and `crosscheck feeds` share. Each change is
// applied on top of the file as it is at that moment and written back
// with its comments kept.
type FeedEditor struct {
	Path string
	// Check vets a feed before it is added: an allowed address that
	// answers with a feed. It gives the feed's title and item count.
	Check func(ctx context.Context, url string) (title string, items int, err error)
	// Applied receives the config as written, with who made the change
	// and from where, so the caller can apply and audit it. May be nil.
	Applied func(ctx context.Context, cfg *Config, who, via string)
}

// Add vets the feed, then adds it. An empty name becomes the feed's title.
func (e *FeedEditor) Add(ctx context.Context, who, via, url, name string) (string, error) {
	url, name = strings.TrimSpace(url), strings.TrimSpace(name)
	if err := checkFeedURL(url, true); err != nil {
		return "", err
	}
	title, items, err := e.Check(ctx, url)
	if err != nil {
		return "", err
	}
	if name == "" {
		name = strings.TrimSpace(title)
	}
	if err := e.edit(ctx, who, via, func(d *Document) error {
		return d.AddFeed(Feed{URL: url, Name: name})
	}); err != nil {
		return "", err
	}
	return fmt.Sprintf("Added %s (%s): a feed with %d items, polled from now on.", displayName(name, url), url, items), nil
}

// Remove stops watching the feed with that URL or name.
func (e *FeedEditor) Remove(ctx context.Context, who, via, urlOrName string) (string, error) {
	var removed Feed
	err := e.edit(ctx, who, via, func(d *Document) (err error) {
		removed, err = d.RemoveFeed(strings.TrimSpace(urlOrName))
		return err
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("Removed %s (%s).", displayName(removed.Name, removed.URL), removed.URL), nil
}

// SetPaused pauses or resumes the feed with that URL or name.
func (e *FeedEditor) SetPaused(ctx context.Context, who, via, urlOrName string, paused bool) (string, error) {
	var changed Feed
	err := e.edit(ctx, who, via, func(d *Document) (err error) {
		changed, err = d.SetPaused(strings.TrimSpace(urlOrName), paused)
		return err
	})
	if err != nil {
		return "", err
	}
	verb := "Resumed"
	if paused {
		verb = "Paused"
	}
	return fmt.Sprintf("%s %s (%s).", verb, displayName(changed.Name, changed.URL), changed.URL), nil
}

func (e *FeedEditor) edit(ctx context.Context, who, via string, change func(*Document) error) error {
	cfg, err := Edit(e.Path, change)
	if err != nil {
		return friendly(err)
	}
	if e.Applied != nil {
		e.Applied(ctx, cfg, who, via)
	}
	return nil
}

// friendly drops the file path from the refusals an admin causes, which
// are about their request, not the file.
func friendly(err error) error {
	switch {
	case errors.Is(err, ErrFeedExists):
		return errors.New("that feed is already watched")
	case errors.Is(err, ErrFeedNotFound):
		return errors.New("no feed has that URL or name: /feeds lists them")
	case errors.Is(err, ErrFeedAmbiguous):
		return errors.New("several feeds have that name: give the URL")
	}
	return err
}

func displayName(name, url string) string {
	if name != "" {
		return name
	}
	return hostOf(url)
}

// FeedChanges describes how the feed list went from old to new, one line
// per feed added, removed, paused, resumed or retimed, for the audit log.
func FeedChanges(old, new []Feed) []string {
	before := map[string]Feed{}
	for _, f := range old {
		before[canonicalFeedURL(f.URL)] = f
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range new {
		key := canonicalFeedURL(f.URL)
		seen[key] = true
		was, ok := before[key]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("added feed %s (%s)", f.URL, displayName(f.Name, f.URL)))
		case was.Paused != f.Paused && f.Paused:
			out = append(out, "paused feed "+f.URL)
		case was.Paused != f.Paused:
			out = append(out, "resumed feed "+f.URL)
		case was.Interval != f.Interval || was.Name != f.Name:
			out = append(out, fmt.Sprintf("changed feed %s (name %q, interval %s)", f.URL, f.Name, f.Interval.D()))
		}
	}
	for _, f := range old {
		if !seen[canonicalFeedURL(f.URL)] {
			out = append(out, "removed feed "+f.URL)
		}
	}
	return out
}
