#!/usr/bin/env python3
"""Gold labels for testdata/blind590 (written and labelled blind). python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind590: fifteen articles written in our own words about the "
         "North Korean deployment to Russia's Kursk region, labelled blind. Same schema as corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
US = ["Sabrina Singh", "Pentagon", "US Defense Department", "Defense Department", "United States", "US", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
UK = ["Britain's Defense Ministry", "U.K. Defense Ministry", "UK Ministry of Defence", "Defense Ministry", "Britain", "United Kingdom", "UK"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russian Defense Ministry", "Russia"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "is sending a total of around 12,000 soldiers in four brigades", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "about 1,500 of them have already reached the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", US,
         "about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "some 8,000 of them had by now moved into Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukraine's intelligence services"],
         "now counted 11,000 North Korean soldiers in the Kursk region", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the North has suffered roughly 1,100 casualties in all", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent some eleven thousand troops to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region of Russia have passed three thousand killed and wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops are now in Russia's Kursk region", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["intelligence committee"],
         "the agency's assessment of total casualties has risen to around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
         "Ukraine has captured two North Korean soldiers", False),
    ],
    "005": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has dispatched roughly 3,000 more troops to Russia this year", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "Seoul puts the North's original contingent at about 11,000 soldiers", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "some 4,000 have been killed or wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including roughly 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has dispatched about 15,000 troops to Russia in total", False),
        ("casualties", "north_korea", 6000, None, "about", UK,
         "North Korean forces had suffered around 6,000 casualties in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "the more than 10,000 combat troops Pyongyang has already sent to Russia", False),
        ("casualties", "north_korea", 2000, 9999, "vague", NIS,
         "Seoul's spy agency has counted several thousand North Korean casualties", True),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than", GER,
         "the Ukrainian army's losses over the course of the operation had exceeded 76,000 servicemen killed and wounded", False),
        ("captured", "ukraine", 200, 900, "vague", GER,
         "Several hundred Ukrainian servicemen who found themselves encircled", True),
    ],
    "009": [
        ("troops", "north_korea", 12000, None, "up_to", ["Western and South Korean officials", "Western", "South Korea", "Seoul"],
         "Western and South Korean officials put its size at up to 12,000 soldiers", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "the total had reached about 15,000", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "the figure had risen to about 2,000", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state news agency"],
         "The engineering regiment itself lost nine of its members during its 120-day mission", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine says it still holds the two North Korean soldiers it captured in January", False),
    ],
}

NOT = {
    "000": ["four brigades", "more than 13,000 containers", "Oct. 8", "the 1960s", "1,370 per dollar",
            "7.5 pct", "12 pct", "KOSPI 2,593.91", "USD/KRW 1,368.50"],
    "001": ["31 of the 59 attack drones", "another 26", "155mm artillery shells", "GMT+1",
            "The 1,000-kilometre front line"],
    "002": ["Dec.19,2024 18:15 KST", "204-85", "2 new launch pads", "$1.2 billion"],
    "003": ["Russian casualties in Ukraine reach 774,480", "52 of 103 Russian drones", "23.12.2024 16:20"],
    "004": ["one of the prisoners is 20 years old and the other 26", "nearly three times the figure",
            "17:05 JST", "1.1 million birds", "1.05%"],
    "005": ["170mm self-propelled guns", "240mm rocket launchers", "about three weeks", "1,438.20 per dollar",
            "25% Tariffs", "$85,000", "2:30 PM GMT+9"],
    "006": ["about $20 billion", "two days after"],
    "007": ["1,000 military deminers", "5,000 military construction workers",
            "as many as 30,000 additional soldiers", "more than 500 square kilometers",
            "$30 million to $40 million", "2,972.10", "58.6%", "12 cities"],
    "008": ["more than 7,700 pieces of weaponry and military equipment", "412 tanks", "August 6, 2024",
            "79%", "82.3 per dollar", "115 Ukrainian drones"],
    "009": ["1,000 deminers and 5,000 military builders", "120-day mission", "1,387 days", "€108 billion"],
}

OFF = ["010", "011", "013", "014"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["001-2", "001-3",
         "some 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), same day, same live blog"],
        ["002-3", "003-1",
         "about 1,100 North Korean casualties (NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-1", "006-4",
         "about 4,700 North Korean casualties (NIS) against around 6,000 (UK Defense Ministry), same day, same article"],
    ],
    "may": [
        # troops: weeks or months apart, total-to-be-sent vs located, or all of Russia vs Kursk
        ["000-1", "001-1", "about 12,000 being sent (Oct 18) against about 10,000 in eastern Russia (Nov 5)"],
        ["000-1", "001-2", "about 12,000 being sent (Oct 18) against some 8,000 in Kursk (Nov 5)"],
        ["000-1", "001-3", "about 12,000 being sent against 11,000 in Kursk, weeks apart"],
        ["000-1", "002-4", "about 12,000 against about 11,000, two months apart"],
        ["000-1", "005-2", "about 12,000 against an original contingent of about 11,000, four months apart"],
        ["001-1", "001-3", "about 10,000 in all of eastern Russia against 11,000 in Kursk, same day: close values, different scope"],
        ["001-1", "002-4", "about 10,000 against about 11,000, six weeks apart"],
        ["001-1", "003-2", "about 10,000 against 11,000-12,000, seven weeks apart"],
        ["001-1", "005-2", "about 10,000 (Nov) against about 11,000 (Feb), months apart"],
        ["001-2", "002-4", "some 8,000 in Kursk (Nov 5) against about 11,000 sent (Dec 19), six weeks apart"],
        ["001-2", "003-2", "some 8,000 in Kursk (Nov 5) against 11,000-12,000 in Kursk (Dec 23), seven weeks apart"],
        ["001-2", "005-2", "some 8,000 (Nov) against about 11,000 (Feb), months apart"],
        ["001-2", "007-1", "some 8,000 (Nov 2024) against more than 10,000 (Jun 2025), months apart"],
        ["001-1", "007-1", "about 10,000 (Nov 2024) against more than 10,000 (Jun 2025): the bound at its edge, months apart"],
        # troops: "more" / "additional" reinforcements
        ["005-1", "000-1", "an additional 3,000 against the first force"],
        ["005-1", "000-2", "an additional 3,000 against the first wave"],
        ["005-1", "001-1", "an additional 3,000 against the first force"],
        ["005-1", "001-2", "an additional 3,000 against the first force"],
        ["005-1", "001-3", "an additional 3,000 against the first force"],
        ["005-1", "002-4", "an additional 3,000 against the first force"],
        ["005-1", "003-2", "an additional 3,000 against the first force"],
        ["005-1", "005-2", "an additional 3,000 against the original contingent of 11,000"],
        ["005-1", "006-3", "an additional 3,000 against a total of 15,000"],
        ["005-1", "007-1", "an additional 3,000 against more than 10,000"],
        ["005-1", "009-1", "an additional 3,000 against the first contingent"],
        ["005-1", "009-2", "an additional 3,000 against a total of 15,000"],
        # troops: total after reinforcements (Apr/Dec 2025) against earlier counts, months apart
        ["006-3", "000-1", "about 15,000 in total (Apr 2025) against about 12,000 (Oct 2024)"],
        ["006-3", "001-1", "about 15,000 in total (Apr 2025) against about 10,000 (Nov 2024)"],
        ["006-3", "001-2", "about 15,000 in total (Apr 2025) against some 8,000 in Kursk (Nov 2024)"],
        ["006-3", "001-3", "about 15,000 in total (Apr 2025) against 11,000 (Nov 2024)"],
        ["006-3", "002-4", "about 15,000 in total (Apr 2025) against about 11,000 (Dec 2024)"],
        ["006-3", "003-2", "about 15,000 in total (Apr 2025) against 11,000-12,000 (Dec 2024)"],
        ["006-3", "005-2", "about 15,000 in total against an original contingent of about 11,000"],
        ["006-3", "009-1", "about 15,000 in total (Apr) against a first contingent of up to 12,000 (retold in Dec)"],
        ["009-2", "000-1", "about 15,000 in total against about 12,000, more than a year apart"],
        ["009-2", "001-1", "about 15,000 in total against about 10,000, more than a year apart"],
        ["009-2", "001-2", "about 15,000 in total against some 8,000, more than a year apart"],
        ["009-2", "001-3", "about 15,000 in total against 11,000, more than a year apart"],
        ["009-2", "002-4", "about 15,000 in total against about 11,000, a year apart"],
        ["009-2", "003-2", "about 15,000 in total against 11,000-12,000, a year apart"],
        ["009-2", "005-2", "about 15,000 in total against an original contingent of about 11,000, months apart"],
        # casualties: cumulative figures months apart, or bound at its edge
        ["003-1", "004-4", "more than 3,000 (Dec 23) against about 3,000 (Jan 13): the bound at its edge, three weeks apart"],
        ["002-3", "005-3", "about 1,100 (Dec) against some 4,000 (Feb), cumulative, months apart"],
        ["002-3", "006-1", "about 1,100 (Dec) against about 4,700 (Apr), cumulative, months apart"],
        ["002-3", "006-4", "about 1,100 (Dec) against around 6,000 (Apr), months apart"],
        ["002-3", "007-2", "about 1,100 (Dec) against several thousand (Jun), months apart"],
        ["004-4", "005-3", "about 3,000 (NIS, Jan) against some 4,000 (JCS, Feb), cumulative, six weeks apart"],
        ["004-4", "006-1", "about 3,000 (Jan) against about 4,700 (Apr), cumulative, months apart"],
        ["004-4", "006-4", "about 3,000 (Jan) against around 6,000 (Apr), months apart"],
        ["005-3", "006-1", "some 4,000 (Feb) against about 4,700 (Apr), cumulative, months apart"],
        ["005-3", "006-4", "some 4,000 (Feb) against around 6,000 (Apr), months apart"],
        # killed: cumulative figures months apart
        ["004-1", "006-2", "about 300 killed (Jan) against roughly 600 (Apr), cumulative, months apart"],
        ["004-1", "009-3", "about 300 killed (Jan) against around 600 (April estimate, retold in Dec)"],
        ["004-1", "009-4", "about 300 killed (Jan) against about 2,000 (Sep), cumulative, months apart"],
        ["006-2", "009-4", "roughly 600 killed (Apr) against about 2,000 (Sep), cumulative, months apart"],
        ["009-3", "009-4", "around 600 killed in April against about 2,000 by September, the same agency's update, told as such"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
