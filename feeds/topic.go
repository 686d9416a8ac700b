package feeds

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match reports whether an item is about the story. The rules decide
// (matchRules), and a Model, when there is one, overrules them where it is
// sure: an item they keep is dropped when it scores under Veto, and one
// they drop is kept when it scores Rescue or more. Each catches what the
// other misses: the rules an article the model has seen nothing like, the
// model an article shaped like the story's that is about something else
// (docs/ACCURACY.md).
func (t TopicRules) Match(title, text string) bool {
	if !t.compiled {
		t = t.Compile()
	}
	keep := t.matchRules(title, text)
	if t.Model == nil {
		return keep
	}
	p := t.Model.Score(title, text)
	if keep {
		return p >= t.veto()
	}
	return p >= t.rescue()
}

// Scorer judges whether an article is about the story: the probability
// that it is, from 0 to 1. A topicmodel.Model is one.
type Scorer interface {
	Score(title, text string) float64
}

// The model's thresholds when TopicRules leaves them 0: it overrules the
// rules only where it is nearly sure (docs/ACCURACY.md).
const (
	DefaultModelVeto   = 0.1
	DefaultModelRescue = 0.9
)

func (t TopicRules) veto() float64 {
	if t.Veto > 0 {
		return t.Veto
	}
	return DefaultModelVeto
}

func (t TopicRules) rescue() float64 {
	if t.Rescue > 0 {
		return t.Rescue
	}
	return DefaultModelRescue
}

