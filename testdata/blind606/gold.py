#!/usr/bin/env python3
"""Gold labels for testdata/blind606 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind606 articles (fifteen articles written for crosscheck in our own words, "
         "labelled blind). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine", "Syrskyi"]
GS = ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS, "around 12,000 in four brigades", False),
        ("troops", "north_korea", 1500, None, "about", NIS, "Some 1,500 special forces soldiers were carried in the first lift", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "Around 11,000 North Korean soldiers have now reached Russia's Kursk Oblast", False),
        ("troops", "north_korea", 200, 900, "vague", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine"],
         "Hundreds of North Korean officers had come with them", True),
        ("casualties", "russia", 705160, None, "exact", GS,
         "Russia has lost 705,160 troops in Ukraine since the start of its full-scale invasion", False),
        ("casualties", "russia", 1340, None, "exact", GS,
         "The figure includes 1,340 casualties that Russian forces suffered over the past day", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "with at least 100 soldiers killed since they were sent into combat in the Kursk region this month", False),
        ("wounded", "north_korea", 1000, None, "about", NIS, "Some 1,000 others had been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "That brings the North's casualty toll, by the agency's reckoning, to about 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "North Korea is believed by the NIS to have sent about 11,000 soldiers to Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "it estimated North Korean casualties at about 1,100, both dead and wounded", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service of Ukraine", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("troops", "north_korea", 10000, 12000, "range", ["United States", "South Korea", "Ukraine", "U.S."],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS, "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS, "about 2,700 wounded in fighting in Russia's western Kursk region", False),
        ("killed", "north_korea", 100, None, "at_least", NIS, "at least 100 had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Zelenskyy", "Zelensky"] + NIS,
         "Ukraine had captured two North Korean soldiers over the weekend", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 soldiers to Russia late last year", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has shipped some three thousand more soldiers to Russia this year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean forces have suffered roughly 4,000 casualties since they entered combat late last year", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "About 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties in all, including those deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "Pyongyang has sent around 15,000 troops in total", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["analysts"],
         "Several thousand North Korean soldiers had been thrown into frontline assaults", True),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korea", "South Korean intelligence"],
         "North Korea sent 11,000-12,000 soldiers to fight in the Kursk region last fall", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 North Korean soldiers had been killed in the fighting", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["Western and South Korean estimates", "Western", "South Korea", "unattributed"],
         "some eleven thousand soldiers", False),
        ("troops", "north_korea", 3000, None, "about", ["Western and South Korean estimates", "Western", "South Korea", "unattributed"],
         "Roughly 3,000 more followed in January and February as replacements", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "put total North Korean casualties at more than 6,000", False),
        ("killed", "north_korea", 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea", "Pyongyang"],
         "having lost nine of its soldiers to the work", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captures two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["Oct. 8 and 13", "about 300 kilometers", "more than 13,000 containers", "over 8 million rounds",
            "Defector numbers fall to 105 in Q3", "2,593.82", "Nov. 15"],
    "001": ["Key developments on Nov. 5", "Feb. 24, 2022", "9,256 tanks", "18,805 armored fighting vehicles",
            "20,180 artillery systems", "63 Shahed-type attack drones", "three Iskander-M ballistic missiles",
            "shot down 41 drones over nine oblasts", "20 others were \"locationally lost,\"",
            "7,000 North Korean troops moved toward Ukraine's border"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Won slides past 1,450 per dollar", "lows of minus 10 degrees"],
    "004": ["day 1,035", "240mm rocket launchers", "170mm self-propelled guns", "59 Ukrainian drones",
            "1 January", "2,000 Christmas trees"],
    "005": ["born in 2005 and joined the army in 2021", "born in 1999 and enlisted in 2016",
            "several hundred square kilometers"],
    "007": ["N. Korea missile flew 1,100 km"],
    "008": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "thousands more could follow if Moscow asked",
            "1,444.70 per dollar", "25% Tariffs", "$1.5 Billion Crypto Heist"],
    "010": ["Article 4 of the mutual defence treaty", "June 2024", "April 26", "5,000-tonne destroyer"],
    "012": ["1,000 sappers to Russia", "5,000 military builders", "Send 6,000 Sappers and Military Builders",
            "August 2024", "thousands of homes were damaged"],
    "014": ["1,000 sappers and 5,000 military builders", "about 120 days", "as much as $20 billion",
            "Shoigu announces 6,000 engineers and builders", "50,168.11"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"009": "005"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelenskyy) against about 1,100 (South Korea's JCS), "
                           "both given on 23 December 2024, in the same article"],
        ["003-3", "004-1", "about 1,100 casualties (NIS, 19 December 2024) against more than 3,000 (Zelenskyy, 23 December), "
                           "four days apart"],
    ],
    "may": [
        # troops: about 12,000 (Oct) against about 11,000 (Nov onward): close estimates weeks or months apart
        ["000-1", "001-1", "about 12,000 (NIS, 18 Oct) against about 11,000 (Budanov, 5 Nov): overlapping estimates, weeks apart"],
        ["000-1", "003-4", "about 12,000 (NIS, Oct) against about 11,000 (NIS, Dec): two months apart"],
        ["000-1", "007-4", "about 12,000 (Oct) against about 11,000 (Jan): three months apart"],
        ["000-1", "014-1", "about 12,000 (Oct 2024) against some eleven thousand (Dec 2025 retrospective)"],
        # troops: about 15,000 in total including reinforcements (Apr 2025) against the first force
        ["000-1", "010-3", "12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025), months apart"],
        ["001-1", "010-3", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025), months apart"],
        ["003-4", "010-3", "11,000 (Dec 2024) against 15,000 in total including reinforcements (Apr 2025), months apart"],
        ["005-2", "010-3", "10,000-12,000 (Jan 2025) against 15,000 in total (Apr 2025), months apart"],
        ["007-4", "010-3", "11,000 sent late last year (Jan 2025) against 15,000 in total (Apr 2025), months apart"],
        ["010-3", "012-1", "15,000 in total (Apr) against 11,000-12,000 sent last fall (Jun): total against first wave"],
        ["010-3", "014-1", "15,000 in total (Apr) against some eleven thousand in the first wave (Dec)"],
        # casualties: a cumulative count that rises over the months (updates)
        ["003-3", "008-2", "about 1,100 (Dec) against about 4,000 (Feb): cumulative count rising, two months apart"],
        ["004-2", "008-2", "about 1,100 (Dec) against about 4,000 (Feb): cumulative count rising, two months apart"],
        ["003-3", "010-2", "about 1,100 (Dec) against about 4,700 (Apr): update months later"],
        ["004-2", "010-2", "about 1,100 (Dec) against about 4,700 (Apr): update months later"],
        ["008-2", "010-2", "about 4,000 (Feb) against about 4,700 (Apr): later rise in a cumulative count"],
        ["003-3", "014-4", "about 1,100 (Dec 2024) against more than 6,000 (UK, 2025)"],
        ["004-2", "014-4", "about 1,100 (Dec 2024) against more than 6,000 (UK, 2025)"],
        ["008-2", "014-4", "about 4,000 (Feb) against more than 6,000 (UK, later in 2025)"],
        ["010-2", "014-4", "about 4,700 (Apr) against more than 6,000 (UK, later in 2025)"],
        # killed: cumulative deaths rising
        ["007-1", "010-1", "about 300 killed (Jan) against about 600 (Apr): update months later"],
        ["007-1", "012-2", "about 300 killed (Jan) against about 600 (NIS April figure, restated in June)"],
        ["007-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["010-1", "014-3", "about 600 killed (Apr) against about 2,000 (Sep): update months later"],
        ["012-2", "014-3", "about 600 killed (Apr figure) against about 2,000 (Sep)"],
        # wounded: cumulative wounded rising
        ["003-2", "007-2", "about 1,000 wounded (19 Dec) against about 2,700 (13 Jan): cumulative count rising, weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
