#!/usr/bin/env python3
"""Write gold.json for the blind119 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "Defense Intelligence", "military intelligence", "Ukrain"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un", "Pyongyang"]
GER = ["Gerasimov", "General Staff", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships picked up some 1,500 soldiers from the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Ryder", "Pentagon", "U.S. officials", "US officials", "Defense"],
          "About 10,000 North Korean troops have been sent to Russia for training in the country's far east", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Austin", "U.S. officials", "US officials", "State"],
          "Of those, roughly 8,000 have now been moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "the agency now believes between 10,000 and 12,000 North Korean soldiers have been moved to Russia", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["U.S. officials", "US officials"],
          "Thousands of North Korean soldiers have moved to the edge of the war in Ukraine", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + LEE,
          "At least 100 North Korean soldiers have died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + LEE,
          "and close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + LEE,
          "That puts the North's losses at roughly 1,100 in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS + LEE,
          "North Korea's deployment, which the NIS puts at about 11,000 troops", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Ukrain", "the US", "U.S.", "United States"],
          "North Korean military personnel in Kursk region: 11,000-12,000 (estimates of Ukraine and the US)", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS + LEE,
          "Roughly 300 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
          "and about 2,700 others injured", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + LEE,
          "brings the North's combat losses in Russia's Kursk region to some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers captured by Ukrainian forces on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered close to 4,000 killed and wounded, Ukrainian President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain", "Kyiv"],
          "the two soldiers captured on January 11", False),
         ("casualties", "russia", 800000, None, "more_than", ["Britain", "British", "defence ministry", "Ministry of Defence",
                                                               "Defence Intelligence"],
          "Russia's own losses since the start of the full-scale invasion in February 2022 now exceed 800,000 killed and wounded", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "dispatched roughly 3,000 additional soldiers to Russia during January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "some 11,000 soldiers who arrived in Russia's Kursk region last autumn", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS + LEE,
          "about 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS + LEE,
          "Among those casualties were some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS + LEE,
          "North Korea has sent roughly 15,000 soldiers to Russia in all", False),
         ("casualties", "ukraine", 76000, None, "more_than", GER,
          "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "| 2 soldiers captured | Ukraine | January 11 |", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in the war had climbed past 4,000 killed and wounded", False),
         ("troops", "north_korea", 2000, 9999, "vague", HUR,
          "thousands of North Korean soldiers remain in Russia's Kursk region", True),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service estimated North Korean casualties at about 4,700", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "the enemy's losses during the Kursk operation exceeded 76,000 servicemen", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "they now believe about 2,000 North Korean soldiers have been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
          "That compares with roughly 600 deaths the agency reported in April", False)],
 "012": [("killed", "north_korea", 9, None, "exact", KCNA,
          "It said nine of the regiment's soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "it believes about 2,000 North Korean soldiers have died in the fighting in Kursk", False)],
}
NOT = {
 "000": ["around 12,000 troops in four brigades (planned)", "4,000-ton-class landing ship", "four Russian vessels",
         "Oct. 8 and 13", "1950-53", "5-day air drill with 110 aircraft (headline)", "2 killed, 7 hurt (headline)",
         "1,380 per dollar", "800 percent", "Share 1.2K", "Comments 86"],
 "001": ["about 28,500 US troops in South Korea (not a subject)", "$425 million", "155 mm artillery shells",
         "roughly 600 square miles", "35-14", "9 cents, $3.11", "$4.2 million", "58°F", "$1 for 3 months", "Comments (14)"],
 "002": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "Dec. 27", "2,435.93, 1.95%, 1,450",
         "3,000 seniors (headline)", "$1.3 billion", "10 centimeters", "Like 34", "Comment 7"],
 "003": ["Days since the start of the Kursk operation: 139", "about 800 sq km", "72 of 103 drones, 27 lost (headline)",
         "1,380 troops over past day (other story's headline)", "Views 4,815", "23.12.2024 17:05"],
 "004": ["aged 20 and 26", "nearly triple", "three bird flu outbreaks, 1.2 million birds (headline)", "1.05%",
         "70 centimeters", "¥1,650 a month", "7 a.m.", "Share 512", "41 comments"],
 "005": ["February 2022", "16th package", "€50 billion", "9.5%", "day 1,060 (headline)", "two Russian ships (headline)",
         "€250 million", "7am", "3 min"],
 "007": ["about 220 artillery pieces", "170 mm, 240 mm", "Hwasong-11", "April 2023", "kill 26, 35,000 hectares (headline)",
         "dies at 63", "2.75%", "0.25%, 28th", "Facebook 88, X 21"],
 "008": ["Listen 4:12", "$8 a month", "1.1 million supporters", "145% duties (headline)", "first 100 days (headline)",
         "April 30, January 11 (dates in the table)"],
 "009": ["around half of the artillery ammunition", "240-mm rocket systems", "KN-23",
         "Russian losses widget: 958,530 (+1,250), 10,720 tanks, 26,480, 33,250 (sidebar)",
         "injures 9, including 2 children (headline)", "3 years (headline)", "20,000 members", "$5 a month", "Share 246"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "6,000 builders and deminers (headline, planned)",
         "more than 7,000 pieces of military hardware, 420 tanks", "third visit in just over three months", "June 2024",
         "3.5 bln rubles", "78.5, 90.2", "over 150 Ukrainian drones (headline)"],
 "011": ["around 6,000 more personnel (planned)", "80th anniversary", "more than 10,000 Chinese troops (not a subject)",
         "over 100 aircraft", "10,320 won, 2.9%", "80 years (headline)", "4 new charges, Oct. 2", "Comments 12"],
 "012": ["1,000 deminers and 5,000 military builders (planned, restated)", "about four months, roughly 120 days",
         "34 injured, 90,000 households (headline)", "50,000", "8.8 trillion yen"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind119 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS via Lee, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 18), five days apart"],
        ],
        "may": [
            ["007-1", "007-2", "roughly 3,000 additional soldiers against the first contingent of some 11,000: an additional force"],
            ["011-1", "011-2", "about 2,000 killed (NIS, September) against the roughly 600 it reported in April: a restated earlier figure"],
        ],
    },
)
