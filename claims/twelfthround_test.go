package claims

import "testing"

// Rules found by scoring testdata/blind63 to blind69 and the errors the
// eleventh round left. Each case is a sentence of our own in the shape news
// prose takes, not one from a set; the lede names whose soldiers the story
// counts, as an article's first sentence does.

const kurskLede = "North Korean soldiers are fighting for Russia in Kursk, where Pyongyang has sent its best units.\n\n"

// TestExtractTheTwoCaptured: "the two" usually points back at men already
// counted ("the two men were wounded"), but the two taken prisoner are the
// count every later report repeats, and their captor is its source.
func TestExtractTheTwoCaptured(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Kyiv wants to swap the two soldiers it captured for Ukrainians held in Russia.": {
			{Captured, nk, 2, 0, Exact, "Kyiv", false}},
		kurskLede + "The two captured men remain in Ukrainian custody.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}}, // the side, since the eighty-sixth round
		kurskLede + "The two men held by Ukraine since January spoke to reporters.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
		kurskLede + "The two men were taken to hospital.":       nil,
		kurskLede + "The two soldiers were wounded by a drone.": nil,
	})
}

// TestExtractACaptorOfOtherMen: a sentence that names a captor of other
// men ("Ukrainians held by Russia") does not make it the source of the
// count; "captured last week" after the men names no captor at all.
func TestExtractACaptorOfOtherMen(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Zelensky's office offered the two North Koreans captured last week in exchange for Ukrainians held by Russia.": {
			{Captured, nk, 2, 0, Exact, "", false}},
		kurskLede + "Ukrainian forces captured two North Korean soldiers, the first taken alive.": {
			{Captured, nk, 2, 0, Exact, "Ukraine", false}},
	})
}

// TestExtractWhichCommentsOnTheFigure: a ", which" clause after a figure
// says something about it; its nouns do not say what the figure counts.
func TestExtractWhichCommentsOnTheFigure(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky said North Korean troops killed or wounded now number more than 3,000, which makes two prisoners a small sample.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false},
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractLossesOfANationality: "North Korean losses near 4,000 as Kyiv
// offers a swap" counts the losses the nationality names, whatever side
// the next clause brings in.
func TestExtractLossesOfANationality(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean losses near 4,000 as Kyiv offers prisoner swap, Zelensky says.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
	})
}

// TestExtractAPairOf: "a pair of" is two, as "a dozen" is twelve.
func TestExtractAPairOf(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Ukrainian forces have captured a pair of North Korean servicemen, Zelensky said.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"A pair of Russian drones hit the depot.": nil,
	})
}

// TestExtractNoReaderAppeals: an outlet's appeal for money counts its
// readers, however it words them.
func TestExtractNoReaderAppeals(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Become a member for just $5 a month and join 15,000 others.": nil,
		kurskLede + "Support our journalism: 2,000 readers already do.":           nil,
		"Veterans who support our troops say 3,000 North Korean soldiers were killed, Zelensky said.": {
			{Killed, nk, 3000, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractSourcedByAParticiple: "Its count, released by the JCS, put …"
// names the source in the subject's own participle.
func TestExtractSourcedByAParticiple(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Its count, released by the Joint Chiefs of Staff on Monday, put North Korean dead and wounded at around 1,100.": {
			{Casualties, nk, 1100, 0, About, "Joint Chiefs of Staff", false}},
	})
}

// TestExtractHeadlineTopOfARange: a headline's "Up to 12K" over a body's
// "between 10,000 and 12,000" is the body's range, shortened.
func TestExtractHeadlineTopOfARange(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{
		Title: "Up to 12K North Korean troops now in Russia, Seoul's spies say",
		Text:  "North Korea has sent between 10,000 and 12,000 soldiers to Russia, South Korea's spy agency said.",
		URL:   "https://example.test/a",
	})
	if len(got) != 1 || got[0].Value != 10000 || got[0].ValueMax != 12000 {
		t.Fatalf("got %s, want the body's 10,000-12,000 alone", describe(got))
	}
}

