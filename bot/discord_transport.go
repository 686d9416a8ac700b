package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// discordgo builds its endpoints once, at package init, as
// "https://discord.com/api/v9/…" globals. Rather than mutate those globals
// (shared by every session in the process), the session gets an http.Client
// whose transport moves requests for discord.com onto the configured API
// base. The gateway URL comes from GET gateway, so a fake server that
// answers it with its own ws:// URL receives the websocket too.

// discordRewrite sends requests for https://discord.com/api/vN/… to base.
type discordRewrite struct {
	base *url.URL // scheme, host and path prefix ending in "/"
	next http.RoundTripper
}

// newDiscordClient returns a copy of c (or a default client) whose requests
// to discord.com go to apiBase; an empty apiBase leaves them alone.
func newDiscordClient(c *http.Client, apiBase string) (*http.Client, error) {
	out := &http.Client{Timeout: discordHTTPTimeout}
	if c != nil {
		copied := *c
		out = &copied
	}
	if apiBase == "" {
		return out, nil
	}
	base, err := url.Parse(apiBase)
	if err != nil {
		return nil, fmt.Errorf("parse discord api base %q: %w", apiBase, err)
	}
	if base.Scheme != "http" && base.Scheme != "https" || base.Host == "" {
		return nil, fmt.Errorf("discord api base %q: want an http or https URL", apiBase)
	}
	if !strings.HasSuffix(base.Path, "/") {
		base.Path += "/"
	}
	next := out.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	out.Transport = &discordRewrite{base: base, next: next}
	return out, nil
}

func (d *discordRewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return d.next.RoundTrip(r)
	}
	rest, ok := discordAPIPath(r.URL.Path)
	if !ok {
		return d.next.RoundTrip(r)
	}
	// RoundTrip must not modify the caller's request.
	r2 := r.Clone(r.Context())
	r2.URL.Scheme = d.base.Scheme
	r2.URL.Host = d.base.Host
	r2.URL.Path = d.base.Path + rest
	r2.URL.RawPath = ""
	r2.Host = d.base.Host
	return d.next.RoundTrip(r2)
}

// discordAPIPath strips "/api/" and an optional version ("v9/") from p.
func discordAPIPath(p string) (string, bool) {
	rest, ok := strings.CutPrefix(p, "/api/")
	if !ok {
		return "", false
	}
	if v, after, found := strings.Cut(rest, "/"); found && len(v) > 1 && v[0] == 'v' && strings.Trim(v[1:], "0123456789") == "" {
		rest = after
	}
	return rest, true
}
