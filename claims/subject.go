package claims

import "strings"

// subjectHit is a nationality cue in a sentence.
type subjectHit struct {
	from, to int
	subject  Subject
	strong   bool // names people ("North Korean troops"), not just a country
}

// cueSkippers before a cue make it a place or an opponent, not whose
// people are counted: "sent to Russia", "battles against the Ukrainian forces".
var cueSkippers = set("in", "into", "to", "near", "against", "opposite", "with", "alongside", "on", "for", "inside", "across", "toward", "towards",
	"by", "aboard", "among", "under", "onto",
	"fighting", "fight", "fought", "battling", "repel", "repelling", "dislodge", "dislodging", "attacking",
	"striking", "strike", "strikes", "struck", "hitting", "shelling", "shelled", "targeting", "targeted",
	"push", "pushing", "drive", "driving", "expel", "expelling", "oust", "ousting",
	// "to help Russia fight": the side helped, not whose people are sent
	"help", "helps", "helped", "helping", "assist", "assisting", "support", "supporting", "reinforce", "reinforcing", "bolster", "bolstering",
	"reinforces", "reinforced", "bolsters", "bolstered", "aid", "aiding", "aided",
	"join", "joins", "joined", "joining") // "sending 10,000 soldiers to join Russia's forces"

// regionNouns before "of" make the cue after it a place.
var regionNouns = set("region", "oblast", "province", "territory", "part", "parts", "border", "south", "north", "east", "west")

// cueOwners after a cue make it a speaker or a place: "Ukraine's Defense
// Intelligence", "Russia's Kursk region".
var cueOwners = set("intelligence", "president", "officials", "official", "defence", "defense",
	"ministry", "minister", "government", "authorities", "sources", "media", "kursk", "region",
	"border", "territory", "side", "leader", "state", "foreign", "embassy", "general", "commander", "commanders",
	"counter-disinformation", "centre", "center", "war", "invasion", "counteroffensive",
	"offensive", "analysts", "officer", "spy", "military", "parliament", "lawmakers", "news",
	"president's", "top", "main", "national", "security", "capital", "agency", "agencies", "staff", "services", "service",
	// "the Korean Central News Agency" names the speaker
	"central",
	// "3,000 soldiers are training at Russian bases": where, not whose
	"bases", "base", "soil", "training", "grounds", "camps", "facilities", "airfields",
	// "ferried … aboard four Russian navy landing ships": who carried them
	"navy", "ships", "vessels", "aircraft", "planes",
	// "put its own soldiers at Russia's disposal": who gets them
	"disposal")

// northVerbs after "the North" make it the North Korean state acting, not
// a compass point ("in the North of the country").
var northVerbs = set("has", "had", "is", "was", "sent", "sends", "lost", "deployed", "dispatched",
	"suffered", "says", "said", "admitted", "acknowledged", "denied", "will", "would", "paid", "kept",
	"appeared", "began", "continued", "rotated", "committed")

// drivenVerbs before "out" or "back" expel the people after them.
var drivenVerbs = set("driven", "drove", "driving", "drive", "pushed", "pushing", "push", "forced", "thrown", "kicked", "beaten")

// befellWords are people nouns that are also verbs: "Ukraine's incursion
// captured roughly 1,000 square kilometres" names no people of Ukraine's.
var befellWords = set("killed", "wounded", "injured", "captured")

// northAdverbs may stand between "the North" and its verb: "the North
// first sent".
var northAdverbs = set("first", "also", "reportedly", "now", "already", "then", "later", "since")

// subjectHits finds the nationality cues of a sentence.
func (x *Extractor) subjectHits(toks []token) []subjectHit {
	var out []subjectHit
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tWord {
			continue
		}
		p, ok := x.subjects.at(toks, i)
		if !ok && toks[i].text == "North" && i > 0 && toks[i-1].low == "the" &&
			(toks[i].poss || i+1 < len(toks) && northVerbs[toks[i+1].low] || i+2 < len(toks) && northAdverbs[toks[i+1].low] && northVerbs[toks[i+2].low]) ||
			!ok && toks[i].text == "North" && toks[i].poss && i > 0 && toks[i-1].low == "of" {
			// "the North's losses", "the North has sent", a headline's "toll
			// of North's Russia deployment": how Korean copy names Pyongyang
			p, ok = phrase{words: []string{"north"}, subject: NorthKorea}, true
		}
		if !ok {
			continue
		}
		// "South Korean" is no cue for the North
		if i > 0 && toks[i-1].low == "south" {
			continue
		}
		end := i + len(p.words) - 1
		h := subjectHit{from: i, to: end, subject: p.subject}
		if skipCue(toks, i, end) {
			i = end
			continue
		}
		if end+1 < len(toks) && toks[end].poss && toks[end+1].low != "south" && x.subjectAt(toks, end+1) &&
			!(end+2 < len(toks) && (forceNames[toks[end+2].low] || lossNouns[toks[end+2].low])) {
			// "Russia's North Korean allies": the second names whose people;
			// but in "North's Russia deployment" and "N. Korea's Russia
			// casualties" the second is where
			i = end
			continue
		}
		if n := len(out); n > 0 && out[n-1].to == i-1 && toks[i-1].poss && end+1 < len(toks) && (forceNames[toks[end+1].low] || lossNouns[toks[end+1].low]) {
			i = end // "N. Korea's Russia casualties": where, the possessor's
			continue
		}
		h.strong = peopleNouns[toks[end].low] || (end+1 < len(toks) && (peopleNouns[toks[end+1].low] || forceNames[toks[end+1].low] ||
			!toks[end].poss && (lossNouns[toks[end+1].low] || toks[end+1].low == "killed" || toks[end+1].low == "wounded"))) || // "North Korean killed and wounded had exceeded 3,000"

			(end+2 < len(toks) && peopleNouns[toks[end+2].low] && !befellWords[toks[end+2].low] && toks[end+1].kind == tWord && !conjunctions[toks[end+1].low])
		out = append(out, h)
		i = end
	}
	return out
}

