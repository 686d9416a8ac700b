package claims

import "testing"

// The seventy-fourth round (blind531-536): the deployment done behind a
// plan or a guess, a guess at losses past an aside, "them" named the
// sentence before, an interview's answers, and a speaker found past a
// title's full stop, an acronym in brackets or "for the first time".
func TestExtractRoundSeventyFour(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The JCS said Pyongyang seemed to be getting ready to send more soldiers, on top of the roughly 11,000 troops it dispatched last autumn.": {
			{Troops, nk, 11000, 0, About, "JCS", false}},
		"Such losses would weigh even on the roughly eleven thousand troops Pyongyang sent in the autumn, analysts say.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"North Korean troops are in Kursk. The new men join an initial force of up to 12,000 that Pyongyang began shipping to Russia in October, officials said.": {
			{Troops, nk, 12000, 0, UpTo, "officials", false}},
		"Kyiv's military intelligence believes North Korean losses, dead and wounded together, may be as many as 6,000.": {
			{Casualties, nk, 6000, 0, UpTo, "Kyiv's military intelligence", false}},
		"Zelensky said his intelligence services believe Pyongyang is preparing 10,000 soldiers.": nil,
		"Russia was preparing some 12,000 North Korean soldiers at training grounds, Zelensky said.": {
			{Troops, nk, 12000, 0, About, "Zelensky", false}},
		"North Korean troops are in Kursk. Russian shelling of a village killed two residents and wounded five on Sunday, the governor said.": nil,
		"North Korean troops are in Kursk. Thousands have been wounded, many of them during the winter of 2024-25.": {
			{Wounded, nk, 2000, 9999, Vague, "", false}},
		"Washington confirmed it this week: North Korean soldiers are in Russia. At least 3,000 of them travelled by ship to Vladivostok, a White House spokesman told reporters, before moving on to several Russian training sites.": {
			{Troops, nk, 3000, 0, AtLeast, "White House spokesman", true}},
		"THE BIG STORY: Pyongyang welcomed home its sappers from Kursk, and North Korean state media for the first time put a number on the cost: nine killed.": {
			{Killed, nk, 9, 0, Exact, "North Korean state media", false}},
		"Rep. Lee Seong-kweun of the ruling party, a member of the committee, spoke to reporters after the session. About 300 North Korean soldiers are believed to have died, he said.": {
			{Killed, nk, 300, 0, About, "Lee Seong-kweun", false}},
		"The report follows a briefing by the National Intelligence Service (NIS), which said that at least 100 North Korean soldiers had died.": {
			{Killed, nk, 100, 0, AtLeast, "National Intelligence Service", false}},
		"South Korea's National Intelligence Service briefed lawmakers on Wednesday. Lawmaker Lee Seong-kweun relayed the spy agency's newest figures afterwards. Roughly 4,700 North Korean soldiers have been killed or wounded.": {
			{Casualties, nk, 4700, 0, About, "National Intelligence Service", false}},
		"Hundreds of North Korean soldiers were killed by drones, according to footage released by Ukrainian units.": {
			{Killed, nk, 200, 999, Vague, "Ukrainian units", true}},
		"North Korean troops are in Kursk. Nobody outside Moscow and Pyongyang knows for sure how many died. Seoul's spy agency said in September that about 2,000 had died.": {
			{Killed, nk, 2000, 0, About, "spy agency", false}},
		"Ukraine's military intelligence says the contingent sent to Russia includes about 500 North Korean officers.": {
			{Troops, nk, 500, 0, About, "Ukraine's military intelligence", true}},
	})
}

// An interview printed as dashed questions and answers: the answers are
// the words of the one the source line names. (The bare "eleven thousand"
// that answers "How many …?" is not read yet: its noun is in the question.)
func TestExtractInterviewAnswers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Source: Budanov in an interview with a Kyiv paper\n\n– How many North Korean soldiers are in Kursk today?\n\n– As of this morning, eleven thousand. Roughly 500 of them are officers.\n\n– What is Russia gathering there?\n\n– Around 50,000 troops, including the North Koreans.": {
			{Troops, nk, 500, 0, About, "Budanov", true},
			{Troops, ru, 50000, 0, About, "Budanov", false}},
	})
}

