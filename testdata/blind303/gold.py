#!/usr/bin/env python3
"""Gold labels for testdata/blind303 (python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind303: fifteen articles written blind for crosscheck about the real story's "
         "known reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NK, RU, UA = "north_korea", "russia", "ukraine"
THOUSANDS = (2000, 9999)
HUNDREDS = (200, 900)

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved about 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "the first group, some 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, THOUSANDS[0], THOUSANDS[1], "vague", ["unattributed"],
         "Thousands of North Korean soldiers have moved into Russia's Kursk border region", True),
        ("troops", NK, 10000, 12000, "range",
         ["U.S.", "United States", "US", "South Korea", "South Korean", "Ukraine", "Ukrainian officials"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "has put the number at up to 12,000", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "U.S.", "United States", "US"],
         "about 8,000 of them had been moved to the Kursk region", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korea's deployment to Russia has grown to more than 10,000 soldiers", False),
        ("troops", NK, HUNDREDS[0], HUNDREDS[1], "vague", NIS + ["Lee Seong-kweun"],
         "several hundred of the soldiers had moved up to front-line positions", True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "South Korea's intelligence agency"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "South Korea's intelligence agency"],
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun", "South Korea's intelligence agency"],
         "North Korean casualties in Russia's western Kursk region now stand at around 3,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "NIS", "National Intelligence Service"],
         "it had captured two wounded North Korean soldiers in Kursk", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("captured", RU, HUNDREDS[0], HUNDREDS[1], "vague", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukraine has taken hundreds of Russian soldiers prisoner since its forces crossed into Kursk Oblast in August 2024", True),
    ],
    "006": [
        ("casualties", NK, 4000, None, "more_than",
         ["Budanov", "Kyrylo Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "more than 4,000 of the North Korean soldiers sent to Russia have been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "An estimated eleven thousand North Korean soldiers were sent to Kursk Oblast late last year", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers captured by Ukrainian forces on Jan. 9", False),
    ],
    "007": [
        ("troops", UA, 60000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "Kiev had assembled a grouping of more than 60,000 servicemen for the incursion", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy's losses exceeded 76,000 servicemen", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "South Korea's spy agency"],
         "Around 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "The North had suffered some 4,700 casualties in all", False),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine", "Kyiv"],
         "North Korean losses had topped 6,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "The two soldiers captured by Ukraine in January", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about",
         ["South Korea's military", "South Korea", "Seoul", "Joint Chiefs of Staff", "JCS"],
         "North Korea sent around 11,000 troops to Russia last year", False),
        ("troops", NK, 3000, None, "about",
         ["South Korea's military", "South Korea", "Seoul", "Joint Chiefs of Staff", "JCS"],
         "some three thousand more in January and February", False),
        ("killed", NK, 600, None, "about", NIS + ["Seoul's spy agency"],
         "about 600 of them had been killed", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Some 2,000 North Korean soldiers have died fighting in Russia's war against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "about 1,000 North Korean military engineers have been clearing mines in the Kursk region", False),
    ],
}

NOT = {
    "000": ["about 10,000 by December", "aged 18 to 24", "four Russian naval landing ships",
            "2,593.79", "1,386.3 per dollar", "4.5 pct rise in defense budget", "10 new 'innovation cities' by 2026"],
    "001": ["the 11th Corps", "about 1.2 million active-duty personnel", "the 1950-53 Korean War",
            "about $2,000 a month each", "155 mm artillery shells", "Pentagon: 10,000 North Korean troops now in Russia",
            "3 min read"],
    "002": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "around $2,000 a month per soldier", "N. Korea to send 12K troops in total?",
            "NIS says North sent 1,500 special forces in first batch", "Samsung shares slide 4.5%",
            "34th straight week"],
    "004": ["one North Korean soldier", "Watch video 1:42", "adding 11 organizations", "Jan. 23"],
    "005": ["born in 2005", "since 2021", "born in 1999", "Russia attacks Kharkiv with 3 guided bombs: 5 injured",
            "downs 42 of 72 drones overnight"],
    "006": ["100-year partnership", "39 drones, 3 ballistic missiles", "air defense downs 24",
            "at least 3 billion pounds ($3.6 billion) a year", "143 combat engagements",
            "47 of them in the Pokrovsk sector", "100% funded by our readers"],
    "007": ["August 6, 2024", "more than 7,700 pieces of weapons and military equipment", "412 tanks",
            "280 infantry fighting vehicles", "more than 150,000 residents had been evacuated",
            "Russian Defense Ministry: 1,275 Ukrainian troops eliminated in past day", "USD 82.78, EUR 94.22"],
    "008": ["April 28, 2025", "18:30 (KST)"],
    "009": ["North Korea to send 6,000 military builders and deminers", "1,000 deminers and 5,000 military construction workers",
            "1,000 sappers", "5,000 military builders", "second trip to Pyongyang in two weeks",
            "around half of the artillery ammunition", "Oil jumps 4%"],
    "011": ["the 5,000 military construction troops promised in June", "one of the two secretaries",
            "late 2011", "exports rise 1.3%", "approval rating at 56%"],
}

OFF = ["003", "010", "012", "013"]
DUP = {"014": "008"}

conflicts = {
    "must": [
        ["004-3", "006-1", "around 3,000 North Korean casualties (South Korea's NIS, Jan 13 2025) against more than "
                           "4,000 killed and wounded (Budanov, Ukraine's HUR, Jan 17 2025), four days apart"],
        ["008-2", "008-4", "some 4,700 casualties (NIS) against more than 6,000 killed and wounded (Ukraine's military "
                           "intelligence) in the same article, the same month"],
    ],
    "may": [
        # troops: the deployment was still arriving in late October 2024; later totals, reinforcements, engineers
        ["000-1", "001-2", "about 3,000 (NIS, Oct 23) against 10,000-12,000 (Nov 8): the deployment was still arriving"],
        ["000-1", "001-4", "about 3,000 sent (NIS, Oct 23) against 8,000 moved to Kursk (Pentagon, Nov 8): still arriving"],
        ["000-1", "006-2", "3,000 in October against 11,000 sent by late 2024, months apart"],
        ["000-1", "008-3", "3,000 in October 2024 against more than 10,000 sent last year (April 2025), months apart"],
        ["000-1", "009-1", "3,000 in October 2024 against 11,000 sent last year (June 2025), months apart"],
        ["000-1", "011-2", "3,000 troops (Oct 2024) against 1,000 engineers (Sep 2025): another contingent, months apart"],
        ["000-2", "001-4", "1,500 in the first batch against 8,000 in Kursk: different groups"],
        ["000-2", "009-2", "1,500 in the first batch against 3,000 reinforcements: different groups, months apart"],
        ["000-2", "011-2", "1,500 special forces against 1,000 engineers: different groups, months apart"],
        ["001-1", "001-2", "'thousands' (vague) against 10,000-12,000"],
        ["001-1", "002-1", "'thousands' (vague) against more than 10,000"],
        ["001-2", "009-2", "10,000-12,000 against an additional 3,000"],
        ["001-2", "011-2", "10,000-12,000 against 1,000 engineers sent later"],
        ["001-4", "006-2", "8,000 in Kursk (Nov 8) against 11,000 sent to Kursk by the end of 2024, two months apart"],
        ["001-4", "008-3", "8,000 in Kursk (Nov 2024) against more than 10,000 sent to Russia (April 2025)"],
        ["001-4", "009-1", "8,000 in Kursk (Nov 2024) against 11,000 sent to Russia (June 2025)"],
        ["001-4", "009-2", "8,000 in Kursk against an additional 3,000"],
        ["001-4", "011-2", "8,000 in Kursk against 1,000 engineers sent later"],
        ["002-1", "009-2", "more than 10,000 against an additional 3,000"],
        ["002-1", "011-2", "more than 10,000 against 1,000 engineers sent later"],
        ["006-2", "009-2", "11,000 against an additional 3,000"],
        ["006-2", "011-2", "11,000 against 1,000 engineers sent later"],
        ["008-3", "009-2", "more than 10,000 against an additional 3,000"],
        ["008-3", "011-2", "more than 10,000 against 1,000 engineers sent later"],
        ["009-1", "009-2", "11,000 last year against some three thousand more this year (an additional force)"],
        ["009-1", "011-2", "11,000 against 1,000 engineers sent later"],
        ["009-2", "011-2", "3,000 reinforcements against 1,000 engineers: different groups"],
        # casualties and killed: cumulative counts rising over months
        ["004-3", "008-2", "the NIS's cumulative count rising from about 3,000 (Jan) to 4,700 (Apr): an update, months apart"],
        ["004-3", "008-4", "about 3,000 (Jan) against more than 6,000 (Apr), months apart"],
        ["004-1", "008-1", "300 killed (Jan) against 600 killed (Apr): the NIS's count rising, months apart"],
        ["004-1", "009-3", "300 killed (Jan) against 600 killed (restated in June), months apart"],
        ["004-1", "011-1", "300 killed (Jan) against 2,000 killed (Sep), months apart"],
        ["008-1", "011-1", "600 killed (Apr) against 2,000 killed (Sep), months apart"],
        ["009-3", "011-1", "600 killed (as of April) against 2,000 killed (Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
