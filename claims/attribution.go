package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reportingVerbs introduce who says something.
var reportingVerbs = set("said", "says", "say", "told", "tells", "wrote", "writes", "stated",
	"states", "claimed", "claims", "estimated", "estimates", "estimate", "reported", "acknowledged",
	"confirmed", "confirms", "announced", "announces", "announce", "disclosed", "believes", "assessed",
	"assesses", "noted", "added", "asserted", "indicated", "warned", "revealed", "corroborated",
	"informed", "briefed", "doubted", "posted", "explained", "insisted", "alleged", "suggested",
	"remarked", "according", "citing", "saying", "reckoning", "cited", "shows", "showed", "found", "puts", "put", "putting", "believe",
	"believed", "counted", "counts", "tallied", "recorded", "thinks", "calculated", "calculates",
	"spoke", "spoken", "speaks", "speaking", "revised", "raised", "lowered", "concluded", "concludes", "estimating",
	"assessing", "per", "gave", "updated", "reckon", "reckoned", "reckons", "judged", "judges", "recalled", "recalls", "reiterated",
	"restated", "restates", "reaffirmed", "reaffirms", "repeated", "repeats", "reports",
	"stressed", "emphasised", "emphasized", "declared", "declares", "described")

// orgWords may stand in a speaker's name in lower case.
var orgWords = set("intelligence", "bloggers", "blogger", "milbloggers", "war", "sources", "source", "officials", "official", "agency", "agencies",
	"service", "services", "ministry", "minister", "president", "spokesman", "spokeswoman",
	"spokesperson", "lawmaker", "lawmakers", "legislator", "commander", "chief", "chiefs", "staff",
	"military", "defence", "defense", "general", "top", "senior", "former", "western", "army",
	"government", "officer", "officers", "analysts", "experts", "joint", "the", "of", "and",
	"directorate", "main", "national", "security", "council", "department", "command", "deputy",
	"foreign", "head", "headquarters", "for", "spy", "office", "think", "tank", "data", "estimates",
	"reports", "assessments", "media", "assessment", "report", "news", "state", "commanders",
	"leader", "leadership", "regime", "forces", "special", "operations", "unit", "units", "brigade",
	"battalion", "regiment", "authorities", "division", "corps", "mechanised", "mechanized", "airborne",
	"marine", "infantry", "motorised", "motorized", "governments", "diplomats", "allies",
	"drone", "operators", "pilots") // "Ukrainian drone operators say"

// namedWords make a phrase a speaker even in lower case.
var namedWords = set("intelligence", "sources", "officials", "military", "army", "government", "ministry", "agency",
	"commander", "commanders", "department", "media", "lawmakers", "legislators", "state", "staff")

// notSpeakers are capitalised words that open a clause, not a name.
var notSpeakers = set("but", "however", "while", "meanwhile", "and", "in", "on", "at", "earlier",
	"later", "also", "this", "that", "for", "according", "as", "after", "before", "when", "if",
	"although", "despite", "now", "so", "yet", "then", "still", "we", "i", "since", "unlike",
	"until", "because", "once", "with", "by", "last", "january", "february", "march", "april",
	"june", "july", "august", "september", "october", "november", "december", "both", "all",
	"some", "many", "most", "each", "to", "first", "second", "third", "finally", "lastly", "instead",
	"indeed", "moreover", "besides", "here", "there", "nobody", "what")

var auxWords = set("had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "also",
	"previously", "later", "earlier", "recently", "reportedly", "further", "then", "publicly",
	"officially", "separately", "already", "first", "has", "once", "repeatedly", "had", "now",
	"currently", "still", "again", "initially", "privately", "jointly", "since",
	"broadly", "largely", "generally", "widely", "openly", "quietly", "independently", "formally", "been", "just")

var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "week", "month", "weekend", "year", "morning", "afternoon", "evening")

// spanWords end a span of time: "has for weeks said".
var spanWords = set("days", "weeks", "months", "years", "decades")

var unnamed = set("sources", "source", "officials", "official")

// roleNouns name a person by what they do, whom no body named before is.
var roleNouns = set("blogger", "bloggers", "analyst", "analysts", "expert", "experts", "commentator",
	"commentators", "researcher", "researchers", "journalist", "journalists", "observer", "observers", "historian")

// speaker is one reporting verb found in a sentence and who it names.
type speaker struct {
	pos int
	who string
}

// entities remembers the last person and the last organisation named, to
// resolve "he said" and "it acknowledged".
type entities struct {
	person, org string
	orgSent     int
	persons     []string
	orgs        []string // every organisation named, oldest first
	// the agency the last sentence opened with, speaking or not: "South
	// Korea's spy agency has been ahead of Washington. Last week it said …"
	opener     string
	openerSent int
	// the person the last sentence opened with, "Ukraine's president spoke
	// … alongside Danish Prime Minister Mette Frederiksen. "…," he said"
	openerPerson     string
	openerPersonSent int
	// the heads of state named with their title, "Ukrainian President
	// Volodymyr Zelensky": "the Ukrainian leader" is him, not the general
	// named since
	leaders []leader
	// unnamed people the last sentences spoke of, "Western intelligence
	// officials": whom a "they" after them means
	plural     string
	pluralSent int
}

// leader is a head of state and the country he leads, as nationKey gives it.
type leader struct{ nation, name string }

// speakerTable gives the speakers of a part's sentences, found in order
// as claims ask for them: a pronoun resolves against the sentences before,
// so each sentence is read once all before it are, and the sentences past
// the last figure's neighbours are never read.
type speakerTable struct {
	ents  entities
	sents []sentence
	found [][]speaker
}

// at gives sentence k's speakers.
func (t *speakerTable) at(k int) []speaker {
	for len(t.found) <= k {
		n := len(t.found)
		t.found = append(t.found, t.ents.speakers(t.sents[n], n))
	}
	return t.found[k]
}

// speakers finds every reporting verb in a sentence and who it names,
// resolving pronouns against what the article named before.
func (e *entities) speakers(s sentence, idx int) []speaker {
	var out []speaker
	toks := s.toks
	opening := openingName(s)
	if who := e.openingPerson(s, opening); who != "" {
		e.openerPerson, e.openerPersonSent = who, idx
		if who != e.person && personName(who) {
			e.person = who // "Volodymyr Zelensky returned to the subject … the president said"
			e.persons = append(e.persons, who)
		}
	}
	e.rememberTitled(s)
	e.rememberAgencies(s)
	e.rememberPlural(s, idx)
	add := func(pos int, who string) {
		who = canonicalSource(who)
		if c := theCountrys(s, who); c != "" {
			who = c // "his country's intelligence agency", after "A South Korean lawmaker"
		}
		e.remember(who, idx)
		out = append(out, speaker{pos: pos, who: who})
	}
	for i, t := range toks {
		if who := e.nounSpeaker(s, i, idx); who != "" {
			add(i, who)
			continue
		}
		if who := elidedEstimator(s, i); who != "" {
			add(i, who) // "which Seoul puts at 1,100 and Kyiv at more than 3,000": Kyiv's
			continue
		}
		if v := gaveEstimate(toks, i); v >= 0 {
			if who := e.subjectOf(s, v, idx); who != "" {
				add(i, who) // "The Pentagon has given a range of 11,000 to 12,000"
			}
			continue
		}
		if t.low == "claim" && i > 0 && i+1 < len(toks) && toks[i+1].low == "that" && relativeOrPronoun[toks[i-1].low] {
			// "publications in Western media, which claim that about
			// 11,000 …": the verb, not the noun
			if who := e.subjectOf(s, i, idx); who != "" {
				add(i, who)
			}
			continue
		}
		if t.low == "words" && i >= 2 && toks[i-2].low == "in" && (toks[i-1].low == "his" || toks[i-1].low == "her") {
			// "Three days later, Blinken went further: in his words, about
			// 8,000 …": the one the sentence opened with, else the last named
			who := e.person
			if e.openerPersonSent == idx && e.openerPerson != "" {
				who = e.openerPerson
			}
			if who != "" {
				add(i, who)
			}
			continue
		}
		agreedThat := (t.low == "agree" || t.low == "agrees" || t.low == "agreed") && thatWithin(toks, i, 3) // "agreed early on that"
		// "The NIS kept its estimate unchanged, telling lawmakers that …"
		tellingAfter := t.low == "telling" && i > 0 && toks[i-1].low == ","
		if t.kind != tWord || t.cls&cReport == 0 && !agreedThat && !tellingAfter {
			continue // but "Seoul and Washington broadly agree that" report; "agreed to help" does not
		}
		if negatedReport(toks, i) || whatSaid(toks, i) && !hasNumber(toks[i+1:]) {
			// "Neither Moscow nor Pyongyang has said how many": nobody said
			// it; "well above what Seoul has been saying.": another's
			// words, with no figure here, set against these; but "what
			// Seoul's spy agency told lawmakers: about 3,000" gives them
			continue
		}
		if t.low == "reports" && (i+1 >= len(toks) || toks[i+1].low != "that") {
			continue // "Western reports about …": a noun; "South Korean intelligence reports that …" speaks
		}
		if strings.HasSuffix(t.low, "ed") && i > 0 && (ordinalWords[toks[i-1].low] || toks[i-1].poss) &&
			i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].capital && !stopWords[toks[i+1].low] &&
			!determiners[toks[i+1].low] && toks[i+1].low != "a" && toks[i+1].low != "an" && toks[i+1].low != "his" && toks[i+1].low != "her" {
			continue // "the North's first announced deployment": a word for the deployment, no one speaking
		}
		if (t.low == "put" || t.low == "puts") && (outOfAction(toks, i) || placedIn(toks, i)) {
			continue // "have put more than three thousand North Korean servicemen out of action": who struck
		}
		if t.cls&cEstimate != 0 && i > 0 && (toks[i-1].poss || i == 1 && i+1 < len(toks) && toks[i+1].low == "of" && labelColonAfter(toks, i)) {
			continue // "the president's estimate is …", a fact box's "Casualty estimate of the NIS: …": a noun, not a verb
		}
		if passiveReport(toks, i) {
			// "estimated by the Pentagon at 11,000", "are assessed to number
			// 10,000": the grammatical subject is what is reported on
			if i+2 < len(toks) && toks[i+1].low == "by" {
				if who := e.resolveTitle(npAfter(s, i+2)); who != "" {
					add(i, who)
				}
			} else if k := agentAfterFigure(toks, i); k >= 0 {
				// "The first contingent was put at roughly 11,000 soldiers by
				// the NIS last autumn"
				if who := e.resolveTitle(npAfter(s, k)); who != "" {
					add(i, who)
				}
			}
			continue
		}
		var who string
		switch t.low {
		case "according":
			if i+1 < len(toks) && toks[i+1].low == "to" {
				if k := figuresGivenBy(toks, i+2); k >= 0 {
					who = e.subjectOf(s, k, idx) // "according to the figures he presented": his
				} else if i+4 < len(toks) && toks[i+2].low == "the" && statementNouns[toks[i+3].low] && toks[i+4].kind != tWord {
					// "The JCS made the assessment in a report …. According
					// to the report, …": the one who made it
					if idx-e.openerSent <= 2 && e.opener != "" {
						who = e.opener
					} else if idx-e.orgSent <= 2 {
						who = e.org
					}
				} else if k := reportFrom(toks, i+2); k >= 0 {
					who = e.resolveTitle(e.expand(npAfter(s, k))) // "according to Saturday's report from the KCNA"
				} else if i+2 < len(toks) && (toks[i+2].low == "him" || toks[i+2].low == "her") {
					who = e.person // "According to him, the contingent includes about 500 officers"
				} else if i+4 < len(toks) && toks[i+2].low == "the" && personTitles[toks[i+3].low] && toks[i+4].kind != tWord {
					who = e.resolveTitle("the " + toks[i+3].low) // "According to the general, …": the one named before
				} else if i+3 < len(toks) && toks[i+2].low == "both" && toks[i+3].capital {
					who = e.resolveTitle(npAfter(s, i+3)) // "according to both Seoul and Washington"
				} else if outletsOwn(toks, i+2) {
					// "Budanov told journalists, according to an Ukrinform
					// correspondent": who heard it, not whose it is
				} else if k := reportBy(toks, i+2); k >= 0 {
					// "according to an assessment released the same day by
					// South Korea's Joint Chiefs of Staff": whose report
					who = e.resolveTitle(npAfter(s, k))
				} else {
					who = e.resolveTitle(npAfter(s, i+2))
				}
			}
		case "per":
			// "about 11,000, per the Pentagon"; "per day" names nobody
			who = e.resolveTitle(npAfter(s, i+1))
		case "reckoning":
			// "by the reckoning of South Korean intelligence"
			if i+1 < len(toks) && toks[i+1].low == "of" {
				who = e.resolveTitle(npAfter(s, i+2))
			}
		case "estimate", "estimates":
			// "by the latest estimate of Britain's Ministry of Defence"
			if i+1 < len(toks) && toks[i+1].low == "of" && (i >= 2 && toks[i-2].low == "by" || i >= 3 && toks[i-3].low == "by") {
				who = e.resolveTitle(npAfter(s, i+2))
				break
			}
			if i+2 < len(toks) && toks[i+1].low == "from" && toks[i+2].capital {
				// "Estimates from Seoul, Washington and Kyiv have settled at"
				if end, named, joined := listEnd(toks, i+2); named && joined {
					who = trimPhrase(s, toks[i+2:end])
					break
				}
			}
			who = e.subjectOf(s, i, idx)
		case "citing", "cited":
			if t.low == "cited" && i > 0 && toks[i-1].kind == tWord && (toks[i-1].capital || agencyHeads[toks[i-1].low]) {
				who = e.subjectOf(s, i, idx) // "Budanov cited the same 11,000"
				break
			}
			if who = theCountrys(s, npAfter(s, i+1)); who != "" {
				break
			}
			who = e.resolveTitle(npAfter(s, i+1))
		case "saying", "telling":
			if k := quotedAs(toks, i); k >= 0 {
				// "Park quoted the agency as saying": the agency speaks;
				// "Lee quoted agency officials as saying": Lee, who names them
				if quoted := npAfter(s, k+1); quoted != "" && (!isUnnamed(quoted) || !isLowerCase(quoted)) {
					who = e.resolveTitle(quoted)
				} else {
					who = e.subjectOf(s, k, idx)
				}
				break
			}
			// "the agency gave a lower toll, saying …": the sentence's
			// subject speaks; "was saying" has its own before it; "SEOUL
			// - …, state media reported Saturday, saying" the one who reported
			if len(out) > 0 && toks[i-1].low == "," {
				who = out[len(out)-1].who // "…, state media reported Saturday, saying": who reported goes on
				break
			}
			if name := openingName(s); toks[i-1].low == "," && personName(name) && !anyBetween(toks, commas, timeOpenerEnd(toks, datelineEnd(toks)), i-1) {
				who = e.resolveTitle(e.expand(name)) // "On Monday, President Zelensky went further, saying …"
				break
			}
			who = e.subjectOf(s, i, idx)
			if who == "" && i > 0 && toks[i-1].low == "," {
				who = e.resolveTitle(npAfter(s, datelineEnd(toks)))
			}
		default:
			if len(out) > 0 && i > 1 && toks[i-1].low == "," && strings.HasSuffix(t.low, "ing") {
				// "…, South Korea's spy agency said Thursday, estimating the
				// force at 10,000 to 12,000": who said it goes on
				who = out[len(out)-1].who
				break
			}
			who = e.subjectOf(s, i, idx)
		}
		if who == "" {
			continue
		}
		if (t.low == "told" || t.low == "informed" || t.low == "briefed") && isUnnamed(who) {
			if outlet := npAfter(s, i+1); outlet != "" {
				if i+1 < len(s.toks) && s.toks[i+1].low == "the" {
					outlet = "the " + outlet
				}
				who += ", via " + outlet
			}
		}
		add(i, who)
	}
	if opening != "" && (isAgency(opening) || countrysBody(opening)) {
		e.opener, e.openerSent = canonicalSource(opening), idx
	} else if end := governmentsOpening(toks); end > 0 {
		// "Kyiv, Seoul and Washington have reached the same conclusion.
		// Their estimates put …": the governments, together
		e.opener, e.openerSent = trimPhrase(s, toks[:end]), idx
	} else if end := agencyOpening(toks); end > 0 {
		// "The spy agency has not changed its overall assessment. Some
		// 11,000 … are in Russia, it believes": the agency named before
		if who := e.resolveTitle(trimPhrase(s, toks[1:end])); isAgency(who) {
			e.opener, e.openerSent = who, idx
		}
	}
	return out
}

