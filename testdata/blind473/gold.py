#!/usr/bin/env python3
"""Gold labels for testdata/blind473 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence service", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]

about = ("Gold labels for blind473: 15 articles written for crosscheck about North Korean troops in Russia's "
         "Kursk region, in the format of testdata/corpus. See testdata/corpus/README.md for the meaning of every "
         "field and how a system's output is scored.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations troops have already arrived in the Russian Far East", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", NIS,
         "More than 10,000 North Korean soldiers are now in Russia", False),
        ("troops", NK, 11000, 12000, "range", ["United States", "U.S. officials", "US", "Washington"],
         "U.S. officials have put the number at 11,000 to 12,000", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "004": [
        ("casualties", "russia", 1610, None, "exact", ["Ukraine's general staff", "General Staff", "Ukraine", "Ukrainian military"],
         "Russia had lost 1,610 troops killed or wounded over the past 24 hours", False),
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded fighting for Russia", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Kursk", False),
    ],
    "006": [
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more", False),
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Kursk had already passed 3,000", False),
    ],
    "007": [
        ("troops", NK, 11000, None, "about", ["Ukraine's military intelligence", "Main Directorate of Intelligence", "HUR", "Ukraine"],
         "roughly 11,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "U.S."],
         "about 8,000 of the North's troops had moved to the Kursk area", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US", "U.S."],
         "The Pentagon puts the total number of North Korean soldiers in Russia at around 10,000", False),
    ],
    "008": [
        ("troops", NK, 11000, None, "about", ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
         "South Korean and Ukrainian intelligence put the first contingent at roughly eleven thousand soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Some three thousand more soldiers were sent in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korea has suffered around 4,000 casualties", False),
        ("captured", NK, 2, None, "exact", ["Security Service of Ukraine", "SBU", "Ukraine"],
         "is holding two North Korean soldiers captured in January", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or injured in Russia's war with Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 deaths", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean, Ukrainian and U.S. officials", "South Korea", "Ukraine", "United States", "U.S. officials"],
         "the North sent 11,000 to 12,000 troops to Kursk last fall", False),
        ("troops", NK, 3000, None, "about", ["South Korean, Ukrainian and U.S. officials", "South Korea", "Ukraine", "United States", "U.S. officials"],
         "followed up with about 3,000 more early this year", False),
    ],
    "011": [
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "As many as 12,000 North Korean soldiers took part in the fighting there over the winter", False),
        ("killed", NK, 200, 900, "vague", ["Seoul", "South Korea"],
         "Several hundred of them were killed, by Seoul's count", True),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have died in the conflict", False),
        ("troops", NK, 14000, None, "about", ["South Korea", "South Korean estimate", "BBC"],
         "Soldiers sent to Russia, Oct 2024 - Mar 2025: about 14,000 (South Korean estimate)", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "BBC"],
         "Prisoners held by Ukraine: 2", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 soldiers in four brigades", "more than 13,000 containers",
            "between Oct. 8 and 13", "11th Corps", "BTS' Jin to meet 1,000 fans", "2,593.82",
            "rise 7.5 pct", "past 1 million copies"],
    "002": ["170 mm self-propelled howitzers", "240 mm multiple rocket launchers", "about $2,000 a month per soldier",
            "around $240 million", "about $24 billion", "1950-53 Korean War", "Samsung cuts 10% of staff",
            "recall 1 million vehicles", "38,721.66"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "North Korea fires 2 ballistic missiles",
            "9.1 trillion won", "export curbs on 243 items", "1.8 trillion won"],
    "004": ["74 drones and three ballistic missiles", "47 of the drones had been shot down", "27 others",
            "One of the men is 20 years old and the other is 26", "two more army corps", "25 cars damaged"],
    "006": ["between December 20 and 22", "31 of 45 Russian drones", "UAH/USD 41.86"],
    "007": ["a range of about 300 kilometers", "the $61 billion aid package", "4 takeaways"],
    "008": ["groups of 20 to 30 men", "about 1,300 square kilometers", "less than 100 square kilometers",
            "about 220 self-propelled guns of 170 mm calibre", "some 200 long-range rocket launchers",
            "5 missiles, 172 drones", "11th Army Corps", "5 min read"],
    "009": ["Article 4 of the mutual defense treaty", "Russia launched 100 drones overnight", "June 3 election"],
    "011": ["6,000 sappers and military builders", "1,000 sappers to clear mines", "5,000 military builders",
            "More than 150,000 residents of border districts were evacuated", "on June 4", "7 questions"],
    "012": ["a further 6,000 personnel", "1,000 deminers and 5,000 military construction workers",
            "Engineers and builders pledged in June: 6,000"],
}

OFF = ["001", "005", "013", "014"]
DUP = {"010": "003"}

ADD = "an additional force against the main body"
conflicts = {
    "must": [
        ["003-1", "006-3", "about 1,100 casualties (South Korea's JCS, 23 Dec) against more than 3,000 killed and wounded "
                           "(Zelensky, the same day), in articles four days apart"],
        ["007-1", "007-2", "roughly 11,000 in Kursk (Ukraine's HUR) against about 8,000 in Kursk (Blinken, four days earlier), "
                           "set against each other in the same article"],
    ],
    "may": [
        # troops: October's first contingent against later totals from other sources (weeks apart, a growing deployment)
        ["000-1", "002-2", "1,500 first arrivals (NIS, 18 Oct) against 11,000-12,000 (US, 14 Nov): a deployment still growing"],
        ["000-1", "007-1", "1,500 (18 Oct) against 11,000 in Kursk (5 Nov): a deployment still growing"],
        ["000-1", "007-2", "1,500 (18 Oct) against 8,000 in Kursk (31 Oct): a deployment still growing"],
        ["000-1", "007-3", "1,500 (18 Oct) against 10,000 in Russia (Pentagon, 5 Nov): a deployment still growing"],
        ["000-1", "008-1", "1,500 (October 2024) against 11,000 (March 2025): months apart"],
        ["000-1", "008-2", "1,500 (October 2024) against 3,000 reinforcements (March 2025): months apart, an additional force"],
        ["000-1", "009-3", "1,500 (October 2024) against 11,000-12,000 (April 2025): months apart"],
        ["000-1", "009-4", "1,500 (October 2024) against 3,000 reinforcements (April 2025): months apart"],
        ["000-1", "012-2", "1,500 (October 2024) against 14,000 in all (September 2025): months apart"],
        # troops: Kursk-only count against totals in Russia
        ["007-2", "002-1", "8,000 in Kursk (31 Oct) against more than 10,000 in Russia (14 Nov): part against whole, two weeks apart"],
        ["007-2", "002-2", "8,000 in Kursk (31 Oct) against 11,000-12,000 (14 Nov): two weeks apart, growing"],
        ["007-1", "007-3", "11,000 in Kursk (HUR) against 10,000 in all of Russia (Pentagon): different scopes"],
        ["007-2", "008-1", "8,000 (November 2024) against 11,000 (March 2025): months apart"],
        ["007-2", "009-3", "8,000 (November 2024) against 11,000-12,000 (April 2025): months apart"],
        ["007-2", "012-2", "8,000 against 14,000 in all including reinforcements: months apart"],
        ["007-3", "012-2", "10,000 (November 2024) against 14,000 in all (September 2025): months apart, includes reinforcements"],
        ["002-2", "012-2", "11,000-12,000 against 14,000 in all including reinforcements"],
        ["007-1", "012-2", "11,000 against 14,000 in all including reinforcements"],
        ["008-1", "012-2", "11,000 first contingent against 14,000 in all including reinforcements"],
        ["009-3", "012-2", "11,000-12,000 last fall against 14,000 in all including reinforcements"],
        ["011-1", "012-2", "up to 12,000 fought over the winter against 14,000 sent in all"],
        # troops: the 3,000 reinforcements against the main body
        ["008-2", "002-1", ADD], ["008-2", "002-2", ADD], ["008-2", "007-1", ADD], ["008-2", "007-2", ADD],
        ["008-2", "007-3", ADD], ["008-2", "008-1", ADD], ["008-2", "009-3", ADD], ["008-2", "012-2", ADD],
        ["009-4", "002-1", ADD], ["009-4", "002-2", ADD], ["009-4", "007-1", ADD], ["009-4", "007-2", ADD],
        ["009-4", "007-3", ADD], ["009-4", "008-1", ADD], ["009-4", "009-3", ADD], ["009-4", "012-2", ADD],
        # casualties: cumulative estimates months apart
        ["003-1", "008-3", "1,100 (JCS, December) against 4,000 (JCS, March): a cumulative toll, months apart"],
        ["003-1", "009-1", "1,100 (December) against 4,700 (NIS, April): a cumulative toll, months apart"],
        ["008-3", "009-1", "4,000 (JCS, 27 March) against 4,700 (NIS, 30 April): a cumulative toll a month later"],
        # killed / wounded: the NIS's own cumulative estimates
        ["004-2", "009-2", "300 killed (January) against 600 killed (April): a cumulative toll, months apart"],
        ["004-2", "012-1", "300 killed (January) against 2,000 killed (September): months apart"],
        ["009-2", "012-1", "600 killed (April) against 2,000 killed (September): months apart"],
        ["011-2", "012-1", "several hundred killed (June) against 2,000 killed (September): months apart"],
        ["003-3", "004-3", "nearly 1,000 wounded (NIS, 19 Dec) against 2,700 wounded (NIS, 13 Jan): the agency's own update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
