#!/usr/bin/env python3
"""Gold labels for testdata/blind608 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind608: fifteen articles written in our own words about the real story's "
         "known reporting, in the format of testdata/corpus (see its README.md for the meaning of every field).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "the North had decided to send some 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried about 1,500 special forces troops", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean soldiers, including officers and generals, were undergoing training", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US", "Washington"],
         "about 8,000 North Korean soldiers had moved to the Kursk border area", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "have suffered an estimated 1,100 casualties in fighting against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "the number of wounded was estimated at about 1,000", False),
    ],
    "004": [
        ("casualties", NK, 2000, 9999, "vague", ZEL,
         "have lost thousands of soldiers killed or wounded", True),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than three thousand North Korean soldiers are already out of action, killed or wounded", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"],
         "North Korean troops have suffered more than 1,000 killed or wounded in the past week alone", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "Volodymyr Zelensky", "Zelensky"],
         "two North Koreans it captured in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded while fighting for Russia against Ukraine", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian army's losses during the Kursk adventure amounted to more than 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North had sent about 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 reinforcements dispatched in January and February", False),
        ("casualties", NK, 6000, None, "about", ["Ukraine's General Staff", "General Staff", "Ukraine", "Kyiv"],
         "North Korean losses in Kursk had reached around 6,000 killed and wounded", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["U.S. and South Korean estimates", "United States", "U.S.", "US", "South Korea"],
         "North Korea has already sent 11,000-12,000 combat troops to Russia", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "More than 10,000 North Korean soldiers have fought in the Kursk region since last autumn", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "2: North Korean soldiers held by Ukraine since January", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["intelligence agency", "lawmakers"],
         "about 2,000 North Korean soldiers have been killed in the fighting against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS + ["intelligence agency", "lawmakers"],
         "North Korea has also sent roughly 1,000 deminers to Russia's Kursk Region", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["South Korean, US and Ukrainian officials", "South Korea", "United States", "US", "Ukraine"],
         "between 10,000 and 12,000 soldiers arrived in Russia in October and November 2024", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "Some three thousand more followed early this year", False),
        ("troops", NK, 2000, 9000, "vague", ["unattributed", "most estimates"],
         "several thousand of them by most estimates", True),
        ("killed", NK, 2000, None, "about", ["South Korea's spy agency", "spy agency", "National Intelligence Service", "NIS", "South Korea"],
         "put the number killed at about 2,000", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "United Kingdom"],
         "North Korean casualties, dead and wounded together, had passed 6,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine captured two soldiers in the Kursk region in January 2025", False),
    ],
}

NOT = {
    "000": ["2,700-ton landing ship Nikolai Vilkov", "more than 13,000 containers", "Between Oct. 8 and 13",
            "four Russian vessels", "Ukraine says 11,000 North Korean recruits being trained in Russia's Far East",
            "Won slips to 1,370 against dollar", "KOSPI ends at 2,593.82"],
    "002": ["Day 986 of the full-scale invasion", "97 explosions in a day", "14 communities", "33 of 41 Shahed-type drones",
            "a $61 billion aid package", "Russia's losses in Ukraine pass 700,000", "1.3K shares"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "on Jan. 20", "sanctions on 3 individuals",
            "53,400 won"],
    "004": ["long-range 170mm guns", "1,100 guided aerial bombs", "27.12.2024 22:15"],
    "006": ["born in 2005", "The other, 26", "since 2021", "5 months on"],
    "008": ["Article 4 of the Treaty", "over 7,700 pieces of weaponry", "412 tanks", "August 6, 2024",
            "115 Ukrainian drones", "two more settlements"],
    "009": ["28 trillion won ($20 billion)", "May 9 Victory Day", "fertility rate ticks up to 0.75", "Exports rise 3.1% in March"],
    "011": ["1,000 sappers to clear mines", "5,000 military builders", "6,000: engineers and builders",
            "1,300: square kilometers", "$925 billion topline", "second trip to Pyongyang in two weeks"],
    "012": ["about 5,000 military construction workers", "8.8 trillion yen", "80th anniversary", "01:48"],
    "014": ["then aged 20 and 26", "1,000 deminers and 5,000 military builders would follow", "August 22, 2025",
            "1,200 drones in a week"],
}

OFF = ["001", "007", "010", "013"]
DUP = {"005": "003"}

conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean troops in Kursk (Zelensky) against about 8,000 in the Kursk border area (Pentagon), reported the same day"],
        ["003-1", "004-2", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 27), four days apart"],
        ["009-1", "009-5", "about 4,700 casualties (NIS) against around 6,000 killed and wounded (Ukraine's General Staff, a week earlier), in one article"],
    ],
    "may": [
        ["000-1", "002-1", "12,000 sent to Russia (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 5): different scope, weeks apart"],
        ["000-1", "002-2", "12,000 sent to Russia against about 8,000 moved to Kursk: part against the whole, weeks apart"],
        ["000-1", "009-3", "12,000 (Oct 2024) against about 15,000 in total including reinforcements (Apr 2025), six months apart"],
        ["000-3", "009-3", "up to 12,000 (HUR, Oct 2024) against about 15,000 in total (NIS, Apr 2025), six months apart"],
        ["002-1", "009-3", "11,000 in Kursk (Nov 2024) against about 15,000 sent in total (Apr 2025), months apart"],
        ["002-2", "009-3", "about 8,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["002-2", "011-1", "about 8,000 in Kursk (Nov 2024) against 11,000-12,000 sent (Jun 2025), months apart"],
        ["002-2", "011-2", "about 8,000 in Kursk (Nov 2024) against more than 10,000 who have fought there since (Jun 2025), months apart"],
        ["002-2", "014-1", "about 8,000 in Kursk (Nov 2024) against 10,000-12,000 arrived in Russia (Dec 2025 recap), months apart"],
        ["009-3", "011-1", "about 15,000 in total (Apr 2025) against 11,000-12,000 combat troops, the first wave (Jun 2025)"],
        ["009-3", "014-1", "about 15,000 in total (Apr 2025) against 10,000-12,000 in the first wave (Dec 2025 recap)"],
        ["003-1", "009-1", "cumulative casualties: about 1,100 (Dec 2024) against about 4,700 (Apr 2025), four months apart"],
        ["003-1", "009-5", "about 1,100 (Dec 2024) against around 6,000 (Apr 2025), four months apart"],
        ["003-1", "014-5", "about 1,100 (Dec 2024) against more than 6,000 (Sep 2025), months apart"],
        ["009-1", "014-5", "about 4,700 (Apr 2025) against more than 6,000 (Sep 2025), months apart"],
        ["009-5", "014-5", "around 6,000 (Ukraine, Apr 2025) against more than 6,000 (UK, Sep 2025), months apart"],
        ["006-2", "009-2", "cumulative killed: about 300 (Jan 2025) against about 600 (Apr 2025), same agency, months apart"],
        ["006-2", "012-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["006-2", "014-4", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025, recapped in Dec), months apart"],
        ["009-2", "012-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
        ["009-2", "014-4", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025, recapped in Dec), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
