#!/usr/bin/env python3
"""Gold labels for blind410 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind410/articles, fifteen articles written in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskiy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea has decided to send around 12,000 troops, organized into four brigades, to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first batch of some 1,500 special operations forces left the North's east coast", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 200, 900, "vague", HUR,
         "the contingent includes several hundred officers", True),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
         "At least 100 of them have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "Close to a thousand more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "bringing the North's losses to roughly 1,100 in all", False),
    ],
    "003": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"],
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "The North sent some 11,000-12,000 soldiers to Russia in the autumn", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", ["Lee Seong-kweun", "South Korean lawmaker"] + NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", ["Lee Seong-kweun", "South Korean lawmaker"] + NIS,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", ["Lee Seong-kweun"] + NIS,
         "That would put North Korea's combined losses at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Ukraine", "Security Service of Ukraine", "SBU", "Zelenskiy", "Zelensky"],
         "its forces had captured two wounded North Korean soldiers in Kursk", False),
        ("casualties", "north_korea", 4000, None, "more_than", HUR + ["HUR spokesman"],
         "More than 4,000 North Koreans have been killed or wounded since they joined the fighting", False),
    ],
    "007": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["US and South Korean officials", "US", "United States", "South Korea", "South Korean officials"],
         "The first wave was put at up to 12,000 by US and South Korean officials", False),
        ("troops", "north_korea", 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's Joint Chiefs of Staff"],
         "Pyongyang had followed up with some three thousand more", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "losses have run into the thousands", True),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine holds two North Korean soldiers, both captured in January", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
         "some 11,000 of them, Seoul says, arrived in Russia last autumn", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "600 or so of them fatally", False),
        ("killed", "north_korea", 1000, None, "at_least", ["Western officials", "Western intelligence", "BBC"],
         "at least 1,000 North Koreans killed in a three-month stretch alone", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "Roughly 11,000 North Korean soldiers are still stationed in Kursk region", False),
    ],
    "012": [
        ("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "KCNA", "Korean Central News Agency", "North Korea"],
         "Nine of the sappers died during the three-month mine-clearing mission", False),
        ("killed", "north_korea", 2000, None, "about", ["Park Sun-won"] + NIS,
         "about 2,000 North Korean soldiers have been killed since the deployment began last autumn", False),
        ("casualties", "north_korea", 6000, None, "about",
         ["Ministry of Defence", "Britain's Ministry of Defence", "UK Ministry of Defence", "Britain", "UK",
          "British intelligence"],
         "estimated that the North had suffered around 6,000 casualties in the Kursk operation", False),
    ],
}

NOT = {
    "000": ["four brigades", "Oct. 8 and 13", "four Russian landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "2 inter-Korean roads",
            "BTS' Jin to meet 2,000 fans", "KOSPI 2,593.82", "USD/KRW 1,369.10"],
    "001": ["as many as 100,000 soldiers", "60 mm mortars", "roughly 600 square kilometers",
            "Russian losses in Ukraine pass 700,000", "a team of 55 journalists", "$5 a month",
            "2 oil depots", "14 comments"],
    "002": ["in their late teens and 20s", "8.7 trillion yen", "54,000 U.S. troops", "Dec. 19, 2024"],
    "003": ["about 100 U.S. soldiers", "Two questions on North Korea", "$425 million package",
            "$4.3 billion in presidential drawdown authority"],
    "005": ["Russia loses another 1,580 soldiers and 12 tanks", "52 of 78 Russian drones",
            "€50bn G7 loan", "On 21 December"],
    "006": ["a 20-year-old rifleman", "the other was 26", "Kospi ends 1.04% lower", "15-year low"],
    "007": ["Russia masses 50,000 troops to retake Kursk", "roughly three weeks",
            "hundreds of millions to several billion dollars", "2nd year in a row"],
    "008": ["Russia says it shot down 115 Ukrainian drones", "2,200-kilometer highway", "€5",
            "three-month stretch"],
    "010": ["1,000 sappers to clear mines", "5,000 military construction workers",
            "6,000 builders and deminers", "North Korea to send 6,000 workers to Kursk",
            "more than 12m artillery shells", "440 drones and 32 missiles", "428 of the drones",
            "C$2bn in new military aid", "hundreds of drones"],
    "012": ["80th founding anniversary", "Seoul apartment prices up 0.58%", "3 in 10 young Koreans",
            "three-month mine-clearing mission"],
}

OFF = ["004", "009", "011", "014"]
DUP = {"013": "005"}

must = [
    ["002-3", "005-1", "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                       "killed and wounded (Zelensky, Dec 23), four days apart"],
    ["006-3", "006-5", "around 3,000 casualties (NIS) against more than 4,000 (HUR), the same weekend, one article"],
    ["008-3", "008-4", "about 600 killed (NIS) against at least 1,000 killed in three months alone "
                       "(Western officials via the BBC), one article"],
]

may = [
    # troops: first-wave figures a few weeks apart, different scopes (decided/sent to Russia/in Kursk)
    ["000-1", "003-1", "about 12,000 decided (NIS, Oct 18) against approximately 10,000 sent so far (Pentagon, Oct 28)"],
    ["000-1", "001-1", "about 12,000 to Russia (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 4)"],
    ["003-1", "001-1", "approximately 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk a week later"],
    ["003-1", "005-2", "approximately 10,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
    ["003-1", "008-1", "approximately 10,000 (Oct 2024) against some 11,000 (Apr 2025), months apart"],
    ["003-1", "010-1", "approximately 10,000 (Oct 2024) against roughly 11,000 still in Kursk (Jun 2025)"],
    ["000-1", "008-1", "about 12,000 (Oct 2024) against some 11,000 (Apr 2025), months apart"],
    ["000-1", "010-1", "about 12,000 (Oct 2024) against roughly 11,000 still in Kursk (Jun 2025)"],
    # an additional force
    ["007-2", "007-1", "some three thousand more: an additional force, against up to 12,000 in the first wave"],
    ["007-2", "000-1", "an additional 3,000 against the first 12,000"],
    ["007-2", "001-1", "an additional 3,000 against 11,000"],
    ["007-2", "003-1", "an additional 3,000 against 10,000"],
    ["007-2", "005-2", "an additional 3,000 against 11,000-12,000"],
    ["007-2", "008-1", "an additional 3,000 against 11,000"],
    ["007-2", "010-1", "an additional 3,000 against 11,000"],
    # casualties: cumulative figures weeks or months apart
    ["002-3", "006-3", "NIS: about 1,100 (Dec 19) rising to around 3,000 (Jan 13), cumulative, weeks apart"],
    ["002-3", "006-5", "1,100 (Dec 19) against more than 4,000 (Jan 13), weeks apart"],
    ["002-3", "008-2", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
    ["002-3", "012-3", "1,100 (Dec 2024) against 6,000 (Sep 2025), months apart"],
    ["005-1", "006-3", "more than 3,000 (Dec 23) against around 3,000 (Jan 13)"],
    ["006-3", "008-2", "NIS: around 3,000 (Jan) rising to 4,700 (Apr), cumulative update"],
    ["006-3", "012-3", "around 3,000 (Jan) against around 6,000 (Sep), months apart"],
    ["008-2", "012-3", "4,700 (Apr) against 6,000 (Sep), cumulative, months apart"],
    # killed: cumulative figures months apart
    ["006-1", "008-3", "NIS: about 300 killed (Jan) rising to about 600 (Apr)"],
    ["006-1", "008-4", "about 300 killed (Jan) against at least 1,000 (Apr)"],
    ["006-1", "012-2", "about 300 killed (Jan) against about 2,000 (Sep)"],
    ["008-3", "012-2", "about 600 killed (Apr) against about 2,000 (Sep)"],
    # wounded: cumulative, weeks apart
    ["002-2", "006-2", "close to 1,000 wounded (Dec 19) rising to 2,700 (Jan 13)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
