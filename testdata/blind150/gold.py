#!/usr/bin/env python3
"""Write gold.json for the blind150 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "U.S.", "United States", "Washington"]
GUR = ["GUR", "HUR", "military intelligence", "Defence Intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 North Korean special forces", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "estimated the size of the deployment at between 10,000 and 12,000 troops", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 were now in Russia's Kursk border region", False),
         ("troops", "north_korea", 500, None, "about", GUR,
          "the contingent includes around 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", GUR,
          "around 500 officers and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to help Russia in its war against Ukraine have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "meaning some 1,100 casualties in all", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "senior U.S.", "United States", "U.S."],
          "several hundred North Korean soldiers had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Washington", "United States", "U.S."],
          "Washington has put the size of the force at 11,000 to 12,000", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("casualties", "russia", 38000, None, "about", ["Syrskyi", "Commander-in-Chief"],
          "Russia had lost some 38,000 soldiers killed and wounded in Kursk Oblast", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS + ["lawmakers"],
          "About 300 have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["lawmakers"],
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["lawmakers"],
          "putting Pyongyang's overall casualties in the Kursk region at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian troops had taken two wounded North Korean soldiers alive in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's army has suffered nearly 4,000 casualties in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers captured by Ukrainian forces last week", False)],
 "007": [("troops", "north_korea", 11000, None, "about", NIS,
          "North Korean troops initially deployed | about 11,000 | South Korea's NIS", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "Additional soldiers sent | some 3,000 | South Korea's Joint Chiefs of Staff", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Killed or wounded | roughly 4,000 | Ukraine's President Zelenskyy", False),
         ("captured", "north_korea", 2, None, "exact", ["Security Service", "SBU", "Ukrain"],
          "Captured | 2 | Ukraine's Security Service", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded in the region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent around 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "up from the initial contingent of about 11,000 that began arriving last October", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov"] + GUR,
          "The losses of North Korean troops in Russia's Kursk region have exceeded four thousand people killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The National Intelligence Service put the number of dead at roughly 600 in April", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "it said the North had suffered around 4,700 casualties in all", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"],
          "nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "which South Korea's spy agency estimated in September at about 2,000 dead", False),
         ("troops", "north_korea", 200, 900, "vague", ["state television", "state TV", "KCNA", "state media"],
          "Footage aired by state television showed what appeared to be several hundred soldiers lined up", True),
         ("troops", "north_korea", 10000, None, "about", ["South Korean officials", "South Korea", "Seoul"],
          "South Korean officials believe about 10,000 North Korean soldiers remain stationed in Russia's border areas", False)],
}
NOT = {
 "000": ["a total of some 12,000 soldiers in four brigades (planned)", "11th Corps", "Oct. 8 and 13",
         "more than 13,000 containers", "over 8 million rounds of 152 mm and 122 mm ammunition",
         "2 inter-Korean roads (headline)", "18 N. Koreans deserted (headline)", "11-day exercise (headline)",
         "1,370 per dollar", "1-0", "Share 2.1K, X 640"],
 "001": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "fewer than 20 personnel (South Korean monitors)",
         "-1 C", "24.3 trillion won", "100 km across the DMZ", "$2,000 a month (headline)",
         "50,000 Russian, N. Korean troops (headline)", "12-minute call", "Share 388", "0 comments"],
 "002": ["$12 billion", "11 entities", "6 short-range ballistic missiles (headline)", "15-minute phone call",
         "100 to dollar", "39,894, up 19%", "71 flights", "45,000 readers"],
 "003": ["some 10-15 km from the border", "12,408 views", "1,860 soldiers over past day (headline)",
         "2 Patriot systems (headline)", "4 injured (headline)", "up to 100,000 troops (headline, expert)",
         "18,000 members from $5", "since 2015, five years", "Comments (57)", "1.2K, 318"],
 "004": ["born in 2005 / 1999, joined 2021 / 2016", "one captured soldier dies (headline, Dec. 27)",
         "2 captured N. Korean soldiers (headline)", "2,521.90, 1.3%", "179 victims (headline)", "0.05%",
         "1 million copies", "3 stories, 5 minutes"],
 "005": ["16th package", "24 February, third anniversary", "about 70 more vessels", "€125 billion", "2% of GDP",
         "847 partners", "39 drones, 24 shot down (headline)", "800-km (headline)", "10 years (headline)", "top 5 stories, 07:00"],
 "007": ["more than 10 million artillery shells", "about 10 km from the border", "$2,000 a month", "about 50%",
         "8.7 trillion yen (headline)", "1 million EVs (headline)", "4 cruise missiles (headline)", "6 free articles, ¥4,277",
         "5,000-ton destroyer (headline)", "six weeks"],
 "008": ["over 400 tanks, 310 infantry fighting vehicles and 1,500 armored vehicles", "Article 4", "June 2024", "April 26",
         "115 Ukrainian drones (headline)", "10.2%", "82 against the dollar", "72-hour truce", "VK 2,309, OK 412",
         "more than 90 million users"],
 "009": ["240 mm multiple rocket launchers", "$50 billion fund (headline)", "1.2% to 6.7 trillion won (headline)",
         "5,000-tonne destroyer (headline)"],
 "010": ["more than 1,000 drones in the past week", "more than 1,200 km front line", "1,210 soldiers, 15 artillery systems (headline)",
         "30-day ceasefire (headline)", "2 dead, 7 injured (headline)", "41.6 per dollar", "380K", "Views: 9 871"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "80 years", "June 2024", "about $20 billion",
         "10,000 troops in Tiananmen parade (headline, China)", "598 drones and 31 missiles, killing 23 (headline)",
         "2 Russian refineries (headline)", "213 comments"],
 "013": ["120 days", "1,000 sappers and 5,000 military builders (planned)", "further rotations planned for 2026",
         "$2,000-$3,000 per worker a year", "$12.50 a month or $120 a year", "10 things (headline)",
         "1 km road bridge (headline)", "15 Hwasong-20 ICBMs, 80th (headline)", "40,000 Russian tourists (headline)",
         "30+ military sites", "14, 96"],
}
OFF = ["006", "011"]
DUP = {"014": "009"}

goldlib.write(
    "Gold labels for the blind150 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelenskyy, Jan 17), four days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["007-1", "007-2", "about 11,000 initially against some 3,000 additional: an additional force"],
            ["009-3", "009-4", "about 15,000 in total against the initial 11,000: a cumulative figure against an earlier one"],
            ["012-1", "012-2", "about 2,000 dead (NIS, September) against roughly 600 (NIS, April, restated): months apart"],
        ],
    },
)
