package pipeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

func TestCondense(t *testing.T) {
	at := time.Date(2024, 12, 23, 12, 0, 0, 0, time.UTC)
	claim := func(value float64, who string, hoursBefore int) claims.Claim {
		return claims.Claim{Metric: claims.Troops, Subject: claims.NorthKorea, Value: value,
			Qualifier: claims.About, Attribution: who, Published: at.Add(-time.Duration(hoursBefore) * time.Hour)}
	}
	tentative := claim(11000, "nis", 1)
	tentative.Tentative = true
	killed := claim(11000, "nis", 1)
	killed.Metric = claims.Killed
	own, elsewhere := claim(11000, "nis", 1), claim(11000, "nis", 9)
	own.ArticleURL, elsewhere.ArticleURL = "https://a.test/explainer", "https://b.test/wire"
	var many, manyTwice []claims.Claim
	for i := range 40 {
		many = append(many, claim(11000, fmt.Sprintf("source %d", i), 50-i))
	}
	manyTwice = append(append(manyTwice, many...), many...)
	tests := []struct {
		name    string
		in      []claims.Claim // oldest first, as claims.Rules.Compare gives them
		article string         // the alert claim's
		want    []claims.Claim
	}{{
		name: "nothing stays nothing",
	}, {
		name: "one claim stays",
		in:   []claims.Claim{claim(11000, "nis", 1)},
		want: []claims.Claim{claim(11000, "nis", 1)},
	}, {
		name: "repeats of one report keep the newest",
		in:   []claims.Claim{claim(11000, "nis", 9), claim(11000, "nis", 5), claim(11000, "nis", 1)},
		want: []claims.Claim{claim(11000, "nis", 1)},
	}, {
		name: "another source, value, metric or certainty is another report, and order stays oldest first",
		in: []claims.Claim{claim(11000, "nis", 9), claim(11000, "pentagon", 8), claim(12000, "nis", 7),
			tentative, killed, claim(11000, "nis", 0)},
		want: []claims.Claim{claim(11000, "pentagon", 8), claim(12000, "nis", 7), tentative, killed, claim(11000, "nis", 0)},
	}, {
		name:    "the alert's own article's copy of a report is kept beside another article's",
		in:      []claims.Claim{elsewhere, claim(11000, "nis", 5), own},
		article: own.ArticleURL,
		want:    []claims.Claim{claim(11000, "nis", 5), own},
	}, {
		name: "forty sources named twice are each named once",
		in:   manyTwice,
		want: many,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := condense(tt.in, tt.article)
			if len(got) != len(tt.want) {
				t.Fatalf("condense kept %d claims, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("claim %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}
