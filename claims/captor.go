package claims

// captureWords say that someone took or holds prisoners.
var captureWords = set("captured", "capture", "captures", "capturing", "took", "taken", "takes",
	"take", "holds", "holding", "held", "hold", "seized")

// captor names who took or holds the prisoners a sentence counts when no
// one is said to give the figure: "Ukraine captured two North Korean
// soldiers", "two were captured by Ukrainian forces", "remain in the
// custody of the Security Service of Ukraine". A side that announces its
// own prisoners is their source; a pronoun ("his forces", "it captured")
// names no one, and then the figure stays unattributed.
func captor(s sentence) string {
	toks := s.toks
	for k, t := range toks {
		switch {
		case t.low == "by" && k > 0 && (captureWords[toks[k-1].low] || k > 1 && captureWords[toks[k-2].low]):
			// "captured by Ukraine", "taken prisoner by Ukrainian forces"
			if who := npAfter(s, k+1); who != "" {
				return who
			}
		case t.low == "in" && k > 0 && toks[k-1].low == "held" && k+1 < len(toks) && toks[k+1].capital:
			// "still being held in Kyiv"
			if who := npAfter(s, k+1); who != "" {
				return who
			}
		case t.low == "custody" || t.low == "hands":
			// "in Ukrainian custody", "in Ukrainian hands"
			if k > 1 && toks[k-2].low == "in" && isNationality(toks[k-1].low) {
				return toks[k-1].text
			}
			if k+2 < len(toks) && toks[k+1].low == "of" {
				if who := npAfter(s, k+2); who != "" {
					return who
				}
			}
		case captureWords[t.low] || (t.low == "has" || t.low == "have") && prisonersAfter(toks, k):
			// "Ukrainian forces have captured", "Kyiv holds", "Ukraine has
			// held"; a bare "held" or "taken" is passive ("the two held
			// since January")
			j := k - 1
			for j >= 0 && auxWords[toks[j].low] {
				j--
			}
			if j < 0 || j == k-1 && (t.low == "held" || t.low == "taken") {
				continue
			}
			if who := captorBefore(s, j); who != "" {
				return who
			}
		}
	}
	return ""
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
	if who == "" || pronouns[s.toks[k].low] {
		return ""
	}
	return who
}
