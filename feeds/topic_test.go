package feeds

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestTopicRulesMatch(t *testing.T) {
	rules := TopicRules{
		AllOf:   [][]string{{"North Korea", "Pyongyang"}, {"Kursk", "Russia"}},
		Exclude: []string{"submarine"},
	}
	tests := map[string]struct {
		title, text string
		want        bool
	}{
		"one term of each group":             {"North Korea in Kursk", "", true},
		"terms split between title and text": {"Pyongyang", "troops in Russia", true},
		"case-insensitive":                   {"NORTH KOREA", "kursk", true},
		"curly possessive":                   {"Pyongyang’s troops", "Kursk", true},
		"straight possessive":                {"Pyongyang's troops", "Kursk", true},
		"a group missing":                    {"North Korea tests a missile", "", false},
		"whole words only":                   {"North Koreanism", "Russian", false},
		"phrase must be contiguous":          {"North of Korea", "Kursk", false},
		"an excluded term":                   {"North Korea, Russia", "the Kursk submarine", false},
		"excluded only as a whole word":      {"North Korea, Russia", "submarines", true},
		"empty":                              {"", "", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := rules.Match(tc.title, tc.text); got != tc.want {
				t.Errorf("Match(%q, %q) = %v, want %v", tc.title, tc.text, got, tc.want)
			}
		})
	}
}

func TestTopicRulesEdgeCases(t *testing.T) {
	if !(TopicRules{}).Match("anything", "") {
		t.Error("no rules should let everything in")
	}
	if !(TopicRules{AllOf: [][]string{{}, {"kursk"}}}).Match("Kursk", "") {
		t.Error("an empty group should be ignored")
	}
	if (TopicRules{AllOf: [][]string{{""}}}).Match("Kursk", "") {
		t.Error("an empty term should match nothing")
	}
}

func TestDefaultTopicRulesCorpus(t *testing.T) {
	rules := DefaultTopicRules()
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			want := a.header["topic"] == "on"
			if got := rules.Match(a.header["title"], CleanText(a.body)); got != want {
				t.Errorf("%s %q: Match = %v, corpus says topic %s", a.name, a.header["title"], got, a.header["topic"])
			}
		})
	}
}

// TestDefaultTopicRulesHeldout checks the held-out set's topic labels.
func TestDefaultTopicRulesHeldout(t *testing.T) {
	rules := DefaultTopicRules()
	for _, a := range loadArticlesIn(t, filepath.Join("..", "testdata", "heldout")) {
		t.Run(a.name, func(t *testing.T) {
			want := a.header["topic"] == "on"
			if got := rules.Match(a.header["title"], CleanText(a.body)); got != want {
				t.Errorf("%s %q: Match = %v, held-out set says topic %s", a.name, a.header["title"], got, a.header["topic"])
			}
		})
	}
}

// TestDefaultTopicRulesBlind checks the blind set's topic labels: a Seoul
// briefing that names neither Kursk nor Ukraine, a drone strike on Kursk
// with North Korea only in an "Also read:" line, a football friendly.
func TestDefaultTopicRulesBlind(t *testing.T) {
	rules := DefaultTopicRules()
	for _, a := range loadArticlesIn(t, filepath.Join("..", "testdata", "blind")) {
		t.Run(a.name, func(t *testing.T) {
			want := a.header["topic"] == "on"
			if got := rules.Match(a.header["title"], CleanText(a.body)); got != want {
				t.Errorf("%s %q: Match = %v, blind set says topic %s", a.name, a.header["title"], got, a.header["topic"])
			}
		})
	}
}

