package claims

import "strings"

// articleSubject is whose people an article is about when a figure names
// nobody near it: the subject its cues name most often, the headline's
// counting three times. An explainer's "Killed: about 600" or a fact-check's
// "about 300 had been killed" lean on it. South Korea is no cue for the North.
func (x *Extractor) articleSubject(title, body []sentence) (Subject, bool) {
	count := map[Subject]int{}
	tally := func(sents []sentence, weight int) {
		for _, s := range sents {
			toks := s.toks
			for i := 0; i < len(toks); i++ {
				p, ok := x.subjects.at(toks, i)
				if !ok {
					continue
				}
				end := i + len(p.words) - 1
				// "South Korean" is no cue for the North; "sent to Russia"
				// says where the troops went and "aboard Russian vessels" how,
				// not whose they are; "Kyiv says", "Ukraine's president" name
				// a speaker, which counts half
				switch {
				case i > 0 && toks[i-1].low == "south", placeOnly(toks, i, end), i > 0 && toks[i-1].low == "for":
					// nor "North Korea's war for Russia": for whom, not whose
				case skipCue(toks, i, end), capitals[toks[i].low]:
					// and "Moscow still won't say", "the Kremlin denies": a
					// government, seldom whose people are counted
					count[p.subject] += weight
				default:
					count[p.subject] += 2 * weight
				}
				i = end
			}
		}
	}
	tally(title, 3)
	tally(body, 1)
	best, n := Subject(""), 0
	for _, s := range []Subject{NorthKorea, Russia, Ukraine} { // a fixed order breaks ties
		if count[s] > n {
			best, n = s, count[s]
		}
	}
	return best, n > 0
}

var capitals = set("moscow", "kremlin", "kyiv", "kiev", "pyongyang")

// listLabel reports whether a sentence is a line of a fact box, "Troops
// sent: 11,000 – 12,000 (NIS, autumn 2024)": a short label, a colon, then the
// figure, which is the whole value: nothing follows it but the source in
// brackets. "Zelensky: 3,000 North Korean troops killed" is a headline's
// speaker, not a label. It returns the colon's index.
func listLabel(toks []token, from, to int) (int, bool) {
	if to+1 < len(toks) && toks[to+1].low == "+" {
		to++ // "estimated 9 million+ (South Korean officials)"
	}
	if to+1 < len(toks) && toks[to+1].low != "(" && !matchWords(toks, to+1, []string{",", "according", "to"}) && !asideNext(toks, to+1) {
		// but "Reinforcements: some 3,000, according to JCS", as a table's
		// row reads, "Casualties (NIS): about 4,700, of whom about 600
		// killed" and "Prisoners held by Ukraine: 2, since January"
		return 0, false
	}
	// up to nine words: "North Korean troops in Russia, late 2024:",
	// "Casualty estimate of South Korea's NIS in April 2025:"
	words, depth := 0, 0
	for k := 0; k < len(toks) && words <= 9 && k <= 14; k++ {
		switch {
		case toks[k].low == "(":
			depth++ // "Troops sent (since Oct. 2024): about 11,000": an aside in the label
		case toks[k].low == ")" && depth > 0:
			depth--
		case depth > 0:
		case toks[k].low == ":":
			return k, k > 0 && k < from && onlyQualifiers(toks[k+1:from])
		case k == 0 && bullets[toks[k].low]:
			// "- Troops sent (NIS): about 15,000"
		case k > 0 && (toks[k].low == "," || toks[k].low == "-" || isYear(toks[k])):
			// "Reinforcements, January-February 2025:": when, in the label
		case toks[k].kind != tWord:
			return 0, false
		default:
			words++
		}
	}
	return 0, false
}

// asideNext reports a comma at k that opens what a figure includes or
// since when it holds: ", incl. about 3,000 reinforcements", ", of whom
// about 600 killed", ", since January".
func asideNext(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].low != "," {
		return false
	}
	switch w := toks[k+1].low; w {
	case "incl", "including", "since":
		return true
	case "of", "among":
		return toks[k+2].low == "whom" || toks[k+2].low == "which" || w == "among" && toks[k+2].low == "them"
	case "as":
		return toks[k+2].low == "of"
	}
	return false
}

// figureFirst reports a "by the numbers" line that gives its figure
// first and then, after a colon, what it counts: "- 11,000 to 12,000: North
// Korean troops sent to Russia, according to the Pentagon".
func figureFirst(toks []token, from, to int) bool {
	k := 0
	if k < from && bullets[toks[k].low] {
		k++
	}
	return k == from && to+2 < len(toks) && toks[to+1].low == ":" && toks[to+2].kind == tWord
}

