#!/usr/bin/env python3
"""Write gold.json for the blind261 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "HUR", "GUR", "Yusov", "military intelligence", "Main Military Intelligence Directorate",
       "Ukrain"]
KIRBY = ["John Kirby", "Kirby", "White House", "National Security Council", "U.S.", "US"]
STATE = ["State Department", "Blinken", "U.S.", "US"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "UK"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Russia", "Moscow", "Kremlin"]
KCNA = ["Korean Central News Agency", "KCNA", "Kim Jong Un", "Kim", "North Korea", "Pyongyang", "state media"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", KIRBY,
          "North Korea has moved at least 3,000 soldiers into eastern Russia this month", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 North Korean soldiers had already arrived in Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of about 1,500 special operations forces had been shipped out", False)],
 "001": [("troops", "north_korea", 11000, None, "about", HUR,
          "Some 11,000 servicemen of the DPRK are in Kursk Oblast", False),
         ("troops", "north_korea", 500, None, "more_than", HUR,
          "the contingent includes more than 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "more than 500 officers and three generals", True),
         ("troops", "north_korea", 10000, None, "more_than", STATE,
          "more than 10,000 North Korean troops had been sent to eastern Russia", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia had concentrated about 50,000 soldiers, North Koreans among them", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Taken together, the casualties come to around 1,100", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one person of general rank", True),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "around 11,000 North Korean troops have been deployed to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff put the North's losses at about 1,100 killed and wounded", False),
         ("casualties", "russia", 1523, None, "exact", UKMOD,
          "an average of 1,523 casualties a day", True),
         ("casualties", "russia", 760000, None, "more_than", UKMOD,
          "Russian losses since the start of the full-scale invasion now likely exceed 760,000", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk region", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's casualties have risen to around 3,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "out of roughly 11,000 soldiers dispatched to Russia last fall", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured alive by Ukrainian forces on Jan. 9", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea had lost close to 4,000 soldiers killed and wounded in Russia's Kursk region", False),
         ("casualties", "ukraine", 49000, None, "more_than", RUMOD,
          "Ukrainian losses in Kursk region, which it now puts at more than 49,000 troops since August", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Meduza"],
          "the two North Korean soldiers captured by Ukraine last week", False),
         ("killed", "russia", 200, 900, "vague", ["Independent Russian outlets", "independent", "Meduza"],
          "funeral notices for several hundred Russian soldiers", True)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 soldiers to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of the casualties were deaths", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "He claimed Ukraine had lost more than 76,000 troops killed and wounded there since August", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Nov. 2024 | Troops sent to Russia | about 11,000 | NIS", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 2025 | Killed / wounded | about 300 / about 2,700 | NIS", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan. 2025 | Killed / wounded | about 300 / about 2,700 | NIS", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Feb. 2025 | Reinforcements sent | about 3,000 more | JCS", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in Kursk Oblast exceed 4,000 killed and wounded", False)],
 "010": [("killed", "north_korea", 9, None, "exact", KCNA,
          "disclosing that nine of its members had died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed fighting in Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from roughly 600 in its spring estimate", False)],
}
NOT = {
 "000": ["about 10,000 troops there by December (planned)", "four brigades", "about 28,500 American troops (not a subject)",
         "Oct. 27-28", "$48.6 million, Nov. 5 (headline)", "Two injured, mile marker 112 (headline)", "3-1 (headline)",
         "6 cents, $3.14 (headline)", "61°", "99¢ for your first 3 months", "Facebook 214 | X 67", "Comments (12)"],
 "001": ["90 drones and 3 missiles, 62 downed (headline)", "over 40% of the Kursk territory (headline)",
         "10 to 12 air defence systems (headline)", "80 UAH a month", "Views: 28,417", "13 November 2024, 19:40"],
 "002": ["paras 5-8", "6.6 pct in first 20 days (headline)", "2 dead, 14 injured (headline)",
         "1.8 pct, 1,450 per dollar (headline)", "Dec. 27 (headline)", "2nd time (headline)"],
 "003": ["240mm multiple rocket launchers and 170mm self-propelled guns", "10 to 15 kilometres from the border",
         "15th sanctions package, December 16", "8 missiles, 4 killed (headline)", "24 hours (headline)",
         "December 25 (headline)", "Share: 1,2K", "3 min"],
 "004": ["born in 2005, served since 2021; born in 1999, served since 2016", "412 times, one person killed (headline)",
         "2 Russian ammunition depots (headline)", "EUR 3 billion (headline)", "Views: 5,712", "11.01.2025 17:05"],
 "006": ["Jan. 9", "1,000 police officers (headline)", "1.04%, 2,489.56 (headline)", "30 years, $1.3b (headline)",
         "179 victims, 4-minute (headline)", "18:32:14"],
 "007": ["€5", "roughly half of the 1,300 square kilometers", "120 rubles (headline)", "100 to the dollar (headline)",
         "32 percent (headline)", "Telegram 3.4K | X 812 | Facebook 290"],
 "008": ["5,000-ton destroyer (headline)", "$3.9 billion (headline)", "1 in 3, 2,500 (headline)", "17 comments",
         "two days after (timing)"],
 "009": ["174 Shahed-type drones and two Iskander-M ballistic missiles", "810th Naval Infantry Brigade",
         "three Ukrainian company-sized attacks", "BMP-2 and two tanks", "about 4 kilometers from the border",
         "Endnotes [1] through [47]", "April 30 estimate (referred to, no figure)"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "120 days, some four months",
         "9 trillion yen (headline)", "2 cruise missiles (headline)", "50,320, up 0.8% (headline)", "LINE 37",
         "1,100 yen a month"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind261 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-2", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["006-3", "007-1", "around 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["008-6", "008-3", "about 300 killed (NIS, January row of the fact box) against roughly 600 (NIS, April): months apart"],
            ["008-5", "008-1", "about 11,000 sent (November row) against some 15,000 sent in total (April): months apart, cumulative"],
            ["008-8", "008-1", "about 3,000 more (reinforcements) against 15,000 in total: an additional force"],
            ["008-8", "008-5", "about 3,000 more (reinforcements) against about 11,000 first sent: an additional force"],
            ["010-3", "010-2", "roughly 600 killed (spring) against about 2,000 (September): months apart"],
        ],
    },
)
