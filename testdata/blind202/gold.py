#!/usr/bin/env python3
"""Write gold.json for the blind202 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Ryder", "U.S.", "US "]
HUR = ["HUR", "GUR", "military intelligence", "Defense Intelligence", "Yusov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
         ("troops", "north_korea", 400, None, "about", NIS,
          "some 400 North Korean personnel gathered at a military facility in Ussuriysk", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "Between 11,000 and 12,000 North Korean soldiers are now in Russia's Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", ["senior U.S. military official", "U.S. military official", "U.S. official"],
          "several hundred North Korean troops had been killed or wounded in recent fighting", True),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "the Pentagon said about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State"],
          "around 8,000 of those had already reached the Kursk area", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died in fighting against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Another close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's combined toll at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 troops sent by Pyongyang remain largely concentrated in Kursk", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 of them have been killed or wounded, according to preliminary figures President Volodymyr Zelensky shared", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "According to the Pentagon, Pyongyang has about 11,000 to 12,000 troops in the region", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "have suffered about 3,000 casualties, South Korea's spy agency said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, the National Intelligence Service told lawmakers", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine had taken two North Korean soldiers prisoner on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukraine's president"],
          "North Korean units in Kursk have lost \"nearly 4,000 men, killed and wounded,\" Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "Kyiv is holding two captured North Korean soldiers", False)],
 "008": [("troops", "north_korea", 3000, None, "at_least", NIS,
          "an estimated 3,000 or more additional soldiers were sent in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the first contingent, about 11,000 troops, began arriving last October", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine lost over 76,000 servicemen killed and wounded during the operation", False)],
 "010": [("killed", "north_korea", 600, None, "about", NIS,
          "North Korea has lost about 600 soldiers in Russia's war against Ukraine", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "put the total number of casualties among the North's troops at around 4,700", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched some 15,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Oct. 18, 2024 | about 1,500 (first group)", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Dec. 19, 2024 | about 11,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Dec. 19, 2024 | about 11,000 | about 1,100", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "about 1,100 | at least 100", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Jan. 13, 2025 | about 11,000 | about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 3,000 | about 300", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea had lost more than 4,000 men killed or wounded in Kursk", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Seoul's intelligence service had put the figure earlier in the week at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("casualties", "russia", 950000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russian forces had suffered more than 950,000 casualties since February 2022", False),
         ("casualties", "russia", 1250, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "an average of about 1,250 killed or wounded each day in April", True)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korean intelligence estimates that North Korea sent around 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "Ukraine's Defense Intelligence directorate says about 11,000 of them are still stationed in the Kursk region", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "acknowledging that nine of them had died", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of the roughly 15,000 Pyongyang sent", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "four landing ships and three escort vessels",
         "Oct. 8 and 13", "Share 2.3K", "2 inter-Korean roads (headline)", "2,593.57", "3 dead, 11 injured (headline)",
         "11-day air drills (headline)", "1,370 per dollar"],
 "002": ["Share: 1,145", "Comments: 86", "¥8.7 trillion", "2% of GDP", "fiscal 2027", "7 short-range ballistic missiles (headline)",
         "60 years (headline)", "¥1,650 a month", "40 offices"],
 "003": ["240-millimeter multiple rocket launchers", "1,200 drones monthly", "Comments 57", "Dec. 27",
         "1,450 to the dollar (headline)", "1.95% (headline)", "2015"],
 "004": ["two BMP-2 infantry fighting vehicles and a T-80 tank", "roughly 1,000 square kilometres", "$3 a month",
         "72 missiles and over 100 drones (headline)", "$50 billion (headline)", "500,000 without power (headline)",
         "Comments (24)", "Telegram 1.2K"],
 "005": ["KN-23 range of roughly 900 km", "170mm self-propelled guns", "nearly triple"],
 "006": ["100-year partnership", "£3 billion ($3.7 billion)", "aged 20 and 26", "January 9 and 11",
         "1,000th day (headline)", "15th sanctions package (headline)", "5 decades (headline)"],
 "008": ["240-millimeter rocket launchers", "3,045 bird flu cases (headline)", "1.2% (headline)",
         "1,587 kilometers (headline)", "160 countries", "21K ratings", "14:05 JST"],
 "009": ["more than 7,000 weapons and pieces of equipment, 420 tanks", "June 19, 2024", "Article 4",
         "2 more settlements (headline)", "115 Ukrainian drones (headline)", "11,500 servicemen to march (headline)"],
 "010": ["about 200 long-range artillery pieces", "1,290 shares", "1,420s (headline)", "37-year-old, 5 billion won (headline)",
         "25 million users (headline)"],
 "011": ["Share | 214", "677 council seats (headline)", "94 (headline)", "£2 a month", "4 May 2025"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second trip in two weeks", "about 10 km", "15% tax (headline)", "112,000 residents (headline)",
         "4 journalists, 5.5 years (headline)"],
 "014": ["120 days", "1,000 sappers and 5,000 military builders (planned, restated)", "June 2024",
         "1 dead, 600,000 without power (headline)", "€90 billion (headline)", "7 signs (sponsored)"],
}
OFF = ["001", "013"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind202 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-2", "003-3", "several hundred casualties (US official) against about 1,100 (NIS): a vague figure"],
            ["002-2", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-1", "002-3", "11,000-12,000 now (Pentagon) against about 10,000 in early November (Pentagon, restated): bands touch, six weeks apart"],
            ["002-1", "002-4", "11,000-12,000 in Kursk now against about 8,000 in Kursk in November (Blinken, restated)"],
            ["004-2", "002-4", "11,000-12,000 (Pentagon) against about 8,000 in Kursk in November (Blinken, restated)"],
            ["008-1", "008-2", "3,000 or more additional against about 11,000 in the first contingent: an additional force"],
            ["010-6", "011-1", "fact-box row dated Dec 2024 (about 1,100) against more than 4,000 (HUR, May 2025): months apart"],
            ["010-8", "011-1", "fact-box row dated Jan 2025 (about 3,000) against more than 4,000 (HUR, May 2025): months apart"],
        ],
    },
)
