#!/usr/bin/env python3
"""Gold labels for blind388 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind388 evaluation set: fifteen articles written for crosscheck in our own "
         "words about the real story's known reporting. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
HUR = ["HUR", "Defense Intelligence", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "a first contingent of 1,500 special forces soldiers already carried across the sea to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "Some three thousand North Korean soldiers have now arrived in Russia", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "Between 11,000 and 12,000 North Korean soldiers are in Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "U.S.", "United States"],
         "more than 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "some 50,000 of its own troops in the region", False),
        ("troops", "north_korea", 12000, None, "about", ["Newsweek", "unattributed", "HUR", "Ukraine"],
         "Putin's 12K North Korean Troops Are Fighting in Kursk", True),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat with Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "The number of wounded is estimated at roughly 1,000", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Park Sun-won"],
         "the deployment still stood at about 11,000 troops", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         "North Korean soldiers had suffered several hundred casualties", True),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "had suffered more than 3,000 casualties, killed and wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean units had lost around 1,100 soldiers killed or wounded", False),
        ("killed", "north_korea", 200, None, "about", HUR + ["Kyiv Independent"],
         "about 200 North Koreans had been killed during the first week of assaults", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded in fighting against Ukrainian forces", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Koreans had been captured alive by Ukraine", False),
    ],
    "008": [
        ("killed", "north_korea", 1000, None, "about", HUR + ["Andriy Yusov", "Yusov", "Kyiv"],
         "Roughly a thousand North Korean soldiers have now been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "the two North Korean soldiers captured last week", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean, Ukrainian and US intelligence", "South Korea", "Ukraine", "United States", "US intelligence"],
         "the first wave numbered 11,000 to 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "a further 3,000 or so were sent in January and February to replace losses", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 North Koreans have served in and around Kursk", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean casualties now stand at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "DW"],
         "Ukraine holds two North Korean soldiers captured in January", False),
    ],
    "011": [],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS + ["unattributed"],
         "Several thousand more are believed to have been wounded", True),
        ("killed", "north_korea", 4000, None, "more_than", ["Kyrylo Budanov", "Budanov"] + HUR,
         "more than 4,000 North Koreans had died in Kursk", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops, in four brigades", "more than 13,000 containers",
            "Four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13",
            "11th Corps", "2 dead, 5 injured in Gangneung apartment fire", "past 1 million copies"],
    "002": ["The agency expects the total to reach 10,000 by December", "By December: 10,000 expected",
            "more than 100 words", "155-mm shells", "Kospi closes at 2,599.62"],
    "003": ["roughly 800 square kilometers", "about 1,300 in late August", "Russia Losing 1,500 Soldiers a Day",
            "64 Comments"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers",
            "1,450 per dollar", "world's 12th-largest carrier", "117-year record"],
    "005": ["1,100 kilometers from the border", "47th Mechanized Brigade", "nearly three times higher",
            "$5 a month"],
    "007": ["aged 26", "who is 20", "since 2021", "first launch of 2025"],
    "008": ["'100-year partnership'", "£3bn a year", "34 of the 55 drones", "another 20 lost to electronic jamming",
            "Comments (418)"],
    "010": ["Article 4", "some 250,000 mourners", "June 2024", "11th Corps"],
    "011": ["1,000 sappers", "5,000 military builders", "a thousand deminers",
            "five thousand military construction workers", "more than 20,000 explosive objects",
            "up 7.8% in first quarter"],
    "014": ["80th anniversary of Workers' Party", "66 trillion won", "150 won", "56%"],
}

OFF = ["001", "009", "012", "013"]
DUP = {"006": "007"}

conflicts = {
    "must": [
        ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "the same day, in the same article"],
        ["007-1", "008-1", "about 300 killed (South Korea's NIS, Jan 13) against about 1,000 killed "
                           "(Ukraine's HUR, Jan 16), three days apart"],
        ["014-1", "014-3", "about 2,000 killed (NIS, September) against more than 4,000 killed "
                           "(Budanov, the same month), in the same article"],
    ],
    "may": [
        # troops: a deployment still building up in October-November; later totals include reinforcements
        ["000-1", "003-1", "1,500 (first contingent, Oct 18) against 11,000-12,000 four weeks later"],
        ["000-1", "003-2", "1,500 (first contingent, Oct 18) against more than 10,000 four weeks later"],
        ["000-1", "003-4", "1,500 (Oct 18) against a 12K headline four weeks later"],
        ["000-1", "004-3", "1,500 (Oct 18) against about 11,000 two months later"],
        ["000-1", "010-1", "1,500 (Oct 18) against a first wave of 11,000-12,000, months later"],
        ["000-1", "010-2", "1,500 against a further 3,000 (additional force), months later"],
        ["000-1", "010-3", "1,500 (Oct 18) against about 15,000 in all, months later"],
        ["002-1", "003-1", "about 3,000 (Oct 23) against 11,000-12,000 three weeks later, deployment still building"],
        ["002-1", "003-2", "about 3,000 (Oct 23) against more than 10,000 three weeks later"],
        ["002-1", "003-4", "about 3,000 (Oct 23) against a 12K headline three weeks later"],
        ["002-1", "004-3", "about 3,000 (Oct 23) against about 11,000 two months later"],
        ["002-1", "010-1", "about 3,000 (Oct 23) against a first wave of 11,000-12,000, months later"],
        ["002-1", "010-3", "about 3,000 (Oct 23) against about 15,000 in all, months later"],
        ["003-1", "010-2", "11,000-12,000 against a further 3,000 (additional force)"],
        ["003-1", "010-3", "11,000-12,000 (Nov) against about 15,000 in all including reinforcements (Apr)"],
        ["003-2", "010-2", "more than 10,000 against a further 3,000 (additional force)"],
        ["003-4", "004-3", "12K headline against about 11,000, a month apart"],
        ["003-4", "010-2", "12K headline against a further 3,000 (additional force)"],
        ["003-4", "010-3", "12K headline (Nov) against about 15,000 in all (Apr)"],
        ["004-3", "010-2", "about 11,000 against a further 3,000 (additional force)"],
        ["004-3", "010-3", "about 11,000 (Dec) against about 15,000 in all including reinforcements (Apr)"],
        # casualties
        ["004-4", "005-1", "several hundred (Pentagon) against more than 3,000 (Zelensky), a week apart"],
        ["004-4", "005-2", "several hundred (Pentagon) against about 1,100 (JCS), a week apart"],
        ["004-4", "010-4", "several hundred (Dec) against about 4,700 (Apr), months apart"],
        ["005-2", "010-4", "about 1,100 (Dec) against about 4,700 (Apr), a cumulative figure months later"],
        # killed
        ["005-3", "007-1", "about 200 in the first week only (a part) against about 300 three weeks later"],
        ["005-3", "008-1", "about 200 in the first week only (a part) against about 1,000 three weeks later"],
        ["005-3", "010-5", "about 200 in the first week only against about 600, months later"],
        ["005-3", "014-1", "about 200 in the first week only against about 2,000, months later"],
        ["005-3", "014-3", "about 200 in the first week only against more than 4,000, months later"],
        ["007-1", "010-5", "about 300 (Jan) against about 600 (Apr), the same agency's cumulative figure rising"],
        ["007-1", "014-1", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["007-1", "014-3", "about 300 (Jan) against more than 4,000 (Sep), months apart"],
        ["008-1", "010-5", "about 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["008-1", "014-1", "about 1,000 (Jan) against about 2,000 (Sep), months apart"],
        ["008-1", "014-3", "about 1,000 (HUR, Jan) against more than 4,000 (Budanov, Sep), months apart"],
        ["010-5", "014-1", "about 600 (Apr) against about 2,000 (Sep), the same agency's figure rising"],
        ["010-5", "014-3", "about 600 (Apr) against more than 4,000 (Sep), months apart"],
        # wounded
        ["004-2", "007-2", "about 1,000 (Dec 19) against about 2,700 (Jan 13): the same agency's cumulative "
                           "figure rising over nearly four weeks"],
        ["004-2", "014-2", "about 1,000 (Dec) against several thousand (Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
