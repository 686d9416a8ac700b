#!/usr/bin/env python3
"""Gold labels for testdata/blind527 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind527: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled without reading the extractor. "
         "Same schema and rules as testdata/corpus/gold.json (see testdata/corpus/README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "South Korean intelligence"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]
HUR_YUSOV = ["Andriy Yusov", "Yusov", "HUR", "military intelligence", "Ukraine"]
BUDANOV = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
WEST_SK = ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea",
           "intelligence agencies"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of around 1,500 special operations soldiers already shipped to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about", BUDANOV,
         "About eleven thousand troops from the Democratic People's Republic of Korea are now stationed in Russia's Kursk region", False),
        ("troops", "russia", 50000, None, "about", ZELENSKY,
         "Russia had massed about 50,000 of its own troops in the Kursk direction", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces against Ukraine have sustained roughly 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "of the roughly 11,000 soldiers Pyongyang has dispatched", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZELENSKY,
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Ukrainian, South Korean and U.S. intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "U.S. intelligence", "intelligence assessments"],
         "Pyongyang is believed to have sent up to 12,000 soldiers to Russia this autumn", False),
        ("killed", "north_korea", 50, None, "exact", SSO,
         "they had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", SSO,
         "wounded another 47 over three days of fighting in Kursk Oblast", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "at_least", HUR_YUSOV,
         "At least 1,000 North Koreans had been killed in Kursk since the late autumn", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "have lost about 300 men killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded since they joined the fighting in Kursk", False),
        ("captured", "north_korea", 2, None, "exact", ZELENSKY,
         "two North Korean soldiers captured in Kursk region", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since January", False),
        ("casualties", "north_korea", 4000, None, "about", NIS_LEE,
         "about 4,000 North Korean troops had been killed or injured in the fighting so far", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 soldiers the NIS says Pyongyang deployed last fall", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has lost about 4,700 soldiers killed or wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 North Korean soldiers had been sent to Russia in all", False),
    ],
    "011": [
        ("troops", "north_korea", 14000, None, "more_than", ["South Korean intelligence", "South Korea"],
         "the North has already dispatched more than 14,000 troops to Russia since last autumn", False),
        ("killed", "north_korea", 200, 900, "vague", ["South Korean intelligence", "South Korea"],
         "hundreds of whom have been killed in combat", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died in the fighting", False),
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "An estimated 15,000 North Koreans have served in the region since the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian military intelligence", "Ukraine"],
         "Several thousand North Korean soldiers are still in Kursk", True),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range", WEST_SK,
         "North Korea sent between 10,000 and 12,000 troops in October and November 2024", False),
        ("troops", "north_korea", 3000, None, "about", WEST_SK,
         "roughly 3,000 reinforcements early this year", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK"],
         "more than 6,000 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Seoul's spy agency puts the number of dead at about 2,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine says it holds two North Korean prisoners, both captured in January", False),
    ],
}

NOT = {
    "000": ["some 12,000 men in all", "preparing to send 10,000 personnel", "four Russian amphibious landing ships",
            "three escort vessels", "11th Corps", "2,593.82", "US$3.3 bln", "Oct. 1-10 exports up 9.2 pct"],
    "002": ["170 mm Koksan self-propelled guns", "240 mm multiple launch rocket systems",
            "one interpreter is assigned for every 30 soldiers", "more than 1,300 square kilometres",
            "about 100 settlements", "Russia lost 1,740 soldiers and 11 tanks in past day", "August 6, 2024"],
    "003": ["up to about 700 kilometers", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "Won slides past 1,450 per dollar", "1.8 trillion won", "Comments (12)"],
    "005": ["Russia launches 78 missiles, 106 drones", "almost three times as high"],
    "006": ["aged 20", "the other, 26", "49 Ukrainian drones", "six regions", "a two-minute video",
            "death toll rises to 24"],
    "008": ["as much as $20 billion", "about a month", "more than 50%", "Dow falls 193 points", "the third anniversary"],
    "010": ["80th anniversary", "June 2024", "April 26"],
    "011": ["1,000 deminers", "5,000 military construction workers", "6,000 deminers and military builders",
            "second trip to the North in two weeks", "1.7%", "1st trilateral air drill"],
    "013": ["a new street of 100 homes", "a few dozen at a time", "80th anniversary of the Workers' Party"],
    "014": ["6,000 military engineers and builders", "about $20 billion", "about 6,500 km", "more than 12 million",
            "at least 250", "June 19, 2024"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "005"}

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelensky, first given Dec 23, reported Dec 26): same week, different sources"],
        ["006-2", "006-1", "about 300 killed (South Korea's NIS) against at least 1,000 killed (Ukraine's HUR, "
                           "Andriy Yusov) on the same day, in the same live blog"],
    ],
    "may": [
        ["000-1", "002-1", "first contingent of about 1,500 (Oct 18) against about 11,000 in Kursk (Nov 12): a force still arriving, weeks apart"],
        ["000-1", "003-2", "first contingent of about 1,500 (Oct) against about 11,000 dispatched (Dec): two months apart"],
        ["000-1", "008-1", "first contingent (Oct 2024) against an additional 3,000 (Feb 2025): months apart, different groups"],
        ["000-1", "008-3", "first contingent (Oct 2024) against about 11,000 deployed last fall (Feb 2025): months apart"],
        ["000-1", "010-3", "first contingent (Oct 2024) against about 15,000 in all (Apr 2025): months apart"],
        ["000-1", "011-1", "first contingent (Oct 2024) against more than 14,000 (Jun 2025): months apart"],
        ["000-1", "013-2", "first contingent (Oct 2024) against an estimated 15,000 (Sep 2025): months apart"],
        ["000-1", "013-3", "first contingent (Oct 2024) against several thousand still in Kursk (Sep 2025): months apart"],
        ["000-1", "014-1", "first contingent (Oct 2024) against 10,000-12,000 (Dec 2025 recap): months apart"],
        ["000-1", "014-2", "first contingent (Oct 2024) against about 3,000 reinforcements (Dec 2025 recap): months apart"],
        ["002-1", "008-1", "about 11,000 (Nov 2024) against an additional 3,000 (Feb 2025)"],
        ["002-1", "010-3", "about 11,000 (Nov 2024) against about 15,000 in all including reinforcements (Apr 2025)"],
        ["002-1", "011-1", "about 11,000 (Nov 2024) against more than 14,000 (Jun 2025)"],
        ["002-1", "013-2", "about 11,000 (Nov 2024) against an estimated 15,000 (Sep 2025)"],
        ["002-1", "014-2", "about 11,000 (Nov 2024) against about 3,000 reinforcements (Dec 2025 recap)"],
        ["003-1", "008-2", "about 1,100 casualties (Dec 2024) against about 4,000 (Feb 2025): two months apart"],
        ["003-1", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["003-1", "014-3", "about 1,100 casualties (Dec 2024) against more than 6,000 (Sep 2025): months apart"],
        ["003-2", "008-1", "about 11,000 dispatched against an additional 3,000, two months later"],
        ["003-2", "010-3", "about 11,000 (Dec 2024) against about 15,000 in all (Apr 2025)"],
        ["003-2", "011-1", "about 11,000 (Dec 2024) against more than 14,000 (Jun 2025)"],
        ["003-2", "013-2", "about 11,000 (Dec 2024) against an estimated 15,000 (Sep 2025)"],
        ["003-2", "014-2", "about 11,000 (Dec 2024) against about 3,000 reinforcements (Dec 2025 recap)"],
        ["005-2", "010-3", "up to 12,000 (Dec 2024) against about 15,000 in all including reinforcements (Apr 2025)"],
        ["005-2", "011-1", "up to 12,000 (Dec 2024) against more than 14,000 (Jun 2025)"],
        ["005-2", "013-2", "up to 12,000 (Dec 2024) against an estimated 15,000 (Sep 2025)"],
        ["006-1", "010-2", "at least 1,000 killed (Ukraine, Jan 2025) against about 600 killed (NIS, Apr 2025): months apart"],
        ["006-1", "011-2", "at least 1,000 killed (Jan 2025) against hundreds killed (Jun 2025): months apart"],
        ["006-2", "010-2", "about 300 killed (NIS, Jan) against about 600 (NIS, Apr): cumulative figure rising over months"],
        ["006-2", "013-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart"],
        ["006-2", "014-4", "about 300 killed (Jan 2025) against about 2,000 (Dec 2025 recap): months apart"],
        ["008-1", "008-3", "an additional 3,000 against the 11,000 sent last fall"],
        ["008-1", "010-3", "an additional 3,000 against about 15,000 in all"],
        ["008-1", "011-1", "an additional 3,000 against more than 14,000 in all"],
        ["008-1", "013-2", "an additional 3,000 against an estimated 15,000 in all"],
        ["008-1", "014-1", "an additional 3,000 against the first 10,000-12,000"],
        ["008-2", "010-1", "about 4,000 casualties (NIS, Feb) against about 4,700 (NIS, Apr): cumulative figure, two months apart"],
        ["008-2", "014-3", "about 4,000 casualties (Feb 2025) against more than 6,000 (Sep 2025): months apart"],
        ["008-3", "010-3", "about 11,000 deployed last fall against about 15,000 in all including reinforcements"],
        ["008-3", "011-1", "about 11,000 deployed last fall against more than 14,000 in all"],
        ["008-3", "013-2", "about 11,000 deployed last fall against an estimated 15,000 in all"],
        ["008-3", "014-2", "about 11,000 deployed last fall against about 3,000 reinforcements"],
        ["010-1", "014-3", "about 4,700 casualties (Apr 2025) against more than 6,000 (Sep 2025): months apart"],
        ["010-2", "013-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative figure, months apart"],
        ["010-2", "014-4", "about 600 killed (Apr 2025) against about 2,000 (Dec 2025 recap): months apart"],
        ["010-3", "013-3", "about 15,000 sent in all (Apr 2025) against several thousand still in Kursk (Sep 2025)"],
        ["010-3", "014-1", "about 15,000 in all against the first 10,000-12,000"],
        ["010-3", "014-2", "about 15,000 in all against about 3,000 reinforcements"],
        ["011-1", "013-3", "more than 14,000 sent (Jun 2025) against several thousand still in Kursk (Sep 2025)"],
        ["011-1", "014-1", "more than 14,000 in all against the first 10,000-12,000"],
        ["011-1", "014-2", "more than 14,000 in all against about 3,000 reinforcements"],
        ["011-2", "013-1", "hundreds killed (Jun 2025) against about 2,000 killed (Sep 2025): months apart"],
        ["011-2", "014-4", "hundreds killed (Jun 2025) against about 2,000 killed (Dec 2025 recap): months apart"],
        ["013-2", "014-1", "an estimated 15,000 in all against the first 10,000-12,000"],
        ["013-2", "014-2", "an estimated 15,000 in all against about 3,000 reinforcements"],
        ["013-3", "014-1", "several thousand still in Kursk (Sep 2025) against 10,000-12,000 sent in 2024"],
        ["014-1", "014-2", "10,000-12,000 first sent against roughly 3,000 reinforcements"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
