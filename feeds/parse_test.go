package feeds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func readCorpusFeed(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpusDir, "feeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseCorpusFeeds(t *testing.T) {
	type want struct {
		guid, url, title, lastWords string
		published                   time.Time
	}
	tests := map[string]struct {
		title string
		items []want
	}{
		"aggregator.rss": {title: "aggregator", items: []want{
			{guid: "aggregator-007", url: "https://aggregator-news.example/story/884213?utm_source=rss&utm_medium=feed",
				title:     "Zelensky says more than 3,000 North Korean soldiers killed or wounded in Kursk",
				lastWords: "posed by the deployment of North Korean forces.", published: time.Date(2024, 12, 23, 19, 5, 0, 0, time.UTC)},
			{guid: "aggregator-008", title: "Kiev announced the first exchange of fire with North Korean forces in Kursk!",
				lastWords: "is only between North Korea and Russia.”"},
		}},
		"eu-desk.atom": {title: "eu-desk", items: []want{
			{guid: "urn:item:eu-desk:001", url: "https://eu-desk.example/security-defence/first-confirmed-skirmish-ukrainian-north-korean-troops-kursk",
				lastWords: "are preparing to engage in combat within days.", published: time.Date(2024, 11, 5, 14, 10, 0, 0, time.UTC)},
			{guid: "urn:item:eu-desk:005", title: "Families mark 15 years since the Kursk submarine sank"},
		}},
		"global-brief.json": {title: "global-brief", items: []want{
			{guid: "global-brief-004", url: "https://global-brief.example/2024/11/05/ukraine-first-encounters-north-korean-troops",
				title:     "Ukraine Reports First Encounters with North Korean Troops",
				lastWords: "to avert broader conflict.", published: time.Date(2024, 11, 5, 18, 20, 0, 0, time.UTC)},
		}},
		"wire-one.rss": {title: "wire-one", items: []want{
			{guid: "wire-one-006", title: "Sanwo-Olu says Anambra poverty rose to 53.7% under Obi",
				lastWords: "Obi's camp had not responded by the time of publication."},
			{guid: "wire-one-000", lastWords: "is only between North Korea and Russia.”"},
		}},
		"world-news.rss": {title: "world-news", items: []want{
			{guid: "world-news-003", lastWords: "he told Ukraine’s TSN Tyzhden news programme."},
			{guid: "world-news-002", title: "Zelensky: We killed and wounded 3,000 North Korean soldiers in Russia’s Kursk",
				lastWords: "posed by the deployment of North Korean forces."},
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			feedURL := "https://feeds.example/" + name
			title, items, err := Parse(readCorpusFeed(t, name), Feed{URL: feedURL})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if title != tc.title {
				t.Errorf("title = %q, want %q", title, tc.title)
			}
			if len(items) != len(tc.items) {
				t.Fatalf("%d items, want %d", len(items), len(tc.items))
			}
			for i, w := range tc.items {
				it := items[i]
				if it.GUID != w.guid {
					t.Errorf("item %d: GUID %q, want %q", i, it.GUID, w.guid)
				}
				if w.url != "" && it.URL != w.url {
					t.Errorf("item %d: URL %q, want %q", i, it.URL, w.url)
				}
				if it.Canonical != Canonical(it.URL) || it.FeedURL != feedURL || it.Source != tc.title {
					t.Errorf("item %d: canonical %q, feed %q, source %q", i, it.Canonical, it.FeedURL, it.Source)
				}
				if w.title != "" && it.Title != w.title {
					t.Errorf("item %d: title %q, want %q", i, it.Title, w.title)
				}
				if it.Published.IsZero() || !w.published.IsZero() && !it.Published.Equal(w.published) {
					t.Errorf("item %d: published %v, want %v", i, it.Published, w.published)
				}
				if !strings.HasSuffix(it.Text, w.lastWords) {
					t.Errorf("item %d: text should end %q, ends %q", i, w.lastWords, it.Text[max(0, len(it.Text)-100):])
				}
				if strings.Contains(it.Text, "<p>") || strings.Contains(it.Text, "&lt;") {
					t.Errorf("item %d: markup left in text", i)
				}
				assertNoFurniture(t, it.GUID, it.Text)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	tests := map[string]struct {
		feed, name string
		check      func(t *testing.T, it Item)
	}{
		"the feed name wins over the feed title": {
			feed: rss(`<item><title>T</title><link>https://a.example/1</link><description>x</description></item>`),
			name: "Configured",
			check: func(t *testing.T, it Item) {
				if it.Source != "Configured" {
					t.Errorf("source %q", it.Source)
				}
			},
		},
		"no guid: the link is the GUID; title HTML stripped": {
			feed: rss(`<item><title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title><link>https://a.example/1</link></item>`),
			check: func(t *testing.T, it Item) {
				if it.GUID != "https://a.example/1" || it.Title != "Bold & more" {
					t.Errorf("GUID %q title %q", it.GUID, it.Title)
				}
			},
		},
		"relative link resolved against the site": {
			feed: rss(`<item><guid>g</guid><link>/news/1</link></item>`),
			check: func(t *testing.T, it Item) {
				if it.URL != "https://site.example/news/1" {
					t.Errorf("URL %q", it.URL)
				}
			},
		},
		"the longest text wins: description over a teaser content": {
			feed: rss(`<item><guid>g</guid><description>&lt;p&gt;The whole article, long enough to win.&lt;/p&gt;</description>` +
				`<content:encoded><![CDATA[<p>Teaser</p>]]></content:encoded></item>`),
			check: func(t *testing.T, it Item) {
				if it.Text != "The whole article, long enough to win." {
					t.Errorf("text %q", it.Text)
				}
			},
		},
		"updated when there is no published date": {
			feed: `<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><entry><id>e</id><title>t</title>` +
				`<updated>2024-11-05T14:10:00+02:00</updated><summary>s</summary></entry></feed>`,
			check: func(t *testing.T, it Item) {
				if !it.Published.Equal(time.Date(2024, 11, 5, 12, 10, 0, 0, time.UTC)) {
					t.Errorf("published %v", it.Published)
				}
			},
		},
		"no date at all: zero": {
			feed: rss(`<item><guid>g</guid><title>t</title></item>`),
			check: func(t *testing.T, it Item) {
				if !it.Published.IsZero() {
					t.Errorf("published %v", it.Published)
				}
			},
		},
		"wrong declared charset: text stays valid UTF-8": {
			feed: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>c</title>" +
				"<item><guid>g</guid><title>caf\xe9</title><description>na\xefve \xff</description></item></channel></rss>",
			check: func(t *testing.T, it Item) {
				if !utf8.ValidString(it.Title) || !utf8.ValidString(it.Text) || it.Title != "café" {
					t.Errorf("title %q text %q: want valid UTF-8, Latin-1 read as such", it.Title, it.Text)
				}
			},
		},
		"latin-1 declared and used": {
			feed: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>c</title>" +
				"<item><guid>g</guid><title>caf\xe9</title></item></channel></rss>",
			check: func(t *testing.T, it Item) {
				if it.Title != "café" {
					t.Errorf("title %q", it.Title)
				}
			},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, items, err := Parse([]byte(tc.feed), Feed{URL: "https://feeds.example/f", Name: tc.name})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(items) != 1 {
				t.Fatalf("%d items, want 1", len(items))
			}
			tc.check(t, items[0])
		})
	}
}

func rss(items string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
		`<channel><title>Feed Title</title><link>https://site.example/</link>` + items + `</channel></rss>`
}

func TestParseRejects(t *testing.T) {
	tests := map[string]struct {
		body, wantErr string
	}{
		"empty body":     {body: "", wantErr: "empty body"},
		"only spaces":    {body: " \n\t ", wantErr: "empty body"},
		"an HTML page":   {body: "<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>", wantErr: "not a feed (an HTML page)"},
		"plain text":     {body: "hello world", wantErr: "not a feed"},
		"truncated XML":  {body: `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a`, wantErr: "parse feed"},
		"broken JSON":    {body: `{"version":"https://jsonfeed.org/version/1.1","items":[`, wantErr: "parse feed"},
		"binary garbage": {body: "\x00\x01\x02\xff\xfe", wantErr: "not a feed"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, items, err := Parse([]byte(tc.body), Feed{URL: "https://feeds.example/f"})
			if err == nil {
				t.Fatalf("no error, %d items", len(items))
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %q, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}

// A "billion laughs" document must neither expand its entities nor blow
// up: Go's XML decoder does not expand DTD entities.
func TestParseBillionLaughsIsHarmless(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		b.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">`)
		prev = name
	}
	b.WriteString(`]><rss version="2.0"><channel><title>t</title><item><guid>g</guid><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`)
	_, items, err := Parse([]byte(b.String()), Feed{URL: "https://feeds.example/f"})
	if err != nil {
		return // refusing the document is harmless too
	}
	for _, it := range items {
		if len(it.Title)+len(it.Text) > 10_000 {
			t.Fatalf("entities expanded: %d bytes", len(it.Title)+len(it.Text))
		}
	}
}

func BenchmarkParse(b *testing.B) {
	var items strings.Builder
	for i := range 50 {
		items.WriteString(`<item><guid>g` + string(rune('a'+i%26)) + `</guid><title>North Korean troops in Kursk</title>` +
			`<link>https://site.example/news/1?utm_source=rss</link><pubDate>Mon, 23 Dec 2024 19:05:00 +0000</pubDate>` +
			`<content:encoded><![CDATA[` + strings.Repeat("<p>About 11,000 North Korean soldiers were deployed, officials said.</p>", 20) +
			`<p>Read also:</p><p>x</p>]]></content:encoded></item>`)
	}
	body := []byte(rss(items.String()))
	b.SetBytes(int64(len(body)))
	n := 0
	for b.Loop() {
		_, its, err := Parse(body, Feed{URL: "https://site.example/feed"})
		if err != nil {
			b.Fatal(err)
		}
		n += len(its)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "items/s")
}
