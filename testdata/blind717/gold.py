#!/usr/bin/env python3
"""Gold labels for testdata/blind717 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind717/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Department of Defense", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "putting the first batch at around 1,500 special forces troops shipped to Vladivostok", False),
    ],
    "001": [
        # the reporter relays last week's White House figure; the answer updates it ("up from")
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "John Kirby said at least 3,000 North Korean troops had gone to eastern Russia", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh"] + PENTAGON,
         "our assessment now is that North Korea has dispatched roughly 10,000 soldiers in total for training in eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # the whole of which the Kursk figure is a part
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the roughly 10,000 troops that the Pentagon says North Korea has sent to eastern Russia", False),
    ],
    "004": [
        # the quotation's speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11 thousand North Korean troops in the Kursk region of Russia", False),
    ],
    "005": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western officials", "South Korean officials", "Western officials", "South Korea"],
         "Estimates of the overall contingent run from 10,000 to 12,000 men, according to South Korean and Western officials", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said around 8,000 North Korean soldiers were in Kursk", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky put the number at 11,000", False),
        # a Russian force (marines and paratroopers) backed by North Korean units
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "New York Times", "United States"],
         "Russia has massed a force of about 50,000", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 others wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'the Pentagon said North Korean troops had suffered "several hundred" casualties', True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian, South Korean and U.S. intelligence", "Ukrainian intelligence",
                                             "South Korean intelligence", "U.S. intelligence", "Ukraine", "South Korea", "United States"],
         "North Korea has deployed around 11,000 troops to Russia", False),
    ],
    "009": [
        # "said X" after the figure
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers deployed to Russia have been killed or wounded in fighting against Ukraine", False),
        ("troops", NK, 11000, None, "about", JCS,
         "some 11,000 North Korean troops are believed to be in Russia", False),
    ],
    "010": [
        ("casualties", UA, 280, None, "up_to", ["Russia's Ministry of Defence", "Ministry of Defence", "Russian Defence Ministry", "Russia"],
         "Ukraine had lost up to 280 servicemen in the region over the past 24 hours", False),
        # one assault only: a part of the whole
        ("killed", NK, 17, None, "exact", ["Ukrainian air assault unit", "air assault unit", "Ukrainian paratroopers", "Ukraine"],
         "killed 17 North Korean soldiers who attacked its positions on foot in a single assault", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded fighting for Russia", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two wounded North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + LEE,
         "some 300 North Korean soldiers have died in Kursk", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "about 2,700 have been wounded", False),
        ("casualties", NK, 4000, None, "about", HUR + ["Volodymyr Zelensky", "Zelensky"],
         "estimates North Korean losses in Kursk at roughly 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent roughly 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "puts total North Korean casualties at about 4,700", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded in the war", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from the roughly 600 it counted in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Some ten thousand North Korean troops remain near the Russian-Ukrainian border in the Kursk region", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea"],
         "nine soldiers of an engineer regiment died clearing mines in Kursk", False),
        ("captured", NK, 2, None, "exact", U,
         "the two prisoners held by Ukraine", False),
    ],
}

NOT = {
    "000": ["Oct 18, 2024 - 17:15", "taken on Oct. 16", "as many as 12,000 soldiers in all", "four brigades", "11th Corps",
            "over six days from Oct. 8", "four landing ships and three escort vessels", "about 1.2 million active-duty troops",
            "1.4 million youths volunteered", "3 destroyers", "233 seats", "Oct. 27 lower house election"],
    "001": ["Oct. 28, 2024 | 2:03 PM EDT", "56th Security Consultative Meeting", "roughly 100 U.S. soldiers",
            "around 43,000 service members", "5th Bomb Wing", "2:41 PM EDT", "55,000 Contracts", "$10.2 Million",
            "The two will discuss", "B-52s"],
    "003": ["5:05 PM EDT, October 31, 2024", "several hundred square miles", "Early voting tops 60 million",
            "five days left", "61 drones", "Death toll in Spain's floods passes 150"],
    "004": ["05.11.2024 09:40", "2 947", "Russia loses another 1,290 soldiers in past day",
            "personnel about 702,990 (+1,290)", "tanks 9,330", "artillery systems 20,265"],
    "005": ["about 12,000 soldiers in four brigades", "Reading time 4 min", "Kim Jong Un, 40",
            "Russian strike on Zaporizhzhia leaves 6 dead", "November 12, 2024, at 5:00 pm"],
    "007": ["2024.12.19 18:20", "170-millimeter self-propelled guns", "in their early 20s", "Dec. 3",
            "1,450 per dollar", "Three Army generals", "six justices"],
    "008": ["December 23, 2024 12:45 PM", "3 min read", "around 1,300 square kilometers", "Aug. 6", "six years",
            "$7 a month", "injures 10", "another 90 days"],
    "009": ["KOSPI 2,442.01", "KOSDAQ 679.24", "USD/KRW 1,452.50", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "Dec. 24 deadline", "Over 10,000 rally", "15-year low"],
    "010": ["21:00 GMT", "72 drones overnight", "46 of which were shot down", "almost triple", "see our 06:15 GMT post",
            "Israeli strikes on Gaza kill at least 20"],
    "011": ["BRIEF No. 2025-17", "12 min read", "1.4 MB", "Brief No. 2025-03", "a pause of about three weeks",
            "2024 mutual defence treaty", "one of the captured men", "15 years", '1.4 million "volunteers"', "$20 billion", "Comments (4)"],
    "014": ["Episode 212", "54 min", "18.4K plays", "Fourteen months", "Ep. 211", "a thousand deminers",
            "five thousand military construction workers", "Will more troops go in 2026?", "25% off", "first 3 months",
            "Rated 4.8 (1,203 ratings)", "about 9,800 words", "66.3 trillion won"],
}

OFF = ["002", "006", "012"]
DUP = {"013": "003"}

A_ = "an additional force (reinforcements) against a count of the first contingent, months apart"
FG = "the first group of about 1,500 against a later count of the whole, days to months later"
FLOOR = "at least 3,000 (Kirby, Oct 23) is a floor the later, larger count satisfies: a rising total"
YR = "a count of the 2024 contingent against about 10,000 still there in late 2025, a year apart"
PART_K = "killed in one assault or one engineer regiment: a part against the whole"
conflicts = {
    "must": [
        ["003-1", "004-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), five days apart"],
        ["005-2", "005-3", "within one explainer: Blinken's around 8,000 in Kursk against Zelensky's 11,000 five days later, set side by side as diverging"],
        ["009-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["010-4", "010-3", "within one live blog: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day, the post pointing at the gap"],
    ],
    "may": [
        # troops: the first group against later totals
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "003-1", FG], ["000-1", "003-2", FG],
        ["000-1", "004-1", FG], ["000-1", "005-1", FG], ["000-1", "005-2", FG], ["000-1", "005-3", FG],
        ["000-1", "008-2", FG], ["000-1", "009-2", FG], ["000-1", "011-5", "1,500 (Oct 2024) against 3,000 reinforcements (Mar 2025)"],
        ["000-1", "014-3", "1,500 (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        # troops: Kirby's floor against later counts
        ["001-1", "001-2", "within one transcript: at least 3,000 last week, updated to roughly 10,000 ('up from what you just cited')"],
        ["001-1", "003-1", FLOOR], ["001-1", "003-2", FLOOR], ["001-1", "004-1", FLOOR],
        ["001-1", "005-1", FLOOR], ["001-1", "005-2", FLOOR], ["001-1", "005-3", FLOOR],
        ["001-1", "008-2", FLOOR + ", two months apart"], ["001-1", "009-2", FLOOR + ", two months apart"],
        ["001-1", "014-3", FLOOR + ", a year apart"],
        # troops: the Pentagon's 10,000 in Russia
        ["001-2", "003-1", "10,000 in eastern Russia against 8,000 of them in Kursk: the whole against a part"],
        ["001-2", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4)"],
        ["001-2", "005-2", "10,000 in Russia against 8,000 in Kursk: the whole against a part"],
        ["001-2", "005-3", "about 10,000 in Russia against 11,000 in Kursk, a week apart"],
        ["001-2", "008-2", "about 10,000 (Oct 28) against around 11,000 (Dec 23), two months apart"],
        ["001-2", "009-2", "about 10,000 (Oct 28) against some 11,000 (Dec 23), two months apart"],
        ["001-2", "011-5", A_],
        ["003-1", "003-2", "within one article: 8,000 in Kursk is a share of the 10,000 in Russia, a part against the whole"],
        ["003-1", "005-1", "8,000 in Kursk against 10,000-12,000 sent in all: a part against the whole"],
        ["003-1", "005-3", "the same two reports as the must pair 003-1/004-1, restated in the explainer"],
        ["003-1", "008-2", "8,000 in Kursk (Oct 31) against around 11,000 in Russia (Dec 23), seven weeks apart"],
        ["003-1", "009-2", "8,000 in Kursk (Oct 31) against some 11,000 in Russia (Dec 23), seven weeks apart"],
        ["003-1", "011-5", A_],
        ["003-1", "014-3", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-2", "004-1", "about 10,000 in Russia against 11,000 in Kursk, days apart"],
        ["003-2", "005-2", "10,000 in Russia against 8,000 in Kursk: the whole against a part"],
        ["003-2", "005-3", "about 10,000 in Russia against 11,000 in Kursk"],
        ["003-2", "008-2", "about 10,000 (Oct) against around 11,000 (Dec), two months apart"],
        ["003-2", "009-2", "about 10,000 (Oct) against some 11,000 (Dec), two months apart"],
        ["003-2", "011-5", A_],
        ["004-1", "005-2", "the same two reports as the must pair 003-1/004-1, restated in the explainer"],
        ["004-1", "011-5", A_], ["004-1", "014-3", YR],
        ["005-1", "005-2", "within one explainer: 10,000-12,000 sent in all against 8,000 in Kursk, the whole against a part"],
        ["005-1", "011-5", A_],
        ["005-2", "008-2", "8,000 in Kursk (reported Nov) against around 11,000 in Russia (Dec 23), weeks apart"],
        ["005-2", "009-2", "8,000 in Kursk (reported Nov) against some 11,000 in Russia (Dec 23), weeks apart"],
        ["005-2", "011-5", A_], ["005-2", "014-3", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["005-3", "011-5", A_], ["005-3", "014-3", YR],
        ["008-2", "011-5", A_], ["008-2", "014-3", YR],
        ["009-2", "011-5", A_], ["009-2", "014-3", YR],
        ["011-5", "014-3", "3,000 reinforcements (Mar 2025) against about 10,000 remaining (Dec 2025)"],
        # casualties: the Pentagon's vague several hundred a week earlier
        ["007-3", "008-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23)"],
        ["007-3", "009-1", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (Dec 23)"],
        ["007-3", "010-3", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23)"],
        ["007-3", "010-4", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (Dec 23)"],
        ["007-3", "011-4", "several hundred (Dec) against roughly 4,000 (late Jan), a rising total"],
        ["007-3", "011-6", "several hundred (Dec) against about 4,700 (Mar), months apart"],
        ["007-3", "011-7", "several hundred (Dec) against about 4,700 (Apr), months apart"],
        # casualties: restatements of the same two Dec 23 reports
        ["008-1", "010-4", "the same two reports as the must pair 009-1/008-1, restated"],
        ["009-1", "010-3", "the same two reports as the must pair 009-1/008-1, restated"],
        # casualties: December against later totals
        ["008-1", "011-4", "more than 3,000 (Dec 23) against roughly 4,000 (late Jan), a rising total"],
        ["008-1", "011-6", "more than 3,000 (Dec) against about 4,700 (Mar), a rising total"],
        ["008-1", "011-7", "more than 3,000 (Dec) against about 4,700 (Apr), a rising total"],
        ["009-1", "011-4", "about 1,100 (Dec 23) against roughly 4,000 (late Jan), a rising total"],
        ["009-1", "011-6", "about 1,100 (Dec) against about 4,700 (Mar), months apart"],
        ["009-1", "011-7", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["010-3", "011-4", "more than 3,000 (Dec 23) against roughly 4,000 (late Jan), a rising total"],
        ["010-3", "011-6", "more than 3,000 (Dec) against about 4,700 (Mar), a rising total"],
        ["010-3", "011-7", "more than 3,000 (Dec) against about 4,700 (Apr), a rising total"],
        ["010-4", "011-4", "about 1,100 (Dec 23) against roughly 4,000 (late Jan), a rising total"],
        ["010-4", "011-6", "about 1,100 (Dec) against about 4,700 (Mar), months apart"],
        ["010-4", "011-7", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["011-4", "011-6", "roughly 4,000 (HUR, late Jan) against about 4,700 (JCS, Mar 27), two months apart, a rising total"],
        ["011-4", "011-7", "roughly 4,000 (HUR, late Jan) against about 4,700 (NIS, Apr 30), three months apart"],
        # killed: a floor, rising totals, parts
        ["007-1", "010-2", "at least 100 killed against 17 killed in one assault: the whole against a part"],
        ["007-1", "011-2", "at least 100 (Dec 19) against some 300 (Jan 13): a floor the later figure satisfies"],
        ["007-1", "011-8", "at least 100 (Dec) against roughly 600 (Apr), months apart"],
        ["007-1", "014-1", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["007-1", "014-2", "at least 100 (Dec) against the April figure of 600 restated in December 2025"],
        ["007-1", "014-4", PART_K],
        ["010-2", "011-2", PART_K], ["010-2", "011-8", PART_K], ["010-2", "014-1", PART_K],
        ["010-2", "014-2", PART_K], ["010-2", "014-4", "two parts: one assault against one engineer regiment, a year apart"],
        ["011-2", "011-8", "some 300 (Jan 13) against roughly 600 (Apr 30), months apart, a rising total"],
        ["011-2", "014-1", "some 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-2", "014-2", "some 300 (Jan) against the April figure of 600 restated in December"],
        ["011-2", "014-4", PART_K],
        ["011-8", "014-1", "roughly 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        ["011-8", "014-4", PART_K],
        ["014-1", "014-2", "within one article: about 2,000 in September, up from roughly 600 in April, an update"],
        ["014-1", "014-4", PART_K], ["014-2", "014-4", PART_K],
        # wounded
        ["007-2", "011-3", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
