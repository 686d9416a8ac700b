package claims

import "testing"

// Rules found by scoring testdata/blind220 to blind225. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractTheSpeakersCompanyPlansNothing: a pledge in a clause about
// whom the speaker stood beside is no plan of the figure's; one about the
// figure's own people is.
func TestExtractTheSpeakersCompanyPlansNothing(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"Close to 4,000 North Korean soldiers have been killed or wounded," Zelensky told reporters in Kyiv, standing beside a visiting prime minister, who pledged a 100-year partnership.`: {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		"About 1,100 North Korean soldiers have already been killed or wounded, the NIS told lawmakers in Seoul, where the minister promised more briefings.": {
			{Casualties, nk, 1100, 0, About, "NIS", false}},
		"North Korea has readied 1,000 deminers, who will be sent to Kursk, Seoul said.": nil,
	})
}

// TestExtractTheNamedSpeakerOverTheDescribed: the lede's "Ukraine's
// president" and the body's "Volodymyr Zelensky" give one figure; the name
// is who said it.
func TestExtractTheNamedSpeakerOverTheDescribed(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Text: "Ukraine's president says North Korea has lost almost 4,000 soldiers in Kursk, killed and wounded.\n" +
		`"Almost 4,000 North Korean soldiers have already been killed or wounded," Volodymyr Zelensky told reporters.`})
	if len(got) != 1 || got[0].Attribution != "Volodymyr Zelensky" {
		t.Errorf("got %s, want the one figure, Volodymyr Zelensky's", describe(got))
	}
	got = NewExtractor(Lexicon{}).Extract(Document{Text: "North Korea has lost around 1,100 troops in Kursk, Seoul's spy agency says.\n" +
		"The toll of about 1,100 was the first estimate of North Korean casualties."})
	if len(got) != 1 || got[0].Attribution == "North Korean" {
		t.Errorf("got %s, want the spy agency's figure, not a nationality's", describe(got))
	}
}
