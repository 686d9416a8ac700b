package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a run of tokens of one paragraph.
type sentence struct {
	toks        []token
	text        string
	inQuote     bool   // a quotation was open when the sentence began
	quoteOpened bool   // a quotation is still open when it ends
	closeAt     int    // index of the token closing a quotation opened before the sentence, or -1
	para        int    // which paragraph it stands in
	label       string // the speaker its paragraph opened with ("Koval: …"), if any
	labelColon  int    // the colon after that name when this sentence opens with it, else -1
	row         bool   // a table's row, read as a sentence
}

// abbreviations whose dot does not end a sentence.
var abbreviations = set("gen", "col", "lt", "mr", "mrs", "ms", "dr", "st", "no", "sgt", "maj",
	"capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"vs", "etc", "u.s", "approx", "incl", "est", "gov", "sen", "rep", "adm", "brig", "cpl", "pvt", "c", "ca", "ep", "vol")

const maxSentenceTokens = 150

// splitSentences tokenizes each paragraph once and cuts it into sentences,
// tracking whether a quotation runs across them. The tokens are appended to
// buf and the sentences to out (nil for new ones), which it returns: the
// sentences point into buf, so it may be reused only once they are no
// longer read.
func splitSentences(paragraphs []paragraph, buf []token, out []sentence) ([]sentence, []token) {
	size := 0
	for _, p := range paragraphs {
		size += len(p.text)
	}
	if need := size/5 + len(paragraphs); cap(buf)-len(buf) < need { // about a token per five bytes of news prose
		// the sentences already cut keep the old array
		buf = append(make([]token, 0, len(buf)+need), buf...)
	}
	for pi, para := range paragraphs {
		p := para.text
		from := len(buf)
		buf = appendLowTokens(buf, p, para.low)
		toks := buf[from:len(buf):len(buf)] // a sentence's slice never grows into the next paragraph's
		first := len(out)
		open, openAtStart := false, false
		start := 0
		for i := range toks {
			t := toks[i]
			if i == start {
				openAtStart = open
			}
			if t.kind == tPunct && t.low == `"` {
				switch t.text {
				case "“", "«", "„":
					open = true
				case "”", "»":
					open = false
				default:
					open = !open
				}
			}
			// a run of 150 tokens without a full stop is a table or a list, not
			// prose: cut it so no rule works on a quadratic span
			if !endsSentence(toks, i) && i-start < maxSentenceTokens {
				continue
			}
			end := i + 1
			for end < len(toks) && toks[end].kind == tPunct && (toks[end].text == "”" || toks[end].text == `"` && open || toks[end].text == ")") {
				if toks[end].low == `"` {
					open = false
				}
				end++
			}
			out = append(out, newSentence(p, toks[start:end], openAtStart, open))
			start = end
		}
		if start < len(toks) {
			out = append(out, newSentence(p, toks[start:], openAtStart, open))
		}
		for k := first; k < len(out); k++ {
			out[k].para, out[k].row = pi, para.row
		}
	}
	return out, buf
}

func newSentence(p string, toks []token, openAtStart, openAtEnd bool) sentence {
	s := sentence{toks: toks, text: strings.TrimSpace(p[toks[0].start:toks[len(toks)-1].end]),
		inQuote: openAtStart, quoteOpened: openAtEnd, closeAt: -1, labelColon: -1}
	if openAtStart {
		for i, t := range toks {
			if t.low == `"` && t.text != "“" && t.text != "«" && t.text != "„" {
				s.closeAt = i
				break
			}
		}
	}
	return s
}

// endsSentence reports whether token i is a full stop that ends a sentence.
func endsSentence(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tPunct || (t.low != "." && t.low != "!" && t.low != "?") {
		return false
	}
	if i > 0 && t.low == "." && toks[i-1].kind == tWord && toks[i-1].end == t.start {
		prev := toks[i-1]
		if abbreviations[prev.low] || (len(prev.text) == 1 && prev.capital) {
			return false
		}
	}
	if i > 0 && t.low == "." && itemNumber(toks, i-1) {
		return false // "In this issue: 1. Seoul's new count 2. The two prisoners 3. …": one line of contents
	}
	j := i + 1
	for j < len(toks) && toks[j].kind == tPunct && (toks[j].low == `"` || toks[j].low == ")") {
		j++
	}
	if j >= len(toks) {
		return true
	}
	n := toks[j]
	return n.capital || n.kind == tNum || n.low == `"` || n.low == "'"
}

// itemNumber reports a number at k, a full stop straight after it, that
// numbers an item of a list run into one line: 1 after a colon, or the
// number after one that numbers the item before.
func itemNumber(toks []token, k int) bool {
	n := toks[k]
	if n.kind != tNum || n.end != toks[k+1].start || n.num < 1 || n.num > 20 || n.num != float64(int(n.num)) {
		return false
	}
	if n.num == 1 {
		return k >= 1 && toks[k-1].low == ":"
	}
	for j := k - 2; j >= 0; j-- {
		if toks[j].kind == tNum && toks[j].num == n.num-1 && toks[j+1].low == "." && toks[j].end == toks[j+1].start {
			return itemNumber(toks, j)
		}
	}
	return false
}

// furniturePrefixes open lines that belong to the page, not the article.
var furniturePrefixes = []string{"previous article", "next article", "read also", "read more",
	"related", "you may also like", "click here", "leave a", "share", "subscribe", "sign up",
	"advertisement", "google search engine", "source link", "back to top", "post comment",
	"editors' picks", "editors’ picks", "latest posts", "original source", "follow us", "tags:",
	"photo:", "image:", "copyright", "©", "all rights reserved", "also read", "see also",
	"more from", "more:", "watch:", "listen:", "most read", "trending", "recommended",
	"your email address", "sponsored",
	// a broadcast's crawl of other stories, "TICKER: KOSPI 2,442.01 | Yeosu: 5 firefighters hurt …"
	"ticker:", "[ticker]"}

// leadIns announce other stories' headlines on the next line.
var leadIns = []string{"read also", "read more", "related", "see also", "also read", "more from", "you may also like", "recommended", "most read", "trending", "more on this",
	"ukraine war latest"}

// proseLine reports a line that reads as a paragraph, not a headline: long,
// and ending on a full stop.
func proseLine(line string) bool {
	line = strings.TrimRight(line, "\"”'’)")
	return len(line) >= 120 && (strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!"))
}

// isBullet reports a line of a list: "- …", "• …", "* …".
func isBullet(line string) bool {
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "* ") ||
		strings.HasPrefix(line, "– ")
}

// paragraph is a kept line of an article and asciiLower of it, which
// tokenizing reads words' lower case from.
type paragraph struct {
	text, low string
	row       bool // a table's row, rewritten as a sentence
}

// bodyParagraphs keeps the article's own paragraphs and drops page
// furniture: link lists, share bars, headings and other stories' headlines.
// The article is lowered once (asciiLower); each line takes its lower case
// from that copy, for tokenizing and (see lowersToASCII) the tests here.
func bodyParagraphs(text string) []paragraph {
	var out []paragraph
	lowText := asciiLower(text)
	skipNext, linkList := false, false
	var tables tableReader
	for at := 0; at <= len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		raw, rawLow := text[at:end], lowText[at:end]
		at = end + 1
		line := stripFootnotes(raw)
		var lineLow string // asciiLower(line), when line is a slice of raw
		if len(line) == len(raw) {
			trimmed := strings.TrimSpace(line)
			lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
			if lead+len(trimmed) <= len(line) && line[lead:lead+len(trimmed)] == trimmed {
				lineLow = rawLow[lead : lead+len(trimmed)]
			}
			line = trimmed
		} else {
			line = strings.TrimSpace(line)
		}
		isRow, numbers := false, false
		if row := tables.read(line); row != line {
			line, lineLow, isRow = row, "", true
		} else if lead, ok := numbersLine(line); ok {
			line, lineLow, numbers = lead, "", true // a fact line, however like a headline it reads without its colon
		} else if label, figure, ok := dotLeader(line); ok {
			line, lineLow = label+": "+figure, "" // "Troops sent in total (NIS, April) ........ about 15,000"
		} else if entry, ok := speakerLogEntry(line); ok {
			line, lineLow, numbers = entry, "", true
		} else if entry, ok := chapterEntry(line); ok {
			line, lineLow, numbers = entry, "", true
		} else if entry, ok := tickerSpeakerEntry(line); ok {
			line, lineLow, numbers = entry, "", true
		}
		if line == "" {
			continue
		}
		if lineLow == "" {
			lineLow = asciiLower(line)
		}
		low := lineLow
		if lowersToASCII(line) {
			low = strings.ToLower(line)
		}
		if linkList && isBullet(line) {
			continue // "More on this story" and the headlines listed under it
		}
		linkList = false
		if skipNext && !proseLine(line) {
			skipNext = false
			linkList = isBullet(line)
			continue
		}
		skipNext = false // "Ukraine War Latest" over the article's own lede, not another story's headline
		if leadInIndex.any(low) {
			skipNext = len(strings.Fields(line)) <= 4 // the headline is on the next line
			continue
		}
		if furnitureIndex.any(low) || isHeading(line) && !numbers && !hasAnyPrefix(low, sourceLines) && !factLine(low) && !timelineEntry(low) && !tickerEntry(line) || isBio(low) || isReference(line) {
			if who := headingSource(line); who != "" {
				// "[FACT BOX] N. Korean troops in Russia: what the NIS told
				// lawmakers": the lines under it are the NIS's (markLabels)
				intro := "According to " + who + ":"
				out = append(out, paragraph{text: intro, low: asciiLower(intro)})
			}
			continue
		}
		out = append(out, paragraph{line, lineLow, isRow})
		if who := bracketedSource(line); who != "" {
			// "North Korea's war in numbers (estimates by the National
			// Intelligence Service)": a box's title, closed by its bracket
			intro := "According to " + who + ":"
			out = append(out, paragraph{text: intro, low: asciiLower(intro)})
		}
	}
	return out
}