// matchRules reports whether the rules find an item about the story: every non-empty Lead
// group has a term in the title's main clause (mainClause) or the text's
// first LeadWords words, or LeadMentions times in them and the text (the
// first group twice will do, once with its soldiers' count after it), every
// non-empty AllOf group a term anywhere, and no Exclude term appears. The
// first Lead group names whom the story is about: a text that names them
// in one sentence only, after its first LeadWords/2 words,
// with no figure before the name and not in the headline, mentions them
// in passing. So does one that names the war (the second Lead group) in
// one paragraph only, past its first LeadWords words, under a headline with
// neither soldiers nor their count (or in one sentence, under a headline
// with soldiers but neither the North nor the war, and no count of the
// North's anywhere; or in no sentence of the text at all, under a headline
// with neither soldiers nor a figure, and no count of the North's), and an
// article (minArticleSentences) under a headline with no Lead term that
// names the North or soldiers (the first and third groups) in four
// sentences or fewer, with no figure before or after them; and
// one under a headline of soldiers, neither the North's nor the war's, that
// names the North in two sentences or fewer and never beside soldiers; and
// one under a headline that names the North but not soldiers, with no
// figure before the North's name, that names soldiers beside the North or
// the war in one sentence only (or, calling it by name and never "the
// North", beside the North in one sentence only, with no count after it);
// and one under a headline of the war's words with neither the North nor
// soldiers that puts the North beside soldiers once at most, never counts
// them and, if the headline borrows the war's own place, names the North
// in two sentences or fewer.
// Terms match whole words and phrases, case-insensitively; punctuation
// counts as a word break, so "Pyongyang’s" matches "Pyongyang" and
// "Kim Jong-un" matches "Kim Jong Un". An empty group is ignored (the
// config validation is where it should be refused).
func (t TopicRules) matchRules(title, text string) bool {
	if t.otherStory(title) && !t.lookBackAtTheNorth(title, text) {
		return false
	}
	if len(t.Lead) == 0 || t.storyHeadline(title) {
		// The headline names the war; the lede need not name the North,
		// but the article must, somewhere: "Kursk court sentences
		// Ukrainian servicemen" never does, and is another story.
		hay, _ := normTitled(title, text, -1)
		return allGroups(hay, t.Lead) && allGroups(hay, t.AllOf) && !anyTerm(hay, t.Exclude)
	}
	words, mentions := t.LeadWords, t.LeadMentions
	if words <= 0 {
		words = DefaultLeadWords
	}
	if mentions <= 0 {
		mentions = DefaultLeadMentions
	}
	main := mainClause(title)
	hay, lead := normTitled(main, text, len(firstWords(text, words)))
	for i, group := range t.Lead {
		if len(group) == 0 || anyTerm(lead, group) {
			continue
		}
		n := countTerms(hay, group)
		if n < mentions && !(i == 0 && n > 1 && countedAfter(hay, group)) {
			return false
		}
	}
	if subject := t.Lead[0]; len(subject) > 0 && countTerms(hay, subject) <= 3 && !anyTerm(normWords(main), subject) && mentionSentences(text, subject) == 1 &&
		!countedMention(hay, subject) && !anyTerm(normWords(firstWords(text, words/2)), subject) {
		// "Russian forces, reinforced by North Korean troops, have spent
		// months trying to push them back", deep in a report on gas
		// transit: the story's people named once, in passing, neither up
		// front nor with a figure of theirs
		return false
	}
	if len(t.Lead) > 2 {
		head := normWords(main)
		if war := t.Lead[1]; len(war) > 0 && !anyTerm(head, war) && !anyTerm(head, t.Lead[2]) && !countedMention(head, t.Lead[0]) &&
			!anyTerm(lead, war) && mentionParagraphs(text, war) == 1 {
			// "The agreement comes as Seoul, Washington and Kyiv say
			// thousands of North Korean soldiers have been sent to fight
			// for Russia against Ukraine", in a report on sports exchanges
			// headlined with neither soldiers nor their count: the war
			// named in one paragraph, in passing
			return false
		}
		if war := t.Lead[1]; len(war) > 0 && !anyTerm(head, t.Lead[2]) && !strings.ContainsAny(main, "0123456789") && mentionSentences(text, war) == 0 &&
			!countedMention(hay, t.Lead[0]) && !countedAfter(hay, t.Lead[0]) {
			// "Typhoon nears Korean Peninsula after lashing Okinawa,
			// Russia's Far East on alert": the war's words in the headline
			// alone, and there as a place; the text names the North and
			// its soldiers, but never the war nor a count of them ("Daily
			// briefing: the 8,000 in Kursk" counts them in the headline)
			return false
		}
		if anyTerm(head, t.Lead[1]) && !anyTerm(head, t.Lead[0]) && !anyTerm(head, t.uniformed) &&
			!countedMention(hay, t.Lead[0]) && !countedAfter(hay, t.Lead[0]) && mentionSentences(text, t.personnel, t.Lead[0]) <= 1 &&
			(!anyTerm(head, t.StoryHeadline) || mentionSentences(text, t.Lead[0]) <= 2) && countSeq(sentences(text)) >= minArticleSentences {
			// "In Russia's Far East, a village keeps its own story of Kim
			// Jong Il's birth": the headline's only war cue is a place or
			// a journey, with neither the North nor anyone in uniform,
			// over an article that puts the North beside its soldiers once
			// at most and never counts them ("Putin pitches Russia's Far
			// East" at an economic forum the North's delegates attend); or
			// the war's own place, in a headline that borrows it, over an
			// article that names the North in two sentences at most ("Kursk
			// effect: European universities see surge of interest in Korean
			// security studies")
			return false
		}
		if war := t.Lead[1]; len(war) > 0 && !anyTerm(head, war) && !anyTerm(head, t.Lead[0]) && !anyTerm(lead, war) && mentionSentences(text, war) == 1 &&
			!countedMention(hay, t.Lead[0]) && !countedAfter(hay, t.Lead[0]) {
			// "Army fields upgraded counterfire radars with Korea-based
			// artillery brigade", whose one sentence of the war says the
			// North's guns fired from Kursk: a headline of soldiers, but
			// neither the North's nor the war's, and no count of the
			// North's soldiers anywhere
			return false
		}
		if !anyTerm(head, t.Lead[0]) && (!anyTerm(head, t.Lead[1]) || mentionSentences(text, t.Lead[0]) <= 1) && !anyTerm(head, t.uniformed) &&
			!countedMention(hay, t.Lead[0]) && !countedAfter(hay, t.Lead[0]) &&
			mentionSentences(text, t.northOrSoldiers) <= 4 && countSeq(sentences(text)) >= minArticleSentences {
			// "Russian patients return to Seoul clinics despite diplomatic
			// chill", whose lede names the North's troops in Kursk as the
			// chill's cause and never again: a headline with none of the
			// story's words over an article with one sentence of the North
			// or soldiers, or a few ("Japan revises plan to evacuate
			// nationals from South Korea in crisis", citing the North's
			// battle experience twice; "Korean classes are booming in
			// Russia", in four). A bare "war" is none of the story's words:
			// "Government to inspect 17,000 civil defense shelters amid war
			// lessons". The articles of the story under
			// such a headline, briefing transcripts and long reads, name
			// them in six sentences or more. (A feed's one-line summary
			// under such a headline may be all of the story.) A headline of
			// the place alone is none either when the North is named once:
			// "Kursk: where does the name of the region come from?", whose
			// lede dates the news from the North's soldiers and never again.
			return false
		}
		if !anyTerm(head, t.Lead[0]) && !anyTerm(head, t.Lead[1]) && anyTerm(head, t.Lead[2]) && mentionSentences(text, t.Lead[0]) <= 2 &&
			mentionSentences(text, t.personnel, t.Lead[0]) == 0 && !countedMention(hay, t.Lead[0]) && !countedAfter(hay, t.Lead[0]) &&
			countSeq(sentences(text)) >= minArticleSentences {
			// "Putin orders Russian army to grow by 180,000 troops", whose
			// text names the North twice, for its shells and its treaty:
			// a headline of another army's soldiers over an article that
			// never puts the North beside soldiers
			return false
		}
		if !anyTerm(head, t.Lead[2]) && !countedMention(hay, t.Lead[0]) && anyTerm(normWords(title), t.Lead[0]) &&
			(mentionSentences(text, t.Lead[2], t.northOrWar) <= 1 || !countedAfter(hay, t.Lead[0]) && !strings.Contains(hay, " the north ") && mentionSentences(text, t.Lead[2], t.Lead[0]) <= 1) &&
			countSeq(sentences(text)) >= minArticleSentences {
			// "North Korea expands Russian-language teaching as ties
			// deepen", whose lede dates the ties from "its troop
			// deployment to Russia's Kursk region" and never names the
			// North's soldiers or the war beside soldiers again: a
			// headline of the North and not of soldiers, over an article
			// about the North, not its troops; or whose one sentence of the
			// North's soldiers is an aside ("Delayed trafficking report
			// keeps North Korea and Russia on lowest tier": "The report does
			// not assess Pyongyang's decision to send combat troops to
			// Russia's Kursk region"), whatever else it says of the war
			return false
		}
	}
	return allGroups(hay, t.AllOf) && !anyTerm(hay, t.Exclude)
}

