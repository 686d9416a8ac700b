#!/usr/bin/env python3
"""Write gold.json for the blind267 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House", "National Security Council", "U.S.", "US"],
          "At least 3,000 North Korean soldiers have arrived in eastern Russia for training, the White House said", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "roughly 11,000 North Korean infantrymen were being drilled in Russia's Far East", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of about 1,500 special forces had already been shipped out", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "A vanguard of roughly 3,000 men, drawn from the North's special operations units, has been attached to Russian marine and airborne formations", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "U.S.", "Washington"],
          "about 10,000 North Korean troops had moved into the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "That puts casualties among the North's expeditionary force at some 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
          "The roughly 11,000 troops Pyongyang has sent", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "Washington"],
          "a U.S. military official said several hundred North Korean troops had been killed or wounded", True),
         ("wounded", "north_korea", 1, None, "at_least", NIS + ["Lee Seong-kweun"],
          "at least one officer of general rank was among those hurt", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have lost more than 3,000 soldiers killed and wounded, President Volodymyr Zelensky said", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have died fighting for Russia", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded, South Korea's spy agency told lawmakers", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "taking Pyongyang's toll in the Kursk region to around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in the Kursk region, President Volodymyr Zelensky announced", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Close to 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1000, None, "more_than", ["Kirby", "White House"],
          "North Korean units had taken more than 1,000 casualties in a single week of fighting", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. and South Korean officials", "U.S.", "South Korea", "officials"],
          "Pyongyang has sent some 11,000 troops to Russia, according to U.S. and South Korean officials", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "SBU"],
          "Ukraine is holding two of them, captured last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "The reinforcements — about 3,000 of them, according to South Korea's Joint Chiefs of Staff — arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "They join the roughly 11,000 troops Pyongyang dispatched last autumn, the JCS said", False),
         ("casualties", "north_korea", 4000, None, "about", JCS + ["South Korea's military"],
          "South Korea's military estimates it has suffered around 4,000 casualties, dead and wounded combined", False),
         ("casualties", "ukraine", 60000, None, "more_than", ["Defence Ministry", "Defense Ministry", "Russia"],
          "Russia's Defence Ministry says Ukraine has lost more than 60,000 servicemen killed and wounded in the Kursk region", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched around 15,000 troops in total, the spy agency estimated", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + NIS,
          "Prisoners held by Ukraine: 2, since January", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean losses had passed 4,000 killed and wounded since the autumn", False),
         ("casualties", "north_korea", 4700, None, "about", ["South Korean intelligence"] + NIS,
          "South Korean intelligence last week put the figure higher still, at about 4,700", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "general staff", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded in its eight-month incursion", False)],
 "010": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
          "Nine North Korean military engineers were killed while clearing mines in Russia's Kursk region, state media disclosed", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "some 2,000 North Korean soldiers had died in the Kursk campaign overall", False)],
}
NOT = {
 "000": ["a total of 10,000 soldiers by December (planned)", "11th Corps", "Nov. 1", "Aug. 6", "about 1,300 square km (500 square miles)",
         "millions of artillery shells", "the 1960s", "37 Ukrainian drones (headline)", "$400 million (headline)", "2% (headline)"],
 "001": ["Hwasong-19, 86 minutes, Oct. 31", "some 45,000 personnel, 40 warships and 370 aircraft (Keen Sword, Japan/US)",
         "¥8.5 trillion", "around 100 words", "80th Air Assault Brigade", "about 40%", "2011", "¥1,980", "3 free articles",
         "7 short-range ballistic missiles (headline)", "3 Japanese nationals (headline)", "155, 120,000 travelers, 215 seats (ranking)"],
 "002": ["240mm multiple rocket launchers, 170mm self-propelled guns", "roughly 5 kilometers", "204-85 (impeachment vote)", "Dec. 3",
         "Share 412", "3%, 15-year low", "10% of overseas staff", "170,000 vehicles", "8 cm", "17:20"],
 "003": ["about 1,300 (peak, square km)", "several hundred square kilometers", "Dec. 16", "sidebar: 777,100 (+1,180), 9,520 tanks, 21,134, 21,250",
         "6 embassies, injures 9 (headline)", "14,000 members, $5 a month", "Share 2.3K, Comments 87", "3 min read"],
 "005": ["847 partners", "aged 20, aged 26, since 2021", "16th sanctions package", "Feb. 24, third anniversary", "62%",
         "02:14", "0.2% (headline)", "death toll rises to 24 (headline)", "2 min"],
 "006": ["$500 million", "Jan. 20", "about 28,500 troops in South Korea (U.S. troops, not a subject)", "1,287 comments",
         "27 dead, 12,000 structures (headline)", "737 prisoners (headline)", "9-0 (headline)", "5-minute newsletter"],
 "007": ["about 220 artillery pieces", "170-mm, 240-mm", "about 10 km", "seven months", "1.2 million subscribers", "about 70 km",
         "31,000 people, €5", "400 Kursk evacuees (headline)", "40% (headline)", "since 2022"],
 "008": ["$20 billion", "April 28, April 26", "October 2024", "2,556.61, 0.6% (headline)", "June 3, 7 candidates (headline)",
         "5,000-ton destroyer (headline)", "Share 1,083 · Comments 27"],
 "009": ["80th anniversary, May 9", "some 11,500 servicemen due to march (parade, not the deployment)", "three-day ceasefire",
         "3.5% of GDP", "eight-month incursion", "30-day ceasefire (headline)", "injures 9 (headline)", "14 photos"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned, June)", "about 120 days", "winter of 2024-25", "2026",
         "$12/month, 14-day trial", "7 years", "$34 million (headline)", "3 new barracks (headline)", "4 new destroyers (headline)",
         "Comments (19)"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind267 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-3", "at least 3,000 in Russia (White House) against a first contingent of about 1,500 (NIS, a week earlier): a first wave"],
            ["000-2", "000-3", "about 11,000 being trained (HUR) against a first contingent of about 1,500 (NIS, a week earlier): a first wave"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "007-2", "about 3,000 reinforcements against about 11,000 sent last autumn: an additional force"],
            ["010-1", "010-2", "nine engineers killed (KCNA) against about 2,000 killed overall (NIS, September): a part, and months apart"],
        ],
    },
)
