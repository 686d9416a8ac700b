#!/usr/bin/env python3
"""Gold labels for testdata/blind792 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind792/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Zelensky", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "US", "United States"]
WH = ["White House", "U.S.", "US", "United States"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "U.S.", "US", "United States"]
US_OFF = ["US officials", "U.S. officials", "American media", "U.S.", "US", "United States"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"]
KCNA = ["KCNA", "Korean Central News Agency", "North Korea", "state media", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of around 1,500 special operations troops is already in the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has now sent roughly 10,000 soldiers to eastern Russia to train", False),
        # the base of the rise, quoted from the week before: an update, not a conflict
        ("troops", NK, 3000, None, "exact", WH,
         "up from the 3,000 the White House cited just last week", False),
    ],
    "002": [
        # in Kursk: a part of the ~10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "about 10,000 North Korean troops are now in Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand soldiers from North Korea in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken put the number in the Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky said 11,000 North Korean soldiers were there", False),
        ("troops", RU, 50000, None, "about", US_OFF,
         "Russia has massed a force of about 50,000 troops, North Koreans among them", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers sent to Russia have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Of the roughly 11,000 troops the North has deployed to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # one assault only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR + ["military intelligence agency"],
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "President Zelensky says more than 3,000 North Korean soldiers have been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the number at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "around 300 North Korean soldiers have died fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 have been wounded", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 100, None, "at_least", NIS,
         "the same agency said at least 100 had been killed", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", LEE,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", LEE,
         "some 600 have died", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", LEE,
         "roughly 3,000 additional troops as reinforcements", False),
        ("troops", NK, 14000, 15000, "range", LEE,
         "The NIS puts the total it has sent at between 14,000 and 15,000", False),
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "Ukraine had lost more than 76,000 servicemen in Kursk", False),
        # February figure, raised in a reporter's question
        ("casualties", NK, 4000, None, "about", HUR,
         "North Korean losses were about 4,000", False),
        ("captured", NK, 2, None, "exact", LEE,
         "The two captured soldiers remain in Ukraine", False),
    ],
    "014": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        # the April figure restated as the base of the rise
        ("killed", NK, 600, None, "about", NIS,
         "its April estimate of roughly 600", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain in Russia", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 builders have moved so far", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine members of an engineering regiment died while clearing mines", False),
    ],
}

NOT = {
    "000": ["Views 21,548", "between Oct. 8 and 13", "some 12,000 troops", "Oct. 16",
            "more than 8 million artillery shells", "shares slide 4%",
            "27 soldiers treated after carbon monoxide leak", "30th straight week", "1 trillion won",
            "KOSPI 2,593.67", "KOSDAQ 748.33", "USD/KRW 1,368.80"],
    "001": ["Runtime 7:42", "as many as 100,000 over the next year", "an army of more than a million",
            "seventy years", "DOW 42,387.57", "S&P 500 5,823.52", "Early votes cast: 41.4 million",
            "Hurricane Oscar death toll in Cuba rises to 7"],
    "002": ["6 min read", "Comment 1,214", "on Oct. 23", "five days before the U.S. presidential election",
            "Early-vote totals top 60 million", "At least 95 dead in Spain's worst flooding",
            "within two hours of D.C."],
    "004": ["Views 6,204", "Russia Loses 1,270 Troops in Past 24 Hours", "about two weeks",
            "Aug. 6", "around 600 square kilometers", "more than 42,000 subscribers"],
    "005": ["Reading time 5 min", "Five days later", "expects the total to reach 10,000-12,000 by December", "November 4",
            "November 10", "around 600 square kilometers", "about 1,300 in August",
            "7 in 10 South Koreans", "some 2,000 civilians"],
    "006": ["paras 5-7", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "2024/12/23 14:20 KST", "Foreign visitors to S. Korea top 15 million",
            "3 soldiers hurt in live-fire drill accident", "15-year low"],
    "007": ["2 min read", "Aug. 6", "more than half of the territory",
            "Russia has lost 775,000 troops since start of full-scale war", "in 2022"],
    "009": ["Updated 19:10", "Two civilians were injured", "Freeview 233", "Sky 501", "Virgin 602"],
    "010": ["Issue No. 187", "one soldier about to be captured", "roughly one in four", "Reading time: 6 min", "one of 18,412 readers", "One, aged 20", "the other, 26",
            "KOSPI 2,497.42", "USD/KRW 1,470.80", "flew 1,100 km", "marks 18 days in office",
            "4,500 South Korean troops join the winter exercise season"],
    "011": ["16:05-16:31 KST", "One of them has said", "Transcript No. 2025-0430-07", "Pool: 23 reporters present",
            "on the 26th", "on the 28th", "26 minutes"],
    "014": ["Nikkei 225 50,602.80", "USD/JPY 156.82", "5 min read",
            "North Korea will send 1,000 sappers and 5,000 military builders", "more than three times",
            "tops 8.8 trillion yen", "Border clashes force 400,000 Thai and Cambodian villagers from homes",
            "$4bn chip packaging plant"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "006"}

ADD = "an additional or separate force, or a first group, against a total"
MONTHS = "months apart"
PART = "a part of the whole (one assault or one unit) against a total"
RISE = "a rising total reported by the same or another source weeks or months later"
VAGUE = "a vague count against a precise one"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["005-1", "005-2", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 five days later"],
        ["006-1", "007-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), both on Dec 23"],
        ["009-2", "009-1", "within one live blog: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: first group / earlier totals against later ones (days to months apart)
        ["000-1", "001-1", "first group of 1,500 (Oct 18) against about 10,000 ten days later"],
        ["000-1", "001-2", "first group of 1,500 against 3,000 a few days later"],
        ["000-1", "002-1", "first group of 1,500 against 8,000 in Kursk, two weeks later"],
        ["000-1", "002-2", "first group of 1,500 against 10,000 in Russia, two weeks later"],
        ["000-1", "004-1", "first group of 1,500 against 11,000 in Kursk, weeks later"],
        ["000-1", "005-1", "first group of 1,500 against 8,000 restated"],
        ["000-1", "005-2", "first group of 1,500 against 11,000 restated"],
        ["000-1", "006-4", "first group of 1,500 against about 11,000, two months later"],
        ["000-1", "011-3", "1,500 in October 2024 against 3,000 reinforcements in 2025, " + ADD],
        ["000-1", "011-4", "1,500 against 14,000-15,000 in all, months later"],
        ["000-1", "014-4", "1,500 against about 10,000 remaining, a year later"],
        ["000-1", "014-5", "1,500 against 5,000 builders, a year later"],
        ["001-2", "001-1", "3,000 last week against about 10,000 now: " + RISE],
        ["001-2", "002-1", "3,000 (Oct 23) against 8,000 in Kursk (Oct 31): " + RISE],
        ["001-2", "002-2", "3,000 (Oct 23) against about 10,000 in Russia (Oct 31): " + RISE],
        ["001-2", "004-1", "3,000 (Oct 23) against 11,000 (Nov 5): " + RISE],
        ["001-2", "005-1", "3,000 against 8,000 restated: " + RISE],
        ["001-2", "005-2", "3,000 against 11,000 restated: " + RISE],
        ["001-2", "006-4", "3,000 (Oct) against about 11,000 (Dec): " + RISE],
        ["001-2", "011-4", "3,000 (Oct 2024) against 14,000-15,000 (Apr 2025), " + MONTHS],
        ["001-2", "014-4", "3,000 (Oct 2024) against about 10,000 (Nov 2025), " + MONTHS],
        ["001-2", "014-5", "3,000 against 5,000 builders, " + ADD],
        ["001-1", "002-1", "about 10,000 in eastern Russia against about 8,000 of them in Kursk: part and whole"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 5), a week apart"],
        ["001-1", "005-1", "about 10,000 in Russia against about 8,000 in Kursk restated: part and whole"],
        ["001-1", "005-2", "about 10,000 in Russia against 11,000 in Kursk restated"],
        ["001-1", "006-4", "about 10,000 (Oct) against about 11,000 (Dec), two months apart"],
        ["001-1", "011-3", "10,000 in 2024 against 3,000 reinforcements in 2025, " + ADD],
        ["001-1", "011-4", "about 10,000 (Oct 2024) against 14,000-15,000 (Apr 2025), " + MONTHS],
        ["001-1", "014-5", "10,000 against 5,000 builders, " + ADD],
        ["002-1", "002-2", "within one article: about 8,000 in Kursk, part of about 10,000 in Russia"],
        ["002-1", "005-2", "Blinken's 8,000 against Zelensky's 11,000 restated in a later explainer (the pair already told)"],
        ["002-1", "006-4", "about 8,000 in Kursk (Oct 31) against about 11,000 in Russia (Dec), seven weeks apart"],
        ["002-1", "011-3", "8,000 in Kursk against 3,000 reinforcements, " + ADD],
        ["002-1", "011-4", "8,000 in Kursk (Oct 2024) against 14,000-15,000 sent in all (Apr 2025)"],
        ["002-1", "014-4", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Nov 2025)"],
        ["002-1", "014-5", "8,000 against 5,000 builders, " + ADD],
        ["002-2", "004-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 5), days apart, different places"],
        ["002-2", "005-1", "about 10,000 in Russia against about 8,000 in Kursk restated: part and whole"],
        ["002-2", "005-2", "about 10,000 in Russia against 11,000 in Kursk restated"],
        ["002-2", "006-4", "about 10,000 (Oct 31) against about 11,000 (Dec), seven weeks apart"],
        ["002-2", "011-3", "10,000 in 2024 against 3,000 reinforcements in 2025, " + ADD],
        ["002-2", "011-4", "about 10,000 (Oct 2024) against 14,000-15,000 (Apr 2025), " + MONTHS],
        ["002-2", "014-5", "10,000 against 5,000 builders, " + ADD],
        ["004-1", "005-1", "Zelensky's 11,000 against Blinken's 8,000 restated in a later explainer (the pair already told)"],
        ["004-1", "011-3", "11,000 in Kursk against 3,000 reinforcements, " + ADD],
        ["004-1", "011-4", "11,000 (Nov 2024) against 14,000-15,000 in all (Apr 2025), " + MONTHS],
        ["004-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["004-1", "014-5", "11,000 against 5,000 builders, " + ADD],
        ["005-1", "006-4", "about 8,000 in Kursk restated against about 11,000 (Dec)"],
        ["005-1", "011-3", "8,000 against 3,000 reinforcements, " + ADD],
        ["005-1", "011-4", "8,000 against 14,000-15,000, " + MONTHS],
        ["005-1", "014-4", "8,000 against about 10,000 remaining, a year apart"],
        ["005-1", "014-5", "8,000 against 5,000 builders, " + ADD],
        ["005-2", "011-3", "11,000 against 3,000 reinforcements, " + ADD],
        ["005-2", "011-4", "11,000 against 14,000-15,000, " + MONTHS],
        ["005-2", "014-4", "11,000 against about 10,000 remaining, a year apart"],
        ["005-2", "014-5", "11,000 against 5,000 builders, " + ADD],
        ["006-4", "011-3", "about 11,000 (Dec 2024) against 3,000 reinforcements (2025), " + ADD],
        ["006-4", "011-4", "about 11,000 (Dec 2024) against 14,000-15,000 (Apr 2025) after reinforcements, " + MONTHS],
        ["006-4", "014-4", "about 11,000 (Dec 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["006-4", "014-5", "11,000 against 5,000 builders, " + ADD],
        ["011-3", "011-4", "within one briefing: 3,000 reinforcements, part of 14,000-15,000 sent in all"],
        ["011-3", "014-4", "3,000 reinforcements against about 10,000 remaining, " + ADD],
        ["011-3", "014-5", "3,000 reinforcements against 5,000 builders, " + ADD],
        ["011-4", "014-4", "14,000-15,000 sent in all (Apr) against about 10,000 remaining (Nov), " + MONTHS],
        ["011-4", "014-5", "14,000-15,000 combat troops against 5,000 builders, " + ADD],
        ["014-4", "014-5", "within one timeline: troops remaining against a separate construction contingent"],
        # casualties
        ["006-1", "009-1", "JCS's 1,100 against Zelensky's 3,000 restated in the live blog (the pair already told)"],
        ["007-1", "009-2", "Zelensky's 3,000 against JCS's 1,100 restated in the live blog (the pair already told)"],
        ["007-2", "006-1", PART], ["007-2", "007-1", PART], ["007-2", "009-1", PART], ["007-2", "009-2", PART],
        ["007-2", "009-3", PART], ["007-2", "011-1", PART], ["007-2", "011-6", PART],
        ["009-3", "006-1", "several hundred (Pentagon, a week earlier) against about 1,100: " + VAGUE],
        ["009-3", "007-1", "several hundred (Pentagon, a week earlier) against more than 3,000: " + VAGUE],
        ["009-3", "009-1", "within the live blog: several hundred a week earlier against more than 3,000: " + VAGUE],
        ["009-3", "009-2", "within the live blog: several hundred a week earlier against about 1,100: " + VAGUE],
        ["009-3", "011-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["009-3", "011-6", "several hundred (Dec 2024) against about 4,000 (Feb 2025), " + MONTHS],
        ["006-1", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["006-1", "011-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), " + MONTHS],
        ["007-1", "011-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["007-1", "011-6", "more than 3,000 (Dec 2024) against about 4,000 (Feb 2025), " + RISE],
        ["009-1", "011-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["009-1", "011-6", "more than 3,000 (Dec 2024) against about 4,000 (Feb 2025), " + RISE],
        ["009-2", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["009-2", "011-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), " + MONTHS],
        ["011-6", "011-1", "within one transcript: HUR's about 4,000 in February against the NIS's about 4,700 in April, " + RISE],
        # killed: a rising total, and parts
        ["006-2", "010-1", "at least 100 (Dec 19) against about 300 (Jan 13): " + RISE],
        ["006-2", "011-2", "at least 100 (Dec) against about 600 (Apr), " + MONTHS],
        ["006-2", "014-2", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), " + MONTHS],
        ["006-2", "014-3", "at least 100 (Dec 2024) against the April figure of 600 restated"],
        ["006-2", "014-6", PART],
        ["010-3", "010-1", "within one newsletter: at least 100 in December, up to about 300 in January: an update"],
        ["010-1", "011-2", "about 300 (Jan) against about 600 (Apr), " + MONTHS],
        ["010-1", "014-2", "about 300 (Jan) against about 2,000 (Sep), " + MONTHS],
        ["010-1", "014-3", "about 300 (Jan) against the April figure of 600 restated"],
        ["010-1", "014-6", PART],
        ["010-3", "011-2", "at least 100 (Dec) against about 600 (Apr), " + MONTHS],
        ["010-3", "014-2", "at least 100 (Dec) against about 2,000 (Sep), " + MONTHS],
        ["010-3", "014-3", "at least 100 (Dec) against the April figure of 600 restated"],
        ["010-3", "014-6", PART],
        ["011-2", "014-2", "about 600 (Apr) against about 2,000 (Sep): " + RISE],
        ["011-2", "014-6", PART],
        ["014-3", "014-2", "within one timeline: 2,000 in September, up from roughly 600 in April: an update"],
        ["014-3", "014-6", PART],
        ["014-2", "014-6", PART],
        # wounded
        ["006-3", "010-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13): " + RISE],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
