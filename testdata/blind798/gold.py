#!/usr/bin/env python3
"""Gold labels for testdata/blind798 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind798/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Rep. Lee", "Lee"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "Washington", "United States", "U.S.", "US"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"]
PENT = ["Pentagon", "US military official", "U.S. military official", "United States", "U.S.", "US"]
KIM = ["Kim Jong Un", "Kim", "North Korea", "Pyongyang", "KCNA", "state media"]
GER = ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers has already been moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # last week's figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", SINGH + ["Lloyd Austin", "Austin", "John Kirby", "Kirby", "White House"],
         "we put it at around 3,000", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean troops are now in Russia's Kursk region bordering Ukraine", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "the roughly 10,000 North Korean soldiers Washington believes have been sent to Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL + ["head of state"],
         "Russia has already gathered eleven thousand North Korean soldiers in its Kursk region", False),
        # officers and generals only: parts of the whole contingent
        ("troops", NK, 500, None, "more_than", HUR,
         "the North Korean contingent includes more than 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals, among them Colonel General Kim Yong Bok", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in Kursk", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had died in the fighting", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "South Korean estimate"],
         "the North has sent about 11,000 troops to Russia since October", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Already more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "estimated North Korean casualties in Kursk at about 1,100", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "put the figure at more than 3,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         'North Korean troops had suffered "several hundred" casualties', True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        # one weekend's assaults on three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR + ["Ukraine's military intelligence agency"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "Around 300 North Korean soldiers have died fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 have been wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE + NIS,
         "North Korean casualties in the Kursk region have surpassed 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has lost around 4,700 soldiers, killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "About 600 of them have died", False),
        # January's figure, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "exact", NIS,
         "up from the 300 dead it estimated in January", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea sent about 3,000 reinforcements in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops sent last autumn", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukrainian losses in the Kursk region exceeded 76,000 servicemen", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", U,
         "Pyongyang sent 11,000-12,000 soldiers in late 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Koreans had been killed", False),
        # April's figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from some 600 in its April estimate", False),
        ("troops", RU, 50000, None, "about", U,
         "a Russian force of some 50,000", False),
        # a separate construction contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands of construction troops have since arrived", True),
        # one engineering regiment's dead: a part of the whole
        ("killed", NK, 9, None, "exact", KIM + U,
         "honoured nine sappers who were killed clearing mines", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in the Russian border areas", False),
        ("captured", NK, 2, None, "exact", U,
         "The two North Koreans captured in January 2025 are still held by Ukraine", False),
    ],
}

NOT = {
    "000": ["paras 4-9", "six days from Oct. 8", "as many as 12,000 soldiers", "four brigades", "the 11th Corps",
            "over 13,000 containers", "an estimated 1.2 million troops", "2024/10/18 15:42 KST", "KOSPI at 2,609.30",
            "2.5 pct", "3 missing, 9 rescued", "7 trash balloons"],
    "001": ["2:04 P.M. EDT", "56th Security Consultative Meeting", "About 100 U.S. soldiers"],
    "002": ["5:18 PM EDT", "Aug. 6", "several hundred square kilometres", "rises above 150", "Oil rises 2%",
            "12% from previous quarter", "5 warships"],
    "003": ["05.11.2024 10:20", "up to 12,000 soldiers", "1,400 soldiers in past day", "49 of 62 Russian drones",
            "Views: 3,186"],
    "004": ["closing in 2 hours", "61 attack drones", "two ballistic missiles", "33 drones were shot down",
            "26 were", "9-story apartment building", "1,312 Comments", "55% of the vote", "4 soldiers killed"],
    "006": ["Dec. 23, 2024 - 14:10", "1,450 per dollar", "minus 12 C", "4 generals"],
    "007": ["2 min read", "around 1,300 square kilometers", "more than 20,000 members", "$5 a month",
            "770,000 troops", "200 km"],
    "008": ["5 min read", "shared thousands of times", "more than 400,000 times", "three villages", "122mm rockets",
            '"5,000 North Korean soldiers"', "40,000 troops", "2017-2024"],
    "010": ["January 13, 2025 18:30", "aged 20", "in 2021", "The other, 26", "one soldier about to be captured", "minus 7 degrees", "top 3K"],
    "011": ["20:00 KST", "KOSPI 2,556.61", "USD/KRW 1,426.80", "18°C", "June 3", "May 10", "250,000 mourners",
            "2 dead, 3 injured"],
    "013": ["1,203 ratings", "2,400 of you", 'the 11th "Storm" Corps', "1,000 sappers and 5,000 military builders", "120-day mission",
            "15 years at the NIS", "North Korea's 6,000 engineers", "No. 48", "312 listeners"],
}

OFF = ["005", "009", "012"]
DUP = {"014": "006"}

FG = "the first group of about 1,500 (NIS, Oct 18 2024) against a later or larger total"
PW = "a part of the whole (officers, generals, Kursk only, one unit) against a total"
AD = "an additional or separate force (reinforcements, construction troops) against the first deployment or a total"
MA = "months apart: the autumn 2024 deployment against a later estimate"
RS = "a restatement of an already-alerted pair, in a later article"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), days apart"],
        ["004-2", "004-1", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's 11,000, set against each other"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["008-1", "008-2", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: the first group of 1,500 against everything later
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "003-1", FG], ["000-1", "003-3", PW], ["000-1", "004-1", FG], ["000-1", "004-2", FG],
        ["000-1", "006-4", FG], ["000-1", "011-4", AD], ["000-1", "011-5", FG], ["000-1", "013-1", FG],
        ["000-1", "013-5", AD], ["000-1", "013-7", FG + ", a year apart"],
        # troops: October-November 2024 estimates
        ["001-1", "001-2", "about 10,000 (Oct 28) against the 3,000 of the week before, a rising total within one briefing"],
        ["001-1", "002-1", "about 10,000 in Russia against about 8,000 of them in Kursk: a part against the whole"],
        ["001-1", "003-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["001-1", "003-3", PW], ["001-1", "004-1", "about 10,000 (Oct 28) against 11,000 (Nov 4), a week apart"],
        ["001-1", "004-2", "about 10,000 in Russia against about 8,000 of them in Kursk: a part against the whole"],
        ["001-1", "006-4", "about 10,000 (Oct 28) against about 11,000 (Dec 23), two months apart"],
        ["001-1", "011-4", AD], ["001-1", "011-5", "about 10,000 against about 11,000 sent that autumn"],
        ["001-1", "013-1", "about 10,000 against 11,000-12,000 sent in late 2024"], ["001-1", "013-5", AD],
        ["001-2", "002-1", "about 3,000 (Oct 23) against about 8,000 in Kursk (Oct 31), a rising total"],
        ["001-2", "002-2", "about 3,000 (Oct 23) against about 10,000 (Oct 31), a rising total"],
        ["001-2", "003-1", "about 3,000 (Oct 23) against 11,000 (Nov 4), a rising total"],
        ["001-2", "003-3", PW],
        ["001-2", "004-1", "about 3,000 (Oct 23) against 11,000 (Nov 4), a rising total"],
        ["001-2", "004-2", "about 3,000 (Oct 23) against about 8,000 (Oct 31), a rising total"],
        ["001-2", "006-4", "about 3,000 (Oct 23) against about 11,000 (Dec 23), months apart"],
        ["001-2", "011-5", "about 3,000 (Oct 23) against about 11,000 sent that autumn"],
        ["001-2", "013-1", "about 3,000 (Oct 23) against 11,000-12,000 sent in late 2024"],
        ["001-2", "013-7", "about 3,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-1", "002-2", "within one article: about 8,000 in Kursk as part of roughly 10,000 in Russia"],
        ["002-1", "003-3", PW], ["002-1", "004-1", RS], ["002-1", "006-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 23), weeks apart"],
        ["002-1", "011-4", AD], ["002-1", "011-5", "about 8,000 in Kursk (Oct 31) against about 11,000 sent that autumn"],
        ["002-1", "013-1", "about 8,000 in Kursk against 11,000-12,000 sent in late 2024"],
        ["002-1", "013-7", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-2", "003-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4), days apart"],
        ["002-2", "003-3", PW], ["002-2", "004-1", "about 10,000 (Oct 31) against 11,000 (Nov 4), days apart"],
        ["002-2", "004-2", "about 10,000 in Russia against about 8,000 of them in Kursk: a part against the whole"],
        ["002-2", "006-4", "about 10,000 (Oct 31) against about 11,000 (Dec 23), weeks apart"],
        ["002-2", "011-4", AD], ["002-2", "011-5", "about 10,000 against about 11,000 sent that autumn"],
        ["002-2", "013-1", "about 10,000 against 11,000-12,000 sent in late 2024"], ["002-2", "013-5", AD],
        ["003-1", "003-3", PW], ["003-2", "003-3", "more than 500 officers against three generals: two parts"],
        ["003-1", "004-2", RS], ["003-1", "011-4", AD], ["003-1", "013-5", AD],
        ["003-1", "013-7", "11,000 in Kursk (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-3", "004-1", PW], ["003-3", "004-2", PW], ["003-3", "006-4", PW], ["003-3", "011-4", PW],
        ["003-3", "011-5", PW], ["003-3", "013-1", PW], ["003-3", "013-5", PW], ["003-3", "013-7", PW],
        ["004-1", "011-4", AD], ["004-1", "013-5", AD],
        ["004-1", "013-7", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-2", "006-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 23), weeks apart"],
        ["004-2", "011-4", AD], ["004-2", "011-5", "about 8,000 in Kursk against about 11,000 sent that autumn"],
        ["004-2", "013-1", "about 8,000 in Kursk against 11,000-12,000 sent in late 2024"],
        ["004-2", "013-7", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-4", "011-4", AD], ["006-4", "013-5", AD],
        ["006-4", "013-7", "about 11,000 sent (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        # troops: 2025 figures
        ["011-4", "011-5", "within one report: about 3,000 reinforcements on top of about 11,000 sent earlier"],
        ["011-4", "013-1", AD], ["011-4", "013-7", AD],
        ["011-5", "013-5", AD], ["011-5", "013-7", MA + " (about 11,000 sent, about 10,000 remaining)"],
        ["013-1", "013-5", AD], ["013-1", "013-7", MA + " (11,000-12,000 sent, about 10,000 remaining)"],
        ["013-5", "013-7", "a separate construction contingent against the troops remaining"],
        # casualties
        ["006-1", "008-2", RS], ["007-1", "008-1", RS],
        ["006-1", "008-3", "about 1,100 (Dec 23) against several hundred (Pentagon, Dec 16, vague), a week apart"],
        ["007-1", "008-3", "more than 3,000 (Dec 23) against several hundred (Pentagon, Dec 16, vague), a week apart"],
        ["008-1", "008-3", "about 1,100 (Dec 23) against several hundred (Dec 16, vague), a week apart"],
        ["008-2", "008-3", "more than 3,000 (Dec 23) against several hundred (Dec 16, vague), a week apart"],
        ["006-1", "010-3", "about 1,100 (Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["008-1", "010-3", "about 1,100 (Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["008-3", "010-3", "several hundred (Dec 16, vague) against more than 3,000 (Jan 13), a rising total"],
        ["006-1", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["008-1", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["008-3", "011-1", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        # killed
        ["006-2", "013-6", "at least 100 killed (Dec 2024) against nine sappers killed clearing mines (Dec 2025): a part, a year apart"],
        ["008-4", "013-6", "at least 100 killed (Dec 2024) against nine sappers killed clearing mines (Dec 2025): a part, a year apart"],
        ["010-1", "011-2", "about 300 (Jan) against about 600 (Apr), months apart, a rising total"],
        ["010-1", "013-2", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["010-1", "013-3", "about 300 (Jan) against the April figure of 600, restated in December"],
        ["010-1", "013-6", "about 300 in all against nine sappers of one regiment: a part"],
        ["011-2", "011-3", "within one report: about 600 (Apr), up from 300 (Jan), an update"],
        ["011-2", "013-2", "about 600 (Apr) against about 2,000 (Sep), a rising total"],
        ["011-2", "013-6", "about 600 in all against nine sappers of one regiment: a part"],
        ["011-3", "013-2", "300 (Jan) against about 2,000 (Sep), months apart"],
        ["011-3", "013-3", "300 (Jan) against 600 (Apr), months apart"],
        ["011-3", "013-6", "300 in all against nine sappers of one regiment: a part"],
        ["013-2", "013-3", "within one episode: about 2,000 (Sep), up from some 600 (Apr), an update"],
        ["013-2", "013-6", "about 2,000 in all against nine sappers of one regiment: a part"],
        ["013-3", "013-6", "about 600 in all against nine sappers of one regiment: a part"],
        # wounded
        ["006-3", "010-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), weeks apart, a rising total"],
        ["008-5", "010-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), weeks apart, a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
