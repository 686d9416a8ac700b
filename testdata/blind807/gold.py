#!/usr/bin/env python3
"""Gold labels for testdata/blind807 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind807/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine's military intelligence", "Ukraine"]
US = ["United States", "U.S.", "US", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department"] + US
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Pentagon press secretary"] + US
RUMOD = ["Russia's Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia", "Moscow"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of roughly 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "put the number sent to Russia at about 10,000", False),
        # the earlier, lower figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "John Kirby", "Kirby"] + US,
         "up from at least 3,000 that the White House had cited on Oct. 23", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # generals only: a part of the whole contingent
        ("troops", NK, 3, None, "exact", HUR,
         "includes three generals of the Korean People's Army", False),
        ("troops", NK, 2000, 9000, "vague", HUR,
         "thousands more North Korean servicemen were still completing training", True),
    ],
    "004": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces soldiers", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "around 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had already been moved into the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's military intelligence"],
         "put the number in the Kursk region alone at 11,000", False),
        ("troops", RU, 50000, None, "about", ["American officials", "US officials", "U.S. officials", "The New York Times"] + US,
         "Russia had gathered about 50,000 of its own soldiers", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed in the fighting", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "Pentagon spokesperson"] + US,
         'North Korean units had suffered "several hundred" killed and wounded', True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Ukraine and its Western allies", "Western allies", "the West", "Ukraine", "Kyiv"],
         "Pyongyang has sent around 11,000 troops to Russia", False),
        ("casualties", UA, 40000, None, "more_than", ["Moscow", "Russia", "Russian Defence Ministry"],
         "Ukraine has lost more than 40,000 soldiers in the Kursk region", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded in the Kursk region so far", False),
        ("casualties", UA, 280, None, "up_to", RUMOD,
         "Ukraine lost up to 280 servicemen in the Kursk direction over the past day", False),
        # one engagement only: a part of the whole
        ("killed", NK, 17, None, "exact", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "its operators killed 17 North Korean soldiers in a single engagement", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of killed and wounded North Korean soldiers in the Kursk region has already exceeded 3,000", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # December's figures, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", LEE,
         "a minimum of 100 dead", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region on Jan. 9", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western officials", "South Korea", "unattributed"],
         "an initial deployment of between 11,000 and 12,000 North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 more arrived in January and February as reinforcements", False),
        ("casualties", NK, 4000, None, "about", HUR + ["Volodymyr Zelensky", "Zelensky"],
         "put North Korean losses at about 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties had reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "of whom around 600 had died", False),
        ("casualties", UA, 76000, None, "more_than", ["Russia's General Staff", "General Staff", "Valery Gerasimov", "Russia"],
         "more than 76,000 Ukrainian servicemen were killed or wounded in the Kursk operation", False),
    ],
    "012": [
        ("killed", NK, 600, None, "about", NIS,
         "about 600 North Korean soldiers had died in the Kursk fighting", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "out of some 4,700 casualties", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russian territory", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been moving to Russia in stages", False),
        # demining engineers only, vague: a part of the whole
        ("killed", NK, 3, 9, "vague", ["KCNA", "Korean Central News Agency", "state media", "North Korea"],
         "several of its sappers had been killed while clearing mines", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        # April's figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from the figure of about 600 dead it gave in April", False),
    ],
}

NOT = {
    "000": ["Views: 21,388", "Comments: 64", "as many as 12,000 soldiers", "room for several hundred passengers",
            "two to three months", "10:30 a.m.", "1960s", "KOSPI 2,593.82", "KRW/USD 1,368.90",
            "12.8 trillion won", "Police to deploy 3,200 officers", "Over 40,000 runners",
            "Two soldiers hurt as armored vehicle overturns", "30th straight week", "Oct. 13",
            "several of the men", "millions of artillery rounds", "three runs", "two frigates", "three smaller Russian auxiliaries"],
    "001": ["Oct. 23", "Aug. 6", "several hundred square miles", "Russia says it shot down 83 Ukrainian drones overnight, 34 over Kursk",
            "1,000-kilometer front line", "54%", "5:15 PM EDT"],
    "002": ["Views: 3 917", "60mm mortars", "810th Marine Brigade", "November 4",
            "Russian losses in war against Ukraine reach 700,810 troops", "Air defense downs 42 of 64 drones",
            "two injured as guided bomb hits residential area", "2015-2024"],
    "004": ["Pyongyang intended to send 12,000 men in all", "Seoul's 12,000 is an intention", "The NIS figure of 1,500",
            "Only four days separate", "roughly 600 square kilometres", "the difference of 3,000 soldiers",
            "Kim Jong Un, 40", "70-year dream", "Reading time 5 min"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "minus 11.2 C",
            "3 hospitalized after chemical leak", "three Constitutional Court justices", "nine years",
            "Over 1.2 million visit Myeong-dong"],
    "006": ["Dec 23, 2024", "death toll rises to five"],
    "007": ["nearly three times", "about twelve hours apart", "two tanks and six armored vehicles",
            "52 of the 81 Shahed-type and decoy drones", "Another 27", "187 combat clashes", "$5 a month",
            "More than 14,000 members", "Kharkiv: 6 injured", "3.4%", "Russia has lost 778,000 troops since 2022"],
    "009": ["KOSPI 2,489.56", "USD/KRW 1,471.10", "-6°C", "20 years old", "joined the army in 2021", "the other is 26",
            "served since 2016", "One soldier who was about to be taken prisoner", "2 North Korean soldiers captured by Ukraine, Zelensky says",
            "1 in 4 new conscripts", "3,000 residents evacuated", "Fewer than 200 separated family members"],
    "010": ["No. 2025-14", "approx. 2,300 words", "412 KB", "11th Corps", "roughly 40 percent of the initial force",
            "under six months", "2024 treaty", "pp. 2-3", "served 14 years", "ISSN 2799-4011", "34 Sajik-ro"],
    "012": ["Runtime 02:48", "1,204 views", "thousands of military engineers and construction workers",
            "1,000 sappers", "5,000 military builders", "once 6,000 people are there", "two days earlier",
            "KOSPI 2,950.30", "NK DEFECTOR ARRIVALS: 38 IN JANUARY-MARCH", "27°C", "1.1 BILLION SINCE 2004"],
    "014": ["Issue #147", "7 min read", "more than 1,500 hectares", "12 months in Kursk", "24 pages", "episode 211",
            "52 min", "(38 North)", "12,480 subscribers", "412 of you", "63%"],
}

OFF = ["003", "008", "013"]
DUP = {"011": "006"}


def cross(xs, ys, reason):
    return [[x, y, reason] for x in xs for y in ys]


# troops, north_korea: the groups of claims
FIRST = ["000-1", "004-1"]          # first group of about 1,500 (NIS, Oct 18)
GENERALS = ["002-2"]                # three generals: a part
MORE = ["002-3"]                    # thousands more in training (vague, additional)
EARLY = ["001-3"]                   # at least 3,000 (White House, Oct 23)
KURSK8 = ["001-1", "004-3"]         # about 8,000 in Kursk (Blinken, Oct 31)
US10 = ["001-2", "004-2"]           # about 10,000 in Russia (Pentagon, Oct 28)
Z11 = ["002-1", "004-4"]            # 11,000 in Kursk (Zelensky, Nov 4)
AFP11 = ["006-2"]                   # about 11,000 sent (Kyiv and allies, Dec 23)
RANGE = ["010-1"]                   # 11,000-12,000 initial deployment (retrospective, May 2025)
REINF = ["010-2"]                   # about 3,000 reinforcements (NIS, Jan-Feb 2025)
REMAIN = ["014-1"]                  # about 10,000 remaining (NIS, Nov 2025)
BUILD = ["014-2"]                   # about 5,000 construction troops (NIS, Nov 2025)

ADD = "an additional or separate force (reinforcements, trainees or construction troops) against another count"
may = []
may += cross(FIRST, EARLY + KURSK8 + US10 + Z11 + AFP11 + RANGE + REINF + REMAIN + BUILD,
             "the first group of about 1,500 (Oct 18) against a later or larger count")
may += cross(GENERALS, FIRST + MORE + EARLY + KURSK8 + US10 + Z11 + AFP11 + RANGE + REINF + REMAIN + BUILD,
             "three generals only: a part against the whole")
may += cross(MORE, FIRST + EARLY + KURSK8 + US10 + Z11 + AFP11 + RANGE + REINF + REMAIN + BUILD,
             "'thousands more' still training: vague, and an additional force")
may += cross(EARLY, KURSK8 + US10 + Z11 + AFP11 + RANGE + REMAIN + BUILD,
             "at least 3,000 (Oct 23) is a lower bound from the start of a rising deployment")
may += cross(KURSK8, US10, "8,000 in the Kursk region is a part of about 10,000 sent to Russia")
may += [["001-1", "004-4", "Blinken's 8,000 against Zelensky's 11,000 restated: the disagreement already told by 001/002 and 004"],
        ["004-3", "002-1", "Blinken's 8,000 against Zelensky's 11,000 restated: the disagreement already told by 001/002 and 004"]]
may += cross(KURSK8, AFP11, "8,000 in Kursk (Oct 31) against about 11,000 sent to Russia (Dec 23), seven weeks apart")
may += cross(KURSK8, RANGE, "8,000 in Kursk (Oct 31) against a retrospective 11,000-12,000 sent in all")
may += cross(KURSK8 + US10 + Z11 + AFP11 + RANGE, REINF + BUILD, ADD)
may += cross(KURSK8, REMAIN, "8,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart")
may += cross(US10, Z11, "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): close values, a whole against a part")
may += cross(US10, AFP11 + RANGE, "about 10,000 (Oct 2024) against about 11,000 / 11,000-12,000 reported months later: close values")
may += cross(Z11, RANGE, "11,000 lies inside 11,000-12,000, months apart")
may += cross(Z11 + AFP11 + RANGE, REMAIN, "the 2024 deployment against about 10,000 still there in Nov 2025, a year apart")
may += cross(AFP11, RANGE, "about 11,000 against 11,000-12,000, months apart")
may += cross(REINF, REMAIN + BUILD, ADD)
may += cross(REMAIN, BUILD, "troops remaining against a separate construction contingent")

# casualties, north_korea
JCS11 = ["005-1", "007-1"]      # about 1,100 (JCS, Dec 23)
ZEL3 = ["006-1", "007-4"]       # more than 3,000 (Zelensky, Dec 23)
PENT = ["005-4"]                # several hundred (Pentagon, Dec 16-17, vague)
HUR4 = ["010-3"]                # about 4,000 (HUR/Zelensky, mid-Feb 2025)
NIS47 = ["010-4", "012-2"]      # about 4,700 (NIS, Apr 30 2025)
may += [["005-1", "007-4", "JCS's 1,100 against Zelensky's more than 3,000 restated: the disagreement already told by 005/006 and 007"],
        ["007-1", "006-1", "JCS's 1,100 against Zelensky's more than 3,000 restated: the disagreement already told by 005/006 and 007"]]
may += cross(PENT, JCS11 + ZEL3 + HUR4 + NIS47, "'several hundred' (Pentagon, a week earlier or more): vague")
may += cross(JCS11, HUR4 + NIS47, "about 1,100 (Dec 2024) against about 4,000 / 4,700 months later, a rising total")
may += cross(ZEL3, HUR4 + NIS47, "more than 3,000 (Dec 2024) is a bound the later 4,000 / 4,700 satisfy, months apart")
may += cross(HUR4, NIS47, "about 4,000 (HUR, mid-February) against about 4,700 (NIS, Apr 30), months apart, a rising total")

# killed, north_korea
NIS100 = ["005-2", "009-3"]             # at least 100 (NIS, Dec 19)
SSO17 = ["007-3"]                       # 17 in one engagement (SSO)
NIS300 = ["009-1"]                      # about 300 (NIS, Jan 13)
NIS600 = ["010-5", "012-1", "014-5"]    # about 600 (NIS, Apr 30)
SEV = ["014-3"]                         # several sappers killed demining (KCNA, vague)
NIS2000 = ["014-4"]                     # about 2,000 (NIS, Sep 2025)
may += cross(SSO17, NIS100 + NIS300 + NIS600 + SEV + NIS2000, "17 killed in one engagement: a part against the whole")
may += cross(SEV, NIS100 + NIS300 + NIS600 + NIS2000, "several sappers killed demining: vague, and a part of the whole")
may += cross(NIS100, NIS300, "at least 100 (Dec 19) against about 300 (Jan 13): a bound the later figure satisfies, an update")
may += cross(NIS100 + NIS300, NIS600 + NIS2000, "an earlier, lower toll against a later one, months apart: a rising total")
may += cross(NIS600, NIS2000, "about 600 (April) against about 2,000 (September), a rising total; 014 itself says 'up from'")

# wounded, north_korea
may += cross(["005-3", "009-4"], ["009-2"], "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): an update, weeks apart")

# casualties, ukraine (Russian claims)
may += [["006-3", "007-2", "one day's claimed losses against the total since August"],
        ["006-3", "010-6", "more than 40,000 (Dec 2024) against more than 76,000 (Apr 2025), months apart"],
        ["007-2", "010-6", "one day's claimed losses against the whole operation's total"]]

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in the Kursk region (Blinken, Oct 31) against 11,000 in the Kursk region (Zelensky, Nov 4), four days apart"],
        ["004-3", "004-4", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 for the Kursk region, four days apart"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["007-1", "007-4", "within one live blog: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
