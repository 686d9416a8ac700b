package dedup

import (
	"slices"
	"strings"
	"testing"
)

// A short wire story, the kind whose SimHash furniture can shake.
var wire = []string{
	"South Korea's intelligence agency said around 4,700 North Korean soldiers have been killed or wounded in Russia.",
	"The National Intelligence Service told lawmakers that about 600 of them had died in the fighting in Kursk.",
	"Pyongyang had dispatched some 15,000 troops to Russia in total, the lawmakers said after the closed briefing.",
	"North Korea acknowledged for the first time on Monday that it had sent troops to fight for Moscow.",
	"Leader Kim Jong Un said a monument to the soldiers who died would be built in the capital.",
}

// update is four new paragraphs a later version of the story adds.
var update = []string{
	"Ukraine's military intelligence said on Thursday that a fresh contingent of 3,000 soldiers had arrived in Russia.",
	"Officials in Kyiv said the new troops were being trained to operate drones and artillery near the border.",
	"A spokesman for the Ukrainian general staff said 200 North Korean soldiers had been captured or killed this week.",
	"Analysts in Seoul said the new deployment suggested Pyongyang expected the partnership to last for years.",
}

func paragraphs(ps ...string) string { return strings.Join(ps, "\n\n") }

func shared(a, b string) (n, of int) {
	in := map[uint64]bool{}
	for _, h := range Sentences(b) {
		in[h] = true
	}
	s := Sentences(a)
	for _, h := range s {
		if in[h] {
			n++
		}
	}
	return n, len(s)
}

func TestIsCopyBySentences(t *testing.T) {
	original := paragraphs(wire...)
	tests := map[string]struct {
		text string
		want bool
	}{
		"the same text": {original, true},
		"a copy with new furniture": {paragraphs(append([]string{
			"THE TOKYO LEDGER | World | April 30, 2025 | From the JPN wire",
			"Sign up for our morning briefing — 5 stories, 5 minutes, every weekday.",
		}, append(wire, "MORE FROM THE LEDGER",
			"Yen weakens past 143 per dollar ahead of the Bank of Japan meeting",
			"Osaka Expo draws 1 million visitors in its first two weeks of opening",
			"Comments (31) | Share 1.2K")...)...), true},
		"a reprint with a new caption and a syndication notice": {paragraphs(append(append([]string{}, wire...),
			"North Korean soldiers at a training session in an undated photo from the state news agency of the North.",
			"The reporter wrote this story for the newspaper's partner in the regional news network.",
			`This article was published in theledger.example with the title "4.7K N. Korean troops killed or wounded in Russia". Click to read it in full.`)...), true},
		"a copy with other typography and case":      {strings.NewReplacer("'", "’", ", ", " , ", "North", "NORTH").Replace(original), true},
		"a copy that drops one sentence":             {paragraphs(wire[1:]...), true},
		"an update with four new paragraphs":         {paragraphs(append(append([]string{}, wire...), update...)...), false},
		"another article quoting two wire sentences": {paragraphs(append(append([]string{}, update...), wire[0], wire[1])...), false},
		"an excerpt of only two sentences":           {paragraphs(wire[:2]...), false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			n, of := shared(tc.text, original)
			if got := IsCopy(n, of); got != tc.want {
				t.Errorf("IsCopy(%d of %d) = %v, want %v", n, of, got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := map[string]struct {
		text string
		want int
	}{
		"empty":                                  {"", 0},
		"short sentences are not kept":           {"Troops arrived. Officials said so. It was cold.", 0},
		"one long sentence":                      {wire[0], 1},
		"a line without an end is furniture":     {"MORE FROM THE LEDGER: Yen weakens past 143 per dollar ahead of BOJ meeting", 0},
		"a repeated sentence counts once":        {wire[0] + " " + wire[0], 1},
		"decimals do not end a sentence":         {"The agency said 3.5 percent of the 11,000 soldiers sent to Kursk had been wounded so far.", 1},
		"a closing quote ends with its sentence": {`"We will build a monument to the soldiers who died in Kursk," Kim said. ` + wire[1], 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Sentences(tc.text); len(got) != tc.want {
				t.Errorf("Sentences gives %d hashes, want %d", len(got), tc.want)
			}
		})
	}
}

func TestCorpusCopiesShareSentences(t *testing.T) {
	tests := map[string]struct{ copy, original string }{
		"007 is a syndicated copy of 002": {"007", "002"},
		"008 is a syndicated copy of 000": {"008", "000"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if n, of := shared(corpusBody(t, tc.copy), corpusBody(t, tc.original)); !IsCopy(n, of) {
				t.Errorf("%d of %d sentences shared: not a copy", n, of)
			}
		})
	}
	originals := []string{"000", "001", "002", "003", "004"}
	for i, a := range originals {
		for _, b := range originals[i+1:] {
			if n, _ := shared(corpusBody(t, a), corpusBody(t, b)); n > 0 {
				t.Errorf("originals %s and %s share %d sentences", a, b, n)
			}
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add(paragraphs(wire...))
	f.Add("U.S. troops. \"Quote.\" … ! ? \r\n 3.5")
	f.Fuzz(func(t *testing.T, text string) {
		hs := Sentences(text)
		seen := map[uint64]bool{}
		for _, h := range hs {
			if seen[h] {
				t.Fatalf("hash %x twice", h)
			}
			seen[h] = true
		}
		if len(hs) > len(Words(text))/SentenceWords {
			t.Fatalf("%d sentences of %d words from %d words", len(hs), SentenceWords, len(Words(text)))
		}
	})
}

// TestSample: an original's sample is its SampleSize smallest hashes, the
// same in every copy whatever the order; the cut is the largest of them,
// or NoCut when the sample is the whole set.
func TestSample(t *testing.T) {
	tests := map[string]struct {
		in      []uint64
		want    []uint64
		wantCut uint64
	}{
		"none":                {nil, nil, NoCut},
		"fewer than the size": {[]uint64{9, 3, 7}, []uint64{9, 3, 7}, NoCut},
		"exactly the size":    {[]uint64{5, 4, 3, 2, 1}, []uint64{5, 4, 3, 2, 1}, NoCut},
		"more":                {[]uint64{70, 10, 60, 20, 50, 30, 40}, []uint64{10, 20, 30, 40, 50}, 50},
		"more, another order": {[]uint64{40, 30, 50, 20, 60, 10, 70}, []uint64{10, 20, 30, 40, 50}, 50},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, cut := Sample(tc.in)
			if !slices.Equal(got, tc.want) || cut != tc.wantCut {
				t.Errorf("Sample = %v, %d; want %v, %d", got, cut, tc.want, tc.wantCut)
			}
			if n := InRange(tc.in, cut); n != len(got) {
				t.Errorf("InRange(cut) = %d, want the sample's %d", n, len(got))
			}
		})
	}
}
