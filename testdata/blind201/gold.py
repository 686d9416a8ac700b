#!/usr/bin/env python3
"""Write gold.json for the blind201 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
DOD = ["Department of Defense", "Defense Department", "Pentagon", "U.S.", "US "]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "Secretary of State", "U.S.", "US "],
          "About 8,000 North Korean soldiers have made their way to Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", DOD,
          "Pyongyang has sent roughly 10,000 troops to Russia altogether, the Pentagon says", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False),
         ("casualties", "russia", 20000, None, "more_than", ["Syrskyi", "Commander-in-Chief", "Armed Forces of Ukraine", "Ukrain"],
          "since the start of the operation in Kursk region in August, Russia has lost more than 20,000 troops killed and wounded there", False),
         ("captured", "russia", 700, None, "more_than", ["Syrskyi", "Commander-in-Chief", "Armed Forces of Ukraine", "Ukrain"],
          "including over 700 taken prisoner", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Taken together, the North's casualties amount to roughly 1,100 so far, he told reporters", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "The NIS had estimated last month that North Korea had sent between 10,000 and 12,000 troops to Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses in Russia's Kursk region have passed 3,000 dead and wounded, according to \"preliminary data\" that Ukrainian President Volodymyr Zelensky cited", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's spy agency last week put the toll far lower, at around 1,100", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 of its soldiers have been killed in Russia's Kursk region", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded, South Korea's National Intelligence Service said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting total casualties at some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "It confirmed that two North Korean soldiers had been taken alive by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's forces in Russia's Kursk region have now suffered close to 4,000 dead and wounded, Volodymyr Zelenskyy has said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's National Intelligence Service said on Monday that about 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("wounded", "ukraine", 13, None, "exact", ["Fedorov", "governor", "Zaporizhzhia"],
          "a Russian glide bomb attack on the city this morning injured 13 people", True),
         ("casualties", "russia", 800000, None, "more_than", ["Ministry of Defence", "MoD", "UK"],
          "Russia has now suffered more than 800,000 troops killed and wounded", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead, South Korea's spy agency told lawmakers", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had dispatched about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 10000, None, "about", DOD,
          "Oct 2024 | about 10,000 troops sent to Russia | U.S. Department of Defense", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "Dec 2024 | about 1,100 killed or wounded | South Korea's Joint Chiefs of Staff", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | about 300 killed, 2,700 wounded | National Intelligence Service", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan 2025 | about 300 killed, 2,700 wounded | National Intelligence Service", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Feb 2025 | about 3,000 more troops sent as reinforcements | Joint Chiefs of Staff", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence", "Ukrain"],
          "North Korea has lost more than 4,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service, which last week put the North's losses at around 4,700", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["General Staff", "Russia", "Gerasimov", "Defense Ministry"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "Kim", "North Korea", "Pyongyang"],
          "mourned nine of its soldiers who were killed during the mission, state media reported", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean engineers were deployed to Kursk from late summer for demining", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "The spy agency told lawmakers in September that some 2,000 North Korean soldiers had died in the war", False)],
}
NOT = {
 "001": ["10K / 8K (headline, restating the body)", "190-mile-range ATACMS", "several hundred square miles",
         "millions of artillery rounds and dozens of ballistic missiles", "about 500,000 active-duty troops (South Korea's own army, not a subject)",
         "$1 for 3 months", "61°", "Share 214", "Comments (47)", "$3.2M, 4-3 split (headline)", "42-17 (headline)",
         "$2.94 a gallon (headline)", "6-8 p.m.", "since 2023"],
 "002": ["2 418 views", "five Russian military ranges", "60mm mortars", "2 injured (headline)",
         "155mm shells, 500,000 more expected in 2025 (headline)", "personnel about 705,840 (+1,450 per day), 9,172 tanks (sidebar widget)"],
 "003": ["12K (related headline)", "240mm multiple rocket launchers and 170mm self-propelled guns", "paras 5-7",
         "20 ships (headline)", "1,451.9 per dollar, 15 years (headline)", "1.95%, 2,435.93 (headline)", "8 cm (headline)", "Share 1.1K"],
 "004": ["nearly three times higher", "78 missiles and 106 drones", "12th large-scale attack", "500,000 without heating (headline)",
         "€18.1 billion (headline)", "3 min", "Share 1,306"],
 "005": ["aged 20 and 26", "joined the army in 2021", "several billion dollars", "Nikkei 225 39,190.40 -1.05%, USD/JPY 157.72, KOSPI 2,489.56",
         "$0.99", "$2bn (headline)", "3,000 police (headline)", "29% (headline)"],
 "006": ["100-year partnership", "£40m", "10-year-old girl", "five-storey", "39 drones and two missiles, 24 shot down, 13 locally lost",
         "daily casualties averaging about 1,500 in December (a rate)", "Comments (1,248)", "$50, $15m (headline)", "10 best (headline)"],
 "008": ["two days after", "April 26", "Share 96", "12 years at regional newspapers", "¥1,650 a month",
         "3-way drill, B-52 (headline)", "5,000-ton destroyer (headline)", "40 km jams (headline)"],
 "009": ["several thousand more soldiers (planned, vague)", "about half of the artillery shells", "80th anniversary", "about 20 foreign leaders",
         "1,000 new graves (headline, not this story)", "12 years (headline)", "from €5 a month", "Share 41"],
 "010": ["1,000 deminers (planned)", "5,000 military builders (planned)", "over 400 tanks and nearly 2,000 armored combat vehicles",
         "second visit in less than two weeks", "Article 4", "June 19, 2024 / December 4, 2024", "5 US-made armored vehicles (headline)",
         "61 Ukrainian drones (headline)", "2.5 times (headline)"],
 "013": ["5,000 military construction workers (planned)", "120 days", "528th engineer regiment", "Share 512",
         "0.3%, 2018 (headline)", "10 years (headline)", "1,476 per dollar (headline)", "2 cases (headline)"],
}
OFF = ["000", "007", "011", "012"]
DUP = {"014": "013"}

goldlib.write(
    "Gold labels for the blind201 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5)"],
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["005-3", "006-1", "some 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelenskyy, Jan 17)"],
        ],
        "may": [
            ["004-1", "004-2", "more than 3,000 (Zelensky) against the NIS's 1,100 restated in the same article: the disagreement already told by 003-3~004-1"],
            ["008-1", "008-5", "fact box: about 1,100 (JCS, Dec 2024 row) against about 4,700 (NIS, April): a timeline, months apart"],
            ["008-2", "008-6", "fact box: about 300 killed (Jan row) against around 600 dead (April): a timeline"],
            ["008-3", "008-4", "about 15,000 in total (NIS, April) against about 10,000 (Pentagon, Oct 2024 row): a timeline"],
            ["008-3", "008-8", "about 15,000 in total against about 3,000 more sent as reinforcements: an additional force, part of the total"],
            ["008-4", "008-8", "about 10,000 first sent against about 3,000 more: an additional force"],
            ["008-5", "009-1", "the fact box's December row (about 1,100, JCS) against more than 4,000 (Budanov) six days later: an old estimate restated"],
            ["008-5", "009-2", "the fact box's December row (about 1,100, JCS) against about 4,700 restated (NIS): an old estimate restated"],
        ],
    },
)
