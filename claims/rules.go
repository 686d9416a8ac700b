package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseOf returns the bounds of the clause holding token i: commas alone do
// not split it, but "; ", ", and", "while", "but" and "whereas" do.
func clauseOf(toks []token, i int) [2]int {
	lo, hi := 0, len(toks)-1
	for k := i - 1; k >= 0; k-- {
		if clauseBreak(toks, k) {
			lo = k + 1
			break
		}
	}
	for k := i + 1; k < len(toks); k++ {
		// A colon after the figure ends its clause ("Kim's 12,000 soldiers:
		// nearly 4,000 killed"); before it, it is a label that says what the
		// figure counts ("Killed: about 300"). A ", which" after it comments
		// on the figure ("more than 3,000, which makes two prisoners a small
		// sample"), a ", where" on its place; before it, the clause is the
		// figure's ("casualties, which Seoul puts at 1,100").
		if clauseBreak(toks, k) || toks[k].low == ":" || (toks[k].low == "which" || toks[k].low == "where") && toks[k-1].low == "," {
			hi = k - 1
			break
		}
	}
	return [2]int{lo, hi}
}

func clauseBreak(toks []token, k int) bool {
	switch toks[k].low {
	case ";", "while", "whereas", "but", "although", "though",
		"·", "•": // a list's items: "Episode 230: … · Episode 229: …"
		return true
	case "as":
		// ", as Kyiv's troops launched a fresh push" says what else
		// happened; ", as many as 3,000" is the figure's own
		return k > 0 && toks[k-1].low == "," && k+1 < len(toks) && !asFigure[toks[k+1].low]
	case "and", "with", "adding", "warning":
		// ", adding that some had taken first losses" tells something else,
		// ", warning that Washington expects them to join the fighting" what
		// may come of them, and so does "… had served there and that 4,700
		// had been killed"
		return k > 0 && toks[k-1].low == "," || toks[k].low == "and" && k+2 < len(toks) && toks[k+1].low == "that" && !subjectPronouns[toks[k+2].low]
	}
	return false
}

// asFigure after ", as" make it part of a figure or a comparison:
// "as many as", "as well as", "as of".
var asFigure = set("many", "much", "few", "little", "well", "of", "high", "low", "large", "a", "an", "part", "recently", "early", "late", "long")

// subjectPronouns after "and that" carry the clause's subject on: "Russian
// casualties averaged 1,200 a day and that they now exceed 950,000".
var subjectPronouns = set("they", "it", "he", "she", "these", "those", "this", "we")

// captureVerbs take an object after them: "captured roughly 1,000 square
// kilometres", where "prisoners" and "captured" after a figure are men.
var captureVerbs = set("captured", "capture", "captures", "capturing")

// seizedObject after a verb of capture make what it took ground, not men.
var seizedObject = set("roughly", "about", "some", "around", "nearly", "almost", "more", "over", "territory", "ground",
	"land", "villages", "towns", "the", "a", "an", "parts", "part", "swathes", "dozens", "hundreds")

// placeHeld reports ground before "held" at k: "the part of the region
// (still) held by Ukraine", "territory held by Kyiv".
func placeHeld(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && (toks[j].low == "still" || toks[j].low == "now" || toks[j].low == "once") {
		j--
	}
	if j >= 2 && toks[j].capital && toks[j-1].low == "of" && heldPlaces[toks[j-2].low] {
		return true // "the part of Kursk still held by Ukrainian forces"
	}
	return j >= 0 && heldPlaces[toks[j].low]
}

var heldPlaces = set("region", "territory", "part", "area", "areas", "ground", "land", "lands", "town", "towns",
	"village", "villages", "pocket", "salient", "oblast", "district", "positions", "bridgehead", "foothold")

// befallsCounted reports a modal at k that says what may befall men
// already counted: "the two prisoners could be handed over to Seoul"; but
// "the 1,000 deminers that Moscow said would be sent" and "the 6,000
// would be sent" are a plan.
func befallsCounted(toks []token, from, k int) bool {
	if k <= from || from == 0 || toks[from-1].low != "the" || !modals[toks[k].low] {
		return false
	}
	if k+2 < len(toks) && toks[k+1].low == "be" && sendVerbs[toks[k+2].low] && !anyBetween(toks, prisonerWords, from, k) {
		// "the 6,000 personnel would be sent": men not there yet; but "the
		// two prisoners Ukraine holds will be sent to Seoul" are counted
		return false
	}
	for j := from; j < k; j++ {
		if relatives[toks[j].low] || toks[j].low == "," {
			return false
		}
	}
	return true
}

// pledgeKept reports a promise at k that the clause says has been kept:
// "about 1,000 of the engineers Pyongyang promised in June have already
// arrived", "the deminers promised by Pyongyang were already working".
// The promise itself, "Of the 6,000 … promised to Moscow, about 1,000 are
// already in Kursk", "part of the 6,000 … promised", is still a plan.
func pledgeKept(toks []token, k, from, end int) bool {
	if k == from-1 {
		from-- // "about 1,000 of the promised 6,000 … have already arrived": the promise is still a plan
	}
	if toks[k].low != "promised" && toks[k].low != "pledged" && toks[k].low != "planned" || from >= 1 && toks[from-1].low == "of" ||
		from >= 2 && (toks[from-1].low == "the" || toks[from-1].low == "a") && toks[from-2].low == "of" {
		return false // "Of a planned 6,000 soldiers and engineers, around 1,000 …"
	}
	for j := k + 1; j+1 <= end && j+1 < len(toks); j++ {
		if (beForms[toks[j].low] || toks[j].low == "have" || toks[j].low == "has") && toks[j+1].low == "already" {
			return true
		}
		if k < from && j > from && (toks[j].low == "have" || toks[j].low == "has") && arrivalVerbs[toks[j+1].low] {
			return true // "Of the 6,000 … Pyongyang promised Moscow, no more than 1,000 have arrived so far"
		}
	}
	return false
}

// anyBetween reports a word of words between from and k: a word for
// prisoners, a relative pronoun.
func anyBetween(toks []token, words map[string]bool, from, k int) bool {
	for _, t := range toks[from:k] {
		if words[t.low] {
			return true
		}
	}
	return false
}

var prisonerWords = set("prisoners", "prisoner", "captured", "captives", "pows", "held", "detained")

var (
	modals    = set("will", "would", "could", "might", "may")
	relatives = set("that", "which", "who", "whom")
)

// futureWords mark a figure as planned or possible, not reported.
var futureWords = set("will", "would", "could", "might", "may", "plans", "plan", "planned",
	"planning", "preparing", "prepares", "prepare", "readies", "readying", "scheduled", "intends", "intend", "intending", "expected",
	"expects", "expect", "if", "ready", "considering", "mulling", "pledged", "promised", "aims",
	"wants", "hopes", "likely", "floated", "proposed", "mooted", "earmarked", "earmarks", "earmarking")

var startNouns = set("start", "beginning", "vanguard", "opening", "spearhead")

// byDateAfter reports "by December", "by the end of the year" soon after
// the figure at from.
func byDateAfter(toks []token, from int) bool {
	for k := from + 1; k < len(toks) && k <= from+4; k++ {
		if toks[k].low == "by" && k+1 < len(toks) && (months[toks[k+1].low] || toks[k+1].low == "the" || toks[k+1].low == "year") {
			return true
		}
	}
	return false
}

// readiedForCombat reports men made ready for battle, not sent: "up to
// 12,000 North Korean personnel are in Russia preparing for combat" are
// there already.
func readiedForCombat(toks []token, k int) bool {
	return k+2 < len(toks) && (toks[k].low == "preparing" || toks[k].low == "training") && toks[k+1].low == "for" && combatWords[toks[k+2].low]
}

var combatWords = set("combat", "battle", "fighting", "action", "assaults", "combat-ready")

// beingReported reports "are being sent", "were now being moved": a
// deployment told as it happens, the adverbs between no matter.
func beingReported(toks []token, k int) bool {
	j := k - 1
	for j > 0 && northAdverbs[toks[j].low] {
		j--
	}
	return toks[j].low == "are" || toks[j].low == "is" || toks[j].low == "were"
}

// isFuture reports whether the clause speaks of a figure to come: "plans to
// send 12,000 by December", "could send".
func isFuture(toks []token, clause [2]int, from int) bool {
	sum := sumsUp(toks)
	for k := clause[0]; k <= clause[1]; k++ {
		if k > from && toks[k].low == "and" && k+1 < len(toks) && (beForms[toks[k+1].low] || toks[k+1].cls&cFuture != 0 || toks[k+1].low == "that" || toks[k+1].cls&cReport != 0 ||
			toks[k+1].low == "should" || toks[k+1].low == "must") {
			// "holds the two soldiers captured in January and is ready to
			// hand them over", "are being trained … and should be ready by
			// November": another predicate
			break
		}
		if k > from && toks[k].low == "and" && k+2 < len(toks) && !toks[k-1].capital && toks[k+1].capital && toks[k+1].kind == tWord && (toks[k+2].cls&cFuture != 0 || toks[k+2].cls&cReport != 0) {
			break // "… are now in Kursk and Washington expects them to join the fighting": another's clause
		}
		if k > from && toks[k].low == "," && k+3 < len(toks) && toks[k+1].low == "the" && (ordinalWords[toks[k+2].low] || startNouns[toks[k+2].low] && toks[k+3].low == "of") {
			// "shipped 1,500 troops, the first of what it expects to be four
			// brigades", "…, the start of a deployment that Seoul says will
			// grow": what the figure begins, not the figure
			break
		}
		if k > from && toks[k].low == "," && k+2 < len(toks) && toks[k+1].low == "part" && toks[k+2].low == "of" {
			break // "1,500 special forces have reached Russia, part of a force of 12,000 that Pyongyang intends to send": the whole's plan
		}
		if k > from && figureAppositive(toks, k) {
			break // "…, a figure that could not be verified": said of the figure, not of it to come
		}
		if k > from && toks[k].low == "as" && clauseOpener(toks, k+1) {
			break // "…, as it prepares to drive Ukrainian forces out": what it does next
		}
		if k > from && toks[k].low == "under" && toks[k-1].low == "," {
			break // "…, under a deal that also promised 5,000 builders": the deal's plan, not the figure's
		}
		if k > from && toks[k].low == "what" && toks[k-1].low == "in" {
			break // "…, in what would be the North's first dispatch": a comment on it
		}
		if k > from && toks[k].low == "so" && toks[k-1].low == "," && k+1 < len(toks) && toks[k+1].low == "if" {
			break // "…, so if Kyiv's count is right, that would be a large share": what follows from it
		}
		if k > from && toks[k].low == "what" && k+1 < len(toks) && modals[toks[k+1].low] && commaBetween(toks, from, k) {
			break // "…, setting up what could be the first battle": a comment on it
		}
		if k > from+1 && (toks[k].low == "what" || toks[k].low == "how") && (toks[k-1].low == "of" || toks[k-1].low == "about") {
			break // "arrived last autumn with little idea of what drones could do": a question inside the clause
		}
		if k > from && toks[k].low == "," && inRelative(toks, clause[0], from) && from >= 1 && pastEvents[toks[from-1].low] {
			break // "Ukraine, which captured two soldiers in January, has said it would hand them over": the clause is shut
		}
		if k > from && toks[k].low == "," && k+1 < len(toks) && (toks[k+1].low == "after" || toks[k+1].low == "before" || toks[k+1].low == "when") {
			break // "… were sent to Kursk from August, after Shoigu announced the plan": when, another clause
		}
		if k > from && toks[k].low == "who" && k+2 < len(toks) && modals[toks[k+1].low] && !sendVerbs[toks[k+2].low] && !arrivalVerbs[toks[k+2].low] &&
			!comingVerbs[toks[k+2].low] && toks[k+2].low != "be" {
			break // "about 500 officers who will keep command of the units": what the men will do, not whether they came
		}
		if k > from && toks[k-1].low == "," && speechVerbs[toks[k].low] && reportedRelative(toks, from) {
			break // "The JCS, which estimates that some 11,000 … are in Russia, said Pyongyang appears to be preparing": the main clause's news
		}
		if k > from && (alsoSaid[toks[k].low] || toks[k].low == "which" && toks[k-1].low == ",") {
			break // "…, the JCS said, adding that the North was preparing another rotation": what else was said
		}
		if k > from && toks[k].low == "who" && sentAlready(toks, clause[0], from) {
			// "has sent approximately 10,000 soldiers …, who will probably
			// augment Russian forces", "has sent around 10,000 soldiers to
			// train in eastern Russia who will …", "have also taken 713
			// servicemen prisoner, who will be exchanged": what the men will
			// do, or what will be done with them
			break
		}
		if k > from && toks[k].cls&cReport != 0 && thatWithin(toks, k, 6) && !anyBetween(toks, relatives, from, k) {
			// "the two soldiers held by Ukraine has told a South Korean
			// newspaper that he wants …": their own words; but not "the
			// 6,000 builders whom Moscow said in June that Pyongyang had
			// pledged"
			break
		}
		if k > from && toks[k].low == "who" && k+1 < len(toks) && toks[k+1].cls&cReport != 0 && reportBetween(toks, from, k) {
			// "…, according to U.S. officials who warned that an assault
			// could begin within days": what the speakers went on to say
			break
		}
		if k > from && (toks[k].low == "who" && (reportBetween(toks, from, k) || reportBetween(toks, k, min(k+4, len(toks)))) || toks[k].low == "where") && toks[k-1].low == "," {
			// "…, Zelensky told reporters beside Keir Starmer, who pledged a
			// 100-year partnership": of the speaker's company; "moved to the
			// Kursk region, where they could soon be sent into combat": of the
			// place; "two prisoners of war, captured in January, who have
			// said they would like to go to South Korea": their own words
			break
		}
		if toks[k].cls&cFuture != 0 && !(k >= 2 && toks[k-1].low == "what" && toks[k-2].low == "in") && !isMonthMay(toks, k) && !befallsCounted(toks, from, k) && !hedgedReport(toks, k, clause[1]) && !mightNumber(toks, k, from) && !(reportBetween(toks, k, from) && !placeTo(toks, k, from)) && !pastHedge(toks, k) && !(sum && k == 1) &&
			!wouldSum(toks, k) && !onTopOf(toks, k, from) && !(k < from && alreadyThere(toks, from)) && !pledgeKept(toks, k, from, clause[1]) &&
			!(k < from && ofTheWhole(toks, from)) && !(k < from && sinceSent(toks, k, from)) && !readiedForCombat(toks, k) &&
			!(toks[k].low == "preparing" && k+1 == from && k > 1 && beForms[toks[k-1].low] && !pledgedNoun(toks, from) && !headedFor(toks, from) && !senderNames[toks[k-2].low]) &&
			!(k > from && k+1 < len(toks) && toks[k+1].low == "already") &&
			!(k > from+1 && toks[k].low == "expected" && expectedOfOperation(toks, from, k)) &&
			!(k < from && from >= 1 && (toks[from-1].low == "its" || toks[from-1].low == "their") && strongBodyAt(toks, from)) {
			// but "preparing to rotate its roughly 11,000-strong contingent":
			// the force it has; "Russia was preparing some 12,000 North Korean soldiers at
			// training grounds": men on hand, being trained ("Pyongyang is
			// preparing 10,000 soldiers" readies its own to send); and "up to
			// 12,000 may already be on Russian soil" are there, if anywhere
			return true
		}
		if k < from && announceVerbs[toks[k].low] && pledgedNoun(toks, from) && objectsOnly(toks, k+1, from) {
			return true // "Shoigu announces 1,000 deminers and 5,000 builders": a pledge of workers
		}
		if k < from && k >= from-12 && announceVerbs[toks[k].low] && pledgedNoun(toks, from) && anyBetween(toks, colons, k, from) && !anyBetween(toks, set(";"), k, from) && !reportBetween(toks, k, from) {
			return true // "a package Shoigu announced in Pyongyang in June: 1,000 sappers … and 5,000 military builders"
		}
		if k < from && nextMission(toks, k, from) && workersAfter(toks, from) && anyBetween(toks, colons, k, from) {
			return true // "North Korea's next Kursk mission: 6,000 deminers and builders"
		}
		if k > from && k <= from+6 && (announceVerbs[toks[k].low] || toks[k].low == "pledged" || toks[k].low == "promised") && toks[k-1].capital && pledgedNoun(toks, from) &&
			!nowAtWork(toks, k) {
			// "the 5,000 military builders Moscow announced in June": what
			// was pledged; but "The 1,000 sappers that Shoigu announced in
			// June are now clearing mines" have come
			return true
		}
		if k < from && k+1 < from && (toks[k].low == "intended" || toks[k].low == "aimed") && toks[k+1].low == "to" {
			return true // "Pyongyang intended to have sent 10,000 by December"; after the figure it may be another's plan
		}
		if toks[k].low == "to" && k+1 <= clause[1] && k < from {
			v := k + 1
			if v+1 < from && (strings.HasSuffix(toks[v].low, "ly") || toks[v].low == "soon" || toks[v].low == "also") {
				v++ // "has decided to eventually send"
			}
			if sendVerbsPlanned[toks[v].low] && !onTopOf(toks, k, from) && !alreadyThere(toks, from) && !doneSince(toks, k, from) {
				// "is to send", "agreed to deploy"; but "preparing to send
				// more soldiers …, on top of the roughly 11,000 troops it
				// dispatched" counts those sent
				return true
			}
			if (toks[v].low == "get" || toks[v].low == "receive") && k > 0 && (toks[k-1].capital || toks[k-1].low == "is") {
				return true // a headline's "Russia to get 6,000 North Korean deminers and builders"
			}
		}
		if k+2 == from && toks[k].low == "to" && (toks[k+1].low == "reach" || toks[k+1].low == "hit" || toks[k+1].low == "total") && byDateAfter(toks, from) {
			return true // "has sent 3,000 troops, to reach 10,000 by December", "to total 10K by December"
		}
		if k+1 == from && (toks[k].low == "reaching" || toks[k].low == "hitting") && byDateAfter(toks, from) {
			return true // "total seen reaching 10,000 by Dec.": a projection
		}
		if toks[k].low == "to" && k+1 <= clause[1] && toks[k+1].low == "commit" && k < from && k > 0 && decidedWords[toks[k-1].low] {
			return true // "has decided to commit a total of 12,000"; "slower to commit" is no plan
		}
		if k > from && k+2 <= clause[1] && toks[k].low == "due" && toks[k+1].low == "to" && comingVerbs[toks[k+2].low] {
			return true // "5,000 military builders due to follow": not there yet
		}
		if k > from && k+1 <= clause[1] && k <= from+6 && toks[k].low == "to" && (toks[k+1].low == "follow" || toks[k+1].low == "come") {
			return true // "6,000 engineers to follow", a headline's plan; "5,000 military construction troops were to follow"
		}
		if k == clause[0] && k+2 < from && toks[k].low == "under" && (toks[k+1].low == "a" || toks[k+1].low == "the") && (toks[k+2].low == "plan" || toks[k+2].low == "deal" || toks[k+2].low == "agreement") {
			return true // "Under a plan announced in June, 1,000 deminers …"
		}
		if k > from && k <= from+8 && k+2 <= clause[1] && toks[k].low == "to" && toks[k+1].low == "be" && sendVerbs[toks[k+2].low] && !commaBetween(toks, from, k) &&
			!(beliefPassives[toks[k-1].low] || toks[k-1].low == "said" || toks[k-1].low == "reported" || toks[k-1].low == "known") {
			// "1,000 deminers and 5,000 military builders to be sent"; but
			// "11,000 troops believed to be deployed in Kursk" are there
			return true
		}
		if k < from && k+3 < from && toks[k].low == "to" && toks[k+1].low == "be" && sendVerbs[toks[k+2].low] && toks[k+3].low == ":" {
			return true // "Military builders to be sent: 5,000", a table's row
		}
		if k > from && toks[k].low == "being" && k+1 <= clause[1] && sendVerbs[toks[k+1].low] && !alreadyIn(toks, from, k) &&
			toks[k-1].low != "before" && toks[k-1].low != "after" && // "sent …, first to training grounds, before being moved west"
			(!beingReported(toks, k) || pledgedNoun(toks, from)) {
			// "5,000 builders being sent in phases": under way, not
			// counted; but "about 12,000 troops are being sent" reports
			// the deployment, as "is sending" does, and "were being sent"
			// told of it
			return true
		}
		if k < from && (pledgeNouns[toks[k].low] || toks[k].low == "agreement" || toks[k].low == "deal") && pledgedNoun(toks, from) && anyBetween(toks, termsVerbs, k+1, from) {
			return true // "The June agreement, announced by Shoigu, spoke of 1,000 deminers and 5,000 builders": its terms
		}
		if k < from && pledgeNouns[toks[k].low] && pledgeTo(toks, k, from) {
			return true // "sent under a separate pledge, made in June, to supply 1,000 deminers and 5,000 military builders"
		}
		if k < from && toks[k].low == "decided" && k+1 < len(toks) && toks[k+1].low == "on" {
			return true // "appears to have decided on a much larger commitment: four brigades totaling some 12,000 troops"
		}
		if k > from && k <= from+6 && toks[k].low == "decided" && k+2 < len(toks) && toks[k+1].low == "to" && sendVerbsPlanned[toks[k+2].low] {
			return true // "the first of an estimated 12,000 troops Pyongyang has decided to send"
		}
		if k < from && toks[k].low == "agreed" && k+1 < len(toks) && !thatWithin(toks, k, 3) {
			return true // "a second deployment agreed in June: 1,000 engineers"
		}
		if k < from && (toks[k].low == "sending" || toks[k].low == "deploying" || toks[k].low == "moving") && k > 0 {
			p := k - 1
			for (toks[p].low == "now" || toks[p].low == "also" || toks[p].low == "still") && p > 0 {
				p--
			}
			if (toks[p].low == "is" || toks[p].low == "are") && (toks[k].low != "sending" || pledgedNoun(toks, from)) &&
				!(anyBetween(toks, estimateAts, k, from) && anyBetween(toks, relatives, max(p-3, 0), p)) {
				// (but "put the total contingent that Pyongyang is moving to
				// Russia at up to 12,000" estimates the whole of it)
				// "is also moving some 6,000 troops", "is now sending 6,000
				// more", "Why North Korea is sending 6,000 deminers and
				// builders": under way, or a pledge being kept, not counted;
				// but "North Korea is sending some 12,000 troops" reports the
				// deployment
				return true
			}
			if p >= 1 && toks[p].low == "of" && toks[p-1].low == "process" {
				return true // "is in the process of sending 6,000 more"
			}
		}
	}
	return false
}

