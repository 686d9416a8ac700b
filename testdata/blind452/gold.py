#!/usr/bin/env python3
"""Labels for blind452 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind452: 15 articles written for crosscheck in our own words about the real reporting on "
         "North Korean troops in Russia's Kursk region (October 2024 - December 2025); labelled blind.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is in the process of sending four brigades, some 12,000 troops in total", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Around 1,500 special operations troops were carried from areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "several hundred North Korean soldiers lined up at a training ground in Ussuriysk", True),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "State Department"],
         "About 8,000 North Korean soldiers are now positioned in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States"],
         "the roughly 10,000 soldiers the Pentagon says North Korea has sent to Russia so far", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers, including 500 officers, are being prepared for combat", False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "including 500 officers, are being prepared for combat at five bases in the Russian Far East", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "there are already 11,000 of them in the Kursk region", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 others have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the North began sending what the agency has put at roughly 11,000 troops to Russia in October", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded over the weekend in assaults on three villages", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korean soldiers fighting for Russia in the Kursk region had suffered more than 3,000 dead and wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "the Joint Chiefs of Staff estimated that around 1,100 North Korean troops had been killed or wounded", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "United States", "South Korea"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia in October and November", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed and 2,700 wounded since they joined the fighting", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed and 2,700 wounded since they joined the fighting", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian soldiers had captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 200, 999, "vague", ["Ukrainian special forces officer", "Ukraine", "Guardian"],
         "his unit had faced hundreds of North Korean infantrymen in a single assault", True),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "North Korea is thought to have sent 11,000-12,000 soldiers to Russia last autumn", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 North Korean soldiers dispatched to Russia in October and November of last year", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine, which has said it captured two North Korean soldiers in January", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "some 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "among them around 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 soldiers have been sent to Russia in successive waves since the autumn", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", HUR + ["Kyrylo Budanov"],
         "roughly 11,000 North Korean troops remain in the Kursk region", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "put the number of North Korean dead at about 600", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Russia's Defense Ministry", "Defense Ministry", "Russia", "Moscow"],
         "Ukraine lost more than 76,000 servicemen killed and wounded during the Kursk operation", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Pyongyang"],
         "KCNA said nine members of the unit had died during the mission", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 North Korean troops were sent to Russia for combat duty", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand North Korean troops remain in the Kursk region", True),
    ],
}

NOT = {
    "000": ["four Russian amphibious ships and three escort vessels", "some 87 fighter pilots to North Vietnam",
            "between Oct. 8 and 13", "KOSPI at 2,593.91", "1,368.2 per dollar", "fan event with 1,000 ARMY"],
    "001": ["several thousand more could follow", "a $425 million package", "155 mm howitzers",
            "downed 45 of 62 drones", "took two more villages", "visits 3 allies in a week", "five bases in the Russian Far East"],
    "003": ["Russian losses in Ukraine reach 703,990, including 1,250 over past day", "62 of 96 Russian drones",
            "more than 1,000 square kilometers"],
    "004": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Won hits 1,450 against dollar",
            "over 2 special counsel bills", "Over 3 million flock to year-end light festival"],
    "005": ["Vanuatu quake: death toll rises to 14", "security stepped up in 3 German cities"],
    "007": ["shot down 54 of 103 Russian drones", "another 45 were \"lost\"", "born in 2005", "The other, 26",
            "LA fires: 24 dead", "I tried 7 winter coats", "from just £2 a month"],
    "009": ["around 220 170-mm self-propelled guns", "200 long-range multiple rocket launchers", "KOSPI 2,641.09",
            "USD/KRW 1,443.60", "exports rise 1% in February"],
    "011": ["June 2024", "two days after", "mark 60 years of relations", "4 min read"],
    "012": ["send 1,000 deminers and 5,000 military builders", "will send 6,000 sappers and builders",
            "nine-month incursion", "3 soldiers' wives", "stopped publishing 40 indicators"],
    "014": ["1,000 deminers along with 5,000 military builders", "a 120-day mission", "Share full article 214",
            "Read 126 comments", "Section A, Page 8", "in at least two waves"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"008": "003"}

conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 already in Kursk "
                           "(Zelensky, Nov 4 address), five days apart"],
        ["005-1", "005-2", "more than 3,000 killed and wounded (Zelensky) against around 1,100 (South Korea's JCS), "
                           "the same day, in one article"],
    ],
    "may": [
        ["000-1", "001-2", "some 12,000 being sent (NIS, Oct 18) against roughly 10,000 sent so far (Pentagon, Oct 31): "
                           "a deployment in progress"],
        ["001-2", "003-1", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelensky), days apart"],
        ["000-1", "004-3", "some 12,000 (Oct) against roughly 11,000 (Dec), both NIS, two months apart"],
        ["001-1", "004-3", "8,000 in Kursk (Oct 31) against roughly 11,000 sent to Russia (Dec 19): a part, weeks apart"],
        ["001-2", "007-5", "about 10,000 (Oct 2024) against 11,000-12,000 (Jan 2025), months apart"],
        ["009-1", "009-2", "some three thousand additional soldiers against the 11,000 sent last year"],
        ["004-3", "009-1", "roughly 11,000 (Dec) against some three thousand additional soldiers (Feb)"],
        ["007-5", "009-1", "11,000-12,000 (Jan) against some three thousand additional soldiers (Feb)"],
        ["004-3", "011-3", "roughly 11,000 (Dec 2024) against about 15,000 in successive waves (Apr 2025)"],
        ["009-2", "011-3", "11,000 sent last autumn against about 15,000 in all, two months later"],
        ["001-1", "012-1", "8,000 in Kursk (Oct 2024) against 11,000 remaining in Kursk (Jun 2025), months apart"],
        ["005-2", "011-1", "around 1,100 (JCS, Dec 2024) against some 4,700 (NIS, Apr 2025): a cumulative count months later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
