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
	partial := claim(11000, "nis", 1)
	partial.Partial = true
	tentative := claim(11000, "nis", 1)
	tentative.Tentative = true
	// More sources than condense tells apart by comparison: it numbers
	// them through a map from the 33rd on.
	var many, manyTwice []claims.Claim
	for i := range 40 {
		many = append(many, claim(11000, fmt.Sprintf("source %d", i), i+1))
	}
	manyTwice = append(append(manyTwice, many...), many...)
	tests := []struct {
		name string
		in   []claims.Claim // newest first, as the store lists them
		want []claims.Claim
	}{{
		name: "nothing stays nothing",
	}, {
		name: "repeats of one report keep the newest",
		in:   []claims.Claim{claim(11000, "nis", 1), claim(11000, "nis", 5), claim(11000, "nis", 9)},
		want: []claims.Claim{claim(11000, "nis", 1)},
	}, {
		name: "another source or value is another report",
		in:   []claims.Claim{claim(11000, "nis", 1), claim(11000, "pentagon", 2), claim(12000, "nis", 3), claim(11000, "nis", 4)},
		want: []claims.Claim{claim(11000, "nis", 1), claim(11000, "pentagon", 2), claim(12000, "nis", 3)},
	}, {
		name: "partial and tentative claims are kept apart from firm totals",
		in:   []claims.Claim{partial, tentative, claim(11000, "nis", 2)},
		want: []claims.Claim{partial, tentative, claim(11000, "nis", 2)},
	}, {
		name: "after the compared claim, the one nearest to it is kept on that side",
		in:   []claims.Claim{claim(11000, "nis", -5), claim(11000, "nis", -1), claim(11000, "nis", 3)},
		want: []claims.Claim{claim(11000, "nis", -1), claim(11000, "nis", 3)},
	}, {
		name: "forty sources twice keep each source once",
		in:   manyTwice,
		want: many,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := condense(tt.in, at)
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