// estimateAts give an estimate's value: "put the contingent … at".
var estimateAts = set("at")

// ofTheWhole reports "of the" just before the figure at from: a count
// met before, the whole a share is of ("That would be about one in ten of
// the roughly 11,000 troops"), whatever may befall the share.
func ofTheWhole(toks []token, from int) bool {
	return from >= 3 && toks[from-1].low == "the" && toks[from-2].low == "of" && (shareWords[toks[from-3].low] || toks[from-3].kind == tNum)
}

// shareWords before "of the" and a figure make it the whole of a share.
var shareWords = set("ten", "half", "third", "thirds", "quarter", "quarters", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"percent", "%", "most", "many", "some")

// pledgeNouns name a promise, whose "to supply" is still to come.
var pledgeNouns = set("pledge", "promise", "commitment", "offer", "undertaking")

// termsVerbs say what an agreement's terms are.
var termsVerbs = set("spoke", "covered", "covers", "provided", "provides", "called", "calls", "envisaged", "envisages",
	"foresaw", "foresees", "included", "includes", "specified", "specifies")

// pledgeTo reports the promise at k going on, before the figure at from,
// to what it promises: "a pledge to supply", not "kept its promise to
// Moscow: about 1,000 … arrived".
func pledgeTo(toks []token, k, from int) bool {
	if k+2 <= from && toks[k+1].low == "of" && pledgedNoun(toks, from) && pledgeList(toks, k+2, from) {
		return true // "Shoigu's June pledge of 1,000 deminers and 5,000 military builders"
	}
	for j := k + 1; j+1 < from && j <= k+8; j++ {
		if toks[j].low == ":" || toks[j].kind == tNum {
			return false
		}
		if toks[j].low == "to" {
			return supplyVerbs[toks[j+1].low]
		}
	}
	return false
}

// pledgeList reports the words from i to j as a list of pledged workers,
// "1,000 deminers and", so that each figure of the list is the pledge's.
func pledgeList(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		t := toks[k]
		if t.kind != tNum && !pledgedWords[t.low] && t.low != "and" && t.low != "," && t.low != "military" && !qualifierWords[t.low] {
			return false
		}
	}
	return true
}

// supplyVerbs give people to another: what a pledge to do is a plan of.
var supplyVerbs = set("supply", "send", "provide", "deploy", "dispatch", "contribute", "deliver", "transfer", "station")

// pastEvents are the verbs whose past makes a figure just after them a
// count already made: "which captured two soldiers".
var pastEvents = set("captured", "killed", "sent", "deployed", "lost", "dispatched", "took", "taken", "wounded")

// inRelative reports a figure at from inside a relative clause in commas,
// ", which last month captured two soldiers".
func inRelative(toks []token, start, from int) bool {
	for j := from - 1; j > start && j > 0; j-- {
		switch toks[j].low {
		case ",", ";", ":", "(", ")":
			return false
		case "which", "who":
			return toks[j-1].low == ","
		}
	}
	return false
}

// headedFor reports where men readied after the figure at from are to go:
// "for Kursk", "soldiers to Russia", ", … to send to Russia's war".
func headedFor(toks []token, from int) bool {
	for k := from + 1; k+1 < len(toks) && k <= from+12 && toks[k].low != ";" && toks[k].low != "."; k++ {
		if toks[k].low == "for" || toks[k].low == "to" && (sendVerbs[toks[k+1].low] || k == from+1 || toks[k-1].kind == tWord && peopleNouns[toks[k-1].low]) {
			return true // "preparing 10,000 soldiers, infantry as well as engineers, to send to Russia's war"
		}
	}
	return false
}

// thatWithin reports "that" within reach words after the verb at k, no
// figure between: "agreed early on that between 10,000 and 12,000 …"
// agreed on a fact; "has told a South Korean newspaper that" what he said.
func thatWithin(toks []token, k, reach int) bool {
	for j := k + 1; j < len(toks) && j <= k+reach && toks[j].kind == tWord; j++ {
		if toks[j].low == "that" {
			return true
		}
	}
	return false
}

// announceVerbs make a pledge when what follows is only the men pledged.
var announceVerbs = set("announces", "announced", "announce", "pledges", "promises", "offers", "offered")

// objectsOnly reports nothing between from and to but figures, the
// workers they count and words joining them: "1,000 deminers and".
func objectsOnly(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch t := toks[k]; {
		case t.kind == tNum, t.low == "and", t.low == ",", t.low == "military", t.low == "construction", t.low == "some", t.low == "about", t.low == "another":
		default:
			if !pledgedWords[t.low] {
				return false
			}
		}
	}
	return true
}

// pledgedNoun reports "more", or builders rather than soldiers, just after
// the figure at from: what a pledge of more men names.
func pledgedNoun(toks []token, from int) bool {
	to := from
	if q, ok := readQuantity(toks, from); ok {
		to = q.to
	}
	for k := to + 1; k < len(toks) && k <= to+4; k++ {
		if pledgedWords[toks[k].low] {
			return true
		}
	}
	return false
}

// nowAtWork reports the main verb after a relative clause ending past k
// saying the men are at work or have come: "… are now clearing mines",
// "… have arrived".
func nowAtWork(toks []token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+6; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if !beForms[toks[j].low] && toks[j].low != "have" && toks[j].low != "has" {
			continue
		}
		n := j + 1
		if toks[n].low == "now" || toks[n].low == "already" {
			return true
		}
		return strings.HasSuffix(toks[n].low, "ing") && toks[n].low != "being" || arrivalVerbs[toks[n].low]
	}
	return false
}

var colons = set(":")

// nextMission reports "next mission" or "next Kursk mission" at k, before
// the figure at from: a dispatch still to come.
func nextMission(toks []token, k, from int) bool {
	if toks[k].low != "next" || k+1 >= from {
		return false
	}
	n := k + 1
	if toks[n].capital && n+1 < from {
		n++ // "North Korea's next Kursk mission"
	}
	return missionNouns[toks[n].low]
}

var missionNouns = set("mission", "deployment", "dispatch", "rotation", "wave", "contingent")

// workersAfter reports builders, deminers or other workers, not soldiers,
// just after the figure at from.
func workersAfter(toks []token, from int) bool {
	for k := from + 1; k < len(toks) && k <= from+4; k++ {
		if pledgedWords[toks[k].low] && toks[k].low != "more" && toks[k].low != "additional" {
			return true
		}
	}
	return false
}

var pledgedWords = set("more", "additional", "builders", "workers", "deminers", "sappers", "engineers", "labourers", "laborers")

// alreadyIn reports "in" and a place's name between the figure at from and
// k: "the roughly 11,000 North Korean troops in Russia are being deployed
// to the front" are there already.
func alreadyIn(toks []token, from, k int) bool {
	for j := from + 1; j+1 < k; j++ {
		if toks[j].low == "in" && toks[j+1].capital && toks[j+1].kind == tWord {
			return true
		}
	}
	return false
}

// alsoSaid open what else a speaker said after a figure: ", adding that
// …", ", saying …", ", describing them as better trained than Russia had
// expected".
var alsoSaid = set("adding", "saying", "describing", "noting", "calling", "citing")

// wouldSum reports "which would bring the total to about 3,000" at the
// "would" k: a sum of the figures given, not a plan.
func wouldSum(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k].low != "would" || toks[k-1].low != "which" && toks[k-1].low != "that" && !sumSubjects[toks[k-1].low] {
		return false
	}
	v := toks[k+1].low
	return v == "bring" || v == "take" || v == "put" || v == "make" || v == "push" || v == "raise" ||
		v == "mean" && (k == 1 || k >= 2 && toks[k-2].low == ",") // "Taken together, that would mean losses of roughly 1,100"
}

// risingVerbs after a loss noun opened by "as" make a clause of their own.
var risingVerbs = set("mount", "mounts", "mounting", "rise", "rises", "rising", "grow", "grows", "climb", "climbs", "soar", "soars")

// sumSubjects before "would raise" are men or figures already counted:
// "The new arrivals would raise the number … to as many as 14,000".
var sumSubjects = set("arrivals", "reinforcements", "additions", "figures", "this", "these")

// onTopOf reports "on top of" or "in addition to" between the future word
// k and the figure at from: "That would come on top of the roughly 11,000
// deployed in the first wave" plans the newcomers, and counts the first.
func onTopOf(toks []token, k, from int) bool {
	for j := k + 1; j+2 <= from && j+2 < len(toks); j++ {
		if toks[j].low == "on" && toks[j+1].low == "top" && toks[j+2].low == "of" ||
			toks[j].low == "in" && toks[j+1].low == "addition" && toks[j+2].low == "to" ||
			toks[j].low == "add" && toks[j+1].low == "to" {
			return true // "the dispatch would add to the estimated 11,000"
		}
	}
	return false
}

// sentAlready reports a perfect of sending before the figure at from:
// "North Korea has sent approximately 10,000 soldiers".
func sentAlready(toks []token, start, from int) bool {
	for j := max(start, 1); j < from; j++ {
		if !pastEvents[toks[j].low] {
			continue
		}
		aux := j - 1
		if aux > 0 && auxAdverbs[toks[aux].low] {
			aux-- // "have also taken", "has already sent"
		}
		if toks[aux].low == "has" || toks[aux].low == "have" || toks[aux].low == "had" {
			return true
		}
	}
	return false
}

// auxAdverbs stand between "has" and its participle.
var auxAdverbs = set("also", "already", "now", "just", "since")

// alreadyThere reports men the clause says are in place already, whatever
// is planned for them: "preparing to rotate or reinforce the roughly 11,000
// troops already deployed", "… the 11,000 troops it has sent", "would be
// heavy even for the roughly eleven thousand troops Pyongyang sent".
func alreadyThere(toks []token, from int) bool {
	to := -1
	for k := from; k < len(toks) && k < from+3 && to < 0; k++ {
		if q, ok := readQuantity(toks, k); ok {
			to = q.to // past "the roughly"
		}
	}
	if to < 0 {
		return false
	}
	if to+2 < len(toks) && toks[to+1].low == "-" && toks[to+2].kind == tNum {
		to += 2 // "the 11,000-12,000 combat troops"
	}
	noun := -1
	for k := to + 1; k < len(toks) && k <= to+4 && toks[k].kind == tWord && toks[k].low != "already" && toks[k].low != "it"; k++ {
		if peopleNouns[toks[k].low] && !(k+1 < len(toks) && toks[k+1].low == "korea") {
			noun = k // "North Korean soldiers": the last of them; "North Korea" sends them
		}
	}
	if noun < 0 {
		return false
	}
	k := noun + 1
	if k+1 < len(toks) && toks[k].low == "already" {
		return sendVerbs[toks[k+1].low] || toks[k+1].low == "there" || toks[k+1].low == "in" || toks[k+1].low == "fighting" || toks[k+1].low == "stationed"
	}
	if k+1 < len(toks) && toks[k].low == "that" {
		k++ // "the 11,000 troops that Pyongyang sent"
	}
	if k+2 < len(toks) && toks[k].low == "north" && toks[k+1].low == "korea" {
		k++ // "the 11,000-12,000 combat troops North Korea sent to Kursk"
	}
	if k+1 < len(toks) && (toks[k].low == "it" || toks[k].low == "pyongyang" || toks[k].capital && k > noun+1) {
		// (after "that", any sender: "about 50,000 Russian soldiers that
		// Moscow has massed in Kursk region")
		if toks[k+1].low == "has" || toks[k+1].low == "had" {
			return k+2 < len(toks) && (sendVerbs[toks[k+2].low] || toks[k+2].low == "already") // "the 11,000 troops it has sent"
		}
		return sentPast[toks[k+1].low] // "the roughly 11,000 troops it dispatched in October"
	}
	return false
}

// reportedRelative reports a figure inside a relative clause that reports
// it: "The JCS, which estimates that some 11,000 …".
func reportedRelative(toks []token, from int) bool {
	for j := from - 1; j >= 1 && j >= from-8; j-- {
		if toks[j].cls&cReport != 0 {
			return (toks[j-1].low == "which" || toks[j-1].low == "who") && j >= 2 && toks[j-2].low == ","
		}
	}
	return false
}

