#!/usr/bin/env python3
"""Write gold.json for the blind171 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul",
       "lawmaker"]
LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Zelensk"]  # Zelensky, Zelenskyy and Reuters' Zelenskiy
HUR = ["HUR", "Defence Intelligence", "military intelligence", "intelligence agency", "Ukrain"]
SSO = ["Special Operations Forces", "SSO", "8th Regiment", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang", "Kim"]
# no bare "US" or "UK": the scorer matches substrings, and those sit inside "Russia" and "Ukraine"
UKMOD = ["Defence Ministry", "Ministry of Defence", "Britain", "British", "U.K."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has so far moved about 3,000 troops to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "The first group, about 1,500 special operations personnel, was carried from ports near Chongjin to Vladivostok", False)],
 "001": [("killed", "north_korea", 100, None, "at_least", LEE,
          "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", LEE,
          "and close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", LEE,
          "North Korean casualties come to about 1,100 since the troops joined the fighting this month", False),
         ("troops", "north_korea", 11000, None, "about", LEE,
          "Pyongyang sent some 11,000 soldiers to Russia in October and November", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official", "Washington"],
          "North Korean casualties in Kursk numbered in the several hundreds", True)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 30, None, "at_least", HUR,
          "at least 30 North Korean soldiers had been killed or wounded in assaults near the villages", False)],
 "004": [("killed", "north_korea", 300, None, "about", LEE,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", LEE,
          "and 2,700 or so have been wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", LEE,
          "Those figures bring the North's losses to roughly 3,000 soldiers", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS,
          "his forces had captured two North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Ukrainian officials", "officials"] + NIS + ["Ukrain"],
          "Pyongyang has sent about 11,000 troops to Russia, according to South Korean and Ukrainian officials", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the losses of the North Korean army have already reached almost 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers captured by Ukrainian forces", False),
         ("killed", "north_korea", 27, None, "exact", SSO,
          "fighters of its 8th Regiment had eliminated 27 North Korean servicemen", False),
         ("troops", "north_korea", 11000, None, "more_than", HUR,
          "more than 11,000 North Korean troops are in the Kursk region", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "The losses of the North Korean contingent in Kursk Oblast have exceeded 4,000 killed and wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine's losses during the Kursk operation had exceeded 76,000 killed and wounded", False),
         ("troops", "north_korea", 10000, None, "more_than", HUR,
          "More than 10,000 North Korean servicemen were brought to Russia last autumn", False),
         ("troops", "north_korea", 2000, 9000, "vague", HUR,
          "several thousand more arrived as reinforcements at the start of this year", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", LEE,
          "Some 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", LEE,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", LEE,
          "North Korea has sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", LEE,
          "around 3,000 reinforcements who arrived in January and February", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "TASS"],
          "the Ukrainian army lost more than 76,000 servicemen killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have been killed while fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the agency put the number of North Korean dead at around 600", False),
         ("casualties", "north_korea", 6000, None, "about", UKMOD,
          "North Korea had likely suffered around 6,000 casualties in Kursk", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "state media acknowledging that nine members of the unit were killed during the mission", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov 2024 | South Korea's National Intelligence Service | 10,000–12,000 troops sent to Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Defense Department", "U.S."],
          "Dec 2024 | Pentagon | 11,000–12,000 North Korean troops in Kursk", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | National Intelligence Service | about 300 killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan 2025 | National Intelligence Service | about 300 killed and 2,700 wounded", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Feb 2025 | South Korea's Joint Chiefs of Staff | about 3,000 more troops sent as reinforcements", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr 2025 | National Intelligence Service | about 4,700 casualties, including about 600 dead", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Apr 2025 | National Intelligence Service | about 4,700 casualties, including about 600 dead", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Sep 2025 | National Intelligence Service | about 2,000 killed", False)],
}
NOT = {
 "000": ["10,000 by December (a forecast: planned, not a claim)", "a second group of similar size (no figure)",
         "US$2,000 a month per soldier", "a three-star general", "a month of training, two months",
         "1,500 N. Korean special forces (related headline, Oct. 18)", "12K troops (related headline)",
         "60 meters (headline)", "KOSPI 1.3 pct, 2,599.62", "1 million copies", "fan count 20,000", "Share 1,248"],
 "001": ["240-millimeter rocket launchers, 170-millimeter guns", "some 9,000 kilometers by rail", "voted 204 to 85",
         "30 North Korean troops killed or wounded (related headline)", "Dec. 27", "1,451.9 per dollar, March 2009",
         "2.3%", "1.8 trillion won", "Comments 7"],
 "002": ["Aug. 6, 2024", "around 1,300 square kilometers", "more than four months", "$1 billion (headline)",
         "1,250 Russian troops killed or wounded (headline)", "777,550 personnel (+1,250), 9,519 tanks, 20,302, 20,170 (widget)",
         "17,800 members, $5 a month", "5 stories", "five years (bio)"],
 "004": ["[1/2]", "240 mm rocket launchers and 170 mm artillery", "2 North Korean soldiers (Read Next headline)",
         "0.4% to 1,473.2 per dollar", "61 drones over four regions"],
 "005": ["January 16, two days, 8th Regiment", "356 times, one killed (headline)", "100-year partnership (headline)",
         "824,250 personnel (+1,640), 9,763 tanks, 21,020 artillery (widget)", "Telegram (120K)"],
 "008": ["millions of artillery shells", "more than 100 ballistic missiles", "240 mm", "26 April",
         "20 drones: 2 killed, 9 injured (headline)", "kills 12, injures 90 (headline)",
         "949,700 personnel (+1,120) (widget)", "€5 a month, 2,114 readers"],
 "009": ["240 mm rocket launchers, 170 mm guns", "more than $20 billion",
         "about 28,500 troops in South Korea (U.S. troops: not a subject)", "Comments (31), Share 212",
         "$2.4 million", "Harding 7, River Valley 4", "$1 for 6 months", "64°F, 3 p.m.", "4700 in the URL"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "second visit in two weeks", "about 12,000 homes", "some 600 km of roads", "June 19, 2024; Article 4",
         "39 UAVs over five regions (headline)", "June 20", "USD 78.52, EUR 90.71"],
 "012": ["80th anniversary", "about 20 hours", "some 6,000 more personnel: 1,000 deminers and 5,000 workers (planned)",
         "¥8.8 trillion, April 2026", "66 years (headline)", "¥148 per dollar", "¥1,800, ¥2,950",
         "1.2% to 41,938", "24th day above 35 C"],
 "014": ["1,000 deminers and 5,000 military builders (planned, in the prose and in the table)", "four months",
         "30,000 homes (headline)", "Arsenal 2-1 Wolves, five points", "£4 a month or $5", "7am", "Comments (214)"],
}
OFF = ["006", "007", "010", "013"]
DUP = {"003": "002"}

goldlib.write(
    "Gold labels for the blind171 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), five days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against almost 4,000 (Zelensky, Jan 18), five days apart"],
        ],
        "may": [
            ["001-3", "001-5", "about 1,100 (NIS) against several hundred (U.S. official, earlier in the week): a vague figure"],
            ["001-5", "002-1", "several hundred (U.S. official) against more than 3,000 (Zelensky): a vague figure"],
            ["001-3", "004-3", "about 1,100 against about 3,000 casualties: the same agency's rising tally, 25 days apart"],
            ["001-2", "004-2", "about 1,000 against about 2,700 wounded: the same agency's rising tally, 25 days apart"],
            ["001-3", "005-1", "about 1,100 (NIS) against almost 4,000 (Zelensky), 30 days apart"],
            ["008-3", "009-4", "more than 10,000 brought last autumn (HUR) against about 3,000 reinforcements (NIS): an additional force"],
            ["008-4", "009-3", "several thousand reinforcements (HUR) against about 15,000 in total (NIS): a vague part of the whole"],
            ["014-2", "014-6", "10,000-12,000 sent (NIS) against about 3,000 more as reinforcements (JCS): an additional force"],
            ["014-3", "014-6", "11,000-12,000 in Kursk (Pentagon) against about 3,000 more as reinforcements (JCS): an additional force"],
        ],
    },
)