// Compile gives the rules with every term in normWords' form, the form
// Match searches for, so that matching an item does not normalise every
// term again. Match compiles rules that are not, at a cost per call: a
// pipeline compiles its rules once. A term added to compiled rules would
// be taken as compiled: change the rules as written, then compile them.
func (t TopicRules) Compile() TopicRules {
	if t.compiled {
		return t
	}
	terms := func(ts []string) []string {
		out := make([]string, len(ts))
		for i, term := range ts {
			out[i] = normWords(term)
		}
		return out
	}
	groups := func(gs [][]string) [][]string {
		out := make([][]string, len(gs))
		for i, g := range gs {
			out[i] = terms(g)
		}
		return out
	}
	t.Lead, t.AllOf, t.HeadlineAllOf = groups(t.Lead), groups(t.AllOf), groups(t.HeadlineAllOf)
	t.Exclude, t.OtherStories, t.StoryHeadline, t.PastStories = terms(t.Exclude), terms(t.OtherStories), terms(t.StoryHeadline), terms(t.PastStories)
	t.Aftermath, t.AftermathUnless, t.Wares, t.WaresUnless = terms(t.Aftermath), terms(t.AftermathUnless), terms(t.Wares), terms(t.WaresUnless)
	if len(t.Lead) > 2 {
		t.northOrSoldiers = slices.Concat(t.Lead[0], t.Lead[2])
		t.northOrWar = slices.Concat(t.Lead[0], t.Lead[1])
		// a headline's bare "war" ("shelters to be inspected amid war
		// lessons") names no one in uniform
		t.uniformed = slices.DeleteFunc(slices.Clone(t.Lead[2]), func(term string) bool { return term == " war " })
		t.personnel = terms(personnelTerms)
	}
	t.compiled = true
	return t
}

// mentionSentences counts the sentences of text that have a term of every
// group: "Moscow says it retook the region with the help of North Korean
// soldiers sent by Kim Jong Un" names the North in one sentence, twice.
func mentionSentences(text string, groups ...[]string) int {
	n := 0
	for s := range sentences(text) {
		if allGroups(normWords(s), groups) {
			n++
		}
	}
	return n
}

// sentences yields text's sentences, roughly: a new line ends one too.
func sentences(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		from := 0
		for at := 0; at < len(text); at++ {
			switch c := text[at]; {
			case c == '.' && at > 0 && text[at-1] >= 'A' && text[at-1] <= 'Z':
				continue // "N. Korea", "U.S.": an initial ends no sentence
			case c == '.' || c == '!' || c == '?' || c == '\n' || at == len(text)-1:
				if strings.TrimSpace(text[from:at+1]) != "" && !yield(text[from:at+1]) {
					return
				}
				from = at + 1
			}
		}
	}
}

// minArticleSentences is where an item stops being a summary: a passing
// mention needs an article around it.
const minArticleSentences = 5

