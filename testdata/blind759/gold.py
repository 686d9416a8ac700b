#!/usr/bin/env python3
"""Gold labels for testdata/blind759 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind759/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "US Defense Department", "Defense Department", "United States", "U.S.", "US"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "United States", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped roughly 1,500 of its special forces troops to Russia", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        # the earlier figure the new one rose from: an update, not a conflict
        ("troops", NK, 3000, None, "about", KIRBY,
         "the roughly 3,000 that White House national security spokesman John Kirby cited last Wednesday", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces had been shipped to Russia's Far East", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", USOFF,
         "the roughly 10,000 North Korean troops that U.S. officials say have arrived in Russia this month", False),
        ("casualties", RU, 600000, None, "more_than", USOFF,
         "more than 600,000 Russian troops have been killed or wounded", False),
    ],
    "005": [
        # the quote's speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # officers and generals only: parts of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "about 500 officers and three generals", False),
    ],
    "006": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces had been shipped to Russia's far east", False),
        ("troops", NK, 10000, None, "about", PENT,
         "The US Defense Department now puts the total in Russia at about 10,000", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "said on 31 October that about 8,000 had already reached the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelenskyy put the number in Kursk at 11,000", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers fighting alongside Russian forces have suffered about 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the roughly 11,000 North Korean troops dispatched to Russia", False),
        # an agency relayed by a lawmaker
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already topped 3,000", False),
        ("troops", NK, 2000, 9000, "vague", ZEL,
         "Russia is throwing thousands of North Korean soldiers into assaults", True),
    ],
    "010": [
        # figures in words; the ticker repeats both ("~1.1K", "TOP 3K"): labelled once
        ("casualties", NK, 1100, None, "about", JCS,
         "Seoul's military puts the number at about eleven hundred", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Ukraine's president says it has already passed three thousand", False),
        ("casualties", NK, 200, 900, "vague", ["senior Pentagon official", "Pentagon", "United States", "U.S."],
         "several hundred North Korean soldiers had been killed or wounded", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
    ],
    "012": [
        # a total that counts the reinforcements, unattributed
        ("troops", NK, 14000, 15000, "range", U,
         "Pyongyang is believed to have sent between 14,000 and 15,000 soldiers to Russia in all", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 North Korean special forces has been shipped to Vladivostok", False),
        ("troops", NK, 11000, None, "about", ZEL,
         "Volodymyr Zelensky says some 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Kyiv"] + ZEL,
         "Kyiv announces the capture of two North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Koreans have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more troops have arrived as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine's losses in the region exceeded 76,000 troops", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties stand at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
    ],
    "013": [
        # also in "This week in numbers" ("2,000 - North Korean soldiers killed"): labelled once
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 are still deployed along Russia's border with Ukraine", False),
        # engineers clearing mines only: a part of the whole, and vague
        ("killed", NK, 3, 9, "vague", KCNA,
         "several engineers had been killed clearing mines", True),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "a total of some 12,000 soldiers drawn from four brigades", "11th Corps",
            "1 minute 42 seconds", "Oct. 16", "about 1.28 million active-duty personnel", "in their early 20s",
            "Samsung Elec. Slides 4%", "2 Dead, 17 Hurt as Fire Sweeps Through Gimpo Warehouse",
            "Adding 1,500 Medical School Seats", "3 Front-Line Corps Go on Alert", "KOSPI 2,593.82",
            "USD/KRW 1,367.20"],
    "001": ["28/10/2024 - 20:45", "more than three times the figure", "as many as 12,000 troops",
            "155mm artillery shells"],
    "003": ["7:50 p.m. EDT", "5 min", "214 Comments", "several hundred square miles", "February 2022",
            "155mm shells", "Early voting tops 60 million", "Death toll climbs past 150 in Valencia region",
            "The 2 words", "Nine takeaways"],
    "005": ["2 min read", "Nov. 4", "Russia has lost 705,450 troops in Ukraine since Feb. 24, 2022",
            "Russian attacks kill 3, injure 27 over past day", "Our newsroom of 50 journalists",
            "More than 16,000 members"],
    "006": ["Comments (412)", "18 October", "about 12,000 troops in total", "about $2,000 a month each",
            "1950-53", "a few dozen fighter pilots", "217 confirmed dead"],
    "008": ["paras 5-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 19", "Dec. 18",
            "N. Korean defector arrivals fall to 236 this year", "Foreign residents in S. Korea hit record 2.65 mln"],
    "009": ["23.12.2024 12:05", "Views: 3,412", "1,580 soldiers in past day, 777,150 in total",
            "Enemy drone attack on Kharkiv injures 6"],
    "010": ["Running time 28:40", "[00:14]", "has passed 15 million", "minus 11 degrees Celsius",
            "KOSPI 2,442.01", "USD/KRW 1,453.2"],
    "011": ["Episode 142", "51 min", "4.8 (2,310 ratings)", "(14:40) Counting the dead", "(2019)",
            "1,284 listeners", "from $5 a month", "20% off"],
    "012": ["May 2, 2025, at 6:15 pm", "Reading time 4 min", "April 28, 2025",
            "400,000 people flee Zamzam camp", "Pope Francis's funeral drew 250,000 people",
            "unemployment rate edges up to 7.4%"],
    "013": ["Issue #88", "9 min read", "1,472 - won to the dollar", "61% - South Koreans",
            "80 - years since the Workers' Party was founded", "1,000 sappers and 5,000 military builders",
            "a record 40 million foreign visitors", "sentenced two former defence officials", "to 3 years each", "a 6,000-word feature",
            "read by 12,400 people", "640 paying members", "$6 a month"],
}

OFF = ["002", "004", "007"]
DUP = {"014": "001"}

F_ = "the first group of about 1,500 (NIS, Oct 18 2024) against a later or larger count"
P_ = "a part of the contingent (about 500 officers, three generals) against a larger count"
RISE_ = "the earlier 3,000 (Kirby, Oct 23 2024) against a later count: a rising total"
KW_ = "about 8,000 in Kursk against about 10,000 in all of Russia: a part against the whole"
ZW_ = "11,000 in Kursk (Zelensky) against about 10,000 in all of Russia (US): close, and counted over different areas"
WT_ = "about 10,000 (US, late Oct 2024) against about 11,000 sent (JCS, Dec 23): close, and weeks apart"
BT_ = "about 8,000 in Kursk (Blinken, Oct 31) against about 11,000 sent in all (JCS, Dec 23): part and whole, seven weeks apart"
SAMEPAIR_ = "the same two reports (Blinken's 8,000, Zelensky's 11,000) restated: that disagreement was already told"
VAGUE_ = "'thousands' (Zelensky, Dec 23, vague) against a definite count"
INCL_ = "14,000-15,000 in all, counting the 2025 reinforcements, against an earlier or narrower count"
ADD_ = "about 3,000 reinforcements (NIS, Feb-Mar 2025): an additional force"
REMAIN_ = "about 10,000 still deployed (NIS, late 2025) against a 2024 count, a year apart"
SAMEJZ_ = "the same two reports (JCS's 1,100, Zelensky's more than 3,000) restated: that disagreement was already told"
SEVH_ = "several hundred (Pentagon, Dec 16-17, vague) against a figure a week later"
C47_ = "about 4,700 (NIS, Apr 30 2025) against a December 2024 figure: months apart, a rising total"
WND_ = "nearly 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): the agency's own update, a rising total"
K3_6_ = "about 300 killed (Jan 2025) against about 600 (Apr 2025): months apart, a rising total"
K3_20_ = "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart, a rising total"
K6_20_ = "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): a rising total, 'up from' in 013"
ENG_ = "several engineers killed clearing mines (vague, a part) against a total of North Korean dead"

conflicts = {
    "must": [
        ["003-1", "005-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["006-3", "006-4", "within one explainer: Blinken's about 8,000 in Kursk against Zelenskyy's 11,000 in Kursk four days later ('the estimates part ways')"],
        ["008-1", "009-1", "about 1,100 North Korean casualties (JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-1", "010-2", "within one broadcast: Seoul's military's about eleven hundred casualties against Zelensky's more than three thousand, the same day"],
    ],
    "may": [
        ["000-1", "001-1", F_], ["000-1", "001-2", F_], ["000-1", "003-1", F_],
        ["000-1", "003-2", F_], ["000-1", "005-1", F_], ["000-1", "006-2", F_],
        ["000-1", "006-3", F_], ["000-1", "006-4", F_], ["000-1", "008-2", F_],
        ["000-1", "009-2", F_], ["000-1", "012-1", F_], ["000-1", "012-3", F_],
        ["000-1", "012-7", F_], ["000-1", "013-3", F_], ["001-1", "001-3", F_],
        ["001-1", "006-1", F_], ["001-1", "012-2", F_], ["001-2", "001-3", F_],
        ["001-2", "006-1", F_], ["001-2", "012-2", F_], ["001-3", "003-1", F_],
        ["001-3", "003-2", F_], ["001-3", "005-1", F_], ["001-3", "006-2", F_],
        ["001-3", "006-3", F_], ["001-3", "006-4", F_], ["001-3", "008-2", F_],
        ["001-3", "009-2", F_], ["001-3", "012-1", F_], ["001-3", "012-3", F_],
        ["001-3", "012-7", F_], ["001-3", "013-3", F_], ["003-1", "006-1", F_],
        ["003-1", "012-2", F_], ["003-2", "006-1", F_], ["003-2", "012-2", F_],
        ["005-1", "006-1", F_], ["005-1", "012-2", F_], ["006-1", "006-2", F_],
        ["006-1", "006-3", F_], ["006-1", "006-4", F_], ["006-1", "008-2", F_],
        ["006-1", "009-2", F_], ["006-1", "012-1", F_], ["006-1", "012-3", F_],
        ["006-1", "012-7", F_], ["006-1", "013-3", F_], ["006-2", "012-2", F_],
        ["006-3", "012-2", F_], ["006-4", "012-2", F_], ["008-2", "012-2", F_],
        ["009-2", "012-2", F_], ["012-1", "012-2", F_], ["012-2", "012-3", F_],
        ["012-2", "012-7", F_], ["012-2", "013-3", F_],

        ["000-1", "005-2", P_], ["000-1", "005-3", P_], ["001-1", "005-2", P_],
        ["001-1", "005-3", P_], ["001-2", "005-2", P_], ["001-2", "005-3", P_],
        ["001-3", "005-2", P_], ["001-3", "005-3", P_], ["003-1", "005-2", P_],
        ["003-1", "005-3", P_], ["003-2", "005-2", P_], ["003-2", "005-3", P_],
        ["005-1", "005-2", P_], ["005-1", "005-3", P_], ["005-2", "005-3", P_],
        ["005-2", "006-1", P_], ["005-2", "006-2", P_], ["005-2", "006-3", P_],
        ["005-2", "006-4", P_], ["005-2", "008-2", P_], ["005-2", "009-2", P_],
        ["005-2", "012-1", P_], ["005-2", "012-2", P_], ["005-2", "012-3", P_],
        ["005-2", "012-7", P_], ["005-2", "013-3", P_], ["005-3", "006-1", P_],
        ["005-3", "006-2", P_], ["005-3", "006-3", P_], ["005-3", "006-4", P_],
        ["005-3", "008-2", P_], ["005-3", "009-2", P_], ["005-3", "012-1", P_],
        ["005-3", "012-2", P_], ["005-3", "012-3", P_], ["005-3", "012-7", P_],
        ["005-3", "013-3", P_],

        ["001-1", "001-2", RISE_], ["001-2", "003-1", RISE_], ["001-2", "003-2", RISE_],
        ["001-2", "005-1", RISE_], ["001-2", "006-2", RISE_], ["001-2", "006-3", RISE_],
        ["001-2", "006-4", RISE_], ["001-2", "008-2", RISE_], ["001-2", "012-3", RISE_],

        ["001-1", "003-1", KW_], ["001-1", "006-3", KW_], ["003-1", "003-2", KW_],
        ["003-1", "006-2", KW_], ["003-2", "006-3", KW_], ["006-2", "006-3", KW_],

        ["001-1", "005-1", ZW_], ["001-1", "006-4", ZW_], ["001-1", "012-3", ZW_],
        ["003-2", "005-1", ZW_], ["003-2", "006-4", ZW_], ["003-2", "012-3", ZW_],
        ["005-1", "006-2", ZW_], ["006-2", "006-4", ZW_], ["006-2", "012-3", ZW_],

        ["001-1", "008-2", WT_], ["003-2", "008-2", WT_], ["006-2", "008-2", WT_],

        ["003-1", "008-2", BT_], ["006-3", "008-2", BT_],

        ["003-1", "006-4", SAMEPAIR_], ["003-1", "012-3", SAMEPAIR_], ["005-1", "006-3", SAMEPAIR_],
        ["006-3", "012-3", SAMEPAIR_],

        ["001-1", "009-2", VAGUE_], ["001-2", "009-2", VAGUE_], ["003-1", "009-2", VAGUE_],
        ["003-2", "009-2", VAGUE_], ["005-1", "009-2", VAGUE_], ["006-2", "009-2", VAGUE_],
        ["006-3", "009-2", VAGUE_], ["006-4", "009-2", VAGUE_], ["008-2", "009-2", VAGUE_],
        ["009-2", "012-1", VAGUE_], ["009-2", "012-3", VAGUE_], ["009-2", "013-3", VAGUE_],

        ["001-1", "012-1", INCL_], ["001-2", "012-1", INCL_], ["003-1", "012-1", INCL_],
        ["003-2", "012-1", INCL_], ["005-1", "012-1", INCL_], ["006-2", "012-1", INCL_],
        ["006-3", "012-1", INCL_], ["006-4", "012-1", INCL_], ["008-2", "012-1", INCL_],
        ["012-1", "012-3", INCL_], ["012-1", "013-3", INCL_],

        ["001-1", "012-7", ADD_], ["003-1", "012-7", ADD_], ["003-2", "012-7", ADD_],
        ["005-1", "012-7", ADD_], ["006-2", "012-7", ADD_], ["006-3", "012-7", ADD_],
        ["006-4", "012-7", ADD_], ["008-2", "012-7", ADD_], ["009-2", "012-7", ADD_],
        ["012-1", "012-7", ADD_], ["012-3", "012-7", ADD_], ["012-7", "013-3", ADD_],

        ["001-2", "013-3", REMAIN_], ["003-1", "013-3", REMAIN_], ["005-1", "013-3", REMAIN_],
        ["006-3", "013-3", REMAIN_], ["006-4", "013-3", REMAIN_], ["008-2", "013-3", REMAIN_],
        ["012-3", "013-3", REMAIN_],

        ["008-1", "010-2", SAMEJZ_], ["009-1", "010-1", SAMEJZ_],

        ["008-1", "010-3", SEVH_], ["009-1", "010-3", SEVH_], ["010-1", "010-3", SEVH_],
        ["010-2", "010-3", SEVH_],

        ["008-1", "012-9", C47_], ["010-1", "012-9", C47_], ["010-3", "012-9", C47_],

        ["008-4", "011-3", WND_], ["008-4", "012-6", WND_], ["010-5", "011-3", WND_],
        ["010-5", "012-6", WND_],

        ["011-2", "012-10", K3_6_], ["012-5", "012-10", K3_6_], ["011-2", "013-2", K3_6_],
        ["012-5", "013-2", K3_6_],

        ["011-2", "013-1", K3_20_], ["012-5", "013-1", K3_20_],

        ["012-10", "013-1", K6_20_], ["013-1", "013-2", K6_20_],

        ["008-3", "013-4", ENG_], ["010-4", "013-4", ENG_], ["011-2", "013-4", ENG_],
        ["012-5", "013-4", ENG_], ["012-10", "013-4", ENG_], ["013-1", "013-4", ENG_],
        ["013-2", "013-4", ENG_],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
