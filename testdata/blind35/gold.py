#!/usr/bin/env python3
"""Write gold.json for the blind35 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
US = ["Pentagon", "Singh", "U.S.", "United States", "Washington", "State Department", "defense official",
      "Department of Defense"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]
SYR = ["Syrskyi", "Syrsky", "commander-in-chief", "Commander-in-Chief"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", US,
          "North Korea has sent about 10,000 soldiers to train in eastern Russia, the Pentagon said", False),
         ("troops", "north_korea", 3000, None, "exact", US + ["officials"],
          "The figure is well above the 3,000 that U.S. officials put forward only days ago", False)],
 "001": [("troops", "north_korea", 10000, None, "about", US,
          "out of the roughly 10,000 the country has sent to Russia", False),
         ("troops", "north_korea", 8000, None, "about", US,
          "Around 8,000 North Korean soldiers have arrived in Russia's Kursk border region, Washington said", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Kursk region", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Somewhere between 10,000 and 12,000 North Korean soldiers have now been sent to Russia", False)],
 "003": [("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Ryder", "Defense"],
          "between 11,000 and 12,000 North Korean troops are in the Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "official"],
          "put the North Korean casualties in the several hundreds, a mix of killed and wounded", True),
         ("troops", "north_korea", 2000, 20000, "vague", ["Turner", "House Intelligence"],
          "the deployment of \"thousands of North Korean troops\"", True),
         ("troops", "north_korea", 12000, None, "up_to", ["Pentagon"],
          "Up to 12K North Korean troops in Kursk", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "The number of North Korean troops killed and wounded in the Kursk region has already passed 3,000, President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean forces participating in combat against Ukraine are estimated to have suffered about 1,100 casualties", False)],
 "005": [("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "confirmed that two North Korean soldiers were captured by Ukrainian forces in Russia's Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "estimated that about 300 North Korean troops have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded in the war", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties have reached around 3,000, the NIS said", False),
         ("casualties", "north_korea", 1100, None, "exact", JCS,
          "The estimate is nearly three times the 1,100 figure the military gave last month", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "We are talking about nearly 4,000 losses among North Korean soldiers - both killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "hand over the two North Korean soldiers captured on January 9 and 11", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent roughly three thousand additional soldiers to Russia since early this year", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["South Korean estimates"],
          "The reinforcements come on top of some 11,000 troops Pyongyang sent to Russia last year, according to South Korean estimates", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Kyiv says it is holding two North Korean prisoners, captured in January", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost over 76,000 servicemen killed and wounded in the Kursk Region", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers, dead or wounded, in Russia's war against Ukraine, Seoul's spy agency said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those casualties, roughly 600 were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops to Russia in total", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", SYR,
          "North Korean losses since the troops joined the fighting in November, he said in a post on Telegram, had exceeded 4,000 killed and wounded", False),
         ("killed", "north_korea", 200, 900, "vague", SYR,
          "a figure that he said included \"hundreds\" of dead left on the battlefield", True),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service put the North's casualties at about 4,700 on Wednesday", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of a total force that it estimates at some 15,000", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim"],
          "Nine of the regiment's soldiers died during the mission, the Korean Central News Agency said", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS + ["estimates"],
          "After initial estimates of 10,000 to 12,000", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's National Intelligence Service (NIS) concluded this spring that the North had sent about 15,000 in two waves", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "The NIS estimated in September that about 2,000 North Korean soldiers had been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "when it put deaths at about 600", False),
         ("captured", "north_korea", 2, None, "at_least", ["Ukrain"],
          "Ukraine, which says it has captured at least two North Koreans", False)],
}
NOT = {
 "000": ["NATO's 32 allies", "$200 million package pledged in 2023", "won weakened 0.4%", "more than $59 billion",
         "155mm artillery rounds", "range of up to 300 km (186 miles)", "100 drones, 66 downed (headline)",
         "yen slips 1%, $10 billion, 54% (headlines)", "X 1.2K, Facebook 418, LinkedIn 87", "3 minute read"],
 "001": ["Hwasong-19 flew for 86 minutes", "altitude of over 7,000 kilometers", "3-way air drills (headline)",
         "1.1% at 38,474, 152 per dollar (headline)", "3,000 yen per month", "17:40 JST"],
 "002": ["170-millimeter self-propelled guns and 240-mm multiple rocket launchers", "about $2,000 a month",
         "at least 12 visits", "170 of the 300 seats", "50,000 won, 4 in 10, 17%, 1.2 trillion won (Most Popular)",
         "52,000 readers", "Comments (14)"],
 "003": ["$500 million drawdown", "about $5.6 billion", "155mm and 105mm artillery ammunition", "about 30 armored vehicles",
         "at least two villages", "2-3 kilometers away", "$895 billion, 10 charts, 3 more picks, 4 days (Most Read)",
         "Comments 212", "Jan. 20"],
 "004": ["78 drones overnight, 52 shot down, 26 locally lost", "1.5 billion zloty, 2 additional batteries",
         "15,000 members, $5 a month", "Russia has lost 777,000 troops (Read also headline)",
         "Two North Korean soldiers? (Read also headline)", "14 entries", "Facebook 1.1K, X 732, Comments (96)"],
 "005": ["born in 2005 / 1999, joined in 2021, since 2016", "nearly three times", "240 mm rocket launchers and 170 mm self-propelled guns",
         "6.6%, 31 shows, 120 hectares, 1.04% at 2,489.56 (Most Viewed)"],
 "007": ["2,407 views", "14 assaults", "small groups of 10-15 people (size of an assault group, not a count of the force)",
         "roughly 7,000 km", "1,630 soldiers over past day (Read also headline)", "11th sanctions package (headline)",
         "6 regions (headline)", "68K subscribers"],
 "008": ["a lull of about a month", "around 200 long-range artillery pieces", "170mm self-propelled guns",
         "last 400 square kilometres", "three-year war", "$500 billion, 30,000 peacekeepers, $85,000 (Most popular)"],
 "009": ["more than 7,700 units of weaponry and equipment, including 415 tanks", "Article 4",
         "June 19, 2024 / December 4, 2024", "more than 100 settlements", "2.6 billion rubles",
         "3 settlements, 82.1 per US dollar, 72-hour truce (Read more)"],
 "010": ["20 trillion won ($14 billion)", "about 15 percent of its gross domestic product", "two waves",
         "60-km range (Related Stories)", "4 weekly flights (Related Stories)", "9,900 won a month", "Comments 23"],
 "011": ["For six months", "close to one in three", "about half of the artillery shells",
         "86 seats, 677 council seats, Buffett, 94 (Most viewed)", "£2 a month, 1.2 million readers", "184 partners",
         "Comments 2,615"],
 "014": ["528th Engineer Regiment", "120-day overseas mission",
         "1,000 sappers and 5,000 military construction workers (planned, announced by Shoigu in June)",
         "more than three times the figure", "hundreds of Shahed-type drones per month", "more than 60%, around $50 million",
         "45% of areas, 5-hour talks, 1,000 days, 10 pictures (DW recommends)", "06:12"],
}
OFF = ["012", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind35 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "001-3", "about 8,000 in Kursk (U.S.) against 11,000 in Kursk (Zelenskyy), in the same report"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["005-4", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 (Pentagon) against the 3,000 U.S. officials gave days earlier: a figure the article says was superseded"],
            ["001-1", "001-3", "about 10,000 in Russia (U.S.) against 11,000 in Kursk alone (Zelenskyy): the bands touch, and Kursk is a part of Russia"],
            ["003-2", "004-1", "several hundred casualties (U.S. official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-2", "004-2", "several hundred casualties (U.S. official) against about 1,100 (JCS): a vague figure"],
            ["005-4", "005-5", "about 3,000 now (NIS) against the 1,100 the military gave last month: a restated earlier figure"],
            ["005-5", "007-1", "the 1,100 of last month (restated) against nearly 4,000 (Zelensky): a restated earlier figure"],
            ["008-1", "008-2", "roughly 3,000 additional troops against some 11,000 sent last year: an additional force"],
            ["014-2", "014-3", "initial estimates of 10,000-12,000 against about 15,000 in total: a revised estimate over months"],
            ["014-4", "014-5", "about 2,000 killed (NIS, September) against about 600 (NIS, April): the same source months apart"],
        ],
    },
)