// TestExtractFactCheckClaimant: a fact check sets the claim on one line
// and whose it is on the next.
func TestExtractFactCheckClaimant(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Claim: \"The number of North Korean soldiers killed and wounded in Kursk already exceeds 3,000.\"\nWho said it: Ukrainian President Volodymyr Zelenskyy, on X\nOur verdict: Unverifiable.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelenskyy", false}},
	})
}

// TestExtractNewcomersWithNoNoun: a figure with no noun that came "as
// reinforcements", or "more" that "had reached" the front, is more of the
// force: an additional part, never a rival total.
func TestExtractNewcomersWithNoNoun(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "About 3,000 arrived as reinforcements in January, the NIS said.": {
			{Troops, nk, 3000, 0, About, "NIS", true}},
		kurskLede + "Roughly three thousand more had reached Russia in February as replacements, the JCS said.": {
			{Troops, nk, 3000, 0, About, "JCS", true}},
		kurskLede + "About 3,000 arrived in Moscow for the parade.": nil,
	})
}

// TestExtractPartitivesOfTheForce: "or so" after a figure and "of the
// original contingent" still let the figure count the force's people.
func TestExtractPartitivesOfTheForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Eight thousand or so of them have already moved to the Kursk region, Blinken said.": {
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		kurskLede + "Roughly 3,000 of the original contingent had been killed or wounded by mid-January, the agency said.": {
			{Casualties, nk, 3000, 0, About, "agency", false}},
	})
}

// TestExtractAsForTheArmy: "As for the Russian army, its losses …" names
// whose losses, though "for" before a nationality usually names an ally.
func TestExtractAsForTheArmy(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "As for the Russian army, Zelensky said its losses in Kursk had reached about 38,000.": {
			{Casualties, ru, 38000, 0, About, "Zelensky", false}},
	})
}

// TestExtractDashedAside: a spaced dash after a figure opens an aside; a
// hyphen glued to it makes a measure ("a 120-day mission").
func TestExtractDashedAside(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The NIS said that puts North Korean casualties at around 3,000 — nearly three times its December toll.": {
			{Casualties, nk, 3000, 0, About, "NIS", false}},
		kurskLede + "The engineers ended a 120-day mission in Kursk.": nil,
	})
}

// TestExtractSourceNamedAfter: "That was Volodymyr Zelensky, writing on X"
// names the speaker of the figure before it, and "The combined total of
// about 3,000" sums the figures of the source before it.
func TestExtractSourceNamedAfter(t *testing.T) {
	checkSentences(t, map[string][]w{
		"More than 3,000 North Korean soldiers have now been killed or wounded in Kursk. That was Volodymyr Zelensky, writing on X.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"About 300 North Korean soldiers have died and 2,700 have been wounded, the NIS said. The combined total of about 3,000 casualties was disclosed to lawmakers on Monday.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false},
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractTheRemainder: "The remaining casualties, about 2,700, are
// wounded soldiers" counts the wounded, the part the predicate names.
func TestExtractTheRemainder(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 300 North Korean soldiers have been killed, the NIS said. The remaining casualties, about 2,700, are wounded soldiers.": {
			{Killed, nk, 300, 0, About, "NIS", false},
			{Wounded, nk, 2700, 0, About, "NIS", false}},
	})
}

// TestExtractTitleAbbreviations: "Rep. Lee Seong-kweun" is one name; the
// title's full stop ends neither it nor the sentence.
func TestExtractTitleAbbreviations(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 3,000 North Korean soldiers have been killed or wounded, according to Rep. Lee Seong-kweun.": {
			{Casualties, nk, 3000, 0, About, "Lee Seong-kweun", false}},
	})
}

