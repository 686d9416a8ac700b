#!/usr/bin/env python3
"""Gold labels for testdata/blind504 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind504 articles (fifteen articles written in our own words about the real "
         "story's known reporting, October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["HUR", "military intelligence", "Defence Intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has so far moved some three thousand soldiers to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "The first group of about 1,500", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Moscow has concentrated about 50,000 of its own troops in the region", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "Washington"],
         "about 8,000 North Korean soldiers had been moved to Kursk", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops have been brought to Russia in total", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian intelligence", "US", "United States", "South Korea",
          "South Korean intelligence", "Ukraine", "Ukrainian intelligence", "intelligence"],
         "US, South Korean and Ukrainian intelligence now put the force at between 10,000 and 12,000 troops", False),
        ("casualties", "north_korea", 200, 999, "vague", HUR,
         "has reported North Korean casualties in the hundreds", True),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 others had been wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "the toll among the North Korean troops fighting in the Kursk region has passed 3,000 killed and wounded", False),
        ("casualties", "north_korea", 1000, None, "more_than",
         ["John Kirby", "Kirby", "National Security Council", "White House", "United States", "U.S.", "Washington"],
         "in the last week alone they suffered more than 1,000 killed or wounded", False),
        ("killed", "north_korea", 50, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine", "Ukrinform"],
         "eliminated 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine", "Ukrinform"],
         "wounded 47 more", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Zelensky", "Volodymyr Zelensky"],
         "Ukraine said it had captured two North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent an estimated 11,000 troops to help Russia last autumn", False),
        ("casualties", "russia", 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost about 38,000 troops killed and wounded in the region since August", False),
        ("captured", "russia", 200, 999, "vague", ["unattributed"],
         "Ukrainian units there have taken hundreds of Russian soldiers prisoner", True),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "about 3,000 reinforcements had arrived in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 North Korean troops sent last year", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "Roughly 4,700 of the North Korean troops dispatched have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency estimated casualties at about 3,000", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "North Korea has sent some 15,000 troops to Russia", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian Armed Forces"],
         "the losses of the Kiev regime during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state news agency", "North Korean state media", "North Korea",
          "Daniel Hartley"],
         "lost nine of its soldiers to mines during those four months", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["Daniel Hartley"],
         "around 2,000 North Korean soldiers had been killed in the Kursk fighting overall", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["British defense ministry", "Ministry of Defence", "defence ministry", "UK", "Britain",
          "Martin Ellery"],
         "more than six thousand had been killed or wounded", False),
        ("troops", "north_korea", 14000, 15000, "range", ["Martin Ellery", "Ellery"],
         "Out of the 14,000 to 15,000 men Pyongyang sent", False),
    ],
}

NOT = {
    "000": ["a total of 10,000 troops by December", "four Russian navy landing ships", "between Oct. 8 and 13",
            "2-3 monitoring officers", "60-meter sections", "2,599.62", "1,385 against dollar"],
    "001": ["82 mm mortars", "a range of up to 300 kilometers", "Russian strike on Zaporizhzhia injures 7",
            "$5 a month", "five years"],
    "002": ["about 1.28 million", "roughly 6,500 km", "around $2,000 a month per soldier",
            "more than 20,000 containers of munitions", "170mm Koksan", "240mm multiple rocket launchers",
            "11th Corps", "Ukraine says 3 soldiers killed in Russian strike on training ground",
            "1,000 days of war", "early twenties"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "Dec. 14 impeachment vote",
            "W3.6tr", "15 cm expected"],
    "004": ["December 14-16", "one person killed, three injured", "31 of 59 Russian drones", "2015-2024"],
    "005": ["one aged 20 and the other 26", "five-month Kursk operation", "Oil jumps 2%", "Nikkei falls 1.1%"],
    "007": ["in groups of 20 to 30", "177 drones and three ballistic missiles", "110 drones were shot down",
            "a further 66", "$500bn", "two more villages", "Comments (412)"],
    "008": ["36,045.38", "2,556.61", "1,426.70", "as much as $20 billion", "about one in three of those deployed",
            "jumps sixfold", "fall 4.4%"],
    "009": ["1,000 sappers", "5,000 military builders", "5,000 military construction workers",
            "more than 7,000 pieces of weapons", "over 400 tanks", "up to 200 explosive objects a day",
            "3 communities", "$1 = 78.45 rubles", "second visit to Pyongyang in two weeks"],
    "010": ["120 days", "528th engineer regiment", "08:00 ET", "during those four months"],
}

OFF = ["011", "012", "013", "014"]
DUP = {"006": "005"}

M = "months apart"
conflicts = {
    "must": [
        ["001-1", "001-3",
         "11,000 North Korean troops in Kursk (Zelensky) against about 8,000 there (Blinken), same week, same article"],
        ["003-1", "004-1",
         "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
         "(Zelensky, Dec 23), articles four days apart"],
    ],
    "may": [
        # troops: a deployment that grew, totals against an additional force, months apart
        ["000-1", "001-1", "some 3,000 sent by Oct 23 against 11,000 in Kursk by Nov 4: two weeks apart, deployment still under way"],
        ["000-1", "001-3", "some 3,000 sent by Oct 23 against about 8,000 in Kursk a week later: deployment still under way"],
        ["000-1", "002-1", "3,000 (October) against 10,000-12,000 (December): six weeks apart"],
        ["000-1", "005-4", "3,000 (October) against 11,000 sent last autumn: " + M],
        ["000-1", "007-2", "3,000 (October) against 11,000 sent last year: " + M],
        ["000-1", "008-4", "3,000 (October) against 15,000 in all (April): " + M],
        ["000-1", "010-4", "3,000 (October) against 14,000-15,000 (December 2025): " + M],
        ["001-1", "008-4", "11,000 (November) against 15,000 including reinforcements (April): " + M],
        ["001-1", "010-4", "11,000 (November) against 14,000-15,000 in all: " + M],
        ["001-3", "002-1", "about 8,000 in Kursk against 10,000-12,000 in Russia, a month apart"],
        ["001-3", "005-4", "8,000 in Kursk (October) against 11,000 sent (January report): " + M],
        ["001-3", "007-2", "8,000 (October) against 11,000 sent last year: " + M],
        ["001-3", "008-4", "8,000 (October) against 15,000 in all: " + M],
        ["001-3", "010-4", "8,000 (October) against 14,000-15,000 in all: " + M],
        ["001-4", "008-4", "up to 12,000 (November) against 15,000 including reinforcements: " + M],
        ["001-4", "010-4", "up to 12,000 (November) against 14,000-15,000 in all: " + M],
        ["002-1", "008-4", "10,000-12,000 (December) against 15,000 including reinforcements: " + M],
        ["002-1", "010-4", "10,000-12,000 (December 2024) against 14,000-15,000 in all: " + M],
        ["005-4", "008-4", "11,000 sent last autumn against 15,000 including reinforcements: " + M],
        ["005-4", "010-4", "11,000 against 14,000-15,000 in all: " + M],
        ["007-2", "008-4", "11,000 sent in 2024 against 15,000 including 2025 reinforcements: " + M],
        ["007-2", "010-4", "11,000 sent in 2024 against 14,000-15,000 in all: " + M],
        ["007-1", "001-1", "an additional 3,000 against a total"],
        ["007-1", "001-3", "an additional 3,000 against a total"],
        ["007-1", "001-4", "an additional 3,000 against a total"],
        ["007-1", "002-1", "an additional 3,000 against a total"],
        ["007-1", "005-4", "an additional 3,000 against a total"],
        ["007-1", "007-2", "an additional 3,000 against the total sent last year, same entry"],
        ["007-1", "008-4", "an additional 3,000 against a total"],
        ["007-1", "010-4", "an additional 3,000 against a total"],
        ["007-1", "000-2", "an additional 3,000 against the first batch of 1,500"],
        # casualties
        ["003-1", "004-2", "about 1,100 in all against more than 1,000 in one later week: a part, four days apart"],
        ["002-2", "003-1", "casualties 'in the hundreds' (vague) against 1,100, three weeks apart"],
        ["002-2", "004-1", "casualties 'in the hundreds' (vague) against more than 3,000, three weeks apart"],
        ["002-2", "004-2", "casualties 'in the hundreds' (vague) against more than 1,000 in a week"],
        ["002-2", "008-1", "vague hundreds (December) against 4,700 (April): " + M],
        ["002-2", "008-3", "vague hundreds (December) against 3,000 (January)"],
        ["002-2", "010-3", "vague hundreds (December) against more than 6,000 (June): " + M],
        ["003-1", "008-1", "1,100 (December) against 4,700 (April): cumulative, " + M],
        ["003-1", "008-3", "1,100 (JCS, December) against about 3,000 (NIS, January): a later cumulative estimate"],
        ["003-1", "010-3", "1,100 (December) against more than 6,000 (June): " + M],
        ["004-1", "008-3", "more than 3,000 (December) against about 3,000 (January)"],
        ["008-1", "008-3", "4,700 (April) against 3,000 (January): the same agency's cumulative figure rising, " + M],
        ["008-1", "010-3", "4,700 (NIS, April) against more than 6,000 (UK, June): " + M],
        ["008-3", "010-3", "3,000 (January) against more than 6,000 (June): " + M],
        # killed
        ["005-1", "008-2", "about 300 killed (January) against about 600 (April): cumulative, " + M],
        ["005-1", "010-2", "about 300 killed (January) against about 2,000 (September): " + M],
        ["008-2", "010-2", "about 600 killed (April) against about 2,000 (September): " + M],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
