#!/usr/bin/env python3
"""Gold labels for testdata/blind699 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind699/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea's intelligence service", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine's president", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
PENT = ["Pat Ryder", "Ryder", "Pentagon", "U.S. Department of Defense", "United States", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine's military intelligence", "Ukraine"]
SCSS = ["Seoul Center for Security Studies", "the brief", "unattributed"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        # the earlier, lower figure the new one is set against: an update
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean troops had arrived in Russia", False),
    ],
    "002": [
        # in the Kursk region: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S."],
         "put the total number of North Korean soldiers in Russia at around 10,000", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are in the Kursk region now", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "the roughly 8,000 North Korean troops that U.S. Secretary of State Antony Blinken said had been moved into the region as of Oct. 31", False),
    ],
    "005": [
        # a Russian force that includes the North Koreans
        ("troops", RU, 50000, None, "about", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "Ukraine"],
         "Russia has assembled a force of about 50,000 soldiers, among them North Korean troops", False),
        ("troops", NK, 10000, None, "more_than", ["U.S. officials", "United States", "U.S."],
         "U.S. officials now say more than 10,000 of Pyongyang's soldiers are in the Kursk region", False),
    ],
    "006": [
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops have suffered several hundred casualties in the Kursk region", True),
        ("troops", NK, 11000, 12000, "range", PENT,
         "there are between 11,000 and 12,000 North Korean troops in Russia", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to fight for Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
        # two days' fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS + ["joint chiefs of staff"],
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         "the Pentagon put the number at \"several hundred\" killed and wounded", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "Roughly 300 of the North Korean soldiers sent to Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 have been wounded", False),
        # the base of the rise, restated: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 killed that the agency reported in December", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers had been captured alive by Ukrainian forces on Jan. 9", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent about 11,000 troops to Russia last fall", False),
    ],
    "014": [
        # everyone sent over fourteen months, by the brief's own count
        ("troops", NK, 15000, None, "up_to", SCSS,
         "As many as 15,000 North Korean soldiers have been sent to Russia since October 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed near the Russian-Ukrainian border", False),
        # the first group, restated in the timeline
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces have been moved to Russia's Far East", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "About 3,000 reinforcements arrive to replace losses", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "puts North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        # sappers clearing mines only: a part of the whole
        ("killed", NK, 3, 9, "vague", ["state media", "KCNA", "Korean Central News Agency", "North Korea"],
         "several sappers have been killed clearing mines", True),
        ("captured", NK, 2, None, "exact", SCSS,
         "the two North Korean prisoners held in Ukraine since January", False),
    ],
}

NOT = {
    "000": ["a total of some 12,000 troops in four brigades", "Four amphibious ships and three escort vessels",
            "between Oct. 8 and 13", "11th Corps", "Views 18,214", "KOSPI 2,593.82", "USD/KRW 1,368.50",
            "millions of artillery rounds", "Hospitals treat 1,200 fewer emergency patients a day",
            "Over 500 flights cancelled", "up to 10% of overseas staff", "Nine in 10 office workers"],
    "001": ["more than three times the figure", "roughly 1,100 drones", "nearly 560 guided bombs",
            "more than 50 missiles", "In photos: 12 images", "3:05 PM EDT"],
    "002": ["\"2+2\" meeting", "flew for 86 minutes", "Russia launched more than 2,000 drones in October",
            "3-minute read"],
    "004": ["We're 15,000 members strong", "help us reach 20,000", "Russia has lost 1,550 troops in past day",
            "2 more months of rain", "4 killed, 27 injured", "for 6 years", "several hundred square kilometers",
            "the first small North Korean units"],
    "005": ["as many as 100,000", "Day 991", "Issue No. 214", "has passed 200", "thousands protested",
            "nearly 200 countries", "At least 26 people were killed", "By the numbers: 2,389", "61 percent",
            "Comments (88)"],
    "006": ["$500 million package", "155mm and 105mm artillery rounds", "in the 11,000 or 12,000 range",
            "about 900 U.S. troops", "Views 3,211", "2:07 P.M. EST"],
    "007": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "paras 3-5", "2024-12-23 11:40",
            "tops 2.6 mln", "Over 80 pct of conscripts", "several SRBMs"],
    "009": ["Views 3,184", "23.12.2024 17:20", "December 14–15", "1,880 soldiers eliminated in past day",
            "12 tanks destroyed", "47 of 70 Russian drones"],
    "010": ["nearly three times the estimate", "Comments (1,206)", "42 Ukrainian drones",
            "78 drones and two ballistic missiles", "52 drones were shot down",
            "Rhino poaching in South Africa falls to 400 a year", "UK to recruit 2,000 prison officers"],
    "011": ["Over 1,000 police officers on standby", "families of 179 victims", "minus 12 C", "1.04% lower",
            "Jan. 13, 2025 - 17:30"],
    "014": ["the first of some 12,000 Pyongyang intends to send", "1,000 sappers and 5,000 military builders",
            "Downloads 2,311", "12 pages", "No. 2025-31", "about $20 billion", "350 wagons a month",
            "Dr. Han Seo-yeon, 44", "13 trillion rubles", "Why 40% of North Korean defectors",
            "close to half its strength", "Apr. 26–28"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "009"}

FG = "the first group of about 1,500 against a later total"
AD = "about 3,000 reinforcements (Jan-Feb 2025): an additional force against a total"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-1", "within one article: Zelensky's 11,000 in Kursk set against Blinken's roughly 8,000 of Oct 31"],
        ["007-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-2", "010-1", "within one live blog: the JCS's about 1,100 killed or wounded against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: the first group against later totals
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "005-2", FG], ["000-1", "006-2", FG],
        ["000-1", "011-5", FG], ["000-1", "014-2", FG + ", a year later"],
        ["014-3", "001-1", FG], ["014-3", "001-2", FG], ["014-3", "002-1", FG], ["014-3", "002-2", FG],
        ["014-3", "004-1", FG], ["014-3", "004-2", FG], ["014-3", "005-2", FG], ["014-3", "006-2", FG],
        ["014-3", "011-5", FG], ["014-3", "014-2", FG + ", within the brief"],
        ["000-1", "014-4", "the first group of 1,500 against 3,000 reinforcements months later"],
        ["014-3", "014-4", "within the brief's timeline: first group against later reinforcements"],
        # troops: additional forces
        ["014-4", "001-1", AD], ["014-4", "002-1", AD], ["014-4", "002-2", AD], ["014-4", "004-1", AD],
        ["014-4", "004-2", AD], ["014-4", "005-2", AD], ["014-4", "006-2", AD], ["014-4", "011-5", AD],
        ["014-4", "014-2", "reinforcements against the about 10,000 remaining, within the brief"],
        # troops: parts against wholes (Kursk against all of Russia) and rising estimates
        ["002-1", "002-2", "within one article: about 8,000 in Kursk, a part of about 10,000 in Russia"],
        ["001-1", "002-1", "about 10,000 in Russia (Oct 28) against about 8,000 of them in Kursk (Oct 31)"],
        ["001-1", "004-2", "about 10,000 in Russia against Blinken's 8,000 in Kursk, restated"],
        ["002-2", "004-2", "about 10,000 in Russia against Blinken's 8,000 in Kursk, restated"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): within 10%, but more in Kursk than in all Russia"],
        ["002-2", "004-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): within 10%, but more in Kursk than in all Russia"],
        ["002-1", "005-2", "about 8,000 in Kursk (Oct 31) against more than 10,000 (Nov 11): the U.S.'s own rising estimate"],
        ["004-2", "005-2", "Blinken's 8,000, restated, against more than 10,000 (Nov 11): a rising estimate"],
        ["002-1", "006-2", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 in Russia (Dec 17), weeks apart"],
        ["004-2", "006-2", "Blinken's 8,000, restated, against 11,000-12,000 in Russia (Dec 17), weeks apart"],
        ["002-1", "011-5", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (reported Jan 13), months apart"],
        ["004-2", "011-5", "Blinken's 8,000, restated, against about 11,000 sent (reported Jan 13), months apart"],
        # troops: 2024 figures against about 10,000 remaining in December 2025
        ["002-1", "014-2", "8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-2", "014-2", "8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-1", "014-2", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-2", "014-2", "more than 10,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-2", "014-2", "11,000-12,000 (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["011-5", "014-2", "about 11,000 sent in 2024 against about 10,000 remaining (Dec 2025)"],
        # casualties
        ["006-1", "007-1", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (JCS, Dec 23)"],
        ["006-1", "009-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Zelensky, Dec 23)"],
        ["006-1", "010-1", "several hundred (Pentagon, vague) against more than 3,000, a week later"],
        ["006-1", "010-2", "several hundred (Pentagon, vague) against about 1,100, a week later"],
        ["006-1", "014-5", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-3", "010-1", "within the live blog: last week's several hundred (vague) against more than 3,000"],
        ["010-3", "010-2", "within the live blog: last week's several hundred (vague) against about 1,100"],
        ["010-3", "007-1", "several hundred (Pentagon, restated, vague) against about 1,100"],
        ["010-3", "009-1", "several hundred (Pentagon, restated, vague) against more than 3,000"],
        ["010-3", "014-5", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-1", "010-1", "the JCS/Zelensky disagreement already told (007-1/009-1), restated in the live blog"],
        ["009-1", "010-2", "the JCS/Zelensky disagreement already told (007-1/009-1), restated in the live blog"],
        ["007-1", "014-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        ["010-2", "014-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        # killed
        ["011-1", "014-6", "about 300 (Jan 2025) against about 600 (Apr 2025), months apart"],
        ["011-1", "014-7", "about 300 (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["014-6", "014-7", "within the brief: 2,000 killed in September, up from 600 in April"],
        ["014-8", "007-2", "several sappers killed clearing mines: a part against the whole"],
        ["014-8", "011-1", "several sappers killed clearing mines: a part against the whole"],
        ["014-8", "011-3", "several sappers killed clearing mines: a part against the whole"],
        ["014-8", "014-6", "several sappers killed clearing mines: a part against the whole"],
        ["014-8", "014-7", "several sappers killed clearing mines: a part against the whole"],
        # wounded
        ["007-3", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), a rising total weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