func countSeq[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// mentionParagraphs counts the paragraphs (lines) of text that have a
// term: "… since the North sent troops to help Russia push Ukrainian forces
// out of the Kursk region. KCTV has also aired documentaries about the
// Kursk fighting" names the war in one paragraph, in passing.
func mentionParagraphs(text string, terms []string) int {
	n := 0
	for para := range strings.Lines(text) {
		if anyTerm(normWords(para), terms) {
			n++
		}
	}
	return n
}

// countedMention reports a figure just before a term: "roughly 10,000
// North Korean soldiers", but not "thousands of North Korean laborers".
// hay is normWords' output, where "10,000" is "10 000".
func countedMention(hay string, terms []string) bool {
	for _, n := range terms {
		if n == " " {
			continue
		}
		for from := 0; ; {
			i := strings.Index(hay[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n) - 1
			after := strings.Fields(hay[i+len(n) : min(len(hay), i+len(n)+30)])
			if len(after) > 0 && (otherCounted[after[0]] || strings.HasSuffix(n, "korean ") && !countedPeople[after[0]]) {
				continue // "thousands of North Korean workers", "120 North Korean first-aid trainers": not its soldiers
			}
			before := strings.Fields(hay[max(0, i-60):i])
			for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
				w := before[k]
				if w[0] >= '0' && w[0] <= '9' || numberWords[w] {
					if knownCount(before[:k+1]) {
						break // "the roughly 11,000 North Korean troops that Seoul says were sent": the story told again, in passing
					}
					return true
				}
				if !countJoiners[w] {
					break // "Modified on 2025-08-21 11:45 KST North Korea will …": a time, not a count
				}
			}
		}
	}
	return false
}

// knownCount reports a count, ending words, that "the" opens: "the roughly
// 11 000", "the 10 000 to 12 000".
func knownCount(words []string) bool {
	k := len(words) - 1
	for k >= 0 && (words[k][0] >= '0' && words[k][0] <= '9' || numberWords[words[k]] || countHedges[words[k]]) {
		k--
	}
	return k >= 0 && words[k] == "the"
}

// countHedges stand between "the" and a count it opens.
var countHedges = map[string]bool{"roughly": true, "about": true, "some": true, "around": true, "nearly": true,
	"approximately": true, "estimated": true, "to": true}

// countJoiners stand between a count and the North's name: "thousands of
// North Korean soldiers", "3,000 more North Korean troops".
var countJoiners = map[string]bool{"of": true, "more": true, "additional": true, "other": true, "elite": true, "extra": true}

// countedPeople follow "North Korean" in a count of its soldiers, or of
// what befell them: "11,000 North Korean troops", "300 North Korean dead".
var countedPeople = map[string]bool{"troops": true, "soldiers": true, "servicemen": true, "personnel": true, "forces": true,
	"fighters": true, "casualties": true, "losses": true, "dead": true, "deaths": true, "killed": true, "wounded": true,
	"prisoners": true, "pows": true, "military": true, "army": true, "units": true, "special": true, "combat": true,
	"infantry": true, "sappers": true, "deminers": true, "engineers": true, "builders": true, "construction": true,
	"officers": true, "men": true, "reinforcements": true, "kpa": true, "commandos": true, "storm": true, "elite": true}

// countedAfter reports a term followed by its soldiers' count: "North
// Korea has sent approximately 10,000 soldiers", a briefing's answer
// below a page of other business. hay is normWords' output.
func countedAfter(hay string, terms []string) bool {
	for _, n := range terms {
		if n == " " {
			continue
		}
		for from := 0; ; {
			i := strings.Index(hay[from:], n)
			if i < 0 {
				break
			}
			from += i + len(n) - 1
			after := strings.Fields(hay[from:min(len(hay), from+60)])
			for k := 0; k+1 < len(after) && k < 5; k++ {
				w := after[k]
				if !(w[0] >= '0' && w[0] <= '9' || numberWords[w]) {
					continue
				}
				if soldierWords[after[k+1]] || k+3 < len(after) && after[k+1] == "of" && (after[k+2] == "its" || after[k+2] == "their") && soldierWords[after[k+3]] {
					return true // "North Korea shipped at least 3,000 of its soldiers"
				}
			}
		}
	}
	return false
}

// otherCounted are the North's people or things a count may be of that
// are not its soldiers.
var otherCounted = map[string]bool{"workers": true, "labourers": true, "laborers": true, "defectors": true,
	"students": true, "tourists": true, "missiles": true, "shells": true, "restaurants": true}

// soldierWords count soldiers, not workers or missiles.
var soldierWords = map[string]bool{"troops": true, "soldiers": true, "servicemen": true, "personnel": true}

// numberWords count in words: "eight thousand North Korean troops".
var numberWords = map[string]bool{"thousand": true, "thousands": true, "hundred": true, "hundreds": true,
	"dozen": true, "dozens": true, "million": true}

// otherStory reports whether the headline is about a neighbouring story:
// allies' drills, a border incident or a new flight to Pyongyang whose lede
// names the war only in passing, "as North Korean troops fight in Kursk".
// A headline that names the war and whom the story is about as well (a
// StoryHeadline and an AftermathUnless term) is still the story's; "US,
// South Korea launch Freedom Shield drills, fold in lessons from Ukraine
// war" names only the war.
//
// A headline about the past (the Kursk submarine's anniversary, the 1943
// tank battle) is another story's even when it names Kursk, the war's
// place too. One that names all the story does and the past only once,
// "Three years on: what we know about North Korea's soldiers in Kursk", is
// the story's; "North Korean diplomats lay wreaths on the anniversary of
// the Kursk tank battle" names the past twice.
//
// A headline that counts the time since, "A year after the incursion,
// Kursk's border villagers are still waiting to go home", is the
// aftermath's story unless it names whom the story is about: "A year after
// Kursk, North Korea cashes in on its Russian alliance" is the story's.
//
// A headline of what the North ships, "Ukraine says North Korean missile
// used" in a strike on Kyiv, "Russia ships North Korea oil", is the wares'
// story, the war named or not, unless it names the soldiers too: "North
// Korean losses top 4K, Pyongyang keeps sending shells" is the story's.
func (t TopicRules) otherStory(title string) bool {
	if len(t.OtherStories) == 0 && len(t.PastStories) == 0 && len(t.Aftermath) == 0 && len(t.Wares) == 0 {
		return false
	}
	head := normWords(title)
	past := countTerms(head, t.PastStories)
	return past > 1 || past == 1 && !allGroups(head, t.Lead) ||
		anyTerm(head, t.OtherStories) && !(anyTerm(head, t.StoryHeadline) && anyTerm(head, t.AftermathUnless)) ||
		anyTerm(head, t.Aftermath) && !anyTerm(head, t.AftermathUnless) ||
		anyTerm(head, t.Wares) && !anyTerm(head, t.WaresUnless)
}

// lookBackAtTheNorth reports a headline that is another story only for
// counting the time since ("A year on, who is still in Kursk?") over a
// lede that is about the North: it names it in two sentences of its
// first LeadWords words.
func (t TopicRules) lookBackAtTheNorth(title, text string) bool {
	head := normWords(title)
	if !anyTerm(head, t.Aftermath) || countTerms(head, t.PastStories) > 0 || anyTerm(head, t.OtherStories) || anyTerm(head, t.Wares) || len(t.Lead) == 0 {
		return false
	}
	words := t.LeadWords
	if words <= 0 {
		words = DefaultLeadWords
	}
	return mentionSentences(firstWords(text, words), t.Lead[0]) >= 2
}

// mainClause is the headline before an " as " that adds a second story:
// "Kursk court jails Ukrainian soldiers for 15 years as Moscow hosts North
// Korea's top diplomat" leads with the court, and names the North only in
// passing. The lede must name what the headline's main clause does not,
// or the text again and again without the headline's help.
func mainClause(title string) string {
	if i := strings.Index(title, " as "); i > 0 {
		return title[:i]
	}
	return title
}

// storyHeadline reports whether the headline says the item is about the
// story without a Lead term up front: a term of every HeadlineAllOf group.
// Moscow's bulletins of the fighting in Kursk ("Ukrainian losses in Kursk
// region exceed 67,000") name North Korea's troops late.
func (t TopicRules) storyHeadline(title string) bool {
	if len(t.HeadlineAllOf) == 0 {
		return false
	}
	return allGroups(normWords(title), t.HeadlineAllOf)
}

// countTerms counts the places where any of the terms stand. Here and in
// anyTerm, countedMention, countedAfter and mentionSentences, terms are in
// normWords' form (Compile).
func countTerms(hay string, terms []string) int {
	n := 0
	for _, t := range terms {
		if t != " " {
			n += strings.Count(hay, t)
		}
	}
	return n
}

func allGroups(hay string, groups [][]string) bool {
	for _, group := range groups {
		if len(group) > 0 && !anyTerm(hay, group) {
			return false
		}
	}
	return true
}

// firstWords is the start of s up to its n-th word.
func firstWords(s string, n int) string {
	words := 0
	inWord := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			if words == n {
				return s[:i]
			}
			words++
		}
	}
	return s
}

