#!/usr/bin/env python3
"""Write gold.json for the blind67 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

# Attribution strings are matched as lower-case substrings of the system's attribution, so none
# is short enough to hide inside another word ("UK" would match "Ukraine", "US" "Russia").
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Ukrainian president", "Kyiv"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
UKDI = ["Defence Intelligence", "Ministry of Defence", "MoD", "UK Defence", "British"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon", "Defense Department", "defense officials"],
          "something like ten thousand North Korean soldiers are training at bases in Russia's east", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "At least 3,000 had been shipped across in early and mid-October", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "secretary of state", "State Department"],
          "Roughly 8,000 North Korean soldiers have reached Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "defence secretary", "defense secretary", "Pentagon"],
          "North Korea now has about 10,000 soldiers on Russian soil", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False),
         ("troops", "north_korea", 500, None, "about", ["Defence Intelligence", "HUR", "military intelligence", "Ukrain"],
          "the contingent includes about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", ["Defence Intelligence", "HUR", "military intelligence", "Ukrain"],
          "three of them generals", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "has put the size of the North's deployment to Russia at between 10,000 and 12,000 troops in total", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have died in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "putting the North's toll at roughly 1,100 in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "of the about 11,000 North Korean troops sent to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US", "Washington"],
          "several hundred North Koreans were killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses in Russia's Kursk region have passed 3,000 dead and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff had put the North's casualties at around 1,100", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Two North Korean servicemen were taken alive in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "between 11,000 and 12,000 North Korean troops are in the Kursk area", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers are now believed to have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "they put the North's combat losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine captured two North Korean soldiers in the Kursk region last week", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Kyiv's tally of North Korean losses in Russia's Kursk region has climbed to nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's spy agency told lawmakers on Monday that the toll stood at some 3,000", False),
         ("killed", "north_korea", 300, None, "exact", NIS,
          "300 of them dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers captured last week", False),
         ("troops", "russia", 30000, None, "about", ["Estonian military intelligence", "Estonia"],
          "Russia was recruiting about 30,000 soldiers a month", True)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "Some 3,000 additional North Korean soldiers left for Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "an initial deployment that the JCS puts at about 11,000 troops", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Combined North Korean casualties, it said, now stand at around 4,000", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers have been deployed to Russia since last autumn", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", UKDI,
          "North Korean troops fighting for Russia have probably suffered more than 4,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Seoul's spy agency said this week the toll was around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them killed", False),
         ("casualties", "russia", 950000, None, "about", UKDI,
          "Russia's own losses since February 2022 were likely to be approaching 950,000 killed and wounded", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state news agency", "Kim Jong Un", "North Korea", "Pyongyang"],
          "Nine of them died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed since the deployment began", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "roughly 10,000 North Korean troops remain in Russia's border areas on guard duty", False)],
}
NOT = {
 "000": ["a small number had gone west (no figure)", "about 28,500 troops in South Korea (US troops, not a subject)",
         "1950-53 Korean War", "$425 million package", "1,200 more loitering munitions (headline)",
         "$895 billion (headline)", "155mm, 2 years (headline)", "Share 2.1K", "Comments (184)", "5 days a week",
         "5 min read", "since 2016"],
 "001": ["146 partners", "Share 1,046", "several hundred square kilometres", "death toll rises to 158 (headline)",
         "5 days to go, 70 million votes (headline)", "£40bn (headline)", "7am GMT", "Comments (1,046)"],
 "002": ["Share 412", "Views 18,934", "96 drones, 60 shot down over 14 oblasts (headline)",
         "1,590 soldiers in a day (headline)", "2 killed, 11 injured (headline)", "more than 100 km", "155mm",
         "6 August", "2,000+ readers"],
 "003": ["KOSPI 2,435.93 ▼1.95%, KOSDAQ 673.72, USD/KRW 1,451.9 (ticker)", "Share 56",
         "6 bills (headline)", "3 generals questioned (headline)", "1,450 per dollar, 2009 (headline)",
         "self-propelled guns and rocket launchers (no number)"],
 "004": ["312 shares", "2 min", "roughly 1,300 square kilometres", "34th month", "about 1,000 kilometres",
         "August 6", "78 missiles and 106 drones (headline)", "15th sanctions package (headline)",
         "3 purposes, 821 vendors"],
 "005": ["born in 2005 and 1999", "Share 1.7K", "3 min read", "kills 13, injures 113 (headline)",
         "2 F-16s (headline)", "$5 a month", "20,000 members"],
 "006": ["Views 3,204", "-4°C", "KOSPI 2,489.56", "1 ballistic missile (headline)", "2.5 tril. won (headline)",
         "wounded in the jaw / both legs (the two prisoners' wounds, not a count)"],
 "007": ["Share 88", "3 min read", "two T-90 tanks and an armoured vehicle", "almost a third higher",
         "5.4% of GDP from 2026 (headline)", "14 flights cancelled (headline)"],
 "008": ["3K more (title only)", "Share 2K", "several billion dollars since 2023", "small groups of about a dozen",
         "$5 a month, $50 a year", "20+ years of archives", "240mm launchers (headline)", "6 new destroyer hulls (headline)"],
 "009": ["Share 640", "Nikkei 36,045.38 +0.57%", "18:20 JST", "Pyongyang may send more troops (no number, planned)",
         "¥8.7 trillion (headline)", "3 firms to delist (headline)", "14 types of cookies"],
 "010": ["28 April", "3(F) Squadron, 12 sorties", "Share 233", "4 mins", "14 new Challenger 3 tanks (headline)",
         "£1bn frigate (headline)", "3 stories"],
 "011": ["1,000 deminers and 5,000 military builders (planned, Shoigu's June pledge)",
         "about 5,000 more military construction workers (planned)", "about 120 days",
         "more than 1.5 million square metres", "Share 1.2K, 47 comments", "6 min read",
         "3 new memorial sites", "15.8% (headline)", "2 short-range missiles (headline)", "40,000 readers"],
}
OFF = ["012", "013"]
DUP = {"014": "009"}

goldlib.write(
    "Gold labels for the blind67 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one paragraph"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against the NIS's 3,000 restated in the same paragraph: the conflict with 006-3 is the one to tell"],
            ["001-2", "002-1", "about 10,000 in all of Russia (Austin) against 11,000 in Kursk alone (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["000-1", "002-1", "about 10,000 training in Russia's east (Pentagon) against 11,000 in Kursk (Zelensky), seven days apart: the bands touch"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["003-5", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-5", "004-2", "several hundred (US official) against around 1,100 (JCS): a vague figure"],
            ["008-1", "008-2", "some 3,000 additional troops against an initial 11,000: an additional force"],
        ],
    },
)
