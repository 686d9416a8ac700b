#!/usr/bin/env python3
"""Gold labels for testdata/blind465 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS + ["officials"],
         "North Korea has moved about 1,500 special operations troops to Russia's Far East in a first contingent", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "some 11,000 North Korean soldiers were already in Kursk", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "Washington"],
         "about 8,000 North Korean troops had been moved into the Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "United States", "U.S.", "Washington"],
         "roughly 10,000 that the Pentagon says Pyongyang has sent to Russia altogether", False),
        ("troops", "russia", 50000, None, "about",
         ["Ukrainian officer", "a Ukrainian officer serving in the Kursk area", "Ukraine"],
         "Russia had gathered about 50,000 troops there for a push to retake the lost ground", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korea's losses in the war against Ukraine have reached roughly 1,100 soldiers killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", LEE + NIS,
         "At least 100 North Korean soldiers had been killed by then", False),
        ("wounded", "north_korea", 1000, None, "about", LEE + NIS,
         "Another 1,000 or so had been wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"],
         "North Korean losses, dead and wounded together, are now above three thousand", False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["Defense Intelligence", "HUR", "Ukraine's Defense Intelligence", "Ukrainian military intelligence", "Ukraine"],
         "North Korean units had lost at least 30 soldiers killed and wounded", False),
    ],
    "005": [
        ("casualties", "russia", 38000, None, "about",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia had lost about 38,000 soldiers, killed and wounded, in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
         "killed and about 2,700 wounded since the deployment", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian troops"],
         "Ukrainian troops had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "some 11,000 North Korean troops are thought to have arrived in the Kursk region in the autumn", False),
        ("killed", "north_korea", 200, 900, "vague",
         ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "they had killed hundreds of North Koreans over the past month", True),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 14000, None, "about", ["Joint Chiefs of Staff official", "JCS official"] + JCS,
         "That would put the total North Korea has dispatched at around 14,000", False),
        ("troops", "north_korea", 11000, None, "about", ["Joint Chiefs of Staff official", "JCS official"] + JCS,
         "the estimated 11,000 soldiers who were sent in October and November", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean troops have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 dead", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "Pyongyang first sent an estimated 11,000-12,000 troops in late 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "followed with some three thousand more in the first months of this year", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen killed and wounded during the operation in the region", False),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers are estimated to have died fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS + ["lawmakers"],
         "Pyongyang had begun sending several thousand military engineers and construction troops to Russia's Kursk region", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["state media", "North Korean state media", "KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of an engineering regiment died while clearing mines in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean, US and Ukrainian officials", "South Korea", "United States", "US", "Ukraine", "officials"],
         "between 10,000 and 12,000 soldiers, many from the elite Storm Corps, also known as the 11th Army Corps, were sent in the first wave", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "estimated in September that about 2,000 had died", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Ukrainian forces", "Ukraine", "unattributed"],
         "Ukrainian forces captured two wounded North Korean soldiers in Kursk in January", False),
    ],
}

NOT = {
    "000": ["a force of some 12,000 soldiers that would be dispatched in stages",
            "Four Russian amphibious landing ships and three escort vessels",
            "between Oct. 8 and 13",
            "N. Korea says 1.4 million young people volunteered to join army",
            "Seoul shares close 0.4 pct lower at 2,593.92",
            "the one-hour meeting"],
    "001": ["Russia fired 96 Shahed-type drones at Ukraine overnight",
            "60 of them were shot down",
            "Russia says it downed 39 Ukrainian drones, including 11 over Kursk",
            "Election Day 2024"],
    "003": ["more than 20,000 containers of munitions and weapons",
            "Hanwha Aerospace shares jump 4.2% on Poland order",
            "Won slides past 1,450 per dollar, lowest since 2009",
            "KRW/USD 1,452.40 | KOSPI 2,442.01"],
    "004": ["personnel 776,360 (+1,650) | tanks 9,573 | artillery systems 21,093",
            "some 800 square kilometers",
            "Ukraine's Air Force downs 59 of 81 Russian drones overnight",
            "six years at regional outlets",
            "Donate from $5",
            "14 comments"],
    "005": ["Russia launched 110 drones and four ballistic missiles at Ukraine overnight",
            "69 of the drones had been shot down",
            "born in 2005",
            "LA fires: death toll rises to 24 as winds return",
            "Man, 71, charged after crash outside London school",
            "from £2 a month"],
    "007": ["KN-23 and KN-24 types",
            "about $2,000 per soldier a month",
            "Ukraine says Russia lost 1,200 troops in a day on eastern front",
            "South Korea's KOSPI slips 0.7% as chipmakers weigh"],
    "008": ["Nikkei 225 36,045.38 ▲0.57% | USD/JPY 142.91 | KOSPI 2,556.61",
            "Article 4 of the mutual defense treaty",
            "as much as 20 trillion won ($13.9 billion)",
            "North Korea sent 3K more troops to Russia in early 2025: Seoul",
            "Japan's March exports rise 4% despite US tariff threat",
            "3 months for $3"],
    "009": ["one thousand sappers and five thousand military builders",
            "dispatch one thousand sappers to demine the territory of the Kursk Region, and also five thousand military builders",
            "second visit to Pyongyang in two weeks",
            "On April 26",
            "June 19, 2024",
            "1,560 explosive objects defused in Sudzha district over week",
            "almost 2.5 hours"],
    "011": ["more than 12 million artillery shells since 2023",
            "hold 1st trilateral air drill of year near Jeju",
            "test of 2 new types of air defense missiles",
            "5 candidates emerge as LDP leadership race takes shape"],
    "014": ["after a 120-day mission",
            "the 11th Army Corps",
            "Pyongyang pledged 1,000 deminers and 5,000 military construction workers",
            "North Korea sends 12K troops to help Russia, South Korea says",
            "Updated 3:00 AM UTC"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"012": "011"}

conflicts = {
    "must": [
        ["001-1", "001-2",
         "about 11,000 North Korean troops in Kursk (Budanov, Ukraine's military intelligence) against about 8,000 "
         "moved into the Kursk region (Blinken), both given within a week of each other and printed in one article"],
        ["003-1", "004-1",
         "about 1,100 North Korean killed or wounded (South Korea's JCS, Dec 23 2024) against more than 3,000 killed "
         "and wounded (Zelensky, same day), in articles three days apart"],
    ],
    "may": [
        ["001-1", "001-3", "11,000 in Kursk (Budanov) against about 10,000 sent to Russia in all (Pentagon): different scope, same week"],
        ["001-2", "005-5", "8,000 in Kursk (November) against some 11,000 (unattributed, January), two months apart"],
        ["001-2", "007-3", "8,000 in Kursk (November) against the estimated 11,000 sent in Oct-Nov (JCS, reported in February)"],
        ["001-2", "008-3", "8,000 in Kursk (November) against 11,000-12,000 first sent (NIS, reported in April)"],
        ["001-2", "014-2", "8,000 in Kursk (November 2024) against 10,000-12,000 in the first wave (recap, December 2025)"],
        ["001-3", "005-5", "about 10,000 in Russia (Pentagon, November) against some 11,000 in Kursk (January)"],
        ["001-3", "007-3", "about 10,000 (Pentagon, November) against an estimated 11,000 (JCS, February), months apart"],
        ["001-3", "008-3", "about 10,000 (Pentagon, November) against 11,000-12,000 (NIS, April), months apart"],
        ["007-2", "001-1", "14,000 in total after reinforcements (February) against 11,000 (November): an additional force"],
        ["007-2", "001-3", "14,000 in total (February) against 10,000 (November): an additional force, months apart"],
        ["007-2", "005-5", "14,000 in total (February) against some 11,000 (January): an additional force"],
        ["007-2", "008-3", "14,000 in total (February) against 11,000-12,000 first sent (April): total against first wave"],
        ["007-2", "014-2", "14,000 in total against 10,000-12,000 in the first wave: total against first wave"],
        ["007-1", "005-5", "roughly 3,000 more (February) against some 11,000 (January): an additional force"],
        ["007-1", "007-3", "roughly 3,000 more against the 11,000 sent earlier: an additional force"],
        ["008-4", "008-3", "some three thousand more against 11,000-12,000 first sent: an additional force"],
        ["003-1", "008-1", "about 1,100 casualties (December) against about 4,700 (April): cumulative toll, months apart"],
        ["005-2", "008-2", "about 300 killed (NIS, January) against some 600 (NIS, April): cumulative toll, months apart"],
        ["005-2", "011-1", "about 300 killed (January) against about 2,000 (September): cumulative toll, months apart"],
        ["005-2", "014-3", "about 300 killed (January) against about 2,000 (September, recapped December), months apart"],
        ["008-2", "011-1", "some 600 killed (April) against about 2,000 (September): cumulative toll, months apart"],
        ["008-2", "014-3", "some 600 killed (April) against about 2,000 (recapped December), months apart"],
    ],
}

about = ("Gold labels for testdata/blind465, fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting and labelled blind. See testdata/corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