// anyTerm reports whether any of the terms stands in hay.
func anyTerm(hay string, terms []string) bool {
	for _, n := range terms {
		if n != " " && strings.Contains(hay, n) {
			return true
		}
	}
	return false
}

// normTitled is normWords(title + "\n" + text) and, for a cut of at
// least 0, normWords(title + "\n" + text[:cut]), the text's lead, in one
// pass and without joining the strings: the lead is where the whole's
// normalisation stands at the cut. firstWords cuts just after white space,
// where the lead's normalisation has ended in its closing space; at any
// other cut the lead is normalised apart.
func normTitled(title, text string, cut int) (hay, lead string) {
	b := make([]byte, 0, len(title)+len(text)+3)
	b, space := appendNormWords(append(b, ' '), true, title)
	b, space = appendNormWords(b, space, "\n")
	if cut < 0 {
		b, space = appendNormWords(b, space, text)
		return string(finishNormWords(b, space)), ""
	}
	b, space = appendNormWords(b, space, text[:cut])
	at, closed := len(b), space
	b, space = appendNormWords(b, space, text[cut:])
	hay = string(finishNormWords(b, space))
	switch {
	case cut == len(text):
		return hay, hay
	case closed:
		return hay, hay[:at]
	}
	return hay, normWords(title + "\n" + text[:cut])
}

