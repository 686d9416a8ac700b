#!/usr/bin/env python3
"""Write gold.json for the blind250 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "Park Sun-won", "lawmakers", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
UK = ["Ministry of Defence", "MoD", "Defence Intelligence", "UK", "Britain", "British"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved about 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "That transport, the agency said, carried roughly 1,500 troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense"],
          "We believe that North Korea has sent around 10,000 soldiers total to train in eastern Russia", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS + ["Yonhap"],
          "At least 100 soldiers of the Korean People's Army have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Yonhap"],
          "and close to 1,000 have been wounded, the lawmakers said after the briefing", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Yonhap"],
          "Together that puts the North's losses at roughly 1,100 people", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Of the 10,000 to 12,000 North Korean soldiers that, by the NIS estimate, Pyongyang has sent to Russia", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "their units destroyed 50 North Korean soldiers during three days of fighting", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 more", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "South Korea's intelligence service told lawmakers that around 100 North Korean soldiers had died", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelenskyy said", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukraine", "South Korea", "United States", "U.S."],
          "Ukraine, South Korea and the United States say North Korea has sent some 11,000 soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Zelenskyy said this week that North Korean losses had reached nearly 4,000 killed and wounded", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded in the fighting against Ukraine in Russia's Kursk region, South Korea's spy agency estimated Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's combined losses at close to 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The agency confirmed that two North Koreans were captured on Jan. 9 by Ukrainian forces", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Around 600 of them are believed to have died, the National Intelligence Service told a parliamentary committee", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched roughly 15,000 soldiers to Russia in total, the agency said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That includes some 3,000 sent as reinforcements in January and February", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", UK,
          "Britain's Ministry of Defence believes North Korea has likely suffered more than 4,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the number of North Koreans killed and wounded at about 4,700", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Western officials", "Western"],
          "Western officials estimated that between 11,000 and 12,000 soldiers had been sent in the first wave", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Seoul now believes the total has reached about 15,000, including reinforcements", False),
         ("casualties", "russia", 950000, None, "about", UK,
          "Russia's own casualties in its full-scale invasion of Ukraine, dead and wounded, had likely reached around 950,000", False),
         ("casualties", "russia", 1300, None, "about", UK,
          "Moscow was losing an average of 1,300 soldiers a day in April", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "The number of North Korean soldiers killed is estimated at around 2,000", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 sappers had already been deployed to the Kursk region since the summer", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Oct. 2024 — NIS: about 1,500 special forces soldiers arrive in Russia's Far East", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS,
          "Nov. 2024 — NIS: more than 10,000 North Korean troops are in Russia", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 2025 — NIS: about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "April 2025 — NIS: some 15,000 sent in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "Kim"],
          "honored nine servicemen who died while carrying out the mission, the Korean Central News Agency (KCNA) reported", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff"],
          "According to Gerasimov, during the Kursk operation the enemy lost more than 76,000 servicemen", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "first contingent of a similar size (no figure)",
         "more than 13,000 containers", "170 mm guns, 240 mm rocket launchers", "399 lawmakers",
         "1,500 special forces (Related headline)", "12,000-strong deployment (Related headline)", "3 ministers (headline)",
         "274 pct, 9.1 tln won", "18 aircraft", "2 killed (headline)"],
 "001": ["10K in the headline restates the body's figure", "about 28,500 U.S. troops in South Korea (not a subject)",
         "$61 billion", "190-mile-range ATACMS", "2 points, 50 million, 64% to 36% (headlines)", "Facebook (1.2K) X (847)",
         "3 states, $0 (ad)", "Comments (312)"],
 "003": ["240-mm multiple rocket launchers", "about 1,000 square kilometers", "August 6", "December 16",
         "1,500 soldiers in one day (Read also headline)", "2 more F-16 jets, €1.3 billion (headline)",
         "774,010 (headline)", "85K subscribers", "Views: 3,214"],
 "004": ["1,000th day", "several hundred square kilometres", "78 missiles and 106 drones", "80 drones",
         "1,100 km (Read more headline)", "€50 billion (headline)", "Share: 1,045 | Comments: 58", "2 min read"],
 "005": ["born in 2005, served since 2021", "Jan. 5", "6 kilometers (4 miles)", "75 home games", "6 cents, $2.84",
         "52-41", "$1 for 6 months", "22°"],
 "007": ["aged 20 and 26", "Jan. 9", "240-millimeter multiple rocket launchers", "1,500 kilometers (headline)",
         "10,000 units of drones (headline)", "52% (headline)", "3,000 police officers (headline)",
         "179 victims (headline)", "2,497.42", "25,000 readers"],
 "009": ["$20 billion", "2 short-range ballistic missiles (headline)", "9.0 tril. yen (headline)",
         "60th anniversary (headline)", "X (212) Facebook (64)"],
 "010": ["80th anniversary", "8-10 May", "three-day ceasefire", "310 votes of 316 (headline)", "41% (headline)",
         "133 cardinal electors (headline)", "Comments (24)", "8:00 CET"],
 "012": ["5,000 military construction workers to follow (planned)", "Shoigu: 1,000 deminers and 5,000 military builders (planned)",
         "a further 6,000 troops (possible, not decided)", "fact box June 2025 row (planned)",
         "more than three times its estimate in the spring", "60.3%, 0.12%, 31st week (headlines)", "W450tr, 2029",
         "4 concerts", "W15,000/month"],
 "014": ["528th engineer regiment", "about 120 days", "hundreds of hectares, dozens of kilometers",
         "several thousand explosive objects", "over 400 tanks and more than 2,700 artillery pieces",
         "Shoigu: 1,000 sappers and 5,000 military builders (planned, June)", "June 19, 2024", "Article 4",
         "3 settlements (headline)", "116 drones (headline)", "750 kV, 29 days (headline)", "1999-2025"],
}
OFF = ["002", "008", "011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind250 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 sent so far (NIS) against around 10,000 sent (Pentagon), six days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["005-3", "007-3", "nearly 4,000 casualties (Zelenskyy) against close to 3,000 (NIS), two days apart"],
        ],
        "may": [
            ["000-2", "001-1", "roughly 1,500 in a second transport against around 10,000 in total: an additional force"],
            ["009-3", "010-3", "about 15,000 in total (NIS) against 11,000-12,000 in the first wave (restated autumn figure)"],
            ["010-3", "010-4", "11,000-12,000 in the first wave against about 15,000 in total, one article"],
            ["009-4", "010-3", "some 3,000 reinforcements against 11,000-12,000 in the first wave: an additional force"],
            ["009-4", "010-4", "some 3,000 reinforcements against about 15,000 in total: an additional force"],
        ],
    },
)