// doneSince reports a predicate of its own, done already, between the plan
// at k and the figure at from: "has decided to send large-scale ground
// forces … and has already moved 1,500 special forces soldiers".
func doneSince(toks []token, k, from int) bool {
	for j := k + 1; j+1 < from; j++ {
		if toks[j].low == "and" && (toks[j+1].low == "has" || toks[j+1].low == "have") {
			return true
		}
	}
	return false
}

// sinceSent reports a clause of time between the future word at k and the
// figure at from that says the figure was sent: "The move would be the
// first dispatch since Pyongyang sent more than 11,000 troops last autumn".
func sinceSent(toks []token, k, from int) bool {
	for j := k + 1; j < from; j++ {
		if toks[j].low != "since" {
			continue
		}
		for v := j + 1; v < from; v++ {
			if sentPast[toks[v].low] {
				return true
			}
		}
	}
	return false
}

// senderNames are how a sentence names the North as the one that sends.
var senderNames = set("pyongyang", "korea", "north")

// sentPast are the past tenses of sending: a deployment done.
var sentPast = set("sent", "dispatched", "deployed", "shipped")

// figureAppositive reports ", a figure that …" or "– a toll that …" at the
// comma or dash k: a remark on the figure before it.
func figureAppositive(toks []token, k int) bool {
	if toks[k].low != "," && toks[k].low != "-" || k+2 >= len(toks) || !determiners[toks[k+1].low] && toks[k+1].low != "a" && toks[k+1].low != "an" {
		return false
	}
	return figureNouns[toks[k+2].low] || statementNouns[toks[k+2].low] ||
		k+3 < len(toks) && toks[k+2].kind == tWord && (figureNouns[toks[k+3].low] || toks[k+3].low == "rate") // ", a loss rate that would be considered catastrophic"
}

// decidedWords before "to commit" make it a plan.
var decidedWords = set("decided", "agreed", "plans", "planning", "intends", "ready", "prepared", "preparing")

// comingVerbs after "due to" say the people have not come yet.
var comingVerbs = set("follow", "arrive", "come", "join", "leave", "go", "be", "deploy", "start", "begin")

var ordinalWords = set("first", "second", "third", "fourth", "last", "latest", "largest", "biggest", "opening", "initial")

// sendVerbsPlanned after "to" make a plan: "is to send", "agreed to deploy",
// "has decided to dispatch as many as 12,000".
var sendVerbsPlanned = set("send", "deploy", "dispatch", "transfer", "station", "bring")

// pastHedge tells an estimate of what happened from a plan: "has likely
// suffered more than 6,000 casualties", "may have lost 1,000", against
// "is likely to send" and "may send".
func pastHedge(toks []token, k int) bool {
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	switch toks[k].low {
	case "likely":
		// "are likely to have been committed": a guess at what was done
		return next != "to" && next != "be" || next == "to" && k+2 < len(toks) && toks[k+2].low == "have"
	case "may", "might", "could":
		// "the figure could be as high as 12,000", "total North Korean
		// losses, dead and wounded together, may be as many as 6,000": a
		// guess at the count there is
		return next == "have" || next == "be" && k+3 < len(toks) && toks[k+2].low == "as" && (toks[k+3].low == "high" || toks[k+3].low == "many") &&
			anyBetween(toks, figureNouns, max(0, k-9), k)
	case "would":
		return next == "have"
	}
	return false
}

// reportBetween tells a modal that belongs to something said before a
// report of the figure: "the latest estimate we could find is the NIS's,
// which told lawmakers that about 4,700 …" reports, it does not plan.
func reportBetween(toks []token, k, from int) bool {
	for j := k + 1; j < from; j++ {
		if toks[j].cls&cReport != 0 && toks[j].low != "estimate" && toks[j].low != "expect" {
			return true
		}
	}
	return false
}

// historyFrom is the year before which a dated figure is history, not this
// war's: the invasion of Crimea.
const historyFrom = 2014

// isHistory reports whether the clause is set in the past of another war:
// "sent three million volunteers into Korea between 1950 and 1953", "pilots
// in Vietnam in the 1960s, perhaps 200 of them". A year that only marks a
// point of comparison does not count: "the largest deployment since 1953".
func isHistory(toks []token, clause [2]int) bool {
	for k := clause[0] + 1; k <= clause[1]; k++ {
		t := toks[k]
		if t.kind != tNum || t.num < 1800 || t.num >= historyFrom || strings.Contains(t.text, ",") {
			continue
		}
		if t.suffix != "" && t.suffix != "s" {
			continue
		}
		prev := toks[k-1].low
		if months[prev] && k >= 2 {
			prev = toks[k-2].low // "in July 1953"
		}
		if prev == "the" && k >= 2 && toks[k-2].low == "since" {
			continue // "its first such war since the 1950-53 Korean War": what it is measured against
		}
		switch prev {
		case "in", "between", "during", "the", "from":
			if k+1 > clause[1] || toks[k+1].low != "-" && !strings.HasPrefix(toks[k+1].low, "war") || pastRange(toks, k) {
				return true
			}
		}
	}
	return false
}

// pastRange reports a span of years that ended before historyFrom at the
// year k: "In 1965-73 South Korea sent 320,000 soldiers to Vietnam".
func pastRange(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].low != "-" || toks[k+2].kind != tNum {
		return false
	}
	end := toks[k+2].num
	if end < 100 {
		end += float64(int(toks[k].num) / 100 * 100)
	}
	return end >= toks[k].num && end < historyFrom
}

var reportNouns = set("estimate", "estimates", "figure", "figures", "reports", "numbers", "count", "tally", "assessment")

// hedgedReport tells "if the Western estimates of 11,000 are right", a doubt
// about a figure already reported, from "if Pyongyang sends 50,000", one to come.
func hedgedReport(toks []token, k, end int) bool {
	if toks[k].low != "if" {
		return false
	}
	for j := k + 1; j <= end && j <= k+4; j++ {
		if reportNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// mightNumber reports a modal that hedges how many there are, not what is
// to come: "the contingent … could number as many as 10,000", "there may
// be up to 12,000".
func mightNumber(toks []token, k, from int) bool {
	if toks[k].low != "could" && toks[k].low != "may" && toks[k].low != "might" || k+2 > from {
		return false
	}
	j := k + 1
	if toks[j].low == "now" || toks[j].low == "already" {
		j++
	}
	if j >= from || toks[j].low != "number" && toks[j].low != "be" {
		return false
	}
	// only a ceiling hedges: "could number about 2,600 … by 1 November" is a plan
	for k := j + 1; k < from; k++ {
		if toks[k].low != "as" && toks[k].low != "many" && toks[k].low != "up" && toks[k].low != "to" {
			return false
		}
	}
	return matchWords(toks, j+1, []string{"as", "many", "as"}) || matchWords(toks, j+1, []string{"up", "to"})
}

// isMonthMay tells the month ("arrived in May") from the modal verb.
func isMonthMay(toks []token, k int) bool {
	return toks[k].low == "may" && toks[k].capital && k > 0
}

// inPlaceAt gives where a place phrase that ends at k begins, at its
// "in": "in Kursk", "in the Kursk region"; -1 when there is none.
func inPlaceAt(toks []token, k int) int {
	if k >= 1 && toks[k].low == "alone" {
		k-- // "put the number in the Kursk region alone at 11,000"
	}
	for j := k; j >= 1 && j >= k-4; j-- {
		t := toks[j]
		switch {
		case t.low == "in" || t.low == "for": // "put the figure for the same region at eleven thousand"
			if j < k {
				return j
			}
			return -1
		case t.capital || t.low == "the" || t.low == "region" || t.low == "oblast" || t.low == "province" || t.low == "same" || t.low == "area" ||
			t.low == "whole" || t.low == "of" && j > 1 && toks[j-1].low == "whole": // "in the whole of Russia", "in the same region"
		default:
			return -1
		}
	}
	return -1
}

// pickMetric decides what the figure counts from the cue nearest to it in
// its clause; "killed and wounded" is one casualties cue in the lexicon, so
// "300 killed and 2,700 wounded" stays two figures.
// included reports "including", "among them" or "of whom" between the
// figure and a cue after it.
func included(toks []token, to, k int) bool {
	for j := to + 1; j < k; j++ {
		switch toks[j].low {
		case "including", "includes", "include", "among", "whom":
			return true
		}
	}
	return false
}

// replaced reports a loss word that says why the counted people came:
// "to replace the losses", "to make up for casualties".
func replaced(toks []token, k int) bool {
	// five words back: "to replace the dead and wounded" replaces both
	for j := max(k-5, 0); j < k; j++ {
		if replacesAt(toks, j) {
			return true
		}
	}
	return false
}

// befallsNoun reports a noun that says itself what befell: "dead",
// "wounded", "prisoners".
func (x *Extractor) befallsNoun(toks []token, noun int) bool {
	p, ok := x.metrics.at(toks, noun)
	return ok && p.metric != Troops
}

// costVerbs before a count of people say what an action cost in men.
var costVerbs = set("cost", "costs", "costing")

// presenceOf reports "the presence of" before the figure at from.
func presenceOf(toks []token, from int) bool {
	for k := from - 1; k >= 1 && k >= from-4 && toks[k].kind == tWord; k-- {
		if toks[k].low == "of" {
			return toks[k-1].low == "presence" // "the presence of the roughly 11,000"
		}
	}
	return false
}

// replacesAt reports the verb that ends in token j replacing what comes
// after: "to replace", "to make up for losses".
func replacesAt(toks []token, j int) bool {
	switch toks[j].low {
	case "replace", "replacing", "replenish", "replenishing", "offset", "cover":
		return true
	case "for":
		return j >= 2 && toks[j-1].low == "up" && (toks[j-2].low == "make" || toks[j-2].low == "making") // "3,000 more … to make up for losses"
	}
	return false
}

// joinedBefore reports an "and" between a cue at k and the figure at from.
func joinedBefore(toks []token, k, from int) bool {
	for j := k + 1; j < from; j++ {
		if toks[j].low == "and" {
			return true
		}
	}
	return false
}

// andThatBetween reports ", and that" or "and that" between the figure
// ending at to and token k: a second thing said, with its own subject.
func andThatBetween(toks []token, to, k int) bool {
	for j := to + 1; j+1 < k; j++ {
		if toks[j].low == "and" && toks[j+1].low == "that" {
			return true
		}
	}
	return false
}

// howManyBetween reports an indirect question, "how many", between the
// figure ending at to and a cue at k: what the speaker did not say.
func howManyBetween(toks []token, to, k int) bool {
	for j := to + 1; j+1 < k; j++ {
		if toks[j].low == "how" && (toks[j+1].low == "many" || toks[j+1].low == "much") && toks[j-1].low != "asked" && toks[j-1].low != "asking" {
			return true // but "'At least 3,000,' Kirby said when asked how many soldiers …" answers it
		}
		if toks[j].low == "whether" && (toks[j-1].low == "saying" || toks[j-1].low == "say" || toks[j-1].low == "said") {
			return true // "…, without saying whether any had been killed": a question left open
		}
	}
	return false
}

// savedBefore reports a verb of saving just before the figure at from:
// "saves hundreds of lives".
func savedBefore(toks []token, from int) bool {
	for k := max(from-3, 0); k < from; k++ {
		switch toks[k].low {
		case "save", "saves", "saved", "saving", "spare", "spared", "sparing":
			return true
		}
	}
	return false
}

// lossAdjectives say how heavy losses were, in place of a count.
var lossAdjectives = set("heavy", "significant", "huge", "severe", "serious", "major", "considerable", "mounting", "staggering", "enormous", "big")

// forceSized reports a figure that closes an aside sizing the force named
// before it: ", estimated by the JCS at around 11,000,".
func forceSized(toks []token, q quantity) bool {
	if q.to+1 >= len(toks) || toks[q.to+1].low != "," {
		return false
	}
	for c := q.from - 1; c >= 1 && c >= q.from-8; c-- {
		if toks[c].low != "," {
			continue
		}
		if !forceNames[toks[c-1].low] {
			return false
		}
		for k := c + 1; k < q.from; k++ {
			if toks[k].low == "estimated" || toks[k].low == "put" || toks[k].low == "numbering" || toks[k].low == "believed" {
				return true
			}
		}
		return false
	}
	return false
}

func (x *Extractor) pickMetric(toks []token, q quantity, noun int, clause [2]int, kind nounKind) (Metric, bool) {
	// "lost about 2,000 soldiers killed": a participle on the counted noun
	// says what befell them, and "lost" only that they are gone
	if noun > q.to && noun+1 <= clause[1] {
		if p, ok := x.metrics.at(toks, noun+1); ok && p.metric != Troops {
			return p.metric, true
		}
	}
	if noun > q.to {
		if m, ok := x.believedBefell(toks, noun, clause); ok {
			return m, true // "the roughly 2,000 North Korean soldiers the NIS believes were killed"
		}
	}
	if w := wholeOf(toks, q.to); w > 0 {
		// "Some 1,100 of the roughly 11,000-strong contingent are estimated
		// to have been killed or wounded": the whole names whom, the verb
		// after it what befell the part
		for k := w + 1; k <= clause[1]; k++ {
			if p, ok := x.metrics.at(toks, k); ok && p.metric != Troops {
				return p.metric, true
			}
		}
	}
	if forceSized(toks, q) {
		// "The North's original contingent, estimated by the JCS at around
		// 11,000, lost several thousand men": the aside sizes the force;
		// what befell it is the main clause's
		return Troops, true
	}
	best, bestDist := Metric(""), 1<<30
	among := amongAt(toks, q.from)
	whole := outOfAt(toks, q.from)
	if whole > among {
		// "About 2,000 had been killed, out of a force of 11,000": the
		// loss is the part's, the figure the whole's
		among = whole
	}
	if noun > q.to && peopleNouns[toks[noun].low] && wordBefore(toks, q.from, 5, costVerbs) && !x.befallsNoun(toks, noun) {
		// "such assaults have cost the North Koreans hundreds of men": men
		// lost, killed or wounded
		best, bestDist = Casualties, 0
	}
	if presenceOf(toks, q.from) {
		// "documents taken from the dead to prove the presence of the
		// roughly 11,000 soldiers": the presence counts who are there
		best, bestDist = Troops, 0
	}
	if noun >= 0 && newcomers[toks[noun].low] {
		// "3,000 reinforcements … to replace losses" counts who came: no
		// cue elsewhere in the clause is nearer than the noun itself
		best, bestDist = Troops, 0
	}
	for k := clause[0]; k <= clause[1]; k++ {
		if k >= q.from && k <= q.to {
			continue
		}
		p, ok := x.metrics.at(toks, k)
		if !ok || lostGround(toks, k) || landTaken(toks, k) || p.metric == Troops && theFighting(toks, k) {
			continue
		}
		if p.metric == Troops && (peopleNouns[toks[k].low] || modifiesNoun(toks, k) && !(whole >= 0 && k > whole)) && !(k == noun && noun < q.from && !peopleNouns[toks[k].low]) {
			// "soldiers" elsewhere names people, not what they did; but the
			// noun an estimate hangs on is what it counts ("a force that it
			// estimates at 15,000")
			continue
		}
		if p.metric == Troops && (toks[k].low == "numbered" || toks[k].low == "numbering") && k > 0 {
			b := k - 1
			if b > 0 && toks[b].low == "," {
				b-- // "The casualties, numbering around 1,100 in total, …"
				if _, named := x.metrics.at(toks, b); !named {
					for c := b; c > 0 && c >= b-8; c-- {
						if toks[c].low == "," {
							b = c - 1 // "North Korean casualties, the agency told lawmakers, numbered roughly 4,700"
							break
						}
					}
				}
			}
			for b > 0 && (toks[b].low == "already" || toks[b].low == "now" || toks[b].low == "still") {
				b-- // "North Korean dead already numbered more than 1,000"
			}
			if in := inPlaceAt(toks, b); in > 0 {
				b = in - 1 // "North Korean dead in Kursk already numbered over 1,000"
			}
			if before, ok := x.metrics.at(toks, b); ok && before.metric != Troops {
				continue // "The wounded numbered an estimated 2,700": the wounded are counted
			}
		}
		if p.metric == Troops && lossesBy(toks, k) {
			continue // "brings the casualties suffered by Pyongyang's contingent to roughly 3,000": whose losses
		}
		if toks[k].low == "remains" && k > 0 && toks[k-1].low == "what" {
			continue // "what remains of the first contingent of around 11,000": the rest of it, not bodies
		}
		if toks[k].low == "fighting" && k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "in" || lossNouns[toks[k-1].low]) {
			continue // "casualties in the fighting in Kursk": the war, not a count of fighters
		}
		if replaced(toks, k) {
			continue // "another 3,000 to replace the losses": the losses are not what is counted
		}
		if k > q.to+1 && toks[k-1].low == "as" && k+1 < len(toks) && risingVerbs[toks[k+1].low] {
			continue // "Sends 3K More Troops to Russia as Losses Mount": another clause's losses
		}
		if k > 0 && k < q.from && best != "" && (toks[k-1].low == "the" && k > 1 && (toks[k-2].low == "including" || toks[k-2].low == "counting") ||
			k >= 4 && toks[k-1].low == "and" && toks[k-3].low == "the" && (toks[k-4].low == "including" || toks[k-4].low == "counting") ||
			k >= 5 && toks[k-1].low == "the" && toks[k-2].low == "and" && toks[k-4].low == "the" && (toks[k-5].low == "including" || toks[k-5].low == "counting")) {
			// (and "casualties, including the dead and wounded, are estimated",
			// "losses, counting the dead and the wounded, were")
			// "the number of casualties …, including the wounded, is estimated
			// at", "total losses, counting the wounded, have reached": part of
			// the count
			continue
		}
		if k > q.to && k+2 < len(toks) && toks[k+1].low == "at" && (toks[k+2].kind == tNum || figureLeadWords[toks[k+2].low]) {
			continue // "war dead estimated at 600, casualties at 4,700": the next figure's
		}
		if p.metric == Captured && k > q.to && k+1 < len(toks) && captureVerbs[toks[k].low] && (seizedObject[toks[k+1].low] || toks[k+1].kind == tNum) {
			continue // "after Ukraine's incursion captured roughly 1,000 square kilometres": ground taken
		}
		if p.metric == Captured && toks[k].low == "held" && placeHeld(toks, k) {
			continue // "the part of the region still held by Ukraine": ground, not prisoners
		}
		if toks[k].low == "based" && k+1 < len(toks) && (toks[k+1].low == "on" || toks[k+1].low == "upon") {
			continue // "the figure was based on new intelligence": no deployment
		}
		if k+1 < len(toks) && toks[k+1].low == "but" || concessive(toks, k) {
			continue // "Two soldiers, wounded but alive, …", "despite being wounded": how the men are, not a count
		}
		if noun > q.to && k > noun && commaBetween(toks, noun, k) && (lossNouns[toks[k].low] || quantityBetween(toks, noun, k)) {
			// "12K troops in Kursk, casualties in the hundreds", "12K troops
			// in Kursk, 'several hundred' killed": another item of the list
			continue
		}
		if k < among {
			continue // "casualties were concentrated among roughly 2,000 of them": the group they fell in
		}
		if k > q.to+1 && lossNouns[toks[k].low] && lossAdjectives[toks[k-1].low] {
			continue // "the first wave of 11,000 suffered heavy losses": what befell them, uncounted
		}
		if k > q.to && andThatBetween(toks, q.to, k) {
			continue // "11,000 … are already in Kursk and that they have begun to take losses": another thing said
		}
		if k > q.to && howManyBetween(toks, q.to, k) {
			continue // "… the number the president gave, without saying how many of them were dead"
		}
		if toks[k].low == "lives" && savedBefore(toks, q.from) {
			continue // "saves hundreds of lives": no one died
		}
		if k > q.to && sinceBetween(toks, q.to, k) || k < q.from && sinceJust(toks, k) && toks[k+1].low != "of" {
			continue // "exceeded 6,000 since the deployment began", "losses since the deployment were put at": when, not what
		}
		if k > q.to+3 && toks[k-1].low == "them" && toks[k-2].low == "of" && hasNumber(toks[q.to+1:k-2]) {
			continue // "have reached an estimated 4,700, about 600 of them deaths": the second figure's
		}
		if k > q.to && included(toks, q.to, k) {
			continue // "about 3,000, including 300 dead": the dead are the part's
		}
		if k > q.to && noun == q.to+1 && peopleNouns[toks[noun].low] && hasNumber(toks[q.to+1:k]) {
			continue // "12K Troops in Russia Have Suffered Nearly 4K Losses": the losses are the 4K's
		}
		if k > noun && noun > q.to && noun <= q.to+4 && peopleNouns[toks[noun].low] && quantityBetween(toks, noun, k) {
			// "11,000 and 12,000 North Korean troops were in Kursk and had
			// suffered 'several hundred' casualties": the casualties are theirs
			continue
		}
		d := q.from - k
		if k > q.to {
			d = k - q.to
			if hasNumber(toks[q.to+1 : k]) {
				d += 3 // "near 3,000 with about 300 dead": the noun is the second figure's
			}
		} else if joinedBefore(toks, k, q.from) {
			d += 3 // "… died and 2,500 were wounded": the verb is the first figure's
		} else if anyBetween(toks, thatWord, k, q.from) {
			// "gave estimates of the losses, telling lawmakers that around
			// 300 … had been killed": the figure's own clause says what it counts
			d += 5
		}
		if d < bestDist {
			best, bestDist = p.metric, d
		}
		k += len(p.words) - 1
	}
	if best == Wounded && noun > q.to {
		if m, ok := x.capturedAfter(toks, noun, clause); ok {
			best = m // "two wounded soldiers taken prisoner": the wound describes the captives
		}
	}
	if best == "" && kind == nounPeople && noun >= 0 && peopleNouns[toks[noun].low] {
		best = Troops
	}
	if best == Troops && !partBefore(toks, q.from) {
		from := q.to
		if noun > q.to && hasNumber(toks[q.to+1:noun]) {
			from = noun // "2,000 of the roughly 15,000 troops Pyongyang sent had been killed"
		}
		if m, ok := x.befell(toks, from, clause); ok {
			best = m
		}
	}
	return best, best != ""
}

// believedBefell reads what befell the people at noun in a relative
// clause with its own speaker: "soldiers the National Intelligence
// Service believes were killed", "troops Kyiv says have died".
func (x *Extractor) believedBefell(toks []token, noun int, clause [2]int) (Metric, bool) {
	for k := noun + 1; k <= clause[1] && k <= noun+8; k++ {
		if toks[k].kind != tWord {
			return "", false
		}
		if !beliefVerbs[toks[k].low] && toks[k].low != "says" && toks[k].low != "said" {
			continue
		}
		j := k + 1
		for j <= clause[1] && (beForms[toks[j].low] || toks[j].low == "have" || toks[j].low == "had" || toks[j].low == "been") {
			j++
		}
		if j > k+1 && j <= clause[1] {
			if p, ok := x.metrics.at(toks, j); ok && p.metric != Troops {
				return p.metric, true
			}
		}
		return "", false
	}
	return "", false
}

// partBefore reports the whole in "2,000 of the roughly 15,000 troops …
// had been killed": what befell is said of the part before it.
func partBefore(toks []token, from int) bool {
	_, k := readQualifier(toks, from)
	if k < 3 || toks[k-1].low != "the" || toks[k-2].low != "of" {
		return false
	}
	// "about 4,700 North Korean soldiers, of the roughly 15,000 sent, have
	// been killed": the part may carry its noun before the aside
	for j := k - 3; j >= 0 && j >= k-7; j-- {
		if toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// lossesBy reports a force named as whose losses a loss noun shortly
// before counts: "the casualties suffered by Pyongyang's contingent",
// "losses among the North's force".
func lossesBy(toks []token, k int) bool {
	prep := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case lossNouns[toks[j].low]:
			return prep
		case toks[j].low == "by" || toks[j].low == "of" || toks[j].low == "among":
			prep = true
		case toks[j].kind != tWord:
			return false
		}
	}
	return false
}

// amongAt is the index of "among" just before the figure at from, past its
// qualifier and "the" ("losses among the 11,000 troops"), or -1.
func amongAt(toks []token, from int) int {
	_, k := readQualifier(toks, from)
	k--
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k >= 0 && toks[k].low == "among" {
		return k
	}
	return -1
}

// outOfAt is the index of "out" in an "out of" before the figure at from,
// in its clause and with no figure between ("out of a force that Seoul
// puts at 11,000"), or -1.
func outOfAt(toks []token, from int) int {
	for k := from - 2; k >= 0 && k >= from-12; k-- {
		if toks[k].kind == tNum || toks[k].low == ";" || clauseBreak(toks, k) {
			return -1
		}
		if toks[k].low == "out" && toks[k+1].low == "of" {
			return k
		}
	}
	return -1
}

// sinceJust reports "since" just before the cue at k, or before its
// determiner: "since the deployment", "since their deployment". (Not "since
// the deployment of about 11,000 troops", which counts the deployment.)
func sinceJust(toks []token, k int) bool {
	if k >= 1 && determiners[toks[k-1].low] {
		k--
	}
	return k >= 1 && toks[k-1].low == "since"
}

// sinceBetween reports "since" between tokens i and j.
func sinceBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].low == "since" {
			return true
		}
	}
	return false
}