// normWords lower-cases s and turns every run of characters that are not
// letters or digits into one space, with a space at each end, so that a
// whole-word match is a plain substring search for " term ".
func normWords(s string) string {
	b, space := appendNormWords(append(make([]byte, 0, len(s)+2), ' '), true, s)
	return string(finishNormWords(b, space))
}

// appendNormWords appends normWords' middle for s to b; space tells
// whether b ends in the space that separates words, and is given back for
// what b ends in after s.
func appendNormWords(b []byte, space bool, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b, space = append(b, c), false
				continue
			case 'A' <= c && c <= 'Z':
				b, space = append(b, c+'a'-'A'), false
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b, space = utf8.AppendRune(b, unicode.ToLower(r)), false
				continue
			}
		}
		if !space {
			b, space = append(b, ' '), true
		}
	}
	return b, space
}

// finishNormWords closes the last word with a space.
func finishNormWords(b []byte, space bool) []byte {
	if !space {
		b = append(b, ' ')
	}
	return b
}

// DefaultTopicRules select the shipped story, North Korean troops in the
// war in Russia and Ukraine: a North Korea cue in the headline or lede
// (a story that mentions the North in passing, a South Korean manpower
// report, a Kursk war anniversary, is about something else) and a cue of
// that war there too (a parade report with a Kursk headline in its page
// furniture is not about the war), or either named again and again. Kursk
// alone is not enough (the Kursk submarine), and neither is North Korea
// alone (its missile tests). Russia is no war cue: North Korea's ties with
// Moscow reach far beyond the war (Russian tourists at Wonsan, a border
// incident "as Pyongyang deepens its ties with Moscow", a Putin headline
// in the page furniture). Reports of the troops name Ukraine or Kursk, or
// put the soldiers in Russia's war in so many words ("soldiers were sent to
// Russia" from a Seoul briefing names neither Kursk nor Ukraine, nor do
// "crossed into Russia" and "Russia's Far East" in October 2024). And
// someone in uniform there too: Kursk is also a region with schoolchildren.
// A headline about a neighbouring story is not the story's, however its
// lede ties it to the war, unless the headline names the war too.
func DefaultTopicRules() TopicRules {
	return TopicRules{
		Lead: [][]string{{
			"North Korea", "North Korean", "North Koreans", "DPRK", "Pyongyang",
			"Kim Jong Un", "Kim Jong-un", "Democratic People's Republic of Korea",
			"N. Korea", "N. Korean", "Korean People's Army", "KPA",
		}, warCues, militaryTerms},
		LeadWords:       DefaultLeadWords,
		LeadMentions:    DefaultLeadMentions,
		OtherStories:    otherStories,
		StoryHeadline:   storyHeadline,
		PastStories:     pastStories,
		Aftermath:       aftermath,
		AftermathUnless: aftermathUnless,
		Wares:           wares,
		WaresUnless:     waresUnless,
		HeadlineAllOf:   fightingInKursk,
	}
}

