package claims

import "strings"

// DefaultLexicon returns the built-in cue words: what marks each metric and
// each subject in news prose about the story.
func DefaultLexicon() Lexicon {
	return Lexicon{
		Metrics: map[Metric][]string{
			Casualties: {"casualties", "casualty", "losses", "loss", "lost", "lose", "loses", "losing", "toll",
				"killed or wounded", "killed and wounded", "dead and wounded", "dead or wounded",
				"killed or injured", "killed and injured", "wounded or killed", "wounded and killed",
				"dead and injured", "deaths and injuries", "killed , wounded", "dead , wounded",
				"killed / wounded", "dead / wounded", "killed , injured", "out of action",
				"killed and the wounded", "dead and the wounded",
				// "had passed 4,000 killed and seriously wounded"
				"killed and seriously wounded", "killed or seriously wounded", "killed and severely wounded",
				"killed or severely wounded", "killed and badly wounded", "killed or badly wounded"},
			Killed: {"killed", "dead", "died", "die", "dying", "deaths", "death", "fatalities", "perished",
				"killed in action", "lost their lives", "bodies", "eliminated", "neutralised", "neutralized",
				"death toll", "irrecoverable losses", "irretrievable losses",
				"liquidated", "remains", "cut down", "fatally", "fatal", "destroyed", "lives",
				"funerals", "funeral notices", "graves",
				"fallen soldiers", "fallen troops", "fallen servicemen", "fallen fighters", "who fell"},
			Wounded: {"wounded", "injured", "injuries", "injury"},
			Captured: {"captured", "prisoners", "prisoner", "pows", "pow", "taken prisoner",
				"surrendered", "captives", "captive", "capture", "captures", "capturing", "taken captive", "taken alive",
				"in ukrainian hands", "in ukrainian custody", "in captivity", "in custody", "in the custody of",
				"held by ukraine", "held by kyiv", "held by ukrainian", "held captive", "held prisoner"},
			Troops: {"deployed", "deploy", "deploying", "deployment", "dispatch", "sent", "send", "sending",
				"stationed", "located", "moved", "dispatched", "shipped", "shipping", "arrived", "arriving", "transferred", "based",
				"troops", "soldiers", "forces", "personnel", "servicemen", "fighters", "fighting",
				"present", "force", "contingent", "grouping", "reinforcements", "replacements", "numbered", "numbering",
				"attached", "embedded", "remain", "remained", "served", "serving"},
		},
		Subjects: map[Subject][]string{
			NorthKorea: {"north korean", "north koreans", "north korea", "pyongyang", "dprk",
				"korean people's army", "kpa", "n. korea", "n. korean", "n. koreans", "n.korea", "n.korean", "n.koreans", "korean", "koreans",
				"democratic people's republic of korea", "kim jong un", "kim jong-un"},
			Russia:  {"russian", "russians", "russia", "moscow", "kremlin", "group of forces"},
			Ukraine: {"ukrainian", "ukrainians", "ukraine", "kyiv", "kiev"},
		},
	}
}

// ParseMetric reads a metric name as the config and chat commands write it.
func ParseMetric(s string) (Metric, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, m := range Metrics {
		if string(m) == s {
			return m, true
		}
	}
	return "", false
}

// Noun is how a person reads the metric after a number.
func (m Metric) Noun() string {
	switch m {
	case Troops:
		return "troops"
	case Casualties:
		return "killed or wounded"
	case Killed:
		return "killed"
	case Wounded:
		return "wounded"
	case Captured:
		return "captured"
	}
	return string(m)
}

// Adjective is how a person reads the subject before a noun.
func (s Subject) Adjective() string {
	switch s {
	case NorthKorea:
		return "North Korean"
	case Russia:
		return "Russian"
	case Ukraine:
		return "Ukrainian"
	}
	return string(s)
}

// phrase is one cue: the words it is made of and what it marks.
type phrase struct {
	words   []string
	metric  Metric
	subject Subject
}

// phraseIndex finds cues at a token by their first word, longest first.
type phraseIndex struct {
	byFirst map[string][]phrase
	// head is the word class every cue's first word has (cMetricHead,
	// cSubjectHead) when that holds, else 0: a token without it starts no
	// cue, and at tests a bit instead of hashing every token's word. Cues
	// from the config whose first words are not built in leave it 0.
	head wordClass
}

func newPhraseIndex() phraseIndex { return phraseIndex{byFirst: map[string][]phrase{}} }

func (ix phraseIndex) add(p phrase) {
	first := p.words[0]
	list := append(ix.byFirst[first], p)
	// longest first, so "killed or wounded" wins over "killed"
	for k := len(list) - 1; k > 0 && len(list[k].words) > len(list[k-1].words); k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	ix.byFirst[first] = list
}

// withHead sets head to cls when every first word is a word token of that
// class: tokens of other kinds have no class, so none of their texts may
// be a first word.
func (ix phraseIndex) withHead(cls wordClass) phraseIndex {
	ix.head = cls
	for w := range ix.byFirst {
		toks := tokenize(w)
		if len(toks) != 1 || toks[0].kind != tWord || toks[0].low != w || toks[0].cls&cls == 0 {
			ix.head = 0
			break
		}
	}
	return ix
}