// labelNoun finds the people noun of a fact box label, "Reinforcements:".
func labelNoun(toks []token, colon int) int {
	for k := colon - 1; k >= 0; k-- {
		if peopleNouns[toks[k].low] && toks[k].low != "north" {
			return k // "North Korean artillery shells sent" names no people
		}
	}
	return -1
}

// labelBracket finds the bracket a fact box label closes on, "Troops sent
// (NIS, April 2025):", or -1.
func labelBracket(toks []token, colon int) int {
	if colon < 2 || toks[colon-1].low != ")" {
		return -1
	}
	for k := colon - 2; k >= 0; k-- {
		if toks[k].low == "(" {
			return k
		}
	}
	return -1
}

// bracketSource reads the source a fact box gives after a figure in
// brackets: "(NIS, April 2025)" → "NIS".
func bracketSource(s sentence, to int) string {
	toks := s.toks
	if to+2 >= len(toks) || toks[to+1].low != "(" {
		return ""
	}
	return npAfter(s, to+2)
}

// closingBracketSource reads a source cited in brackets after a figure in
// prose, "(NIS, Feb. 27)", "(Pentagon)": a name, then a date or nothing.
func closingBracketSource(s sentence, to int) string {
	toks := s.toks
	for k := to + 1; k < len(toks); k++ {
		year := toks[k].num >= 1900 && toks[k].num < 2100 && !strings.Contains(toks[k].text, ",")
		if toks[k].kind == tNum && !year && toks[k-1].low != "," && toks[k-1].low != "(" && !months[toks[k-1].low] {
			return "" // another figure first: the bracket is its source
		}
		if toks[k].low != "(" || k+1 >= len(toks) {
			continue
		}
		who := npAfter(s, k+1)
		end := k + 1 + len(strings.Fields(who))
		if who == "" || end >= len(toks) || (toks[end].low != ")" && toks[end].low != ",") {
			continue
		}
		if isPerson(who) && !strings.Contains(who, " ") {
			continue // "(Reuters)" is a wire, "(Kim)" a gloss
		}
		return who
	}
	return ""
}

// before keeps the cues that end before token k.
func before(hits []subjectHit, k int) []subjectHit {
	var out []subjectHit
	for _, h := range hits {
		if h.to < k {
			out = append(out, h)
		}
	}
	return out
}

// whereAsideBefore finds ", where … ," closing within a few words before
// the figure at from: its opening comma and its closing one, or 0, 0.
func whereAsideBefore(toks []token, from int) (int, int) {
	for b := from - 1; b > 0 && b >= from-3; b-- {
		if toks[b].low != "," {
			continue
		}
		for a := b - 2; a > 0 && a >= b-14; a-- {
			if toks[a].low == "," {
				if toks[a+1].low == "where" {
					return a, b
				}
				return 0, 0
			}
		}
		return 0, 0
	}
	return 0, 0
}

// amongThemAside finds ", North Korean soldiers among them," within a few
// words after the figure ending at to: the comma opening it and the
// word closing it, or 0, 0.
func amongThemAside(toks []token, to int) (int, int) {
	for k := to + 1; k < len(toks) && k <= to+7; k++ {
		if toks[k].low != "," {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if toks[j].kind != tWord {
				break
			}
			if toks[j].low == "included" {
				return k, j // ", North Koreans included"
			}
			if j+1 < len(toks) && (toks[j].low == "among" || toks[j].low == "including") && (toks[j+1].low == "them" || toks[j+1].low == "those") {
				return k, j + 1
			}
		}
		return 0, 0
	}
	return 0, 0
}

// after keeps the cues that start after token k.
func after(hits []subjectHit, k int) []subjectHit {
	var out []subjectHit
	for _, h := range hits {
		if h.from > k {
			out = append(out, h)
		}
	}
	return out
}

// civilians are nouns for people outside the armies.
var civilians = set("people", "person", "others", "civilians", "residents", "individuals")

// agentIn reports whether a cue of the sentence is the doer of the killing
// or capture that the figure counts.
func agentIn(hits []subjectHit, toks []token, q quantity) bool {
	for _, h := range hits {
		if h.to < q.from && isAgent(toks, h.to, q.from) {
			return true
		}
	}
	return false
}
