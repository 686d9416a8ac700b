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
// words with or without a plural s, every word wordValue reads (unit
// words and the hyphenated tens-units it accepts), and a unit word
// hyphened to its scale (hyphenedScale). Any other word token
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
		for s, sv := range scaleWords {
			if sv >= 1000 {
				heads = append(heads, w+"-"+s) // "four-thousand" (hyphenedScale)
			}
		}
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
	// tags hold each slot's word's hash (made odd, so 0 is an empty slot):
	// 4 bytes a slot, so a probe for one of the many words in no class
	// reads a small array and compares no string
	tags  []uint32
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
	t := &wordTable{tags: make([]uint32, 1<<bits), slots: make([]wordSlot, 1<<bits), shift: 32 - bits}
	for w, c := range words {
		if w == "" {
			continue
		}
		h := wordHash(w)
		i := int(h >> t.shift)
		for t.tags[i] != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.tags[i], t.slots[i] = h|1, wordSlot{w, c}
	}
	return t
}

// wordHash mixes a word's length and four of its bytes.
func wordHash(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n>>1])<<24
	if n > 2 {
		h ^= uint32(w[1]) * 0x85ebca6b
	}
	return h * 0x9e3779b1
}

// lookup gives w's classes, 0 for a word in none.
func (t *wordTable) lookup(w string) wordClass {
	if w == "" {
		return 0
	}
	h := wordHash(w)
	tag, mask := h|1, len(t.tags)-1
	for i := int(h >> t.shift); ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; s.word == w {
				return s.cls
			}
		}
	}
}