// quantityBetween reports a figure between tokens i and j, in digits or words.
func quantityBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if _, ok := readQuantity(toks, k); ok {
			return true
		}
	}
	return false
}

// commaBetween reports a comma between tokens i and j.
func commaBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

var newcomers = set("reinforcements", "replacements", "arrivals")

// capturedAfter finds a capture cue after the counted noun at noun in the
// clause: "taken prisoner", "captured".
func (x *Extractor) capturedAfter(toks []token, noun int, clause [2]int) (Metric, bool) {
	for k := noun + 1; k <= clause[1] && k < len(toks); k++ {
		if toks[k].kind == tNum || toks[k].low == "," {
			break // "2,700 wounded fighting for Russia, …, as it confirmed that two had been captured"
		}
		if p, ok := x.metrics.at(toks, k); ok && p.metric == Captured {
			return Captured, true
		}
	}
	return "", false
}

// befell finds a passive predicate of loss after the figure: "100 soldiers
// sent to Russia have been killed" counts the dead, and "sent" only says who
// they were, so what befell them outranks how they came.
func (x *Extractor) befell(toks []token, from int, clause [2]int) (Metric, bool) {
	for k := from + 1; k <= clause[1]; k++ {
		if toks[k].low == "," && k+1 < len(toks) && toks[k+1].low == "of" {
			// ", of the roughly 15,000 sent," sets the part in its whole
			for k++; k <= clause[1] && toks[k].low != ","; k++ {
			}
			continue
		}
		if toks[k].kind == tNum || toks[k].low == "and" || toks[k].low == "that" || toks[k].low == "whom" && k > from+2 {
			break // the predicate of another figure or clause: "…, thousands of whom have been killed";
			// but "4,700 of whom have been killed" is this figure's own
		}
		if toks[k].low == "where" || toks[k].low == "which" || toks[k].low == "while" {
			break // "sent 5,000 soldiers to Kursk, where roads were destroyed": the place's
		}
		if toks[k].low == "whether" {
			break // "…, without saying whether any had been killed": a question left open
		}
		if replacesAt(toks, k) {
			break // "sent 3,000 more to make up for troops who were killed or wounded": the replaced's
		}
		amongThe := k >= 3 && toks[k-1].low == "the" && toks[k-2].low == "among" && (beForms[toks[k-3].low] || k >= 4 && beForms[toks[k-4].low]) // "are already among the dead and wounded"
		// "remain in Ukrainian custody": the state they are left in
		remained := toks[k-1].low == "remain" || toks[k-1].low == "remained" || toks[k-1].low == "remains"
		if !passiveMarks[toks[k-1].low] && toks[k-1].low != "suffered" && !amongThe && !remained || concessive(toks, k) {
			continue
		}
		if toks[k-1].low == "suffered" && lossNouns[toks[k].low] {
			break // "11,000 troops … had suffered losses": some of them, uncounted; "suffered wounds" would be theirs
		}
		if p, ok := x.metrics.at(toks, k); ok && p.metric != Troops {
			return p.metric, true
		}
	}
	return "", false
}

// ofWords put a noun inside another's phrase: in "losses among the North
// Korean contingent" the contingent says whose losses, not what is counted.
var ofWords = set("among", "of", "within")

// concessive reports a state conceded before the word at k: "despite
// being wounded", "though wounded".
func concessive(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].low == "being" {
		j--
	}
	return j >= 0 && (toks[j].low == "despite" || toks[j].low == "though" || toks[j].low == "although")
}

func modifiesNoun(toks []token, k int) bool {
	return wordBefore(toks, k, 4, ofWords)
}

