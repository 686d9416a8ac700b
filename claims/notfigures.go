package claims

import "strings"

// deniedVerbs are the verbs of a figure that "not" can deny.
var deniedVerbs = set("lose", "lost", "send", "sent", "deploy", "deployed", "suffer", "suffered", "kill", "killed", "capture", "captured", "take", "took")

// deniedBefore reports a figure whose verb just before it is denied: "did
// not lose 400,000 soldiers", "never sent 30,000".
func deniedBefore(toks []token, from int) bool {
	if from < 2 || !deniedVerbs[toks[from-1].low] {
		return false
	}
	n := toks[from-2].low
	return n == "not" || n == "never" || strings.HasSuffix(n, "n't") || n == "t" && from >= 4 && strings.HasSuffix(toks[from-4].low, "n")
}

// readerAppeal reports the outlet asking for money or sign-ups: "Become a
// member for just $5 a month and join 15,000 others" counts readers.
func readerAppeal(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].low {
		case "become":
			if k+2 < len(toks) && (toks[k+2].low == "member" || toks[k+2].low == "subscriber" || toks[k+2].low == "patron") {
				return true
			}
		case "subscribe", "donate":
			if k == 0 || toks[k+1].low == "to" || toks[k+1].low == "now" || toks[k+1].low == "today" {
				return true
			}
		case "support":
			if k+2 < len(toks) && (toks[k+1].low == "our" || toks[k+1].low == "independent") && appealObjects[toks[k+2].low] {
				return true // "support our journalism", not "support our troops"
			}
		}
	}
	return false
}

var appealObjects = set("journalism", "work", "reporting", "newsroom", "mission", "media")

// episodeTitle reports a numbered item of a list of other pieces, an
// episode or an issue: `146: "Three ships, 1,500 soldiers: inside the NIS
// briefing"`, "147 - Two prisoners and a rising toll". A fact box's "2 —
// North Korean soldiers held prisoner" names what its figure counts; an
// item's title is quoted or counts for itself.
func episodeTitle(toks []token) bool {
	for e := 0; e < len(toks) && e < 6; e++ {
		if toks[e].low != "ep" && toks[e].low != "episode" {
			continue
		}
		k := e + 1
		if k < len(toks) && toks[k].low == "." {
			k++
		}
		if k+1 < len(toks) && toks[k].kind == tNum && (toks[k+1].low == ":" || toks[k+1].low == "-" ||
			toks[k+1].low == "," && k+2 < len(toks) && toks[k+2].low == `"`) {
			// and "Previously on Korea Dispatch: Ep. 211, "The year in 12 charts""
			// "Ep. 212: Ukraine says 1,500 Russian troops lost in a day",
			// "- Seoul Brief Ep. 146: …": an episode's title
			return true
		}
	}
	if len(toks) < 4 || toks[0].kind != tNum || toks[0].num >= 1000 || toks[0].num != float64(int(toks[0].num)) || strings.Contains(toks[0].text, ",") {
		return false
	}
	switch toks[1].low {
	case ":":
		return toks[2].low == `"`
	case "-":
		_, counted := readQuantity(toks, 2)
		return counted && toks[2].capital
	}
	return false
}

// citedTitle reports a sentence that cites another piece by its quoted
// title: a back issue (`- "How 1,500 special forces crossed the sea"
// (Issue #138, Oct. 18)`) or a footnote's source (`"Shoigu: 6,000 North
// Korean engineers to help rebuild Kursk," TASS, June 17, 2025.`). What
// follows the title names where and when it ran, and says nothing.
func citedTitle(toks []token) bool {
	k := 0
	if len(toks) > 0 && (toks[0].low == "-" || toks[0].low == "•") {
		k++
	}
	if k >= len(toks) || toks[k].low != `"` {
		return false
	}
	end := -1
	for j := k + 1; j < len(toks); j++ {
		if toks[j].low == `"` {
			end = j
			break
		}
	}
	rest := toks[min(end+1, len(toks)):]
	if end < 0 || len(rest) == 0 || len(rest) > 14 {
		return false
	}
	issue, year := false, false
	for _, t := range rest {
		switch {
		case t.cls&cReport != 0:
			return false // `"…," Zelensky said`
		case t.low == "issue" || t.low == "episode" || t.low == "ep" || t.low == "#":
			issue = true
		case isYear(t):
			year = true
		}
	}
	return issue || year && rest[0].low != "-"
}

// yesNoQuestion reports a sentence that asks whether a figure is so, "Fact
// check: Did Ukraine kill 3,000 North Korean soldiers?": it puts the figure
// up for doubt and claims nothing. A question that asks how many is read
// with its answer (askedFor).
func yesNoQuestion(s sentence) bool {
	toks := s.toks
	if len(toks) < 3 || !strings.HasSuffix(strings.TrimSpace(s.text), "?") {
		return false
	}
	k := 0
	for j := 0; j < len(toks) && j < 5; j++ {
		if toks[j].low == ":" {
			k = j + 1 // past a label: "Fact check:", "Q:"
		}
	}
	return k < len(toks) && questionAuxiliaries[toks[k].low]
}

