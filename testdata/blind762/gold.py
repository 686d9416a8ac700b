#!/usr/bin/env python3
"""Gold labels for testdata/blind762 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind762/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
PENT = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "U.S. Department of Defense", "United States", "U.S.", "US"]
BLK = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
SKUA = ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special forces troops already transferred to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent a total of about 10,000 soldiers to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "about", ["Lloyd Austin", "Austin", "the secretary", "Secretary Austin"] + PENT,
         "up from the approximately 3,000 that the secretary referred to last week", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLK,
         "about 8,000 North Korean soldiers were now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLK,
         "Pyongyang had sent some 10,000 soldiers to Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "up_to", HUR,
         "the North Korean contingent includes as many as 500 officers", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["American and Ukrainian officials", "American officials", "U.S. officials",
                                              "Ukrainian officials", "United States", "U.S.", "Ukraine", "The New York Times"],
         "Russia has assembled a force of about 50,000 troops", False),
        ("troops", NK, 10000, None, "more_than", ["U.S. official", "American official", "United States", "U.S.", "US"],
         "the more than 10,000 North Korean soldiers that Pyongyang has sent to Russia", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Roughly 1,100 North Korean soldiers are estimated to have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have suffered more than 3,000 casualties", False),
        # one engagement near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, 12000, "range", ["U.S., South Korean and Ukrainian estimates", "United States", "U.S.",
                                               "South Korea", "Ukraine"],
         "around 11,000 to 12,000 North Korean troops were sent to Russia this autumn", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff say roughly 1,100 North Korean soldiers have been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky says North Korean dead and wounded in the Kursk region now number more than 3,000", False),
        ("casualties", UA, 44000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry",
                                                      "Russian Defence Ministry", "Ministry of Defence", "Russia"],
         "Ukraine has lost more than 44,000 troops in the Kursk region", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "Pentagon spokesperson", "United States", "U.S.", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "appear to have topped 3,000", False),
        # December's figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "when it said at least 100 had been killed", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers captured by Ukraine", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang has sent to Russia", False),
    ],
    "011": [
        ("killed", NK, 1000, None, "more_than", ["Andrii Yusov", "Yusov", "HUR spokesman Andrii Yusov"] + HUR,
         "more than 1,000 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "puts the number of dead at about 300", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "the wounded at about 2,700", False),
        ("captured", NK, 2, None, "exact", ZEL + U,
         "The two North Korean prisoners", False),
        ("casualties", RU, 38000, None, "about", ZEL,
         "Russia has lost about 38,000 troops in Kursk Oblast", False),
        ("killed", RU, 15000, None, "about", ZEL,
         "about 15,000 of them killed", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", SKUA,
         "Between 11,000 and 12,000 soldiers were sent that autumn", False),
        # the first group, restated
        ("troops", NK, 1500, None, "about", SKUA + NIS + U,
         "an advance party of about 1,500 special forces had reached Russia's Far East", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "A further 3,000 or so followed in January and February 2025 as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 had been killed", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "about 4,000 killed and wounded by late January", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean soldiers remained stationed in Russia's border areas", False),
        # engineers only, a vague count: a part of the whole
        ("killed", NK, 2, 9, "vague", ["state media", "North Korean state media", "KCNA", "North Korea"],
         "a few engineers were killed clearing mines", True),
    ],
}

NOT = {
    "000": ["a total of some 12,000 troops organised in four brigades", "11th Corps", "between Oct. 8 and 13",
            "30 kilometers from the port", "more than 13,000 containers", "more than 8 million rounds", "paras 7-8",
            "14:42 KST", "Military to train 1,800 more drone operators by 2026", "won at 1,368.7 per dollar",
            "N. Korea blows up parts of inter-Korean roads at 2 border crossings"],
    "001": ["56th Security Consultative Meeting", "up to 12,000 troops altogether", "about 300 kilometers",
            "roughly 43,000 service members", "about $4.3 billion", "$425 million", "2:06 P.M. EDT", "Oct. 16"],
    "002": ["86 minutes", "more than 7,000 kilometres", "several hundred square kilometres", "an army of about 1.2 million",
            "'up to 12,000' North Koreans may be on their way to the front",
            "Russian strike on Kharkiv apartment block kills three, injures 36", "3 min read", "the sixth \"2+2\" meeting",
            "October 23"],
    "003": ["2,918 views", "more than 7,000 kilometres", "60mm mortars", "August 6",
            "Russia's war losses: 1,480 troops, 14 artillery systems in past day", "05.11.2024 09:30"],
    "005": ["1.2K", "7:41 min", "about 1,300 square kilometers", "roughly 500 square miles", "around 600 square kilometers",
            "up to 3,000 pounds", "the North plans to send 10,000-12,000 troops in all", "\"in 24 hours,\"",
            "Zelensky Says 11,000 North Koreans Are in Kursk", "A Ukrainian Brigade's 90 Days in Russia",
            "A 92-Year-Old Finishes Her 25th Marathon", "The 5 Senate Races That Decided Control", "Page 1"],
    "006": ["2024-12-23 14:00 KST", "Runtime 09:52", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "five largest business groups", "1,452.3 per dollar",
            "weakest level in 15 years", "2,442.01", "0.19 percent", "minus 11 degrees Celsius",
            "first inter-Korean family reunion video calls in 5 years", "2 N. Korean soldiers cross MDL, return after warning shots"],
    "007": ["2 min read", "4:05 PM", "Dec. 16", "roughly 1,000 square kilometers",
            "Russian drone attack on Kharkiv injures 13, including two children", "16,500 members"],
    "008": ["Comments (1,204)", "a gap of almost two thousand", "41 of the 62 drones", "another 20", "two houses",
            "Magdeburg attack: death toll rises to five as more than 200 treated for injuries",
            "Gisèle Pelicot's 51 defendants", "1,500-foot climb", "14m ago", "7h ago", "14h ago", "22.14 GMT"],
    "010": ["KOSPI 2,489.94", "USD/KRW 1,472.10", "more than a quarter", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "Seoul subway ridership tops 2.1 billion in 2024",
            "Military expects 9,000 fewer conscripts this year as births decline",
            "Zelensky says N. Korean casualties top 3K in Kursk", "15:20"],
    "011": ["Episode 412", "38 min", "(1,932 ratings)", "more than three times the figure", "only three days ago",
            "4 hours 12 minutes", "155mm shell coalition", "8,400 patrons", "Episode 411", "Trump's 24 hours",
            "the wounded are \"several times more\""],
    "013": ["Reading time 6 min", "Article 4", "1,000 sappers and 5,000 military builders", "fourteen months on",
            "Ukraine says Russia's losses have passed 1.18 million since 2022", "9 trillion yen", "June 2024",
            "April 26", "June 17"],
}

OFF = ["004", "009", "012"]
DUP = {"014": "007"}

FIRST = "the first group of about 1,500 (Oct 2024) against a later, larger total"
OFFC = "as many as 500 officers, a part of the contingent, against a whole-force figure"
UP3K = "the approximately 3,000 of late October, the base of a rising total, against a later figure"
REINF = "about 3,000 reinforcements (early 2025), an additional force, against another troop figure"
KURSK = "about 8,000 in Kursk, a part, against a figure for all of Russia"
REMAIN = "about 10,000 remaining (Nov 2025) against a 2024 or early-2025 figure, about a year apart"
PART30 = "at least 30 casualties in one engagement, a part, against a total"
VAGUE = "several hundred (Pentagon, mid-December, vague) against a later total"
RESTATE = "the same two reports (JCS and Zelensky, Dec 23) restated in a later article: told once already"
FEW = "a few engineers killed clearing mines, a part and a vague count, against a total"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), four days apart"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["008-1", "008-2", "within one live blog: JCS's roughly 1,100 casualties against Zelensky's more than 3,000, the same day"],
        ["010-1", "011-1", "about 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["011-2", "011-1", "within one podcast's notes: NIS's about 300 dead against HUR's more than 1,000 killed, the same week"],
    ],
    "may": [
        # troops: the first group of 1,500
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "002-1", FIRST], ["000-1", "002-2", FIRST],
        ["000-1", "003-1", FIRST], ["000-1", "005-2", FIRST], ["000-1", "007-3", FIRST], ["000-1", "010-6", FIRST],
        ["000-1", "013-1", FIRST], ["000-1", "013-3", "first group of 1,500 against 3,000 reinforcements, months apart"],
        ["000-1", "013-8", FIRST], ["000-1", "003-2", "first group of 1,500 against as many as 500 officers, both parts"],
        ["013-2", "001-1", FIRST], ["013-2", "001-2", FIRST], ["013-2", "002-1", FIRST], ["013-2", "002-2", FIRST],
        ["013-2", "003-1", FIRST], ["013-2", "005-2", FIRST], ["013-2", "007-3", FIRST], ["013-2", "010-6", FIRST],
        ["013-2", "013-1", "within one explainer: the advance party of 1,500 against the 11,000-12,000 of the first wave"],
        ["013-2", "013-3", "within one explainer: the advance party of 1,500 against 3,000 reinforcements"],
        ["013-2", "013-8", "within one explainer: the advance party of 1,500 against 10,000 remaining a year later"],
        ["013-2", "003-2", "first group of 1,500 against as many as 500 officers, both parts"],
        # troops: the rising US count
        ["001-2", "001-1", "within one briefing: about 10,000 now, up from the approximately 3,000 of last week"],
        ["001-2", "002-1", UP3K], ["001-2", "002-2", UP3K], ["001-2", "003-1", UP3K], ["001-2", "005-2", UP3K],
        ["001-2", "007-3", UP3K], ["001-2", "010-6", UP3K], ["001-2", "013-1", UP3K], ["001-2", "013-8", UP3K],
        ["001-2", "003-2", "3,000 in all against as many as 500 officers, a part"],
        # troops: officers only
        ["003-2", "001-1", OFFC], ["003-2", "002-1", OFFC], ["003-2", "002-2", OFFC], ["003-2", "003-1", OFFC],
        ["003-2", "005-2", OFFC], ["003-2", "007-3", OFFC], ["003-2", "010-6", OFFC], ["003-2", "013-1", OFFC],
        ["003-2", "013-3", OFFC], ["003-2", "013-8", OFFC],
        # troops: part in Kursk against all of Russia, and later totals
        ["002-1", "002-2", "within one article: about 8,000 in Kursk, a part of some 10,000 in Russia in all"],
        ["002-1", "001-1", KURSK], ["002-1", "005-2", KURSK + ", eleven days later"],
        ["002-1", "007-3", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent (Dec 23), seven weeks apart"],
        ["002-1", "010-6", "about 8,000 in Kursk (Oct 31) against roughly 11,000 sent (Jan 13), months apart"],
        ["002-1", "013-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent that autumn, restated a year later"],
        ["002-1", "013-3", "about 8,000 in Kursk against 3,000 reinforcements, an additional force"],
        ["002-1", "013-8", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        # troops: about 10,000 in Russia against about 11,000 in Kursk or sent
        ["001-1", "003-1", "about 10,000 in Russia (US, Oct 28) against 11,000 in Kursk (Zelensky, Nov 4): within the rounding of 'about', a part against a whole"],
        ["002-2", "003-1", "some 10,000 in Russia (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): within the rounding of 'about'"],
        ["001-1", "007-3", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 23), two months apart"],
        ["002-2", "007-3", "some 10,000 (Oct 31) against 11,000-12,000 (Dec 23), seven weeks apart"],
        ["001-1", "013-1", "about 10,000 (Oct 2024) against 11,000-12,000 sent that autumn, restated a year later"],
        ["002-2", "013-1", "some 10,000 (Oct 2024) against 11,000-12,000 sent that autumn, restated a year later"],
        ["001-1", "010-6", "about 10,000 (Oct 28) against roughly 11,000 (Jan 13), months apart"],
        ["002-2", "010-6", "some 10,000 (Oct 31) against roughly 11,000 (Jan 13), months apart"],
        ["001-1", "005-2", "about 10,000 against more than 10,000 (US, two weeks later): a rising total"],
        ["002-2", "005-2", "some 10,000 against more than 10,000 (US, eleven days later): a rising total"],
        # troops: reinforcements
        ["013-3", "001-1", REINF], ["013-3", "002-2", REINF], ["013-3", "003-1", REINF], ["013-3", "005-2", REINF],
        ["013-3", "007-3", REINF], ["013-3", "010-6", REINF],
        ["013-3", "013-1", "within one explainer: 3,000 reinforcements against the 11,000-12,000 of the first wave"],
        ["013-3", "013-8", "within one explainer: 3,000 reinforcements against 10,000 remaining"],
        # troops: those remaining in late 2025
        ["013-8", "003-1", REMAIN], ["013-8", "005-2", REMAIN], ["013-8", "007-3", REMAIN], ["013-8", "010-6", REMAIN],
        ["013-8", "013-1", "within one explainer: 11,000-12,000 sent in 2024 against about 10,000 remaining in November 2025"],
        # casualties: the same two reports restated, and rising totals
        ["006-1", "008-2", RESTATE], ["007-1", "008-1", RESTATE],
        ["006-1", "010-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["008-1", "010-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["006-1", "013-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["008-1", "013-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-1", "013-7", "about 1,100 (JCS, Dec 23) against about 4,000 (HUR, late January), five weeks apart"],
        ["008-1", "013-7", "about 1,100 (JCS, Dec 23) against about 4,000 (HUR, late January), five weeks apart"],
        ["013-4", "013-7", "within one explainer: about 4,700 (NIS, April) against about 4,000 (HUR, January), months apart"],
        ["008-4", "006-1", VAGUE], ["008-4", "007-1", VAGUE], ["008-4", "008-1", VAGUE], ["008-4", "008-2", VAGUE],
        ["008-4", "010-3", VAGUE], ["008-4", "013-4", VAGUE], ["008-4", "013-7", VAGUE],
        ["007-2", "007-1", "within one article: " + PART30], ["007-2", "006-1", PART30], ["007-2", "008-1", PART30],
        ["007-2", "008-2", PART30], ["007-2", "010-3", PART30], ["007-2", "013-4", PART30], ["007-2", "013-7", PART30],
        # killed: rising totals, months apart, parts
        ["006-2", "010-1", "at least 100 (Dec 19) against about 300 (Jan 13): a rising total, not incompatible"],
        ["006-2", "011-2", "at least 100 (Dec 19) against about 300 (restated Jan 16): a rising total"],
        ["006-2", "011-1", "at least 100 (NIS, Dec 19) against more than 1,000 (HUR, Jan 16): a bound, four weeks apart"],
        ["010-4", "010-1", "within one article: about 300 now, up from at least 100 in December"],
        ["010-4", "011-1", "December's at least 100, restated, against more than 1,000 (HUR, Jan 16)"],
        ["010-4", "011-2", "December's at least 100, restated, against about 300"],
        ["010-1", "013-5", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["011-2", "013-5", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["010-1", "013-6", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-2", "013-6", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-1", "013-5", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["013-5", "013-6", "within one explainer: about 2,000 in September, up from about 600 in April"],
        ["013-9", "006-2", FEW], ["013-9", "010-1", FEW], ["013-9", "010-4", FEW], ["013-9", "011-1", FEW],
        ["013-9", "011-2", FEW], ["013-9", "013-5", FEW], ["013-9", "013-6", FEW],
        # wounded: a rising total
        ["006-3", "010-2", "nearly 1,000 wounded (Dec 19) against some 2,700 (Jan 13), a rising total"],
        ["006-3", "011-3", "nearly 1,000 wounded (Dec 19) against about 2,700 (restated Jan 16), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