// wordBefore reports one of words among the n words before token k, with
// no punctuation or number between.
func wordBefore(toks []token, k, n int, words map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if words[toks[j].low] {
			return true
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// earlierSubject takes the subject from the last people cue of the two
// sentences before: "They are numerous. An additional 11,000 soldiers…";
// failing that, from the last country cue of the sentence just before, which
// is what "the force" or "it" then stands for: "North Korea could send more.
// Seoul puts the force at 10,000 to 12,000."
//
// sure is true only for a cue in the sentence just before ("North Korean
// units have lost nearly 4,000 soldiers … Of those, more than 1,000 have
// been killed"): anything further is a guess, too weak to raise a conflict.
func (x *Extractor) earlierSubject(sents []sentence, i int) (s Subject, sure, ok bool) {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		hits := x.spokenHits(sents[k])
		for h := len(hits) - 1; h >= 0; h-- {
			if hits[h].strong && !ownsEstimate(sents[k].toks, hits[h].to) && !atPlace(sents[k].toks, hits[h].from) && !peopleSpeak(sents[k].toks, hits[h].to) &&
				!drivenOut(sents[k].toks, hits[h].to) && !wouldAct(sents[k].toks, hits[h]) && !jointActor(sents[k].toks, hits, h) &&
				!relativeActor(sents[k].toks, hits[h]) && !actsOnThem(sents[k].toks, hits[h].to) && !givenTo(sents[k].toks, hits[h].from) &&
				!wordBefore(sents[k].toks, hits[h].from, 2, whereWords) && !governmentList(sents[k].toks, hits[h].to) && !firedFrom(sents[k].toks, hits[h].from) {
				// "Ukrainian special forces reported renewed assaults": who spoke
				// "moved to Russia" says where, not whose
				return hits[h].subject, k == i-1, true
			}
		}
	}
	if i > 0 {
		hits := x.spokenHits(sents[i-1])
		for h := len(hits) - 1; h >= 0; h-- {
			toks := sents[i-1].toks
			// "North Korean units that Moscow has thrown against …": who
			// threw them is not whose they are
			relative := hits[h].from > 1 && (toks[hits[h].from-1].low == "that" || toks[hits[h].from-1].low == "which") &&
				(peopleNouns[toks[hits[h].from-2].low] || toks[hits[h].from-2].low == "units") || wouldAct(toks, hits[h]) || jointActor(toks, hits, h) ||
				relativeActor(toks, hits[h])
			if !ownsEstimate(toks, hits[h].to) && !atPlace(toks, hits[h].from) && !speaks(toks, hits[h].to) && !putsFigure(toks, hits[h].to) && !governmentList(toks, hits[h].to) && !peopleSpeak(toks, hits[h].to) && !fires(toks, hits[h].to) && !relative && !actorOfEvent(toks, hits[h].to) && !drivenOut(toks, hits[h].to) &&
				!actsOnThem(toks, hits[h].to) && !givenTo(toks, hits[h].from) && !firedFrom(toks, hits[h].from) {
				return hits[h].subject, true, true
			}
		}
	}
	return "", false, false
}

// firedFrom reports a cue that opens at from after "under fire from": who
// fired, not whose the people are ("the first North Korean units had come
// under fire from Ukrainian forces").
func firedFrom(toks []token, from int) bool {
	return from >= 2 && toks[from-1].low == "from" && (toks[from-2].low == "fire" || toks[from-2].low == "attack" || toks[from-2].low == "shelling")
}

// governmentList reports a cue that heads a list of governments, "Kyiv,
// Seoul and Washington have reached broadly the same conclusion": who
// concluded, not whose people a figure after counts.
func governmentList(toks []token, to int) bool {
	k := to + 1
	if k+1 >= len(toks) || toks[k].low != "," && toks[k].low != "and" {
		return false
	}
	k++
	if toks[k].low == "the" && k+1 < len(toks) {
		k++
	}
	return listedSources[toks[k].low] && !(k+1 < len(toks) && peopleNouns[toks[k+1].low])
}

// whereWords open a clause that describes a place: "Kursk, the Russian
// border region where Ukrainian troops have held ground" names who holds
// it, not whose people the next figure counts.
var whereWords = set("where")

// givenTo reports a cue that receives what a verb gives: "Pyongyang also
// promised Moscow a contingent of military deminers": Moscow is promised
// the men, they are not its own.
func givenTo(toks []token, from int) bool {
	return from >= 1 && grantVerbs[toks[from-1].low]
}

var grantVerbs = set("promised", "offered", "gave", "pledged", "lent", "handed", "promises", "offers", "gives", "pledges")

// actsOnThem reports a cue that does something to "them" just after it:
// "Russia throws them into assaults as if they were nothing. By our
// estimate, they have already lost about 3,800": they are whom Russia
// throws, not Russia's.
func actsOnThem(toks []token, to int) bool {
	for k := to + 1; k < len(toks) && k <= to+4 && toks[k].kind == tWord; k++ {
		if toks[k].low == "them" {
			return k > to+1
		}
	}
	return false
}

// relativeActor reports a cue that opens a relative clause about a thing
// or a place: "farmland that Ukrainian forces had held" names who held it,
// not whose people the next sentence counts; "the troops that North Korea
// sent" are the sender's.
func relativeActor(toks []token, h subjectHit) bool {
	if h.from < 2 || toks[h.from-1].low != "that" && toks[h.from-1].low != "which" {
		return false
	}
	// "read that Kim Jong-un's regime …" opens what was read, not a relative
	// clause: only a place or a thing before "that" is sure to be one
	n := toks[h.from-2].low
	return heldPlaces[n] || farmPlaces[n] || thingNouns[n] && !measureNouns[n]
}

// farmPlaces are more places a relative clause may tell who held.
var farmPlaces = set("farmland", "fields", "field", "forest", "forests", "settlement", "settlements")

// jointActor reports the cue hits[h] joined by "and" to a cue of another
// side: "Pyongyang and Moscow confirm deployment" names neither as whose
// the next line's people are.
func jointActor(toks []token, hits []subjectHit, h int) bool {
	joined := func(a, b subjectHit) bool {
		return b.from == a.to+2 && toks[a.to+1].low == "and" && a.subject != b.subject
	}
	return h > 0 && joined(hits[h-1], hits[h]) || h+1 < len(hits) && joined(hits[h], hits[h+1])
}

// wouldAct reports a cue that would do something to the people before it:
// "30,000 - possible additional troops Moscow may seek" are not Moscow's.
func wouldAct(toks []token, h subjectHit) bool {
	return h.from > 0 && (peopleNouns[toks[h.from-1].low] || toks[h.from-1].low == "units") &&
		h.to+1 < len(toks) && modals[toks[h.to+1].low]
}

// senderBefore gives the country the sentence before opens with when it
// sends: "North Korea has sent reinforcements to Kursk, where Moscow is
// closing in on the last Ukrainian positions. Some 3,000 additional troops
// arrived …" are the sender's.
func (x *Extractor) senderBefore(sents []sentence, i int) (Subject, bool) {
	if i == 0 {
		return "", false
	}
	toks := sents[i-1].toks
	hits := x.spokenHits(sents[i-1])
	if len(hits) == 0 || hits[0].from > 1 || !sends(toks, hits[0].to) {
		return "", false
	}
	return hits[0].subject, true
}

// sends reports a send verb right after the cue ending at to, past its
// auxiliaries: "North Korea has sent", "Pyongyang dispatched".
func sends(toks []token, to int) bool {
	k := to + 1
	for k < len(toks) && senderAux[toks[k].low] {
		k++
	}
	return k < len(toks) && sendVerbs[toks[k].low]
}

// speaks reports a country cue that is a speaker: "a deployment Kyiv had
// been warning of" names who warned, not whose men were deployed.
func speaks(toks []token, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+3; k++ {
		switch t := toks[k].low; {
		case reportingVerbs[t], t == "warning", t == "saying", t == "confirmed":
			return true
		case !auxWords[t] && t != "been" && t != "never" && t != "not":
			return false // "The Kremlin has never confirmed this": who speaks, even to deny
		}
	}
	return false
}

// putsFigure reports a cue that gives a figure its own value: "Ukraine,
// which has not published a recent figure, has always put the losses
// higher" names who counts, not whose losses the next figure counts.
func putsFigure(toks []token, at int) bool {
	k := at + 1
	if k+1 < len(toks) && toks[k].low == "," && (toks[k+1].low == "which" || toks[k+1].low == "who") {
		for k += 2; k < len(toks) && k <= at+16 && toks[k].low != ","; k++ {
		}
		k++
	}
	for k < len(toks) && (auxWords[toks[k].low] || toks[k].low == "always" || toks[k].low == "long") {
		k++
	}
	return k+2 < len(toks) && estimateVerbs[toks[k].low] && determiners[toks[k+1].low] && figureNouns[toks[k+2].low]
}

// peopleSpeak reports a cue's people who report what follows: "Ukrainian
// special forces reported renewed assaults".
func peopleSpeak(toks []token, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+2; k++ {
		if peopleNouns[toks[k].low] {
			return speaks(toks, k)
		}
	}
	return false
}

// drivenOut reports a cue's people who were driven out or back: "after
// the Ukrainian armed forces were driven out".
func drivenOut(toks []token, at int) bool {
	for k := at + 1; k+1 < len(toks) && k <= at+5; k++ {
		if drivenVerbs[toks[k].low] && (toks[k+1].low == "out" || toks[k+1].low == "back") {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// actorOfEvent reports a possessive cue on an event: "after Ukraine's
// incursion" names who acted, not whose people the next sentence counts.
func actorOfEvent(toks []token, at int) bool {
	return toks[at].poss && at+1 < len(toks) && eventNouns[toks[at+1].low]
}

var eventNouns = set("incursion", "offensive", "counteroffensive", "invasion", "attack", "attacks", "assault",
	"assaults", "advance", "push", "raid", "strike", "strikes", "operation", "war", "shelling")

// fires reports a country cue that owns the weapons after it, not the
// people: "a force that Ukrainian drones and artillery mauled". "North
// Korean artillery troops" are people.
func fires(toks []token, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+2 && toks[k].kind == tWord; k++ {
		if weaponNouns[toks[k].low] {
			return k+1 >= len(toks) || !peopleNouns[toks[k+1].low] && toks[k+1].low != "units" && toks[k+1].low != "crews"
		}
	}
	return false
}

var weaponNouns = set("drones", "drone", "artillery", "missiles", "missile", "rockets", "shelling")

// ownsEstimate reports a possessive cue that owns figures, a source and
// not whose people: "Ukraine's earlier, higher-end public figures".
func ownsEstimate(toks []token, at int) bool {
	if !toks[at].poss {
		return false
	}
	for k := at + 1; k < len(toks) && k <= at+6; k++ {
		t := toks[k]
		switch {
		case t.cls&cEstimate != 0:
			return true
		case t.low == "," || t.low == "-":
		case t.kind != tWord, t.capital, beForms[t.low], verbMarks[t.low]:
			return false
		}
	}
	return false
}

// spokenHits are the cues of what a sentence says, not of the speaker
// whose name opens its line ("- A Ukrainian commander: …").
func (x *Extractor) spokenHits(s sentence) []subjectHit {
	hits := x.subjectHits(s.toks)
	if s.labelColon >= 0 {
		return after(hits, s.labelColon)
	}
	return hits
}

// forceMembers name the members of a force, not what befell them.
var forceMembers = set("soldiers", "troops", "men", "servicemen", "personnel", "fighters", "infantrymen")

var partWords = set("additional", "another", "extra", "further", "reinforcements", "fresh", "replacements")

// groupNouns name one body sent of a larger force.
var groupNouns = set("group", "batch", "contingent", "wave", "echelon", "detachment", "rotation", "shipment")

// shipmentNouns in apposition before a figure name one shipment: "The
// first batch, about 1,500 troops". "The second contingent, about 4,000
// strong" may be the force as it now stands.
var shipmentNouns = set("group", "batch", "wave", "shipment")

// firstShipment reports "in the first wave of" (batch, group,
// contingent, rotation) a few words after the noun at k: one shipment of a
// dispatch the sentence names. "Deployed in the first wave" alone may be
// all there is so far.
func firstShipment(toks []token, k int) bool {
	for j := k + 2; j+1 < len(toks) && j <= k+12; j++ {
		if toks[j].low == "first" && toks[j-1].low == "the" && (shipmentNouns[toks[j+1].low] || toks[j+1].low == "contingent" || toks[j+1].low == "rotation") &&
			j+2 < len(toks) && toks[j+2].low == "of" {
			return true
		}
		if toks[j].low == "first" && (toks[j-1].low == "the" || toks[j-1].low == "a") && toks[j+1].low == "wave" && j >= 2 && (toks[j-2].low == "in" || toks[j-2].low == "as") {
			return true // "about 11,000 soldiers went in the first wave": one wave of the force
		}
		if toks[j].kind == tNum || toks[j].low == ";" {
			return false
		}
	}
	return false
}

var partitives = set("the", "these", "those", "its", "their")

// isPartial reports whether the figure counts a part of the force: "an
// additional 5,000", "3,000 more", "several hundred special forces", "of them".
var ranks = set("officers", "generals", "commanders")

// workerNouns are the men sent to build and clear mines.
var workerNouns = set("builders", "deminers", "sappers", "engineers", "labourers", "laborers", "workers")

// workerForce reports troops counted by their trade, "5,000 military
// construction troops", "1,000 deminers": a contingent sent to build and
// clear mines beside the force sent to fight, which no count of the
// fighters contradicts.
func workerForce(toks []token, noun int) bool {
	return noun >= 0 && (workerNouns[toks[noun].low] || noun >= 1 && (toks[noun-1].low == "construction" || toks[noun-1].low == "engineering"))
}

func isPartial(toks []token, from, to, noun int) bool {
	return partOfForce(toks, from, to, noun) || partitive(toks, to, noun)
}

// partitive reports "8,000 of them", "8,000 of the troops": part of a
// force named before. Placed in a region, such a figure is the count for
// that region instead ("8,000 of them are now in Kursk").
func partitive(toks []token, to, noun int) bool {
	for k := to + 1; k <= noun && k < len(toks); k++ {
		switch {
		case toks[k].low == "them", toks[k].low == "whom", toks[k].low == "those" && k == noun:
			return true // "3,000 of those 15,000 were sent as reinforcements"
		case toks[k].low == "of" && k+2 < len(toks) && partitives[toks[k+1].low] && peopleNouns[toks[k+2].low]:
			// but "North Korea has put roughly 11,000 of its infantrymen at
			// Russia's disposal": the country's dispatch, the whole of it
			return !((toks[k+1].low == "its" || toks[k+1].low == "their") && !specialists[toks[k+2].low] && countrySent(toks, to))
		case toks[k].low == "of" && unitOwner(toks, k+1):
			return true // "nine of the regiment's soldiers": one unit's men
		}
	}
	return false
}

// wholeOf finds the figure a part is "of", "1,100 of the roughly
// 11,000-strong contingent", after the part ending at to, or -1.
func wholeOf(toks []token, to int) int {
	if to+1 >= len(toks) || toks[to+1].low != "of" {
		return -1
	}
	for k := to + 2; k < len(toks) && k <= to+4; k++ {
		if toks[k].kind == tNum {
			return k
		}
		if toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// countrySent reports a country that sent or put the figure ending at
// to: "North Korea has sent 11,000", "has put roughly 11,000".
func countrySent(toks []token, to int) bool {
	for k := to - 1; k >= 0 && k >= to-6; k-- {
		if sendVerbs[toks[k].low] || toks[k].low == "put" {
			return countryOwns(toks[:k])
		}
	}
	return false
}

var unitNouns = set("regiment", "unit", "brigade", "battalion", "division", "company", "platoon", "corps", "squad")

// oneUnit reports "the unit", "its regiment", "the 94th brigade" at k.
func oneUnit(toks []token, k int) bool {
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "its" || toks[k].low == "that" || toks[k].low == "this") {
		k++
	}
	// up to three words name the unit: "the 94th mechanised brigade",
	// "the North Korean engineering unit"
	for end := k + 4; k < len(toks) && k < end; k++ {
		switch t := toks[k]; {
		case unitNouns[t.low] && !t.poss:
			return true
		case t.kind == tNum && !isOrdinal(t.low), t.kind == tPunct:
			return false
		}
	}
	return false
}

// unitOwner reports "the regiment's soldiers" starting at k.
func unitOwner(toks []token, k int) bool {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	return k+1 < len(toks) && toks[k].poss && unitNouns[toks[k].low] && peopleNouns[toks[k+1].low]
}

// partOfForce reports a figure that counts a part by what it is: more of
// them, a rank, a group sent, special forces.
func partOfForce(toks []token, from, to, noun int) bool {
	if len(toks) > 2 && toks[0].low == "part" && toks[1].low == "of" && !hasNumber(toks[:from]) {
		return true // "Part of that force, about 3,000 troops by the agency's count, …"
	}
	if from > 0 && (toks[from-1].low == "include" || toks[from-1].low == "includes") && noun >= 0 && forceMembers[toks[noun].low] {
		// "The 15,000 include about 3,000 soldiers sent as reinforcements";
		// but "a toll that includes at least 1,000 dead" is every death
		return true
	}
	for k := max(from-2, 0); k < from; k++ {
		if partWords[toks[k].low] {
			return true
		}
	}
	for k := max(from-4, 0); k+1 < from; k++ {
		if groupNouns[toks[k].low] && toks[k+1].low == "of" || shipmentNouns[toks[k].low] && toks[k+1].low == "," {
			return true // "a first group of roughly 1,500", "The first batch, about 1,500": one shipment of the force
		}
	}
	if waveBefore(toks, from) >= 0 {
		return true // "and a second of roughly 3,000 followed": the wave left out
	}
	if to+1 < len(toks) && toks[to+1].low == "more" {
		return true
	}
	if from >= 2 && toks[from-1].low == "first" && toks[from-2].low == "the" {
		return true // "The first 1,500 were shipped earlier this month": the first of the force
	}
	if noun >= 0 && ranks[toks[noun].low] {
		return true // "500 officers", "three generals": a rank within the force
	}
	if noun >= 0 && firstShipment(toks, noun) {
		return true // "1,500 special operations troops … in the first wave"
	}
	for k := to + 2; k < len(toks) && k <= to+4; k++ {
		if toks[k].low == "first" && (arrivalVerbs[toks[k-1].low] || movingVerbs[toks[k-1].low]) {
			return true // "On top of the 1,500 that moved first": the first contingent
		}
	}
	if noun >= 0 && noun+1 < len(toks) && toks[noun+1].low == "of" && oneUnit(toks, noun+2) {
		return true // "nine members of the unit", "40 soldiers of the 94th brigade"
	}
	for k := to + 1; k <= noun && k < len(toks); k++ {
		switch {
		case partWords[toks[k].low]:
			return true
		case toks[k].low == "special" && k+1 < len(toks) && toks[k+1].low == "forces":
			return true
		}
	}
	return false
}

// neighbourSpeaker carries a source over within a paragraph, as news prose
// does: "About 100 were killed, the NIS said. Taken together, the figures
// put the losses at 1,100." and "More than 3,000 were killed or wounded.
// That is the tally so far, Zelensky said." The sentence before counts if
// it names one source; the one after if it names one and gives no figure
// of its own.
func neighbourSpeaker(sents []sentence, speakers *speakerTable, i int) string {
	if i+1 < len(sents) && sents[i+1].para == sents[i].para {
		if who := estimateOf(sents[i+1]); who != "" {
			// "… Hayashi said Japan was gravely concerned. About 11,000 North
			// Korean troops are now believed to be in Russia. That is the
			// estimate of Japanese government sources": the sentence after
			// says whose, whoever spoke before
			return who
		}
	}
	if i > 0 && sents[i-1].para == sents[i].para {
		if pointsBack(sents[i].toks) {
			if who := estimateOwner(sents[i-1]); who != "" {
				// "Rep. Lee relayed the National Intelligence Service's
				// assessment … By that count, …": the count is the agency's
				return who
			}
		}
		if who, ok := oneSpeaker(speakers.at(i - 1)); ok {
			return who
		}
		if sp := speakers.at(i - 1); len(sp) == 2 && sp[0].pos < sp[1].pos && sents[i-1].toks[sp[1].pos].low == "according" &&
			speechVerbs[sents[i-1].toks[sp[0].pos].low] {
			// "The soldiers left in two batches, the NIS said during a
			// briefing, according to Rep. Park. The first, …": the agency
			// the lawmaker relayed
			return sp[0].who
		}
		if who := itsEstimateOf(sents[i-1], sents[i].toks); who != "" {
			return who // "Ukraine's military intelligence agency has long put the losses higher. Its latest estimate … is that close to 1,000"
		}
		if who := relayedWhat(sents[i-1], speakers.at(i-1)); who != "" {
			return who // "Lee told reporters what the agency had said. Some 300 … are dead."
		}
		if who := estimateOwner(sents[i-1]); who != "" && !hasNumber(sents[i-1].toks) {
			// "Rep. Lee relayed the National Intelligence Service's
			// assessment to reporters. At least 100 … have been killed"
			return who
		}
		if who := figuresFrom(sents[i-1]); who != "" {
			return who
		}
		if who := relayedOwner(sents[i-1], &speakers.ents); who != "" {
			return who // "Lawmaker Lee relayed the spy agency's latest figures. Roughly 4,700 …"
		}
		if who := presentedBy(sents[i-1]); who != "" {
			return who // "The JCS presented its latest assessment on Thursday. An estimated 3,000 …"
		}
		if len(speakers.at(i-1)) > 0 && pointsBack(sents[i].toks) {
			// "Lee told reporters of the estimate after a briefing by the
			// NIS. By that count, …": the count of the one named first
			return speakers.at(i - 1)[0].who
		}
	}
	if i+1 < len(sents) && sents[i+1].para == sents[i].para && (!hasNumber(sents[i+1].toks) || saysWhose(sents[i+1].toks)) {
		if who, ok := oneSpeaker(speakers.at(i + 1)); ok && !ownObject(sents[i+1].toks, speakers.at(i + 1)[0].pos) && !timeClause(sents[i+1].toks, speakers.at(i + 1)[0].pos) {
			// (but in "Pyongyang acknowledged it in April, after Moscow
			// declared Kursk retaken" Moscow said something else)
			return who
		}
		if who := figuresFrom(sents[i+1]); who != "" {
			return who // "Around 300 … wounded. The figures came from Rep. Lee …"
		}
		if who := pictureBy(sents[i+1]); who != "" {
			return who // "More than 10,000 … That was the picture painted by the NIS …"
		}
		if who := estimateOf(sents[i+1]); who != "" {
			return who // "… 2,700 wounded. That is the latest assessment of the NIS, relayed by Rep. Lee"
		}
	}
	if i+1 < len(sents) && sents[i+1].para == sents[i].para+1 && (saysWhose(sents[i+1].toks) || saidThis(sents[i+1].toks)) &&
		!hasNumber(sents[i+1].toks) && len(speakers.at(i+1)) > 0 {
		// a lede's figures, and under them "Those were the figures Lee
		// Seong-kweun relayed after a briefing by the NIS" or "President
		// Zelensky said this on Telegram"
		return speakers.at(i + 1)[0].who
	}
	return listIntro(sents, speakers, i)
}

// ownObject reports a verb at pos that owns up to or declares something of
// its own: "Pyongyang acknowledged the deployment in April", "Moscow
// declared that Ukrainian forces had been driven out". It does not vouch
// for the figure before it, as "That is the tally, Zelensky said" and
// "KCNA confirmed the deaths" do.
func ownObject(toks []token, pos int) bool {
	if !admitVerbs[toks[pos].low] {
		return false // "Lee said the high toll reflected …": what he said, the figure's word
	}
	k := pos + 1
	if k < len(toks) && toks[k].low == "that" {
		k++
	}
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "its" || toks[k].low == "their" || toks[k].low == "a" || toks[k].low == "an") {
		k++
	} else if k > pos+1 && k < len(toks) && toks[k].capital {
		return true // "declared that Ukrainian forces …"
	} else {
		return false
	}
	return k < len(toks) && toks[k].kind == tWord && !figureNouns[toks[k].low] && !lossNouns[toks[k].low] && toks[k].cls&cEstimate == 0 && !toks[k].capital
}

// admitVerbs own up to a fact, or declare one: what follows is their object,
// not their words. "KCNA reported the deaths" gives the dead their source;
// "Pyongyang acknowledged the deployment" says nothing of its size.
var admitVerbs = set("acknowledged", "acknowledges", "admitted", "admits", "confirmed", "confirms",
	"declared", "declares", "denied", "denies")

// estimateOwner gives whose estimate a sentence names, "the National
// Intelligence Service's assessment", or "".
func estimateOwner(s sentence) string {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].cls&cEstimate != 0 && s.toks[k-1].poss && s.toks[k-1].capital {
			who, _ := npBefore(s, k-1)
			return canonicalSource(strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s"))
		}
	}
	return ""
}

// pointsBack reports a sentence that opens by pointing at a source named
// before it: "By that count", "On those figures", "According to
// preliminary data".
func pointsBack(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	switch {
	case (toks[0].low == "by" || toks[0].low == "on") && (toks[1].low == "that" || toks[1].low == "those" || toks[1].low == "this" || toks[1].low == "these"):
		return figureWord(toks[2].low) || toks[2].low == "count" || toks[2].low == "reckoning" || toks[2].low == "tally"
	case toks[0].low == "according" && toks[1].low == "to":
		for k := 2; k < len(toks) && k <= 4; k++ {
			if figureWord(toks[k].low) || toks[k].low == "data" {
				return true
			}
			if toks[k].capital || toks[k].kind != tWord {
				return false
			}
		}
	}
	return false
}

// openingFrom gives the source a sentence opens by naming: "The figures,
// from the NIS, bring the total to …".
func openingFrom(s sentence) string {
	toks := s.toks
	if len(toks) < 5 || !determiners[toks[0].low] || !figureWord(toks[1].low) {
		return ""
	}
	k := 2
	if toks[k].low == "," {
		k++
	}
	if toks[k].low != "from" {
		return ""
	}
	return canonicalSource(nameAt(s, k+1))
}

// ownersFigures gives the source a sentence opens by naming as its
// figures' owner: "The National Intelligence Service figures, relayed
// Monday by Rep. Lee, put the North's total losses at around 3,000".
func ownersFigures(s sentence) string {
	toks := s.toks
	if len(toks) < 4 || toks[0].low != "the" || !toks[1].capital {
		return ""
	}
	k := 1
	for k < len(toks) && k <= 7 && toks[k].capital && toks[k].kind == tWord {
		k++
	}
	if k >= len(toks) || k == 1 || !figureWord(toks[k].low) {
		return ""
	}
	return canonicalSource(trimPhrase(s, toks[1:k]))
}

// pictureBy gives the agent of a sentence that only says whose the figures
// before it are: "That was the picture painted by the National
// Intelligence Service in a closed-door briefing", "That was Volodymyr
// Zelensky, writing on X".
func pictureBy(s sentence) string {
	if !saysWhose(s.toks) || hasNumber(s.toks) {
		return ""
	}
	if who := nameAt(s, 2); who != "" && s.toks[2].capital {
		return canonicalSource(who) // "That was Volodymyr Zelensky, writing on X"
	}
	for k := 2; k+1 < len(s.toks) && k <= 10; k++ {
		if s.toks[k].low == "by" {
			return canonicalSource(nameAt(s, k+1))
		}
	}
	return ""
}

// estimateOf gives the source a sentence that says whose the figures
// before it are names after its estimate: "That is the latest assessment
// of the National Intelligence Service (NIS)".
func estimateOf(s sentence) string {
	if !saysWhose(s.toks) {
		return ""
	}
	toks := s.toks
	for k := 2; k+2 < len(toks) && k <= 6 && toks[k].kind != tNum; k++ {
		if toks[k].cls&cEstimate != 0 && (toks[k+1].low == "of" || toks[k+1].low == "from") {
			return canonicalSource(nameAt(s, k+2)) // "That is the latest estimate from South Korea's National Intelligence Service"
		}
		if toks[k].cls&cEstimate != 0 {
			if who := relativeSource(s, k); who != "" {
				return canonicalSource(who) // "That was the assessment South Korea's National Intelligence Service gave a committee"
			}
		}
	}
	return ""
}

// listIntro gives the speaker of the line that opens a bulleted list, "the
// National Intelligence Service told lawmakers the following:", or a fact
// box, "The deployment, according to the NIS (Dec 19)", to each of its items.
func listIntro(sents []sentence, speakers *speakerTable, i int) string {
	if !bullet(sents[i]) && !boxItem(sents[i].toks) {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if bullet(sents[k]) || boxItem(sents[k].toks) {
			continue
		}
		if t := sents[k].toks; len(t) > 0 && (t[len(t)-1].low == ":" || boxSource(t)) {
			if who, ok := oneSpeaker(speakers.at(k)); ok {
				return who
			}
		}
		return ""
	}
	return ""
}

// boxItem reports a line of a fact box: a short label of words, a colon,
// then a figure, "Troops in Russia: about 11,000".
func boxItem(toks []token) bool {
	for k := 0; k < len(toks) && k <= 6; k++ {
		switch {
		case toks[k].low == ":":
			return k > 0 && hasNumber(toks[k+1:])
		case toks[k].kind != tWord:
			return false
		}
	}
	return false
}

// boxSource reports the line over a fact box that says whose its figures
// are, "North Korea's deployment, according to the NIS (Dec 19)": it names
// a source and gives no figure of its own, a date in brackets aside.
func boxSource(toks []token) bool {
	according := false
	for k, t := range toks {
		if t.kind == tNum && !inBrackets(toks, k) {
			return false
		}
		according = according || t.low == "according" && k+1 < len(toks) && toks[k+1].low == "to"
	}
	return according
}

// bullet reports a sentence that opens an item of a list: "- At least 100 …".
func bullet(s sentence) bool {
	t := strings.TrimLeft(s.text, " ")
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "– ")
}

// figureWord reports a figure noun, singular or plural: "figure",
// "numbers", "estimates".
func figureWord(w string) bool { return figureNouns[strings.TrimSuffix(w, "s")] }

// figuresFrom gives the source a sentence with no figure of its own
// announces for the figures after it: "The numbers came on Wednesday, from
// South Korea's spy agency."
func figuresFrom(s sentence) string {
	toks := s.toks
	if hasNumber(toks) {
		return ""
	}
	for k, t := range toks {
		if !figureWord(t.low) && t.low != "data" && t.low != "assessment" && t.low != "assessments" {
			continue // "The assessment came from South Korea's NIS"
		}
		for v := k + 1; v < len(toks) && v <= k+3; v++ {
			if l := toks[v].low; l != "came" && l != "come" && l != "comes" {
				continue
			}
			for f := v + 1; f < len(toks) && f <= v+8; f++ {
				if toks[f].low == "from" {
					n := f + 1
					if n+2 < len(toks) && personTitles[toks[n].low] && toks[n+1].low == "." {
						n += 2 // "from Rep. Lee Seong-kweun"
					}
					return canonicalSource(nameAt(s, n))
				}
			}
		}
		return ""
	}
	return ""
}

// theFighting reports "fighting" or "combat" as a noun, "casualties in the
// Kursk fighting": where the losses were taken, not who was sent.
func theFighting(toks []token, k int) bool {
	return (toks[k].low == "fighting" || toks[k].low == "combat") && k > 0 && (toks[k-1].low == "the" || toks[k-1].capital && toks[k-1].kind == tWord)
}

// lostGround reports "lost" said of land, not of people: "a push to
// retake the lost ground".
func lostGround(toks []token, k int) bool {
	if toks[k].low != "lost" {
		return false
	}
	// "the ground it lost in Kursk": the land before the verb, in a relative clause
	return k+1 < len(toks) && landNouns[toks[k+1].low] || k >= 2 && subjectPronouns[toks[k-1].low] && landNouns[toks[k-2].low]
}

// landTaken reports "captured" or "seized" at k in a relative clause on
// land: "to retake the part of Kursk that Ukraine captured in August".
func landTaken(toks []token, k int) bool {
	if toks[k].low != "captured" && toks[k].low != "seized" {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if toks[j].low == "that" || toks[j].low == "which" {
			// the land just before: "the part of Kursk that", "the ground that"
			return landNouns[toks[j-1].low] || j >= 3 && toks[j-2].low == "of" && landNouns[toks[j-3].low]
		}
	}
	return false
}

var landNouns = set("ground", "territory", "territories", "land", "positions", "villages", "towns",
	"part", "slice", "corner", "area", "pocket")

// presentedBy gives who a sentence with no figure of its own says gave
// the figures after it: "The JCS presented its latest assessment to
// reporters on Thursday." It is the sentence's opening name.
func presentedBy(s sentence) string {
	toks := s.toks
	if hasNumber(toks) {
		return ""
	}
	for k, t := range toks {
		if !presentVerbs[t.low] && t.low != "with" {
			continue // "Yusov went on national television on Friday with fresh figures"
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if l := toks[n].low; toks[n].cls&cEstimate != 0 || figureWord(l) || l == "assessment" || l == "data" {
				return openingName(s)
			}
		}
		if t.low != "with" {
			return ""
		}
	}
	return ""
}

// relayedOwner gives whose figures a sentence with none of its own says
// someone passed on: "Lawmaker Lee Seong-kweun relayed the spy agency's
// latest figures after a briefing" gives the agency's, named before.
func relayedOwner(s sentence, e *entities) string {
	toks := s.toks
	if hasNumber(toks) {
		return ""
	}
	for k, t := range toks {
		if !presentVerbs[t.low] && t.low != "relayed" {
			continue
		}
		owner := -1
		for n := k + 1; n < len(toks) && n <= k+6; n++ {
			if toks[n].poss {
				owner = n
				continue
			}
			if l := toks[n].low; owner > k && (toks[n].cls&cEstimate != 0 || figureWord(l) || l == "assessment" || l == "data") {
				who, _ := npBefore(s, owner)
				who = e.resolveTitle(strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s"))
				if who == "" || isLowerCase(who) {
					return ""
				}
				return canonicalSource(who)
			}
		}
		return ""
	}
	return ""
}

var presentVerbs = set("presented", "released", "published", "issued", "unveiled", "offered", "shared", "gave", "delivered")

// saysWhose reports a sentence that opens by saying whose the figures
// before it are, "That is the new count from South Korea's spy agency, …",
// whatever figures of its own follow.
func saysWhose(toks []token) bool {
	return len(toks) > 2 && (toks[0].low == "that" || toks[0].low == "this" || toks[0].low == "those" || toks[0].low == "these") &&
		(toks[1].low == "is" || toks[1].low == "are" || toks[1].low == "was" || toks[1].low == "were")
}

// saidThis reports a sentence whose speaker says what came before: "Zelensky
// said this on Telegram", "the agency reported this after a briefing"; but
// "said this week that …" says something new.
func saidThis(toks []token) bool {
	for k := 0; k+1 < len(toks) && k < 16; k++ {
		if toks[k].cls&cReport == 0 || toks[k+1].low != "this" && toks[k+1].low != "so" {
			continue
		}
		if k+2 == len(toks) || toks[k+2].kind != tWord || afterThis[toks[k+2].low] {
			return true
		}
	}
	return false
}

// afterThis may follow "said this" when "this" is what was said.
var afterThis = set("on", "in", "at", "after", "during", "while", "when", "as", "to", "and", "via", "through")

// believedBy gives an agentless belief, "North Korea is believed to have
// sent around 11,000 troops", the source the sentences just before quote:
// a wire story's background paragraph under its briefing.
func believedBy(sents []sentence, speakers *speakerTable, i, pos int) string {
	toks := sents[i].toks
	believed := false
	for k := 1; k+2 < len(toks) && k < pos; k++ {
		if beliefPassives[toks[k].low] && beForms[toks[k-1].low] && toks[k+1].low == "to" && (toks[k+2].low == "have" || toks[k+2].low == "number") {
			believed = true
		}
	}
	if !believed {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n := len(speakers.at(k)); n > 0 {
			if who := speakers.at(k)[n-1].who; spyAgency(who) && !speakerRoles[strings.ToLower(lastField(who))] {
				return who // a spy agency's briefing; a president's words, an official's, are not the wire's background
			}
			return ""
		}
	}
	return ""
}

var (
	beliefPassives = set("believed", "estimated", "thought", "understood")
	speakerRoles   = set("official", "officials", "source", "sources", "officer", "lawmaker", "spokesman", "spokeswoman", "spokesperson")
)

// agentlessReport reports a report in the passive that names no one:
// "was widely reported", "has been reported", not "was reported by Yonhap".
func agentlessReport(toks []token) bool {
	for i, t := range toks {
		if (t.low == "reported" || t.low == "rumoured" || t.low == "rumored") && passiveReport(toks, i) &&
			!(i+1 < len(toks) && toks[i+1].low == "by") {
			return true
		}
	}
	return false
}

// changedFromBetween reports an earlier figure between from and to that
// the one before it replaced: "up from the 1,100 the agency reported".
func changedFromBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].kind == tNum {
			_, qs := readQualifier(toks, k)
			return changedFrom(toks, qs)
		}
	}
	return false
}

