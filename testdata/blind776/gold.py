#!/usr/bin/env python3
"""Gold labels for testdata/blind776 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind776/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence service", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
US = ["United States", "U.S.", "US", "Washington"]
KIRBY = ["John Kirby", "Kirby", "White House"] + US
PENTAGON = ["Pentagon", "Department of Defense"] + US
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department"] + US
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        # the first transport only; the 12,000 is what Pyongyang "has decided to send" (planned)
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 soldiers from the North's special operations forces were carried from ports near Chongjin", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "North Korea moved at least 3,000 soldiers into eastern Russia", False),
        ("casualties", RU, 600000, None, "more_than", KIRBY,
         "the Russians have suffered more than 600,000 casualties", False),
        # a reporter relays the NIS figure of Oct 18
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 North Korean special forces had already been moved to Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved into Russia's Kursk border region", False),
        # all of Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "the roughly 8,000 that U.S. Secretary of State Antony Blinken said had reached the region", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["American officials", "U.S. officials", "US officials", "US press"] + US,
         "Russia has massed some 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 10000, None, "more_than", US,
         "more than 10,000 North Korean soldiers have been sent to the Kursk region", False),
        ("troops", UA, 10000, 12000, "range", ["Western analysts"],
         "between 10,000 and 12,000 troops", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang sent", False),
        ("casualties", NK, 200, 900, "vague", ["senior U.S. military official", "U.S. military official", "Pentagon"] + US,
         "North Korean troops had suffered several hundred killed and wounded", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's Kursk region have now passed three thousand killed and wounded", False),
        # one series of clashes only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "put North Korean dead and wounded at more than 3,000", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS + LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 wounded", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine's losses in the Kursk operation came to more than 76,000 troops", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has taken roughly 4,700 casualties in Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatal", False),
        # Kyiv's February estimate, quoted for comparison
        ("casualties", NK, 4000, None, "about", ["Zelensky's office", "Office of the President", "Kyiv"] + ZEL,
         "around 4,000 North Korean losses", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "a second rotation of about 3,000 soldiers reached Russia in January and February", False),
        ("captured", NK, 2, None, "exact", U,
         "the two prisoners held by Ukraine", False),
    ],
    "013": [
        ("troops", NK, 11000, None, "about", ["Seoul and Washington", "Seoul", "South Korea"] + US,
         "about 11,000 North Korean troops went to Russia in the autumn of 2024", False),
        # replacements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "roughly 3,000 more followed in early 2025 as replacements", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russian territory near the Ukrainian border", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died", False),
        # the spring figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "the agency's spring count of about 600", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "Korean Central News Agency", "KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of a military engineer regiment had been killed", False),
        ("casualties", NK, 2000, 9000, "vague", U,
         "has cost it thousands of men", True),
    ],
}

NOT = {
    "000": ["a force of around 12,000 troops in all", "four brigades", "Four Russian navy vessels",
            "between Oct. 8 and Oct. 13", "11th Corps", "more than 13,000 containers", "about 70 rounds",
            "roughly 1.2 million active-duty troops", "KOSPI 2,593.22", "USD/KRW 1,369.80",
            "leave 2 dead, 140 homes flooded", "Kia recalls 51,000 electric cars", "Army to cut 20,000 posts"],
    "001": ["could eventually send as many as 10,000", "the roughly 100 hostages still in Gaza", "the 7 Americans",
            "his 11th trip", "the 1,500 people killed in Lebanon", "1:52 P.M. EDT", "2:34 P.M. EDT",
            "since February of 2022"],
    "002": ["about 1,300 square kilometers (500 square miles)", "on Aug. 6", "kill at least 158",
            "Russian glide bombs kill 3", "19,000-acre blaze", "5:05 PM EDT"],
    "004": ["810th Separate Guards Naval Infantry Brigade", "Russia has lost 699,610 troops in Ukraine",
            "4 killed, 31 injured", "47 European leaders", "more than 15,000 members", "six years", "3 min read"],
    "005": ["122 mm howitzer", "about 1,300 square kilometers", "around 600 square kilometers",
            "about 30 kilometers inside Russia", "January 20", "leaves 2 dead",
            "a North Korean delegation of 30", "Time to read 3 min"],
    "007": ["paras 4-7", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "three days after",
            "passes with 204 votes", "1,451.9 per dollar"],
    "008": ["Running time 14:52", "3 languages", "6 people were injured", "256 votes in favour",
            "2 people were killed", "minus 3 in Kyiv", "41.9 to the US dollar", "1.2K viewers now"],
    "009": ["barely a third", "1,450 per dollar", "up 7.9% in October", "cut 10% of overseas staff"],
    "011": ["Episode 187", "52:18", "1,240 ratings", "20 years old", "the other 26", "11 years", "2014-2021",
            "30 languages", "20% off", "2,150 listeners", "A year of 1,000 balloons"],
    "012": ["Issue No. 31", "18,412 readers", "about 48 hours", "11,500 troops and 150 vehicles",
            "3 new halls", "62% of you", "1,930 votes"],
    "013": ["1,000 sappers", "5,000 military construction workers", "Comment 187", "6 min read",
            "about four months", "more than three times", "400,000 without power", "3 numbers", "$100 billion"],
}

OFF = ["003", "006", "010"]
DUP = {"014": "002"}

A_ = "an additional force (replacements) against a total: separate contingents"
F_ = "the first transport of about 1,500 (NIS, Oct 18) against a later, larger total"
Y_ = "a year or more apart: the 2024 deployment against the force remaining in late 2025 or a later restatement"
P_ = "a part of the whole (one series of clashes, or one engineer regiment) against a total"
V_ = "a vague count (optional) against a figure"
conflicts = {
    "must": [
        ["004-1", "002-1", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, Oct 31), four days apart, different sources"],
        ["004-2", "004-1", "within one article: Blinken's roughly 8,000 set against Zelensky's 11,000 in Kursk, the same week"],
        ["009-1", "008-1", "about 1,100 casualties (South Korea's JCS) against more than three thousand (Zelensky), the same day, Dec 23"],
        ["009-1", "009-2", "within one article: the JCS's roughly 1,100 against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first transport of 1,500 against later totals
        ["000-1", "001-1", "1,500 (NIS, Oct 18) against at least 3,000 (Kirby, Oct 23): first transport against a rising total"],
        ["001-3", "001-1", "within one briefing: the NIS's 1,500 relayed by a reporter against Kirby's at least 3,000: first transport against total"],
        ["000-1", "002-1", F_], ["000-1", "002-2", F_], ["000-1", "004-1", F_], ["000-1", "004-2", F_],
        ["000-1", "005-2", F_], ["000-1", "007-3", F_], ["000-1", "012-5", F_ + "; the later force is an additional rotation"],
        ["000-1", "013-1", F_], ["000-1", "013-2", F_ + "; the later force is an additional rotation"], ["000-1", "013-3", F_],
        ["001-3", "002-1", F_], ["001-3", "002-2", F_], ["001-3", "004-1", F_], ["001-3", "004-2", F_],
        ["001-3", "005-2", F_], ["001-3", "007-3", F_], ["001-3", "012-5", F_], ["001-3", "013-1", F_],
        ["001-3", "013-2", F_], ["001-3", "013-3", F_],
        # troops, north_korea: Kursk against all of Russia, rising US estimates, weeks to months apart
        ["002-1", "002-2", "within one article: about 8,000 in Kursk, a part of the roughly 10,000 in eastern Russia"],
        ["004-2", "002-2", "about 8,000 in Kursk against roughly 10,000 in all of Russia: a part of the whole"],
        ["004-1", "002-2", "11,000 in Kursk (Zelensky, Nov 4) against roughly 10,000 in eastern Russia (Pentagon, Oct 28), a week apart"],
        ["002-1", "005-2", "Washington's own estimate rising: about 8,000 (Oct 31) to more than 10,000 (Nov 11)"],
        ["004-2", "005-2", "Washington's own estimate rising: about 8,000 (Oct 31) to more than 10,000 (Nov 11)"],
        ["002-2", "005-2", "roughly 10,000 in eastern Russia (Oct 28) against more than 10,000 in Kursk (Nov 11)"],
        ["002-1", "007-3", "about 8,000 (Oct 31) against roughly 11,000 (NIS, Dec 19), seven weeks apart"],
        ["004-2", "007-3", "about 8,000 (Oct 31) against roughly 11,000 (NIS, Dec 19), seven weeks apart"],
        ["002-2", "007-3", "roughly 10,000 (Oct 28) against roughly 11,000 (Dec 19), seven weeks apart"],
        ["002-1", "013-1", "about 8,000 in Kursk (Oct 2024) against about 11,000 sent in all, restated in Dec 2025"],
        ["004-2", "013-1", "about 8,000 in Kursk (Oct 2024) against about 11,000 sent in all, restated in Dec 2025"],
        ["002-2", "013-1", "roughly 10,000 (Oct 2024) against about 11,000 sent in all, restated in Dec 2025"],
        ["002-1", "012-5", A_], ["002-1", "013-2", A_], ["004-2", "012-5", A_], ["004-2", "013-2", A_],
        ["002-2", "012-5", A_], ["002-2", "013-2", A_], ["004-1", "012-5", A_], ["004-1", "013-2", A_],
        ["005-2", "012-5", A_], ["005-2", "013-2", A_], ["007-3", "012-5", A_], ["007-3", "013-2", A_],
        ["013-1", "012-5", A_], ["013-1", "013-2", A_],
        ["001-1", "012-5", A_ + "; about 3,000 replacements against at least 3,000 in the first weeks"],
        ["001-1", "013-2", A_ + "; about 3,000 replacements against at least 3,000 in the first weeks"],
        ["002-1", "013-3", Y_], ["004-2", "013-3", Y_], ["004-1", "013-3", Y_], ["005-2", "013-3", Y_],
        ["007-3", "013-3", Y_], ["013-1", "013-3", "within one explainer: about 11,000 sent in 2024 against about 10,000 remaining in late 2025"],
        ["012-5", "013-3", "about 3,000 replacements (early 2025) against about 10,000 remaining (Nov 2025)"],
        ["013-2", "013-3", "within one explainer: about 3,000 replacements against about 10,000 remaining"],
        # casualties, north_korea
        ["007-4", "008-1", V_ + ": several hundred (Dec 16) against more than three thousand (Dec 23)"],
        ["007-4", "009-1", V_ + ": several hundred (Dec 16) against about 1,100 (Dec 23)"],
        ["007-4", "009-2", V_ + ": several hundred (Dec 16) against more than 3,000 (Dec 23)"],
        ["007-4", "012-2", V_ + ", months apart"], ["007-4", "012-4", V_ + ", months apart"],
        ["007-4", "008-2", V_ + " and a part of the whole"],
        ["008-2", "008-1", "within one bulletin: " + P_], ["008-2", "009-1", P_], ["008-2", "009-2", P_],
        ["008-2", "012-2", P_], ["008-2", "012-4", P_],
        ["009-1", "012-4", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), weeks to months apart, a rising total"],
        ["009-1", "012-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["012-4", "012-2", "within one newsletter: about 4,000 (Kyiv, Feb) against about 4,700 (NIS, Apr 30), months apart"],
        ["013-7", "007-4", V_], ["013-7", "008-1", V_], ["013-7", "008-2", V_], ["013-7", "009-1", V_],
        ["013-7", "009-2", V_], ["013-7", "012-2", V_], ["013-7", "012-4", V_],
        # killed, north_korea: a rising total, months apart, and parts
        ["011-2", "012-3", "about 300 (Jan 13) against about 600 (Apr 30), months apart, a rising total"],
        ["011-2", "013-5", "about 300 (Jan) against the spring count of about 600, restated in December"],
        ["011-2", "013-4", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["012-3", "013-4", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        ["013-5", "013-4", "within one explainer: the spring count of about 600 given as the base of the rise to about 2,000"],
        ["013-6", "007-1", P_], ["013-6", "009-3", P_], ["013-6", "011-2", P_], ["013-6", "012-3", P_],
        ["013-6", "013-4", "within one explainer: " + P_], ["013-6", "013-5", "within one explainer: " + P_],
        # wounded, north_korea
        ["007-2", "011-3", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), three and a half weeks apart, a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