// agencyOpening gives the end of "the spy agency" or "the agency" a
// sentence opens with, or 0.
func agencyOpening(toks []token) int {
	if len(toks) < 3 || toks[0].low != "the" {
		return 0
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].kind != tWord || toks[k].capital {
			return 0
		}
		if agencyHeads[toks[k].low] {
			return k + 1
		}
	}
	return 0
}

var commas = set(",")

// governmentsOpening gives the end of a list of governments a sentence
// opens with, "Kyiv, Seoul and Washington", or 0.
func governmentsOpening(toks []token) int {
	if len(toks) < 4 || !governments[toks[0].low] || !governmentList(toks, 0) {
		return 0
	}
	k := 1
	for k < len(toks) && (listedSources[toks[k].low] || toks[k].low == "," || toks[k].low == "and" || toks[k].low == "the") {
		k++
	}
	return k
}

var relativeOrPronoun = set("which", "who", "they", "we")

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// briefingWords join a speaker to whom they spoke: "officials briefing
// British journalists said".
var briefingWords = set("briefing", "speaking", "talking", "addressing", "telling")

// whatSaid reports a reporting verb at i in "well above what Seoul has
// been saying", a clause that sets words said elsewhere against these;
// "relayed what the NIS had told members" passes them on.
func whatSaid(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		switch toks[k].low {
		case "what":
			return comparedWith[toks[k-1].low]
		case ",", `"`, "that":
			return false
		}
	}
	return false
}

var comparedWith = set("above", "below", "than", "beyond", "under", "over", "with", "exceeds", "exceeding", "from")

// negatedReport reports a reporting verb at i that says nothing was said:
// "has not said", "never disclosed", "Neither Moscow nor Pyongyang has said".
func negatedReport(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch toks[k].low {
		case "not", "never", "n't":
			return k >= i-3
		case "neither":
			return true
		case ",", `"`:
			return false
		}
	}
	return false
}

// figuresGivenBy finds the verb in "the figures he presented", "data it
// released", after "according to" at j: the one who gave them is the
// verb's subject. It returns the verb's index, or -1.
func figuresGivenBy(toks []token, j int) int {
	if j < len(toks) && (toks[j].low == "the" || toks[j].poss) {
		j++
	}
	if j+2 >= len(toks) || !presentedFigures[toks[j].low] || toks[j+2].kind != tWord {
		return -1
	}
	if speakerPronouns[toks[j+1].low] {
		return j + 2
	}
	// "according to figures Zelensky presented in his evening address":
	// a name, then the verb that gave them
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].kind == tWord && toks[k].capital {
		k++
	}
	if k > j+1 && k < len(toks) && (givingVerbs[toks[k].low] || toks[k].low == "presented" || toks[k].low == "shared") {
		return k
	}
	return -1
}

// coordinatedSubject reads the person who did the verb before the "and"
// at j, when the sentence does not open with them: "two days after
// Russia's top general, Valery Gerasimov, thanked the soldiers and
// claimed": Gerasimov.
func coordinatedSubject(s sentence, j int) string {
	toks := s.toks
	for k := j - 1; k >= 2 && k >= j-10; k-- {
		if toks[k].kind != tWord || toks[k].capital || !strings.HasSuffix(toks[k].low, "ed") {
			continue
		}
		p := k - 1
		if toks[p].low == "," {
			p--
		}
		if who, _ := npBefore(s, p); who != "" && isPerson(who) {
			return who
		}
		return ""
	}
	return ""
}

// acronymAfter gives the acronym in brackets between a name ending at j
// and the verb at i, "(HUR)", or "".
func acronymAfter(toks []token, j, i int) string {
	for k := j + 1; k+2 < i; k++ {
		if toks[k].low == "(" && toks[k+2].low == ")" && len(toks[k+1].text) >= 2 && len(toks[k+1].text) <= 5 && isUpperCase(toks[k+1].text) {
			return toks[k+1].text
		}
	}
	return ""
}

// outOfAction reports "out of action" or "at … disposal" within a few
// words after the verb at i: "put" that strikes or sends, not estimates.
func outOfAction(toks []token, i int) bool {
	for k := i + 1; k+2 < len(toks) && k <= i+9; k++ {
		if toks[k].low == "out" && toks[k+1].low == "of" && toks[k+2].low == "action" {
			return true
		}
		if toks[k].low == "at" && (toks[k+2].low == "disposal" || toks[k+1].low == "the" && k+3 < len(toks) && toks[k+3].low == "disposal") {
			return true // "North Korea has put roughly 11,000 of its infantrymen at Russia's disposal": who sent them
		}
	}
	return false
}

// reportFrom finds the source in "Saturday's report from the KCNA",
// "a statement by the ministry", "a briefing lawmakers received from the
// spy agency", "the latest data of the Defense Ministry", after
// "according to" at j: the index of the name after "from", "by" or a
// figure noun's "of", or -1.
func reportFrom(toks []token, j int) int {
	noun := -1
	for k := j; k+2 < len(toks); k++ {
		if noun < 0 && k > j+3 || noun >= 0 && k > noun+4 {
			return -1
		}
		if (toks[k].low == "from" || toks[k].low == "by") && noun >= 0 {
			return k + 1 // "a briefing lawmakers received from Seoul's spy agency"
		}
		if toks[k].low == "of" && noun == k-1 && presentedFigures[toks[noun].low] {
			return k + 1 // "the latest data of the Russian Defense Ministry"
		}
		if toks[k].kind != tWord {
			return -1
		}
		if noun < 0 && (reportNouns[toks[k].low] || statementNouns[toks[k].low] || presentedFigures[toks[k].low] || footageNouns[toks[k].low]) {
			noun = k // "according to footage released by Ukrainian units"
		}
	}
	return -1
}

var (
	presentedFigures = set("figures", "figure", "data", "numbers", "estimates", "estimate", "count", "tally")
	footageNouns     = set("footage", "video", "videos", "images", "imagery")
	speakerPronouns  = set("he", "she", "they", "it")
)

