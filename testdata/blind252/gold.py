#!/usr/bin/env python3
"""Write gold.json for the blind252 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["HUR", "military intelligence", "Budanov", "Ukrain"]
UKMOD = ["Defence Ministry", "Defence", "U.K.", "UK", "MoD", "Britain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "with some 1,500 troops already carried to the Russian Far East aboard Russian navy ships", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense"],
          "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Some 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the agency put the North's combined losses at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 troops Pyongyang has dispatched", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Washington"],
          "the Pentagon said this week that 11,000 to 12,000 North Korean soldiers were in the Kursk area", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "South Korea's Joint Chiefs of Staff put the North's losses at about 1,100 killed and wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "had put Pyongyang's total losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrain", "Western allies", "allies"],
          "Ukraine and its Western allies say around 11,000 North Koreans were sent to Kursk last autumn", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the North Korean contingent has already lost almost four thousand men, killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers taken prisoner last week remained in Kyiv", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Syrskyi"],
          "they had lost hundreds of fighters in failed assaults", True)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "have climbed to about 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent around 15,000 troops to Russia in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements who arrived in January and February", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Held by Ukraine as POWs: 2 (captured Jan. 2025)", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded there", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "More than 4,000 North Korean soldiers have been killed or wounded in the fighting", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False)],
 "010": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around 11,000 North Korean troops are still deployed in Kursk Oblast", False),
         ("casualties", "russia", 1000000, None, "more_than", UKMOD,
          "Russian casualties in the full-scale war have likely passed one million killed and wounded", False),
         ("killed", "russia", 250000, None, "about", UKMOD,
          "including some 250,000 killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim", "state media"],
          "mourned nine of its members who died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war so far", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "around 5,000 military construction troops had been moving into Russia since September", False)],
}
NOT = {
 "000": ["four brigades, or about 12,000 soldiers in total (decided, not yet sent: planned)",
         "four Russian amphibious landing ships and three escort vessels", "122 mm and 240 mm rocket launchers",
         "Oct. 8 and 13", "11th Corps", "1.4 million young people volunteered (headline)", "282 bln won (headline)",
         "2,593.82, 0.55 pct (headline)", "30th straight week", "Facebook 214 | X 87"],
 "001": ["170 mm self-propelled guns and 240 mm multiple rocket launchers", "more than 13,000 containers",
         "about 28,500 American troops (not a subject)", "$1 for 3 months", "41°", "Comments (17)",
         "Lakeview 28, Harbor City 21", "9 cents to $2.89", "$4.6 million, Route 12", "High 46, Low 33, 10 to 15 mph"],
 "002": ["a general-rank officer among the casualties (no count)", "170-millimeter", "204 to 85 (headline)",
         "1,450 against dollar, March 2009 (headline)", "10 rounds of artillery (headline)", "Share 1.2K | Comments 36"],
 "003": ["240 mm multiple rocket launchers", "1 killed, 12 injured (headline)",
         "personnel about 775,830 (+1,850), tanks 9,536, artillery 21,041 (daily losses widget)",
         "70 missiles and 100 drones (headline)", "59 of 103 drones (headline)", "42.02 per US dollar", "Views: 41,208"],
 "005": ["born in 2005", "90 drones, 1,055 days (headline)", "€50 billion (headline)", "100 days (headline)",
         "Share 1.3K", "3 min", "14/01/2025 - 09:41"],
 "006": ["groups of 20-30 men (group size)", "824,160 (+1,340) (headline)", "412 times (headline)",
         "Telegram (19K)", "18.01.2025 21:25"],
 "007": ["April 26", "240 mm, 170 mm", "about 6,500 km", "June 19, 2024", "2,556.61, 0.3% (headline)",
         "1.5% to 6.7 trillion won (headline)", "Share 486 | Comments 12"],
 "009": ["April 28", "six months", "3.7%, eight years", "8.7 trillion yen", "5,000-ton destroyer (headline)",
         "25% tariffs (headline)", "$77bn (headline)", "first month for $1", "since 2019"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)",
         "6,000 military builders and deminers (headline, planned)", "second visit in two weeks",
         "around half of the artillery ammunition", "up to 12 million artillery shells",
         "440 drones, 32 missiles; 28 killed, 134 injured (headline)", "6,000 bodies (headline)",
         "$5 a month, 16,000 members", "3 min read"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (June plan, restated)", "late October",
         "4,000+ documents", "$14.99 a month", "5 days a week", "9th Party Congress, 2026 (headline)",
         "2 new destroyers (headline)", "20,000-home (headline)"],
}
OFF = ["004", "011", "012", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind252 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day, different sources"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost four thousand (Zelensky), four days apart"],
        ],
        "may": [
            ["006-1", "006-3", "almost 4,000 in all (Zelensky) against hundreds in a week's assaults (Syrskyi): a vague part"],
            ["005-3", "006-3", "about 3,000 (NIS) against hundreds in a week's assaults (Syrskyi): a vague part"],
        ],
    },
)