// sentBy reports a send verb just after the cue ending at to: "that
// Pyongyang has sent".
func sentBy(toks []token, to int) bool {
	k := to + 1
	for k < len(toks) && k <= to+3 && auxWords[toks[k].low] {
		k++
	}
	return k < len(toks) && sendVerbs[toks[k].low]
}

// inSourceList reports a country among those a figure is credited to,
// after the first: "according to estimates from the US, South Korea and
// Ukraine" names who counted, not whose people. (The first follows "to"
// or "from", which skipCue reads.) A cue that names people, "according to
// Kyiv, North Korean troops …", is whose they are.
func inSourceList(toks []token, from, to int) bool {
	if to+1 < len(toks) && (peopleNouns[toks[to+1].low] || forceNames[toks[to+1].low]) {
		return false
	}
	if listSpeaks(toks, to) {
		return true
	}
	if from < 2 {
		return false
	}
	switch toks[from-1].low {
	case "and":
	case ",":
		if to+1 >= len(toks) || toks[to+1].low != "," && toks[to+1].low != "and" {
			return false // "according to the President, Russia has …": the clause after the source
		}
	default:
		return false
	}
	for k := from - 1; k >= 1 && k >= from-12; k-- {
		switch t := toks[k]; {
		case t.low == "from" || t.low == "by":
			return sourceNouns[toks[k-1].low]
		case t.low == "to":
			return toks[k-1].low == "according"
		case t.low == "in":
			return usedVerbs[toks[k-1].low] // "a range used in Seoul, Washington and Kyiv alike"
		case t.low == "," || t.low == "and" || t.low == "the" || listedSources[t.low]:
			continue
		}
		return false
	}
	return false
}

// unitOfIts reports a cue that names a unit whose people a figure after
// counts: "struck a North Korean unit, killing eight of its soldiers"
// names the men struck, not the side they were struck beside.
func unitOfIts(toks []token, to int) bool {
	k := to + 1
	if k < len(toks) && !unitNouns[toks[k].low] && toks[k].kind == tWord {
		k++ // "a North Korean infantry unit"
	}
	if k >= len(toks) || !unitNouns[toks[k].low] {
		return false
	}
	for j := k + 1; j+2 < len(toks) && j <= k+6; j++ {
		if toks[j].low == "of" && toks[j+1].low == "its" && peopleNouns[toks[j+2].low] {
			return true
		}
	}
	return false
}

// listSpeaks reports a country in a list of them that goes on to a
// reporting verb: "Ukraine, the United States and South Korea put the
// force at 10,000 to 12,000" names who counted, not whose people.
func listSpeaks(toks []token, to int) bool {
	listed := false
	for k := to + 1; k < len(toks) && k <= to+12; k++ {
		switch t := toks[k]; {
		case t.low == "," || t.low == "and":
			listed = true
		case t.low == "the" || listedSources[t.low]:
		default:
			return listed && t.cls&cReport != 0 && k > to+1 && toks[k-1].low != "," && toks[k-1].low != "and"
		}
	}
	return false
}

// listedSources are the words of the countries a list of sources names.
var listedSources = set("us", "u.s.", "united", "states", "south", "north", "korea", "ukraine", "russia", "japan", "britain", "uk",
	"washington", "seoul", "kyiv", "kiev", "moscow", "tokyo", "london", "nato", "eu")

// usedVerbs before "in" and a list of capitals say where a figure is
// used, not whose people it counts.
var usedVerbs = set("used", "cited", "accepted", "shared", "quoted", "adopted")

// sourceNouns before "from" or "by" credit a figure to those named after.
var sourceNouns = set("estimates", "estimate", "figures", "data", "assessments", "assessment", "intelligence", "reports", "sources", "officials")

// placeBefore open a place's name.
var placeBefore = set("in", "into", "to", "near")

// actorVerbs after a country make it the one who declares, not whose
// people are counted.
var actorVerbs = set("declared", "declares", "denied", "denies", "insisted", "insists", "acknowledged",
	"acknowledges", "admitted", "admits", "proclaimed",
	// "after Moscow asked for help": who asked, not whose people went
	"asked", "asks", "requested", "requests",
	// "Ukraine knows where the camps are": who knows, not whose people
	"knows", "knew")

// silentVerbs after a country, negated or not, make it one that spoke or
// kept silent: "Moscow has not commented on these estimates".
var silentVerbs = set("commented", "comments", "responded", "responds")

// afterNegation skips "has not", "have never", "did not" from k on.
func afterNegation(toks []token, k int) int {
	for k < len(toks) && (toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had" || toks[k].low == "did" ||
		toks[k].low == "not" || toks[k].low == "never" || toks[k].low == "yet") {
		k++
	}
	return k
}

// gearNouns right after a cue name what it supplies, not its people.
var gearNouns = set("weapons", "rifles", "uniforms", "equipment", "gear", "ammunition", "passports", "documents", "rations", "kit")

// vehicleNouns after a cue make it the owner of the vehicles, not of the
// people they carry.
var vehicleNouns = set("vessels", "ships", "boats", "planes", "aircraft", "trains", "vehicles",
	"helicopters", "jets", "trucks", "ship", "vessel", "plane", "train")

// disguiseVerbs before "as a" say whom a man passed for.
var disguiseVerbs = set("pose", "posing", "posed", "pass", "passing", "passed", "disguised", "masquerading")

// countryNames are the sides' names, not their adjectives: after another's
// possessive they name a policy's or a venture's place.
var countryNames = set("russia", "ukraine", "korea")

