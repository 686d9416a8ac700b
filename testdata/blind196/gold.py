#!/usr/bin/env python3
"""Write gold.json for the blind196 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defense Intelligence of Ukraine", "Defence Intelligence", "HUR", "GUR", "military intelligence", "Budanov"]
PENT = ["Pentagon", "Washington", "US", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried roughly 1,500 North Korean special operations troops", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "the number of North Korean troops in the Kursk region had reached 11,000", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "the Pentagon put the number of North Koreans sent to Russia for training at around 10,000", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals of the Korean People's Army", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in the fighting in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Around 1,000 more have been wounded, Lee Seong-kweun told reporters", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the National Intelligence Service (NIS) puts the North's losses at roughly 1,100 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korea", "US", "estimates"],
          "North Korea is believed to have sent about 11,000 troops to Russia since October, according to South Korean and US estimates", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, Ukrainian President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "the Joint Chiefs of Staff estimated that North Korean forces had suffered about 1,100 casualties", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Washington, which believes 11,000 to 12,000 North Korean troops are now in Kursk", False),
         ("casualties", "north_korea", 200, 999, "vague", PENT,
          "said last week that they had suffered \"several hundred\" casualties", True)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast, President Volodymyr Zelensky announced", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Zelensky said last week that North Korean losses in Kursk Oblast had climbed to nearly 4,000 killed and wounded", False),
         ("troops", "russia", 60000, None, "about", ["Syrskyi", "Syrsky", "commander-in-chief"],
          "Moscow had massed some 60,000 of its own troops around the part of the region still held by Ukraine", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "The number of North Korean soldiers killed in fighting against Ukraine now stands at around 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with some 2,700 wounded, lawmakers said Monday after a briefing from the National Intelligence Service", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's total casualties to roughly 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "up from the 1,100 the agency reported in mid-December", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "The spy agency also confirmed that two North Korean soldiers had been captured by Ukrainian forces", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea appears to have dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The reinforcements come on top of the approximately 11,000 troops Pyongyang sent in the autumn", False),
         ("casualties", "russia", 860000, None, "about", ["Defence Ministry", "Britain", "UK", "British", "MoD"],
          "Russian casualties since the start of the full-scale invasion, killed and wounded, had likely reached around 860,000", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff"],
          "the enemy had lost more than 76,000 servicemen killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's losses in the war in Ukraine have reached about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom around 600 were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent about 15,000 soldiers to Russia in all, the agency told members", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Reinforcements sent in early 2025 | about 3,000 | NIS, February 2025", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Prisoners held by Ukraine | 2 | Ukraine, January 2025", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "\"More than 4,000\" North Korean servicemen have been killed or wounded since they entered combat in December, according to Kyrylo Budanov", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence service, which on Wednesday put the figure at about 4,700", False),
         ("casualties", "russia", 200000, 999999, "vague", ["Le Monde"],
          "Moscow, which has lost hundreds of thousands of men", True)],
 "013": [("killed", "north_korea", 2000, None, "about", NIS,
          "an estimated 2,000 North Korean soldiers have been killed in Russia's war against Ukraine", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korean officials", "South Korea", "officials"],
          "North Korea is estimated to have sent some 15,000 troops to Russia since last fall, South Korean officials say", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim Jong Un"],
          "adding that nine of its soldiers had been killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency has estimated that about 2,000 North Korean soldiers were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "On top of the roughly 15,000 combat troops it sent last year and early this year", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "the North has moved about 5,000 military construction troops to Russia since September, the National Intelligence Service told lawmakers", False)],
}
NOT = {
 "000": ["some 12,000 soldiers in all, four brigades (planned; also the 12K headline)", "Oct. 8 and 13",
         "some 40 North Korean soldiers in a satellite image (illustration, not a count of the force)",
         "more than 13,000 containers", "over 8 million 152 mm and 122 mm artillery rounds", "7.5 pct", "9.1 tln won",
         "25 bps to 3.25 pct", "Facebook 1.2K, X 388", "paras 4-7"],
 "001": ["1,210 more soldiers (other story's headline)", "12 times, two injured (headline)",
         "personnel ~ 698,320 (+1,210), tanks 9,145 (loss widget)", "October 18", "41K subscribers", "2.3K, 614"],
 "002": ["about 800 sq km", "groups of 20 or 30 (assault group size)", "10,000 soldiers (related headline)",
         "4.75%", "1.8 million homes (headline)", "3 days ago, 6 November"],
 "003": ["nearly three times", "240mm multiple rocket launchers and 170mm self-propelled guns", "up to 60 kilometres",
         "August 6", "59 Ukrainian drones (headline)", "half a million without heating (headline)", "15th sanctions package",
         "Share 418", "3 min"],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "kills 13, injures 113 (headline)",
         "1,400 troops in a week (Most popular headline)", "812,550 troops (headline)", "12 reporters, 14,500 readers, €4",
         "six years", "five months on", "Comments (87)", "1.9K"],
 "005": ["one soldier (anecdote)", "179 dead (headline)", "4 minutes", "1,470 per dollar", "24.3 tln won",
         "90,000 subscribers", "Facebook 312 Twitter 45"],
 "007": ["about 220 artillery pieces", "170-millimeter, 240-mm", "fourth year", "898,000 (headline, population)",
         "¥8.7 trillion", "Since 1897", "¥2,000 a month", "Share 96"],
 "009": ["over 410 tanks, 380 infantry fighting vehicles, more than 3,000 other pieces of weaponry", "Article 4",
         "August 6, 2024", "115 Ukrainian drones (headline)", "135 mln tonnes", "Shares: 1.5K", "1999-2025"],
 "010": ["two days after", "over 12 million artillery shells (fact box)", "12.2 trillion won", "89.77 percent",
         "Comments 0"],
 "011": ["six months of silence", "April 28", "3.7% in 2024", "waves of 30 men (headline)",
         "26 million North Koreans (headline)", "€7.99", "Share 214", "4 min"],
 "013": ["1,000 deminers and 5,000 military construction workers (planned)", "since taking power in 2011",
         "about 28,500 U.S. troops (not a subject)", "14-7", "9 cents to $2.89", "$4.2 million", "78°",
         "$1 for 6 months", "Comments (12)"],
 "014": ["120 days", "3 killed, 12 wounded in Rylsk (headline)", "$310 billion over five years", "64% (headline)",
         "2 hours ago"],
}
OFF = ["008", "012"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind196 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), five days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-2", "005-3", "nearly 4,000 casualties (Zelensky) against roughly 3,000 (NIS), a day apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia (Pentagon, a week earlier): the bands touch"],
            ["002-3", "003-4", "about 1,100 (NIS) against \"several hundred\" (Pentagon): a vague figure"],
            ["003-1", "003-4", "more than 3,000 (Zelensky) against \"several hundred\" (Pentagon, a week earlier): a vague figure"],
            ["003-2", "003-4", "about 1,100 (JCS) against \"several hundred\" (Pentagon): a vague figure"],
            ["004-2", "005-4", "nearly 4,000 (Zelensky) against the 1,100 NIS had reported in December, restated as superseded"],
            ["007-1", "007-2", "about 3,000 additional against about 11,000 sent in the autumn: an additional force"],
            ["010-3", "010-4", "about 15,000 in all against about 3,000 reinforcements (fact box): a part of the whole, an additional force"],
            ["014-3", "014-4", "roughly 15,000 combat troops against about 5,000 construction troops: an additional force"],
        ],
    },
)
