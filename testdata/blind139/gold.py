#!/usr/bin/env python3
"""Write gold.json for the blind139 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korean intelligence", "Lee Seong-kweun", "lawmakers", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Department of Defense", "Defense Department", "US", "U.S."]
SBU = ["Security Service of Ukraine", "SBU", "Zelensky"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of some 1,500 special operations troops has already been ferried to Russia's Far East", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean troops have been sent to Russia in all, according to the Pentagon", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are already in the Kursk region", False),
         ("troops", "north_korea", 7000, None, "more_than", ["Defence Intelligence", "HUR", "Ukrain"],
          "more than 7,000 North Korean soldiers had been moved to areas near the Ukrainian border", False),
         ("troops", "russia", 50000, None, "about", ["General Staff", "Ukrinform", "source"],
          "Russia has concentrated about 50,000 of its own troops in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have now been killed or wounded in the fighting in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea", "Seoul"],
          "about 1,100 North Korean soldiers had been killed or wounded since the troops joined combat this month", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Koreans had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly a thousand had been wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "between 11,000 and 12,000 North Korean troops are in the Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's troops have suffered around 3,000 casualties in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers alive on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean soldiers have been killed or wounded in the Kursk region, he said", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "The two North Korean prisoners captured in Kursk last weekend", False),
         ("killed", "north_korea", 27, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "their units had killed 27 North Korean soldiers in a single engagement near Plekhovo", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "the additional forces, an estimated 3,000 troops, arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 North Korean soldiers that Seoul believes were sent last autumn", False),
         ("troops", "north_korea", 11000, 12000, "range", ["US Department of Defense", "Department of Defense", "Pentagon", "US"],
          "Troops sent in autumn 2024 | 11,000–12,000 (US Department of Defense)", False),
         ("casualties", "north_korea", 4000, None, "about", ["Ukrain"],
          "Killed or wounded | nearly 4,000 (Ukraine, January)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Prisoners held by Ukraine | 2 (captured 11 January)", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "By its count, North Korean casualties have reached around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "with some 600 of them killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers that the North dispatched", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "HUR"],
          "North Korea's losses in the fighting in Russia's Kursk region have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korean intelligence earlier this week put the North's casualties at roughly 4,700", False)],
 "011": [("killed", "russia", 108000, None, "more_than", ["Mediazona", "BBC"],
          "confirmed the names of more than 108,000 Russian servicemen killed since February 2022", False),
         ("troops", "north_korea", 2000, 99999, "vague", ["Western and South Korean officials", "South Korea", "Western"],
          "Western and South Korean officials say thousands took part in the campaign", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers, South Korea's intelligence agency estimates, have been killed", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 North Korean deminers are already at work in the Kursk region, the agency said", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Kim"],
          "Nine of the engineers were killed during the mission, the state-run Korean Central News Agency reported", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers had been killed in Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "the National Intelligence Service said about 1,000 deminers were working in Kursk", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "Oct. 8 and 13", "11th Corps", "more than 400 people (satellite image)",
         "about 100 kilometers", "more than 13,000 containers", "Share 1,204", "2 days (headline)", "2.4 million / 8 million shells (headline)",
         "12K troop plan (headline, planned)", "Nov. 15", "274%, 9.1 tln won", "3 killed (headline)"],
 "001": ["300-km (190-mile) ATACMS", "155 mm artillery shells", "about 28,500 US troops in South Korea (not a subject)", "1953",
         "3 minute read", "3 killed, 35 injured (headline)", "86 minutes (headline)", "$425 million (headline)", "2% (headline)"],
 "002": ["300 kilometers", "August 6", "about 800 square kilometers", "96 drones, 62 shot down (headline)",
         "12 injured, 2 children (headline)", "700,380 personnel (+1,380 per day), 9,121 tanks (losses widget)", "Share 87", "32K followers"],
 "003": ["Comments 412", "almost three times", "170mm guns, 240mm rocket launchers", "1,034th day",
         "78 missiles and 106 drones (headline)", "$100m (headline)", "2 dead, 90mph (headline)", "£2 a month"],
 "004": ["19:42 JST", "2 North Korean soldiers (related headline)", "8.7 trillion yen", "1,100 km (headline)",
         "9°C / 2°C", "18 languages"],
 "006": ["Views: 18,240", "Comments: 87", "26-year-old, born in 2005, served since 2021", "12 armoured vehicles",
         "groups of 20 to 30 (group size)", "95th Air Assault Brigade", "1,540 troops in 24 hours (headline)",
         "5 drones, 2 injured (headline)", "€5 a month", "14,000 members", "Since 1995"],
 "007": ["about three weeks", "about 6,800 km", "19 June 2024", "Comments 23", "25% tariffs (headline)",
         "three injured, one dead (headline)", "20.8% (headline)", "8:00 CET"],
 "009": ["1.2 million (North Korea's whole armed forces)", "Article 4", "June 2024", "Facebook 214",
         "5 ballistic missiles (headline)", "1.8% (headline)", "June 10", "1,420 per dollar", "kills 6 (headline)"],
 "010": ["170-mm, 240-mm", "about half of the artillery shells", "48 Russian attacks", "9 injured (headline)",
         "50% fund (headline)", "1.3M readers", "Share 156"],
 "011": ["1,000 military deminers and 5,000 military construction workers (planned)", "6,000 sappers and builders (headline, planned)",
         "second trip in two weeks", "February 2022", "23-year-old, 6.5 years, 5,000 rubles", "500,000 rubles (headline)",
         "1.4% (headline)", "$2 a month"],
 "012": ["more than three times its April estimate", "5,000 military construction troops (planned)", "80th anniversary",
         "about 20 hours", "6 years (headline)", "70 years (headline)", "1.8 trillion yen (headline)"],
 "014": ["about 120 days", "5,000 military builders (planned)", "4-Minute Listen", "$1.1 billion (headline)",
         "3 dead (headline)", "1 in 4 (headline)", "$8 a month", "9:30 AM ET"],
}
OFF = ["008", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind139 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-2", "002-1", "roughly 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-2", "an estimated 3,000 reinforcements against the roughly 11,000 sent last autumn: an additional force"],
            ["007-1", "007-3", "an estimated 3,000 reinforcements against 11,000-12,000 sent in autumn: an additional force"],
        ],
    },
)
