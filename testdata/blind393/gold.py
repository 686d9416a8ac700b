#!/usr/bin/env python3
"""Gold labels for testdata/blind393 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind393 articles: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["HUR", "military intelligence", "Defence Intelligence", "Defense Intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
GS_UA = ["General Staff", "Armed Forces of Ukraine", "Ukraine"]

A = {
    # Yonhap, Oct 18 2024: NIS on the first transfer and the whole deployment
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations troops were ferried from the North's east coast to Vladivostok", False),
        ("troops", "north_korea", 12000, None, "about", NIS,
         "The agency estimated the deployment as a whole at around 12,000 soldiers", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "Satellite images released by the NIS showed hundreds of people in uniform", True),
    ],
    # Kyiv Independent live blog, Nov 5 2024
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Kursk Oblast", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Pentagon", "Sabrina Singh", "US Defense Department", "United States"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia in total", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 troops, including around 500 officers, were being trained", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "around 500 officers, were being trained at five sites in Russia's Far East", False),
        ("troops", "north_korea", 200, 900, "vague", HUR,
         "showed hundreds of North Korean soldiers lining up to receive Russian kit", True),
        ("casualties", "russia", 705510, None, "exact", GS_UA,
         "Russia has lost 705,510 troops in Ukraine since the start of its full-scale invasion", False),
        ("casualties", "russia", 1320, None, "exact", GS_UA,
         "including 1,320 over the past day", False),
    ],
    # Korea Herald, Dec 19 2024: NIS via Rep. Lee Seong-kweun
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed since Pyongyang's troops joined combat", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the agency estimated North Korean casualties at around 1,100 so far", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Of those, roughly 1,000 were wounded, he said", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean estimates", "South Korea", "Seoul"],
         "Around 11,000 North Korean soldiers are in Russia, according to South Korean estimates", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US Defense Department", "Pentagon", "United States"],
         "North Korean units had suffered several hundred casualties", True),
    ],
    # Ukrainska Pravda, Dec 23 2024
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the losses of North Korean troops there – killed and wounded – have already gone beyond 3,000", False),
    ],
    # Euronews Q&A, Jan 14 2025
    "006": [
        ("troops", "north_korea", 11000, None, "about", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Seoul and Kyiv have both put the contingent at some eleven thousand soldiers", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrainian special forces"],
         "captured two North Korean soldiers in the Kursk region on 9 January", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 North Korean soldiers had died and some 2,700 had been wounded", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 had been wounded", False),
        ("killed", "north_korea", 1000, None, "about", HUR + ["HUR official"],
         "the number of North Koreans killed was roughly 1,000", False),
    ],
    # AFP, Feb 27 2025: JCS report to parliament
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean casualties now stand at some four thousand, the JCS estimated", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul and Washington", "Seoul", "Washington", "South Korea", "United States"],
         "around 11,000 troops that, according to Seoul and Washington, Kim Jong Un sent to Russia last autumn", False),
    ],
    # DW, Apr 28 2025: Pyongyang admits the deployment
    "009": [
        ("troops", "north_korea", 11000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "Pyongyang sent an initial contingent of 11,000-12,000 troops last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "about 3,000 more at the start of 2025", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["South Korea's spy agency", "spy agency", "South Korea", "NIS"],
         "South Korea's spy agency has said that thousands of them have been killed or wounded", True),
    ],
    # Meduza, Apr 30 2025: NIS update (600 dead, up from 300 in January)
    "011": [
        ("killed", "north_korea", 600, None, "about", NIS + ["Yonhap"],
         "About 600 North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "The agency's tally of overall North Korean losses now stands at roughly 4,700 killed and wounded", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "Back in January, the NIS had put the number of dead at about 300", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "Seoul believes about 15,000 North Korean troops have been sent to Russia in total", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia"],
         "Ukraine lost more than 76,000 servicemen during its eight-month operation in the Kursk region", False),
    ],
    # NHK World transcript, Jun 18 2025: Shoigu's planned builders and deminers are not claims
    "012": [
        ("troops", "north_korea", 15000, None, "about", ["South Korea's intelligence service", "intelligence service", "NIS", "South Korea"],
         "about 15,000 North Korean combat troops have been sent to Russia since last autumn", False),
        ("casualties", "north_korea", 4700, None, "about", ["South Korea's intelligence service", "intelligence service", "NIS", "South Korea"],
         "around 4,700 of them had been killed or wounded", False),
    ],
    # AP, Sep 4 2025: NIS via Lee Seong-kweun
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "the figure of about 600 dead that the agency gave in April", False),
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "Roughly 15,000 North Korean troops are believed to have been sent to Russia since October last year", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "About 1,000 combat engineers have already arrived in Kursk to clear mines", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades", "four Russian navy vessels", "11th Corps",
            "60-meter sections", "2,609.30", "3 N.K. rice-farming villages", "9.1 tril. won", "Nov. 15"],
    "002": ["41 drones", "25 downed", "shot down 25 of them over nine oblasts", "15 others", "five sites",
            "400 million euros ($435 million)", "more than 15,000 members", "1,000 days"],
    "003": ["mostly in their 20s", "The intelligence committee's 12 members", "about two hours",
            "1,900 tril. won", "39th straight week", "300 songs", "1.8 tril. won"],
    "004": ["On 16 December", "5 November", "For 24 years", "₴100 a month", "81 drones and 2 missiles",
            "4-hour power outage"],
    "006": ["one aged 20 and the other 26", "on 9 January", "lost a third of their men", "three months",
            "3rd anniversary", "minus 20C"],
    "007": ["240mm multiple rocket launchers", "170mm self-propelled guns", "about 220 such artillery systems",
            "0.3 percent"],
    "009": ["Kim Jong Un, 41", "since 2011", "on April 26", "shrank 0.2% in 2024", "Dnipro bus kills 9"],
    "011": ["eight-month operation", "tops 95,000", "€5, €15 or €30 a month"],
    "012": ["1,000 sappers", "5,000 military construction workers", "six thousand people in total",
            "thousands more personnel", "second visit to the North in just two weeks", "June 4",
            "up to 250 millimeters", "2:31", "1.7%", "300,000 tons"],
    "014": ["a further 5,000 military construction workers", "Kim Jong Un, 41", "20,000 square meters",
            "as much as $20 billion", "forces 80,000 to evacuate", "more than three times"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "004"}

# troop totals of the North Korean force (not parts, not "more"/additional forces)
_totals_11_12 = ["000-2", "002-1", "002-2", "002-3", "003-4", "006-1", "007-3", "009-1"]
_totals_15 = ["011-4", "012-1", "014-3"]
_additional = ["007-1", "009-2"]

may = [
    ["000-2", "002-1", "about 12,000 (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 5): close values, weeks apart"],
    ["000-2", "003-4", "about 12,000 (Oct) against about 11,000 (Dec), two months apart"],
    ["000-2", "006-1", "about 12,000 (Oct) against some eleven thousand (Jan), months apart"],
    ["000-2", "007-3", "about 12,000 (Oct) against around 11,000 sent last autumn (Feb), months apart"],
    ["003-5", "003-2", "several hundred casualties (Pentagon, Dec 17) against around 1,100 (NIS, Dec 19): vague"],
    ["003-5", "004-1", "several hundred casualties (Pentagon, Dec 17) against more than 3,000 (Zelensky, Dec 23): vague"],
    ["003-5", "007-2", "several hundred casualties (Dec) against some 4,000 (Feb): vague, months apart"],
    ["003-5", "011-2", "several hundred casualties (Dec) against roughly 4,700 (Apr): vague, months apart"],
    ["003-5", "012-2", "several hundred casualties (Dec) against around 4,700 (April figure): vague, months apart"],
    ["003-2", "007-2", "around 1,100 casualties (Dec) against some 4,000 (Feb): a cumulative toll two months later"],
    ["003-2", "009-3", "around 1,100 casualties (Dec) against 'thousands' (Apr): vague, months apart"],
    ["007-2", "011-2", "some 4,000 casualties (JCS, Feb) against roughly 4,700 (NIS, Apr): cumulative, two months apart"],
    ["007-2", "012-2", "some 4,000 casualties (JCS, Feb) against around 4,700 (NIS, reported in June): cumulative"],
    ["006-5", "011-3", "roughly 1,000 killed (HUR) against about 300 (NIS), both for January, the latter reported in April"],
    ["006-5", "011-1", "roughly 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
    ["006-5", "014-2", "roughly 1,000 killed (HUR, Jan) against about 600 (NIS, April figure), months apart"],
    ["006-5", "014-1", "roughly 1,000 killed (HUR, Jan) against about 2,000 (NIS, Sep), months apart"],
]
for a in _totals_15:
    for b in _totals_11_12:
        may.append([b, a, "total before the reinforcements against about 15,000 sent in all, months later"])
for a in _additional:
    for b in _totals_11_12 + _totals_15:
        may.append([b, a, "a troop total against about 3,000 additional soldiers"])

conflicts = {
    "must": [
        ["003-2", "004-1", "around 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-3", "006-5", "around 300 North Koreans killed (NIS) against roughly 1,000 killed (Ukraine's HUR), given the same day in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
