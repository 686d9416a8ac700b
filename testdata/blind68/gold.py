#!/usr/bin/env python3
"""Write gold.json for the blind68 set from the compact table below.

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
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "Joint Chiefs", "South Korea", "Seoul"]
KCNA = ["Korean Central News Agency", "KCNA", "Kim Jong Un", "state media", "North Korea", "Pyongyang"]
PENTAGON = ["Pentagon", "Washington", "U.S.", "US"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed since Pyongyang's troops went into combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, that comes to roughly 1,100.", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the troops belong to a force of around 11,000 that Pyongyang shipped to Russia's Far East", False)],
 "001": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 24, 99, "vague", ["special forces", "Ukrain"],
          "special forces said they had killed or wounded dozens of North Korean soldiers", True)],
 "002": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's losses in its first weeks of fighting for Russia against Ukraine have reached about 3,000 troops", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain", "security service"],
          "two North Korean soldiers had been taken prisoner by Ukraine", False)],
 "003": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The number of North Korean soldiers killed or wounded in the Kursk operation is now close to 4,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured in the Kursk region last weekend", False)],
 "004": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly three thousand additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The reinforcements joined an original contingent of around 11,000 that arrived last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Some 4,000 North Koreans have been killed or wounded, by the Joint Chiefs' count", False)],
 "005": [("troops", "north_korea", 11000, 12000, "range", ["Western and South Korean officials", "Western", "South Korea"],
          "Western and South Korean officials believe Pyongyang sent 11,000 to 12,000 troops last autumn", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Ministry of Defence", "MoD", "UK"],
          "North Korean casualties had probably passed 4,000 by March, the UK's Ministry of Defence said", False)],
 "006": [("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers North Korea has sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead, according to the National Intelligence Service", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Defence Ministry", "Russia", "Moscow"],
          "the enemy lost more than 76,000 servicemen in the Kursk direction", False)],
 "008": [("killed", "north_korea", 600, None, "about", NIS,
          "Seoul's spy agency estimated in April that about 600 North Korean soldiers had died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "and that around 15,000 had been deployed in total", False),
         ("killed", "north_korea", 24, 99, "vague", KCNA,
          "State media did not say how many soldiers had been killed; the ceremony showed dozens of portraits", True)],
 "009": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have died fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "It estimates that some 15,000 were sent for the fighting", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Around 1,000 deminers are already working in the Kursk region, the NIS said", False)],
 "010": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "On October 28, 2024, the Pentagon said about 10,000 North Korean soldiers had been sent to eastern Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS,
          "South Korea's National Intelligence Service was telling lawmakers the force numbered more than 10,000", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "the Pentagon's own figure soon settled at 11,000 to 12,000", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Volodymyr Zelensky said on December 23 that more than 3,000 had been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "In January Ukraine captured two soldiers alive", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the NIS had raised its estimate of the force sent to roughly 15,000", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "and of the dead to about 600", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Its September update put the number killed at around 2,000", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops remain stationed in Russia's border areas", False)],
 "011": [("killed", "north_korea", 9, None, "exact", KCNA,
          "disclosed that nine of its soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service estimated in September that about 2,000 North Korean soldiers had been killed", False)],
}
NOT = {
 "000": ["240mm multiple rocket launchers and 170mm self-propelled guns", "at least one general-grade officer",
         "first half of 2025", "Share 214", "1,450 per dollar, March 2009 (headline)", "180-day review (headline)",
         "3 soldiers hurt in training accident (headline, South Korean)", "45,000 concertgoers (headline)",
         "673 trillion won (headline)", "20 cm of snow (headline)", "joined the desk in 2013", "7 a.m."],
 "001": ["15th and 16th sanctions packages", "70 Shahed-type drones, 52 shot down", "500,000 homes (headline)",
         "€50 billion loan (headline)", "3 million visitors (headline)", "Comments 86", "Share 1.2K", "5 stories"],
 "002": ["born in 2005 and 1999", "one soldier tried to set off a grenade", "31°", "Lakers 112, Nets 98",
         "4-13 season", "$1 for 6 months", "Comments (57)", "death toll rises to 24 (headline, LA fires)",
         "7.1 magnitude quake, 126 killed (headline)"],
 "003": ["1,740 personnel, 8 tanks, 23 artillery systems, 64 UAVs (General Staff widget: Russian losses)",
         "819,890 personnel since 24.02.2022 (widget)", "9 killed, 46 injured in Zaporizhzhia (headline)",
         "49 defenders (headline)", "6 regions (headline)", "$5 a month, 18,000 members", "4,2K views",
         "Comments 118", "2 min read"],
 "004": ["KN-23", "about 220 pieces of artillery, 170mm guns, 240mm rocket launchers", "9 million artillery rounds",
         "since 2023", "within 10 kilometers", "since 2009, 6 years", "312 comments", "25% tariffs (headline)",
         "300 measles cases (headline)", "10 best spots (headline)", "top 8 stories", "$4 every 4 weeks", "5 min read"],
 "005": ["June 2024 treaty", "Article 4", "two villages", "two days after", "250,000 (headline)",
         "50m people (headline)", "343 ridings (headline)", "£1", "Share 3.1K", "Comments 1,284"],
 "006": ["$20 billion", "May 9", "46% (headline)", "5,000-ton destroyer (headline)", "0.6%, 2,556 (headline)",
         "17 million tourists (headline)", "6.7 trillion won (headline)", "Share 96"],
 "007": ["1,000 sappers and 5,000 military construction workers (planned)", "second visit in two weeks, third since March",
         "June 19, 2024", "nearly 20,000 guests", "1.2 billion rubles (headline)", "87 flights delayed (headline)",
         "Telegram 2.4K", "1963042 in the address"],
 "008": ["dozens of portraits (optional vague claim above)", "3 editions daily"],
 "009": ["5,000 military construction workers (planned, to go in stages)", "more than three times its spring estimate",
         "80th anniversary", "about 12 (a child's age)", "8.7% (headline)", "7.5%, 66.3 trillion won (headline)",
         "128 reactions"],
 "010": ["12K troops, 2K dead (the article's own headline, restating the body)",
         "1,000 deminers and 5,000 military builders (planned)", "one casualty for every three soldiers (ratio)",
         "1.5 million artillery shells", "since 1953", "10 Hero of the DPRK titles", "due to open in 2026",
         "12 years at the Foreign Office", "38th parallel at 75 (headline)", "Russia's 1.1 million casualties (headline)",
         "episode 212", "$9.99 a month", "47 comments", "Share (2.3K)", "11 min read"],
 "011": ["120 days", "528th Engineer Regiment", "about 2.4% of its GDP", "shuttle diplomacy in 2026 (headline)",
         "0.75% (headline)", "3 more cases of bird flu (headline)", "2 months free, 1,800 yen", "Share 341"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind68 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-3", "001-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["002-1", "003-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["004-1", "004-2", "roughly 3,000 additional troops against an original 11,000: an additional force"],
            ["005-1", "006-1", "11,000-12,000 sent last autumn against about 15,000 sent in total by April, two days apart: different periods"],
            ["010-1", "010-6", "about 10,000 (Pentagon, October 2024) against about 15,000 (NIS, spring 2025), restated with their dates"],
            ["010-3", "010-6", "11,000-12,000 (Pentagon, late 2024) against about 15,000 (NIS, spring 2025), restated with their dates"],
            ["010-6", "010-9", "about 15,000 sent in total against about 10,000 still stationed: different counts"],
            ["010-7", "010-8", "about 600 killed (spring) against about 2,000 (September), restated with their dates"],
            ["010-1", "010-3", "about 10,000 against 11,000-12,000 (both Pentagon, weeks apart): the bands touch"],
            ["010-3", "010-9", "11,000-12,000 in late 2024 against about 10,000 stationed a year later: the bands touch"],
        ],
    },
)
