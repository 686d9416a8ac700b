#!/usr/bin/env python3
"""Gold labels for testdata/blind399 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind399: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "South Korean lawmaker"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has sent some 1,500 special operations troops to Russia's Far East in a first batch", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US"],
         "Pyongyang has sent roughly 10,000 soldiers to Russia in total", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Western and Ukrainian officials", "Western officials", "Ukrainian officials", "Western", "Ukraine"],
         "the contingent numbers between 10,000 and 12,000", False),
        ("troops", "north_korea", 10000, None, "more_than", NIS,
         "more than 10,000 North Korean soldiers had been deployed to Russia", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "has put the number at up to 12,000", False),
        ("troops", "north_korea", 500, None, "about",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "with about 500 officers among them", False),
        ("troops", "russia", 50000, None, "about",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukrainian President", "Ukraine"],
         "Moscow had gathered around 50,000 Russian troops in the region", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces since early December", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + LEE,
         "close to 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS + LEE,
         "the agency put total North Korean casualties at around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS + LEE,
         "the roughly 11,000 troops Pyongyang dispatched to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded there already exceeds 3,000", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Ukrainian intelligence", "Ukraine"],
         "several thousand North Korean troops are currently being used in assaults in the Kursk region", True),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed and 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         NIS + ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "Ukraine had captured two wounded North Korean soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "The original force, sent in the autumn, numbered about eleven thousand", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Defense Ministry", "Defense Ministry spokesperson", "South Korea", "Seoul", "unattributed"],
         "the two North Korean prisoners held in Ukraine", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "a force that it now believes totals some 15,000", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["UK Ministry of Defence", "Ministry of Defence", "MoD", "Britain", "UK", "United Kingdom", "London"],
         "North Korean forces had likely suffered more than 6,000 casualties in the Kursk campaign", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Moscow"],
         "the Ukrainian army lost more than 76,000 servicemen in the region", False),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact",
         ["Kim Jong Un", "KCNA", "North Korea", "Pyongyang"],
         "said nine of its soldiers had died during the mission", False),
        ("killed", "north_korea", 200, 999, "vague",
         ["unattributed", "North Korean state television", "state television", "North Korea"],
         "portraits of hundreds of fallen soldiers were displayed at a memorial event in Pyongyang", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting in Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about",
         ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine", "Kyiv"],
         "About 11,000 North Korean troops remain deployed in Kursk Oblast", False),
        ("troops", "north_korea", 14000, None, "more_than", ["unattributed"],
         "North Korea is thought to have sent upward of 14,000 soldiers to Russia since the autumn of 2024", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops in four brigades", "four landing ships and three escort vessels",
            "11th Storm Corps", "between Oct. 8 and 13", "KOSPI at 2,593.91", "parts of 2 inter-Korean roads",
            "1,370 per dollar", "1 million copies in 6 days"],
    "001": ["about 1,000 square kilometers", "Aug. 6", "7 swing-state polls", "$250 million",
            "2 killed as storms sweep through Texas Panhandle", "Oct. 31, 2024"],
    "002": ["170mm self-propelled guns", "240mm multiple rocket launchers", "more than 13,000 containers",
            "about $2,000 a month", "death toll rises to 223", "€1.3bn", "train 100,000 volunteers a year"],
    "003": ["11th Corps", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Dec. 3",
            "11 days later", "1,450 per dollar", "6 special counsel probes"],
    "005": ["on December 17", "52 of 103 Russian drones", "15th sanctions package", "23.12.2024 21:20"],
    "006": ["aged 26", "a sniper since 2017", "born in 2005", "$92,000", "at least 24 dead"],
    "008": ["Kospi falls 1.8%", "first time in 9 years", "27 Feb. 2025, 18:04"],
    "010": ["since the 1950s", "200 years ago", "more than 1.2 million supporters in 180 countries",
            "£2 a month", "55 million people left without power"],
    "011": ["1,000 sappers", "5,000 military builders", "June 19, 2024", "April 26", "his third since March",
            "grew 9.3% in 2024", "1.5-2%"],
    "013": ["1,000 deminers and 5,000 military construction workers", "about 120 days", "465 drones and 30 missiles",
            "436 drones and 26 missiles", "More than 1 million households", "up to 16 hours a day",
            "over 20,000 people already support us", "4 min read"],
}

OFF = ["004", "009", "012", "014"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["003-3", "005-1",
         "about 1,100 North Korean casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more than "
         "3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["010-1", "010-4",
         "about 4,700 North Korean casualties (South Korea's NIS) against more than 6,000 (UK Ministry of "
         "Defence), the same week, in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "a first batch of about 1,500 (Oct 18) against about 8,000 in Kursk two weeks later: a build-up"],
        ["000-1", "001-2", "a first batch of about 1,500 (Oct 18) against about 10,000 in total two weeks later"],
        ["000-1", "002-1", "a first batch of about 1,500 (Oct 18) against 10,000-12,000 four weeks later"],
        ["000-1", "002-2", "a first batch of about 1,500 (Oct 18) against more than 10,000 four weeks later"],
        ["000-1", "003-4", "a first batch of about 1,500 (Oct 18) against about 11,000, two months later"],
        ["000-1", "008-2", "a first batch against the whole original force, months apart"],
        ["000-1", "010-3", "a first batch against the whole force incl. reinforcements, months apart"],
        ["000-1", "013-4", "a first batch against those remaining in December 2025, a year apart"],
        ["000-1", "013-5", "a first batch against upward of 14,000 sent in all, a year apart"],
        ["001-1", "002-1", "about 8,000 in Kursk (Oct 31) against a 10,000-12,000 contingent in Russia (Nov 14)"],
        ["001-1", "002-2", "about 8,000 in Kursk (Oct 31) against more than 10,000 in Russia (Nov 13)"],
        ["001-1", "003-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent to Russia (Dec 19), seven weeks later"],
        ["001-1", "008-2", "about 8,000 in Kursk (Oct 2024) against an original force of about 11,000 (Feb 2025)"],
        ["001-1", "010-3", "about 8,000 (Oct 2024) against about 15,000 incl. reinforcements (Apr 2025)"],
        ["001-1", "013-4", "about 8,000 (Oct 2024) against about 11,000 remaining (Nov/Dec 2025)"],
        ["001-1", "013-5", "about 8,000 (Oct 2024) against upward of 14,000 sent in all (Dec 2025)"],
        ["001-2", "002-2", "roughly 10,000 (Oct 31) against more than 10,000 (Nov 13): borderline"],
        ["001-2", "003-4", "about 10,000 (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["001-2", "008-2", "about 10,000 (Oct 2024) against about 11,000 (Feb 2025), months apart"],
        ["001-2", "010-3", "about 10,000 (Oct 2024) against about 15,000 incl. reinforcements (Apr 2025)"],
        ["001-2", "013-4", "about 10,000 (Oct 2024) against about 11,000 remaining (Dec 2025)"],
        ["001-2", "013-5", "about 10,000 (Oct 2024) against upward of 14,000 in all (Dec 2025)"],
        ["002-1", "010-3", "10,000-12,000 (Nov 2024) against about 15,000 incl. reinforcements (Apr 2025)"],
        ["002-1", "013-5", "10,000-12,000 (Nov 2024) against upward of 14,000 in all (Dec 2025)"],
        ["002-3", "010-3", "up to 12,000 (Nov 2024) against about 15,000 incl. reinforcements (Apr 2025)"],
        ["002-3", "013-5", "up to 12,000 (Nov 2024) against upward of 14,000 in all (Dec 2025)"],
        ["003-4", "010-3", "about 11,000 (Dec 2024) against about 15,000 incl. this year's reinforcements (Apr 2025)"],
        ["003-4", "013-5", "about 11,000 (Dec 2024) against upward of 14,000 in all (Dec 2025)"],
        ["008-1", "001-1", "an additional 3,000 against the first force, months apart"],
        ["008-1", "001-2", "an additional 3,000 against the first force, months apart"],
        ["008-1", "002-1", "an additional 3,000 against the first contingent, months apart"],
        ["008-1", "002-2", "an additional 3,000 against the first contingent, months apart"],
        ["008-1", "003-4", "an additional 3,000 (Feb 2025) against the about 11,000 first sent (Dec 2024)"],
        ["008-1", "008-2", "an additional 3,000 against the original force of about 11,000, same article"],
        ["008-1", "010-3", "an additional 3,000 against the whole force of about 15,000, two months later"],
        ["008-1", "013-4", "an additional 3,000 against about 11,000 remaining, months apart"],
        ["008-1", "013-5", "an additional 3,000 against upward of 14,000 in all, months apart"],
        ["008-1", "000-1", "about 3,000 reinforcements against a first batch of about 1,500, months apart"],
        ["008-2", "010-3", "an original force of about 11,000 against about 15,000 incl. reinforcements, two months later"],
        ["008-2", "013-5", "an original force of about 11,000 against upward of 14,000 in all, months apart"],
        ["010-3", "013-4", "about 15,000 sent (Apr 2025) against about 11,000 remaining (Nov/Dec 2025)"],
        ["013-4", "013-5", "about 11,000 remaining in Kursk against upward of 14,000 sent in all, same article"],
        ["003-2", "006-2", "close to 1,000 wounded (Dec 19) against about 2,700 (Jan 13): a cumulative toll rising over 25 days"],
        ["003-3", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative, months apart"],
        ["003-3", "010-4", "about 1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025): cumulative, months apart"],
        ["006-1", "010-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative, months apart"],
        ["006-1", "013-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
        ["010-2", "013-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
