#!/usr/bin/env python3
"""Gold labels for testdata/blind542 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind542: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "the North is sending some 12,000 soldiers drawn from four brigades", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "An initial group of about 1,500 special forces personnel was shipped from the North's northeastern coast to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "North Korea has sent roughly 10,000 soldiers in total to eastern Russia for training", False),
        ("troops", "north_korea", 2000, 9000, "vague",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "Several thousand of them have already moved closer to Ukraine", True),
        ("troops", "north_korea", 12000, None, "exact",
         ["South Korea", "South Koreans", "National Intelligence Service", "NIS"],
         "the South Koreans are putting it at twelve thousand", False),
    ],
    "003": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"],
         "Pyongyang has sent between 10,000 and 12,000 troops to Russia", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US", "Secretary of State"],
         "around 8,000 of them had been moved to Kursk", False),
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "Eleven thousand North Korean soldiers are now in the Kursk region", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties in their first combat against Ukrainian forces", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "some 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "Around 11,000 North Korean troops are stationed in the Kursk region", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korean losses in Russia's Kursk Oblast have passed 3,000 killed and wounded", False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "At least 30 North Korean soldiers were killed or wounded in fighting on Dec. 14-15 alone", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukrainian and Western estimates", "Ukraine", "Western estimates"],
         "Pyongyang has sent around 11,000-12,000 soldiers to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "have been killed and 2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Ukraine", "Zelensky", "National Intelligence Service", "NIS"],
         "it had captured two North Korean soldiers in Kursk", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea sent some three thousand additional troops in January and February", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukrainian losses during the operation exceeded 76,000 servicemen", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("wounded", "north_korea", 200, 999, "vague", NIS,
         "hundreds of wounded soldiers had been flown home", True),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "exact", ["South Korea", "South Korea's estimates"],
         "Eleven thousand soldiers went in the first wave in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korea", "South Korea's estimates"],
         "about 3,000 more followed in January and February", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Defence Intelligence", "Britain", "UK Ministry of Defence", "United Kingdom", "UK"],
         "North Korean forces had suffered more than 6,000 casualties", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 of them were killed", False),
        ("troops", "north_korea", 10000, None, "about", ["unattributed"],
         "Roughly 10,000 North Korean soldiers remain in Russia", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four Russian navy amphibious vessels",
            "Zelenskyy: N. Korea preparing 10,000 soldiers for Russia", "Oct. 27 election"],
    "002": ["roughly 43,000 U.S. service members", "155mm artillery rounds", "$425 million package"],
    "003": ["60mm mortars", "about $2,000 a month"],
    "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Exports up 6.6 pct in first 20 days of December", "lowest level in 15 years"],
    "006": ["about 787,000 (as of Dec. 27)", "Russia has lost 1,650 troops over past day",
            "78 missiles, 106 drones", "Aug. 6"],
    "007": ["One soldier who was about to be captured", "one of the men is 20 years old and the other 26",
            "about 1,300 square km"],
    "009": ["Article 4 of the mutual defense treaty", "Seoul subway fares to go up 150 won",
            "KOSPI ends at 2,556"],
    "011": ["1,000 sappers", "5,000 military builders", "third visit to Pyongyang since March",
            "restores power supply to 12 border villages"],
    "013": ["26 countries had formally committed to deploy troops", "1,000 deminers",
            "5,000 military construction workers", "112 drones and two ballistic missiles"],
    "014": ["another 6,000 engineers and deminers", "as much as $20 billion", "Bitcoin Slides Below $86,000"],
}

OFF = ["001", "005", "010", "012"]
DUP = {"008": "007"}


def pairs(a, bs, why):
    return [[a, b, why] for b in bs]


may = []
# totals against totals at different dates or with different scopes
may += [["000-1", "002-1", "some 12,000 (NIS, Oct 18) against roughly 10,000 (Pentagon, Oct 28): ten days apart, estimates still growing"]]
may += [["002-1", "002-3", "roughly 10,000 (Pentagon) against twelve thousand (South Korea), the spokeswoman says they count differently"]]
may += [["002-1", "003-3", "roughly 10,000 sent to Russia (Oct 28) against eleven thousand in Kursk (Nov 4): a week apart, still growing"]]
may += pairs("002-1", ["004-4", "006-3", "014-1"], "roughly 10,000 in late October 2024 against a later, higher count, months apart")
may += pairs("003-2", ["004-4"], "around 8,000 in Kursk (early November) against around 11,000 in Kursk (Dec 23), seven weeks apart")
may += pairs("003-2", ["014-5"], "around 8,000 in Kursk (November 2024) against roughly 10,000 remaining in Russia (December 2025)")
may += pairs("000-1", ["014-1", "014-5"], "12,000 in October 2024 against a figure a year later")
may += pairs("002-3", ["014-1", "014-5"], "12,000 in October 2024 against a figure a year later")
may += pairs("003-3", ["014-5"], "11,000 in Kursk (November 2024) against 10,000 remaining (December 2025)")
may += pairs("004-4", ["014-5"], "11,000 in Kursk (December 2024) against 10,000 remaining (December 2025)")
may += pairs("006-3", ["014-5"], "11,000-12,000 sent (December 2024) against 10,000 remaining (December 2025)")
may += [["014-1", "014-5", "first wave of eleven thousand (autumn 2024) against roughly 10,000 remaining now: different periods"]]
# an additional force against the totals
for extra in ["009-3", "014-2"]:
    may += pairs(extra, ["000-1", "002-1", "002-3", "003-1", "003-2", "003-3", "004-4", "006-3"],
                 "some 3,000 additional troops (early 2025) against the earlier total")
may += [["009-3", "014-1", "some 3,000 additional troops against the eleven-thousand first wave"],
        ["014-1", "014-2", "eleven thousand in the first wave against about 3,000 more that followed"],
        ["009-3", "014-5", "3,000 reinforcements against 10,000 remaining, months apart"],
        ["014-2", "014-5", "3,000 reinforcements against 10,000 remaining"]]
# cumulative figures rising over time (updates, not conflicts)
may += pairs("004-1", ["009-1", "014-3"], "1,100 casualties in December 2024 against a later cumulative count, months apart")
may += [["009-1", "014-3", "about 4,700 casualties (April 2025) against more than 6,000 (September 2025)"]]
may += [["004-3", "007-2", "some 1,000 wounded (NIS, Dec 19) rising to about 2,700 (NIS, Jan 13): an update three weeks later"]]
may += pairs("007-1", ["009-2", "013-1", "014-4"], "about 300 killed (NIS, January 2025) rising later: an update by the same agency, months apart")
may += pairs("009-2", ["013-1", "014-4"], "about 600 killed (NIS, April 2025) rising to about 2,000 (NIS, September 2025)")

conflicts = {
    "must": [
        ["003-2", "003-3", "around 8,000 moved to Kursk (Blinken) against eleven thousand already in Kursk (Zelensky), the same week, in one article"],
        ["004-1", "006-1", "an estimated 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), reported four days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
