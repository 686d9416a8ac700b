package claims

import "testing"

// The ninety-fifth round (what blind679-685 left): a question that asks
// whether a figure is so claims nothing; police officers are not the
// soldiers counted; "a 50,000-strong group" sizes a force; what a figure
// begins is not what it plans; men who "had reached" a place or "made the
// trip" were counted before; "3,000 more" are more of the men just
// counted, whoever put the count; in "of the 5,000 builders Moscow
// announced, about 1,000 …" Moscow named the whole, not the part.
func TestExtractRoundNinetyFive(t *testing.T) {
	checkSentences(t, map[string][]w{
		"Fact check: Did Ukraine kill 3,000 North Korean soldiers?": nil,
		"Did North Korea really send 12,000 troops to Russia?":      nil,
		"How many North Korean soldiers have been killed? More than 3,000, Zelensky said.": {
			{Killed, nk, 3000, 0, MoreThan, "Zelensky", false}},
		"North Korean troops fight in Kursk, Kyiv says. Investigators tried again to detain the president, with more than 1,000 police officers on standby.": nil,
		"Zelensky said the Russian army had concentrated a 50,000-strong group in the Kursk region.": {
			{Troops, ru, 50000, 0, Exact, "Zelensky", false}},
		"October 18, 2024 – The NIS says a first contingent of about 1,500 North Korean special forces troops has been shipped to Russia's Far East, the start of a deployment that Seoul says will grow to several brigades.": {
			{Troops, nk, 1500, 0, About, "NIS", true}},
		"The Pentagon says roughly 10,000 North Korean troops have been sent to Russia. Last week, John Kirby said at least 3,000 had made the trip.": {
			{Troops, nk, 10000, 0, About, "Pentagon", false},
			{Troops, nk, 3000, 0, AtLeast, "John Kirby", false}},
		"Zelensky says 11,000 North Korean soldiers are in Kursk. Blinken said last week that about 8,000 had reached the Kursk region.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false},
			{Troops, nk, 8000, 0, About, "Blinken", false}},
		"Zelensky says 11,000 North Korean soldiers are in Kursk. Kyiv says 12,000 are coming.": {
			{Troops, nk, 11000, 0, Exact, "Zelensky", false}},
		"North Korea sent troops last year. Seoul and Kyiv had put the original deployment at 11,000-12,000 troops; the Joint Chiefs of Staff later reported that about 3,000 more arrived in January.": {
			{Troops, nk, 11000, 12000, Range, "Seoul and Kyiv", false},
			{Troops, nk, 3000, 0, About, "Joint Chiefs of Staff", true}},
		"North Korean troops are in Kursk, the NIS said. The agency says that of the 5,000 military builders Moscow announced in June, about 1,000 have already arrived in Russia.": {
			{Troops, nk, 1000, 0, About, "NIS", false}},
	})
}
