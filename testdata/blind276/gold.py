#!/usr/bin/env python3
"""Write gold.json for the blind276 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensk"]  # matches Zelensky, Zelenskiy and Zelenskyy
PENTAGON = ["Pentagon", "Washington", "U.S.", "United States"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "MoD", "Russia"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 soldiers of the North's special forces", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "put the number of North Korean soldiers sent to eastern Russia for training at approximately 10,000", False),
         ("troops", "north_korea", 500, None, "about", ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"],
          "Among them, he said, are roughly 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"],
          "and three generals", True)],
 "002": [("troops", "north_korea", 10000, None, "more_than", ["Blinken", "Secretary of State", "State Department",
          "U.S.", "United States"],
          "more than 10,000 North Korean soldiers have been deployed to Russia's western Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian officials", "Ukrain"],
          "around 11,000 North Korean soldiers had arrived in the Kursk region", False)],
 "003": [("casualties", "ukraine", 38000, None, "more_than", RUMOD,
          "The Ukrainian army has lost more than 38,000 servicemen killed and wounded in the Kursk area", False),
         ("casualties", "ukraine", 320, None, "up_to", RUMOD,
          "The Ukrainian Armed Forces lost up to 320 servicemen", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Western", "Kiev", "Kyiv", "Nebenzya"],
          "claims about \"thousands of North Korean soldiers\" in Kursk", True)],
 "004": [("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "About 1,100 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers had died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others had been injured", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "the Pentagon believes there are between 11,000 and 12,000 North Korean soldiers in Russia", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 soldiers from North Korea have been killed or wounded", False),
         ("casualties", "russia", 778680, None, "about", ["General Staff", "Ukrain"],
          "Russian losses in Ukraine as of December 24: about 778,680 personnel", True),
         ("casualties", "russia", 1530, None, "exact", ["General Staff", "Ukrain"],
          "(+1,530 over past day)", True)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Two North Korean soldiers are being held by Ukraine after they were captured", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Losses among the North Korean contingent have now reached about 3,000, Seoul's spy agency said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "with an estimated 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the latest Ukrainian estimate for North Korean killed and wounded. \"Nearly 4,000,\" he said", False),
         ("killed", "north_korea", 63, None, "exact", ["95th Air Assault Brigade", "95th", "Brigade", "Ukrain"],
          "its drone operators had killed 63 North Korean soldiers over the past week", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "SBU"],
          "two North Koreans captured in the Kursk region", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang had dispatched about 3,000 more troops in January and February", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "| Troops, first wave (autumn 2024) | 11,000-12,000 | Pentagon |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Killed, to mid-January | ~300 | NIS |", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "| Wounded, to mid-January | ~2,700 | NIS |", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "| Killed and wounded, to mid-January | nearly 4,000 | Volodymyr Zelensky |", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "| Taken prisoner | 2 | Ukraine's SBU |", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 soldiers killed", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "The agency's previous assessment, given in January, put the death toll at around 300", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent some 15,000 troops to Russia in total", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around two thousand North Korean soldiers have been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British", "UK"],
          "the North Korean contingent had suffered more than 6,000 casualties", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un",
          "North Korea", "Pyongyang"],
          "Nine of the regiment's soldiers were killed during the mission, the agency said", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "the engineering contingent numbered around 1,000", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "Pyongyang also dispatched several thousand military builders this autumn", True),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 combat troops the North has sent to Russia since 2024", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 are believed to have been killed, according to the agency's estimates", False)],
}
NOT = {
 "000": ["some 12,000 personnel from four brigades (planned)", "12K troops to follow (headline, planned)",
         "more than 13,000 containers", "about 100 kilometers", "800-km voyage", "Oct. 8 and 13", "Share 2,418",
         "7 SRBMs (headline)", "8 ministers (headline)", "10.7 pct (headline)", "1 million copies (headline)",
         "2,593.55", "24 C"],
 "001": ["about 1,000 square km", "more than 900 guided aerial bombs", "295 electoral votes (headline)",
         "1%, 17% (headline)", "$75,000 (headline)"],
 "002": ["500 million yen", "221 votes (headline)", "3 missing, 140-kilometer-per-hour (headline)",
         "39,376, 0.08%", "19°C / 12°C", "1:48", "02:56"],
 "003": ["four tanks, three infantry fighting vehicles, two armored personnel carriers and six motor vehicles",
         "155mm self-propelled gun, two 122mm D-30 howitzers", "236 tanks, 179 IFVs, more than 1,200 motor vehicles",
         "eight counterattacks", "31 Ukrainian drones (headline)", "106.4 rubles", "1,500 UAVs (headline)",
         "No. 03247", "December 4"],
 "004": ["240-millimeter rocket launchers, 170-millimeter guns", "204 lawmakers, 180 days (headline)",
         "1,450 per dollar, 15 years (headline)", "3 routes (headline)", "32 comments"],
 "005": ["512 times, 2 people killed (headline)", "9,525 tanks, 20,528 armored vehicles (widget)",
         "400,000 consumers (headline)", "1,842 views"],
 "006": ["January 9", "some 4,000 square kilometres", "death toll rises to 24 (headline)", "$500 million (headline)",
         "22% (headline)", "Share: 214", "3 min"],
 "007": ["33 of 55 Russian drones (headline)", "Six Killed (headline)", "820,000 (headline)", "Views 6,207",
         "Comments 14", "since 1995", "$8.99/month"],
 "008": ["about a quarter of the force (percentage)", "about $20bn, a sixth of annual GDP", "$3.8bn (headline)",
         "37 acts (headline)", "95 (headline)", "£2 a month", "412 comments", "nearly five months"],
 "009": ["two waves", "April 26", "28 trillion won ($20 billion)", "5,000-ton destroyer (headline)",
         "46 percent, June 3 (headline)", "Share 1,204"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)",
         "6,000 engineers and builders (subheadline, planned)", "8.8 trillion yen ($59.5 billion), 2% of GDP",
         "fiscal 2026", "11 months (headline)", "$16.5bn (headline)", "2 cruise missiles (headline)", "$1"],
 "013": ["120 days", "about 20,000 explosive objects", "€5, €10 or €20", "5 hours (headline)",
         "3 teenagers to 6 years (headline)"],
}
OFF = ["010", "011"]
DUP = {"014": "009"}

goldlib.write(
    "Gold labels for the blind276 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-1", "005-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["006-2", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["008-1", "008-2", "about 3,000 reinforcements (NIS) against 11,000-12,000 in the first wave (Pentagon): an additional force"],
            ["009-2", "009-3", "about 600 killed now against about 300 in January (same agency): the earlier estimate, restated"],
        ],
    },
)