// at returns the longest cue that starts at token i.
func (ix phraseIndex) at(toks []token, i int) (phrase, bool) {
	if ix.head != 0 && toks[i].cls&ix.head == 0 {
		return phrase{}, false
	}
	for _, p := range ix.byFirst[toks[i].low] {
		if matchWords(toks, i, p.words) {
			return p, true
		}
	}
	return phrase{}, false
}

func splitCue(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	var words []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimSuffix(w, "'s") // the tokenizer drops the possessive too
		if len(w) > 1 && strings.HasSuffix(w, ".") {
			words = append(words, w[:len(w)-1], ".") // "n. korea": the tokenizer splits the dot off
			continue
		}
		words = append(words, w)
	}
	return words
}

func buildIndexes(lex Lexicon) (metrics, subjects phraseIndex) {
	metrics, subjects = newPhraseIndex(), newPhraseIndex()
	for m, cues := range lex.Metrics {
		for _, c := range cues {
			if w := splitCue(c); len(w) > 0 {
				metrics.add(phrase{words: w, metric: m})
			}
		}
	}
	for s, cues := range lex.Subjects {
		for _, c := range cues {
			if w := splitCue(c); len(w) > 0 {
				subjects.add(phrase{words: w, subject: s})
			}
		}
	}
	return metrics, subjects
}

// mergeLexicons adds extra's cues to base's without changing either.
func mergeLexicons(base, extra Lexicon) Lexicon {
	out := Lexicon{Metrics: map[Metric][]string{}, Subjects: map[Subject][]string{}}
	for _, l := range []Lexicon{base, extra} {
		for m, c := range l.Metrics {
			out.Metrics[m] = append(out.Metrics[m], c...)
		}
		for s, c := range l.Subjects {
			out.Subjects[s] = append(out.Subjects[s], c...)
		}
	}
	return out
}

// peopleNouns are what a figure of people is a figure of.
var peopleNouns = set("troops", "troop", "soldiers", "soldier", "forces", "personnel", "servicemen",
	"servicemembers", "service", "fighters", "men", "individuals", "people", "koreans", "infantry",
	"mercenaries", "recruits", "conscripts", "marines", "commandos", "paratroopers",
	"casualties", "dead", "deaths", "prisoners", "pows", "others", "members", "workers", "bodies",
	"killed", "wounded", "injured", "captured", "fatalities", "north", "them", "whom",
	"replacements", "reinforcements", "officers", "generals", "deminers", "sappers",
	"gunners", "artillerymen", "engineers", "builders", "snipers", "crews", "instructors", "advisers", "comrades",
	"advisors", "labourers", "laborers", "infantrymen", "riflemen", "operators", "specialists", "technicians",
	"scouts", "volunteers", "servicewomen",
	"strong") // "strong": "a force 11,000 strong"

// thingNouns are counts of things, never of people.
var thingNouns = set("planes", "aircraft", "containers", "launchers", "mortars", "cannons", "guns",
	"shells", "rounds", "missiles", "drones", "tanks", "vehicles", "coffins", "trains", "ships",
	"systems", "howitzers", "rockets", "weapons", "rifles", "pieces", "units", "kilometres",
	"kilometers", "km", "miles", "metres", "meters", "square", "percent", "per", "years", "year",
	"months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "times",
	"dollars", "euros", "won", "rubles", "roubles", "billion", "trillion", "tonnes", "tons", "hectares",
	"villages", "settlements", "towns", "sq", "mm", "cm", "kg", "attacks", "strikes", "sorties",
	"battalions", "brigades", "divisions", "regiments", "companies", "countries", "nations",
	"articles", "pages", "points", "votes", "km²", "times", "calls", "meetings", "flights",
	"unit", "battalion", "brigade", "regiment", "squad", "platoon", "millimeter", "millimetre",
	"millimeters", "millimetres", "calibre", "caliber", "videos", "video", "clips", "photos", "images",
	"posts", "views", "shares", "comments", "likes", "followers", "subscribers", "barrels",
	"launches", "tests", "documents", "cases", "vessels", "boats", "cars", "trucks", "artillery",
	"ammunition", "projectiles", "bombs", "mines", "rubles", "yuan", "megawatts", "reactors",
	"kilograms", "pounds", "feet", "yards", "acres", "ifvs", "ifv", "apcs", "apc", "uavs", "uav",
	"mlrs", "atgms", "manpads", "sams", "afvs", "carriers", "counterattacks", "assaults", "offensives", "raids",
	"clashes", "engagements", "skirmishes", "firefights",
	// "one reason the casualties are high", "two ways the war changed it"
	"reason", "reasons", "way", "ways", "thing", "things", "factor", "factors", "explanation",
	"explanations", "lesson", "lessons", "question", "questions", "problem", "problems", "sign", "signs",
	// "one of two casualty counts", "two governments watching North Korea's soldiers"
	"counts", "tallies", "governments", "capitals", "agencies")

// locations are places the figures are placed in.
var locations = []string{"Kursk", "Donetsk", "Luhansk", "Zaporizhzhia", "Kharkiv", "Belgorod",
	"Bryansk", "Pokrovsk", "Kherson", "Crimea", "Donbas"}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
