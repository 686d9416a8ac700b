#!/usr/bin/env python3
"""Write gold.json for the blind109 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul", "Republic of Korea"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
# Russian Defence Ministry figures on Ukrainian losses ("russia" also matches "Russian ...").
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Ministry of Defence", "Russia", "Moscow"]
US_DEF = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "Defense Department"]
US_STATE = ["Blinken", "State Department", "Secretary of State", "United States", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian Navy ships had taken about 1,500 North Korean special forces servicemen from the DPRK to Vladivostok", False),
         ("casualties", "ukraine", 26000, None, "more_than", RUMOD,
          "the Ukrainian armed forces have lost more than 26,000 servicemen", False)],
 "001": [("troops", "north_korea", 10000, None, "about", US_DEF,
          "\"about 10,000\" DPRK troops had been sent to train in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", US_STATE,
          "some 8,000 of those soldiers have already moved to Russia's Kursk region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Another 1,000 or so have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "put the North's combined losses at roughly 1,100 men", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "U.S. military", "American"],
          "North Korean units had suffered \"several hundred\" killed and wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it estimated North Korean losses at about 1,100 dead and injured", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean troops had been killed or wounded", False),
         ("casualties", "ukraine", 47000, None, "more_than", RUMOD,
          "Ukrainian forces have lost more than 47,000 servicemen in the Kursk direction", False),
         ("casualties", "ukraine", 320, None, "up_to", RUMOD,
          "In the past 24 hours alone, Kiev lost up to 320 troops", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea sent around 11,000 soldiers to Russia last autumn", False),
         ("captured", "north_korea", 1, None, "exact", ["special forces", "Ukrain"],
          "one wounded prisoner had died of his injuries a day after being taken", True)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bring the North's total casualties to some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine was holding two North Korean soldiers captured over the weekend", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "\"nearly 4,000\" North Korean servicemen had been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "In December, he had put the number at more than 3,000", True),
         ("casualties", "ukraine", 52000, None, "more_than", RUMOD,
          "the losses of the Ukrainian Armed Forces in the Kursk direction since August have exceeded 52,000 servicemen", False),
         ("captured", "north_korea", 2, None, "exact", ["Kiev", "Kyiv", "Ukrain"] + ZEL,
          "the two men whom Kiev presents as North Korean prisoners", True)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76,000 personnel in the region since August 2024", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "DPRK losses had exceeded 4,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had dispatched about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 additional soldiers who arrived in January and February", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "Britain", "British", "UK"],
          "Russia's own losses since February 2022 were now likely around 950,000 killed and wounded", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim", "North Korea", "Pyongyang"],
          "paid tribute to nine of its soldiers who died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war so far", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of some 15,000 sent to Russia since late 2024", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "167 tanks", "three counterattacks",
         "around 100 km, some 40 km", "August 6", "2 ratifications, 36 countries, 22 heads of state (headlines)",
         "96.75 rubles, 104.5", "VK 412 | Telegram 1.2K | OK 38"],
 "001": ["about 28,500 troops in South Korea (US troops, not a subject)", "more than 20 joint drills",
         "$200 billion since 2022", "2.4%, $81.7 billion (headline)", "3 reasons (headline)",
         "Over 1,000 firms, 7th CIIE (headline)", "Weibo 2,318"],
 "002": ["1.7 million barrels a day", "12 Indians killed (headline)", "941 points, 78,782, 1.18% (headline)",
         "COMMENTS (14)", "12:45 pm"],
 "003": ["less than two weeks", "some 15 kilometres", "4 years (headline)", "45,129 killed in Gaza (headline)",
         "2034 World Cup (headline)", "$73.41, 0.4%", "Share 2.7K", "6 AM"],
 "004": ["240mm multiple rocket launchers", "since 2022", "1.9%, 3 years (headline)", "8 trains in 2026 (headline)",
         "5 things (headline)", "1,318 shares"],
 "005": ["3 tanks, 12 armored combat vehicles", "155mm Paladin", "59 Ukrainian drones", "$1.5 billion",
         "318 | 46 | 1.1K shares", "Comments (84)", "3.9% GDP, 189 settlements (headlines)"],
 "006": ["aged 20 and 26", "born in 2005", "enlisted in 2021", "5 takeaways, 2025 (headline)",
         "1.6%, 18,971 (headline)", "3 years (headline)", "1.2K shares | 37 comments", "HK$10"],
 "007": ["millions of rounds since 2023", "38,474.30 -1.83%, 2,489.56, 157.90", "3.6%, 61.2 trillion won (headline)",
         "25% tariff (headline)", "Share: 640", "$1.50 a week, 3 months"],
 "008": ["adds a thousand (rhetoric)", "January 20", "23 tanks and 41 armored vehicles",
         "about 500 square kilometers from a maximum of 1,300", "5 decades, 21% (headlines)", "5.6K views, Comments: 19"],
 "009": ["June 2024", "over 400 tanks and more than 7,000 other pieces of equipment",
         "80th anniversary, 0.8 pct, 93rd (headlines)", "Share: 3", "2000-2025"],
 "010": ["some 12 million artillery shells", "$50 billion in FY25", "26 killed (headline, Pahalgam)",
         "₹99,000 per 10 grams (headline)", "COMMENTS (22)", "02:10 pm"],
 "011": ["1,000 deminers and 5,000 military builders (planned, announced in June)", "at least 3 times",
         "$25 billion, 2030 (headline)", "18 killed in Gaza (headline)", "5.3% (headline)", "Share 964"],
}
OFF = ["013", "014"]
DUP = {"012": "004"}

goldlib.write(
    "Gold labels for the blind109 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["007-3", "008-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["005-1", "004-2", "RT restating Zelensky's more than 3,000 against the JCS's 1,100: a repeat of the 004 conflict from another report"],
            ["003-4", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-4", "004-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["010-3", "010-4", "about 15,000 in total against roughly 3,000 additional: an additional force inside the total"],
        ],
    },
)
