#!/usr/bin/env python3
"""Write gold.json for the blind169 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENT = ["Pentagon", "Defense Department", "Department of Defense", "U.S.", "United States"]
HUR = ["military intelligence", "HUR", "GUR", "Budanov", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
UKMOD = ["Ministry of Defence", "MoD", "defence intelligence", "British", "UK"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 North Korean special operations troops", False),
         ("troops", "north_korea", 200, 900, "vague", NIS,
          "what appeared to be hundreds of North Korean soldiers gathering at a training ground in Ussuriysk", True)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are believed to be in Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", PENT,
          "more than 10,000 North Korean soldiers had moved into the Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "about 500 officers and three generals", True),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12,000 North Korean soldiers in Russia (headline restating the range)", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died fighting Ukrainian forces in Russia", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The number of wounded is approaching 1,000, he said, citing the agency", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the figures put North Korea's losses at roughly 1,100 in barely two weeks of fighting, Lee said", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "the North has deployed 11,000 to 12,000 soldiers to Kursk", False),
         ("casualties", "north_korea", 200, 900, "vague", ["senior U.S. military official", "U.S. military", "US military", "U.S. official"],
          "North Korean casualties numbered \"in the hundreds,\"", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korea's losses in the Kursk region have passed 3,000 soldiers killed and wounded", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Two wounded North Korean soldiers are in Ukrainian hands after being captured in Russia's Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded since they entered combat, it said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the total to around 3,000", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers fighting for Russia in the Kursk region have been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "about 11,000 North Korean soldiers arrived in the Kursk region in the autumn", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent an additional 3,000 or so soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "came on top of about 11,000 troops North Korea dispatched last fall", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon had earlier put the size of the first contingent at between 11,000 and 12,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine has said it holds two North Korean soldiers captured in January", False),
         ("troops", "north_korea", 2000, 9999, "vague", JCS,
          "North Korea sent thousands more troops to Russia this year (headline)", True)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who died", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Kremlin"],
          "He claimed that Ukraine had lost more than 76,000 troops killed and wounded in the area since August", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", UKMOD,
          "have very likely suffered more than 4,000 casualties since they first saw combat in December", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "South Korea's intelligence agency estimated that 4,700 North Koreans had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("casualties", "russia", 950000, None, "about", UKMOD,
          "Russia's own losses since the full-scale invasion began in February 2022 had probably reached about 950,000 killed and wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "paid tribute to nine of its soldiers who died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Oct 2024 | NIS | about 1,500 special forces shipped", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Dec 2024 | Pentagon | 11,000-12,000 troops in Kursk", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Jan 2025 | Zelensky | nearly 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Jan 2025 | Ukraine | 2 soldiers captured", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Apr 2025 | NIS | about 15,000 sent in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 casualties", False)],
}
NOT = {
 "000": ["12K troops (headline, planned)", "a total of 12,000 soldiers in four brigades (planned)", "11th Corps",
         "Oct. 8 and 13", "four landing ships and three escort vessels", "24 years", "Share 2,341",
         "7.5 pct, 4.8 pct (headlines)", "3 killed (headline)", "1,368.9", "18°C", "top 10"],
 "001": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "8.5 trillion yen",
         "55 billion dollars", "1:42", "Typhoon No. 25", "3.4 percent, 0.5 percent", "30-year high",
         "30 million tourists (headline)", "24 hours a day", "19:05 JST"],
 "002": ["two weeks", "about two hours", "10 times", "250 launchers (headline)", "4-trillion-won (headline)",
         "1.3 percent, 15-year low (headline)", "Comments 0", "a high-ranking officer (no count)"],
 "003": ["1,480 soldiers, 13 tanks (Read also headline)", "40 guided aerial bombs (Read also headline)",
         "$1 billion", "155mm shells", "August 6", "losses widget: 772,370 (+1,480), 9,522 (+13), 20,771 (+26)",
         "23.12.2024"],
 "004": ["873 partners", "13/01/2025 - 15:32 GMT+1", "born in 2005", "since 2021", "15th package",
         "more than 50 vessels", "death toll rises to 24 (headline)", "2.4% (headline)", "500 km (headline)",
         "Russia lost 38,000 soldiers in Kursk region (headline of another story)", "Comments (146)"],
 "005": ["USD 101.68, EUR 105.20, Brent $81.03", "20:15", "August 2024", "several hundred square kilometers",
         "4.1% (headline)", "$2 a month"],
 "007": ["$1 for 6 months", "170mm self-propelled howitzers", "240mm multiple rocket launchers", "February 2022",
         "about 28,500 troops (US troops in South Korea, not a subject)", "78°", "Lightning 4, Bruins 2",
         "5 things", "Comments (57)", "2:15 a.m."],
 "008": ["about $20 billion", "0.3% (headline)", "Q1 operating profit 1.2%, 6.7 trillion won (headline)",
         "5 things (headline)", "16:40:12", "since August"],
 "010": ["100% tariff (headline)", "90-plus seats (headline)", "Ten of the best walks (headline)", "$5 a month",
         "Comments (312)", "February 2022", "billions of dollars", "13.03 BST"],
 "014": ["120 days", "528th Engineer Regiment", "1,000 deminers and 5,000 military construction workers (planned)",
         "Jun 2025 | 6,000 engineers and builders pledged (planned)", "up to 12,000 expected (planned)",
         "more than 20,000 state media articles", "$35 per month", "Share 1.2K", "14 comments",
         "1,000 tourists (headline)", "2 short-range missiles (headline)"],
}
OFF = ["006", "011", "012", "013"]
DUP = {"009": "008"}

goldlib.write(
    "Gold labels for the blind169 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-4", "005-1", "around 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-5", "003-1", "'in the hundreds' (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against 'in the hundreds' (US official): a vague figure"],
            ["007-1", "007-2", "an additional 3,000 or so against about 11,000 sent last fall: an additional force"],
            ["007-1", "007-3", "an additional 3,000 or so against 11,000-12,000 in the first contingent: an additional force"],
            ["007-5", "007-2", "'thousands more' (headline) against about 11,000: a vague, additional force"],
            ["007-5", "007-3", "'thousands more' (headline) against 11,000-12,000: a vague, additional force"],
            ["014-3", "014-4", "fact box: 1,500 in the first shipment (Oct 2024) against 11,000-12,000 (Dec 2024), months apart"],
            ["014-3", "014-7", "fact box: 1,500 in the first shipment against about 15,000 in total (Apr 2025), months apart"],
            ["014-4", "014-7", "fact box: 11,000-12,000 (Dec 2024) against about 15,000 with reinforcements (Apr 2025), months apart"],
            ["014-1", "014-2", "nine killed in one engineer regiment against about 2,000 killed in all: a part, months apart"],
        ],
    },
)
