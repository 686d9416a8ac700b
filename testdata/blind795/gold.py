#!/usr/bin/env python3
"""Gold labels for testdata/blind795 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind795/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
BLK = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department", "United States", "US", "U.S.",
       "Washington"]
PEN = ["Pentagon", "Pat Ryder", "Ryder", "U.S. Defense Department", "Defense Department", "United States", "US",
       "U.S.", "Washington"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence", "HUR", "Ukraine's military intelligence",
       "military intelligence", "Ukraine"]
USO = ["U.S. officials", "US officials", "United States", "US", "U.S."]
RGS = ["Russian General Staff", "General Staff", "Sergey Shoigu", "Shoigu", "Russia", "TASS"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
SEOUL = ["Seoul", "South Korea", "South Korean estimates", "NIS"]
U = ["unattributed"]

A = {
    "000": [
        # the first group; the planned 12,000 is not a claim
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special forces soldiers was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLK,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLK,
         "Pyongyang had sent some 10,000 soldiers to Russia in all", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent includes about 500 officers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLK,
         "about 8,000 of the North's soldiers had reached Kursk", False),
        ("troops", NK, 10000, None, "about", BLK,
         "some 10,000 sent to Russia in all", False),
    ],
    "004": [
        ("troops", NK, 2000, 20000, "vague", U,
         "thousands of North Korean troops sent to fight for Russia", True),
        ("casualties", NK, 200, 900, "vague", PEN,
         "North Korean troops had suffered several hundred casualties", True),
        # one weekend, three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded over the weekend", False),
        ("troops", RU, 50000, None, "about", USO,
         "Russia had massed about 50,000 troops, North Koreans among them", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers have been killed in combat in the Kursk region", False),
        # "nearly 1,000": an approximation just under the round figure
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "The NIS puts the total at around 11,000", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff had put North Korean casualties at about 1,100", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "2,700 wounded", False),
        # the NIS's dead and wounded added up
        ("casualties", NK, 3000, None, "about", LEE,
         "That brings the NIS tally to roughly 3,000 casualties", False),
        ("casualties", NK, 200, 900, "vague", PEN,
         "spoke of several hundred killed and wounded", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("killed", NK, 600, None, "about", LEE,
         "roughly 600 of them fatally", False),
        # the January figure, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "about", LEE,
         "when the agency put the number of dead at about 300", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "Pyongyang sent between 11,000 and 12,000 soldiers to Russia last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so in January and February", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "about 4,000 North Koreans had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", U,
         "Ukraine captures two North Korean soldiers", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", RGS,
         "the Ukrainian Armed Forces lost more than 76,000 servicemen", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it reported in April", False),
        ("troops", NK, 10000, None, "about", PARK,
         "Most of the roughly 10,000 still there are guarding the border, not fighting.", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been moving to Russia in stages", False),
        # everyone who served, reinforcements included: an upper bound
        ("troops", NK, 15000, None, "up_to", SEOUL,
         "as many as 15,000 North Korean combat troops have rotated through Russia since late 2024", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "KCNA said nine soldiers of an engineer regiment died during a 120-day demining mission", False),
        ("captured", NK, 2, None, "exact", U,
         "The two North Koreans captured in January are still in Ukraine", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.18", "USD/KRW 1,369.50", "Seoul 17°C", "Views 18,204", "Reading time: 4 min",
            "between Oct. 8 and 13", "some 12,000 troops in four brigades", "11th Corps",
            "four Russian amphibious landing ships and three escort vessels", "more than 13,000 containers",
            "12 injured as express bus overturns", "10% of overseas staff", "below 9.4 million",
            "Army sergeant, 22,", "queue 6 hours"],
    "001": ["612 words", "5:15 PM", "October 23", "56th annual Security Consultative Meeting", "Article 4",
            "several hundred square kilometres", "nearly three months"],
    "002": ["Reading time 5 min", "30 of the 41 attack drones", "8 others were lost to electronic jamming",
            "986th day", "three months after the incursion", "14 comments"],
    "004": ["Runtime 29:40", "KOSPI 2,456.81", "(-1.43%)", "KRW 1,438.90/USD", "-4°C", "three villages",
            "6 of its 9 seats", "Flu patients up 38%", "12 cancelled"],
    "005": ["Word count 1,012", "Of the committee's 12 members, 11 attended", "one high-ranking officer",
            "240 mm multiple rocket launchers", "170 mm self-propelled guns", "hundreds of millions of dollars",
            "3:42 p.m.", "204-85", "vetoes six bills"],
    "006": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "11:05 KST",
            "3 dead, 9 hurt in Gimpo warehouse blaze", "12 extra flights", "0.8 pct", "25 pct", "2nd straight month"],
    "007": ["3 min read", "Aug. 6", "around 1,300 square kilometers", "independent for 3 years",
            "Join the 20,000 members", "Russia has lost 771,000 troops since 2022", "injures 12",
            "2.2 trillion hryvnias"],
    "009": ["KOSPI 2,497.42", "USD/KRW 1,470.80", "almost three times apart",
            "one of them aged 20 and the other 26", "from 1 (false) to 5 (true)", "This claim gets a 4",
            "Comments (58)", "100,000 workers", "3 percent"],
    "010": ["Nikkei 225 36,045.38", "USD/JPY 142.41", "KOSPI 2,556.61", "two days after", "April 26",
            "Apr. 28, 2025", "rises 4% in March", "down 898,000", "$4.6bn"],
    "011": ["1,000 sappers", "5,000 military builders", "17 JUN, 16:20", "second trip to Pyongyang in two weeks",
            "April 26", "25 Ukrainian UAVs", "4,000 athletes"],
    "014": ["Episode 187", "52 min", "1,240 ratings", "120-day demining mission", "Dec. 12", "Studio 38",
            "3,400 listeners", "$3 a month", "1,200 workers"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "001"}

FG = "the first group of about 1,500 (Oct 18, 2024) against a later or larger count"
PT = "about 500 officers, a part of the contingent, against a count of the whole"
AD = "an additional or separate force (reinforcements, builders) against another count"
YR = "a count from autumn 2024 against one from late 2025, a year apart"
KW = "about 8,000 in Kursk against the whole contingent in Russia, a part against the whole"
UP = "an earlier count against as many as 15,000 who have served in all by Dec 2025, reinforcements included"
conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 5), five days apart"],
        ["002-2", "002-1", "within one live blog: Washington's about 8,000 in Kursk against Zelensky's eleven thousand, set against each other"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["009-2", "009-1", "within one fact-check: the JCS's about 1,100 against Zelensky's more than 3,000, the same day, set against each other"],
    ],
    "may": [
        # troops, north_korea: the first group against later totals
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "001-3", "first group of 1,500 against about 500 officers"],
        ["000-1", "002-1", FG], ["000-1", "002-2", FG], ["000-1", "002-3", FG],
        ["000-1", "004-1", "first group of 1,500 against a vague \"thousands\""],
        ["000-1", "005-3", FG], ["000-1", "010-4", FG], ["000-1", "010-5", FG],
        ["000-1", "014-3", FG], ["000-1", "014-4", FG],
        # troops: 8,000 in Kursk (Oct 31)
        ["001-1", "001-2", KW], ["001-1", "001-3", PT], ["001-1", "002-3", KW],
        ["001-1", "005-3", "about 8,000 (Oct 31) against around 11,000 (Dec 19), seven weeks apart"],
        ["001-1", "010-4", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, reported in April"],
        ["001-1", "010-5", AD], ["001-1", "014-3", YR], ["001-1", "014-4", AD],
        # troops: some 10,000 in Russia (Oct 31)
        ["001-2", "001-3", PT],
        ["001-2", "002-1", "some 10,000 in Russia (Oct 31) against eleven thousand in Kursk (Nov 5): whole against a larger part"],
        ["001-2", "002-2", KW],
        ["001-2", "005-3", "about 10,000 (Oct 31) against around 11,000 (Dec 19), weeks apart"],
        ["001-2", "010-4", "some 10,000 (Oct 31) against 11,000-12,000 (reported April)"],
        ["001-2", "010-5", AD], ["001-2", "014-4", AD],
        # troops: 500 officers, a part
        ["001-3", "002-1", PT], ["001-3", "002-2", PT], ["001-3", "002-3", PT],
        ["001-3", "004-1", "about 500 officers against a vague \"thousands\""],
        ["001-3", "005-3", PT], ["001-3", "010-4", PT], ["001-3", "010-5", PT],
        ["001-3", "014-3", PT], ["001-3", "014-4", PT],
        # troops: eleven thousand in Kursk (Nov 5)
        ["002-1", "002-3", "within one live blog: eleven thousand in Kursk against some 10,000 in Russia in all"],
        ["002-1", "010-5", AD], ["002-1", "014-3", YR], ["002-1", "014-4", AD],
        # troops: Washington's figures restated in the live blog
        ["002-2", "002-3", KW],
        ["002-2", "005-3", "about 8,000 (restated Nov 5) against around 11,000 (Dec 19), six weeks apart"],
        ["002-2", "010-4", "about 8,000 in Kursk against 11,000-12,000 sent in all, reported in April"],
        ["002-2", "010-5", AD], ["002-2", "014-3", YR], ["002-2", "014-4", AD],
        ["002-3", "005-3", "some 10,000 against around 11,000 (Dec 19), weeks apart"],
        ["002-3", "010-4", "some 10,000 against 11,000-12,000 (reported April)"],
        ["002-3", "010-5", AD], ["002-3", "014-4", AD],
        # troops: NIS around 11,000 (Dec 19)
        ["005-3", "010-5", AD], ["005-3", "014-3", YR], ["005-3", "014-4", AD],
        # troops: 2025 reports
        ["010-4", "010-5", "within one article: 11,000-12,000 sent in autumn against a further 3,000 reinforcements"],
        ["010-4", "014-3", "11,000-12,000 sent in 2024 against about 10,000 remaining in late 2025"],
        ["010-4", "014-4", AD], ["010-5", "014-3", AD], ["010-5", "014-4", AD],
        ["014-3", "014-4", "within one episode: about 10,000 remaining against a separate 5,000 construction contingent"],
        # troops: "as many as 15,000" who have served in all, reinforcements included (Dec 2025)
        ["000-1", "014-5", UP], ["001-1", "014-5", UP], ["001-2", "014-5", UP], ["002-1", "014-5", UP],
        ["002-2", "014-5", UP], ["002-3", "014-5", UP], ["005-3", "014-5", UP], ["010-4", "014-5", UP],
        ["010-5", "014-5", UP],
        ["014-3", "014-5", "within one episode: about 10,000 remaining against as many as 15,000 who have served"],
        ["014-4", "014-5", "within one episode: 5,000 builders against as many as 15,000 combat troops who have served"],
        # casualties, north_korea
        ["004-2", "006-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (Dec 23)"],
        ["004-2", "007-1", "several hundred (Pentagon, Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["004-2", "009-1", "several hundred (vague) against Zelensky's more than 3,000, restated"],
        ["004-2", "009-2", "several hundred (vague) against the JCS's about 1,100, restated"],
        ["004-2", "009-5", "several hundred (Dec 17, vague) against about 3,000 (NIS, Jan 13), a rising total"],
        ["004-2", "010-1", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["004-2", "010-6", "several hundred (Dec 2024, vague) against about 4,000 (Feb 2025), months apart"],
        ["006-1", "009-1", "the JCS's 1,100 against Zelensky's figure restated weeks later (the pair is already told by 006-1/007-1)"],
        ["006-1", "009-5", "about 1,100 (Dec 23) against about 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["006-1", "009-6", "about 1,100 against several hundred (vague), a week apart"],
        ["006-1", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-1", "010-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), weeks to months apart"],
        ["007-1", "009-2", "Zelensky's more than 3,000 against the JCS's figure restated weeks later (the pair is already told by 006-1/007-1)"],
        ["007-1", "009-5", "more than 3,000 (Dec 23) against about 3,000 (NIS, Jan 13): a bound at its edge"],
        ["007-1", "009-6", "more than 3,000 against several hundred (vague), a week apart"],
        ["009-1", "009-5", "within one fact-check: more than 3,000 (Dec 23) against about 3,000 (Jan 13), a bound at its edge"],
        ["009-1", "009-6", "within one fact-check: more than 3,000 against several hundred (vague, a week earlier)"],
        ["009-2", "009-5", "within one fact-check: about 1,100 (Dec 23) against about 3,000 (Jan 13), a rising total"],
        ["009-2", "009-6", "within one fact-check: about 1,100 against several hundred (vague, a week earlier)"],
        ["009-2", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["009-2", "010-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), weeks to months apart"],
        ["009-5", "009-6", "within one fact-check: about 3,000 (Jan 13) against several hundred (vague, mid-December)"],
        ["009-5", "010-1", "about 3,000 (Jan) against about 4,700 (Apr), a rising total months apart"],
        ["009-5", "010-6", "about 3,000 (NIS, Jan) against about 4,000 (HUR, Feb), weeks apart, a rising total"],
        ["009-6", "010-1", "several hundred (vague, Dec 2024) against about 4,700 (Apr 2025)"],
        ["009-6", "010-6", "several hundred (vague, Dec 2024) against about 4,000 (Feb 2025)"],
        ["010-6", "010-1", "within one article: about 4,000 (HUR, Feb) against about 4,700 (NIS, Apr), a rising total"],
        # killed, north_korea
        ["005-1", "014-6", "at least 100 (Dec 2024) against nine engineers (Dec 2025), a part a year later"],
        ["006-2", "014-6", "at least 100 (Dec 2024) against nine engineers (Dec 2025), a part a year later"],
        ["009-3", "010-2", "about 300 (Jan) against about 600 (Apr), a rising total months apart"],
        ["009-3", "014-1", "about 300 (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["009-3", "014-2", "about 300 (Jan) against the April figure of 600 restated in December"],
        ["009-3", "014-6", "about 300 (Jan 2025) against nine engineers (Dec 2025), a part"],
        ["010-3", "010-2", "within one article: about 300 in January against about 600 in April, an update"],
        ["010-2", "014-1", "about 600 (Apr) against about 2,000 (Sep), a rising total"],
        ["010-2", "014-6", "about 600 against nine engineers of one regiment, a part"],
        ["010-3", "014-1", "about 300 (Jan, restated) against about 2,000 (Sep)"],
        ["010-3", "014-2", "about 300 (Jan, restated) against about 600 (Apr, restated)"],
        ["010-3", "014-6", "about 300 against nine engineers of one regiment, a part"],
        ["014-2", "014-1", "within one episode: about 2,000 in September, up from about 600 in April, an update"],
        ["014-1", "014-6", "within one episode: about 2,000 in all against nine engineers of one regiment, a part"],
        ["014-2", "014-6", "about 600 (April) against nine engineers of one regiment, a part"],
        # wounded, north_korea
        ["005-2", "009-4", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total weeks apart"],
        ["006-3", "009-4", "nearly 1,000 (restated Dec 23) against about 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
