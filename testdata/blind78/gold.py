#!/usr/bin/env python3
"""Write gold.json for the blind78 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "HUR", "Ukrain"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
UKMOD = ["UK Ministry of Defence", "UK MoD", "Ministry of Defence", "MoD", "British"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("killed", "north_korea", 6, None, "exact", ["security services", "Kyiv Post", "source", "Ukrain"],
          "killed six North Korean officers", False),
         ("wounded", "north_korea", 3, None, "exact", ["security services", "Kyiv Post", "source", "Ukrain"],
          "Three more were wounded", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State"],
          "roughly 8,000 of those troops are now in Russia's Kursk border region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "Among those deployed are three North Korean generals", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Some 500 officers are also with the force", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the losses come to roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 soldiers Pyongyang has sent", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "U.S. officials", "Washington"],
          'North Korean troops suffer "several hundred" casualties', True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("killed", "north_korea", 13, None, "exact", SSO,
          "one of their units had killed 13 North Korean soldiers", False),
         ("wounded", "north_korea", 9, None, "exact", SSO,
          "and wounded nine in a single engagement", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "put the North Korean force in Russia at between 11,000 and 12,000 soldiers", False),
         ("casualties", "north_korea", 100, 999, "vague", ["Pentagon"],
          "saying they number in the hundreds", True)],
 "005": [("captured", "north_korea", 1, None, "exact", NIS,
          "one North Korean soldier was captured on Dec. 26", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses had passed 3,000 killed and wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "putting the dead at about 100", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukraine is holding two North Korean soldiers captured in Kursk Oblast", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces in Kursk had suffered nearly 4,000 killed and wounded", False)],
 "008": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's casualties to around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine had captured two North Korean soldiers on Jan. 9", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched around 3,000 additional troops to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "the JCS put North Korean casualties so far at about 4,000", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian officials", "Ukrain"] + JCS + ["NK News"],
          "The first wave of roughly 11,000 soldiers", False),
         ("casualties", "north_korea", 200, None, "about", HUR,
          "the attackers lost about 200 men in killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Yu Yong-weon", "NK News", "Seoul"],
          "One of the two North Korean prisoners captured in January", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean troops fighting for Russia have suffered around 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops had been sent to Russia in total", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "had lost more than 76,000 troops killed and wounded in the region", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", UKMOD,
          "North Korean forces have likely suffered more than 4,000 killed and wounded", False),
         ("casualties", "russia", 950000, None, "about", UKMOD,
          "total Russian casualties since February 2022 are approximately 950,000 killed and wounded", False),
         ("casualties", "russia", 1286, None, "exact", UKMOD,
          "an average of 1,286 casualties per day in April 2025", True),
         ("captured", "ukraine", 12, None, "exact", ["Russian milbloggers", "milblogger"],
          "Russian forces captured 12 Ukrainian servicemen", False)],
 "012": [("captured", "north_korea", 2, None, "exact", ["Ukrain", "Telegraph"],
          "the two North Korean soldiers held by Ukraine", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in Russia", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 construction troops had been moving to Russia in stages since September", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "around 1,000 deminers were already at work in Kursk", False),
         ("captured", "ukraine", 1000, None, "exact", ["Istanbul", "Ukrain", "Russia"],
          "each side released 1,000 prisoners over three days", True),
         ("captured", "russia", 1000, None, "exact", ["Istanbul", "Ukrain", "Russia"],
          "each side released 1,000 prisoners over three days", True)],
}
NOT = {
 "000": ["Oct. 3", "about 20 kilometres from the front", "a range of roughly 600 km", "122mm and 152mm guns",
         "1,240 troops in one day (other story's headline)", "2 dead, 14 injured (headline)",
         "6 of 18 F-16s (headline)", "$2.5 billion (headline)", "$5 a month, 12,000 readers",
         "18,402 views, 67 comments", "Facebook 412 | X 230 | Telegram 96", "2019, four years"],
 "001": ["about 28,500 US troops in South Korea (not a subject)", "1953", "61°", "99 cents for 3 months",
         "31 comments", "$3.1 million a year", "Central 28, Northridge 21", "6 cents to $3.02",
         "14 townships", "Two hurt (headline)", "Most Popular list repeating this headline"],
 "002": ["300-km ATACMS", "about 1,000 square kilometres", "96 drones and 4 missiles, 62 downed (headline)",
         "1,000 days (headline)", "700,000 (headline)", "20 million people", "200 UAH, 500 UAH",
         "25,118 views", "Share 1.9K", "Comments 54", "4 November"],
 "003": ["240mm rocket launchers and 170mm guns (headline)", "1,450 per dollar, 15 years (headline)",
         "180 days (headline)", "3 stories a day", "Comments (0)", "a general-grade officer (no count)"],
 "004": ["2 LNG trains (headline)", "4%, $108,000 (headline)", "Nearly 40 killed in plane crash (headline)"],
 "005": ["Dec. 26", "3rd summons, 2 aides (headline)", "minus 15, 6 provinces (headline)", "2nd week (headline)"],
 "006": ["Jan. 9", "born in 2005 / 1999, served since 2021", "two-minute clip",
         "over 800,000 troops (headline, Read more)", "Over 500 Ukrainian POWs returned (headline, Read more)",
         "15,000 members, $5/month", "3 years", "2.3K", "Comments 88"],
 "008": ["nearly tripled in less than a month", "1,100 km (headline)", "8.1 pct, US$683 bln (headline)",
         "3,000 police mobilized (headline)", "2nd LD"],
 "009": ["about 220 pieces of 170mm guns and 240mm MRLs", "KN-23", "5,000-ton destroyer (headline)",
         "$1.5 billion (headline)", "3 takeaways (headline)", "$9.99/month", "45 shares", "12 comments",
         "March 14"],
 "010": ["more than 7 months old", "213 comments", "169 seats (headline)", "100 days in 10 charts (headline)",
         "£2 a month", "12.15 BST"],
 "011": ["numbered key takeaways", "14 pages", "about 10 km from the border", "May 9, May 10", "501(c)(3)",
         "$25, $50 or $100", "February 2022"],
 "012": ["1,000 sappers and 5,000 military builders (planned, Shoigu in June)", "dozens of exchanges",
         "over three days", "28-point plan (headline)", "12 F-35A jets (headline)", "0.2% (headline)",
         "14 days free, £1 a week for 3 months", "152 comments"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind78 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-2", "008-3", "nearly 4,000 casualties (Zelensky) against around 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["003-3", "005-2", "roughly 1,100 (NIS) against Zelensky's more than 3,000 restated nine days later: outside the week"],
            ["003-5", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "roughly 1,100 (NIS) against several hundred (Pentagon): a vague figure"],
            ["004-1", "004-5", "more than 3,000 (Zelensky) against 'in the hundreds' (Pentagon): a vague figure"],
            ["005-1", "006-1", "one captured on Dec. 26 against two captured on Jan. 9: different events, 15 days apart"],
            ["009-1", "009-3", "around 3,000 additional against roughly 11,000 in the first wave: an additional force"],
        ],
    },
)
