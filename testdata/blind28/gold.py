#!/usr/bin/env python3
"""Write gold.json for the blind28 set from the compact table below.

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
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "American officials", "U.S. officials", "US officials"]
UKDI = ["Defence Intelligence", "defence intelligence", "Ministry of Defence", "MoD", "British", "UK"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Defense Secretary", "Pentagon"],
          "About 10,000 North Korean troops in all have been sent to Russia, Defense Secretary Lloyd Austin told reporters", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean troops are now inside Russia, South Korea's National Intelligence Service estimates", False),
         ("troops", "north_korea", 10000, None, "more_than", ["Singh", "Pentagon"],
          "Sabrina Singh said the US assessed that more than 10,000 of the North's soldiers had moved into the Kursk region", False),
         ("casualties", "russia", 1480, None, "exact", ["General Staff", "Ukrain"],
          "Ukraine's General Staff said Russian forces lost 1,480 troops, killed or wounded, over the past 24 hours", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "with about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded, South Korea's intelligence service has said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The casualties were among the roughly 11,000 troops Pyongyang has sent, said Lee, citing the agency", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Kirby", "White House"],
          "the North's forces had suffered \"several hundred\" casualties, killed and wounded", True),
         ("wounded", "north_korea", 1, None, "at_least", NIS,
          "at least one officer of general rank was among the injured", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region, Volodymyr Zelensky has said", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean troops had been killed or wounded, its Joint Chiefs of Staff said on Monday", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelenskyy announced", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon has estimated that between 11,000 and 12,000 North Korean troops are in Russia", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean troops have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded in the fighting in Russia's Kursk region, South Korea's National Intelligence Service told lawmakers", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That is a combined toll of about 3,000, the agency said", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "from a force the Pentagon has put at 11,000 to 12,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Kyiv", "Ukrain"],
          "two North Korean soldiers are in Ukrainian hands", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Kim Jong Un's army has suffered nearly 4,000 killed and wounded since it joined the fighting in Russia's Kursk region, Volodymyr Zelensky said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Seoul's National Intelligence Service told MPs this week that about 300 North Korean soldiers had died", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Koreans captured last weekend", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff (JCS) reported on March 27 that North Korea has sent roughly 3,000 additional troops to Russia", False),
         ("casualties", "ukraine", 350, None, "exact", ["Russian Ministry of Defense", "Russian MoD", "Ministry of Defense", "Russia"],
          "The Russian Ministry of Defense (MoD) claimed on March 27 that Ukrainian forces lost 350 servicemen in Kursk Oblast in the past day", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia, South Korea's spy agency says", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Around 600 of them were killed, the National Intelligence Service (NIS) told lawmakers", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "In January, the NIS put Pyongyang's losses at about 3,000, killed and wounded", False)],
 "009": [("casualties", "north_korea", 4000, 5000, "range", UKDI,
          "British defence intelligence now reckons North Korean casualties in Russia's Kursk region are probably between 4,000 and 5,000, killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency last week put the figure at about 4,700", False)],
 "010": [("troops", "north_korea", 11000, None, "about", ["Budanov", "military intelligence", "Ukrain"],
          "Some 11,000 of those soldiers are still stationed in Kursk, Ukraine's military intelligence chief, Kyrylo Budanov, said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Seoul's National Intelligence Service estimated in April that around 600 had been killed", False)],
 "011": [("troops", "north_korea", 11000, 12000, "range", ["American officials", "US officials", "U.S. officials", "Pentagon"],
          "eleven to twelve thousand men, by the count American officials settled on that winter", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Roughly three thousand more followed in January and February, South Korea's Joint Chiefs of Staff said", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service estimated about 4,700 casualties, killed and wounded", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "some 2,000 North Korean soldiers had died in Russia, the agency told lawmakers then", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean deminers arrived in the region over the summer, the NIS said in November", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "New York Times", "NYT"],
          "Two of them never went home at all. The pair captured in January", True)],
}
NOT = {
 "000": ["a second contingent of roughly 4,000 to ship out before the end of the year (planned)",
         "more than 6,000 kilometers (3,700 miles)", "more than 7,000 kilometers (missile altitude)",
         "3 killed, 27 injured (headline)", "$425 million (headline)", "155mm", "Share 1,284",
         "$1.2 billion, 5 things, 7 swing states, 12 recalled products (most read)"],
 "001": ["up to 300 kilometers (190 miles)", "six ATACMS, five shot down", "2.3K shares, 47 updates",
         "1,000 days of full-scale war", "10-point plan", "250,000 readers", "7 gadgets, No. 4",
         "10K-12K in the title repeats the body's range"],
 "002": ["240mm and 170mm", "millions of artillery shells", "more than 11 months old", "Share 1,106",
         "1,500 troops a day (UK, other story's headline)", "61 cases, five killed, 90mph (headlines)",
         "£2 a month", "Comments (312)"],
 "003": ["1,493 partners (cookie notice)", "roughly 40% of the ground", "3.3 million cars, 24, 3 injured, 250 miles (headlines)"],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "the men were wounded (no count of wounded)",
         "12,000 structures destroyed (headline)", "$1.22B", "3 surgeries"],
 "005": ["Comments 1.1K", "a few hundred million dollars to well over $1 billion a year", "since 1953",
         "first in 70 years", "500 miles (headline)", "5 lessons from 1,000 days (headline)", "8.7 trillion yen"],
 "006": ["734 comments", "£3 billion a year", "100-year partnership", "800,000 (other story's headline)",
         "250km reach", "£1 for 3 months"],
 "007": ["about 3 kilometers from the border", "142 combat engagements", "about 220 170mm guns and 240mm launchers",
         "78 Shahed-type drones, 42 downed", "footnote numbers [1]-[5]", "numbered key takeaways"],
 "008": ["2:34 video length", "5,000-ton destroyer (headline)", "2-hour call (headline)"],
 "009": ["10 councils, 677 seats, 32%, 187 seats", "145% levy, 60%", "more than 60 days", "24C", "400,000 readers",
         "80th anniversary, 11 veterans", "1 in 5 teenagers", "Arsenal 1-2 Bournemouth", "Crossword 16,021"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second trip in two weeks", "more than 100,000 square kilometres", "1km bridge", "Share 842",
         "24 killed, 1,300 flights, 10 acts (headlines)"],
 "011": ["some 4,000 miles across Siberia", "early 20s, aged 19", "5,000 military builders due to follow (planned)",
         "more than $200 million", "1950s", "24:18 min", "412 comments", "Page 34", "10 gifts remaining"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind28 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), reported the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (Kirby) against more than 3,000 (Zelensky): a vague figure"],
            ["002-4", "003-2", "several hundred casualties (Kirby) against about 1,100 (JCS): a vague figure"],
            ["008-1", "008-3", "about 4,700 now against about 3,000 in January, restated in the same article: different periods"],
            ["008-3", "009-1", "about 3,000 (NIS, January, restated) against 4,000-5,000 (UK, May): different periods"],
            ["008-3", "009-2", "about 3,000 (NIS, January, restated) against about 4,700 (NIS, April): different periods"],
            ["011-1", "011-2", "11,000-12,000 first contingent against roughly 3,000 more: an additional force"],
            ["011-1", "011-5", "11,000-12,000 combat troops against about 1,000 deminers: a different force"],
            ["011-2", "011-5", "roughly 3,000 reinforcements against about 1,000 deminers: different forces"],
            ["000-1", "000-2", "8,000 in Kursk against about 10,000 in Russia: a part of the whole"],
        ],
    },
)
