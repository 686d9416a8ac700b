#!/usr/bin/env python3
"""Write gold.json for the blind140 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korean intelligence",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy", "President of Ukraine"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "United States"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent roughly 10,000 soldiers to eastern Russia for training, the Pentagon said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "it believed around 3,000 North Korean soldiers were already in Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "The spy agency now counts between 10,000 and 12,000 North Korean troops in Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K N. Korean troops in Russia, some already in combat: NIS", True),
         ("troops", "russia", 50000, None, "about", ["U.S. officials", "US officials", "New York Times"],
          "Russia has gathered roughly 50,000 troops there, North Korean units among them", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + ["lawmaker"],
          "At least 100 North Korean soldiers sent to help Russia fight Ukraine have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmaker"],
          "Nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official"],
          "several hundred North Koreans had been killed or wounded in the Kursk region", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon continues to estimate the deployment at 11,000 to 12,000 troops", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff estimated North Korean casualties at about 1,100", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers fighting for Russia against Ukraine have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded, South Korea's spy agency said Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's total casualties at around 3,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North had deployed about 11,000 troops to Russia as of late last year, the agency has estimated", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were taken alive over the weekend", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Russia's Kursk region are approaching 4,000 dead and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the estimate South Korea's National Intelligence Service gave lawmakers in Seoul on Monday: around 3,000 killed and wounded", False),
         ("killed", "ukraine", 3, None, "at_least", ["Klitschko", "mayor"],
          "at least three people were killed when debris from a ballistic missile fell", True),
         ("casualties", "russia", 1350, None, "exact", ["general staff", "Ukrain"],
          "Russia lost 1,350 troops over the past day", True),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + ZEL,
          "Ukraine says it is holding the two North Korean soldiers captured a week ago", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ["military intelligence", "Ukrain", "HUR", "GUR"],
          "Ukraine's military intelligence puts the number of killed and wounded at about 4,000", False),
         ("troops", "north_korea", 11000, None, "about", ["US and South Korean intelligence", "U.S.", "United States", "South Korea"],
          "Pyongyang is believed to have sent around 11,000 soldiers to Russia last autumn", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 more soldiers to Russia in January and February", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
          "after losing thousands of men in the winter fighting", True),
         ("troops", "north_korea", 11000, 12000, "range", ["South Korean and US intelligence", "South Korea", "U.S.", "United States"],
          "Soldiers sent in autumn 2024: 11,000 to 12,000 (South Korean and US intelligence)", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Killed and wounded, January estimates: about 3,000 (South Korea's NIS)", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 (President Zelensky)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Le Monde"],
          "Soldiers captured by Ukraine: 2, held in Kyiv since January", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's losses in Russia's war against Ukraine have risen to around 4,700 killed and wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them died, it said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent some 15,000 soldiers to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "HUR"],
          "Pyongyang has now lost more than 4,000 of its soldiers in the Kursk fighting, counting both the dead and the wounded", False),
         ("casualties", "north_korea", 4700, None, "about", ["South Korean intelligence", "South Korea"],
          "South Korean intelligence put the North's casualties at around 4,700", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 North Korean soldiers had been killed or wounded by April", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "state media said nine of its members were killed", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in Russia since late 2024", False)],
}
NOT = {
 "000": ["some 10,000 in all by December (planned)", "about 1.2 million active personnel (army size, not a deployment)",
         "more than $60 billion", "41 Ukrainian drones over seven regions (headline)", "3 killed, 36 injured (headline)",
         "6% (headline)", "18 seats (headline)", "X 1.2K, Facebook 845, LinkedIn 97"],
 "001": ["170-millimeter self-propelled guns, 240-millimeter rocket launchers", "millions of artillery shells",
         "1,500 special forces (related headline, Oct. 18)", "155-millimeter shells", "2.64%, 2,417.08",
         "20 million views in 3 days", "1,400 per dollar"],
 "002": ["¥8.7 trillion", "1.6% of GDP", "five-year buildup", "Photo 1 of 4", "3 dead (headline)",
         "0.7%, 157 (headline)", "837,000 (headline)", "¥1,650 a month"],
 "003": ["Koksan 170 mm, 40-60 km", "240 mm", "6 August 2024", "1,530 occupiers (headline)",
         "48 times, 2 people injured (headline)", "777,570 (+1,530), 9,573 tanks, 20,926 artillery (sidebar widget)"],
 "004": ["born in 2005", "aged 26", "paras 5-7", "6.6 pct (headline)", "2nd week", "2 dead, 7 injured (headline)",
         "1,470.8 per dollar, 0.4 pct"],
 "006": ["24 of 39 drones, two of four missiles", "1 January", "about €500m a year", "Comments (1,214)",
         "27 dead, 12th day (headline)", "Ipswich 0-6", "3 stone in 6 months", "£2 a month"],
 "007": ["roughly three weeks", "about 500 square kilometers", "more than 1,300", "two T-80 tanks and five BMP-2",
         "3 killed (headline)", "23 February vote", "60 heads of state", "Share 473"],
 "008": ["some 220 self-propelled 170-mm guns and 240-mm rocket launchers", "about 7,000 km", "several billion dollars",
         "more than 1 million barrels", "500,000 barrels a year", "47th Brigade at 30% strength (headline)",
         "30-day energy truce (headline)", "€7.99", "4 min"],
 "009": ["2,556.61, 0.27% (headline)", "23 million subscribers (headline)", "0.2% (headline)",
         "24-year-old, 1 billion won (headline)", "two days after"],
 "010": ["956,960 personnel (+1,320), 10,746 tanks, 26,841 artillery (widget)",
         "3 guided bombs: 1 killed, 29 injured (headline)", "50% of new revenue (headline)"],
 "011": ["6,000 more people: 1,000 sappers and 5,000 military construction workers (planned)",
         "second trip this month", "€5 a month", "Telegram 2.3K, X 412, Facebook 180",
         "106,745 Russian soldiers killed (headline)"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (agreed in June: planned)", "$12.99 a month, $120 a year",
         "3 halls, 40 tombs (headline)", "2,500-seat, 18 months (headline)", "Share 94, Comments 7"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind140 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against about 3,000 already in Russia (NIS, a week earlier): a deployment still growing"],
            ["002-3", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "003-2", "several hundred casualties (US official) against about 1,100 (JCS): a vague figure"],
            ["006-1", "006-2", "nearly 4,000 (Zelensky) against the NIS's around 3,000 restated in the same entry: the same disagreement as 004-3~006-1"],
            ["008-1", "008-3", "about 3,000 reinforcements against 11,000-12,000 first sent: an additional force"],
            ["008-4", "008-5", "about 3,000 (NIS) against nearly 4,000 (Zelensky), both January estimates restated in a fact box"],
            ["008-2", "008-4", "thousands (vague) against a fact-box figure"],
            ["008-2", "008-5", "thousands (vague) against a fact-box figure"],
        ],
    },
)