// elidedEstimator reads the second estimator of "Seoul puts them at 1,100
// and Kyiv at more than 3,000", with "at" at i: the verb is not repeated.
func elidedEstimator(s sentence, i int) string {
	toks := s.toks
	if toks[i].low != "at" || i < 2 || !toks[i-1].capital || toks[i-1].kind != tWord {
		return ""
	}
	k := i - 1
	for k > 0 && toks[k-1].capital && toks[k-1].kind == tWord {
		k--
	}
	if k == 0 || toks[k-1].low != "and" {
		return ""
	}
	for j := k - 2; j >= 0; j-- {
		if estimatingAt[toks[j].low] {
			return trimPhrase(s, toks[k:i])
		}
	}
	return ""
}

// quotedAs finds "quoted" or "cited" in "X quoted the agency as saying",
// the "saying" at i: the one quoted speaks, not the one quoting. It returns
// the verb's index, or -1.
func quotedAs(toks []token, i int) int {
	if i < 2 || toks[i-1].low != "as" {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if toks[k].low == "quoted" || toks[k].low == "cited" {
			return k
		}
	}
	return -1
}

// nounSpeaker reads a speaker that a noun at i introduces, not a verb:
// "by the count of Ukrainian officials", "the statement by the Kiev
// authorities", "by Seoul's count", and a sentence that only says whose
// the figures before it are, "That is the new estimate of South Korea's spy
// agency".
func (e *entities) nounSpeaker(s sentence, i, idx int) string {
	toks := s.toks
	t := toks[i]
	if t.cls&(cEstimate|cStatement|cClaimNoun) == 0 && t.low != "account" && t.low != "view" {
		return "" // every case below needs one of these nouns (possessorOf too)
	}
	after := i+2 < len(toks)
	switch {
	case t.cls&cEstimate != 0 && i >= 2 && toks[i-1].low == "the" && toks[i-2].cls&cBy != 0 && after && toks[i+1].low == "of":
		return e.resolveTitle(npAfter(s, i+2))
	case t.cls&cStatement != 0 && after && toks[i+1].low == "by":
		return e.resolveTitle(npAfter(s, i+2))
	case t.cls&(cStatement|cClaimNoun) != 0 && after:
		for k := i + 2; k+1 < len(toks) && k <= i+4 && toks[k-1].kind == tWord && toks[k-1].low != "that"; k++ {
			if toks[k].low == "by" {
				return e.resolveTitle(npAfter(s, k+1)) // "a claim on Saturday by Russia's chief of the General Staff"
			}
		}
	}
	if who := possessorOf(s, i); who != "" {
		return e.resolveTitle(who)
	}
	if t.cls&cEstimate != 0 && i >= 2 && toks[i-1].low == "its" && toks[i-2].cls&cBy != 0 && len(e.orgs) > 0 &&
		(toks[i-2].low != "to" || i >= 3 && toks[i-3].low == "according") { // but "is sticking to its estimate": the subject's
		if idx-e.openerSent == 1 && e.opener != "" && e.orgSent < e.openerSent {
			// "Kyiv's military intelligence service, the HUR, is far less
			// restrained. By its count, …": the body the sentence before
			// opened with, not one it named in passing
			return e.opener
		}
		return e.orgs[len(e.orgs)-1] // "the Defense Ministry's own arithmetic … By its count, …"
	}
	if i == 1 && after && (toks[0].low == "his" || toks[0].low == "her") && toks[2].low == ":" {
		// "The Head of State returned to the subject … His figure: more
		// than 3,000": the sentence before's subject
		if idx-e.openerPersonSent == 1 && e.openerPerson != "" {
			return e.openerPerson
		}
		return e.person
	}
	if (t.cls&cEstimate != 0 || t.low == "account" || t.low == "view") && i >= 2 && (toks[i-1].low == "his" || toks[i-1].low == "her") &&
		(toks[i-2].low == "in" || toks[i-2].cls&cBy != 0) {
		return e.person // "In his account, roughly 11,000 …": the person named last
	}
	if t.cls&cEstimate != 0 && after && (toks[i+1].capital || toks[i+1].low == "the") {
		if who, ok := gaveThem(s, i+1); ok {
			return e.resolveTitle(who) // "those were the estimates South Korea's NIS gave lawmakers"
		}
	}
	if t.cls&cEstimate != 0 && after && toks[i+1].low == "that" && ownEstimate(toks, i) {
		// "The agency stood by its earlier estimate that …": the
		// sentence's subject owns it
		return e.resolveTitle(npAfter(s, 0))
	}
	if t.cls&cEstimate != 0 && t.cls&cReport != 0 && !(i > 0 && toks[i-1].poss) && after &&
		(toks[i+1].low == "of" || toks[i+1].low == "from") && !hasNumber(toks) && !estimateOfLosses(toks, i+2) {
		return e.resolveTitle(npAfter(s, i+2))
	}
	return ""
}

// estimateOfLosses reports "an estimate of North Korea's war dead", what
// was estimated, at j: a possessive whose noun phrase counts people.
func estimateOfLosses(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+4; k++ {
		if k > j && (lossNouns[toks[k].low] || peopleNouns[toks[k].low] && toks[k].low != "north") && toks[k-1].capital && !toks[k-1].poss {
			return true // "an estimate of North Korean losses": whose losses, not whose estimate
		}
		if toks[k].poss {
			for m := k + 1; m < len(toks) && m <= k+2; m++ {
				if lossNouns[toks[m].low] || toks[m].low == "dead" || toks[m].low == "wounded" || peopleNouns[toks[m].low] || newcomers[toks[m].low] || forceNames[toks[m].low] {
					return true // "its first estimate of North Korea's reinforcements"
				}
			}
			return false
		}
	}
	return false
}

// gaveThem reads the name at j when an offering verb follows it: the
// estimates "South Korea's National Intelligence Service gave lawmakers".
func gaveThem(s sentence, j int) (string, bool) {
	toks := s.toks
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		switch {
		case offerVerbs[t.low] || t.low == "gave" || t.low == "provided":
			return npAfter(s, j), k > j
		case t.kind != tWord || !t.capital && t.cls&cOrg == 0 && !t.poss:
			return "", false
		}
	}
	return "", false
}

// ownEstimate reports "its estimate", "their earlier estimate" at i.
func ownEstimate(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch l := toks[k].low; {
		case l == "its" || l == "their":
			return true
		case toks[k].kind != tWord || toks[k].capital:
			return false
		}
	}
	return false
}

// offerVerbs give an estimate without being reporting verbs themselves.
var offerVerbs = set("given", "gave", "gives", "offered", "offers", "published", "issued", "settled")

// givenFigures are what an offering verb gives: "offered a lower estimate".
var givenFigures = set("range", "estimate", "figure", "split", "breakdown", "tally", "count", "toll", "number", "total", "assessment")

// gaveEstimate finds the verb of "has given a range", "offered an
// estimate", "offered a much lower estimate", "settled on a range" when i
// is the noun, or -1.
func gaveEstimate(toks []token, i int) int {
	if i >= 2 && (toks[i].low == "numbers" || toks[i].low == "figures" || toks[i].low == "estimates") && offerVerbs[toks[i-1].low] &&
		i+1 < len(toks) && (toks[i+1].low == "ranging" || toks[i+1].low == "of" || toks[i+1].low == "between") {
		return i - 1 // "officials have given numbers ranging from 10,000 to 12,000"
	}
	if i < 2 || toks[i].cls&cGiven == 0 {
		return -1
	}
	d := i - 1 // the article, across "a much lower estimate", "its own, far smaller split"
	for d > 0 && d >= i-5 && (toks[d].low == "," || toks[d].kind == tWord && !toks[d].capital && toks[d].low != "a" && toks[d].low != "an" &&
		(strings.HasSuffix(toks[d].low, "er") || strings.HasSuffix(toks[d].low, "ly") || toks[d].low == "much" || toks[d].low == "far" || toks[d].low == "new" || toks[d].low == "own")) {
		d--
	}
	if toks[d].low != "a" && toks[d].low != "an" && toks[d].low != "its" && toks[d].low != "their" || d < 1 {
		return -1
	}
	v := d - 1
	if toks[v].low == "on" && v > 0 {
		v-- // "settled on a range"
	}
	if v >= 2 && (isMonthWord(toks[v].low) || toks[v].cls&cTime != 0) && (toks[v-1].low == "in" || toks[v-1].low == "last") {
		v -= 2 // "settled in December on a range"
	}
	if v >= 1 && briefedNouns[toks[v].low] && offerVerbs[toks[v-1].low] {
		v-- // "gave lawmakers a sharply higher estimate"
	}
	if !offerVerbs[toks[v].low] {
		return -1
	}
	return v
}

// briefedNouns are who an estimate is given to: "gave lawmakers a … estimate".
var briefedNouns = set("lawmakers", "legislators", "reporters", "journalists", "parliament", "congress")

// passiveReport reports a reporting verb in the passive: "is estimated",
// "were assessed", "has been reported", or a bare participle with its agent,
// "estimated by the Pentagon".
func passiveReport(toks []token, i int) bool {
	switch toks[i].low {
	case "estimated", "assessed", "believed", "reported", "thought", "said", "put", "cited", "counted", "confirmed",
		"briefed", "told", "informed":
	default:
		return false
	}
	if i+1 < len(toks) && toks[i+1].low == "by" && i > 0 && !toks[i-1].capital && agentAt(toks, i+2) {
		return true
	}
	if (toks[i].low == "estimated" || toks[i].low == "put" || toks[i].low == "assessed") && i+2 < len(toks) && toks[i+1].low == "at" &&
		toks[i+2].low != "least" && toks[i+2].low != "most" {
		// a headline's "N. Korean Casualties in Russia Estimated at Around
		// 1,100": the losses are estimated
		for j := i - 1; j >= 0 && j >= i-4 && toks[j].kind == tWord; j-- {
			if lossNouns[toks[j].low] {
				return true
			}
		}
	}
	j := i - 1
	for j >= 0 && (toks[j].low == "also" || toks[j].low == "now" || toks[j].low == "widely" || toks[j].low == "generally") {
		j--
	}
	return j >= 0 && beForms[toks[j].low]
}

