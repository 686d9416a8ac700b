#!/usr/bin/env python3
"""Gold labels for testdata/blind558 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind558: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "Seoul's spy agency", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 is already in the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Some 11,000 North Korean soldiers have now reached Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about",
         ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "the contingent includes around 500 officers", False),
        ("troops", "russia", 50000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia has concentrated roughly 50,000 of its own servicemen near the Ukrainian-held pocket", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's joint chiefs of staff", "South Korea", "Seoul"],
         "roughly 1,100 North Korean troops had been killed or injured in the fighting", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is estimated to have sent about 11,000 soldiers to Russia", False),
        ("casualties", "ukraine", 45000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Ministry of Defence", "Russia"],
         "Ukraine had lost more than 45,000 soldiers in Kursk", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed", "western officials"],
         "Pyongyang sent thousands of soldiers in October and November", True),
    ],
    "004": [
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's western Kursk region", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 2,700 have been wounded fighting for Russia in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 11,000 North Korean troops are in the Kursk area", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "two North Korean soldiers had been captured alive by Ukrainian forces", False),
    ],
    "007": [
        ("killed", "north_korea", 1000, None, "more_than",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Yurii Kovalchuk", "Kovalchuk", "Ukraine"],
         "North Korea has already lost more than a thousand men killed in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean servicemen are in Kursk Oblast", False),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 North Korean soldiers have been deployed to Russia in total", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 reinforcements who arrived in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the first wave of about 11,000", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency put the casualty count at roughly 3,000", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine had lost more than 76,000 soldiers during the incursion", False),
        ("casualties", "north_korea", 2000, 9999, "vague", NIS,
         "Seoul now says thousands have been killed or wounded", True),
    ],
    "011": [
        ("troops", "north_korea", 11000, None, "about",
         ["Western intelligence", "South Korean intelligence", "Western and South Korean intelligence agencies", "South Korea"],
         "some eleven thousand North Korean soldiers were sent to the region last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Western intelligence", "South Korean intelligence", "Western and South Korean intelligence agencies", "South Korea"],
         "followed by several thousand more at the start of this year", True),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "casualties running into the thousands", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "the roughly 600 deaths it reported in April", False),
        ("troops", "north_korea", 13000, 15000, "range",
         ["South Korean and Ukrainian officials", "South Korean officials", "Ukrainian officials", "South Korea", "Ukraine"],
         "North Korea has sent between 13,000 and 15,000 troops to Russia since last fall", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korea", "North Korean state media"],
         "nine of its members had died there", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "roughly a thousand North Korean deminers were sent to Kursk from August", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops", "four brigades", "four Russian amphibious landing ships", "three escort vessels",
            "2 days after threat", "2,593.80", "1,371.50", "Oct. 8 and 13"],
    "001": ["about 700 square kilometers", "around 1,300 square kilometers", "42 drones", "3 districts",
            "$53.7 billion", "47th Brigade", "$5 a month", "millions of artillery shells"],
    "003": ["240mm multiple rocket launchers", "170mm self-propelled guns", "78 drones", "about 120,000 households",
            "52 vessels", "15th package", "4.2m cars", "Comments (1,284)", "2 power plants"],
    "004": ["26 years old", "aged 20", "since 2021", "39,190.40", "1st launch of 2025"],
    "005": ["11th Army Corps", "Ukraine says 2 North Korean soldiers captured in Kursk region", "2,489.56", "1,470.80"],
    "007": ["8th Special Operations Regiment", "25 children", "74 times", "11 guided bombs", "100-year partnership",
            "6 oblasts", "24/7"],
    "009": ["$2,000 a month", "5,000-ton destroyer", "6 candidates", "June 2024"],
    "011": ["1,000 sappers", "5,000 military construction workers", "one thousand sappers", "five thousand military builders",
            "6,000 Deminers and Military Builders", "more than 20,000 hectares", "USD 78.45", "$2"],
    "012": ["4-hectare site", "Aug. 21", "several billion dollars", "2 new air defense missiles", "5 companies",
            "3 Russian refineries", "more than three times"],
    "014": ["about 120 days"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"008": "005"}

conflicts = {
    "must": [
        ["003-1", "003-2",
         "more than 3,000 North Korean casualties (Zelensky) against roughly 1,100 (South Korea's JCS), same day, same live-blog entry"],
        ["005-1", "007-1",
         "some 300 North Korean soldiers killed (NIS, 13 Jan 2025) against more than a thousand killed (Ukraine's SSO, 16 Jan 2025), three days apart"],
    ],
    "may": [
        # the first contingent in October against later totals (weeks to months later, a growing deployment)
        ["000-1", "001-1", "1,500 in the Far East (18 Oct) against 11,000 in Kursk (5 Nov): first contingent, weeks apart"],
        ["000-1", "003-3", "1,500 (Oct) against about 11,000 sent (Dec): first contingent, months apart"],
        ["000-1", "005-3", "1,500 (Oct) against about 11,000 (Jan): months apart"],
        ["000-1", "007-2", "1,500 (Oct) against up to 12,000 (Jan): months apart"],
        ["000-1", "009-1", "1,500 (Oct) against 15,000 in total (Apr): months apart"],
        ["000-1", "009-2", "1,500 (Oct) against 3,000 reinforcements (Apr): different contingents, months apart"],
        ["000-1", "009-3", "1,500 (Oct) against a first wave of 11,000 (Apr): months apart"],
        ["000-1", "011-1", "1,500 (Oct) against 11,000 sent last autumn (Jun): months apart"],
        ["000-1", "012-3", "1,500 (Oct) against 13,000-15,000 (Sep): months apart"],
        # totals growing with the reinforcements
        ["001-1", "009-1", "11,000 (Nov) against 15,000 in total (Apr): months apart, reinforcements"],
        ["001-1", "012-3", "11,000 (Nov) against 13,000-15,000 (Sep): months apart"],
        ["003-3", "009-1", "about 11,000 (Dec) against 15,000 (Apr): months apart"],
        ["003-3", "012-3", "about 11,000 (Dec) against 13,000-15,000 (Sep): months apart"],
        ["005-3", "009-1", "about 11,000 (Jan) against 15,000 (Apr): months apart"],
        ["005-3", "012-3", "about 11,000 (Jan) against 13,000-15,000 (Sep): months apart"],
        ["007-2", "009-1", "up to 12,000 (Jan) against 15,000 (Apr): months apart"],
        ["007-2", "012-3", "up to 12,000 (Jan) against 13,000-15,000 (Sep): months apart"],
        # an additional force
        ["001-1", "009-2", "11,000 against an additional 3,000 reinforcements"],
        ["003-3", "009-2", "11,000 against an additional 3,000 reinforcements"],
        ["005-3", "009-2", "11,000 against an additional 3,000 reinforcements"],
        ["007-2", "009-2", "up to 12,000 against an additional 3,000 reinforcements"],
        ["009-2", "009-3", "3,000 reinforcements against the first wave of 11,000, same article"],
        ["009-2", "011-1", "3,000 reinforcements against 11,000 sent last autumn"],
        # the deminers: an additional, later force
        ["000-1", "014-2", "1,500 (Oct 2024) against about 1,000 deminers (Dec 2025): different contingents, a year apart"],
        ["001-1", "014-2", "11,000 against an additional 1,000 deminers, a year later"],
        ["003-3", "014-2", "11,000 against an additional 1,000 deminers, a year later"],
        ["005-3", "014-2", "11,000 against an additional 1,000 deminers, a year later"],
        ["007-2", "014-2", "up to 12,000 against an additional 1,000 deminers, a year later"],
        ["009-1", "014-2", "15,000 against an additional 1,000 deminers, months later"],
        ["009-2", "014-2", "3,000 reinforcements against 1,000 deminers: different contingents, months apart"],
        ["009-3", "014-2", "first wave of 11,000 against an additional 1,000 deminers"],
        ["011-1", "014-2", "11,000 sent last autumn against an additional 1,000 deminers"],
        ["012-3", "014-2", "13,000-15,000 against 1,000 deminers sent from August, months later"],
        # casualties: a cumulative figure rising over weeks and months
        ["003-2", "009-4", "1,100 (Dec) against 4,700 (Apr): months apart, cumulative"],
        ["003-2", "009-6", "1,100 (Dec) against roughly 3,000 in January: weeks apart, cumulative"],
        ["009-4", "009-6", "4,700 now against roughly 3,000 in January, same source: an update, months apart"],
        # killed: a cumulative figure rising over months
        ["005-1", "009-5", "300 (Jan) against 600 (Apr): months apart, update"],
        ["005-1", "012-1", "300 (Jan) against 2,000 (Sep): months apart"],
        ["005-1", "012-2", "300 (Jan) against 600 (April): months apart"],
        ["007-1", "009-5", "more than 1,000 (Jan, Ukraine) against about 600 (Apr, NIS): months apart"],
        ["007-1", "012-2", "more than 1,000 (Jan, Ukraine) against about 600 (April, NIS): months apart"],
        ["009-5", "012-1", "600 (Apr) against 2,000 (Sep): months apart, update"],
        ["012-1", "012-2", "about 2,000 now against roughly 600 in April, same source: an update, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