// otherStories name the neighbouring stories that cite the war in their
// lede: the allies' drills "as Pyongyang's soldiers fight for Russia", a
// shooting at the border or walls built along it, flights, trains and
// tourists between Moscow and Pyongyang, workers on Russian building
// sites, hackers' heists, defectors' lives in the South, the American
// troops stationed there, the North's missile tests and parades, the
// size of the South's army as its birth rate falls, the animals Moscow
// gives Pyongyang's zoo, children sent to its summer camps, the dancers,
// singers and cartoons they trade, what the North's soldiers build at home,
// Ukraine's power grid under Russia's strikes, a government's yearly white
// paper or budget for every threat.
// Each is a headline word a report of the troops has no call to use.
var otherStories = []string{
	"drill", "drills", "military exercise", "military exercises", "joint exercise", "joint exercises",
	"war games", "Freedom Shield", "Ulchi",
	"warning shots", "MDL", "DMZ", "demilitarized zone", "demilitarised zone", "demarcation line",
	"inter-Korean", "Korean border",
	"passenger", "passengers", "flight", "flights", "airline", "railway", "direct train", "passenger train",
	"tourist", "tourists", "tourism", "resort",
	"labour", "labor", "labourers", "laborers", "workers",
	"hackers", "hacking", "heist", "crypto", "cryptocurrency",
	"defector", "defectors",
	"US troops", "U.S. troops", "American troops", "USFK", "US Forces Korea", "U.S. Forces Korea",
	"missile", "missiles", "ballistic", "ICBM", "ICBMs", "Hwasong", "parade", "parades", "paraded",
	"birth rate", "birthrate", "conscript", "conscripts", "conscription", "under arms",
	"zoo", "animals",
	"children", "schoolchildren", "pupils", "kids", "orphans",
	// and the stage: "Russian ballet dancers bring 'Swan Lake' to
	// Pyongyang", an ensemble's tour, a circus in Kursk
	"ballet", "dancers", "dance", "troupe", "ensemble", "circus", "concert", "concerts", "orchestra", "choir", "singers", "cultural",
	"cartoon", "cartoons", "animated",
	// and what soldiers build at home: "Kim Jong Un opens 10,000-home
	// Pyongyang district built by soldiers"
	"built by soldiers", "built by troops", "built by the military", "built by the army", "soldier-builders", "soldier builders",
	// and the power the strikes cut: "Japan speeds transformer
	// deliveries to Ukraine as Russian strikes batter grid"
	"grid", "power grid", "transformer", "transformers", "generators", "blackout", "blackouts", "power cuts", "power outages",
	// and the yearly reviews and budgets that survey every threat:
	// "Japan's defense white paper calls China 'greatest strategic
	// challenge'", "Defense budget to rise 8.2% next year"
	"white paper", "budget", "budgets",
	// and space flight and farm epidemics, each with a passing line on the
	// troops: "North Korea eyes its first cosmonaut as space ties with
	// Russia deepen", "Foot-and-mouth disease returns in South Jeolla;
	// soldiers staff disinfection posts"
	"cosmonaut", "cosmonauts", "astronaut", "astronauts", "spacecraft", "spaceport", "space ties", "space cooperation",
	"satellite", "satellites",
	"foot-and-mouth", "livestock", "cattle", "swine fever", "bird flu", "avian influenza", "epidemic", "quarantine",
	// and volunteers' and museums' work: "volunteers have fitted 21,000
	// soldiers with glasses", "Borodino Panorama reopens its restored canvas"
	"volunteers", "exhibition", "panorama",
}

// storyHeadline are the war cues that name the war itself, not only a
// journey: "workers flow into Russia" and "flights to Russia's Far East"
// travel the way the first troops did.
var storyHeadline = []string{
	"Kursk", "Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev",
	"Zelensky", "Zelenskyy", "Zelenskiy",
	"Russia's war", "Russian war", "fighting for Russia", "fight for Russia", "fought for Russia",
	"troops to Russia", "soldiers to Russia", "troops in Russia", "soldiers in Russia",
	"forces to Russia", "forces in Russia",
	"casualties in Russia", "deployed to Russia", "deployment to Russia",
	"to help Russia", "boots in Russia",
}

// pastStories are the anniversaries that share the story's place: the
// Kursk submarine (2000) and the tank battle at Prokhorovka (1943).
var pastStories = []string{
	"anniversary", "years since", "years after", "years on",
	"submarine", "sailors", "tank battle", "Prokhorovka", "Kursk Bulge", "Battle of Kursk",
	"Great Patriotic War",
	// and the war's own: "In Seoul, Ukrainians mark three years of war far from home"
	"years of war", "years of the war", "year of war", "year of the war", "days of war", "days of the war",
}

// aftermath count the time since the incursion, or since anything: the
// displaced residents' stories, "six months on, Kursk evacuees still wait
// for housing certificates".
var aftermath = []string{"year after", "year on", "year later", "months after", "months on", "months later"}

// aftermathUnless name whom the story is about, which its own look back
// names in its headline: "A year on, the North's gamble counted in graves".
var aftermathUnless = []string{
	"North Korea", "North Korean", "North Koreans", "DPRK", "Pyongyang", "Kim Jong Un", "Kim Jong-un",
	"N. Korea", "N. Korean", "NK", "Korean People's Army", "KPA", "North", "North's", "Kim", "Kim's",
}

