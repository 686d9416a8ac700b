package config

import (
	"fmt"
	"io"
	"log/slog"
	"slices"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// FeedList is the feeds to poll, as the feeds package takes them.
func (c *Config) FeedList() []feeds.Feed {
	out := make([]feeds.Feed, len(c.Feeds))
	for i, f := range c.Feeds {
		name := f.Name
		if name == "" {
			name = hostOf(f.URL)
		}
		out[i] = feeds.Feed{URL: f.URL, Name: name, Interval: f.Interval.D(), Paused: f.Paused}
	}
	return out
}

// TopicRules are the topic filter's rules. No groups at all means the
// caller applies the feeds package's defaults.
func (c *Config) TopicRules() feeds.TopicRules {
	return feeds.TopicRules{
		Lead:            cloneGroups(c.Topic.Lead),
		LeadWords:       c.Topic.LeadWords,
		LeadMentions:    c.Topic.LeadMentions,
		AllOf:           cloneGroups(c.Topic.AllOf),
		Exclude:         slices.Clone(c.Topic.Exclude),
		OtherStories:    slices.Clone(c.Topic.OtherStories),
		StoryHeadline:   slices.Clone(c.Topic.StoryHeadline),
		PastStories:     slices.Clone(c.Topic.PastStories),
		Aftermath:       slices.Clone(c.Topic.Aftermath),
		AftermathUnless: slices.Clone(c.Topic.AftermathUnless),
		Wares:           slices.Clone(c.Topic.Wares),
		WaresUnless:     slices.Clone(c.Topic.WaresUnless),
		HeadlineAllOf:   cloneGroups(c.Topic.HeadlineAllOf),
		Veto:            c.Topic.ModelVeto,
		Rescue:          c.Topic.ModelRescue,
	}
}

func cloneGroups(groups [][]string) [][]string {
	out := make([][]string, len(groups))
	for i, g := range groups {
		out[i] = slices.Clone(g)
	}
	return out
}

// ClaimRules are the comparison settings.
func (c *Config) ClaimRules() claims.Rules {
	return claims.Rules{
		Window:         c.Alerts.Window.D(),
		AboutTolerance: c.Alerts.AboutTolerance,
		ExactTolerance: c.Alerts.ExactTolerance,
	}
}

// ExtraLexicon is the configured cue words keyed by the claims package's
// names. A loaded file cannot fail here (Parse rejects unknown names with
// their line); a Config built in code can.
func (c *Config) ExtraLexicon() (claims.Lexicon, error) {
	lex := claims.Lexicon{
		Metrics:  map[claims.Metric][]string{},
		Subjects: map[claims.Subject][]string{},
	}
	for name, words := range c.Lexicon.Metrics {
		m := claims.Metric(name)
		if !slices.Contains(claims.Metrics, m) {
			return claims.Lexicon{}, fmt.Errorf("lexicon: unknown metric %q", name)
		}
		lex.Metrics[m] = slices.Clone(words)
	}
	for name, words := range c.Lexicon.Subjects {
		s := claims.Subject(name)
		if !slices.Contains(knownSubjects, s) {
			return claims.Lexicon{}, fmt.Errorf("lexicon: unknown subject %q", name)
		}
		lex.Subjects[s] = slices.Clone(words)
	}
	return lex, nil
}

// Logger builds the logger the log section asks for, writing to w.
func (c *Config) Logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.level()}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func (c *Config) level() slog.Level {
	switch c.Log.Level {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}
