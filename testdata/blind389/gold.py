#!/usr/bin/env python3
"""Gold labels for testdata/blind389 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind389: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea's intelligence agency",
       "South Korea", "Seoul", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Oleksandr Syrskyi"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Russian navy transport vessels carried about 1,500 North Korean special forces", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "US Department of Defense", "United States", "Washington"],
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "at_least",
         ["John Kirby", "White House", "United States", "Washington"],
         "at least 3,000 North Korean troops had arrived in Russia in early to mid-October", False),
        ("troops", "north_korea", 500, None, "about", NIS,
         "the contingent includes about 500 officers and three generals", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 North Korean soldiers have also been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "The agency puts North Korea's overall casualties at around 1,100", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed or wounded in Kursk Oblast had passed 3,000", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean losses since the troops entered combat in December stood at about 1,100 killed and wounded", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukrainian and Western officials", "Ukrainian officials", "Western officials", "Ukraine"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded in Russia's Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces captured two wounded North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang deployed roughly eleven thousand soldiers to help Russia push Ukrainian forces out of Kursk", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "the North's losses in the fighting so far total around 4,000 killed and wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "The reinforcements join roughly 11,000 soldiers that Pyongyang dispatched last autumn", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "The enemy's losses over the course of the fighting in the Kursk Region amounted to more than 76,000 servicemen", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean soldiers have been sent to Russia in all", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["Western intelligence", "Western intelligence sources", "BBC"],
         "put the number of North Korean dead at 1,000 or more in the first three months of the year alone", False),
    ],
    "012": [
        ("troops", "north_korea", 15000, None, "about",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "the roughly 15,000 combat troops South Korea's intelligence service says Pyongyang has sent to Russia", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of their comrades died during a 120-day mission", False),
        ("troops", "north_korea", 10000, None, "more_than",
         ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "North Korea has sent more than 10,000 troops to Russia since the autumn of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 of them had been killed", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["South Korean officials", "South Korea"],
         "Several thousand North Korean soldiers are still believed to be in Russia", True),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers organized into four brigades", "between Oct. 8 and 13",
            "roughly 4,000 square meters", "about 1.2 million active-duty troops",
            "more than 13,000 containers", "1,369.8 against U.S. dollar", "2.3 tln won"],
    "002": ["three generals", "32 members", "roughly 6,000 kilometers from the front line", "82mm mortars",
            "$175 billion", "152mm and 122mm shells", "$1.2 billion", "18 more F-16s", "355-ship"],
    "003": ["Watch video 1:38", "1.2% annualized"],
    "004": ["at least 50 Koksan 170mm self-propelled guns", "around 20 M1991 240mm multiple rocket launchers",
            "kills 1, injures 12", "$5 a month", "1940s victims"],
    "007": ["one aged 20 and the other 26", "58 of the 96 drones", "another 37", "three Iskander-M ballistic missiles",
            "Comments (418)"],
    "008": ["about 200 long-range artillery pieces", "Thousands march in Belgrade"],
    "010": ["more than 7,700 pieces of weaponry", "over 400 tanks", "August 6, 2024",
            "more than 1,200 square kilometers", "82.5 per dollar", "Over 60 Ukrainian drones"],
    "011": ["at least 400", "groups of 10 to 20", "$20 billion", "Two North Korean prisoners held in Ukraine"],
    "012": ["1,000 military deminers", "5,000 military construction workers", "6,000 engineers and builders",
            "more than 12 million artillery shells", "about 200 long-range guns", "38,536.74",
            "several hundred square kilometers", "100,000 cars"],
    "014": ["1,000 deminers and 5,000 military construction workers", "a 120-day mission",
            "NIS: about 2,000 North Korean soldiers killed fighting for Russia", "2026 nuclear planning talks"],
}

OFF = ["001", "006", "009", "013"]
DUP = {"005": "008"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day, in one article"],
        ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19-20) against more than 3,000 (Zelensky, Dec 23), three days apart"],
        ["011-2", "011-4", "about 600 killed (NIS, Apr 30) against 1,000 or more killed in January-March alone (Western intelligence via the BBC), in one article"],
    ],
    "may": [
        # troops: the first 1,500 against later totals (weeks to months later, a first shipment)
        ["000-1", "002-1", "1,500 first shipment (Oct 18) against about 10,000 eleven days later"],
        ["000-1", "002-2", "1,500 (Oct 18) against at least 3,000 five days later"],
        ["000-1", "004-3", "1,500 (Oct) against 10,000-12,000 two months later"],
        ["000-1", "007-4", "1,500 (Oct) against 11,000 three months later"],
        ["000-1", "008-1", "1,500 (Oct) against 3,000 reinforcements months later"],
        ["000-1", "008-3", "1,500 (Oct) against 11,000 months later"],
        ["000-1", "011-3", "1,500 (Oct) against 15,000 six months later"],
        ["000-1", "012-1", "1,500 (Oct) against 15,000 eight months later"],
        ["000-1", "014-2", "1,500 (Oct 2024) against more than 10,000 (Dec 2025)"],
        ["002-1", "007-4", "10,000 (Oct) against 11,000 (Jan), months apart"],
        ["002-1", "008-3", "10,000 (Oct) against 11,000 (Feb), months apart"],
        ["002-1", "011-3", "10,000 (Oct) against 15,000 incl. reinforcements (Apr)"],
        ["002-1", "012-1", "10,000 (Oct) against 15,000 (Jun)"],
        ["002-1", "008-1", "10,000 against an additional 3,000"],
        ["004-3", "008-1", "10,000-12,000 against an additional 3,000"],
        ["004-3", "011-3", "10,000-12,000 (Dec) against 15,000 incl. reinforcements (Apr)"],
        ["004-3", "012-1", "10,000-12,000 (Dec) against 15,000 (Jun)"],
        ["007-4", "008-1", "11,000 against an additional 3,000"],
        ["007-4", "011-3", "11,000 (Jan) against 15,000 incl. reinforcements (Apr)"],
        ["007-4", "012-1", "11,000 (Jan) against 15,000 (Jun)"],
        ["008-1", "008-3", "an additional 3,000 against the 11,000 sent earlier"],
        ["008-1", "011-3", "an additional 3,000 against 15,000 in all"],
        ["008-1", "012-1", "an additional 3,000 against 15,000 in all"],
        ["008-1", "014-2", "an additional 3,000 against more than 10,000 in all"],
        ["008-3", "011-3", "11,000 sent last autumn against 15,000 in all (incl. reinforcements)"],
        ["008-3", "012-1", "11,000 sent last autumn against 15,000 in all"],
        # casualties: cumulative estimates rising over months
        ["003-3", "008-2", "1,100 (Dec) against 4,000 (Feb): cumulative figure, two months later"],
        ["003-3", "011-1", "1,100 (Dec) against 4,700 (Apr): cumulative figure, months later"],
        ["004-2", "008-2", "1,100 (Dec) against 4,000 (Feb): cumulative figure, two months later"],
        ["004-2", "011-1", "1,100 (Dec) against 4,700 (Apr): cumulative figure, months later"],
        ["008-2", "011-1", "update: 4,000 (JCS, Feb 27) rising to 4,700 (NIS, Apr 30), cumulative"],
        # killed / wounded: cumulative estimates rising over weeks and months
        ["003-2", "007-2", "wounded: 1,000 (Dec 19) against 2,700 (Jan 13), cumulative, weeks later"],
        ["007-1", "011-2", "killed: 300 (Jan) rising to 600 (Apr), cumulative update"],
        ["007-1", "011-4", "killed: 300 (Jan 13) against 1,000 or more over January-March"],
        ["007-1", "014-3", "killed: 300 (Jan) against 2,000 (Sept)"],
        ["011-2", "014-3", "killed: 600 (Apr) rising to 2,000 (Sept)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