// TestExtractChangesAndShares: by how much a count moved, and the whole a
// share is of, are no counts of their own.
func TestExtractChangesAndShares(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean forces have lost nearly 4,000 men killed or wounded, Zelensky said, raising Kyiv's count by close to a thousand in three weeks.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false}},
		kurskLede + "An official said that about two-thirds of the nearly 4,000 had been wounded rather than killed.": nil,
	})
}

// TestExtractPlansInOtherWords: "6,000 engineers to follow" and "Under a
// plan announced in June, 1,000 deminers …" are plans, not counts.
func TestExtractPlansInOtherWords(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Seoul said 2,000 North Korean soldiers had been killed, with 6,000 engineers to follow.": {
			{Killed, nk, 2000, 0, Exact, "Seoul", false}},
		kurskLede + "Under a plan announced in Pyongyang by Sergei Shoigu in June, 1,000 North Korean deminers were sent to Kursk.": nil,
	})
}

// TestExtractQuestionHeadline: a headline that asks gives no figure.
func TestExtractQuestionHeadline(t *testing.T) {
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "12K North Korean soldiers in Russia?", Text: "Nobody knows for sure.", URL: "https://example.test/a"})
	if len(got) != 0 {
		t.Fatalf("got %s, want no claim", describe(got))
	}
}

// TestExtractSumOpeners: "Combined, …" and "Together that puts …" sum the
// figures before them, however far back, for the same people: the sum is
// firm enough to conflict, not a guess.
func TestExtractSumOpeners(t *testing.T) {
	for _, text := range []string{
		"About 300 North Korean soldiers have been killed and some 2,700 wounded, the NIS said.\n\n(Adds details in paras 4-6)\n\nCombined, the losses come to roughly 3,000 men, the NIS was quoted as saying.",
		"About 300 North Korean soldiers have been killed and some 2,700 wounded, the NIS said.\n\nThe agency briefed lawmakers in 2 sessions.\n\nTogether that puts the losses at roughly 3,000, the NIS said.",
	} {
		got := NewExtractor(Lexicon{}).Extract(Document{Text: text, URL: "https://example.test/a"})
		if len(got) != 3 || got[2].Metric != Casualties || got[2].Subject != NorthKorea || got[2].Tentative {
			t.Errorf("%q: got %s tentative=%v, want a firm North Korean casualties sum last", text, describe(got), len(got) == 3 && got[2].Tentative)
		}
	}
}

// TestExtractSharesOfTheCasualties: "Roughly 600 of the casualties were
// deaths" counts the dead; "1,500 … in the first wave" is one shipment.
func TestExtractSharesOfTheCasualties(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "Roughly 600 of the casualties were deaths, the National Intelligence Service said.": {
			{Killed, nk, 600, 0, About, "National Intelligence Service", false}},
		"The NIS said Russian ships had carried some 1,500 North Korean special operations troops to Vladivostok in the first wave of the dispatch.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
	})
}

// TestExtractLossesOfItsSoldiers: "lost more than three thousand of its
// soldiers, killed and wounded" is all its losses, firm enough to conflict.
func TestExtractLossesOfItsSoldiers(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has already lost more than three thousand of its soldiers, killed and wounded, Zelensky said.": {
			{Casualties, nk, 3000, 0, MoreThan, "Zelensky", false}},
	})
}

// TestExtractSumsAndOwners: "The National Intelligence Service figures …
// put" names the figures' owner; ", which would bring the total to about
// 3,000," is a sum of the figures given, not a plan.
func TestExtractSumsAndOwners(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The National Intelligence Service figures, relayed Monday by a lawmaker, put North Korean total losses at around 3,000.": {
			{Casualties, nk, 3000, 0, About, "National Intelligence Service", false}},
		"The NIS told lawmakers that North Korean casualties, which would bring the total to about 3,000, were mainly due to drones.": {
			{Casualties, nk, 3000, 0, About, "NIS", false}},
	})
}

