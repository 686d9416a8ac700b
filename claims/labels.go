package claims

import (
	"strings"
	"unicode"
)

// A paragraph may open with its speaker's name and a colon: the lines of
// an interview ("Koval: By our count, about 6,000 …") and of a fact-check
// that sets sources side by side ("- The NIS (April): about 4,700 killed
// or wounded"). The name speaks for the figures after it in that
// paragraph, unless a sentence names its own source.

// markLabels gives each sentence the speaker its paragraph opened with.
//
// A fact box may name its source on a line of its own, "Source: Lee
// Seong-kweun, after a briefing", and give the words on the next,
// "Quote: "Around 100 have died …"": the quote is the source's.
func markLabels(sents []sentence, text string) {
	source, listBy, listPara := "", "", -1
	onStage := ""  // a transcript's speaker, named in capitals
	asked := false // the last dashed paragraph was an interviewer's question
	for i := range sents {
		sents[i].labelColon = -1
		if dashed(sents[i]) && (i == 0 || sents[i-1].para != sents[i].para) {
			answer := asked && source != ""
			asked = strings.HasSuffix(paragraphEnd(sents, i), "?")
			if answer {
				// "Source: Budanov in an interview with Ukrainska Pravda", and
				// under it "– How many … today?" / "– As of this morning,
				// eleven thousand. Roughly 500 of them are officers.": the
				// answers are the one interviewed's
				for k := i; k < len(sents) && sents[k].para == sents[i].para; k++ {
					sents[k].label = source
				}
			}
		}
		if sents[i].label != "" && source != "" && sents[i].label == source && labelledAnswer(sents, i) {
			continue
		}
		if who := listSource(sents[i]); who != "" {
			listBy, listPara = who, sents[i].para
			continue
		}
		if listBy != "" && sents[i].para != listPara && hasNumber(sents[i].toks) {
			// "By the numbers, per the NIS:" and the lines listed under it
			sents[i].label, listPara = listBy, sents[i].para
			continue
		}
		listBy = ""
		if who, ok := boxLine(sents[i], "source", "sources"); ok {
			source = who
			creditBox(sents[:i], who)
			if i > 0 && sents[i-1].para == sents[i].para && quotation(sents[i-1]) && sents[i-1].label == "" {
				// `Claim 1. "About 8,000 … are in the Kursk region." Source:
				// US Secretary of State Antony Blinken, October 31`: the
				// quotation's speaker, on the line after it
				sents[i-1].label = who
			}
			continue
		}
		if _, ok := boxLine(sents[i], "claim", "claims"); ok && i+1 < len(sents) {
			if who := claimant(sents[i+1]); who != "" {
				// a fact check's `Claim: "… exceeds 3,000."` and under it
				// "Who said it: Volodymyr Zelenskyy, on X"
				sents[i].label, sents[i].labelColon = who, 1
				continue
			}
		}
		if who, colon := quoteFrom(sents[i]); who != "" {
			// "Source: Andrii Yusov, spokesman for HUR" over "Quote from
			// Yusov: …"
			sents[i].label, sents[i].labelColon = fullName(text, sents[:i], who), colon
			continue
		}
		if who, colon := labelSpeaker(sents[i]); who != "" {
			sents[i].label, sents[i].labelColon = fullName(text, sents[:i], who), colon
			if transcriptLabel(sents[i].toks) {
				onStage = sents[i].label
			}
		} else if i > 0 && sents[i-1].para == sents[i].para {
			sents[i].label = sents[i-1].label
		} else if _, ok := boxLine(sents[i], "quote", "quotation"); ok && source != "" {
			sents[i].label, sents[i].labelColon = source, 1
		} else if transcriptLabel(sents[i].toks) {
			onStage = "" // "Q:", a reporter's question
		} else if onStage != "" {
			// a briefing's speaker goes on in the paragraphs under their
			// name until the next name in capitals: "MS. SINGH: Hi,
			// everyone. … / First, an update on North Korea. … we now
			// believe North Korea has sent around 10,000 soldiers"
			sents[i].label = onStage
		}
	}
}

