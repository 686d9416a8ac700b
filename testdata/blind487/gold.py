#!/usr/bin/env python3
"""Gold labels for blind487 (python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind487: fifteen articles written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved about 3,000 troops to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "a group of around 1,500 special operations troops", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers were already in eastern Russia", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean soldiers fighting alongside Russian forces have suffered roughly 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 of them have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 others wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "about 11,000 North Korean troops have been sent to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "More than three thousand North Korean servicemen have been killed or wounded", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean forces had sustained about 1,100 casualties", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces have taken two North Korean soldiers prisoner", False),
        ("troops", "north_korea", 11000, None, "about", ["Western and South Korean estimates", "Western", "South Korea"],
         "the roughly eleven thousand soldiers that Western and South Korean estimates say Pyongyang has sent", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers in Kursk", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 more soldiers to Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "roughly 4,000 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 200, 999, "vague", ["special operations forces", "Ukraine"],
         "hundreds of North Korean soldiers were killed in January", True),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "about 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "Pyongyang has sent about 15,000 troops to Russia in all", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops during its incursion into the region", False),
    ],
    "012": [
        ("troops", "north_korea", 12000, None, "up_to", ["Ukraine", "United States", "US", "South Korea"],
         "Pyongyang sent up to 12,000 soldiers in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul's military", "South Korea", "Seoul", "JCS"],
         "some 3,000 more followed in the first two months of 2025", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "about 2,000 North Korean soldiers have been killed fighting on Russia's side", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "up from roughly 600 in April", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Around 11,000 North Korean troops were dispatched to Kursk in the autumn of 2024", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["North Korean state media", "KCNA", "North Korea"],
         "Nine of the engineers died during the mission", False),
        ("troops", "north_korea", 10000, None, "about",
         ["intelligence service", "National Intelligence Service", "NIS", "South Korea", "Daniel Cho"],
         "roughly ten thousand North Korean soldiers are still in Russia", False),
        ("casualties", "north_korea", 2000, 9000, "vague", ["Daniel Cho", "unattributed"],
         "Several thousand have been killed or wounded", True),
    ],
}

NOT = {
    "000": ["some 10,000 by December", "five training grounds", "by Nov. 1", "155 mm artillery shells",
            "1 mln copies sold in six days", "2,599.62", "1,382.5 per dollar"],
    "002": ["the 11th Corps", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "6 contentious bills", "1,451 per dollar", "Dec. 27", "3 justices"],
    "003": ["1,530 personnel, 13 tanks", "EUR 4.1B", "41.63"],
    "005": ["aged 20", "aged 26", "74 Drones, 2 Ballistic Missiles", "since 1995", "$5 a month"],
    "006": ["KN-23"],
    "009": ["2.5% of GDP by 2027", "about six hours", "177 attack drones", "110 were shot down",
            "a further 63 were lost"],
    "011": ["as many as 9 million artillery shells", "since 2023", "0.6% to 36,045"],
    "012": ["1,000 deminers and 5,000 military construction workers", "roughly seven months",
            "$20 billion", "June 19"],
    "013": ["September 4", "More than 30,000 people"],
    "014": ["120 days", "More than a hundred of those Koksan 170-millimeter guns", "millions of shells"],
}

OFF = ["001", "004", "008", "010"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["000-1", "000-3", "about 3,000 troops in Russia (NIS) against 10,000-12,000 already in eastern Russia "
                           "(Budanov), same day, same article"],
        ["002-1", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), "
                           "four days apart"],
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day, "
                           "same article"],
    ],
    "may": [
        # troop totals months apart, or an additional force against a total
        ["000-1", "002-4", "3,000 in October against 11,000 in December: two months of deployment apart"],
        ["000-1", "005-2", "3,000 in October against eleven thousand in January"],
        ["000-1", "011-3", "3,000 in October 2024 against 15,000 in all by April 2025"],
        ["000-1", "013-3", "3,000 so far in October against 11,000 sent that autumn, told a year later"],
        ["000-1", "014-2", "3,000 in October 2024 against ten thousand still there in December 2025"],
        ["000-3", "011-3", "10,000-12,000 in October 2024 against 15,000 in all by April 2025"],
        ["002-4", "011-3", "11,000 in December against 15,000 in all by April, reinforcements included"],
        ["002-4", "014-2", "11,000 in December 2024 against ten thousand remaining a year later"],
        ["005-2", "011-3", "eleven thousand in January against 15,000 in all by April"],
        ["005-2", "014-2", "eleven thousand in January 2025 against ten thousand remaining in December"],
        ["011-3", "012-1", "15,000 in all against up to 12,000 in the autumn of 2024"],
        ["011-3", "013-3", "15,000 in all against 11,000 sent in the autumn of 2024"],
        ["011-3", "014-2", "15,000 in all (April) against ten thousand still in Russia (December)"],
        ["013-3", "014-2", "11,000 sent in autumn 2024 against ten thousand remaining in December 2025"],
        ["009-1", "000-3", "an additional 3,000 against 10,000-12,000"],
        ["009-1", "002-4", "an additional 3,000 against 11,000"],
        ["009-1", "005-2", "an additional 3,000 against eleven thousand"],
        ["009-1", "011-3", "an additional 3,000 against 15,000 in all"],
        ["009-1", "012-1", "an additional 3,000 against up to 12,000"],
        ["009-1", "013-3", "an additional 3,000 against 11,000"],
        ["009-1", "014-2", "an additional 3,000 against ten thousand remaining"],
        ["012-2", "000-3", "an additional 3,000 against 10,000-12,000"],
        ["012-2", "002-4", "an additional 3,000 against 11,000"],
        ["012-2", "005-2", "an additional 3,000 against eleven thousand"],
        ["012-2", "011-3", "an additional 3,000 against 15,000 in all"],
        ["012-2", "012-1", "an additional 3,000 against up to 12,000, same article"],
        ["012-2", "013-3", "an additional 3,000 against 11,000"],
        ["012-2", "014-2", "an additional 3,000 against ten thousand remaining"],
        # cumulative casualty and death tallies from different agencies, months apart
        ["002-1", "009-2", "1,100 (NIS, December) against 4,000 (JCS, late February)"],
        ["002-1", "011-1", "1,100 in December against 4,700 in April"],
        ["002-1", "012-3", "1,100 in December against 4,700 as of April"],
        ["003-2", "009-2", "1,100 (JCS, December) against 4,000 (JCS, February)"],
        ["003-2", "011-1", "1,100 (JCS, December) against 4,700 (NIS, April)"],
        ["003-2", "012-3", "1,100 (JCS, December) against 4,700 (NIS, April)"],
        ["009-2", "011-1", "4,000 (JCS, February) against 4,700 (NIS, April)"],
        ["009-2", "012-3", "4,000 (JCS, February) against 4,700 (NIS, April)"],
        ["006-1", "011-2", "300 killed in January against 600 in April"],
        ["006-1", "012-4", "300 killed in January against 600 as of April"],
        ["006-1", "013-1", "300 killed in January against 2,000 in September"],
        ["006-1", "013-2", "300 killed in January against 600 as of April"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
