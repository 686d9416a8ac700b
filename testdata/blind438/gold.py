#!/usr/bin/env python3
"""Gold labels for testdata/blind438 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind438 articles (written in our own words about the real story's known "
         "reporting, labelled blind). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "an initial contingent of 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "Secretary of State"],
         "about 8,000 North Korean troops had been moved to the Kursk region", False),
    ],
    "003": [
        ("killed", NK, 100, None, "about", NIS,
         "About 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 more have been wounded", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded in the Kursk region over a weekend of fighting", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces in the Kursk region have suffered an estimated 1,100 casualties", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States"],
         "more than 1,000 killed and wounded in just the past week", False),
        ("killed", NK, 20, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "killed dozens of North Korean soldiers", True),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed in Russia's war against Ukraine", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "with about 2,700 more wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS"],
         "Ukrainian forces had taken two North Korean soldiers prisoner in the Kursk region", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "Several thousand North Korean troops remain in the Kursk region", True),
        ("casualties", RU, 860000, None, "more_than", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost more than 860,000 troops since the full-scale invasion began in February 2022", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "United States", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", NK, 14000, None, "about", ["Seoul", "South Korea"],
         "Seoul believes the total rose to around 14,000", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Koreans had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them some 600 dead", False),
        ("captured", NK, 2, None, "exact", UN,
         "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
    ],
    "013": [
        ("troops", NK, 12000, None, "up_to", UN,
         "Pyongyang sent up to 12,000 soldiers to Russia last autumn", False),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "around 600 of them have been killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 troops in the Kursk region since August", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "honored nine who died during the mission as heroes", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
        ("casualties", NK, 2000, 9999, "vague", ["Ukrainian and Western officials", "Ukraine"],
         "thousands of North Koreans were killed or wounded in the fighting for Kursk", True),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in four brigades over the coming weeks", "between Oct. 8 and Oct. 13",
            "the 11th Corps", "about 100 kilometers from the Russian border",
            "more than 13,000 containers of artillery rounds", "Han Kang's books top 1 million copies sold in six days",
            "KOSPI closes at 2,593.89", "Korea to deploy 3 more Aegis destroyers by 2030"],
    "001": ["about 10 kilometers from the border", "more than 13,000 containers of munitions",
            "170-millimeter self-propelled guns", "Russia launches 96 drones at Ukraine overnight, 80 shot down",
            "the $54 billion plan", "Join the 14,000 members"],
    "003": ["most of them in their early 20s", "Japan's population falls by record 898,000 as births drop",
            "Nikkei 225 closes at 38,813.58"],
    "004": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "UPDATES with details in paras 4-7",
            "passes 300 mln streams on Spotify", "3 dead as fire breaks out at Busan apartment",
            "Won falls to 1,450 per dollar"],
    "005": ["shot down 31 of 42 Shahed-type drones", "Another 11 were lost to electronic warfare",
            "blackouts of up to 4 hours", "Russia has fired 9,000 glide bombs at Kharkiv Oblast this year",
            "subscribe to Kyiv Post for $5 a month"],
    "007": ["aged 20 and 26", "Yoon's detention warrant extended by 7 days",
            "'Squid Game 2' tops Netflix charts in 92 countries", "6.5 trillion won operating profit"],
    "009": ["Self-propelled guns and multiple rocket launchers: about 220", "Ballistic missiles: more than 100",
            "Shipping containers of munitions: more than 20,000"],
    "010": ["fully recaptured on April 26", "more than 1 million barrels of oil", "Video 02:31"],
    "013": ["1,000 sappers", "5,000 military construction workers", "send 1,000 deminers",
            "5,000 military builders", "North Korea to Send 6,000 Deminers and Military Builders to Kursk",
            "second trip to Pyongyang in two weeks", "Russia Reports 4 Dead in Ukrainian Drone Attack on Belgorod",
            "$2 $5 $15 monthly"],
    "014": ["spent 120 days clearing mines", "Kim, 41,", "North Korea marks 80 years of the Workers' Party"],
}

OFF = ["002", "006", "008", "011"]
DUP = {"012": "007"}

conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, Oct 31), in the same article"],
        ["004-1", "005-1", "an estimated 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 27), four days apart"],
    ],
    "may": [
        ["000-1", "001-1", "an initial contingent of 1,500 (Oct 18) against 11,000 in Kursk two and a half weeks later"],
        ["000-1", "001-2", "an initial contingent of 1,500 (Oct 18) against about 8,000 in Kursk two weeks later"],
        ["000-1", "009-1", "the first 1,500 in October against some 3,000 reinforcements in early 2025"],
        ["000-1", "010-1", "an initial contingent of 1,500 against the autumn total of 10,000-12,000"],
        ["000-1", "010-2", "an initial contingent of 1,500 against around 14,000 in all, six months later"],
        ["001-1", "009-1", "11,000 against an additional 3,000, months later"],
        ["001-2", "009-1", "about 8,000 against an additional 3,000, months later"],
        ["001-1", "010-2", "11,000 in November against around 14,000 after reinforcements, months later"],
        ["001-2", "010-1", "about 8,000 in Kursk (Oct 31) against 10,000-12,000 sent by autumn, reported six months later"],
        ["001-2", "010-2", "about 8,000 in Kursk (Oct 31) against around 14,000 in all, months later"],
        ["009-1", "010-1", "some 3,000 reinforcements against the first wave of 10,000-12,000"],
        ["009-1", "010-2", "some 3,000 reinforcements against a total of around 14,000 that includes them"],
        ["010-1", "010-2", "10,000-12,000 last autumn against around 14,000 after reinforcements, same article"],
        ["010-2", "013-1", "around 14,000 in all (Apr) against up to 12,000 sent last autumn (Jun)"],
        ["004-1", "010-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["003-1", "010-4", "about 100 killed (Dec 2024) against some 600 (Apr 2025), months apart"],
        ["003-1", "013-2", "about 100 killed (Dec 2024) against around 600 (Jun 2025), months apart"],
        ["003-1", "014-2", "about 100 killed (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["007-1", "010-4", "about 300 killed (Jan 2025) against some 600 (Apr 2025), months apart"],
        ["007-1", "013-2", "about 300 killed (Jan 2025) against around 600 (Jun 2025), months apart"],
        ["007-1", "014-2", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["010-4", "014-2", "some 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
        ["013-2", "014-2", "around 600 killed (Jun 2025) against about 2,000 (Sep 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