// bracketedSource is the source a fact box's title names in the bracket
// that closes it, "" for any other line.
func bracketedSource(line string) string {
	if !strings.HasSuffix(line, ")") || strings.ContainsAny(line, "0123456789") || len(strings.Fields(line)) > 20 {
		return ""
	}
	return boxHeadingSource(line)
}

// lowersToASCII reports a rune outside ASCII whose lower case is in it:
// only U+0130 (İ, to i) and U+212A (the Kelvin sign, to k). For any other
// line the tests below, all of ASCII words, "’" and "©", which no other
// rune lowers to, match asciiLower(line) where they match
// strings.ToLower(line).
func lowersToASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xc4: // U+0130 is C4 B0
			if i+1 < len(s) && s[i+1] == 0xb0 {
				return true
			}
		case 0xe2: // U+212A is E2 84 AA
			if i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xaa {
				return true
			}
		}
	}
	return false
}

// sourceLines name whose the next line's words are, in a fact box: kept
// though they read like headings (see markLabels).
var sourceLines = []string{"source:", "sources:", "who said it:", "who said:", "said by:", "claimed by:"}

// tableRow reads a table row, "| Nov 13, 2024 | more than 10,000 troops |
// NIS |", as a sentence: a last column that names a source is said to be
// whose the figures are ("more than 10,000 troops, according to NIS, Nov 13,
// 2024."), other cells are joined by semicolons. A rule row gives "".
func tableRow(cells []string) string {
	if ruleRow(cells) {
		return ""
	}
	if labelledRow(cells) {
		// "| Troops sent to Russia | about 15,000 | NIS estimate, April |":
		// the first cell says what the figure counts, the rest whose it is;
		// "| Taken prisoner by Ukraine | 2 | Jan. 2025 |" names only when
		if rest := strings.Join(cells[2:], ", "); !dateCell(rest) {
			return cells[0] + ": " + cells[1] + ", according to " + rest + "."
		}
		return cells[0] + ": " + cells[1] + ", " + strings.Join(cells[2:], ", ") + "."
	}
	last := cells[len(cells)-1]
	if len(cells) >= 3 && !strings.ContainsAny(last, "0123456789") && len(strings.Fields(last)) <= 6 {
		return strings.Join(cells[1:len(cells)-1], "; ") + ", according to " + last + ", " + cells[0] + "."
	}
	return strings.Join(cells, "; ") + "."
}

