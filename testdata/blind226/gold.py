#!/usr/bin/env python3
"""Write gold.json for the blind226 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy", "Syrskyi", "commander-in-chief"]
PENTAGON = ["Pentagon", "Singh", "Defense Department", "U.S.", "US "]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far moved around 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "the first group of some 1,500 special operations troops that Russian navy transport ships carried", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "About 10,000 North Korean soldiers have been sent to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Seoul's spy agency had told lawmakers that around 3,000 North Korean troops were in Russia", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "It estimates that between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", PENTAGON,
          "More than 10,000 North Korean soldiers have been sent to Russia, a Pentagon spokesperson said", False),
         ("troops", "north_korea", 11000, None, "about", ["Budanov", "military intelligence", "Ukrain", "HUR", "GUR"],
          "about 11,000 North Koreans are in the Kursk region", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "South Korea says up to 12,000 North Korean soldiers now in Russia", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded there", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "North Korean forces fighting in Kursk had suffered about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "around 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has estimated the number of North Korean troops in the Kursk region at 11,000-12,000", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and another 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's casualties in the Kursk region to some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "SBU", "Security Service"],
          "a day after confirming that Ukraine had captured two North Korean soldiers", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops deployed | about 11,000 | NIS", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have now lost close to 4,000 men killed and wounded, President Volodymyr Zelensky said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "when it put North Korean losses at about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Ukrain", "special forces"],
          "the two North Korean soldiers captured by Ukrainian special forces a week ago", False),
         ("casualties", "ukraine", 49000, None, "more_than", ["Defense Ministry", "Russia"],
          "According to Russia's Defense Ministry, Ukraine has lost more than 49,000 troops in the Kursk region", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Armed Forces of Ukraine lost more than 76,000 servicemen killed and wounded in the Kursk Region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost some 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of the North Korean soldiers were killed, he said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the total number deployed to Russia had risen to around 15,000", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russia's own casualties since the full-scale invasion in February 2022 have reached about 950,000", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers are believed to have been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the figure of around 600 the agency put forward in April", False),
         ("wounded", "north_korea", 2000, 9999, "vague", NIS,
          "Thousands more have been wounded", True)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "Pyongyang", "North Korea"],
          "said nine of its soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False)],
}
NOT = {
 "000": ["a total of about 10,000 by December (planned)", "mostly in their early 20s", "US$2,000 a month",
         "155 mm artillery shells", "60 km (headline)", "4.6 pct (headline)", "1,380 vs. dollar", "Share 142, Like 37",
         "paras 4-7"],
 "001": ["more than three times (ratio)", "about 28,500 troops stationed in South Korea (US troops, not a subject)",
         "1950-53", "190-mile ATACMS", "$425 million", "61°", "$1 for 3 months", "3 dead, 11 hurt (headline)",
         "41 million (headline)", "$2.3M", "Central 28, Ridgeview 14", "Comments (23)"],
 "002": ["170-millimeter, 240-millimeter", "about 86 minutes", "more than 7,000 kilometers", "Magnitude 4.2 (headline)",
         "155 against dollar (headline)", "18:40 JST", "24/7"],
 "003": ["one killed, 13 injured (headline)", "1,000 bodies of fallen defenders (headline)", "170 mm, 60 km, 240 mm",
         "Russian losses widget: personnel ~ 777,610 (+1,870), tanks 9,520, artillery 20,740, drones 20,480",
         "3,214 views", "23.12.2024 20:20"],
 "004": ["born in 2005", "served since 2021", "roughly two months", "KN-23, 170mm, 240mm (fact box)",
         "6.5 tril. won (headline)", "179 victims' families (headline)", "0.8% (headline)", "Share 318"],
 "005": ["95th Air Assault Brigade", "two T-90 tanks and five armored vehicles", "Jan. 17 assessment",
         "39 drones and 4 missiles (headline)", "2 killed, 9 injured (headline)", "48 hours (headline)",
         "$5 a month", "Share 2.1K", "Comments (37)", "4 min read"],
 "008": ["Article 4", "June 19, 2024", "410 tanks, over 400 infantry fighting vehicles, more than 3,000 other vehicles",
         "12 servicemen named Heroes of Russia (headline)", "115 Ukrainian drones over 7 regions (headline)", "2026",
         "1999-2025"],
 "009": ["1.2-million-strong armed forces (the North's whole army, not the deployment)", "February 2022",
         "€150 billion (headline)", "10-hour blackout (headline)", "133 cardinals (headline)", "145 million people",
         "No. 1", "15:05 GMT+2"],
 "012": ["more than three times (ratio)", "80th anniversary", "2 new missile production lines (headline)",
         "Nikkei 42,800 (headline)", "16:50"],
 "014": ["1,000 deminers and 5,000 military builders (planned in June, arrivals unconfirmed)", "about 120 days",
         "24 red flags", "Il-76", "more than 1,500 hectares", "another five years", "3 takeaways (headline)",
         "2026 budget", "700m runway (headline)", "9,000+ KCNA photos", "$39/month", "Comments (12)"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind226 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 troops in Russia (NIS, Oct 23) against about 10,000 (Pentagon, Oct 29), six days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "005-1", "some 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 18), five days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 10,000 (Pentagon) against the NIS's 3,000 restated in the same story as last week's figure"],
            ["012-1", "012-2", "about 2,000 killed against the same agency's April figure of about 600, restated as superseded"],
        ],
    },
)
