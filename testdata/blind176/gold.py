#!/usr/bin/env python3
"""Write gold.json for the blind176 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "lawmakers", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
UKR = ["Ukrain", "Zelensky", "SBU", "Security Service"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "U.S.", "United States", "Washington"],
          "Roughly 8,000 North Korean soldiers have been moved to Russia's Kursk region bordering Ukraine", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Defense Secretary", "Pentagon", "U.S.", "United States"],
          "about 10,000 North Korean soldiers had been sent to Russia altogether", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 North Korean troops were already in Russia", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are currently 11,000 North Korean soldiers in Russia's Kursk region", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "have suffered around 1,100 casualties in their first weeks of combat", False),
         ("troops", "north_korea", 10000, None, "more_than", JCS,
          "Of the more than 10,000 soldiers Pyongyang is believed to have sent to Russia", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers had been killed, he said", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "the number of wounded was close to 1,000", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "at least one high-ranking officer was believed to be among the casualties", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "Seoul's Joint Chiefs of Staff put the North's casualties at around 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon, for its part, believes that between 11,000 and 12,000 North Korean troops are now in Kursk", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"],
          'adding that they had suffered "several hundred" casualties', True)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's losses in Russia's war against Ukraine have climbed to roughly 3,000 soldiers", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "two North Korean soldiers were captured by Ukrainian forces in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered close to 4,000 casualties, President Volodymyr Zelensky said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "some 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("killed", "north_korea", 23, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "one of its units had eliminated 23 North Korean soldiers over two days of fighting", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "The two North Korean soldiers captured by Ukrainian troops earlier this month", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an estimated 3,000 additional soldiers to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The North's troops have suffered about 4,000 casualties", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "North Korea had earlier sent about 11,000 troops to Russia last fall", False),
         ("troops", "north_korea", 200, 900, "vague", ["Ukrainian military official", "Ukrain"],
          '"Hundreds" of them have been sent back to the front line in recent weeks', True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean troops have been killed or wounded in and around Kursk", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The NIS estimates that Pyongyang has sent about 15,000 soldiers to Russia since last fall", False),
         ("killed", "russia", 100000, None, "more_than", ["Mediazona", "BBC Russian"],
          "has confirmed the names of more than 100,000 Russian soldiers killed in Ukraine", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "Ukrain"],
          "North Korea has lost more than 4,000 soldiers killed and wounded in Russia's war against Ukraine", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent since autumn 2024: about 15,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded: around 4,700 (NIS)", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of whom killed: around 600 (NIS)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine: 2 (Ukraine, January)", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "North Korea"],
          "nine of its members were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of the roughly 15,000 Pyongyang is believed to have sent", False)],
}
NOT = {
 "000": ["around 10,000 in total by December (NIS plan, planned)", "12K troops to Russia in 4 brigades (headline, planned)",
         "86 minutes", "over 7,000 kilometers", "about 200 km west of Okushiri", "around 28,500 troops in South Korea and about 54,000 in Japan (US forces, not a subject)",
         "Share 412", "153 per dollar (headline)", "1st time in 15 years (headline)", "2.3% (headline)", "5 games (headline)",
         "1,100 yen per month", "2 ballistic missile launches (headline)"],
 "001": ["155mm artillery", "6 injured (headline)", "696,160 troops (headline)",
         "personnel ~ 698,000 (+1,700), tanks 9,141 (losses widget)", "2024-2025 (headline)", "August 6", "November 4",
         "Views 4,837", "Facebook 92K"],
 "002": ["240-millimeter rocket launchers, 170-millimeter howitzers", "millions of artillery shells", "Dec. 14", "Dec. 4",
         "1,450 per dollar (headline)", "6.6% (headline)", "Dec. 27 (headline)", "2,404.15, 1.3% (ticker)", "2019"],
 "003": ["almost three times", "August 6", "several hundred square kilometres", "the 12th major attack",
         "more than 90 missiles and 200 drones, 2 killed (headline)", "More than 1,000 days (headline)",
         "400 detained (headline)", "3 min", "8 languages"],
 "004": ["born in 2005, entered the army in 2021", "The other, 26", "Dec. 3", "0.1% (headline)", "29% (headline)",
         "39,190.40, -1.05%, 157.68, 2,489.56 (ticker)", "$0.99", "3 left this month", "18:05 JST"],
 "005": ["an infantry fighting vehicle and two pickup trucks", "13 killed, 113 injured (headline)",
         "25 prisoners each (headline)", "up to 60% of Russia's artillery shells (headline)", "three years",
         "over 25,000 members", "$4 a month", "16th sanctions package (headline)", "9 hours without power (headline)",
         "Comments 57", "August 2024"],
 "008": ["220 artillery pieces", "170-millimeter self-propelled guns and 240-millimeter rocket launchers",
         "more than 20,000 containers of munitions", "August 2023", "30-day pause", "more than 1,100 square kilometers",
         "3 killed in Dnipro strike (headline)", "90 minutes, 30-day halt (headline)", "No. 1 seeds, Sweet 16, 3rd straight year (headline)",
         "22% (headline)", "1.1% (headline)"],
 "009": ["USD 82.07, EUR 93.11, Brent $63.12 (ticker)", "February 2022", "from just $2", "3 regions (headline)",
         "14% (headline)", "3-day truce for May 8-10 (headline)"],
 "010": ["estimated 9 million+ artillery shells", "80th anniversary", "more than 20 foreign leaders", "three-day ceasefire for 8-10 May",
         "187 drones (headline)", "17th sanctions package, nearly 200 tankers (headline)", "41% (headline)", "30 April"],
 "014": ["1,000 deminers and 5,000 military builders (planned, announced in June)", "more than 1,500 square kilometers",
         "3rd launch this year (headline)", "2:41", "300,000 without power (headline)", "a quarter point, third time (headline)",
         "5 minute read"],
}
OFF = ["007", "011", "012", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind176 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["002-1", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), a day apart"],
            ["004-1", "005-1", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-2", "001-1", "about 10,000 sent to Russia (Austin) against 11,000 in Kursk alone (Zelensky): the bands touch, but Kursk is a part of Russia"],
            ["000-2", "000-3", "some 3,000 in Russia on Oct. 23 (NIS) against about 10,000 a week later (Austin): an earlier count of a growing force, said to be so"],
            ["000-1", "000-3", "some 3,000 in Russia on Oct. 23 (NIS) against about 8,000 in Kursk a week later: an earlier count of a growing force"],
            ["003-1", "003-2", "more than 3,000 (Zelensky) against the JCS's about 1,100 restated in the same report: the same conflict as 002-1~003-1"],
            ["003-1", "003-4", "more than 3,000 (Zelensky) against several hundred (Pentagon, the week before): a vague figure"],
            ["003-2", "003-4", "about 1,100 (JCS) against several hundred (Pentagon): a vague figure"],
            ["002-1", "003-4", "about 1,100 (JCS) against several hundred (Pentagon): a vague figure"],
            ["008-1", "008-3", "an estimated 3,000 additional against about 11,000 sent last fall: an additional force"],
        ],
    },
)