// labelledRow reports a row that says what it counts, then the figure:
// "Troops sent to Russia | about 15,000 | NIS estimate, April".
func labelledRow(cells []string) bool {
	return len(cells) >= 3 && rowLabel(cells[0]) && opensWithFigure(cells[1])
}

// dateCell reports a cell that gives only a date, "Jan. 2025", "Apr. 30,
// 2025": its words are months and its other tokens numbers.
func dateCell(cell string) bool {
	month := false
	for _, w := range strings.Fields(strings.ToLower(cell)) {
		w = strings.Trim(w, ".,")
		switch {
		case isMonthWord(w):
			month = true
		case w == "" || strings.Trim(w, "0123456789") == "":
		default:
			return false
		}
	}
	return month
}

// labelAndFigure reports a two-cell row of a fact box, what it counts and
// the figure: "Taken prisoner by Ukraine | 2".
func labelAndFigure(cells []string) bool {
	return len(cells) == 2 && rowLabel(cells[0]) && opensWithFigure(cells[1])
}

// dateAndFigure reports a two-cell row of a dated fact box: a month and a
// year, then a figure and what it counts, "Nov. 2024 | 10,000-12,000
// troops deployed".
func dateAndFigure(cells []string) bool {
	return len(cells) == 2 && opensWithFigure(cells[1]) && len(strings.Fields(cells[1])) >= 2 && monthAndYear(cells[0])
}

// dateSourceFigure reports a three-cell row of a dated fact box with no
// header: when, who, and what they counted, "Oct. 2024 | NIS | First group
// of about 1,500 special forces leaves for Russia".
func dateSourceFigure(cells []string) bool {
	if len(cells) != 3 || !monthAndYear(cells[0]) || !strings.ContainsAny(cells[2], "0123456789") || len(strings.Fields(cells[2])) < 2 {
		return false
	}
	words := strings.Fields(cells[1])
	r, _ := utf8.DecodeRuneInString(cells[1])
	return len(words) <= 5 && unicode.IsUpper(r) && !strings.ContainsAny(cells[1], "0123456789")
}

// monthAndYear reports a cell that is a date of a month: "Nov. 2024",
// "18 Dec 2024".
func monthAndYear(cell string) bool {
	month, year := false, false
	for _, w := range strings.Fields(strings.ToLower(cell)) {
		m, y, ok := dateWord(strings.Trim(w, ".,"))
		if !ok {
			return false
		}
		month, year = month || m, year || y
	}
	return month && year
}

// dateWord reads a word of a date written out: a month's name, a year, or
// a day's number.
func dateWord(w string) (month, year, ok bool) {
	switch {
	case isMonthWord(w):
		return true, false, true
	case isYearWord(w):
		return false, true, true
	}
	return false, false, len(w) <= 2 && w != "" && strings.Trim(w, "0123456789") == ""
}

// rowLabel reports a first cell that names what a row counts, not when:
// words with no digit and no month.
func rowLabel(cell string) bool {
	cell = withoutAsides(cell) // "Killed (NIS, Sept. 2025)"
	if i := strings.IndexByte(cell, ','); i > 0 {
		cell = cell[:i] // "Killed or wounded, by April 2025": when, after the count
	}
	words := strings.Fields(strings.ToLower(cell))
	if len(words) == 0 || strings.ContainsAny(words[0], "0123456789") || isMonthWord(strings.Trim(words[0], ".,")) {
		return false // "Nov 13, 2024", "2024": a date opens the row
	}
	for _, w := range words {
		if w := strings.Trim(w, ".,"); isMonthWord(w) || strings.ContainsAny(w, "0123456789") && !isYearWord(w) {
			return false // "Killed or wounded, 4,000": a figure in the label
		}
	}
	return namesCount(cell) // "Troops sent in autumn 2024": dated, but a count
}

