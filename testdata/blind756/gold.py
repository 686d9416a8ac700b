#!/usr/bin/env python3
"""Gold labels for testdata/blind756 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind756/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Ukraine's military intelligence", "military intelligence agency", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 soldiers from the North's special operations forces were shipped from the Chongjin, Hamhung and Musudan areas to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENT,
         "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        # last week's figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "Washington", "United States", "U.S.", "US"],
         "the White House put the number at no fewer than 3,000", False),
        ("troops", NK, 12000, None, "about", HUR,
         "nearly 12,000 North Korean troops", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "including around 500 officers", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean troops have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
         "The Pentagon puts the total number North Korea has sent to Russia at about 10,000", False),
    ],
    "004": [
        # quote first, speaker named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops are now in Russia", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "Nearly 1,000 others have been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
        ("troops", NK, 10000, 12000, "range", U,
         "The North is believed to have sent 10,000-12,000 troops to Russia since October", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "US"],
         "Moscow had massed some 50,000 of its own soldiers there", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces against Ukraine have suffered about 1,100 casualties", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed or wounded in Kursk had topped 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put the figure at around 1,100 North Korean casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "spoke only of \"several hundred\" killed and wounded", True),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "some 300 North Korean soldiers have been killed in Kursk", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "putting North Korea's losses at roughly 3,000", False),
    ],
    "013": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more soldiers to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "About 4,700 North Korean soldiers have been killed or wounded since the troops went into combat in December", False),
        # the earlier figure, quoted as the base of the rise
        ("casualties", NK, 4000, None, "about", ZEL,
         "the roughly 4,000 losses that President Volodymyr Zelensky cited in early February", False),
        # the newsletter's own sum: everyone who has served, not those there now
        ("troops", NK, 14000, 15000, "range", U + ["Pyongyang Watch Weekly"],
         "somewhere between 14,000 and 15,000 North Koreans have now served in Kursk", False),
    ],
    "014": [
        ("killed", NK, 1000, 9000, "vague", U,
         "Thousands of them never came home", True),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "He claims Ukraine lost more than 76,000 troops in the region", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them fatally", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the fighting", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain stationed in Russia's border areas", False),
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea"],
         "nine soldiers of an engineer regiment were killed while clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["Views 23,118", "a total of about 12,000 troops in four brigades", "11th Corps", "between Oct. 8 and 13",
            "Four Russian navy vessels", "about 100 kilometers", "more than 13,000 containers", "30th straight week",
            "3 in 10 Koreans in their 20s", "4.2%", "stranding 1,200 passengers"],
    "002": ["more than three times the figure", "October 23", "five military bases", "February 2022", "978th day"],
    "003": ["Aug. 6", "roughly 1,300 square kilometers", "38,053.67", "-2.63%", "2,633.45", "152.03", "2,556.15",
            "falls 16%", "short 11 million workers by 2040", "tops 2.6 million", "0.25%"],
    "004": ["Comments (218)", "injures 15, including two children", "injuring 15 people", "two children aged 6 and 10",
            "The gap between the two estimates is 3,000 soldiers", "as many as 12,000 troops in total", "Oct. 23",
            "top 700,000", "30 kilometers from the border", "26% of GDP", "$5 a month"],
    "006": ["240 mm multiple rocket launchers", "170 mm self-propelled howitzers", "with 204 lawmakers in favor",
            "at 1,450", "Dec. 27", "20% of population", "hire 1,100 new production technicians"],
    "007": ["2,907 views", "December 14-15", "top 770,000", "10 communities", "one person injured"],
    "008": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Thousands of N. Korean workers", "1,452.0 per dollar", "weakest in 15 years"],
    "009": ["nearly three times apart", "nearly three times Seoul's", "4 min read", "4.2 million Ukrainian refugees",
            "about 40% of the ground", "21%"],
    "011": ["Episode 214", "47 min", "one aged 20 and the other 26", "20 years", "Eleven thousand and counting",
            "1.1K or 3K? Two ways to count the dead", "$5 a month", "15% off", "1,930 listeners"],
    "013": ["Issue No. 87", "9-minute read", "14,200 readers", "roughly a third of everyone sent",
            "Some 1,000 North Korean workers", "Kim Jong Un, 41", "$20 billion", "1209 Orange St"],
    "014": ["Fourteen months", "1,000 sappers", "5,000 military builders", "more than three times its April figure",
            "7 min read", "1,047 comments", "Kim Jong Un, 41", "28 points and 3 sticking points", "1 in 5 Americans"],
}

OFF = ["001", "005", "012"]
DUP = {"010": "002"}

# may: every other pair of the same metric and subject whose values differ, or that sets a part against a whole:
# first groups, additional forces, all who served against those remaining, rising totals weeks or months apart,
# vague counts, and restatements of a disagreement already told. Reasons give the claim, who, and when reported.
MAY = [
    ['000-1', '002-1', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 10,000 (Pentagon, 2024-10-28): first group against a later or larger figure; 10 days apart'],
    ['000-1', '002-2', 'about 1,500 (National Intelligence Service, 2024-10-18) against at least 3,000 (White House, 2024-10-23): first group against a later or larger figure; 5 days apart'],
    ['000-1', '002-3', "about 1,500 (National Intelligence Service, 2024-10-18) against about 12,000 (Ukraine's military intelligence, 2024-10-28): first group against a later or larger figure; 10 days apart"],
    ['000-1', '002-4', "about 1,500 (National Intelligence Service, 2024-10-18) against about 500 (Ukraine's military intelligence, 2024-10-28): first group against a later or larger figure; part against whole; 10 days apart"],
    ['000-1', '003-1', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 8,000 (Antony Blinken, 2024-10-31): first group against a later or larger figure; in Kursk against in Russia; 2 weeks apart, a rising total'],
    ['000-1', '003-2', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 10,000 (Pentagon, 2024-10-28): first group against a later or larger figure; 10 days apart'],
    ['000-1', '004-1', 'about 1,500 (National Intelligence Service, 2024-10-18) against 11,000 (Volodymyr Zelensky, 2024-11-04): first group against a later or larger figure; in Kursk against in Russia; 2 weeks apart, a rising total'],
    ['000-1', '004-2', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 8,000 (Antony Blinken, 2024-10-31): first group against a later or larger figure; in Kursk against in Russia; 2 weeks apart, a rising total'],
    ['000-1', '006-4', 'about 1,500 (National Intelligence Service, 2024-10-18) against 10,000-12,000 (unattributed, 2024-12-19): first group against a later or larger figure; 2 months apart'],
    ['000-1', '013-1', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): first group against a later or larger figure; additional force; 5 months apart'],
    ['000-1', '013-4', 'about 1,500 (National Intelligence Service, 2024-10-18) against 14,000-15,000 (unattributed, 2025-03-25): first group against a later or larger figure; all who have served, not those there at one time; 5 months apart'],
    ['000-1', '014-6', 'about 1,500 (National Intelligence Service, 2024-10-18) against about 10,000 (National Intelligence Service, 2025-11-15): first group against a later or larger figure; those remaining; 13 months apart'],
    ['002-1', '002-3', "within one wire: the Pentagon's about 10,000 against HUR's nearly 12,000, the same day, values close enough to be called compatible"],
    ['002-1', '002-4', "about 10,000 (Pentagon, 2024-10-28) against about 500 (Ukraine's military intelligence, 2024-10-28): part against whole; the same day"],
    ['002-1', '003-1', 'about 10,000 (Pentagon, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): in Kursk against in Russia; 3 days apart'],
    ['002-1', '004-1', 'about 10,000 (Pentagon, 2024-10-28) against 11,000 (Volodymyr Zelensky, 2024-11-04): in Kursk against in Russia; 7 days apart'],
    ['002-1', '004-2', 'about 10,000 (Pentagon, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): in Kursk against in Russia; 3 days apart'],
    ['002-1', '013-1', 'about 10,000 (Pentagon, 2024-10-28) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; 5 months apart'],
    ['002-1', '013-4', 'about 10,000 (Pentagon, 2024-10-28) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; 5 months apart'],
    ['002-2', '002-4', "at least 3,000 (White House, 2024-10-23) against about 500 (Ukraine's military intelligence, 2024-10-28): part against whole; 5 days apart"],
    ['002-3', '002-4', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 500 (Ukraine's military intelligence, 2024-10-28): part against whole; the same day"],
    ['002-3', '003-1', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): in Kursk against in Russia; 3 days apart"],
    ['002-3', '003-2', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 10,000 (Pentagon, 2024-10-28): the same day"],
    ['002-3', '004-1', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against 11,000 (Volodymyr Zelensky, 2024-11-04): in Kursk against in Russia; 7 days apart"],
    ['002-3', '004-2', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): in Kursk against in Russia; 3 days apart"],
    ['002-3', '013-1', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; 5 months apart"],
    ['002-3', '013-4', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; 5 months apart"],
    ['002-3', '014-6', "about 12,000 (Ukraine's military intelligence, 2024-10-28) against about 10,000 (National Intelligence Service, 2025-11-15): those remaining; 13 months apart"],
    ['002-4', '003-1', "about 500 (Ukraine's military intelligence, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): part against whole; in Kursk against in Russia; 3 days apart"],
    ['002-4', '003-2', "about 500 (Ukraine's military intelligence, 2024-10-28) against about 10,000 (Pentagon, 2024-10-28): part against whole; the same day"],
    ['002-4', '004-1', "about 500 (Ukraine's military intelligence, 2024-10-28) against 11,000 (Volodymyr Zelensky, 2024-11-04): part against whole; in Kursk against in Russia; 7 days apart"],
    ['002-4', '004-2', "about 500 (Ukraine's military intelligence, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): part against whole; in Kursk against in Russia; 3 days apart"],
    ['002-4', '004-3', "about 500 (Ukraine's military intelligence, 2024-10-28) against up to 12,000 (Ukraine's military intelligence, 2024-11-05): part against whole; 8 days apart"],
    ['002-4', '006-4', "about 500 (Ukraine's military intelligence, 2024-10-28) against 10,000-12,000 (unattributed, 2024-12-19): part against whole; 2 months apart"],
    ['002-4', '013-1', "about 500 (Ukraine's military intelligence, 2024-10-28) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): part against whole; additional force; 5 months apart"],
    ['002-4', '013-4', "about 500 (Ukraine's military intelligence, 2024-10-28) against 14,000-15,000 (unattributed, 2025-03-25): part against whole; all who have served, not those there at one time; 5 months apart"],
    ['002-4', '014-6', "about 500 (Ukraine's military intelligence, 2024-10-28) against about 10,000 (National Intelligence Service, 2025-11-15): part against whole; those remaining; 13 months apart"],
    ['003-1', '003-2', "within one article: Blinken's about 8,000 in Kursk against the Pentagon's about 10,000 in Russia as a whole, part against whole"],
    ['003-1', '006-4', 'about 8,000 (Antony Blinken, 2024-10-31) against 10,000-12,000 (unattributed, 2024-12-19): in Kursk against in Russia; 2 months apart'],
    ['003-1', '013-1', 'about 8,000 (Antony Blinken, 2024-10-31) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; in Kursk against in Russia; 5 months apart'],
    ['003-1', '013-4', 'about 8,000 (Antony Blinken, 2024-10-31) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; in Kursk against in Russia; 5 months apart'],
    ['003-1', '014-6', 'about 8,000 (Antony Blinken, 2024-10-31) against about 10,000 (National Intelligence Service, 2025-11-15): those remaining; in Kursk against in Russia; 13 months apart'],
    ['003-2', '004-1', 'about 10,000 (Pentagon, 2024-10-28) against 11,000 (Volodymyr Zelensky, 2024-11-04): in Kursk against in Russia; 7 days apart'],
    ['003-2', '004-2', 'about 10,000 (Pentagon, 2024-10-28) against about 8,000 (Antony Blinken, 2024-10-31): in Kursk against in Russia; 3 days apart'],
    ['003-2', '013-1', 'about 10,000 (Pentagon, 2024-10-28) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; 5 months apart'],
    ['003-2', '013-4', 'about 10,000 (Pentagon, 2024-10-28) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; 5 months apart'],
    ['004-1', '013-1', '11,000 (Volodymyr Zelensky, 2024-11-04) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; in Kursk against in Russia; 5 months apart'],
    ['004-1', '013-4', '11,000 (Volodymyr Zelensky, 2024-11-04) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; in Kursk against in Russia; 5 months apart'],
    ['004-1', '014-6', '11,000 (Volodymyr Zelensky, 2024-11-04) against about 10,000 (National Intelligence Service, 2025-11-15): those remaining; in Kursk against in Russia; 13 months apart'],
    ['004-2', '006-4', 'about 8,000 (Antony Blinken, 2024-10-31) against 10,000-12,000 (unattributed, 2024-12-19): in Kursk against in Russia; 2 months apart'],
    ['004-2', '013-1', 'about 8,000 (Antony Blinken, 2024-10-31) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; in Kursk against in Russia; 5 months apart'],
    ['004-2', '013-4', 'about 8,000 (Antony Blinken, 2024-10-31) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; in Kursk against in Russia; 5 months apart'],
    ['004-2', '014-6', 'about 8,000 (Antony Blinken, 2024-10-31) against about 10,000 (National Intelligence Service, 2025-11-15): those remaining; in Kursk against in Russia; 13 months apart'],
    ['004-3', '013-4', "up to 12,000 (Ukraine's military intelligence, 2024-11-05) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; 5 months apart"],
    ['006-1', '014-7', 'at least 100 (Lee Seong-kweun, 2024-12-19) against 9 (North Korean state media, 2025-12-13): part against whole; 12 months apart'],
    ['006-2', '011-3', 'about 1,000 (Lee Seong-kweun, 2024-12-19) against about 2,700 (National Intelligence Service, 2025-01-13): 4 weeks apart, a rising total'],
    ['006-3', '007-1', 'vague 200-900 (Pentagon, 2024-12-16) against more than 3,000 (Volodymyr Zelensky, 2024-12-23): 7 days apart; vague count'],
    ['006-3', '007-2', "vague 200-900 (Pentagon, 2024-12-16) against at least 30 (Ukraine's military intelligence, 2024-12-16): part against whole; the same day; vague count"],
    ['006-3', '008-1', 'vague 200-900 (Pentagon, 2024-12-16) against about 1,100 (Joint Chiefs of Staff, 2024-12-23): 7 days apart; vague count'],
    ['006-3', '009-1', 'vague 200-900 (Pentagon, 2024-12-16) against more than 3,000 (Volodymyr Zelensky, 2024-12-23): 7 days apart; vague count'],
    ['006-3', '009-2', 'vague 200-900 (Pentagon, 2024-12-16) against about 1,100 (Joint Chiefs of Staff, 2024-12-23): 7 days apart; vague count'],
    ['006-3', '011-4', 'vague 200-900 (Pentagon, 2024-12-16) against about 3,000 (National Intelligence Service, 2025-01-13): 4 weeks apart, a rising total; vague count'],
    ['006-3', '013-2', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): 3 months apart; vague count'],
    ['006-3', '013-3', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 2 months apart; vague count'],
    ['006-3', '014-3', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,700 (National Intelligence Service, 2025-04-30): 4 months apart; vague count'],
    ['006-4', '013-1', '10,000-12,000 (unattributed, 2024-12-19) against about 3,000 (Joint Chiefs of Staff, 2025-03-24): additional force; 3 months apart'],
    ['006-4', '013-4', '10,000-12,000 (unattributed, 2024-12-19) against 14,000-15,000 (unattributed, 2025-03-25): all who have served, not those there at one time; 3 months apart'],
    ['007-1', '007-2', "more than 3,000 (Volodymyr Zelensky, 2024-12-23) against at least 30 (Ukraine's military intelligence, 2024-12-16): part against whole; 7 days apart"],
    ['007-1', '009-2', "Zelensky's more than 3,000 against the JCS's 1,100 restated in the Dec 27 fact-check: the disagreement already told between 007 and 008"],
    ['007-1', '009-5', 'more than 3,000 (Volodymyr Zelensky, 2024-12-23) against vague 200-900 (Pentagon, 2024-12-16): 7 days apart; vague count'],
    ['007-2', '008-1', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 1,100 (Joint Chiefs of Staff, 2024-12-23): part against whole; 7 days apart"],
    ['007-2', '009-1', "at least 30 (Ukraine's military intelligence, 2024-12-16) against more than 3,000 (Volodymyr Zelensky, 2024-12-23): part against whole; 7 days apart"],
    ['007-2', '009-2', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 1,100 (Joint Chiefs of Staff, 2024-12-23): part against whole; 7 days apart"],
    ['007-2', '009-5', "at least 30 (Ukraine's military intelligence, 2024-12-16) against vague 200-900 (Pentagon, 2024-12-16): part against whole; the same day; vague count"],
    ['007-2', '011-4', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 3,000 (National Intelligence Service, 2025-01-13): part against whole; 4 weeks apart, a rising total"],
    ['007-2', '013-2', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): part against whole; 3 months apart"],
    ['007-2', '013-3', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 4,000 (Volodymyr Zelensky, 2025-02-03): part against whole; 2 months apart"],
    ['007-2', '014-3', "at least 30 (Ukraine's military intelligence, 2024-12-16) against about 4,700 (National Intelligence Service, 2025-04-30): part against whole; 4 months apart"],
    ['008-1', '009-1', "the JCS's 1,100 against Zelensky's more than 3,000 restated in the Dec 27 fact-check: the disagreement already told between 007 and 008"],
    ['008-1', '009-5', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against vague 200-900 (Pentagon, 2024-12-16): 7 days apart; vague count'],
    ['008-1', '011-4', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 3,000 (National Intelligence Service, 2025-01-13): 3 weeks apart, a rising total'],
    ['008-1', '013-2', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): 3 months apart'],
    ['008-1', '013-3', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 6 weeks apart, a rising total'],
    ['008-1', '014-3', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,700 (National Intelligence Service, 2025-04-30): 4 months apart'],
    ['009-1', '009-5', 'more than 3,000 (Volodymyr Zelensky, 2024-12-23) against vague 200-900 (Pentagon, 2024-12-16): 7 days apart; vague count'],
    ['009-2', '009-5', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against vague 200-900 (Pentagon, 2024-12-16): 7 days apart; vague count'],
    ['009-2', '011-4', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 3,000 (National Intelligence Service, 2025-01-13): 3 weeks apart, a rising total'],
    ['009-2', '013-2', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): 3 months apart'],
    ['009-2', '013-3', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 6 weeks apart, a rising total'],
    ['009-2', '014-3', 'about 1,100 (Joint Chiefs of Staff, 2024-12-23) against about 4,700 (National Intelligence Service, 2025-04-30): 4 months apart'],
    ['009-3', '014-7', 'at least 100 (National Intelligence Service, 2024-12-19) against 9 (North Korean state media, 2025-12-13): part against whole; 12 months apart'],
    ['009-4', '011-3', 'about 1,000 (National Intelligence Service, 2024-12-19) against about 2,700 (National Intelligence Service, 2025-01-13): 4 weeks apart, a rising total'],
    ['009-5', '011-4', 'vague 200-900 (Pentagon, 2024-12-16) against about 3,000 (National Intelligence Service, 2025-01-13): 4 weeks apart, a rising total; vague count'],
    ['009-5', '013-2', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): 3 months apart; vague count'],
    ['009-5', '013-3', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 2 months apart; vague count'],
    ['009-5', '014-3', 'vague 200-900 (Pentagon, 2024-12-16) against about 4,700 (National Intelligence Service, 2025-04-30): 4 months apart; vague count'],
    ['011-2', '014-1', 'about 300 (National Intelligence Service, 2025-01-13) against vague 1,000-9,000 (unattributed, 2025-12-15): 11 months apart; vague count'],
    ['011-2', '014-4', 'about 300 (National Intelligence Service, 2025-01-13) against about 600 (National Intelligence Service, 2025-04-30): 4 months apart'],
    ['011-2', '014-5', 'about 300 (National Intelligence Service, 2025-01-13) against about 2,000 (National Intelligence Service, 2025-09-15): 8 months apart'],
    ['011-2', '014-7', 'about 300 (National Intelligence Service, 2025-01-13) against 9 (North Korean state media, 2025-12-13): part against whole; 11 months apart'],
    ['011-4', '013-2', 'about 3,000 (National Intelligence Service, 2025-01-13) against about 4,700 (Joint Chiefs of Staff, 2025-03-24): 2 months apart'],
    ['011-4', '013-3', 'about 3,000 (National Intelligence Service, 2025-01-13) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 3 weeks apart, a rising total'],
    ['011-4', '014-3', 'about 3,000 (National Intelligence Service, 2025-01-13) against about 4,700 (National Intelligence Service, 2025-04-30): 4 months apart'],
    ['013-1', '013-4', 'about 3,000 (Joint Chiefs of Staff, 2025-03-24) against 14,000-15,000 (unattributed, 2025-03-25): additional force; all who have served, not those there at one time; 1 day apart'],
    ['013-1', '014-6', 'about 3,000 (Joint Chiefs of Staff, 2025-03-24) against about 10,000 (National Intelligence Service, 2025-11-15): additional force; those remaining; 8 months apart'],
    ['013-2', '013-3', 'about 4,700 (Joint Chiefs of Staff, 2025-03-24) against about 4,000 (Volodymyr Zelensky, 2025-02-03): 2 months apart'],
    ['013-3', '014-3', 'about 4,000 (Volodymyr Zelensky, 2025-02-03) against about 4,700 (National Intelligence Service, 2025-04-30): 3 months apart'],
    ['013-4', '014-6', '14,000-15,000 (unattributed, 2025-03-25) against about 10,000 (National Intelligence Service, 2025-11-15): all who have served, not those there at one time; those remaining; 8 months apart'],
    ['014-1', '014-4', 'vague 1,000-9,000 (unattributed, 2025-12-15) against about 600 (National Intelligence Service, 2025-04-30): 8 months apart; vague count'],
    ['014-1', '014-7', 'vague 1,000-9,000 (unattributed, 2025-12-15) against 9 (North Korean state media, 2025-12-13): part against whole; 2 days apart; vague count'],
    ['014-4', '014-5', 'about 600 (National Intelligence Service, 2025-04-30) against about 2,000 (National Intelligence Service, 2025-09-15): 5 months apart'],
    ['014-4', '014-7', 'about 600 (National Intelligence Service, 2025-04-30) against 9 (North Korean state media, 2025-12-13): part against whole; 8 months apart'],
    ['014-5', '014-7', 'about 2,000 (National Intelligence Service, 2025-09-15) against 9 (North Korean state media, 2025-12-13): part against whole; 3 months apart'],
    ['002-1', '002-2', "about 10,000 (Pentagon, Oct 28) against last week's at least 3,000 (White House): an update of a rising total, the bound is met"],
    ['006-1', '011-2', 'at least 100 killed (NIS, Dec 19) against about 300 killed (NIS, Jan 13): a rising total, the bound is met'],
    ['009-3', '011-2', 'at least 100 killed (NIS, restated Dec 27) against about 300 killed (NIS, Jan 13): a rising total, the bound is met'],
    ['007-1', '011-4', 'more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, Jan 13): three weeks apart, close values'],
    ['009-1', '011-4', 'more than 3,000 (Zelensky, restated Dec 27) against roughly 3,000 (NIS, Jan 13): three weeks apart, close values'],
    ['003-1', '004-3', 'about 8,000 in Kursk (Blinken, Oct 31) against up to 12,000 in Russia (HUR, Nov 5): part against whole, the bound is met'],
    ['004-2', '004-3', 'within one live blog: about 8,000 in Kursk (Blinken) against up to 12,000 in Russia (HUR): part against whole, the bound is met'],
]

conflicts = {
    "must": [
        ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-1", "within one live blog: Blinken's about 8,000 against Zelensky's eleven thousand in Kursk, set against each other"],
        ["008-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["009-2", "009-1", "within one fact-check: JCS's around 1,100 against Zelensky's topped 3,000, the same day"],
    ],
    "may": MAY,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
