#!/usr/bin/env python3
"""Gold labels for testdata/blind761 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind761/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military",
       "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence",
       "Andrii Yusov", "Yusov", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine"]
US_STATE = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "U.S. official", "United States",
            "U.S.", "US"]
KCNA = ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea",
        "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        # the first group; the 12,000 is what Pyongyang has decided to send (planned, not a claim)
        ("troops", NK, 1500, None, "about", NIS,
         "the National Intelligence Service says roughly fifteen hundred North Korean special operations troops have already been moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", US_STATE,
         "about 8,000 North Korean soldiers have now been moved to the Kursk region", False),
        # the Pentagon, relayed by a reporter's question
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the Pentagon said approximately 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "002": [
        # the quote's speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "We now count eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "Among the deployed force, HUR says, are some 500 officers, including generals", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("casualties", NK, 1100, None, "about", LEE,
         "That puts the North's casualties at roughly 1,100", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "the Pentagon said North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("casualties", UA, 45000, None, "more_than",
         ["Russia's defence ministry", "Russian Defence Ministry", "Ministry of Defence", "Russia", "Moscow"],
         "Russia's defence ministry said Ukrainian forces had lost more than 45,000 soldiers in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers had been killed or wounded fighting Ukrainian forces in Kursk", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties in Russia's Kursk region have topped 3,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "including about 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky"],
         "two North Korean soldiers captured by Ukrainian forces", False),
    ],
    "008": [
        ("casualties", NK, 4000, None, "up_to", HUR,
         "as many as 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 1000, None, "about", HUR,
         "roughly a thousand have been killed", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy's losses during the fighting in the region exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range",
         ["Western and South Korean intelligence services", "Western intelligence", "South Korean intelligence",
          "South Korea"],
         "is put at 11,000 to 12,000 soldiers by Western and South Korean intelligence services", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more troops were sent to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatally", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"] + U,
         "Ukraine, which captured two North Korean soldiers in January", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "U.S.", "US"],
         "Moscow had concentrated roughly 50,000 troops for the operation", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the fighting in and around Kursk", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from the roughly 600 deaths it reported in April", False),
        ("troops", NK, 2000, 9000, "vague", ["Ana Ferreira", "Dr. Ana Ferreira", "Ferreira",
                                             "Lisbon Institute for Security Studies"],
         "thousands of North Korean troops are still stationed along the Kursk border", True),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "Roughly 10,000 North Korean soldiers are still stationed in Russia's Kursk region", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 North Korean construction troops had been arriving in stages since September", False),
        # deminers only: a part of the force
        ("troops", NK, 1000, None, "about", NIS,
         "around 1,000 deminers were clearing mines", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers who were killed during the deployment", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
    ],
}

NOT = {
    "000": ["about twelve thousand troops in total", "four brigades", "made four trips", "11th Corps",
            "12,000-seat arena", "25,000 runners", "KOSPI 2,593.37", "USD/KRW 1,368.10", "Segment 2 of 7",
            "Running time 3:12"],
    "001": ["additional troops in the thousands", "the 28,500 American service members",
            "the sixth foreign and defense ministerial", "2+2", "two questions", "4:12 p.m. EDT", "3,412 words"],
    "002": ["Views: 5,318", "Russian losses reach 1,330 troops in past day", "Seven wounded",
            "05.11.2024 10:42"],
    "004": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "Kyiv says North Korean unit lost 30 men in one Kursk assault", "250 new missile launchers",
            "1.2 trillion won", "Comments (12)"],
    "005": ["close to three times the estimate", "52 of the 81 drones", "another 24", "280 tanks", "15th round",
            "€4.2bn", "day 1,034", "1.2 million visitors", "The 50 best TV shows", "Comments (356)"],
    "006": ["One soldier about to be captured", "born in 2005", "enlisted in 2021", "aged 26", "since 2016",
            "Kursk toll: Zelensky puts N. Korean losses above 3K", "6.5 trillion won", "its 12th day",
            "99.8 per 1,000 outpatients", "4 min read"],
    "008": ["more than three times the death toll", "Issue #812", "2.1 billion cubic meters", "€3 billion",
            "$50 billion", "72 of the 131 drones", "17,500 members", "$5 a month"],
    "009": ["more than 7,700 units of weapons", "Article 4", "some 11,000 servicemen", "over 1,700 residents"],
    "010": ["six months of denials", "11th Corps", "Article 4", "in five charts", "6 min read",
            "€1 for the first month"],
    "011": ["1,000 sappers", "5,000 military builders", "Shoigu's 6,000", "12.4K plays", "86 comments",
            "1,200 patrons", "Episode 187", "52 min", "1953"],
    "014": ["120-day mine-clearing mission", "within 20 kilometres", "more than a year after", "a record 4,100",
            "34 injured"],
}

OFF = ["003", "007", "012"]
DUP = {"013": "004"}

FIRST = "the first group of 1,500 (Oct 2024) against a later, larger count"
PART = "a part of the force against the whole"
ADD = "an additional or separate force against the main contingent"
APART = "months apart"
conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean soldiers in the Kursk region (Blinken, Oct 31) against eleven thousand in the Kursk region (Zelensky, Nov 4), four days apart"],
        ["004-3", "005-1", "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-3", "005-1", "within one live blog: about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day"],
        ["006-2", "008-2", "about 300 killed (NIS, Jan 13) against roughly a thousand killed (HUR's Yusov, Jan 22), nine days apart"],
    ],
    "may": [
        # troops: the first group against later counts
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "002-1", FIRST],
        ["000-1", "002-2", "first group of 1,500 against 500 officers, a part"],
        ["000-1", "010-1", FIRST], ["000-1", "010-2", FIRST + ", and an additional force"],
        ["000-1", "011-3", FIRST + " (vague)"], ["000-1", "014-1", FIRST + ", a year apart"],
        ["000-1", "014-2", FIRST + ", a separate builders' contingent"],
        ["000-1", "014-3", FIRST + ", a separate deminers' unit"],
        # troops: Kursk against all of Russia, parts, additional forces, months apart
        ["001-1", "001-2", "within one transcript: 8,000 in Kursk against about 10,000 sent to eastern Russia, a part against the whole"],
        ["001-1", "002-2", PART], ["001-1", "010-1", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, a part against the whole"],
        ["001-1", "010-2", ADD], ["001-1", "011-3", APART + " (vague)"], ["001-1", "014-1", APART],
        ["001-1", "014-2", ADD], ["001-1", "014-3", ADD],
        ["001-2", "002-1", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["001-2", "002-2", PART], ["001-2", "010-1", "about 10,000 (Oct 28) against 11,000-12,000 sent in all, reported months later"],
        ["001-2", "010-2", ADD], ["001-2", "011-3", APART + " (vague)"], ["001-2", "014-2", ADD], ["001-2", "014-3", ADD],
        ["002-1", "002-2", "within one article: 11,000 in Kursk against some 500 officers, a part"],
        ["002-1", "010-2", ADD], ["002-1", "011-3", APART + " (vague)"],
        ["002-1", "014-1", "11,000 (Nov 2024) against about 10,000 still there (Dec 2025), a year apart"],
        ["002-1", "014-2", ADD], ["002-1", "014-3", ADD],
        ["002-2", "010-1", PART], ["002-2", "010-2", PART], ["002-2", "011-3", PART], ["002-2", "014-1", PART],
        ["002-2", "014-2", PART], ["002-2", "014-3", PART],
        ["010-1", "010-2", "within one explainer: 11,000-12,000 first sent against about 3,000 reinforcements"],
        ["010-1", "011-3", APART + " (vague)"], ["010-1", "014-1", "11,000-12,000 sent in 2024 against about 10,000 remaining, a year later"],
        ["010-1", "014-2", ADD], ["010-1", "014-3", ADD],
        ["010-2", "011-3", ADD], ["010-2", "014-1", ADD], ["010-2", "014-2", ADD], ["010-2", "014-3", ADD],
        ["011-3", "014-1", "thousands (vague, Sep) against about 10,000 (Dec)"],
        ["011-3", "014-2", ADD], ["011-3", "014-3", ADD],
        ["014-1", "014-2", "within one article: troops remaining against a separate construction contingent"],
        ["014-1", "014-3", "within one article: troops remaining against the deminers, a part"],
        ["014-2", "014-3", "within one article: builders against deminers, two separate contingents"],
        # casualties
        ["004-4", "004-3", "within one article: the Pentagon's several hundred (vague, Dec 16) against the NIS's roughly 1,100 (Dec 19)"],
        ["004-4", "005-1", "several hundred (vague, Dec 16) against more than 3,000 (Dec 23)"],
        ["004-4", "005-3", "several hundred (vague, Dec 16) against about 1,100 (Dec 23)"],
        ["004-4", "006-1", "several hundred (vague, Dec) against more than 3,000 (Jan), a rising total"],
        ["004-4", "008-1", "several hundred (vague, Dec) against as many as 4,000 (Jan), a rising total"],
        ["004-4", "010-3", "several hundred (vague, Dec) against about 4,700 (Apr), months apart"],
        ["004-3", "006-1", "roughly 1,100 (NIS, Dec 19) against more than 3,000 (NIS, Jan 13), the same agency's rising total"],
        ["004-3", "008-1", "roughly 1,100 (Dec 19) against as many as 4,000 (Jan 22), a month apart, a rising total"],
        ["004-3", "010-3", "roughly 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["005-3", "006-1", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["005-3", "008-1", "about 1,100 (Dec 23) against as many as 4,000 (Jan 22), a month apart, a rising total"],
        ["005-3", "010-3", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["008-1", "010-3", "as many as 4,000 (Jan) against about 4,700 (Apr), months apart, a rising total"],
        # killed
        ["004-1", "014-4", "at least 100 in all against nine engineers killed clearing mines, a part"],
        ["006-2", "010-4", "300 (Jan) against 600 (Apr), months apart"],
        ["006-2", "011-1", "300 (Jan) against 2,000 (Sep), months apart"],
        ["006-2", "011-2", "300 (Jan) against the April figure of 600 restated in September"],
        ["006-2", "014-4", PART], ["006-2", "014-5", "300 (Jan) against 2,000 (Sep, restated in Dec), months apart"],
        ["008-2", "010-4", "roughly a thousand (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["008-2", "011-1", "roughly a thousand (Jan) against about 2,000 (Sep), months apart"],
        ["008-2", "011-2", "roughly a thousand (HUR, Jan) against the NIS's April 600 restated in September"],
        ["008-2", "014-4", PART], ["008-2", "014-5", "roughly a thousand (Jan) against about 2,000 (Sep), months apart"],
        ["010-4", "011-1", "600 (Apr) against 2,000 (Sep), a rising total"],
        ["010-4", "014-4", PART], ["010-4", "014-5", "600 (Apr) against 2,000 (Sep), a rising total"],
        ["011-2", "011-1", "within one article: about 2,000 now, up from roughly 600 in April, an update"],
        ["011-1", "014-4", PART], ["011-2", "014-4", PART],
        ["011-2", "014-5", "the April 600 restated as a base against 2,000 (Sep)"],
        ["014-4", "014-5", "within one article: nine engineers killed against about 2,000 in all, a part"],
        # wounded
        ["004-2", "006-3", "nearly 1,000 (NIS, Dec 19) against some 2,700 (NIS, Jan 13), the same agency's rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
