#!/usr/bin/env python3
"""Gold labels for testdata/blind818 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind818/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea's spy agency",
       "spy agency", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korean military", "South Korea"]
SKO = ["South Korean officials", "South Korea"] + JCS[:3] + NIS[:2]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Washington", "Pentagon", "United States", "U.S.", "US"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"]
PENT = ["Pentagon", "U.S. Defense Department", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "two U.S. officials", "United States", "U.S.", "US"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"]
GSUA = ["General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff", "General Staff", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korean state media", "North Korea", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of some 1,500 North Korean special operations soldiers", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        # the whole of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "the roughly 10,000 North Korean troops Washington believes have been sent to eastern Russia", False),
        # the earlier figure, restated as the base of a rising estimate
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "put the number of North Korean soldiers who had reached Russia at no fewer than 3,000", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean military personnel in Russia's Kursk region", False),
    ],
    "004": [
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # a part of the 10,000, vague
        ("troops", NK, 1000, 9000, "vague", USOFF,
         "Thousands of them have since been moved west toward the front", True),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "puts the count higher, at eleven thousand", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed about 50,000 of its own troops", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # three villages, two days: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "At least 30 North Korean soldiers were killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "an estimated 1,100 North Korean troops had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "008": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has taken two North Korean soldiers alive", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "Casualties among North Korean troops have topped 3,000", False),
    ],
    "009": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS + NIS[:2],
         "A second contingent of about 3,000 North Korean soldiers arrived in Russia", False),
        ("troops", NK, 11000, 12000, "range", U + ["IISS"],
         "The initial contingent, generally estimated at 11,000-12,000 troops", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "put them at about 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", SKO,
         "the total has reached roughly 4,700", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", LEE,
         "about 4,700 North Korean soldiers have been killed or wounded in Russia so far", False),
        ("killed", NK, 600, None, "about", LEE,
         "some 600 were killed", False),
        # the January figure, restated as the base of the rise
        ("killed", NK, 300, None, "about", PARK,
         "In January the NIS counted about 300 dead", False),
        ("troops", NK, 11000, None, "about", PARK,
         "about 11,000 were sent in the first deployment last year", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", PARK,
         "roughly 3,000 more as reinforcements early this year", False),
        # a reporter's question restating the prisoners
        ("captured", NK, 2, None, "exact", U + NIS,
         "the two prisoners held by Ukraine", True),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "the Ukrainian armed forces had lost over 76,000 servicemen in the Kursk Region", False),
    ],
    "013": [
        ("troops", NK, 10000, None, "about", NIS,
         "Around 10,000 North Korean soldiers remain stationed in the Russian regions bordering Ukraine", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers had died in Russia", False),
        # the April figure, restated as the base of the rise
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in its April count", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers had been killed while clearing mines", False),
        ("casualties", RU, 1100000, None, "more_than", GSUA,
         "Russia has lost more than 1.1 million soldiers killed and wounded", False),
        ("troops", NK, 1000, 9000, "vague", ["South Korean defence ministry official", "South Korea's defence ministry", "South Korea"],
         "North Korea now has thousands of soldiers with combat experience", True),
    ],
}

NOT = {
    "000": ["roughly 12,000 troops in total", "four brigades", "between Oct. 8 and 13",
            "more than 13,000 containers", "about 1.28 million", "Views 21,407", "Comments 318",
            "KOSPI 2,593.62", "USD/KRW 1,368.50", "Oct. 16", "Foreign residents in Korea top 2.6 million",
            "Two Marines hurt", "30th straight week", "1 in 4 new conscripts"],
    "001": ["several hundred square kilometres", "dozens of villages", "21%", "injuring 36",
            "13th straight month"],
    "002": ["1,962 views", "about 600 square kilometers", "August 6", "1,430 invaders",
            "29 artillery systems", "12 injured"],
    "004": ["differ by thousands", "two U.S. officials", "as many as 12,000", "about $2,000 a month per soldier",
            "since 1953", "1,248 comments", "7 min read", "Listen (8 min)", "rises to 219", "1 in 5 children", "Oct. 18", "Nov. 4"],
    "005": ["1,452.10 per dollar", "KOSPI 2,404.15", "-11°C", "minus 11 degrees Celsius",
            "four days after", "Dec. 3", "about 1,500 officers", "100,000 people", "9.2 MB", "March 2009"],
    "006": ["78 drones", "54 of them", "another 22", "18 Bohdana", "570 million Danish kroner",
            "Dec. 14 and 15", "6 updates", "Russia lost 1,570 troops in past day", "11 injured",
            "18,000 members"],
    "008": ["Issue No. 118", "6 min read", "born in 2005", "born in 1999", "since 2016", "roughly three times",
            "2,497.42", "1,465.60 per dollar", "3% benchmark rate", "below 700,000",
            "About 3,000 police officers", "2 trillion won"],
    "009": ["nearly 40% of the original force", "XI Corps", "since 1953", "some 400 square kilometres",
            "about 1,300", "7.2% rise", "30,000 a month", "412 KB", "9 minutes"],
    "010": ["April 26", "April 28", "2,556.61", "up 3%"],
    "011": ["1,000 sappers, 5,000 military builders", "1,000 sappers and 5,000 military builders",
            "one thousand sappers", "five thousand military builders",
            "more than 7,000 pieces", "June 2024", "eight months of fighting", "August 6, 2024", "April 26, 2025",
            "up to 1,050 troops"],
    "013": ["Eight months after", "eight months of fighting", "5 min read", "December 12", "69.1 million",
            "3 free articles"],
}

OFF = ["003", "007", "012"]
DUP = {"014": "001"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), five days apart: the first articles carrying each"],
        ["004-3", "004-4", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's eleven thousand "
                           "in Kursk, set against each other"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than "
                           "3,000 killed or wounded (Zelensky, Dec 23), the same day"],
        ["006-3", "006-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than "
                           "3,000, the same day"],
    ],
    "may": [
        ["000-1", "001-1", "1,500 first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024): the first group against a later total or force"],
        ["000-1", "001-2", "1,500 first group (NIS, Oct 18 2024) against about 10,000 in Russia (Austin, Oct 31 2024): the first group against a later total or force"],
        ["000-1", "001-3", "1,500 first group (NIS, Oct 18 2024) against at least 3,000 (Kirby, Oct 23 2024): the first group against a later total or force"],
        ["000-1", "002-1", "1,500 first group (NIS, Oct 18 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): the first group against a later total or force"],
        ["000-1", "004-1", "1,500 first group (NIS, Oct 18 2024) against about 10,000 in Russia (Pentagon, late Oct 2024): the first group against a later total or force"],
        ["000-1", "004-2", "1,500 first group (NIS, Oct 18 2024) against thousands moved west (US officials, vague): the first group against a later total or force"],
        ["000-1", "004-3", "1,500 first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, restated): the first group against a later total or force"],
        ["000-1", "004-4", "1,500 first group (NIS, Oct 18 2024) against eleven thousand in Kursk (Zelensky, restated): the first group against a later total or force"],
        ["000-1", "009-1", "1,500 first group (NIS, Oct 18 2024) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): the first group against a later total or force"],
        ["000-1", "009-2", "1,500 first group (NIS, Oct 18 2024) against 11,000-12,000 first contingent (Mar 2025): the first group against a later total or force"],
        ["000-1", "010-4", "1,500 first group (NIS, Oct 18 2024) against about 11,000 first deployment (NIS, Apr 2025): the first group against a later total or force"],
        ["000-1", "010-5", "1,500 first group (NIS, Oct 18 2024) against about 3,000 reinforcements (NIS, Apr 2025): the first group against a later total or force"],
        ["000-1", "013-1", "1,500 first group (NIS, Oct 18 2024) against about 10,000 remaining (NIS, Nov 2025): the first group against a later total or force"],
        ["000-1", "013-6", "1,500 first group (NIS, Oct 18 2024) against thousands with combat experience (vague, Dec 2025): the first group against a later total or force"],
        ["001-1", "001-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 in Russia (Austin, Oct 31 2024): the part in Kursk against the whole sent to Russia"],
        ["001-1", "001-3", "about 8,000 in Kursk (Blinken, Oct 31 2024) against at least 3,000 (Kirby, Oct 23 2024): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-1", "004-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 in Russia (Pentagon, late Oct 2024): the part in Kursk against the whole sent to Russia"],
        ["001-1", "004-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against thousands moved west (US officials, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["001-1", "004-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against eleven thousand in Kursk (Zelensky, restated): the same two reports restated in a later article; the disagreement was already told"],
        ["001-1", "009-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["001-1", "009-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["001-1", "010-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["001-1", "010-5", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["001-1", "013-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["001-1", "013-6", "about 8,000 in Kursk (Blinken, Oct 31 2024) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["001-2", "001-3", "about 10,000 in Russia (Austin, Oct 31 2024) against at least 3,000 (Kirby, Oct 23 2024): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-2", "002-1", "about 10,000 in Russia (Austin, Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-2", "004-2", "about 10,000 in Russia (Austin, Oct 31 2024) against thousands moved west (US officials, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["001-2", "004-3", "about 10,000 in Russia (Austin, Oct 31 2024) against about 8,000 in Kursk (Blinken, restated): the part in Kursk against the whole sent to Russia"],
        ["001-2", "004-4", "about 10,000 in Russia (Austin, Oct 31 2024) against eleven thousand in Kursk (Zelensky, restated): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-2", "009-1", "about 10,000 in Russia (Austin, Oct 31 2024) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["001-2", "009-2", "about 10,000 in Russia (Austin, Oct 31 2024) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["001-2", "010-4", "about 10,000 in Russia (Austin, Oct 31 2024) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["001-2", "010-5", "about 10,000 in Russia (Austin, Oct 31 2024) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["001-2", "013-6", "about 10,000 in Russia (Austin, Oct 31 2024) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["001-3", "002-1", "at least 3,000 (Kirby, Oct 23 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024): 12 days apart, a rising total"],
        ["001-3", "004-1", "at least 3,000 (Kirby, Oct 23 2024) against about 10,000 in Russia (Pentagon, late Oct 2024): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-3", "004-2", "at least 3,000 (Kirby, Oct 23 2024) against thousands moved west (US officials, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["001-3", "004-3", "at least 3,000 (Kirby, Oct 23 2024) against about 8,000 in Kursk (Blinken, restated): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["001-3", "004-4", "at least 3,000 (Kirby, Oct 23 2024) against eleven thousand in Kursk (Zelensky, restated): 12 days apart, a rising total"],
        ["001-3", "009-2", "at least 3,000 (Kirby, Oct 23 2024) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["001-3", "010-4", "at least 3,000 (Kirby, Oct 23 2024) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["001-3", "013-1", "at least 3,000 (Kirby, Oct 23 2024) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["001-3", "013-6", "at least 3,000 (Kirby, Oct 23 2024) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["002-1", "004-1", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 in Russia (Pentagon, late Oct 2024): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["002-1", "004-2", "11,000 in Kursk (Zelensky, Nov 4 2024) against thousands moved west (US officials, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["002-1", "004-3", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 8,000 in Kursk (Blinken, restated): the same two reports restated in a later article; the disagreement was already told"],
        ["002-1", "009-1", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["002-1", "009-2", "11,000 in Kursk (Zelensky, Nov 4 2024) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["002-1", "010-5", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["002-1", "013-1", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["002-1", "013-6", "11,000 in Kursk (Zelensky, Nov 4 2024) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-1", "004-2", "about 10,000 in Russia (Pentagon, late Oct 2024) against thousands moved west (US officials, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-1", "004-3", "about 10,000 in Russia (Pentagon, late Oct 2024) against about 8,000 in Kursk (Blinken, restated): the part in Kursk against the whole sent to Russia"],
        ["004-1", "004-4", "about 10,000 in Russia (Pentagon, late Oct 2024) against eleven thousand in Kursk (Zelensky, restated): compatible or close estimates (a bound the other satisfies, or within rounding)"],
        ["004-1", "009-1", "about 10,000 in Russia (Pentagon, late Oct 2024) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-1", "009-2", "about 10,000 in Russia (Pentagon, late Oct 2024) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["004-1", "010-4", "about 10,000 in Russia (Pentagon, late Oct 2024) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["004-1", "010-5", "about 10,000 in Russia (Pentagon, late Oct 2024) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-1", "013-6", "about 10,000 in Russia (Pentagon, late Oct 2024) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-2", "004-3", "thousands moved west (US officials, vague) against about 8,000 in Kursk (Blinken, restated): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-2", "004-4", "thousands moved west (US officials, vague) against eleven thousand in Kursk (Zelensky, restated): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-2", "009-1", "thousands moved west (US officials, vague) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-2", "009-2", "thousands moved west (US officials, vague) against 11,000-12,000 first contingent (Mar 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-2", "010-4", "thousands moved west (US officials, vague) against about 11,000 first deployment (NIS, Apr 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-2", "010-5", "thousands moved west (US officials, vague) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-2", "013-1", "thousands moved west (US officials, vague) against about 10,000 remaining (NIS, Nov 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-3", "009-1", "about 8,000 in Kursk (Blinken, restated) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-3", "009-2", "about 8,000 in Kursk (Blinken, restated) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["004-3", "010-4", "about 8,000 in Kursk (Blinken, restated) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["004-3", "010-5", "about 8,000 in Kursk (Blinken, restated) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-3", "013-1", "about 8,000 in Kursk (Blinken, restated) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["004-3", "013-6", "about 8,000 in Kursk (Blinken, restated) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["004-4", "009-1", "eleven thousand in Kursk (Zelensky, restated) against about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-4", "009-2", "eleven thousand in Kursk (Zelensky, restated) against 11,000-12,000 first contingent (Mar 2025): months apart"],
        ["004-4", "010-5", "eleven thousand in Kursk (Zelensky, restated) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["004-4", "013-1", "eleven thousand in Kursk (Zelensky, restated) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["004-4", "013-6", "eleven thousand in Kursk (Zelensky, restated) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["005-1", "006-2", "about 1,100 (JCS, Dec 23 2024) against at least 30 in three villages (HUR, one battle): a part of the force (one battle, one unit, some of them) against the whole"],
        ["005-1", "006-4", "about 1,100 (JCS, Dec 23 2024) against several hundred (Pentagon, Dec 16-17, vague): a vague count against a figure"],
        ["005-1", "008-4", "about 1,100 (JCS, Dec 23 2024) against more than 3,000 (NIS via Lee, Jan 13 2025): 21 days apart, a rising total"],
        ["005-1", "009-3", "about 1,100 (JCS, Dec 23 2024) against about 4,000 (HUR, end of Jan 2025): 39 days apart, a rising total"],
        ["005-1", "009-4", "about 1,100 (JCS, Dec 23 2024) against about 4,700 (South Korean officials, Mar 2025): months apart, a rising total"],
        ["005-1", "010-1", "about 1,100 (JCS, Dec 23 2024) against about 4,700 (NIS, Apr 30 2025): months apart, a rising total"],
        ["005-2", "008-2", "at least 100 (NIS, Dec 19 2024) against about 300 (NIS, Jan 13 2025): 25 days apart, a rising total"],
        ["005-2", "010-2", "at least 100 (NIS, Dec 19 2024) against about 600 (NIS, Apr 30 2025): months apart, a rising total"],
        ["005-2", "010-3", "at least 100 (NIS, Dec 19 2024) against about 300 (NIS's January figure, restated in April): 25 days apart, a rising total"],
        ["005-2", "013-2", "at least 100 (NIS, Dec 19 2024) against about 2,000 (NIS, Sep 2025): months apart, a rising total"],
        ["005-2", "013-3", "at least 100 (NIS, Dec 19 2024) against about 600 (NIS's April figure, restated in December): months apart, a rising total"],
        ["005-2", "013-4", "at least 100 (NIS, Dec 19 2024) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
        ["005-3", "008-3", "nearly 1,000 (NIS, Dec 19 2024) against about 2,700 (NIS, Jan 13 2025): 25 days apart, a rising total"],
        ["006-1", "006-2", "more than 3,000 (Zelensky, Dec 23 2024) against at least 30 in three villages (HUR, one battle): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-1", "006-4", "more than 3,000 (Zelensky, Dec 23 2024) against several hundred (Pentagon, Dec 16-17, vague): a vague count against a figure"],
        ["006-1", "009-3", "more than 3,000 (Zelensky, Dec 23 2024) against about 4,000 (HUR, end of Jan 2025): 39 days apart, a rising total"],
        ["006-1", "009-4", "more than 3,000 (Zelensky, Dec 23 2024) against about 4,700 (South Korean officials, Mar 2025): months apart, a rising total"],
        ["006-1", "010-1", "more than 3,000 (Zelensky, Dec 23 2024) against about 4,700 (NIS, Apr 30 2025): months apart, a rising total"],
        ["006-2", "006-3", "at least 30 in three villages (HUR, one battle) against about 1,100 (JCS, restated in the live blog): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-2", "006-4", "at least 30 in three villages (HUR, one battle) against several hundred (Pentagon, Dec 16-17, vague): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-2", "008-4", "at least 30 in three villages (HUR, one battle) against more than 3,000 (NIS via Lee, Jan 13 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-2", "009-3", "at least 30 in three villages (HUR, one battle) against about 4,000 (HUR, end of Jan 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-2", "009-4", "at least 30 in three villages (HUR, one battle) against about 4,700 (South Korean officials, Mar 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-2", "010-1", "at least 30 in three villages (HUR, one battle) against about 4,700 (NIS, Apr 30 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["006-3", "006-4", "about 1,100 (JCS, restated in the live blog) against several hundred (Pentagon, Dec 16-17, vague): a vague count against a figure"],
        ["006-3", "008-4", "about 1,100 (JCS, restated in the live blog) against more than 3,000 (NIS via Lee, Jan 13 2025): 21 days apart, a rising total"],
        ["006-3", "009-3", "about 1,100 (JCS, restated in the live blog) against about 4,000 (HUR, end of Jan 2025): 39 days apart, a rising total"],
        ["006-3", "009-4", "about 1,100 (JCS, restated in the live blog) against about 4,700 (South Korean officials, Mar 2025): months apart, a rising total"],
        ["006-3", "010-1", "about 1,100 (JCS, restated in the live blog) against about 4,700 (NIS, Apr 30 2025): months apart, a rising total"],
        ["006-4", "008-4", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (NIS via Lee, Jan 13 2025): a vague count against a figure"],
        ["006-4", "009-3", "several hundred (Pentagon, Dec 16-17, vague) against about 4,000 (HUR, end of Jan 2025): a vague count against a figure"],
        ["006-4", "009-4", "several hundred (Pentagon, Dec 16-17, vague) against about 4,700 (South Korean officials, Mar 2025): a vague count against a figure"],
        ["006-4", "010-1", "several hundred (Pentagon, Dec 16-17, vague) against about 4,700 (NIS, Apr 30 2025): a vague count against a figure"],
        ["008-2", "010-2", "about 300 (NIS, Jan 13 2025) against about 600 (NIS, Apr 30 2025): months apart, a rising total"],
        ["008-2", "013-2", "about 300 (NIS, Jan 13 2025) against about 2,000 (NIS, Sep 2025): months apart, a rising total"],
        ["008-2", "013-3", "about 300 (NIS, Jan 13 2025) against about 600 (NIS's April figure, restated in December): months apart, a rising total"],
        ["008-2", "013-4", "about 300 (NIS, Jan 13 2025) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
        ["008-4", "009-3", "more than 3,000 (NIS via Lee, Jan 13 2025) against about 4,000 (HUR, end of Jan 2025): 18 days apart, a rising total"],
        ["008-4", "009-4", "more than 3,000 (NIS via Lee, Jan 13 2025) against about 4,700 (South Korean officials, Mar 2025): months apart, a rising total"],
        ["008-4", "010-1", "more than 3,000 (NIS via Lee, Jan 13 2025) against about 4,700 (NIS, Apr 30 2025): months apart, a rising total"],
        ["009-1", "009-2", "about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025) against 11,000-12,000 first contingent (Mar 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["009-1", "010-4", "about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025) against about 11,000 first deployment (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["009-1", "013-1", "about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025) against about 10,000 remaining (NIS, Nov 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["009-1", "013-6", "about 3,000 reinforcements (JCS/NIS, Jan-Feb 2025) against thousands with combat experience (vague, Dec 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["009-2", "010-4", "11,000-12,000 first contingent (Mar 2025) against about 11,000 first deployment (NIS, Apr 2025): months apart"],
        ["009-2", "010-5", "11,000-12,000 first contingent (Mar 2025) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["009-2", "013-1", "11,000-12,000 first contingent (Mar 2025) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["009-2", "013-6", "11,000-12,000 first contingent (Mar 2025) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["009-3", "009-4", "about 4,000 (HUR, end of Jan 2025) against about 4,700 (South Korean officials, Mar 2025): 32 days apart, a rising total"],
        ["009-3", "010-1", "about 4,000 (HUR, end of Jan 2025) against about 4,700 (NIS, Apr 30 2025): months apart, a rising total"],
        ["010-2", "010-3", "about 600 (NIS, Apr 30 2025) against about 300 (NIS's January figure, restated in April): months apart, a rising total"],
        ["010-2", "013-2", "about 600 (NIS, Apr 30 2025) against about 2,000 (NIS, Sep 2025): months apart, a rising total"],
        ["010-2", "013-4", "about 600 (NIS, Apr 30 2025) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
        ["010-3", "013-2", "about 300 (NIS's January figure, restated in April) against about 2,000 (NIS, Sep 2025): months apart, a rising total"],
        ["010-3", "013-3", "about 300 (NIS's January figure, restated in April) against about 600 (NIS's April figure, restated in December): months apart, a rising total"],
        ["010-3", "013-4", "about 300 (NIS's January figure, restated in April) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
        ["010-4", "010-5", "about 11,000 first deployment (NIS, Apr 2025) against about 3,000 reinforcements (NIS, Apr 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["010-4", "013-1", "about 11,000 first deployment (NIS, Apr 2025) against about 10,000 remaining (NIS, Nov 2025): months apart"],
        ["010-4", "013-6", "about 11,000 first deployment (NIS, Apr 2025) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["010-5", "013-1", "about 3,000 reinforcements (NIS, Apr 2025) against about 10,000 remaining (NIS, Nov 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["010-5", "013-6", "about 3,000 reinforcements (NIS, Apr 2025) against thousands with combat experience (vague, Dec 2025): an additional force (reinforcements) against the first contingent or a total"],
        ["013-1", "013-6", "about 10,000 remaining (NIS, Nov 2025) against thousands with combat experience (vague, Dec 2025): a part of the force (one battle, one unit, some of them) against the whole"],
        ["013-2", "013-3", "about 2,000 (NIS, Sep 2025) against about 600 (NIS's April figure, restated in December): months apart, a rising total"],
        ["013-2", "013-4", "about 2,000 (NIS, Sep 2025) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
        ["013-3", "013-4", "about 600 (NIS's April figure, restated in December) against nine engineers (KCNA, one regiment): a part of the force (one battle, one unit, some of them) against the whole"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
