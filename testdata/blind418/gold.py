#!/usr/bin/env python3
"""Gold labels for testdata/blind418 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind418: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea's intelligence agency",
       "spy agency", "South Korea", "Seoul"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Defence Intelligence of Ukraine",
       "Budanov", "Kyrylo Budanov", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "joint chiefs of staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved about 3,000 of its soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "a second contingent of about 1,500 soldiers was shipped from the North's east coast", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range", HUR,
         "Pyongyang has sent between 10,000 and 12,000 soldiers to Russia", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "The agency believes roughly 500 officers are among them", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 1,000 wounded since they were thrown into combat in early December", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "about 11,000, most of them drawn from the elite Storm Corps", False),
        ("casualties", "north_korea", 24, 99, "vague", ["Ukraine's special operations forces",
         "special operations forces", "Ukraine"],
         "they had killed or wounded dozens of North Korean soldiers", True),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded in the fighting", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea",
          "Guardian"],
         "North Korea has sent 11,000-12,000 troops to Russia", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "captured two North Korean servicemen in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukraine's intelligence", "Ukrainian intelligence", "Ukraine"],
         "around 11,000 of them are deployed in Kursk Oblast", False),
    ],
    "007": [
        ("casualties", "north_korea", 3000, None, "more_than", NIS + ["Lee Seong Kweun"],
         "The number of North Korean soldiers killed or wounded while fighting for Russia against Ukraine has topped 3,000",
         False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong Kweun"],
         "roughly three hundred have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong Kweun"],
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "two soldiers captured by Ukrainian forces in Russia's Kursk region last week", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "Pyongyang is believed to have sent up to 12,000 soldiers to Russia last fall", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "now stand at around 4,000 killed and wounded", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded in the fighting against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "some eleven thousand troops were dispatched last year", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand more added this year", True),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
         "nine of its soldiers had died during the mission", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of troops to Russia last year", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["the total to reach 10,000 by December", "more than 13,000 containers", "[Editorial] 1,500 reasons to worry",
            "Hybe shares slide 4.2%", "Won falls to 1,380 per dollar"],
    "002": ["about 2,600 of the troops are expected to be moved to Kursk Oblast first", "five training grounds",
            "Russia has lost 684,760 troops in Ukraine since Feb. 24, 2022", "injures 12, including 3 children",
            "Oct. 27-28"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "roughly 10 kilometers of the Ukrainian border",
            "three days of fighting", "W7.7tr", "Dec. 27"],
    "004": ["103 drones and three ballistic missiles", "52 of the drones were shot down", "another 51",
            "a 64-year-old man was injured", "€4.2bn", "Cost of Christmas dinner up 4%"],
    "006": ["born in 2005", "since 2021", "aged 26", "called up in 2016", "October 2024"],
    "007": ["240-millimeter multiple rocket launchers", "1st in 2 months", "Jan. 13"],
    "009": ["Comment (86)", "6:05 AM EST"],
    "011": ["more than 7,700 pieces of weaponry and military equipment", "over 410 tanks",
            "around 400 infantry fighting vehicles", "about 280 multiple rocket launchers",
            "about 1,300 square kilometers", "down 115 Ukrainian drones", "August 6, 2024"],
    "012": ["Watch video 1:42", "16th straight week", "Typhoon No. 1"],
    "013": ["a 120-day deployment", "1,000 deminers", "5,000 military construction workers",
            "'around 10,000' North Korean troops remain in Russia"],
}

OFF = ["001", "005", "010", "014"]
DUP = {"008": "006"}

conflicts = {
    "must": [
        ["000-1", "002-1", "about 3,000 troops sent so far (South Korea's NIS, 23 Oct 2024) against between "
                           "10,000 and 12,000 (Ukraine's HUR, 25 Oct 2024), two days apart"],
        ["004-1", "004-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelenskyy), "
                           "the same day in the same live blog"],
    ],
    "may": [
        ["000-1", "003-3", "3,000 in October against 11,000 in December: two months apart, deployment grew"],
        ["000-1", "004-3", "3,000 in October against 11,000-12,000 in December: two months apart"],
        ["000-1", "006-2", "3,000 in October against 11,000 in January: months apart"],
        ["000-1", "012-3", "3,000 in October against 11,000 'dispatched last year' in April: months apart"],
        ["002-1", "009-1", "10,000-12,000 last autumn against an additional 3,000 this year"],
        ["003-3", "009-1", "11,000 against an additional 3,000, two months later"],
        ["004-3", "009-1", "11,000-12,000 against an additional 3,000, two months later"],
        ["006-2", "009-1", "11,000 against an additional 3,000, six weeks later"],
        ["009-1", "012-3", "an additional 3,000 this year against 11,000 dispatched last year"],
        ["004-1", "007-1", "1,100 casualties (JCS, 23 Dec) against more than 3,000 (NIS, 13 Jan): a cumulative "
                           "figure three weeks later"],
        ["004-1", "009-3", "1,100 casualties (JCS, Dec) against about 4,000 (JCS, Feb): cumulative, two months apart"],
        ["004-1", "012-1", "1,100 casualties (Dec) against about 4,700 (Apr): cumulative, months apart"],
        ["009-3", "012-1", "about 4,000 casualties (JCS, Feb) against about 4,700 (NIS, Apr): cumulative, two months apart"],
        ["007-2", "012-2", "about 300 killed (Jan) against about 600 (Apr): cumulative, months apart"],
        ["007-2", "013-3", "about 300 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
        ["012-2", "013-3", "about 600 killed (Apr) against about 2,000 (Sep): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
