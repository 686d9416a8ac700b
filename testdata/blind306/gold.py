#!/usr/bin/env python3
"""Gold labels for blind306: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind306, fifteen articles written and labelled blind about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). Same schema as corpus/gold.json; see corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
SKNIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
A = {
 "000": [
  ("troops", NK, 3000, None, "about", SKNIS + ["Park Sun-won"], "North Korea has moved roughly 3,000 additional soldiers to Russia this month", False),
  ("troops", NK, 1500, None, "about", SKNIS + ["Park Sun-won"], "an initial contingent of about 1,500 special forces", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"], "There are 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
  ("troops", NK, 8000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"], "about 8,000 of them had since moved to Kursk Oblast", False),
  ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"], "roughly 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
  ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"], "up to 12,000 North Korean soldiers, including senior officers, had been brought to Russia", False),
  ("troops", RU, 45000, None, "about", ["General Staff", "Ukraine"], "Russia has concentrated a force of about 45,000 troops in Kursk Oblast", False),
 ],
 "002": [
  ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"], "North Korean soldiers deployed to fight alongside Russian forces against Ukraine have suffered an estimated 1,100 casualties", False),
  ("killed", NK, 100, None, "at_least", SKNIS, "at least 100 North Korean soldiers had died", False),
  ("wounded", NK, 1000, None, "about", SKNIS, "roughly 1,000 had been wounded", False),
 ],
 "003": [
  ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"], "North Korean troops fighting in Kursk had suffered more than 1,000 killed or wounded over the past week alone", False),
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"], "North Korean losses in Kursk had passed 3,000 killed and wounded", False),
  ("killed", NK, 200, 900, "vague", ["HUR", "military intelligence", "Ukraine"], "several hundred North Korean soldiers had been killed", True),
 ],
 "004": [
  ("killed", NK, 300, None, "about", SKNIS + ["Lee Seong-kweun", "Seoul's intelligence agency"], "About 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", SKNIS + ["Lee Seong-kweun", "Seoul's intelligence agency"], "some 2,700 wounded", False),
  ("casualties", NK, 3000, None, "about", SKNIS + ["Lee Seong-kweun", "Seoul's intelligence agency"], "the North's losses have now reached some three thousand", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "NIS", "National Intelligence Service"], "Ukrainian forces captured two North Korean soldiers in Kursk last week", False),
 ],
 "005": [
  ("troops", NK, 3000, None, "exact", ["Seoul", "South Korea", "Joint Chiefs of Staff", "JCS"], "North Korea Sends 3K More Troops to Russia", False),
  ("troops", NK, 11000, 12000, "range", ["U.S., South Korean and Ukrainian estimates", "United States", "South Korea", "Ukraine"], "some 11,000-12,000 North Korean troops were sent to Russia last fall", False),
  ("casualties", NK, 4000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"], "roughly 4,000 North Korean soldiers have been killed or wounded", False),
 ],
 "007": [
  ("casualties", NK, 4700, None, "about", SKNIS + ["Lee Seong-kweun"], "North Korean troops dispatched to Russia have suffered roughly 4,700 casualties", False),
  ("killed", NK, 600, None, "about", SKNIS + ["Lee Seong-kweun"], "about 600 of them fatal", False),
 ],
 "008": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"], "the Ukrainian armed forces lost more than 76,000 servicemen", False),
 ],
 "009": [
  ("troops", NK, 15000, None, "about", ["South Korean assessments", "South Korea", "Seoul"], "North Korea has sent around 15,000 troops to Russia since last fall", False),
  ("killed", NK, 600, None, "about", SKNIS, "about 600 North Korean soldiers had been killed in the fighting", False),
  ("wounded", NK, 2000, 9999, "vague", SKNIS, "thousands more wounded", True),
 ],
 "012": [
  ("troops", NK, 10000, 12000, "range", ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"], "between 10,000 and 12,000 had been deployed", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed"], "Thousands more followed as reinforcements", True),
  ("killed", NK, 2000, None, "about", SKNIS, "about 2,000 North Korean soldiers have died", False),
  ("killed", NK, 600, None, "about", SKNIS, "the roughly 600 deaths it reported in April", False),
  ("casualties", NK, 6000, None, "more_than", ["Ministry of Defence", "Britain", "UK", "United Kingdom"], "North Korean forces have suffered more than 6,000 casualties", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Ukraine holds two North Korean soldiers captured in January", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["KCNA", "North Korean state media", "North Korea"], "nine members of the unit were killed during the roughly 120-day mission", False),
  ("troops", NK, 11000, None, "about", ["unattributed"], "the North first sent some eleven thousand combat troops in the autumn of 2024", False),
  ("troops", NK, 5000, None, "about", ["South Korean intelligence", "South Korea", "NIS", "National Intelligence Service"], "around 5,000 military construction troops have been moving to Russia since September", False),
  ("killed", NK, 2000, None, "about", ["Seoul's spy agency", "spy agency", "National Intelligence Service", "NIS", "South Korea", "Seoul"], "around 2,000 North Korean soldiers had been killed", False),
  ("casualties", NK, 6000, None, "more_than", ["Ukrainian military intelligence", "HUR", "military intelligence", "Ukraine"], "total North Korean losses, dead and wounded together, stand above 6,000", False),
 ],
}


NOT = {
 "000": ["around 10,000 by December", "total could reach 10,000 by December", "aged between 18 and 24", "about two months",
         "seventh nuclear test", "up to 12,000 may follow", "2,599.62", "1,387.5"],
 "001": ["roughly 800 square kilometers", "more than 1,300 square kilometers", "702,130 troops", "five military bases",
         "Feb. 8, 2018", "injures 19", "Comments (48)"],
 "002": ["240-millimeter multiple rocket launchers", "7 ballistic missiles", "8.5 trillion yen"],
 "003": ["31 Shahed-type drones", "21 drones were shot down", "46th package", "$5 a month", "56 comments", "almost three times"],
 "004": ["born in 2005", "aged 26", "since 2016", "2.3%", "final 4 minutes", "15-city world tour"],
 "005": ["about a third of the original force", "more than 200 long-range artillery guns", "about 20,000 containers of munitions",
         "1,000 Attack Drones", "212 Comments"],
 "007": ["28 trillion won ($20 billion)", "80th anniversary", "Article 4", "21 points"],
 "008": ["more than 7,000 pieces of weapons and military equipment", "Article 4", "June 19, 2024", "USD 82.07"],
 "009": ["6,000 military engineers and construction workers", "1,000 deminers and 5,000 military builders", "5,000-ton destroyers",
         "second trip to the North in two weeks"],
 "012": ["6,000 military engineers and builders", "about $20bn", "At least 30 killed", "9,321 points"],
 "014": ["roughly 120-day mission", "13 DECEMBER", "2026 budget"],
}

OFF = ["006", "011", "013"]
DUP = {"010": "009"}

conflicts = {
 "must": [
  ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, 5 Nov) against about 8,000 moved to Kursk (Pentagon, 4 Nov), in one article"],
  ["002-1", "003-2", "about 1,100 casualties (South Korea's JCS, 23 Dec) against more than 3,000 killed and wounded (Zelensky, the same Monday), reported four days apart"],
 ],
 "may": [
  ['000-1', '001-1', 'an additional force (about 3,000 National Intelligence Service) against a total (11,000 Volodymyr Zelensky)'],
  ['000-1', '001-2', 'an additional force (about 3,000 National Intelligence Service) against a total (about 8,000 Sabrina Singh)'],
  ['000-1', '001-3', 'an additional force (about 3,000 National Intelligence Service) against a total (about 10,000 Sabrina Singh)'],
  ['000-1', '005-2', 'an additional force (about 3,000 National Intelligence Service) against a total (11,000-12,000 U.S., South Korean and Ukrainian estimates), months apart'],
  ['000-1', '009-1', 'an additional force (about 3,000 National Intelligence Service) against a total (about 15,000 South Korean assessments), months apart'],
  ['000-1', '012-1', 'an additional force (about 3,000 National Intelligence Service) against a total (10,000-12,000 US, South Korean and Ukrainian officials), months apart'],
  ['000-1', '014-2', 'an additional force (about 3,000 National Intelligence Service) against a total (about 11,000 unattributed), months apart'],
  ['000-1', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against about 3,000 (National Intelligence Service, Oct 2024); a part, but months apart'],
  ['000-2', '005-1', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against 3,000 (Seoul, Feb 2025); a part, but months apart'],
  ['000-2', '005-2', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against 11,000-12,000 (U.S., South Korean and Ukrainian estimates, autumn 2024); a part, but months apart'],
  ['000-2', '009-1', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against about 15,000 (South Korean assessments, Jun 2025); a part, but months apart'],
  ['000-2', '012-1', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against 10,000-12,000 (US, South Korean and Ukrainian officials, Nov 2024); a part, but months apart'],
  ['000-2', '014-2', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against about 11,000 (unattributed, autumn 2024); a part, but months apart'],
  ['000-2', '014-3', 'about 1,500 troops (National Intelligence Service, Oct 2024) is a first contingent, against about 5,000 (South Korean intelligence, Dec 2025); a part, but months apart'],
  ['001-1', '001-3', '11,000 in Kursk (Zelensky) against about 10,000 sent to eastern Russia (Pentagon), the same day: different places, close values'],
  ['001-1', '005-1', 'an additional force (3,000 Seoul) against a total (11,000 Volodymyr Zelensky), months apart'],
  ['001-1', '009-1', '11,000 troops (Volodymyr Zelensky, Nov 2024) against about 15,000 (South Korean assessments, Jun 2025), reported months apart'],
  ['001-1', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against 11,000 (Volodymyr Zelensky, Nov 2024); a part, but months apart'],
  ['001-2', '005-1', 'an additional force (3,000 Seoul) against a total (about 8,000 Sabrina Singh), months apart'],
  ['001-2', '005-2', 'about 8,000 troops (Sabrina Singh, Nov 2024) against 11,000-12,000 (U.S., South Korean and Ukrainian estimates, autumn 2024), reported months apart'],
  ['001-2', '009-1', 'about 8,000 troops (Sabrina Singh, Nov 2024) against about 15,000 (South Korean assessments, Jun 2025), reported months apart'],
  ['001-2', '012-1', 'about 8,000 troops (Sabrina Singh, Nov 2024) against 10,000-12,000 (US, South Korean and Ukrainian officials, Nov 2024), reported months apart'],
  ['001-2', '014-2', 'about 8,000 troops (Sabrina Singh, Nov 2024) against about 11,000 (unattributed, autumn 2024), reported months apart'],
  ['001-2', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against about 8,000 (Sabrina Singh, Nov 2024); a part, but months apart'],
  ['001-3', '005-1', 'an additional force (3,000 Seoul) against a total (about 10,000 Sabrina Singh), months apart'],
  ['001-3', '005-2', 'about 10,000 troops (Sabrina Singh, Nov 2024) against 11,000-12,000 (U.S., South Korean and Ukrainian estimates, autumn 2024), reported months apart'],
  ['001-3', '009-1', 'about 10,000 troops (Sabrina Singh, Nov 2024) against about 15,000 (South Korean assessments, Jun 2025), reported months apart'],
  ['001-3', '014-2', 'about 10,000 troops (Sabrina Singh, Nov 2024) against about 11,000 (unattributed, autumn 2024), reported months apart'],
  ['001-3', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against about 10,000 (Sabrina Singh, Nov 2024); a part, but months apart'],
  ['001-4', '009-1', 'up to 12,000 troops (HUR, Nov 2024) against about 15,000 (South Korean assessments, Jun 2025), reported months apart'],
  ['002-1', '004-3', 'about 1,100 casualties (JCS, 23 Dec) against about 3,000 (NIS, 13 Jan): a cumulative figure from another South Korean agency three weeks later'],
  ['002-1', '005-3', 'about 1,100 casualties (Joint Chiefs of Staff, Dec 2024) against about 4,000 (Joint Chiefs of Staff, Feb 2025), reported months apart'],
  ['002-1', '007-1', 'about 1,100 casualties (Joint Chiefs of Staff, Dec 2024) against about 4,700 (National Intelligence Service, Apr 2025), reported months apart'],
  ['002-1', '012-5', 'about 1,100 casualties (Joint Chiefs of Staff, Dec 2024) against more than 6,000 (Ministry of Defence, Sep 2025), reported months apart'],
  ['002-1', '014-5', 'about 1,100 casualties (Joint Chiefs of Staff, Dec 2024) against more than 6,000 (Ukrainian military intelligence, Dec 2025), reported months apart'],
  ['002-2', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against at least 100 (National Intelligence Service, Dec 2024); a part, but months apart"],
  ['003-2', '004-3', 'more than 3,000 casualties (Zelensky) against about 3,000 (NIS) three weeks later: a bound the other about meets'],
  ['004-1', '007-2', 'about 300 killed (National Intelligence Service, Jan 2025) against about 600 (National Intelligence Service, Apr 2025), reported months apart'],
  ['004-1', '009-2', 'about 300 killed (National Intelligence Service, Jan 2025) against about 600 (National Intelligence Service, Apr 2025), reported months apart'],
  ['004-1', '012-3', 'about 300 killed (National Intelligence Service, Jan 2025) against about 2,000 (National Intelligence Service, Sep 2025), reported months apart'],
  ['004-1', '012-4', 'about 300 killed (National Intelligence Service, Jan 2025) against about 600 (National Intelligence Service, Apr 2025), reported months apart'],
  ['004-1', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against about 300 (National Intelligence Service, Jan 2025); a part, but months apart"],
  ['004-1', '014-4', "about 300 killed (National Intelligence Service, Jan 2025) against about 2,000 (Seoul's spy agency, Sep 2025), reported months apart"],
  ['004-3', '005-3', 'about 3,000 casualties (National Intelligence Service, Jan 2025) against about 4,000 (Joint Chiefs of Staff, Feb 2025), reported months apart'],
  ['004-3', '007-1', 'about 3,000 casualties (National Intelligence Service, Jan 2025) against about 4,700 (National Intelligence Service, Apr 2025), reported months apart'],
  ['004-3', '012-5', 'about 3,000 casualties (National Intelligence Service, Jan 2025) against more than 6,000 (Ministry of Defence, Sep 2025), reported months apart'],
  ['004-3', '014-5', 'about 3,000 casualties (National Intelligence Service, Jan 2025) against more than 6,000 (Ukrainian military intelligence, Dec 2025), reported months apart'],
  ['005-1', '005-2', 'an additional force (3,000 Seoul) against a total (11,000-12,000 U.S., South Korean and Ukrainian estimates)'],
  ['005-1', '009-1', 'an additional force (3,000 Seoul) against a total (about 15,000 South Korean assessments), months apart'],
  ['005-1', '012-1', 'an additional force (3,000 Seoul) against a total (10,000-12,000 US, South Korean and Ukrainian officials), months apart'],
  ['005-1', '014-2', 'an additional force (3,000 Seoul) against a total (about 11,000 unattributed), months apart'],
  ['005-1', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against 3,000 (Seoul, Feb 2025); a part, but months apart'],
  ['005-2', '009-1', '11,000-12,000 troops (U.S., South Korean and Ukrainian estimates, autumn 2024) against about 15,000 (South Korean assessments, Jun 2025), reported months apart'],
  ['005-2', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against 11,000-12,000 (U.S., South Korean and Ukrainian estimates, autumn 2024); a part, but months apart'],
  ['005-3', '007-1', 'about 4,000 casualties (Joint Chiefs of Staff, Feb 2025) against about 4,700 (National Intelligence Service, Apr 2025), reported months apart'],
  ['005-3', '012-5', 'about 4,000 casualties (Joint Chiefs of Staff, Feb 2025) against more than 6,000 (Ministry of Defence, Sep 2025), reported months apart'],
  ['005-3', '014-5', 'about 4,000 casualties (Joint Chiefs of Staff, Feb 2025) against more than 6,000 (Ukrainian military intelligence, Dec 2025), reported months apart'],
  ['007-1', '012-5', 'about 4,700 casualties (National Intelligence Service, Apr 2025) against more than 6,000 (Ministry of Defence, Sep 2025), reported months apart'],
  ['007-1', '014-5', 'about 4,700 casualties (National Intelligence Service, Apr 2025) against more than 6,000 (Ukrainian military intelligence, Dec 2025), reported months apart'],
  ['007-2', '012-3', 'about 600 killed (National Intelligence Service, Apr 2025) against about 2,000 (National Intelligence Service, Sep 2025), reported months apart'],
  ['007-2', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against about 600 (National Intelligence Service, Apr 2025); a part, but months apart"],
  ['007-2', '014-4', "about 600 killed (National Intelligence Service, Apr 2025) against about 2,000 (Seoul's spy agency, Sep 2025), reported months apart"],
  ['009-1', '012-1', 'about 15,000 troops (South Korean assessments, Jun 2025) against 10,000-12,000 (US, South Korean and Ukrainian officials, Nov 2024), reported months apart'],
  ['009-1', '014-2', 'about 15,000 troops (South Korean assessments, Jun 2025) against about 11,000 (unattributed, autumn 2024), reported months apart'],
  ['009-1', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against about 15,000 (South Korean assessments, Jun 2025); a part, but months apart'],
  ['009-2', '012-3', 'about 600 killed (National Intelligence Service, Apr 2025) against about 2,000 (National Intelligence Service, Sep 2025), reported months apart'],
  ['009-2', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against about 600 (National Intelligence Service, Apr 2025); a part, but months apart"],
  ['009-2', '014-4', "about 600 killed (National Intelligence Service, Apr 2025) against about 2,000 (Seoul's spy agency, Sep 2025), reported months apart"],
  ['012-1', '014-3', 'about 5,000 troops (South Korean intelligence, Dec 2025) is construction troops only, against 10,000-12,000 (US, South Korean and Ukrainian officials, Nov 2024); a part, but months apart'],
  ['012-3', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against about 2,000 (National Intelligence Service, Sep 2025); a part, but months apart"],
  ['012-4', '014-1', "9 killed (KCNA, Dec 2025) is one engineer unit's dead, against about 600 (National Intelligence Service, Apr 2025); a part, but months apart"],
  ['012-4', '014-4', "about 600 killed (National Intelligence Service, Apr 2025) against about 2,000 (Seoul's spy agency, Sep 2025), reported months apart"],
 ],
}

# Not conflicts (left out on purpose): 000-1/000-2 and 014-2/014-3 (two parts), 000-2 against 001-1..3 (a first
# contingent against totals two weeks later), 001-2/001-3 (8,000 in Kursk out of 10,000 in Russia), 002-3/004-2 (the
# NIS's own wounded count rising from about 1,000 to about 2,700: an update), 012-3/012-4 (the article says 2,000 is
# "up from" April's 600), 014-1/014-4 (nine engineers among 2,000 dead).

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