// isYearWord reports a year written alone, "2024".
func isYearWord(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == "" && (w[:2] == "19" || w[:2] == "20")
}

// dotLeader splits a fact box line whose label and figure a run of dots
// joins, "Killed (NIS, this week) ......... about 2,000".
func dotLeader(line string) (label, figure string, ok bool) {
	i := strings.Index(line, "....")
	if i <= 0 {
		return "", "", false
	}
	j := i
	for j < len(line) && (line[j] == '.' || line[j] == ' ') {
		j++
	}
	label, figure = strings.TrimSpace(line[:i]), strings.TrimSpace(line[j:])
	if label == "" || !opensWithFigure(figure) {
		return "", "", false
	}
	return label, figure, true
}

// numbersLine reads a "by the numbers" bullet, "- **~15,000:** North
// Korean troops sent to Russia", as the figure and what it counts,
// "~15,000 North Korean troops sent to Russia": the colon sets the
// figure off for the eye, not off from its noun.
func numbersLine(line string) (string, bool) {
	rest := strings.TrimLeft(line, "-–•*· ")
	if len(rest) == len(line) && !strings.HasPrefix(line, "**") {
		return "", false
	}
	figure := strings.TrimLeft(rest, "~≈")
	i := 0
	for i < len(figure) && (figure[i] >= '0' && figure[i] <= '9' || figure[i] == ',' || figure[i] == '.') {
		i++
	}
	if i == 0 {
		return "", false
	}
	after := strings.TrimPrefix(figure[i:], "**")
	after, ok := strings.CutPrefix(after, ":")
	if !ok || after != "" && after[0] >= '0' && after[0] <= '9' {
		return "", false // "• 14:12 Two North Korean soldiers captured": a live page's time
	}
	after = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(after), "**"))
	if after == "" {
		return "", false
	}
	// the bullet stays: a short line without one reads as a heading
	return line[:len(line)-len(rest)] + strings.TrimSpace(rest[:len(rest)-len(figure)+i]) + " " + after, true
}

// tableReader reads the rows of a table as sentences, remembering the
// header that names the columns of the table being read.
type tableReader struct {
	header []string
}

// read gives a table row as a sentence, "" for a header or a rule, and
// any other line as it is.
func (r *tableReader) read(line string) string {
	if !strings.HasPrefix(line, "|") {
		switch {
		case strings.Count(line, " | ") == 1 && labelAndFigure(tableCells(line)):
			// a fact box's line, "Troops sent (NIS estimate) | about 15,000"
			cells := tableCells(line)
			return cells[0] + ": " + cells[1]
		case r.header == nil && strings.Count(line, " | ") == 1 && dateAndFigure(tableCells(line)):
			// a dated line, "Dec. 2024 | about 100 killed, about 1,000
			// wounded": what was counted then, the date kept for the reader
			// (statedEarlier) and the line kept from reading as a heading
			cells := tableCells(line)
			return cells[1] + " (" + cells[0] + ")"
		case r.header == nil && strings.Count(line, " | ") == 2 && dateSourceFigure(tableCells(line)):
			// "Nov. 2024 | NIS | 10,000 to 12,000 troops in Russia", under no
			// header that names the counts
			cells := tableCells(line)
			return "According to " + cells[1] + ", " + cells[2] + " (" + cells[0] + ")"
		case strings.Count(line, " | ") >= 2 && (r.header != nil || metricColumns(tableCells(line)) || labelledRow(tableCells(line))):
			// "Date | Source | Killed | Wounded": a table written without
			// its outer bars, read only under a header that names counts,
			// or row by row when each names its count, "Killed | about
			// 2,000 | NIS estimate"
		case line != "":
			r.header = nil // blank lines part the rows of a page's table
			return line
		default:
			return line
		}
	}
	cells := tableCells(line)
	switch {
	case r.header == nil && metricColumns(cells):
		r.header = cells // "| Published | Source | Killed | Wounded |": what the rows below count
		return ""
	case r.header != nil:
		return headedRow(r.header, rowCells(line))
	}
	return tableRow(cells)
}