// agentAfterFigure finds the agent a passive verb at i names after its
// figure, "put at roughly 11,000 soldiers by the NIS": a name after "by"
// in the same clause, or -1.
func agentAfterFigure(toks []token, i int) int {
	figure := false
	for k := i + 1; k+1 < len(toks) && k <= i+10; k++ {
		switch t := toks[k]; {
		case t.kind == tNum:
			figure = true
		case t.low == "," || t.low == ";" || t.low == "." || t.low == "and":
			return -1
		case t.low == "by" && figure:
			j := k + 1
			if toks[j].low == "the" {
				j++
			}
			if j < len(toks) && toks[j].capital && toks[j].kind == tWord {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// agentAt reports that the words at k can name an agent: "by the
// Pentagon", "by Yonhap"; "confirmed by name" names none.
func agentAt(toks []token, k int) bool {
	return k < len(toks) && (toks[k].capital || toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an")
}

// subjectOf finds who stands before (or, after a quotation, behind) the
// reporting verb at i.
func (e *entities) subjectOf(s sentence, i, idx int) string {
	toks := s.toks
	j := skipBack(toks, i-1)
	if j < 0 {
		return ""
	}
	if toks[j].low == "," {
		j = beforeKnownAs(s, j)
	}
	if j >= 3 && estimateVerbs[toks[i].low] && andItsAllies(toks, j-2) {
		j -= 3 // "Ukraine and its allies had put the deployment at": the country that gives the figure
	}
	if k := relativeBefore(toks, j); k >= 0 {
		// "Rep. Lee Seong-kweun of the ruling People Power Party, who sits on
		// the committee, briefed": the member, not the party
		if who, _ := npBefore(s, affiliationBack(toks, k)); who != "" {
			return e.resolveTitle(e.expand(who)) // "Severny Veter, which has 400,000 subscribers, wrote"
		}
	}
	if toks[j].low == "who" && j >= 1 && toks[j-1].kind == tWord && !toks[j-1].poss {
		// "Western officials who briefed journalists in February give a
		// much higher figure": the officials
		if who, _ := npBefore(s, j-1); who != "" {
			return e.resolveTitle(e.expand(who))
		}
	}
	if k := whoClauseBefore(toks, j); k >= 0 {
		// "Western officials who spoke to DW on condition of anonymity
		// put": the officials, not the condition
		if who, _ := npBefore(s, k); who != "" {
			return e.resolveTitle(e.expand(who))
		}
	}
	switch toks[j].low {
	case "he", "she":
		if idx == e.openerPersonSent && e.openerPerson != "" && j > 1 {
			// "The Ukrainian leader called for an exchange of the two
			// soldiers, who he said were held in Kyiv": the sentence's own
			// subject
			return e.openerPerson
		}
		if idx-e.openerPersonSent == 1 && e.openerPerson != "" {
			return e.openerPerson // the last sentence's subject, not whom it named after
		}
		return e.person
	case "it":
		if who := openingAgency(s, j); who != "" {
			return e.resolveTitle(who) // "The Pentagon, slow at first, caught up when it estimated …"
		}
		for k := j - 1; k >= 0; k-- {
			if toks[k].poss && toks[k].cls&cAgencyHead != 0 {
				// "the ministry's daily briefings claim heavy losses, which
				// it now puts at 49,000": the ministry
				if who, _ := npBefore(s, k); who != "" {
					return e.resolveTitle(strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s"))
				}
			}
		}
		if idx-e.openerSent == 1 && e.opener != "" && (j <= 3 || afterOpeningPhrase(toks, j) || toks[j-1].low == ",") && (e.org == "" || e.orgSent < e.openerSent) {
			// "South Korea's spy agency has been ahead … Last week it said",
			// "… In a briefing for lawmakers on Wednesday, it put", "…
			// Some 11,000 are in Russia, it believes"
			return e.opener
		}
		if idx-e.orgSent <= 2 {
			return e.org
		}
		return ""
	case "they":
		if idx-e.orgSent <= 1 {
			return e.org // "The agency said … They said"
		}
		if idx-e.pluralSent == 1 && e.plural != "" {
			return e.plural // "Western officials have painted a bleaker picture. … they said"
		}
		return ""
	case "which", "who":
		// "South Korea's spy agency, which told lawmakers that …"
		if j >= 2 && toks[j-1].low == "," {
			k := j - 2
			if toks[k].low == ")" && k >= 3 && toks[k-2].low == "(" {
				k -= 3 // "the National Intelligence Service (NIS), which said"
			}
			// "Rep. Lee Seong-kweun of the ruling People Power Party, who
			// spoke": the member, not the party
			if who, start := npBefore(s, affiliationBack(toks, k)); who != "" {
				return e.resolveTitle(e.expand(relayed(s, start, who)))
			}
		}
		return ""
	case "its", "their":
		if j == 0 && toks[i].cls&cEstimate != 0 {
			// "The National Intelligence Service told MPs … Its estimate
			// puts casualties at around 3,000": the body just named
			if idx-e.openerSent == 1 && e.opener != "" {
				return e.opener
			}
			if idx-e.orgSent <= 1 {
				return e.org
			}
			return ""
		}
	case "we", "i", "you", "that":
		return ""
	case "to":
		// "…, only for Zelensky to announce that …": the infinitive's subject
		if who, start := npBefore(s, j-1); who != "" && (toks[start].low == "for" || start > 0 && toks[start-1].low == "for") {
			return e.resolveTitle(e.expand(who))
		}
		return ""
	}
	if who := e.expand(e.person); strings.Contains(who, " ") && theTitle(toks, j) {
		return who // "Lee Seong-kweun relayed the briefing. … , the lawmaker said"
	}
	if toks[j].low == "and" && j >= 1 {
		// "The NIS was first to warn, in October, and put the force at …",
		// "Two days earlier, Gerasimov thanked the troops and claimed …":
		// the verb after "and" shares the sentence's subject
		var who string
		if toks[j-1].low == "," || datelineEnd(toks) > 0 {
			// (after "SEOUL, South Korea (AP) —" the sentence's own subject)
			who = openingName(s)
		} else if who = afterOpener(s); who == "" && openingVerb(s) {
			who = openingName(s) // "Gerasimov praised the troops and claimed …"
		}
		if who != "" {
			return e.resolveTitle(e.expand(who))
		}
		return e.resolveTitle(e.expand(coordinatedSubject(s, j)))
	}
	if statementNouns[toks[j].low] && j >= 1 && toks[j-1].low == "the" && (j == 1 || toks[j-2].kind != tWord) {
		// "the JCS said in a report … Casualties are around 4,000, the
		// report said": the document of the one just named
		if idx-e.orgSent <= 2 {
			return e.org
		}
		return ""
	}
	for k := j; k >= 2 && k >= j-4 && toks[k].kind == tWord; k-- {
		if briefingWords[toks[k].low] && toks[k-1].cls&cOrg != 0 {
			// "Intelligence officials briefing British journalists earlier
			// this year said": the officials, not whom they briefed
			if org, _ := npBefore(s, k-1); org != "" {
				return e.resolveTitle(e.expand(org))
			}
		}
	}
	if toks[j].low == "official" && j >= 1 && (toks[j-1].low == "the" || toks[j-1].low == "an") {
		// "Thousands more have been wounded, the official added": the
		// unnamed official met before, where "an official" is someone new;
		// "official" alone names no one ("Washington's first official
		// estimate" has no speaker)
		if toks[j-1].low == "an" {
			return "an official"
		}
		return e.earlierUnnamed("official")
	}
	j = affiliationBack(toks, j)
	if who, start := npBefore(s, j); who != "" {
		if (toks[start].low == "its" || toks[start].low == "their") && start < j && isLowerCase(trimPhrase(s, toks[start+1:j+1])) {
			// "South Korea's Joint Chiefs of Staff had published a count. Its
			// analysts estimated …": the body the sentence before opened
			// with; but "Its National Intelligence Service" is a name
			owner := ""
			if idx-e.openerSent == 1 && e.opener != "" {
				owner = e.opener
			} else if idx-e.orgSent <= 1 && e.org != "" {
				owner = e.org
			}
			if rest := trimPhrase(s, toks[start+1:j+1]); owner != "" && isAgency(rest) {
				// "Ukraine's military says … Its military intelligence
				// agency says": a body of the owner's country, not the owner
				if k := strings.Index(owner, "'s "); k > 0 {
					owner = owner[:k]
				}
				return owner + "'s " + rest
			}
			if owner != "" {
				return owner
			}
		}
		if hasLowerPrefix(who, "our ") || hasLowerPrefix(who, "my ") {
			if rest := who[strings.IndexByte(who, ' ')+1:]; !isLowerCase(rest) {
				return e.resolveTitle(rest) // "Our National Intelligence Service told lawmakers"
			}
			return "" // "COL. LEE: Our military assesses …": the line's speaker, if any
		}
		if inLower(governments, who) && start >= 2 && toks[start-1].low == "in" {
			// "the Ministry of Defence in London said": the ministry speaks
			if org, _ := npBefore(s, start-2); org != "" {
				return org + " in " + who
			}
		}
		if start >= 1 && (toks[start-1].low == "in" || toks[start-1].low == "to") &&
			(toks[i].low == "estimated" || i+1 < len(toks) && toks[i+1].low == "at" && (toks[i].low == "put" || toks[i].low == "placed" || toks[i].low == "pegged")) {
			// "N. Korea's war dead in Russia estimated at 600", "casualties
			// in Russia put at about 3,000": the place of the dead, and the
			// verb's a participle
			return ""
		}
		if acr := acronymAfter(toks, j, i); acr != "" && isLowerCase(who) {
			return who + " (" + acr + ")" // "the military intelligence service (HUR) said": named, not the last intelligence service
		}
		if head := listHead(s, start, who); head != "" {
			return head + strings.TrimPrefix(strings.TrimPrefix(who, "The "), "the ")
		}
		return e.resolveTitle(e.expand(relayed(s, start, who)))
	}
	// ", said the Joint Chiefs of Staff" or "Zelensky, speaking on TV, said"
	if toks[j].low == "," || toks[j].low == `"` {
		if who := npAfter(s, i+1); who != "" && (t0(toks, i) == "said" || t0(toks, i) == "says") && invertedSpeaker(s, i+1) {
			return e.expand(who)
		}
		// "An independent outlet, Mediazona, has confirmed": the name in commas
		if who, start := npBefore(s, j-1); who != "" && start > 0 && toks[start-1].low == "," {
			if name, _ := npBefore(s, start-2); titleOnly(who) && name != "" && toks[start-2].capital && isPerson(name) {
				return e.expand(name) // "Andriy Yusov, the agency's spokesman, told": the man, not his title
			}
			return e.expand(who)
		}
		for k := j - 1; k >= 0 && k > j-25; k-- {
			if toks[k].low == "," {
				n := k - 1
				if n >= 3 && toks[n].low == ")" && toks[n-2].low == "(" {
					n -= 3 // "Ukraine's military intelligence agency (HUR), in its latest update, put"
				}
				who, _ := npBefore(s, n)
				return e.expand(who)
			}
			if toks[k].low == `"` {
				break
			}
		}
	}
	return ""
}

// listHead reads the names before a list's last two, "Kyiv, " in "Kyiv,
// Washington and Seoul have each estimated": npBefore stops at the comma.
// Every name must be capitalised and the list must open the sentence, so
// "In Seoul, Yoon and Kim said" and "The NIS, lawmakers Lee and Park said"
// stay as they were.
func listHead(s sentence, start int, who string) string {
	toks := s.toks
	first := start
	if toks[first].low == "the" && first+1 < len(toks) {
		first++ // "Ukraine, the United States and South Korea"
	}
	if !strings.Contains(who, " and ") || !toks[first].capital || toks[first].cls&cNotSpeaker != 0 {
		return ""
	}
	k := start
	for k >= 2 && toks[k-1].low == "," {
		name, st := npBefore(s, k-2)
		if name == "" || k-2-st > 3 || strings.Contains(name, " and ") {
			return ""
		}
		for _, t := range toks[st : k-1] {
			if !t.capital && t.low != "the" || t.cls&cNotSpeaker != 0 {
				return ""
			}
		}
		k = st
	}
	if k == start || k != datelineEnd(toks) {
		return ""
	}
	base := toks[0].start
	head := s.text[toks[k].start-base : toks[first].start-base]
	return strings.TrimPrefix(strings.TrimPrefix(head, "The "), "the ")
}

// listedSource reports a list of nationalities from the comma at k on,
// joined by "and", that ends in a source's noun: ", South Korean and US
// intelligence".
func listedSource(toks []token, k int) bool {
	end, _, joined := listEnd(toks, k)
	return joined && end < len(toks) && toks[end].cls&cOrg != 0
}

// afterPossessor gives a name past its country's possessive: "President
// Volodymyr Zelensky" of "Ukraine's President Volodymyr Zelensky".
func afterPossessor(who string) string {
	for _, sep := range []string{"'s ", "’s "} {
		if i := strings.Index(who, sep); i > 0 && !strings.Contains(who[:i], " ") {
			return who[i+len(sep):]
		}
	}
	return ""
}

// titleOnly reports a speaker named only by a title: "the agency's
// spokesman", "a senior official".
func titleOnly(who string) bool {
	if rest := afterPossessor(who); rest != "" {
		who = rest // "Ukraine's president": a title, its country aside
	}
	f := strings.Fields(strings.ToLower(who))
	if len(f) >= 3 && (personTitles[f[0]] || f[0] == "head") && f[1] == "of" {
		return true // "President of Ukraine", "chief of the Russian General Staff"
	}
	return len(f) > 0 && (unnamed[f[len(f)-1]] || personTitles[f[len(f)-1]]) && strings.ToLower(who) == who
}

// theTitle reports "the lawmaker", "the Ukrainian president" ending at j:
// a title with the definite article and no name, the person named before.
func theTitle(toks []token, j int) bool {
	if !personTitles[toks[j].low] || toks[j].capital {
		return false
	}
	k := j - 1
	if k >= 1 && toks[k].kind == tWord && !toks[k].capital && toks[k].low != "the" {
		k-- // "the former minister"
	}
	if k == 2 && toks[k].low == "the" && toks[1].cls&cTime != 0 && (toks[0].low == "on" || toks[0].low == "last") {
		return true // "On Saturday the president said"
	}
	return k >= 0 && toks[k].low == "the" && (k == 0 || toks[k-1].low == "," || toks[k-1].low == `"`)
}

// openingVerb reports a sentence that opens with a name and then a verb,
// not a label ("Recap: On Saturday, …").
func openingVerb(s sentence) bool {
	k := 0
	if k < len(s.toks) && s.toks[k].low == "the" {
		k++
	}
	for k < len(s.toks) && (s.toks[k].kind == tWord && (s.toks[k].capital || s.toks[k].poss) ||
		k > 0 && s.toks[k].low == "." && s.toks[k-1].capital && len(s.toks[k-1].text) <= 4) {
		k++ // "Rep. Lee Seong-kweun of the ruling People Power Party, …": past a title's full stop
	}
	if k > 0 && k+2 < len(s.toks) && s.toks[k].low == "(" && s.toks[k+2].low == ")" {
		k += 3 // "Ukraine's Special Operations Forces (SSO) have published …"
	}
	return k > 0 && k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].capital
}

// afterOpener gives the name that follows a sentence's opening phrase of
// time or place: "Two days earlier, Russia's chief of staff Gerasimov …".
func afterOpener(s sentence) string {
	for k := 1; k < len(s.toks)-1 && k <= 5; k++ {
		if s.toks[k].low == "," {
			return nameAt(s, k+1)
		}
		if s.toks[k].kind != tWord && s.toks[k].kind != tNum {
			return ""
		}
	}
	return ""
}

// openingName gives the name a sentence opens with, if it opens with one,
// after its dateline or its time ("Two days earlier, Russia's chief of the
// General Staff, Valery Gerasimov, had thanked …").
func openingName(s sentence) string {
	k := datelineEnd(s.toks)
	k = max(k, timeOpenerEnd(s.toks, k))
	if k+2 < len(s.toks) && s.toks[k].low == "on" && weekdays[s.toks[k+1].low] {
		k += 2 // "On Monday President Volodymyr Zelensky went further"
	}
	j := k
	for j < len(s.toks) && j < k+3 && bareTimeWords[s.toks[j].low] {
		j++
	}
	if j > k && j < len(s.toks) && (spanWords[s.toks[j-1].low] || s.toks[j-1].cls&cTime != 0) {
		k = j // "Late last month South Korea's Joint Chiefs of Staff said …"
	}
	return nameAt(s, k)
}

// bareTimeWords open a sentence with its time and no comma: "Late last
// month", "Earlier this week".
var bareTimeWords = set("late", "early", "earlier", "later", "last", "this", "next", "mid", "month", "week", "year", "weeks", "months")

// timeOpenerEnd gives where a sentence goes on after an opening phrase of
// time at k, "Two days earlier,", "On Monday,", "In December,"; 0 when it
// has none.
func timeOpenerEnd(toks []token, k int) int {
	comma := -1 // most sentences have none this early: nothing else is read
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].low == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return 0
	}
	timed := false
	for j := k; j <= comma; j++ {
		t := toks[j]
		switch {
		case t.low == ",":
			if timed && j > k {
				return j + 1
			}
			return 0
		case t.kind == tNum || t.kind == tWord && (t.cls&cTime != 0 || spanWords[t.low] || isMonthWord(t.low) || t.low == "earlier" || t.low == "later"):
			timed = true
		case unitWords[t.low] > 0: // "Three days later,"
		case t.kind != tWord || !timeOpenerWords[t.low]:
			return 0
		}
	}
	return 0
}

// timeOpenerWords may stand in an opening phrase of time besides its
// days, months and spans.
var timeOpenerWords = set("on", "in", "last", "this", "hours", "hour", "minutes", "two", "three", "four", "five", "several", "a", "few", "the", "day", "days", "earlier", "later", "before", "after", "that", "by", "early", "late", "mid")

// datelineEnd is where a sentence starts after its dateline, "SEOUL –",
// "SEOUL, Jan 13 (Reuters) -", "SEOUL, South Korea (AP) —": a city in
// capitals, a date, a country and an agency, then a dash.
func datelineEnd(toks []token) int {
	if end := headingEnd(toks); end > 0 {
		return end
	}
	k := 0
	for k < len(toks) && k < 3 && toks[k].kind == tWord && len(toks[k].text) > 1 && isUpperCase(toks[k].text) {
		k++
	}
	if k == 0 {
		return 0
	}
	if k+2 < len(toks) && toks[k].low == "(" {
		// "SEOUL (AP) —"
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].low == ")" {
				k = j + 1
				break
			}
		}
	}
	if k+2 < len(toks) && toks[k].low == "," {
		// "SEOUL, Jan 13 (Reuters) -", "SEOUL, South Korea (AP) —": a
		// date, a country and an agency, no word in lower case
		j := k + 1
		for j < len(toks) && j < 14 && toks[j].low != "-" && (toks[j].kind != tWord || toks[j].capital || isMonthWord(toks[j].low)) {
			j++
		}
		if j < len(toks) && toks[j].low == "-" {
			k = j
		}
	}
	if k < len(toks) && toks[k].low == "-" {
		return k + 1
	}
	return 0
}

// headingEnd gives where a sentence goes on after a newsletter's heading in
// capitals, "WHERE THE NUMBERS CAME FROM:", or 0. A speaker's label in
// capitals, "MS. SINGH:", "THE VICE PRESIDENT:", has no word like "where"
// or "from" in it.
func headingEnd(toks []token) int {
	heading := false
	for j := 0; j < len(toks) && j < 9; j++ {
		switch t := toks[j]; {
		case t.low == ":":
			if heading {
				return j + 1
			}
			return 0
		case t.kind != tWord || !isUpperCase(t.text):
			return 0
		case headingWords[t.low]:
			heading = true
		}
	}
	return 0
}

var headingWords = set("where", "what", "why", "how", "from", "on", "in", "for", "and", "about")

// nameAt gives the name that starts at token k, after an article.
func nameAt(s sentence, k int) string {
	if k < len(s.toks) && s.toks[k].low == "the" {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].capital || s.toks[k].cls&cNotSpeaker != 0 {
		return ""
	}
	if _, ok := readQuantity(s.toks, k); ok {
		return "" // "Two North Korean soldiers … have said they want to go": the men counted, no name
	}
	return npAfter(s, k)
}

// openingPerson gives the person a sentence opens with, by name or by
// title ("Ukraine's president spoke …", the president named before if any),
// when a verb or an apposition follows; "" for any other opening. who is
// the sentence's openingName.
func (e *entities) openingPerson(s sentence, who string) string {
	if who == "" {
		return ""
	}
	// It runs for every sentence: cheap tests first, and no string built.
	after, appos := "", false
	if at := strings.Index(s.text, who); at >= 0 && at < 32 { // after a dateline or a time: "Two days earlier, …"
		after = s.text[at+len(who):]
		appos = strings.HasPrefix(after, ", ")
	}
	if appos {
		if name, _, ok := strings.Cut(after[2:], ","); ok && personName(name) {
			return name // "Russia's chief of the general staff, Valery Gerasimov, had praised"
		}
	}
	if !openingVerb(s) && !(appos && (strings.HasPrefix(after, ", a ") || strings.HasPrefix(after, ", the "))) {
		return "" // "Lee Seong-kweun, a lawmaker on the committee, relayed …" opens with him too
	}
	if isAgency(who) {
		return ""
	}
	last := lastField(who)
	switch {
	case inLower(personTitles, last) || strings.EqualFold(last, "leader"):
		if named := e.resolveTitle(who); named != "" {
			return named
		}
		return who
	case personName(who):
		return who
	case titledName(who):
		return who // "Secretary of State Antony Blinken went further"
	}
	return ""
}

// titledName reports a person's name after a title of several words,
// "Secretary of State Antony Blinken".
func titledName(who string) bool {
	if strings.Count(who, " ") < 3 || !inLower(personTitles, firstField(who)) {
		return false
	}
	last := strings.LastIndexByte(who, ' ')
	name := strings.LastIndexByte(who[:last], ' ') // the last two words
	return personName(who[name+1:])
}

// beforeKnownAs reads a speaker past an aside that says what they are
// known as, the comma at j closing it: "The agency, known by its Ukrainian
// initials HUR, said" is the agency's, as if the aside were not there, and
// "Yusov, a spokesperson for the agency, known as HUR, told" Yusov's, whose
// own aside goes on into it. It gives j unchanged for any other comma.
func beforeKnownAs(s sentence, j int) int {
	toks := s.toks
	for k := j - 1; k >= 1 && k >= j-10; k-- {
		if toks[k].low != "," {
			continue
		}
		if toks[k+1].low != "known" && !(toks[k+1].low == "also" && toks[k+2].low == "known") {
			return j
		}
		_, start := npBefore(s, k-1)
		if start >= 1 && (toks[start-1].low == "a" || toks[start-1].low == "an" || toks[start-1].low == "the") {
			start--
		}
		if start >= 2 && toks[start-1].low == "," {
			return k // the name's own aside, "Yusov, a spokesperson for the agency,"
		}
		if start >= 3 && toks[start-2].low == "who" && toks[start-3].low == "," {
			return k // "Kyrylo Budanov, who heads Ukraine's military intelligence agency, known as HUR,": his
		}
		return k - 1
	}
	return j
}

// afterOpeningPhrase reports token j just past the comma that closes a
// sentence's opening phrase, "In a briefing on Wednesday, it put": the
// first comma, with no name before it to refer to.
func afterOpeningPhrase(toks []token, j int) bool {
	if j < 2 || toks[j-1].low != "," || !openingPreps[toks[0].low] {
		return false
	}
	for k := 1; k < j-1; k++ {
		if toks[k].low == "," || toks[k].capital && !timeWords[toks[k].low] && !months[toks[k].low] {
			return false
		}
	}
	return true
}

// labelColonAfter reports a colon a few words after token i with no
// figure but a year before it: a fact box's label, "Casualty estimate of
// the NIS in April 2025:".
func labelColonAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		switch {
		case toks[k].low == ":":
			return true
		case toks[k].kind == tNum && !isYear(toks[k]):
			return false
		}
	}
	return false
}

