#!/usr/bin/env python3
"""Gold labels for testdata/blind708 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind708/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
PENT = ["Pentagon", "U.S. Defense Department", "Department of Defense", "United States", "U.S.", "US", "Washington"]
SINGH = ["Sabrina Singh", "Singh"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US", "Washington"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine", "Kyiv"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Some 1,500 special operations soldiers were ferried from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        # the figure of the week before, restated as the base of the rise
        ("troops", NK, 3000, None, "at_least", PENT,
         "at least 3,000 North Korean soldiers had moved to eastern Russia", False),
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the roughly 10,000 that the Pentagon says North Korea has sent to Russia this month", False),
    ],
    "004": [
        # the speaker is named in the next sentence; restated later as "eleven thousand"
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean troops were in the Kursk region", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "close to 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS + LEE,
         "North Korea is believed to have sent about 11,000 troops to Russia in all", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean forces had suffered \"several hundred\" killed and wounded", True),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already topped 3,000", False),
        # one battle only: a part of the whole
        ("killed", NK, 26, None, "exact", ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
         "its operators had killed 26 North Korean soldiers", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to fight for Russia have suffered about 1,100 casualties in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Koreans had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", ["Washington", "Seoul", "United States", "US", "U.S.", "South Korea"],
         "Roughly 11,000, according to Washington and Seoul", False),
        ("troops", RU, 50000, None, "about", ["US and Ukrainian officials", "US officials", "Ukrainian officials", "United States", "Ukraine"],
         "a Russian grouping in Kursk that US and Ukrainian officials put at about 50,000 troops", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "\"More than 3,000\" North Koreans have been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put the toll at about 1,100 killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to a thousand wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the North Koreans had taken \"several hundred\" casualties", True),
    ],
    "011": [
        ("casualties", NK, 3000, None, "about", NIS + LEE,
         "North Korean soldiers fighting for Russia have suffered some 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS + LEE,
         "About 300 of the North Koreans have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukrainian forces had taken two North Korean soldiers alive in the Kursk region", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is estimated to have sent about 11,000 soldiers to Russia last autumn", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", U,
         "is generally put at between 11,000 and 12,000 soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + JCS,
         "A further 3,000 or so arrived as reinforcements in January and February 2025", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 dead", False),
        # the January figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 300, None, "about", NIS,
         "double the roughly 300 it had reported in January", False),
        ("casualties", NK, 4000, None, "up_to", HUR,
         "put North Korean losses at as many as 4,000", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine's losses in the Kursk operation exceeded 76,000 servicemen", False),
        ("captured", NK, 2, None, "exact", U,
         "the two North Korean prisoners held in Ukraine", False),
    ],
    "014": [
        # one engineer regiment only: a part of the whole; also in the "By the numbers" box
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "KCNA said nine of the regiment's soldiers had died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Roughly 10,000 North Korean troops remain deployed in Russia's border areas", False),
        # a separate construction contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand are now at work on roads, bridges and housing in the region", True),
    ],
}

NOT = {
    "000": ["four brigades totaling about 12,000 troops", "more than 8 million rounds", "between Oct. 8 and 13",
            "2 dead, 9 hurt as bus overturns on Gangwon mountain road", "Share 214", "30th straight week",
            "four Russian ships", "11 new routes", "2024.10.18 12:20"],
    "001": ["The two leaders", "56th Security Consultative Meeting", "roughly 43,000 U.S. service members", "around $150 million",
            "2:41 p.m. EDT"],
    "002": ["about 1,300 square kilometers", "Early voting passes 60 million with five days to go",
            "Maryland school system hires 400 teachers from the Philippines", "873 Comments", "6 min"],
    "004": ["59 attack drones", "30 drones were shot down and 27 others were lost",
            "Russia's losses since February 2022 pass 700,000, Kyiv says", "40 km from the front",
            "3 of 12 posts", "Reading time: 9 min."],
    "005": ["Pentagon says N. Korean troops have suffered 'several hundred' casualties",
            "Ukraine says 30 N. Korean soldiers killed or wounded near Kursk village", "paras 4-6", "Dec. 27"],
    "007": ["Views: 3,417", "Russian army loses 1,760 soldiers in past day, General Staff says",
            "downs 29 of 35 drones overnight", "two armoured vehicles"],
    "008": ["possibly numbering in the thousands", "170-millimeter self-propelled guns", "240-millimeter rocket launchers",
            "KOSPI 2,442.01", "Incheon airport expects 2.2 million travelers over year-end holiday", "Segment 2 of 9",
            "1,450.4 per dollar"],
    "010": ["Japan's births fall below 700,000 for first time",
            "Philippines braces for typhoon as 2 provinces evacuate coastal towns", "4 min read", "Two months after"],
    "011": ["nearly three times the one Seoul's military gave three weeks ago", "who said he was 20",
            "Japan's new adults number 1.09 million as coming-of-age ceremonies held", "3-way air drill with B-52 bomber"],
    "013": ["Download PDF (842 KB)", "No. 2025-11", "Six months of official silence", "11th Corps", "millions of shells"],
    "014": ["1,000 sappers and 5,000 military builders", "1,387 days since Russia's full-scale invasion of Ukraine",
            "1,471 won to the dollar", "Seoul's population falls below 9.3 million for the first time since 1988",
            "48,210 readers", "Issue #318", "7 min read", "four months"],
}

OFF = ["003", "006", "012"]
DUP = {"009": "005"}

FG = "the first group of about 1,500 special forces (Oct 18) against a later total"
AD = "an additional or separate force (reinforcements, builders) against the contingent"
PW = "a part against the whole (the contingent in Kursk against the total sent to Russia)"
MA = "the same contingent counted weeks to months apart"
BA = "one battle or one unit against the overall toll"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-2", "004-1", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's 11,000 ('eleven thousand'), the same week"],
        ["008-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-4", "010-3", "within one explainer: JCS's about 1,100 killed and wounded against Zelensky's more than 3,000, both of Dec 23"],
    ],
    "may": [
        # troops: the first group of 1,500
        ["000-1", "001-1", "first group of about 1,500 (Oct 18) against at least 3,000 (a week later)"],
        ["001-1", "014-5", "at least 3,000 (Oct 2024) against several thousand builders (late 2025), a separate force"],
        ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG], ["000-1", "004-1", FG],
        ["000-1", "004-2", FG], ["000-1", "005-3", FG], ["000-1", "010-1", FG], ["000-1", "011-5", FG],
        ["000-1", "013-1", FG], ["000-1", "013-2", "1,500 (Oct 2024) against 3,000 reinforcements (early 2025)"],
        ["000-1", "014-4", "1,500 (Oct 2024) against about 10,000 remaining (late 2025)"],
        ["000-1", "014-5", "1,500 (Oct 2024) against several thousand builders (late 2025)"],
        # troops: about 10,000 in Russia (US, Oct 28)
        ["001-2", "002-1", PW], ["001-2", "004-2", PW],
        ["001-2", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4-5): scope differs, a week apart"],
        ["001-2", "005-3", MA], ["001-2", "010-1", MA], ["001-2", "011-5", MA], ["001-2", "013-1", MA],
        ["001-2", "013-2", AD], ["001-2", "014-5", AD],
        # troops: about 8,000 in Kursk (Blinken)
        ["002-1", "002-2", "within one article: the contingent in Kursk, part of the roughly 10,000 in Russia"],
        ["002-1", "005-3", MA + " (Oct 31 against Dec 19)"], ["002-1", "010-1", MA], ["002-1", "011-5", MA],
        ["002-1", "013-1", MA], ["002-1", "013-2", AD], ["002-1", "014-4", MA + " (a year apart)"], ["002-1", "014-5", AD],
        ["002-2", "004-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): scope differs, days apart"],
        ["002-2", "004-2", PW], ["002-2", "005-3", MA], ["002-2", "010-1", MA], ["002-2", "011-5", MA],
        ["002-2", "013-1", MA], ["002-2", "013-2", AD], ["002-2", "014-5", AD],
        ["004-1", "013-2", AD], ["004-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (late 2025), a year apart"],
        ["004-1", "014-5", AD],
        ["004-2", "005-3", MA + " (Oct 31 figure restated against Dec 19)"], ["004-2", "010-1", MA], ["004-2", "011-5", MA],
        ["004-2", "013-1", MA], ["004-2", "013-2", AD], ["004-2", "014-4", MA + " (a year apart)"], ["004-2", "014-5", AD],
        ["005-3", "013-2", AD], ["005-3", "014-4", MA + " (a year apart)"], ["005-3", "014-5", AD],
        ["010-1", "013-2", AD], ["010-1", "014-4", MA + " (a year apart)"], ["010-1", "014-5", AD],
        ["011-5", "013-2", AD], ["011-5", "014-4", MA + " (a year apart)"], ["011-5", "014-5", AD],
        ["013-1", "013-2", "within one brief: the first contingent of 11,000-12,000 against a further 3,000 reinforcements"],
        ["013-1", "014-4", "11,000-12,000 sent in 2024 against about 10,000 remaining in late 2025"],
        ["013-1", "014-5", AD], ["013-2", "014-4", AD],
        ["013-2", "014-5", "3,000 reinforcements (early 2025) against several thousand builders (late 2025)"],
        ["014-4", "014-5", "within one newsletter: troops remaining against a separate construction contingent"],
        # casualties: Pentagon's "several hundred" (vague, Dec 17)
        ["005-4", "007-1", "several hundred (Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["005-4", "008-1", "several hundred (Dec 17, vague) against about 1,100 (Dec 23)"],
        ["005-4", "010-3", "several hundred (vague) against more than 3,000"],
        ["005-4", "010-4", "several hundred (vague) against about 1,100"],
        ["005-4", "011-1", "several hundred (Dec 17) against about 3,000 (Jan 13), a rising total"],
        ["005-4", "013-3", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["005-4", "013-6", "several hundred (Dec 2024) against as many as 4,000 (Feb 2025), months apart"],
        ["010-7", "010-3", "within one explainer: several hundred (Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["010-7", "010-4", "within one explainer: several hundred (Dec 17, vague) against about 1,100 (Dec 23)"],
        ["010-7", "007-1", "several hundred (vague) against more than 3,000"],
        ["010-7", "008-1", "several hundred (vague) against about 1,100"],
        ["010-7", "011-1", "several hundred (Dec 17) against about 3,000 (Jan 13), a rising total"],
        ["010-7", "013-3", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-7", "013-6", "several hundred (Dec 2024) against as many as 4,000 (Feb 2025), months apart"],
        # casualties: the JCS/Zelensky pair restated
        ["007-1", "010-4", "the JCS/Zelensky disagreement already told (008-1/007-1), restated in a later article"],
        ["008-1", "010-3", "the JCS/Zelensky disagreement already told (008-1/007-1), restated in a later article"],
        # casualties: rising totals
        ["007-1", "011-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13), three weeks apart"],
        ["010-3", "011-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13), three weeks apart"],
        ["008-1", "011-1", "about 1,100 (Dec 23) against about 3,000 (Jan 13), a rising total three weeks apart"],
        ["010-4", "011-1", "about 1,100 (Dec 23) against about 3,000 (Jan 13), a rising total three weeks apart"],
        ["008-1", "013-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["008-1", "013-6", "about 1,100 (Dec 2024) against as many as 4,000 (Feb 2025), months apart"],
        ["010-4", "013-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-4", "013-6", "about 1,100 (Dec 2024) against as many as 4,000 (Feb 2025), months apart"],
        ["011-1", "013-3", "about 3,000 (Jan) against about 4,700 (Apr), months apart"],
        ["013-6", "013-3", "within one brief: as many as 4,000 (HUR, Feb) against about 4,700 (NIS, Apr 30), months apart"],
        # killed: one battle, one unit
        ["007-2", "005-1", BA], ["007-2", "008-2", BA], ["007-2", "010-5", BA], ["007-2", "011-2", BA],
        ["007-2", "013-4", BA], ["007-2", "013-5", BA], ["007-2", "014-1", "one battle (Dec 2024) against one regiment (2025)"],
        ["007-2", "014-2", BA], ["007-2", "014-3", BA],
        ["014-1", "005-1", BA], ["014-1", "008-2", BA], ["014-1", "010-5", BA], ["014-1", "011-2", BA],
        ["014-1", "013-4", BA], ["014-1", "013-5", BA], ["014-1", "014-2", "within one newsletter: " + BA],
        ["014-1", "014-3", "within one newsletter: " + BA],
        # killed: rising totals months apart
        ["011-2", "013-4", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["011-2", "014-2", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-2", "014-3", "about 300 (Jan) against the April figure of 600 restated in December"],
        ["013-4", "014-2", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        ["013-5", "014-2", "the January figure of 300 restated against about 2,000 (Sep)"],
        ["013-5", "014-3", "the January figure of 300 restated against the April figure of 600 restated"],
        # wounded: a rising total
        ["005-2", "011-3", "close to 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"],
        ["008-3", "011-3", "nearly 1,000 (Dec 19 figure) against about 2,700 (Jan 13), a rising total"],
        ["010-6", "011-3", "close to a thousand (Dec 19 figure) against about 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
