#!/usr/bin/env python3
"""Gold labels for blind621 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind621: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers", "South Korean lawmaker", "South Korean lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "a large-scale force of around 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "a first contingent of about 1,500 special forces soldiers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about", ZEL, "About 11,000 North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "up to 12,000 North Korean soldiers were in Russia", False),
        ("troops", NK, 10000, None, "more_than", ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "Washington"],
         "more than 10,000 North Korean troops had been sent to eastern Russia", False),
        ("troops", NK, 200, 999, "vague", ["Andrii Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "There are hundreds of them in the combat zone already", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean troops have already lost more than three thousand men killed and wounded in Russia's Kursk region", False),
        ("casualties", NK, 30, None, "at_least", ["Defense Intelligence of Ukraine", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "005": [
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "US", "United States"],
         "suffered more than 1,000 killed and wounded in the past week", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean troops had been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "it estimated around 1,100 casualties among the North Korean soldiers", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "nearly 1,000 had been wounded", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 wounded while fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"] + NIS,
         "Ukraine had captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean troops are believed to have been sent to Russia since last autumn", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent some three thousand additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "raised its estimate of North Korean casualties in the war against Ukraine to around 4,000", False),
        ("casualties", NK, 1100, None, "about", JCS, "the JCS put the North's losses at about 1,100 killed and wounded", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops in the region since its incursion last August", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed"], "sent 11,000-12,000 soldiers to Russia last autumn", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"], "followed by several thousand reinforcements early this year", True),
        ("killed", NK, 1000, None, "at_least", ["Western officials"],
         "no fewer than 1,000 North Korean soldiers have been killed since the deployment began", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "Two North Korean soldiers captured by Ukraine in January", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has lost around 4,700 soldiers killed or wounded in Russia's war against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 dead", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "the National Intelligence Service put the death toll at about 300", False),
        ("troops", NK, 15000, None, "about", NIS_LEE, "the North had sent around 15,000 troops in total", False),
        ("wounded", NK, 200, 999, "vague", NIS_LEE, "Hundreds of the wounded have been flown back to Pyongyang for treatment", True),
    ],
    "012": [
        ("troops", NK, 15000, None, "about",
         ["South Korean and Western intelligence agencies", "South Korean intelligence", "Western intelligence", "South Korea"],
         "about 15,000 North Korean soldiers have been deployed to Russia since last fall", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["Intelligence agencies in Seoul, Kyiv and Washington", "South Korea", "Ukraine", "United States", "intelligence agencies"],
         "the North had sent between 10,000 and 12,000 troops", False),
        ("troops", NK, 11000, None, "exact", ["Ukraine"], "Ukraine said eleven thousand of them were in Kursk", False),
        ("troops", NK, 15000, None, "about", NIS, "reinforcements sent in early 2025 brought the total to about 15,000", False),
        ("killed", NK, 2000, None, "about", NIS, "about two thousand North Korean soldiers had been killed", False),
        ("killed", NK, 600, None, "exact", NIS, "its spring estimate of 600", False),
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "North Korea", "KCNA"],
         "nine members of an engineering regiment had died clearing mines", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "Ukraine holds two North Korean soldiers captured in January 2025", False),
    ],
}

NOT = {
    "000": ["Four Russian amphibious landing ships", "three escort vessels", "the 11th Corps", "between Oct. 8 and 13",
            "paras 3-8", "3 dead, 6 injured in multi-vehicle crash", "3.25 pct", "2,593.82", "2 inter-Korean roads"],
    "002": ["80th Air Assault Brigade", "hundreds of square kilometers", "10,000+ members", "Russia launches 96 drones",
            "downs 66", "3 min read"],
    "004": ["412 times", "1 person killed, 9 injured", "December 14-15", "23.12.2024 16:32"],
    "005": ["31 Shahed-type drones", "Twenty of them were shot down over eight regions", "11 more were \"lost\"",
            "DOW 42,992.21", "twice a week"],
    "006": ["aged 20 and 26", "36.87 million foreign visitors", "Jan 13, 2025 - 17:47"],
    "008": ["about 220 pieces of 170mm self-propelled guns", "240mm multiple rocket launchers",
            "several thousand more could follow in the coming months", "up to €800 billion",
            "'reassurance force' of several thousand troops", "27/03/2025 - 12:12 GMT+1"],
    "010": ["Article 4 of the mutual defense treaty", "June 2024", "May 6"],
    "011": ["in their early 20s", "about 28 trillion won ($20 billion)", "2,559.79", "1.2% to 6.7 tln won",
            "Over 2 million expected to travel"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 Sappers and Builders",
            "his third this year", "more than 150,000 residents", "at least 28 villages", "$2 $5 $10"],
    "014": ["1,000 deminers and 5,000 military builders", "around $20 billion"],
}

OFF = ["001", "003", "009", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["005-2", "005-3", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), given the same day, in one live blog"],
        ["004-1", "005-3", "more than 3,000 casualties (Zelensky, Dec 23) against around 1,100 (JCS, same day, reported Dec 27)"],
        ["010-4", "011-2", "no fewer than 1,000 killed (Western officials, Apr 28) against some 600 killed (NIS, briefed Apr 30, reported May 2)"],
    ],
    "may": [
        ["000-1", "002-1", "around 12,000 to be sent (NIS) against about 11,000 in Kursk (Zelensky) two weeks later"],
        ["000-1", "006-4", "around 12,000 (NIS, October) against some 11,000 (January)"],
        ["000-1", "014-2", "around 12,000 (NIS) against eleven thousand in Kursk (Ukraine), restated a year later"],
        ["004-1", "008-3", "more than 3,000 casualties (Zelensky) against 1,100 (JCS's December figure restated three months later)"],
        ["005-2", "008-3", "more than 3,000 casualties (Zelensky) against 1,100 (JCS's December figure restated three months later)"],
        ["008-2", "011-1", "around 4,000 casualties (JCS, March) against around 4,700 (NIS, May): a rising cumulative count"],
        ["005-3", "011-1", "1,100 casualties (JCS, December) against 4,700 (NIS, May): months apart"],
        ["008-3", "011-1", "1,100 casualties (JCS's December figure) against 4,700 (NIS, May): months apart"],
        ["010-4", "006-1", "no fewer than 1,000 killed (Western, April) against about 300 (NIS, January): months apart"],
        ["010-4", "011-3", "no fewer than 1,000 killed (Western, April) against NIS's January figure of about 300"],
        ["010-4", "014-5", "no fewer than 1,000 killed (Western, April) against NIS's spring estimate of 600, restated in December"],
    ],
}

# troop totals: the first force (10,000-12,000) against the total with reinforcements (15,000), and the
# additional 3,000 against any total, are "an additional force" cases: may, never must.
first = ["000-1", "002-1", "002-2", "006-4", "010-2", "014-1", "014-2"]
total = ["011-4", "012-1", "014-3"]
for a in first:
    for b in total:
        conflicts["may"].append([a, b, "the first force against the total including early-2025 reinforcements"])
for a in ["000-1", "002-1", "002-2", "002-3", "006-4", "010-2", "011-4", "012-1", "014-1", "014-2", "014-3"]:
    conflicts["may"].append(["008-1", a, "an additional 3,000 soldiers against a total force"])

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
