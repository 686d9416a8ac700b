#!/usr/bin/env python3
"""Write gold.json for the blind12 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
UKR = ["Ukrain", "Kyiv", "Kiev"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh"],
          "We believe there are about 10,000 North Korean soldiers in Russia now", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State"],
          "about 8,000 of them had already reached the Kursk region", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Pyongyang had committed 10,000 to 12,000 troops in all", False)],
 "001": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the toll at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 North Korean troops now in Russia", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("casualties", "north_korea", 1100, None, "exact", JCS,
          "which Seoul's Joint Chiefs of Staff put at 1,100 earlier on Monday", False)],
 "003": [("captured", "north_korea", 2, None, "exact", ZEL + UKR,
          "Ukrainian forces had captured two North Korean soldiers", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean servicemen had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's toll at roughly 3,000 men", False),
         ("casualties", "ukraine", 49000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia"],
          "the Ukrainian Armed Forces had lost more than 49,000 servicemen in the Kursk direction", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 of them are already dead or wounded", False),
         ("casualties", "north_korea", 3000, None, "exact", NIS,
          "which Seoul puts at 3,000 and Kyiv at close to 4,000", False),
         ("casualties", "north_korea", 3000, None, "exact", ZEL,
          "up roughly 1,000 from the 3,000 he cited just before Christmas", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + UKR,
          "his forces captured two North Korean soldiers alive", False)],
 "005": [("casualties", "north_korea", 4000, None, "more_than", ["Ukrainian officials"] + UKR,
          "By the count of Ukrainian officials, the toll now stands at upward of 4,000 killed or wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["American officials", "US officials", "U.S. officials"],
          "which American officials have put at 11,000–12,000", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["The Atlantic"],
          "putting thousands of men under modern fire", True)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent around 3,000 more troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 it dispatched last year", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "About 4,700 of the North's soldiers have been killed or wounded", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "general staff", "Russia"],
          "The enemy has lost more than 76,000 servicemen in the Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "about 4,700 North Korean soldiers have been killed or wounded", False),
         ("troops", "north_korea", 14000, None, "about", JCS,
          "out of some 14,000 sent to Russia since last autumn", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "of the roughly 15,000 troops the North has sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ["JoongAng"],
          "The two men held by Kyiv since January", False)],
 "010": [("troops", "north_korea", 11000, None, "about", ["US and South Korean", "South Korea", "U.S."],
          "The initial contingent, about 11,000 by the US and South Korean estimates", False),
         ("casualties", "north_korea", 40, None, "about", ["Special Operations Forces", "SSO"] + UKR,
          "a single North Korean company lost around 40 men killed or wounded", False),
         ("casualties", "north_korea", 4000, None, "at_least", ["Syrskyi", "Syrsky"] + UKR,
          "has put the North Koreans' losses at no fewer than 4,000 killed and wounded", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from roughly 600 in April", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The number sent is put by the NIS at about 15,000", False),
         ("troops", "north_korea", 11000, None, "about", ["military intelligence", "GUR", "HUR"] + UKR,
          "close to 11,000 are currently stationed in Kursk", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "North Korea"],
          "NINE OF THE REGIMENT'S SOLDIERS WERE KILLED DURING THE 120-DAY MISSION", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "SOUTH KOREA'S SPY AGENCY ESTIMATES SOME 2,000 NORTH KOREAN SOLDIERS HAVE DIED", False)],
}
NOT = {
 "000": ["about 28,500 troops in South Korea (US troops, not a subject)", "$61 billion", "7.62 mm rifles",
         "1,100 miles (headline)", "5 things, 7 battleground states (headline)", "7 short-range ballistic missiles (headline)",
         "Share 1.2K", "6:30 p.m.", "12 years"],
 "001": ["240 mm multiple rocket launchers and 170 mm self-propelled guns", "¥8.7 trillion", "fiscal 2025",
         "3-way air drill with 2 B-52 bombers (headline)", "157 to the dollar, 0.25% (headline)",
         "36.8 million foreign visitors (headline)", "1 of 3"],
 "002": ["almost a factor of three", "14,218 people", "100 UAH", "72 drones and 6 missiles (headline)",
         "4 injured (headline)", "1.5 billion euros (headline)", "Comments: 27", "3 min read"],
 "003": ["20 years old, the other 26", "12 Ukrainian counterattacks", "eight tanks and 27 armoured vehicles",
         "3,412 views", "USD 101.68, EUR 103.97, CNY 13.87", "1,200 residents (headline)", "$81 per barrel (headline)",
         "Kommersant FM 93.6", "June 2024"],
 "004": ["up roughly 1,000 (a change, not a count)", "about 1,300 square kilometers", "6 August 2024", "about a week",
         "Share 212", "0.2% (headline)", "4 days to go (headline)"],
 "005": ["more than 70 years", "millions of artillery shells", "several hundred kilometers", "hundreds of artillery pieces",
         "10 million people", "14 min read", "47 Percent, 2 Million Americans, $1 Trillion (Most Popular)", "$79.99 a year"],
 "006": ["some 220 pieces of 170 mm self-propelled guns and 240 mm multiple rocket launchers", "30-day ceasefire",
         "600 points (headline)", "3 chipmakers (headline)", "$3,000 an ounce (headline)"],
 "007": ["more than 30 countries", "Comments (3)", "0 shares", "Man, 34 (headline)", "Shrewsbury Town 1 Reading 3 (headline)",
         "4.99%, 2025/26 (headline)", "7am"],
 "009": ["six months", "500,000-strong armed forces (South Korea's own)", "248 kilometers", "61.2 trillion won",
         "KOSPI 2,556.61, 1.2% (headline)", "7-2 (headline)", "14th straight week (headline)"],
 "010": ["18,406 subscribers", "♥ 412, 💬 58", "11 min read", "a few hours", "170 mm Koksan guns and 240 mm rocket launchers",
         "up to 60 km", "10-15 km reach", "tens of thousands of soldiers (conditional, future)", "1,143 paid subscribers, $7/month",
         "Leave a comment (58)"],
 "011": ["6,000 more personnel, 1,000 deminers and 5,000 military construction workers (planned)",
         "27 videos, 19 of them", "within 5 km", "2026", "810 drones (headline)", "3.5 years (headline)", "5 million (headline)"],
 "012": ["1,000 DEMINERS AND 5,000 MILITARY BUILDERS (promised in June: planned)", "FOUR MONTHS", "120-DAY",
         "TRT 0:48", "0:09", "12/13/25", "6PM", "WEATHER 3-DAY, 41 DEGREES"],
}
OFF = ["013", "014"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind12 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "toll of roughly 1,100 (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["002-1", "002-2", "more than 3,000 (Zelensky) against 1,100 (JCS), the same day in one report"],
            ["003-4", "004-1", "toll of roughly 3,000 (NIS) against almost 4,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "close to 4,000 (Kyiv) against 3,000 (Seoul), in one sentence"],
        ],
        "may": [
            ["004-1", "004-3", "Zelensky's new figure against the 3,000 he cited a month earlier: an update by the same speaker"],
            ["006-1", "006-2", "around 3,000 more troops against the roughly 11,000 sent last year: an additional force"],
            ["007-3", "010-1", "some 14,000 sent in total against the initial contingent of about 11,000"],
            ["009-1", "010-1", "roughly 15,000 sent in total against the initial contingent of about 11,000"],
            ["011-1", "011-2", "about 2,000 killed now against roughly 600 in April: the same agency's update, months apart"],
        ],
    },
)
