#!/usr/bin/env python3
"""Write gold.json for the blind180 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
BLINKEN = ["Blinken", "Washington", "U.S.", "United States", "State Department"]
PENTAGON = ["Pentagon", "Washington", "U.S.", "United States", "Defense Department"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
BUDANOV = ["Budanov", "HUR", "Defense Intelligence", "military intelligence"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia", "Moscow"]
GENSTAFF = ["General Staff", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships ferried about 1,500 North Korean special forces", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers are already in Russia's Kursk region", False),
         ("troops", "north_korea", 8000, None, "about", BLINKEN,
          "around 8,000 North Korean troops had moved into the Kursk area", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "a larger force that the Pentagon puts at roughly 10,000 in Russia as a whole", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died fighting Ukrainian forces in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the troops, some 11,000 of whom have been sent to the Kursk area", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Preliminary data put North Korean losses in the Kursk region at \"more than 3,000\" killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "We assess that about 1,100 North Korean soldiers have been killed or wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "between 11,000 and 12,000 North Korean troops are in the region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The casualties, roughly 3,000 in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain", "SBU"],
          "two North Koreans had been captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", ["believed", "Reuters"] + NIS,
          "North Korea is believed to have sent about 11,000 troops to Russia last autumn", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units have lost nearly four thousand men, dead and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers it captured last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang sent additional forces in January and February, an estimated 3,000 or so", False),
         ("troops", "north_korea", 14000, None, "about", NIS + ["Spiegel"],
          "bring the total sent since last autumn to around 14,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Spiegel"],
          "up from an initial contingent of about 11,000", False),
         ("casualties", "north_korea", 4000, None, "about", NIS,
          "The spy agency puts North Korean losses so far at roughly 4,000 dead and wounded", False),
         ("troops", "ukraine", 2000, None, "about", ["Bison", "Ukrainian officer"],
          "his brigade of about 2,000 men", True)],
 "008": [("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "the enemy has lost more than 67,000 servicemen killed and wounded in the Kursk area, the ministry said", False),
         ("casualties", "ukraine", 430, None, "more_than", RUMOD,
          "In the past 24 hours alone, Ukrainian formations in the Kursk area lost over 430 troops", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "raised its estimate of North Korean casualties in Russia's war with Ukraine to some 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "around 15,000 North Korean soldiers had been dispatched to Russia in total", False),
         ("wounded", "north_korea", 2000, None, "about", NIS,
          "about 2,000 wounded had been flown or shipped home between January and March", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "| Nov. 2024 | 10,000 to 12,000 | not given |", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "| Dec. 2024 | about 11,000 | about 100 |", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "| Dec. 2024 | about 11,000 | about 100 |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Jan. 2025 | about 11,000 | about 300 |", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUDANOV,
          "North Korean losses in Russia's Kursk Oblast have passed 4,000 killed and wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service said it believed about 15,000 had been sent in total", False),
         ("casualties", "russia", 1270, None, "exact", GENSTAFF,
          "Russia had lost 1,270 troops over the past day", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers were deployed to Kursk since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "put the North's killed and wounded at around 4,700", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim"],
          "mourned nine of its soldiers who were killed there", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in fighting in Russia", False)],
}
NOT = {
 "000": ["four brigades, a total of some 12,000 troops (planned: 'decided to dispatch')",
         "more than 4,000 square meters", "30 km off the coast", "more than 13,000 containers",
         "Oct. 8 and 13", "20,000 fans (headline)", "1,371.4 (headline)", "60-meter (headline)",
         "22 percent (headline)", "Share 2.1K", "August 2023"],
 "001": ["about 54,000 U.S. service members in Japan (not a subject)", "86 minutes", "more than 7,000 km",
         "7,000 km high (headline)", "¥8.7 trillion (headline)", "221 votes (headline)", "¥1,980 per month",
         "12 comments", "Oct. 31"],
 "002": ["at least one general-grade officer", "170-mm self-propelled guns, 240-mm rocket launchers",
         "170 of the 300 seats", "1,450 per dollar, 15 years (headline)", "10 percent (headline)",
         "3 dead, 12 injured (headline)", "17:25, 18:02"],
 "003": ["12K (headline; troops figure in the title only)", "170-mm Koksan guns, up to 60 km, 240-mm rocket launchers",
         "June 19, 2024; December 4, 2024", "around 1,300 square kilometres, less than half",
         "500,000 without heat (headline)", "15th sanctions package (headline)", "at least 2 killed (headline)",
         "Share: 1.8K"],
 "004": ["born in 2005, 26, served since 2016", "about 700 km", "48-hour deadline (headline)",
         "6.5 trillion won, 29% (headline)"],
 "006": ["74 drones, two Iskander-M missiles, 47 shot down, 27 lost", "a 62-year-old woman",
         "about 2,000 megawatt hours", "1 January", "£55m", "1,000km inside Russia",
         "33 hostages (headline)", "death toll rises to 27 (headline)", "170m US users (headline)",
         "Comments (1,047)", "2h ago, 4h ago, 6h ago"],
 "007": ["assault groups of 10 to 15 soldiers", "€4 billion", "roughly 500 kilometers",
         "20 percent of territory (headline)", "60 Heads of State (headline)", "6 Min. reading time",
         "Comment (56)", "since 2021"],
 "008": ["401 tanks, 310 infantry fighting vehicles, 1,050 artillery pieces", "Sudzha and 12 other settlements",
         "about 4,600 residents (not a subject)", "2.5 billion rubles", "June 19, 2024; Article 4",
         "over 100 sq km (headline)", "1.2% (headline)", "Two killed, 9 injured (headline)"],
 "009": ["roughly 20 trillion won", "7.5 percent (headline)", "6 dead, 20 injured (headline)",
         "June 3 (headline)", "11 languages", "the Nov. 2024 table row's 'not given'"],
 "010": ["six months", "14 artillery systems, 52 drones", "2,416 views", "3 comments",
         "3 million Ukrainians (headline)", "29 injured, including 4 children (headline)", "50% (headline)",
         "$4.99 per month"],
 "011": ["1,000 deminers and 5,000 military builders; 6,000 engineers and construction workers (planned)",
         "third visit in about three months", "about 50 kilometers", "4,176 yen per 5 kilograms (headline)",
         "126 km/h (headline)", "0.9%, 38,536 (headline)", "24 hours a day"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned, restated from June)",
         "about 120 days", "up to 8 inches (headline)", "94-59 (headline)", "$3.79 (headline)",
         "Comments (14)"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind180 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "001-2", "11,000 in Kursk (Zelenskyy) against around 8,000 in Kursk (Blinken), six days apart, same article"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["004-3", "006-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "11,000 in Kursk (Zelenskyy) against roughly 10,000 in all of Russia (Pentagon): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-3", "an additional 3,000 or so against an initial 11,000: an additional force"],
            ["007-2", "007-3", "around 14,000 in total now against about 11,000 at first: an update, stated as such"],
            ["009-3", "009-5", "about 15,000 now against 10,000-12,000 in November (table row): months apart"],
            ["009-3", "009-6", "about 15,000 now against about 11,000 in December/January (table rows): months apart"],
            ["009-2", "009-7", "about 600 killed now against about 100 in December (table row): months apart"],
            ["009-2", "009-8", "about 600 killed now against about 300 in January (table row): months apart"],
            ["009-7", "009-8", "about 100 (December) against about 300 (January), both table rows: a month apart"],
            ["009-5", "010-2", "10,000-12,000 (November, table row) against about 15,000 (Budanov article restating NIS): months apart"],
            ["009-6", "010-2", "about 11,000 (December/January, table row) against about 15,000: months apart"],
        ],
    },
)