// tableCells splits a table row into its cells, the empty ones dropped.
func tableCells(line string) []string {
	var cells []string
	for _, c := range rowCells(line) {
		if c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// rowCells splits a table row into its cells, an empty one kept in its
// column: "| Dec 19 | NIS | | about 1,000 |".
func rowCells(line string) []string {
	cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// ruleRow reports a row of dashes under a header, or an empty one.
func ruleRow(cells []string) bool {
	return len(cells) == 0 || strings.Trim(strings.Join(cells, ""), "-:= ") == ""
}

// metricColumns reports a header row that names what its columns count,
// or whose they are: no figures, and a column a figure can stand under
// ("Killed", "Troops sent") or one that names each row's source ("Source
// | Date | Estimate"). A table of "Total" and "Last 24 hours" keeps its
// rows' own words.
func metricColumns(cells []string) bool {
	named := false
	for _, c := range cells {
		if strings.ContainsAny(c, "0123456789") {
			return false
		}
		named = named || namesCount(c)
	}
	return named || estimatesBySource(cells)
}

// opensWithFigure reports a cell that starts with its figure or the
// figure's qualifier ("about 11,000", "2"), not with words naming a row.
func opensWithFigure(cell string) bool {
	// a quoted figure opens the cell too: `"Close to 4,000" killed or wounded`
	f := strings.Fields(strings.ToLower(strings.TrimLeft(cell, `"“'‘`)))
	return len(f) > 0 && (f[0][0] >= '0' && f[0][0] <= '9' || figureLeadWords[f[0]] || f[0][0] == '~')
}

// columnName is a header cell as the column sets name it: lower case, and
// only its first part of "Source, date" or "Source / date".
func columnName(cell string) string {
	if k := strings.IndexAny(cell, ",/"); k > 0 {
		cell = cell[:k]
	}
	return strings.ToLower(strings.TrimSpace(cell))
}

// estimatesBySource reports a header of a table of estimates set side by
// side, "Source | Date | Estimate", "| Figure | Estimate | Source |", "Date
// | Who | What they said": a column of sources and one of figures, or of
// dates, whose other cells say what they count.
func estimatesBySource(cells []string) bool {
	source, value := false, false
	for _, c := range cells {
		c = columnName(c)
		source = source || sourceColumns[c]
		value = value || valueColumns[c] || dateColumns[c] && len(cells) >= 3
	}
	return source && value
}

// namesCount reports a cell that says itself what it counts: "over 3,000
// killed and wounded" under "Killed" needs no column name.
func namesCount(cell string) bool {
	for _, w := range strings.Fields(strings.ToLower(cell)) {
		if columnMetrics[strings.Trim(w, "().,")] {
			return true
		}
	}
	return false
}

var columnMetrics = set("killed", "dead", "deaths", "wounded", "injured", "casualties", "losses",
	"troops", "soldiers", "captured", "prisoners", "prisoner", "deployed", "sent", "reinforcements")

// sourceColumns and dateColumns name the columns that say who gave a row's
// figures and when.
var (
	sourceColumns = set("source", "sources", "by", "according to", "estimate by", "claimed by", "who", "who said it", "who said",
		"who says", "who says so", "who said so", "who claims", "said by", "reported by", "estimated by")
	dateColumns = set("date", "published", "as of", "when", "dated")
	// valueColumns hold figures whose count another cell of the row names:
	// "| Killed | about 600 | NIS |" under "| Figure | Estimate | Source |"
	valueColumns = set("estimate", "estimates", "figure", "figures", "number", "count", "value", "what")
	placeColumns = set("location", "where", "place", "region", "area")
)

// headedRow reads a row under a header that names its columns as a
// sentence: each figure followed by its column's name, then the source
// and the date, "at least 100 killed; about 1,000 wounded, according to
// NIS, Dec 19, 2024." A dash is no figure. A row as long as the header
// lines up with it; any other is read as tableRow reads it.
func headedRow(header, cells []string) string {
	if ruleRow(cells) {
		return ""
	}
	if len(cells) != len(header) {
		return tableRow(cells)
	}
	var figures, labels []string
	var source, date string
	for k, c := range cells {
		name := columnName(header[k])
		c = strings.TrimLeft(c, ".… ") // "... of which reinforcements": a row under the one before
		switch {
		case sourceColumns[name]:
			source = c
		case dateColumns[name] || strings.HasPrefix(name, "date "):
			date = c // "Date of briefing"
		case strings.Trim(c, "-–—n/a ") == "", placeColumns[name]:
			// "Russian Far East" under "Location" says where, not whose
		case valueColumns[name] && !opensWithFigure(c):
			labels = append(labels, c) // "| Killed | about 600 | NIS |", "| Troops first sent, autumn 2024 | …": the row's own label
		case !opensWithFigure(strings.TrimLeft(c, "-–—•* ")) && rowLabel(c):
			// "| Soldiers captured by Ukraine | 2 | Ukraine |" under "| Item |
			// Estimate | Source |", "| Troops sent in autumn 2024 | …"
			labels = append(labels, c)
		case strings.ContainsAny(c, "0123456789") && !namesCount(withoutAsides(c)) && !valueColumns[name]:
			// "about 3,000 more (reinforcements)" under "Troops in Russia":
			// the column's noun after the figure, the aside after both;
			// "at least 100" under "Of which killed" is "at least 100 killed"
			figure, aside := c, ""
			if i := strings.IndexByte(c, '('); i > 0 {
				figure, aside = strings.TrimSpace(c[:i]), " "+c[i:]
			}
			figures = append(figures, figure+" "+strings.TrimPrefix(strings.TrimPrefix(name, "of which "), "of whom ")+aside)
		default:
			figures = append(figures, c)
		}
	}
	if len(figures) == 0 {
		return ""
	}
	if len(labels) == 1 && len(figures) == 1 {
		labels, figures = pairSlashes(labels[0], figures[0])
	}
	line := strings.Join(figures, "; ")
	if len(labels) > 0 {
		line = strings.Join(labels, ", ") + ": " + line
	}
	if source != "" {
		line += ", according to " + source
	}
	if date != "" {
		line += ", " + date
	}
	return line + "."
}

// pairSlashes reads a row that gives two counts in one cell each, "Killed
// / wounded | about 300 / about 2,700", as "about 300 killed", "about 2,700
// wounded"; any other row as it is.
func pairSlashes(label, figure string) (labels, figures []string) {
	ls, fs := strings.Split(label, "/"), strings.Split(figure, "/")
	if len(ls) < 2 || len(ls) != len(fs) {
		return []string{label}, []string{figure}
	}
	for k := range ls {
		figures = append(figures, strings.TrimSpace(fs[k])+" "+strings.ToLower(strings.TrimSpace(ls[k])))
	}
	return nil, figures
}

// isReference reports a line of a reference list, `6. ^ "Headline". Retrieved …`:
// other stories' headlines, cited.
func isReference(line string) bool {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	rest := strings.TrimLeft(line[i:], ". ")
	return strings.HasPrefix(rest, "^") || strings.HasPrefix(line, "↑")
}

// stripFootnotes drops reference marks, "[2]" and "[citation needed]":
// after a full stop they would join two sentences, and their numbers are
// no figures.
func stripFootnotes(line string) string {
	if strings.IndexByte(line, '[') < 0 {
		return line
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 || !footnote(line[i+1:i+j]) {
			b.WriteString(line[:i+1])
			line = line[i+1:]
			continue
		}
		b.WriteString(line[:i])
		line = line[i+j+1:]
	}
	b.WriteString(line)
	return b.String()
}

func footnote(mark string) bool {
	if mark == "citation needed" || mark == "clarification needed" {
		return true
	}
	if mark == "" || len(mark) > 4 {
		return false
	}
	for _, r := range mark {
		if (r < '0' || r > '9') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// prefixIndex is a list of prefixes by their first byte: every line is
// tested against the furniture prefixes, and most share no first byte
// with the line.
type prefixIndex struct {
	byFirst [256][]string
	empty   bool // "" is one of them: every string has it
}

var (
	furnitureIndex = newPrefixIndex(furniturePrefixes)
	leadInIndex    = newPrefixIndex(leadIns)
)

func newPrefixIndex(prefixes []string) *prefixIndex {
	ix := &prefixIndex{}
	for _, p := range prefixes {
		if p == "" {
			ix.empty = true
			continue
		}
		ix.byFirst[p[0]] = append(ix.byFirst[p[0]], p)
	}
	return ix
}

// any is hasAnyPrefix(s, the prefixes it was built from).
func (ix *prefixIndex) any(s string) bool {
	return ix.empty || s != "" && hasAnyPrefix(s, ix.byFirst[s[0]])
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isHeading: a short line with no closing punctuation is a heading or a
// link, not prose.
func isHeading(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?\"”’'):;", r) {
		return false
	}
	if proseBeforeCredit(line) {
		return false
	}
	return len(strings.Fields(line)) < 30 || !unicode.IsLetter(r)
}

// factLine reports a line of a fact box or a "by the numbers" list. It has
// no full stop, as a headline has none, but it is a figure, a colon, then
// what it counts ("- More than 3,800: North Koreans killed or wounded", "2 —
// prisoners held by Ukraine"), or
// a short label, a colon and only the figure ("Total casualties: about
// 1,100"): no headline is either.
func factLine(low string) bool {
	low = strings.TrimLeft(low, "-–—•*· ")
	if f := strings.Fields(low); len(f) >= 3 && (f[1] == "—" || f[1] == "–" || f[1] == "-") && onlyFigure(f[:1]) {
		return true // "2 — North Korean soldiers held prisoner in Ukraine": a dash for the colon
	}
	colon := strings.IndexByte(low, ':')
	if colon <= 0 || colon+2 >= len(low) || low[colon+1] != ' ' { // not a clock, "09:05"
		return false
	}
	head := withoutAsides(low[:colon]) // "troops sent (since oct. 2024)"
	label, rest := strings.Fields(head), strings.Fields(low[colon+1:])
	if onlyFigure(label) {
		return true
	}
	if len(label) > 12 || labelFigures(label) {
		return false
	}
	if onlyFigure(rest) {
		return true // "Casualty estimate of South Korea's NIS in April 2025: about 4,700"
	}
	if len(label) > 8 {
		return false
	}
	// the figure, then what it includes or since when: "Troops sent (NIS):
	// about 15,000, incl. about 3,000 reinforcements", "Casualties: about
	// 4,700, of whom about 600 killed", "Prisoners held by Ukraine: 2,
	// since January"
	after := low[colon+1:]
	comma := strings.Index(after, ", ") // not the thousands' "15,000"
	return comma > 0 && onlyFigure(strings.Fields(after[:comma])) && hasAnyPrefix(after[comma+2:], breakdownLeads)
}

// labelFigures reports a figure in a fact line's label other than a year:
// "North Korean troops in Russia, late 2024" labels a figure; "3,000
// more sent in 2025" is a sentence of its own.
func labelFigures(label []string) bool {
	for _, f := range label {
		if !strings.ContainsAny(f, "0123456789") {
			continue
		}
		f = strings.Trim(f, ",.()")
		if len(f) != 4 || !(strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) || strings.Trim(f, "0123456789") != "" {
			return true
		}
	}
	return false
}

// breakdownLeads open the part of a fact box's figure that says what it
// includes, or since when it holds.
var breakdownLeads = []string{"incl", "including ", "of whom ", "of which ", "among them ", "among whom ", "since ", "as of "}

// headingSource is boxHeadingSource of a heading line, "" for any other.
func headingSource(line string) string {
	if !isHeading(line) {
		return ""
	}
	return boxHeadingSource(line)
}

// boxHeadingSource reads the source a fact box's heading names: "What
// the NIS told lawmakers", "The deployment so far, by NIS estimate", "…,
// per the Pentagon". A heading with a figure of its own is a headline.
func boxHeadingSource(line string) string {
	if strings.ContainsAny(line, "0123456789") {
		return ""
	}
	words := strings.Fields(punctApart.Replace(line))
	name := func(from, to int) string {
		if from < len(words) && strings.EqualFold(words[from], "the") {
			from++
		}
		if from >= to || to-from > 5 {
			return ""
		}
		for _, w := range words[from:to] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" {
				return ""
			}
		}
		return strings.Join(words[from:to], " ")
	}
	for k, w := range words {
		switch lw := strings.ToLower(w); {
		case lw == "what":
			for v := k + 1; v < len(words) && v <= k+6; v++ {
				if boxHeadingVerbs[strings.ToLower(words[v])] {
					if who := name(k+1, v); who != "" {
						return who
					}
					break
				}
			}
		case lw == "by" && k+2 < len(words):
			end := len(words)
			if i := slices.Index(words[k:], ")"); i > 0 {
				end = k + i // "(estimates by the National Intelligence Service)"
			}
			last := strings.ToLower(words[end-1])
			if last == "estimate" || last == "estimates" || last == "figures" || last == "count" {
				return name(k+1, end-1)
			}
			if k > 0 && boxHeadingVerbs[strings.ToLower(words[k-1])] {
				return name(k+1, end) // "…, as estimated by Seoul's NIS"
			}
		case lw == "per" || lw == "according" && k+1 < len(words) && strings.ToLower(words[k+1]) == "to":
			if lw == "according" {
				k++
			}
			return name(k+1, len(words))
		}
	}
	return ""
}

// punctApart sets commas and colons apart as words of their own.
var punctApart = strings.NewReplacer(",", " , ", ":", " : ", "(", " ( ", ")", " ) ")

var boxHeadingVerbs = set("told", "tells", "said", "says", "has", "have", "reported", "reports", "estimates", "estimated", "knows", "believes",
	"compiled", "given")

// timelineEntry reports a line of a timeline: a date, a dash, then what
// happened ("Oct. 2024 - first 1,500 special forces shipped", "18 Dec
// 2024 – losses put at 1,100"). It has no full stop, but no headline opens
// with a date.
func timelineEntry(low string) bool {
	words := strings.Fields(strings.TrimLeft(low, "-–—•*· "))
	month, year := false, false
	for k := 0; k < len(words) && k < 4; k++ {
		w, colon := strings.CutSuffix(words[k], ":")
		m, y, ok := dateWord(strings.Trim(w, ".,"))
		if !ok {
			return false
		}
		month, year = month || m, year || y
		next := k + 1
		if !colon && next < len(words) && (words[next] == "-" || words[next] == "–" || words[next] == "—") {
			next++
		} else if !colon {
			continue
		}
		// two words at least, and not a time: "December 19, 2024 — 7.30pm"
		// is when the page was posted
		return month && year && len(words) >= next+2 && !strings.ContainsAny(words[next][:1], "0123456789")
	}
	return false
}

// tickerEntry reports a line of a broadcast ticker's log: a clock time,
// then the ticker's words in capitals ("19:00 BREAKING: ZELENSKY SAYS MORE
// THAN 3,000 …"). It has no full stop, but it is the news as it ran; a
// live page's list of its latest headlines ("11:02 Russia attacks Kharkiv
// with 5 guided bombs: 7 injured") is in sentence case, and other stories'.
func tickerEntry(line string) bool {
	words := strings.Fields(line)
	if len(words) < 5 {
		return false
	}
	if !clockTime(strings.TrimRight(words[0], ":")) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 4*lower
}

// speakerLogEntry reads a log line of who said what: a clock time, maybe
// labels in capitals in columns, then "Speaker: words" ("21:48 | BREAKING
// | Zelensky: more than 3,000 … killed and wounded in Kursk region", "▶
// 17:58 NIS: At least 100 … killed"). It gives the entry without its time
// and labels, which says whose it is. A log's other entries, headlines of
// their own ("21:05 | Two injured in guided bomb attack"), are no
// sentences of it, and one in capitals is tickerEntry's.
func speakerLogEntry(line string) (string, bool) {
	line = strings.TrimLeft(line, "▶►• ")
	clock, rest, ok := strings.Cut(line, " ")
	if !ok || !clockTime(strings.TrimSuffix(clock, ":")) {
		return "", false
	}
	if cols, ok := strings.CutPrefix(rest, "| "); ok {
		labels := strings.Split(cols, " | ")
		for _, label := range labels[:len(labels)-1] {
			if strings.ToUpper(label) != label {
				return "", false
			}
		}
		rest = labels[len(labels)-1]
	}
	who, said, ok := strings.Cut(rest, ": ")
	if !ok || said == "" || strings.ToUpper(said) == said || !speakerLabel(who) {
		return "", false // "Kharkiv: two people injured …" is a place's news
	}
	return rest, true
}

// tickerSpeakerEntry reads a ticker's line in capitals that gives a
// speaker's words ("20:02 BREAKING · ZELENSKY: MORE THAN 3,000 NORTH
// KOREAN SOLDIERS KILLED OR WOUNDED"): the entry from the speaker on, the
// name as a name is written, so that it reads as whose the words are.
func tickerSpeakerEntry(line string) (string, bool) {
	if !tickerEntry(line) {
		return "", false
	}
	line = strings.TrimLeft(line, "▶►• ")
	_, rest, _ := strings.Cut(line, " ")
	for {
		// the ticker's own labels: "BREAKING ·", "URGENT |", "BREAKING:"
		word, after, ok := strings.Cut(rest, " ")
		if w := strings.ToLower(strings.Trim(word, ":·|")); !ok || !notLabels[w] && !tickerLabels[w] {
			break
		}
		rest = strings.TrimLeft(after, "·|–- ")
	}
	who, said, ok := strings.Cut(rest, ": ")
	if !ok || said == "" || strings.Count(who, " ") > 1 || strings.ContainsAny(who, "·|") {
		return "", false
	}
	name := titleCase(who)
	if notLabels[strings.ToLower(who)] || !speakerLabel(name) || !ofTheNorth(said) {
		// "KURSK: …" is a place's news, "SPORT: …" a rubric's; a name
		// whose words are not of the North's people may be either
		return "", false
	}
	return name + ": " + said, true
}

// ofTheNorth reports words in capitals that name North Korea's people.
func ofTheNorth(s string) bool {
	return strings.Contains(s, "NORTH KOREA") || strings.Contains(s, "N. KOREA") || strings.Contains(s, "DPRK") || strings.Contains(s, "PYONGYANG")
}

// tickerLabels are a ticker's own words before an entry.
var tickerLabels = set("urgent", "flash", "alert", "developing", "just", "in", "now")

// titleCase writes "VOLODYMYR ZELENSKY" as "Volodymyr Zelensky"; an
// acronym of three letters or fewer ("NIS", "JCS") stays as it is.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) > 3 {
			_, n := utf8.DecodeRuneInString(w)
			words[i] = w[:n] + strings.ToLower(w[n:])
		}
	}
	return strings.Join(words, " ")
}

