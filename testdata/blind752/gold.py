#!/usr/bin/env python3
"""Gold labels for testdata/blind752 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind752/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "HUR",
       "Ukraine's military intelligence", "Ukraine's military intelligence agency", "Ukraine"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. defense official", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department", "United States", "US",
           "Washington"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 North Korean special forces troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        # the earlier figure the new one updates
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "Pyongyang had sent about 10,000 troops to Russia in total", False),
        ("casualties", UA, 27000, None, "more_than",
         ["Russia's defence ministry", "Russian Defence Ministry", "defence ministry", "Russia"],
         "Ukraine had lost more than 27,000 servicemen in the Kursk region", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "The number of North Korean servicemen in Russia's Kursk region has reached eleven thousand", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces had been shipped to Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "around 8,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "out of some 10,000 sent to Russia as a whole", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were already in Kursk", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "about", HUR,
         "the contingent included about 500 officers", False),
        ("troops", NK, 2000, 9999, "vague", ["State Department spokesman", "State Department", "United States",
                                             "Washington", "US"],
         "\"thousands\" of North Korean troops were in the Kursk region", True),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "New York Times", "United States",
                                             "Washington", "US"],
         "Russia had gathered some 50,000 of its own soldiers", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea sent roughly 11,000 troops to Russia this fall", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        ("casualties", NK, 200, 900, "vague", PENT + ["Pentagon official"],
         "North Korean casualties ran to several hundred killed and wounded", True),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's military put North Korean casualties in the Kursk region at about 1,100", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed or wounded had topped 3,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the North Koreans had suffered several hundred casualties", True),
        # one weekend's clashes near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in clashes near three villages", False),
    ],
    "010": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two wounded North Korean soldiers", False),
        ("killed", NK, 300, None, "about", LEE,
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
    ],
    "011": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea shipped roughly 3,000 more soldiers to Russia in January and February", False),
        ("troops", NK, 11000, 12000, "range", U + JCS,
         "a first contingent of 11,000 to 12,000 that arrived in the autumn", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "The JCS now estimates North Korean casualties at about 4,700 killed and wounded", False),
        # the earlier figure the new one rises from
        ("casualties", NK, 4000, None, "about", HUR,
         "the roughly 4,000 that Ukraine's military intelligence had counted in early February", False),
        # the December figure, restated
        ("casualties", NK, 1100, None, "exact", JCS,
         "the 1,100 the JCS itself reported just before Christmas", False),
        ("captured", NK, 2, None, "exact", U,
         "2 — North Korean soldiers held by Ukraine since January", False),
    ],
    "012": [
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russian border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers had been killed", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 it estimated in the spring", False),
        # demining engineers only: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "several soldiers of an engineering regiment had died while demining in Kursk", True),
    ],
}

NOT = {
    "000": ["Views 28,114", "Reading time 3 min", "over six days", "around 12,000 men", "four brigades",
            "the 11th Corps", "numbers in the tens of thousands", "Calls Up 2,000 Reservists",
            "Won Slides Past 1,370 Per Dollar", "Record 4,300 Apply", "Ex-Soldier, 27", "Drop 3.2%"],
    "001": ["more than tripling", "about 50 kilometers (30 miles)", "60mm mortars", "kill 4 in Kharkiv",
            "155mm shells", "12 weeks on"],
    "002": ["31/10/2024 - 23:30", "August 6", "about 1,000 square kilometres"],
    "003": ["05.11.2024 09:20", "810th Separate Marine Brigade", "five Russian military ranges",
            "reach 703,190", "41 of 63 drones"],
    "005": ["Reading time 5 min", "three thousand more", "several thousand men in four days",
            "about 800 square kilometres", "nearly 1,300", "Comments (47)", "three months on"],
    "006": ["paras 4-7", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "four days after",
            "KOSPI at 2,431.55", "deploy 8,000 officers", "20,923", "3.5 tln won"],
    "008": ["2 min read", "about 1,300 square kilometers", "injures 7", "Russia has lost 776,350 troops since 2022",
            "72 drones, 1 missile", "47 shot down", "6 years of experience", "over 14,000 members"],
    "009": ["11 posts", "284 comments", "21 of 31 Russian attack drones", "10 others", "groups of 20 to 30",
            "2 miles from the city", "40-year-old", "inflation at 9.5%"],
    "010": ["Episode 212", "41 min", "18,402 plays", "1,203 ratings", "One is 20", "the other, 26",
            "38 North", "one soldier about to be captured", "an army of about 1.2 million", "20% off", "The year in 12 charts"],
    "011": ["Issue No. 87", "6 min read", "four times", "about 5,000", "officially lists 17", "about 50%",
            "8,000 finish basic training", "age cap to 32", "7.2%", "1-3-7 Otemachi"],
    "012": ["KOSPI 4,110.62", "2,400 ROAD CREWS", "1,000 sappers", "5,000 military builders",
            "15 centimeters", "3 million visitors"],
}

OFF = ["004", "007", "014"]
DUP = {"013": "002"}

ADD = "an additional force against the first contingent"
PART = "a part of the whole (one unit, one battle or officers only) against a total"
VAGUE = "a vague count against a figure"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart: the first articles carrying each"],
        ["005-2", "005-4", "within one explainer: Blinken's around 8,000 in Kursk against Zelensky's 11,000 "
                           "in Kursk, set against each other four days apart"],
        ["006-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than "
                           "3,000 (Zelensky, Dec 23), the same day: the first articles carrying each"],
        ["009-1", "009-2", "within one live blog: JCS about 1,100 casualties against Zelensky's more than 3,000, "
                           "hours apart"],
    ],
    "may": [
        # troops: restatements of the must pair 8,000 / 11,000
        ["002-1", "005-4", "a later restatement of Blinken's 8,000 against Zelensky's 11,000"],
        ["005-2", "003-1", "a later restatement of Blinken's 8,000 against Zelensky's 11,000"],
        # troops: the first group of 1,500 against later totals
        ["000-1", "001-1", "first group of 1,500 (Oct 18) against about 10,000 ten days later"],
        ["000-1", "001-2", "first group of 1,500 (Oct 18) against at least 3,000 five days later"],
        ["000-1", "002-1", "first group of 1,500 against 8,000 in Kursk, two weeks later"],
        ["000-1", "002-2", "first group of 1,500 against 10,000 in Russia, two weeks later"],
        ["000-1", "003-1", "first group of 1,500 against 11,000 in Kursk, weeks later"],
        ["000-1", "005-2", "first group of 1,500 against 8,000 in Kursk, restated"],
        ["000-1", "005-3", "first group of 1,500 against 10,000 in Russia, restated"],
        ["000-1", "005-4", "first group of 1,500 against 11,000 in Kursk, restated"],
        ["000-1", "005-5", "first group of 1,500 against about 500 officers (a part)"],
        ["000-1", "005-6", "first group of 1,500 against 'thousands' (vague)"],
        ["000-1", "006-4", "first group of 1,500 against about 11,000, two months later"],
        ["000-1", "011-1", "first group of 1,500 against 3,000 reinforcements, months later"],
        ["000-1", "011-2", "first group of 1,500 against 11,000-12,000, months later"],
        ["000-1", "012-1", "first group of 1,500 against about 10,000 remaining, a year later"],
        ["005-1", "001-1", "first group of 1,500 (restated) against about 10,000"],
        ["005-1", "001-2", "first group of 1,500 (restated) against at least 3,000"],
        ["005-1", "002-1", "first group of 1,500 (restated) against 8,000 in Kursk"],
        ["005-1", "002-2", "first group of 1,500 (restated) against 10,000 in Russia"],
        ["005-1", "003-1", "first group of 1,500 (restated) against 11,000 in Kursk"],
        ["005-1", "005-2", "first group of 1,500 against 8,000 in Kursk, within the explainer"],
        ["005-1", "005-3", "first group of 1,500 against 10,000 in Russia, within the explainer"],
        ["005-1", "005-4", "first group of 1,500 against 11,000 in Kursk, within the explainer"],
        ["005-1", "005-5", "first group of 1,500 against about 500 officers (a part)"],
        ["005-1", "005-6", "first group of 1,500 against 'thousands' (vague)"],
        ["005-1", "006-4", "first group of 1,500 (restated) against about 11,000"],
        ["005-1", "011-1", "first group of 1,500 (restated) against 3,000 reinforcements"],
        ["005-1", "011-2", "first group of 1,500 (restated) against 11,000-12,000"],
        ["005-1", "012-1", "first group of 1,500 (restated) against about 10,000 remaining"],
        # troops: rising US totals, Russia-wide against Kursk-only counts
        ["001-2", "001-1", "at least 3,000 (Oct 23) against about 10,000 (Oct 28): a rising total, and a bound"],
        ["001-2", "002-1", "at least 3,000 against 8,000 in Kursk: a bound the later figure satisfies"],
        ["001-2", "002-2", "at least 3,000 against 10,000: a bound the later figure satisfies"],
        ["001-2", "003-1", "at least 3,000 against 11,000: a bound"],
        ["001-2", "005-2", "at least 3,000 against 8,000 in Kursk: a bound"],
        ["001-2", "005-3", "at least 3,000 against 10,000: a bound"],
        ["001-2", "005-4", "at least 3,000 against 11,000: a bound"],
        ["001-2", "005-5", "at least 3,000 in Russia against 500 officers (a part)"],
        ["001-2", "005-6", "at least 3,000 against 'thousands' (vague)"],
        ["001-2", "006-4", "at least 3,000 (Oct) against about 11,000 (Dec): a bound, months apart"],
        ["001-2", "011-1", "at least 3,000 (Oct 2024) against 3,000 reinforcements (2025)"],
        ["001-2", "011-2", "at least 3,000 against 11,000-12,000: a bound"],
        ["001-2", "012-1", "at least 3,000 (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["001-1", "002-1", "about 10,000 in Russia against about 8,000 of them in Kursk: whole against part"],
        ["001-1", "005-2", "about 10,000 in Russia against about 8,000 in Kursk: whole against part"],
        ["001-1", "003-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["001-1", "005-4", "about 10,000 in Russia against 11,000 in Kursk, restated"],
        ["002-2", "002-1", "within one article: 10,000 in Russia against 8,000 of them in Kursk, whole against part"],
        ["002-2", "003-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4)"],
        ["002-2", "005-2", "10,000 in Russia against 8,000 in Kursk (restated): whole against part"],
        ["002-2", "005-4", "10,000 in Russia against 11,000 in Kursk (restated)"],
        ["005-3", "002-1", "10,000 in Russia (restated) against 8,000 in Kursk: whole against part"],
        ["005-3", "003-1", "10,000 in Russia (restated) against 11,000 in Kursk"],
        ["005-3", "005-2", "within one article: 10,000 in Russia against 8,000 of them in Kursk"],
        ["005-3", "005-4", "within one article: 10,000 in Russia against 11,000 in Kursk"],
        # troops: officers only (a part)
        ["005-5", "001-1", PART], ["005-5", "002-1", PART], ["005-5", "002-2", PART], ["005-5", "003-1", PART],
        ["005-5", "005-2", PART], ["005-5", "005-3", PART], ["005-5", "005-4", PART], ["005-5", "005-6", PART],
        ["005-5", "006-4", PART], ["005-5", "011-1", PART], ["005-5", "011-2", PART], ["005-5", "012-1", PART],
        # troops: the State Department's vague "thousands"
        ["005-6", "001-1", VAGUE], ["005-6", "002-1", VAGUE], ["005-6", "002-2", VAGUE], ["005-6", "003-1", VAGUE],
        ["005-6", "005-2", VAGUE], ["005-6", "005-3", VAGUE], ["005-6", "005-4", VAGUE], ["005-6", "006-4", VAGUE],
        ["005-6", "011-1", VAGUE], ["005-6", "011-2", VAGUE], ["005-6", "012-1", VAGUE],
        # troops: months apart
        ["002-1", "006-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 23), weeks apart"],
        ["005-2", "006-4", "about 8,000 in Kursk (restated, Nov) against about 11,000 (Dec 23)"],
        ["001-1", "006-4", "about 10,000 (Oct 28) against about 11,000 (Dec 23), two months apart"],
        ["002-2", "006-4", "about 10,000 (Oct 31) against about 11,000 (Dec 23), weeks apart"],
        ["005-3", "006-4", "about 10,000 (restated) against about 11,000 (Dec 23)"],
        ["002-1", "011-2", "about 8,000 in Kursk (Oct 2024) against 11,000-12,000 (restated Mar 2025)"],
        ["005-2", "011-2", "about 8,000 in Kursk against 11,000-12,000, months apart"],
        ["001-1", "011-2", "about 10,000 (Oct 2024) against 11,000-12,000 (Mar 2025)"],
        ["002-2", "011-2", "about 10,000 (Oct 2024) against 11,000-12,000 (Mar 2025)"],
        ["005-3", "011-2", "about 10,000 (Nov 2024) against 11,000-12,000 (Mar 2025)"],
        ["002-1", "012-1", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["005-2", "012-1", "about 8,000 in Kursk (Nov 2024) against about 10,000 remaining (Dec 2025)"],
        ["003-1", "012-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-4", "012-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-4", "012-1", "about 11,000 (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["011-2", "012-1", "11,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025"],
        # troops: the 2025 reinforcements (an additional force)
        ["011-1", "001-1", ADD], ["011-1", "002-1", ADD], ["011-1", "002-2", ADD], ["011-1", "003-1", ADD],
        ["011-1", "005-2", ADD], ["011-1", "005-3", ADD], ["011-1", "005-4", ADD], ["011-1", "006-4", ADD],
        ["011-1", "011-2", "within one newsletter: 3,000 reinforcements against the first contingent of 11,000-12,000"],
        ["011-1", "012-1", "3,000 reinforcements (Jan-Feb 2025) against about 10,000 remaining (Dec 2025)"],
        # casualties: restatements of the must pair 1,100 / 3,000
        ["006-1", "009-2", "a later restatement of JCS 1,100 against Zelensky's more than 3,000"],
        ["009-1", "008-1", "a later restatement of JCS 1,100 against Zelensky's more than 3,000"],
        ["011-5", "008-1", "JCS 1,100 restated months later against Zelensky's more than 3,000"],
        ["011-5", "009-2", "JCS 1,100 restated months later against Zelensky's more than 3,000"],
        # casualties: the Pentagon's vague several hundred (a week earlier)
        ["008-2", "006-1", VAGUE + ", a week earlier"], ["008-2", "008-1", VAGUE + ", a week earlier"],
        ["008-2", "009-1", VAGUE + ", a week earlier"], ["008-2", "009-2", VAGUE + ", a week earlier"],
        ["008-2", "011-3", VAGUE + ", months earlier"], ["008-2", "011-4", VAGUE + ", weeks earlier"],
        ["008-2", "011-5", VAGUE + ", a week earlier"],
        ["009-3", "006-1", VAGUE + ", a week earlier"], ["009-3", "008-1", VAGUE + ", a week earlier"],
        ["009-3", "009-1", VAGUE + ", a week earlier"], ["009-3", "009-2", VAGUE + ", a week earlier"],
        ["009-3", "011-3", VAGUE + ", months earlier"], ["009-3", "011-4", VAGUE + ", weeks earlier"],
        ["009-3", "011-5", VAGUE + ", a week earlier"],
        # casualties: one weekend's clashes (a part, and a bound every total satisfies)
        ["009-4", "006-1", PART], ["009-4", "008-1", PART], ["009-4", "008-2", PART], ["009-4", "009-1", PART],
        ["009-4", "009-2", PART], ["009-4", "009-3", PART], ["009-4", "011-3", PART], ["009-4", "011-4", PART],
        ["009-4", "011-5", PART],
        # casualties: a rising total, weeks to months apart
        ["011-4", "011-3", "about 4,000 (early Feb) against about 4,700 (March): a rising total, weeks apart"],
        ["011-4", "006-1", "about 4,000 (Feb) against about 1,100 (Dec), weeks apart, a rising total"],
        ["011-4", "009-1", "about 4,000 (Feb) against about 1,100 (Dec), a rising total"],
        ["011-4", "011-5", "about 4,000 (Feb) against 1,100 (Dec), a rising total"],
        ["011-4", "008-1", "about 4,000 (Feb) against more than 3,000 (Dec): a bound the later figure satisfies"],
        ["011-4", "009-2", "about 4,000 (Feb) against more than 3,000 (Dec): a bound"],
        ["011-3", "006-1", "about 4,700 (Mar) against about 1,100 (Dec), months apart"],
        ["011-3", "009-1", "about 4,700 (Mar) against about 1,100 (Dec), months apart"],
        ["011-3", "011-5", "within one newsletter: about 4,700 now against the 1,100 of December"],
        ["011-3", "008-1", "about 4,700 (Mar) against more than 3,000 (Dec): a bound, months apart"],
        ["011-3", "009-2", "about 4,700 (Mar) against more than 3,000 (Dec): a bound, months apart"],
        # killed: a rising total, a bound, the demining engineers (a part)
        ["006-2", "010-2", "at least 100 (Dec 19) against about 300 (Jan 13): a bound, a rising total"],
        ["006-2", "012-2", "at least 100 (Dec 2024) against about 2,000 (Sep 2025): a bound, months apart"],
        ["006-2", "012-3", "at least 100 (Dec 2024) against about 600 (Apr 2025): a bound, months apart"],
        ["010-2", "012-2", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["010-2", "012-3", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["012-3", "012-2", "an update: about 2,000 in September, up from about 600 in April"],
        ["012-4", "006-2", PART], ["012-4", "010-2", PART], ["012-4", "012-2", PART], ["012-4", "012-3", PART],
        # wounded: a rising total
        ["006-3", "010-3", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), weeks apart, a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
