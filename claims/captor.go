package claims

import "strings"

// captureWords say that someone took or holds prisoners.
var captureWords = set("captured", "capture", "captures", "capturing", "took", "taken", "takes",
	"take", "holds", "holding", "held", "hold", "seized")

// captor names who took or holds the prisoners counted at token at (their
// noun at noun) when no one is said to give the figure: "Ukraine captured
// two North Korean soldiers", "two were captured by Ukrainian forces",
// "remain in the custody of the Security Service of Ukraine". A side that
// announces its own prisoners is their source; a pronoun ("his forces",
// "it captured") or a bare passive ("the two captured last week") names no
// one, and then the figure stays unattributed. A captor of other men is
// not theirs: "swap the two North Koreans it captured for Ukrainians held
// in Russia".
func captor(s sentence, at, noun int) string {
	best, bestDist := "", 1<<30
	for k := range s.toks {
		who, ok := capturePhrase(s, k)
		if !ok || who == "" || capturesOthers(s.toks, k, noun) {
			continue
		}
		if d := max(k-at, at-k); d < bestDist {
			best, bestDist = who, d
		}
	}
	return captorCountry(best)
}

// captorCountry names the country whose forces took the prisoners:
// "Ukrainian forces" hold them for Ukraine, which reports them, and so do
// the "Ukrainian" of "in Ukrainian custody".
func captorCountry(who string) string {
	nation, force, ok := strings.Cut(who, " ")
	if ok && !captorForces[strings.ToLower(force)] || who == "" {
		return who
	}
	for _, c := range countries {
		if strings.EqualFold(nation, c[0]) {
			return strings.TrimSuffix(c[1], "'s")
		}
	}
	return who
}

var captorForces = set("forces", "troops", "soldiers", "military", "army", "servicemen", "units", "marines", "paratroopers")

// capturesOthers reports a capture phrase at k said of people other than
// the counted ones at noun: "Ukrainians held in Russia", "Ukrainian
// prisoners taken by Russia".
func capturesOthers(toks []token, k, noun int) bool {
	v := k // the verb of the phrase
	switch toks[k].low {
	case "custody", "hands":
		return false
	case "by", "in":
		v = k - 1
		if v > 0 && !captureWords[toks[v].low] {
			v-- // "taken prisoner by"
		}
	}
	p := v - 1
	if p < 0 || p <= noun {
		return false
	}
	t := toks[p]
	return peopleNouns[t.low] || captiveNouns[t.low] || strings.HasSuffix(t.low, "ans")
}

// capturePhrase reports whether token k says that someone took or holds
// prisoners, and who, if the words name them.
func capturePhrase(s sentence, k int) (string, bool) {
	toks := s.toks
	t := toks[k]
	switch {
	case t.low == "by" && k > 0 && (captureWords[toks[k-1].low] || k > 1 && captureWords[toks[k-2].low] ||
		k > 2 && captureWords[toks[k-3].low] && toks[k-2].low == "as"):
		// "captured by Ukraine", "taken prisoner by Ukrainian forces",
		// "held as POWs by Ukraine"
		return npAfter(s, k+1), true
	case t.low == "in" && heldBefore(toks, k) && k+1 < len(toks) && toks[k+1].capital:
		// "still being held in Kyiv", "held in a detention facility in Kyiv"
		return npAfter(s, k+1), true
	case t.low == "custody" || t.low == "hands":
		// "in Ukrainian custody", "in Ukrainian hands"
		if k > 1 && toks[k-2].low == "in" && isNationality(toks[k-1].low) {
			return toks[k-1].text, true
		}
		if k+2 < len(toks) && toks[k+1].low == "of" {
			return npAfter(s, k+2), true
		}
	case showVerbs[t.low] && imageAfter(toks, k):
		// "Ukraine, meanwhile, released video of two North Korean
		// prisoners": who shows prisoners holds them
		j := k - 1
		for j >= 0 && (auxWords[toks[j].low] || toks[j].low == ",") {
			j--
		}
		if j >= 0 && toks[j].low == "meanwhile" && j >= 1 && toks[j-1].low == "," {
			j -= 2
		}
		if j < 0 {
			return "", false
		}
		return captorBefore(s, j), true
	case captureWords[t.low] || (t.low == "has" || t.low == "have") && prisonersAfter(toks, k):
		// "Ukrainian forces have captured", "Kyiv holds", "Ukraine has
		// held"; a bare "held" or "taken" is passive ("the two held
		// since January"), and so is "captured" on the men it names
		// ("the two North Koreans captured last week")
		if k+1 < len(toks) && toks[k+1].low == "by" || k+2 < len(toks) && toks[k+2].low == "by" {
			return "", false // the "by" names the captor
		}
		j, passive := k-1, false
		for j >= 0 && auxWords[toks[j].low] {
			passive = passive || toks[j].low == "were" || toks[j].low == "was"
			j--
		}
		if j < 0 || passive || j == k-1 && (t.low == "held" || t.low == "taken" || capturedMen(toks, k)) {
			return "", true // "Two were captured alive": by whom, it does not say
		}
		return captorBefore(s, j), true
	}
	return "", false
}

