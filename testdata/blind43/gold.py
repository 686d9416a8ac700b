#!/usr/bin/env python3
"""Write gold.json for the blind43 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its output, or earlier sets' articles).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
WH = ["White House", "Kirby", "U.S. officials", "US officials", "Washington"]
PENT = ["Pentagon", "Singh", "Defense Department", "Department of Defense"]
GUR = ["Budanov", "HUR", "GUR", "Defence Intelligence", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved about 3,000 soldiers to Russia so far this month", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "an initial contingent of some 1,500 troops left ports near Chongjin", False),
         ("troops", "north_korea", 3000, None, "at_least", WH,
          "We assess that at least 3,000 North Korean soldiers moved into eastern Russia", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent approximately 10,000 soldiers to train in eastern Russia, the Pentagon said Monday", False),
         ("troops", "north_korea", 3000, None, "at_least", WH,
          "The figure is well up from the \"at least 3,000\" the White House cited last week", False)],
 "002": [("troops", "north_korea", 11000, None, "about", GUR,
          "There are currently around 11,000 troops from the DPRK in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", GUR,
          "Among them, he said, are about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", GUR,
          "and three generals of the Korean People's Army", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in fighting in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 have been wounded", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops were sent to Russia in October and November", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon said this week it believes 11,000 to 12,000 are now in the Kursk area", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Seoul estimates the North's losses at around 1,100 killed and wounded", False),
         ("wounded", "ukraine", 7, None, "exact", ["Fedorov", "governor"],
          "injuring seven people and damaging an industrial site", True),
         ("casualties", "russia", 776970, None, "exact", ["General Staff"],
          "Russia has lost 776,970 troops in Ukraine since the start of its full-scale invasion", True),
         ("casualties", "russia", 1370, None, "exact", ["General Staff"],
          "This number includes 1,370 casualties over the past day", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrain", "Western", "allies", "Kyiv"],
          "about 11,000 North Korean troops were sent to fight alongside Russian forces in Kursk late last year", False),
         ("casualties", "north_korea", 3000, None, "more_than", ["Kyiv", "Ukrain"] + ZEL,
          "Kyiv says North Korean losses there have already passed 3,000 killed and wounded", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 others wounded while fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers captured by Ukrainian forces last week", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, according to Ukrainian President Volodymyr Zelensky", False),
         ("casualties", "russia", 800000, None, "about", ["Ministry of Defence", "MoD", "UK", "British"],
          "total Russian casualties since February 2022 had likely reached around 800,000 killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched a total of about 15,000 troops to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including roughly 3,000 who were sent as reinforcements in January and February", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", GUR,
          "North Korean losses in Kursk Oblast have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean forces have suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff of the Russian", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded during their incursion into the Kursk Region", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["state media", "state television", "KCNA", "North Korea", "Pyongyang"],
          "Nine of the regiment's members were killed during the mission, state media said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Seoul's spy agency estimated that the North had sent roughly 15,000 soldiers to fight in Kursk", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "the National Intelligence Service told lawmakers that about 2,000 of them had died", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "a sharp rise from the 600 deaths it had counted in April", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops have been moving to Russia in stages, the NIS said last month", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine, which still holds the two soldiers it captured in January", False)],
}
NOT = {
 "000": ["a total of 10,000 by December (planned)", "155mm shells", "82mm mortars", "some 60 km from Ussuriysk",
         "2023", "Share X 1.2K, Facebook 856, LinkedIn 94", "100 drones, 66 shot down (headline)",
         "233-seat majority (headline)", "2% (headline)", "35% pay offer (headline)", "$1 million, 5 steps (sponsored)"],
 "001": ["$1 a week", "6 min", "341 comments", "more than triple (no count)", "$4.3 billion, $61 billion",
         "about 28,500 U.S. troops in South Korea (not a subject)", "eight days before Election Day", "24 hours",
         "11 years", "41 million early votes (headline)", "3 charts (headline)", "1,200 miles (headline)", "41-10 (score)"],
 "002": ["Views: 4,381", "122mm and 152mm shells, 170mm guns", "100,000 more troops (Russian, other story's headline)",
         "2 injured (headline)", "more than 1,000 square kilometres", "August 6",
         "Enemy losses widget: personnel about 706,950 (+1,770), tanks 9,237, artillery 20,156, drones 18,490"],
 "003": ["11th Corps", "240-millimeter rocket launchers, 170-millimeter guns", "Dec. 3",
         "204 lawmakers (headline)", "1,450 per dollar, 15 years (headline)", "13th anniversary (headline)",
         "3 charts, 150 won, 7 things (most popular)"],
 "004": ["12,480 members, $5/month", "16 of 22 drones, another 6", "12th time, 500,000 without power (headline)",
         "15th sanctions package", "3 min read", "Comments (84)", "Feb. 24, 2022"],
 "005": ["born in 2005 / 1999, served since 2021", "Share 1.1K", "3 min", "3-month battle (headline)",
         "$500 million (headline)", "5 decades (headline)", "(404)"],
 "007": ["paras 5-7", "some 1,500 kilometers", "1,100 km (headline)", "11-day drills (headline)",
         "8.2 pct, US$683 bn (headline)", "20 cm (most viewed)", "Jan. 14"],
 "008": ["35 assaults in 24 hours", "$65 billion", "20 January", "90% of delegates (headline)",
         "37 countries (headline)", "13 years (headline)"],
 "009": ["20 trillion won, 14 billion dollars", "since 2023", "April 26", "5,000-ton destroyer (headline)",
         "3.4% (headline)", "24 hours a day"],
 "010": ["within 3 kilometers", "May 8-10", "roughly 1,100 kilometers", "about 40 percent of the artillery ammunition",
         "122mm, 152mm, 170mm Koksan, KN-23/24", "157 combat engagements", "about 12 kilometers", "1:30 pm ET",
         "endnote numbers"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "second visit this month, third since March",
         "about 1,200 residents returned (not a subject)", "more than 400 hectares", "June 19, 2024; Article 4",
         "985-meter bridge, 2026 (headline)", "43 drones over 7 regions (headline)", "18+"],
 "012": ["120 days", "1,000 deminers and 5,000 builders pledged in June (planned)", "more than 1 million barrels",
         "March 2024", "3.7%", "eight years", "11th Corps", "80th anniversary", "Share 2.3K, 412 comments",
         "20-point plan, 20cm, 40 flood warnings (most viewed)", "50 best TV shows", "7am GMT"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind43 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 moved to Russia (NIS) against approximately 10,000 sent to Russia (Pentagon), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day"],
            ["007-3", "008-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-2", "001-1", "an initial contingent of about 1,500 (a first batch) against about 10,000 in all"],
            ["000-2", "000-3", "the first batch of about 1,500 (NIS) against at least 3,000 in all (White House)"],
            ["000-2", "001-2", "the first batch of about 1,500 (NIS) against at least 3,000 (White House, restated)"],
            ["009-3", "009-4", "about 15,000 in total against roughly 3,000 reinforcements: an additional force, part of the total"],
            ["012-2", "012-5", "roughly 15,000 combat troops against some 5,000 construction troops: a different force"],
        ],
    },
)
