// Package config holds crosscheck's YAML configuration: the schema, strict
// loading with line-numbered errors, defaults, validation, hot reload and
// write-back that keeps the admin's comments.
package config

import "time"

// Config is the whole file. Key names are fixed: admins' files and scripts
// depend on them.
type Config struct {
	Database string `yaml:"database"` // SQLite file path
	// MemoryLimitMB is a soft limit on the Go heap (runtime/debug.SetMemoryLimit):
	// the collector works harder near it instead of letting garbage pile up
	// between collections. 0 leaves it to GOMEMLIMIT, as does GOMEMLIMIT set.
	MemoryLimitMB int      `yaml:"memory_limit_mb"`
	Log           Log      `yaml:"log"`
	Poll          Poll     `yaml:"poll"`
	Network       Network  `yaml:"network"`
	Alerts        Alerts   `yaml:"alerts"`
	Topic         Topic    `yaml:"topic"`
	Lexicon       Lexicon  `yaml:"lexicon"`
	Feeds         []Feed   `yaml:"feeds"`
	Telegram      Telegram `yaml:"telegram"`
	Discord       Discord  `yaml:"discord"`
	Metrics       Metrics  `yaml:"metrics"`
}

type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

type Poll struct {
	Interval     Duration `yaml:"interval"`       // default for every feed
	Workers      int      `yaml:"workers"`        // feeds fetched at once
	Timeout      Duration `yaml:"timeout"`        // one fetch, connect to last byte
	MaxBodyBytes int64    `yaml:"max_body_bytes"` // larger bodies are refused
}

type Network struct {
	AllowPrivate bool   `yaml:"allow_private"` // feeds on loopback/private addresses; tests and the demo only
	UserAgent    string `yaml:"user_agent"`
}

type Alerts struct {
	MaxItemAge     Duration `yaml:"max_item_age"`    // older items are stored and compared but raise no alert; 0: no limit
	Window         Duration `yaml:"window"`          // claims published this close are compared for conflicts
	AboutTolerance float64  `yaml:"about_tolerance"` // "about N" reads as N±this fraction (0.10)
	ExactTolerance float64  `yaml:"exact_tolerance"` // "N" reads as N±this fraction (0.02)
	MaxOutboxAge   Duration `yaml:"max_outbox_age"`  // undelivered alerts older than this are dropped
	Grace          Duration `yaml:"grace"`           // on shutdown, keep delivering this long
}

// Topic decides which items are about the story: every group in Lead must
// have a term in the title or the first LeadWords words, or LeadMentions
// times in all, every group in AllOf a term anywhere, and no Exclude term
// may appear; the first Lead group names whom the story is about, and a
// text that names them in one place only (terms a few words apart are one
// place), after its first LeadWords/2 words, with no figure before the
// name and not in the title, is another story's; a title with an OtherStories term and not both a
// StoryHeadline and an AftermathUnless term is another story's, and so is one with two PastStories terms, or one and
// not a term of every Lead group, and one with an Aftermath term and no
// AftermathUnless term, and one with a Wares term and no WaresUnless
// term; a title with a term of every HeadlineAllOf group
// needs its Lead terms only somewhere in the text.
type Topic struct {
	Lead            [][]string `yaml:"lead"`
	LeadWords       int        `yaml:"lead_words"`
	LeadMentions    int        `yaml:"lead_mentions"`
	AllOf           [][]string `yaml:"all_of"`
	Exclude         []string   `yaml:"exclude"`
	OtherStories    []string   `yaml:"other_stories"`
	StoryHeadline   []string   `yaml:"story_headline"`
	PastStories     []string   `yaml:"past_stories"`
	Aftermath       []string   `yaml:"aftermath"`
	AftermathUnless []string   `yaml:"aftermath_unless"`
	Wares           []string   `yaml:"wares"`
	WaresUnless     []string   `yaml:"wares_unless"`
	HeadlineAllOf   [][]string `yaml:"headline_all_of"`
	// Model is a learned judge beside the rules: "" for the shipped
	// story's when the rules are the shipped story's (no lead or all_of
	// here) and none when they are your own, "builtin" for the shipped
	// story's with any rules, "off" for none, or a file that `crosscheck
	// topic train` wrote (relative to this file's folder). It overrules
	// the rules where it is sure: an item they keep is dropped when it
	// scores under ModelVeto, one they drop is kept when it scores
	// ModelRescue or more (0: 0.1 and 0.9).
	Model       string  `yaml:"model"`
	ModelVeto   float64 `yaml:"model_veto"`
	ModelRescue float64 `yaml:"model_rescue"`
}

// ModelOff as topic.model turns the learned judge off; ModelBuiltin
// names the shipped story's whatever the rules.
const (
	ModelOff     = "off"
	ModelBuiltin = "builtin"
)

// Lexicon adds cue words to the extractor's built-in ones.
type Lexicon struct {
	Metrics  map[string][]string `yaml:"metrics"`  // metric name → extra nouns/verbs
	Subjects map[string][]string `yaml:"subjects"` // subject name → extra nationality cues
}

type Feed struct {
	URL      string   `yaml:"url"`
	Name     string   `yaml:"name"`
	Interval Duration `yaml:"interval"`
	Paused   bool     `yaml:"paused"`
}

type Telegram struct {
	Channel      string  `yaml:"channel"`       // "@name" or numeric id; alerts go here
	Admins       []int64 `yaml:"admins"`        // user ids allowed admin commands
	APIEndpoint  string  `yaml:"api_endpoint"`  // the library's "…/bot%s/%s" form
	LinkPreviews bool    `yaml:"link_previews"` // off by default
}

type Discord struct {
	Guilds       []string `yaml:"guilds"`        // register commands here (at once) instead of globally
	APIBase      string   `yaml:"api_base"`      // e.g. http://127.0.0.1:9999/api/v10/ in tests
	AdminChannel string   `yaml:"admin_channel"` // where config errors are reported
}

type Metrics struct {
	Listen string `yaml:"listen"` // "127.0.0.1:9090" serves /healthz and /metrics; "" is off
}

// Duration is a time.Duration written as "5m", "72h".
type Duration time.Duration

func (d Duration) D() time.Duration { return time.Duration(d) }