// itsEstimateOf gives the body the sentence before opens with, when this
// one opens on its estimate: "Its latest estimate", "Their count".
func itsEstimateOf(before sentence, toks []token) string {
	if len(toks) < 3 || toks[0].low != "its" && toks[0].low != "their" {
		return ""
	}
	for k := 1; k <= 2; k++ {
		if toks[k].cls&cEstimate != 0 {
			if who := openingName(before); who != "" && isAgency(who) {
				return who
			}
			return ""
		}
	}
	return ""
}

// relayedWhat gives the source a sentence with no figure relays: in
// "Lawmaker Lee told reporters what the agency had said", the agency.
func relayedWhat(s sentence, sp []speaker) string {
	if len(sp) != 2 || hasNumber(s.toks) {
		return ""
	}
	for k := sp[0].pos + 1; k < sp[1].pos; k++ {
		if s.toks[k].low == "what" {
			return sp[1].who
		}
	}
	return ""
}

func oneSpeaker(sp []speaker) (string, bool) {
	if len(sp) == 0 {
		return "", false
	}
	for _, s := range sp[1:] {
		if s.who != sp[0].who && !sameSource(s.who, sp[0].who) {
			return "", false // but "According to South Korean estimates" names one source twice
		}
	}
	return sp[0].who, true
}

func hasNumber(toks []token) bool {
	for _, t := range toks {
		if t.kind == tNum {
			return true
		}
	}
	return false
}

// hasCount reports a number among toks that is no date: "On October
// 31, Blinken put the number at about 8,000" names no figure before it.
func hasCount(toks []token) bool {
	for k, t := range toks {
		if t.kind != tNum || isYear(t) {
			continue
		}
		if dayOfMonth(t) && (k > 0 && isMonthWord(toks[k-1].low) || k > 1 && toks[k-1].low == "." && isMonthWord(toks[k-2].low) ||
			k+1 < len(toks) && isMonthWord(toks[k+1].low)) { // "October 31", "Oct. 31", "31 October"
			continue
		}
		return true
	}
	return false
}

// wholeNamedBy reports a speaker inside "of the N … ," before the
// figure at pos: the part's clause opens with the whole another gave.
func wholeNamedBy(toks []token, at, pos int) bool {
	of := -1
	for k := at - 1; k >= 1 && k >= at-8; k-- {
		if toks[k].low == "," {
			return false
		}
		if toks[k].low == "of" && toks[k+1].low == "the" && k+2 < at && toks[k+2].kind == tNum {
			of = k
			break
		}
	}
	if of < 0 {
		return false
	}
	for k := at + 1; k < pos; k++ {
		if toks[k].low == "," {
			for k++; k < pos && qualifierWords[toks[k].low]; k++ {
			}
			return k == pos // ", about 1,000", ", more than 1,000"
		}
	}
	return false
}

// attribution says who gives the figure at token pos of sentence i: a
// speaker in the sentence (the nearest before the figure, else after), else
// the speaker named where a quotation that holds the sentence closes.
// agentOfFigure gives the speaker a participle names right after the
// figure at pos, "the 1,100 casualties cited by the JCS", or -1.
func agentOfFigure(toks []token, sp []speaker, pos int) int {
	for k, s := range sp {
		if s.pos <= pos || s.pos > pos+8 || s.pos+1 >= len(toks) || toks[s.pos+1].low != "by" || !agentVerbs[toks[s.pos].low] {
			continue
		}
		for j := pos + 1; j < s.pos; j++ {
			if toks[j].kind == tPunct && toks[j].low != "-" || beForms[toks[j].low] || toks[j].low == "and" || toks[j].low == "that" {
				return -1
			}
		}
		return k
	}
	return -1
}

