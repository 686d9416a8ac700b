#!/usr/bin/env python3
"""Gold labels for testdata/blind526 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind526: fifteen articles written in our own words about the real story's "
         "known reporting, labelled without reading the extractor or any crosscheck output. "
         "See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has so far moved around 3,000 of its soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "A first contingent of about 1,500 troops left the North earlier this month", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US", "U.S."],
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", NK, 3000, None, "about",
         ["South Korea's intelligence service", "South Korea", "NIS", "National Intelligence Service"],
         "South Korea's intelligence service said roughly 3,000 North Korean troops had gone to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "Washington"],
         "Of the roughly 10,000 North Korean soldiers the US believes are in Russia", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "Washington"],
         "about 8,000 have been moved into the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 10000, 12000, "range",
         ["intelligence services in Seoul, Washington and Kyiv", "Seoul", "Washington", "Kyiv",
          "South Korea", "United States", "Ukraine"],
         "Estimates have converged on a figure between 10,000 and 12,000", False),
        ("troops", NK, 10000, None, "more_than",
         ["Vedant Patel", "Patel", "State Department", "United States", "US", "U.S."],
         "more than 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", NK, 500, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "the contingent includes about 500 officers", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian military intelligence", "Ukraine", "HUR"],
         "several thousand of them are already taking part in assaults there", True),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to Russia's Kursk region have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the NIS sees casualties at around 1,100 at this point", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea has sent about 11,000 soldiers to Russia since October", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"],
         "more than three thousand North Korean servicemen have already been killed or wounded in Russia's Kursk region", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "some 2,700 wounded fighting for Russia", False),
        ("captured", NK, 2, None, "exact", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "two North Korean soldiers had been captured by Ukrainian forces", False),
        ("casualties", "russia", 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russian forces have lost more than 38,000 men killed, wounded and captured in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "our military has captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk adventure exceeded 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea's casualties in Russia's war against Ukraine stood at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS, "including some 600 deaths", False),
        ("killed", NK, 300, None, "about", NIS, "when the NIS put it at about 300", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has dispatched about 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 reinforcements sent in January and February", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "it now estimates about 2,000 North Korean soldiers have been killed", False),
        ("killed", NK, 200, 900, "vague", ["Seoul", "South Korea", "NIS"],
         "several hundred of them died in the first weeks of fighting in December", True),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain", "British"],
         "North Korean forces had suffered more than 6,000 casualties in the Kursk region", False),
        ("troops", NK, 15000, None, "about", ["Seoul", "South Korea"],
         "the North has sent some fifteen thousand soldiers to Russia in all", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January are still being held in Kyiv", False),
    ],
}

NOT = {
    "000": ["The NIS expects the total dispatch to reach 10,000 by December",
            "N. Korea sends 1,500 special forces to Russia to aid war in Ukraine: NIS",
            "13 Russian military transport flights", "each aircraft can carry around 200 people",
            "men in their early 20s", "the 11th Corps", "KOSPI closes at 2,599.62, down 1.3 pct",
            "up to 120 mm forecast"],
    "002": ["about 100 U.S. service members", "valued at up to $425 million",
            "155-millimeter and 105-millimeter artillery rounds", "the 56th Security Consultative Meeting"],
    "003": ["60-mm mortars", "about 40 kilometers from the Ukrainian border", "around 1,300 square kilometers",
            "Russia Lost 1,370 Troops in the Past Day, General Staff Says", "€35 Billion Loan",
            "$6 per month"],
    "004": ["around $2,000 per soldier per month", "more than 1 million barrels of oil",
            "500,000 barrels a year", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "Nikkei 225 38,721.66",
            "record 8.5 trillion yen budget", "North Korea fires 7 short-range ballistic missiles"],
    "006": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers",
            "Won falls to 1,450 per dollar", "minimum wage of 10,030 won"],
    "007": ["Russian army lost 1,830 troops in Ukraine over past day", "EUR 4.1B"],
    "008": ["shot down 58 of the 87 drones", "another 27 were lost to electronic jamming",
            "One, who said he was 26"],
    "010": ["more than 7,000 pieces of weaponry and military equipment", "over 400 tanks",
            "Article 4 of the Treaty", "Ukrainian army loses up to 1,220 troops in 24 hours"],
    "011": ["North Korea could send several thousand more soldiers to Russia in the coming months",
            "Jobless rate for youth hits 7.5% in March", "Hybe shares fall 6%"],
    "014": ["North Korea would send 1,000 deminers and 5,000 military builders",
            "millions of artillery shells", "Support us from just $1"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"012": "006"}

ramp = "weeks apart while the deployment was still arriving"
months = "months apart; the later total includes reinforcements"
extra = "an additional 3,000 against a total"
conflicts = {
    "must": [
        ["003-1", "003-3", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, Oct 31), in the same article"],
        ["006-3", "007-1", "about 1,100 North Korean casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23)"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 (NIS, Oct 23) against about 10,000 (Pentagon, Oct 28): five days apart, NIS itself expected 10,000 by December"],
        ["002-1", "002-2", "about 10,000 (Pentagon) against the 3,000 South Korea gave a week earlier"],
        ["000-1", "003-1", ramp], ["000-1", "003-2", ramp], ["000-1", "003-3", ramp],
        ["002-2", "003-1", ramp], ["002-2", "003-2", ramp], ["002-2", "003-3", ramp],
        ["000-1", "004-1", ramp], ["000-1", "004-2", ramp],
        ["002-2", "004-1", ramp], ["002-2", "004-2", ramp],
        ["002-1", "003-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky) a week later"],
        ["003-1", "003-2", "11,000 in Kursk (Zelensky) against roughly 10,000 in Russia (Blinken)"],
        ["002-1", "003-3", "about 8,000 in Kursk is part of the 10,000 in Russia"],
        ["003-3", "004-1", "8,000 in Kursk (Oct 31) against 10,000-12,000 two weeks later"],
        ["003-3", "004-2", "8,000 in Kursk (Oct 31) against more than 10,000 sent to Russia (Nov 12): part and later"],
        ["003-3", "006-4", "8,000 in Kursk (Oct 31) against about 11,000 sent to Russia (Dec 19)"],
        ["000-1", "011-4", months], ["002-1", "011-4", months], ["002-2", "011-4", months],
        ["003-1", "011-4", months], ["003-2", "011-4", months], ["003-3", "011-4", months],
        ["004-1", "011-4", months],
        ["000-1", "014-4", months], ["002-1", "014-4", months], ["002-2", "014-4", months],
        ["003-1", "014-4", months], ["003-2", "014-4", months], ["003-3", "014-4", months],
        ["004-1", "014-4", months], ["006-4", "014-4", months],
        ["011-5", "011-4", extra], ["011-5", "002-1", extra], ["011-5", "003-1", extra],
        ["011-5", "003-2", extra], ["011-5", "003-3", extra], ["011-5", "004-1", extra],
        ["011-5", "004-2", extra], ["011-5", "006-4", extra], ["011-5", "014-4", extra],
        ["011-1", "014-3", "about 4,700 (NIS, April) against more than 6,000 (UK, summer): months apart"],
        ["006-3", "014-3", "about 1,100 (NIS, December 2024) against more than 6,000 (UK, 2025): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
