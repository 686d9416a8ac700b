#!/usr/bin/env python3
"""Gold labels for testdata/blind376 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind376 articles in articles/ (written for crosscheck in our own words, "
         "labelled blind). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"]
ZEL = ["Zelensky", "Zelenskiy", "Volodymyr Zelensky", "President of Ukraine", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "North Korea", "Pyongyang", "state media"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea has decided to send about 12,000 troops, including special operations units, to support Russia's war against Ukraine", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special forces soldiers were moved from areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
        ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 soldiers had been moved by ship in early to mid-October", False),
        ("troops", "north_korea", 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean troops, among them about 500 officers, are being readied for combat", False),
        ("troops", "north_korea", 500, None, "about", ["HUR", "military intelligence", "Ukraine"],
         "among them about 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "Washington"],
         "around 8,000 North Korean troops had reached Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than", ["South Korea", "spy agency", "Seoul"],
         "more than 10,000 North Korean troops have been sent to Russia in total", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers fighting for Russia in the Kursk region have suffered roughly 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "some 1,000 had been wounded since the troops were thrown into combat this month", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
         "More than three thousand North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 50, None, "exact", SSO,
         "its operators killed 50 North Korean servicemen", False),
        ("wounded", "north_korea", 47, None, "exact", SSO,
         "wounded 47 more", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed", "Ukrinform"],
         "about 11,000 North Korean military personnel were sent to the Kursk region in the autumn", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "around 2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent roughly 11,000 troops to the region last autumn", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["lawmakers"],
         "North Korea has dispatched some three thousand additional troops to Russia in January and February", False),
        ("casualties", "north_korea", 2000, 9000, "vague", NIS,
         "the North's losses in Kursk now amounted to several thousand", True),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers dispatched to Russia have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency put North Korean casualties at around 3,000", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "the North has sent about 15,000 troops to Russia", False),
    ],
    "012": [
        ("troops", "north_korea", 10000, 12000, "range", ["Western and South Korean media", "Western media", "South Korean media"],
         "Western and South Korean media have put it at between 10,000 and 12,000", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", KCNA,
         "nine of its soldiers were killed while clearing mines in Russia's Kursk region", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around two thousand North Korean soldiers had been killed in the fighting in Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "some 1,000 North Korean engineers had been deployed to Kursk to clear mines", False),
    ],
}

NOT = {
    "000": ["Four Russian landing ships and three escort vessels", "more than 13,000 containers of artillery shells",
            "four brigades", "between Oct. 8 and 13", "7.5 pct", "20 pct", "0.25 percentage point to 3.25 pct"],
    "001": ["some 6,000 kilometers (3,700 miles)", "more than 70 years", "North Korea's armed forces number about 1.2 million",
            "as many as 100,000 troops", "34 Ukrainian drones", "2 dead, 17 hurt"],
    "002": ["about 1,000 sq km (386 sq miles)", "World War Two"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "monitoring team of 2 officers", "2,442.01", "1,450 per dollar"],
    "005": ["Views 2184", "Russia lost 1,560 soldiers in past day", "total losses now 778,000", "59 of 78 drones", "UAH/USD 41.91"],
    "007": ["born in 2005", "born in 1999", "$81 a barrel", "6.5 trillion won"],
    "009": ["166 Shahed-type attack drones", "two Iskander-M ballistic missiles", "up to $500 billion",
            "41.6 hryvnias per dollar", "shot down 90 drones", "about 400 square kilometers", "$5/month"],
    "010": ["about 200 long-range artillery pieces", "1.2% to 6.7 tril. won", "2,556.61"],
    "012": ["send 1,000 sappers to the Kursk region", "5,000 military builders", "Population: about 1.08 million",
            "29,997 sq km", "about 530 km south of Moscow", "about 245 km", "1.4% in first quarter"],
    "014": ["120 days", "several thousand military construction workers were expected to follow",
            "62%", "728 trillion won"],
}

OFF = ["003", "006", "008", "013"]
DUP = {"011": "007"}

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed or wounded (Zelensky, reported 26 Dec 2024): same metric and period, three days apart"],
        ["002-1", "002-2", "11,000 North Korean soldiers in Kursk (Zelensky, 4 Nov) against around 8,000 in Kursk (Blinken, 31 Oct), in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "about 12,000 to be sent in all (NIS, 18 Oct) against about 10,000 sent so far (Pentagon, 28 Oct): a planned total against a running count"],
        ["001-1", "002-1", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky) a week later"],
        ["001-1", "002-2", "about 10,000 in Russia against around 8,000 in Kursk: arguably a part of the whole"],
        ["002-2", "002-3", "around 8,000 in Kursk against more than 10,000 sent to Russia in total: arguably a part of the whole"],
        ["002-2", "005-4", "around 8,000 in Kursk (early Nov) against about 11,000 sent in the autumn (26 Dec), seven weeks apart"],
        ["002-2", "009-1", "around 8,000 (Nov 2024) against roughly 11,000 sent last autumn (Feb 2025), months apart"],
        ["002-2", "012-1", "around 8,000 (Nov 2024) against between 10,000 and 12,000 (June 2025), months apart"],
        ["000-1", "010-4", "about 12,000 (Oct 2024) against about 15,000 in all (Apr 2025), months apart and after reinforcements"],
        ["001-3", "010-4", "up to 12,000 (Oct 2024) against about 15,000 (Apr 2025), months apart and after reinforcements"],
        ["002-1", "010-4", "11,000 (Nov 2024) against about 15,000 (Apr 2025), after reinforcements"],
        ["005-4", "010-4", "about 11,000 (Dec 2024) against about 15,000 (Apr 2025), after reinforcements"],
        ["009-1", "010-4", "roughly 11,000 sent last autumn against about 15,000 in all, two months later"],
        ["010-4", "012-1", "about 15,000 (NIS, Apr 2025) against older media figures of 10,000-12,000 relayed in June 2025"],
        ["005-4", "009-2", "about 11,000 against some 3,000 additional troops"],
        ["004-1", "010-3", "about 1,100 casualties (JCS, 23 Dec) against around 3,000 (NIS, January): weeks apart as the toll rose"],
        ["004-1", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a later cumulative figure"],
        ["004-3", "007-2", "some 1,000 wounded (NIS, 19 Dec) against around 2,700 (NIS, 13 Jan): the same agency's later count"],
        ["007-1", "010-2", "about 300 killed (Jan 2025) against some 600 (Apr 2025): a later cumulative figure"],
        ["007-1", "014-3", "about 300 killed (Jan 2025) against roughly 600 (April estimate): a later cumulative figure"],
        ["010-2", "014-2", "some 600 killed (Apr 2025) against around 2,000 (Sept 2025): a later cumulative figure"],
        ["007-1", "014-2", "about 300 killed (Jan 2025) against around 2,000 (Sept 2025): a later cumulative figure"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
