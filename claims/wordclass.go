package claims

// wordClass says which of the hot rules' word sets a token's word is in.
// Tokenizing looks a word up once here, so the rules that test every token
// of a sentence ("is it a reporting verb? an estimate noun? could a figure
// start here?") read a bit instead of hashing the word again for each set.
type wordClass uint16

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
		{notSpeakers, cNotSpeaker}, {futureWords, cFuture},
	} {
		for w := range c.set {
			m[w] |= c.cls
		}
	}
	for _, w := range quantityHeads() {
		m[w] |= cQuantityHead
	}
	return m
}

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