// agentVerbs are participles whose "by" names who gave the figure.
var agentVerbs = set("cited", "given", "reported", "estimated", "claimed", "counted", "announced", "published")

func attribution(sents []sentence, speakers *speakerTable, i, pos int) string {
	sp := speakers.at(i)
	if len(sp) > 0 && sp[0].pos > pos && timeClause(sents[i].toks, sp[0].pos) {
		// "followed by some 3,000 replacements and then, after Moscow
		// declared Kursk retaken, by engineers": when, not who counted
		sp = sp[1:]
	}
	if k := agentOfFigure(sents[i].toks, sp, pos); k >= 0 {
		return sp[k].who // "three times the roughly 1,100 casualties cited by South Korea's joint chiefs": theirs
	}
	best := -1
	for k, s := range sp {
		if s.pos < pos {
			best = k
		}
	}
	if best < 0 && len(sp) > 0 {
		best = 0
		for k, s := range sp {
			if s.pos > pos {
				best = k
				break
			}
		}
		if toks := sents[i].toks; placeClauseBetween(toks, pos, sp[best].pos) {
			// "Of the roughly 11,000 … North Korea sent, most fought in
			// Kursk, where Russia said in April …": the place's news
			return Unattributed
		}
		if toks := sents[i].toks; ownFigureAfterColon(toks, pos, sp[best].pos) {
			// "Up to 12K North Korean troops in Russia: Seoul puts their
			// losses at 1,100": the speaker gives the figure after the colon
			return Unattributed
		}
		if toks := sents[i].toks; sp[best].pos > pos && changedFromBetween(toks, pos+1, sp[best].pos) {
			// "roughly 3,000, up from the 1,100 the agency reported …,
			// according to Rep. Lee": the agency gave the 1,100; the
			// sentence's "according to" gives the figure before it
			for k := best + 1; k < len(sp); k++ {
				if toks[sp[k].pos].low == "according" {
					best = k
					break
				}
			}
		}
	}
	if best > 0 && sp[best].pos < pos && wholeNamedBy(sents[i].toks, sp[best].pos, pos) {
		// "The agency says that of the 5,000 builders Moscow announced in
		// June, about 1,000 have crossed": Moscow named the whole
		best--
	}
	if k := accordingAfter(sents[i].toks, sp, pos); k >= 0 && best >= 0 && sp[best].pos < pos &&
		!speechVerbs[sents[i].toks[sp[best].pos].low] && clauseBetween(sents[i].toks, sp[best].pos, pos) {
		// "…, the same 11,000 that Washington counted, was reinforced by
		// 3,000 more, according to Seoul's military"
		return sp[k].who
	}
	if best > 0 && governments[strings.ToLower(sp[best].who)] && beliefVerbs[sents[i].toks[sp[best].pos].low] &&
		!governments[strings.ToLower(sp[best-1].who)] {
		// "Singh told reporters the US now believes 11,000 …": the
		// spokeswoman gives the government's figure
		return sp[best-1].who
	}
	if toks := sents[i].toks; best >= 0 && governments[strings.ToLower(sp[best].who)] && sp[best].pos > 0 && toks[sp[best].pos].cls&cReport != 0 && !toks[sp[best].pos-1].poss {
		for _, later := range sp[best+1:] {
			if later.pos > pos && speechVerbs[toks[later.pos].low] && personName(later.who) &&
				!hasNumber(toks[pos+1:later.pos]) && !anyBetween(toks, clauseStops, pos, later.pos) {
				// "Kyiv now counts upwards of three thousand …, President
				// Zelensky said": the one who said so, for his government
				return later.who
			}
		}
	}
	if best >= 0 && sents[i].labelColon >= 0 && pos > sents[i].labelColon && isAgency(sents[i].label) &&
		(spyAgency(sents[i].label) || !isUpperCase(sents[i].label)) && !isAgency(sp[best].who) { // "VOSS:" is an anchor
		// "NIS: At least 100 … killed, Rep. Lee Seong-kweun says after
		// closed-door briefing": the agency's figure, a lawmaker relaying it
		return sents[i].label
	}
	if best >= 0 {
		return relayedAgency(sents, speakers, i, sp[best].who)
	}
	if sents[i].label != "" && (sents[i].labelColon < 0 || pos > sents[i].labelColon) {
		if who := quoteOwnedAfter(sents, speakers, i); who != "" && sents[i].labelColon < 0 {
			// "GOFF: To the war in Ukraine now. "… already exceeds 3,000."
			// Those words came from Ukraine's President Volodymyr
			// Zelensky": an anchor quoting someone
			return who
		}
		return sents[i].label
	}
	if quoteThenSpeaker(sents, speakers, i) {
		return speakers.at(i + 1)[0].who
	}
	if agentlessReport(sents[i].toks) {
		return Unattributed // "it was widely reported as 14,000": by nobody the sentence names
	}
	if who := openingFrom(sents[i]); who != "" {
		return who // "The figures, from the National Intelligence Service, bring …"
	}
	if i+1 < len(sents) && statedByNext(sents[i+1].toks) {
		// "Around twelve thousand … are already on Russian territory. This
		// was stated by the Chief of the Defence Intelligence of Ukraine,
		// Kyrylo Budanov, …": the name, else the title
		next := sents[i+1]
		who := npAfter(next, 4)
		for k := 5; k+1 < len(next.toks) && (next.toks[k].kind == tWord || next.toks[k].low == ","); k++ {
			if next.toks[k].low != "," {
				continue
			}
			if name := npAfter(next, k+1); personName(name) {
				who = name
			}
			break
		}
		if who != "" {
			return canonicalSource(who)
		}
	}
	if i+1 < len(sents) && gaveThatFigure(sents[i+1].toks) {
		// "More than 1,000 … have been killed in the Kursk region. Andrii
		// Yusov, a spokesperson for Ukraine's military intelligence, gave
		// that estimate on national television"
		if sp := speakers.at(i + 1); len(sp) > 0 && namesSomeone(sp[0].who) {
			return sp[0].who
		}
	}
	if i > 0 && partOfTotal(sents[i].toks) {
		if who, ok := oneSpeaker(speakers.at(i - 1)); ok {
			return who // "… , the General Staff reported on Dec. 23. This number includes 1,580 …", a paragraph on
		}
	}
	if who := neighbourSpeaker(sents, speakers, i); who != "" {
		return who
	}
	if who := believedBy(sents, speakers, i, pos); who != "" {
		return who
	}
	if sents[i].inQuote || sents[i].quoteOpened {
		for k := i; k < len(sents) && k <= i+5; k++ {
			if k > i && !sents[k].inQuote {
				break
			}
			close := sents[k].closeAt
			if k == i && !sents[i].inQuote {
				continue
			}
			for _, s := range speakers.at(k) {
				if s.pos > close && close >= 0 {
					return s.who
				}
			}
			if k > i && close == len(sents[k].toks)-1 && k+1 < len(sents) {
				// `"Of the roughly 10,000 …, about 8,000 are now in Kursk. We
				// have not yet seen them thrown into combat." Blinken gave
				// that assessment at the State Department`
				if who := ownerNamedAfter(sents, speakers, k); who != "" {
					return who
				}
			}
		}
	}
	if k := paragraphStart(sents, i); k > 0 && strings.HasPrefix(sents[k].text, "Quote:") {
		if who, ok := oneSpeaker(speakers.at(k - 1)); ok {
			// "Zelensky has said the contingent suffered heavy losses.
			// Quote: “… more than four thousand killed and wounded.”": the
			// words of the one the paragraph before reported
			return who
		}
	}
	return Unattributed
}

// statedByNext reports a sentence that names who said the one before it:
// "This was stated by …", "This was reported by …".
func statedByNext(toks []token) bool {
	return len(toks) > 4 && (toks[0].low == "this" || toks[0].low == "that") && (toks[1].low == "was" || toks[1].low == "is") &&
		(toks[2].low == "stated" || toks[2].low == "said" || toks[2].low == "reported" || toks[2].low == "announced") && toks[3].low == "by"
}

// gaveThatFigure reports a sentence with no count of its own that names
// who gave the figure before: "Yusov … gave that estimate on national
// television", "The NIS put out the figure after a briefing".
func gaveThatFigure(toks []token) bool {
	if hasCount(toks) {
		return false
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].cls&cReport != 0 && (toks[k+1].low == "that" || toks[k+1].low == "this" || toks[k+1].low == "the") && toks[k+2].cls&cEstimate != 0 {
			return true
		}
	}
	return false
}

// paragraphStart gives the first sentence of sentence i's paragraph.
func paragraphStart(sents []sentence, i int) int {
	for i > 0 && sents[i-1].para == sents[i].para {
		i--
	}
	return i
}

// clauseStops end a statement inside a sentence: what a speaker after
// them says is not what came before.
var clauseStops = set(";", ":")

// placeClauseBetween reports a speaker at at inside a ", where" clause
// after the figure at pos: the speaker tells of the place, not of the
// figure ("…, where Ukraine has held ground, the NIS said" is the NIS's).
func placeClauseBetween(toks []token, pos, at int) bool {
	for k := at - 1; k > pos; k-- {
		if toks[k].low == "," {
			return false
		}
		if toks[k].low == "where" && toks[k-1].low == "," {
			return true
		}
	}
	return false
}

// ownFigureAfterColon reports a colon between the figure at pos and a
// speaker after it at at, who goes on to give a figure of their own.
func ownFigureAfterColon(toks []token, pos, at int) bool {
	if at <= pos || !hasNumber(toks[at:]) {
		return false
	}
	for _, t := range toks[pos+1 : at] {
		if t.low == ":" {
			return true
		}
	}
	return false
}

// timeClause reports a speaker's verb at pos in a clause that says when:
// "after Moscow declared", "before the Pentagon said".
func timeClause(toks []token, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-5; k-- {
		switch l := toks[k].low; {
		case l == "after" || l == "before" || l == "until" || l == "when":
			return k < pos-1
		case l == "the" || toks[k].kind == tWord && toks[k].capital || toks[k].poss:
		default:
			return false
		}
	}
	return false
}

// accordingAfter finds an "according to" speaker after the figure at pos,
// with no other figure between: it says whose the figure is.
func accordingAfter(toks []token, sp []speaker, pos int) int {
	for k, s := range sp {
		if s.pos <= pos || toks[s.pos].low != "according" {
			continue
		}
		for _, t := range toks[pos+1 : s.pos] {
			if t.kind == tNum {
				return -1
			}
		}
		return k
	}
	return -1
}

// speechVerbs govern what follows them: "the NIS said …, according to Rep. Lee"
// is the NIS's figure, relayed.
var speechVerbs = set("said", "says", "told", "tells", "stated", "announced", "reported", "claimed", "estimated")

// clauseBetween reports a comma between a speaker at from and a figure at to.
func clauseBetween(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.low == "," {
			return true
		}
	}
	return false
}

var beliefVerbs = set("believes", "believe", "believed", "thinks", "estimates", "estimated", "assesses", "assessed")

// relayedAgency gives a lawmaker who passes on an agency's briefing the
// agency: the one the lawmaker cites, or the one named in the sentence
// before ("…, the NIS said. The total includes about 300 dead, lawmaker Lee
// Seong-kweun told reporters.").
func relayedAgency(sents []sentence, speakers *speakerTable, i int, who string) string {
	if strings.Contains(who, ", via ") {
		return who
	}
	if agency := briefedBy(sents[i]); agency != "" && !isAgency(who) {
		return agency + ", via " + who // "…, Rep. Kim said after a briefing by the NIS": whoever was briefed
	}
	f := strings.Fields(strings.ToLower(who))
	r := slices.IndexFunc(f[:min(len(f), 3)], func(w string) bool { return relayers[w] })
	// "HUR spokesman Andrii Yusov" speaks for his own service, not for the
	// agency the sentence before named
	relayer := r >= 0 && !isAgency(strings.Join(strings.Fields(who)[:r], " "))
	for _, s := range speakers.at(i) {
		if v := sents[i].toks[s.pos].low; (v == "citing" || v == "cited") && s.who != who && (relayer || isAgency(s.who) && (namedAfter(sents[i].toks, s.pos) || isAgency(npAfter(sents[i], s.pos+1)))) {
			return s.who + ", via " + who // "…, lawmaker Lee told reporters, citing the spy agency"; "Park said, citing the NIS"
		}
	}
	if !relayer {
		if k := relayerNamed(sents, i, who); k >= 0 {
			// "lawmaker Lee Seong-kweun told reporters after a briefing by
			// the agency. … according to Lee": the agency, through him
			for _, s := range speakers.at(k) {
				if isAgency(s.who) && !strings.Contains(s.who, ", via ") && s.who != who {
					return s.who + ", via " + who
				}
			}
			if agency := briefedBy(sents[k]); agency != "" {
				return agency + ", via " + who
			}
		}
		return who
	}
	if i == 0 || sents[i-1].para != sents[i].para {
		return who
	}
	for _, s := range speakers.at(i - 1) {
		if isAgency(s.who) && !strings.Contains(s.who, ", via ") && s.who != who {
			return s.who + ", via " + who
		}
	}
	return who
}

// relayerNamed finds the sentence, among the three before i, that named
// who as a lawmaker or a spokesman ("lawmaker Lee Seong-kweun" for "Lee"),
// or -1.
func relayerNamed(sents []sentence, i int, who string) int {
	if who == "" {
		return -1
	}
	// a surname alone, as a relay is named again, or the full name "the
	// lawmaker said" gives back for "Rep. Lee Seong-kweun"
	name := firstField(who)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		toks := sents[k].toks
		for j := 1; j < len(toks); j++ {
			if toks[j].text == name && (relayers[toks[j-1].low] || toks[j-1].low == "." && j >= 2 && relayers[toks[j-2].low]) {
				return k
			}
		}
	}
	return -1
}

// namedAfter reports a capitalised name right after token k, past "the":
// "citing the NIS"; "citing military commanders" names no agency, however
// the article named one before.
func namedAfter(toks []token, k int) bool {
	k++
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	return k < len(toks) && toks[k].capital
}

// briefedBy gives the agency that gave the briefing a sentence mentions:
// "after a closed-door briefing by the spy agency", "briefed by the NIS".
func briefedBy(s sentence) string {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if l := toks[i].low; l != "briefing" && l != "briefed" || toks[i+1].low != "by" && toks[i+1].low != "from" {
			continue
		}
		end := i + 2
		for end < len(toks) && end < i+9 && toks[end].kind == tWord && !stopWords[toks[end].low] {
			end++
		}
		if end == i+2 {
			return ""
		}
		who := strings.TrimPrefix(s.text[toks[i+2].start-toks[0].start:toks[end-1].end-toks[0].start], "the ")
		if isAgency(who) {
			return canonicalSource(who)
		}
		return ""
	}
	return ""
}

// quoteThenSpeaker reports whether sentence i is a quotation closed by a
// comma, `…roughly 4,200,"`, whose speaker opens the next sentence, even
// across a paragraph break: `a spokesman for the JCS told a briefing`.
func quoteThenSpeaker(sents []sentence, speakers *speakerTable, i int) bool {
	toks := sents[i].toks
	n := len(toks)
	if n < 2 || toks[n-1].low != `"` || toks[n-2].low != "," || i+1 >= len(sents) || len(speakers.at(i+1)) == 0 {
		return false
	}
	return speakers.at(i + 1)[0].pos <= 15
}

// quoteOwnedAfter names the speaker of a sentence that is all quotation
// when the next sentence says whose it was: `"… more than 3,000 … killed or
// wounded." That was President Volodymyr Zelensky, writing on X`, "…
// President Volodymyr Zelensky wrote this on social media", "The message
// was posted on X by Ukrainian President Volodymyr Zelensky".
func quoteOwnedAfter(sents []sentence, speakers *speakerTable, i int) string {
	toks := sents[i].toks
	if open := slices.IndexFunc(toks[:min(len(toks), 9)], func(t token) bool { return t.low == `"` }); open > 0 && toks[open-1].low == "-" {
		toks = toks[open:] // `Kyiv (AFP) – "According to preliminary data, …"`: a dateline, then the quotation
	}
	if len(toks) < 3 || toks[0].low != `"` || toks[len(toks)-1].low != `"` || i+1 >= len(sents) {
		return ""
	}
	return ownerNamedAfter(sents, speakers, i)
}

