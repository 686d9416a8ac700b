package claims

import "testing"

// The eighty-second round (blind579-586): the day's losses inside the
// General Staff's total, "N.Korean" as one word, an aside that sizes a
// force, men there before the rest of a plan, an outlet's correspondent,
// a "Quote:" paragraph, "first announced" as an adjective, a place's own
// news, an estimate several services arrived at, a Korean name cut to its
// family name, a blogger and a general named after his title. (A month's
// estimate restated is in TestExtractMonthsThatRestate.)
func TestExtractRoundEightyTwo(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Russia has lost 700,000 troops in Ukraine since February 2022, Ukraine's General Staff reported on Tuesday.\n\nThis number includes 1,200 casualties Russian forces suffered over the past day.": {
			{Casualties, ru, 700000, 0, Exact, "General Staff", false},
			{Casualties, ru, 1200, 0, Exact, "General Staff", true}},
		"Some 300 N.Korean soldiers have been killed, Seoul's spy agency said.": {
			{Killed, nk, 300, 0, About, "spy agency", false}},
		kurskLede + "The first contingent, put by Seoul at about 11,000, lost thousands of men over the winter.": {
			{Troops, nk, 11000, 0, About, "Seoul", false},
			{Casualties, nk, 2000, 9999, Vague, "Seoul", false}},
		"Of the 6,000 sappers and builders Pyongyang promised, about 1,000 sappers had already arrived in Kursk, the agency said.": {
			{Troops, nk, 1000, 0, About, "agency", true}},
		"Kyrylo Budanov, head of Ukraine's military intelligence, spoke on Tuesday. Budanov told reporters in Kyiv about the North Koreans, according to an Interfax-Ukraine correspondent. According to the intelligence chief, the force includes more than 500 officers.": {
			{Troops, nk, 500, 0, MoreThan, "Kyrylo Budanov", true}},
		"Ukrainian President Volodymyr Zelensky has said the North Korean force suffered heavy losses.\n\nQuote: \"Our soldiers are holding. Their losses are already more than four thousand killed and wounded.\"": {
			{Casualties, nk, 4000, 0, MoreThan, "Volodymyr Zelensky", false}},
		"The move would be the North's first announced dispatch of workers. Some 15,000 North Korean soldiers have been sent to Russia since last autumn.": {
			{Troops, nk, 15000, 0, About, "", false}},
		"Of the roughly 11,000 soldiers North Korea sent last autumn, most fought in Kursk, where Moscow said in April that the fighting was over.": {
			{Troops, nk, 11000, 0, About, "", false}},
		"North Korean troops are in Kursk. In the autumn of 2024, Pyongyang sent between 10,000 and 12,000 soldiers to Russia. That is the estimate that Ukrainian, South Korean and American intelligence each arrived at.": {
			{Troops, nk, 10000, 12000, Range, "Ukrainian, South Korean and American intelligence", false}},
		"North Korean leader Kim Jong Un welcomed home an engineering regiment on Friday, KCNA reported. Nine of the regiment's soldiers were killed, Kim said.": {
			{Killed, nk, 9, 0, Exact, "Kim Jong Un", true}},
		"Seoul's Foreign Ministry condemned the deployment. In Russia, a pro-war military blogger who writes as Severny Veter dismissed Seoul's estimate, writing on Telegram that fewer than 200 North Koreans had died.": {
			{Killed, nk, 200, 0, LessThan, "military blogger", false}},
		"Lee Seong-kweun relayed the briefing. In April, chief of the general staff Valery Gerasimov claimed that Ukraine had lost more than 76,000 troops in Kursk.": {
			{Casualties, ua, 76000, 0, MoreThan, "Valery Gerasimov", false}},
		"North Korean troops are in Kursk. A Western intelligence assessment shared with European journalists put the number of dead at no fewer than 1,000.": {
			{Killed, nk, 1000, 0, AtLeast, "Western intelligence assessment", false}},
	})
}
