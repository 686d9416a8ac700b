#!/usr/bin/env python3
"""Gold labels for testdata/blind722 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind722/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Zelenskyy", "Ukraine", "Kyiv"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S.", "Washington"]
PENTAGON = ["Pentagon", "Department of Defense", "United States", "US", "U.S.", "Washington"]
SINGH = ["Sabrina Singh", "Singh"] + PENTAGON
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "US", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence",
       "Ukraine", "Kyiv"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "General Staff", "Russia", "Moscow"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, restated as the base of a rise ("up from")
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "up from the at least 3,000 that the White House's John Kirby described to you last Wednesday", False),
    ],
    "001": [
        # Kursk only: a part of the total in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "there were around 10,000 North Korean troops in Russia in total", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are 11 thousand of them in the Kursk region", False),
    ],
    "004": [
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces had been shipped on Russian navy vessels", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken put the number in the Kursk region at roughly 8,000", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "out of some 10,000 in Russia as a whole", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Ukraine counted 11,000 North Korean soldiers in the Kursk region alone", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "American press", "United States", "US", "U.S."],
         "Russia has massed a force of about 50,000 troops", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent some 11,000 soldiers to Russia", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "several hundred North Korean troops had been killed or wounded", True),
        # one weekend's assaults near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in assaults near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers deployed to Russia have been killed or wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
    ],
    "009": [
        # the viral post under check: a misattributed figure the article rates misleading
        ("killed", NK, 3000, None, "more_than", ["post on X", "social media", "South Korea", "unattributed"],
         "South Korea confirms over 3,000 North Korean soldiers killed in Kursk", True),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff (JCS) estimated about 1,100 casualties among the North Korean troops", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'the Pentagon spoke only of "several hundred" killed and wounded', True),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "around 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "Ukraine had lost more than 76,000 troops there since last August", False),
        ("casualties", NK, 4700, None, "about", LEE,
         "about 4,700 North Korean soldiers have been killed or wounded in Russia", False),
        ("killed", NK, 600, None, "about", LEE,
         "including roughly 600 deaths", False),
        ("troops", NK, 11000, 12000, "range", U + NIS,
         "the 11,000-12,000 troops Pyongyang sent last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "the 3,000 or so reinforcements that the agency says arrived in January and February", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence put the North's losses at about 4,000", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers killed", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in the spring", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed near the Ukrainian border", False),
        # engineers killed clearing mines: a vague part of the whole
        ("killed", NK, 3, 9, "vague", U,
         "Several North Korean engineers killed by mines while clearing Kursk farmland", True),
        # the dead honoured at one ceremony: a part of the whole
        ("killed", NK, 101, None, "exact", U + KCNA,
         "the portraits of 101 fallen soldiers", False),
        ("captured", NK, 2, None, "exact", U,
         "The two prisoners held in Kyiv since January", False),
    ],
}

NOT = {
    "000": ["as many as 12,000", "roughly 28,500 U.S. service members", "$425 million", "155mm artillery rounds",
            "2:41 p.m.", "Oct. 28, 2024"],
    "001": ["more than 1,000 square kilometres", "August 6", "Spain flood death toll climbs to 158",
            "Israeli strikes kill at least 20 in Jabalia", "turnout falls to 53.8%", "31/10/2024 - 22:05"],
    "002": ["Views: 2,918", "Russian army losses in Ukraine: 1,330 in past day",
            "Ukraine expects 2 more air defense systems", "05.11.2024 09:40"],
    "004": ["some 12,000 soldiers, drawn from four brigades", "between October 8 and 13",
            "3,000 higher than Washington's", "5 min read", "Kim Jong Un, 40", "Article 4", "who has reached 2%?"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "exports up 1.4 pct",
            "summon 3 army generals", "1,450 level", "1.2 tln-won", "paras 5-6", "2024/12/19 15:50 KST",
            "Dec. 18, 2024"],
    "006": ["KOSPI 2,442.01", "USD/KRW 1,452.40", "240 millimeter multiple rocket launchers",
            "170 millimeter self-propelled guns", "minus 12 degrees", "3 IN 10 SMEs", "[00:02:41]", "11:00 KST"],
    "007": ["two more villages", "downed 68 Ukrainian drones", "attack that killed 5", "3:55 PM GMT"],
    "009": ["Posts shared thousands of times", "viewed about 1.8 million times", "Where does the 3,000 come from?",
            "nearly three times Seoul's", "has not confirmed 3,000 deaths", "The 3,000 figure is Zelensky's",
            "roughly a third of it", "death toll rises to 5, some 200 injured",
            "40,000 Ukrainian soldiers did not desert", "12/27/2024"],
    "010": ["1,047 comments", "21 Ukrainian drones", "one born in 2005 and the other in 1999",
            "death toll rises to 24", "free 33 hostages", "14.22 GMT"],
    "012": ["Issue No. 214", "Join 41,300 readers", "7-minute read", "KOSPI 2,556.61 (+0.6%)", "1,426.7 per dollar",
            "Issue #209", "100 Sejong-daero", "Seoul 04519", "After six months"],
    "014": ["one thousand deminers", "five thousand military construction workers", "Episode 183", "52 min",
            "served 21 years", "1,000-day mark", "25% off", "Rated 4.8", "2,130 ratings", "(11:40)"],
}

OFF = ["003", "008", "013"]
DUP = {"011": "007"}

ADD = "an additional force against a total"
FIRST = "the first group of 1,500 (Oct 18) against a later total"
PART = "Kursk only against the total in Russia: a part against the whole"
conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart; the first articles carrying each"],
        ["004-2", "004-4", "within one explainer: Blinken's roughly 8,000 in Kursk against Zelensky's 11,000 in Kursk, the same week, set side by side as an unexplained gap"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day; the first articles carrying each"],
        ["009-3", "009-2", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, North Korea
        ["000-1", "000-2", "about 10,000 (Oct 28) up from at least 3,000 (Oct 23): a rising total"],
        ["000-1", "001-1", PART],
        ["000-1", "002-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["000-1", "004-1", FIRST],
        ["000-1", "004-2", PART],
        ["000-1", "004-4", "about 10,000 in Russia against 11,000 in Kursk, a week apart"],
        ["000-1", "005-3", "about 10,000 (Oct) against some 11,000 (Dec), a rising total"],
        ["000-1", "012-4", "about 10,000 (Oct 2024) against 11,000-12,000 sent that autumn, months apart"],
        ["000-1", "012-5", ADD],
        ["000-2", "004-1", "at least 3,000 (Oct 23) against the first group of 1,500 (Oct 18)"],
        ["000-2", "012-5", "at least 3,000 in October 2024 against 3,000 reinforcements in 2025: an additional force"],
        ["001-1", "001-2", PART],
        ["001-1", "004-1", FIRST],
        ["001-1", "004-3", PART],
        ["001-1", "004-4", "Blinken's 8,000 (first article) against Zelensky's 11,000 restated in the explainer: a later restatement of the must pair"],
        ["001-1", "005-3", "8,000 in Kursk (Oct 31) against some 11,000 sent (Dec), weeks apart"],
        ["001-1", "012-4", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent that autumn, reported months later"],
        ["001-1", "012-5", ADD],
        ["001-1", "014-3", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["001-2", "002-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4)"],
        ["001-2", "004-1", FIRST],
        ["001-2", "004-2", PART],
        ["001-2", "004-4", "about 10,000 in Russia against 11,000 in Kursk"],
        ["001-2", "005-3", "about 10,000 (Oct) against some 11,000 (Dec), a rising total"],
        ["001-2", "012-4", "about 10,000 (Oct 2024) against 11,000-12,000, months apart"],
        ["001-2", "012-5", ADD],
        ["002-1", "004-1", FIRST],
        ["002-1", "004-2", "Zelensky's 11,000 (first article) against Blinken's 8,000 restated in the explainer: a later restatement of the must pair"],
        ["002-1", "004-3", "11,000 in Kursk against about 10,000 in Russia"],
        ["002-1", "012-5", ADD],
        ["002-1", "014-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-1", "004-2", FIRST], ["004-1", "004-3", FIRST], ["004-1", "004-4", FIRST],
        ["004-1", "005-3", FIRST], ["004-1", "012-4", FIRST],
        ["004-1", "012-5", "the first group of 1,500 against 3,000 reinforcements, months apart"],
        ["004-1", "014-3", "the first group of 1,500 against about 10,000 remaining, a year apart"],
        ["004-2", "004-3", PART],
        ["004-2", "005-3", "8,000 in Kursk (Oct 31) against some 11,000 sent (Dec)"],
        ["004-2", "012-4", "8,000 in Kursk against 11,000-12,000 sent that autumn"],
        ["004-2", "012-5", ADD],
        ["004-2", "014-3", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["004-3", "004-4", "about 10,000 in Russia against 11,000 in Kursk, within one explainer"],
        ["004-3", "005-3", "about 10,000 (Oct) against some 11,000 (Dec), a rising total"],
        ["004-3", "012-4", "about 10,000 against 11,000-12,000, months apart"],
        ["004-3", "012-5", ADD],
        ["004-4", "012-5", ADD],
        ["004-4", "014-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-3", "012-5", ADD],
        ["005-3", "014-3", "some 11,000 sent (2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["012-4", "012-5", "11,000-12,000 sent in the autumn against 3,000 reinforcements: an additional force"],
        ["012-4", "014-3", "11,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025"],
        ["012-5", "014-3", "3,000 reinforcements against about 10,000 remaining, months apart"],
        # casualties, North Korea
        ["005-4", "005-5", "one weekend's at least 30 against several hundred in all: a part against the whole"],
        ["005-4", "006-1", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (Dec 23)"],
        ["005-4", "007-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23)"],
        ["005-4", "009-2", "several hundred (vague) against more than 3,000"],
        ["005-4", "009-3", "several hundred (vague) against about 1,100"],
        ["005-4", "012-2", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["005-4", "012-6", "several hundred (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["005-5", "006-1", "one weekend's battles: a part against the whole"],
        ["005-5", "007-1", "one weekend's battles: a part against the whole"],
        ["005-5", "009-2", "one weekend's battles: a part against the whole"],
        ["005-5", "009-3", "one weekend's battles: a part against the whole"],
        ["005-5", "009-6", "one weekend's battles: a part against the whole"],
        ["005-5", "012-2", "one weekend's battles: a part against the whole"],
        ["005-5", "012-6", "one weekend's battles: a part against the whole"],
        ["006-1", "009-2", "JCS's 1,100 (first article) against Zelensky's 3,000+ restated in the fact-check: a later restatement of the must pair"],
        ["006-1", "009-6", "about 1,100 (Dec 23) against several hundred (Dec 16, vague)"],
        ["006-1", "012-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"],
        ["006-1", "012-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), a rising total"],
        ["007-1", "009-3", "Zelensky's 3,000+ (first article) against JCS's 1,100 restated in the fact-check: a later restatement of the must pair"],
        ["007-1", "009-6", "more than 3,000 (Dec 23) against several hundred (Dec 16, vague)"],
        ["009-2", "009-6", "more than 3,000 against several hundred (vague, a week earlier), within one fact-check"],
        ["009-3", "009-6", "about 1,100 against several hundred (vague, a week earlier), within one fact-check"],
        ["009-3", "012-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["009-3", "012-6", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025)"],
        ["009-6", "012-2", "several hundred (Dec 2024) against about 4,700 (Apr 2025)"],
        ["009-6", "012-6", "several hundred (Dec 2024) against about 4,000 (Feb 2025)"],
        ["012-2", "012-6", "NIS about 4,700 (Apr 30) against HUR about 4,000 (February), two months apart, a rising total"],
        # killed, North Korea
        ["005-1", "009-1", "at least 100 (NIS) against the misattributed over 3,000 killed of a viral post"],
        ["005-1", "014-4", "several engineers killed clearing mines: a part"],
        ["005-1", "014-5", "101 honoured at one ceremony: a part"],
        ["009-1", "009-4", "the viral over 3,000 killed against NIS's at least 100, within one fact-check that debunks the first"],
        ["009-1", "010-1", "viral over 3,000 killed (Dec 24) against NIS about 300 (Jan 13)"],
        ["009-1", "012-3", "viral over 3,000 killed (Dec 2024) against about 600 (Apr 2025)"],
        ["009-1", "014-1", "viral over 3,000 killed (Dec 2024) against about 2,000 (Sep 2025)"],
        ["009-1", "014-2", "viral over 3,000 killed (Dec 2024) against around 600 (spring 2025)"],
        ["009-1", "014-4", "a part against a total"], ["009-1", "014-5", "a part against a total"],
        ["009-4", "014-4", "several engineers killed clearing mines: a part"],
        ["009-4", "014-5", "101 honoured at one ceremony: a part"],
        ["010-1", "012-3", "about 300 (Jan 13) against about 600 (Apr 30), a rising total months apart"],
        ["010-1", "014-1", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["010-1", "014-2", "about 300 (Jan) against around 600 (spring)"],
        ["010-1", "014-4", "a part against a total"], ["010-1", "014-5", "a part against a total, months apart"],
        ["012-3", "014-1", "about 600 (Apr) against about 2,000 (Sep), a rising total"],
        ["012-3", "014-4", "a part against a total"], ["012-3", "014-5", "a part against a total"],
        ["014-1", "014-2", "about 2,000 up from around 600: an update within one article"],
        ["014-1", "014-4", "a part against a total"], ["014-1", "014-5", "a part against a total"],
        ["014-2", "014-4", "a part against a total"], ["014-2", "014-5", "a part against a total"],
        ["014-4", "014-5", "two parts: engineers killed by mines against the dead honoured in August"],
        # wounded, North Korea
        ["005-2", "010-2", "nearly 1,000 (Dec 19) against around 2,700 (Jan 13), a rising total weeks apart"],
        ["009-5", "010-2", "close to 1,000 (Dec 19, restated) against around 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
