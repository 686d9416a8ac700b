package config

import (
	"cmp"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"gopkg.in/yaml.v3"
)

// Validate checks a Config built in code (the demo's) by the same rules a
// file is checked by; the errors carry key paths but no lines.
func (c *Config) Validate() error {
	ch := &checker{at: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}}
	return ch.check(c).err()
}

// checker applies the rules that need more than a value's type. It places
// each problem at the node the walker recorded for the key, when there was one.
type checker struct {
	file string
	at   map[string]*yaml.Node
	keys map[string]*yaml.Node
	bad  map[string]bool // paths that failed to decode: checking them again would only repeat it
	errs Errors
}

func (c *checker) fail(path, format string, args ...any) {
	c.failAt(c.at[path], path, format, args...)
}

func (c *checker) failAt(n *yaml.Node, path, format string, args ...any) {
	if c.decodeFailed(path) {
		return
	}
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	c.errs = append(c.errs, errorf(c.file, line, col, path, format, args...))
}

// decodeFailed reports whether path or a parent of it failed to decode.
func (c *checker) decodeFailed(path string) bool {
	for p := path; p != ""; {
		if c.bad[p] {
			return true
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return false
}

func (c *checker) check(cfg *Config) Errors {
	if strings.TrimSpace(cfg.Database) == "" {
		c.fail("database", "must not be empty")
	}
	c.oneOf("log.level", cfg.Log.Level, "debug", "info", "warn", "error")
	c.oneOf("log.format", cfg.Log.Format, "text", "json")
	if cfg.MemoryLimitMB < 0 {
		c.fail("memory_limit_mb", "must be 0 (no limit) or more, got %d", cfg.MemoryLimitMB)
	}
	c.poll(cfg.Poll)
	c.alerts(cfg.Alerts)
	c.topic(cfg.Topic)
	c.lexicon(cfg.Lexicon)
	c.feeds(cfg.Feeds, cfg.Network.AllowPrivate)
	c.telegram(cfg.Telegram)
	c.discord(cfg.Discord)
	if l := cfg.Metrics.Listen; l != "" {
		if _, _, err := net.SplitHostPort(l); err != nil {
			c.fail("metrics.listen", "want host:port such as \"127.0.0.1:9090\", got %q", l)
		}
	}
	return c.errs
}

func (c *checker) oneOf(path, v string, allowed ...string) {
	if !slices.Contains(allowed, v) {
		c.fail(path, "want one of %s, got %q", strings.Join(allowed, ", "), v)
	}
}

func (c *checker) poll(p Poll) {
	if p.Interval <= 0 {
		c.fail("poll.interval", "must be more than 0")
	}
	if p.Workers < 1 {
		c.fail("poll.workers", "must be at least 1, got %d", p.Workers)
	}
	if p.Timeout <= 0 {
		c.fail("poll.timeout", "must be more than 0")
	}
	if p.MaxBodyBytes < 1 {
		c.fail("poll.max_body_bytes", "must be at least 1, got %d", p.MaxBodyBytes)
	}
}

func (c *checker) alerts(a Alerts) {
	if a.Window <= 0 {
		c.fail("alerts.window", "must be more than 0")
	}
	if a.AboutTolerance < 0 || a.AboutTolerance >= 1 {
		c.fail("alerts.about_tolerance", "want a fraction from 0 to below 1, got %g", a.AboutTolerance)
	}
	if a.ExactTolerance < 0 || a.ExactTolerance >= 1 {
		c.fail("alerts.exact_tolerance", "want a fraction from 0 to below 1, got %g", a.ExactTolerance)
	}
}

func (c *checker) topic(t Topic) {
	c.groups("topic.lead", t.Lead)
	c.groups("topic.all_of", t.AllOf)
	if t.LeadWords < 0 {
		c.fail("topic.lead_words", "must not be negative")
	}
	if t.LeadMentions < 0 {
		c.fail("topic.lead_mentions", "must not be negative")
	}
	c.terms("topic.exclude", t.Exclude)
	c.terms("topic.other_stories", t.OtherStories)
	c.terms("topic.story_headline", t.StoryHeadline)
	c.terms("topic.past_stories", t.PastStories)
	c.terms("topic.aftermath", t.Aftermath)
	c.terms("topic.aftermath_unless", t.AftermathUnless)
	c.terms("topic.wares", t.Wares)
	c.terms("topic.wares_unless", t.WaresUnless)
	c.groups("topic.headline_all_of", t.HeadlineAllOf)
	if t.ModelVeto < 0 || t.ModelVeto >= 1 {
		c.fail("topic.model_veto", "want a score from 0 to below 1, got %g", t.ModelVeto)
	}
	if t.ModelRescue < 0 || t.ModelRescue > 1 {
		c.fail("topic.model_rescue", "want a score from 0 to 1, got %g", t.ModelRescue)
	}
	if veto, rescue := cmp.Or(t.ModelVeto, feeds.DefaultModelVeto), cmp.Or(t.ModelRescue, feeds.DefaultModelRescue); veto >= rescue {
		c.fail("topic.model_veto", "must be below topic.model_rescue (%g), got %g", rescue, veto)
	}
}

func (c *checker) groups(key string, groups [][]string) {
	for i, group := range groups {
		path := fmt.Sprintf("%s[%d]", key, i)
		if len(group) == 0 {
			c.fail(path, "a group needs at least one term")
		}
		c.terms(path, group)
	}
}

func (c *checker) terms(path string, terms []string) {
	for i, term := range terms {
		if strings.TrimSpace(term) == "" {
			c.fail(fmt.Sprintf("%s[%d]", path, i), "a term must not be empty")
		}
	}
}

// knownSubjects are the subjects the claims package counts.
var knownSubjects = []claims.Subject{claims.NorthKorea, claims.Russia, claims.Ukraine}

func (c *checker) lexicon(l Lexicon) {
	for _, name := range sortedKeys(l.Metrics) {
		if !slices.Contains(claims.Metrics, claims.Metric(name)) {
			c.failAt(c.keys["lexicon.metrics."+name], "lexicon.metrics",
				"unknown metric %q (want one of %s)", name, joinNames(claims.Metrics))
		}
		c.terms("lexicon.metrics."+name, l.Metrics[name])
	}
	for _, name := range sortedKeys(l.Subjects) {
		if !slices.Contains(knownSubjects, claims.Subject(name)) {
			c.failAt(c.keys["lexicon.subjects."+name], "lexicon.subjects",
				"unknown subject %q (want one of %s)", name, joinNames(knownSubjects))
		}
		c.terms("lexicon.subjects."+name, l.Subjects[name])
	}
}

func (c *checker) feeds(fs []Feed, allowPrivate bool) {
	seen := map[string]int{}
	for i, f := range fs {
		path := fmt.Sprintf("feeds[%d]", i)
		if _, given := c.at[path+".url"]; !given && f.URL == "" {
			c.fail(path, "url is required")
			continue
		}
		if err := checkFeedURL(f.URL, allowPrivate); err != nil {
			c.fail(path+".url", "%v", err)
			continue
		}
		key := canonicalFeedURL(f.URL)
		if first, dup := seen[key]; dup {
			c.fail(path+".url", "the same feed as feeds[%d]", first)
			continue
		}
		seen[key] = i
	}
}

// checkFeedURL accepts absolute http and https URLs with a host. Private
// addresses are refused unless allowed, so a typo cannot point the bot at
// the admin's router; names are checked again when dialled.
func checkFeedURL(raw string, allowPrivate bool) error {
	if strings.TrimSpace(raw) == "" {
		return fmt.Errorf("url is required")
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return fmt.Errorf("not a URL: %q", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("want an http or https URL, got %q", raw)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("URL has no host: %q", raw)
	}
	if !allowPrivate && isPrivateHost(host) {
		return fmt.Errorf("%s is a private address; set network.allow_private to poll it", host)
	}
	return nil
}

func isPrivateHost(host string) bool {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast())
}

// canonicalFeedURL is the form two feed URLs are compared in: scheme and
// host lower-cased, no trailing slash, no fragment.
func canonicalFeedURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	u.RawFragment = ""
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = strings.TrimRight(u.RawPath, "/")
	return u.String()
}

func (c *checker) telegram(t Telegram) {
	if ch := t.Channel; ch != "" && !strings.HasPrefix(ch, "@") {
		if _, err := strconv.ParseInt(ch, 10, 64); err != nil {
			c.fail("telegram.channel", "want \"@name\" or a numeric chat id, got %q", ch)
		}
	}
	if strings.Count(t.APIEndpoint, "%s") != 2 {
		c.fail("telegram.api_endpoint", "want the form \"https://host/bot%%s/%%s\", got %q", t.APIEndpoint)
	} else if err := checkBaseURL(strings.ReplaceAll(t.APIEndpoint, "%s", "x")); err != nil {
		c.fail("telegram.api_endpoint", "%v", err)
	}
}

func (c *checker) discord(d Discord) {
	if err := checkBaseURL(d.APIBase); err != nil {
		c.fail("discord.api_base", "%v", err)
	}
	for i, g := range d.Guilds {
		if _, err := strconv.ParseUint(g, 10, 64); err != nil {
			c.fail(fmt.Sprintf("discord.guilds[%d]", i), "want a numeric guild id, got %q", g)
		}
	}
	if ch := d.AdminChannel; ch != "" {
		if _, err := strconv.ParseUint(ch, 10, 64); err != nil {
			c.fail("discord.admin_channel", "want a numeric channel id, got %q", ch)
		}
	}
}

// checkBaseURL accepts an http or https URL with a host; loopback is fine,
// since that is where tests and the demo run their fake servers.
func checkBaseURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("want an http or https URL, got %q", raw)
	}
	return nil
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func joinNames[T ~string](names []T) string {
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = string(n)
	}
	return strings.Join(s, ", ")
}
