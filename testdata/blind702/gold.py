#!/usr/bin/env python3
"""Gold labels for testdata/blind702 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind702/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelensky", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State Antony Blinken", "State Department", "United States", "U.S.", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only; the 12,000 in four brigades is a planned figure
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 soldiers from the North's special operations forces were carried by Russian navy landing ships", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "the DPRK has sent approximately 10,000 North Korean soldiers to train in eastern Russia", False),
        # the earlier White House figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "John Kirby", "Kirby", "United States", "U.S."],
         "the White House said at least 3,000 North Korean troops had moved to eastern Russia", False),
    ],
    "002": [
        # in the Kursk region: a part of the whole in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary Lloyd Austin", "Pentagon", "United States", "U.S."],
         "about 10,000 North Korean troops had been sent to Russia in all", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "The number of North Korean soldiers keeps growing — there are already 11,000 of them in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean troops were in the Kursk region", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "Ukraine"],
         "Russia has gathered about 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 2000, 20000, "vague", ["U.S. official", "United States", "U.S."],
         "The North Korean contingent, which now numbers in the thousands", True),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "North Korean soldiers fighting in Russia's Kursk region have suffered at least 100 deaths", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         "North Korean troops had taken several hundred casualties", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded in Kursk Oblast", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 wounded", False),
        # the December figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "the at least 100 dead the agency had reported in mid-December", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent some eleven thousand soldiers to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Two North Korean soldiers were taken prisoner by our forces in the Kursk region", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Gen. Valery Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in Kursk since its incursion began last August", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean, U.S. and Ukrainian officials", "officials", "South Korea", "United States", "U.S.", "Ukraine"],
         "the North sent between 10,000 and 12,000 troops last fall", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "roughly 3,000 more had been sent as reinforcements in January and February", False),
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", LEE,
         "including around 600 deaths", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had already topped 4,000", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Korean soldiers captured by Ukraine in January", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, 12000, "range", U,
         "Of the 10,000-12,000 soldiers Pyongyang sent in late 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "the National Intelligence Service now estimates about 10,000 are still posted in Russian border areas", False),
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea"],
         "said nine of the regiment's soldiers had died in Kursk", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in four brigades", "preparing 10,000 soldiers to send to Russia", "11th Corps",
            "starting Oct. 8", "Photo 1 of 3", "Comments 87", "Likes 412", "Reading time 4 min",
            "Household debt tops 1,900 trillion won", "Two firefighters injured in Busan high-rise blaze",
            "Army to cut 2025 recruit intake by 4,000 as birth rate falls", "Seoul adds 1,500 late-night taxis for year-end",
            "KOSPI ends flat at 2,593"],
    "001": ["56th Security Consultative Meeting", "South Korea says Pyongyang plans to send 12,000 in all",
            "the roughly 100 U.S. soldiers who operate it", "(2:41 p.m. EDT)", "Oct. 28, 2024"],
    "002": ["some 600 square kilometres (230 square miles)", "Spain flood death toll climbs to 158",
            "Oil rises 1%", "Aug. 6", "8:52 PM UTC"],
    "004": ["Views 5,377", "05.11.2024 08:48", "Russian army lost 1,580 soldiers in past day",
            "Guided bomb strike on Zaporizhzhia damages 14 homes", "October 31"],
    "005": ["1,182 comments", "7 min", "more than 1,000 square kilometers (386 square miles)",
            "Two killed, 14 hurt as tour bus overturns in Utah", "Bitcoin tops $80,000", "The 6 best space heaters"],
    "006": ["KOSDAQ 675.92", "USD/KRW 1,451.90", "Over 10,000 North Korean troops now in Russia, NIS says",
            "Fire at Gimpo apartment complex injures 6", "Won falls to 15-year low past 1,450 per dollar"],
    "008": ["14:25 23.12.2024", "August 6", "General Staff: 1,630 Russian invaders eliminated in past day",
            "41.96 per dollar"],
    "009": ["22:55", "almost three times apart", "Russian drone strike injures two in Kharkiv Oblast",
            "Two people were injured", "19 of 25 Russian drones downed overnight", "Six more drones",
            "Join 15,000 members"],
    "010": ["born in 2005, the other in 1999", "Cyclone Chido rises to 39", "3 min read", "January 13"],
    "012": ["For six months", "Pope Francis' funeral draws 250,000 mourners", "Canada's Liberals win 169 seats",
            "6:35 PM GMT+9"],
    "014": ["Episode 187", "52 min", "1,000 sappers and 5,000 military builders", "up to 6,000 more people in all",
            "served 31 years", "a six-person team", "join the 1,240 listeners", "$4.99 a month", "00:00 Intro"],
}

OFF = ["003", "007", "011"]
DUP = {"013": "008"}

FG = "the first group of 1,500 (Oct 18) against a later count"
RISE = "a rising count: at least 3,000 (White House, Oct 23) against a later, larger figure"
PART = "a part against the whole: troops in the Kursk region against all troops sent to Russia"
ADD = "an additional force: the January-February reinforcements against the first contingent"
VT = "a vague 'in the thousands' (Nov 11) against a figure"
YEAR = "months to a year apart: a figure from the autumn of 2024 against a later one"
KRISE = "a rising death toll, weeks or months apart"
KPART = "nine engineers killed clearing mines (Dec 2025): a part against the whole"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-1", "within one article: Blinken's about 8,000 in Kursk against Zelensky's 11,000, a week apart, set side by side"],
        ["008-1", "009-2", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, Dec 23), the same day"],
        ["009-1", "009-2", "within one live blog: Zelensky's more than 3,000 against the JCS's about 1,100, the same day, set side by side"],
    ],
    "may": [
        # troops, north_korea: the first group against everything later
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "005-2", FG], ["000-1", "010-4", FG],
        ["000-1", "012-2", FG], ["000-1", "012-3", FG], ["000-1", "014-3", FG], ["000-1", "014-4", FG],
        # the White House's at least 3,000 against the later totals
        ["001-2", "001-1", "within one transcript: at least 3,000 a week earlier, quoted as the base of the rise to about 10,000"],
        ["001-2", "002-1", RISE], ["001-2", "002-2", RISE], ["001-2", "004-1", RISE], ["001-2", "004-2", RISE],
        ["001-2", "005-2", RISE], ["001-2", "010-4", RISE], ["001-2", "012-2", RISE], ["001-2", "014-3", RISE],
        ["001-2", "014-4", RISE],
        # Kursk against Russia as a whole, and close values days apart
        ["001-1", "002-1", PART], ["001-1", "004-2", PART], ["002-2", "002-1", PART], ["002-2", "004-2", PART],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): close values, different places"],
        ["002-2", "004-1", "about 10,000 in Russia (Oct 30) against 11,000 in Kursk (Nov 4): close values, different places"],
        ["001-1", "010-4", "about 10,000 (Oct 28) against about eleven thousand sent (reported Jan 14), months apart"],
        ["002-2", "010-4", "about 10,000 (Oct 30) against about eleven thousand sent (reported Jan 14), months apart"],
        ["002-1", "010-4", "about 8,000 in Kursk (Oct 31) against about eleven thousand sent (reported Jan 14), months apart"],
        ["004-2", "010-4", "about 8,000 in Kursk (Oct 31) against about eleven thousand sent (reported Jan 14), months apart"],
        ["002-1", "012-2", YEAR], ["004-2", "012-2", YEAR], ["002-1", "014-3", YEAR], ["004-2", "014-3", YEAR],
        ["002-1", "014-4", YEAR], ["004-2", "014-4", YEAR], ["004-1", "014-4", YEAR], ["010-4", "014-4", YEAR],
        ["012-2", "014-4", "10,000-12,000 sent in 2024 against about 10,000 still posted in Dec 2025, months apart"],
        ["014-3", "014-4", "within one article: 10,000-12,000 sent against about 10,000 still there"],
        # the vague 'in the thousands'
        ["005-2", "001-1", VT], ["005-2", "002-1", VT], ["005-2", "002-2", VT], ["005-2", "004-1", VT],
        ["005-2", "004-2", VT], ["005-2", "010-4", VT], ["005-2", "012-2", VT], ["005-2", "012-3", VT],
        ["005-2", "014-3", VT], ["005-2", "014-4", VT],
        # reinforcements: an additional force
        ["012-3", "001-1", ADD], ["012-3", "002-1", ADD], ["012-3", "002-2", ADD], ["012-3", "004-1", ADD],
        ["012-3", "004-2", ADD], ["012-3", "010-4", ADD], ["012-3", "012-2", ADD], ["012-3", "014-3", ADD],
        ["012-3", "014-4", ADD],
        # casualties, north_korea
        ["006-3", "008-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23)"],
        ["006-3", "009-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23)"],
        ["006-3", "009-2", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (Dec 23)"],
        ["006-3", "012-4", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["006-3", "012-6", "several hundred (Dec 2024, vague) against more than 4,000 (Feb 2025), months apart"],
        ["008-1", "012-4", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025): a rising total months apart"],
        ["008-1", "012-6", "more than 3,000 (Dec 2024) against more than 4,000 (Feb 2025): a rising total"],
        ["009-1", "012-4", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025): a rising total months apart"],
        ["009-1", "012-6", "more than 3,000 (Dec 2024) against more than 4,000 (Feb 2025): a rising total"],
        ["009-2", "012-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["009-2", "012-6", "about 1,100 (Dec 2024) against more than 4,000 (Feb 2025), weeks apart"],
        ["012-6", "012-4", "within one explainer: Ukraine's more than 4,000 (February) against Seoul's about 4,700 (April)"],
        # wounded, north_korea
        ["006-2", "010-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): a rising total"],
        # killed, north_korea
        ["006-1", "010-1", KRISE], ["006-1", "012-5", KRISE], ["006-1", "014-1", KRISE], ["006-1", "014-2", KRISE],
        ["010-3", "010-1", "within one article: at least 100 dead in December, quoted as the base of the rise to about 300"],
        ["010-3", "012-5", KRISE], ["010-3", "014-1", KRISE], ["010-3", "014-2", KRISE],
        ["010-1", "012-5", KRISE], ["010-1", "014-1", KRISE], ["010-1", "014-2", KRISE],
        ["012-5", "014-1", KRISE],
        ["014-2", "014-1", "within one article: about 2,000 killed (September), up from roughly 600 (April): an update"],
        ["014-5", "006-1", KPART], ["014-5", "010-1", KPART], ["014-5", "010-3", KPART], ["014-5", "012-5", KPART],
        ["014-5", "014-1", KPART], ["014-5", "014-2", KPART],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