// languageNouns after a nationality make it a language.
var languageNouns = set("initials", "acronym", "abbreviation", "name", "spelling", "transliteration")

// conjunctions join two cues, "Russia and North Korea": the noun after the
// second is not the first's.
var conjunctions = set("and", "or", "nor")

// subjectAt reports a nationality cue starting at token i.
func (x *Extractor) subjectAt(toks []token, i int) bool {
	_, ok := x.subjects.at(toks, i)
	return ok
}

func skipCue(toks []token, from, to int) bool {
	if from >= 1 && toks[from-1].low == "(" && to+1 < len(toks) && toks[to+1].low == ")" &&
		(to+2 == len(toks) || to+3 == len(toks) && toks[to+2].kind != tWord) {
		return true // "• 2 — soldiers captured by Ukraine, January 2025 (Ukraine)": who gave the row
	}
	if from >= 2 && (toks[from-1].low == "that" || toks[from-1].low == "which") &&
		(peopleNouns[toks[from-2].low] || forceNames[toks[from-2].low] || toks[from-2].low == "units") && !sentBy(toks, to) {
		// "a contingent that Moscow and Pyongyang agreed": who acts on the
		// men, not whose they are; but "the contingent that Pyongyang has
		// sent" is its own
		return true
	}
	prev := from - 1
	if prev >= 0 && (toks[prev].low == "the" || toks[prev].low == "a" || toks[prev].low == "both") {
		prev-- // "according to both Kyiv and Seoul"
	}
	if prev >= 0 && cueSkippers[toks[prev].low] && !((toks[prev].low == "among" || toks[prev].low == "on" || toks[prev].low == "for") && lossesAmong(toks, prev)) && !inflictedOn(toks, prev) && !estimatedForce(toks, to) && countedForce(toks, to) < 0 && !unitOfIts(toks, to) && !homeward(toks, prev) &&
		!(toks[prev].low == "for" && prev > 0 && toks[prev-1].low == "as") {
		// "fighting alongside Russian troops"; but "losses among North Korean
		// soldiers", "the toll on the North's side" and "a higher toll for
		// the North Korean force" are theirs, and "As
		// for the Russian army, its losses …" names whose they are
		return true
	}
	if inSourceList(toks, from, to) {
		return true
	}
	if prev >= 2 && toks[prev].low == "and" && toks[prev-1].capital && toks[prev-1].kind == tWord && placeBefore[toks[prev-2].low] && capitals[toks[from].low] {
		return true // "evacuated to hospitals in Kursk and Moscow": the second place, not whose men
	}
	if prev >= 1 && (toks[prev].low == "out" || toks[prev].low == "back") && drivenVerbs[toks[prev-1].low] {
		return true // "where Moscow says it has driven out Ukrainian forces": who was expelled, not counted
	}
	if prev >= 1 && prev == from-2 && (toks[from-1].low == "a" || toks[from-1].low == "an") && toks[prev].low == "of" && (toks[prev-1].low == "size" || toks[prev-1].low == "equivalent") {
		return true // "roughly the size of a Russian division": a yardstick, not whose men
	}
	if prev >= 1 && toks[prev].low == "of" && regionNouns[toks[prev-1].low] {
		return true // "the Kursk region of the Russian Federation": a place
	}
	if prev >= 1 && toks[prev].low == "of" && (toks[prev-1].cls&cTitle != 0 || cueOwners[toks[prev-1].low]) {
		return true // "President of Ukraine Volodymyr Zelensky": whose president, not whose people
	}
	if to+4 < len(toks) && toks[to+1].low == "side" && toks[to+2].low == "of" && toks[to+3].low == "the" && (toks[to+4].low == "border" || toks[to+4].low == "frontier") {
		return true // "along Russia's side of the border": a place
	}
	if to+2 < len(toks) && toks[to+1].low == "side" && toks[to+2].cls&cReport == 0 {
		if v := afterNegation(toks, to+2); v < len(toks) && (silentVerbs[toks[v].low] || toks[v].low == "confirmed" || toks[v].cls&cReport != 0) {
			return true // "figures the Russian side has never confirmed": who kept silent
		}
		return false // "the Ukrainian side lost 76,000": the side's people; "the Russian side said" speaks
	}
	if k := from - 1; k >= 1 && (toks[k].low == "a" || toks[k].low == "an") {
		k--
		if k >= 1 && toks[k].low == "as" && disguiseVerbs[toks[k-1].low] {
			return true // "had been told to pose as a Russian from Tuva": whom he passed for, not whose he is
		}
	}
	if to+1 < len(toks) && !toks[to].poss && gearNouns[toks[to+1].low] {
		return true // "the troops were given Russian weapons and uniforms": whose gear, not whose men
	}
	if vehicleAfter(toks, to) {
		return true // "four Russian navy vessels carried 1,500 soldiers": whose ships, not whose men
	}
	if from >= 1 && toks[from-1].poss && !toks[to].poss && countryNames[toks[to].low] && to+1 < len(toks) && toks[to+1].kind == tWord && !peopleNouns[toks[to+1].low] {
		return true // "Kim Jong Un's Russia gamble": the gamble's place, not whose troops
	}
	if to+2 < len(toks) && toks[to+1].low == "far" && toks[to+2].low == "east" {
		return true // "reached the Russian Far East": a place
	}
	if to+1 < len(toks) && toks[to+1].capital && outletWords[toks[to+1].low] {
		return true // "Kyiv Post's live coverage of the war": a newspaper's name
	}
	if to+1 < len(toks) && toks[to+1].low == "time" && !toks[to].poss {
		return true // "Last updated 21:20 Kyiv time": a clock
	}
	if to+1 < len(toks) && languageNouns[toks[to+1].low] {
		return true // "known by its Ukrainian initials HUR": a language, not a side
	}
	if to+1 < len(toks) && actorVerbs[toks[to+1].low] {
		return true // "after Russia declared Kursk retaken": who acted, not whose people
	}
	if from >= 1 && grantVerbs[toks[from-1].low] {
		return true // "the 6,000 builders Pyongyang promised Moscow": who is given them
	}
	if to+3 < len(toks) && toks[to+1].low == "and" && toks[to+2].capital && actorVerbs[toks[to+3].low] {
		return true // "Nobody outside Moscow and Pyongyang knows for sure": both act
	}
	if v := afterNegation(toks, to+1); v < len(toks) && silentVerbs[toks[v].low] {
		return true // "Moscow has not commented": who kept silent, not whose people
	}
	if to+1 < len(toks) && toks[to+1].cls&cEstimate != 0 && !toks[to].poss {
		return true // "and much higher Ukrainian assessments": whose estimate, not whose people
	}
	if sourcesListed(toks, from) {
		return true // "Estimates from Seoul, Washington and Kyiv have settled at": whose estimates
	}
	if lastListedSpeaker(toks, from, to) {
		return true // "Seoul, Washington and Kyiv broadly agreed last year that": the last of the speakers
	}
	if listedSpeakers(toks, to) {
		// "Ukrainian, American and South Korean officials broadly agree",
		// "Kyiv, Seoul and Washington all put the force at": one of the speakers
		return true
	}
	if to+2 < len(toks) && (toks[to+1].low == "both" || toks[to+1].low == "all") && toks[to+2].cls&cReport != 0 {
		return true // "a corps that Seoul and Kyiv both put at 11,000": the last of the speakers
	}
	if to+1 < len(toks) && (cueOwners[toks[to+1].low] || toks[to+1].cls&cReport != 0) {
		// "North Korean military personnel" counts people; "Ukraine's
		// military intelligence" is a speaker.
		// "North Korea's Kursk losses" are the North's, as its troops are
		peopleNext := toks[to+1].cls&cReport == 0 && (to+2 < len(toks) && (peopleNouns[toks[to+2].low] || lossNouns[toks[to+2].low]) ||
			to+3 < len(toks) && toks[to+2].kind == tWord && peopleNouns[toks[to+3].low]) // "North Korean military construction troops"
		return !peopleNext // "Ukraine's intelligence", "Kyiv said"
	}
	return false
}

