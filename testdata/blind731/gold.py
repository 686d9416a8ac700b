#!/usr/bin/env python3
"""Gold labels for testdata/blind731 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind731/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Lee", "lawmakers"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US", "Washington"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S."]
USOFF = ["US officials", "U.S. officials", "United States", "US", "U.S.", "Washington"]
PENT = ["senior U.S. military official", "U.S. military official", "Pentagon", "United States", "U.S.", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 North Korean special forces soldiers were ferried from the ports of Chongjin and Hamhung to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "That's up from the figure of at least 3,000 that Mr. Kirby gave you from the White House podium last week", False),
        ("casualties", RU, 600000, None, "more_than", SINGH,
         "Russia has suffered more than 600,000 casualties, killed and wounded, since the start of this war", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "Of the roughly 10,000 North Korean soldiers who are now in Russia", False),
        # the Kursk share of the whole
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved to the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        # officers only: a part of the contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent included some 500 officers", False),
        ("casualties", RU, 20000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost more than 20,000 servicemen killed and wounded in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of around 1,500 special forces had been shipped to Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken put the number at about 8,000 in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky said there were already 11,000 of them there", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western officials", "South Korea", "Western officials"],
         "Estimates of the total sent to Russia, from South Korean and Western officials, range between 10,000 and 12,000", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed about 50,000 troops, North Korean soldiers among them", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT + ["Pat Ryder"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded over the weekend", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 — North Korean troops in the Kursk region, by Kyiv's count last month", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded three thousand", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia are estimated to have suffered around 1,100 casualties, killed and wounded", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of killed and wounded North Korean soldiers in the Kursk region has already exceeded 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the Joint Chiefs of Staff had estimated North Korean casualties at about 1,100 killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["lawmakers"],
         "close to 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "a U.S. military official spoke on Dec. 16 of \"several hundred\" North Koreans killed and wounded", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers fighting for Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Two soldiers, though wounded, survived and were brought to Kyiv", False),
        # one day's losses claimed by Moscow: a part
        ("casualties", UA, 200, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Russia", "Moscow"],
         "Ukraine had lost more than 200 troops in the Kursk region over the previous 24 hours", False),
    ],
    "013": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces moved to the Russian Far East", False),
        ("troops", NK, 11000, None, "exact", HUR + ZEL,
         "President Zelensky say 11,000 North Korean soldiers are in the Kursk region", False),
        ("casualties", NK, 4000, None, "about", HUR + ZEL,
         "put North Korean losses at roughly 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "some 3,000 reinforcements arrive to make up for the losses", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS estimates about 4,700 North Korean casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "The NIS raises its estimate of North Korean dead to about 2,000", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed near the Russia-Ukraine border", False),
        # an engineer regiment's dead only: a part, and vague
        ("killed", NK, 2, 9, "vague", ["state media", "KCNA", "North Korea", "Pyongyang"],
         "several members of an engineer regiment killed while clearing mines", True),
    ],
}

NOT = {
    "000": ["between October 8 and 13", "as many as 12,000 troops in all", "four brigades",
            "around 40,000 men", "preparing 10,000 soldiers", "in 24 years",
            "Ukraine says 1,200 Russian troops killed around Pokrovsk in a week", "0.4% higher",
            "110 Ukrainian drones", "4 min"],
    "001": ["$200 million", "could eventually send 100,000", "the roughly 100 U.S. soldiers who operate it",
            "about 2,400 soldiers to Europe", "50th flight", "2:03 p.m."],
    "002": ["thousands more troops", "more than 1,000 square kilometers",
            "1,300 troops a day are killed or wounded", "86 minutes", "54% of the vote", "Aug. 6"],
    "004": ["Views 4,126", "21:47", "Russia's army loses 1,480 soldiers in past day",
            "2 civilians injured", "4 regions face power outages"],
    "005": ["up to 12,000 in total", "Five days later", "about 600 square kilometres",
            "312 electoral votes", "since 1953", "Reading time 4 min."],
    "006": ["Issue No. 87", "7 min read", "1,450 — won to the dollar", "4,312 — readers",
            "180 days to rule", "Moscow claims 500 Ukrainian troops killed in Kursk in a single day",
            "on course for about 230"],
    "008": ["UAH/USD 41.96", "RUSSIA LOST 1,870 TROOPS IN PAST DAY", "12 HOLIDAY TRAINS", "02:47"],
    "009": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "1,450 per dollar", "Defector arrivals this year near 200", "3.2 pct", "2024-12-23 12:12"],
    "010": ["KOSPI 2,404.15", "1,467.5 per dollar", "3.6% to 61.2 trillion won",
            "Comments 57"],
    "011": ["1.1K", "one of the men was 20 and the other 26", "$500 million"],
    "013": ["ISSUE BRIEF 2025-41", "14 pages", "1,000 sappers", "5,000 military builders",
            "roughly one to seven", "more than tripling", "$5 billion a year",
            "Issue Brief 2025-03"],
}

OFF = ["003", "007", "012"]
DUP = {"014": "002"}

FIRSTG = "the first group of about 1,500 (NIS, Oct 18 2024) against a later or larger count"
KIRBY = "at least 3,000 (Kirby, Oct 23 2024, quoted as the base of a rise) against a later count: a bound, a rising total"
OFFICERS = "about 500 officers only (HUR): a part of the contingent"
REINF = "some 3,000 reinforcements (Jan-Feb 2025): an additional force"
REMAIN = "about 10,000 remaining near the border (NIS, Nov 2025) against a 2024 count, a year apart"
ENGINEERS = "several engineers killed clearing mines (Dec 2025): a part, vague"
WEEKEND = "at least 30 in one weekend's fighting near three villages (HUR): a part against a total"
RUPART = "Russia's losses in the Kursk region against its losses in the whole war: a part"
REST = "Blinken's about 8,000 against Zelensky's 11,000 in Kursk, restated: the pair is told once already"
DEC = "Zelensky's more than 3,000 against the JCS's about 1,100 (Dec 23 2024), restated: the pair is told once already"

conflicts = {
    "must": [
        ["002-2", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["005-2", "005-3", "within one explainer: Blinken's about 8,000 in the Kursk region against Zelensky's 11,000 five days later, the gap named as unexplained"],
        ["009-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23 2024) against more than three thousand (Zelensky, the same day)"],
        ["010-2", "010-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: whole in Russia against the Kursk share, and close counts days apart
        ["001-1", "002-2", "about 10,000 in Russia (Pentagon, Oct 28) against about 8,000 of them in Kursk (Oct 31): whole against part"],
        ["002-1", "002-2", "within one article: roughly 10,000 in Russia against about 8,000 of them in Kursk: whole against part"],
        ["001-1", "005-2", "about 10,000 in Russia against Blinken's about 8,000 in Kursk: whole against part"],
        ["002-1", "005-2", "about 10,000 in Russia against Blinken's about 8,000 in Kursk: whole against part"],
        ["002-2", "005-4", "about 8,000 in Kursk against 10,000-12,000 sent to Russia in all: part against whole"],
        ["005-2", "005-4", "within one explainer: about 8,000 in Kursk against 10,000-12,000 sent to Russia in all: part against whole"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 5): different places, a week apart, close values"],
        ["002-1", "004-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 5): different places, close values"],
        ["001-1", "005-3", "about 10,000 in Russia against 11,000 in Kursk: different places, close values"],
        ["002-1", "005-3", "about 10,000 in Russia against 11,000 in Kursk: different places, close values"],
        ["001-1", "006-5", "about 10,000 in Russia (Oct) against Kyiv's 11,000 in Kursk (November): close values"],
        ["002-1", "006-5", "about 10,000 in Russia (Oct) against Kyiv's 11,000 in Kursk (November): close values"],
        ["001-1", "013-2", "about 10,000 in Russia against 11,000 in Kursk restated a year later: close values"],
        ["002-1", "013-2", "about 10,000 in Russia against 11,000 in Kursk restated a year later: close values"],
        ["002-2", "005-3", REST], ["004-1", "005-2", REST], ["002-2", "006-5", REST], ["005-2", "006-5", REST],
        ["002-2", "013-2", REST], ["005-2", "013-2", REST],
        # casualties: the Pentagon's vague several hundred, restatements, months-apart totals
        ["006-3", "008-1", "several hundred (Pentagon, a week earlier, vague) against more than three thousand"],
        ["006-3", "009-1", "several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["006-3", "010-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Dec 23)"],
        ["006-3", "010-2", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (Dec 23)"],
        ["008-1", "010-5", "more than three thousand (Dec 23) against several hundred (Dec 16, vague)"],
        ["009-1", "010-5", "about 1,100 (Dec 23) against several hundred (Dec 16, vague)"],
        ["010-1", "010-5", "within one fact-check: more than 3,000 (Dec 23) against several hundred (Dec 16, vague)"],
        ["010-2", "010-5", "within one fact-check: about 1,100 (Dec 23) against several hundred (Dec 16, vague)"],
        ["008-1", "010-2", DEC], ["009-1", "010-1", DEC],
        ["006-3", "013-3", "several hundred (Dec 2024, vague) against about 4,000 (late Jan 2025): a rising total"],
        ["006-3", "013-5", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["010-5", "013-3", "several hundred (Dec 2024, vague) against about 4,000 (late Jan 2025): a rising total"],
        ["010-5", "013-5", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["009-1", "013-3", "about 1,100 (Dec 23 2024) against about 4,000 (late Jan 2025), a month apart, a rising total"],
        ["010-2", "013-3", "about 1,100 (Dec 23 2024) against about 4,000 (late Jan 2025), a month apart, a rising total"],
        ["009-1", "013-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-2", "013-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["013-3", "013-5", "about 4,000 (Ukraine, late Jan 2025) against about 4,700 (NIS, Apr 2025), months apart"],
        # wounded and killed: rising totals
        ["006-2", "011-2", "nearly 1,000 wounded (Dec 19 2024) against some 2,700 (Jan 13 2025): a rising total"],
        ["010-4", "011-2", "close to 1,000 wounded (Dec 19 2024) against some 2,700 (Jan 13 2025): a rising total"],
        ["011-1", "013-6", "about 300 killed (Jan 2025) against around 600 (Apr 2025), months apart"],
        ["011-1", "013-7", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["013-6", "013-7", "within one brief: around 600 killed (Apr 2025) against about 2,000 (Sep 2025), an update"],
        # firstg
        ["000-1", "001-1", FIRSTG], ["000-1", "001-2", FIRSTG], ["000-1", "002-1", FIRSTG],
        ["000-1", "002-2", FIRSTG], ["000-1", "004-1", FIRSTG], ["000-1", "004-2", FIRSTG],
        ["000-1", "005-2", FIRSTG], ["000-1", "005-3", FIRSTG], ["000-1", "005-4", FIRSTG],
        ["000-1", "006-5", FIRSTG], ["000-1", "013-2", FIRSTG], ["000-1", "013-4", FIRSTG],
        ["000-1", "013-8", FIRSTG], ["001-1", "005-1", FIRSTG], ["001-1", "013-1", FIRSTG],
        ["001-2", "005-1", FIRSTG], ["001-2", "013-1", FIRSTG], ["002-1", "005-1", FIRSTG],
        ["002-1", "013-1", FIRSTG], ["002-2", "005-1", FIRSTG], ["002-2", "013-1", FIRSTG],
        ["004-1", "005-1", FIRSTG], ["004-1", "013-1", FIRSTG], ["004-2", "005-1", FIRSTG],
        ["004-2", "013-1", FIRSTG], ["005-1", "005-2", FIRSTG], ["005-1", "005-3", FIRSTG],
        ["005-1", "005-4", FIRSTG], ["005-1", "006-5", FIRSTG], ["005-1", "013-2", FIRSTG],
        ["005-1", "013-4", FIRSTG], ["005-1", "013-8", FIRSTG], ["005-2", "013-1", FIRSTG],
        ["005-3", "013-1", FIRSTG], ["005-4", "013-1", FIRSTG], ["006-5", "013-1", FIRSTG],
        ["013-1", "013-2", FIRSTG], ["013-1", "013-4", FIRSTG], ["013-1", "013-8", FIRSTG],
        # kirby
        ["001-1", "001-2", KIRBY], ["001-2", "002-1", KIRBY], ["001-2", "002-2", KIRBY],
        ["001-2", "004-1", KIRBY], ["001-2", "005-2", KIRBY], ["001-2", "005-3", KIRBY],
        ["001-2", "005-4", KIRBY], ["001-2", "006-5", KIRBY], ["001-2", "013-2", KIRBY],
        ["001-2", "013-4", KIRBY], ["001-2", "013-8", KIRBY],
        # officers
        ["001-1", "004-2", OFFICERS], ["001-2", "004-2", OFFICERS], ["002-1", "004-2", OFFICERS],
        ["002-2", "004-2", OFFICERS], ["004-1", "004-2", OFFICERS], ["004-2", "005-2", OFFICERS],
        ["004-2", "005-3", OFFICERS], ["004-2", "005-4", OFFICERS], ["004-2", "006-5", OFFICERS],
        ["004-2", "013-2", OFFICERS], ["004-2", "013-4", OFFICERS], ["004-2", "013-8", OFFICERS],
        # reinf
        ["001-1", "013-4", REINF], ["002-1", "013-4", REINF], ["002-2", "013-4", REINF],
        ["004-1", "013-4", REINF], ["005-2", "013-4", REINF], ["005-3", "013-4", REINF],
        ["005-4", "013-4", REINF], ["006-5", "013-4", REINF], ["013-2", "013-4", REINF],
        ["013-4", "013-8", REINF],
        # rupart
        ["001-3", "004-3", RUPART],
        # remain
        ["002-2", "013-8", REMAIN], ["004-1", "013-8", REMAIN], ["005-2", "013-8", REMAIN],
        ["005-3", "013-8", REMAIN], ["006-5", "013-8", REMAIN], ["013-2", "013-8", REMAIN],
        # engineers
        ["006-1", "013-9", ENGINEERS], ["010-3", "013-9", ENGINEERS], ["011-1", "013-9", ENGINEERS],
        ["013-6", "013-9", ENGINEERS], ["013-7", "013-9", ENGINEERS],
        # weekend
        ["006-3", "006-4", WEEKEND], ["006-4", "008-1", WEEKEND], ["006-4", "009-1", WEEKEND],
        ["006-4", "010-1", WEEKEND], ["006-4", "010-2", WEEKEND], ["006-4", "010-5", WEEKEND],
        ["006-4", "013-3", WEEKEND], ["006-4", "013-5", WEEKEND],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
