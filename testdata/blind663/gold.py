#!/usr/bin/env python3
"""Gold labels for testdata/blind663 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for the blind663 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
HUR = ["Andriy Yusov", "Yusov", "Defence Intelligence", "HUR", "Ukraine", "Ukrainian military intelligence"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "totaling about 12,000 troops, to help Russia in its war against Ukraine", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first group of about 1,500 special forces was moved from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "United States", "US"],
         "North Korea has sent a total of around 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 3000, None, "about", ["Pentagon", "United States", "US", "the department"],
         "A week earlier the department had said about 3,000 North Korean troops were in Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["U.S. defense official", "US official", "United States", "Pentagon"],
         "several thousand were believed to be within striking distance of the front", True),
        ("troops", NK, 12000, None, "up_to", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "up to 12,000 North Korean troops are being sent", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "North Korean troops fighting in Kursk have suffered around 1,100 casualties", False),
        ("casualties", NK, 200, 900, "vague", ["White House", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers are estimated to have died in battle against Ukrainian forces", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,700 are believed to have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea is believed to have sent about 11,000 soldiers to Russia's Kursk region since October", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "two North Korean soldiers had been captured by Ukrainian forces", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian special forces captured two North Korean soldiers in Kursk last week", False),
        ("killed", NK, 1000, None, "about", HUR,
         "about a thousand of them have been killed", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "North Korean losses in Kursk are now roughly four thousand killed and wounded", False),
        ("troops", NK, 11000, None, "about", HUR,
         "Roughly 11,000 North Korean soldiers came in the autumn", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has dispatched about 3,000 additional soldiers to Russia since the start of the year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "The JCS also estimated North Korea's casualties at about 4,000", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The first contingent, which arrived last autumn, numbered roughly 11,000", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea's losses stood at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and western officials", "South Korea", "western officials"],
         "11,000 to 12,000 North Korean soldiers were sent to Russia last autumn", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
         "Ukraine lost more than 76,000 troops during the Kursk campaign", False),
    ],
    "009": [],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "Some two thousand North Korean soldiers have now been killed in the fighting for Kursk", False),
        ("troops", NK, 200, 900, "vague", NIS,
         "Hundreds of North Korean soldiers are also believed to remain in Kursk clearing mines", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"],
         "North Korea sent between 10,000 and 12,000 soldiers in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more North Korean troops followed in early 2025", False),
        ("killed", NK, 2000, None, "about", NIS + ["Seoul"],
         "put the North Korean death toll at around 2,000", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers, both taken prisoner by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["Oct. 8 and 13", "four Russian amphibious vessels and three escort ships",
            "more than 13,000 containers", "2,593.94", "1,368.5 per dollar", "1 million copies in 6 days"],
    "001": ["the number has more than tripled in a week", "$6 billion", "155mm artillery rounds",
            "15 years", "6 a.m. ET", "$1.2 billion contract", "36 months behind schedule", "$25 billion boost"],
    "003": ["day 1,034", "59 Ukrainian drones", "seven regions", "up to four hours",
            "around 800 square kilometres", "1,000 days of war"],
    "004": ["Jan. 9", "born in 2005", "aged 26", "W10tr", "minus 12 C", "1,000 police officers", "3rd week"],
    "005": ["Jan. 11", "170mm Koksan", "240mm multiple rocket launchers", "about 120 Koksans", "$5 a month",
            "Russian Losses Pass 810,000", "Around 500 sq km", "14 comments"],
    "007": ["about 200 long-range artillery pieces", "1,433.1 per dollar", "0.3%", "$2.3 Billion",
            "2.75%", "$21 Billion"],
    "008": ["Pope Francis's funeral drew 250,000 people", "169 seats", "$15 per month", "28 April"],
    "009": ["1,000 deminers", "5,000 military construction workers", "The 6,000 personnel",
            "second visit to Pyongyang in two weeks", "adopted in 2017", "38,536.74", "10 artillery rounds"],
    "012": ["more than three times the spy agency's spring estimate", "150,000",
            "2 Billion Rubles", "€2 a month"],
    "014": ["1,000 deminers and 5,000 military builders", "Article 4", "June 2024 treaty",
            "2 new cruise missiles", "Dec. 10"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"011": "004"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 killed and wounded (Zelensky) against around 1,100 casualties "
                           "(South Korea's JCS), in the same live blog on the same day"],
        ["004-1", "005-2", "around 300 killed (South Korea's NIS, Jan 13) against about a thousand killed "
                           "(Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": [
        ["000-1", "001-1", "12,000 the North decided to send (NIS) against around 10,000 sent so far (Pentagon), 11 days apart"],
        ["000-1", "001-2", "12,000 decided (NIS) against about 3,000 in Russia a week before Oct 29 (Pentagon)"],
        ["001-2", "004-4", "about 3,000 in October against about 11,000 three months later"],
        ["001-2", "005-4", "about 3,000 in October against roughly 11,000 three months later"],
        ["001-2", "007-3", "about 3,000 in October against roughly 11,000 in the first contingent"],
        ["001-2", "008-4", "about 3,000 in October against 11,000-12,000 sent last autumn, six months later"],
        ["001-2", "014-1", "about 3,000 in October 2024 against 10,000-12,000, a year later"],
        ["000-1", "004-4", "about 12,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-1", "005-4", "about 12,000 (Oct) against roughly 11,000 (Jan), months apart"],
        ["000-1", "007-3", "about 12,000 (Oct) against roughly 11,000 (Feb), months apart"],
        ["001-1", "004-4", "around 10,000 (Oct) against about 11,000 (Jan), months apart"],
        ["001-1", "005-4", "around 10,000 (Oct) against roughly 11,000 (Jan), months apart"],
        ["001-1", "007-3", "around 10,000 (Oct) against roughly 11,000 (Feb), months apart"],
        ["001-1", "008-4", "around 10,000 (Oct) against 11,000-12,000 (Apr), months apart"],
        ["007-1", "000-1", "an additional 3,000 against the 12,000 total"],
        ["007-1", "001-1", "an additional 3,000 against the 10,000 total"],
        ["007-1", "004-4", "an additional 3,000 against the 11,000 first contingent"],
        ["007-1", "005-4", "an additional 3,000 against the 11,000 first contingent"],
        ["007-1", "007-3", "an additional 3,000 against the 11,000 first contingent"],
        ["007-1", "008-4", "an additional 3,000 against 11,000-12,000 sent last autumn"],
        ["014-2", "014-1", "3,000 more against 10,000-12,000 sent in autumn 2024"],
        ["014-2", "000-1", "3,000 more against the 12,000 total"],
        ["014-2", "001-1", "3,000 more against the 10,000 total"],
        ["014-2", "004-4", "3,000 more against the 11,000 first contingent"],
        ["014-2", "005-4", "3,000 more against the 11,000 first contingent"],
        ["014-2", "007-3", "3,000 more against the 11,000 first contingent"],
        ["014-2", "008-4", "3,000 more against 11,000-12,000"],
        ["003-2", "005-3", "1,100 casualties (JCS, Dec 23) against roughly 4,000 (HUR, Jan 16): a cumulative figure three weeks apart"],
        ["003-2", "007-2", "1,100 casualties (Dec) against about 4,000 (Feb), both JCS: a later rise"],
        ["003-2", "008-1", "1,100 casualties (Dec) against about 4,700 (Apr): a later rise"],
        ["005-3", "008-1", "roughly 4,000 casualties (Jan) against about 4,700 (Apr), months apart"],
        ["007-2", "008-1", "about 4,000 casualties (Feb, JCS) against about 4,700 (Apr, NIS): a later rise in a cumulative figure"],
        ["004-1", "008-2", "300 killed (Jan) against 600 (Apr), both NIS: a later rise"],
        ["004-1", "012-1", "300 killed (Jan) against 2,000 (Sep), both NIS: a later rise"],
        ["004-1", "014-3", "300 killed (Jan) against 2,000 (Sep), both NIS: a later rise"],
        ["005-2", "008-2", "about 1,000 killed (HUR, Jan) against 600 (NIS, Apr), months apart"],
        ["005-2", "012-1", "about 1,000 killed (Jan) against 2,000 (Sep), months apart"],
        ["005-2", "014-3", "about 1,000 killed (Jan) against 2,000 (Sep), months apart"],
        ["008-2", "012-1", "600 killed (Apr) against 2,000 (Sep), both NIS: a later rise"],
        ["008-2", "014-3", "600 killed (Apr) against 2,000 (Sep), both NIS: a later rise"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