// listedSpeakers reports a cue ending at to that opens a list of
// countries or nationalities ("Kyiv, Seoul and Washington", "Ukrainian,
// American and South Korean") which ends at a speaker's noun or verb.
func listedSpeakers(toks []token, to int) bool {
	if to+1 >= len(toks) || toks[to+1].low != "," && toks[to+1].low != "and" {
		return false
	}
	k, named, joined := listEnd(toks, to+1)
	if !named || !joined {
		return false // "Ukraine, Gerasimov claimed, had lost": a speaker aside, no list
	}
	for k < len(toks) && (toks[k].low == "all" || toks[k].low == "both" || toks[k].low == "each" || toks[k].cls&cAux != 0) {
		k++ // "Kyiv, Seoul and Washington all put", "… broadly agree"
	}
	return k < len(toks) && (cueOwners[toks[k].low] && toks[k].low != "kursk" && toks[k].low != "region" || toks[k].cls&cReport != 0)
}

// lastListedSpeaker reports a cue that ends a list of names before a
// reporting verb: "Seoul, Washington and Kyiv broadly agreed that".
func lastListedSpeaker(toks []token, from, to int) bool {
	if from < 2 || toks[from-1].low != "and" || !toks[from-2].capital {
		return false
	}
	j := from - 2
	for j > 0 && toks[j].capital && toks[j].kind == tWord {
		j--
	}
	listed := toks[j].low == ","
	k := to + 1
	for k < len(toks) && (strings.HasSuffix(toks[k].low, "ly") || toks[k].low == "all" || toks[k].low == "both" || toks[k].low == "each" || toks[k].cls&cAux != 0) {
		listed = listed || toks[k].low == "both" || toks[k].low == "all" // "Seoul and Kyiv have both put the contingent at"
		k++
	}
	if !listed {
		return false // "Kyiv and Moscow each put the other's losses at": two sides, each its own cue
	}
	if k >= len(toks) {
		return false
	}
	agree := (toks[k].low == "agree" || toks[k].low == "agreed" || toks[k].low == "agrees") && thatWithin(toks, k, 3)
	return toks[k].cls&cReport != 0 || agree
}

// sourcesListed reports a cue in a list of names after an estimate's
// "from" or "by": "Estimates from Seoul, Washington and Kyiv".
func sourcesListed(toks []token, from int) bool {
	k := from - 1
	for k >= 0 && k >= from-10 && (toks[k].low == "," || toks[k].low == "and" || toks[k].kind == tWord && toks[k].capital && !toks[k].poss) {
		k--
	}
	return k >= 1 && (toks[k].low == "from" || toks[k].low == "by") && toks[k-1].cls&cEstimate != 0
}

// listEnd reads a list of names from k on, "Kyiv, Seoul and
// Washington", ", South Korean and US": commas, "and" and capitalised
// words. It gives where the list ends, whether it named anyone and
// whether "and" joined them.
func listEnd(toks []token, k int) (end int, named, joined bool) {
	for end = k; end < len(toks) && end < k+12; end++ {
		switch t := toks[end]; {
		case t.low == "and":
			joined = true
		case t.low == ",":
		case t.kind == tWord && t.capital && !t.poss:
			named = true
		default:
			return end, named, joined
		}
	}
	return end, named, joined
}