// quotation reports a sentence that is a quotation from its first word to
// its last.
func quotation(s sentence) bool {
	toks := s.toks
	return len(toks) >= 3 && toks[0].low == `"` && toks[len(toks)-1].low == `"`
}

// dashed reports a paragraph of an interview's exchange, opened by a dash.
func dashed(s sentence) bool {
	return len(s.toks) > 1 && s.toks[0].low == "-" // en and em dashes too
}

// paragraphEnd gives the text of the last sentence of sentence i's paragraph.
func paragraphEnd(sents []sentence, i int) string {
	k := i
	for k+1 < len(sents) && sents[k+1].para == sents[i].para {
		k++
	}
	return strings.TrimSpace(sents[k].text)
}

// labelledAnswer reports a sentence inside an interview's answer, labelled
// with the one interviewed: nothing else may relabel it.
func labelledAnswer(sents []sentence, i int) bool {
	k := i
	for k > 0 && sents[k-1].para == sents[i].para {
		k--
	}
	return dashed(sents[k])
}

// transcriptLabel reports a paragraph that opens with a name in capitals
// and a colon, "PRESS SECRETARY:", "Q:", as a transcript marks who speaks.
func transcriptLabel(toks []token) bool {
	for k, t := range toks {
		switch {
		case k > 8:
			return false
		case t.low == ":":
			return k > 0
		case t.low == ".":
		case t.kind != tWord || !isUpperCase(t.text):
			return false
		}
	}
	return false
}

// listSource reads the source a list's lead-in names before its colon:
// "By the numbers, per the National Intelligence Service:".
func listSource(s sentence) string {
	toks := s.toks
	if len(toks) < 4 || toks[len(toks)-1].low != ":" || hasNumber(toks) {
		return ""
	}
	for k := 0; k+1 < len(toks); k++ {
		switch {
		case toks[k].low == "per":
			return npAfter(s, k+1)
		case toks[k].low == "according" && toks[k+1].low == "to":
			return npAfter(s, k+2)
		}
	}
	return ""
}

// creditBox gives the fact box lines and table rows just above a "Source:
// NIS, via lawmakers" line, "Killed: about 300", "Total casualties: about
// 3,000", the source it names: a box names its source under its figures.
func creditBox(above []sentence, who string) {
	for j := len(above) - 1; j >= 0; j-- {
		s := &above[j]
		if j > 0 && above[j-1].para == s.para || !s.row && !factLine(strings.ToLower(s.text)) {
			return // a table's rows are the box's too: "| Dec. 19, 2024 | about 1,100 | …"
		}
		// a label read as a speaker's name, "Months in combat: 2-3", was
		// the row's own
		s.label, s.labelColon = who, -1
	}
}

// fullName gives a transcript's short label, "COL. LEE", "MS. SINGH", the
// full name an earlier line gave the speaker ("Col. Lee Sung-jun").
func fullName(text string, before []sentence, label string) string {
	f := strings.Fields(strings.ToLower(label))
	if len(f) == 0 || len(f) > 3 {
		return label
	}
	if who := titledAbove(text, f); who != "" {
		return who // "PRESS SECRETARY:" under "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder"
	}
	last := strings.TrimSuffix(f[len(f)-1], ".")
	if orgWords[last] || len(f) > 1 && !personTitles[strings.TrimSuffix(f[0], ".")] {
		return label // "Ukrainian military intelligence" is whole as it stands
	}
	for _, s := range before {
		for k, t := range s.toks {
			if t.low != last || !t.capital || t.text == strings.ToUpper(t.text) && len(t.text) > 1 {
				continue
			}
			from, to := k, k+1
			for from > 0 && s.toks[from-1].capital && s.toks[from-1].cls&cTitle == 0 && s.toks[from-1].kind == tWord {
				from--
			}
			for to < len(s.toks) && s.toks[to].capital && s.toks[to].kind == tWord {
				to++
			}
			if to-from > 1 {
				return trimPhrase(s, s.toks[from:to])
			}
		}
	}
	return label
}

