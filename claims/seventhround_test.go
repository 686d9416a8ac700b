package claims

import "testing"

// Rules found by scoring testdata/blind20 after the sixth round: each case
// is a sentence of our own in the shape news prose takes, not one from the
// set.

// TestExtractTheFigureWas: "the figure was N" gives the figure before it
// again, for the metric counted there; a rival's figure set against dead
// and wounded counted apart is their sum.
func TestExtractTheFigureWas(t *testing.T) {
	checkSentences(t, map[string][]w{
		"About 9,000 North Korean soldiers were in Russia, the Pentagon said. The NIS told lawmakers the figure was 9,000 to 11,000.": {
			{Troops, nk, 9000, 0, About, "Pentagon", false},
			{Troops, nk, 9000, 11000, Range, "NIS", false}},
		"About 200 North Korean soldiers were killed and 1,800 wounded, the NIS said. Kyiv's figure that week was nearly 3,500.": {
			{Killed, nk, 200, 0, About, "NIS", false},
			{Wounded, nk, 1800, 0, About, "NIS", false},
			{Casualties, nk, 3500, 0, About, "Kyiv", false}},
		"According to the NIS, about 200 North Korean soldiers were killed and 1,800 wounded; Kyiv's figure that week was nearly 3,500.": {
			{Killed, nk, 200, 0, About, "NIS", false},
			{Wounded, nk, 1800, 0, About, "NIS", false},
			{Casualties, nk, 3500, 0, About, "Kyiv", false}},
	})
}

// TestExtractOwnerOfADatedEstimate: a year between the owner and the
// estimate noun does not hide whose the estimate is.
func TestExtractOwnerOfADatedEstimate(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS's March 2025 estimate was around 5,200 North Korean casualties.": {
			{Casualties, nk, 5200, 0, About, "NIS", false}},
		"Zelensky's estimate was nearly 5,000 North Korean casualties.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false}},
	})
}

// TestExtractCorrectionParagraph: every sentence of a paragraph that opens
// "Correction:" is the editor's, not a report.
func TestExtractCorrectionParagraph(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Correction: An earlier version gave the toll as 50,000 North Korean dead. The correct figure is about 5,000 North Korean dead.": nil,
	})
}

// TestExtractSourcesAreNoSubject: a country that owns figures is their
// source, not whose people the next sentence counts.
func TestExtractSourcesAreNoSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fought near Sudzha. The fighting went on for weeks. Winter came. Even Ukraine's earlier, higher public figures were nowhere near 50,000. In March, Zelensky spoke of about 5,000 casualties.": {
			{Casualties, nk, 5000, 0, About, "Zelensky", false}},
	})
}

// TestExtractTheEnemy: "the enemy" is the speaker's enemy: Moscow's is
// Ukraine, Kyiv's is Russia; with no known speaker it names nobody.
func TestExtractTheEnemy(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia's defence minister said the enemy had lost more than 60,000 servicemen killed and wounded.": {
			{Casualties, ua, 60000, 0, MoreThan, "Russia's defence minister", false}},
		"Ukraine's commander-in-chief Syrskyi said the enemy lost 40,000 soldiers killed and wounded in Kursk.": {
			{Casualties, ru, 40000, 0, Exact, "Syrskyi", false}},
	})
}

// TestExtractTheCountWas: "the count was N" after a force counts its
// losses, not the force again.
func TestExtractTheCountWas(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The 12,000-strong North Korean force arrived in the autumn, officials say. A month ago the count was 2,500.": {
			{Troops, nk, 12000, 0, Exact, "officials", false},
			{Casualties, nk, 2500, 0, Exact, "officials", false}},
	})
}

// TestExtractNotPeopleCounts: an age set off by commas and a hyphenated
// measure ("a 1,200-word statement") count no one; "-strong" and "-man"
// still count a force.
func TestExtractNotPeopleCounts(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The older North Korean prisoner, 31, a gunner, said his unit lost men daily.": nil,
		"The 1,200-word KCNA statement gave no North Korean casualty count.":           nil,
		"A 4,000-man North Korean force arrived in Kursk.": {
			{Troops, nk, 4000, 0, Exact, Unattributed, false}},
	})
}

// TestExtractWoundedCaptives: "wounded" before the noun describes men
// whose count the capture gives.
func TestExtractWoundedCaptives(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Three wounded North Korean soldiers taken prisoner in March are held in Kyiv.": {
			{Captured, nk, 3, 0, Exact, "Kyiv", false}}, // the captor holds them: TestExtractTheCaptorGivesItsPrisoners
		"Kyiv said 400 wounded North Korean soldiers were evacuated.": {
			{Wounded, nk, 400, 0, Exact, "Kyiv", false}},
	})
}

// TestExtractEstimateAsSubject: an owner's estimate that a clause is about,
// and "its estimate that" after an agency, name the source.
func TestExtractEstimateAsSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"By March the Pentagon's estimate stood at 12,000 to 13,000 North Korean troops.": {
			{Troops, nk, 12000, 13000, Range, "Pentagon", false}},
		"The Pentagon stood by its earlier estimate that about 12,000 North Korean troops are in Russia.": {
			{Troops, nk, 12000, 0, About, "Pentagon", false}},
	})
}

