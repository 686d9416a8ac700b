package feeds

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// which article it is; syndicated and shared copies differ only in them.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "mc_cid": true, "mc_eid": true, "igshid": true,
	"ref": true, "ref_src": true, "ref_url": true, "referrer": true, "ocid": true,
	"cmpid": true, "at_medium": true, "at_campaign": true, "at_custom1": true,
	"at_custom2": true, "at_custom3": true, "at_custom4": true, "_ga": true, "_gl": true,
	"spm": true, "smid": true, "mkt_tok": true, "twclid": true, "ttclid": true,
	"s_cid": true, "soc_src": true, "soc_trk": true, "__twitter_impression": true,
	"ito": true,
	// Not "cid", "id", "p" or "story": they name the article on some sites.
}

// Canonical normalises an article URL so that copies of one link compare
// equal: scheme and host lower-cased, "www." dropped (dedup wants
// www.example.com and example.com to be one site, and no news site serves
// different articles on them), default ports, fragment and tracking
// parameters (utm_*, fbclid, ...) dropped, the remaining parameters sorted,
// and a trailing slash dropped from the path (except "/"). The scheme is
// kept: http and https copies are rare and the difference can be real.
// Input that is not an absolute http(s) URL comes back trimmed.
func Canonical(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return raw
	}
	u.Host = canonicalHost(u.Scheme, u.Host)
	if u.Host == "" || strings.HasPrefix(u.Host, ":") {
		return raw // "http://..": dots and no name
	}
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = canonicalQuery(u.Query(), u.RawQuery)
	u.ForceQuery = false
	if u.Path != "/" && strings.HasSuffix(u.Path, "/") {
		u.Path = strings.TrimRight(u.Path, "/")
		u.RawPath = strings.TrimRight(u.RawPath, "/")
	}
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	// A query the url package cannot split is kept raw, spaces and all:
	// "http://0?%0X0 #" leaves "?%0X0 " once the fragment goes, and the
	// trimming above would make the next pass differ.
	out := strings.TrimSpace(u.String())
	// Parsing the result again must give the same URL; where the url
	// package's own escaping does not settle in one pass, keep the input.
	if u2, err := url.Parse(out); err != nil || u2.String() != out {
		return raw
	}
	return out
}

func canonicalHost(scheme, host string) string {
	host = strings.ToLower(host)
	switch {
	case scheme == "http" && strings.HasSuffix(host, ":80"):
		host = strings.TrimSuffix(host, ":80")
	case scheme == "https" && strings.HasSuffix(host, ":443"):
		host = strings.TrimSuffix(host, ":443")
	}
	host = strings.TrimRight(host, ".")
	for strings.HasPrefix(host, "www.") && len(host) > len("www.") {
		host = strings.TrimPrefix(host, "www.")
	}
	return host
}

// canonicalQuery drops tracking parameters and sorts the rest by name.
// A query that is not key=value pairs is kept as it was.
func canonicalQuery(q url.Values, raw string) string {
	if raw == "" {
		return ""
	}
	if _, err := url.ParseQuery(raw); err != nil {
		return raw
	}
	for k := range q {
		lk := strings.ToLower(k)
		if trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
			q.Del(k)
		}
	}
	return q.Encode()
}
