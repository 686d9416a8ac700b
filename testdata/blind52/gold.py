#!/usr/bin/env python3
"""Write gold.json for the blind52 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "spy service", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Department of Defense"]
STATE = ["Blinken", "State Department", "Secretary of State", "US officials", "U.S. officials"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "British", "United Kingdom", "U.K."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military"]
HUR = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
KCNA = ["Korean Central News Agency", "KCNA", "Kim Jong Un", "state media", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON + ["Singh"],
          "Around 10,000 North Korean soldiers have been sent to eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "National Security Council", "White House"],
          "at least 3,000 North Korean troops had arrived in Russia by early October", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "An initial contingent of about 1,500 special forces was ferried from the port of Chongjin", False)],
 "001": [("troops", "north_korea", 10000, None, "about", STATE,
          "Of the estimated 10,000 North Korean soldiers now inside Russia", False),
         ("troops", "north_korea", 8000, None, "about", STATE,
          "roughly 8,000 have moved to the Kursk border region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False)],
 "003": [("casualties", "north_korea", 200, 900, "vague",
          ["U.S. military official", "US military official", "senior U.S.", "senior US", "U.S. official", "US official"],
          "Several hundred North Korean troops have been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Between 11,000 and 12,000 North Korean troops are now in the Kursk region, according to the Pentagon", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from the roughly 10,000 it reported sending to eastern Russia in October", False)],
 "004": [("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers have died in combat since early December", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", UKMOD,
          "Britain's Ministry of Defence has put the size of the force at about 11,000", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean troops killed and wounded in Russia's Kursk region has already passed 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "roughly 1,100 North Korean casualties since the troops first went into combat this month", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts Pyongyang's total losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"] + NIS,
          "Ukrainian forces had taken two North Korean soldiers prisoner in Kursk", False),
         ("casualties", "russia", 800000, None, "more_than", UKMOD,
          "Russia's own casualties have now passed 800,000 killed and wounded since February 2022", False),
         ("casualties", "russia", 1500, None, "about", UKMOD,
          "with losses averaging about 1,500 a day last month", True)],
 "008": [("killed", "north_korea", 20000, None, "exact", ["post", "social media", "Facebook", "viral", "online"],
          "20,000 North Korean soldiers have been killed fighting for Russia in the Kursk region", True),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukrain"],
          "North Korean losses in Kursk now stand at close to 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "around 300 killed and 2,700 wounded", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff", "Moscow"],
          "Gerasimov said Ukraine had lost more than 76,000 troops killed and wounded in the region", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "The country has suffered more than 4,000 killed and wounded in Kursk, according to Ukraine's military intelligence chief", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered roughly 4,700 casualties fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them some 600 dead, South Korea's spy agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 troops Pyongyang has sent to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 arrived as reinforcements in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "its military intelligence put the North's losses at \"over 4,000\" in March", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops had deployed to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them had been killed or wounded", False),
         ("troops", "russia", 50000, None, "more_than", ["Syrskyi", "Syrsky", "commander-in-chief", "Ukrain"],
          "where Russia has massed more than 50,000 troops, according to Ukraine's commander-in-chief, Oleksandr Syrskyi", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "said nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of the roughly 15,000 it says Pyongyang sent", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had also been moving to Russia since September", False)],
}
NOT = {
 "000": ["a total of around 12,000 troops in four brigades (planned)", "$61 billion", "roughly 690 kilometers (430 miles)",
         "about 28,500 US troops in South Korea (not a subject)", "1953", "12 injured (headline)", "5 points (headline)",
         "2 dead (headline)", "142 partners", "1,248 Comments", "5 days a week", "4 min read", "since 2017"],
 "001": ["previous 48 hours", "170mm self-propelled guns, 240mm multiple rocket launchers", "about 300 kilometers (190 miles)",
         "$425 million package", "$3.6B, 155mm (headline)", "1,200 more JLTVs by 2026 (headline)", "7% (headline)",
         "eight years", "Share 214", "Comments (37)"],
 "002": ["several hundred square kilometres, about 600 sq km, 1,300 sq km", "6 August", "third year",
         "Hwasong-19, 86 minutes", "50 states (headline)", "72 hours (headline)", "at least 30 killed in Gaza (headline)",
         "1,360 personnel, 9 tanks, 34 artillery systems (sidebar widget)", "Comments (1,104)", "£2 a month"],
 "003": ["$988 million", "M1A1 Abrams", "roughly $5.6 billion", "94 missiles and 193 drones (headline)",
         "Ex-soldier, 22, 3 wounded (headline)", "Share 863", "245 comments", "7 days a week"],
 "004": ["11th Airborne Corps", "early 20s", "£2.26 billion", "a further 10,000 Ukrainian recruits in 2025 (planned training)",
         "more than 1,000 km", "Pentagon puts North Korean force in Kursk at 12K (other story's headline)",
         "200 tankers (headline)", "15km (headline)", "£1 for 3 months", "37 cookie settings", "Comments 412"],
 "005": ["170mm, 240mm", "Dec. 4", "Article 4", "kills 1, 6 embassies (headline)", "2 oil depots (headline)",
         "1 in 4 (headline)", "Share 1.1K", "2:41", "Comments (89)"],
 "006": ["February 2022", "2:14", "death toll rises to 24 (headline)", "Man, 34, two stabbed (headline)",
         "1-1, 5-3 (score)", "173 partners", "Share 2.3K"],
 "008": ["38-second video", "November 2023", "viewed more than 1.2 million times", "1,942 shares",
         "shared thousands of times", "charity number 1158683", "£5", "2019 parade (headline)",
         "500,000 square kilometres (headline)", "more than 40,000 subscribers", "3 essential, 12 analytics"],
 "010": ["last August", "some 5 miles", "kills 12, injures 90 (headline)", "15-minute (headline)", "56% (headline)",
         "Share 1.5K"],
 "011": ["5,000-tonne destroyer (headline)", "30-hour truce (headline)", "3 times a week", "208 comments",
         "68 partners", "Share 1,087"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "as many as 30,000 more soldiers (could send, planned)", "second trip in two weeks",
         "more than 12 million artillery shells, 152mm and 122mm", "220 pieces of artillery",
         "$1.2B, 24 batteries (headline)", "$848.3B, 3 things (headline)", "41 Russian aircraft (headline)",
         "12 years", "Share 96", "Comments (22)"],
 "014": ["four months", "June 2024", "$34 million in 2023", "3 inches, 40,000 without power (headline)",
         "27-24 (headline)", "5 things (headline)", "7 days a week", "Comments (58)"],
}
OFF = ["009", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind52 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["005-1", "005-2", "more than 3,000 casualties (Zelenskyy) against roughly 1,100 (JCS), the same day"],
            ["006-3", "008-2", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-3", "about 10,000 in Russia against an initial contingent of about 1,500 reported ten days earlier: a part"],
            ["000-2", "000-3", "at least 3,000 against the initial 1,500 contingent: a part"],
            ["000-3", "001-1", "the initial 1,500 contingent against about 10,000: a part"],
            ["000-3", "001-2", "the initial 1,500 contingent against about 8,000 in Kursk: a part"],
            ["000-1", "002-1", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch"],
            ["001-1", "002-1", "about 10,000 in Russia (Blinken) against 11,000 in Kursk (Zelensky): the bands touch"],
            ["003-2", "003-3", "11,000-12,000 now against the roughly 10,000 of October, restated as an earlier figure: the bands touch"],
            ["003-1", "005-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
            ["003-1", "005-2", "several hundred casualties (US official) against roughly 1,100 (JCS): a vague figure"],
            ["008-1", "008-3", "a viral post's 20,000 killed, quoted to be refuted, against the NIS's 300"],
            ["006-1", "008-1", "the NIS's 300 killed against a viral post's 20,000, quoted to be refuted"],
            ["011-3", "011-4", "about 15,000 in all against about 3,000 reinforcements: a part"],
            ["014-3", "014-4", "roughly 15,000 sent against some 5,000 construction troops also moving: an additional force"],
            ["014-1", "014-2", "nine engineers killed clearing mines (KCNA) against about 2,000 killed in the fighting (NIS): another group, an additional force"],
        ],
    },
)
