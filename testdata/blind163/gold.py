#!/usr/bin/env python3
"""Write gold.json for the blind163 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
BUD = ["Budanov", "HUR", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense", "United States", "U.S."],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 North Korean soldiers had been moved to Russia so far", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", ["State Department", "U.S.", "United States", "Washington"],
          "more than 10,000 North Korean troops were in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["State Department", "U.S.", "United States", "Washington"],
          "about 8,000 of them had moved to the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 North Korean troops have already been killed or wounded there", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "have lost about 1,100 people, dead and wounded combined", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 had been wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's casualties to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The agency confirmed the capture of two North Korean soldiers by Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent (since Oct. 2024): about 11,000", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's intelligence service put North Korean deaths at around 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with some 2,700 more injured", False),
         ("casualties", "ukraine", 50000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry", "Russia", "Moscow"],
          "Ukraine had lost more than 50,000 servicemen in the region", False),
         ("casualties", "russia", 800000, None, "more_than", ["Britain", "British", "UK", "Ministry of Defence", "MoD"],
          "Russian forces had suffered more than 800,000 casualties", False),
         ("casualties", "russia", 1500, None, "about", ["Britain", "British", "UK", "Ministry of Defence", "MoD"],
          "including about 1,500 a day in recent weeks", True)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "an initial force of about 11,000", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian army lost more than 76,000 servicemen killed and wounded in the region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "include around 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total the North has sent about 15,000 soldiers to Russia", False)],
 "010": [("troops", "north_korea", 14000, None, "about", BUD,
          "North Korea has sent around 14,000 soldiers", False),
         ("casualties", "north_korea", 4000, None, "more_than", BUD,
          "Their losses, he said, have exceeded 4,000 people killed and wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of them had been killed or wounded", False),
         ("casualties", "russia", 958760, None, "about", ["General Staff", "Ukrain"],
          "about 958,760 personnel", True),
         ("casualties", "russia", 1290, None, "exact", ["General Staff", "Ukrain"],
          "(+1,290 per day)", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang sent roughly 15,000 soldiers in all", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 of them died", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Some 2,000 of the North Korean troops Kim Jong Un shipped to Russia's Kursk region have been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent roughly 15,000 combat troops to the war", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 deminers are already working in Kursk", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim", "state media"],
          "Nine of the regiment's soldiers died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed there in total", False)],
}
NOT = {
 "000": ["as many as 10,000 by December (NIS forecast, not a count)", "more than 6,000 km (3,700 miles)",
         "155-mm artillery shells", "$425 million", "1950-53", "1960s", "42 Ukrainian drones (headline)",
         "160,000 more soldiers (headline)", "2% (headline)", "3 min read"],
 "002": ["810th Naval Infantry Brigade, 11th Air Assault Brigade", "170 mm howitzers, 240 mm rocket launchers",
         "US$2,000 a month", "paras 5-7", "1st solo album, Nov. 15 (headline)", "4.6 pct (headline)",
         "1.2 tln won (headline)", "2 killed, 5 injured (headline)"],
 "003": ["Views: 4,812", "170 mm guns, 240 mm rocket systems", "1,660 soldiers, 13 tanks (headline)",
         "19th package, DKK 5.5 billion (headline)", "112K followers"],
 "005": ["Months in combat: 2-3", "Oct. 2024", "$683.8 billion (headline)", "3 soldiers injured (headline)", "0 / 500"],
 "006": ["100-year partnership", "£40 million", "33 of 55 drones", "11 regions", "day 1,059 (headline)",
         "3% of GDP (headline)", "€2.8 billion (headline)", "7am"],
 "007": ["$12.1 billion", "¥8.7 trillion", "fiscal 2025", "600 km (headline)", "898,000, 16th year (headline)"],
 "008": ["over 7,000 units of weapons, 410 tanks, 3,500 motor vehicles", "up to 12 brigades", "August 6, 2024",
         "5 settlements (headline)", "115 UAVs (headline)", "82.5 per dollar", "FS77-81216"],
 "009": ["Share 214", "$20bn", "7 charts, 100 days (headline)", "169 seats (headline)", "50 million (headline)",
         "$1 a month", "Comments (342)"],
 "010": ["about half of the artillery shells", "KN-23", "170-mm Koksan, up to 60 km", "10,776 tanks, 22,430 artillery systems",
         "30-day ceasefire (headline)", "2 UAH (headline)", "50% (headline)", "10,000+ readers"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "second trip in two weeks", "more than 2,200 residential buildings", "30 billion rubles ($380 million)",
         "14% of farmland", "80% (headline)", "3.4 trillion rubles (headline)", "1,200 detained (headline)", "€5 or $5"],
 "012": ["6,000 sappers and military builders (planned)", "remaining 5,000 construction troops (planned)",
         "more than three times", "Kim, 41", "Kim Ju Ae, 12", "14 years", "1,311 Comments",
         "50% tariff (headline)", "300-foot (headline)", "2 bears (headline)", "9/4/25"],
 "014": ["120 days", "528th Engineer Regiment", "1,000 deminers and 5,000 military builders (planned, restated)",
         "3 hectares", "$14.99/month, $149.99/year", "Share this article: 46", "2 cruise missiles (headline)", "40% (headline)"],
}
OFF = ["001", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind163 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), under four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against some 3,000 'so far' (NIS, a week earlier): a deployment growing week to week"],
            ["007-1", "007-2", "roughly 3,000 additional against an initial force of about 11,000: an additional force"],
        ],
    },
)