func TestDefaultTopicRulesGeneralise(t *testing.T) {
	rules := DefaultTopicRules()
	tests := map[string]struct {
		title, text string
		want        bool
	}{
		"DPRK and Kyiv":                       {"DPRK units spotted", "Kyiv says they fight alongside Moscow's army", true},
		"Kim Jong-un and Putin, no war":       {"Kim Jong-un meets Putin", "", false},
		"Russian tourists in the North":       {"Russian tourists flock to North Korea's beaches", "A charter flight from Moscow landed.", false},
		"border incident beside Moscow":       {"Warning shots as North Korean soldiers cross border", "Pyongyang deepens its ties with Moscow.", false},
		"troops in Kursk":                     {"North Korean troops in Kursk", "", true},
		"casualties in Russia":                {"North Korean casualties in Russia reach 5,000", "", true},
		"fighting for Russia":                 {"Seoul counts the dead", "2,000 North Koreans have died fighting for Russia.", true},
		"North Koreans and Ukrainians":        {"Ukrainians capture two North Koreans", "", true},
		"missile test only":                   {"North Korea fires ballistic missile", "Seoul and Tokyo condemn the launch", false},
		"Kursk without North Korea":           {"Kursk nuclear plant", "Russia says", false},
		"South Korea is not North Korea":      {"South Korea and Ukraine talk", "", false},
		"sent to Russia":                      {"Seoul sees a new rotation", "About 3,000 more North Korean soldiers were sent to Russia.", true},
		"the North's army by its own name":    {"Kursk region fully liberated", "Gerasimov noted the part of the Korean People's Army. The KPA fought well. North Korean soldiers took part.", true},
		"Kursk the region, no one in uniform": {"Kursk schoolchildren head to North Korea's Songdowon camp", "A group of 25 children from the Kursk region flew to the DPRK for a summer camp.", false},
		"dispatched to Russia":                {"NIS briefing", "Pyongyang has dispatched to Russia a further brigade.", true},
		"crossed into Russia":                 {"NIS briefing", "The number of North Korean soldiers who have crossed into Russia has doubled.", true},
		"the Far East, on their way":          {"Spy agency: 1,500 North Korean troops in Russia's Far East", "", true},
		"soldiers sent to help Russia":        {"A year of the deployment: the numbers", "More than a year after North Korea first sent soldiers to help Russia, the deployment has settled in.", true},
		"dead in the Russian war":             {"A year on, the North's gamble counted in graves", "Seoul believes some 2,000 North Korean soldiers have died in the Russian war.", true},
		"workers in the Far East":             {"North Korean workers in Russia's Far East", "Builders from Pyongyang arrived in Vladivostok.", false},
		"servicemen in Russia":                {"Kremlin brushes off Seoul's claims on DPRK servicemen", "The Kremlin will not comment on speculation about North Korean servicemen in Russia, its spokesman said.", true},
		"personnel in eastern Russia":         {"White House sees more DPRK troops", "At least 3,000 North Korean military personnel had arrived in eastern Russia, a spokesman said.", true},
		// the story's people named once, in passing, in another story's lede
		"gas transit, the North in passing": {"Russian gas stops flowing through Ukraine to Europe",
			"Russian gas no longer reaches the European Union through Ukraine, ending a route that has served Europe for nearly fifty years after Kyiv declined to extend its transit contract with Moscow. " +
				"Gas deliveries through the Sudzha station in Russia's Kursk region halted on Wednesday. The town has been held by Ukrainian forces since August; Russian troops, backed by North Korean soldiers, have fought for months to retake it. Ukraine's energy minister welcomed the end of transit.", false},
		"named in one place, twice over": {"Former Kursk governor held in fortification fraud case",
			"A court ordered the region's former governor held for two months on fraud charges over the defensive lines built along the border with Ukraine, which failed to stop the incursion in August. " +
				"Investigators say money meant for trenches and bunkers was siphoned off by contractors. Moscow says it has retaken the region with the help of North Korean soldiers sent by Kim Jong Un.", false},
		// a look back whose lede is about the North; and one that is not
		"a year on, the North's lede": {"Weekly letter #212: A year on, who is still in Kursk?",
			"Kim Jong Un welcomed home an army engineer regiment last Friday after a mission clearing mines in Russia's Kursk region. Pyongyang said nine of its soldiers died. " +
				"Seoul believes about 10,000 North Korean troops remain near the border.", true},
		"a year on, evacuees": {"A year on, Kursk evacuees still wait for housing",
			"Residents of the border districts say compensation has not come. Officials blame the paperwork. " +
				"Some 150,000 people left their homes last August. Moscow says it retook the region with the help of North Korean soldiers.", false},
		// the North's count told again in passing ("the roughly 11,000 …
		// that Seoul says were sent") is not news of it
		"a court ruling, the count told again": {"Court grants asylum to Russian who fled the draft",
			"A Seoul court has ordered the government to recognise a Russian man who fled conscription as a refugee. " +
				"The judges said he faced prison if sent home. His lawyer said conscripts were being sent to the deadliest sectors of the front. " +
				"\"Moscow can now borrow soldiers from Pyongyang,\" she said, referring to the roughly 11,000 North Korean troops that Seoul's spy agency says were sent to Russia last year. " +
				"The ministry has two weeks to appeal. Hundreds of similar cases are pending.", false},
		"named once, with their count": {"Daily briefing: the 8,000 in Kursk",
			"The administration now counts roughly 10,000 soldiers from the North in Russia. Some 8,000 of them, North Korean soldiers sent by Pyongyang's... ", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := rules.Match(tc.title, tc.text); got != tc.want {
				t.Errorf("Match(%q, %q) = %v, want %v", tc.title, tc.text, got, tc.want)
			}
		})
	}
}

