#!/usr/bin/env python3
"""Write gold.json for the blind188 set from the compact table below.

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
ZEL = ["Zelensky", "Zelenskyy"]
US = ["Pentagon", "Defense Department", "U.S.", "US Defense", "United States", "Washington"]
RU = ["Russian Defense Ministry", "Defense Ministry", "Russia", "Gerasimov", "General Staff", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "Roughly 8,000 North Korean soldiers have been moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", US + ["spokesperson"],
          "The Pentagon now estimates that about 10,000 North Korean soldiers in total have been sent to Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["U.S. officials", "US officials", "U.S.", "Pentagon"],
          "up from the figure of at least 3,000 that U.S. officials gave less than two weeks ago", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 soldiers from North Korea are already deployed in Russia's Kursk region", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "have suffered an estimated 1,100 casualties in their first weeks of combat in the Kursk region", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "the spy agency said at least 100 North Korean troops had died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "with close to 1,000 others wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", US,
          "According to the US Defense Department, between 11,000 and 12,000 North Korean troops are now in the Kursk region", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Two North Korean soldiers, both wounded, are in Ukrainian custody after being taken prisoner", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukraine's leader", "Ukrain"],
          "Ukraine's leader has put North Korea's losses in the Kursk fighting at nearly 4,000 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S.", "South Korea", "officials"],
          "Estimates by U.S. and South Korean officials suggest Pyongyang sent around 11,000 troops", False)],
 "006": [("casualties", "north_korea", 3000, None, "more_than", NIS,
          "North Korean troops fighting for Russia have suffered more than 3,000 casualties, South Korea's spy agency said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "noting that the figure includes about 300 deaths", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "The rest, about 2,700, were wounded, Rep. Lee Seong-kweun", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "The agency also confirmed that Ukraine has captured two North Korean soldiers", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to fight for Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Koreans had been killed or injured, he said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of those were thought to have died.", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 extra troops that Pyongyang sent as reinforcements in January and February", False),
         ("casualties", "ukraine", 76000, None, "more_than", RU,
          "By Gerasimov's count, Ukraine lost more than 76,000 troops killed and wounded in the region", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", RU,
          "According to the Russian Defense Ministry, the Ukrainian armed forces lost over 76,000 servicemen killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "An estimated 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 military engineers tasked with demining are already working in Kursk, according to the NIS", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["fact box"],
          "Troops sent in total (NIS, April) ........ about 15,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["fact box"],
          "Killed or wounded (NIS, April) ............ about 4,700", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "NIS", "National Intelligence Service", "fact box", "Morning Daily"],
          "Soldiers held as POWs by Ukraine .......... 2", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media", "Kim Jong Un"],
          "Nine members of the unit lost their lives, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service estimated in September that about 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops were still stationed in Russia", False)],
}
NOT = {
 "001": ["about 28,500 troops in South Korea (US troops, not a subject)", "1953 treaty",
         "KOSPI 2,556.15 -1.53%, USD/KRW 1,379.20 (market ticker)", "falls 40% short (headline)",
         "$30 bln-$50 bln (headline)", "2 more Patriot batteries (headline)", "38% wage rise over 4 years (headline)",
         "8K in the title restates 001-1"],
 "002": ["'Eleven thousand' in Zelensky's quote restates 002-1", "a total of 12,000 troops (NIS, October: decided to send, planned)", "4,386 views",
         "705,390 / 1,340 Russian losses (other story's headline)", "13 guided aerial bombs, 2 injured (headline)",
         "€400 million (headline)", "53 of 79 Shahed drones (headline)", "147K subscribers"],
 "003": ["240-millimeter multiple rocket launchers, 170-millimeter self-propelled guns", "61.2 trillion won ($42.2 billion), 3.6 percent",
         "1,451.4 per dollar, 2009 (headline)", "8 cm, 12 flights (headline)", "1.2 million copies (headline)", "30 percent of SMEs (headline)"],
 "004": ["up to 12K troops in the title restates 004-2", "31 December, 5 years", "42 Ukrainian drones over 4 regions (headline)",
         "54-year Assad era (headline)", "85th edition, 3 things (headline)", "32 million pilgrims (headline)", "02:37"],
 "005": ["born in 2005 / in 1999", "Jan. 20", "3:52", "16 dead, 12,000 structures (headline)", "5 Senate hearings in 3 days (headline)",
         "4-day school week, 900 districts (headline)", "$500 million weapons package (headline)"],
 "006": ["paras 5-8", "1,000 police officers, 2nd attempt (headline)", "6.6 pct, US$683.8 bln (headline)",
         "179 (Jeju Air death toll, headline)", "$95,000 (headline)", "Feb. 15, 12 clubs (headline)"],
 "009": ["close to a third of them (a share, not a count)", "last June", "312 comments", "£2 a month",
         "100 days, 39% (headline)", "169 seats (headline)", "10-hour outage, 60 million people (headline)", "250,000 attend funeral (headline)"],
 "010": ["1,000 sappers and 5,000 military builders (planned, title and lede)", "a thousand deminers, five thousand builders (planned, in words)", "second visit in two weeks", "more than 400 tanks",
         "about 1,500 residents returned to Sudzha (not a metric)", "June 19, 2024 / December 4, 2024",
         "33 Ukrainian UAVs over 5 regions (headline)", "up to 1,135 troops in past day (other story's headline)",
         "1,000 agreements, 6 trillion rubles (headline)", "78.5 per dollar (headline)"],
 "012": ["another 5,000 or so military construction workers (planned)", "Engineers and builders pledged (June) 6,000 (planned)",
         "about 6,400 km", "80th anniversary", "W28 Trillion (headline)", "3 in 10 (headline)", "3,200, 4 years (headline)",
         "Reader comments (27)", "103 Boeing jets, $50 billion (headline)",
         "Killed (NIS, this week) about 2,000 in the fact box restates 012-1"],
 "014": ["about 5,000 military construction workers expected to be sent (planned)", "about 120 days", "17 languages", "1:48",
         "Magnitude 6.7, 2 hours (headline)", "17.7 trillion yen (headline)", "50,000, 3rd straight day (headline)"],
}
OFF = ["000", "008", "011", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind188 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken, 31 Oct) against 11,000 in Kursk (Zelensky, 5 Nov), five days apart"],
            ["003-1", "004-1", "an estimated 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
        ],
        "may": [
            ["009-1", "009-4", "about 15,000 sent in total against roughly 3,000 extra reinforcements: an additional force inside the total"],
            ["001-2", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Zelensky): the bands touch and Kursk is part of Russia"],
            ["012-2", "012-3", "about 1,000 engineers now in Kursk against about 15,000 sent in total by April: a later, additional dispatch"],
        ],
    },
)
