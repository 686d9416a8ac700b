#!/usr/bin/env python3
"""Gold labels for testdata/blind721 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind721/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence service", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine's Defence Intelligence",
       "Ukraine"]
PENT = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"]
USDEF = ["U.S. defense official", "senior U.S. defense official", "Pentagon", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "carrying about 1,500 soldiers of the North's special forces", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        # a reporter relays the NIS figure and sets it against the Pentagon's
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 North Korean troops had gone to Russia so far", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department",
                                             "United States", "U.S.", "US"],
         "Roughly 8,000 North Korean soldiers have reached Russia's Kursk region", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "The number of North Korean soldiers in Russia's Kursk region has reached 11,000", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in Kursk", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "put the wounded at close to 1,000", False),
        ("casualties", NK, 200, 900, "vague", USDEF,
         'North Korean troops had taken "several hundred" casualties', True),
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russia had massed about 50,000 of its own troops in the region", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # one two-day battle only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
    ],
    "009": [
        # the viral claim the fact-check debunks: still a reported figure with its source
        ("killed", NK, 30000, None, "more_than", ["posts on X and Telegram", "social media posts", "X", "Telegram"] + U,
         "claim that over 30,000 North Koreans have died in Kursk", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "losses among the North Korean troops in Kursk had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", USDEF,
         'the North Koreans had suffered "several hundred" killed and wounded', True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces captured two North Korean soldiers in Russia's Kursk region on Jan. 9", False),
    ],
    "012": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "some 3,000 additional North Korean soldiers were sent to Russia in January and February as reinforcements", False),
        ("troops", NK, 11000, None, "about", JCS + ["Korea Strategy Forum"] + U,
         "a force of about 11,000 dispatched in October and November 2024", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "North Korean casualties in Kursk have reached about 4,700", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "had put the figure at about 4,000 as of late January", False),
        ("casualties", RU, 50000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine's commander-in-chief", "Ukraine"],
         "Russia had lost more than 50,000 troops killed and wounded in the Kursk operation", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence estimates",
                                               "South Korean and Western intelligence", "Western intelligence",
                                               "South Korea"] + U,
         "Pyongyang sends between 11,000 and 12,000 soldiers to Russia", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two wounded North Korean soldiers", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them fatally", False),
        # the September update; "up from the 600 it reported in April" restates 014-4
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers have died in the fighting", False),
        ("troops", NK, 10000, None, "about", ["Seoul", "South Korea", "South Korean officials"] + NIS,
         "around 10,000 North Korean troops remain deployed near Russia's border with Ukraine", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "Korean Central News Agency",
                                          "North Korea", "Kim Jong Un"],
         "nine of its members were killed during the mission", False),
    ],
}

NOT = {
    "000": ["from Oct. 8 through Oct. 13", "some 12,000 soldiers in all", "about 1.2 million active-duty troops",
            "10:30 a.m.", "60-meter sections", "2,400 students apply", "640-strong Hanbit unit",
            "105 arrive in Q3", "Kospi closes at 2,593.82", "1,100 officers", "40,000 seats"],
    "001": ["Duration: 31:47", "About 1,000 active-duty soldiers from the 82nd Airborne Division",
            "more than 6,000 National Guard members from 13 states", "roughly 160 miles of roads",
            "over 3 million meals", "more than three times that", "about 100 U.S. soldiers", "roughly 43,000",
            "$400 Million", "More Than 2,700 Service Members"],
    "002": ["5:38 PM EDT", "about 1,000 square kilometers (390 square miles)", "Early voting passes 60 million",
            "climbs to 158", "drawing 49,263 fans", "33,000 off the job", "2 million expected"],
    "004": ["👁 3,067", "05.11.2024 09:40", "697,110 troops", "5 injured",
            "Over 2,300 Ukrainian children"],
    "005": ["Issue #147", "6 min read", "18,400 subscribers", "an estimated 800 square kilometers",
            "a peak of about 1,300", "204 votes to 85", "180 days", "A Russian delegation of 22 officials",
            "1,451 to the dollar", "How 1,500 special forces crossed the sea", "Eight thousand in Kursk",
            "12 weeks", "15% off", "about 1 in 3"],
    "007": ["4:10 PM", "2 min read", "more than 20,000 members", "injures 6, including 2 children",
            "150 prisoners of war", "777,000"],
    "008": ["Clip 01:52", "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "KOSPI 2,442.01", "USD/KRW 1,452.00", "5.4 million expected on roads", "-6°C",
            "1,500 more drone operators"],
    "009": ["5 min read", "shared more than 40,000 times", "a 2019 military parade", "almost three times the JCS estimate",
            "Four days earlier", "100,000 Western troops", "filmed in 2017",
            "12,000 Ukrainian troops surrendered"],
    "011": ["9h ago", "he is 20 years old", "94 drones and 4 missiles", "47 drones were shot down",
            "36 times in the past day", "Comments (1,214)", "death toll rises to 24 as 92,000 remain under evacuation orders",
            "33 hostages", "One soldier shouted"],
    "012": ["No. 25-07", "6 pages", "PDF (412 KB)", "since 1953", "less than 200 square kilometers",
            "some 1,300 at its peak", "$1,500-2,000 per soldier per month", "up to 40% of North Korean casualties",
            "14 open-source reports", "23 resident fellows", "Eleven thousand and counting", "Two prisoners, many questions"],
    "014": ["fourteen months", "4 min read", "1,000 sappers and 5,000 military builders", "120 days",
            "Kim, 41", "34,000 defectors", "one million", "3 articles left this month", "€1.99"],
}

OFF = ["003", "006", "010"]
DUP = {"013": "007"}

ADD = "an additional force against the first dispatch"
FIRST = "the first group of 1,500 (Oct 18) against a later total"
PART = "one battle or one unit only: a part against the whole"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["001-2", "001-1", "within one briefing: the NIS's about 3,000 sent to Russia against the Pentagon's roughly 10,000, set against each other the same week"],
        ["007-1", "008-1", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
        ["009-2", "009-3", "within one fact-check: Zelensky's more than 3,000 against the JCS's roughly 1,100, both of Dec 23"],
    ],
    "may": [
        # troops: the first group against every later count
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "002-1", FIRST],
        ["000-1", "004-1", FIRST], ["000-1", "012-1", "1,500 (Oct 2024) against 3,000 reinforcements (Feb 2025)"],
        ["000-1", "012-2", FIRST], ["000-1", "014-1", FIRST], ["000-1", "014-6", "1,500 (Oct 2024) against about 10,000 remaining (autumn 2025)"],
        # troops: October-November counts, in Russia against in Kursk, and rising
        ["001-1", "002-1", "about 10,000 in eastern Russia against about 8,000 in Kursk: a whole against a part, three days apart"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["001-2", "002-1", "about 3,000 sent (NIS, about Oct 23) against about 8,000 in Kursk (Oct 31): a rising count a week apart"],
        ["001-2", "004-1", "about 3,000 sent (NIS, about Oct 23) against 11,000 in Kursk (Nov 4): a rising count"],
        # troops: additional and later forces, months apart
        ["001-1", "012-1", ADD], ["002-1", "012-1", ADD], ["004-1", "012-1", ADD], ["012-2", "012-1", ADD],
        ["001-2", "012-2", "about 3,000 (Oct 2024) against the 11,000 of the autumn dispatch, restated months later"],
        ["001-1", "012-2", "about 10,000 (Oct 28) against about 11,000 for the whole autumn dispatch, restated months later"],
        ["002-1", "012-2", "about 8,000 in Kursk (Oct 31) against about 11,000 for the whole dispatch, restated months later"],
        ["001-2", "014-1", "about 3,000 (Oct 2024) against 11,000-12,000 in the year-end timeline"],
        ["001-1", "014-1", "about 10,000 (Oct 28) against 11,000-12,000 in the year-end timeline"],
        ["002-1", "014-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent, restated a year later"],
        ["012-1", "014-1", ADD],
        ["001-1", "014-6", "about 10,000 (Oct 2024) against about 10,000 remaining (autumn 2025), a year apart"],
        ["001-2", "014-6", "about 3,000 (Oct 2024) against about 10,000 remaining, a year apart"],
        ["002-1", "014-6", "about 8,000 (Oct 2024) against about 10,000 remaining, a year apart"],
        ["004-1", "014-6", "11,000 (Nov 2024) against about 10,000 remaining (autumn 2025), a year apart"],
        ["012-1", "014-6", "3,000 reinforcements against about 10,000 remaining, months apart"],
        ["012-2", "014-6", "about 11,000 sent in 2024 against about 10,000 remaining in 2025"],
        ["014-1", "014-6", "11,000-12,000 sent in 2024 against about 10,000 remaining in 2025, within the timeline"],
        # casualties: restatements of the Dec 23 pair (told once already)
        ["007-1", "009-3", "Zelensky's more than 3,000 against the JCS's 1,100 restated in the fact-check: a repeat of 007-1/008-1"],
        ["008-1", "009-2", "the JCS's 1,100 against Zelensky's more than 3,000 restated in the fact-check: a repeat of 007-1/008-1"],
        # casualties: the Pentagon's vague "several hundred" (Dec 16)
        ["005-3", "007-1", "several hundred (vague, Dec 16) against more than 3,000 a week later"],
        ["005-3", "008-1", "several hundred (vague, Dec 16) against about 1,100 a week later"],
        ["005-3", "009-2", "several hundred (vague, Dec 16) against more than 3,000 a week later"],
        ["005-3", "009-3", "several hundred (vague, Dec 16) against about 1,100 a week later"],
        ["009-6", "007-1", "several hundred (vague, Dec 16) against more than 3,000 a week later"],
        ["009-6", "008-1", "several hundred (vague, Dec 16) against about 1,100 a week later"],
        ["009-6", "009-2", "within the fact-check: several hundred (vague, Dec 16) against more than 3,000 (Dec 23)"],
        ["009-6", "009-3", "within the fact-check: several hundred (vague, Dec 16) against about 1,100 (Dec 23)"],
        ["005-3", "012-3", "several hundred (Dec) against about 4,700 (Mar), months apart"],
        ["005-3", "012-4", "several hundred (Dec) against about 4,000 (late Jan), weeks apart"],
        ["005-3", "014-3", "several hundred (Dec) against about 4,700 (Apr), months apart"],
        ["009-6", "012-3", "several hundred (Dec) against about 4,700 (Mar), months apart"],
        ["009-6", "012-4", "several hundred (Dec) against about 4,000 (late Jan), weeks apart"],
        ["009-6", "014-3", "several hundred (Dec) against about 4,700 (Apr), months apart"],
        # casualties: one battle against totals
        ["007-2", "007-1", PART], ["007-2", "008-1", PART], ["007-2", "009-2", PART], ["007-2", "009-3", PART],
        ["007-2", "005-3", PART], ["007-2", "009-6", PART], ["007-2", "012-3", PART], ["007-2", "012-4", PART],
        ["007-2", "014-3", PART],
        # casualties: rising totals, weeks to months apart
        ["008-1", "012-3", "about 1,100 (Dec 23) against about 4,700 (Mar), a rising total months apart"],
        ["008-1", "012-4", "about 1,100 (Dec 23) against about 4,000 (late Jan), a rising total five weeks apart"],
        ["008-1", "014-3", "about 1,100 (Dec 23) against about 4,700 (Apr 30), months apart"],
        ["009-3", "012-3", "about 1,100 (Dec 23) against about 4,700 (Mar), a rising total months apart"],
        ["009-3", "012-4", "about 1,100 (Dec 23) against about 4,000 (late Jan), a rising total five weeks apart"],
        ["009-3", "014-3", "about 1,100 (Dec 23) against about 4,700 (Apr 30), months apart"],
        ["012-4", "012-3", "within the brief: HUR's about 4,000 (late Jan) against the JCS's about 4,700 (Mar), a rising total the brief calls agreement"],
        ["012-4", "014-3", "about 4,000 (late Jan) against about 4,700 (Apr 30), months apart"],
        # killed: the debunked viral figure
        ["009-1", "009-4", "within the fact-check: the debunked 'over 30,000 dead' against the NIS's at least 100 (a bound it satisfies)"],
        ["009-1", "005-1", "the debunked 'over 30,000 dead' against the NIS's at least 100 (a bound it satisfies)"],
        ["009-1", "011-1", "the debunked 'over 30,000 dead' (Dec 24) against about 300 (Jan 13), weeks apart"],
        ["009-1", "014-4", "the debunked 'over 30,000 dead' (Dec 2024) against about 600 (Apr 2025)"],
        ["009-1", "014-5", "the debunked 'over 30,000 dead' (Dec 2024) against about 2,000 (Sep 2025)"],
        ["009-1", "014-7", PART],
        # killed: rising NIS totals and one regiment's dead
        ["011-1", "014-4", "about 300 (Jan) against about 600 (Apr), a rising total months apart"],
        ["011-1", "014-5", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["014-4", "014-5", "about 600 (Apr) against about 2,000 (Sep): the update the timeline itself calls 'up from'"],
        ["005-1", "014-7", PART], ["009-4", "014-7", PART], ["011-1", "014-7", PART],
        ["014-4", "014-7", PART], ["014-5", "014-7", PART],
        # wounded: a rising total
        ["005-2", "011-2", "close to 1,000 (Dec 19) against some 2,700 (Jan 13), the NIS's rising total weeks apart"],
        ["009-5", "011-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), the NIS's rising total weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
