#!/usr/bin/env python3
"""Write gold.json for the blind205 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Ryder", "Defense Department", "U.S.", "US", "United States"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "The first group, roughly 1,500 special operations soldiers, was carried from ports", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "United States", "U.S.", "US"],
          "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean troops had been sent to eastern Russia to train", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Russia's Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to help Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's losses at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS earlier estimated that the North had sent some 11,000 troops to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
          "it had seen North Korean soldiers killed and wounded \"in the several hundreds", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean soldiers fighting for Russia have suffered roughly 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "the agency estimates that around 300 of the soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Some 2,700 others have been wounded, the lawmaker said", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Zelensky"] + NIS,
          "Ukraine said its forces had captured two North Korean soldiers in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Losses among the North Korean force that Moscow sent into Kursk Oblast are now close to 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "hand the two North Korean soldiers captured last week to Kim Jong Un", False),
         ("casualties", "russia", 48000, None, "about", ZEL,
          "Russian forces had lost about 48,000 soldiers killed and wounded in the Kursk area since August", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly 3,000 additional troops to Russia this year", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the force of about 11,000 that Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The North's casualties stand at around 4,000, the JCS said", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct 18, 2024 | South Korea's NIS | 1,500 special forces shipped, first wave", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "US"],
          "Nov 2024 | U.S. Pentagon | 11,000-12,000 troops in Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 13, 2025 | South Korea's NIS | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 300 killed, 2,700 wounded", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Pyongyang has suffered about 4,700 casualties in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead, Seoul's spy agency told lawmakers Wednesday", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers the North has dispatched since last October", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "HUR"],
          "North Korean losses in Russia's Kursk Oblast have passed the 4,000 mark, counting both killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence said the North had lost about 4,700 men killed or wounded", False),
         ("casualties", "russia", 955000, None, "about", ["General Staff", "Ukrain"],
          "Ukraine's General Staff puts total Russian losses since 24 February 2022 at about 955,000 personnel", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean troops have been killed since Pyongyang joined Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the agency had put the number of dead at around 600", False),
         ("troops", "north_korea", 200, 900, "vague", NIS,
          "several hundred of the engineers had already arrived", True),
         ("casualties", "russia", 1000000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russia's own casualties since February 2022 have passed 1 million killed and wounded", False),
         ("killed", "ukraine", 46000, None, "more_than", ZEL,
          "more than 46,000 Ukrainian soldiers had been killed", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim", "North Korea"],
          "acknowledging that nine of its members had died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("wounded", "north_korea", 2000, 9999, "vague", NIS,
          "on top of thousands wounded", True)],
}
NOT = {
 "000": ["four brigades, about 12,000 troops in all (planned)", "Share 1,240", "Comments 87", "Oct. 8 and 13",
         "11th Corps", "1953", "3 dead, 14 injured (headline)", "2 inter-Korean roads (headline)", "4th round",
         "5 top stories", "2,609.30, 0.6%", "Typhoon No. 21", "W1.3tr"],
 "001": ["About 28,500 US troops (not a subject)", "hundreds of square miles", "5 days, 60 million (headline)",
         "28-21 (headline)", "6 cents, $2.91", "64°", "$1 for 6 months", "Comments (41)", "10:30 PM"],
 "002": ["about 300 km (ATACMS range)", "more than 1,000 square kilometers", "five Russian ranges", "August 6, 2024",
         "73 Shahed drones, 46 shot down (headline)", "1,690 soldiers, 710,650 in total (headline widget)",
         "Views 6,812", "48K subscribers"],
 "003": ["240-millimeter multiple rocket launchers", "less than three months", "paras 4-6",
         "2 short-range missiles (headline)", "6 others charged (headline)", "8.2 tln won", "3rd week", "1.4%, 20 days"],
 "004": ["roughly three times the estimate (no figure)", "about 40 percent of the ground", "August 6",
         "500,000 without heat (headline)", "15th sanctions package", "2 years in 90 seconds", "12 partners", "2 min"],
 "005": ["aged 26", "about a week", "two days after", "Jan. 6", "890,000 (population)", "157 range", "20 languages"],
 "006": ["born in 2005, 1999", "Jan. 9 and Jan. 11", "Share: 2.1K", "1 injured (headline)",
         "1,520 Russian troops lost in past day (headline)", "155mm shells", "$5 a month", "18,000 supporters",
         "Comments (214)"],
 "007": ["about 220 units", "170 mm self-propelled guns", "240 mm multiple rocket launchers", "5.2% (headline)",
         "3%, $3.9 bln (headline)", "$3,057 an ounce (headline)", "2 hours ago"],
 "008": ["additional contingent (no figure)", "5,000-ton destroyer (headline)", "7.5%, 66.3 trillion won (headline)",
         "200 foreign runners (headline)", "Share 312", "joined in 2019", "$0", "Most Read 1 2 3 4 5"],
 "009": ["roughly half of all the artillery ammunition", "KN-23", "28 April", "12 drones, 29 injured (headline)",
         "50% of royalties (headline)", "3 radar stations (headline)", "Views: 18,406"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "3 years, 6 months (video)",
         "$20 billion (video)", "02:41, 04:12", "200,000 readers"],
 "012": ["120 days", "1,000 deminers and 5,000 military builders (planned)", "15 Hwasong-20 missiles (headline)",
         "2% of GDP (headline)", "¥100 million, 3rd straight month (headline)", "SHARE 56", "2 events", "¥2,400 a month"],
}
OFF = ["010", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind205 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-2", "002-1", "about 10,000 sent to eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["003-5", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (Pentagon): a vague figure"],
            ["007-1", "007-2", "about 3,000 additional troops against the about 11,000 first sent: an additional force"],
            ["007-1", "007-5", "about 3,000 additional troops against 11,000-12,000 in Kursk (Nov 2024 box row): an additional force, months apart"],
            ["007-1", "007-4", "about 3,000 additional troops against the 1,500 first wave (Oct 2024 box row): months apart"],
            ["007-2", "007-4", "about 11,000 sent in all against the 1,500 first wave: part of the whole, months apart"],
            ["007-4", "007-5", "1,500 first wave (Oct 2024) against 11,000-12,000 (Nov 2024): box rows months apart"],
            ["011-1", "011-2", "about 2,000 killed now against the about 600 the same agency gave in April: restated old figure"],
        ],
    },
)
