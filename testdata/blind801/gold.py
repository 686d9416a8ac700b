#!/usr/bin/env python3
"""Gold labels for testdata/blind801 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind801/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE_NIS = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PENT = ["Pentagon", "Department of Defense", "Sabrina Singh", "Singh", "Pentagon spokesman", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Kyiv", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea", "Seoul"]
KCNA = ["state media", "North Korean state media", "KCNA", "Korean Central News Agency", "Kim Jong Un", "North Korea", "Pyongyang"]
NYT = ["American and Ukrainian officials", "US officials", "U.S. officials", "The New York Times", "New York Times", "United States", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 North Korean special forces soldiers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", PENT,
         "That number is up from the roughly 3,000 we had briefed on Wednesday", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region bordering Ukraine", False),
        # the whole force in Russia, of which the Kursk contingent is a part
        ("troops", NK, 10000, None, "about", PENT,
         "a larger force of roughly 10,000 soldiers that Pyongyang has sent to Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
        # officers only: parts of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent that Pyongyang sent to Russia includes some 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "some 500 officers and three generals", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean soldiers had reached Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky put the figure for the same region at eleven thousand", False),
        ("troops", NK, 2000, 9000, "vague", U,
         "thousands of North Korean soldiers are now within artillery range of the front line", True),
        ("troops", RU, 50000, None, "about", NYT,
         "Russia has massed about 50,000 troops, North Koreans among them", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE_NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE_NIS,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT + ["Pentagon official"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
        # three villages, one weekend: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered about 1,100 casualties", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has exceeded 3,000", False),
    ],
    "010": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops in the Kursk region had suffered about 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded there had passed 3,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the North Koreans had suffered \"several hundred\" casualties", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
    ],
    "012": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE_NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE_NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties have exceeded 3,000 in total", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", U,
         "North Korea sent between 10,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimates North Korean losses at about 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more troops to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "puts the North's total losses at about 4,700", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have now been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russia", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers were killed during the mission", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.90", "Reading time: 4 min", "between Oct. 8 and Oct. 13", "four brigades",
            "some 12,000 soldiers in all", "11th Corps", "in their early to mid-20s",
            "preparing to send 10,000 soldiers", "about 40,000 to 45,000 personnel",
            "about 1.2 million active-duty troops", "draws 1.07 million people", "30th straight week",
            "9.1 trillion won", "1.5 trillion won"],
    "001": ["56th Security Consultative Meeting", "$425 million", "155mm and 105mm",
            "the roughly 100 U.S. soldiers", "1:46 p.m. EDT", "Oct. 28, 2024"],
    "002": ["31/10/2024 - 22:40", "August 6", "World War II", "two more villages",
            "death toll climbs to 158", "33 of 62 Russian drones"],
    "004": ["05.11.2024 09:30", "several hundred square kilometers", "Enemy losses in war reach 707,000",
            "30 of 54 drones", "August 6"],
    "005": ["Issue #112", "7 min read", "Four days later", "the gap between them is three thousand soldiers",
            "killed 1,200 Ukrainian troops in Kursk in a week", "40,000 of Kim's best", "Five charts",
            "2x miles", "21,400 subscribers", "12 Sejong-daero"],
    "006": ["12 members of the intelligence committee", "world's 10th-largest carrier", "six justices",
            "1,451 per dollar", "1,100 new production workers", "near three villages"],
    "008": ["4,112 watching now", "240mm rocket launchers", "170mm self-propelled guns", "KOSPI 2,442.01",
            "-7°C", "up to 15 cm", "31.3 per 1,000 outpatients", "12 km", "five-car collision",
            "236 North Korean defectors", "cable channel 68"],
    "009": ["3 min read", "around 800 square kilometers", "more than 16,000 members",
            "78 drones, 2 missiles", "59 drones downed", "Russia has lost 780,000 troops since February 2022",
            "Comments (87)"],
    "010": ["5 min read", "more than 1.3 million times", "nearly three times Seoul's", "four days later",
            "Comments (42)"],
    "012": ["Episode 141", "48 min", "born in 2005", "born in 1999", "since 2021", "(13:50)",
            "40 years of special warfare", "2,900 listeners", "15% off"],
    "014": ["Nikkei 225 49,507.21", "6 min read", "Fourteen months later", "two days later",
            "1,000 sappers", "5,000 military builders", "more than three times its April figure",
            "120 days", "a record 908,000", "1,000 more software engineers", "$700 billion"],
}

OFF = ["003", "007", "013"]
DUP = {"011": "002"}

# must: the first cross-article pair of each disagreement, and each article that sets the two against each other.
# may: every other pair of the same metric and subject whose values are not plainly compatible
# (first groups, wider totals, parts, additional forces, rising totals, restatements, vague counts).
conflicts = {
    "must": [
        ['002-1', '004-1', 'about 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): the same region, four days apart'],
        ['005-1', '005-2', "within one newsletter that sets them against each other: Blinken's about 8,000 in Kursk against Zelensky's eleven thousand, the same week"],
        ['008-1', '009-1', "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), both on Dec 23 2024"],
        ['010-1', '010-2', "within one fact-check that sets them against each other: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        ['000-1', '001-1', 'about 1,500 first group (NIS, Oct 18 2024) against about 10,000 in Russia (Pentagon, Oct 28 2024): a first group against a later or wider total'],
        ['000-1', '001-2', 'about 1,500 first group (NIS, Oct 18 2024) against roughly 3,000 (Pentagon, Oct 23 2024): a first group against a later or wider total'],
        ['000-1', '002-1', 'about 1,500 first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024): a first group against a later or wider total'],
        ['000-1', '002-2', 'about 1,500 first group (NIS, Oct 18 2024) against roughly 10,000 in Russia (Pentagon, restated Oct 31 2024): a first group against a later or wider total'],
        ['000-1', '004-1', 'about 1,500 first group (NIS, Oct 18 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): a first group against a later or wider total'],
        ['000-1', '004-2', 'about 1,500 first group (NIS, Oct 18 2024) against some 500 officers (HUR, Nov 2024): a part against the whole'],
        ['000-1', '004-3', 'about 1,500 first group (NIS, Oct 18 2024) against three generals (HUR, Nov 2024): a part against the whole'],
        ['000-1', '005-1', 'about 1,500 first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a first group against a later or wider total'],
        ['000-1', '005-2', 'about 1,500 first group (NIS, Oct 18 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a first group against a later or wider total'],
        ['000-1', '005-3', 'about 1,500 first group (NIS, Oct 18 2024) against thousands near the front (unattributed, vague, Nov 2024): a first group against a later or wider total'],
        ['000-1', '014-1', 'about 1,500 first group (NIS, Oct 18 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): a first group against a later or wider total'],
        ['000-1', '014-4', 'about 1,500 first group (NIS, Oct 18 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['000-1', '014-9', 'about 1,500 first group (NIS, Oct 18 2024) against about 10,000 remaining (NIS, Nov 2025): a first group against a later or wider total'],
        ['001-1', '001-2', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against roughly 3,000 (Pentagon, Oct 23 2024): within one article: an update: the earlier US figure against the risen US total'],
        ['001-1', '002-1', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024): a Russia-wide total against a Kursk count, days apart'],
        ['001-1', '004-1', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): a Russia-wide total against a Kursk count, days apart'],
        ['001-1', '004-2', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against some 500 officers (HUR, Nov 2024): a part against the whole'],
        ['001-1', '004-3', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against three generals (HUR, Nov 2024): a part against the whole'],
        ['001-1', '005-1', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a Russia-wide total against a Kursk count, days apart'],
        ['001-1', '005-2', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a Russia-wide total against a Kursk count, days apart'],
        ['001-1', '005-3', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against thousands near the front (unattributed, vague, Nov 2024): a vague count against a figure, weeks or months apart'],
        ['001-1', '014-4', 'about 10,000 in Russia (Pentagon, Oct 28 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['001-2', '002-1', 'roughly 3,000 (Pentagon, Oct 23 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024): an earlier, smaller US count days before, a rising total'],
        ['001-2', '002-2', 'roughly 3,000 (Pentagon, Oct 23 2024) against roughly 10,000 in Russia (Pentagon, restated Oct 31 2024): an update: the earlier US figure against the risen US total'],
        ['001-2', '004-1', 'roughly 3,000 (Pentagon, Oct 23 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): an earlier, smaller US count days before, a rising total'],
        ['001-2', '004-2', 'roughly 3,000 (Pentagon, Oct 23 2024) against some 500 officers (HUR, Nov 2024): a part against the whole'],
        ['001-2', '004-3', 'roughly 3,000 (Pentagon, Oct 23 2024) against three generals (HUR, Nov 2024): a part against the whole'],
        ['001-2', '005-1', 'roughly 3,000 (Pentagon, Oct 23 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): an earlier, smaller US count days before, a rising total'],
        ['001-2', '005-2', 'roughly 3,000 (Pentagon, Oct 23 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): an earlier, smaller US count days before, a rising total'],
        ['001-2', '014-1', 'roughly 3,000 (Pentagon, Oct 23 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): weeks apart, a rising total'],
        ['001-2', '014-9', 'roughly 3,000 (Pentagon, Oct 23 2024) against about 10,000 remaining (NIS, Nov 2025): months apart, a rising total'],
        ['002-1', '002-2', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against roughly 10,000 in Russia (Pentagon, restated Oct 31 2024): within one article: a Russia-wide total against a Kursk count, days apart'],
        ['002-1', '004-2', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against some 500 officers (HUR, Nov 2024): a part against the whole'],
        ['002-1', '004-3', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against three generals (HUR, Nov 2024): a part against the whole'],
        ['002-1', '005-2', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a later restatement of two reports whose disagreement is already told'],
        ['002-1', '014-1', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): weeks apart, a rising total'],
        ['002-1', '014-4', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['002-1', '014-9', 'about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 remaining (NIS, Nov 2025): months apart, a rising total'],
        ['002-2', '004-1', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): a Russia-wide total against a Kursk count, days apart'],
        ['002-2', '004-2', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against some 500 officers (HUR, Nov 2024): a part against the whole'],
        ['002-2', '004-3', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against three generals (HUR, Nov 2024): a part against the whole'],
        ['002-2', '005-1', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a Russia-wide total against a Kursk count, days apart'],
        ['002-2', '005-2', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a Russia-wide total against a Kursk count, days apart'],
        ['002-2', '005-3', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against thousands near the front (unattributed, vague, Nov 2024): a vague count against a figure, weeks or months apart'],
        ['002-2', '014-4', 'roughly 10,000 in Russia (Pentagon, restated Oct 31 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['004-1', '004-2', '11,000 in Kursk (Zelensky, Nov 4 2024) against some 500 officers (HUR, Nov 2024): within one article: a part against the whole'],
        ['004-1', '004-3', '11,000 in Kursk (Zelensky, Nov 4 2024) against three generals (HUR, Nov 2024): within one article: a part against the whole'],
        ['004-1', '005-1', '11,000 in Kursk (Zelensky, Nov 4 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a later restatement of two reports whose disagreement is already told'],
        ['004-1', '005-3', '11,000 in Kursk (Zelensky, Nov 4 2024) against thousands near the front (unattributed, vague, Nov 2024): a vague count against a figure, days apart'],
        ['004-1', '014-4', '11,000 in Kursk (Zelensky, Nov 4 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['004-1', '014-9', '11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 remaining (NIS, Nov 2025): months apart, a rising total'],
        ['004-2', '004-3', 'some 500 officers (HUR, Nov 2024) against three generals (HUR, Nov 2024): within one article: a part against the whole'],
        ['004-2', '005-1', 'some 500 officers (HUR, Nov 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a part against the whole'],
        ['004-2', '005-2', 'some 500 officers (HUR, Nov 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a part against the whole'],
        ['004-2', '005-3', 'some 500 officers (HUR, Nov 2024) against thousands near the front (unattributed, vague, Nov 2024): a part against the whole'],
        ['004-2', '014-1', 'some 500 officers (HUR, Nov 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): a part against the whole'],
        ['004-2', '014-4', 'some 500 officers (HUR, Nov 2024) against about 3,000 reinforcements (JCS, Mar 2025): a part against the whole'],
        ['004-2', '014-9', 'some 500 officers (HUR, Nov 2024) against about 10,000 remaining (NIS, Nov 2025): a part against the whole'],
        ['004-3', '005-1', 'three generals (HUR, Nov 2024) against about 8,000 in Kursk (Blinken, restated Nov 12 2024): a part against the whole'],
        ['004-3', '005-2', 'three generals (HUR, Nov 2024) against eleven thousand in Kursk (Zelensky, restated Nov 12 2024): a part against the whole'],
        ['004-3', '005-3', 'three generals (HUR, Nov 2024) against thousands near the front (unattributed, vague, Nov 2024): a part against the whole'],
        ['004-3', '014-1', 'three generals (HUR, Nov 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): a part against the whole'],
        ['004-3', '014-4', 'three generals (HUR, Nov 2024) against about 3,000 reinforcements (JCS, Mar 2025): a part against the whole'],
        ['004-3', '014-9', 'three generals (HUR, Nov 2024) against about 10,000 remaining (NIS, Nov 2025): a part against the whole'],
        ['005-1', '014-1', 'about 8,000 in Kursk (Blinken, restated Nov 12 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): weeks apart, a rising total'],
        ['005-1', '014-4', 'about 8,000 in Kursk (Blinken, restated Nov 12 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['005-1', '014-9', 'about 8,000 in Kursk (Blinken, restated Nov 12 2024) against about 10,000 remaining (NIS, Nov 2025): months apart, a rising total'],
        ['005-2', '005-3', 'eleven thousand in Kursk (Zelensky, restated Nov 12 2024) against thousands near the front (unattributed, vague, Nov 2024): within one article: a vague count against a figure, days apart'],
        ['005-2', '014-4', 'eleven thousand in Kursk (Zelensky, restated Nov 12 2024) against about 3,000 reinforcements (JCS, Mar 2025): an additional force against a total'],
        ['005-2', '014-9', 'eleven thousand in Kursk (Zelensky, restated Nov 12 2024) against about 10,000 remaining (NIS, Nov 2025): months apart, a rising total'],
        ['005-3', '014-1', 'thousands near the front (unattributed, vague, Nov 2024) against 10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025): a vague count against a figure, days apart'],
        ['005-3', '014-9', 'thousands near the front (unattributed, vague, Nov 2024) against about 10,000 remaining (NIS, Nov 2025): a vague count against a figure, weeks or months apart'],
        ['006-1', '014-10', 'at least 100 killed (NIS, Dec 19 2024) against nine engineers killed (state media, Dec 2025): a part against the whole'],
        ['006-2', '012-3', 'nearly 1,000 wounded (NIS, Dec 19 2024) against some 2,700 wounded (NIS, Jan 13 2025): weeks apart, a rising total'],
        ['006-3', '008-1', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against about 1,100 casualties (JCS, Dec 23 2024): a vague count against a figure, days apart'],
        ['006-3', '009-1', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against more than 3,000 casualties (Zelensky, Dec 23 2024): a vague count against a figure, days apart'],
        ['006-3', '010-1', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against about 1,100 casualties (JCS, restated Dec 27 2024): a vague count against a figure, days apart'],
        ['006-3', '010-2', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against more than 3,000 casualties (Zelensky, restated Dec 27 2024): a vague count against a figure, days apart'],
        ['006-3', '012-4', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against more than 3,000 casualties (NIS, Jan 13 2025): a vague count against a figure, weeks or months apart'],
        ['006-3', '014-3', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against about 4,000 casualties (HUR, late Jan 2025): a vague count against a figure, weeks or months apart'],
        ['006-3', '014-5', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against about 4,700 casualties (JCS, Mar 2025): a vague count against a figure, weeks or months apart'],
        ['006-3', '014-6', 'several hundred casualties (Pentagon, Dec 17 2024, vague) against about 4,700 casualties (NIS, Apr 2025): a vague count against a figure, weeks or months apart'],
        ['008-1', '010-2', 'about 1,100 casualties (JCS, Dec 23 2024) against more than 3,000 casualties (Zelensky, restated Dec 27 2024): a later restatement of two reports whose disagreement is already told'],
        ['008-1', '010-3', 'about 1,100 casualties (JCS, Dec 23 2024) against several hundred casualties (Pentagon, restated, vague): a vague count against a figure, days apart'],
        ['008-1', '012-4', 'about 1,100 casualties (JCS, Dec 23 2024) against more than 3,000 casualties (NIS, Jan 13 2025): weeks apart, a rising total'],
        ['008-1', '014-3', 'about 1,100 casualties (JCS, Dec 23 2024) against about 4,000 casualties (HUR, late Jan 2025): weeks apart, a rising total'],
        ['008-1', '014-5', 'about 1,100 casualties (JCS, Dec 23 2024) against about 4,700 casualties (JCS, Mar 2025): months apart, a rising total'],
        ['008-1', '014-6', 'about 1,100 casualties (JCS, Dec 23 2024) against about 4,700 casualties (NIS, Apr 2025): months apart, a rising total'],
        ['009-1', '010-1', 'more than 3,000 casualties (Zelensky, Dec 23 2024) against about 1,100 casualties (JCS, restated Dec 27 2024): a later restatement of two reports whose disagreement is already told'],
        ['009-1', '010-3', 'more than 3,000 casualties (Zelensky, Dec 23 2024) against several hundred casualties (Pentagon, restated, vague): a vague count against a figure, days apart'],
        ['010-1', '010-3', 'about 1,100 casualties (JCS, restated Dec 27 2024) against several hundred casualties (Pentagon, restated, vague): within one article: a vague count against a figure, days apart'],
        ['010-1', '012-4', 'about 1,100 casualties (JCS, restated Dec 27 2024) against more than 3,000 casualties (NIS, Jan 13 2025): weeks apart, a rising total'],
        ['010-1', '014-3', 'about 1,100 casualties (JCS, restated Dec 27 2024) against about 4,000 casualties (HUR, late Jan 2025): weeks apart, a rising total'],
        ['010-1', '014-5', 'about 1,100 casualties (JCS, restated Dec 27 2024) against about 4,700 casualties (JCS, Mar 2025): months apart, a rising total'],
        ['010-1', '014-6', 'about 1,100 casualties (JCS, restated Dec 27 2024) against about 4,700 casualties (NIS, Apr 2025): months apart, a rising total'],
        ['010-2', '010-3', 'more than 3,000 casualties (Zelensky, restated Dec 27 2024) against several hundred casualties (Pentagon, restated, vague): within one article: a vague count against a figure, days apart'],
        ['010-3', '012-4', 'several hundred casualties (Pentagon, restated, vague) against more than 3,000 casualties (NIS, Jan 13 2025): a vague count against a figure, weeks or months apart'],
        ['010-3', '014-3', 'several hundred casualties (Pentagon, restated, vague) against about 4,000 casualties (HUR, late Jan 2025): a vague count against a figure, weeks or months apart'],
        ['010-3', '014-5', 'several hundred casualties (Pentagon, restated, vague) against about 4,700 casualties (JCS, Mar 2025): a vague count against a figure, weeks or months apart'],
        ['010-3', '014-6', 'several hundred casualties (Pentagon, restated, vague) against about 4,700 casualties (NIS, Apr 2025): a vague count against a figure, weeks or months apart'],
        ['010-4', '014-10', 'at least 100 killed (NIS, restated Dec 27 2024) against nine engineers killed (state media, Dec 2025): a part against the whole'],
        ['010-5', '012-3', 'close to 1,000 wounded (NIS, restated Dec 27 2024) against some 2,700 wounded (NIS, Jan 13 2025): weeks apart, a rising total'],
        ['012-2', '014-7', 'about 300 killed (NIS, Jan 13 2025) against roughly 600 killed (NIS, Apr 2025): months apart, a rising total'],
        ['012-2', '014-8', 'about 300 killed (NIS, Jan 13 2025) against about 2,000 killed (NIS, Sep 2025): months apart, a rising total'],
        ['012-2', '014-10', 'about 300 killed (NIS, Jan 13 2025) against nine engineers killed (state media, Dec 2025): a part against the whole'],
        ['014-1', '014-4', '10,000-12,000 sent in autumn 2024 (unattributed, Dec 2025) against about 3,000 reinforcements (JCS, Mar 2025): within one article: an additional force against a total'],
        ['014-3', '014-5', 'about 4,000 casualties (HUR, late Jan 2025) against about 4,700 casualties (JCS, Mar 2025): within one article: months apart, a rising total'],
        ['014-3', '014-6', 'about 4,000 casualties (HUR, late Jan 2025) against about 4,700 casualties (NIS, Apr 2025): within one article: months apart, a rising total'],
        ['014-4', '014-9', 'about 3,000 reinforcements (JCS, Mar 2025) against about 10,000 remaining (NIS, Nov 2025): within one article: an additional force against a total'],
        ['014-7', '014-8', 'roughly 600 killed (NIS, Apr 2025) against about 2,000 killed (NIS, Sep 2025): within one article: months apart, a rising total'],
        ['014-7', '014-10', 'roughly 600 killed (NIS, Apr 2025) against nine engineers killed (state media, Dec 2025): within one article: a part against the whole'],
        ['014-8', '014-10', 'about 2,000 killed (NIS, Sep 2025) against nine engineers killed (state media, Dec 2025): within one article: a part against the whole'],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
