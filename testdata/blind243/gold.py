#!/usr/bin/env python3
"""Write gold.json for the blind243 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Syrskyi"]
HUR = ["Budanov", "HUR", "Defense Intelligence", "military intelligence"]
PENT = ["Pentagon", "Sabrina Singh", "Singh"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of some 1,500 special operations troops already carried to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Somewhere between 10,000 and 12,000 North Korean troops have been sent to Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "the Pentagon said roughly 10,000 of the North's soldiers had moved into Kursk", False),
         ("troops", "north_korea", 3000, None, "about", HUR + ["Ukrain", "Kyiv"],
          "About 3,000 of them had been assigned to those units, according to Ukraine's military intelligence directorate", False),
         ("troops", "north_korea", 12000, None, "exact", NIS + ["New York Post"],
          "Kim's 12K: North Korean troops now fighting for Putin in Kursk", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "with around 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee"],
          "That puts the North's combined losses at about 1,100, Lee said, citing the agency", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "U.S."],
          "a US military official said \"several hundred\" North Korean troops had been killed or wounded", True),
         ("killed", "north_korea", 1, None, "at_least", NIS + ["Lee"],
          "Among the dead was at least one officer of general rank", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's total casualties to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "The two soldiers shown in the Ukrainian footage were captured on 11 January, Volodymyr Zelenskyy said", False),
         ("troops", "north_korea", 11000, 12000, "range", ["US", "United States", "South Korea"],
          "The US and South Korea have put the overall North Korean deployment at 11,000 to 12,000", False),
         ("casualties", "russia", 48670, None, "about", ["Ministry of Defence", "MoD", "UK"],
          "Russian forces suffered an estimated 48,670 killed and wounded in December", False),
         ("casualties", "russia", 1570, None, "about", ["Ministry of Defence", "MoD", "UK"],
          "or an average of about 1,570 a day", True)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv", "SBU", "Security Service", "Zelensky"],
          "Kyiv is still holding the two North Koreans taken prisoner last weekend", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "South Korea"],
          "According to Western and South Korean estimates, North Korea has sent roughly 11,000 soldiers to Russia in total", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 additional North Korean troops were dispatched in January and February", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "| Oct. 18, 2024 | NIS (South Korea) | about 1,500 special forces in a first wave |", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "| Nov. 2024 | Pentagon | 11,000–12,000 troops in Russia in total |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Jan. 13, 2025 | NIS | about 300 killed and 2,700 wounded |", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "| Jan. 13, 2025 | NIS | about 300 killed and 2,700 wounded |", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Meduza"],
          "Ukraine still holds two North Korean prisoners taken in January", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Among them, about 600 were killed, the NIS said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent around 15,000 troops to Russia in all", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Gerasimov said Ukraine had lost more than 76,000 troops killed and wounded in the region", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR + ["Ukrain"],
          "North Korea has lost more than 4,000 of its soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency this week put North Korean losses at about 4,700", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers had gone to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom some 4,700 had been killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim"],
          "paid tribute to nine of its members who died during the mission, state media reported", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "the roughly 1,000 deminers the North sent to Kursk over the summer", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "some 10,000 North Korean troops are still stationed in Russia's border areas", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed since the deployment began", False)],
}
NOT = {
 "000": ["a total of four brigades, or roughly 12,000 personnel (planned)", "Oct. 8 and 13", "about 10 Russian aircraft",
         "3,600-ton-class landing ship", "11th Corps", "10 days, 2 killed, 14 injured, 6,000 fans (headlines)",
         "KOSPI 2,617.80", "1,371.40 per dollar", "9.1 trillion won", "7.5 pct"],
 "001": ["about 28,500 U.S. troops (not a subject)", "Nov. 1", "4 Iranian soldiers killed (headline)", "6%",
         "33,000 machinists (headline)", "6.08%", "3 hours ago"],
 "002": ["170mm self-propelled guns", "240mm rocket launchers", "190 miles", "Share 412", "96 Comments", "Kim, 40",
         "since 2011", "1,000 days, $5.7B, 58,000, 27-13 (headlines)", "7 days a week, 100% free"],
 "003": ["Dec. 27", "1,450 per dollar", "12 cities", "0.74", "9 years", "20 artillery rounds (headline)"],
 "004": ["1 852 views", "1,230 soldiers and 12 artillery systems (headline)",
         "personnel - about 776,010 (+1,230) (daily loss widget)", "9,591 tanks", "21,307 artillery systems",
         "72 drones, 46 shot down (headline)"],
 "005": ["Share 287", "death toll 24, 150,000 evacuated (headline)", "Arsenal 1-1, 5-3 (headline)", "10 things",
         "£2 a month, £5 a month", "14 partners", "nearly three years"],
 "006": ["aged 26", "20", "since 2021", "Comments (34)", "5 stories", "39 drones and 4 ballistic missiles (headline)",
         "5 gas facilities in 2 weeks (headline)", "52% (headline)", "1.1K shares"],
 "007": ["about 10 kilometers", "810th Marine Brigade", "155th Marine Brigade", "€5 | €10 | €25", "40,000 readers",
         "5.5 years (headline)", "21 percent (headline)", "6 min read", "August 2024"],
 "008": ["3:41", "12 killed, 90 injured (headline)", "100 days, 39% (headline)", "May 6", "August 2024"],
 "009": ["millions of artillery shells", "around 250 Koksan 170mm guns", "more than six months",
         "4 refineries in 48 hours (headline)", "3-day truce (headline)", "61% (headline)", "$1 a month"],
 "010": ["1,000 mine-clearing specialists and 5,000 military construction workers (planned)",
         "6,000 engineers and deminers (headline, planned)", "second trip in two weeks", "eight-month occupation",
         "42%", "$34 million", "June 4", "Asia300", "1.7%", "2 trillion yen", "2,900", "3 years", "0 Comments"],
 "014": ["about 120 days", "a further 5,000 military construction workers (planned)", "20 trillion won ($14.4 billion)",
         "110,000 won", "3 dead (headline)", "0.3%, 45th straight week", "Facebook 88, X 31, KakaoTalk 214", "late 2024"],
}
OFF = ["011", "013"]
DUP = {"012": "008"}

goldlib.write(
    "Gold labels for the blind243 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["003-4", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["007-1", "007-3", "about 3,000 reinforcements against 11,000-12,000 in total: an additional force"],
            ["007-1", "007-2", "about 3,000 reinforcements against a first wave of about 1,500: both parts, months apart"],
            ["007-2", "007-3", "first wave of about 1,500 (Oct 2024) against 11,000-12,000 in total (Nov 2024): a part, restated in a table"],
            ["014-2", "014-3", "about 1,000 deminers sent in summer against about 10,000 still stationed: separate groups"],
        ],
    },
)
