#!/usr/bin/env python3
"""Gold labels for testdata/blind750 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind750/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
GS = ["General Staff", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "Ukraine"]
US = ["United States", "U.S.", "US"]
PENT = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense"] + US
KIRBY = ["John Kirby", "Kirby", "White House"] + US
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department"] + US
USMIL = ["senior U.S. military official", "U.S. military official", "US military official", "Pentagon"] + US
USOFF = ["U.S. officials", "US officials"] + US
SKOFF = ["South Korean government official", "South Korean official", "Seoul", "South Korea"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea"]
NISLAW = NIS + ["lawmakers"]
UKR = ["Ukraine", "Ukrainian officials", "Zelensky"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Roughly 1,500 special operations troops were carried from the area around Chongjin", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier, lower count quoted as the base of the update
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "we had evidence of at least 3,000 that had moved to eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Around 8,000 North Korean soldiers have now reached Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean troops in Russia overall", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are now 11,000 soldiers from North Korea in Russia's Kursk region", False),
    ],
    "004": [
        ("troops", NK, 1500, None, "about", NIS,
         "the first contingent, about 1,500 soldiers, sailed from the North's east coast to Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number in Kursk at 11,000", False),
        ("troops", NK, 10000, 11000, "range", SKOFF,
         "in the region of 10,000 to 11,000", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia had massed about 50,000 of its own troops in Kursk", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers sent to help Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others have been wounded", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        # fighting near three villages only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea has sent about 11,000 troops to Russia since October", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops are estimated to have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        # one day's losses: a part of the running total
        ("casualties", RU, 1810, None, "exact", GS,
         "Russian forces lost 1,810 soldiers killed and wounded over the past day", False),
        ("casualties", RU, 784540, None, "exact", GS,
         "bringing its count of Russian casualties since February 2022 to 784,540", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "had put North Korean casualties at about 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         "North Korean troops had suffered \"several hundred\" killed and wounded", True),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NISLAW,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NISLAW,
         "including some 600 who died", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NISLAW,
         "North Korea sent about 3,000 more troops to Russia in January and February", False),
        ("troops", NK, 11000, 12000, "range", U,
         "North Korea is believed to have dispatched 11,000-12,000 soldiers to Russia last autumn", False),
        # January figures quoted as the base of the rise
        ("killed", NK, 300, None, "about", NIS,
         "some 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", UKR,
         "Ukraine said it had captured two wounded North Korean soldiers", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NISLAW,
         "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from its April estimate of roughly 600 dead", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about ten thousand North Korean troops remain stationed on the Russian side of the border", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine members of an engineering regiment lost their lives clearing mines", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers from four brigades", "between Oct. 8 and 13", "11th Corps",
            "Kim Jong-un, 40", "12,000 Trainees Still Off the Job", "3,400 New Apartments",
            "38,000 Runners", "KOSPI 2,593.82", "Comments 87"],
    "001": ["56th Security Consultative Meeting", "about $6 billion in drawdown authority", "14:21 EDT",
            "Two-minute warning"],
    "002": ["several hundred square kilometers", "about 10 kilometers from the frontier",
            "Ukraine says 1,290 Russian soldiers lost in a single day", "19% approval rating",
            "Reading time 3 min", "August 6"],
    "003": ["Day 986", "Views 6,207", "120mm mortars", "Enemy loses 1,460 troops and 9 tanks in past day",
            "drone attack injures 14, including three children", "2.2 trillion hryvnias"],
    "004": ["intends to send around 12,000 in all", "221 votes", "Japan's population of 100-year-olds nears 100,000",
            "Nikkei 225 39,376.09", "7 min read", "12.7%"],
    "006": ["170-mm self-propelled guns", "Foreign visitors to S. Korea top 15 million",
            "Population aged 65 and over passes 10 million", "1.95 pct", "paras 4-7"],
    "008": ["456 new contestants", "Record 2.6 million Koreans to fly abroad", "10,030 won per hour",
            "KOSPI 2,442.01", "about 70 kilometers north of Pyongyang"],
    "009": ["11 tanks and 43 artillery systems", "shot down 52 drones", "Day 1,034", "Join 28,000 members"],
    "010": ["viewed more than 410,000 times", "shared thousands of times", "nearly three times apart",
            "more than 4,000 claims", "500 North Korean soldiers surrendering", "1,200 'Russian conscripts'",
            "Reading time: 5 min"],
    "012": ["aged 20 and 26", "Japan's population shrinks by 898,000", "1 in 3 Japanese firms", "April 26"],
    "014": ["1,000 sappers and 5,000 military builders", "a 120-day mission", "where the 2,000 figure comes from",
            "join 1,240 members", "15 years", "Episode 318", "54 min", "12 pages"],
}

OFF = ["005", "011", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-3", "within one explainer: Blinken's about 8,000 in Kursk against Zelenskyy's 11,000 in Kursk, four days apart"],
        ["008-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-2", "010-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        ['000-1', '001-1', "NIS's first group of about 1,500 (Oct 18) against about 10,000 in Russia (Pentagon, Oct 28): a first group against a later total"],
        ['000-1', '001-2', "NIS's first group of about 1,500 (Oct 18) against at least 3,000 (Kirby, Oct 23): a first group against a later total"],
        ['000-1', '002-1', "NIS's first group of about 1,500 (Oct 18) against about 8,000 in Kursk (Blinken, Oct 31): a first group against a later total"],
        ['000-1', '002-2', "NIS's first group of about 1,500 (Oct 18) against about 10,000 in Russia (Pentagon's Oct 28 figure, restated): a first group against a later total"],
        ['000-1', '003-1', "NIS's first group of about 1,500 (Oct 18) against 11,000 in Kursk (Zelensky, Nov 4): a first group against a later total"],
        ['000-1', '004-2', "NIS's first group of about 1,500 (Oct 18) against about 8,000 in Kursk (Blinken, restated): a first group against a later total"],
        ['000-1', '004-3', "NIS's first group of about 1,500 (Oct 18) against 11,000 in Kursk (Zelenskyy, restated): a first group against a later total"],
        ['000-1', '004-4', "NIS's first group of about 1,500 (Oct 18) against 10,000-11,000 in Russia (South Korean official, Nov 12): a first group against a later total"],
        ['000-1', '006-5', "NIS's first group of about 1,500 (Oct 18) against about 11,000 sent (NIS, Dec 19): a first group against a later total"],
        ['000-1', '012-3', "NIS's first group of about 1,500 (Oct 18) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ['000-1', '012-4', "NIS's first group of about 1,500 (Oct 18) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): a first group against a later total"],
        ['000-1', '014-3', "NIS's first group of about 1,500 (Oct 18) against about ten thousand remaining (NIS, Dec 2025): a first group against a later total"],
        ['001-1', '001-2', 'about 10,000 in Russia (Pentagon, Oct 28) against at least 3,000 (Kirby, Oct 23): a lower bound the other figure satisfies'],
        ['001-1', '002-1', 'about 10,000 in Russia (Pentagon, Oct 28) against about 8,000 in Kursk (Blinken, Oct 31): Kursk only against the total in Russia, close values'],
        ['001-1', '003-1', 'about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, Nov 4): Kursk only against the total in Russia, close values'],
        ['001-1', '004-1', 'about 10,000 in Russia (Pentagon, Oct 28) against the first group of about 1,500 (NIS, restated): a first group against a later total'],
        ['001-1', '004-2', 'about 10,000 in Russia (Pentagon, Oct 28) against about 8,000 in Kursk (Blinken, restated): Kursk only against the total in Russia, close values'],
        ['001-1', '004-3', 'about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelenskyy, restated): Kursk only against the total in Russia, close values'],
        ['001-1', '004-4', 'about 10,000 in Russia (Pentagon, Oct 28) against 10,000-11,000 in Russia (South Korean official, Nov 12): compatible values, listed in case, 15 days apart'],
        ['001-1', '006-5', 'about 10,000 in Russia (Pentagon, Oct 28) against about 11,000 sent (NIS, Dec 19): compatible values, listed in case, 52 days apart'],
        ['001-1', '012-3', 'about 10,000 in Russia (Pentagon, Oct 28) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['001-1', '012-4', 'about 10,000 in Russia (Pentagon, Oct 28) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart'],
        ['001-2', '002-1', 'at least 3,000 (Kirby, Oct 23) against about 8,000 in Kursk (Blinken, Oct 31): a lower bound the other figure satisfies, 8 days apart'],
        ['001-2', '002-2', "at least 3,000 (Kirby, Oct 23) against about 10,000 in Russia (Pentagon's Oct 28 figure, restated): a lower bound the other figure satisfies"],
        ['001-2', '003-1', 'at least 3,000 (Kirby, Oct 23) against 11,000 in Kursk (Zelensky, Nov 4): a lower bound the other figure satisfies, 12 days apart'],
        ['001-2', '004-1', 'at least 3,000 (Kirby, Oct 23) against the first group of about 1,500 (NIS, restated): a first group against a later total'],
        ['001-2', '004-2', 'at least 3,000 (Kirby, Oct 23) against about 8,000 in Kursk (Blinken, restated): a lower bound the other figure satisfies, 8 days apart'],
        ['001-2', '004-3', 'at least 3,000 (Kirby, Oct 23) against 11,000 in Kursk (Zelenskyy, restated): a lower bound the other figure satisfies, 12 days apart'],
        ['001-2', '004-4', 'at least 3,000 (Kirby, Oct 23) against 10,000-11,000 in Russia (South Korean official, Nov 12): a lower bound the other figure satisfies, 20 days apart'],
        ['001-2', '006-5', 'at least 3,000 (Kirby, Oct 23) against about 11,000 sent (NIS, Dec 19): a lower bound the other figure satisfies, 57 days apart'],
        ['001-2', '012-3', 'at least 3,000 (Kirby, Oct 23) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['001-2', '012-4', 'at least 3,000 (Kirby, Oct 23) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): a lower bound the other figure satisfies, months apart'],
        ['001-2', '014-3', 'at least 3,000 (Kirby, Oct 23) against about ten thousand remaining (NIS, Dec 2025): a lower bound the other figure satisfies, months apart'],
        ['002-1', '002-2', "about 8,000 in Kursk (Blinken, Oct 31) against about 10,000 in Russia (Pentagon's Oct 28 figure, restated): Kursk only against the total in Russia, close values"],
        ['002-1', '004-1', 'about 8,000 in Kursk (Blinken, Oct 31) against the first group of about 1,500 (NIS, restated): a first group against a later total'],
        ['002-1', '004-3', 'about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelenskyy, restated): a later restatement of the same two reports, already told once'],
        ['002-1', '004-4', 'about 8,000 in Kursk (Blinken, Oct 31) against 10,000-11,000 in Russia (South Korean official, Nov 12): Kursk only against the total in Russia, close values, 12 days apart'],
        ['002-1', '006-5', 'about 8,000 in Kursk (Blinken, Oct 31) against about 11,000 sent (NIS, Dec 19): totals at different times, 49 days apart'],
        ['002-1', '012-3', 'about 8,000 in Kursk (Blinken, Oct 31) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['002-1', '012-4', 'about 8,000 in Kursk (Blinken, Oct 31) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): totals at different times, months apart'],
        ['002-1', '014-3', 'about 8,000 in Kursk (Blinken, Oct 31) against about ten thousand remaining (NIS, Dec 2025): totals at different times, months apart'],
        ['002-2', '003-1', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against 11,000 in Kursk (Zelensky, Nov 4): Kursk only against the total in Russia, close values"],
        ['002-2', '004-1', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against the first group of about 1,500 (NIS, restated): a first group against a later total"],
        ['002-2', '004-2', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against about 8,000 in Kursk (Blinken, restated): Kursk only against the total in Russia, close values"],
        ['002-2', '004-3', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against 11,000 in Kursk (Zelenskyy, restated): Kursk only against the total in Russia, close values"],
        ['002-2', '004-4', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against 10,000-11,000 in Russia (South Korean official, Nov 12): compatible values, listed in case, 15 days apart"],
        ['002-2', '006-5', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against about 11,000 sent (NIS, Dec 19): compatible values, listed in case, 52 days apart"],
        ['002-2', '012-3', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ['002-2', '012-4', "about 10,000 in Russia (Pentagon's Oct 28 figure, restated) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart"],
        ['003-1', '004-1', '11,000 in Kursk (Zelensky, Nov 4) against the first group of about 1,500 (NIS, restated): a first group against a later total'],
        ['003-1', '004-2', '11,000 in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, restated): a later restatement of the same two reports, already told once'],
        ['003-1', '004-4', '11,000 in Kursk (Zelensky, Nov 4) against 10,000-11,000 in Russia (South Korean official, Nov 12): Kursk only against the total in Russia, close values, 8 days apart'],
        ['003-1', '012-3', '11,000 in Kursk (Zelensky, Nov 4) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['003-1', '012-4', '11,000 in Kursk (Zelensky, Nov 4) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart'],
        ['003-1', '014-3', '11,000 in Kursk (Zelensky, Nov 4) against about ten thousand remaining (NIS, Dec 2025): compatible values, listed in case, months apart'],
        ['004-1', '004-2', 'the first group of about 1,500 (NIS, restated) against about 8,000 in Kursk (Blinken, restated): a first group against a later total'],
        ['004-1', '004-3', 'the first group of about 1,500 (NIS, restated) against 11,000 in Kursk (Zelenskyy, restated): a first group against a later total'],
        ['004-1', '004-4', 'the first group of about 1,500 (NIS, restated) against 10,000-11,000 in Russia (South Korean official, Nov 12): a first group against a later total'],
        ['004-1', '006-5', 'the first group of about 1,500 (NIS, restated) against about 11,000 sent (NIS, Dec 19): a first group against a later total'],
        ['004-1', '012-3', 'the first group of about 1,500 (NIS, restated) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['004-1', '012-4', 'the first group of about 1,500 (NIS, restated) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): a first group against a later total'],
        ['004-1', '014-3', 'the first group of about 1,500 (NIS, restated) against about ten thousand remaining (NIS, Dec 2025): a first group against a later total'],
        ['004-2', '004-4', 'about 8,000 in Kursk (Blinken, restated) against 10,000-11,000 in Russia (South Korean official, Nov 12): Kursk only against the total in Russia, close values, 12 days apart'],
        ['004-2', '006-5', 'about 8,000 in Kursk (Blinken, restated) against about 11,000 sent (NIS, Dec 19): totals at different times, 49 days apart'],
        ['004-2', '012-3', 'about 8,000 in Kursk (Blinken, restated) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['004-2', '012-4', 'about 8,000 in Kursk (Blinken, restated) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): totals at different times, months apart'],
        ['004-2', '014-3', 'about 8,000 in Kursk (Blinken, restated) against about ten thousand remaining (NIS, Dec 2025): totals at different times, months apart'],
        ['004-3', '004-4', '11,000 in Kursk (Zelenskyy, restated) against 10,000-11,000 in Russia (South Korean official, Nov 12): Kursk only against the total in Russia, close values, 8 days apart'],
        ['004-3', '012-3', '11,000 in Kursk (Zelenskyy, restated) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['004-3', '012-4', '11,000 in Kursk (Zelenskyy, restated) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart'],
        ['004-3', '014-3', '11,000 in Kursk (Zelenskyy, restated) against about ten thousand remaining (NIS, Dec 2025): compatible values, listed in case, months apart'],
        ['004-4', '006-5', '10,000-11,000 in Russia (South Korean official, Nov 12) against about 11,000 sent (NIS, Dec 19): compatible values, listed in case, 37 days apart'],
        ['004-4', '012-3', '10,000-11,000 in Russia (South Korean official, Nov 12) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['004-4', '012-4', '10,000-11,000 in Russia (South Korean official, Nov 12) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart'],
        ['004-4', '014-3', '10,000-11,000 in Russia (South Korean official, Nov 12) against about ten thousand remaining (NIS, Dec 2025): compatible values, listed in case, months apart'],
        ['006-1', '012-2', 'at least 100 killed (NIS via Lee, Dec 19) against about 600 killed (NIS, Apr 30 2025): a lower bound the other figure satisfies, months apart'],
        ['006-1', '012-5', 'at least 100 killed (NIS via Lee, Dec 19) against about 300 killed (NIS, Jan 2025): a lower bound the other figure satisfies, 25 days apart'],
        ['006-1', '014-1', 'at least 100 killed (NIS via Lee, Dec 19) against about 2,000 killed (NIS, Sep 2025): a lower bound the other figure satisfies, months apart'],
        ['006-1', '014-2', "at least 100 killed (NIS via Lee, Dec 19) against about 600 killed (NIS's April figure, restated): a lower bound the other figure satisfies, months apart"],
        ['006-1', '014-4', 'at least 100 killed (NIS via Lee, Dec 19) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['006-2', '012-6', 'nearly 1,000 wounded (NIS via Lee, Dec 19) against about 2,700 wounded (NIS, Jan 2025): a rising count, 25 days apart'],
        ['006-3', '006-4', 'several hundred casualties (U.S. official, Dec 16) against at least 30 casualties near three villages (HUR, Dec 15): a part against the whole'],
        ['006-3', '008-1', 'several hundred casualties (U.S. official, Dec 16) against about 1,100 casualties (JCS, Dec 23): a vague count'],
        ['006-3', '009-1', 'several hundred casualties (U.S. official, Dec 16) against more than 3,000 casualties (Zelensky, Dec 23): a vague count'],
        ['006-3', '010-1', 'several hundred casualties (U.S. official, Dec 16) against more than 3,000 casualties (Zelensky, restated Dec 27): a vague count'],
        ['006-3', '010-2', 'several hundred casualties (U.S. official, Dec 16) against about 1,100 casualties (JCS, restated Dec 27): a vague count'],
        ['006-3', '012-1', 'several hundred casualties (U.S. official, Dec 16) against about 4,700 casualties (NIS, Apr 30 2025): a vague count, months apart'],
        ['006-4', '008-1', 'at least 30 casualties near three villages (HUR, Dec 15) against about 1,100 casualties (JCS, Dec 23): a part against the whole'],
        ['006-4', '009-1', 'at least 30 casualties near three villages (HUR, Dec 15) against more than 3,000 casualties (Zelensky, Dec 23): a part against the whole'],
        ['006-4', '010-1', 'at least 30 casualties near three villages (HUR, Dec 15) against more than 3,000 casualties (Zelensky, restated Dec 27): a part against the whole'],
        ['006-4', '010-2', 'at least 30 casualties near three villages (HUR, Dec 15) against about 1,100 casualties (JCS, restated Dec 27): a part against the whole'],
        ['006-4', '010-5', 'at least 30 casualties near three villages (HUR, Dec 15) against several hundred casualties (U.S. official, restated): a part against the whole'],
        ['006-4', '012-1', 'at least 30 casualties near three villages (HUR, Dec 15) against about 4,700 casualties (NIS, Apr 30 2025): a part against the whole'],
        ['006-5', '012-3', 'about 11,000 sent (NIS, Dec 19) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total'],
        ['006-5', '012-4', 'about 11,000 sent (NIS, Dec 19) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): compatible values, listed in case, months apart'],
        ['006-5', '014-3', 'about 11,000 sent (NIS, Dec 19) against about ten thousand remaining (NIS, Dec 2025): compatible values, listed in case, months apart'],
        ['008-1', '010-1', 'about 1,100 casualties (JCS, Dec 23) against more than 3,000 casualties (Zelensky, restated Dec 27): a later restatement of the same two reports, already told once'],
        ['008-1', '010-5', 'about 1,100 casualties (JCS, Dec 23) against several hundred casualties (U.S. official, restated): a vague count'],
        ['008-1', '012-1', 'about 1,100 casualties (JCS, Dec 23) against about 4,700 casualties (NIS, Apr 30 2025): a rising total, months apart'],
        ['008-2', '012-2', 'at least 100 killed (NIS, restated Dec 23) against about 600 killed (NIS, Apr 30 2025): a lower bound the other figure satisfies, months apart'],
        ['008-2', '012-5', 'at least 100 killed (NIS, restated Dec 23) against about 300 killed (NIS, Jan 2025): a lower bound the other figure satisfies, 25 days apart'],
        ['008-2', '014-1', 'at least 100 killed (NIS, restated Dec 23) against about 2,000 killed (NIS, Sep 2025): a lower bound the other figure satisfies, months apart'],
        ['008-2', '014-2', "at least 100 killed (NIS, restated Dec 23) against about 600 killed (NIS's April figure, restated): a lower bound the other figure satisfies, months apart"],
        ['008-2', '014-4', 'at least 100 killed (NIS, restated Dec 23) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['008-3', '012-6', 'nearly 1,000 wounded (NIS, restated Dec 23) against about 2,700 wounded (NIS, Jan 2025): a rising count, 25 days apart'],
        ['009-1', '010-2', 'more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 casualties (JCS, restated Dec 27): a later restatement of the same two reports, already told once'],
        ['009-1', '010-5', 'more than 3,000 casualties (Zelensky, Dec 23) against several hundred casualties (U.S. official, restated): a vague count'],
        ['009-1', '012-1', 'more than 3,000 casualties (Zelensky, Dec 23) against about 4,700 casualties (NIS, Apr 30 2025): a lower bound the other figure satisfies, months apart'],
        ['009-2', '009-3', '1,810 Russian casualties in one day (General Staff, Dec 23) against 784,540 Russian casualties since February 2022 (General Staff, Dec 23): a part against the whole'],
        ['010-1', '010-5', 'more than 3,000 casualties (Zelensky, restated Dec 27) against several hundred casualties (U.S. official, restated): a vague count'],
        ['010-1', '012-1', 'more than 3,000 casualties (Zelensky, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025): a lower bound the other figure satisfies, months apart'],
        ['010-2', '010-5', 'about 1,100 casualties (JCS, restated Dec 27) against several hundred casualties (U.S. official, restated): a vague count'],
        ['010-2', '012-1', 'about 1,100 casualties (JCS, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025): a rising total, months apart'],
        ['010-3', '012-2', 'at least 100 killed (NIS, restated Dec 27) against about 600 killed (NIS, Apr 30 2025): a lower bound the other figure satisfies, months apart'],
        ['010-3', '012-5', 'at least 100 killed (NIS, restated Dec 27) against about 300 killed (NIS, Jan 2025): a lower bound the other figure satisfies, 25 days apart'],
        ['010-3', '014-1', 'at least 100 killed (NIS, restated Dec 27) against about 2,000 killed (NIS, Sep 2025): a lower bound the other figure satisfies, months apart'],
        ['010-3', '014-2', "at least 100 killed (NIS, restated Dec 27) against about 600 killed (NIS's April figure, restated): a lower bound the other figure satisfies, months apart"],
        ['010-3', '014-4', 'at least 100 killed (NIS, restated Dec 27) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['010-4', '012-6', 'nearly 1,000 wounded (NIS, restated Dec 27) against about 2,700 wounded (NIS, Jan 2025): a rising count, 25 days apart'],
        ['010-5', '012-1', 'several hundred casualties (U.S. official, restated) against about 4,700 casualties (NIS, Apr 30 2025): a vague count, months apart'],
        ['012-2', '012-5', 'about 600 killed (NIS, Apr 30 2025) against about 300 killed (NIS, Jan 2025): a rising total, months apart'],
        ['012-2', '014-1', 'about 600 killed (NIS, Apr 30 2025) against about 2,000 killed (NIS, Sep 2025): a rising total, months apart'],
        ['012-2', '014-4', 'about 600 killed (NIS, Apr 30 2025) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['012-3', '012-4', 'about 3,000 reinforcements (NIS, Jan-Feb 2025) against 11,000-12,000 sent in autumn 2024 (reported Apr 2025): an additional force against the first deployment or a total'],
        ['012-3', '014-3', 'about 3,000 reinforcements (NIS, Jan-Feb 2025) against about ten thousand remaining (NIS, Dec 2025): an additional force against the first deployment or a total'],
        ['012-4', '014-3', '11,000-12,000 sent in autumn 2024 (reported Apr 2025) against about ten thousand remaining (NIS, Dec 2025): compatible values, listed in case, months apart'],
        ['012-5', '014-1', 'about 300 killed (NIS, Jan 2025) against about 2,000 killed (NIS, Sep 2025): a rising total, months apart'],
        ['012-5', '014-2', "about 300 killed (NIS, Jan 2025) against about 600 killed (NIS's April figure, restated): a rising total, months apart"],
        ['012-5', '014-4', 'about 300 killed (NIS, Jan 2025) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['014-1', '014-2', "about 2,000 killed (NIS, Sep 2025) against about 600 killed (NIS's April figure, restated): a rising total, months apart"],
        ['014-1', '014-4', 'about 2,000 killed (NIS, Sep 2025) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole'],
        ['014-2', '014-4', "about 600 killed (NIS's April figure, restated) against nine engineers killed clearing mines (KCNA, Dec 2025): a part against the whole"],
        ['004-5', '004-2', 'about 50,000 Russian troops massed in Kursk (U.S. officials, Nov 9-10) against about 8,000 in Kursk (Blinken, restated): a different subject, in case the 50,000 is read as including the North Koreans'],
        ['004-5', '004-3', 'about 50,000 Russian troops massed in Kursk (U.S. officials, Nov 9-10) against 11,000 in Kursk (Zelenskyy, restated): a different subject, in case the 50,000 is read as including the North Koreans'],
        ['004-5', '004-4', 'about 50,000 Russian troops massed in Kursk (U.S. officials, Nov 9-10) against 10,000-11,000 in Russia (South Korean official, Nov 12): a different subject, in case the 50,000 is read as including the North Koreans'],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