// ownerNamedAfter names whose the quotation that closes sentence i is,
// when the sentence after says it: "That was …", "… wrote this", "The
// estimate came from …".
func ownerNamedAfter(sents []sentence, speakers *speakerTable, i int) string {
	next := sents[i+1]
	nt := next.toks
	if len(nt) >= 4 && (nt[0].low == "that" || nt[0].low == "those") && beForms[nt[1].low] {
		at := 2
		if nt[2].low == "the" {
			at = 3 // "That is the National Intelligence Service's latest count"
		}
		if at == 3 && len(nt) > 5 && quotedNouns[nt[3].low] {
			// "That was the message (that) President Volodymyr Zelensky
			// posted on Telegram"
			k := 4
			if nt[k].low == "that" {
				k++
			}
			if who := npAfter(next, k); nt[k].capital && (personName(who) || isAgency(who)) {
				return who
			}
		}
		if !nt[at].capital {
			return ""
		}
		if who := npAfter(next, at); at == 2 && (personName(who) || isAgency(who)) {
			return who
		}
		j := at
		for j < len(nt) && nt[j].kind == tWord && (nt[j].capital || nt[j].low == "of" && j+1 < len(nt) && nt[j+1].capital) && !nt[j].poss {
			j++
		}
		if j+1 < len(nt) && nt[j].poss && nt[j].capital && (nt[j+1].cls&(cEstimate|cStatement) != 0 || j+2 < len(nt) && nt[j+2].cls&(cEstimate|cStatement) != 0) {
			// "That was President Volodymyr Zelensky's assessment"
			if who := next.text[nt[at].start-nt[0].start : nt[j].start-nt[0].start+len(nt[j].text)]; personName(who) || isAgency(who) {
				return who
			}
		}
		return ""
	}
	for k := 2; k+2 < len(nt) && k <= 8; k++ {
		if nt[k].kind != tWord {
			break
		}
		if nt[k].low == "made" && (nt[k+1].low == "the" || nt[k+1].low == "these" || nt[k+1].low == "those" || nt[k+1].low == "this" || nt[k+1].low == "that") && quotedNouns[nt[k+2].low] {
			// "President Volodymyr Zelensky made the statement on X"
			if who := trimPhrase(next, nt[:k]); personName(who) || isAgency(who) {
				return who
			}
			break
		}
	}
	if len(nt) > 5 && (nt[0].low == "these" || nt[0].low == "those" || nt[0].low == "that" || nt[0].low == "this") && beForms[nt[1].low] &&
		nt[2].low == "the" && quotedNouns[nt[3].low] && nt[4].low == "of" && nt[5].capital {
		if who := npAfter(next, 5); personName(who) || isAgency(who) {
			return who // "These are the words of President Volodymyr Zelensky, from his evening address"
		}
	}
	if len(nt) > 4 && nt[0].low == "the" && quotedNouns[nt[1].low] && beForms[nt[2].low] && nt[3].capital {
		// "The words are Ukrainian President Volodymyr Zelensky's, from
		// his evening address"
		j := 3
		for j < len(nt) && nt[j].kind == tWord && nt[j].capital && !nt[j].poss {
			j++
		}
		if j < len(nt) && j < 10 && nt[j].poss && nt[j].capital && (j+1 == len(nt) || nt[j+1].kind == tPunct) {
			if who := strings.TrimSuffix(strings.TrimSuffix(next.text[nt[3].start-nt[0].start:nt[j].start-nt[0].start+len(nt[j].text)], "'s"), "’s"); personName(who) || isAgency(who) {
				return who
			}
		}
	}
	if len(nt) > 5 && (nt[0].low == "the" && (nt[1].cls&cEstimate != 0 || figureNouns[nt[1].low] || quotedNouns[nt[1].low]) ||
		(nt[0].low == "those" || nt[0].low == "these") && quotedNouns[nt[1].low]) && nt[2].low == "came" && nt[3].low == "from" {
		if who := npAfter(next, 4); personName(who) || isAgency(who) || personName(afterPossessor(who)) {
			// "The estimate came from Ukrainian President Volodymyr
			// Zelensky, who …", "Those words came from Ukraine's President
			// Volodymyr Zelensky"
			return who
		}
	}
	backRef := false
	for k := 0; k < len(nt) && k < 8; k++ {
		if (nt[k].low == "this" || nt[k].low == "so") && k > 0 && nt[k-1].cls&cReport != 0 || k <= 1 && quotedNouns[nt[k].low] {
			backRef = true // "wrote this on social media", "said so in his address", "The message was posted …"
		}
		if k == 2 && (nt[0].low == "this" || nt[0].low == "that") && beForms[nt[1].low] && nt[2].cls&cReport != 0 {
			backRef = true // "This was stated by President of Ukraine Volodymyr Zelensky"
		}
		if (nt[k].low == "the" || nt[k].low == "that") && k > 0 && nt[k-1].cls&cReport != 0 && k+1 < len(nt) && nt[k+1].cls&cEstimate != 0 {
			backRef = true // "Zelensky gave the figure in his nightly address", "Blinken gave that assessment"
		}
	}
	if sp := speakers.at(i + 1); backRef && len(sp) > 0 && sp[0].pos <= 15 && namesSomeone(sp[0].who) {
		return sp[0].who
	}
	if backRef {
		for k := 0; k+1 < len(nt) && k < 16; k++ {
			if nt[k].low == "by" && nt[k+1].capital {
				if who := npAfter(next, k+1); personName(who) || isAgency(who) || namesSomeone(who) {
					return who // "The message was posted on X on December 23 by Ukrainian President Volodymyr Zelensky"
				}
			}
		}
	}
	return ""
}

// quotedNouns name a quotation the sentence after it gives an owner.
var quotedNouns = set("message", "post", "statement", "remarks", "words", "comment", "comments", "tweet", "quote", "line")

// signedQuote names who a quotation holding the figure at pos is signed
// by with a dash, as a fact-check's claim box does: `Claim: "… has already
// exceeded 3,000." — Ukrainian President Volodymyr Zelensky, on X`.
func signedQuote(s sentence, pos int) string {
	toks := s.toks
	opened := false
	for k := 0; k < pos; k++ {
		if toks[k].low == `"` {
			opened = !opened
		}
	}
	if !opened {
		return ""
	}
	for k := pos + 1; k+2 < len(toks); k++ {
		if toks[k].low != `"` {
			continue
		}
		if toks[k+1].low == "-" && toks[k+2].capital {
			if who := npAfter(s, k+2); personName(who) || isAgency(who) {
				return who
			}
		}
		return ""
	}
	return ""
}

// headlineSpeaker reads "Zelensky: 3K North Korean troops…".
func headlineSpeaker(s sentence) string {
	if who := trailingSpeaker(s); who != "" {
		return who
	}
	for k, t := range s.toks {
		if t.low == ":" && k > 0 && k <= 4 {
			for _, w := range s.toks[:k] {
				if !w.capital {
					return Unattributed
				}
			}
			if headlineKinds[strings.ToLower(s.text[:s.toks[k].start-s.toks[0].start])] {
				return Unattributed // "Full Text: Zelensky's Evening Address": what the page is, not who speaks
			}
			if strings.Contains(s.text[s.toks[k].start-s.toks[0].start:], ";") {
				return Unattributed // "Korea Risk Daily: Kim greets …; defector arrivals": a newsletter's stories
			}
			return s.text[:s.toks[k].start-s.toks[0].start]
		}
	}
	return Unattributed
}

// statementBy reads whose words a page is from its headline: "… – address
// by the President of Ukraine", "Statement by the Minister of Defence",
// "Remarks by Secretary Blinken". The figures such a page gives without a
// source are the speaker's own.
func statementBy(title []sentence) string {
	for _, s := range title {
		for k := 0; k+2 < len(s.toks); k++ {
			if authoredNouns[s.toks[k].low] && s.toks[k+1].low == "by" {
				return npAfter(s, k+2)
			}
		}
		for k := 1; k < len(s.toks); k++ {
			if authoredNouns[s.toks[k].low] && (s.toks[k-1].poss || k > 1 && s.toks[k-2].poss && (s.toks[k-1].capital || addressKinds[s.toks[k-1].low])) {
				// "Zelensky's Evening Address", "Putin's speech"
				j := k - 1
				if !s.toks[j].poss {
					j--
				}
				if who, _ := npBefore(s, j); who != "" && isPerson(strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")) {
					return strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")
				}
			}
		}
	}
	return ""
}

var (
	authoredNouns = set("address", "statement", "remarks", "speech")
	addressKinds  = set("evening", "nightly", "video", "daily", "weekly", "televised") // "Zelensky's evening address"
	headlineKinds = set("full text", "transcript", "text", "explainer", "analysis", "opinion", "live", "watch", "video",
		"update", "breaking", "factbox", "fact check", "q&a", "in full")
)

// trailingSpeaker reads the source a headline puts last, after a dash or
// a colon: "… lost nearly 4,000 soldiers in Kursk – Zelensky", "… 4,700
// dead: Seoul". One to three capitalised words, nothing after.
func trailingSpeaker(s sentence) string {
	toks := s.toks
	n := len(toks)
	for n > 0 && toks[n-1].kind == tPunct && toks[n-1].low != "-" && toks[n-1].low != ":" {
		n-- // a closing quote or full stop
	}
	for k := n - 2; k >= 1 && k >= n-4; k-- {
		switch toks[k].text {
		case "–", "—", "-", ":":
		default:
			continue
		}
		for _, t := range toks[k+1 : n] {
			if !t.capital || t.kind != tWord || t.cls&cNotSpeaker != 0 {
				return ""
			}
		}
		return s.text[toks[k+1].start-toks[0].start : toks[n-1].end-toks[0].start]
	}
	return ""
}

func sentenceLocation(toks []token) string {
	for _, t := range toks {
		if !t.capital {
			continue
		}
		for _, l := range locations {
			if t.text == l {
				return l
			}
		}
	}
	return ""
}

// placeReach is how many words from a figure a place may stand and still
// say where its people are: further off, "adding that some had moved
// toward Kursk" is about some of them.
const placeReach = 10

// claimLocation is where a sentence places its people: a region it names,
// else "Russia" when it places them in the country as a whole ("sent to
// Russia", "in Russia"), which a figure for one region is only part of.
func claimLocation(toks []token) string {
	if l := sentenceLocation(toks); l != "" && !regionIncluded(toks) {
		return l
	}
	for k := 1; k < len(toks); k++ {
		p := k - 1
		if p > 0 && regionAdjectives[toks[p].low] {
			p-- // "sent to eastern Russia", "in Russia's Far East" is still Russia
		}
		switch toks[p].low {
		case "to", "in", "into", "inside", "across":
			if toks[k].text == "Russia" && !toks[k].poss {
				return "Russia"
			}
			if toks[k].low == "the" && k+1 < len(toks) && (toks[k+1].low == "region" || toks[k+1].low == "oblast" || toks[k+1].low == "area") {
				return theRegion
			}
			if toks[k].low == "the" && k+2 < len(toks) && toks[k+1].low == "border" && (toks[k+2].low == "region" || toks[k+2].low == "oblast") {
				return theRegion // "moved to the border region": the region the article is set in
			}
		}
	}
	return ""
}

// regionIncluded reports the first region a sentence names as a part its
// figure includes: "the total in Russia at roughly 10,000, the Kursk group
// included" counts the whole country's.
func regionIncluded(toks []token) bool {
	for k, t := range toks {
		if !t.capital || !slices.Contains(locations, t.text) {
			continue
		}
		for j := max(k-3, 0); j < len(toks) && j <= k+3; j++ {
			if l := toks[j].low; l == "included" || j < k && (l == "including" || l == "includes") {
				return true
			}
		}
		return false
	}
	return false
}

// theRegion is where "in the region" places a figure: the region the
// article is set in, which the extractor puts in its place.
const theRegion = "the region"

var regionAdjectives = set("eastern", "far-eastern", "western", "southern", "northern", "central")

func articleLocation(parts ...[]sentence) string {
	for _, p := range parts {
		for _, s := range p {
			if l := sentenceLocation(s.toks); l != "" {
				return l
			}
		}
	}
	return ""
}

// dedupe keeps one claim per metric, subject and value: the attributed one
// over the unattributed, a qualified one over a bare number, one whose
// subject is named over a guess, the body's wording over the headline's.
func dedupe(cs []Claim) []Claim {
	type key struct {
		m       Metric
		s       Subject
		v, vmax float64
	}
	index := map[key]int{}
	var out []Claim
	for _, c := range cs {
		k := key{c.Metric, c.Subject, c.Value, c.ValueMax}
		j, seen := index[k]
		if !seen {
			index[k] = len(out)
			out = append(out, c)
			continue
		}
		// As well told, "8,000 have moved to Kursk, Blinken said" wins over
		// "some 8,000 of them": the count a rival's can be set against.
		if n, m := informativeness(c), informativeness(out[j]); n > m || n == m && (namedOverGuessed(c, out[j]) || namedOverDescribed(c, out[j]) || agencyOverRelay(c, out[j]) || agencyNamed(c, out[j]) || captorsWord(c, out[j]) || out[j].Partial && !c.Partial) {
			if c.Location == "" {
				c.Location = out[j].Location
			}
			// the headline's "Blinken: About 8,000 North Korean troops now in
			// Kursk" names whose the body's "about 8,000 of them" are
			c.Tentative = c.Tentative && out[j].Tentative
			if c.Said.IsZero() && c.Qualifier == out[j].Qualifier {
				c.Said = out[j].Said
			}
			out[j] = c
		} else if out[j].Said.IsZero() && c.Qualifier == out[j].Qualifier {
			// `The claim: "Eleven thousand … in the Kursk region."`, then
			// "On November 4, Zelensky put the number … at 11,000": the
			// day the figure was given, for the article's own rivals
			out[j].Said = c.Said
		}
	}
	return out
}

// namedOverGuessed reports the same figure given again with its subject
// named where the first copy guessed it: the body's "North Korean
// casualties … about 3,000" under the headline's "NK casualties near
// 3,000". A copy with another qualifier is another statement, which the
// first may have dated ("On October 28 the Pentagon said about 10,000").
func namedOverGuessed(c, first Claim) bool {
	return first.Tentative && !c.Tentative && c.Qualifier == first.Qualifier
}

// agencyOverRelay reports the same figure given again with the agency a
// relay cited: the body's "…, a South Korean lawmaker said, citing the
// country's spy agency" under the headline's "…, Seoul lawmaker says".
func agencyOverRelay(c, first Claim) bool {
	return c.Qualifier == first.Qualifier && strings.Contains(c.Attribution, ", via ") && !strings.Contains(first.Attribution, ", via ")
}

// captorsWord reports the same prisoners counted again by their captor,
// where the first copy had it from a third party: "two North Koreans
// captured by Ukraine were the first taken alive", Seoul's spy agency
// said, and then "Zelensky announced that his forces had captured two
// North Korean soldiers". Whoever holds prisoners is who counts them.
func captorsWord(c, first Claim) bool {
	if c.Metric != Captured || c.Qualifier != first.Qualifier {
		return false
	}
	side, ok := speakerSubject(c.Attribution)
	if !ok || side == c.Subject {
		return false
	}
	was, ok := speakerSubject(first.Attribution)
	return !ok || was == c.Subject
}

// agencyNamed reports the same figure given again by an agency named
// where the first copy described it: the body's "citing the National
// Intelligence Service (NIS)" under the headline's "spy agency says".
func agencyNamed(c, first Claim) bool {
	return c.Qualifier == first.Qualifier && isLowerCase(afterFirstLetter(first.Attribution)) && isAgency(first.Attribution) &&
		!isLowerCase(c.Attribution) && isAgency(c.Attribution)
}

// afterFirstLetter is s without its first letter, which a headline
// capitalises: "Spy agency puts … at 4,700".
func afterFirstLetter(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[n:]
}

func informativeness(c Claim) int {
	n := 0
	if c.Attribution != Unattributed {
		n += 4
	}
	if c.Qualifier != Exact {
		n += 2
	}
	if strings.Contains(c.Attribution, " ") {
		n++ // a full name over a surname
	}
	return n
}

// namedOverDescribed reports the same figure given again by a source
// named where the first copy described it: "Volodymyr Zelensky told
// reporters" under the lede's "Ukraine's president says".
func namedOverDescribed(c, first Claim) bool {
	return c.Qualifier == first.Qualifier && describedRole(first.Attribution) && personName(c.Attribution)
}

// describedRole reports a source described by whose it is, "Ukraine's
// president" or "Seoul's spy agency".
func describedRole(s string) bool {
	_, role, ok := strings.Cut(s, "'s ")
	if !ok {
		_, role, ok = strings.Cut(s, "’s ")
	}
	r, _ := utf8.DecodeRuneInString(role)
	return ok && unicode.IsLower(r)
}

// personName reports a person's name of two or more capitalised words and
// no possessive, "Volodymyr Zelensky", not "North Korean" or "Defence
// Intelligence".
func personName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || strings.ContainsAny(s, "'’") || !isPerson(s) || isNationality(words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// placeTo reports "preparing to put" a figure: to place the men, not to
// give their number ("Moscow is preparing to put about 2,600 of them
// into the Kursk sector").
func placeTo(toks []token, k, from int) bool {
	return k+2 < from && toks[k+1].low == "to" && toks[k+2].low == "put" && !anyBetween(toks, clauseStops, k+2, from)
}

// expectedOfOperation reports "expected" at k saying what an operation
// named after the figure will be or bring: "a counteroffensive expected in
// the coming weeks", "a counteroffensive that North Korean units were
// expected to join".
func expectedOfOperation(toks []token, from, k int) bool {
	if operationNouns[toks[k-1].low] {
		return true
	}
	for j := k - 2; j > from && j >= k-6; j-- {
		if (toks[j].low == "that" || toks[j].low == "which") && operationNouns[toks[j-1].low] {
			return true
		}
	}
	return false
}

// operationNouns name an event that "expected" after them dates: "massed
// about 50,000 troops for a counter-offensive expected in the coming
// weeks" has the troops massed now.
var operationNouns = set("offensive", "counteroffensive", "counter-offensive", "assault", "attack", "operation", "push", "battle")

// namesSomeone reports a name of a person or a body, a person's after a
// title with "of" in it too: "Secretary of State Antony Blinken".
func namesSomeone(who string) bool {
	if personName(who) || isAgency(who) {
		return true
	}
	if i := strings.LastIndex(who, " of "); i > 0 {
		_, name, _ := strings.Cut(who[i+len(" of "):], " ")
		return personName(name)
	}
	return false
}
