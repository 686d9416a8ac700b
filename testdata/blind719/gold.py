#!/usr/bin/env python3
"""Gold labels for testdata/blind719 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind719/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "United States", "U.S.", "US"]
USMIL = ["U.S. military official", "US military official", "U.S. official", "Pentagon", "United States", "U.S.", "US"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried about 1,500 North Korean special forces soldiers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "John Kirby"] + PENT,
         "up from the at least 3,000 that the White House described last week", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "roughly 10,000 North Korean soldiers now in Russia", False),
        # in Kursk only: a part of the contingent
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 are in the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are now in Russia's Kursk region", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special forces had been shipped from North Korean ports to Vladivostok", False),
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea had sent some 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were already in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number in the Kursk region at 11,000", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "New York Times", "United States", "U.S."],
         "Russia has massed about 50,000 troops, North Koreans among them", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "The deployment now numbers roughly 11,000 North Korean troops", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         "had suffered several hundred casualties", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties, dead and wounded combined", False),
        ("troops", NK, 10000, None, "more_than", U,
         "North Korea is believed to have sent more than 10,000 soldiers to Russia", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has exceeded 3,000", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "11,000-12,000 North Korean troops are in Russia", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         "the North Koreans had suffered several hundred casualties", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", LEE,
         "That takes the North's casualties to roughly 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured in Kursk", False),
        ("troops", NK, 12000, None, "up_to", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "North Korea has sent as many as 12,000 soldiers to Russia", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", U,
         "North Korea sent between 11,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Roughly 3,000 more followed in January and February 2025 as reinforcements", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "put North Korean losses at about 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", JCS + ["National Intelligence Service", "NIS"],
         "South Korea's Joint Chiefs of Staff put them at around 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of those soldiers had died", False),
        # an update of the same agency's rising total
        ("killed", NK, 2000, None, "about", NIS,
         "the agency's estimate of the dead had risen to about 2,000", False),
        ("captured", NK, 2, None, "exact", U,
         "Two soldiers captured by Ukrainian forces in January 2025", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain stationed in Russian territory near the Ukrainian border", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of the regiment's soldiers were killed while clearing mines", False),
    ],
}

NOT = {
    "000": ["Views 18,254", "Seoul 19°C", "between Oct. 8 and 13", "about 12,000 troops in four brigades",
            "11th Corps", "Oct. 16", "more than 13,000 containers", "about 500,000 strong",
            "Five killed, 12 injured", "9.1 trillion won", "record 38,000 runners", "jump 14%"],
    "001": ["Run time 31:47", "2:04 p.m. EDT", "56th Security Consultative Meeting",
            "a couple hundred or a couple thousand", "the total could reach 10,000 by December",
            "roughly 100 soldiers operating the THAAD battery", "about $4.3 billion", "2:35 p.m. EDT"],
    "002": ["6 min read", "412 comments", "the sixth round", "\"2+2\"", "several hundred square miles",
            "about 60 miles", "Spain flood death toll passes 150", "Early voting tops 50 million",
            "A 6-year-old's letter", "40 years late", "The 3 questions"],
    "004": ["2,931 views", "810th separate marine brigade", "60mm mortars", "AK-12", "since August 6",
            "Russian army loses 1,350 soldiers in past day", "three injured", "2 million euros"],
    "005": ["around 12,000 soldiers in total, organised in four brigades", "Reading time 4 min.", "at 5 pm",
            "Three days later", "November 9", "Ukraine's 1,000 square kilometres of Russian soil"],
    "006": ["17:30", "18:02", "Seoul -2°C", "Won/dollar 1,451.9", "Prosecutors summon 4 Army commanders",
            "first time in 9 years", "236 defectors"],
    "007": ["11:40 KST", "paras 4-6", "Jan. 20", "6 injured as bus overturns", "1,450 per dollar",
            "first time in 15 years"],
    "009": ["thousands more soldiers", "2 min read", "9:40 PM", "Aug. 6", "18,000 members strong",
            "reach 20,000", "93 missiles and nearly 200 drones"],
    "010": ["more than 4,500 times", "more than 2 million times", "\"tripling\"", "2017-2024",
            "Four days earlier", "more than 1,200 fact checks", "14:31"],
    "011": ["1,204 comments", "37 Ukrainian drones", "two civilians were killed and 11 injured",
            "one soldier had tried to blow himself up", "one of them 20 years old and the other 26",
            "more than 180 tankers", "Zelensky: North Korean losses top 3K", "24 dead", "Man, 71",
            "six days"],
    "014": ["Policy Brief No. 112", "9 minutes", "1.4 MB", "11th Corps", "26-28 April 2025",
            "more than three times the spring figure", "1,000 sappers", "5,000 military builders",
            "120-day mission", "a fourth and fifth rotation", "12 years", "1.5-million-strong army",
            "19 packages", "No. 1123456"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "007"}

FG = "the first group of about 1,500 against a later count"
PW = "Kursk only against the whole contingent in Russia: a part against the whole"
AD = "an additional force (reinforcements) against the main contingent"
YR = "2024 count against the force remaining in late 2025, about a year apart"
conflicts = {
    "must": [
        ["002-2", "004-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["005-3", "005-4", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, the same week"],
        ["007-1", "009-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), both Dec 23"],
        ["010-2", "010-1", "within one fact-check: the JCS's around 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group of 1,500 (000-1 and its restatement 005-1)
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "004-1", FG], ["000-1", "005-2", FG], ["000-1", "005-3", FG], ["000-1", "005-4", FG],
        ["000-1", "006-3", FG], ["000-1", "007-2", FG], ["000-1", "009-2", FG], ["000-1", "014-1", FG],
        ["000-1", "014-2", "1,500 in October 2024 against 3,000 reinforcements in early 2025"],
        ["000-1", "014-8", FG],
        ["005-1", "001-1", FG], ["005-1", "001-2", FG], ["005-1", "002-1", FG], ["005-1", "002-2", FG],
        ["005-1", "004-1", FG], ["005-1", "005-2", FG], ["005-1", "005-3", FG], ["005-1", "005-4", FG],
        ["005-1", "006-3", FG], ["005-1", "007-2", FG], ["005-1", "009-2", FG], ["005-1", "014-1", FG],
        ["005-1", "014-2", "1,500 in October 2024 against 3,000 reinforcements in early 2025"],
        ["005-1", "014-8", FG],
        # about 10,000 in Russia (Pentagon 001-1, Blinken 002-1, restated 005-2)
        ["001-1", "002-2", PW], ["001-1", "005-3", PW],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4)"],
        ["001-1", "005-4", "about 10,000 in Russia against 11,000 in Kursk"],
        ["001-1", "006-3", "about 10,000 (Oct 28) against roughly 11,000 (Dec 19), weeks apart"],
        ["001-1", "007-2", "about 10,000 against more than 10,000, two months apart"],
        ["001-1", "009-2", "about 10,000 (Oct) against 11,000-12,000 (Dec)"],
        ["001-1", "014-1", "about 10,000 (Oct 28) against 11,000-12,000 sent in autumn 2024"],
        ["001-1", "014-2", AD],
        ["002-1", "002-2", "within one quote: 8,000 in Kursk out of about 10,000 in Russia, a part of the whole"],
        ["002-1", "005-3", PW],
        ["002-1", "004-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4)"],
        ["002-1", "005-4", "about 10,000 in Russia against 11,000 in Kursk"],
        ["002-1", "006-3", "about 10,000 (Oct 31) against roughly 11,000 (Dec 19), weeks apart"],
        ["002-1", "007-2", "about 10,000 against more than 10,000, weeks apart"],
        ["002-1", "009-2", "about 10,000 (Oct) against 11,000-12,000 (Dec)"],
        ["002-1", "014-1", "about 10,000 (Oct 31) against 11,000-12,000 sent in autumn 2024"],
        ["002-1", "014-2", AD],
        ["005-2", "002-2", PW], ["005-2", "005-3", "within the explainer: " + PW],
        ["005-2", "004-1", "about 10,000 in Russia against 11,000 in Kursk"],
        ["005-2", "005-4", "within the explainer: about 10,000 in Russia against 11,000 in Kursk"],
        ["005-2", "006-3", "about 10,000 against roughly 11,000, weeks apart"],
        ["005-2", "007-2", "about 10,000 against more than 10,000, weeks apart"],
        ["005-2", "009-2", "about 10,000 against 11,000-12,000, weeks apart"],
        ["005-2", "014-1", "about 10,000 against 11,000-12,000 sent in autumn 2024"],
        ["005-2", "014-2", AD],
        # about 8,000 in Kursk (002-2, 005-3) against later and other counts
        ["002-2", "005-4", "the same two reports (Blinken's 8,000, Zelensky's 11,000) restated in a later article"],
        ["005-3", "004-1", "the same two reports (Blinken's 8,000, Zelensky's 11,000) restated in a later article"],
        ["002-2", "006-3", "8,000 in Kursk (Oct 31) against roughly 11,000 in all (Dec 19), weeks apart"],
        ["002-2", "007-2", "8,000 in Kursk (Oct 31) against more than 10,000 in Russia (Dec 23)"],
        ["002-2", "009-2", "8,000 in Kursk (Oct 31) against 11,000-12,000 in Russia (Dec 23)"],
        ["002-2", "014-1", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent in autumn 2024"],
        ["002-2", "014-2", AD], ["002-2", "014-8", YR],
        ["005-3", "006-3", "8,000 in Kursk against roughly 11,000 in all, weeks apart"],
        ["005-3", "007-2", "8,000 in Kursk against more than 10,000 in Russia, weeks apart"],
        ["005-3", "009-2", "8,000 in Kursk against 11,000-12,000 in Russia, weeks apart"],
        ["005-3", "014-1", "8,000 in Kursk against 11,000-12,000 sent in autumn 2024"],
        ["005-3", "014-2", AD], ["005-3", "014-8", YR],
        # 11,000 and the later totals against the reinforcements and the remaining force
        ["004-1", "014-2", AD], ["004-1", "014-8", YR],
        ["005-4", "014-2", AD], ["005-4", "014-8", YR],
        ["006-3", "014-2", AD], ["006-3", "014-8", YR],
        ["007-2", "014-2", AD], ["007-2", "014-8", "more than 10,000 (Dec 2024) against about 10,000 remaining (Dec 2025)"],
        ["009-2", "014-2", AD], ["009-2", "014-8", YR],
        ["014-1", "014-2", "within the brief: the autumn 2024 contingent against the early-2025 reinforcements"],
        ["014-1", "014-8", "within the brief: 11,000-12,000 sent in 2024 against about 10,000 remaining in late 2025"],
        ["014-2", "014-8", "within the brief: 3,000 reinforcements against about 10,000 remaining"],
        # casualties, north_korea
        ["006-4", "007-1", "several hundred (U.S., mid-December, vague) against about 1,100 (Dec 23)"],
        ["006-4", "009-1", "several hundred (U.S., mid-December, vague) against more than 3,000 (Dec 23)"],
        ["006-4", "010-1", "several hundred (vague) against more than 3,000"],
        ["006-4", "010-2", "several hundred (vague) against around 1,100"],
        ["006-4", "011-3", "several hundred (mid-December) against roughly 3,000 (Jan 13), a rising total"],
        ["006-4", "014-3", "several hundred (December) against about 4,000 (February), months apart"],
        ["006-4", "014-4", "several hundred (December) against around 4,700 (March-April), months apart"],
        ["007-1", "010-1", "the same two reports (JCS 1,100, Zelensky 3,000+) restated in a later article"],
        ["009-1", "010-2", "the same two reports (JCS 1,100, Zelensky 3,000+) restated in a later article"],
        ["007-1", "010-5", "about 1,100 against several hundred (vague), a week apart"],
        ["007-1", "011-3", "about 1,100 (Dec 23) against roughly 3,000 (Jan 13), three weeks apart, a rising total"],
        ["007-1", "014-3", "about 1,100 (Dec) against about 4,000 (Feb), months apart"],
        ["007-1", "014-4", "about 1,100 (Dec) against around 4,700 (Mar-Apr), months apart"],
        ["009-1", "010-5", "more than 3,000 against several hundred (vague), a week apart"],
        ["009-1", "011-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13)"],
        ["010-1", "010-5", "within the fact-check: more than 3,000 against several hundred (vague), a week apart"],
        ["010-1", "011-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13)"],
        ["010-2", "010-5", "within the fact-check: around 1,100 against several hundred (vague), a week apart"],
        ["010-2", "011-3", "about 1,100 (Dec 23) against roughly 3,000 (Jan 13), a rising total"],
        ["010-2", "014-3", "about 1,100 (Dec) against about 4,000 (Feb), months apart"],
        ["010-2", "014-4", "about 1,100 (Dec) against around 4,700 (Mar-Apr), months apart"],
        ["010-5", "011-3", "several hundred (mid-December) against roughly 3,000 (Jan 13), a rising total"],
        ["010-5", "014-3", "several hundred (December) against about 4,000 (February), months apart"],
        ["010-5", "014-4", "several hundred (December) against around 4,700 (March-April), months apart"],
        ["011-3", "014-3", "roughly 3,000 (Jan 13) against about 4,000 (early Feb), a rising total"],
        ["011-3", "014-4", "roughly 3,000 (Jan) against around 4,700 (Mar-Apr), months apart"],
        ["014-3", "014-4", "within the brief: about 4,000 (HUR, Feb) against around 4,700 (JCS, late Mar), a rising total"],
        # killed, north_korea: rising totals months apart, and one regiment's dead
        ["006-1", "014-9", "at least 100 in all against nine of one engineer regiment: a part"],
        ["010-3", "014-9", "at least 100 in all against nine of one engineer regiment: a part"],
        ["011-1", "014-5", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["011-1", "014-6", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-1", "014-9", "about 300 in all against nine of one engineer regiment: a part"],
        ["014-5", "014-6", "within the brief: about 600 (Apr) rising to about 2,000 (Sep), an update"],
        ["014-5", "014-9", "about 600 in all against nine of one engineer regiment: a part"],
        ["014-6", "014-9", "about 2,000 in all against nine of one engineer regiment: a part"],
        # wounded, north_korea
        ["006-2", "011-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), a rising total"],
        ["010-4", "011-2", "close to 1,000 (Dec 19, restated) against some 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
