#!/usr/bin/env python3
"""Write gold.json for the blind178 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korean intelligence",
       "South Korea's intelligence", "Lee Seong-kweun", "Lee", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "US officials"]
HUR = ["Budanov", "HUR", "Defense Intelligence", "Defence Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "has already shipped around 1,500 special operations soldiers to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "Approximately 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
         ("troops", "north_korea", 8000, None, "about", PENT,
          "Of that total, roughly 8,000 are now in Russia's Kursk border region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean units had suffered around 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon has put the number of North Korean troops in the region at between 11,000 and 12,000", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency's estimate of the North's overall losses now stood at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "NIS"],
          "his forces had captured two North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang sent roughly 11,000 troops to Russia last autumn, according to Seoul's estimates", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean soldiers have already been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners held by Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korea", "United States", "U.S.", "Seoul", "Washington"],
          "| North Korean troops sent to Russia | about 11,000 | South Korea, US |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| North Korean soldiers killed | about 300 | South Korea's NIS (Jan. 13) |", False),
         ("casualties", "russia", 800000, None, "about", ["UK Ministry of Defence", "Ministry of Defence", "UK", "MoD"],
          "| Russian troops killed or wounded since Feb. 2022 | about 800,000 | UK Ministry of Defence |", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched an additional 3,000 or so troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "adding to the roughly 11,000 soldiers it first deployed last fall", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "The Ukrainian armed forces lost over 76,000 servicemen killed and wounded during the incursion, Gerasimov said", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "By its count, about 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent some 15,000 troops to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea has lost over 4,000 servicemen killed and wounded in the Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service put the North's losses at about 4,700", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "Around 15,000 North Korean soldiers are believed to have been sent to Russia since last year", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "which estimated in April that 4,700 of them had been killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "Nine of the regiment's soldiers were killed during the mission, the Korean Central News Agency said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers across four brigades (planned)", "12K troops in 4 brigades (related headline, planned)",
         "between Oct. 8 and 13", "more than 13,000 containers", "2,593.80 / 0.52 pct", "3 killed, 17 hurt (headline)",
         "500 million streams", "30th straight week", "Share 1.2K", "1990s"],
 "001": ["up to 300 km (190 miles)", "$425 million", "155 mm artillery shells", "about 28,500 U.S. troops (not a subject)",
         "more than 2,000 drones (headline)", "Oil rises 2%", "S&P 500 at 5,712", "6.08%", "9:15 PM"],
 "002": ["loss widget: personnel about 707,440 (+1,590), tanks 9,135 (+7)", "17 of 22 Russian drones (headline)",
         "Three injured (headline)", "five training grounds", "Views 6,214", "124K subscribers", "21:50"],
 "003": ["almost three times as high", "47th Mechanized Brigade", "about 2 kilometers", "more than 1,000 square kilometers",
         "Aug. 6", "injures 13, damages 14 apartment blocks (headline)", "1,870 Russian troops lost in a day (headline)",
         "18,000+ members", "$5 a month", "Comments (57)", "3 min read", "since 2022"],
 "004": ["about three times the figure it gave in December", "26 years old, 20", "1,470 per dollar", "2009",
         "1.25% (headline)", "57% (headline)", "2027 target", "Share 312", "$0.99, $39 a month"],
 "006": ["about 500 km² (table)", "more than half of it", "40 killed (headline)", "€3 billion (headline)", "5 minutes",
         "August 2024", "18.01.2025"],
 "007": ["some 220 pieces of artillery", "170-millimeter, 240-millimeter", "January and February",
         "1.2 trillion won by 2026 (headline)", "KOSPI 2,607.15, 0.6%, KRW/USD 1,466.50", "kill 26, 35,000 hectares (headline)",
         "1.3 million copies"],
 "008": ["more than 7,000 pieces of weaponry, including 417 tanks", "June 19, 2024", "Article 4", "115 Ukrainian drones (headline)",
         "1,250 medicines (headline)", "11 counterattacks (headline)", "April 26"],
 "009": ["about US$20 billion", "May 9", "80 years", "6.7 trillion won (headline)", "120 mm (headline)",
         "3 candidates, 34 days (headline)", "Share 418", "Comments 36"],
 "010": ["loss widget: personnel 957,960 (+1,310), tanks 10,760", "Three Iskander missiles, six injured (headline)",
         "19 km (headline)", "Views: 4,318"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "a thousand sappers, five thousand military builders (planned)",
         "6,000 deminers and military builders (title, planned)", "second visit in two weeks", "nearly 20,000 guests",
         "5,000-ton destroyer (headline)", "$3.99 a month"],
 "014": ["120 days", "528th Engineer Regiment", "21-gun salute", "about 5,000 military construction troops (planned)",
         "4,120, 3% (headline)", "1,473.5 per dollar (headline)", "2 dead, 11 injured (headline)"],
}
OFF = ["011", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind178 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), one day apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), the same day"],
            ["004-3", "006-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-2", "an additional 3,000 or so against the roughly 11,000 first deployed: an additional force"],
        ],
    },
)
