#!/usr/bin/env python3
"""Gold labels for testdata/blind373 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind373: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "four brigades totaling some 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "The first group of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Kursk Oblast", False),
        ("troops", "north_korea", 8000, None, "at_least",
         ["State Department", "Matthew Miller", "United States", "U.S.", "Washington"],
         "at least 8,000 North Korean troops had reached the region", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "That puts the North's casualties at around 1,100", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 1,000 others injured", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Of the roughly 11,000 troops the North has sent to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "The number of North Korean soldiers killed and wounded in Kursk region has already exceeded three thousand",
         False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "North Korean units had lost at least 30 soldiers killed and wounded", False),
        ("casualties", "russia", 772000, None, "about",
         ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine"],
         "Russia's combat losses since February 24, 2022, at roughly 772,000 personnel", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 injured", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "That brings total casualties to about 3,000", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["western official", "senior western official", "Western officials"],
         "at least 1,000 North Korean soldiers had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "the two North Korean soldiers it captured in Kursk", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces have taken two North Korean soldiers prisoner", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "North Korea has sent up to 12,000 troops", False),
        ("casualties", "north_korea", 1000, None, "more_than", ["Washington", "United States", "US", "U.S."],
         "North Korea had suffered more than 1,000 killed and wounded in just one week", False),
    ],
    "008": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukraine, South Korea and the US", "Ukraine", "South Korea", "US", "United States"],
         "between 10,000 and 12,000 North Korean troops had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "around 3,000 more had been sent as reinforcements", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine said in January it had captured two soldiers", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including about 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the roughly 3,000 casualties the spy agency counted in January", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
         "North Korea has sent about 15,000 soldiers to Russia in total", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["General Staff of the Russian Armed Forces", "Russian General Staff", "General Staff",
          "Sergei Shoigu", "Shoigu", "Russia"],
         "the Ukrainian army lost more than 76,000 servicemen killed and wounded", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "a first contingent some eleven thousand strong", False),
        ("wounded", "north_korea", 200, 900, "vague", NIS,
         "Several hundred wounded soldiers have been brought home", True),
        ("killed", "russia", 124000, None, "more_than", ["Mediazona", "BBC Russian"],
         "more than 124,000 Russian soldiers killed", False),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships and three escort vessels", "since 1990",
            "2,593.18", "12-day combined air drills", "1,370.5 per dollar", "Oct. 8 and 13"],
    "001": ["Russia has lost 701,490 troops", "Join more than 20,000 members", "Aug. 6",
            "Russia launches 59 drones overnight, 30 shot down", "extends mobilization for 90 days"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,450 per dollar", "after four years", "5 things to know"],
    "005": ["Russian army lost 1,580 soldiers and 12 artillery systems",
            "shoot down 52 of 72 Russian drones", "December 17"],
    "006": ["87 drones and four missiles", "55 of the drones were shot down and 30", "born in 2005",
            "more than 1 year old", "death toll rises to 24", "more than three times Seoul's estimate"],
    "007": ["born in 2005", "since 2021", "The other, 26,"],
    "008": ["some 200 long-range artillery pieces", "about three weeks", "hundreds of millions of dollars",
            "Duration 1:48", "Almost five months"],
    "010": ["June 2024", "2 ballistic missile launches", "36,045", "10 billion yen"],
    "011": ["1,000 sappers", "5,000 military builders", "April 26", "second visit to Pyongyang in two weeks",
            "15 bln rubles"],
    "013": ["6,000 engineers and deminers", "101 Coffins", "Map Shows 3 Regions", "9/4/25"],
}

OFF = ["002", "004", "012", "014"]
DUP = {"009": "007"}

conflicts = {
    "must": [
        ["003-1", "005-1",
         "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19-20) against more than 3,000 "
         "killed and wounded (Zelensky, Dec 23): same metric and period, three days apart"],
        ["006-1", "006-4",
         "about 300 killed (NIS) against at least 1,000 killed (a western official), the same day in one live blog"],
    ],
    "may": [
        # troops: totals weeks or months apart, an additional force, or a later cumulative total
        ["000-1", "001-1", "about 12,000 being sent overall against 11,000 already in Kursk, 18 days later"],
        ["000-1", "003-4", "about 12,000 against about 11,000, two months apart"],
        ["000-1", "013-2", "about 12,000 against a first contingent of about 11,000 (unattributed)"],
        ["000-1", "008-2", "about 12,000 against an additional 3,000"],
        ["001-1", "008-2", "11,000 against an additional 3,000"],
        ["001-2", "008-2", "at least 8,000 against an additional 3,000"],
        ["003-4", "008-2", "about 11,000 against an additional 3,000"],
        ["008-1", "008-2", "10,000-12,000 against an additional 3,000"],
        ["008-2", "013-2", "an additional 3,000 against a first contingent of 11,000"],
        ["008-2", "010-4", "an additional 3,000 against about 15,000 in total"],
        ["000-1", "010-4", "about 12,000 (Oct 2024) against about 15,000 in total incl. reinforcements (Apr 2025)"],
        ["001-1", "010-4", "11,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["003-4", "010-4", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025)"],
        ["007-2", "010-4", "up to 12,000 (Jan 2025) against about 15,000 in total (Apr 2025)"],
        ["008-1", "010-4", "10,000-12,000 last autumn against about 15,000 in total (Apr 2025)"],
        ["010-4", "013-2", "about 15,000 in total against a first contingent of about 11,000"],
        # casualties: a cumulative toll rising over weeks and months
        ["003-1", "006-3", "about 1,100 (Dec) against about 3,000 (Jan), the same agency's count rising"],
        ["003-1", "010-3", "about 1,100 (Dec) against the January figure of about 3,000 restated in April"],
        ["003-1", "010-1", "about 1,100 (Dec) against about 4,700 (Apr)"],
        ["005-1", "006-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["005-1", "010-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 in January (NIS)"],
        ["006-3", "010-1", "about 3,000 (Jan) against about 4,700 (Apr): the same agency's later count"],
        # killed
        ["006-4", "008-3", "at least 1,000 killed (western official, Jan) against NIS's January 300, restated in Feb"],
        ["006-1", "010-2", "about 300 killed (Jan) against about 600 (Apr)"],
        ["006-4", "010-2", "at least 1,000 killed (Jan) against about 600 (Apr), months apart"],
        ["008-3", "010-2", "about 300 killed (restated Jan figure) against about 600 (Apr)"],
        ["006-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["008-3", "013-1", "about 300 killed (restated Jan figure) against about 2,000 (Sep)"],
        ["010-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep)"],
        # wounded
        ["003-3", "006-2", "about 1,000 wounded (Dec) against about 2,700 (Jan)"],
        ["003-3", "008-4", "about 1,000 wounded (Dec) against about 2,700 (Jan figure restated in Feb)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
