package feeds

import "testing"

func TestCanonical(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"scheme and host lower-cased": {"HTTPS://Example.COM/News/A", "https://example.com/News/A"},
		"www dropped":                 {"https://www.example.com/a", "https://example.com/a"},
		"default ports dropped":       {"http://example.com:80/a", "http://example.com/a"},
		"default https port dropped":  {"https://example.com:443/a", "https://example.com/a"},
		"other ports kept":            {"https://example.com:8443/a", "https://example.com:8443/a"},
		"fragment dropped":            {"https://example.com/a#comments", "https://example.com/a"},
		"utm parameters dropped":      {"https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"},
		"click ids dropped": {
			"https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ocid=6&cmpid=7&_ga=8&yclid=9&spm=10",
			"https://example.com/a",
		},
		"ref parameters dropped":            {"https://example.com/a?ref=tw&ref_src=twsrc", "https://example.com/a"},
		"remaining parameters sorted":       {"https://example.com/a?z=1&utm_campaign=x&a=2", "https://example.com/a?a=2&z=1"},
		"article ids kept":                  {"https://example.com/story.php?id=884213", "https://example.com/story.php?id=884213"},
		"trailing slash dropped":            {"https://example.com/a/b/", "https://example.com/a/b"},
		"root slash kept":                   {"https://example.com/", "https://example.com/"},
		"empty path becomes root":           {"https://example.com", "https://example.com/"},
		"empty query dropped":               {"https://example.com/a?", "https://example.com/a"},
		"tracking parameter names any case": {"https://example.com/a?UTM_Source=x", "https://example.com/a"},
		"scheme kept":                       {"http://example.com/a", "http://example.com/a"},
		"surrounding spaces trimmed":        {"  https://example.com/a  ", "https://example.com/a"},
		"empty":                             {"", ""},
		"not a URL":                         {"  not a url ", "not a url"},
		"relative":                          {"/news/1", "/news/1"},
		"other scheme untouched":            {"mailto:a@example.com", "mailto:a@example.com"},
		"invalid":                           {"http://[::1", "http://[::1"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := Canonical(tc.in)
			if got != tc.want {
				t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Canonical(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

// The syndicated copy 008 differs from 000 by a trailing slash and share
// parameters; 007 from 002 by its address altogether (that is dedup's
// fingerprint's job, not this one's).
func TestCanonicalCorpusDuplicates(t *testing.T) {
	byName := map[string]article{}
	for _, a := range loadArticles(t) {
		byName[a.name] = a
	}
	copyURL, origURL := byName["008"].header["url"], byName["000"].header["url"]
	if copyURL == "" || origURL == "" {
		t.Fatal("corpus 000 or 008 has no url")
	}
	if Canonical(copyURL) != Canonical(origURL) {
		t.Errorf("Canonical(%q) = %q, want %q", copyURL, Canonical(copyURL), Canonical(origURL))
	}
}
