#!/usr/bin/env python3
"""Write gold.json for the blind269 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run:
python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
US = ["Blinken", "Secretary of State", "U.S.", "United States", "Washington"]
KYIV = ["Kyiv", "Ukrain", "Zelensky", "Zelenskyy"]
BUD = ["Budanov", "Defence Intelligence", "Defense Intelligence", "HUR", "GUR", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", US,
          "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "Blinken said Pyongyang had sent some 10,000 troops to Russia in all", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to help Russia in its war with Ukraine have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The casualties, numbering around 1,100 in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North has dispatched some 11,000 soldiers to Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["United States", "U.S.", "Pentagon", "Washington"],
          "The United States has put the figure slightly higher, at between 11,000 and 12,000", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than three thousand soldiers of the DPRK have already been killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service estimated last week that about 1,100 North Korean soldiers had been killed or wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts Pyongyang's losses at roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", KYIV + ["NIS", "National Intelligence Service"],
          "its forces had captured two North Korean soldiers in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Close to 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's losses at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 of them dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", KYIV,
          "the two North Korean soldiers captured by Ukrainian forces on 9 January", False)],
 "006": [("troops", "north_korea", 1000, 3000, "range", ["South Korean media", "lawmakers"] + NIS,
          "an additional 1,000 to 3,000 soldiers had arrived since January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Seoul estimates that Pyongyang sent around 11,000 troops last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", ["Kyiv", "Ukrain"],
          "Kyiv puts the North's losses since then at roughly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Institute for the Study of War", "ISW"],
          "the units had likely suffered thousands of casualties", True),
         ("casualties", "ukraine", 59000, None, "more_than", ["Defense Ministry", "Russia"],
          "Ukraine has lost more than 59,000 servicemen in the Kursk region", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's soldiers fighting for Russia have suffered roughly 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Some 15,000 North Korean troops have been sent to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including around 3,000 who arrived as reinforcements in January and February", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv"] + NIS,
          "Soldiers captured by Ukraine: 2 (Jan. 2025)", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "North Korean losses in Russia's Kursk Oblast have surpassed 4,000 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", BUD,
          "the North Korean contingent in Kursk Oblast now numbers around 11,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "estimated the North's losses at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the National Intelligence Service had put the number of dead at roughly 600", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Defence Ministry", "Britain", "British"],
          "more than 1 million Russian troops have been killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
          "nine of its soldiers had died on the mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean deminers were sent to Kursk from the summer", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have been killed", False)],
}
NOT = {
 "000": ["about 28,500 troops in South Korea (US troops, not a subject)", "roughly 600 square km (230 square miles)",
         "1950-53", "1,500 special forces (other story's headline)", "62 drones, 39 shot down (headline)",
         "1% (headline)", "86 minutes (headline)", "3:12 PM", "Share 2.1K", "184 comments"],
 "002": ["240-millimeter multiple rocket launchers", "additional soldiers (planned, no number)",
         "2+2 talks, 1st time in 6 years (headline)", "over 100 containers of shells (headline)", "3.8% (headline)",
         "33.4 million visitors", "38,813, 157 per dollar", "7th plant", "18:30"],
 "003": ["small groups of 20 to 30 people (unit size)", "1,570 soldiers over past day (headline, Russian losses)",
         "wounding 7 civilians (headline)", "2418 views", "210K subscribers", "16:05"],
 "004": ["aged 20, aged 26", "one soldier about to be captured (shot dead)", "January 11, 2025",
         "death toll rises to 24 (headline)", "$4.3 billion, 150,000 borrowers (headline)", "150 drones (headline)",
         "3 min read"],
 "005": ["9 January", "at least 27 dead (headline)", "33 hostages, six-week (headline)", "2.5% (headline)",
         "200 years", "1.2 million supporters in 180 countries", "£2 a month", "Comments (1,084)", "12.20 GMT"],
 "006": ["about 400 square kilometers", "roughly half the territory", "roughly three weeks", "21% (headline)",
         "86 per dollar (headline)", "12 years (headline)", "$2 a month"],
 "008": ["240 mm rocket launchers, 170 mm guns", "June 2024", "April 28, 2025", "Share 126", "17:05, 17:41",
         "3.7% (headline)", "12th straight week (headline)", "4th album", "June 3, 35 days to go"],
 "009": ["about half of the artillery ammunition", "Koksan 170 mm", "12 drones, 46 injured (headline)",
         "205 prisoners each (headline)", "$350 billion (headline)", "1.1M subscribers", "Comments: 37", "13:41"],
 "012": ["1,000 deminers and 5,000 military construction workers (pledged, planned)", "as much as $20 billion",
         "roughly 80 percent", "February 2022", "80 years (headline)", "60,000 reservists (headline)",
         "14 dead (headline)", "Comments 217", "$1 every 4 weeks"],
 "014": ["about 120 days", "1,000 sappers and 5,000 military builders (the June pledge, planned)",
         "late 2024", "¥9.04 trillion, fiscal 2026 (headline)", "11 warships (headline)", "30,000 runners (headline)",
         "¥1,980 per month", "3 min read"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"001": "000"}

goldlib.write(
    "Gold labels for the blind269 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelenskyy, Jan 17), four days apart"],
        ],
        "may": [
            ["003-1", "003-2", "the same disagreement inside one article: NIS's 1,100 restated next to Zelensky's 3,000-plus"],
            ["005-1", "005-2", "the same disagreement inside one article: NIS's 3,000 restated next to Zelenskyy's close to 4,000"],
            ["006-1", "006-2", "an additional 1,000-3,000 against the 11,000 first sent: an additional force"],
            ["008-3", "008-4", "about 15,000 in total against about 3,000 reinforcements: part of the total, an additional force"],
            ["008-3", "009-2", "about 15,000 sent in all (NIS) against around 11,000 now in Kursk (Budanov), three days apart: cumulative against present strength"],
            ["008-4", "009-2", "about 3,000 reinforcements (NIS) against around 11,000 in Kursk (Budanov): an additional force"],
            ["012-1", "012-2", "about 2,000 dead now against roughly 600 in April, restated in the same article: months apart"],
        ],
    },
)
