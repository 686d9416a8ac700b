#!/usr/bin/env python3
"""Write gold.json for the blind262 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "Singh", "U.S. officials", "US officials", "United States", "Washington"]
HUR = ["HUR", "Defense Intelligence", "Yusov", "Ukrainian intelligence", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has moved roughly 10,000 soldiers into eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The spy agency said then that about 3,000 North Korean troops had reached Russia so far", False)],
 "001": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around 11,000 North Korean troops are now deployed in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes roughly 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "roughly 500 officers and three generals of the Korean People's Army", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "has put the overall North Korean deployment at between 10,000 and 12,000 troops", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS + ["Lee Seong-kweun"],
          "with about 100 killed and close to 1,000 wounded", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "That adds up to losses of around 1,100 so far.", False),
         ("killed", "north_korea", 1, None, "at_least", NIS + ["Lee Seong-kweun"],
          "Among the dead was at least one officer of general rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "the Joint Chiefs of Staff put North Korean casualties at around 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon estimates that Pyongyang has sent 11,000 to 12,000 troops to the Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The toll of around 3,000 is nearly triple the agency's last estimate", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine took two North Korean soldiers prisoner on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "had suffered nearly 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers it captured last weekend", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "which put North Korean casualties at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 dead", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 additional troops to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Pyongyang's soldiers have now suffered an estimated 4,000 casualties", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "U.S. officials had estimated in December that 11,000 to 12,000 North Korean troops had been deployed", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatal", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had dispatched around 15,000 soldiers in total", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", ["Ministry of Defence", "MoD", "UK", "British"],
          "North Korea has likely sustained more than 4,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "estimated that around 4,700 North Korean soldiers had been killed or wounded", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the total losses of the Ukrainian armed forces during the Kursk adventure exceeded 76,000 servicemen", False)],
 "012": [("troops", "north_korea", 10000, None, "about", NIS + ["Park Sun-won"],
          "About 10,000 North Korean soldiers remain stationed in Russia's border areas", False),
         ("troops", "north_korea", 5000, None, "about", NIS + ["Park Sun-won"],
          "Some 5,000 of them are being sent in stages to rebuild roads and housing in Kursk", False),
         ("troops", "north_korea", 1000, None, "about", NIS + ["Park Sun-won"],
          "in addition to around 1,000 deminers who went earlier", False),
         ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "the agency estimates that around 2,000 have died", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim"],
          "nine members of the regiment had been killed during the mission", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent, first wave | about 11,000 | South Korea's NIS, November 2024", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Reinforcements | about 3,000 | South Korea's JCS, March 2025", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded | about 4,700 | NIS, April 2025", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed | about 2,000 | NIS, September 2025", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Captured by Ukraine | 2 | Ukrainian government, January 2025", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "since April, when it counted some 600 killed", False)],
}
NOT = {
 "000": ["a total of 12,000 in four brigades (planned)", "$425 million", "155 mm artillery shells",
         "about 28,500 American troops in South Korea (not a subject)", "1953", "Nov. 5 election",
         "41 million (headline)", "9 cents, $3.08 (headline)", "3-2 (headline)", "220,000 without power (headline)",
         "SHARE 2.3K", "Comments (212)"],
 "001": ["at least 30 transport flights", "170-mm, 240-mm", "some 50 km from the border",
         "1,830 soldiers in one day (headline)", "11 killed, 89 injured (headline)",
         "Russia's losses widget: ~722,440 (+1,830), 9,397 tanks", "Views: 4,812", "48K subscribers"],
 "002": ["240-millimeter rocket launchers", "Dec. 3", "180 days", "1,450 per dollar, 15 years (headline)",
         "1.9%, 600 billion won (headline)", "10 percent (headline)", "12 of its soldiers freed (headline)",
         "8 ATACMS (headline)", "Facebook 214 | X 57 | Kakao 33"],
 "003": ["€1.5 billion (headline)", "70 missiles and more than 100 drones (headline)",
         "5 dead, more than 200 injured (headline, Magdeburg)", "3 minutes", "Comments 27"],
 "004": ["nearly triple", "1,000 officers (headline, police)", "6.5 tln won, 29 pct (headline)",
         "1.2 million copies (headline)", "US$20 million (headline)", "12:05"],
 "005": ["¥1,980/month", "¥15 billion (headline)", "38,451, 1% (headline)", "5.2% (headline)"],
 "006": ["about 220 170-mm self-propelled guns", "240-mm", "30-day ceasefire", "600 km (headline)",
         "2024 treaty (headline)", "Comments 64", "Share 1.1K", "2.4M, 1.1M, 512K followers"],
 "007": ["4% (headline)", "22% (headline)", "1.2% at 36,045 (headline)", "$1 for 4 weeks", "17:05 JST"],
 "008": ["72-hour truce, May 8-10", "17th sanctions package", "close to 200 vessels", "millions of rounds",
         "80th anniversary", "30-day pause", "within 2 weeks (headline)", "02:41, 03:15", "4 min read"],
 "009": ["1,000 sappers and 5,000 military builders (planned)", "6,000 military builders and sappers (headline, planned)",
         "more than 7,000 units of weapons and military equipment", "third visit in three months",
         "Article 4, June 2024", "2 settlements (headline)", "95% (headline)", "June 20 (headline)", "1999-2025"],
 "012": ["21 leaders, $9 billion (headline)", "1,440 against dollar (headline)", "30,000 runners (headline)",
         "2024 treaty", "Facebook 98 | X 41 | Comments 12"],
 "014": ["about four months", "six months", "1,000 deminers and 5,000 builders pledged (planned, fact box)",
         "28-point plan (headline)", "€1 the first month", "3 min", "Comments (214)", "April 2025"],
}
OFF = ["010", "011"]
DUP = {"013": "012"}

goldlib.write(
    "Gold labels for the blind262 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day, two sources"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 (Pentagon) against about 3,000 a week earlier (NIS), told as a count that grew"],
            ["005-1", "005-3", "nearly 4,000 (Zelensky) against the NIS's 3,000 restated in the same article (same report as 004-3)"],
            ["006-1", "006-3", "about 3,000 additional troops against 11,000-12,000 deployed earlier: an additional force"],
            ["012-1", "012-2", "10,000 combat troops against some 5,000 builders: separate contingents"],
            ["012-1", "012-3", "10,000 combat troops against around 1,000 deminers: separate contingents"],
            ["012-2", "012-3", "5,000 builders against 1,000 deminers: separate contingents"],
            ["014-2", "014-3", "about 11,000 first wave against about 3,000 reinforcements: an additional force"],
            ["014-5", "014-7", "about 2,000 killed (Sep 2025) against some 600 (Apr 2025): months apart"],
        ],
    },
)