// TestExtractPluralPossessiveSource: "by the Joint Chiefs' count" names the
// Joint Chiefs, as "by the agency's count" names the agency.
func TestExtractPluralPossessiveSource(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Some 4,000 North Koreans have been killed or wounded, by the Joint Chiefs' count.": {
			{Casualties, nk, 4000, 0, About, "Joint Chiefs", false}},
		"He called them 'mercenaries' and said 3,000 North Korean soldiers had died.": {
			{Killed, nk, 3000, 0, Exact, "He", false}},
	})
}

// TestExtractLossesOfALongSubject: "North Korea's losses in the war between
// Russia and Ukraine have reached around 4,700" are the North's, though
// Ukraine stands nearer the figure.
func TestExtractLossesOfALongSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea's losses in the war between Russia and Ukraine have reached around 4,700, the NIS said.": {
			{Casualties, nk, 4700, 0, About, "NIS", false}},
	})
}

// TestExtractPartOfThatForce: "Part of that force, about 3,000 troops, …"
// is a part; "the losses of the Kyiv regime" are Ukraine's.
func TestExtractPartOfThatForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Part of that force, about 3,000 North Korean troops, has been attached to Russian marine units, the NIS said.": {
			{Troops, nk, 3000, 0, About, "NIS", true}},
		"The chief of the Russian General Staff, Valery Gerasimov, reported that the losses of the Kyiv regime during its adventure in the Kursk region exceeded 76,000 servicemen.": {
			{Casualties, ua, 76000, 0, MoreThan, "Gerasimov", false}},
	})
}

// TestExtractSoldiersFromACountry: "10,000 soldiers from North Korea" are
// the North's, whatever forces they join later in the sentence.
func TestExtractSoldiersFromACountry(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Roughly 10,000 soldiers from North Korea have arrived in eastern Russia and are expected to join Russian forces in the coming weeks, Defense Secretary Lloyd Austin said.": {
			{Troops, nk, 10000, 0, About, "Austin", false}},
	})
}

// TestExtractLossesEstimatedInPeople: "assessed the losses of … at about
// 1,100 people" counts losses, though "people" alone names bystanders.
func TestExtractLossesEstimatedInPeople(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The JCS said it assessed the losses of the North Korean forces that had taken part in battles against Ukraine at about 1,100 people, including the dead and wounded.": {
			{Casualties, nk, 1100, 0, About, "JCS", false}},
		"We estimate the total losses of the North Korean contingent at over four thousand people, dead and wounded together, Budanov said.": {
			{Casualties, nk, 4000, 0, MoreThan, "Budanov", false}},
		kurskLede + "The shelling killed two people in Kherson, the governor said.": nil,
	})
}

// TestExtractIncludedParts: "The 15,000 include about 3,000 soldiers" is a
// part, where "a toll that includes at least 1,000 dead" is every death;
// "12K Troops … Have Suffered Nearly 4K Losses" counts no losses with 12K.
func TestExtractIncludedParts(t *testing.T) {
	checkSentences(t, map[string][]w{
		kurskLede + "The 15,000 include about 3,000 soldiers Pyongyang sent as reinforcements in January, the agency said.": {
			{Troops, nk, 3000, 0, About, "agency", true}},
		"North Korea's force in Kursk has suffered nearly 4,000 killed and wounded, Zelensky said, a toll that Western officials believe includes at least 1,000 dead.": {
			{Casualties, nk, 4000, 0, About, "Zelensky", false},
			{Killed, nk, 1000, 0, AtLeast, "Western officials", false}},
	})
	got := NewExtractor(Lexicon{}).Extract(Document{Title: "North Korea's 12K Troops in Russia Have Suffered Nearly 4K Losses: Zelensky", URL: "https://example.test/a"})
	for _, c := range got {
		if c.Value == 12000 && c.Metric != Troops {
			t.Errorf("got %s, want no 12K but troops", describe(got))
		}
	}
}