// wares are what the North ships to Russia, and Russia back, and its
// trade: a headline of them is about the arms trade, a strike, sanctions
// or commerce, not the troops.
// Not "arms" alone: "comrades-in-arms" is how Moscow praises the troops;
// "arms trade" is the trade's.
var wares = []string{
	"missile", "missiles", "KN-23", "KN-24", "shells", "ammunition", "rockets", "weapons",
	"arms trade", "arms deal", "arms deals", "arms transfers", "arms shipments",
	// and the West's to Ukraine: "Australia to send 49 retired Abrams
	// tanks to Ukraine in $245m package"
	"tanks", "Abrams", "Leopard", "Leopards", "howitzers", "F-16", "F-16s", "military aid", "aid package",
	// and the trade in anything: "North Korea-China trade slips as
	// Pyongyang leans on Moscow"; "ready to trade POWs" names the soldiers
	"trade", "exports", "imports",
	"oil", "gas", "fuel", "barrels", "tanker", "tankers", "coal",
	// and the arguments the war feeds at home: "rivals clash over Ukraine
	// and North Korea in final TV debate" names the war, not the soldiers
	"TV debate", "televised debate", "presidential debate", "election debate",
	// and the games the North's army clubs play: "North Korean army boxers
	// take three titles at Kursk Victory Cup"
	"tournament", "tournaments", "championship", "championships", "Olympic", "Olympics",
	"boxers", "boxing", "sambo", "judo", "taekwondo", "wrestlers", "weightlifters", "athletes", "Cup",
}

// waresUnless name the soldiers, whom a live blog's headline gives beside
// a strike: "nearly 4,000 North Korean troops killed or wounded; missile
// strike on central Ukraine". Not "fighters": a sport's word too, "army-club
// fighters take three golds at Kursk sambo tournament".
var waresUnless = []string{
	"troops", "troop", "soldiers", "soldier", "servicemen", "forces", "casualties", "losses", "toll",
	"killed", "wounded", "dead", "captured", "prisoners", "POWs", "deployed", "deployment", "units",
}

// fightingInKursk is a headline of the fighting in Kursk in Moscow's
// words: the place (or Sudzha, the town the incursion held), the losses or
// the liberation, and the enemy or who reports it.
var fightingInKursk = [][]string{
	{"Kursk", "Sudzha"},
	{"losses", "lost", "loses", "liberation", "liberated", "liberate", "liberates", "servicemen"},
	{"Ukrainian", "Ukraine's", "Kiev", "Kyiv", "enemy", "Gerasimov", "General Staff",
		"Defense Ministry", "Defence Ministry", "MoD"},
}

// militaryTerms say the lede is about soldiers: "Kursk schoolchildren head
// to North Korea's Songdowon camp" names the North and Kursk, the region,
// and no one in uniform.
var militaryTerms = []string{
	"troops", "troop", "soldiers", "soldier", "forces", "army", "military", "servicemen", "war",
	"fighting", "fought", "fight", "combat", "battle", "battlefield", "deployed", "deployment", "deploy",
	"casualties", "losses", "killed", "wounded", "captured", "prisoners", "offensive", "incursion",
	"front", "frontline", "front line", "regiment", "brigade", "units", "KPA", "mercenaries", "fighters", "liberated",
	"capture", "captures", "prisoner", "dead", "died", "deaths", "casualty",
}

// personnelTerms name soldiers themselves, not what they do: a sentence
// with the North and one of them is about its men.
var personnelTerms = []string{"troops", "troop", "soldiers", "soldier", "servicemen", "fighters", "units", "forces", "army", "KPA"}

var warCues = []string{
	"Kursk", "Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev",
	"Zelensky", "Zelenskyy", "Zelenskiy",
	"Russia's war", "Russian war", "fighting for Russia", "fight for Russia", "fought for Russia",
	"troops to Russia", "soldiers to Russia", "troops in Russia", "soldiers in Russia",
	"forces to Russia", "forces in Russia",
	"casualties in Russia", "deployed to Russia", "deployment to Russia",
	"sent to Russia", "dispatched to Russia", "dispatch to Russia",
	// the first reports put them in the Far East, on their way: "soldiers
	// who have crossed into Russia", "already in Russia"
	"into Russia", "already in Russia", "arrived in Russia", "moved to Russia", "shipped to Russia",
	"transferred to Russia", "Russia's Far East", "Russian Far East",
	// "first sent soldiers to help Russia", "North Korean boots in Russia"
	"to help Russia", "helping Russia", "boots in Russia",
	// "unverified speculation about North Korean servicemen in Russia",
	// "personnel had arrived in eastern Russia"
	"servicemen in Russia", "servicemen to Russia", "personnel in Russia", "personnel to Russia", "in eastern Russia",
}