// openingPreps open a phrase of when or where before a sentence's subject.
var openingPreps = set("in", "on", "at", "after", "during", "last", "earlier", "later", "before", "since")

// openingAgency gives the agency a sentence opens with, when "it" at j
// comes later in that sentence: the clause's own subject, not whoever
// spoke last.
func openingAgency(s sentence, j int) string {
	who := openingName(s)
	if who == "" || !isAgency(who) || strings.Count(who, " ") >= j {
		return ""
	}
	return who
}

// relativeBefore steps back over ", which has 400,000 subscribers," (and a
// bracket before it) ending at the comma j, to the name the clause is
// about; -1 when j ends no such clause.
func relativeBefore(toks []token, j int) int {
	if toks[j].low != "," {
		return -1
	}
	for k := j - 1; k >= 2 && k >= j-20; k-- {
		switch toks[k].low {
		case ",", `"`:
			return -1
		case "which", "who":
			if toks[k-1].low != "," {
				return -1
			}
			k -= 2
			if toks[k].low == ")" {
				for k > 0 && toks[k].low != "(" {
					k--
				}
				k--
			}
			return k
		}
	}
	return -1
}

// whoClauseBefore steps back over a clause "who spoke to DW on condition
// of anonymity" without commas, ending at j, to the speaker it describes;
// -1 when j ends no such clause.
func whoClauseBefore(toks []token, j int) int {
	for k := j; k >= 1 && k >= j-12; k-- {
		switch {
		case toks[k].low == "who":
			if k == j || toks[k-1].kind != tWord || toks[k-1].cls&cOrg == 0 && !(toks[k-1].capital && k >= 2) {
				return -1 // "Veterans who support our troops say": no speaker's name
			}
			return k - 1
		case toks[k].kind != tWord || toks[k].low == "that" || toks[k].low == "which" || toks[k].low == "by":
			return -1
		case toks[k].cls&cReport != 0 && (k == 0 || toks[k-1].low != "who"):
			// "Lawmakers who attended the briefing said the spy agency
			// believes": the clause ended at "said"; but "who spoke to DW"
			return -1
		}
	}
	return -1
}

