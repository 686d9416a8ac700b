#!/usr/bin/env python3
"""Write gold.json for the blind103 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "Defense Intelligence", "HUR", "GUR", "military intelligence", "Ukrain"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "MoD", "Russia"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
UKDI = ["British Defence Intelligence", "Defence Intelligence", "British", "UK", "Ministry of Defence"]
GS = ["General Staff", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around 11,000 infantrymen of the Korean People's Army are now at Russian ranges in the Far East", False)],
 "001": [("casualties", "ukraine", 300, None, "more_than", RUMOD,
          "the Ukrainian armed forces lost more than 300 servicemen", False),
         ("casualties", "ukraine", 28300, None, "more_than", RUMOD,
          "since hostilities in the Kursk direction began, the enemy has lost over 28,300 servicemen", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US"],
          "claimed that about 10,000 North Korean soldiers had been sent to eastern Russia for training", False)],
 "002": [("wounded", "ukraine", 8, None, "exact", ["Kiper", "Governor", "Odesa"],
          "A Russian drone attack on Odesa overnight injured eight people", True),
         ("casualties", "russia", 1610, None, "exact", GS,
          "Russia has lost 1,610 troops over the past day", True),
         ("casualties", "russia", 720000, None, "about", GS,
          "bringing its total losses since the start of the full-scale invasion to about 720,000", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers have been deployed to Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", ["State Department", "Miller", "U.S.", "US"],
          "more than 10,000 North Korean soldiers had been sent to eastern Russia", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's total losses in the Kursk region at roughly 1,100 killed and wounded", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead, the NIS said, was at least one officer of general rank", True),
         ("casualties", "north_korea", 200, None, "about", HUR,
          "North Korean units lost about 200 men killed and wounded in three days of assaults", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Singh", "U.S.", "US"],
          "between 11,000 and 12,000 North Korean troops were now in the Kursk region", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 soldiers from North Korea have already been killed or wounded in the Kursk region", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces had taken two North Korean servicemen prisoner in Russia's Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky said that more than 3,000 North Korean soldiers had already been killed or wounded there", False)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's losses in the war against Ukraine have reached roughly 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["SBU", "Ukrain"],
          "Ukraine is holding two North Korean soldiers taken prisoner on Jan. 9", False),
         ("troops", "north_korea", 11000, None, "about", ["Western governments", "Western", "Kyiv"],
          "the North Korean contingent, which Western governments put at around 11,000 in autumn", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the losses of the North Korean army are already nearly four thousand killed and wounded", False),
         ("casualties", "russia", 38000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 38,000 Russian soldiers have been killed or wounded in the Kursk operation", False),
         ("killed", "russia", 15000, None, "about", ZEL + ["Syrskyi"],
          "around 15,000 of them irrecoverable losses", True),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrinform", "Armed Forces", "Ukrain"],
          "on January 11 Ukraine's Armed Forces captured two soldiers of the North Korean army", False)],
 "009": [("casualties", "ukraine", 190, None, "more_than", RUMOD,
          "Over the day, the enemy lost more than 190 servicemen", False),
         ("casualties", "ukraine", 66000, None, "more_than", RUMOD,
          "Ukrainian losses in the Kursk direction since the beginning of the hostilities have exceeded 66,000 troops", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Pyongyang had dispatched about 3,000 additional servicemen to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 it had allegedly sent in the autumn", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the casualties include roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 troops to Russia in total", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR + ["Yusov"],
          "the North Korean contingent has lost more than 4,000 soldiers killed and wounded", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Pyongyang", "North Korea"],
          "nine of the regiment's servicemen had been killed while carrying out their mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", UKDI,
          "North Korean forces had most likely suffered more than 6,000 casualties", False),
         ("casualties", "russia", 1000, None, "about", UKDI,
          "put Russia's daily losses in 2025 at roughly 1,000 killed and wounded", True)],
}
NOT = {
 "000": ["the first 2,600 to be moved to Kursk by 1 November (planned)",
         "Pyongyang getting 10,000 soldiers ready to send (Zelensky, planned)", "five training grounds",
         "6,500 kilometres", "82-mm mortars", "170-mm Koksan", "1,380 soldiers and 11 tanks (headline)",
         "three injured, 14 windows (headline)", "since 2014", "100 UAH", "18,400 readers", "412,000 subscribers",
         "Share 1.2K", "47 comments"],
 "001": ["seven attacks", "two tanks, four armored combat vehicles, six motor vehicles, three guns", "155mm M777",
         "two multiple rocket launchers", "about 10 km", "206 tanks, 140 IFVs, 1,315 armored vehicles", "52 drones",
         "3.2% (headline)", "over 1,000 Kursk residents receive housing (headline)", "TASS 120 years"],
 "002": ["90 drones and 6 missiles", "12-year-old", "two apartment buildings", "12 tanks and 38 artillery systems",
         "170-mm, 240-mm", "eight oblasts", "13:52", "90 days, Feb. 7, 2025",
         "50,000 Russian troops near Kursk (headline)", "7 ballistic missiles, 2 injured (headline)",
         "$5 a month, 11,800 people", "Share 2.4K, Comments 58", "6 min read"],
 "003": ["240-mm, 170-mm", "August 6", "1,830 soldiers (headline)", "€1.4 billion (headline)",
         "2 killed, 9 injured (headline)", "29%, 95K", "Views 14,233"],
 "004": ["more than 1,000 attack drones, nearly 800 guided aerial bombs, about 20 missiles",
         "groups of 20 to 30 (size of assault groups)", "hundreds of lives", "1 killed, 15 injured (headline)",
         "6 oblasts, 500,000 without heating (headline)", "100 UAH", "Share 3.1K, 132 comments"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "1.2 million subscribers",
         "13.5 trillion rubles, 32% (headline)", "26 new holidays (headline)", "5 euros", "Share 4.8K"],
 "006": ["almost threefold in less than a month", "Jan. 9", "170-mm guns and 240-mm rocket launchers",
         "about a week", "1953", "14,000 members, $5", "410,000 soldiers (headline)", "13 killed, 113 injured (headline)",
         "100-day (headline)", "Share 1.9K, Comments 41"],
 "007": ["55 Shahed drones, 3 Iskander-M, 34 shot down", "120,000 consumers (headline)", "25 children (headline)",
         "2,871 views", "Founded 1918"],
 "009": ["three armored vehicles, eight motor vehicles, two 82-mm mortars", "403 tanks and 2,460 armored vehicles",
         "March 13", "20 billion rubles", "about 4,600 residents evacuated (civilians, no metric)", "71 drones, 37",
         "21% (headline)", "two children injured (headline)", "3.1 million subscribers", "6,419 views, 18 comments"],
 "010": ["April 28", "2024 treaty", "$20 billion", "60% of shells", "1,270 soldiers (headline)",
         "3 killed and 42 injured (headline)", "5,104 views"],
 "011": ["another 2,000 to 3,000 soldiers (planned)", "millions of artillery shells", "two years",
         "roughly half of its artillery shells", "9 injured (headline)", "960,000 troops (headline)", "41.45", "95K",
         "Views: 9,870"],
 "012": ["1,000 deminers and 5,000 military builders (planned)", "about four months",
         "more than 200 square kilometres", "2027", "1.2 billion rubles", "about 3 hectares",
         "12.9 trillion rubles (headline)", "€10 a month, 180K", "Share 640, Comments 27"],
}
OFF = ["013", "014"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind103 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-1", "007-1", "about 3,000 casualties (NIS) against nearly four thousand (Zelensky), three days apart"],
        ],
        "may": [
            ["009-3", "009-4", "about 3,000 additional against roughly 11,000 in the autumn: an additional force"],
        ],
    },
)
