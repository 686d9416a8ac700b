#!/usr/bin/env python3
"""Gold labels for testdata/blind405 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind405: fifteen articles written for crosscheck in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the schema.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "South Korean military"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "roughly 1,500 soldiers have already been carried to the Russian Far East in a first batch", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "up_to",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "Washington"],
         "As many as 8,000 North Korean soldiers have now moved to Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand of the troops are already within artillery range of the front line", True),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to a thousand wounded", False),
        ("troops", "north_korea", 10000, None, "more_than", NIS,
         "more than 10,000 North Korean troops had been sent to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers sent to fight for Russia have suffered an estimated 1,100 casualties", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korea has lost more than 3,000 soldiers killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have some eleven thousand soldiers in the Kursk region", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE + ["Yonhap"],
         "about 300 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE + ["Yonhap"],
         "some 2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "about", HUR,
         "close to 1,000 North Korean soldiers have been killed in Kursk since early December", False),
        ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service of Ukraine", "Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Two North Korean soldiers captured by Ukrainian forces in the Kursk region", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["lawmakers"],
         "North Korea has shipped roughly 3,000 more soldiers to Russia since the start of the year", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["intelligence agency"],
         "About 4,700 North Korean soldiers, South Korea's intelligence agency told lawmakers Wednesday, have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["intelligence agency"],
         "among them around 600 who died", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "North Korea is believed to have sent 11,000 to 12,000 soldiers to Russia last autumn", False),
    ],
    "011": [],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 soldiers had been sent", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "around three thousand more followed in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "North Korean state media"],
         "nine members of the engineering regiment were killed during the mine-clearing mission", False),
        ("troops", "north_korea", 200, 900, "vague", ["unattributed"],
         "The regiment was believed to number several hundred soldiers", True),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine says it has captured two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["about 12,000 troops once the remaining units are shipped",
            "send up to 10,000 soldiers to fight for Russia",
            "four vessels were involved",
            "Seoul shares close 0.4 pct higher at 2,593.82",
            "Inflation slows to 1.6 pct in Sept., lowest in 3 1/2 years"],
    "002": ["more than 13,000 containers of artillery shells",
            "roughly 700 kilometers",
            "Army awards $1.2 billion deal for next-generation squad radios",
            "Space Force wants 20 more launches a year by 2027"],
    "003": ["240 mm multiple rocket launchers",
            "170 mm self-propelled guns",
            "Won falls to 1,453 against dollar, weakest since March 2009"],
    "005": ["170-mm self-propelled guns",
            "240-mm multiple rocket launchers",
            "Won sinks to 15-year low near 1,452 per dollar",
            "Hyundai Motor to invest 24.3 tril. won in Korea next year"],
    "006": ["155 mm artillery shells",
            "Russia Fires 78 Missiles and 106 Drones",
            "Azerbaijani Airliner Crashes in Kazakhstan, 38 Killed",
            "214 comments"],
    "007": ["born in 2005",
            "aged 26",
            "Russia launched 62 attack drones at Ukraine overnight",
            "shot down 42 of them",
            "Los Angeles wildfires: death toll rises to 24"],
    "009": ["more than 200 additional artillery guns",
            "1,443.10 per dollar",
            "Cuts Key Rate to 2.75%"],
    "010": ["the North's 1.2-million-strong military",
            "Gerasimov said on April 26"],
    "011": ["1,000 sappers to the Kursk Region",
            "5,000 military builders",
            "more than 1,800 residential buildings",
            "Russian Railways to add 3 new freight routes"],
    "013": ["spent 120 days clearing mines",
            "1,000 deminers and 5,000 military construction workers",
            "more than 1 million barrels of oil"],
}

OFF = ["001", "004", "008", "012"]
DUP = {"014": "006"}

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops: first batch, Kursk share, totals, reinforcements, months apart
for b in ["002-1", "002-2", "003-3", "006-2", "009-1", "010-3", "013-1", "013-2"]:
    m("000-1", b, "1,500 in the first batch (Oct 18, 2024) against a later or fuller troop figure")
for b in ["003-3", "006-2", "010-3", "013-1"]:
    m("002-1", b, "up to 8,000 in Kursk (Oct 31, 2024) against a total given weeks or months later")
for b in ["003-3", "006-2", "010-3"]:
    m("002-2", b, "about 10,000 in total (Oct 28, 2024) against a figure given weeks or months later")
for a in ["002-1", "002-2", "003-3", "006-2"]:
    for b in ["009-1", "013-2"]:
        m(a, b, "a total force against about 3,000 additional reinforcements")
for b in ["009-1", "013-2"]:
    m("010-3", b, "11,000-12,000 sent last autumn against about 3,000 additional reinforcements")
m("013-1", "013-2", "10,000-12,000 sent in 2024 against about 3,000 more sent in early 2025")
m("009-1", "013-1", "about 3,000 additional reinforcements against 10,000-12,000 sent in 2024")
# casualties months apart
m("005-1", "010-1", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative, four months apart")
# killed months apart
for a, b in [("007-1", "010-2"), ("007-3", "010-2"), ("007-1", "013-3"), ("007-3", "013-3"), ("010-2", "013-3")]:
    m(a, b, "cumulative death tolls given months apart")
for a in ["003-1", "007-1", "007-3", "010-2"]:
    m(a, "013-4", "nine deminers killed in late 2025 (a part, months later) against an earlier death toll")

conflicts = {
    "must": [
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded "
         "(Zelensky), both given on Dec 23, 2024, reported three days apart"],
        ["007-1", "007-3", "about 300 killed (South Korea's NIS) against close to 1,000 killed (Ukraine's HUR), "
         "the same week, in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