// affiliations are what a speaker's "of the …" names: "Lee Seong-kweun of
// the ruling party said", "Kim of parliament's intelligence committee said".
var affiliations = set("party", "bloc", "caucus", "committee", "parliament", "assembly")

// affiliationBack steps back over a speaker's affiliation ending at j, to
// the speaker before "of": the party does not speak, its member does.
func affiliationBack(toks []token, j int) int {
	if j < 0 || !affiliations[toks[j].low] {
		return j
	}
	for k := j - 1; k > 0 && k >= j-5; k-- {
		switch {
		case toks[k].low == "of":
			if toks[k-1].kind == tWord && toks[k-1].capital {
				return k - 1
			}
			return j
		case toks[k].kind != tWord && !toks[k].poss:
			return j
		}
	}
	return j
}

// invertedSpeaker reports that the name after ", said" ends its clause:
// ", said the NIS." names a speaker; ", said North Korea had sent …" opens
// what was said.
func invertedSpeaker(s sentence, j int) bool {
	toks := s.toks
	k := j
	for k < len(toks) && toks[k].kind == tWord && (toks[k].capital || toks[k].cls&cOrg != 0 || toks[k].low == "a" || toks[k].low == "one") {
		if _, ok := unitWords[toks[k].low]; ok && k > j && toks[k].capital || ok && k == j && toks[k].low != "one" {
			return false // a headline's ", Says Nine Soldiers Died": what was said, in title case
		}
		k++
	}
	if k < len(toks) && (toks[k].low == "on" || toks[k].low == "in") {
		// ", said the Ministry of Defence in London", but ", said North
		// Korean forces in Kursk had suffered …": a verb after the place
		p := k + 1
		for p < len(toks) && toks[p].kind == tWord && (toks[p].capital || toks[p].low == "the") {
			p++
		}
		return p == k+1 || p >= len(toks) || toks[p].cls&cAux == 0
	}
	return k >= len(toks) || toks[k].kind == tPunct || toks[k].cls&cTime != 0
}

// skipBack steps left from j over adverbs and auxiliaries ("has now
// said") and over an acronym in brackets ("Defence Intelligence (HUR) said").
func skipBack(toks []token, j int) int {
	for j >= 0 {
		switch {
		case toks[j].cls&cAux != 0,
			(toks[j].low == "all" || toks[j].low == "both" || toks[j].low == "each") && j >= 1 && (toks[j-1].capital || toks[j-1].cls&cAux != 0):
			j-- // "Kyiv, Seoul and Washington all put", "… have each estimated"
		case toks[j].low == ")" && j >= 2 && toks[j-2].low == "(":
			j -= 3
		case toks[j].cls&cTime != 0:
			// "a briefing by the NIS on Thursday said": the day is no speaker
			j--
			if j >= 0 && (toks[j].low == "on" || toks[j].low == "last" || toks[j].low == "this") {
				j--
			}
		case j >= 2 && toks[j].low == "time" && (toks[j-1].low == "the" || toks[j-1].low == "that") && toks[j-2].low == "at":
			j -= 3 // "Ukrainian officials at the time gave a range": when, not who
		case j >= 3 && toks[j].low == "time" && ordinalWords[toks[j-1].low] && toks[j-2].low == "the" && toks[j-3].low == "for":
			j -= 4 // "North Korean state media for the first time put a number on it"
		case j >= 1 && (toks[j-1].low == "by" || toks[j-1].low == "in") && isMonthWord(toks[j].low):
			j -= 2 // "…, and by mid-November put the force at": the date is no speaker
		case j >= 1 && toks[j-1].low == "for" && spanWords[toks[j].low],
			j >= 1 && toks[j-1].low == "since" && (isMonthWord(toks[j].low) || toks[j].low == "then"):
			j -= 2 // "The Pentagon has for weeks put it at": the span is no speaker
		case sharedWith(toks, j) > 0:
			j = sharedWith(toks, j) - 1 // "A Western intelligence assessment shared with European journalists put"
		default:
			return j
		}
	}
	return j
}

// sharedWith gives where "shared with European journalists" begins, when
// it ends at j after an estimate's noun: to whom it went, not who gave it.
func sharedWith(toks []token, j int) int {
	for p := j - 1; p >= 1 && p >= j-5; p-- {
		if (toks[p].low == "shared" || toks[p].low == "leaked" || toks[p].low == "presented" || toks[p].low == "provided") &&
			(toks[p+1].low == "with" || toks[p+1].low == "to") && (estimateNouns[toks[p-1].low] || statementNouns[toks[p-1].low]) {
			return p
		}
	}
	return -1
}

func t0(toks []token, i int) string { return toks[i].low }

// isMonthWord reads "December", "mid-November", "early-2025"'s month.
func isMonthWord(w string) bool { return months[bareMonth(w)] }

// relayed turns "the NIS, lawmaker Lee said" into "the NIS, via lawmaker Lee".
func relayed(s sentence, start int, who string) string {
	if start < 2 || s.toks[start-1].low != "," || !inLower(relayers, firstField(who)) {
		return who
	}
	if agency, _ := npBefore(s, start-2); agency != "" && agency != who {
		return agency + ", via " + who
	}
	return who
}

var relayers = set("lawmaker", "legislator", "mp", "spokesman", "spokesperson", "spokeswoman", "official",
	"rep.", "rep", "representative", "congressman", "congresswoman")

// npBefore reads the name that ends at token j: capitalised words,
// possessives and the lower-case words of official titles.
func npBefore(s sentence, j int) (string, int) {
	toks := s.toks
	k := j
	for k >= 0 {
		t := toks[k]
		if t.kind == tNum && isOrdinal(t.low) && k < j && !(k > 0 && isMonthWord(toks[k-1].low)) {
			k-- // "Ukraine's 47th mechanised brigade"; "on April 30th the NIS" is a date
			continue
		}
		if t.kind != tWord || t.cls&cNotSpeaker != 0 && t.capital || t.cls&cNotSpeaker != 0 && k == j {
			break
		}
		if !t.capital && t.cls&cOrg == 0 && !t.poss || t.cls&cTime != 0 {
			break // "Last Friday the agency said": the day is no part of the name
		}
		k--
	}
	return trimPhrase(s, toks[k+1:j+1]), k + 1
}

// countries name the country of a nationality.
var countries = [][2]string{{"south korean", "South Korea's"}, {"ukrainian", "Ukraine's"}, {"russian", "Russia's"}}

// theCountrys reads "the country's spy agency" after "a South Korean
// lawmaker" as "South Korea's spy agency": the country the sentence named.
func theCountrys(s sentence, who string) string {
	rest, ok := strings.CutPrefix(who, "country's ")
	if !ok {
		return ""
	}
	// the nationality named last before "citing" is the speaker's, or
	// before "country's" where nobody cites
	l := strings.ToLower(s.text)
	end := strings.LastIndex(l, "citing")
	if end < 0 {
		end = strings.Index(l, "country's")
	}
	best, at := "", -1
	for _, c := range countries {
		if k := strings.LastIndex(l[:max(end, 0)], c[0]); k > at {
			best, at = c[1], k
		}
	}
	if best == "" {
		return ""
	}
	return canonicalSource(best + " " + rest)
}

// isOrdinal reads "47th", "1st", "22nd", "3rd".
func isOrdinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// npAfter reads the name that starts at token j.
func npAfter(s sentence, j int) string {
	toks := s.toks
	if j >= len(toks) {
		return "" // a figure that ends its sentence has no name after it
	}
	k := j
	for k < len(toks) {
		t := toks[k]
		if t.low == "." && k > j && abbreviations[toks[k-1].low] && k+1 < len(toks) && toks[k+1].capital {
			k++ // "Rep. Lee Seong-kweun": a title's full stop ends no name
			continue
		}
		if t.low == "and" && k > j && sharedNamed(toks, k+1) {
			k++ // "Western and South Korean intelligence": two sides' one source
			continue
		}
		if t.low == "," && k > j && isNationality(toks[k-1].text) && listedSource(toks, k) {
			k++ // "Ukrainian, South Korean and US intelligence": three sides' one source
			continue
		}
		// "the country's spy agency": a possessive common noun opens a name
		owner := t.poss && (t.low == "country" || t.low == "nation" || t.low == "government")
		if t.kind != tWord || (!t.capital && t.cls&cOrg == 0 && t.low != "a" && t.low != "an" && t.low != "one" && !owner) || t.cls&cNotSpeaker != 0 && k > j {
			break
		}
		k++
	}
	return trimPhrase(s, toks[j:min(k, len(toks))])
}

// sharedNamed reports capitalised words from k on that end in a word that
// names a source, "South Korean intelligence", "U.S. officials": the second
// half of a source two sides share.
func sharedNamed(toks []token, k int) bool {
	start := k
	for k < len(toks) && toks[k].capital && toks[k].kind == tWord {
		k++
	}
	return k > start && k < len(toks) && (toks[k].cls&cNamed != 0 || toks[k].cls&cEstimate != 0) // "… and South Korean estimates"
}

var edgeWords = set("the", "of", "and", "a", "an", "for")

// trimPhrase drops function words at the edges and keeps the phrase only if
// it names someone.
func trimPhrase(s sentence, toks []token) string {
	for len(toks) > 0 && toks[0].cls&cEdge != 0 && !toks[0].capital {
		toks = toks[1:]
	}
	for len(toks) > 0 && (toks[len(toks)-1].cls&cEdge != 0 || len(toks) > 1 && weekdays[toks[len(toks)-1].low]) {
		toks = toks[:len(toks)-1] // "the spy agency Thursday": when, not who
	}
	if len(toks) == 0 || len(toks) > 12 {
		return ""
	}
	named := false
	for _, t := range toks {
		if (t.capital && t.cls&cNotSpeaker == 0) || t.cls&cNamed != 0 {
			named = true
		}
	}
	if !named {
		return ""
	}
	text := s.text
	base := s.toks[0].start
	out := text[toks[0].start-base : toks[len(toks)-1].end-base]
	out = strings.TrimPrefix(out, "The ")
	return strings.TrimPrefix(out, "the ")
}

