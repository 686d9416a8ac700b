#!/usr/bin/env python3
"""Write gold.json for the blind108 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BLINKEN = ["Blinken", "Secretary of State", "United States", "U.S.", "US", "Washington"]
STATE = ["State Department", "Matthew Miller", "Miller", "United States", "U.S.", "US", "Washington"]
UKR = ["Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "there were now 11,000 North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 10000, None, "at_least", STATE,
          "the US assessed that at least 10,000 North Korean soldiers had moved into Kursk", False)],
 "001": [("troops", "north_korea", 8000, None, "about", BLINKEN,
          "of roughly 10,000 North Korean troops sent to Russia, about 8,000 have now moved to Kursk", False),
         ("troops", "north_korea", 10000, None, "about", BLINKEN,
          "of roughly 10,000 North Korean troops sent to Russia", False),
         ("casualties", "russia", 1200, None, "about", ["Institute for the Study of War", "ISW"],
          "Russia has been losing around 1,200 men a day on the front", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 had been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the estimate puts Pyongyang's losses at roughly 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"],
          "\"several hundred\" North Koreans had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon says it believes between 11,000 and 12,000 North Korean troops are now in the Kursk region", False),
         ("troops", "russia", 50000, None, "about", UKR,
          "Russia has massed about 50,000 of its own troops there", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "at least one senior officer has been among the dead", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have been killed and wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, 30000, "vague", ["Western governments"],
          "a force that Western governments put in the low tens of thousands", True)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"] + UKR,
          "Ukraine's military has captured two North Korean soldiers in Russia's Kursk region", False),
         ("captured", "north_korea", 1, None, "exact", ["special forces"] + UKR,
          "Ukraine's special forces said they had captured a North Korean soldier who later died of his wounds", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "would mean North Korea has lost about 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "two North Korean soldiers had been captured by Ukraine over the weekend", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "almost 4,000 North Korean soldiers have now been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "up from the more than 3,000 he cited just before Christmas", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two men captured at the weekend were being questioned", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi"] + UKR,
          "Russia has lost more than 38,000 troops killed and wounded in the Kursk region", False),
         ("casualties", "russia", 1523, None, "exact", ["Ministry of Defence", "MoD", "UK", "intelligence"],
          "Russia's daily casualties averaged 1,523 in December", True)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an additional 3,000 or so troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 it dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "North Korean casualties now stand at about 4,000", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", ["Western intelligence"],
          "North Korea sent about 11,000 soldiers to Kursk last year", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence"] + UKR,
          "North Korea's losses had exceeded 4,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in total", False),
         ("wounded", "ukraine", 11, None, "exact", ["mayor", "Kharkiv"],
          "A Russian drone attack on the city of Kharkiv overnight injured 11 people", True)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "North Korea", "Kim"],
          "nine soldiers from the engineering unit were killed during the 120-day mission", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "roughly 15,000 North Korean soldiers were sent to Russia", False),
         ("wounded", "north_korea", 2000, None, "about", NIS,
          "about 2,000 wounded soldiers were flown or taken by train back to Pyongyang", False)],
 "012": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "saying this month that about 10,000 are in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "exact", ["GUR", "military intelligence", "Budanov"] + UKR,
          "the GUR, says 11,000 North Korean soldiers are in Kursk", False),
         ("troops", "russia", 50000, None, "about", UKR + ["US officials"],
          "Russia has concentrated about 50,000 troops there, including the North Koreans", False)],
}
NOT = {
 "000": ["Share 1.2K", "01:58, 3:45 (video lengths)", "delegation of 6 officials", "155mm shells", "2024 (treaty year)",
         "62 of 96 drones, 30 jammed, 4 regions", "Russia's losses pass 700,000 (other story's headline)",
         "2 ammunition depots (headline)", "all 50 states (headline)", "35,000+ readers (newsletter)"],
 "001": ["around $2,000 a month", "a few weeks", "1,000 kilometers (headline)", "Just 4 days left (headline)",
         "4-Minute Listen"],
 "002": ["about 1,300sq km (500sq miles)", "millions of artillery shells", "170mm self-propelled guns",
         "240mm multiple rocket launchers", "47 drones over 6 regions (headline)", "30 Western diplomats (headline)",
         "1,000 days of war (headline)", "list of 4 items", "updated 18 December 2024"],
 "003": ["412 comments", "13 apartment blocks", "6:12, 02:41 (video lengths)", "72 drones, 52 downed, 20 lost",
         "more than 90,000 parcels", "Two killed (most-read headline)", "0.4% (headline)", "11 regions (headline)"],
 "004": ["born in 2005 / 1999", "trained for a week", "more than $19.5 billion, $4 billion", "287 comments",
         "Duration 2:03", "3 Ukrainian counterattacks (headline)", "25,000 drones (headline)", "5 months on (headline)"],
 "005": ["a range of about 1,500 kilometres", "more than $1.3 billion", "49 Abrams tanks", "58 comments",
         "3 minutes 12 seconds", "600,000 without power (headline)", "Five things (headline)"],
 "006": ["£2.26bn loan, £55m", "about 500sq km, about 1,300sq km", "4 ballistic missiles and 52 drones, 34 shot down",
         "2,531 viewing now", "4:05 (video)", "Russia has lost 800,000 troops (other story's headline)",
         "5 months in Kursk (headline)"],
 "008": ["some 220 artillery pieces", "170mm self-propelled guns, 240mm rocket launchers", "groups of 10 to 20",
         "more than a quarter of his first contingent", "about three months", "$3.8 billion (video headline)",
         "4,000 FPVs a month (video headline)", "2:47, 1:59, 5:12", "[08:14:02]"],
 "009": ["June 2024 (treaty)", "roughly 1,000 kilometers (front line)", "Listen 3:41", "A 3-year war in 10 charts (headline)",
         "5 things, first 100 days (headline)"],
 "010": ["day 1,162", "two children", "100 drones, 47 shot down, 38 lost", "about 10km from the border",
         "72-hour ceasefire, May 9", "50 percent of revenues", "21 percent key rate", "30-day ceasefire (headline)",
         "40,000 mobile medics (headline)", "list of 3 items"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "120-day mission", "101 portraits",
         "about 40,000 mine clearances", "at least 25 killed in Ternopil (headline)", "80 years (headline)",
         "80mph, 4 counties, 3.75%, 2.6 million (most read)", "episode 1,492", "96 comments", "0:58"],
 "012": ["1,044 comments", "1:12 (video)", "about 1,000 sq km", "170mm guns, 240mm launchers", "millions of artillery shells",
         "up to 60% of the shells", "5 key points (headline)", "1,000 days (headline)", "up 25% to $145bn (headline)",
         "28 minutes (podcast)", "2023 parade"],
}
OFF = ["013", "014"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind108 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (Blinken), four days apart"],
            ["000-2", "001-1", "at least 10,000 in Kursk (State Department) against about 8,000 in Kursk (Blinken), four days apart"],
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["002-4", "002-3", "several hundred (US official) against about 1,100 (NIS): a vague figure"],
            ["002-4", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["004-2", "004-1", "one prisoner in December (who died) against two captured in January: different events"],
            ["004-2", "005-4", "one prisoner in December against two captured in January: different events"],
            ["004-2", "006-3", "one prisoner in December against two captured in January: different events"],
            ["006-4", "006-5", "more than 38,000 in Kursk since August against a daily average of 1,523: a rate, not a total"],
            ["008-1", "008-2", "an additional 3,000 or so against the roughly 11,000 sent last autumn: an additional force"],
            ["009-2", "010-3", "about 11,000 sent last year against about 15,000 in total: the total grew with reinforcements"],
        ],
    },
)
