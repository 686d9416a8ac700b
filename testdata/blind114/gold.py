#!/usr/bin/env python3
"""Write gold.json for the blind114 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmakers", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "with some 1,500 soldiers already transported to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "between 10,000 and 12,000 North Korean soldiers are in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Washington", "U.S.", "US"],
          "The Pentagon said at the start of the month that about 10,000 North Korean troops had been sent to eastern Russia", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "around 1,100 North Korean soldiers have been killed or wounded in combat", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "roughly 100 of the North's troops had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 others had been wounded", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False)],
 "004": [("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured alive by Ukrainian forces", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the casualties now total about 3,000", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units in Russia's Kursk region have by now lost nearly 4,000 men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean prisoners captured last week", False),
         ("killed", "north_korea", 27, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "Ukraine's Special Operations Forces said its drone operators and snipers had killed 27 North Korean soldiers over three days", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "put the number of dead at around 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with about 2,700 wounded", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "Some three thousand more North Korean soldiers, South Korea's Joint Chiefs of Staff said on Thursday, were sent to Russia", False),
         ("casualties", "ukraine", 67000, None, "more_than", ["Defense Ministry", "Defence Ministry", "ministry", "Russia"],
          "Since August, the ministry said this week, Ukraine has lost more than 67,000 servicemen killed and wounded in the Kursk region", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has deployed some 15,000 troops to Russia in all", False),
         # fact box rows: earlier NIS estimates, restated with their dates
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct. 18, 2024 | 1,500 special forces moved", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov. 2024 | 10,000-12,000 troops in Russia | NIS", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "Dec. 19, 2024 | about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "about 1,000 wounded | NIS", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 13, 2025 | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded | NIS", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "North Korea's losses in Russia's Kursk region have \"exceeded 4,000 killed and wounded\"", False),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["South Korean"],
          "the estimate the South Korean spy agency gave on Wednesday, which put North Korea's casualties at about 4,700", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk region", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 have died, they quoted the agency as saying", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "North Korea has already dispatched about 1,000 troops for demining work in the Kursk region", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 soldiers to Russia since last October", False),
         ("killed", "north_korea", 101, None, "at_least", ["Kim Jong Un", "state media", "KCNA", "North Korea", "NHK"],
          "he knelt before the portraits of 101 of the dead", True)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un"],
          "honored nine of its soldiers who died during the mission", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent about 15,000 troops to Russia in total", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 of them have been killed", False)],
}
NOT = {
 "000": ["as many as 12,000 soldiers in four brigades (planned)", "between Oct. 8 and 13",
         "four amphibious landing ships and three escort vessels", "more than 13,000 containers",
         "8 million rounds of 152 mm and 122 mm ammunition", "7.5 pct (headline)", "3.25 pct, 38 months (headline)",
         "3 soldiers injured at Paju (headline)", "Share 2,184", "KOSPI 2,593.82", "paras 6-9"],
 "001": ["86 minutes", "more than 7,000 kilometers", "about 200 km west of Okushiri", "¥13.9 trillion", "¥826 billion",
         "¥8.5 trillion (headline)", "2 dead, 30,000 evacuated (headline)", "312 comments", "Oct. 31", "7 a.m. JST"],
 "002": ["240-millimeter rocket launchers", "170-millimeter guns", "seventh nuclear test", "1,450 per dollar, 15-year low (headline)",
         "1.3% (headline)", "1.05 million (headline)", "3 trillion won (headline)", "minus 9 degrees", "01:48", "1983 (headline)"],
 "003": ["about 1,300 square kilometres", "6 August 2024", "2 killed, 12 injured (headline)", "15th package, 52 vessels (headline)",
         "150 POWs returned (headline)", "General Staff widget: 774,390 (+1,640), 9,559 tanks", "100 UAH", "Facebook 1.1K | X 438"],
 "004": ["born in 1999 / 2005, since 2016, in 2021", "Jan. 9", "3,000 police officers (headline)", "3.7% (headline)",
         "179 victims (headline)", "64 comments", "Facebook 2.3K", "3 min", "7 a.m. KST"],
 "005": ["82 mm mortars", "about 30 kilometers from the border", "€28 billion", "60 million voters (headline)",
         "1,000 days (headline)", "40 missiles and 70 drones (headline)", "Share: 214", "4 min read", "5 minutes"],
 "007": ["about 220 artillery pieces, 170 mm", "410 tanks", "5 / 25 / 100 € a month", "about 10 kilometers from the border",
         "March 16", "21% (headline)", "12 people detained (headline)", "Telegram 3.8K", "42 comments"],
 "008": ["up to 12,000 planned (fact box)", "fact box row Apr. 30, 2025 repeats the lede", "roughly $20 billion", "about 80 percent of GDP",
         "3 counts (headline)", "3.7% to $58.2b (headline)", "11 of 17 regions (headline)", "0.08% for 10th week (headline)",
         "6.7 trillion won (headline)", "Share 1,907", "36 comments"],
 "009": ["8 to 10 May", "30-day truce", "about 60km", "less than 2km", "170mm shells", "nine-storey",
         "183 drones and 2 ballistic missiles, 77 shot down", "85+ seats (headline)", "1-2 on aggregate (headline)",
         "Six-hour power cuts (headline)", "£2 a month", "186 comments"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "second visit in two weeks, third since March",
         "June 2024", "Article 4", "36 Ukrainian drones (headline)", "78.4 per US dollar (headline)", "Views: 7,215", "June 20"],
 "012": ["some 5,000 more for construction work (planned)", "more than three times the April figure",
         "8.8 trillion yen (headline)", "1 dead, 140,000 households (headline)", "2 ballistic missiles (headline)"],
 "014": ["1,000 deminers and 5,000 military builders (planned, restated from June)", "over 120 days",
         "11 months (headline)", "12 killed in Peru (headline)", "$2.89 (headline)", "99¢ for 4 weeks",
         "Comments (27)", "Share on Facebook (41)", "5 min read"],
}
OFF = ["011", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind114 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["004-4", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "001-2", "about 1,500 moved (NIS, Oct 18) against about 10,000 (Pentagon, early November): a deployment under way, weeks apart"],
            ["000-1", "001-1", "about 1,500 (Oct 18) against 10,000-12,000 (Nov 20): a month apart, the force was still arriving"],
            ["002-1", "004-4", "about 1,100 casualties (Dec 23) against about 3,000 (Jan 13): three weeks apart, heavy fighting in between"],
            ["002-2", "004-2", "about 100 killed (restated Dec 19 figure) against about 300 (Jan 13): weeks apart"],
            ["002-2", "005-4", "about 100 killed against about 300 (restated in a Jan 16 article): weeks apart"],
            ["002-3", "004-3", "nearly 1,000 wounded against about 2,700: weeks apart"],
            ["002-3", "005-5", "nearly 1,000 wounded against about 2,700 (restated Jan 16): weeks apart"],
            ["008-2", "012-1", "about 600 killed (April) against about 2,000 (September): months apart"],
            ["008-2", "014-3", "about 600 killed (April) against roughly 2,000 (December): months apart"],
            ["007-1", "008-3", "some 3,000 more (reinforcements, JCS) against 15,000 in all (NIS): an additional force against the total"],
        ],
    },
)
