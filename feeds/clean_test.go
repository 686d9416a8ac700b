package feeds

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanHTML(t *testing.T) {
	const para = "North Korea's force in Kursk has suffered heavy losses since it entered the fight in December, the president said in his nightly address on Thursday."
	tests := map[string]struct {
		in, want string
	}{
		"paragraphs become blank-line separated": {
			in: "<p>One.</p><p>Two.</p>", want: "One.\n\nTwo.",
		},
		"br and divs break lines": {
			in: "<div>a<br>b</div><div>c</div>", want: "a\n\nb\n\nc",
		},
		"inline elements join words": {
			in: "<p>North <b>Korean</b> <a href=x>troops</a></p>", want: "North Korean troops",
		},
		"entities decoded": {
			in: "<p>Tom &amp; Jerry &#8217;s &quot;x&quot; &nbsp;y</p>", want: "Tom & Jerry ’s \"x\" y",
		},
		"whitespace folded, newlines inside a paragraph are spaces": {
			in: "<p>  about\n   11,000\ttroops  </p>", want: "about 11,000 troops",
		},
		"script, style, nav, aside, footer, form, iframe, figcaption dropped": {
			in: "<p>Text.</p><script>var x = '<p>no</p>';</script><style>p{}</style>" +
				"<nav>Home</nav><aside>Ad</aside><footer>(c)</footer><form>Name</form>" +
				"<iframe>frame</iframe><figure><img src=a><figcaption>Caption</figcaption></figure><p>More.</p>",
			want: "Text.\n\nMore.",
		},
		"unclosed tags": {
			in: "<p>one<p>two<div><b>three", want: "one\n\ntwo\n\nthree",
		},
		"stray closing tags": {
			in: "</div></p>text</b>", want: "text",
		},
		"end matter cut after the article": {
			in:   "<p>Body.</p><p>Read also:</p><p>Other story 3,000 killed</p><p>You may also like</p>",
			want: "Body.",
		},
		"'Also read:' with other headlines on the line ends the article": {
			in:   "<p>Two civilians were killed in Kursk.</p><p>Also read: North Korea and Russia sign tourism deal | Marathon to admit 1,000 runners</p>",
			want: "Two civilians were killed in Kursk.",
		},
		"furniture lines dropped, text after kept": {
			in:   "<p>Share</p><p>Body one.</p><p>Read more</p><p>Body two.</p><p>Facebook Twitter WhatsApp Telegram</p>",
			want: "Body one.\n\nBody two.",
		},
		"a Read more box's headlines dropped, the paragraph after kept": {
			in: "<p>Two people were killed when a drone struck a market in Rylsk.</p><p>Read more</p>" +
				"<ul><li>North Korea to send 6,000 troops to rebuild Kursk, Shoigu says</li><li>Stocks fall 2% on sanctions threat</li></ul>" +
				"<p>The governor asked for 30 billion rubles.</p>",
			want: "Two people were killed when a drone struck a market in Rylsk.\n\nThe governor asked for 30 billion rubles.",
		},
		"a Most Read box between the lede and the rest dropped, the rest kept": {
			in: "<p>(Bloomberg) -- North Korea has sent about 3,000 more soldiers to Russia, Seoul's spy agency said on Thursday.</p>" +
				"<p>Most Read from Bloomberg</p><ul><li>Trump Says Tariffs Are Coming 'Very Soon'</li><li>Nvidia Forecast Fails to Impress</li></ul>" +
				"<p>The agency told lawmakers that casualties had reached about 4,000.</p>",
			want: "(Bloomberg) -- North Korea has sent about 3,000 more soldiers to Russia, Seoul's spy agency said on Thursday.\n\nThe agency told lawmakers that casualties had reached about 4,000.",
		},
		"a Read more on this topic list at the end dropped": {
			in:   "<p>Body one.</p><p>Read more on this topic</p><p>Kyiv says 3,000 North Koreans killed or wounded</p><p>Is Kim sending more troops?</p>",
			want: "Body one.\n\nIs Kim sending more troops?",
		},
		"previous and next article lines dropped": {
			in:   "<p>Body.</p><p>Previous article‘Poverty’ – 8 Years</p><p>Next article2027: Lamido</p>",
			want: "Body.",
		},
		"end-matter word at the top does not cut the article": {
			in:   "<p>Leave a Comment</p><p>" + para + "</p>",
			want: para,
		},
		"related topics under the byline do not cut the article": {
			in:   "<p>Jane Roe, Senior Correspondent</p><p>16 January 2025 2:10pm GMT</p><p>Related Topics: Ukraine, Russia, North Korea</p><p>Share · 642</p><p>" + para + "</p><p>Related: Other story 3,000 killed</p>",
			want: "Jane Roe, Senior Correspondent\n\n16 January 2025 2:10pm GMT\n\n" + para,
		},
		"related topics under a long standfirst do not cut the article": {
			in:   "<p>Troops lack experience of drone warfare and are being used as cannon fodder in the assaults, a lawmaker briefed by intelligence chiefs says</p><p>Related Topics: Ukraine, Russia</p><p>" + para + "</p>",
			want: "Troops lack experience of drone warfare and are being used as cannon fodder in the assaults, a lawmaker briefed by intelligence chiefs says\n\n" + para,
		},
		"a comment count under a standfirst does not cut the article": {
			in:   "<p>Pyongyang's soldiers are reported to be close to the front in Kursk, where Ukraine still holds a slice of Russian territory. Here is what is known – and what isn't</p><p>Tue 5 Nov 2024 16.00 GMT</p><p>Share</p><p>Comments (214)</p><p>" + para + "</p>",
			want: "Pyongyang's soldiers are reported to be close to the front in Kursk, where Ukraine still holds a slice of Russian territory. Here is what is known – and what isn't\n\nTue 5 Nov 2024 16.00 GMT\n\n" + para,
		},
		"a consent banner and a share bar above the article do not cut it": {
			in:   "<p>We value your privacy. We and our 842 partners store and access information on your device. Accept all | Manage settings</p><p>By Euronews</p><p>Share this article: Facebook X Flipboard Send Comments</p><p>" + para + "</p>",
			want: "By Euronews\n\n" + para,
		},
		"a share bar under a long standfirst does not cut the article": {
			in:   "<p>Pyongyang has sent a corps-sized force into a European war. How big is it, where is it, and why would a state that has not fought since 1953 take the risk?</p><p>Share this article: Facebook (2,340) | X | WhatsApp</p><p>" + para + "</p><p>Share this article</p><p>Other story: 3,000 killed</p>",
			want: "Pyongyang has sent a corps-sized force into a European war. How big is it, where is it, and why would a state that has not fought since 1953 take the risk?\n\n" + para,
		},
		"headlines listed above the article are dropped with their heading": {
			in:   "<p>Read also:</p><p>Seoul says 3,000 more troops went</p><p>" + para + "</p>",
			want: para,
		},
		"a long paragraph that starts like furniture is kept": {
			in:   "<p>Body.</p><p>Share prices " + strings.Repeat("rose and fell again ", 12) + "</p>",
			want: "Body.\n\nShare prices " + strings.TrimSpace(strings.Repeat("rose and fell again ", 12)),
		},
		"plain text input keeps its paragraphs": {
			in: "First line.\nSecond line.\n\nSource link\nLeave a Reply", want: "First line.\n\nSecond line.",
		},
		"plain text with entities": {
			in: "Labour Party&#x27;s candidate &amp; more", want: "Labour Party's candidate & more",
		},
		"a less-than sign is not a tag": {
			in: "fewer than 3 < 5 soldiers", want: "fewer than 3 < 5 soldiers",
		},
		"wordpress feed footer": {
			in:   "<p>Body.</p><p>The post Kursk update appeared first on Example News.</p>",
			want: "Body.",
		},
		"broken end tag left by a scraper": {
			in: "Between North Korea and Russia.” /p>", want: "Between North Korea and Russia.”",
		},
		"empty": {in: "", want: ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := CleanHTML(tc.in); got != tc.want {
				t.Errorf("CleanHTML(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCleanHTMLInvalidUTF8BecomesValid(t *testing.T) {
	for _, in := range []string{"<p>caf\xe9 \xff</p>", "caf\xe9\nbar", "<p>\xc3</p>"} {
		if got := CleanHTML(in); !utf8.ValidString(got) {
			t.Errorf("CleanHTML(%q) = %q: not valid UTF-8", in, got)
		}
	}
}

// Hostile documents must come out right, not just quickly: the speed is in
// BenchmarkCleanHTMLHostile.
func TestCleanHTMLHostile(t *testing.T) {
	deep := strings.Repeat("<div><span><b>", 20_000) + "deep text" + strings.Repeat("</b></span></div>", 20_000)
	if got := CleanHTML(deep); got != "deep text" {
		t.Errorf("deep nesting: got %q", trunc(got))
	}
	huge := `<p title="` + strings.Repeat("x", 1<<20) + `">after a huge attribute</p>`
	if got := CleanHTML(huge); got != "after a huge attribute" {
		t.Errorf("huge attribute: got %q", trunc(got))
	}
	unclosed := strings.Repeat("<p><i>", 10_000) + "end"
	if got := CleanHTML(unclosed); got != "end" {
		t.Errorf("unclosed: got %q", trunc(got))
	}
}

func trunc(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// Every corpus article body, boilerplate and all, comes out without the
// furniture and with its last real sentence.
func TestCleanTextCorpus(t *testing.T) {
	lastSentence := map[string]string{
		"000": "is only between North Korea and Russia.”",
		"001": "are preparing to engage in combat within days.",
		"002": "in response to the “threat” posed by the deployment of North Korean forces.",
		"003": "he told Ukraine’s TSN Tyzhden news programme.",
		"004": "The situation demands continued international attention and strategic responses to avert broader conflict.",
		"007": "in response to the “threat” posed by the deployment of North Korean forces.",
	}
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			got := CleanText(a.body)
			assertNoFurniture(t, a.name, got)
			if want, ok := lastSentence[a.name]; ok && !strings.HasSuffix(got, want) {
				t.Errorf("text should end %q, ends %q", want, got[max(0, len(got)-120):])
			}
			if len(got) < len(a.body)/2 {
				t.Errorf("cleaning kept %d of %d bytes", len(got), len(a.body))
			}
		})
	}
}

func BenchmarkCleanHTML(b *testing.B) {
	page := strings.Repeat("<p>North Korean <b>troops</b> &amp; about 11,000 soldiers were deployed to Kursk, officials said.</p><script>x()</script>\n", 200) +
		"<p>Read also:</p><p>Other</p>"
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		CleanHTML(page)
	}
}

func BenchmarkCleanHTMLHostile(b *testing.B) {
	deep := strings.Repeat("<div><span>", 50_000) + "x" + strings.Repeat("</span></div>", 50_000)
	b.SetBytes(int64(len(deep)))
	for b.Loop() {
		CleanHTML(deep)
	}
}

func TestCleanTextDropsDatedLinkLists(t *testing.T) {
	in := "Seoul said on Tuesday that about 300 soldiers had been killed.\n\n" +
		"Skip next section Explore more\n\n" +
		"Kim honors troops killed in Kursk at a ceremony — 08/22/2025\n" +
		"Seoul: 11,000 soldiers were sent to Kursk — 11/13/2024"
	got := CleanText(in)
	if strings.Contains(got, "Kursk") || !strings.Contains(got, "about 300 soldiers") {
		t.Errorf("CleanText kept the link list or lost the text:\n%s", got)
	}
	kept := "The talks ended on 08/22/2025 without a deal."
	if got := CleanText(kept); !strings.Contains(got, "without a deal") {
		t.Errorf("a sentence with a date was dropped: %q", got)
	}
}

func TestCleanHTMLKeepsTableRowsTogether(t *testing.T) {
	got := CleanHTML("<p>Intro.</p><table><tr><th>Date</th><th>Figure</th></tr><tr><td>Nov 13</td><td>10,000 troops</td></tr></table>")
	for _, want := range []string{"| Date | Figure |", "| Nov 13 | 10,000 troops |"} {
		if !strings.Contains(got, want) {
			t.Errorf("CleanHTML = %q, want a line %q", got, want)
		}
	}
}

// A broadcaster's "More on Ukraine" list of other stories is end matter:
// its headlines are not the article's, and they named the North often
// enough to let a Kursk power-cut story in.
func TestCleanTextDropsMoreOnLists(t *testing.T) {
	in := "A drone attack damaged a power substation in Kursk, the governor said.\n\n" +
		"More on Ukraine\n" +
		"- Analysis: North Korea's 15,000 troops changed the Kursk battle\n" +
		"- UK to send 5,000 air defence missiles to Ukraine"
	got := CleanText(in)
	if strings.Contains(got, "North Korea") || !strings.Contains(got, "power substation") {
		t.Errorf("CleanText kept the list or lost the text:\n%s", got)
	}
}

// A wire's box of other stories between two paragraphs of the article is
// dropped and the article goes on; the same box at the end of the page, or
// followed by teasers, still ends it.
func TestCleanTextBoxOfHeadlinesInside(t *testing.T) {
	para := func(s string) string {
		return s + " The spokesman added that Washington was consulting its allies and partners on a response this week.\n"
	}
	tests := []struct {
		name, in string
		keep     []string
		drop     []string
	}{
		{"inside the article",
			para("Kirby said about 3,000 North Korean soldiers had moved to eastern Russia.") +
				"RELATED COVERAGE\n► South Korea summons Russian ambassador\n► Zelenskyy says 10,000 North Korean soldiers being readied\n" +
				para("South Korea's spy agency said about 1,500 special forces had already gone.") +
				para("Kremlin spokesman Dmitry Peskov has dismissed the reports as invented."),
			[]string{"3,000", "1,500", "Peskov"}, []string{"10,000", "summons"}},
		{"at the end",
			para("Kirby said about 3,000 North Korean soldiers had moved to eastern Russia.") +
				"Related stories\nZelenskyy says 10,000 North Korean soldiers being readied\nSeoul summons envoy\n",
			[]string{"3,000"}, []string{"10,000", "envoy"}},
		{"teasers, not the article",
			para("Kirby said about 3,000 North Korean soldiers had moved to eastern Russia.") +
				"Related stories\nZelenskyy's warning\n" + para("Zelenskyy says 10,000 North Korean soldiers are being readied.") +
				"Seoul's response\n" + para("Seoul summoned the Russian envoy."),
			[]string{"3,000"}, []string{"10,000", "envoy"}},
	}
	for _, tt := range tests {
		got := CleanText(tt.in)
		for _, k := range tt.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %q:\n%s", tt.name, k, got)
			}
		}
		for _, d := range tt.drop {
			if strings.Contains(got, d) {
				t.Errorf("%s: kept %q:\n%s", tt.name, d, got)
			}
		}
	}
}
