#!/usr/bin/env python3
"""Write gold.json for the blind63 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Department of Defense", "Sabrina Singh", "Singh", "U.S.", "US "]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Ministry of Defence", "MoD", "Russia"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has dispatched roughly 10,000 soldiers to train in eastern Russia, the U.S. Defense Department said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "around 3,000 North Korean soldiers had already been moved to Russia", False)],
 "001": [("casualties", "ukraine", 320, None, "up_to", RUMOD,
          "over the past 24 hours Ukraine lost up to 320 servicemen", False),
         ("casualties", "ukraine", 31000, None, "more_than", RUMOD,
          "the enemy has lost more than 31,000 servicemen", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combined casualties at roughly 1,100, Lee said", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "the Pentagon said it believed between 11,000 and 12,000 North Korean soldiers were in the Kursk region", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "The dead are believed to include at least one officer with the rank of general", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already lost more than 3,000 people in killed and wounded, according to preliminary data, President Volodymyr Zelensky has said", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service had put North Korean casualties at about 1,100", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "including at least 100 dead", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, it said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "a combined toll of about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian forces had captured two North Korean soldiers in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "with nearly 4,000 killed or wounded since they first went into combat, Ukrainian President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's spy agency ... put the North's dead and wounded at about 3,000 in total", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "two North Korean soldiers Ukraine captured last week", False),
         ("killed", "north_korea", 17, None, "exact", ["special operations forces", "Special Operations Forces", "Ukrain"],
          "their drone operators had killed 17 North Korean soldiers in a single assault near the village of Plekhovo", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "An additional 3,000 or so North Korean soldiers were sent to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North initially deployed about 11,000 troops to Russia last fall", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean prisoners of war held by Ukraine", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Gerasimov said Ukraine had lost more than 76,000 troops killed and wounded in the region", False),
         ("troops", "north_korea", 11000, None, "more_than", ["Ukrain", "South Korea", "intelligence"],
          "Ukrainian and South Korean intelligence say Pyongyang has sent more than 11,000 soldiers to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["HUR", "military intelligence", "Ukrain"],
          "North Korea's losses have passed 4,000 killed and wounded, Ukraine's military intelligence agency (HUR) said", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to fight for Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "and has suffered roughly 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead, the National Intelligence Service (NIS) said", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "The South Korean intelligence service, the NIS, ... It estimates that around 15,000 North Korean soldiers have been sent to Russia", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's intelligence agency says it believes about 2,000 North Korean soldiers have died", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the agency had estimated that around 600 North Korean soldiers had been killed", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim Jong Un", "North Korea", "Pyongyang"],
          "where nine of its soldiers were killed, state media reported", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "roughly 10,000 North Korean soldiers remain stationed in the Kursk border area", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 military construction troops had been sent to Russia in stages since September", False)],
}
NOT = {
 "000": ["the total could climb to 10,000 by December (planned)", "up to 12K troops (related headline, planned)",
         "about 54,000 U.S. service members in Japan (not a subject)", "more than 13,000 containers", "1991",
         "18 seats", "216 kph", "0.8% at 39,903, ¥153", "1945", "¥1,800/month", "Share 214", "Comments 37", "September 2023"],
 "001": ["all 397 deputies present", "three tanks, 12 armored combat vehicles, two 155mm howitzers, one HIMARS",
         "six counterattacks", "194 tanks and 1,450 armored combat vehicles", "41 unmanned aerial vehicles",
         "about 112,000 residents evacuated", "August 6", "Views: 18,406",
         "over 1,500 troops in past day (related headline)", "25% (related headline)"],
 "002": ["240 mm multiple rocket launchers, 170 mm self-propelled guns", "180 days", "1,450 per dollar, 2009 (headline)",
         "3 dead, 12 injured (headline)", "Dec. 27", "2nd solo album", "5 stories", "Facebook 1.2K"],
 "003": ["78 missiles and 106 drones (read-also headline)", "1,430 occupiers in one day (read-also headline)",
         "46 Kursk-based positions (read-also headline)", "2,846 (views)", "almost three times"],
 "004": ["born in 2005", "August 2024", "several hundred square kilometres", "400 km (headline)",
         "death toll rises to 24 (headline)", "24 hours (headline)", "Share: 1,035", "Comments 88", "3 min"],
 "005": ["groups of 20 to 30 (how they advance)", "1,059th day", "$61 billion (headline)", "kills 4 (headline)",
         "4 minute read"],
 "006": ["about a month", "1949 Geneva Convention", "paras 4-6", "0.75, 9 years (headline)",
         "0.25 percentage point, 2.75 pct (headline)", "29.2 pct (headline)", "Share 97"],
 "007": ["three-day ceasefire from May 8 (headline)", "1% (headline)", "55 million (headline)", "11:05 AM GMT+9"],
 "008": ["some 12 million artillery shells", "about 220 artillery pieces", "two rounds", "80th anniversary",
         "25 million USIM cards (headline)", "20 points (headline)", "13th straight week", "3 weeks (headline)",
         "Share 342", "56 comments"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 sappers and builders (headline, planned)",
         "second time in two weeks", "three hours", "more than 2,000 residential buildings", "roughly 60 percent",
         "8.6 billion rubles", "up to four years in prison", "€5 a month", "29,000 readers",
         "Two North Korean POWs (more-from headline)", "3.7 trillion rubles", "five maps"],
 "010": ["6,000 military engineers and builders (planned)", "8.8 trillion yen", "fiscal 2026", "Hwasong-20",
         "35.0 degrees, 23rd day (headline)", "908,000 (headline)", "24 hours a day"],
 "011": ["528th Engineer Regiment", "120-day mission", "1,000 deminers and 5,000 builders (June agreement, planned)",
         "37 decorations", "$9.99 per month", "580,000 documents", "2 short-range ballistic missiles (headline)",
         "1,200 visitors (headline)", "Share 611", "Comments (14)"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind63 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["003-1", "003-2", "the same conflict, with NIS's 1,100 restated inside Zelensky's article"],
            ["005-1", "005-2", "the same conflict, with NIS's 3,000 restated inside Zelensky's article"],
            ["000-1", "000-2", "about 10,000 (Pentagon, Oct 28) against NIS's week-old 3,000 'already moved': a build-up"],
            ["006-1", "006-2", "an additional 3,000 against about 11,000 initially: an additional force"],
            ["010-1", "010-2", "NIS's new 2,000 dead against its own April estimate of 600, restated"],
        ],
    },
)