func isUnnamed(who string) bool {
	return inLower(unnamed, lastField(who)) // a last word: spaces have no case
}

// nameAfterTitle reports a title followed by its holder's name, "chief of
// the general staff Valery Gerasimov": no one named before is meant.
func nameAfterTitle(who string) bool {
	f := strings.Fields(who)
	if len(f) < 4 {
		return false
	}
	a, b := f[len(f)-2], f[len(f)-1]
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(ra) && unicode.IsUpper(rb) && !inLower(agencyHeads, b) && !inLower(agencyHeads, a)
}

// resolveTitle gives a bare title ("the agency", "the minister") the name
// the article gave it before: the last person for a person's title, else the
// last organisation. Unnamed sources stay as they are.
func (e *entities) resolveTitle(who string) string {
	if strings.HasSuffix(who, "head of state") && e.person != "" {
		return e.person // "the head of state said": the president named before
	}
	if n, f0, f1 := fieldsUpTo3(who); n == 2 && (f1 == "president" || f1 == "leader") {
		for k := len(e.leaders) - 1; k >= 0; k-- {
			if e.leaders[k].nation == nationKey(f0) {
				return e.leaders[k].name // "the Ukrainian leader": the president, not the general named since
			}
		}
	}
	if n, f0, f1 := fieldsUpTo3(who); e.person != "" && (n == 2 && (personTitles[f1] || f1 == "leader") && isNationality(f0) && !e.leadsAnother(e.person, f0) ||
		n == 1 && inLower(personTitles, f0)) {
		return e.person // "Ukrainian president", "the Ukrainian leader", "the President" named before
	}
	if f := firstField(who); (f == "chief" || f == "head" || f == "commander") && strings.HasPrefix(who[len(f):], " of the ") && e.person != "" && !nameAfterTitle(who) {
		return e.person // "Gerasimov said …. According to the chief of the General Staff, …": the chief named before
	}
	if who == "" || !isLowerCase(who) {
		return e.fullerName(who)
	}
	switch firstField(who) {
	case "one", "a", "an", "another":
		return who // "according to one commander": someone new, not the one named before
	}
	if isUnnamed(who) {
		return e.earlierUnnamed(who)
	}
	last := lastField(who)
	if mediaWords[last] || roleNouns[last] {
		// "state media reported": no outlet named before is it; "a
		// pro-war military blogger" is no body named before either
		return who
	}
	if last == "military" && (who == "military" || who == "the military") {
		for k := len(e.orgs) - 1; k >= 0; k-- {
			if militaryBody(e.orgs[k]) {
				return e.orgs[k] // "the Joint Chiefs of Staff briefed … The military's assessment"
			}
		}
	}
	if personTitles[last] || titleWords[last] {
		if e.person != "" {
			return e.person
		}
		return who
	}
	// An institution, not a capital standing for a government: in "the NIS
	// said, the first time Seoul has said…", "the agency" is the NIS; and
	// an agency before lawmakers or officials.
	if agencyHeads[last] {
		spy := strings.Contains(who, "spy") || strings.Contains(who, "intelligence")
		for k := len(e.orgs) - 1; k >= 0; k-- {
			if isAgency(e.orgs[k]) && (!spy || spyAgency(e.orgs[k])) {
				return e.orgs[k] // "the spy agency": the intelligence service, not the news agency named since
			}
		}
		if spy {
			return who // "the country's spy agency" after the Joint Chiefs: no body named yet is it
		}
	}
	for k := len(e.orgs) - 1; k >= 0; k-- {
		if !inLower(governments, e.orgs[k]) {
			return e.orgs[k]
		}
	}
	return who
}

// fullerName gives a name cut short its full form named before: "the
// Joint Chiefs say" after "the Joint Chiefs of Staff in Seoul".
func (e *entities) fullerName(who string) string {
	if !strings.Contains(who, " ") {
		return who // one word is an acronym or a place, never cut short
	}
	for k := len(e.orgs) - 1; k >= 0; k-- {
		if o := e.orgs[k]; len(o) > len(who)+4 && strings.HasPrefix(o, who) && strings.HasPrefix(o[len(who):], " of ") {
			return o
		}
	}
	return who
}

// countrysBody reports a country's institution named by its common noun:
// "South Korea's military", "Ukraine's government", which a later "it"
// stands for.
func countrysBody(name string) bool {
	i := strings.Index(name, "'s ")
	if i <= 0 {
		return false
	}
	switch name[i+3:] {
	case "military", "army", "government", "armed forces", "navy":
		return true
	}
	return false
}

// militaryBody reports the name of an armed force's command or ministry.
func militaryBody(name string) bool {
	for _, w := range []string{"Staff", "Military", "Army", "Armed Forces", "Defense", "Defence"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// mediaWords end a description of the press, which speaks for itself.
var mediaWords = set("media", "press", "outlets", "television", "tv", "newspapers")

// titleNation gives the country of a head of state's title at i,
// "Ukrainian President …", "President of Ukraine …", "" for any other title.
func titleNation(toks []token, i int) string {
	if toks[i].low == "minister" && i >= 2 && toks[i-1].low == "prime" && toks[i-2].capital && (toks[i-2].poss || isNationality(toks[i-2].text)) {
		return nationKey(toks[i-2].low) // "Slovakia's prime minister, Robert Fico": no Ukrainian president
	}
	if toks[i].low != "president" {
		return ""
	}
	if i >= 1 && isNationality(toks[i-1].text) {
		return nationKey(toks[i-1].low)
	}
	if i+2 < len(toks) && toks[i+1].low == "of" && isNationality(toks[i+2].text) {
		return nationKey(toks[i+2].low)
	}
	return ""
}

// leadsAnother reports who as the leader of a nation other than nation's:
// "Slovakia's prime minister, Robert Fico … Ukraine's president said" is
// not Fico.
func (e *entities) leadsAnother(who, nation string) bool {
	key := nationKey(nation)
	for _, l := range e.leaders {
		if l.name == who && l.nation != key {
			return true
		}
	}
	return false
}

// nationKey gives one name for a country's adjective and its possessive:
// "ukrainian", "ukraine's" and "ukraine" are all "ukraine".
func nationKey(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
	switch w {
	case "ukrainian":
		return "ukraine"
	case "russian":
		return "russia"
	case "american", "u.s.":
		return "us"
	}
	return w
}

// isNationality reports a country's adjective or possessive: "Ukrainian",
// "Russia's", "South Korean" (its last word).
func isNationality(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch strings.ToLower(w) {
	case "ukrainian", "ukraine", "russian", "russia", "korean", "american", "british", "us", "u.s.", "kremlin":
		return true
	}
	return false
}

// earlierUnnamed gives a bare "officials" the fuller name the article gave
// them before: "U.S. officials said … the officials said" are the same people.
func (e *entities) earlierUnnamed(who string) string {
	if strings.Contains(who, " ") {
		return who
	}
	for k := len(e.orgs) - 1; k >= 0; k-- {
		if o := e.orgs[k]; strings.HasSuffix(o, " "+who) {
			return o
		}
	}
	return who
}

// remember keeps who as the last person or organisation named.
func (e *entities) remember(who string, idx int) {
	if isPerson(who) {
		e.person = who
		e.persons = append(e.persons, who)
		return
	}
	e.org, e.orgSent = who, idx
	e.orgs = append(e.orgs, who)
}

// expand gives a surname its full name when the article named it before.
func (e *entities) expand(who string) string {
	if rest, ok := cutPronoun(who); ok && agencyHeads[rest] && e.person != "" {
		// "Budanov told The War Zone … His agency, known by its Ukrainian
		// initials HUR, said": the agency of the one just named
		return e.person + "'s " + rest
	}
	if who == "" || strings.Contains(who, " ") {
		return who
	}
	for k := len(e.persons) - 1; k >= 0; k-- {
		if p := e.persons[k]; strings.HasSuffix(p, " "+who) || familyFirst(p, who) {
			return p
		}
	}
	return who
}

// cutPronoun gives what follows "his" or "her" at the start of who.
func cutPronoun(who string) (string, bool) {
	for _, p := range []string{"His ", "his ", "Her ", "her "} {
		if rest, ok := strings.CutPrefix(who, p); ok {
			return rest, true
		}
	}
	return "", false
}

// familyFirst reports a Korean name, family name first, whose family name
// is who: "Lee" for "Lee Seong-kweun" or "lawmaker Lee Seong-kweun", whose
// given name is hyphenated.
func familyFirst(name, who string) bool {
	if f := strings.Fields(name); len(f) >= 3 && f[len(f)-3] == who && koreanFamilies[who] {
		return true // "Kim" for "Kim Jong Un", the given name in two words
	}
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !strings.Contains(name[i+1:], "-") {
		return false
	}
	rest := name[:i]
	return rest[strings.LastIndexByte(rest, ' ')+1:] == who
}

// koreanFamilies are family names a Korean name written in three words
// opens with.
var koreanFamilies = set("Kim", "Lee", "Park", "Pak", "Choe", "Choi", "Ri", "Yi", "Jung", "Kang", "Cho", "Yoon", "Han", "Shin")

// governments are the capitals and countries that stand for a government:
// no agency's name.
var governments = set("seoul", "kyiv", "kiev", "moscow", "washington", "pyongyang", "beijing",
	"london", "tokyo", "brussels", "paris", "berlin", "ukraine", "russia", "korea", "states",
	"kremlin", "us", "u.s.", "south korea", "north korea", "the kremlin")

var places = set("seoul", "kyiv", "kiev", "moscow", "washington", "pyongyang", "beijing", "london",
	"tokyo", "brussels", "paris", "berlin", "ukraine", "russia", "korea", "states", "nato", "kremlin",
	"pentagon", "bbc", "reuters", "cnn", "tass", "yonhap", "kcna", "nis", "hur", "gur", "sbu", "us", "u.s.")

// isPerson tells a person's name from an organisation's or a place's by
// its last word: "… Gen Oleksandr Syrskyi" against "… Intelligence Agency".
func isPerson(who string) bool {
	last := lastField(who)
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(last, ")"), "'s"), "’s")
	if inLower(places, w) || inLower(orgWords, w) || isUpperCase(last) {
		return false
	}
	return true
}

var titleWords = set("president", "minister", "commander", "general", "top", "senior", "former",
	"deputy", "head", "chief", "lawmaker", "spokesman", "spokeswoman", "spokesperson", "the", "of",
	"military", "defence", "defense", "foreign")

// personTitles come before a person's name: "Defence Minister Ivan Petrenko".
var personTitles = set("president", "minister", "gen", "general", "col", "colonel", "commander",
	"lawmaker", "spokesman", "spokeswoman", "spokesperson", "chief", "adviser", "advisor", "mr",
	"ms", "mrs", "dr", "lt", "maj", "secretary", "ambassador", "director", "envoy", "rep", "sen", "legislator", "leader")

