package config

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Document is a config file opened for editing: the YAML node tree, so
// that what is not changed, comments included, is written back as it was.
type Document struct {
	doc  *yaml.Node
	root *yaml.Node // the top-level mapping
}

// Feeds lists the configured feeds as written (names not defaulted).
// Entries that do not decode are skipped: Edit refuses to save a file
// with any anyway.
func (d *Document) Feeds() []Feed {
	seq := d.feedsNode(false)
	if seq == nil {
		return nil
	}
	out := make([]Feed, 0, len(seq.Content))
	for _, n := range seq.Content {
		if f, ok := decodeFeed(n); ok {
			out = append(out, f)
		}
	}
	return out
}

// AddFeed appends f to the feed list.
func (d *Document) AddFeed(f Feed) error {
	f.URL = strings.TrimSpace(f.URL)
	if err := checkFeedURL(f.URL, true); err != nil {
		return fmt.Errorf("add feed: %w", err)
	}
	for _, have := range d.Feeds() {
		if canonicalFeedURL(have.URL) == canonicalFeedURL(f.URL) {
			return fmt.Errorf("add feed %s: %w", f.URL, ErrFeedExists)
		}
	}
	seq := d.feedsNode(true)
	seq.Content = append(seq.Content, feedNode(f))
	return nil
}

// RemoveFeed removes the feed with that URL or name and returns it.
func (d *Document) RemoveFeed(urlOrName string) (Feed, error) {
	seq, i, err := d.find(urlOrName)
	if err != nil {
		return Feed{}, fmt.Errorf("remove feed %q: %w", urlOrName, err)
	}
	f, _ := decodeFeed(seq.Content[i])
	seq.Content = append(seq.Content[:i], seq.Content[i+1:]...)
	return f, nil
}

// SetPaused pauses or resumes the feed with that URL or name.
func (d *Document) SetPaused(urlOrName string, paused bool) (Feed, error) {
	seq, i, err := d.find(urlOrName)
	if err != nil {
		return Feed{}, fmt.Errorf("pause feed %q: %w", urlOrName, err)
	}
	m := seq.Content[i]
	if v := mapValue(m, "paused"); v != nil {
		v.Kind, v.Tag, v.Value, v.Style = yaml.ScalarNode, "!!bool", fmt.Sprint(paused), 0 // keeps its comment
	} else if paused {
		m.Content = append(m.Content, strNode("paused"), boolNode(true))
	}
	f, _ := decodeFeed(m)
	return f, nil
}

// find locates a feed by canonical URL, else by name (case-insensitive).
func (d *Document) find(urlOrName string) (*yaml.Node, int, error) {
	seq := d.feedsNode(false)
	if seq == nil {
		return nil, 0, ErrFeedNotFound
	}
	want := strings.TrimSpace(urlOrName)
	byName := -1
	for i, n := range seq.Content {
		f, ok := decodeFeed(n)
		if !ok {
			continue
		}
		if canonicalFeedURL(f.URL) == canonicalFeedURL(want) {
			return seq, i, nil
		}
		if strings.EqualFold(f.Name, want) || (f.Name == "" && strings.EqualFold(hostOf(f.URL), want)) {
			if byName >= 0 {
				return nil, 0, ErrFeedAmbiguous
			}
			byName = i
		}
	}
	if byName < 0 {
		return nil, 0, ErrFeedNotFound
	}
	return seq, byName, nil
}

// feedsNode returns the feeds sequence, creating it at the end of the file
// if create is set and there is none (or it is null).
func (d *Document) feedsNode(create bool) *yaml.Node {
	v := mapValue(d.root, "feeds")
	if v != nil && v.Kind == yaml.SequenceNode {
		return v
	}
	if !create {
		return nil
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	if v != nil {
		comments := []string{v.HeadComment, v.LineComment, v.FootComment}
		*v = *seq // feeds: (null) becomes a list, keeping its place
		v.HeadComment, v.LineComment, v.FootComment = comments[0], comments[1], comments[2]
		return v
	}
	d.root.Content = append(d.root.Content, strNode("feeds"), seq)
	return seq
}

func decodeFeed(n *yaml.Node) (Feed, bool) {
	var f Feed
	w := newWalker("")
	w.value(n, reflect.ValueOf(&f).Elem(), "feed")
	return f, len(w.errs) == 0
}

func feedNode(f Feed) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	m.Content = append(m.Content, strNode("url"), strNode(f.URL))
	if name := strings.TrimSpace(f.Name); name != "" {
		m.Content = append(m.Content, strNode("name"), strNode(name))
	}
	if f.Interval > 0 {
		m.Content = append(m.Content, strNode("interval"), strNode(shortDuration(f.Interval.D())))
	}
	if f.Paused {
		m.Content = append(m.Content, strNode("paused"), boolNode(true))
	}
	return m
}

// mapValue returns the value node for key in mapping m, or nil.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func strNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func boolNode(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(b)}
}

// shortDuration writes 1h rather than time.Duration's 1h0m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