// titledAbove gives, for a label of title words only ("press secretary"),
// the name the text gave with that title, in title case: the run of
// capitalised words from the title on, "Press Secretary Air Force Maj. Gen.
// Pat Ryder". The text, not the sentences: a transcript names its speaker
// on a line of its own, which the sentences leave out as a heading.
func titledAbove(text string, f []string) string {
	if f[0] == "the" || f[0] == "of" {
		return "" // "THE KREMLIN:" names no title
	}
	title := make([]string, len(f))
	for i, w := range f {
		if !titleWords[w] && !personTitles[w] && w != "press" {
			return ""
		}
		title[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	at := strings.Index(text, strings.Join(title, " ")+" ")
	if at < 0 {
		return ""
	}
	line := text[at:min(len(text), at+120)]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	words := strings.Fields(line)
	n := len(f)
	for n < len(words) && words[n] != "" && unicode.IsUpper([]rune(words[n])[0]) && !strings.HasSuffix(words[n-1], ",") {
		n++
	}
	if n == len(f) {
		return ""
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ".,;:")
}

// colonWithin reports a colon among the tokens labelSpeaker reads for one.
func colonWithin(toks []token, k int) bool {
	for i := k; i < len(toks) && i-k <= 16; i++ {
		if toks[i].low == ":" {
			return true
		}
	}
	return false
}

// boxLine reads a fact box line that opens with one of the two labels and
// a colon, and the name after the colon.
func boxLine(s sentence, label, plural string) (string, bool) {
	toks := s.toks
	if len(toks) < 3 || toks[0].low != label && toks[0].low != plural || toks[1].low != ":" {
		return "", false
	}
	return npAfter(s, 2), true
}

// quoteFrom reads the speaker of a quotation box's line, "Quote from
// Yusov: …", and the index of its colon.
func quoteFrom(s sentence) (string, int) {
	toks := s.toks
	if len(toks) < 4 || toks[0].low != "quote" && toks[0].low != "quotation" || toks[1].low != "from" {
		return "", -1
	}
	for k := 3; k < len(toks) && k <= 8; k++ {
		if toks[k].low == ":" {
			return npAfter(s, 2), k
		}
	}
	return "", -1
}

// claimant reads a fact check's line naming whose the claim above is:
// "Who said it: Ukrainian President Volodymyr Zelenskyy, on X".
func claimant(s sentence) string {
	for _, lead := range claimantLeads {
		if matchWords(s.toks, 0, lead) {
			return npAfter(s, len(lead))
		}
	}
	return ""
}

var claimantLeads = [][]string{{"who", "said", "it", ":"}, {"who", "said", ":"}, {"said", "by", ":"}, {"claimed", "by", ":"}}

// labelSpeaker reads the speaker a line opens with and the index of the
// colon after it; "" when the line opens with no name, or with a label
// that is no speaker ("Correction:", "Killed:", "Dec. 23:").
// afterDateDash steps over a timeline entry's date and dash from k, "Oct.
// 2024 —", "18 Dec 2024 –"; k itself when the line opens otherwise.
func afterDateDash(toks []token, k int) int {
	j, month, year := k, false, false
	for ; j < len(toks) && j <= k+6; j++ {
		switch t := toks[j]; {
		case t.kind == tWord && isMonthWord(t.low):
			month = true
		case t.low == "." || t.low == ",":
		case isYear(t):
			year = true
		case t.kind == tNum && t.num >= 1 && t.num <= 31:
		case t.low == "-" && month && year:
			return j + 1
		default:
			return k
		}
	}
	return k
}

func labelSpeaker(s sentence) (string, int) {
	toks := s.toks
	k := 0
	if first, _, _ := strings.Cut(strings.TrimSpace(s.text), " "); len(toks) > 3 && clockTime(first) {
		k = 3 // a ticker's clock, three tokens: "15:02 ▶ NIS: …"
	}
	for k < len(toks) && bullets[toks[k].low] {
		k++
	}
	k = afterDateDash(toks, k) // "• Nov. 2024 — NIS: more than 10,000 …", a timeline's speaker
	if e := timeOpenerEnd(toks, k); e > 0 {
		k = e // "Three days later, Blinken went further: …" opens with a time, not a name
	}
	if !colonWithin(toks, k) {
		return "", -1 // what the loop below gives a line with no colon near its start, sooner
	}
	colon := -1
	named := false // a name has begun and ended: a date may follow, "… on May 3:"
	for i := k; i < len(toks) && i-k <= 16; i++ {
		if toks[i].low == ":" {
			colon = i
			break
		}
		named = named || i > k && labelEnds[toks[i].low]
		if toks[i].kind == tNum && !named && !inBrackets(toks, i) {
			return "", -1 // a date or a count: a timeline or a fact box
		}
	}
	if colon <= k || colon+1 >= len(toks) {
		return "", -1
	}
	for j := k; j+2 < colon; j++ {
		if toks[j].cls&cEstimate != 0 && (toks[j+1].low == "of" || toks[j+1].low == "by" || toks[j+1].low == "from") {
			k = j + 2 // "Casualty estimate of South Korea's NIS in April 2025:": the NIS's
			break
		}
	}
	var words []token
	depth := 0
	for _, t := range toks[k:colon] {
		switch {
		case t.low == "(":
			depth++
		case t.low == ")":
			depth--
		case depth > 0:
		case t.low == "." && len(words) > 0 && abbreviations[words[len(words)-1].low]:
			// "MS. SINGH:", "COL. LEE:": a title's dot
		case labelEnds[t.low] && len(words) > 0:
			// "The NIS in January", "A commander interviewed by NV on May 3"
			return labelName(s, words, colon)
		default:
			words = append(words, t)
		}
	}
	return labelName(s, words, colon)
}

func labelName(s sentence, words []token, colon int) (string, int) {
	if len(words) > 0 && (notSpeakers[words[0].low] || labelOpeners[words[0].low]) {
		return "", -1 // "For scale: …", "To put the figure in perspective: …"
	}
	for len(words) > 0 && (words[0].low == "a" || words[0].low == "an" || words[0].low == "the") {
		words = words[1:]
	}
	if n := len(words); n >= 2 && (estimateNouns[words[n-1].low] || figureNouns[words[n-1].low]) && words[n-2].poss {
		words = words[:n-1] // "Seoul's estimate, given on Monday, is lower: …" is Seoul's
	}
	if len(words) == 0 || len(words) > 8 {
		return "", -1
	}
	if len(words) == 2 && possessivePronouns[words[0].low] {
		return "", -1 // "His figure: more than 3,000 …": whose is the sentence before's to say
	}
	if words[0].low == "our" || words[0].low == "my" {
		return "", -1 // "Our assessment has changed since then: we now believe …": the speaker's own words
	}
	for i, t := range words {
		if t.low == "has" || t.low == "have" || t.low == "had" || beForms[t.low] {
			return "", -1 // a clause before the colon, not a name
		}
		if i > 0 && words[i-1].capital && !t.capital && (t.cls&cReport != 0 || t.low == "went" || t.low == "came" || strings.HasSuffix(t.low, "ed")) {
			return "", -1 // "Secretary of State Antony Blinken went further: …": a clause
		}
	}
	named := false
	for _, t := range words {
		if t.kind != tWord || notLabels[t.low] || rowWords[t.low] || months[t.low] || timeWords[t.low] {
			return "", -1
		}
		if t.capital || namedWords[t.low] || t.cls&cTitle != 0 {
			named = true
		}
	}
	if !named {
		return "", -1
	}
	base := s.toks[0].start
	who := s.text[words[0].start-base : words[len(words)-1].end-base]
	if headlineKinds[strings.ToLower(who)] {
		return "", -1 // "Full Text: Zelensky's Evening Address": what the page is
	}
	return canonicalSource(strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")), colon
}

var possessivePronouns = set("his", "her", "its", "their")

func inBrackets(toks []token, i int) bool {
	depth := 0
	for _, t := range toks[:i] {
		switch t.low {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return depth > 0
}

// labelOpeners begin a phrase, not a name.
var labelOpeners = set("to", "from", "of", "as", "what", "why", "how", "here", "there", "put", "in")

var bullets = set("-", "–", "—", "•", "*", "·", "▶", "►", "▸", "■", "●")

// labelEnds stop a speaker's name: what follows says when or how they spoke.
var labelEnds = set("in", "on", "at", "interviewed", "speaking", "quoted", "via", "writing", "last", "this", ",")

// notLabels open lines that are no one's words.
var notLabels = set("correction", "corrections", "update", "updated", "note", "editor", "editors",
	"related", "read", "also", "more", "see", "watch", "listen", "video", "photo", "photos", "caption",
	"analysis", "background", "context", "timeline", "summary", "key", "facts", "fact", "why", "what",
	"how", "when", "where", "who", "bottom", "line", "tags", "topics", "share", "breaking", "exclusive",
	"opinion", "q", "question", "answer", "disclaimer", "warning", "advertisement", "sources", "source",
	"quote", "quotation",
	// a newsletter's rubrics: "THE BIG STORY:", "THE CONFIRMATION:"
	"story", "stories", "confirmation", "takeaway", "takeaways", "rundown", "scoop",
	"live", "latest", "war", "news", "methodology", "verdict", "claim", "rating", "total", "totals",
	"figures", "estimates", "toll", "losses", "subscribe", "newsletter", "follow", "contact",
	// a broadcast's own voices tell its story; they are not a source of it
	"reporter", "correspondent", "anchor", "narrator", "presenter",
	// a pronoun or an auxiliary makes a clause, not a name: "He repeated the
	// department's estimate of the force: …"
	"he", "she", "it", "they", "we", "i", "you", "would", "not", "did", "does", "will")

// rowWords name what a fact box row counts.
var rowWords = set("troops", "troop", "soldiers", "personnel", "servicemen", "forces", "fatalities",
	"replacements", "pows", "killed", "dead", "deaths", "wounded", "injured", "casualties", "captured",
	"prisoners", "prisoner", "deployed", "sent", "missing", "reinforcements", "losses")

// correctionLabel reports a sentence that opens "Correction:".
func correctionLabel(toks []token) bool {
	return len(toks) > 1 && (toks[0].low == "correction" || toks[0].low == "clarification") && toks[1].low == ":"
}

// inCorrection reports a sentence of a paragraph that opened "Correction:":
// "That was a typing error: the figure is nearly 4,000" restates, it does
// not report.
func inCorrection(sents []sentence, i int) bool {
	for k := i - 1; k >= 0 && sents[k].para == sents[i].para; k-- {
		if k == 0 || sents[k-1].para != sents[i].para {
			return correctionLabel(sents[k].toks)
		}
	}
	return false
}

// correctionNote reports an editor's correction: the figure it gives is the
// one the outlet got wrong, or one it states elsewhere as a claim already.
func correctionNote(toks []token) bool {
	if correctionLabel(toks) {
		return true
	}
	for i, t := range toks {
		switch {
		case t.low == "misstated" || t.low == "misreported":
			return true
		case (t.low == "earlier" || t.low == "previous") && i+1 < len(toks) && (toks[i+1].low == "version" || toks[i+1].low == "versions"):
			// "An earlier version of this story said", "An earlier version said"
			return true
		}
	}
	return false
}
