#!/usr/bin/env python3
"""Write gold.json for the blind10 set from the compact table below.

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
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense Department", "Department of Defense"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
GENSTAFF_UA = ["General Staff", "general staff", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 North Korean soldiers had been moved to Russia so far", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
          "Ukrainian intelligence now counts 11,000 soldiers from North Korea in Kursk Oblast", False),
         ("troops", "north_korea", 11000, None, "exact", ["Budanov", "Defence Intelligence", "HUR", "GUR", "military intelligence"],
          "Chief of Defence Intelligence Kyrylo Budanov cited the same 11,000", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia has concentrated roughly 50,000 of its own troops around Kursk", False),
         ("killed", "ukraine", 1, None, "exact", ["Kiper", "governor", "Odesa"],
          "Russian attack on Odesa: one person killed", True),
         ("wounded", "ukraine", 7, None, "exact", ["Kiper", "governor", "Odesa"],
          "and seven injured", True),
         ("casualties", "russia", 1770, None, "exact", GENSTAFF_UA,
          "Russia lost 1,770 soldiers over the past day", True),
         ("casualties", "russia", 718560, None, "exact", GENSTAFF_UA,
          "bringing its total losses since 24 February 2022 to 718,560", True)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers have now been deployed to Russia", False),
         ("troops", "north_korea", 3000, None, "up_to", ["Japanese government source", "government source", "Japan"],
          "As many as 3,000 of them are already positioned close to the front", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "Volodymyr Zelenskyy put the number at 11,000 in Kursk", False)],
 "003": [("killed", "north_korea", 50, None, "exact", SSO,
          "they killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 more during three days of fighting", False),
         ("casualties", "north_korea", 100, 999, "vague", PENT,
          "North Korean troops had suffered casualties \"in the hundreds\", killed and wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["US", "U.S.", "United States", "Washington"] + PENT,
          "The US estimates that between 11,000 and 12,000 North Korean soldiers are now in the Kursk region", False),
         ("casualties", "russia", 1523, None, "about", ["Ministry of Defence", "MoD", "Britain", "British"],
          "an average of 1,523 troops killed or wounded each day", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed in the fighting", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False)],
 "005": [("casualties", "north_korea", 1100, None, "about", JCS,
          "around 1,100 North Korean soldiers have been killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean troops have been killed or wounded in Kursk", False),
         ("casualties", "russia", 1580, None, "exact", GENSTAFF_UA,
          "Russia lost 1,580 troops in the past 24 hours", True)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers", False),
         ("troops", "north_korea", 11000, None, "about", ["US and South Korean", "South Korea", "US"],
          "Pyongyang sent about 11,000 troops to help Russia", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 of them had been killed or wounded", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "about three hundred North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some two thousand seven hundred wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in the war now stand at around three thousand", False),
         ("killed", "north_korea", 100, None, "exact", NIS,
          "since December, when it put the number of dead at one hundred", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine had captured two North Korean soldiers", False)],
 "008": [("troops", "north_korea", 11000, None, "about", PENT + NIS,
          "Troops: about 11,000, per the Pentagon and South Korea's National Intelligence Service", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Kyiv"],
          "Casualties: nearly 4,000 killed and wounded, Volodymyr Zelensky said on Tuesday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's estimate, given on Monday, is lower: about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "Ukrain"] + ZEL,
          "Prisoners: two. Ukraine's Security Service (SBU) said both were captured", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff put a number on the reinforcements for the first time on Thursday. It was about 3,000.", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 that Pyongyang sent last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "Some 4,700 of the North Koreans have been killed or wounded so far, the JCS estimated", False),
         ("troops", "north_korea", 8000, None, "less_than", ["people familiar", "European intelligence"],
          "Fewer than 8,000 North Koreans remain in the Kursk area", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", ["South Korea", "Seoul"],
          "South Korean intelligence says about 4,700 North Korean soldiers were killed or wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["General Staff", "Gerasimov", "Defence Ministry", "Peskov"],
          "the Kiev regime lost more than 76,000 servicemen in the Kursk Region, killed and wounded", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded since the deployment began", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("troops", "north_korea", 11000, None, "about", ["Washington", "US", "United States"],
          "the same 11,000 that Washington counted in December", False),
         ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea", "Joint Chiefs"],
          "reinforced early this year by roughly 3,000 more, according to Seoul's military", False)],
}
NOT = {
 "000": ["total to reach 10,000 by December (planned)", "some 100 vehicles (satellite imagery)", "roughly 6,500 kilometers",
         "about 28,500 service members in South Korea (not a subject)", "100 drones (headline)", "41 million (headline)",
         "52% (headline)", "Share 312", "Comments (214)", "Oct. 23"],
 "001": ["9 oblasts", "Russia lost 1,000 tanks (Read also headline)", "100 / 300 / 500 UAH", "45,000 subscribers",
         "Share: 128", "24 February 2022", "11,000+ (title, restates Zelensky)"],
 "002": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "about $12 billion", "since 2022",
         "86 minutes", "34 percent (headline)", "2 comments", "3,800 yen", "Nov. 13"],
 "003": ["three days", "around 1,000 square kilometres", "roughly half", "Comments 87", "1,204 readers",
         "1,200km (headline)", "239,000 vehicles (headline)"],
 "004": ["170mm self-propelled guns", "December 4", "August 6", "World War II",
         "500,000 without power (headline)", "15th sanctions package (headline)"],
 "005": ["42 Ukrainian drones", "nearly three times", "Share 1.2K", "3K+ (title, restates Zelensky)"],
 "006": ["28°", "he was 20 (age)", "Powerball 5, 18, 31, 44, 61, 9", "$112 million", "Central 61, Eastside 54",
         "3 hours", "two lanes", "the two men were wounded (the captives, not a casualty count)"],
 "007": ["1.2 percent", "2,497", "minus 8 degrees", "11 languages", "24-hour stream"],
 "008": ["240mm rocket launchers", "12,000 structures (headline)", "33 hostages (headline)", "2.4% (headline)",
         "Share 2.4K", "9 January", "4K (title, restates Zelensky)"],
 "009": ["as many as 220 long-range guns", "170mm, 240mm", "up to €40 billion", "€5 billion", "2 percent",
         "800 billion (headline)", "4 minute read"],
 "010": ["Article 4", "May 8 to 10", "80th anniversary", "76812 (link id)", "12:40, 14:05"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "US$2 billion to US$20 billion", "38 per cent",
         "some 100 vehicles (satellite imagery)", "Article 4", "third trip", "1,450 words", "14 comments",
         "10 numbers (headline)", "nine months"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind10 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-1", "005-1", "more than 3,000 casualties (Zelensky, AFP) against about 1,100 (South Korea's JCS, Sky), same day"],
            ["005-1", "005-2", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky) on the same live page, same day"],
            ["007-3", "008-2", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
            ["008-2", "008-3", "nearly 4,000 casualties (Zelensky) against about 3,000 (Seoul) in the same explainer"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against about 3,000 sent a week earlier (NIS): a deployment still under way"],
            ["003-3", "005-1", "casualties 'in the hundreds' (Pentagon) against about 1,100 (JCS): a vague figure"],
            ["003-3", "004-1", "casualties 'in the hundreds' (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "005-2", "casualties 'in the hundreds' (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "007-4", "about 300 killed (NIS, January) against 100 killed (NIS, December, recalled): the same source revising"],
            ["007-4", "008-4", "100 killed (NIS's December figure, recalled) against about 300 killed (NIS, January): the same source revising"],
            ["009-1", "009-2", "about 3,000 reinforcements against about 11,000 sent first: an additional force"],
            ["009-2", "009-4", "about 11,000 sent last autumn against fewer than 8,000 remaining now: different moments"],
            ["011-3", "011-4", "the same 11,000 against roughly 3,000 more: an additional force"],
        ],
    },
)
