package claims

import "strings"

// notTheSource drops a possessive cue just before a figure that a figure
// noun follows: in "Kyiv's nearly-4,000 figure" Kyiv gives the figure, it
// does not own the people counted.
func notTheSource(hits []subjectHit, toks []token, from int) []subjectHit {
	out := make([]subjectHit, 0, len(hits))
	for _, h := range hits {
		if h.to < from && h.to >= from-4 && toks[h.to].poss {
			continue
		}
		out = append(out, h)
	}
	return out
}

// givingVerbs say who gave a figure in a relative clause after it.
var givingVerbs = set("gave", "given", "reported", "cited", "offered", "issued", "published", "released",
	"announced", "put", "provided")

// relativeSource reads who gave a restated figure, in the clause after its
// figure noun at k: "the 1,100 figure the military gave", "the 3,000
// estimate that Seoul published".
func relativeSource(s sentence, k int) string {
	j := k + 1
	if j < len(s.toks) && (s.toks[j].low == "that" || s.toks[j].low == "which") {
		j++
	}
	if j < len(s.toks) && s.toks[j].low == "the" {
		j++
	}
	who := npAfter(s, j)
	if who == "" {
		return ""
	}
	end := j + len(strings.Fields(who))
	if end < len(s.toks) && givingVerbs[s.toks[end].low] {
		return who
	}
	return ""
}

// possessiveSource names whose a restated figure is: "Kyiv's nearly-4,000
// figure", "Seoul's 1,100".
func possessiveSource(s sentence, from int) string {
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if s.toks[k].poss {
			who, _ := npBefore(s, k)
			return who
		}
	}
	return ""
}

// includedFigure reports a figure given as a part of the one before it in
// its sentence: "4,700 casualties in the war between Russia and Ukraine,
// including about 600 soldiers killed" counts the same people's dead.
func includedFigure(toks []token, from int) bool {
	k := from - 1
	if k >= 1 && toks[k].low == "them" && toks[k-1].low == "among" {
		return true
	}
	return k >= 0 && (toks[k].low == "including" || toks[k].low == "incl")
}

// captiveNouns count prisoners even after "the": "the two prisoners of
// war captured by Ukraine" is the count of them every report repeats.
var captiveNouns = set("prisoners", "pows", "captives")

// capturedAfterNoun reports "captured", "taken" or "held" just after the
// noun at k: "the two prisoners of war captured by Ukraine".
func capturedAfterNoun(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if captureWords[toks[j].low] {
			return true
		}
	}
	return false
}

// forceNames name a force as a thing a sentence can be about.
var forceNames = set("force", "contingent", "deployment", "forces")