// chapterEntry reads a line of an episode's chapters, "(11:40) What the
// spy agency told lawmakers in September: roughly 2,000 … killed": the
// episode's own content, with no full stop, under the time it starts at.
// A short one is a heading.
func chapterEntry(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "(")
	if !ok {
		return "", false
	}
	at, entry, ok := strings.Cut(rest, ") ")
	if !ok || len(strings.Fields(entry)) < 10 {
		return "", false // "(11:40) What 1,000 sappers can and can't do": a heading
	}
	if h, ms, two := strings.Cut(at, ":"); two && strings.Contains(ms, ":") {
		at = ms // "(1:02:15)"
		if strings.Trim(h, "0123456789") != "" {
			return "", false
		}
	}
	return entry, clockTime(at)
}

// speakerLabel reports a log entry's label that names who speaks: one
// name ("Zelensky", "NIS") that is no place, or a person's or a body's.
func speakerLabel(who string) bool {
	if who == "" {
		return false
	}
	if strings.Count(who, " ") == 0 {
		return unicode.IsUpper(rune(who[0])) && !slices.Contains(locations, who)
	}
	return personName(who) || isAgency(who)
}

// clockTime reports "21:48".
func clockTime(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && strings.Trim(h+m, "0123456789") == ""
}

// withoutAsides drops what s has in brackets.
func withoutAsides(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// onlyFigure reports words that are a figure and its qualifiers alone:
// "more than 3,800", "10,000 to 12,000".
func onlyFigure(words []string) bool {
	digits := false
	for _, f := range words {
		switch {
		case f[0] >= '0' && f[0] <= '9':
			digits = true
		case !figureLeadWords[f]:
			return false
		}
	}
	return digits
}

// figureLeadWords stand around a figure that opens a line: qualifiers and
// the words of a range.
var figureLeadWords = set("more", "than", "over", "about", "around", "some", "nearly", "almost", "at", "least",
	"up", "to", "roughly", "approximately", "between", "and", "as", "many", "under", "fewer", "less", "-", "–",
	"close", "estimated", "an", "c.", "ca.", "circa")

// proseBeforeCredit reports a caption: a sentence of prose ending in a
// full stop, then a credit with none, "… at around 11,000. Photograph:
// Reuters". A headline has no full stop inside ("N. Korea" is an initial).
func proseBeforeCredit(line string) bool {
	i := strings.LastIndex(line, ". ")
	if i < 2 || len(strings.Fields(line[:i])) < 8 {
		return false
	}
	c := line[i-1]
	if w := line[strings.LastIndexByte(line[:i], ' ')+1 : i]; abbreviations[strings.ToLower(w)] || isMonthWord(strings.ToLower(w)) {
		return false // "Russia has lost 768,500 troops since Feb. 24, 2022": an abbreviation, no full stop
	}
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// bioRoles follow " is a" in an author's bio line: " is a journalist",
// " is an editor".
var bioRoles = []string{" journalist", " reporter", " distinguished journalist",
	" correspondent", "n editor", " writer", " freelance"}

// isBio reports an author's bio line. Every phrase it looks for opens with
// " is a", so one scan for that finds them all. A live blog's byline,
// "Dan Sabbagh (now) and Tom Ambrose (earlier)", is the authors too.
func isBio(low string) bool {
	if len(low) < 80 && (strings.Contains(low, " (now)") || strings.HasSuffix(low, " (earlier)")) {
		return true
	}
	for at := 0; ; {
		i := strings.Index(low[at:], " is a")
		if i < 0 {
			return false
		}
		at += i + len(" is a")
		if hasAnyPrefix(low[at:], bioRoles) {
			return true
		}
	}
}
