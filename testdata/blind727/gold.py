#!/usr/bin/env python3
"""Gold labels for testdata/blind727 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind727/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
PENT = ["Pentagon", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations soldiers", False),
    ],
    "002": [
        # in the Kursk region: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh"] + PENT,
         "About 10,000 North Korean troops have been sent to eastern Russia to train", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "the at least 3,000 that White House national security spokesman John Kirby cited", False),
    ],
    "003": [
        # a quote whose speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("casualties", RU, 700000, None, "more_than", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia has lost more than 700,000 troops killed and wounded", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Korean soldiers in Russia's Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky said 11,000 were there", False),
        ("troops", RU, 50000, None, "up_to", ["The New York Times", "New York Times", "American and Ukrainian officials",
                                              "American officials", "US officials", "Ukrainian officials", "United States"],
         "Russia has massed as many as 50,000 troops", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 of them have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "The number of wounded is nearly 1,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "several hundred North Korean troops had been killed or wounded", True),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
        # two days' fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea has sent around 11,000 troops to Russia so far", False),
    ],
    "009": [
        # also in the unattributed "THE CLAIM" line above it: labelled once
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean dead and wounded in the Kursk region had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "\"several hundred\" had been killed and wounded", True),
        # one brigade after one assault: a part of the whole
        ("killed", NK, 24, 99, "vague", ["Ukrainian officer", "a Ukrainian officer", "Ukraine"],
         "counted dozens of North Korean dead after a single assault", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "around 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "That takes the North's casualties past 3,000", False),
        # the December figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", LEE,
         "up from at least 100 killed that the spy agency reported in December", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers on Jan. 9", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean forces have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them deaths", False),
        # the January figure, quoted as the base of the rise
        ("casualties", NK, 3000, None, "more_than", NIS,
         "the 3,000-plus casualties the spy agency reported in January", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence had put the North's losses at about 4,000 in February", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 soldiers in the Kursk operation", False),
        ("troops", NK, 10000, 12000, "range", U,
         "between 10,000 and 12,000 soldiers in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more had arrived in January and February as reinforcements", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", U,
         "Pyongyang sent 10,000-12,000 troops to Russia in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed near the Russian-Ukrainian border", False),
        # builders and deminers: a separate contingent
        ("troops", NK, 2000, 9000, "vague", ["Seo Min-ho", "Seo"],
         "Thousands of builders and deminers have since begun arriving", True),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in total", "four brigades", "about 200,000 at home", "four sailings",
            "between Oct. 8 and 13", "11th Corps", "Nikkei 225 38,981.75", "USD/JPY 149.83", "Brent $74.45",
            "2 SDF aircraft", "Russia lost 1,220 soldiers in a day near Pokrovsk", "approval at 42.0%",
            "LDP fields 336 candidates"],
    "002": ["Listen (4 min)", "6:15 PM EDT", "several hundred square kilometers", "Aug. 6",
            "Spain floods kill at least 158", "Dow drops 378 points", "attacks on 3 ships"],
    "003": ["3 min read", "Nov. 4", "February 2022", "1,340 soldiers in past day", "injures 17",
            "Join over 27,000 members", "6 years"],
    "004": ["Reading time 5 min", "shot down 41 of 66 drones", "two ballistic missiles", "34 Ukrainian drones",
            "three of the capital's airports", "152mm howitzer", "600 square kilometres"],
    "006": ["Transcript No. 2024-1219-03", "11:52 a.m. - 12:06 p.m.", "Room 408", "Dec. 26 at 10 a.m.",
            "Recording runtime 13:48", "23 reporters attended"],
    "007": ["Views: 3,268", "UAH/USD 41.83", "UAH/EUR 43.60", "December 14-15", "1,950 soldiers in past day",
            "Two people injured"],
    "008": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "Jan. 20",
            "N. Korea may send more troops to Russia after suffering 100 deaths: NIS", "Dec. 27", "0.23 pct"],
    "009": ["Issue #88", "6 min read", "41,380 subscribers", "more than 2 million times", "almost three times Seoul's",
            "Aug. 8", "312 likes", "57 comments", "64 countries", "$5 a month"],
    "011": ["KOSPI 2,491.75", "USD/KRW 1,470.80", "born in 2005", "born in 1999", "Reader comments (48)",
            "99.8 patients per 1,000", "1.2 million copies"],
    "013": ["Nikkei 225 36,045.38", "USD/JPY 142.43", "Dow 40,527.62", "April 26", "April 28",
            "24.6 million Japanese", "10.8 million vehicles", "parade of 13,000"],
    "014": ["1,000 sappers", "5,000 military builders", "Episode 214", "47:18", "1,932 ratings",
            "Join 1,284 listeners", "20% off", "9 trillion yen", "Ep. 215"],
}

OFF = ["001", "005", "012"]
DUP = {"010": "008"}

FG = "the first group of about 1,500 (Oct 18, 2024) against a later total, days to months later"
AD = "an additional or separate force (reinforcements, builders and deminers) against a total"
PW = "a part (in the Kursk region only, or one assault) against the whole"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Koreans in the Kursk region (Blinken, Oct 31) against 11,000 in the Kursk region (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's 11,000 five days later, set side by side"],
        ["008-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day"],
        ["009-2", "009-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: the first group of 1,500 against later totals
        ["000-1", "002-1", FG], ["000-1", "002-2", FG], ["000-1", "002-3", FG + " (Kirby's at least 3,000, five days later)"],
        ["000-1", "003-1", FG], ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "008-2", FG],
        ["000-1", "013-6", FG], ["000-1", "013-7", FG], ["000-1", "014-1", FG], ["000-1", "014-4", FG],
        ["000-1", "014-5", FG],
        # troops: Kursk-only figures against totals in Russia, and the same pair restated
        ["002-1", "002-2", PW + ": 8,000 in Kursk against 10,000 sent to Russia, in one article"],
        ["002-1", "004-2", "Blinken's 8,000 (AP, Oct 31) against Zelensky's 11,000 restated in the Nov 11 live blog: the must pair told again"],
        ["003-1", "004-1", "Zelensky's 11,000 (Nov 5) against Blinken's 8,000 restated in the Nov 11 live blog: the must pair told again"],
        ["002-2", "003-1", "about 10,000 sent to Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, Nov 4): close values, a week apart"],
        ["002-2", "004-1", PW + ": 8,000 in Kursk against 10,000 sent to Russia"],
        ["002-2", "004-2", "about 10,000 sent to Russia against 11,000 in Kursk, a week apart"],
        ["002-2", "008-2", "about 10,000 (Oct 28) against about 11,000 (Dec 23), two months apart"],
        ["002-1", "008-2", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 23), seven weeks apart"],
        ["004-1", "008-2", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 23), seven weeks apart"],
        ["002-1", "013-6", "8,000 (Oct 2024) against 10,000-12,000 sent in autumn 2024, reported months later"],
        ["004-1", "013-6", "8,000 (Oct 2024) against 10,000-12,000 sent in autumn 2024, reported months later"],
        ["002-1", "014-1", "8,000 (Oct 2024) against 10,000-12,000, reported a year later"],
        ["004-1", "014-1", "8,000 (Oct 2024) against 10,000-12,000, reported a year later"],
        ["002-1", "014-4", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-1", "014-4", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-2", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["008-2", "014-4", "about 11,000 sent (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-2", "014-4", "about 10,000 (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["002-2", "013-6", "about 10,000 against 10,000-12,000"], ["002-2", "014-1", "about 10,000 against 10,000-12,000"],
        ["003-1", "013-6", "11,000 against 10,000-12,000, months apart"], ["003-1", "014-1", "11,000 against 10,000-12,000, a year apart"],
        ["004-2", "013-6", "11,000 against 10,000-12,000, months apart"], ["004-2", "014-1", "11,000 against 10,000-12,000, a year apart"],
        ["013-6", "014-4", "10,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025"],
        ["014-1", "014-4", "10,000-12,000 sent in 2024 against about 10,000 remaining, in one article"],
        # troops: additional or separate forces
        ["002-2", "013-7", AD], ["002-1", "013-7", AD], ["002-3", "013-7", AD], ["003-1", "013-7", AD],
        ["004-1", "013-7", AD], ["004-2", "013-7", AD], ["008-2", "013-7", AD], ["013-6", "013-7", AD],
        ["013-7", "014-1", AD], ["013-7", "014-4", AD], ["013-7", "014-5", AD],
        ["002-1", "014-5", AD], ["002-2", "014-5", AD], ["003-1", "014-5", AD], ["004-1", "014-5", AD],
        ["004-2", "014-5", AD], ["008-2", "014-5", AD], ["013-6", "014-5", AD], ["014-1", "014-5", AD],
        ["014-4", "014-5", AD],
        # casualties: the Pentagon's vague several hundred (Dec 16)
        ["006-3", "007-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Zelensky, Dec 23)"],
        ["006-3", "008-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (JCS, Dec 23)"],
        ["006-3", "009-1", "several hundred (vague) against more than 3,000"],
        ["006-3", "009-2", "several hundred (vague) against about 1,100"],
        ["006-3", "011-3", "several hundred (Dec, vague) against more than 3,000 (Jan), a rising total"],
        ["006-3", "013-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-3", "013-3", "several hundred (Dec) against 3,000-plus (Jan), a rising total"],
        ["006-3", "013-4", "several hundred (Dec) against about 4,000 (Feb), a rising total"],
        ["009-5", "007-1", "the Pentagon's several hundred restated against Zelensky's more than 3,000"],
        ["009-5", "008-1", "the Pentagon's several hundred restated against the JCS's about 1,100"],
        ["009-5", "009-1", "within one fact-check: several hundred (Dec 16, vague) against more than 3,000 (Dec 23)"],
        ["009-5", "009-2", "within one fact-check: several hundred (Dec 16, vague) against about 1,100 (Dec 23)"],
        ["009-5", "011-3", "several hundred (Dec, vague) against more than 3,000 (Jan), a rising total"],
        ["009-5", "013-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["009-5", "013-3", "several hundred (Dec) against 3,000-plus (Jan), a rising total"],
        ["009-5", "013-4", "several hundred (Dec) against about 4,000 (Feb), a rising total"],
        # casualties: the same Dec 23 pair restated, and the JCS figure against later totals
        ["008-1", "009-1", "the JCS's 1,100 (Yonhap) against Zelensky's more than 3,000 restated in the fact-check: the must pair told again"],
        ["007-1", "009-2", "Zelensky's more than 3,000 (Ukrinform) against the JCS's 1,100 restated in the fact-check: the must pair told again"],
        ["008-1", "011-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["009-2", "011-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), a rising total"],
        ["008-1", "013-3", "about 1,100 (Dec 23) against the 3,000-plus reported in January, a rising total"],
        ["009-2", "013-3", "about 1,100 (Dec 23) against the 3,000-plus reported in January, a rising total"],
        ["008-1", "013-4", "about 1,100 (Dec) against about 4,000 (Feb), a rising total"],
        ["009-2", "013-4", "about 1,100 (Dec) against about 4,000 (Feb), a rising total"],
        ["008-1", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["009-2", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["013-1", "013-4", "about 4,700 (NIS, Apr) against about 4,000 (HUR, Feb), months apart, in one article"],
        ["011-3", "013-4", "more than 3,000 (NIS, Jan) against about 4,000 (HUR, Feb), a rising total"],
        ["013-3", "013-4", "3,000-plus (Jan) against about 4,000 (Feb), a rising total, in one article"],
        # killed: a part against the whole, and a rising total
        ["006-1", "009-6", PW], ["009-3", "009-6", PW], ["009-6", "011-1", PW], ["009-6", "011-4", PW],
        ["009-6", "013-2", PW], ["009-6", "014-2", PW], ["009-6", "014-3", PW],
        ["011-1", "013-2", "about 300 (Jan) against about 600 (Apr), months apart, a rising total"],
        ["011-1", "014-2", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-1", "014-3", "about 300 (Jan) against the April figure of 600 restated in December"],
        ["013-2", "014-2", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        # wounded: a rising total
        ["006-2", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), a rising total"],
        ["009-4", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