// lossesAmong reports losses just before the "among" at k, or with only
// the verb that says they happened between: "losses among North Korean
// soldiers", "casualties have occurred among North Korean troops", and
// "… casualties have occurred" among North Korean troops" after a quote.
func lossesAmong(toks []token, k int) bool {
	for k--; k >= 0 && (lossesHappened[toks[k].low] || toks[k].low == `"`); k-- {
	}
	// "Killed and wounded among the North Korean soldiers", "Our figure for
	// North Korean soldiers in Russia is something like 10,000"
	return k >= 0 && (lossNouns[toks[k].low] || befellWords[toks[k].low] || toks[k].low == "dead" || figureNouns[toks[k].low] && toks[k+1].low == "for")
}

// estimatedForce reports a cue's force that a relative clause then
// counts: "alongside Russian forces that Ukrainian officials put at around
// 50,000 soldiers" are Russia's, wherever they fight.
func estimatedForce(toks []token, to int) bool {
	return to+3 < len(toks) && (forceNames[toks[to+1].low] || peopleNouns[toks[to+1].low]) && (toks[to+2].low == "that" || toks[to+2].low == "which") &&
		anyBetween(toks, estimateVerbs, to+3, min(len(toks), to+7))
}

// homeward reports the "to" of "sent back to North Korea", "repatriated
// to Russia": men who go home are that country's.
func homeward(toks []token, k int) bool {
	return toks[k].low == "to" && k > 0 && (toks[k-1].low == "back" || toks[k-1].low == "repatriated" || toks[k-1].low == "home")
}

