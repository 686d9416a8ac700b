#!/usr/bin/env python3
"""Write gold.json for the blind257 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defense Intelligence", "Defence Intelligence", "HUR", "GUR", "military intelligence", "Ukrain"]
PENT = ["Pentagon", "Department of Defense", "US", "U.S.", "Washington", "United States"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT + ["Singh"],
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia, the Pentagon said on Monday", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "South Korea's National Intelligence Service said on Oct. 18 that the first 1,500 troops had arrived in Vladivostok", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "The deployment now totals an estimated 10,000 to 12,000 troops, according to the National Intelligence Service", False),
         ("troops", "north_korea", 10000, None, "about", PENT + ["State Department"],
          "The United States said last week that about 10,000 of them had moved into Kursk Oblast", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Around 500 officers, among them three generals, are part of the contingent, Ukraine's Defense Intelligence has said", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "among them three generals", True),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops in Russia, some already fighting in Kursk: Seoul", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 of its soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded since they were sent into battle this month, the National Intelligence Service (NIS) told lawmakers on Thursday", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's losses at roughly 1,100 in total, according to Rep. Lee Seong-kweun", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "About 11,000 North Korean troops are believed to be in the Kursk border area, the NIS said", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky said on Monday", False),
         ("casualties", "north_korea", 200, None, "at_least", HUR,
          "Ukraine's Defense Intelligence reported that in three days of assaults near the villages of Plekhovo, Vorozhba and Martynovka, North Korean units lost at least 200 men killed and wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded while fighting alongside Russian forces against Ukraine, South Korea's spy agency said Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The combined toll of some 3,000 is nearly three times the National Intelligence Service's estimate of last month", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "when it put the number of dead at around 100", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The agency also confirmed that Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean soldiers have already been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "The two soldiers Ukraine captured last week were shown in a video released by the SBU security service", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The US Department of Defense has put the size of the North Korean force at 11,000-12,000 troops", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties fighting for Russia, South Korea's intelligence service told lawmakers on Wednesday", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 soldiers who were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, North Korea has sent about 15,000 soldiers to Russia since October, the National Intelligence Service (NIS) said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Russia's military chief, Valery Gerasimov, said Saturday that Ukraine had lost more than 76,000 troops killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "2 - captured by Ukraine, on Jan. 11", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR + ["Yusov"],
          "North Korea has lost more than 4,000 soldiers killed and wounded in Russia's Kursk Oblast, Defence Intelligence says", False),
         ("troops", "north_korea", 11000, None, "about", HUR + ["Yusov"],
          "Yusov said that about 11,000 North Korean troops remain in the Kursk region after rotation", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service estimated the North's casualties at around 4,700", False),
         ("casualties", "russia", 957690, None, "exact", ["General Staff", "Ukrain"],
          "Russia has lost 957,690 personnel since 24 February 2022", True),
         ("casualties", "russia", 1240, None, "exact", ["General Staff", "Ukrain"],
          "including 1,240 over the past day", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Some 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine, according to a new estimate from South Korea's spy service", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent about 15,000 combat troops in all since autumn 2024", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Around 1,000 sappers have already arrived there, the NIS said", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "Dec 2024 | NIS | about 100 | about 1,100", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Dec 2024 | NIS | about 100 | about 1,100", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Apr 2025 | NIS | about 600 | about 4,700", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr 2025 | NIS | about 600 | about 4,700", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "Pyongyang"],
          "Nine servicemen of the regiment were killed while carrying out the mission, KCNA said", False)],
}
NOT = {
 "000": ["12,000 soldiers in four brigades (planned)", "$425 million", "155 mm artillery shells", "1950-53",
         "several hundred square kilometres", "Share 1.3K", "4 minute read", "62 drones, 3 killed (headline)",
         "2% (headline)", "215 seats / 233 (headline)", "Aug. 6, Oct. 18"],
 "002": ["170-millimeter self-propelled guns, 240-mm rocket launchers", "millions of artillery shells",
         "Share 264", "221 votes (headline)", "1.7%, 38,721, 155 to the dollar (headline)",
         "250,000 fans (headline)", "¥1,650/month"],
 "003": ["240-millimeter multiple rocket launchers", "204 to 85 (impeachment vote)", "1,450 per dollar, 15 years (headline)",
         "Dec. 27 (headline)", "Share 87", "6 days a week, 1 email", "a senior officer with the rank of general (no count)"],
 "004": ["38 Russian attacks", "3 tanks and 5 armored vehicles", "Views: 4,218",
         "46 times, 2 people killed (headline)", "774,240 personnel (+1,530), 9,454 tanks (losses widget)",
         "19th package, DKK 3.5 billion (headline)", "2015-2024"],
 "005": ["born in 2005 / 1999", "240-mm rocket launchers, 170-mm guns", "nearly three times", "paras 5-8",
         "1.04 pct, 2,489.56 (headline)", "179 victims, 14th day (headline)"],
 "006": ["One of them, 26 (age)", "around 500 sq km, about 1,300 sq km", "five months", "312 comments",
         "more than 11 months old", "4.9%, 16-year high (headline)", "27 dead, 88,000 evacuated (headline)",
         "737 Palestinian prisoners (headline)", "£4/month, 7am"],
 "009": ["1,300 sq km (fact box)", "Video 2:34", "5 min read", "half a year", "See all 214 comments",
         "7 weeks, 30-day ceasefire (headline)", "2.1%, $2.5 billion (headline)"],
 "010": ["170-mm self-propelled guns", "12 drones, 47 injured, 2 children (headline)", "50% of royalties (headline)",
         "3-day truce (headline)", "$5 on Patreon", "Comments: 58"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "more than three times",
         "80th anniversary, October 10", "80 years (headline)", "kills 23, including 4 children (headline)",
         "18th sanctions package, $47.60 (headline)", "3 purposes", "Share 96", "2 min read"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (planned, restated from June)",
         "thousands of hectares, dozens of villages", "2 more settlements (headline)", "1.5 times (headline)",
         "up to 1,320 troops over past day (headline)"],
}
OFF = ["001", "007", "008", "011"]
DUP = {"013": "005"}

goldlib.write(
    "Gold labels for the blind257 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS, Jan 13) against almost 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 now (Pentagon) against the first 1,500 to arrive ten days earlier (NIS): a first wave"],
            ["005-1", "005-4", "about 300 killed (NIS, January) against the same agency's December figure of about 100, restated"],
            ["009-3", "009-4", "about 15,000 in all against some 3,000 reinforcements: an additional force inside the total"],
            ["009-3", "010-2", "about 15,000 sent in all (NIS) against about 11,000 remaining after rotation (HUR), three days apart"],
            ["009-4", "010-2", "some 3,000 reinforcements (NIS) against about 11,000 remaining (HUR): an additional force inside the whole"],
            ["012-2", "012-3", "about 15,000 combat troops against around 1,000 sappers sent on top: a separate, additional force"],
            ["012-1", "012-4", "about 2,000 killed (Sep 2025) against the table's Dec 2024 row, about 100"],
            ["012-1", "012-6", "about 2,000 killed (Sep 2025) against the table's Apr 2025 row, about 600"],
            ["012-4", "012-6", "table rows: about 100 killed (Dec 2024) against about 600 (Apr 2025)"],
            ["012-5", "012-7", "table rows: about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025)"],
        ],
    },
)
