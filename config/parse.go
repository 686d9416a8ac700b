package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// The defaults, named so the example file, the docs and the tests agree.
const (
	DefaultDatabase     = "crosscheck.db"
	DefaultUserAgent    = "crosscheck/1.0 (+https://github.com/crosscheck-bot/crosscheck)"
	DefaultTelegramAPI  = "https://api.telegram.org/bot%s/%s" // tgbotapi.APIEndpoint
	DefaultDiscordAPI   = "https://discord.com/api/v10/"
	DefaultMaxBodyBytes = 10 << 20
	// DefaultMemoryLimitMB keeps 2,000 feeds of 50 items under 200 MB of
	// RSS at no cost in throughput (docs/BENCHMARKS.md).
	DefaultMemoryLimitMB = 140
)

// Default returns the configuration an empty file gives: every setting at
// its default and no feeds. The demo builds on it in code.
func Default() *Config {
	return &Config{
		Database:      DefaultDatabase,
		MemoryLimitMB: DefaultMemoryLimitMB,
		Log:           Log{Level: "info", Format: "text"},
		Poll: Poll{
			Interval:     Duration(10 * time.Minute),
			Workers:      8,
			Timeout:      Duration(30 * time.Second),
			MaxBodyBytes: DefaultMaxBodyBytes,
		},
		Network: Network{UserAgent: DefaultUserAgent},
		Alerts: Alerts{
			MaxItemAge:     Duration(72 * time.Hour),
			Window:         Duration(168 * time.Hour),
			AboutTolerance: 0.10,
			ExactTolerance: 0.02,
			MaxOutboxAge:   Duration(48 * time.Hour),
			Grace:          Duration(10 * time.Second),
		},
		Telegram: Telegram{APIEndpoint: DefaultTelegramAPI},
		Discord:  Discord{APIBase: DefaultDiscordAPI},
	}
}

// Load reads and parses the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(data, path)
}

// Parse decodes and validates a config file's contents. name is the file's
// path: errors are placed in it and a relative database path is taken
// relative to its folder. A returned error is always Errors, holding every
// problem found.
func Parse(data []byte, name string) (*Config, error) {
	root, err := parseNode(data, name)
	if err != nil {
		return nil, err
	}
	cfg := Default()
	w := newWalker(name)
	if root != nil {
		w.value(root, reflect.ValueOf(cfg).Elem(), "")
	}
	fillDerived(cfg, name)
	c := &checker{file: name, at: w.at, keys: w.keys, bad: w.bad}
	errs := append(w.errs, c.check(cfg)...)
	if len(errs) > 0 {
		slices.SortStableFunc(errs, byPlace)
		return nil, errs
	}
	return cfg, nil
}

func byPlace(a, b *Error) int {
	if a.Line != b.Line {
		return cmp.Compare(a.Line, b.Line)
	}
	return cmp.Compare(a.Column, b.Column)
}

// parseNode returns the file's top-level node, or nil for an empty file.
func parseNode(data []byte, name string) (*yaml.Node, error) {
	doc, err := decodeDocument(data)
	if err != nil {
		return nil, Errors{syntaxError(name, err)}
	}
	if doc == nil || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// errManyDocuments rejects a second "---" document, which yaml.Unmarshal
// would silently ignore along with every setting in it.
var errManyDocuments = errors.New("more than one YAML document in the file")

// decodeDocument parses data into its document node; nil when empty.
func decodeDocument(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("yaml: line %d: %w", extra.Line, errManyDocuments)
	}
	return &doc, nil
}

// fillDerived sets the values that follow from others: a feed's name from
// its host, the database next to the config file.
func fillDerived(cfg *Config, name string) {
	for i := range cfg.Feeds {
		f := &cfg.Feeds[i]
		f.URL = strings.TrimSpace(f.URL)
		f.Name = strings.TrimSpace(f.Name)
		if f.Name == "" {
			f.Name = hostOf(f.URL)
		}
	}
	if cfg.Database != "" && cfg.Database != ":memory:" && !filepath.IsAbs(cfg.Database) {
		cfg.Database = filepath.Join(filepath.Dir(name), cfg.Database)
	}
	if m := cfg.Topic.Model; m != "" && m != ModelOff && m != ModelBuiltin && !filepath.IsAbs(m) {
		cfg.Topic.Model = filepath.Join(filepath.Dir(name), m)
	}
	if cfg.Discord.APIBase != "" && !strings.HasSuffix(cfg.Discord.APIBase, "/") {
		cfg.Discord.APIBase += "/" // discordgo appends paths straight onto it
	}
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