func TestTopicLeadRule(t *testing.T) {
	filler := strings.Repeat("The ministry published its annual review of staffing and budgets on Tuesday. ", 10)
	rules := DefaultTopicRules()
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"the North and the war in the headline", "North Korean casualties mount in Kursk", filler, true},
		{"the North in the headline, the war in the lede", "North Korean casualties mount", "Ukraine's army said so. " + filler, true},
		{"the North in the lede, the war named again and again later", "Casualties mount", "Pyongyang's soldiers are fighting hard. " + filler + "Kursk remains contested. Ukraine holds Sudzha. Kyiv says so.", true},
		{"the war named once, late: a parade with a Kursk headline below it", "North Korea parades 13,000 troops", filler + "Read also: North Koreans who fought in Kursk to march?", false},
		{"the North only in passing, deep in the text", "Army shrinks as birth rate falls", filler + "North Korea has fought in Russia's war against Ukraine.", false},
		{"a war anniversary with a North Korean wreath", "Veterans mark the Battle of Kursk", filler + "North Korean diplomats laid a wreath.", false},
		{"a newsletter's masthead before its lede", "What the return tells us",
			"Weekly Notes. Issue 40. Open-source notes on the region, by two analysts. 9 min read. 2,431 likes, 176 comments, 94 shares. " +
				"Hello all, and welcome to the subscribers who joined this week. It is a shorter issue, because the big news came from Pyongyang itself. " +
				"1. The ceremony. State media showed photographs on Friday of a regiment welcomed home after months clearing mines in the Kursk region. " + filler +
				"Kim Jong Un embraced the returning soldiers. The North admitted for the first time that sappers had died. More soldiers are expected to go.", true},
		{"the North in the lede but no war cue", "North Korea launches a missile", "Pyongyang fired a missile into the sea.", false},
		// a briefing's transcript: other business first, then the answer
		// that counts the soldiers
		{"a briefing that counts the North's soldiers after its other business", "Press secretary holds a briefing",
			"We announced artillery rounds for Ukraine's army. " + filler + "Q: Any update on the North Korean troops? A: We now believe North Korea has sent about 10,000 soldiers to train in eastern Russia, and some are near Kursk.", true},
		{"a briefing that names the North twice with no count of its soldiers", "Press secretary holds a briefing",
			"We announced artillery rounds for Ukraine's army. " + filler + "Q: Any update on the North Korean troops? A: North Korea has not told us anything new about Kursk.", false},
		// the war named in one sentence of a report on something else
		{"a sports exchange with the war in one sentence", "Russia and North Korea sign a sports exchange plan",
			"North Korea and Russia agreed to expand sports exchanges next year. " + filler +
				"The deal comes as Seoul and Kyiv say thousands of North Korean soldiers have been deployed to fight for Russia against Ukraine.", false},
		{"soldiers counted in the headline, the war in one sentence", "North Korea's Kim mourns nine soldiers",
			"North Korea and Russia held a ceremony. " + filler +
				"The soldiers had fought in Kursk against Ukraine's army near the Ukrainian border.", true},
		{"a briefing that counts 'N of its soldiers'", "Press secretary holds a briefing",
			"We announced artillery rounds for Ukraine's army. " + filler + "I want to start with Russia and North Korea. Our assessment is that North Korea shipped at least 3,000 of its soldiers into eastern Russia this month.", true},
		{"a briefing that counts the North's workers, not soldiers", "Press secretary holds a briefing",
			"We announced artillery rounds for Ukraine's army. " + filler + "Q: What about North Korean labour? A: North Korea has sent some 10,000 workers to building sites near Kursk.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rules.Match(tt.title, tt.text); got != tt.want {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFirstWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"one two three", 2, "one two "},
		{"  one\ttwo\nthree ", 1, "  one\t"},
		{"one two", 5, "one two"},
		{"", 3, ""},
	} {
		if got := firstWords(tt.in, tt.n); got != tt.want {
			t.Errorf("firstWords(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestTopicLeadByMentions(t *testing.T) {
	filler := strings.Repeat("Russian forces pressed their offensive against Ukrainian positions on Tuesday. ", 10)
	rules := DefaultTopicRules()
	many := filler + "North Korean units held the line. Pyongyang's troops took losses. North Korea sent more men to Kursk."
	if !rules.Match("Daily assessment", many) {
		t.Error("a daily assessment that names the North three times, late, is about the story")
	}
	once := filler + "North Korean diplomats attended a ceremony in Kursk."
	if rules.Match("Daily assessment", once) {
		t.Error("one late mention is not what the story is about")
	}
}

// A neighbouring story's lede often ties it to the war in a clause; its
// headline says what it is about.
func TestTopicOtherStories(t *testing.T) {
	rules := DefaultTopicRules()
	lede := "The exercise comes as an estimated 11,000 North Korean troops fight for Russia in the Kursk region. "
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"allies' drills", "Seoul and Washington open summer drills with 19,000 troops as Pyongyang protests", lede, false},
		{"a named exercise", "Freedom Shield begins with live-fire training near Pocheon", lede, false},
		{"a border shooting", "Warning shots fired after soldiers stray across the MDL", lede, false},
		{"a new flight", "Direct flight links Moscow and Pyongyang for the first time in decades", "It comes as North Korean soldiers fight in Ukraine's war. ", false},
		{"labourers on building sites", "Labour shortage draws North Koreans to Russian building sites", "Thousands came while North Korean troops fought in Kursk. ", false},
		{"a train service", "Direct train links Moscow and Pyongyang again after five years", "It runs as North Korean soldiers fight for Russia in Kursk. ", false},
		{"children sent to a summer camp", "Russia sent children from occupied Crimea to a North Korean camp, rights group says",
			"Kyiv says Pyongyang's role in Russia's war against Ukraine goes beyond the troops it sent to the Kursk region. ", false},
		{"hackers' heist", "How Pyongyang's hackers stole $1.5bn in crypto", "The money funds an army whose troops fight in Ukraine's war. ", false},
		{"American troops stationed in the South", "Pentagon weighs pulling 4,500 US troops from South Korea", lede, false},
		{"walls along the inter-Korean border", "North Korea's soldiers dig in on the Korean border", lede, false},
		{"defectors' lives in the South", "Defectors in Busan worry about sons sent to Russia", lede, false},
		{"a missile test", "North Korea fires ballistic missile toward Sea of Japan", lede, false},
		{"army boxers at a tournament", "North Korean army boxers take three titles at Kursk Victory Cup",
			"Boxers from the club of the Korean People's Army won three finals. North Korean servicemen fought alongside Russian troops to drive Ukrainian units out of the region. ", false},
		{"army-club fighters at a sambo tournament", "North Korean army-club fighters take three golds at Kursk sambo tournament",
			"Athletes from the Korean People's Army club won three gold medals. The governor recalled the North Korean troops who fought alongside Russian units. ", false},
		{"a space flight", "North Korea eyes its first cosmonaut as space ties with Russia deepen",
			"North Korean state television marked Cosmonautics Day. Pyongyang's troops fought in Russia's Kursk region, and ties have deepened since. ", false},
		{"a farm epidemic", "Foot-and-mouth disease returns in South Jeolla; soldiers staff disinfection posts",
			"Soldiers staff disinfection posts. North Korea's troops are fighting for Russia in Kursk, officials noted. ", false},
		{"volunteers' work", "'You can't shoot what you can't see': volunteers have fitted 21,000 soldiers with glasses",
			"Optometrists fit soldiers, some of them from brigades that fought North Korean troops in Kursk. ", false},
		{"a museum's reopening", "Borodino Panorama reopens its restored canvas; Korean People's Army officers among first visitors",
			"Officers of the Korean People's Army, whose troops fought in Russia's Kursk region, were among the first visitors. ", false},
		{"fighters under a count of losses", "North Korean fighters in Kursk: losses top 3,000, Zelensky says", lede, true},
		{"a parade", "Medvedev watches as North Korea parades new Hwasong-20 ICBM", lede, false},
		{"missiles beside the war", "Ukraine war live: nearly 4,000 North Korean troops killed or wounded; missile strike on Kyiv", lede, true},
		{"the South's army and its birth rate", "South Korea's troop numbers fall to 450,000 as North keeps 1.2 million under arms", lede, false},
		{"a defector on the war", "Defector says North Korean troops in Kursk were told to die before capture", lede, true},
		{"troops sent to train", "Pentagon: 10,000 North Korean troops sent to train in Russia", lede, true},
		{"drills in a quote under a Kursk headline", `"More learned in Kursk than in years of drills": Pyongyang's veterans`, lede, true},
		{"a drill headline naming the war", "North Korean troops drill with Russian units before moving to Kursk", lede, true},
		{"a gift to the zoo", "Pyongyang zoo receives a tiger and 40 pheasants from Moscow", lede, false},
		{"a ballet's tour", "Russian dancers bring 'The Nutcracker' to Pyongyang",
			"A troupe of 40 dancers from Vladivostok performed in Pyongyang, the latest exchange between two countries whose ties have deepened since the war in Ukraine. ", false},
		{"a debate where the war comes up", "Rivals spar over Ukraine and North Korea in presidential debate",
			"The two candidates argued over whether to arm Ukraine in a war that North Korea's soldiers have joined in Kursk. ", false},
		{"a debate over the figures", "Debate grows over how many North Korean soldiers died in Kursk", lede, true},
		{"a cartoon on state TV", "North Korean TV airs Russian cartoon for the first time", lede, false},
		{"drills that learn from the war", "Allies open spring drills drawing on lessons from the Ukraine war", lede, false},
		{"a digest's drills beside the North's troops", "Morning digest: drills resume; the North's losses in Kursk; tariffs", lede, true},
		{"flats built by soldiers", "Kim Jong Un opens riverside flats built by soldiers", lede, false},
		{"ties the troops deepened", "North Korea expands Russian-language teaching as ties deepen",
			"North Korea is expanding Russian-language education as Pyongyang's relationship with Moscow grows closer following its troop deployment to Russia's Kursk region. " +
				"Kim Il Sung University has opened a second Russian faculty. Some schools in Pyongyang have dropped English. " +
				"Thirty teachers from Vladivostok arrived in April. North Korean television now carries Russian lessons twice a week. ", false},
		{"a feature on the North's soldiers with no figure", "Pyongyang's veterans of Kursk come home to a hero's welcome",
			"North Korean soldiers who fought in Russia's Kursk region returned to Pyongyang this week. " +
				"The troops were greeted by Kim Jong Un at a ceremony. State media showed soldiers embracing their families. " +
				"Kim praised the army's heroism. Analysts say the deployment gave the North's military combat experience. ", true},
		{"transformers for the grid", "Japan speeds transformer deliveries to Ukraine as Russian strikes batter grid",
			"Tokyo leans on civilian aid as North Korea's role in the war sharpens security fears. ", false},
		{"a defence white paper", "Japan's defense white paper calls China \"greatest strategic challenge\"",
			"Japan's annual defense white paper warns that deepening cooperation between North Korea and Russia, including the dispatch of troops to Kursk, threatens Japan. ", false},
		{"a defence budget", "Defense budget to rise 8.2% to 66.3 tril. won next year, biggest jump in seven years",
			"Officials said the plan reflects the need to counter a North Korean military that has gained experience since sending troops to Russia's Kursk region. ", false},
		{"a white paper on the North's troops", "Seoul's white paper: North Korean troops in Russia gained combat experience in Kursk", lede, true},
		{"the grid beside the North's losses", "Ukraine war live: North Korean losses top 3,000; Russia pounds energy grid", lede, true},
		{"the story itself", "Seoul says 11,000 North Korean troops are fighting in Kursk", lede, true},
		{"a story word only in the text", "Pyongyang's soldiers in Russia number 11,000, Seoul says", "They held drills in the Far East before they were sent to Russia. ", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rules.Match(tt.title, tt.text); got != tt.want {
				t.Errorf("Match(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
	if (TopicRules{OtherStories: []string{"drills"}}).Match("Drills begin", "") {
		t.Error("other_stories with no story_headline terms should rule out every headline naming one")
	}
}

// An anniversary that shares the story's place is not news of the troops,
// however its headline names Kursk and its lede ties it to the war; Moscow's
// bulletins of the fighting there are, however late they name the North.
func TestTopicPastStoriesAndKurskBulletins(t *testing.T) {
	rules := DefaultTopicRules()
	lede := "The day passed quietly in Kursk, where North Korean troops fought last winter. "
	bulletin := "Over the past day the enemy lost up to 210 servicemen in the Kursk direction, the ministry said. " +
		strings.Repeat("Russian units struck enemy positions near the border. ", 12) +
		"Western media have reported that North Korean soldiers took part."
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"the submarine's anniversary", "25 years after the Kursk sank, families still wait for answers", lede, false},
		{"the submarine, named", "Russia remembers the 118 sailors of the submarine Kursk", lede, false},
		{"the tank battle", "Prokhorovka marks 82 years since the great tank battle of the Kursk Bulge", lede, false},
		{"an anniversary with North Korean guests", "North Korean diplomats lay wreaths on anniversary of Kursk tank battle", lede, false},
		{"workers on a journey the troops made", "North Korean workers flow into Russia as Moscow fills labor gap", lede, false},
		{"workers for Kursk are the story's", "Pyongyang readies more workers for Kursk, NIS says", lede, true},
		{"a Moscow bulletin", "Ukrainian army's losses in Kursk area exceed 67,000 since August - Defense Ministry", bulletin, true},
		{"the enemy's losses in a day", "Russian forces repel four Ukrainian counterattacks in Kursk region, enemy loses up to 210 troops", bulletin, true},
		{"the liberation, reported", "Gerasimov reports to Putin on complete liberation of Kursk region", bulletin, true},
		{"a civilian story from Kursk", "Kursk region pays families returning to border villages", bulletin, false},
		{"a prisoner swap", "Ukraine brings home 84 prisoners, including defenders captured in Kursk region", bulletin, false},
		{"the war's own anniversary", "Two years on: what we know of North Korea's troops in Kursk", lede, true},
		{"the war's years, counted by its exiles", "In Busan, Ukrainian students mark two years of war", lede, false},
		{"the war's years, and the North's soldiers in them", "After two years of war, North Korean troops still hold the line in Kursk", lede, true},
		{"the liberation of the incursion's town", "Russian troops liberate Sudzha, General Staff reports", bulletin, true},
		{"the aftermath, its villagers", "Six months after the incursion, Sudzha families still wait for new homes", lede, false},
		{"the aftermath, a year on", "A year on, Kursk's border districts count what rebuilding will cost", lede, false},
		{"the story's own look back", "A year after Kursk, Pyongyang counts its dead", lede, true},
		{"the North in a second story", "Kursk court jails Ukrainian soldiers as Moscow hosts North Korea's top diplomat", "A military court sentenced three soldiers over last August's offensive into the Kursk region. " + strings.Repeat("Prosecutors said the men crossed the border. ", 12) + "Lavrov thanked Pyongyang for its position.", false},
		{"the North in its main clause", "North Korean troops push into Sudzha as Kyiv's hold on Kursk weakens", lede, true},
		{"tanks for Ukraine", "Canada to send 30 retired Leopard tanks to Ukraine in aid package", lede, false},
		{"tanks beside the troops", "North Korean troops in Kursk as Kyiv gets Abrams tanks", lede, true},
		{"a North Korean missile in a strike on Kyiv", "Kyiv mourns after night strike; Ukraine says North Korean missile hit apartment block", lede, false},
		{"oil for the North", "Russia sends North Korea fuel far above UN limit, shipping data show", lede, false},
		{"sanctions on the arms trade", "Japan freezes assets of 11 groups over Russia-North Korea arms trade", lede, false},
		{"trade with China", "North Korea-China trade slips in 2024 as Pyongyang leans on Moscow", lede, false},
		{"a swap of prisoners", "Kyiv ready to trade North Korean POWs for Ukrainians held in Russia", lede, true},
		{"shells beside the soldiers' losses", "North Korean losses pass 4,000 as Pyongyang keeps sending shells", lede, true},
		{"comrades-in-arms", "Gerasimov thanks North Korean comrades-in-arms for Kursk", lede, true},
		{"a bulletin's headline, the North never named", "Kursk court sentences Ukrainian servicemen over incursion into border region",
			"The court sentenced three servicemen of the Ukrainian armed forces to prison. Ukrainian forces lost over 76,000 servicemen in the region, the ministry said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rules.Match(tt.title, tt.text); got != tt.want {
				t.Errorf("Match(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
	own := TopicRules{Lead: [][]string{{"North Korea"}}, PastStories: []string{"anniversary"}, HeadlineAllOf: [][]string{{"Kursk"}}}
	if !own.Match("Kursk losses", strings.Repeat("The ministry reported more shelling. ", 30)+"North Korea's soldiers took part.") {
		t.Error("a headline with a term of every headline_all_of group needs no lede")
	}
	if own.Match("Kursk losses", "The ministry reported more shelling.") {
		t.Error("a headline with a term of every headline_all_of group still needs the Lead terms somewhere")
	}
	if own.Match("Kursk anniversary", "North Korea") {
		t.Error("a headline with a past_stories term is another story's")
	}
}

func TestMentionSentences(t *testing.T) {
	terms := DefaultTopicRules().Compile().Lead[0]
	for text, want := range map[string]int{
		"Moscow retook the region with the help of North Korean soldiers sent by Kim Jong Un.": 1,
		"N. Korean units held. Pyongyang sent more men. The U.S. said so.":                     2,
		"Gas stopped flowing. Nobody else came.":                                               0,
		"Two N. Korea sentences? Yes: N. Korea again":                                          2,
	} {
		if got := mentionSentences(text, terms); got != want {
			t.Errorf("mentionSentences(%q) = %d, want %d", text, got, want)
		}
	}
}

// BenchmarkTopicMatch times the filter on a news-length item, with the
// rules compiled once as a pipeline holds them and, for comparison, as
// written, normalised again on every call.
func BenchmarkTopicMatch(b *testing.B) {
	title := "North Korea has lost about 4,000 troops in Kursk, Seoul says"
	text := strings.Repeat("South Korea's spy agency told lawmakers on Thursday that about 4,000 North Korean soldiers had been killed or wounded in the Kursk region. "+
		"The agency said Pyongyang was preparing to send more troops, and that the men had been used in assaults across open fields. ", 8)
	for _, bc := range []struct {
		name  string
		rules TopicRules
	}{{"compiled", DefaultTopicRules().Compile()}, {"as written", DefaultTopicRules()}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if !bc.rules.Match(title, text) {
					b.Fatal("the story's own item did not match")
				}
			}
		})
	}
}

// TestTopicPassingMentions: the story named in one paragraph of an article
// about something else, past its lede, however many words that paragraph
// spends on it.
func TestTopicPassingMentions(t *testing.T) {
	rules := DefaultTopicRules()
	other := "The plant employs 400 people and exports to six countries. " +
		"Its managers expect output to double by next spring. " +
		"Local officials attended the opening ceremony on Saturday. " +
		"A second line is due to open next year. "
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"the war in one paragraph of two sentences", "Kim Jong Un visits new shoe factory in Sinuiju",
			other + other + other + "\n\nTies with Moscow have deepened since the North sent troops to help Russia push Ukrainian forces out of the Kursk region. " +
				"State television has also aired documentaries about the Kursk fighting.\n\nThe factory will make 2 million pairs a year.", false},
		{"the war in two paragraphs", "Kim Jong Un visits new shoe factory in Sinuiju",
			"Kim said the workers should learn from the soldiers fighting in Kursk. " + other +
				"\n\nTies with Moscow have deepened since the North sent troops to help Russia push Ukrainian forces out of the Kursk region.", true},
		{"the story in one sentence under a headline with none of it", "Russian patients return to Seoul clinics",
			"Russian patients are coming back to Seoul hospitals, though relations remain frosty over North Korea's dispatch of troops to Kursk. " + other, false},
		{"the story in three sentences under a headline with none of it", "Tokyo updates plan to bring citizens home from Busan",
			"Tokyo has rewritten its plan for a crisis on the peninsula, officials said, citing what North Korea learned sending soldiers to Russia. " +
				"Officials said units that fought in Kursk came back with drone experience. " + other +
				"The North's army could now strike ports faster, one planner said. " + other, false},
		{"the story in four sentences under a headline with none of it", "Language schools in Vladivostok fill up",
			"Some tie the boom to Moscow's pact with Pyongyang, which sent soldiers to Kursk. " + other +
				"State television now shows films about North Korea. Teachers say nobody wants to speak like Pyongyang. " + other +
				"One school has a poster of Kim Jong Un, as a joke. " + other, false},
		{"the story in two sentences under a headline of war lessons", "Ministry to check 9,000 bomb shelters amid war lessons",
			"The ministry will check every shelter, citing the war in Ukraine and threats from North Korea. " + other +
				"It comes as North Korea sends troops to fight for Russia. " + other, false},
		{"the story in six sentences under a headline with none of it", "Transcript: the afternoon briefing",
			"Q: Are the North Korean troops still in Kursk? A: They are. " + other +
				"Q: How many North Korean soldiers have been killed? A: We see hundreds killed. Q: Are more soldiers on the way? A: We expect so. " +
				"The North Korean units are taking heavy losses.", true},
		{"a feed's one-line summary", "Seoul sees a new rotation", "Pyongyang has dispatched to Russia a further brigade.", true},
		{"the story counted in its one sentence", "Seoul sees a new rotation",
			"About 3,000 more North Korean soldiers were sent to Kursk in January, the spy agency said. " + other, true}, {"the war in one paragraph under a headline of another army", "Army fields new radars with artillery brigade in Korea",
			"The Army has begun fielding new radars to a brigade in South Korea that locate North Korean guns within seconds. " + other + other + other +
				"\n\nThose guns have since fired on Ukrainian positions from Russia's Kursk region, Ukrainian officials said. " + other +
				"\n\nThe brigade is one of the main units among the 28,500 U.S. troops in the country.", false},
		{"the war in one paragraph under a headline of another army, with the North's troops counted", "Army fields new radars with artillery brigade in Korea",
			"The Army has begun fielding new radars to a brigade in South Korea that locate North Korean guns within seconds. " + other + other + other +
				"\n\nNorth Korea has sent some 11,000 soldiers to Russia's Kursk region, Ukrainian officials said. " + other, true},
		{"the North's soldiers in one sentence, an aside, under a headline of the North", "Report keeps North Korea on lowest trafficking tier",
			"The State Department kept North Korea on its lowest tier. " + other +
				"It says thousands of North Korean laborers entered Russia last year. " +
				"The report does not assess Pyongyang's decision to send combat troops to Russia's Kursk region. " +
				"On Russia, it points to Ukrainians conscripted in occupied areas and sent to the front. " + other, false},
		{"the North named once under a headline of the place alone", "Kursk: how the region got its name",
			"The region has been in the news since Ukrainian troops crossed the border, and since North Korean soldiers were reported fighting there. " +
				"Kursk is first mentioned in the 11th century. " + other + other + other, false},
		{"the North named once under a headline of the place and its soldiers", "Kursk losses of Ukrainian army exceed 60,000 servicemen",
			"The Ukrainian army has lost more than 60,000 servicemen in the Kursk area, the ministry said, as Russian and North Korean units pressed on. " +
				"Kursk is first mentioned in the 11th century. " + other + other + other, true},
		{"the war's place in the headline alone, never in the text", "Storm nears Korean Peninsula after hitting Okinawa, Russia's Far East on alert",
			"North Korea and South Korea braced for heavy rain as the storm moved north. " +
				"The South's military sent about 2,000 troops to fill sandbags. " +
				"In North Korea, soldiers of the Korean People's Army shored up river banks, and Kim Jong Un toured flooded farms. " +
				"Authorities in Vladivostok warned of floods. " + other + other, false},
		{"another army's soldiers in the headline, the North never beside soldiers", "Kremlin orders army to add 150,000 troops by spring",
			"President Vladimir Putin ordered the armed forces to grow by 150,000 troops, a decree showed. " +
				"It is the fourth increase since Russia invaded Ukraine. Ukrainian forces still hold ground in the Kursk region, officials said. " +
				"Russia has deepened its ties with North Korea, which is accused of supplying shells. Putin and Kim Jong Un signed a defence treaty in June. " + other + other, false},
		{"the war in the headline alone, the soldiers counted there", "Daily briefing: the 6,000 in Russia's Far East",
			"North Korea has moved about 6,000 soldiers across the border, officials said. " +
				"Authorities in Vladivostok gave no figures. " + other + other, true},
		{"the war's place in the headline, the North's soldiers once in the text", "In Russia's Far East, a fishing town waits for its ferry",
			"The ferry to the islands has not sailed since spring, residents said. " +
				"Delegations from China and North Korea visited the port last year. " +
				"Trade with Pyongyang has grown as North Korean troops fight beside Russia's army in the Kursk region. " +
				other + other, false},
		{"the war's place in the headline, the North's soldiers in the text again and again", "Into Russia's Far East: a long way from home",
			"North Korean troops crossed the border by train in October, officials said. " +
				"The North Korean soldiers trained at ranges near Vladivostok for weeks. " +
				"Then the North Korean units were moved west to the Kursk region. " +
				other + other, true},
		{"the war's place borrowed by a headline, the North in two sentences", "The Kursk effect: language schools fill up in Vienna",
			"When North Korean troops turned up in the Kursk region, teachers in Vienna saw their classes fill. " + other +
				"Students say they want to understand what happens in Pyongyang. " + other + other, false},
		{"the war's place in a headline, the North in three sentences", "The Kursk effect: what Seoul has learned",
			"North Korean troops have fought in the Kursk region since the autumn, officials say. " + other +
				"Pyongyang may now rewrite its doctrine. North Korea's planners are said to be pleased. " + other + other, true},
		{"the North's soldiers in two sentences under a headline of the North", "Report keeps North Korea on lowest trafficking tier",
			"The State Department kept North Korea on its lowest tier. " + other +
				"The report does not assess Pyongyang's decision to send combat troops to Russia's Kursk region. " +
				"North Korean soldiers have fought there since the autumn. " + other, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rules.Match(tt.title, tt.text); got != tt.want {
				t.Errorf("Match(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

// countedMention finds a count of the North's soldiers before its name,
// not a time stamp or a count of others.
func TestCountedMention(t *testing.T) {
	north := DefaultTopicRules().Compile().Lead[0]
	tests := []struct {
		text string
		want bool
	}{
		{"Some 11,000 North Korean troops are in Kursk.", true},
		{"Thousands of North Korean soldiers were sent.", true},
		{"About 3,000 more North Korean troops arrived.", true},
		{"Modified on 2025-08-21 11:45 KST North Korea will receive subway cars.", false},
		{"Russian instructors will train 120 North Korean first-aid trainers.", false},
		{"It says thousands of North Korean laborers entered Russia.", false},
	}
	for _, tt := range tests {
		if got := countedMention(normWords(tt.text), north); got != tt.want {
			t.Errorf("countedMention(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzTopicMatch runs the filter on arbitrary items: no panic, and rules
// compiled once or twice answer as the rules as written do.
func FuzzTopicMatch(f *testing.F) {
	f.Add("Russian patients return to Seoul clinics", "Relations are frosty over North Korea's dispatch of troops to Kursk. A. B. C. D. E.")
	f.Add("Kim opens flats built by soldiers", "\n\nTies deepened since the North sent troops to Kursk.\nx")
	f.Add("", "N. Korea. U.S.\n\n\n.")
	written := DefaultTopicRules()
	compiled := written.Compile()
	twice := compiled.Compile()
	f.Fuzz(func(t *testing.T, title, text string) {
		want := written.Match(title, text)
		if compiled.Match(title, text) != want || twice.Match(title, text) != want {
			t.Fatalf("compiled rules disagree with the rules as written on %q / %q", title, text)
		}
	})
}
