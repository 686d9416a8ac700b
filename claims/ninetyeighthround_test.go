package claims

import "testing"

// The ninety-eighth round (blind706-713): a podcast's numbered episodes;
// a prisoner's age; police officers the police speak of; "killed,
// wounded, missing or captured" all the losses, unless the figure names
// its own; "The 1,000 figure" talked about, not given again.
func TestExtractRoundNinetyEight(t *testing.T) {
	checkSentences(t, map[string][]w{
		"North Korea has sent troops to Russia, Kyiv says.\n\n146: \"Three ships, 1,500 soldiers: inside the NIS briefing\"":              nil,
		"North Korea has sent troops to Russia, Kyiv says.\n\n147 - Two prisoners and a rising toll: North Korea's first winter in Kursk": nil,
		"North Korea has sent troops to Russia, Kyiv says.\n\n2 — North Korean soldiers held prisoner in Ukraine": {
			{Captured, nk, 2, 0, Exact, "", false}},
		"Ukraine holds two North Korean prisoners, Zelensky said. One of the prisoners, who said he was 20, told his interrogators he had been sent for training.": {
			{Captured, nk, 2, 0, Exact, "Zelensky", false}},
		"North Korea has sent troops to Russia, Kyiv says. Arrest standoff: police say some 3,000 officers are on standby for a second attempt to detain the president.": nil,
		"North Korea has sent troops to Russia, Kyiv says. Western officials said the number put out of action – killed, wounded, missing or captured – stood at roughly 4,000.": {
			{Casualties, nk, 4000, 0, About, "Western officials", false}},
		"Syrskyi said Russian losses in Kursk had reached some 38,000 soldiers killed, wounded and captured, among them about 15,000 killed.": {
			{Casualties, ru, 38000, 0, About, "Syrskyi", false},
			{Killed, ru, 15000, 0, About, "Syrskyi", false}},
		`"According to preliminary data, the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000." President Volodymyr Zelensky wrote this on social media on the evening of Dec. 23.`: {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		`"Our preliminary count puts North Korean dead and wounded in the Kursk region above 3,000." The message was posted on X on December 23 by Ukrainian President Volodymyr Zelensky, who cited data from the army.`: {
			{Casualties, nk, 3000, 0, MoreThan, "Ukrainian President Volodymyr Zelensky", false}},
		`"The number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000." That was President Volodymyr Zelensky's assessment on Dec. 23, posted on Telegram.`: {
			{Casualties, nk, 3000, 0, MoreThan, "President Volodymyr Zelensky", false}},
		`"More than 3,000 North Korean soldiers have been killed or wounded." Seoul officials dispute this figure.`: {
			{Casualties, nk, 3000, 0, MoreThan, "", false}},
		"About 1,100 North Koreans have been killed or injured since the troops went into combat this month, according to an assessment released the same day by South Korea's Joint Chiefs of Staff.": {
			{Casualties, nk, 1100, 0, About, "South Korea's Joint Chiefs of Staff", false}},
		"North Korean troops fight in Kursk. Western officials have painted a bleaker picture. At a briefing in London earlier this month they said that no fewer than 1,000 North Koreans had been killed.": {
			{Killed, nk, 1000, 0, AtLeast, "Western officials", false}},
		"North Korean troops fight in Kursk. That is well below what Western intelligence officials have been telling journalists. Briefing at the weekend, they put the number of North Korean dead at no fewer than 1,000.": {
			{Killed, nk, 1000, 0, AtLeast, "Western intelligence officials", false}},
		"North Korean troops fight in Kursk. Western officials have painted a bleaker picture. The report says that no fewer than 1,000 North Koreans had been killed, they added.": {
			{Killed, nk, 1000, 0, AtLeast, "Western officials", false}},
		"Western officials said about 1,000 North Korean soldiers had been killed as of mid-January.\n\nOur conclusion: Misleading if presented as a confirmed toll. The 1,000 figure is one of several estimates, none of them verifiable.": {
			{Killed, nk, 1000, 0, About, "Western officials", false}},
	})
}
