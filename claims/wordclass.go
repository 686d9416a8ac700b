package claims

// wordClass says which of the hot rules' word sets a token's word is in.
// Tokenizing looks a word up once here, so the rules that test every token
// of a sentence ("is it a reporting verb? an estimate noun? could a figure
// start here?") read a bit instead of hashing the word again for each set.
// It fits the four bytes after a token's flags, so a token is no larger for
// it.
type wordClass uint32

const (
	cReport       wordClass = 1 << iota // reportingVerbs
	cEstimate                           // estimateNouns
	cStatement                          // statementNouns
	cBy                                 // byWords
	cClaimNoun                          // claimNouns
	cTitle                              // personTitles
	cNotSpeaker                         // notSpeakers
	cFuture                             // futureWords
	cQuantityHead                       // a word a figure can start with (see readQuantity)
	cMetricHead                         // the first word of a built-in metric cue (phraseIndex.at)
	cSubjectHead                        // the first word of a built-in subject cue
	cGiven                              // givenFigures
	cAgencyHead                         // agencyHeads
	cOrg                                // orgWords
	cTime                               // timeWords
	cAux                                // auxWords
	cEdge                               // edgeWords
	cNamed                              // namedWords
)

// wordClasses is built once from the sets it mirrors and never written
// again.
var wordClasses = buildWordClasses()

func buildWordClasses() map[string]wordClass {
	m := map[string]wordClass{}
	for _, c := range []struct {
		set map[string]bool
		cls wordClass
	}{
		{reportingVerbs, cReport}, {estimateNouns, cEstimate}, {statementNouns, cStatement},
		{byWords, cBy}, {claimNouns, cClaimNoun}, {personTitles, cTitle},
		{notSpeakers, cNotSpeaker}, {futureWords, cFuture}, {givenFigures, cGiven},
		{agencyHeads, cAgencyHead}, {orgWords, cOrg}, {timeWords, cTime}, {auxWords, cAux},
		{edgeWords, cEdge}, {namedWords, cNamed},
	} {
		for w := range c.set {
			m[w] |= c.cls
		}
	}
	for _, w := range quantityHeads() {
		m[w] |= cQuantityHead
	}
	metrics, subjects := buildIndexes(DefaultLexicon())
	for w := range metrics.byFirst {
		m[w] |= cMetricHead
	}
	for w := range subjects.byFirst {
		m[w] |= cSubjectHead
	}
	return m
}

// classOf is a word's classes: wordClasses[w], from classTable.
func classOf(w string) wordClass { return classTable.lookup(w) }

// quantityHeads are the words readQuantity can succeed at: the first words
// of vague amounts, "a" and "one" (readFraction, readNumberWords), fraction
// words with or without a plural s, and every word wordValue reads (unit
// words and the hyphenated tens-units it accepts). Any other word token
// fails all three readers at their first test.
func quantityHeads() []string {
	heads := []string{"a", "one"}
	for _, va := range vagueAmounts {
		heads = append(heads, va.words[0])
	}
	for w := range fractionWords {
		heads = append(heads, w, w+"s")
	}
	for w, v := range unitWords {
		heads = append(heads, w)
		if v < 20 {
			continue
		}
		for u, uv := range unitWords {
			if uv < 10 {
				heads = append(heads, w+"-"+u)
			}
		}
	}
	return heads
}

// classTable is wordClasses as an open-addressed table with a hash of a
// word's length and three of its bytes: every word of every paragraph is
// looked up, most are in no class, and a Go map's string hashing was most
// of the tokenizer's time.
var classTable = newWordTable(wordClasses)

type wordTable struct {
	slots []wordSlot
	shift uint // 32 - log2(len(slots))
}

type wordSlot struct {
	word string
	cls  wordClass
}

func newWordTable(words map[string]wordClass) *wordTable {
	bits := uint(4)
	for 1<<bits < 4*len(words) { // a quarter full: a miss ends at its first or second slot
		bits++
	}
	t := &wordTable{slots: make([]wordSlot, 1<<bits), shift: 32 - bits}
	for w, c := range words {
		if w == "" {
			continue
		}
		i := t.home(w)
		for t.slots[i].word != "" {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wordSlot{w, c}
	}
	return t
}

// home is the slot where w's probe starts.
func (t *wordTable) home(w string) int {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n>>1])<<24
	if n > 2 {
		h ^= uint32(w[1]) * 0x85ebca6b
	}
	return int((h * 0x9e3779b1) >> t.shift)
}

// lookup gives w's classes, 0 for a word in none.
func (t *wordTable) lookup(w string) wordClass {
	if w == "" {
		return 0
	}
	mask := len(t.slots) - 1
	for i := t.home(w); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.word == w {
			return s.cls
		}
		if s.word == "" {
			return 0
		}
	}
}
