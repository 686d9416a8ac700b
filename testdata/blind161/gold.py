#!/usr/bin/env python3
"""Write gold.json for the blind161 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "has already moved a first contingent of about 1,500 special forces to the Russian Far East", False)],
 "001": [("troops", "north_korea", 3000, None, "at_least",
          ["Kirby", "White House", "National Security Council", "NSC", "United States", "U.S.", "US"],
          "North Korea moved at least 3,000 soldiers into eastern Russia", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers are now in Russia's western region of Kursk", False),
         ("troops", "north_korea", 10000, None, "about", ["Defense Department", "Pentagon", "US", "U.S."],
          "Roughly 10,000 North Korean soldiers, it said, had been sent to eastern Russia for training", False),
         ("troops", "russia", 50000, None, "about", ["US and Ukrainian officials", "US", "U.S.", "Ukrain"],
          "Russia is said to have gathered about 50,000 troops, including the North Koreans", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died fighting for Russia in Kursk", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 more have been injured", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's losses at roughly 1,100 in all", False),
         ("casualties", "north_korea", 30, None, "about", ["Ukrainian military intelligence", "military intelligence", "Ukrain"],
          "about 30 North Korean soldiers had been killed or wounded near Plekhovo and Vorozhba in two days of fighting", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The new estimate, which puts the North's casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + ["Ukrain"],
          "Two North Korean soldiers were captured by Ukrainian forces in Kursk on Saturday", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Pentagon officials have estimated that 11,000 to 12,000 North Korean troops are in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have now suffered nearly four thousand killed and wounded, according to President Volodymyr Zelensky", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured on Jan. 11", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "an estimated 3,000 or so additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "reinforcing the roughly 11,000 it dispatched last autumn", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting in Russia's Kursk region", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 troops to Russia since October", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "claiming Ukraine had lost more than 76,000 servicemen killed and wounded there since August", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Ukrain"],
          "| Soldiers captured by Ukraine | 2 | Ukraine, January 2025 |", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than",
          ["Main Directorate of Intelligence", "HUR", "military intelligence", "Ukrain"],
          "North Korea's losses in Russia's Kursk region have exceeded 4,000 killed and wounded", False),
         ("casualties", "russia", 950000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British", "UK"],
          "Russia's own casualties in the war had probably passed 950,000", False)],
 "012": [("troops", "north_korea", 15000, None, "about", ["South Korean intelligence"] + NIS,
          "about 15,000 North Korean soldiers fought in Kursk", False),
         ("killed", "north_korea", 600, None, "about", ["South Korean intelligence"] + NIS,
          "and that about 600 of them were killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "Nine members of the regiment were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the war against Ukraine", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "a sharp increase from the 600 it reported in April", False)],
}
NOT = {
 "000": ["a total of some 12,000 soldiers organized in four brigades (planned)", "Oct. 8 and 13",
         "10 short-range ballistic missiles (headline)", "61.2 tln won (headline)", "9.1 tln won, 12.8 pct (headline)",
         "3 killed in pileup (headline)", "KOSPI 2,593.86", "Share f 214 X 96 in 31", "+82-2-398-3114"],
 "001": ["millions of artillery shells", "152 mm rounds", "600-mile front line", "32 members",
         "$1 for 3 months", "Tigers 42-7", "6 cents to $3.11", "$18.5 million", "2 hurt (headline)", "Comments (57)"],
 "002": ["several hundred square kilometers", "Nikkei up 1.1 percent at 38,474", "Typhoon No. 21, 180 km/h",
         "2 dead (headline)", "Video 1:48", "Nov. 19"],
 "003": ["240-millimeter multiple rocket launchers, 170-millimeter self-propelled guns", "over 20,000 containers (fact box)",
         "June 19, 2024 / Dec. 4, 2024 (fact box)", "1,451 per dollar (headline)", "673.3 trillion won (headline)",
         "11 hours (headline)", "Share 1.2K", "Comments 64", "5 stories at 7 a.m."],
 "004": ["👁 4,318 views", "Russia has lost 777,500 troops (Read also headline)", "23 drones, 4 injured (headline)",
         "personnel about 777,500 (+1,520), tanks 9,586, artillery 21,068 (loss widget)", "February 24, 2022"],
 "005": ["$81, 2% (headline)", "300 km behind border, 1 killed (headline)", "$17 bln (headline)", "February 2022"],
 "007": ["26-year-old", "100-year partnership", "150 artillery barrels", "more than 5,000 air-defense missiles",
         "£1.6 billion", "1,740 soldiers in one day (related headline)", "2 killed, 11 wounded (headline)",
         "64% (poll headline)", "$5 a month", "since 2014"],
 "009": ["around 220 artillery systems", "170-mm self-propelled guns and 240-mm multiple rocket launchers",
         "¥1.1 trillion", "30 drones", "4 ballistic missiles (headline)", "2 B-52 bombers (headline)",
         "¥8.7 trillion (headline)", "Share 412", "10 most-read stories"],
 "010": ["about 220 170-mm guns and 240-mm MRLs (table row)", "46.3 percent (headline)", "25 million users (headline)",
         "3 arrested, 12 billion won (headline)", "Share 2,931", "Comments 187", "15K / 4.7K in the headline restate the body"],
 "011": ["daily losses averaging more than 1,000 in April (a rate)", "treaty signed in June 2024", "17th sanctions package",
         "some 200 shadow-fleet tankers", "60 drones, 3 dead (headline)", "€1.9bn (headline)", "73% (headline)",
         "5 top stories", "842 partners", "Share 1,104"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second time in two weeks", "12,500 readers", "€5", "2,000 soldiers from Central Asia (other story's headline)",
         "38% (headline)", "3 minutes to read", "6 days a week"],
 "014": ["about 120 days", "1,000 sappers and several thousand military builders (planned, restated from June)",
         "10,000-home housing complex", "1 million without power (headline)", "€108 billion (headline)",
         "Bayern 5-0 (headline)", "2026"],
}
OFF = ["008", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind161 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 1,500 sent (NIS, Oct 18) against at least 3,000 in eastern Russia (Kirby, Oct 23), five days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["005-3", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["002-1", "002-2", "11,000 in Kursk (Zelensky) against roughly 10,000 in eastern Russia (Pentagon, a week older): the bands touch and Kursk is a part of Russia"],
            ["009-1", "009-2", "an additional 3,000 or so against the roughly 11,000 sent in the autumn: an additional force"],
            ["014-2", "014-3", "around 2,000 killed (NIS, September) against the 600 it reported in April: one source's update, months apart"],
        ],
    },
)
