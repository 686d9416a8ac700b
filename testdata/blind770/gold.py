#!/usr/bin/env python3
"""Gold labels for testdata/blind770 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind770/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea's spy agency",
       "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "lawmakers"] + NIS
BLINKEN = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department", "United States", "US", "U.S.", "Washington"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "US Department of Defense", "U.S. Department of Defense",
        "Department of Defense", "Pentagon official", "United States", "US", "U.S.", "Washington"]
WH = ["White House", "John Kirby", "United States", "US", "U.S.", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukrainian President", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine's Defence Intelligence",
       "military intelligence", "Ukraine", "Kyiv"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
NYT = ["The New York Times", "New York Times", "American and Ukrainian officials", "US officials", "United States", "Ukraine"]
RUMOD = ["Russia's defence ministry", "Russian Defence Ministry", "Russian Ministry of Defence", "defence ministry", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"]
EST_SK = ["South Korean and Western estimates", "South Korea", "Western estimates", "Western officials", "Seoul"]
EST_UA = ["Ukrainian and Western estimates", "Ukraine", "Western estimates", "Western officials", "Kyiv"]

A = {
    "000": [
        # the first group only; the planned 12,000 is in NOT
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of some 1,500 special operations troops was carried on Russian navy ships", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Around 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # the earlier figure, quoted as the base of a rising total
        ("troops", NK, 3000, None, "at_least", WH,
         "the figure of \"at least 3,000\" given by the White House", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 7000, None, "more_than", HUR,
         "more than 7,000 North Korean servicemen had been moved to areas of Russia bordering Ukraine", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in Russia's Kursk region", False),
        # stated twice (the claim under check, then "put the number there at eleven thousand"): labelled once
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", NYT,
         "Russia has massed some 50,000 troops, including North Korean units", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 more have been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops in Kursk had suffered \"several hundred\" casualties", True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers deployed to Russia have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", EST_SK,
         "North Korea has sent some 11,000 troops to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("troops", NK, 11000, 12000, "range", EST_UA,
         "Pyongyang has sent an estimated 11,000-12,000 troops to Russia", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Volodymyr Zelensky put the toll at more than 3,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "a Pentagon official had spoken of \"several hundred\" North Korean casualties", True),
        # one day's Ukrainian losses in the Kursk region, per Moscow
        ("casualties", UA, 270, None, "up_to", RUMOD,
         "Ukraine had lost up to 270 servicemen there over the past day", False),
    ],
    "009": [
        # also in the chapter title "300 dead, 2,700 wounded" and the guest's pull quote: labelled once
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting alongside Russian forces", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "Around 600 of them were killed", False),
        # the whole deployment, reinforcements included
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea had sent around 15,000 troops to Russia in all", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 reinforcements dispatched in January and February", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimated North Korean losses at about 4,000 as early as February", False),
    ],
    "014": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces already shipped to Vladivostok", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "says 11,000 North Korean soldiers are in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have captured two North Korean soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "About 3,000 more North Korean troops arrive in Russia as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 casualties", False),
        # also "up from the roughly 600 it reported in April": the same claim, labelled once
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain in Russia's border areas", False),
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineer regiment were killed clearing mines", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "USD/KRW 1,369.50", "4 min read", "Share 1.4K", "between Oct. 8 and 13",
            "four amphibious ships and three escort vessels", "a total of some 12,000 soldiers in four brigades",
            "11th Corps", "in the 1960s", "about 1.2 million", "around 500,000 in the South", "30th Straight Week",
            "12 Hurt as Bus Rolls Over", "One in Five Young Adults in Their 20s", "57,000 Won",
            "Over 3,000 Trainee Doctors Still Off the Job"],
    "001": ["3 min read", "several hundred square kilometres", "death toll climbs to 158", "kills 3 in Kharkiv",
            "2.8% in third quarter", "on August 6"],
    "003": ["3,118 views", "60mm mortars", "1,430 invaders", "12 artillery systems"],
    "004": ["5 min read", "Four days apart", "about 12,000 troops in all", "around 600 square kilometres",
            "about 1,300", "Comments (58)", "death toll passes 220", "198 countries"],
    "005": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "vetoes six opposition bills", "injures 14 tourists", "aged 65 or older", "tops 20%", "1,450 per dollar"],
    "006": ["paras 3-6", "SEOUL, Dec. 23", "3 more commanders", "1,450 level", "1st nuclear planning drill",
            "11:50 KST"],
    "007": ["2 min read", "Share (1.1K)", "Join 18,000 members", "injures 6", "martial law for 90 days"],
    "008": ["Comments: 1,046", "78 drones", "52 were shot down", "24 were \"lost\"", "Two people were injured",
            "€650m"],
    "009": ["Episode 147", "48 min", "9.8K views", "02:15", "19 years", "1,240 listeners on Patreon", "Ep. 148"],
    "011": ["Nikkei 225 36,045.38", "USD/JPY 143.05", "KOSPI 2,556.61", "Brent $63.12", "4 min read",
            "death toll passes 3,700", "720,988", "3.7%"],
    "014": ["7 min read", "312 comments", "1,000 sappers and 5,000 military builders", "leaves 4 dead",
            "58% of voters", "The 10 best books"],
}

OFF = ["010", "012", "013"]
DUP = {"002": "001"}

FG = "the first group of about 1,500 (Oct 2024) against a later or whole count"
AD = "an additional force (reinforcements) against the whole or another count"
PW = "a part of the whole against the whole"
MO = "months apart: the count changed"
RS = "a restatement of the same two reports already told apart (only the first cross-article pair is must)"
conflicts = {
    "must": [
        ["001-1", "003-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-1", "within one fact-check: Zelensky's 11,000 in Kursk against Blinken's about 8,000, four days apart"],
        ["006-1", "007-1", "casualties: about 1,100 (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["008-2", "008-1", "within one live blog: Zelensky's more than 3,000 against the JCS's about 1,100, the same day"],
    ],
    "may": [
        # troops: the first group of 1,500 against later totals
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "001-3", FG], ["000-1", "003-1", FG],
        ["000-1", "003-2", FG], ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "004-3", FG],
        ["000-1", "006-4", FG], ["000-1", "007-2", FG], ["000-1", "011-3", FG], ["000-1", "014-2", FG],
        ["000-1", "014-8", FG], ["000-1", "011-4", "1,500 first group against 3,000 later reinforcements"],
        ["000-1", "014-4", "1,500 first group against 3,000 later reinforcements"],
        ["014-1", "001-1", FG], ["014-1", "001-2", FG], ["014-1", "001-3", FG], ["014-1", "003-1", FG],
        ["014-1", "003-2", FG], ["014-1", "004-1", FG], ["014-1", "004-2", FG], ["014-1", "004-3", FG],
        ["014-1", "006-4", FG], ["014-1", "007-2", FG], ["014-1", "011-3", FG], ["014-1", "014-2", FG],
        ["014-1", "014-8", FG], ["014-1", "011-4", "1,500 first group against 3,000 later reinforcements"],
        ["014-1", "014-4", "1,500 first group against 3,000 later reinforcements"],
        # troops, autumn 2024: Kursk against Russia as a whole, rising totals, restatements
        ["001-1", "001-2", "about 8,000 in Kursk against about 10,000 in eastern Russia: a part of the whole"],
        ["001-1", "001-3", "about 8,000 (Oct 31) against at least 3,000 a week earlier: a rising total"],
        ["001-2", "001-3", "about 10,000 (Oct 28) up from at least 3,000 (Oct 23): a rising total"],
        ["001-1", "004-2", RS], ["003-1", "004-1", RS], ["001-1", "014-2", RS], ["004-1", "014-2", RS],
        ["001-1", "004-3", "about 8,000 in Kursk against about 10,000 in Russia: a part of the whole"],
        ["004-1", "004-3", "within the fact-check: about 8,000 in Kursk against about 10,000 in all Russia"],
        ["001-2", "004-1", "about 10,000 in Russia against about 8,000 in Kursk: a part of the whole"],
        ["001-2", "003-1", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4): a week apart, rising"],
        ["001-2", "004-2", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4): a week apart, rising"],
        ["001-2", "014-2", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4): a week apart, rising"],
        ["003-1", "004-3", "11,000 in Kursk (Nov 4) against about 10,000 in Russia (Oct 28): a week apart, rising"],
        ["004-2", "004-3", "within the fact-check: 11,000 in Kursk against the Pentagon's 10,000 for Russia as a whole, a week earlier"],
        ["004-3", "014-2", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): a week apart, rising"],
        ["001-1", "006-4", "about 8,000 (Oct 31) against some 11,000 (Dec 23): seven weeks apart"],
        ["001-1", "007-2", "about 8,000 (Oct 31) against 11,000-12,000 (Dec 23): seven weeks apart"],
        ["004-1", "006-4", "about 8,000 (Oct 31) against some 11,000 (Dec 23): seven weeks apart"],
        ["004-1", "007-2", "about 8,000 (Oct 31) against 11,000-12,000 (Dec 23): seven weeks apart"],
        ["001-2", "006-4", "about 10,000 (Oct 28) against some 11,000 (Dec 23): eight weeks apart"],
        ["001-2", "007-2", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 23): eight weeks apart"],
        ["004-3", "006-4", "about 10,000 (Oct 28) against some 11,000 (Dec 23): eight weeks apart"],
        ["004-3", "007-2", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 23): eight weeks apart"],
        # troops: reinforcements (an additional force) against other counts
        ["011-4", "001-1", AD], ["011-4", "001-2", AD], ["011-4", "003-1", AD], ["011-4", "003-2", AD],
        ["011-4", "004-1", AD], ["011-4", "004-2", AD], ["011-4", "004-3", AD], ["011-4", "006-4", AD],
        ["011-4", "007-2", AD], ["011-4", "011-3", "within one article: 3,000 reinforcements against about 15,000 in all"],
        ["011-4", "014-2", AD], ["011-4", "014-8", AD],
        ["014-4", "001-1", AD], ["014-4", "001-2", AD], ["014-4", "003-1", AD], ["014-4", "003-2", AD],
        ["014-4", "004-1", AD], ["014-4", "004-2", AD], ["014-4", "004-3", AD], ["014-4", "006-4", AD],
        ["014-4", "007-2", AD], ["014-4", "011-3", AD], ["014-4", "014-2", AD], ["014-4", "014-8", AD],
        # troops: months-apart totals (2024 against spring or late 2025)
        ["011-3", "001-1", MO], ["011-3", "001-2", MO], ["011-3", "003-1", MO], ["011-3", "004-1", MO],
        ["011-3", "004-2", MO], ["011-3", "004-3", MO], ["011-3", "006-4", MO], ["011-3", "007-2", MO],
        ["011-3", "014-2", MO], ["011-3", "014-8", "about 15,000 sent in all against about 10,000 remaining, months later"],
        ["014-8", "001-1", MO], ["014-8", "003-1", MO], ["014-8", "004-1", MO], ["014-8", "004-2", MO],
        ["014-8", "006-4", MO], ["014-8", "007-2", MO],
        ["014-8", "014-2", "within the timeline: 11,000 in Kursk (Nov 2024) against about 10,000 remaining (late 2025)"],
        # killed
        ["009-1", "011-2", "about 300 (Jan) against about 600 (Apr): months apart, a rising total"],
        ["009-1", "014-6", "about 300 (Jan) against about 600 (Apr): months apart, a rising total"],
        ["009-1", "014-7", "about 300 (Jan) against about 2,000 (Sep): months apart"],
        ["011-2", "014-7", "about 600 (Apr) against about 2,000 (Sep): a rising total"],
        ["014-6", "014-7", "within the timeline: about 2,000 (Sep) up from roughly 600 (Apr), an update"],
        ["014-9", "005-1", PW], ["014-9", "006-2", PW], ["014-9", "009-1", PW], ["014-9", "011-2", PW],
        ["014-9", "014-6", PW], ["014-9", "014-7", PW],
        # wounded
        ["005-2", "009-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13): a rising total"],
        ["006-3", "009-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13): a rising total"],
        # casualties
        ["005-3", "005-4", "several hundred against at least 30 in one weekend: a part"],
        ["005-3", "006-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 a week later"],
        ["005-3", "007-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["005-3", "008-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 a week later"],
        ["005-3", "008-2", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["008-3", "006-1", "several hundred (a week earlier, vague) against about 1,100"],
        ["008-3", "007-1", "several hundred (a week earlier, vague) against more than 3,000"],
        ["008-3", "008-1", "within the live blog: several hundred a week earlier (vague) against about 1,100"],
        ["008-3", "008-2", "within the live blog: several hundred a week earlier (vague) against more than 3,000"],
        ["005-3", "011-1", MO], ["005-3", "011-5", MO], ["005-3", "014-5", MO],
        ["008-3", "011-1", MO], ["008-3", "011-5", MO], ["008-3", "014-5", MO],
        ["005-4", "006-1", PW], ["005-4", "007-1", PW], ["005-4", "008-1", PW], ["005-4", "008-2", PW],
        ["005-4", "008-3", PW], ["005-4", "011-1", PW], ["005-4", "011-5", PW], ["005-4", "014-5", PW],
        ["006-1", "008-2", RS], ["007-1", "008-1", RS],
        ["006-1", "011-1", "about 1,100 (Dec) against about 4,700 (Apr): months apart"],
        ["006-1", "011-5", "about 1,100 (Dec) against about 4,000 (Feb): months apart"],
        ["006-1", "014-5", "about 1,100 (Dec) against about 4,700 (Apr): months apart"],
        ["008-1", "011-1", "about 1,100 (Dec) against about 4,700 (Apr): months apart"],
        ["008-1", "011-5", "about 1,100 (Dec) against about 4,000 (Feb): months apart"],
        ["008-1", "014-5", "about 1,100 (Dec) against about 4,700 (Apr): months apart"],
        ["011-5", "011-1", "about 4,000 (HUR, Feb) against about 4,700 (NIS, Apr 30): months apart, a rising total"],
        ["011-5", "014-5", "about 4,000 (HUR, Feb) against about 4,700 (NIS, Apr 30): months apart, a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