// The seventy-fifth round (blind537-542): what one unit holds, the
// figure's own clause against a loss noun before it, men named by the
// clause they open, and a lawmaker "the lawmaker said" names again.
func TestExtractRoundSeventyFive(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops are in Kursk. \"A North Korean battalion typically has 400 to 500 soldiers,\" said one analyst.": nil,
		"The North Korean contingent in Kursk has 11,000 soldiers, Zelensky said.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"Seoul's spy agency gave new estimates of North Korea's losses on Monday, telling lawmakers that around 300 North Korean soldiers had been killed and 2,700 wounded.": {
			{Killed, nk, 300, 0, About, "spy agency", false},
			{Wounded, nk, 2700, 0, About, "spy agency", false}},
		"North Korean troops are in Kursk. Reinforcements arrived early in 2025, some three thousand according to Seoul's military, to make up for the winter's losses.": {
			{Troops, nk, 3000, 0, About, "Seoul's military", false}},
		"The NIS estimated that North Korea has sent about 15,000 troops to Russia, including some 3,000 dispatched as reinforcements in January, a lawmaker said.": {
			{Troops, nk, 15000, 0, About, "NIS", false},
			{Troops, nk, 3000, 0, About, "NIS", false}},
		"The NIS believes the troops left in two rotations, according to Rep. Lee Seong-kweun of the ruling party, who spoke to reporters after the briefing. The first contingent, roughly 1,500 North Korean soldiers, left by ship in October, the lawmaker said.": {
			{Troops, nk, 1500, 0, About, "NIS, via Lee Seong-kweun", true}},
		"North Korea sent troops to Russia. On North Korea: the South Koreans are putting it at twelve thousand troops.": {
			{Troops, nk, 12000, 0, About, "South Koreans", false}},
	})
}

// The seventy-sixth round (blind543-548): a count done behind a plan or a
// plan's recipient, what befell men who "have become casualties", an
// elliptic "another 3,000 or so", a figure set after the soldiers it
// counts, things counted "N of them" in an aside, and a speaker past his
// agency's "known as".
func TestExtractRoundSeventySix(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The move would be the first dispatch of North Korean medics to Russia since Pyongyang sent more than 11,000 troops last autumn.": {
			{Troops, nk, 11000, 0, MoreThan, "", false}},
		"\"We see the number of North Korean soldiers rising, already 11,000 in the Kursk region,\" Zelensky said.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korea sent around 11,000 troops to Kursk in late 2024 and another 3,000 or so early this year.": {
			{Troops, nk, 11000, 0, About, "", false},
			{Troops, nk, 3000, 0, About, "", true}},
		"Around 4,700 North Korean troops sent to help Russia have become casualties, the National Intelligence Service said.": {
			{Casualties, nk, 4700, 0, About, "National Intelligence Service", false}},
		"Of the 6,000 military builders Pyongyang promised Moscow in June, about 1,000 North Korean soldiers have already arrived to clear mines, Park said.": {
			{Troops, nk, 1000, 0, About, "Park", false}},
		"North Korean troops are in Russia. They are being taught Russian military terms, more than 100 of them, such as 'fire' and 'assault'.": nil,
		"North Korea sent troops to Kursk. In his words, about 8,000 of them had been moved to the border.": {
			{Troops, nk, 8000, 0, About, "", true}},
		"Kyrylo Budanov, who heads Ukraine's military intelligence agency, known as HUR, said 11,000 North Korean soldiers were in eastern Russia. About 500 officers were among them, he added.": {
			{Troops, nk, 11000, 0, Exact, "Kyrylo Budanov", false},
			{Troops, nk, 500, 0, About, "Kyrylo Budanov", true}},
	})
}

