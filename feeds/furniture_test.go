package feeds

import "testing"

func TestClassifyShareBarsAndWireCredits(t *testing.T) {
	tests := map[string]lineKind{
		"Share 1.2K | Tweet 348 | Email":                              furniture,
		"Share | 87 comments":                                         furniture,
		"Facebook 12 · X 3,4k · WhatsApp":                             furniture,
		"This story was provided by The Herald via Wire syndication.": endMatter,
		"Syndicated from Han River Herald. Asia Wire, 2025.":          endMatter,
		"Also on The Times: stocks end up 0.8% | 12 things to do":     endMatter,
		"Trending: Summit draws 29 leaders":                           endMatter,
		"Tags: North Korea, Kursk, POW":                               endMatter,
		// JoongAng's list of other stories under one heading, singular
		"Related Article":  endMatter,
		"Related Articles": endMatter,
		// Kyiv Post's list of other stories
		"Other Topics of Interest": endMatter,
		// DW's links past each section: the last ones skip other stories
		"Skip next section Explore more":        endMatter,
		"Skip next section: Related topics":     endMatter,
		"Skip next section DW's Top Stories":    endMatter,
		"Skip next section Fact box":            furniture,
		"Skip next section: Ukraine-Russia war": furniture,
		"A version of this article appears in print on Dec. 24, 2024, Section A, Page 8 of the New York edition with the headline: Kyiv Says 3,000 Hit.": endMatter,
		// a link set between paragraphs is one line; a bare heading opens a list
		"Read also: Russians launch 96 drones overnight, 60 shot down": furniture,
		"Also read: Seoul summons Russian ambassador":                  furniture,
		"Read also:": endMatter,
		"Read also":  endMatter,
		// a consent banner is long, but no paragraph of the article
		"We value your privacy. We and our 842 partners store and access information on your device. Accept all | Manage settings": furniture,
		"This site uses cookies to improve your experience.":                                                                       furniture,
		// prose that starts like furniture stays
		"Share prices in Seoul fell 2% after the report.":                                                                                body,
		"87 North Korean soldiers were captured, Kyiv said.":                                                                             body,
		"Also on Monday, the ministry said 300 soldiers had died.":                                                                       body,
		`Also in Meduza: "Russia recruited 2,000 soldiers" | "Butter up 38%"`:                                                            endMatter,
		"Also in Kursk, officials said 300 soldiers had died.":                                                                           body,
		"▶ Ukraine says 30 North Korean troops killed or wounded in Kursk (Dec. 17)":                                                     furniture,
		"▶ The NIS said 300 soldiers had died.":                                                                                          body,
		"▶ 17:58 NIS: At least 100 N. Korean soldiers killed, nearly 1K wounded":                                                         body, // a ticker's log
		"Read more · 1 min · 👁 18.6K · ↗ 2.2K shares":                                                                                    furniture,
		"Like 👍 96 · Comment 14 · Share":                                                                                                 furniture,
		"Source: Kyiv Wire | Republished under licence":                                                                                  furniture,
		"Source: National Intelligence Service":                                                                                          body,
		"Korea JoongAng Daily is a member of The Straits Times' media partner Asia News Network, an alliance of 20 news media entities.": furniture,
		"Join ST's Telegram channel and get the latest breaking news delivered to you.":                                                  furniture,
		"Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.":                            furniture,
		// a partner's credit, above the article or under it
		"This article was first published in The Korea Herald. It is republished here as part of Asia News Network, an alliance of 22 news media titles in Asia.": furniture,
		"Join ST's WhatsApp Channel and get the latest news and must-reads.":                                                                                      furniture,
		"Originally published by The Chosun Ilbo. Republished with permission.":                                                                                   furniture,
	}
	for line, want := range tests {
		t.Run(line, func(t *testing.T) {
			if got := classify(line); got != want {
				t.Errorf("classify(%q) = %d, want %d", line, got, want)
			}
		})
	}
}
