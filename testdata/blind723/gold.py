#!/usr/bin/env python3
"""Gold labels for testdata/blind723 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind723/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "spy agency",
       "South Korea's spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "President of Ukraine", "Ukraine", "Kyiv"]
KIRBY = ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "U.S.", "US", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US",
           "Washington"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "Pentagon spokeswoman", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["senior US defence official", "US defence official", "Pentagon", "United States", "US", "U.S."]
USOFF = ["US officials", "U.S. officials", "United States", "US", "U.S.", "Washington"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"]
GER = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia", "Moscow"]
KIM = ["Kim Jong Un", "Kim", "Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
OFFS = ["South Korean and Western officials", "South Korean officials", "Western officials", "South Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 wounded", False),
    ],
    "002": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "North Korea has sent at least 3,000 soldiers to eastern Russia this month", False),
        ("troops", NK, 3000, None, "about", PARK,
         "about 3,000 North Korean soldiers were already in Russia", False),
    ],
    "003": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in Russia had passed 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "roughly 300 killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the hosts' own statement of the autumn deployment
        ("troops", NK, 10000, 12000, "range", U + NIS,
         "the 10,000-12,000 soldiers sent last autumn", False),
    ],
    "004": [
        # a first group, against the 12,000 planned (not a claim)
        ("troops", NK, 1500, None, "about", NIS,
         "Some 1,500 special operations troops were carried from the areas of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops had suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Koreans had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "007": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        # the whole, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", BLINKEN,
         "the roughly 10,000 North Korean soldiers that Washington believes are now in Russia", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # officers and generals only: parts of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent includes about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals", False),
    ],
    "010": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean troops had been moved to the Kursk region", False),
        ("troops", NK, 10000, None, "about", SINGH,
         "North Korea had by then sent \"about 10,000\" soldiers to train in eastern Russia", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers in the Kursk region alone", False),
        # a Russian force with North Korean units among it
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed about 50,000 troops, North Korean units among them", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine's losses in the Kursk region had exceeded 76,000 servicemen", False),
        ("troops", NK, 11000, 12000, "range", OFFS,
         "Estimates of the first deployment, in October and November 2024, ranged between 11,000 and 12,000", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more arrived as reinforcements in January and February", False),
        ("casualties", NK, 4700, None, "about", LEE,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", LEE,
         "including some 600 deaths", False),
        # the January figure restated as the base of the rise: an update
        ("casualties", NK, 3000, None, "more_than", NIS,
         "In January, the agency had put the toll at more than 3,000", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
    ],
    "013": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # those who joined the assaults: a vague part of the whole
        ("troops", NK, 2000, 9000, "vague", SSO,
         "Thousands of North Korean soldiers joined Russian assaults", True),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KIM,
         "Nine of our comrades gave their lives during the 120 days of the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 North Korean troops remain deployed near the Russian-Ukrainian border", False),
    ],
}

NOT = {
    "000": ["paras 5-7", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 per dollar",
            "2 soldiers hurt in grenade mishap", "6.6 pct in first 20 days of December", "up to 10 cm",
            "March 2009"],
    "002": ["between early and mid-October", "up to 10,000 in all by December", "Oct. 27 or 28",
            "preparing as many as 10,000 soldiers", "Thousands of North Korean workers",
            "at least 26 dead", "kills 2, wounds 21", "12 districts"],
    "003": ["Episode 148", "43:12", "Jan. 6, not Jan. 7", "he is 26", "the other is 20", "since 2021",
            "three months", "1,340 listeners", "$3 a month", "612 ratings", "12 moments", "Only 236 defectors",
            "one soldier tried to blow himself up"],
    "004": ["between Oct. 8 and 13", "four brigades", "some 12,000 soldiers in all", "24 years",
            "more than 13,000 containers", "Comments 57", "4 Soldiers Injured in Training Accident",
            "Russia Has Lost 680,000 Troops", "30th Straight Week", "2,593.82", "1.07 Million"],
    "006": ["channel 501", "59 Ukrainian drones", "almost three times South Korea's", "16 December",
            "23.5 million car journeys", "Man, 34", "3 injured", "9.2 million"],
    "007": ["Nov. 5", "1st extended deterrence drill with 20,000 personnel", "39,081.25", "up 0.1%",
            "1st time in 15 years"],
    "009": ["3,207 views", "five ranges", "1,540 soldiers in past day", "3 injured"],
    "010": ["thousands of times", "Five days after", "about 3,000 soldiers", "2,000 North Korean soldiers marching",
            "reservists in 2019", "1,204 readers", "Reading time: 5 min"],
    "012": ["36,452.30", "six months", "June 2024", "record 898,000", "24%", "6 min read"],
    "013": ["several hundred square kilometers", "Aug. 6", "more than 15,000 members", "$5 a month",
            "81 drones overnight, 40 downed", "1,460 troops over past day", "6 injured"],
    "014": ["KOSPI 4,167.16", "1,470.50", "-4°C", "120,000 DAILY RIDERS", "four months", "120 days",
            "1,000 sappers and 5,000 military builders", "18.5 million foreign visitors", "60,000 NEW HIRES",
            "1.3M subscribers", "Runtime 28:40"],
}

OFF = ["001", "005", "011"]
DUP = {"008": "002"}

conflicts = {
    "must": [
        ["007-1", "009-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
         "(Zelensky, Nov 4, reported Nov 5): the same place, four days apart, incompatible"],
        ["010-1", "010-3", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
         "set against each other as the same week's counts"],
        ["000-1", "013-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
         "killed and wounded (Zelensky, Dec 23), the same day"],
        ["006-2", "006-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than 3,000, "
         "the same day, set against each other"],
    ],
    "may": [
        ['000-1', '003-2', 'JCS about 1,100 casualties (Dec 23) against NIS more than 3,000 casualties (Jan 13): weeks apart, a rising total'],
        ['000-1', '006-1', 'the same two reports (JCS 1,100, Zelensky more than 3,000) already told across 000 and 013: a later restatement'],
        ['000-1', '006-5', "JCS about 1,100 casualties (Dec 23) against Pentagon 'several hundred' casualties (Dec 16, vague): a vague count"],
        ['000-1', '012-4', 'JCS about 1,100 casualties (Dec 23) against NIS about 4,700 casualties (Apr 30 2025): months apart'],
        ['000-1', '012-6', 'JCS about 1,100 casualties (Dec 23) against NIS more than 3,000 casualties (January figure, restated May 1 2025): weeks apart, a rising total'],
        ['000-2', '003-3', 'NIS at least 100 killed (Dec 19) against NIS about 300 killed (Jan 13): weeks apart, a rising total'],
        ['000-2', '012-5', 'NIS at least 100 killed (Dec 19) against NIS about 600 killed (Apr 30 2025): months apart'],
        ['000-2', '014-1', 'NIS at least 100 killed (Dec 19) against nine engineers killed clearing mines (KCNA, Dec 2025): a part (one regiment only) against the whole'],
        ['000-2', '014-2', 'NIS at least 100 killed (Dec 19) against NIS about 2,000 killed (Sep 2025): months apart'],
        ['000-2', '014-3', 'NIS at least 100 killed (Dec 19) against NIS about 600 killed (April figure, restated Dec 2025): months apart'],
        ['000-3', '003-4', 'NIS close to 1,000 wounded (Dec 19) against NIS about 2,700 wounded (Jan 13): weeks apart, a rising total'],
        ['002-1', '003-5', 'Kirby at least 3,000 in Russia (Oct 23) against 10,000-12,000 sent in autumn 2024 (said Jan 14): months apart'],
        ['002-1', '004-1', '1,500 first group (Oct 18) against at least 3,000 (Oct 23): a first group against a later total'],
        ['002-1', '007-1', 'Kirby at least 3,000 in Russia (Oct 23) against Blinken about 8,000 in Kursk (Oct 31): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '007-2', 'Kirby at least 3,000 in Russia (Oct 23) against Blinken about 10,000 in all Russia (Oct 31): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '009-1', 'Kirby at least 3,000 in Russia (Oct 23) against Zelensky 11,000 in Kursk (Nov 4): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '009-2', 'Kirby at least 3,000 in Russia (Oct 23) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['002-1', '009-3', 'Kirby at least 3,000 in Russia (Oct 23) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['002-1', '010-1', 'Kirby at least 3,000 in Russia (Oct 23) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '010-2', 'Kirby at least 3,000 in Russia (Oct 23) against Pentagon about 10,000 in all Russia (Oct 28): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '010-3', 'Kirby at least 3,000 in Russia (Oct 23) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-1', '012-2', 'Kirby at least 3,000 in Russia (Oct 23) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['002-1', '013-2', "Kirby at least 3,000 in Russia (Oct 23) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['002-1', '014-4', 'Kirby at least 3,000 in Russia (Oct 23) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['002-2', '003-5', 'NIS about 3,000 in Russia (Oct 23) against 10,000-12,000 sent in autumn 2024 (said Jan 14): months apart'],
        ['002-2', '004-1', '1,500 first group (Oct 18) against about 3,000 (Oct 23), both NIS: a first group against a later total'],
        ['002-2', '007-1', 'NIS about 3,000 in Russia (Oct 23) against Blinken about 8,000 in Kursk (Oct 31): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '007-2', 'NIS about 3,000 in Russia (Oct 23) against Blinken about 10,000 in all Russia (Oct 31): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '009-1', 'NIS about 3,000 in Russia (Oct 23) against Zelensky 11,000 in Kursk (Nov 4): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '009-2', 'NIS about 3,000 in Russia (Oct 23) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['002-2', '009-3', 'NIS about 3,000 in Russia (Oct 23) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['002-2', '010-1', 'NIS about 3,000 in Russia (Oct 23) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '010-2', 'NIS about 3,000 in Russia (Oct 23) against Pentagon about 10,000 in all Russia (Oct 28): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '010-3', 'NIS about 3,000 in Russia (Oct 23) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): days apart while the deployment was still arriving (NIS expected up to 10,000 by December); a rising total or a bound the other satisfies'],
        ['002-2', '012-2', 'NIS about 3,000 in Russia (Oct 23) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['002-2', '013-2', "NIS about 3,000 in Russia (Oct 23) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['002-2', '014-4', 'NIS about 3,000 in Russia (Oct 23) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['003-2', '006-2', 'NIS more than 3,000 casualties (Jan 13) against JCS about 1,100 casualties (Dec 23): weeks apart, a rising total'],
        ['003-2', '006-5', "NIS more than 3,000 casualties (Jan 13) against Pentagon 'several hundred' casualties (Dec 16, vague): a vague count"],
        ['003-2', '012-4', 'NIS more than 3,000 casualties (Jan 13) against NIS about 4,700 casualties (Apr 30 2025): months apart'],
        ['003-3', '006-3', 'NIS about 300 killed (Jan 13) against NIS at least 100 killed (Dec 19): weeks apart, a rising total'],
        ['003-3', '012-5', 'NIS about 300 killed (Jan 13) against NIS about 600 killed (Apr 30 2025): months apart'],
        ['003-3', '014-1', 'NIS about 300 killed (Jan 13) against nine engineers killed clearing mines (KCNA, Dec 2025): a part (one regiment only) against the whole'],
        ['003-3', '014-2', 'NIS about 300 killed (Jan 13) against NIS about 2,000 killed (Sep 2025): months apart'],
        ['003-3', '014-3', 'NIS about 300 killed (Jan 13) against NIS about 600 killed (April figure, restated Dec 2025): months apart'],
        ['003-4', '006-4', 'NIS about 2,700 wounded (Jan 13) against NIS nearly 1,000 wounded (Dec 19): weeks apart, a rising total'],
        ['003-5', '004-1', '10,000-12,000 sent in autumn 2024 (said Jan 14) against first group of about 1,500 (NIS, Oct 18): a first group against a later total'],
        ['003-5', '007-1', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Blinken about 8,000 in Kursk (Oct 31): months apart'],
        ['003-5', '007-2', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Blinken about 10,000 in all Russia (Oct 31): months apart'],
        ['003-5', '009-1', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Zelensky 11,000 in Kursk (Nov 4): months apart'],
        ['003-5', '009-2', '10,000-12,000 sent in autumn 2024 (said Jan 14) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['003-5', '009-3', '10,000-12,000 sent in autumn 2024 (said Jan 14) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['003-5', '010-1', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): months apart'],
        ['003-5', '010-2', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Pentagon about 10,000 in all Russia (Oct 28): months apart'],
        ['003-5', '010-3', '10,000-12,000 sent in autumn 2024 (said Jan 14) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): months apart'],
        ['003-5', '012-2', '10,000-12,000 against 11,000-12,000 for the same first deployment: overlapping ranges'],
        ['003-5', '012-3', '10,000-12,000 sent in autumn 2024 (said Jan 14) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['003-5', '013-2', "10,000-12,000 sent in autumn 2024 (said Jan 14) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['003-5', '014-4', '10,000-12,000 sent in autumn 2024 (said Jan 14) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['004-1', '007-1', 'first group of about 1,500 (NIS, Oct 18) against Blinken about 8,000 in Kursk (Oct 31): a first group against a later total'],
        ['004-1', '007-2', 'first group of about 1,500 (NIS, Oct 18) against Blinken about 10,000 in all Russia (Oct 31): a first group against a later total'],
        ['004-1', '009-1', 'first group of about 1,500 (NIS, Oct 18) against Zelensky 11,000 in Kursk (Nov 4): a first group against a later total'],
        ['004-1', '009-2', 'first group of about 1,500 (NIS, Oct 18) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['004-1', '009-3', 'first group of about 1,500 (NIS, Oct 18) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['004-1', '010-1', 'first group of about 1,500 (NIS, Oct 18) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): a first group against a later total'],
        ['004-1', '010-2', 'first group of about 1,500 (NIS, Oct 18) against Pentagon about 10,000 in all Russia (Oct 28): a first group against a later total'],
        ['004-1', '010-3', 'first group of about 1,500 (NIS, Oct 18) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): a first group against a later total'],
        ['004-1', '012-2', 'first group of about 1,500 (NIS, Oct 18) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): a first group against a later total'],
        ['004-1', '012-3', 'first group of about 1,500 (NIS, Oct 18) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['004-1', '013-2', "first group of about 1,500 (NIS, Oct 18) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['004-1', '014-4', 'first group of about 1,500 (NIS, Oct 18) against NIS about 10,000 remaining (Dec 2025): a first group against a later total'],
        ['006-1', '006-5', "Zelensky more than 3,000 casualties (Dec 23) against Pentagon 'several hundred' casualties (Dec 16, vague): a vague count"],
        ['006-1', '012-4', 'Zelensky more than 3,000 casualties (Dec 23) against NIS about 4,700 casualties (Apr 30 2025): months apart'],
        ['006-2', '006-5', "JCS about 1,100 casualties (Dec 23) against Pentagon 'several hundred' casualties (Dec 16, vague): a vague count"],
        ['006-2', '012-4', 'JCS about 1,100 casualties (Dec 23) against NIS about 4,700 casualties (Apr 30 2025): months apart'],
        ['006-2', '012-6', 'JCS about 1,100 casualties (Dec 23) against NIS more than 3,000 casualties (January figure, restated May 1 2025): weeks apart, a rising total'],
        ['006-2', '013-1', 'the same two reports (JCS 1,100, Zelensky more than 3,000) already told across 000 and 013: a later restatement'],
        ['006-3', '012-5', 'NIS at least 100 killed (Dec 19) against NIS about 600 killed (Apr 30 2025): months apart'],
        ['006-3', '014-1', 'NIS at least 100 killed (Dec 19) against nine engineers killed clearing mines (KCNA, Dec 2025): a part (one regiment only) against the whole'],
        ['006-3', '014-2', 'NIS at least 100 killed (Dec 19) against NIS about 2,000 killed (Sep 2025): months apart'],
        ['006-3', '014-3', 'NIS at least 100 killed (Dec 19) against NIS about 600 killed (April figure, restated Dec 2025): months apart'],
        ['006-5', '012-4', "Pentagon 'several hundred' casualties (Dec 16, vague) against NIS about 4,700 casualties (Apr 30 2025): a vague count"],
        ['006-5', '012-6', "Pentagon 'several hundred' casualties (Dec 16, vague) against NIS more than 3,000 casualties (January figure, restated May 1 2025): a vague count"],
        ['006-5', '013-1', "Pentagon 'several hundred' casualties (Dec 16, vague) against Zelensky more than 3,000 casualties (Dec 23): a vague count"],
        ['007-1', '007-2', '8,000 in Kursk is a part of the 10,000 in all Russia, same statement'],
        ['007-1', '009-2', 'Blinken about 8,000 in Kursk (Oct 31) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['007-1', '009-3', 'Blinken about 8,000 in Kursk (Oct 31) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['007-1', '010-2', '8,000 in Kursk against 10,000 in all Russia: a part against the whole'],
        ['007-1', '010-3', 'the same two reports (Blinken 8,000, Zelensky 11,000) already told across 007 and 009: a later restatement'],
        ['007-1', '012-2', 'Blinken about 8,000 in Kursk (Oct 31) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['007-1', '012-3', 'Blinken about 8,000 in Kursk (Oct 31) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['007-1', '013-2', "Blinken about 8,000 in Kursk (Oct 31) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['007-1', '014-4', 'Blinken about 8,000 in Kursk (Oct 31) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['007-2', '009-1', 'about 10,000 in all Russia against 11,000 in Kursk, days apart: close values of different scope'],
        ['007-2', '009-2', 'Blinken about 10,000 in all Russia (Oct 31) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['007-2', '009-3', 'Blinken about 10,000 in all Russia (Oct 31) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['007-2', '010-1', '8,000 in Kursk against 10,000 in all Russia: a part against the whole'],
        ['007-2', '010-3', 'about 10,000 in all Russia against 11,000 in Kursk, days apart: close values of different scope'],
        ['007-2', '012-2', 'Blinken about 10,000 in all Russia (Oct 31) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['007-2', '012-3', 'Blinken about 10,000 in all Russia (Oct 31) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['007-2', '013-2', "Blinken about 10,000 in all Russia (Oct 31) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['009-1', '009-2', 'Zelensky 11,000 in Kursk (Nov 4) against HUR about 500 officers (Nov 2024): a part (officers only) against the whole'],
        ['009-1', '009-3', 'Zelensky 11,000 in Kursk (Nov 4) against HUR three generals (Nov 2024): a part (generals only) against the whole'],
        ['009-1', '010-1', 'the same two reports (Blinken 8,000, Zelensky 11,000) already told across 007 and 009: a later restatement'],
        ['009-1', '010-2', 'about 10,000 in all Russia against 11,000 in Kursk, days apart: close values of different scope'],
        ['009-1', '012-2', 'Zelensky 11,000 in Kursk (Nov 4) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['009-1', '012-3', 'Zelensky 11,000 in Kursk (Nov 4) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['009-1', '013-2', "Zelensky 11,000 in Kursk (Nov 4) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['009-1', '014-4', 'Zelensky 11,000 in Kursk (Nov 4) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['009-2', '009-3', 'HUR about 500 officers (Nov 2024) against HUR three generals (Nov 2024): a part (officers only) against the whole'],
        ['009-2', '010-1', 'HUR about 500 officers (Nov 2024) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): a part (officers only) against the whole'],
        ['009-2', '010-2', 'HUR about 500 officers (Nov 2024) against Pentagon about 10,000 in all Russia (Oct 28): a part (officers only) against the whole'],
        ['009-2', '010-3', 'HUR about 500 officers (Nov 2024) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): a part (officers only) against the whole'],
        ['009-2', '012-2', 'HUR about 500 officers (Nov 2024) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): a part (officers only) against the whole'],
        ['009-2', '012-3', 'HUR about 500 officers (Nov 2024) against about 3,000 reinforcements (Jan-Feb 2025): a part (officers only) against the whole'],
        ['009-2', '013-2', "HUR about 500 officers (Nov 2024) against 'thousands' joining assaults (SSO, mid-December, vague): a part (officers only) against the whole"],
        ['009-2', '014-4', 'HUR about 500 officers (Nov 2024) against NIS about 10,000 remaining (Dec 2025): a part (officers only) against the whole'],
        ['009-3', '010-1', 'HUR three generals (Nov 2024) against Blinken about 8,000 in Kursk (Oct 31, restated Nov 12): a part (generals only) against the whole'],
        ['009-3', '010-2', 'HUR three generals (Nov 2024) against Pentagon about 10,000 in all Russia (Oct 28): a part (generals only) against the whole'],
        ['009-3', '010-3', 'HUR three generals (Nov 2024) against Zelensky 11,000 in Kursk (Nov 4, restated Nov 12): a part (generals only) against the whole'],
        ['009-3', '012-2', 'HUR three generals (Nov 2024) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): a part (generals only) against the whole'],
        ['009-3', '012-3', 'HUR three generals (Nov 2024) against about 3,000 reinforcements (Jan-Feb 2025): a part (generals only) against the whole'],
        ['009-3', '013-2', "HUR three generals (Nov 2024) against 'thousands' joining assaults (SSO, mid-December, vague): a part (generals only) against the whole"],
        ['009-3', '014-4', 'HUR three generals (Nov 2024) against NIS about 10,000 remaining (Dec 2025): a part (generals only) against the whole'],
        ['010-1', '010-2', '8,000 in Kursk against 10,000 in all Russia: a part against the whole'],
        ['010-1', '012-2', 'Blinken about 8,000 in Kursk (Oct 31, restated Nov 12) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['010-1', '012-3', 'Blinken about 8,000 in Kursk (Oct 31, restated Nov 12) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['010-1', '013-2', "Blinken about 8,000 in Kursk (Oct 31, restated Nov 12) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['010-1', '014-4', 'Blinken about 8,000 in Kursk (Oct 31, restated Nov 12) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['010-2', '010-3', 'within the fact-check: about 10,000 in all Russia against 11,000 in Kursk, close values of different scope'],
        ['010-2', '012-2', 'Pentagon about 10,000 in all Russia (Oct 28) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['010-2', '012-3', 'Pentagon about 10,000 in all Russia (Oct 28) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['010-2', '013-2', "Pentagon about 10,000 in all Russia (Oct 28) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['010-3', '012-2', 'Zelensky 11,000 in Kursk (Nov 4, restated Nov 12) against 11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025): months apart'],
        ['010-3', '012-3', 'Zelensky 11,000 in Kursk (Nov 4, restated Nov 12) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['010-3', '013-2', "Zelensky 11,000 in Kursk (Nov 4, restated Nov 12) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['010-3', '014-4', 'Zelensky 11,000 in Kursk (Nov 4, restated Nov 12) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['012-2', '012-3', '11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025) against about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the same count'],
        ['012-2', '013-2', "11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['012-2', '014-4', '11,000-12,000 in the first deployment (Oct-Nov 2024, said May 1 2025) against NIS about 10,000 remaining (Dec 2025): months apart'],
        ['012-3', '013-2', "about 3,000 reinforcements (Jan-Feb 2025) against 'thousands' joining assaults (SSO, mid-December, vague): a part (those in the assaults only) against the whole"],
        ['012-3', '014-4', 'about 3,000 reinforcements (Jan-Feb 2025) against NIS about 10,000 remaining (Dec 2025): an additional force, not the same count'],
        ['012-4', '012-6', 'within one explainer: 4,700 in April up from more than 3,000 in January, an update of a rising total'],
        ['012-4', '013-1', 'NIS about 4,700 casualties (Apr 30 2025) against Zelensky more than 3,000 casualties (Dec 23): months apart'],
        ['012-5', '014-1', 'NIS about 600 killed (Apr 30 2025) against nine engineers killed clearing mines (KCNA, Dec 2025): a part (one regiment only) against the whole'],
        ['012-5', '014-2', '600 (Apr) against 2,000 (Sep): a rising total months apart'],
        ['013-2', '014-4', "'thousands' joining assaults (SSO, mid-December, vague) against NIS about 10,000 remaining (Dec 2025): a part (those in the assaults only) against the whole"],
        ['014-1', '014-2', 'nine engineers killed clearing mines (KCNA, Dec 2025) against NIS about 2,000 killed (Sep 2025): a part (one regiment only) against the whole'],
        ['014-1', '014-3', 'nine engineers killed clearing mines (KCNA, Dec 2025) against NIS about 600 killed (April figure, restated Dec 2025): a part (one regiment only) against the whole'],
        ['014-2', '014-3', 'within one report: 2,000 in September up from about 600 in April, an update of a rising total'],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