// TestExtractActorIsNoSubject: a country that declares is who acts, and
// "the total deployed" is the figure named before.
func TestExtractActorIsNoSubject(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korean troops fought in Kursk. Then came the spring. In May, after Russia declared the region retaken, the NIS put the total deployed at about 16,000.": {
			{Troops, nk, 16000, 0, About, "NIS", false}},
	})
}

// TestExtractStateMediaSpeaks: "state media said" names a speaker in lower
// case.
func TestExtractStateMediaSpeaks(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Eleven North Korean soldiers were killed clearing mines, state media said.": {
			{Killed, nk, 11, 0, Exact, "state media", false}},
	})
}

// TestExtractWhoseAccount: "in his account" is the person named last;
// "the estimates X gave" names X; "600 of them fatally" counts the dead.
func TestExtractWhoseAccount(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Budanov spoke on television. In his account, roughly 12,000 North Korean soldiers are now in Kursk.": {
			{Troops, nk, 12000, 0, About, "Budanov", false}},
		"About 5,000 North Korean soldiers have been killed or wounded, around 700 fatally: those were the estimates the Pentagon gave reporters.": {
			{Casualties, nk, 5000, 0, About, "Pentagon", false},
			{Killed, nk, 700, 0, About, "Pentagon", false}},
	})
}

// TestExtractTheEstimateOf: "the estimate of N it gave" restates the
// figure before; "the N it dispatched" counts the sentence's subject's men.
func TestExtractTheEstimateOf(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS said 3,500 North Korean soldiers were killed or wounded, up sharply from the estimate of roughly 1,200 it gave in December.": {
			{Casualties, nk, 3500, 0, Exact, "NIS", false},
			{Casualties, nk, 1200, 0, About, "NIS", false}},
		"North Korea sent some 2,000 more troops in March, Seoul said, on top of the roughly 12,000 it dispatched to help Moscow.": {
			{Troops, nk, 2000, 0, About, "Seoul", true},
			{Troops, nk, 12000, 0, About, "Seoul", false}},
	})
}

// TestExtractWoundedButAlive: "wounded but alive" describes the men.
func TestExtractWoundedButAlive(t *testing.T) {
	checkSentences(t, map[string][]w{
		`Zelensky said North Korean troops had been captured. "Three soldiers, wounded but alive, were brought to Kyiv."`: nil,
	})
}

// TestExtractLossesOfTheForce: a loss counted "of them" or "of the North
// Koreans" is every loss of the force named, so it can conflict with a
// total; one unit's men stay a part.
func TestExtractLossesOfTheForce(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Some 12,000 North Korean troops were sent. Kyiv said at least 1,500 of the North Koreans had been killed.": {
			{Troops, nk, 12000, 0, About, Unattributed, false},
			{Killed, nk, 1500, 0, AtLeast, "Kyiv", false}},
		"Some 12,000 North Korean troops were sent. Zelensky said more than 4,000 of them had been killed or wounded.": {
			{Troops, nk, 12000, 0, About, Unattributed, false},
			{Casualties, nk, 4000, 0, MoreThan, "Zelensky", false}},
	})
}

// TestExtractBriefingTranscript: a briefing's lines open with a short
// label ("COL. PARK:") that an earlier line gave in full; "we" and "our
// military" are the speaker's, and "Our Defence Intelligence Agency" is
// the agency.
func TestExtractBriefingTranscript(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Briefing by spokesperson Col. Park Min-ho of the Joint Chiefs of Staff.\n" +
			"COL. PARK: Our military assesses that North Korea sent some 4,000 more troops to Russia. We also assess that about 5,000 North Korean soldiers have been killed or wounded.": {
			{Troops, nk, 4000, 0, About, "Park Min-ho", true},
			{Casualties, nk, 5000, 0, About, "Park Min-ho", false}},
		"MR. KIM: Our Defence Intelligence Agency told lawmakers that about 700 North Korean soldiers were killed.": {
			{Killed, nk, 700, 0, About, "Defence Intelligence Agency", false}},
	})
}

// TestExtractWoundedMenShown: a handful of "wounded men" are the men a
// report shows, not a count of the wounded; hundreds are a count, and
// "were wounded" is one at any size.
func TestExtractWoundedMenShown(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Zelensky posted photographs of three wounded North Korean men lying in bunks.": nil,
		"Kyiv said 400 wounded North Korean soldiers were evacuated.": {
			{Wounded, nk, 400, 0, Exact, "Kyiv", false}},
		"Zelensky said three North Korean soldiers were wounded.": {
			{Wounded, nk, 3, 0, Exact, "Zelensky", false}},
	})
}

// TestExtractBasedOnIsNoDeployment: "was based on new intelligence" is
// no troops "based" somewhere; the figure is the dead before it.
func TestExtractBasedOnIsNoDeployment(t *testing.T) {
	checkSentences(t, map[string][]w{
		"The NIS says about 2,500 North Korean soldiers have been killed. It told lawmakers the figure, up from roughly 700 in May, was based on new intelligence.": {
			{Killed, nk, 2500, 0, About, "NIS", false},
			{Killed, nk, 700, 0, About, "NIS", false}},
	})
}
