#!/usr/bin/env python3
"""Write gold.json for the blind80 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "U.S.", "US officials", "Defense Department"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "About 3,000 North Korean soldiers have already been transported to Russia", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "raising its estimate from the 1,500 it gave a week ago", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent roughly 10,000 soldiers to eastern Russia to train", False),
         ("troops", "north_korea", 8000, None, "up_to", PENTAGON,
          "As many as 8,000 of those troops are now in Russia's Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That makes roughly 1,100 casualties in total for the North's contingent", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "it believes 11,000 to 12,000 North Korean soldiers are now in Kursk", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "up from the roughly 10,000 it cited in November", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official"],
          "several hundred North Koreans had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already suffered more than 3,000 killed and wounded", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian troops have taken two North Korean soldiers prisoner", False),
         ("captured", "north_korea", 1, 1, "vague", ["Ukrain"],
          "Ukraine had reported seizing a North Korean soldier in late December", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly three hundred North Korean soldiers are believed to have died in Kursk", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "while some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "that puts the North's casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukrainian forces", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost four thousand North Korean servicemen have been put out of action", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Koreans captured last week", False),
         ("killed", "north_korea", 21, None, "exact", ["military intelligence", "Ukrain"],
          "a single clash near Makhnovka had left 21 North Koreans dead", False),
         ("casualties", "russia", 1500, None, "about", ["British defence intelligence", "defence intelligence", "British", "UK"],
          "Russia's daily casualties had averaged about 1,500 across December", True)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the around 11,000 troops Pyongyang first deployed in autumn 2024", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "North Korean forces have suffered about 4,700 casualties", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR"],
          "More than 4,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded in Kursk", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia since last fall", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("captured", "north_korea", 2, None, "exact", ["unification ministry", "Ukrain", "Seoul"],
          "the two prisoners held by Ukraine", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "nine of its members were killed in the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False)],
}
NOT = {
 "000": ["a total of some 10,000 troops by December (planned)", "some 1,000 km of rail links", "$1.7 billion",
         "7 short-range ballistic missiles (headline)", "2,583.27", "2.4 trillion won by 2028",
         "3 soldiers injured (headline)", "Share 2.1K"],
 "001": ["190-mile ATACMS", "more than $60 billion", "February 2022", "about 28,500 American service members (not a subject)",
         "80 million (headline)", "9 cents to $3.02", "212,000 visitors", "Lakers 118, Suns 109", "61°",
         "17 comments", "$1 for 6 months", "4 min read"],
 "002": ["up to 12K (headline: top of the Pentagon's range)", "240-millimeter", "170-millimeter", "10 billion won",
         "3.4% (headline)", "12 hurt (headline)", "10,030 won", "4 generals (headline)", "Share 988", "💬 34", "v2.3"],
 "003": ["776,640 soldiers (Read also headline)", "120,000 consumers", "54 combat clashes", "about 1,300 square kilometres",
         "6 August 2024", "4,812 views", "250K readers"],
 "005": ["born in 2005", "74 drones, 47 shot down (headline)", "12,000 stories, 1 war", "$5 a month", "Share 3.4K",
         "156 comments", "6 min read"],
 "006": ["nearly three times", "groups of 10 to 15", "198 lawmakers", "1,470.8 per dollar, 2009", "1.2 million tourists",
         "Share 1.6K", "Comments (27)"],
 "007": ["about 10 miles from the border", "412 comments", "18 months (headline)", "2.5% (headline)",
         "death toll rises to 25 (headline)", "10 things (headline)", "£2 a month"],
 "008": ["about 220 170mm self-propelled guns and 240mm multiple launch rocket systems", "within 5 kilometers",
         "roughly 80 square kilometers", "2.4 MB", "numbered key takeaways", "501(c)(3)", "March 30, March 31"],
 "009": ["June 2024", "six months", "11 Russian entities and 2 North Korean individuals", "Magnitude 5.1 (headline)",
         "35,839 (headline)", "24 million (headline)", "2:41"],
 "010": ["as much as $20 billion", "groups of 3 to 5", "5,000-ton destroyer (headline)", "600mm rocket launchers (headline)",
         "38%, 236 defectors (headline)", "Share 2.7K", "Comments 53"],
 "011": ["120 days", "1,000 deminers and 5,000 military construction workers (planned)", "twice in two weeks",
         "two flights a month", "1.95%, 2007 (headline)", "3 Chinese refiners (headline)", "1,468"],
}
OFF = ["012", "013", "014"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind80 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 now against the 1,500 the same agency gave a week earlier: its own update"],
            ["001-1", "001-2", "roughly 10,000 in Russia against as many as 8,000 in Kursk: Kursk is a part of Russia"],
            ["002-6", "002-3", "several hundred casualties (US official) against about 1,100 (NIS): a vague figure"],
            ["002-6", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["005-1", "005-2", "two captured in January against one seized in December who died: different events"],
            ["008-1", "008-2", "roughly 3,000 additional against about 11,000 first deployed: an additional force"],
        ],
    },
)