// showVerbs publish pictures.
var showVerbs = set("released", "releases", "published", "publishes", "posted", "posts", "showed", "shows", "shared", "aired")

// imageAfter reports pictures just after the verb at k: "released video
// of", "posted a video showing", "published photos of".
func imageAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if imageNouns[toks[j].low] || toks[j].low == "video" {
			return true
		}
	}
	return false
}

// itsName finds what the "it" at j stands for: the nearest name before it
// that is a side or an agency, not men of a nationality ("Kyiv also wants
// to swap the two North Koreans it captured" is Kyiv's capture).
func itsName(s sentence, j int) string {
	toks := s.toks
	for k := j - 1; k >= 0; k-- {
		t := toks[k]
		if !t.capital || t.kind != tWord || menWord(t.low) || k+1 < j && menWord(toks[k+1].low) {
			continue // "North Koreans", "Ukrainian soldiers"
		}
		who, _ := npBefore(s, k)
		return who
	}
	return ""
}

func menWord(w string) bool { return peopleNouns[w] || strings.HasSuffix(w, "ns") }

// heldBefore reports "held" just before the "in" at k, or a few words
// before it with no verb between: "held in a detention facility in Kyiv".
func heldBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].low == "held" {
			return true
		}
		if toks[j].kind != tWord || toks[j].capital {
			return false
		}
	}
	return false
}

// capturedMen reports "captured" used of the men before it, not by them:
// "North Koreans captured last week", against "Ukrainian forces captured
// two", which has what they took after it.
func capturedMen(toks []token, k int) bool {
	if !menWord(toks[k-1].low) {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return n.kind != tNum && unitWords[n.low] == 0 && n.low != "zero" && n.low != "a" && n.low != "an" && n.low != "the" && !n.capital && !peopleNouns[n.low]
}

// prisonersAfter reads "Ukraine has two North Korean prisoners": holding
// said with "has".
func prisonersAfter(toks []token, k int) bool {
	for _, t := range toks[k+1 : min(len(toks), k+6)] {
		if t.low == "prisoners" || t.low == "prisoner" || t.low == "pows" {
			return true
		}
	}
	return false
}

var pronouns = set("his", "her", "its", "their", "our", "my", "your")

// clauseStart: token k opens the sentence or a clause, so a nationality
// there is the side that acts, not the counted soldiers' ("three North
// Korean soldiers were captured").
func clauseStart(toks []token, k int) bool {
	return k == 0 || toks[k-1].kind == tPunct || toks[k-1].low == "and" || toks[k-1].low == "but" ||
		toks[k-1].low == "while"
}

// captorBefore reads the side named by the words that end at token j:
// "Ukrainian forces", "Kyiv", or a nationality and its soldiers
// ("Ukrainian paratroopers"), but no pronoun ("his forces").
func captorBefore(s sentence, j int) string {
	who, k := npBefore(s, j)
	if who == "" && j > 0 && s.toks[j].kind == tWord && !s.toks[j].capital && isNationality(s.toks[j-1].low) &&
		clauseStart(s.toks, j-1) {
		who, k = trimPhrase(s, s.toks[j-1:j+1]), j-1
	}
	if who == "" && s.toks[j].low == "it" {
		return itsName(s, j) // "Kyiv wants to swap the two it captured"
	}
	if who == "" || pronouns[s.toks[k].low] {
		return "" // "his forces": no one named
	}
	return who
}