// The seventy-seventh round (blind549-554): a force that "numbers" its
// figure, a figure "for" soldiers, men "among them", a plan beside a
// deployment done, a report's relative clause shut by the main verb, one
// man pointed at, and a newsletter's heading in capitals.
func TestExtractRoundSeventySeven(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Little is known about the North Korean force, which Seoul believes numbers roughly 11,000.": {
			{Troops, nk, 11000, 0, About, "Seoul", false}},
		"North Korea sent troops. The reinforcements number around 3,000, the National Intelligence Service said.": {
			{Troops, nk, 3000, 0, About, "National Intelligence Service", true}},
		"BLINKEN: Our figure for North Korean soldiers in Russia is something like 10,000.": {
			{Troops, nk, 10000, 0, About, "BLINKEN", false}},
		"North Korea has sent 11,000 troops to Russia. Around 500 officers, including senior generals, are among them, according to Ukraine's military intelligence.": {
			{Troops, nk, 11000, 0, Exact, "", false},
			{Troops, nk, 500, 0, About, "Ukraine's military intelligence", true}},
		"North Korea has decided to send large ground forces to Russia and has already moved 1,500 special forces soldiers to the Far East, the spy agency said.": {
			{Troops, nk, 1500, 0, Exact, "spy agency", true}},
		"The JCS, which estimates that some 11,000 North Korean soldiers are in Russia, said Pyongyang appears to be preparing to rotate its troops.": {
			{Troops, nk, 11000, 0, About, "JCS", false}},
		"North Korean troops fought in Kursk. A note found on one dead soldier said he had been told to blow himself up, a lawmaker said.": nil,
		"WHERE THE NUMBERS CAME FROM: The Pentagon went public with its estimate on Monday, up from the roughly 3,000 North Korean troops it had counted a week earlier.": {
			{Troops, nk, 3000, 0, About, "Pentagon", false}},
	})
}

// The seventy-eighth round (blind551-560): a clause of time or a future
// role after the men counted, and a cue that belongs to the figure after.
func TestExtractRoundSeventyEight(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Seoul's spy agency has said roughly a thousand North Korean deminers were sent to Kursk from August, after Moscow's security chief announced the plan.": {
			{Troops, nk, 1000, 0, About, "spy agency", true}},
		"North Korean troops are in Russia. Among the arrivals, according to the NIS, are about 500 officers who will keep command of the North's units.": {
			{Troops, nk, 500, 0, About, "NIS", true}},
		"Pyongyang has pledged 5,000 military builders who will arrive next year.": nil,
		"North Korean casualties have reached an estimated 4,700, about 600 of them deaths, the National Intelligence Service said.": {
			{Casualties, nk, 4700, 0, About, "National Intelligence Service", false},
			{Killed, nk, 600, 0, About, "National Intelligence Service", false}},
	})
}

// The seventy-ninth round (blind561-564): a part of a planned or promised
// whole that has arrived is counted; the whole stays a plan.
func TestExtractRoundSeventyNine(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops are in Kursk. The agency said about 1,000 of the planned 6,000 engineering troops have already arrived in Kursk.": {
			{Troops, nk, 1000, 0, About, "agency", true}},
		"North Korean troops are in Kursk. The agency said about 1,000 of the promised 6,000 engineering troops have already arrived in Kursk.": {
			{Troops, nk, 1000, 0, About, "agency", true}},
		"North Korean troops are in Kursk. Of a planned 6,000 soldiers and engineers, around 1,000 combat engineers have already arrived, the agency said.": {
			{Troops, nk, 1000, 0, About, "agency", true}},
	})
}

// The eightieth round (blind565-570): men a capital "has massed" are
// there, whatever is planned for them; "losses fighting for Russia" are
// losses.
func TestExtractRoundEighty(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops are in Russia. They will fight alongside about 50,000 Russian soldiers that Moscow has massed in the Kursk region, Zelensky said.": {
			{Troops, ru, 50000, 0, About, "Zelensky", false}},
	})
	x := NewExtractor(Lexicon{})
	got := x.Extract(Document{Title: "North Korean losses fighting for Russia near 5,000, says Seoul, as Pyongyang admits deployment",
		Text: "Seoul's spy agency gave the figure on Monday.", URL: "https://example.test/a"})
	if len(got) != 1 || got[0].Metric != Casualties || got[0].Value != 5000 {
		t.Errorf("headline's losses near 5,000: got %s, want casualties 5000", describe(got))
	}
}
