package feeds

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzCleanHTML(f *testing.F) {
	for _, s := range []string{
		"<p>About 11,000 North Korean troops</p>", "<p>Body.</p><p>Read also:</p><p>x</p>",
		"<script>x</script>text", "plain\ntext\nSource link", "<div><nav><p>x</div>", "caf\xe9",
		"a < b", "<!-- c --><p>&amp;&#xffffff;&#0;</p>", "</p> /p>", "<svg/><br/>",
		"<p>Body one is here.</p><p>Read more</p><ul><li>Other story</li><li>Another?</li></ul><p>Body two.</p>",
		"<p>▶ Link (Dec. 17)</p><p>►</p><p>Read more on this topic</p>", "<p>Also in Meduza: x | y</p>",
		// a box of headlines between paragraphs, which the article outlasts
		"<p>" + strings.Repeat("Kirby said 3,000 had moved. ", 5) + "</p><p>RELATED COVERAGE</p><p>► One</p><p>► Two</p><p>" +
			strings.Repeat("The spy agency said 1,500 had gone. ", 4) + "</p><p>" + strings.Repeat("Peskov dismissed it. ", 7) + "</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := CleanHTML(s)
		if !utf8.ValidString(out) {
			t.Fatalf("CleanHTML(%q) = %q: invalid UTF-8", s, out)
		}
		if strings.Contains(out, "\n\n\n") || strings.TrimSpace(out) != out {
			t.Fatalf("CleanHTML(%q) = %q: untidy whitespace", s, out)
		}
		if again := CleanText(out); again != out {
			t.Fatalf("cleaning is not stable: %q then %q", out, again)
		}
	})
}

func FuzzCanonical(f *testing.F) {
	for _, s := range []string{
		"https://www.Example.com:443/a/?utm_source=x&b=2&a=1#frag",
		"http://example.com:80", "http://[::1]:80/", "https://x/%2F/", "http://www.www./",
		"http://a.example/?a=1&a=0", "http://a.example/?%zz", "mailto:x", "//host/path", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Canonical(s)
		if again := Canonical(c); again != c {
			t.Fatalf("Canonical not idempotent: %q -> %q -> %q", s, c, again)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(tinyFeed))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","content_html":"<p>x</p>"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><content type="html">&lt;p&gt;x</content></entry></feed>`))
	f.Add([]byte("<rss><channel><item><title>caf\xe9</title></item></channel></rss>"))
	f.Add([]byte("<!DOCTYPE html><html></html>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		_, items, err := Parse(body, Feed{URL: "https://feeds.example/f"})
		if err != nil {
			return
		}
		for _, it := range items {
			if !utf8.ValidString(it.Text) || !utf8.ValidString(it.Title) || it.GUID == "" {
				t.Fatalf("bad item %+v", it)
			}
		}
	})
}
