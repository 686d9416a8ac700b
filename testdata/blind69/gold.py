#!/usr/bin/env python3
"""Write gold.json for the blind69 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "spy service", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Defence Department", "defence official", "defense official",
            "Singh", "U.S.", "US ", "United States"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Pyongyang has put somewhere between 10,000 and 12,000 soldiers at Moscow's disposal", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "about 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
         ("troops", "north_korea", 8000, None, "up_to", ["US officials", "U.S. officials", "United States", "Pentagon"],
          "Of those, as many as 8,000 have now reached Kursk, according to US officials", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "between 11,000 and 12,000 North Korean soldiers are in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from the roughly 10,000 it cited earlier this month", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Roughly a hundred North Korean soldiers have died in combat in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That brings the combined toll to about 1,100, according to Lee Seong-kweun", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "at least one North Korean general had been among the casualties", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in the Kursk region so far", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's intelligence service had put the North's combat losses at around 1,100 dead and wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed fighting for Russia", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with some 2,700 more wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's combined losses near the 3,000 mark", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers had been captured by Ukrainian forces in Kursk Oblast", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has suffered nearly 4,000 killed and wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured last weekend", False),
         ("casualties", "russia", 48000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russian forces had suffered more than 48,000 killed and wounded in December alone", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS + ["reports"],
          "North Korea has shipped roughly three thousand additional soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North had earlier deployed about 11,000 troops", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Western intelligence"],
          "thousands of North Koreans were thrown into open-field assaults", True)],
 "009": [("troops", "north_korea", 14000, None, "about", ["Western estimates", "Western"],
          "Western estimates put the size of the contingent at roughly 14,000 over two rotations", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["South Korea"],
          "South Korea has reported that thousands of them were killed or wounded", True)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia, the NIS said", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers sent to help Russia have been killed, Seoul's spy service estimated", False)],
 "012": [("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 North Korean soldiers had already been moved to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ["Budanov", "military intelligence", "Ukrain", "HUR", "GUR"],
          "Eleven thousand North Korean infantry are now being trained at bases in eastern Russia", False)],
}
NOT = {
 "000": ["a further batch of around 3,000 men over the winter (planned)", "12K (headline)", "Shares 2.3K",
         "93 countries (headline)", "close to 40% of its crude oil", "February 2022", "412 points, 23,900 (headline)",
         "7 dead, 21 injured (headline)", "over 1,000 flights (headline)", "1.2M subscribers", "13:50 IST"],
 "001": ["A$1.3 billion", "120 Bushmaster protected vehicles", "Listen 4:12", "14 horses, Good 4 (headline)",
         "1,200 new housing jobs (headline)", "two killed (headline)", "57 comments", "3 min read", "2:10pm AEDT"],
 "002": ["2,200 troops in Latvia (Canadian, not a subject)", "$2.6 million", "about 200 kilometres",
         "range of up to 300 km", "212 Comments", "3 vehicles (headline)", "71 cents, 2020 (headline)",
         "day 5, 55,000 workers (headline)", "6 a.m. ET"],
 "003": ["240mm multiple rocket launchers", "170mm self-propelled guns", "4.7 percent of GDP", "186.6 billion zloty",
         "2,500 soldiers (Polish, headline)", "40 years, 5,000 attend (headline)", "Facebook 48", "3 min read",
         "three stories every morning, 7:00 CET"],
 "004": ["Bayraktar TB2", "$57 billion", "81 governors, 2025 inflation below 20% (headline)", "1.2M residents (headline)",
         "2-1, 8 points clear (headline)", "14 comments", "2 min read", "GMT+3"],
 "005": ["€100 million", "0.25 percent of GDP", "six more HIMARS launchers", "€2 (headline)", "4 injured (headline)",
         "3.5 percent (headline)", "Share 96", "Comments 17", "5 minutes", "almost three times"],
 "006": ["aged 20 and 26", "300 captives in total (a prisoner exchange, both sides)", "Dubai 22°C", "Share 431",
         "Dh21 billion, 3.2% (headline)", "5 injured (headline)", "5,000 cabin crew (headline)", "7am", "3 min read"],
 "008": ["some 200 long-range guns", "1,094 shares", "₦1,505 to the dollar", "N54.99tn (headline)",
         "March 21, four days later (headline)", "12 killed (headline)", "2.1M followers", "several weeks"],
 "009": ["US$300 million a year", "3.7% (headline)", "45,000 fans, 2-1 (headline)", "1,150 per dollar (headline)",
         "Share 67", "last June"],
 "010": ["some 5 million rounds of artillery ammunition", "₹2,000 crore", "190/6 (headline)",
         "70 points, 80,242, 24,334 (headline)", "450-km range (headline)", "Share 1.7K", "Read Time: 3 mins", "since 2023"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 engineers to follow (headline, planned)",
         "a separate 1,000 sappers may be added (planned)", "thousands of military engineers and builders (planned)",
         "1,532 new dengue cases (headline)", "P20 rice, 47 Kadiwa stores (headline)", "3 soldiers hurt (headline, Philippine)",
         "FB Share 284", "70+ titles, 5 gadgets", "since 2022"],
 "012": ["expected to reach 10,000 by December (planned)", "by Nov 1", "2.8%, 2 years (headline)",
         "6 things, 51km (headline)", "2km from trail (headline)", "Share 312", "$0.99", "since 2022"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind69 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["012-1", "012-2", "about 3,000 in Russia (NIS) against 11,000 in eastern Russia (Budanov), same day"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), three days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["004-1", "004-2", "more than 3,000 (Zelensky) against the NIS figure of around 1,100 restated in the same article: the same conflict as 003-3~004-1"],
            ["008-1", "008-2", "about 3,000 additional against about 11,000 earlier: an additional force"],
        ],
    },
)
