#!/usr/bin/env python3
"""Write gold.json for the blind59 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Rows of estimate tables, key-number panels and timelines are claims when a reader can see whose
figure each row is; such rows are dated weeks or months apart, so they are not conflicts with each
other (the README's "same period"). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SYR = ["Syrskyi", "Syrsky"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
HUR = ["HUR", "military intelligence", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
US = ["Pentagon", "Department of Defense", "Defense", "Ryder", "US", "U.S.", "United States"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "putting the first group at around 1,500 men from the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000, South Korea's National Intelligence Service (NIS) told members of parliament on Wednesday", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "18 Oct | South Korea's NIS | 1,500 | Russian Far East (first contingent)", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "28 Oct | US Department of Defense | about 10,000 | eastern Russia, training", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "4 Nov | Volodymyr Zelensky | 11,000 | Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes around 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "around 500 officers and three generals", True)],
 "002": [("killed", "north_korea", 50, None, "exact", SSO,
          "its units had killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 more during three days of fighting", False),
         ("casualties", "north_korea", 200, 999, "vague", US,
          "North Korean soldiers had been killed and wounded in numbers in \"the several hundred\" range", True),
         ("wounded", "ukraine", 6, None, "exact", ["Syniehubov", "Governor", "Kharkiv"],
          "Russian drones struck a residential area of Kharkiv overnight, injuring six people", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS estimates that about 11,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", US,
          "it believed between 11,000 and 12,000 North Korean troops were in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Total casualties: about 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already passed 3,000", False),
         ("casualties", "russia", 38000, None, "more_than", SYR,
          "Russia has lost more than 38,000 soldiers killed and wounded in the region since then", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "Special Operations Forces reported killing 50 North Korean soldiers in a three-day battle last week", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Total casualties: about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers captured over the weekend", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("killed", "north_korea", 1000, None, "at_least", HUR,
          "At least 1,000 of them are dead.", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers Ukraine captured last week", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an estimated 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The North had initially dispatched about 11,000 soldiers to Russia last fall", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine says it has captured two North Korean soldiers", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "of them around 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched a total of about 15,000 troops to Russia", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", SYR,
          "have lost more than 4,000 soldiers killed and wounded in the Kursk region", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk region since August 2024", False),
         ("troops", "north_korea", 15000, None, "exact", NIS,
          "15,000 - North Korean troops sent to Russia since autumn 2024", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "4,700 - North Korean soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "2 - North Korean prisoners of war held by Ukraine", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has already sent about 15,000 troops to fight in Kursk", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 of them have been killed", False)],
 "012": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine of the regiment's soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the Kursk campaign", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "North Korea had sent about 5,000 military construction troops to Russia since September", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct. 18, 2024 | NIS | 1,500 (first contingent)", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Dec. 19, 2024 | NIS | about 11,000", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "Dec. 19, 2024 | NIS | about 11,000 | at least 100", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "at least 100 | nearly 1,000", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Dec. 23, 2024 | Zelensky | - | over 3,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 13, 2025 | NIS | - | about 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 300 | about 2,700", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Apr. 30, 2025 | NIS | about 15,000", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 15,000 | about 600", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "(4,700 casualties in all)", False)],
}
NOT = {
 "000": ["some 12,000 troops in four brigades (planned)", "12K (headline, planned)", "four Russian landing ships, 3 patrol vessels",
         "6 days", "13,000 containers of munitions", "7.5 pct, 60-meter, 1,369.5 (related headlines)",
         "100 million streams, 2 dead, 11 hurt (most viewed)", "Share 2.3K", "Comments 146"],
 "001": ["$2,000 a month", "about 1,300 sq km", "roughly 800 sq km", "30 miles", "3 officers (headline)",
         "86 minutes (headline)", "250,000 readers", "Comments (1,024)", "Share 312", "2 kinds of cookies"],
 "002": ["170-mm Koksan guns, 240-mm rocket launchers", "1,200-kilometer front", "12-year-old girl",
         "Personnel: 773,580 (+1,520) (sidebar widget)", "9,532 tanks, 21,003 artillery systems, 20,384 drones (widget)",
         "80 drones, 4 missiles, 57 downed (headline)", "15th package, 52 vessels (headline)", "1 in 4 (headline)",
         "21,000 members, $5 a month", "Share 1.4K", "Comments (58)"],
 "003": ["more than 10 million shells", "13.5% (headline)", "42 bcm, Jan. 1 (headline)", "3 min read"],
 "004": ["August 6", "45 times, two people killed (headline)", "1.5 billion euros (headline)", "1,876 views"],
 "006": ["born in 2005 / 1999; joined 2021 / 2016", "1,100 km (headline)", "6.5 tln won", "179 victims (headline)",
         "92 countries", "5 things", "Share 87"],
 "007": ["more than 10 months old", "six weeks", "287 comments", "46 minutes, 9-0, 27 (most viewed)", "£1"],
 "008": ["about 220 artillery systems", "170 mm guns, 240 mm rocket launchers", "1.3% (headline)",
         "wildfires kill 26, 1,300-year-old temple (headline)"],
 "009": ["25 pct tariffs (headline)", "2,556.61", "paras 5-7", "about 5 months in combat", "Share 1.1K", "Comments 62"],
 "010": ["170 mm guns", "Article 4", "9 months", "3-day ceasefire, May 8 (headline)", "3.5% of GDP (headline)",
         "5 days a week"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "up to 30,000 more North Korean soldiers (possible, planned)", "20,000 holidaymakers", "about $1,400",
         "5,000 tons, 1 km (related)", "$14.99 a month", "3 articles a month", "second trip in two weeks",
         "Share 540", "17 comments"],
 "012": ["120 days", "12% (headline)", "236 defectors, 3% (headline)", "2 North Korean POWs (headline)", "Share 204"],
}
OFF = ["013", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind59 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor or its output). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-5", "004-1", "about 1,100 casualties (NIS key-numbers panel) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS fact box) against nearly 4,000 (Zelenskyy), four days apart"],
            ["006-1", "007-2", "about 300 killed (NIS) against at least 1,000 killed (HUR official), four days apart"],
        ],
        "may": [
            ["002-3", "003-5", "several hundred casualties (Pentagon) against about 1,100 (NIS) two days later: a vague figure"],
            ["002-3", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["008-1", "008-2", "an estimated 3,000 additional troops against about 11,000 initially: an additional force"],
        ],
    },
)
