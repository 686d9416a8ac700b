#!/usr/bin/env python3
"""Gold labels for testdata/blind683 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind683/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", ["Park Sun-won"] + NIS,
         "North Korea has so far shipped some 3,000 soldiers to Russia for the war against Ukraine", False),
        # the first group, part of the 3,000
        ("troops", NK, 1500, None, "about", ["Park Sun-won"] + NIS,
         "the first contingent of roughly 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S."],
         "Pyongyang has sent approximately 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "John Kirby put the figure at a minimum of 3,000", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S."],
         "About 8,000 North Korean soldiers are now in the Kursk region", False),
        # the whole sent to Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S."],
         "the troops were part of roughly 10,000 the North has sent to Russia in total", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers sent by North Korea are now in Russia's Kursk region", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "some 1,100 North Korean soldiers have been killed or wounded there", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean troops had been killed or wounded in Kursk", False),
        # NIS, a week earlier
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        # one clash only: parts of the whole
        ("killed", NK, 12, None, "exact", SSO,
         "its operators killed 12 North Korean soldiers", False),
        ("wounded", NK, 20, None, "exact", SSO,
         "killed 12 North Korean soldiers and wounded 20", False),
        ("casualties", NK, 200, 900, "vague", ["American military official", "U.S. official", "United States", "Pentagon"],
         "an American military official put North Korean losses at several hundred killed and wounded", True),
    ],
    "006": [
        ("casualties", NK, 4000, None, "exact", ZEL,
         "Pyongyang's soldiers had so far suffered 4,000 killed and wounded in the Kursk region", False),
        # one engagement only: a part of the whole
        ("killed", NK, 13, None, "exact", SSO,
         "one of its regiments killed 13 North Korean troops in the Kursk region", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", ["Lee Seong-kweun"] + NIS,
         "Around 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
         "about 2,700 have been wounded fighting for Russia in the Kursk region", False),
        ("casualties", NK, 3000, None, "about", ["Lee Seong-kweun"] + NIS,
         "putting the North's combined losses at roughly 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers had been taken prisoner by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the North dispatched about 11,000 troops to Russia last fall", False),
    ],
    "009": [
        # the debunked viral claim, quoted to be refuted
        ("captured", NK, 200, 999, "vague", ["social media", "video", "TikTok", "posts", "unattributed"],
         "claims to show hundreds of North Korean soldiers surrendering to Ukrainian troops", True),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "Ukraine has publicly confirmed the capture of just two North Korean soldiers", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "North Korea sent around 11,000 troops to Russia last year", False),
        # attribution a sentence later
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "Some 300 have been killed and 2,700 wounded", False),
        ("troops", RU, 60000, None, "more_than", ZEL,
         "Russia had concentrated more than 60,000 troops in the Kursk direction", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian Defense Ministry"],
         "over 76,000 Ukrainian servicemen were killed or wounded in the Kursk Region", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "South Korea", "Western"],
         "Most Western and South Korean estimates put the first wave, sent in October and November, at between 11,000 and 12,000 soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 reinforcements had arrived in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "losses by then stood at roughly 4,000", False),
        ("troops", NK, 15000, None, "up_to", U,
         "Pyongyang has committed as many as 15,000 soldiers to the fight", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "it estimates some 4,700 North Korean casualties", False),
        ("killed", NK, 600, None, "at_least", NIS,
         "at least 600 of them fatal", False),
    ],
    "013": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of roughly 1,500 shipped to Vladivostok", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two wounded North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more North Korean troops were sent in January and February", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Defence Ministry", "Defence Ministry", "UK Ministry of Defence", "Britain", "UK"],
         "North Korean forces have sustained more than 6,000 casualties in Kursk", False),
        ("killed", NK, 2000, None, "about", NIS,
         "revises its estimate of North Korean dead to around 2,000", False),
        # the earlier figure, quoted as the base of the revision: an update, not a conflict
        ("killed", NK, 600, None, "at_least", NIS,
         "from at least 600 in April", False),
        # engineers: a part of a new, separate deployment
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 combat engineers have already reached Russia", False),
    ],
}

NOT = {
    "000": ["likely to climb to 10,000 by December", "some 6,500 kilometers by rail", "on Oct. 23, 2024",
            "2024/10/23 15:42 KST", "20-odd N. Korean soldiers briefly cross MDL", "1.3 pct lower", "paras 4-6"],
    "001": ["2 min read", "Oct 28, 2024, 04:20 PM", "only five days earlier", "since its Aug. 6 incursion",
            "eight years as an Army public affairs officer", "about 2,000 vacant posts", "90-day pause", "14 comments"],
    "002": ["Updated 5:35 PM EDT, October 31, 2024", "56th annual Security Consultative Meeting", "Copyright 2024"],
    "003": ["04.11.2024 22:55", "Views: 3 907", "thousands more could follow", "on October 23",
            "Russia loses another 1,330 troops in a day", "29 of 49 drones"],
    "005": ["23.12.2024 | 18:00 UTC", "Duration 28:30", "[00:01:16]", "which killed five people and injured more than 200",
            "on February 23", "LIVE | 18:02 UTC"],
    "006": ["$500 million", "20:05 Kyiv time, 9 January 2025", "40 of the 64 Shahed-type drones", "20 more were lost to electronic jamming",
            "another 30,000 to 40,000 soldiers", "day 1,051", "around 50 countries", "Comments (56)"],
    "007": ["13 Jan. 2025, 16:45", "born in 2005 and the other in 1999", "on Jan. 11", "for a third week"],
    "009": ["February 6, 2025 at 11:20", "viewed more than 1.4 million times", "since January 28", "October 2023",
            "on January 11", "on February 4", "on January 21", "2017-2025"],
    "011": ["August 6, 2024", "more than 260 days", "thousands of pieces of military hardware", "115 Ukrainian drones",
            "Moscow Victory Day parade to feature 11,000 troops"],
    "012": ["Within 48 hours", "On April 26", "on April 28", "11th Corps", "170mm self-propelled guns", "240mm rocket launchers",
            "spent 12 years as an intelligence analyst", "1.2 MB"],
    "013": ["5:30 AM GMT", "OCT 18, 2024", "APRIL 26-28", "JUNE 15", "1,000 deminers and 5,000 military builders",
            "a planned new deployment of 6,000"],
}

OFF = ["004", "008", "010"]
DUP = {"014": "002"}

A_ = "an additional or separate force, or a first group against the later total"
P_ = "a part (one clash or engagement) against the whole or another part"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), four days apart"],
        ["005-1", "005-2", "within one transcript: some 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["006-1", "007-3", "4,000 killed and wounded (Zelensky, Jan 9) against roughly 3,000 combined losses (NIS, Jan 13), four days apart"],
    ],
    "may": [
        # troops, October-November 2024: a deployment under way, first groups, part against whole
        ["000-1", "000-2", "3,000 sent against the first contingent of 1,500 included in it"],
        ["000-1", "001-1", "about 3,000 (NIS, Oct 23) against about 10,000 (Pentagon, Oct 28): a deployment under way, the count rising within days"],
        ["000-1", "002-1", "3,000 sent (Oct 23) against 8,000 in Kursk (Oct 31): a deployment under way"],
        ["000-1", "002-2", "3,000 sent (Oct 23) against 10,000 sent (Oct 31): a deployment under way"],
        ["000-1", "003-1", "3,000 sent (Oct 23) against 11,000 in Kursk (Nov 4), twelve days apart, a deployment under way"],
        ["000-1", "007-5", "3,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-1", "009-3", "3,000 (Oct) against around 11,000 (Feb), months apart"],
        ["000-1", "012-1", "3,000 (Oct 2024) against 11,000-12,000 (May 2025), months apart"],
        ["000-1", "012-4", "3,000 (Oct 2024) against as many as 15,000 in all, months apart"],
        ["000-1", "013-2", "3,000 (Oct 2024) against 11,000 restated in a 2025 timeline"],
        ["000-1", "013-1", "3,000 sent against the first group of 1,500 restated in a timeline"],
        ["000-1", "013-8", A_],
        ["000-2", "001-1", A_], ["000-2", "001-2", A_], ["000-2", "002-1", A_], ["000-2", "002-2", A_],
        ["000-2", "003-1", A_], ["000-2", "007-5", A_], ["000-2", "009-3", A_], ["000-2", "012-1", A_],
        ["000-2", "012-2", A_], ["000-2", "012-4", A_], ["000-2", "013-2", A_], ["000-2", "013-4", A_],
        ["000-2", "013-8", A_],
        ["001-1", "002-1", "about 10,000 in eastern Russia (Oct 28) against about 8,000 of them in Kursk (Oct 31): a part against the whole"],
        ["001-1", "003-1", "about 10,000 in Russia (Oct 28) against eleven thousand in Kursk (Nov 4): close values, a deployment under way"],
        ["001-1", "007-5", "about 10,000 (Oct) against about 11,000 (Jan), months apart, close values"],
        ["001-1", "009-3", "about 10,000 (Oct) against around 11,000 (Feb), months apart, close values"],
        ["001-1", "012-1", "about 10,000 (Oct 2024) against 11,000-12,000 (May 2025), months apart"],
        ["001-1", "012-2", A_], ["001-1", "012-4", "about 10,000 (Oct 2024) against as many as 15,000 in all, months apart"],
        ["001-1", "013-2", "about 10,000 (Oct 2024) against 11,000 restated in a 2025 timeline"],
        ["001-1", "013-1", A_], ["001-1", "013-4", A_], ["001-1", "013-8", A_],
        ["001-2", "013-1", A_], ["001-2", "013-8", A_],
        ["002-1", "002-2", "within one article: 8,000 in Kursk as a part of 10,000 sent to Russia in total"],
        ["002-1", "007-5", "8,000 in Kursk (Oct 31) against about 11,000 sent (Jan 13), months apart"],
        ["002-1", "009-3", "8,000 in Kursk (Oct 31) against around 11,000 sent (Feb), months apart"],
        ["002-1", "012-1", "8,000 (Oct 2024) against 11,000-12,000 (May 2025), months apart"],
        ["002-1", "012-2", A_], ["002-1", "012-4", "8,000 in Kursk against as many as 15,000 in all, months apart"],
        ["002-1", "013-2", "8,000 (Oct 31, 2024) against 11,000 (the Nov 4 figure restated in a Sept 2025 timeline)"],
        ["002-1", "013-1", A_], ["002-1", "013-4", A_], ["002-1", "013-8", A_],
        ["002-2", "003-1", "roughly 10,000 sent to Russia (Oct 31) against eleven thousand in Kursk (Nov 4): close values, a deployment under way"],
        ["002-2", "007-5", "roughly 10,000 (Oct) against about 11,000 (Jan), months apart, close values"],
        ["002-2", "009-3", "roughly 10,000 (Oct) against around 11,000 (Feb), months apart, close values"],
        ["002-2", "012-1", "roughly 10,000 (Oct 2024) against 11,000-12,000 (May 2025), months apart"],
        ["002-2", "012-2", A_], ["002-2", "012-4", "roughly 10,000 against as many as 15,000 in all, months apart"],
        ["002-2", "013-2", "roughly 10,000 (Oct 2024) against 11,000 restated in a 2025 timeline"],
        ["002-2", "013-1", A_], ["002-2", "013-4", A_], ["002-2", "013-8", A_],
        ["003-1", "012-2", A_], ["003-1", "012-4", "11,000 (Nov 2024) against as many as 15,000 in all (May 2025)"],
        ["003-1", "013-1", A_], ["003-1", "013-4", A_], ["003-1", "013-8", A_],
        ["007-5", "012-2", A_], ["007-5", "012-4", "about 11,000 (Jan) against as many as 15,000 in all (May)"],
        ["007-5", "013-1", A_], ["007-5", "013-4", A_], ["007-5", "013-8", A_],
        ["009-3", "012-2", A_], ["009-3", "012-4", "around 11,000 (Feb) against as many as 15,000 in all (May)"],
        ["009-3", "013-1", A_], ["009-3", "013-4", A_], ["009-3", "013-8", A_],
        ["012-1", "012-2", "within one article: the first wave of 11,000-12,000 against 3,000 reinforcements"],
        ["012-1", "012-4", "within one article: the first wave against the total with reinforcements"],
        ["012-2", "012-4", "within one article: 3,000 reinforcements against the total of as many as 15,000"],
        ["012-1", "013-1", A_], ["012-1", "013-4", A_], ["012-1", "013-8", A_],
        ["012-2", "013-1", A_], ["012-2", "013-2", A_], ["012-2", "013-8", A_],
        ["012-4", "013-1", A_], ["012-4", "013-2", "as many as 15,000 in all against 11,000 in Kursk (the Nov 2024 figure restated)"],
        ["012-4", "013-4", A_], ["012-4", "013-8", A_],
        ["013-1", "013-2", "within one timeline: the first group of 1,500 against 11,000 weeks later"],
        ["013-1", "013-4", "within one timeline: first group against later reinforcements"],
        ["013-1", "013-8", "within one timeline: first group (2024) against engineers of a new deployment (2025)"],
        ["013-2", "013-4", "within one timeline: 11,000 against 3,000 reinforcements"],
        ["013-2", "013-8", "within one timeline: 11,000 against 1,000 engineers of a new deployment"],
        ["013-4", "013-8", "within one timeline: 3,000 reinforcements against 1,000 engineers, months apart"],
        ["001-2", "002-1", "at least 3,000 (Kirby, Oct 23) against 8,000 in Kursk: a lower bound, a deployment under way"],
        # casualties
        ["005-7", "005-1", "several hundred (U.S. official, a week earlier, vague) against some 1,100"],
        ["005-7", "005-2", "several hundred (U.S. official, a week earlier, vague) against more than 3,000"],
        ["005-7", "006-1", "several hundred (mid-December, vague) against 4,000 (Jan 9), weeks apart"],
        ["005-7", "007-3", "several hundred (mid-December, vague) against roughly 3,000 (Jan 13), weeks apart"],
        ["005-7", "012-3", "several hundred (Dec 2024) against roughly 4,000 (Mar 2025), months apart"],
        ["005-7", "012-5", "several hundred (Dec 2024) against some 4,700 (Apr 2025), months apart"],
        ["005-7", "013-5", "several hundred (Dec 2024) against more than 6,000 (Jun 2025), months apart"],
        ["005-1", "006-1", "some 1,100 (Dec 23) against 4,000 (Jan 9), seventeen days apart, a rising total"],
        ["005-1", "007-3", "some 1,100 (Dec 23) against roughly 3,000 (Jan 13), three weeks apart, a rising total"],
        ["005-1", "012-3", "some 1,100 (Dec 2024) against roughly 4,000 (Mar 2025), months apart"],
        ["005-1", "012-5", "some 1,100 (Dec 2024) against some 4,700 (Apr 2025), months apart"],
        ["005-1", "013-5", "some 1,100 (Dec 2024) against more than 6,000 (Jun 2025), months apart"],
        ["005-2", "007-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13): close values, three weeks apart"],
        ["006-1", "012-5", "4,000 (Jan) against some 4,700 (Apr), months apart"],
        ["006-1", "013-5", "4,000 (Jan) against more than 6,000 (Jun), months apart"],
        ["007-3", "012-3", "roughly 3,000 (Jan) against roughly 4,000 (Mar), months apart"],
        ["007-3", "012-5", "roughly 3,000 (Jan) against some 4,700 (Apr), months apart"],
        ["007-3", "013-5", "roughly 3,000 (Jan) against more than 6,000 (Jun), months apart"],
        ["012-3", "012-5", "within one article: roughly 4,000 in March against some 4,700 in April, a rising total"],
        ["012-3", "013-5", "roughly 4,000 (Mar) against more than 6,000 (Jun), months apart"],
        ["012-5", "013-5", "some 4,700 (Apr) against more than 6,000 (Jun), weeks apart, a rising total"],
        # killed: parts (one clash) and rising totals
        ["005-5", "005-3", "one clash's 12 against at least 100 in all"],
        ["005-5", "006-2", P_], ["005-5", "007-1", P_], ["005-5", "009-4", P_], ["005-5", "012-6", P_],
        ["005-5", "013-6", P_], ["005-5", "013-7", P_],
        ["006-2", "005-3", P_], ["006-2", "007-1", P_], ["006-2", "009-4", P_], ["006-2", "012-6", P_],
        ["006-2", "013-6", P_], ["006-2", "013-7", P_],
        ["005-3", "007-1", "at least 100 (Dec 19) against around 300 (Jan 13): a lower bound, a rising total"],
        ["005-3", "009-4", "at least 100 (Dec) against some 300 (Feb): a rising total"],
        ["007-1", "012-6", "around 300 (Jan) against at least 600 (Apr), months apart"],
        ["007-1", "013-6", "around 300 (Jan) against around 2,000 (Sep), months apart"],
        ["007-1", "013-7", "around 300 (Jan) against the April figure of at least 600 restated in September"],
        ["009-4", "012-6", "some 300 (Feb) against at least 600 (Apr), months apart"],
        ["009-4", "013-6", "some 300 (Feb) against around 2,000 (Sep), months apart"],
        ["009-4", "013-7", "some 300 (Feb) against the April figure of at least 600 restated in September"],
        ["012-6", "013-6", "at least 600 (Apr) against around 2,000 (Sep): a revised, rising total"],
        ["013-6", "013-7", "within one timeline: around 2,000 revised up from at least 600, an update"],
        # wounded
        ["005-6", "005-4", "one clash's 20 against nearly 1,000 in all"],
        ["005-6", "007-2", P_], ["005-6", "009-5", P_],
        ["005-4", "007-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising total"],
        ["005-4", "009-5", "nearly 1,000 (Dec) against 2,700 (Feb), weeks apart, a rising total"],
        # captured
        ["009-1", "009-2", "within one fact-check: the debunked viral 'hundreds' against the two confirmed prisoners"],
        ["009-1", "007-4", "the debunked viral 'hundreds' against two prisoners"],
        ["009-1", "013-3", "the debunked viral 'hundreds' against two prisoners"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