var questionAuxiliaries = set("did", "do", "does", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should")

// gapBetween reports a figure that is how far two counts lie apart: "The
// gap between the two estimates, roughly 3,000 soldiers, …", "a
// difference of about 3,000 troops".
// dashes set an aside apart as commas do.
var dashes = set("–", "—", "-", "--")

func gapBetween(toks []token, from int) bool {
	if from >= 2 && toks[from-1].low == "of" && gapNouns[toks[from-2].low] {
		return true
	}
	if from >= 2 && (beForms[toks[from-1].low] || toks[from-1].low == "at" && toks[from-2].low == "stands") {
		// "The gap between the two Kursk estimates is about 3,000 soldiers"
		for k := from - 2; k >= 0 && k >= from-10; k-- {
			if toks[k].kind == tNum || toks[k].low == "," {
				return false
			}
			if gapNouns[toks[k].low] {
				return true
			}
		}
		return false
	}
	if from < 2 || toks[from-1].low != "," && toks[from-1].low != ":" && !dashes[toks[from-1].low] {
		return false // "The difference – some 3,000 men – is too large"
	}
	// "The gap between the two estimates, roughly 3,000 soldiers, …", "The
	// gap is not small: three thousand men …", "the gap between the US and
	// Ukrainian counts for Kursk, some 3,000 soldiers"
	for k := from - 2; k >= 0 && k >= from-12; k-- {
		switch {
		case toks[k].kind != tWord:
			return false
		case gapNouns[toks[k].low]:
			return true
		}
	}
	return false
}

var gapNouns = set("gap", "difference", "discrepancy", "shortfall")

// changeAmount reports a figure that is by how much a count moved or two
// differ: "raising Kyiv's count by close to a thousand", "up by 1,000",
// "higher by roughly 3,000".
func changeAmount(toks []token, from int) bool {
	// "Kyiv's is higher by roughly 3,000 soldiers": how far two counts are apart
	return from >= 2 && toks[from-1].low == "by" && (wordBefore(toks, from-1, 5, changeVerbs) || comparatives[toks[from-2].low] || differVerbs[toks[from-2].low])
}

// differVerbs before "by" and a figure give how far two counts are apart:
// "the two estimates … differ by 3,000 soldiers".
var differVerbs = set("differ", "differs", "differed", "vary", "varies", "varied")

var changeVerbs = set("raising", "raised", "raises", "rose", "risen", "rising", "increased", "increasing", "grew", "grown",
	"up", "down", "cut", "cutting", "lowered", "lowering", "revised", "revising", "fell", "fallen", "dropped")

// shareOfFigure reports a figure given as the whole a share is of: "about
// two-thirds of the nearly 4,000 had been wounded" restates the 4,000.
func shareOfFigure(toks []token, from int) bool {
	k := from - 1
	if k < 2 || toks[k].low != "the" || toks[k-1].low != "of" {
		return false
	}
	w := toks[k-2].low
	_, ok := fractionWords[w]
	if !ok {
		_, ok = fractionWords[strings.TrimSuffix(w, "s")]
	}
	return ok
}

// docRefs before a number point into a text: "paragraph 2", "paras 5-7".
var docRefs = set("paragraph", "paragraphs", "para", "paras", "page", "pages", "section", "chapter",
	"item", "items", "footnote", "graf", "grafs",
	// and a series' numbers: "Episode 229", "Vol. 3"
	"episode", "episodes", "ep", "vol", "volume")

// spanLeads before a bare number make it a span of time: "the previous 70".
var spanLeads = set("previous", "past", "preceding")

// forEvery reports a figure in a ratio: after "for every" or "a ratio of"
// in the few words before it.
func forEvery(toks []token, from int) bool {
	for k := from - 1; k >= 1 && k >= from-6; k-- {
		if toks[k].low == "every" && (toks[k-1].low == "for" || toks[k-1].low == "to" || toks[k-1].low == "per") || toks[k].low == "of" && toks[k-1].low == "ratio" ||
			toks[k].low == "split" && (k >= from-2 && from+1 < len(toks) && toks[from+1].low == "to" || k >= from-4 && toks[from-1].low == "to") {
			// "the dead and wounded split roughly one to six"
			return true
		}
	}
	return false
}

// ratioAfter reports a small figure followed by "in" and another number
// that no span of time follows: "one in three" is a ratio, "five in two
// days" a count.
func ratioAfter(toks []token, q quantity) bool {
	if q.value <= 10 && q.to+3 < len(toks) && toks[q.to+1].low == "or" && isNumeral(toks, q.to+2) && toks[q.to+3].low == "to" {
		return true // "outnumber the dead by three or four to one"
	}
	if q.value <= 10 && q.to+2 < len(toks) && toks[q.to+1].low == "to" && (toks[q.to+2].low == "one" || toks[q.to+2].low == "1") {
		return true // "four to one"
	}
	if q.to+2 >= len(toks) || toks[q.to+1].low != "in" || q.value > 10 || !isNumeral(toks, q.to+2) {
		return false
	}
	return q.to+3 >= len(toks) || !measureNouns[toks[q.to+3].low]
}

// isNumeral reports a number ending at token k: "3", "three".
func isNumeral(toks []token, k int) bool {
	if toks[k].kind == tNum {
		return true
	}
	_, ok := readQuantity(toks, k)
	return ok
}

// theOtherAfter reports "the other" after token k: "one … and the other".
func theOtherAfter(toks []token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+12; j++ {
		if toks[j].low == "the" && toks[j+1].low == "other" {
			return true
		}
	}
	return false
}

// thingBefore reports a row of a tally that names its things just before
// the figure, or before a dash or colon: "tanks 9,630", "tanks — 9,511".
func thingBefore(toks []token, from int) bool {
	k := from - 1
	if k > 0 && (toks[k].low == "—" || toks[k].low == "–" || toks[k].low == "-" || toks[k].low == ":") {
		k--
	}
	return thingNouns[toks[k].low] && !measureNouns[toks[k].low]
}