// rememberAgencies keeps the agencies a sentence names, speaking or not,
// so that a later "the agency said" is the one named: "a briefing by South
// Korea's National Intelligence Service … In September, the agency told
// lawmakers …".
func (e *entities) rememberAgencies(s sentence) {
	for i, t := range s.toks {
		if t.kind != tWord || t.cls&cAgencyHead == 0 || i+1 < len(s.toks) && s.toks[i+1].capital {
			continue
		}
		if who, start := npBefore(s, i); who != "" && strings.Contains(who, " ") && (t.capital || start == 0 && namedOwner(who)) {
			// "South Korea's National Intelligence Service", and "Ukraine's
			// military intelligence agency", a country's body by what it
			// does, when a sentence opens with it
			if noun, rest, ok := strings.Cut(who, " of "); ok && isLowerCase(noun) {
				who = strings.TrimPrefix(rest, "the ") // "assessment of the National Intelligence Service": the agency
			}
			e.orgs = append(e.orgs, canonicalSource(who))
		}
	}
}

// rememberPlural notes unnamed people a sentence speaks of by where they
// are from, "Western intelligence officials", "U.S. officials".
func (e *entities) rememberPlural(s sentence, idx int) {
	toks := s.toks
	for i, t := range toks {
		if !pluralSources[t.low] || i == 0 {
			continue
		}
		k := i - 1
		for k >= 0 && toks[k].kind == tWord && !toks[k].capital && toks[k].low != "the" && k > i-3 {
			k-- // "Western intelligence officials"
		}
		if k < 0 || toks[k].kind != tWord || !toks[k].capital || !isNationality(toks[k].low) && toks[k].low != "western" && toks[k].low != "american" {
			continue
		}
		e.plural, e.pluralSent = trimPhrase(s, toks[k:i+1]), idx
		return
	}
}

var pluralSources = set("officials", "sources")

// namedOwner reports a phrase that opens with a name's possessive:
// "Ukraine's military intelligence agency".
func namedOwner(who string) bool {
	i := strings.Index(who, "'s ")
	if i < 0 {
		i = strings.Index(who, "’s ")
	}
	r, _ := utf8.DecodeRuneInString(who)
	return i > 0 && unicode.IsUpper(r) && !strings.Contains(who[:i], " ")
}

// isAgency reports a name of an agency: "South Korea's National
// Intelligence Service", "NIS", "Ukraine's Defence Intelligence".
func isAgency(name string) bool {
	if strings.Count(name, " ") >= 2 && isUpperCase(name) {
		return false // "WHERE THE NUMBERS CAME FROM", a heading in capitals
	}
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, "(),")
		if inLower(agencyHeads, w) || strings.EqualFold(w, "intelligence") || len(w) >= 2 && len(w) <= 5 && isUpperCase(w) {
			return true
		}
	}
	return false
}

// spyAgency reports an intelligence service's name: "National
// Intelligence Service", "NIS", "HUR".
func spyAgency(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "()',"), "'s"), "’s")) {
		case "intelligence", "spy", "nis", "hur", "gur":
			return true
		}
	}
	return false
}

var agencyHeads = set("agency", "service", "directorate", "ministry", "staff", "pentagon")

// rememberTitled keeps the names of people introduced by their title, so a
// later "he told TSN" can be resolved even if they said nothing before.
func (e *entities) rememberTitled(s sentence) {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].cls&cTitle == 0 {
			continue
		}
		title := i
		if (toks[i+1].low == "," || toks[i+1].low == ".") && i+3 < len(toks) {
			i++ // "Ukraine's military intelligence chief, Kyrylo Budanov, said", "Rep. Lee Seong-kweun"
		} else if toks[i+1].low == "of" && i+4 < len(toks) && toks[i+2].capital && isNationality(toks[i+2].text) {
			i += 2 // "President of Ukraine Volodymyr Zelensky has received a report"
		}
		if !toks[i+1].capital || !toks[i+2].capital {
			continue
		}
		end := i + 2
		for end+1 < len(toks) && toks[end+1].capital && toks[end+1].kind == tWord && toks[end+1].cls&cNotSpeaker == 0 {
			end++
		}
		if who, _ := npBefore(s, end); who != "" && isPerson(who) {
			e.person = who
			e.persons = append(e.persons, who)
			if nation := titleNation(toks, title); nation != "" {
				e.leaders = append(e.leaders, leader{nation, who})
			}
		}
		i = end
	}
}

// placedIn reports "put" as placing men, not estimating them: "Pyongyang
// has put roughly 12,000 soldiers in Russia".
func placedIn(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].low != "at"; k++ {
		q, ok := readQuantity(toks, k)
		if !ok {
			continue
		}
		for j := q.to + 1; j < len(toks) && j <= q.to+4 && toks[j].kind == tWord; j++ {
			if peopleNouns[toks[j].low] {
				return j+1 < len(toks) && (toks[j+1].low == "in" || toks[j+1].low == "into")
			}
		}
		return false
	}
	return false
}

// outletsOwn reports "an Ukrinform correspondent" from k on: the outlet's
// reporter, who heard the figure and gives none.
func outletsOwn(toks []token, k int) bool {
	if k < len(toks) && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
		k++
	}
	for k < len(toks) && toks[k].capital {
		k++
	}
	return k < len(toks) && (toks[k].low == "correspondent" || toks[k].low == "reporter") && (k+1 == len(toks) || toks[k+1].kind == tPunct)
}

// canonicalSource says who a descriptive name stands for. Outlets call
// South Korea's National Intelligence Service "Seoul's spy agency", "South
// Korea's intelligence service" or "South Korean intelligence"; the reader
// is told both what the report said and who that is. A joint or military
// estimate ("South Korean and Western intelligence", "South Korea's
// military intelligence") is someone else.
func canonicalSource(who string) string {
	if strings.HasPrefix(who, "Korea's ") || strings.HasPrefix(who, "Korea’s ") {
		who = "South " + who // Seoul's papers' "Korea's spy agency" is the South's
	}
	agency, via, relayed := strings.Cut(who, ", via ")
	if !mayBeKorean(agency) {
		return who
	}
	l := strings.ToLower(strings.ReplaceAll(agency, "’", "'"))
	korean := strings.Contains(l, "south korea") || strings.Contains(l, "seoul")
	spy := strings.Contains(l, "spy agency") || strings.Contains(l, "spy service") ||
		strings.Contains(l, "intelligence agency") || strings.Contains(l, "intelligence service") ||
		strings.HasSuffix(l, "intelligence")
	if !korean || !spy || strings.Contains(l, "national intelligence service") || strings.Contains(l, "(") {
		return who
	}
	for _, other := range []string{" and ", "western", "military", "defense", "defence", "allied"} {
		if strings.Contains(l, other) {
			return who
		}
	}
	agency += " (NIS)"
	if relayed {
		return agency + ", via " + via
	}
	return agency
}

// mayBeKorean is false when canonicalSource's test for South Korea or
// Seoul must fail: an ASCII name that has neither, in any case.
func mayBeKorean(agency string) bool {
	korea, ok := containsLower(agency, "south korea")
	if !ok || korea {
		return true
	}
	seoul, _ := containsLower(agency, "seoul")
	return seoul
}

// estimateNouns are what someone's figures are called: "by Seoul's count".
var estimateNouns = set("count", "counts", "estimate", "estimates", "tally", "reckoning",
	"calculation", "calculations", "assessment", "assessments", "figure", "figures", "data", "numbers", "update")

var byWords = set("by", "to", "on", "in")

// claimNouns are what a denial calls the other side's figures: "the Kiev
// regime's talk of 11,000".
var claimNouns = set("talk", "claim", "claims", "allegation", "allegations", "story", "stories")

// statementNouns name what someone said: "the statement by the Kiev
// authorities that two soldiers were captured".
var statementNouns = set("statement", "statements", "announcement", "claim", "claims", "assertion", "report", "briefing")

// reportBy finds who made the report at j, "an assessment released the
// same day by South Korea's Joint Chiefs of Staff": where the name after
// "by" begins, or -1.
func reportBy(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].low != "a" && toks[j].low != "an" && toks[j].low != "the" ||
		!statementNouns[toks[j+1].low] && !reportNouns[toks[j+1].low] {
		return -1
	}
	for k := j + 2; k+1 < len(toks) && k <= j+9; k++ {
		if toks[k].kind != tWord {
			return -1
		}
		if toks[k].low == "by" {
			if toks[k+1].low == "the" && k+2 < len(toks) {
				k++
			}
			if toks[k+1].capital {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// possessorOf reads whose estimate the noun at i is, in "by Seoul's count",
// "according to Kyiv's figures" or "the Kiev regime's claims of 11,000".
func possessorOf(s sentence, i int) string {
	toks := s.toks
	if i < 1 {
		return ""
	}
	if !toks[i-1].poss && toks[i].cls&cEstimate == 0 {
		return ""
	}
	if toks[i].cls&cClaimNoun != 0 && i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].low == "that") ||
		toks[i].cls&cStatement != 0 && toks[i-1].poss && statementThat(toks, i+1) {
		// "Zelensky's claim of 11,000", "Zelensky's statement on Monday
		// that North Korean losses had already exceeded 3,000"
		who, _ := npBefore(s, i-1)
		return strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")
	}
	if toks[i].cls&cEstimate == 0 {
		return ""
	}
	p := ownerBefore(toks, i)
	if p < 0 {
		return ""
	}
	if !toks[p].poss && i+2 < len(toks) && (toks[i+1].low == "of" || toks[i+1].low == "by") && toks[i+2].capital {
		return "" // "Casualty estimate of South Korea's NIS": whose, the name after says
	}
	who, start := npBefore(s, p)
	if who == "" || possessivePronouns[strings.ToLower(who)] {
		return "" // "Its estimate puts …": whose, the verb's subject says
	}
	switch {
	case toks[start].cls&cBy != 0 && start < p:
		// "By Kyiv's estimate" opening the sentence: the capital is no name
		who = trimPhrase(s, toks[start+1:p+1])
	case start == 0 || toks[start-1].low == "," || toks[start-1].low == ";" || i+1 < len(toks) && estimateStands[toks[i+1].low]:
		// "the Pentagon's estimate of the force stood at 11,000", "by
		// December the Pentagon's estimate was 11,000": the estimate is
		// what the clause is about
	case toks[start-1].cls&cBy == 0:
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")
}

// statementThat reports the "that" of what a statement said, at k or
// after its day: "statement that", "statement on Monday that".
func statementThat(toks []token, k int) bool {
	if k+2 < len(toks) && toks[k].low == "on" && timeWords[toks[k+1].low] {
		k += 2
	}
	return k < len(toks) && toks[k].low == "that"
}

// estimateStands are the verbs of an estimate that is a clause's subject.
var estimateStands = set("stood", "stands", "was", "is", "rose", "grew", "reached", "remained")

// ownerBefore finds the possessive that owns the estimate noun at i,
// across up to three plain modifiers: "Washington's first public
// estimate", "Seoul's January update". It gives -1 when there is none.
// verbMarks before an estimate word make it a verb: "now estimates".
var verbMarks = set("now", "also", "still", "currently", "already", "has", "have", "had", "again")

func ownerBefore(toks []token, i int) int {
	for p := i - 1; p >= 0 && p >= i-4; p-- {
		t := toks[p]
		switch {
		case t.poss:
			return p
		case isYear(t):
			// "the NIS's April 2025 estimate"
		case t.kind != tWord, t.capital && !months[t.low], t.cls&cBy != 0, t.cls&(cEdge|cNamed|cAgencyHead) != 0, verbMarks[t.low]:
			// "Lithuania's military intelligence now estimates": a verb
			return -1
		}
	}
	return -1
}
