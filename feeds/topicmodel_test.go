package feeds

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck-bot/crosscheck/topicmodel"
)

// scoreOf is a Scorer that gives each headline the score it is told: the
// rules' side of Match is what is under test, not a model.
type scoreOf map[string]float64

func (s scoreOf) Score(title, _ string) float64 { return s[title] }

func TestMatchWithAModel(t *testing.T) {
	rules := TopicRules{AllOf: [][]string{{"North Korea"}, {"Kursk"}}}
	scores := scoreOf{
		"North Korea's troops in Kursk":   0.95,
		"North Korea's boxers in Kursk":   0.02, // the rules' words, another story
		"Kursk: Pyongyang's 11,000":       0.97, // the story, in words the rules lack
		"Kursk apple fair":                0.50,
		"North Korea's cadets in Kursk":   0.15,
		"Pyongyang, Moscow sign a treaty": 0.60,
	}
	tests := []struct {
		title        string
		veto, rescue float64
		want         bool
	}{
		{"North Korea's troops in Kursk", 0, 0, true},
		{"North Korea's boxers in Kursk", 0, 0, false},    // the rules keep it; the model is sure it is not the story
		{"Kursk: Pyongyang's 11,000", 0, 0, true},         // the rules drop it; the model is sure it is
		{"Kursk apple fair", 0, 0, false},                 // neither
		{"North Korea's cadets in Kursk", 0, 0, true},     // the model unsure: the rules decide
		{"Pyongyang, Moscow sign a treaty", 0, 0, false},  // the model unsure: the rules decide
		{"North Korea's cadets in Kursk", 0.2, 0, false},  // a stricter veto
		{"Pyongyang, Moscow sign a treaty", 0, 0.5, true}, // a looser rescue
	}
	for _, tc := range tests {
		r := rules
		r.Model, r.Veto, r.Rescue = scores, tc.veto, tc.rescue
		if got := r.Match(tc.title, ""); got != tc.want {
			t.Errorf("%q (veto %g, rescue %g): Match = %v, want %v", tc.title, tc.veto, tc.rescue, got, tc.want)
		}
	}
	if !rules.Match("North Korea's boxers in Kursk", "") {
		t.Error("without a model the rules alone decide")
	}
}

// TestRulesWithTheStoryModel holds the shipped filter, rules and model
// together, to every labelled article under testdata: the model was
// trained on them, so this guards the pair against a change to either
// (the model's features, a rule) that was not followed by training again
// (`crosscheck topic train`, docs/ACCURACY.md), not how well it does on
// articles it has not seen.
func TestRulesWithTheStoryModel(t *testing.T) {
	rules := DefaultTopicRules()
	rules.Model = topicmodel.Story()
	sets, err := filepath.Glob(filepath.Join("..", "testdata", "*", "articles"))
	if err != nil || len(sets) < 100 {
		t.Fatalf("sets: %d, %v", len(sets), err)
	}
	var n, wrong int
	for _, dir := range sets {
		for _, a := range loadArticlesIn(t, filepath.Dir(dir)) {
			n++
			want := a.header["topic"] == "on"
			if got := rules.Match(a.header["title"], CleanText(a.body)); got != want {
				wrong++
				t.Errorf("%s/%s %q: Match = %v, the set says topic %s", filepath.Base(filepath.Dir(dir)), a.name, a.header["title"], got, a.header["topic"])
			}
		}
	}
	t.Logf("%d articles, %d judged wrong", n, wrong)
}
