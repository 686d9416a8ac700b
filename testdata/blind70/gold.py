#!/usr/bin/env python3
"""Write gold.json for the blind70 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles, or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]
UKMOD = ["Ministry of Defence", "MoD", "UK", "British"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US", "Defense"],
          "about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 North Korean soldiers had been moved into Russia so far", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent 10,000 to 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "about 11,000 North Korean soldiers were now in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That brings North Korea's combined losses in the Kursk region to around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US defence official", "US official", "US defense official"],
          "\"several hundred\" North Korean soldiers were killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "it believes 11,000 to 12,000 North Korean troops are in Russia", False),
         ("casualties", "north_korea", 30, None, "about", ["military intelligence", "Ukrain"],
          "a North Korean unit had lost about 30 soldiers in three days of fighting", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have been killed or wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS + ["Park Sun-won"],
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["Park Sun-won"],
          "and 2,700 wounded fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "That puts the North's total casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine had taken two North Korean soldiers prisoner on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukraine is holding two North Korean servicemen, captured on January 11", False),
         ("killed", "north_korea", 23, None, "exact", ["Special Operations Forces", "SSO"],
          "their fighters had eliminated 23 North Korean soldiers over three days", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "put North Korean losses at about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False)],
 "006": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False),
         ("troops", "ukraine", 12000, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
          "up to 12,000 Ukrainian troops crossed the border", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has dispatched about 15,000 troops to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "an additional 3,000 or so soldiers believed to have been sent in January and February", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", UKMOD,
          "have likely suffered more than 4,000 casualties", False),
         ("casualties", "russia", 1200, None, "about", UKMOD,
          "suffering on average around 1,200 killed and wounded a day in April", True)],
 "009": [("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "US"],
          "North Korea first sent around 11,000 troops last autumn", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "thousands more followed as reinforcements", True)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have been killed", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean deminers have already arrived in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "around 11,000 North Korean troops are still stationed in Kursk Oblast", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "North Korea"],
          "nine of its members died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["believed", "Analysts"],
          "kept several thousand soldiers in Russia", True)],
}
NOT = {
 "000": ["total expected to reach 10,000 by December (planned)", "$425 million", "155 mm artillery rounds",
         "68th drawdown", "August 2021", "478 square kilometres", "100 drones, 70 shot down (headline)",
         "4.6% (headline)", "2009 (headline)", "X 214, Facebook 1.1K, LinkedIn 38"],
 "001": ["170 mm self-propelled guns and 240 mm rocket launchers", "more than 13,000 containers",
         "1,000th day", "Feb. 24, 2022", "10 tln won (headline)", "2,482.78 (headline)", "8 injured (headline)",
         "3.8 cm (headline)", "10K-12K in the title restates the NIS range"],
 "002": ["240 mm rocket launchers, about 20 a month", "12K troops (related headline)", "0.08%, 38th week (headline)",
         "3 dead, 11 hurt (headline)", "1,450 per dollar (headline)", "20-year contract (headline)",
         "top 5 stories", "three days, three Kursk villages"],
 "003": ["8.7 trillion yen, 55 billion dollars", "more than 1,000 kilometers", "magnitude of 5.1 (headline)",
         "1,000 days (headline)", "280,000 vehicles (headline)", "01:48", "12:05 JST"],
 "004": ["born in 2005 and 1999", "Mach 12 (headline)", "3 short-range ballistic missiles (headline)",
         "236 defectors in 2024 (headline)", "Facebook 412, X 96, Kakao 1,305", "Comments (27)", "nearly tripling"],
 "005": ["1,630 soldiers in past day (headline)", "7 people injured (headline)", "42 attacks",
         "2,000 new drones (headline)", "USD 42.10 / EUR 43.32",
         "personnel about 818,560; tanks 9,763; 20,276; 21,813 (sidebar widget)", "three days"],
 "006": ["over 7,700 units of weapons, 410 tanks, more than 2,000 armored vehicles", "August 6, 2024",
         "115 drones (headline)", "30-day truce (headline)", "1,500 companies (headline)", "USD 82.9 RUB, EUR 94.1 RUB"],
 "007": ["hundreds of millions of dollars", "60 years", "3 stories, 5 minutes", "143 against dollar (headline)",
         "2.4 million travellers (headline)", "298,000 (headline)", "11,000 troops? (related headline)", "Comments (54)"],
 "008": ["9 May, 80th anniversary", "three-day ceasefire", "17th package", "nearly 200 additional tankers",
         "€210 billion", "41% (headline)", "2 killed (headline)", "1,000 drones (headline)", "Comments (19)"],
 "009": ["1,000 deminers and 5,000 military builders (planned)", "6,000 builders and deminers (title, planned)",
         "second visit in two weeks", "479 drones and 20 missiles", "9 billion rubles ($115 million)",
         "end of 2026", "3 villages (headline)", "224 killed in Iran (headline)", "241 aboard (headline)"],
 "011": ["a further 5,000 military construction workers (planned)", "more than three times",
         "14,800 members, $5 a month", "502 drones, 24 missiles (headline)", "10 more Patriots (headline)",
         "2 drone factories (headline)", "3 min read"],
 "014": ["about 120 days", "3 dead in Odesa (headline)", "2026 (headline)", "€108 billion (headline)"],
}
OFF = ["010", "013"]
DUP = {"012": "011"}

goldlib.write(
    "Gold labels for the blind70 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelenskyy, Dec 23-24), five days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 16), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 (Pentagon, Oct 28) against roughly 3,000 (NIS, a week earlier): a deployment still growing"],
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["007-3", "007-4", "about 15,000 in all against an additional 3,000 or so: an additional force inside the total"],
        ],
    },
)
