#!/usr/bin/env python3
"""Write gold.json for the blind264 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
US = ["Washington", "U.S.", "US official", "United States", "Pentagon"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved roughly 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of some 1,500 special forces had been shipped", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "North Korea has dispatched more than 10,000 troops to Russia", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "about 10,000 North Korean soldiers had been sent to eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", US,
          "some 8,000 of them had moved to Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "which would put the North's casualties at roughly 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", US + ["military official"],
          "several hundred North Korean soldiers had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already lost more than 3,000 soldiers, counting both the dead and the wounded", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "its operators had killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 more", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Two North Korean soldiers have been taken prisoner in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded in Kursk Oblast", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's total casualties to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the approximately 11,000 troops the North deployed to Kursk", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly three thousand additional soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the force of around 11,000 it sent last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "About 4,000 North Korean troops have been killed or wounded so far", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost over 76,000 servicemen in the Kursk area", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 soldiers to Russia since last year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False)],
 "010": [("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "the Pentagon's estimate grew from roughly 10,000", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "to between 11,000 and 12,000 by December", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "National Intelligence Service now says the total is about 15,000", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "the North's losses have passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 casualties, roughly 600 of them fatal", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatal, according to the NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "The two soldiers Ukraine captured in January remain in Kyiv", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have died fighting for Russia", False),
         ("casualties", "north_korea", 6000, None, "more_than",
          ["Ministry of Defence", "MoD", "UK", "defence intelligence"],
          "North Korean forces had suffered more than 6,000 casualties", False)],
 "014": [("killed", "north_korea", 9, None, "exact",
          ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un", "Pyongyang"],
          "nine of its soldiers were killed there", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["about 10,000 by December (expected, planned)", "two brigades (being prepared)", "some 600 square kilometres",
         "X 1.2K, Facebook 847, LinkedIn 96", "36 Ukrainian drones (headline)", "Oil rises 2% (headline)",
         "19 air defence systems (headline)", "250,000+ readers", "0.4%", "Oct. 27", "2022"],
 "001": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "13,000 containers",
         "6 tracks (headline)", "2.5 pct (headline)", "7 short-range ballistic missiles (headline)", "1,410 per dollar"],
 "002": ["3-way talks, 2 missile alerts (headline)", "8.7 trillion yen (headline)", "38,813, 0.7%",
         "Page views today: 14,230", "1st spy satellite of 2025 (headline)"],
 "003": ["2 341 views", "773,580 (+1,570) (headline and losses widget)", "tanks 9,587, artillery 21,063, drones 20,755 (widget)",
         "12K soldiers, 3 brigades (other story's headline)", "95K subscribers", "three days"],
 "004": ["born in 2005 / 1999, served since 2021", "3 killed, 12 injured (headline)", "1,620 troops in one day (headline)",
         "3 min read", "five years", "1,054 days", "14,000 members", "$5 a month", "45,000 people", "Comments (231)"],
 "005": ["1,500 km (headline)", "up 9 times (headline)", "2 North Korean soldiers captured (related headline)", "Comments 58"],
 "007": ["220 or so 170mm self-propelled guns and 240mm multiple rocket launchers", "more than 1,300 square kilometres",
         "death toll passes 1,000 (headline)", "1.9% (headline)", "€1.4 billion (headline)", "Share on Facebook (64)",
         "2 min", "several weeks"],
 "008": ["more than 400 tanks, 300 infantry fighting vehicles and 3,000 artillery pieces and mortars",
         "115 Ukrainian drones (headline)", "$3,500 per ounce (headline)", "1.1 million subscribers", "April 26"],
 "009": ["tens of trillions of won", "$1.4b order for 4 LNG carriers (headline)", "22 points (headline)",
         "2 dead, 7 injured (headline)", "Share: 1,480"],
 "010": ["220+ artillery pieces (fact box)", "5 takeaways, 100 days (headline)", "246 prisoners each (headline)",
         "2.3K shares, 412 comments", "6 min read", "eight years", "millions of rounds"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "a further group of about 6,000 (planned)",
         "$20bn (£14.8bn)", "80%", "at least 59 killed in Gaza (headline)", "1,000 wildfires (headline)",
         "five things (headline)", "£2", "Comments (412)", "three times"],
 "014": ["about 120 days", "1,000 deminers and 5,000 military builders (planned)", "1,037 scrambles (headline)",
         "50,836, 1.2% (headline)", "Share 86"],
}
OFF = ["012", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind264 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-2", "005-3", "nearly 4,000 casualties (Zelensky) against roughly 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 now against the first contingent of some 1,500 a week earlier: an earlier part, restated"],
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["007-1", "007-2", "roughly 3,000 additional against around 11,000 sent last autumn: an additional force"],
            ["007-3", "009-2", "about 4,000 casualties (JCS) against about 4,700 (NIS), a month apart"],
            ["007-2", "009-1", "around 11,000 first wave (JCS) against some 15,000 in total (NIS), a month apart"],
            ["010-1", "010-2", "the Pentagon's October estimate against its December one, restated together"],
            ["010-1", "010-3", "the Pentagon's 2024 estimate (restated) against the NIS total in April 2025"],
            ["010-2", "010-3", "the Pentagon's December 2024 range (restated) against the NIS total in April 2025"],
            ["009-1", "010-1", "the NIS total of 15,000 against the Pentagon's 2024 estimate restated three days later"],
            ["009-1", "010-2", "the NIS total of 15,000 against the Pentagon's December 2024 range restated three days later"],
        ],
    },
)
