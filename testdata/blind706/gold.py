#!/usr/bin/env python3
"""Gold labels for testdata/blind706 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind706/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence service", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence",
       "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
US = ["United States", "U.S.", "US"]
PENT = ["Pentagon", "Pat Ryder", "Ryder", "Department of Defense"] + US
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon press secretary"] + PENT,
         "She said about 10,000 North Korean troops have been sent to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House"] + US,
         "at least 3,000 North Korean soldiers had moved into eastern Russia", False),
        # NIS's own count after a second group: an update of 000's first group
        ("troops", NK, 3000, None, "about", NIS,
         "bringing its count to about 3,000", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department"] + US,
         "About 8,000 North Korean soldiers have been moved into Russia's Kursk region", False),
        # the whole force in Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", ["U.S. officials", "US officials"] + US,
         "the roughly 10,000 North Korean soldiers U.S. officials believe Pyongyang has sent to Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent sent to Russia included about 500 officers", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials"] + US,
         "Russia has massed about 50,000 of its own troops in the Kursk region", False),
        ("troops", NK, 10000, None, "more_than", U,
         "More than 10,000 North Korean soldiers are now in Kursk", False),
    ],
    "006": [
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "we would put it at several hundred killed and wounded", True),
        ("troops", NK, 11000, 12000, "range", PENT,
         "there are roughly 11,000 to 12,000 North Korean troops in Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("casualties", UA, 44000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry",
                                                      "Defense Ministry", "Russia"],
         "Ukraine had lost more than 44,000 servicemen in Kursk Oblast", False),
        ("casualties", RU, 779150, None, "exact", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia has lost 779,150 troops in Ukraine since Feb. 24, 2022", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff",
                                                 "South Korea"],
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in the war in Ukraine have topped 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "some 300 of its soldiers killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers captured by Ukrainian forces in Russia's Kursk region on Jan. 9", False),
    ],
    "012": [
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "more than 1,000 North Korean soldiers had been killed in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 had been wounded", False),
        ("troops", NK, 11000, 12000, "range", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Between 11,000 and 12,000 North Korean soldiers were sent to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine"],
         "The two soldiers captured on January 9", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in April", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "it had put the total number killed or wounded at about 4,700", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so troops arrived in January and February", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 are still stationed in Russian border areas", False),
        # builders and sappers: a separate force, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "Thousands of them have since arrived", True),
        # deminers only: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", ["North Korean state media", "state media", "North Korea"],
         "several of its deminers were killed clearing mines", True),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in all", "four brigades", "readying 10,000 soldiers",
            "between October 8 and 13", "more than 13,000 containers", "about 1.28 million active-duty personnel",
            "June 19, 2024", "3 min read", "Russia fires 100 drones at Ukraine overnight",
            "7 North Korean soldiers briefly cross border", "1,370 per dollar"],
    "001": ["October 29, 2024", "4-Minute Listen", "October 18", "Early voting passes 41 million",
            "200,000 customers without power", "egg prices rose 28%"],
    "002": ["1,284 comments", "roughly 500 square miles", "1953", "death toll rises to 158",
            "Israeli strikes kill dozens", "More than 70 million Americans have already voted"],
    "004": ["Views: 6,319", "five Russian training grounds", "August 6, 2024",
            "Russian army loses 1,590 soldiers in past day", "31st aid package"],
    "005": ["Issue No. 187", "14,203 subscribers", "9 min read", "took 11 days", "thousands more could follow",
            "about 12 minutes", "after eight years", "2,482.57", "down 1.94%", "55,000 won", "1,403.5 per dollar",
            "Nov. 11", "Article 4", "fall to 36 million by 2072", "7.3 million passengers a day"],
    "006": ["$500 million", "the 71st such package", "155mm and 105mm artillery ammunition",
            "approximately 2,000 U.S. troops in Syria", "the 900 we'd previously discussed", "$5.9 billion",
            "January 20"],
    "007": ["16 of 27 Russian drones", "another nine", "9,598 tanks", "Aug. 6", "more than 20,000 members",
            "600 kilometers from border", "Over 200 Ukrainian POWs", "5-story apartment block"],
    "008": ["KOSPI 2,440.81", "1,453.20", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "votes 204-85", "1.2 trillion won", "300,000 small businesses", "2nd straight week"],
    "010": ["Jan. 13, 2025 - 17:20", "Reading time: 3 min", "two days after", "a 20-year-old rifleman",
            "a 26-year-old", "since 2016", "N. Korean casualties in Kursk hit 1.1K, says JCS",
            "3,000 police on standby", "KOSPI rises 1.2%", "1,470.8", "5 million won grants"],
    "012": ["Reading time 6 min", "since last Thursday", "January 16", "One of them, 20,",
            "Ukraine war: 1,000 days of fighting in figures", "Russia's 50,000-strong force", "23 comments"],
    "014": ["Episode 214", "47 min", "1,932 ratings", "Fourteen months", "April 26", "two days later",
            "1,000 sappers", "5,000 military builders", "$20 billion", "Kim, 41", "for 12 years",
            "15% off", "1.2 million Japanese workers are over 70", "8-day war game"],
}

OFF = ["003", "009", "013"]
DUP = {"011": "010"}

A_ = "an additional, separate or partial force against a total"
F_ = "the first group against a later total"
R_ = "a rising deployment total, weeks or months apart"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["007-1", "008-1", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, Dec 23), the same day"],
        ["010-2", "012-1", "some 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["012-2", "012-1", "within one fact-check: NIS's around 300 dead against HUR's more than 1,000 killed, the same week"],
    ],
    "may": [
        # troops: NIS's first group of 1,500 against every later figure
        ["000-1", "001-1", F_], ["000-1", "001-2", F_], ["000-1", "001-3", F_ + " (NIS's own update)"],
        ["000-1", "002-1", F_], ["000-1", "002-2", F_], ["000-1", "004-1", F_],
        ["000-1", "004-2", "1,500 special forces against about 500 officers, two parts"],
        ["000-1", "005-2", F_], ["000-1", "006-3", F_], ["000-1", "012-4", F_],
        ["000-1", "014-4", "1,500 in October 2024 against about 3,000 reinforcements in early 2025"],
        ["000-1", "014-5", "1,500 in October 2024 against about 10,000 remaining a year later"],
        ["000-1", "014-6", "1,500 in October 2024 against thousands of builders (vague) a year later"],
        # troops: October updates, parts and wholes
        ["001-1", "001-2", "about 10,000 (Pentagon, Oct 28) up from at least 3,000 (White House, Oct 23): an update"],
        ["001-1", "001-3", "about 10,000 (Pentagon, Oct 28) against NIS's about 3,000 (Oct 23): " + R_],
        ["001-1", "002-1", "about 10,000 in Russia against about 8,000 of them in Kursk: a part"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 5): " + R_],
        ["001-1", "004-2", A_], ["001-1", "005-2", "about 10,000 against more than 10,000, two weeks later"],
        ["001-1", "006-3", R_], ["001-1", "012-4", R_],
        ["001-1", "014-4", A_], ["001-1", "014-6", A_],
        ["001-2", "004-2", A_], ["001-2", "014-6", A_],
        ["001-3", "002-1", R_], ["001-3", "002-2", R_], ["001-3", "004-1", R_], ["001-3", "004-2", A_],
        ["001-3", "005-2", R_], ["001-3", "006-3", R_], ["001-3", "012-4", R_],
        ["001-3", "014-5", "about 3,000 (Oct 2024) against about 10,000 remaining a year later"],
        ["001-3", "014-6", A_],
        ["002-1", "002-2", "about 8,000 in Kursk against roughly 10,000 in Russia: a part of the whole"],
        ["002-1", "004-2", A_],
        ["002-1", "005-2", "about 8,000 (Oct 31) against more than 10,000 (Nov 12), the same U.S. source: " + R_],
        ["002-1", "006-3", R_], ["002-1", "012-4", R_], ["002-1", "014-4", A_],
        ["002-1", "014-5", "about 8,000 (Oct 2024) against about 10,000 remaining a year later"],
        ["002-1", "014-6", A_],
        ["002-2", "004-1", "roughly 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 5)"],
        ["002-2", "004-2", A_], ["002-2", "005-2", "roughly 10,000 against more than 10,000, twelve days later"],
        ["002-2", "006-3", R_], ["002-2", "012-4", R_], ["002-2", "014-4", A_], ["002-2", "014-6", A_],
        ["004-1", "004-2", "11,000 soldiers against about 500 officers among them: a part"],
        ["004-1", "014-4", A_],
        ["004-1", "014-5", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-1", "014-6", A_],
        ["004-2", "005-2", A_], ["004-2", "006-3", A_], ["004-2", "012-4", A_],
        ["004-2", "014-4", A_], ["004-2", "014-5", A_], ["004-2", "014-6", A_],
        ["005-2", "014-4", A_],
        ["005-2", "014-5", "more than 10,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-2", "014-6", A_],
        ["006-3", "014-4", A_],
        ["006-3", "014-5", "11,000-12,000 (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-3", "014-6", A_],
        ["012-4", "014-4", "11,000-12,000 sent in autumn against a further 3,000 reinforcements"],
        ["012-4", "014-5", "11,000-12,000 sent in 2024 against about 10,000 remaining, a year apart"],
        ["012-4", "014-6", A_],
        ["014-4", "014-5", "3,000 reinforcements against the 10,000 remaining"],
        ["014-4", "014-6", "reinforcements against builders and sappers: two additional forces"],
        ["014-5", "014-6", "troops remaining against a separate construction contingent (vague)"],
        # casualties
        ["006-1", "006-2", "at least 30 in one weekend near three villages against several hundred in all: a part"],
        ["006-1", "007-1", "a part (one weekend) against the whole"], ["006-1", "008-1", "a part (one weekend) against the whole"],
        ["006-1", "010-1", "a part (one weekend) against the whole"], ["006-1", "014-3", "a part (one weekend) against the whole"],
        ["006-2", "007-1", "several hundred (Pentagon, Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["006-2", "008-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (Dec 23)"],
        ["006-2", "010-1", "several hundred (Dec 17, vague) against more than 3,000 (Jan 13), a rising total"],
        ["006-2", "014-3", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["008-1", "010-1", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["008-1", "014-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        # killed
        ["008-2", "014-7", "at least 100 killed in all against several deminers: a part"],
        ["010-2", "014-1", "300 (Jan) against 2,000 (Sep), months apart"],
        ["010-2", "014-2", "300 (Jan) against 600 (Apr), months apart"],
        ["010-2", "014-7", "all killed against several deminers: a part"],
        ["012-1", "014-2", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["012-1", "014-7", "all killed against several deminers: a part"],
        ["012-2", "014-1", "300 (Jan) against 2,000 (Sep), months apart"],
        ["012-2", "014-2", "300 (Jan) against 600 (Apr), months apart"],
        ["012-2", "014-7", "all killed against several deminers: a part"],
        ["014-1", "014-2", "about 2,000 (Sep) up from roughly 600 (Apr): an update"],
        ["014-1", "014-7", "all killed against several deminers: a part"],
        ["014-2", "014-7", "all killed against several deminers: a part"],
        # wounded
        ["008-3", "010-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), the same source weeks later: a rising total"],
        ["008-3", "012-3", "nearly 1,000 (Dec 19) against 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
