package claims

import (
	"fmt"
	"testing"
)

// A false "conflicting figures" alert reaches thousands of readers, so
// Compare only sets firm claims against each other: both named, neither
// vague nor guessed, and from two different sources.
func TestCompareNeedsFirmEvidence(t *testing.T) {
	r := DefaultRules()
	seoul := claim(Troops, 8000, About, "South Korea's spy agency", "https://a.test/1", 0)
	guessed := claim(Troops, 15000, About, "Kyiv", "https://b.test/1", 1)
	guessed.Tentative = true
	vague := claim(Troops, 200, Vague, "Pentagon", "https://b.test/1", 1)
	vague.ValueMax = 900
	cases := map[string]struct {
		c       Claim
		earlier []Claim
		want    bool // a conflict is raised
	}{
		"two named sources in two reports conflict": {claim(Troops, 15000, About, "Kyiv", "https://b.test/1", 1), []Claim{seoul}, true},
		"an unnamed new figure does not":            {claim(Troops, 15000, About, Unattributed, "https://b.test/1", 1), []Claim{seoul}, false},
		"nor does one against an unnamed figure":    {claim(Troops, 15000, About, "Kyiv", "https://b.test/1", 1), []Claim{claim(Troops, 8000, About, Unattributed, "https://a.test/1", 0)}, false},
		"a guessed subject does not":                {guessed, []Claim{seoul}, false},
		"nor does one against a guessed subject":    {seoul, []Claim{guessed}, false},
		"a vague figure does not":                   {vague, []Claim{seoul}, false},
		"nor does one against a vague figure":       {seoul, []Claim{vague}, false},
		"a source revising itself is no conflict":   {claim(Troops, 15000, About, "South Korea's spy agency", "https://b.test/1", 1), []Claim{seoul}, false},
		"a source named shorter is the same source": {claim(Troops, 15000, About, "Zelensky", "https://b.test/1", 1), []Claim{claim(Troops, 8000, About, "President Volodymyr Zelensky", "https://a.test/1", 0)}, false},
		"a source's office is not the source":       {claim(Troops, 15000, About, "Zelensky's office", "https://b.test/1", 1), []Claim{claim(Troops, 8000, About, "Volodymyr Zelensky", "https://a.test/1", 0)}, true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := false
			for _, a := range r.Compare(tc.c, tc.earlier) {
				got = got || a.Kind == Conflict
			}
			if got != tc.want {
				t.Errorf("conflict raised = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSameSource(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"NIS", "the NIS", true},
		{"Zelensky", "President Volodymyr Zelensky", true},
		{"Seoul", "Seoul’s spy agency", false},
		{"Seoul", "Kyiv", false},
		{"Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff", true},
		{"", "Kyiv", false},
	}
	for _, tc := range cases {
		if got := sameSource(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A source that gives a new figure for what it counted before has revised
// it: readers are told of the new figure, naming the old one, never of a
// conflict.
func TestCompareSourceRevisingItselfIsANewFigure(t *testing.T) {
	r := DefaultRules()
	before := claim(Troops, 8000, About, "South Korea's spy agency", "https://a.test/1", 0)
	cases := map[string]struct {
		c    Claim
		want []AlertKind
	}{
		"revised up":                   {claim(Troops, 11000, About, "South Korea's spy agency", "https://b.test/1", 2), []AlertKind{NewFigure}},
		"revised down":                 {claim(Troops, 5000, About, "the spy agency", "https://b.test/1", 2), []AlertKind{NewFigure}},
		"restated, not revised":        {claim(Troops, 8200, About, "South Korea's spy agency", "https://b.test/1", 2), nil},
		"another source is a conflict": {claim(Troops, 11000, About, "Kyiv", "https://b.test/1", 2), []AlertKind{Conflict}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var got []AlertKind
			for _, a := range r.Compare(tc.c, []Claim{before}) {
				got = append(got, a.Kind)
				if a.Kind == NewFigure && (len(a.Against) != 1 || a.Against[0].Value != 8000) {
					t.Errorf("new figure against %+v, want the earlier 8,000", a.Against)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("alerts %v, want %v", got, tc.want)
			}
		})
	}
}

// A count for one region is part of a count for the whole country, and two
// regions are two counts: neither is a dispute.
func TestCompareDifferentPlacesDoNotConflict(t *testing.T) {
	r := DefaultRules()
	at := func(c Claim, place string) Claim { c.Location = place; return c }
	kursk := at(claim(Troops, 8000, About, "Washington", "https://a.test/1", 0), "Kursk")
	cases := map[string]struct {
		c    Claim
		want bool
	}{
		"the same region conflicts":     {at(claim(Troops, 11000, About, "Kyiv", "https://b.test/1", 1), "Kursk"), true},
		"the whole country is no rival": {at(claim(Troops, 11000, About, "Kyiv", "https://b.test/1", 1), "Russia"), false},
		"another region is no rival":    {at(claim(Troops, 11000, About, "Kyiv", "https://b.test/1", 1), "Donetsk"), false},
		// "10,000 to 12,000 sent" and "8,000 of them in Kursk" are the whole and a part
		"a figure placed nowhere is no rival": {claim(Troops, 11000, About, "Kyiv", "https://b.test/1", 1), false},
	}
	losses := at(claim(Casualties, 1100, About, "Seoul", "https://a.test/2", 0), "Kursk")
	if got := r.Compare(at(claim(Casualties, 3000, MoreThan, "Kyiv", "https://b.test/2", 1), "Russia"), []Claim{losses}); len(got) != 1 || got[0].Kind != Conflict {
		t.Errorf("losses in Russia against losses in Kursk: %v, want a conflict (one force, wherever it fought)", got)
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := false
			for _, a := range r.Compare(tc.c, []Claim{kursk}) {
				got = got || a.Kind == Conflict
				if a.Kind == NewFigure {
					// another source's figure for another place is no revision of it
					t.Errorf("new figure against %q from %q", a.Against[0].Attribution, a.Claim.Attribution)
				}
			}
			if got != tc.want {
				t.Errorf("conflict = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestClaimLocation(t *testing.T) {
	for text, want := range map[string]string{
		"About 8,000 soldiers were sent to Kursk.":             "Kursk",
		"The total sent to Russia is about 10,000.":            "Russia",
		"Some 11,000 troops are in Russia, 8,000 in Kursk.":    "Kursk",
		"Russia's army lost 1,000 men.":                        "",
		"About 3,000 soldiers were killed, the ministry said.": "",
		// the region a total includes is part of it, not where it is
		"The force in Russia is put at 12,000, the Kursk units included.":      "Russia",
		"North Korea has about 12,000 troops in Russia, Kursk units included.": "Russia",
	} {
		if got := claimLocation(tokenize(text)); got != want {
			t.Errorf("claimLocation(%q) = %q, want %q", text, got, want)
		}
	}
}
