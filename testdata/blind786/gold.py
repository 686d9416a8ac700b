#!/usr/bin/env python3
"""Gold labels for testdata/blind786 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind786/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "Seoul", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
YUSOV = ["Andriy Yusov", "Yusov"] + HUR
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."]
PENT = ["Pentagon", "Defense Department", "Pentagon spokesman", "United States", "U.S."]
USUA = ["American and Ukrainian officials", "American officials", "U.S. officials", "Ukrainian officials", "United States", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian army chief of staff", "Russia"]
SKUA = ["Seoul and Kyiv", "South Korea", "Ukraine", "Seoul", "Kyiv"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "roughly 1,500 special operations troops have already been carried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "North Korea shipped at least 3,000 of its soldiers into eastern Russia", False),
    ],
    "002": [
        # in Kursk only: a part of the force in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have now reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon said Pyongyang had sent some 10,000 soldiers in total to eastern Russia", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", USUA,
         "Russia has built up a force of about 50,000 of its own soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Kursk", False),
    ],
    "005": [
        ("casualties", NK, 200, 900, "vague", PENT,
         'North Korean units had taken "several hundred" casualties', True),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        # three days near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "its forces had killed or wounded at least 30 North Korean soldiers in three days of fighting", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties in clashes with Ukrainian forces in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 injured", False),
        ("troops", NK, 11000, None, "about", U,
         "The North is believed to have sent around 11,000 troops to Russia since October", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 more wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in the Kursk region have now topped 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine captured two North Korean soldiers on January 9th", False),
    ],
    "011": [
        ("killed", NK, 1000, None, "more_than", YUSOV,
         "North Korean losses in Kursk Oblast had already exceeded 1,000 killed", False),
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", U + ZEL,
         "the two captured by Ukrainian forces on January 9", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", LEE,
         "among them some 600 dead", False),
        ("troops", NK, 11000, 12000, "range", SKUA,
         "Pyongyang sent between 11,000 and 12,000 soldiers to Russia last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a second wave of roughly 3,000 men had arrived in January and February", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine's losses during the eight-month operation exceeded 76,000 troops", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", U,
         "Of the 10,000-12,000 soldiers first sent in late 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April assessment", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers had died during the mission", False),
        # a separate construction contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands of the builders have arrived since September", True),
        ("troops", NK, 10000, None, "about", NIS,
         "some 10,000 North Korean troops remained stationed in Russian border areas", False),
        ("captured", NK, 2, None, "exact", U,
         "the two North Korean soldiers held by Ukraine since January", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers", "1.2 million troops", "1500명", "최대 1만2000명", "Oct. 8", "Oct. 16",
            "30th week", "More than 1 million flock", "up to 10% of overseas staff", "150 won", "100 million won"],
    "001": ["More than 7,600 federal personnel", "more than $1.2 billion", "as many as 12,000 could eventually be sent",
            "more than 2,000 U.S. citizens", "1:36 P.M. EDT", "2:19 P.M. EDT"],
    "002": ["Comments 1,146", "5 min", "155mm artillery shells", "millions of artillery shells",
            "Early voting tops 60 million", "death toll climbs past 230", "At least 158 dead", "50-50 Senate",
            "7:40 p.m. EDT"],
    "004": ["roughly 600 square kilometers", "about 1,300 at its peak", "40 miles behind the front", "up to 190 miles",
            "6:48 min", "Share full article | 412", "Section A, Page 1", "160,000 New Soldiers", "Kills 10"],
    "005": ["Episode 112", "41 min", "★ 4.8", "1,206 ratings", "38K downloads", "could Pyongyang send 100,000?",
            "Dr. Hana Lim, 44", "20% off", "($48)", "5 million learners", "12 stories"],
    "006": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Jan. 20",
            "204 votes", "Police question 3 generals", "before 40,000 fans", "1,450 per dollar", "6.8 pct"],
    "007": ["72 drones", "52 of 72 drones", "18 were", "injuring four people", "a 12-year-old boy",
            "close to three times", "Join 14,000+ members", "1,820 soldiers in a single day", "11 injured"],
    "010": ["Runtime 2:31", "Views 18,204", "aged 20", "The other is 26", "KOSPI 2,492.10", "USD/KRW 1,470.80",
            "KOSDAQ 711.72", "34.6 million expected to travel", "Seoul 0°C"],
    "011": ["shared more than 8,000 times", "more than three times the South Korean one", "2017-2025", "1 share"],
    "013": ["eight-month operation", "April 26", "1 in 5 schoolchildren", "Trump's 100 days",
            "The 43-year-old commander", "€7.99 per month", "3 min read"],
    "014": ["No. 2025-42", "12 pages", "ISSN 2288-2103", "Fourteen months", "120 days", "1,000 sappers",
            "5,000 military builders", "$10 billion to $20 billion", "52%", "+82-2-3701-7338"],
}

OFF = ["003", "008", "012"]
DUP = {"009": "006"}

A_ = "an additional or separate force (reinforcements, builders), not the same count"
D_ = "a deployment still under way: the count rose week to week"
F_ = "the first group of 1,500 (Oct 18) against a later or larger count"
conflicts = {
    "must": [
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Yonhap, Dec 23) against more than 3,000 killed and wounded (Zelensky, Kyiv Independent, the same evening)"],
        ["007-2", "007-1", "within one live blog: the JCS's around 1,100 casualties against Zelensky's more than 3,000, the same day"],
        ["010-1", "011-1", "about 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["011-2", "011-1", "within one fact-check: NIS's roughly 300 dead against HUR's more than 1,000 killed, the same week"],
    ],
    "may": [
        # troops: the first group of 1,500 against later counts
        ["000-1", "001-1", F_ + " (at least 3,000, five days later)"],
        ["000-1", "002-1", F_], ["000-1", "002-2", F_], ["000-1", "004-2", F_], ["000-1", "006-4", F_],
        ["000-1", "013-3", F_], ["000-1", "013-4", F_ + "; reinforcements months later"],
        ["000-1", "014-1", F_], ["000-1", "014-5", F_ + "; builders a year later"],
        ["000-1", "014-6", F_ + "; troops remaining a year later"],
        ["001-1", "014-5", A_],
        # troops: Kursk only against the whole force, counts rising, months apart, separate forces
        ["002-1", "002-2", "8,000 in Kursk (Blinken) against some 10,000 in Russia in all (Pentagon): a part against the whole"],
        ["002-1", "004-2", D_ + " (about 8,000 in Kursk on Oct 31, 11,000 on Nov 5)"],
        ["002-1", "006-4", D_ + "; 8,000 in Kursk against about 11,000 sent, weeks later"],
        ["002-1", "013-3", "8,000 in Kursk against 11,000-12,000 sent in all"],
        ["002-1", "013-4", A_], ["002-1", "014-5", A_],
        ["002-1", "014-1", "8,000 in Kursk against 10,000-12,000 sent in all"],
        ["002-1", "014-6", "8,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["002-2", "004-2", D_ + " (about 10,000 on Oct 28, 11,000 on Nov 5)"],
        ["002-2", "006-4", "about 10,000 (Oct 28) against about 11,000 (Dec 23), two months apart"],
        ["002-2", "013-3", "about 10,000 (Oct 2024) against 11,000-12,000, a later estimate"],
        ["002-2", "013-4", A_], ["002-2", "014-5", A_],
        ["004-2", "013-4", A_], ["004-2", "014-5", A_],
        ["004-2", "014-6", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["006-4", "013-4", A_], ["006-4", "014-5", A_],
        ["006-4", "014-6", "about 11,000 sent (Dec 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["013-3", "013-4", "11,000-12,000 sent in the autumn against a second wave of about 3,000 reinforcements"],
        ["013-3", "014-5", A_],
        ["013-3", "014-6", "11,000-12,000 sent in 2024 against about 10,000 remaining, months apart"],
        ["013-4", "014-1", A_], ["013-4", "014-5", "3,000 reinforcements against builders, months apart"],
        ["013-4", "014-6", A_],
        ["014-1", "014-5", A_],
        ["014-5", "014-6", "builders arriving (vague) against troops remaining: separate contingents"],
        # casualties: vague early count, rising totals, months apart
        ["005-1", "006-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (JCS, Dec 23)"],
        ["005-1", "007-1", "several hundred (Pentagon, Dec 17, vague) against more than 3,000 (Zelensky, Dec 23)"],
        ["005-1", "007-2", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (JCS, Dec 23)"],
        ["005-1", "010-3", "several hundred (Dec 17) against more than 3,000 (Jan 13), a rising total"],
        ["005-1", "013-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-1", "010-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["006-1", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-2", "010-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["007-2", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        # killed: rising totals months apart, an update within one article, parts of the whole
        ["005-2", "014-4", "at least 100 (Dec 2024) against nine engineers (Dec 2025): a part, a year apart"],
        ["006-2", "014-4", "at least 100 (Dec 2024) against nine engineers (Dec 2025): a part, a year apart"],
        ["010-1", "013-2", "300 (Jan) against 600 (Apr), months apart"],
        ["010-1", "014-2", "300 (Jan) against 2,000 (Sep), months apart"],
        ["010-1", "014-3", "300 (Jan) against the April figure of 600 restated in December"],
        ["010-1", "014-4", "300 in all against nine engineers: a part, a year apart"],
        ["011-1", "013-2", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["011-1", "014-3", "more than 1,000 (HUR, Jan) against the April figure of 600 restated in December"],
        ["011-1", "014-4", "more than 1,000 in all against nine engineers: a part, a year apart"],
        ["011-2", "013-2", "300 (Jan) against 600 (Apr), months apart"],
        ["011-2", "014-2", "300 (Jan) against 2,000 (Sep), months apart"],
        ["011-2", "014-3", "300 (Jan) against the April figure of 600 restated in December"],
        ["011-2", "014-4", "300 in all against nine engineers: a part, a year apart"],
        ["013-2", "014-2", "600 (Apr) against 2,000 (Sep), a rising total months apart"],
        ["013-2", "014-4", "600 in all against nine engineers: a part, months apart"],
        ["014-2", "014-3", "about 2,000 (Sep) up from roughly 600 (Apr): an update within one article"],
        ["014-2", "014-4", "2,000 in all against nine engineers of one regiment: a part"],
        ["014-3", "014-4", "600 in all (Apr) against nine engineers of one regiment: a part"],
        # wounded: a rising total weeks apart
        ["005-3", "010-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"],
        ["005-3", "011-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"],
        ["006-3", "010-2", "close to 1,000 (Dec 19, restated Dec 23) against about 2,700 (Jan 13), a rising total"],
        ["006-3", "011-3", "close to 1,000 (Dec 19, restated Dec 23) against about 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
