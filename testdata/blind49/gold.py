#!/usr/bin/env python3
"""Write gold.json for the blind49 set from the compact table below.

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
HUR = ["military intelligence", "HUR", "GUR", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "an advance group of about 1,500 special operations troops has already been carried to the Russian Far East", False)],
 "001": [("troops", "north_korea", 8000, None, "about",
          ["Blinken", "Secretary of State", "State Department", "United States", "Washington"],
          "Roughly 8,000 North Korean soldiers have moved to Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about",
          ["Pentagon", "Defense Department", "Austin", "United States", "Washington"],
          "The Pentagon says about 10,000 troops from the North have been sent to Russia in all", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ["Budanov", "intelligence chief"] + HUR,
          "Eleven thousand North Korean soldiers are now in Kursk Oblast", False)],
 "003": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Somewhere between 10,000 and 12,000 North Korean soldiers are in Russia", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean units fighting in Russia's Kursk region have suffered about 1,100 casualties, dead and wounded combined", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "the National Intelligence Service put the toll at at least 100 dead", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 injured", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Defense Department", "United States"],
          "The Pentagon has estimated that between 11,000 and 12,000 North Korean soldiers are now in Russia", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "has cost it roughly 300 soldiers killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's combined casualties to around 3,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["lawmaker"],
          "Of the some 11,000 soldiers Seoul believes Pyongyang sent last autumn", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS", "National Intelligence Service"],
          "Two North Korean soldiers were captured alive by Ukrainian forces in Kursk on Jan. 9", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "President Zelensky said late last month that North Korean killed and wounded already exceeded 3,000", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Kim Jong Un's soldiers in Kursk have now suffered nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "what Seoul's spy agency told lawmakers on Monday: about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "Kyiv also wants to swap the two North Koreans it captured last week", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded since they entered combat last autumn", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent around 15,000 troops in total, the agency estimates", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including about 3,000 reinforcements dispatched in January and February", False),
         ("casualties", "north_korea", 2000, 9999, "vague", NIS,
          "South Korea now says thousands of them were killed or wounded", True),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv", "DW", "Weber"],
          "Two North Korean soldiers captured in January remain in Ukrainian custody", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR + ["Yusov"],
          "North Korea has lost more than 4,000 soldiers killed and wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 12000, None, "about", HUR + ["Yusov"],
          "roughly 12,000 North Korean troops remain in Russia, not all of them in Kursk", False)],
 "010": [],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim Jong Un"],
          "mourned nine of its soldiers who died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency estimated in September that about 2,000 North Korean soldiers had been killed in Russia", False)],
}
NOT = {
 "000": ["four brigades, some 12,000 soldiers (planned)", "12K (headline, planned)", "Oct. 8 and 13",
         "four Russian vessels", "111-meter landing ship", "10 artillery shells (headline)", "1,370 per dollar (headline)",
         "Nov. 15 (headline)", "Share 2.4K", "2024/10/18 15:41"],
 "001": ["about 190 miles (300 kilometers)", "50,000 at a Halloween parade (headline)", "$243 million (headline)",
         "4.5% water rate (headline)", "99¢ a week"],
 "002": ["Day 987", "10 seconds", "2.1%", "3.7%", "13%", "up to four hours, four oblasts", "three thermal plants",
         "Personnel 712,570 (+1,450), tanks 9,259, artillery 20,275 (General Staff widget)", "$5 a month", "26,000 readers"],
 "003": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "Like 312", "Comments 17",
         "7,000 trash balloons (headline)", "7 a.m.", "1 min read"],
 "004": ["81 drones, 52 shot down, 27 jammed", "20 Ukrainian drones", "1 January", "1,846 readers", "14 earlier updates",
         "243 comments", "7am GMT"],
 "005": ["39 of 59 drones (headline)", "1,358 bodies of fallen defenders (headline)", "3,412 views", "48K subscribers"],
 "006": ["three-month-old deployment", "roughly one in four (a rate)", "assault groups of 10 to 20 men", "aged 20 and 26",
         "enlisted in 2021, served since 2016", "240-millimeter rocket launchers", "about $2,000 a month", "since 2013",
         "KOSPI 1.1% (headline)", "7th straight week (headline)", "179 dead in Muan air crash (headline)",
         "Share 1.2K", "34 comments"],
 "007": ["January 1", "five-year contract", "€500 million a year", "62% full", "$500 million package", "18 F-16s",
         "84,000 readers", "12 min read", "March 31, 20%"],
 "008": ["170-millimeter guns, 240-millimeter rocket launchers", "more than 10 million artillery shells",
         "groups of a few dozen", "250,000 mourners (headline)", "500-billion-euro fund (headline)",
         "12-minute explainer", "since 2018", "Comments (212)", "7 min read"],
 "009": ["14:07", "Share 612", "210K followers", "fuel prices 3% (trending)"],
 "010": ["1,000 sappers and 5,000 military builders, 6,000 in total (planned)", "headline 1,000 sappers and 5,000 builders (planned)",
         "second visit in two weeks", "April 26", "about 150 settlements", "more than 2,300 residential buildings",
         "Ukrainian army loses more than 1,300 servicemen in a day (headline, Russian MoD)", "two settlements (headline)"],
 "011": ["120 days", "38,400 readers", "$11.99/month", "236 defectors, 196 last year", "eleven months", "Ninth Congress",
         "January 2021", "1,468 per dollar", "about 12%", "30% off", "Dec. 31"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind49 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken, 31 Oct) against 11,000 in Kursk (Budanov, 6 Nov), six days apart"],
            ["004-1", "005-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["006-3", "007-1", "about 3,000 casualties (NIS, 13 Jan) against nearly 4,000 (Zelensky, 17 Jan)"],
        ],
        "may": [
            ["001-2", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Budanov): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against Seoul's about 3,000 restated in the same item, which already sets them side by side"],
            ["008-3", "008-4", "about 15,000 in total against about 3,000 reinforcements: an additional force, part of the whole"],
            ["008-3", "009-2", "about 15,000 sent in total (NIS) against roughly 12,000 remaining in Russia (HUR), two days apart: sent against still there"],
            ["008-4", "009-2", "about 3,000 reinforcements against roughly 12,000 remaining: an additional force"],
        ],
    },
)
