package claims

import "testing"

// Rules found by scoring testdata/blind208 to blind213. Each case is a
// sentence of our own in the shape news prose takes, not one from a set.

// TestExtractWhoseMenTheSentenceBeforeMeans: a figure whose sentence names
// no side takes the side the sentence before counts, not the one that
// invaded, reported or was driven out there.
func TestExtractWhoseMenTheSentenceBeforeMeans(t *testing.T) {
	x := NewExtractor(Lexicon{})
	for _, text := range []string{
		"Kim Jong Un has held a ceremony for North Korean engineers back from Kursk, where they cleared mines left after Ukraine's incursion.\nTwelve of the soldiers were killed during the mission, Kim said.",
		"North Korean units were pulled back in January. Ukrainian special forces reported renewed assaults by North Korean infantry in February.\nThe NIS said about 2,000 additional troops had been dispatched in January.",
		"North Korea has sent roughly 14,000 troops to Russia. Most were deployed to Kursk, where Moscow says it has now driven out Ukrainian forces.\nIn late March, the JCS had put the casualty toll at about 3,500.",
		"Kim Jong Un welcomed home an engineer regiment of the Korean People's Army.\nThe regiment cleared mines left behind after the Ukrainian armed forces were driven out.\nEleven servicemen of the regiment were killed during the mission, KCNA said.",
	} {
		got := x.Extract(Document{Text: text})
		if len(got) != 1 && len(got) != 2 || got[len(got)-1].Subject != nk {
			t.Errorf("%q:\n got %s, want the North's men", text, describe(got))
		}
	}
}

// TestExtractPlansAndTheirSecondFigure: "and also 4,000 military builders"
// shares the plan before it; "total seen reaching 9,000 by December" is a
// projection; "military construction troops" are people, not a speaker.
func TestExtractPlansAndTheirSecondFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		`"Comrade Kim Jong Un has decided to dispatch an additional 800 sappers, and also 4,000 military builders for the restoration of the destroyed infrastructure," Shoigu said.`: nil,
		"The NIS said about 4,000 North Korean military construction troops had been moving to Russia, while some 9,000 North Korean soldiers remain in Russian border areas.": {
			{Troops, nk, 4000, 0, About, "NIS", true},
			{Troops, nk, 9000, 0, About, "NIS", true}},
	})
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "N. Korea has sent another 1,200 troops to Russia, total seen reaching 9,000 by December: NIS", Text: kurskLede})
	if len(got) != 1 || got[0].Value != 1200 {
		t.Errorf("got %s, want only the 1,200 sent", describe(got))
	}
}

// TestExtractTheNorthsDeploymentInAHeadline: "toll of North's Russia
// deployment" names whose the headline's figures are; Russia is where.
func TestExtractTheNorthsDeploymentInAHeadline(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "14K sent, 4,200 lost: NIS updates toll of North's Russia deployment", Text: "The agency briefed lawmakers."})
	if len(got) != 2 || got[0].Subject != nk || got[1].Subject != nk {
		t.Errorf("got %s, want both figures the North's", describe(got))
	}
}

// TestExtractForcesOfOthersAndTheirTolls: "54,000 U.S. military personnel"
// are no side's in the war; "a higher toll for the North Korean force" and
// "Close to 4,000 of its soldiers" after it are the North's.
func TestExtractForcesOfOthersAndTheirTolls(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Japan, which hosts about 50,000 U.S. military personnel, has watched the ties between Moscow and Pyongyang with concern, Tokyo said.": nil,
		"Zelensky on Friday gave a higher toll for the North Korean force fighting alongside Russia. Close to 3,500 of its soldiers have been killed or wounded in Kursk, he said.": {
			{Casualties, nk, 3500, 0, About, "Zelensky", false}},
	})
}
