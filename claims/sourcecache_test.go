package claims

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// A cache kept across calls must not change what CompareRefs raises.
func TestCompareRefsCachedAsCompareRefs(t *testing.T) {
	attributions := []string{
		"Zelensky", "President Volodymyr Zelensky", "NIS", "South Korea's spy agency (NIS)",
		"South Korea's National Intelligence Service", "the Pentagon", "Pentagon", "Unattributed",
		"the Joint Chiefs of Staff", "JCS", "Ukrainian intelligence", "",
	}
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var all []Claim
	for i := range 300 {
		all = append(all, Claim{
			ID: int64(i + 1), Metric: []Metric{Troops, Killed, Casualties}[i%3], Subject: NorthKorea,
			Value: float64(1000 * (1 + i%13)), ValueMax: float64(1000 * (1 + i%13)), Qualifier: []Qualifier{Exact, About, MoreThan}[i%3],
			Attribution: attributions[(i*7)%len(attributions)], Location: []string{"", "Kursk", "Russia"}[i%3],
			Published: start.Add(time.Duration(i) * 7 * time.Hour),
		})
	}
	r := DefaultRules()
	var cache SourceCache
	raised := 0
	for i := range all {
		earlier := make([]*Claim, 0, i)
		for j := i - 1; j >= 0; j-- {
			earlier = append(earlier, &all[j])
		}
		got, want := r.CompareRefsCached(all[i], earlier, &cache), r.CompareRefs(all[i], earlier)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("claim %d: cached %v, uncached %v", i, got, want)
		}
		raised += len(want)
	}
	if raised == 0 {
		t.Fatal("no alert raised: the test compares nothing")
	}
}

// The cache forgets what it holds when full, and answers as before.
func TestSourceCacheForgetsWhenFull(t *testing.T) {
	var c SourceCache
	for i := range sourceCacheCap + 10 {
		a, b := fmt.Sprintf("agency %d", i), fmt.Sprintf("the agency %d", i)
		if got, want := c.sameSource(a, b), sameSource(a, b); got != want || !got {
			t.Fatalf("sameSource(%q, %q) = %v, want %v", a, b, got, want)
		}
		if len(c.same) > sourceCacheCap {
			t.Fatalf("cache holds %d pairs, more than %d", len(c.same), sourceCacheCap)
		}
	}
	if got := c.sameSource("NIS", "Pentagon"); got != sameSource("NIS", "Pentagon") {
		t.Errorf("after forgetting: sameSource(NIS, Pentagon) = %v", got)
	}
}

func FuzzSourceCache(f *testing.F) {
	f.Add("Zelensky", "President Volodymyr Zelensky")
	f.Add("NIS", "South Korea's National Intelligence Service")
	f.Fuzz(func(t *testing.T, a, b string) {
		var c SourceCache
		want := sameSource(a, b)
		for range 2 {
			if got := c.sameSource(a, b); got != want {
				t.Fatalf("sameSource(%q, %q) = %v from the cache, want %v", a, b, got, want)
			}
		}
	})
}