// vehicleAfter reports a vehicle the cue ending at to names, "Russian
// navy vessels", "aboard Russian planes"; "sent back to North Korea by
// plane" names how, not whose.
func vehicleAfter(toks []token, to int) bool {
	for k := to + 1; k < len(toks) && k <= to+3 && toks[k].kind == tWord && toks[k].low != "by"; k++ {
		if vehicleNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// outletWords after a place name a newspaper: "Kyiv Post", "Kyiv
// Independent", "Moscow Times".
var outletWords = set("post", "independent", "times", "herald", "tribune", "daily")

// bodyNouns name a body of soldiers that a figure after "of" counts.
var bodyNouns = set("force", "forces", "contingent", "grouping", "group", "army", "corps")

// countedForce gives the figure that counts the cue's force, "a Russian
// grouping of around 50,000", or -1: the cue ends at to.
func countedForce(toks []token, to int) int {
	if to+3 >= len(toks) || !bodyNouns[toks[to+1].low] || toks[to+2].low != "of" {
		return -1
	}
	for k := to + 3; k < len(toks) && k <= to+6; k++ {
		if toks[k].kind == tNum {
			if _, start := readQualifier(toks, k); start == to+3 {
				return k
			}
			return -1
		}
	}
	return -1
}

// inflictedOn reports the "on" of "inflicted losses of up to 210
// servicemen on Ukrainian units": whose losses they are.
func inflictedOn(toks []token, on int) bool {
	if toks[on].low != "on" {
		return false
	}
	for k := on - 1; k >= 0 && k >= on-10; k-- {
		switch toks[k].low {
		case "inflicted", "inflicting", "inflict", "inflicts":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

var lossesHappened = set("have", "has", "had", "been", "were", "was", "occurred", "reported", "recorded",
	"suffered", "sustained", "mounted", "mounting", "so", "far", "already")

// pickSubject chooses whose people a figure counts: a cue on its noun
// first, then the nearest cue of its clause, then of its sentence.
func pickSubject(hits []subjectHit, toks []token, q quantity, noun int, clause [2]int) (Subject, bool) {
	for _, h := range hits {
		if noun > q.to && h.from > q.to && h.to <= noun {
			return h.subject, true // "7,000 North Korean troops", "500 North Koreans killed"
		}
		if noun > q.to && h.from == noun+2 && toks[noun+1].low == "from" {
			return h.subject, true // "10,000 soldiers from North Korea", whoever they join
		}
	}
	for _, h := range hits {
		if h.to < q.from && h.to >= q.from-4 && toks[h.to].poss {
			return h.subject, true // "Pyongyang's 10,000 troops"
		}
		if h.to < q.from && lossesOf(toks, h.from) && !hasNumber(toks[h.to+1:q.from]) {
			return h.subject, true // "the losses of the Kyiv regime … exceeded 76,000"
		}
		if h.to < q.from && (sender(toks, h.to, q.from) || loser(toks, h.to, q.from)) {
			return h.subject, true // "Pyongyang has sent some 11,000 troops", "Ukraine had lost more than 76,000"
		}
		if h.to+1 < q.from && h.to >= q.from-16 && toks[h.to].poss && lossNouns[toks[h.to+1].low] && !hasNumber(toks[h.to+1:q.from]) {
			// "Ukraine's losses in the Kursk region exceeded 76,000", "North
			// Korea's losses in the war between Russia and Ukraine have
			// reached around 4,700"
			return h.subject, true
		}
		if h.to+1 < q.from && h.to >= q.from-16 && lossNouns[toks[h.to+1].low] && !hasNumber(toks[h.to+1:q.from]) {
			// "North Korean losses near 4,000 as Kyiv offers prisoner swap",
			// "Russian losses in Kursk Oblast since the start of Ukraine's
			// incursion in August had passed 35,000"
			return h.subject, true
		}
		if h.to+3 < q.from && strings.HasSuffix(toks[h.to].low, "n") && (toks[h.to+1].low == "killed" || toks[h.to+1].low == "dead") &&
			(toks[h.to+2].low == "and" || toks[h.to+2].low == "or") && !hasNumber(toks[h.to+1:q.from]) {
			return h.subject, true // "North Korean killed and wounded had exceeded 3,000": the adjective's people
		}
		if h.to < q.from && h.from >= 2 && toks[h.from-1].low == "of" && toks[h.from-2].low == "number" && !hasNumber(toks[h.to+1:q.from]) {
			return h.subject, true // "The number of North Koreans killed has already exceeded a thousand"
		}
		if countedForce(toks, h.to) == q.from {
			// "would reinforce a Russian grouping of around 50,000 troops":
			// the force the figure counts is the cue's, whoever joins it
			return h.subject, true
		}
		if h.to+3 < q.from && estimatedForce(toks, h.to) && !hasNumber(toks[h.to+1:q.from]) {
			// "Russian forces that Ukrainian officials put at around 50,000
			// soldiers": the force the estimate is of
			return h.subject, true
		}
		if h.to+1 < q.from && toks[h.to].poss && lossNouns[toks[h.to+1].low] && lossesPutAt(toks, h.to+1, q.from) {
			// "North Korea's losses … have become a battle of numbers, which
			// Seoul puts at some 1,100 and Kyiv at more than 3,000"
			return h.subject, true
		}
	}
	if len(hits) == 2 && jointActor(toks, hits, 1) && (hits[1].to < clause[0] || hits[0].from > clause[1]) {
		// "Pyongyang and Moscow confirm deployment; NIS: about 4,700
		// casualties": two sides acting together, neither whose the
		// other clause's figure is
		return "", false
	}
	for _, strongOnly := range []bool{true, false} {
		for _, span := range [][2]int{clause, {0, len(toks) - 1}} {
			if s, ok := nearestHit(hits, toks, q, span, strongOnly); ok {
				return s, true
			}
		}
	}
	return "", false
}

// addedAfter reports ", adding" or ", saying" between the figure and a
// cue at h: the cue is in what else the speaker said.
func addedAfter(toks []token, to, h int) bool {
	for k := to + 2; k < h; k++ {
		if toks[k-1].low == "," && alsoSaid[toks[k].low] {
			return true
		}
	}
	return false
}

// lossesPutAt reports a figure put "at" by an estimating verb whose
// object is the losses at noun: the verb follows them, by way of "which"
// or "them", with no figure between.
func lossesPutAt(toks []token, noun, from int) bool {
	_, qs := readQualifier(toks, from)
	if !estimatedAt(toks, qs) {
		return false
	}
	for k := noun + 1; k < qs; k++ {
		if toks[k].kind == tNum {
			return false
		}
		if toks[k].low == "which" || toks[k].low == "them" || toks[k].low == "it" {
			return true
		}
	}
	return false
}

// jointCue reports whether the clause names a force of two sides, "Russian
// and North Korean forces": a figure of such a force is neither side's.
func jointCue(hits []subjectHit, toks []token, clause [2]int) bool {
	for k := 1; k < len(hits); k++ {
		a, b := hits[k-1], hits[k]
		if a.from >= clause[0] && b.to <= clause[1] && b.strong && a.subject != b.subject &&
			b.from == a.to+2 && toks[a.to+1].low == "and" {
			return true
		}
	}
	return false
}

var (
	placeCues  = set("ukraine", "kyiv", "kiev", "russia", "moscow")
	placePreps = set("to", "in", "into", "from", "across", "near", "inside", "reached", "entered", "through", "borders", "bordering")
)

// compass words stand between a preposition and its place: "into
// eastern Russia".
var compass = set("eastern", "western", "southern", "northern", "far", "central", "southwestern", "southwest")

// atPlace reports a place cue after a preposition of place, or a verb of
// reaching one: "to Russia", "into eastern Russia", "had reached Russia".
func atPlace(toks []token, from int) bool {
	if from > 0 && from+2 < len(toks) && toks[from+1].low == "far" && toks[from+2].low == "east" && (placePreps[toks[from-1].low] || from > 1 && toks[from-1].low == "the" && placePreps[toks[from-2].low]) {
		return true // "to Russian Far East": where
	}
	if !placeCues[toks[from].low] || from == 0 {
		return false
	}
	k := from - 1
	if compass[toks[k].low] && k > 0 {
		k--
	}
	if k > 0 && toks[k].low == "of" && (toks[k-1].low == "all" || toks[k-1].low == "whole") {
		return true // "Neither figure covers all of Russia": a place
	}
	return placePreps[toks[k].low]
}

// placeOnly reports a cue that only says where or by what means: "to
// Russia", "in Kyiv", "aboard Russian navy vessels".
func placeOnly(toks []token, from, to int) bool {
	if atPlace(toks, from) {
		return true
	}
	return vehicleAfter(toks, to)
}

func nearestHit(hits []subjectHit, toks []token, q quantity, span [2]int, strongOnly bool) (Subject, bool) {
	best, bestDist := Subject(""), 1<<30
	for hi, h := range hits {
		if h.from < span[0] || h.to > span[1] || (strongOnly && !h.strong) {
			continue
		}
		if h.from > q.to && jointActor(toks, hits, hi) {
			continue // "engineers dispatched under the agreement Moscow and Pyongyang reached": both sides, neither whose
		}
		if h.to < q.from && isAgent(toks, h.to, q.from) {
			continue // "Ukrainian forces killed 300 of them": the cue did the killing
		}
		if h.to < q.from && estimatesAt(toks, h.to, q.from) {
			continue // "Ukraine and its allies had put the deployment at 10,000-12,000 troops": who counted
		}
		if h.to < q.from && saidThatBetween(toks, h.to, q.from) {
			continue // "Intelligence services in Seoul, Kyiv and Washington agree that the first wave numbered 11,000 men": who says so
		}
		if actsViolently(toks, h.to) {
			continue
		}
		if h.from > q.to && struckThem(toks, h.to) {
			continue // "Two soldiers: Ukrainian special forces captured them": the captors
		}
		if h.from > q.to && sinceBetween(toks, q.to, h.from) {
			continue // "grown to 50,000 troops since Ukraine's raid": when, not whose
		}
		if h.from > q.to && (includedAfter(toks, h.from) || matchWords(toks, h.to+1, []string{"among", "them"}) || partOfAfter(toks, h.to)) {
			// "a force of 50,000 troops, including the North Koreans", "50,000
			// troops for Kursk push, North Koreans among them": a part of it
			continue
		}
		if atPlace(toks, h.from) {
			continue // "brought to Kyiv", "killed in Ukraine", "into eastern Russia": where, not whose
		}
		if h.from > q.to && toks[h.to].poss && (h.to+1 == len(toks) || toks[h.to+1].kind == tPunct) {
			continue // "roughly 3,000, is well below Kyiv's": whose estimate, its noun left out
		}
		if h.from > q.to && otherClauseAfter(toks, q.to, h.from) {
			// "… in the Kursk region, where Ukraine has held a strip", "…
			// the agency estimated in January, as Russian forces pushed":
			// another clause's people
			continue
		}
		if h.from > q.to && addedAfter(toks, q.to, h.from) {
			continue // "… at nearly 4,000, adding that Russia was throwing them in": what else was said
		}
		d := q.from - h.to
		if h.from > q.to {
			d = h.from - q.to
		}
		if d < bestDist {
			best, bestDist = h.Subject(), d
		}
	}
	return best, best != ""
}

func (h subjectHit) Subject() Subject { return h.subject }

// andItsAllies reports "and its allies" (or "their partners") from k on:
// the cue before it speaks for them all.
func andItsAllies(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].low == "and" && (toks[k+1].low == "its" || toks[k+1].low == "their") &&
		(toks[k+2].low == "allies" || toks[k+2].low == "partners")
}

// estimatesAt reports a cue, with its allies or not, that puts the figure
// at from "at" a value: "Ukraine and its allies had put the initial
// deployment at between 10,000 and 12,000 troops" counts no Ukrainians.
func estimatesAt(toks []token, to, from int) bool {
	k := to
	if k+3 < from && andItsAllies(toks, k+1) {
		k += 3
	}
	if j := listAfter(toks, k+1, from); j > k+1 {
		k = j - 1 // "Ukraine, South Korea and the US all put the number at"
		if toks[j].low == "all" || toks[j].low == "each" || toks[j].low == "both" {
			k = j
		}
	}
	if !speaks(toks, k) {
		return false
	}
	for j := from - 1; j > k && j >= from-3; j-- {
		if toks[j].low == "at" {
			return true
		}
	}
	return false
}

// listAfter gives where a list of names that a cue opens ends, before
// from: ", South Korea and the US" after "Ukraine". k when there is none.
func listAfter(toks []token, k, from int) int {
	if k >= from || toks[k].low != "," && toks[k].low != "and" {
		return k
	}
	j, joined := k, false
	for ; j < from && (toks[j].low == "," || toks[j].low == "and" || toks[j].low == "the" || toks[j].kind == tWord && toks[j].capital); j++ {
		joined = joined || toks[j].low == "and"
	}
	if !joined {
		return k
	}
	return j
}

// saidThatBetween reports "agree that", "say that" between a cue ending
// at to and the figure at from: the cue is among those who say it.
func saidThatBetween(toks []token, to, from int) bool {
	for k := to + 2; k < from; k++ {
		if toks[k].kind == tNum {
			return false
		}
		if toks[k].low == "that" && (reportingVerbs[toks[k-1].low] || toks[k-1].low == "agree" || toks[k-1].low == "agreed") {
			return true
		}
	}
	return false
}

// struckThem reports a cue ending at to that does to "them" what the
// figure counts: "Ukrainian special forces and paratroopers captured them".
func struckThem(toks []token, to int) bool {
	for k := to + 1; k+1 < len(toks) && k <= to+6 && toks[k].kind == tWord; k++ {
		if violentVerbs[toks[k].low] && toks[k+1].low == "them" {
			return true
		}
	}
	return false
}

// otherClauseAfter reports ", where" or "as" opening a clause between the
// figure ending at to and a cue at h.
func otherClauseAfter(toks []token, to, h int) bool {
	for k := to + 1; k < h; k++ {
		if (toks[k].low == "where" || toks[k].low == "when") && (toks[k-1].low == "," || heldPlaces[toks[k-1].low]) || toks[k].low == "as" && clauseOpener(toks, k+1) ||
			toks[k].low == "and" && toks[k-1].low == "," && k+1 < len(toks) && personalPronouns[toks[k+1].low] ||
			toks[k].low == "and" && toks[k-1].low == "," && k+3 < len(toks) && determiners[toks[k+1].low] && peopleNouns[toks[k+2].low] && auxWords[toks[k+3].low] {
			// "…, and the soldiers have been issued Russian small arms": a
			// clause with its own subject
			return true
		}
	}
	return false
}

// personalPronouns open a clause of their own after ", and": "…, and we
// are concerned that Russia intends to use them".
var personalPronouns = set("we", "i", "they", "he", "she", "it")

// clauseOpener reports a clause's subject starting at k, after "as": "as
// Russian forces pushed", "as it prepares"; not "as many as" or "as
// reinforcements".
func clauseOpener(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "it", "they", "he", "she", "we", "the":
		return true
	}
	if !toks[k].capital || toks[k].kind != tWord {
		return false
	}
	for _, v := range []int{k + 1, k + 2} { // "as Russia pushed", "as Russian forces pushed"
		if v < len(toks) && toks[v].kind == tWord && !toks[v].capital && strings.HasSuffix(toks[v].low, "ed") {
			return true
		}
	}
	return false
}

// includedAfter reports a cue introduced by "including" or "among them".
func includedAfter(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && (toks[k].low == "including" || toks[k].low == "them" && k >= 1 && toks[k-1].low == "among")
}

// partOfAfter reports a cue ending at k that is said to be part of a
// force: "and the North Koreans are part of that force".
func partOfAfter(toks []token, k int) bool {
	return k+3 < len(toks) && beForms[toks[k+1].low] && toks[k+2].low == "part" && toks[k+3].low == "of"
}

// lossesOf reports "losses of" (and "the") just before the cue at k.
func lossesOf(toks []token, k int) bool {
	k--
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 1 && toks[k].low == "of" && lossNouns[toks[k-1].low]
}

var lossNouns = set("losses", "casualties", "dead", "toll", "death")

var sendVerbs = set("sent", "send", "sends", "deployed", "deploys", "dispatched", "dispatches", "moved", "shipped", "ships", "transferred",
	"concentrated", "massed", "amassed", "committed", "assembled", "gathered", "keeps", "kept", "maintains", "stationed", "stations")

// hedgedSend may stand between a country, or the relative pronoun after
// it, and its sending verb: "North Korea is believed to have sent",
// "Pyongyang, which is believed to have sent".
var hedgedSend = set("is", "was", "believed", "thought", "said", "reported", "understood", "estimated", "to", "have")

var senderAux = set("has", "have", "had", "now", "already", "reportedly", "so", "far", "still")

// sender reports whether the cue ending at from is the country that sent the
// figure at to: only a verb of sending and qualifiers lie between them.
func sender(toks []token, from, to int) bool {
	k := from + 1
	if k+1 < to && toks[k].low == "," && (toks[k+1].low == "which" || toks[k+1].low == "who") {
		// "Pyongyang, which is believed to have sent around 11,000"
		for k += 2; k < to && hedgedSend[toks[k].low]; k++ {
		}
	} else {
		// "North Korea is believed to have sent around 11,000"
		j, hedged := k, false
		for ; j < to && hedgedSend[toks[j].low]; j++ {
			hedged = hedged || beliefPassives[toks[j].low]
		}
		if hedged {
			k = j
		}
	}
	has := false
	for k < to && senderAux[toks[k].low] {
		has = has || toks[k].low == "has" || toks[k].low == "had"
		k++
	}
	// "North Korea now has about 10,000 soldiers in Russia": whose they are
	return k < to && sendVerbs[toks[k].low] && onlyQualifiers(toks[k+1:to]) || has && onlyQualifiers(toks[k:to])
}

// loser reports whether the cue ending at from lost the figure at to:
// "Ukraine had lost more than 76,000 troops".
func loser(toks []token, from, to int) bool {
	k := from + 1
	for k < to && senderAux[toks[k].low] {
		k++
	}
	return k < to && lossVerbs[toks[k].low] && onlyQualifiers(toks[k+1:to])
}

var violentVerbs = set("killed", "captured", "wounded", "injured", "eliminated", "destroyed", "took", "kill", "capture",
	"holds", "held", "holding", "detained", "detains", "seized", "interrogated")

// beForms make a participle passive; "had captured" is active.
var beForms = set("was", "were", "been", "be", "being", "is", "are")

// actsViolently reports whether the cue ending at h is the doer of a
// killing or capture ("Ukraine had captured two soldiers"): whoever it is,
// it is not whose losses a figure nearby counts.
func actsViolently(toks []token, h int) bool {
	k := h + 1
	for k < len(toks) && (toks[k].low == "had" || toks[k].low == "has" || toks[k].low == "have" || auxWords[toks[k].low]) {
		k++
	}
	if k >= len(toks) || !violentVerbs[toks[k].low] || beForms[toks[k-1].low] {
		return false
	}
	j := k + 1
	if j+1 < len(toks) && (toks[j].low == "or" || toks[j].low == "and") && violentVerbs[toks[j+1].low] {
		j += 2
	}
	// "the number of North Koreans killed or wounded at around 4,000",
	// "North Koreans killed by drones": the men it befell, no object after
	return j < len(toks) && !reducedPassiveEnd[toks[j].low]
}

var reducedPassiveEnd = set("at", "in", "since", "during", "by", ",", ".", ")", "so")

// (and "have become casualties": what befell them)
var passiveMarks = set("was", "were", "been", "be", "being", "is", "are", "had", "have", "become", "became")

// isAgent reports whether a cue ending at from is the doer of an active
// killing or capture whose object is the figure at to ("Ukrainian forces
// killed 300 of them"), not a reduced passive ("soldiers killed … exceeded
// 3,000", "put the number of soldiers killed at 2,000").
func isAgent(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if violentVerbs[toks[k].low] && !beForms[toks[k-1].low] && onlyQualifiers(toks[k+1:to]) && !putAt(toks[k+1:to]) {
			return true
		}
	}
	return false
}

// putAt reports the "at" of "put … at 2,000" before a figure, not the "at
// least" of "killed at least 300".
func putAt(toks []token) bool {
	return len(toks) > 0 && toks[0].low == "at" && (len(toks) == 1 || toks[1].low != "least" && toks[1].low != "most")
}

var qualifierWords = set("about", "around", "more", "than", "at", "least", "some", "nearly",
	"almost", "over", "up", "to", "as", "many", "an", "estimated", "roughly", "approximately", "something", "like", "close")

func onlyQualifiers(toks []token) bool {
	if len(toks) >= 3 && (toks[0].low == "a" || toks[0].low == "the") && (toks[1].low == "total" || forceNames[toks[1].low]) && toks[2].low == "of" {
		toks = toks[3:] // "has sent a total of about 10,000", "has assembled a force of about 50,000"
	}
	for _, t := range toks {
		if !qualifierWords[t.low] {
			return false
		}
	}
	return true
}
