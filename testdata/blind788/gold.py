#!/usr/bin/env python3
"""Gold labels for testdata/blind788 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind788/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. Department of Defense", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukrainian President", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
GER = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of some 1,500 special operations troops already carried to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers in all to eastern Russia", False),
        # last week's figure, restated as the base of the rise
        ("troops", NK, 3000, None, "at_least", PENT,
         "at least 3,000 had gone into Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon this week put at roughly 10,000 soldiers", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region.", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "the roughly 8,000 that U.S. Secretary of State Antony Blinken cited in Washington last Thursday", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "about 500 officers of the Korean People's Army are among the troops sent to Russia", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "up_to", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials",
                                              "United States", "U.S.", "Ukraine"],
         "Russia has massed as many as 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 10000, None, "more_than", ["U.S. official", "United States", "U.S.", "US"],
         "There are more than 10,000 of them in Kursk now", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "About 11,000 North Korean soldiers are deployed in Russia", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered casualties in the \"several hundred\" range", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's Kursk Oblast have topped 3,000 killed and wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea has sent roughly 11,000 troops to Russia", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence services", "South Korean intelligence",
                                                "Western intelligence", "South Korea"],
         "South Korean and Western intelligence services put the contingent at between 11,000 and 12,000 men", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 casualties", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had died in the fighting", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("killed", NK, 600, None, "about", LEE,
         "around 600 of them killed", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", LEE,
         "Pyongyang sent a further 3,000 or so soldiers to Russia in January and February", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukrainian losses in the Kursk operation had exceeded 76,000 servicemen", False),
        ("troops", NK, 2000, 20000, "vague", ["Ukraine's military", "Ukrainian military", "Ukraine"],
         "thousands of North Korean soldiers remained there", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Around 10,000 North Korean troops remain in Russian territory near the Ukrainian border", False),
        # engineers and builders: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand of them were already at work", True),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA + ["Kim Jong Un"],
         "nine soldiers of an engineering regiment had died during a 120-day demining mission in Kursk", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "NIS says the first 1,500 special forces have reached Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean troops are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"] + ZEL,
         "Ukraine captures two North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "About 3,000 reinforcements arrive, per the NIS", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "NIS: about 4,700 casualties", False),
    ],
}

NOT = {
    "000": ["a total of 12,000 soldiers", "four brigades", "four Russian landing and transport vessels",
            "between Oct. 8 and 13", "roughly 700 kilometers", "more than 8 million rounds", "90-minute meeting",
            "2,000 non-commissioned officer posts", "Three hikers rescued", "first cut in 38 months",
            "30th straight week", "3.25 pct", "9.1 tln won"],
    "001": ["the 28,500 U.S. troops", "56th Security Consultative Meeting", "1,000 Days", "2:31 p.m. EDT",
            "Release No. 3948812"],
    "002": ["between 10,000 and 12,000 troops in total", "several hundred square miles", "86 minutes",
            "more than 1,200 a day", "3-month low", "Aug. 6", "first test in nearly a year"],
    "004": ["more than 600 square kilometres", "708,490 troops", "1,480 in past day",
            "Bodies of 502 fallen defenders", "Views: 5,381", "August 6"],
    "005": ["about 1,000 square kilometers (385 square miles)", "roughly 40 percent",
            "same three villages for six weeks", "$275 million", "Comment 1,093", "at least 40 in Gaza",
            "Thousands evacuated", "Listen 7 min"],
    "006": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "WTI 70.58", "two days after", "673.3 trillion won",
            "Over 9,000 trainee doctors", "Dec. 27"],
    "007": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "about 500,000 active-duty troops",
            "1,913 trillion won", "30 injured", "1.8 trillion won", "Dec. 24"],
    "008": ["Join the 17,000 members", "kills 1, injures 14", "778,470 troops", "six years", "2 min read"],
    "010": ["barely a third of Kyiv's", "Three months after", "death toll passes 46,000",
            "58 of 86 Russian drones", "1 more article", "€7.99/month", "4 min read"],
    "011": ["108 drones and three ballistic missiles", "75 drones had been shot down", "another 30",
            "50% of future revenues", "250,000 people", "tens of millions"],
    "014": ["1,000 sappers and 5,000 military builders", "up to 6,000 more North Korean builders",
            "a 120-day demining mission", "22 years", "a shrinking army of 450,000", "66.3 trillion won",
            "Issue Brief No. 2025-47", "1.4 MB", "four indicators"],
}

OFF = ["003", "009", "012"]
DUP = {"013": "008"}

FIRST = "the first group of 1,500 against a later total"
ADD = "an additional or separate force (reinforcements, engineers) against the contingent"
PART = "a part (officers only) against the whole contingent"
VAGUE = "a vague count (thousands, several thousand) against a figure"
YEAR = "2024 totals against the force remaining a year later, months apart"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-1", "within one article: Blinken's roughly 8,000 against Zelensky's eleven thousand in the Kursk region, the same week"],
        ["007-1", "008-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-3", "010-2", "within one Q&A: the JCS's about 1,100 casualties against Zelensky's more than 3,000, both of Dec 23"],
    ],
    "may": [
        # troops: the first group of 1,500 against later totals (days to months apart)
        ["000-1", "001-1", FIRST], ["000-1", "001-2", "first group of 1,500 (Oct 18) against at least 3,000 (Oct 23): a rising total"],
        ["000-1", "002-1", FIRST], ["000-1", "002-2", FIRST], ["000-1", "004-1", FIRST], ["000-1", "004-2", FIRST],
        ["000-1", "004-3", "first group of 1,500 against 500 officers, a part"],
        ["000-1", "005-2", FIRST], ["000-1", "006-3", FIRST], ["000-1", "008-2", FIRST], ["000-1", "010-1", FIRST],
        ["000-1", "011-3", "1,500 in October 2024 against 3,000 reinforcements, months later"],
        ["000-1", "011-5", VAGUE], ["000-1", "014-3", YEAR], ["000-1", "014-4", VAGUE],
        ["000-1", "014-7", FIRST], ["000-1", "014-9", "1,500 in October 2024 against 3,000 reinforcements, months later"],
        # troops: the Pentagon's 10,000 in Russia and last week's 3,000
        ["001-1", "001-2", "within one briefing: about 10,000 now against at least 3,000 last week, a rising total"],
        ["001-1", "002-1", "about 10,000 in Russia against about 8,000 in Kursk, a part of the whole"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4)"],
        ["001-1", "004-2", "about 10,000 in Russia against about 8,000 in Kursk, a part of the whole"],
        ["001-1", "004-3", PART], ["001-1", "005-2", "about 10,000 against more than 10,000, two weeks apart"],
        ["001-1", "006-3", "about 10,000 (Oct) against about 11,000 (Dec)"], ["001-1", "008-2", "about 10,000 (Oct) against roughly 11,000 (Dec)"],
        ["001-1", "010-1", "about 10,000 (Oct) against 11,000-12,000 (Jan)"], ["001-1", "011-3", ADD], ["001-1", "011-5", VAGUE],
        ["001-1", "014-3", YEAR], ["001-1", "014-4", ADD], ["001-1", "014-7", "about 10,000 in Russia against 11,000 in Kursk"],
        ["001-1", "014-9", ADD],
        ["001-2", "002-1", "at least 3,000 (Oct 23) against about 8,000 (Oct 31), a rising total"],
        ["001-2", "002-2", "at least 3,000 against about 10,000, a rising total"],
        ["001-2", "004-1", "at least 3,000 against 11,000, a rising total"], ["001-2", "004-2", "at least 3,000 against about 8,000, a rising total"],
        ["001-2", "004-3", PART], ["001-2", "005-2", "at least 3,000 against more than 10,000, a rising total"],
        ["001-2", "006-3", "at least 3,000 (Oct) against about 11,000 (Dec)"], ["001-2", "008-2", "at least 3,000 (Oct) against roughly 11,000 (Dec)"],
        ["001-2", "010-1", "at least 3,000 (Oct) against 11,000-12,000"], ["001-2", "011-3", "at least 3,000 in 2024 against 3,000 reinforcements in 2025"],
        ["001-2", "011-5", VAGUE], ["001-2", "014-3", YEAR], ["001-2", "014-4", ADD], ["001-2", "014-7", "at least 3,000 against 11,000, a rising total"],
        ["001-2", "014-9", "at least 3,000 in 2024 against 3,000 reinforcements in 2025"],
        # troops: Blinken's 8,000 in Kursk against other totals
        ["002-1", "002-2", "within one article: about 8,000 in Kursk against about 10,000 in Russia, a part of the whole"],
        ["002-1", "004-2", "the same report restated"],
        ["002-1", "004-3", PART], ["002-1", "005-2", "about 8,000 (Blinken, Oct 31) against more than 10,000 (U.S. official, Nov 11), eleven days apart, a rising total"],
        ["002-1", "006-3", "about 8,000 (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["002-1", "008-2", "about 8,000 (Oct 31) against roughly 11,000 (Dec 23), seven weeks apart"],
        ["002-1", "010-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all (Jan)"],
        ["002-1", "011-3", ADD], ["002-1", "011-5", VAGUE], ["002-1", "014-3", YEAR], ["002-1", "014-4", ADD],
        ["002-1", "014-7", "Blinken's 8,000 against Zelensky's 11,000 restated in a timeline a year later"],
        ["002-1", "014-9", ADD],
        ["002-2", "004-1", "about 10,000 in Russia against 11,000 in Kursk"], ["002-2", "004-2", "about 10,000 in Russia against about 8,000 in Kursk, a part of the whole"],
        ["002-2", "004-3", PART], ["002-2", "005-2", "about 10,000 against more than 10,000, two weeks apart"],
        ["002-2", "006-3", "about 10,000 (Oct) against about 11,000 (Dec)"], ["002-2", "008-2", "about 10,000 (Oct) against roughly 11,000 (Dec)"],
        ["002-2", "010-1", "about 10,000 (Oct) against 11,000-12,000 (Jan)"], ["002-2", "011-3", ADD], ["002-2", "011-5", VAGUE],
        ["002-2", "014-3", YEAR], ["002-2", "014-4", ADD], ["002-2", "014-7", "about 10,000 in Russia against 11,000 in Kursk"],
        ["002-2", "014-9", ADD],
        # troops: Zelensky's 11,000 and the restated 8,000 in 004
        ["004-1", "004-3", PART], ["004-2", "004-3", PART],
        ["004-1", "005-2", "11,000 against more than 10,000, a week apart"], ["004-2", "005-2", "Blinken's 8,000 restated against more than 10,000, a week later"],
        ["004-1", "010-1", "11,000 against 11,000-12,000"], ["004-2", "006-3", "Blinken's 8,000 restated against about 11,000 (Dec 19)"],
        ["004-2", "008-2", "Blinken's 8,000 restated against roughly 11,000 (Dec 23)"], ["004-2", "010-1", "Blinken's 8,000 restated against 11,000-12,000"],
        ["004-2", "014-7", "Blinken's 8,000 restated against Zelensky's 11,000 restated in a timeline a year later"],
        ["004-1", "011-3", ADD], ["004-2", "011-3", ADD], ["004-1", "011-5", VAGUE], ["004-2", "011-5", VAGUE],
        ["004-1", "014-3", YEAR], ["004-2", "014-3", YEAR], ["004-1", "014-4", ADD], ["004-2", "014-4", ADD],
        ["004-1", "014-9", ADD], ["004-2", "014-9", ADD],
        ["004-3", "005-2", PART], ["004-3", "006-3", PART], ["004-3", "008-2", PART], ["004-3", "010-1", PART],
        ["004-3", "011-3", "500 officers against 3,000 reinforcements"], ["004-3", "011-5", VAGUE], ["004-3", "014-3", PART],
        ["004-3", "014-4", "500 officers against several thousand engineers"], ["004-3", "014-6", "500 officers against the first 1,500, a part"],
        ["004-3", "014-7", PART], ["004-3", "014-9", "500 officers against 3,000 reinforcements"],
        # troops: later totals, additional forces, the remaining force
        ["005-2", "006-3", "more than 10,000 against about 11,000"], ["005-2", "008-2", "more than 10,000 against roughly 11,000"],
        ["005-2", "010-1", "more than 10,000 against 11,000-12,000"], ["005-2", "011-3", ADD], ["005-2", "011-5", VAGUE],
        ["005-2", "014-3", "more than 10,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-2", "014-4", ADD], ["005-2", "014-6", FIRST], ["005-2", "014-7", "more than 10,000 against 11,000"], ["005-2", "014-9", ADD],
        ["006-3", "010-1", "about 11,000 against 11,000-12,000"], ["006-3", "011-3", ADD], ["006-3", "011-5", VAGUE],
        ["006-3", "014-3", YEAR], ["006-3", "014-4", ADD], ["006-3", "014-6", FIRST], ["006-3", "014-9", ADD],
        ["008-2", "010-1", "roughly 11,000 against 11,000-12,000"], ["008-2", "011-3", ADD], ["008-2", "011-5", VAGUE],
        ["008-2", "014-3", YEAR], ["008-2", "014-4", ADD], ["008-2", "014-6", FIRST], ["008-2", "014-9", ADD],
        ["010-1", "011-3", ADD], ["010-1", "011-5", VAGUE], ["010-1", "014-3", YEAR], ["010-1", "014-4", ADD],
        ["010-1", "014-6", FIRST], ["010-1", "014-7", "11,000-12,000 against 11,000"], ["010-1", "014-9", ADD],
        ["011-3", "011-5", "3,000 reinforcements against thousands still in the region, vague"],
        ["011-3", "014-3", "3,000 reinforcements against about 10,000 remaining, months apart"], ["011-3", "014-4", "reinforcements against engineers, both additional forces"],
        ["011-3", "014-6", "3,000 reinforcements against the first 1,500"], ["011-3", "014-7", ADD],
        ["011-5", "014-3", VAGUE], ["011-5", "014-4", VAGUE], ["011-5", "014-6", VAGUE], ["011-5", "014-7", VAGUE], ["011-5", "014-9", VAGUE],
        ["014-3", "014-4", "within one brief: the guard force remaining against the separate engineers"],
        ["014-3", "014-6", "within one brief: about 10,000 remaining against the first 1,500 of October 2024"],
        ["014-3", "014-7", "within one brief: about 10,000 remaining in Dec 2025 against 11,000 in Nov 2024"],
        ["014-3", "014-9", "within one brief: about 10,000 remaining against 3,000 reinforcements"],
        ["014-4", "014-6", VAGUE], ["014-4", "014-7", ADD], ["014-4", "014-9", "engineers against reinforcements, both additional forces"],
        ["014-6", "014-7", "within one timeline: the first 1,500 against 11,000 two weeks later"],
        ["014-6", "014-9", "within one timeline: the first 1,500 against 3,000 reinforcements"],
        ["014-7", "014-9", "within one timeline: 11,000 against 3,000 reinforcements"],
        ["000-1", "014-6", "the same NIS figure restated"],
        ["001-1", "014-6", FIRST], ["001-2", "014-6", "at least 3,000 (Oct 23) against the first 1,500 (Oct 18)"],
        ["002-1", "014-6", FIRST], ["002-2", "014-6", FIRST], ["004-1", "014-6", FIRST], ["004-2", "014-6", FIRST],
        # casualties
        ["006-4", "007-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (Dec 23)"],
        ["006-4", "008-1", "several hundred (Pentagon, Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["006-4", "010-2", "several hundred (vague) against more than 3,000, restated"],
        ["006-4", "010-3", "several hundred (vague) against about 1,100, restated"],
        ["006-4", "011-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-4", "014-10", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-1", "010-2", "the JCS's 1,100 against Zelensky's more than 3,000 restated three weeks later: the same two reports"],
        ["008-1", "010-3", "Zelensky's more than 3,000 against the JCS's 1,100 restated three weeks later: the same two reports"],
        ["007-1", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        ["007-1", "014-10", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        ["008-1", "011-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["008-1", "014-10", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-2", "011-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-2", "014-10", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-3", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        ["010-3", "014-10", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        # killed: bounds, rising totals, a part
        ["006-1", "010-4", "at least 100 (Dec 19) against about 300 (Jan 13): a bound, a rising total"],
        ["006-1", "011-2", "at least 100 (Dec) against about 600 (Apr), months apart"],
        ["006-1", "014-1", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["006-1", "014-2", "at least 100 (Dec) against about 600 (Apr), months apart"],
        ["006-1", "014-5", "at least 100 killed in all against nine engineers killed clearing mines, a part"],
        ["010-4", "011-2", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["010-4", "014-1", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["010-4", "014-2", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["010-4", "014-5", "about 300 in all against nine engineers, a part"],
        ["011-2", "014-1", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        ["011-2", "014-5", "about 600 in all against nine engineers, a part"],
        ["014-1", "014-2", "within one brief: about 2,000 now, up from roughly 600 in April: an update"],
        ["014-1", "014-5", "about 2,000 in all against nine engineers, a part"],
        ["014-2", "014-5", "about 600 in all against nine engineers, a part"],
        # wounded: a rising total
        ["006-2", "010-5", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), a rising total weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
