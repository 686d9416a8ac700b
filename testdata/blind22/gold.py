#!/usr/bin/env python3
"""Write gold.json for the blind22 set from the compact table below.

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
PENT = ["Singh", "Pentagon", "Defense", "U.S.", "US "]
MND = ["Jeon", "Defense Ministry", "Ministry of National Defense", "defence ministry", "South Korea", "Seoul",
       "military", "National Intelligence Service", "NIS"]
JCS = ["Joint Chiefs of Staff", "JCS", "Lee Sung-jun", "South Korea", "Seoul", "military"]
HUR = ["Yusov", "HUR", "Defence Intelligence", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "exact", PENT,
          "Last week you said 3,000.", True),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Ukrainian military intelligence says the contingent includes some 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "some 500 officers and three generals", True)],
 "001": [("troops", "north_korea", 10000, 12000, "range", MND,
          "somewhere between 10,000 and 12,000 North Korean troops have been sent to Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The spy agency estimated that nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's losses at around 1,100 in total.", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 North Koreans who South Korea believes are now in Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "US official"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 of them have been killed or wounded so far", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "about 1,100 North Korean soldiers had been killed or wounded", False)],
 "004": [("captured", "north_korea", 2, None, "exact", HUR + ZEL + ["President", "Special Operations Forces", "SBU"],
          "took two soldiers of the DPRK army prisoner in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "Your service said in November that about 11,000 North Korean troops were in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 North Korean soldiers have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Korean soldiers captured on Saturday", False),
         ("troops", "north_korea", 11000, None, "exact", ["Western officials"],
          "The 11,000-strong contingent arrived in the autumn, Western officials say", False),
         ("casualties", "north_korea", 3000, None, "exact", ["Sokol", "correspondent", "GlobalView"],
          "Just three weeks ago the count was 3,000.", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's casualties to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "South Korea believes about 11,000 North Korean soldiers are in Russia", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukraine's president", "Kyiv"],
          "Ukraine's president said nearly 4,000 North Koreans had been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has for weeks put it at between 11,000 and 12,000", False)],
 "009": [("troops", "north_korea", 3000, None, "more_than", JCS,
          "North Korea additionally dispatched more than 3,000 troops to Russia", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "This is on top of the roughly 11,000 sent from October last year.", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "North Korean forces have suffered some 4,700 casualties, killed and wounded combined", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "By our count, more than 4,000 North Korean soldiers have been killed or wounded", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of those were killed", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Lawmakers"],
          "about 3,000 of those 15,000 were sent as reinforcements in January and February", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "some 15,000 North Koreans had been sent", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "in September it put the dead at around 2,000", False),
         ("casualties", "north_korea", 4000, None, "about", ["Kyiv", "Zelensky", "Ukrain"],
          "When Kyiv said \"nearly 4,000\" casualties last January", False),
         ("casualties", "north_korea", 3000, None, "about", ["Seoul", "South Korea", "NIS"],
          "Seoul said about 3,000 on the same day", False)],
}
NOT = {
 "000": ["send 12,000 in all by December (planned)", "14 partner nations", "56th Security Consultative Meeting",
         "$425 million", "155mm and 105mm artillery rounds", "30 armored vehicles",
         "roughly 100 operators (US THAAD crew, not a subject)", "412 shares", "1400 Defense Pentagon, 20301-1400"],
 "001": ["170mm self-propelled guns and 240mm multiple rocket launchers", "18 countries", "5 days", "about 110 aircraft",
         "21 aircraft affected (headline)", "86 minutes (headline)", "Share (87)", "10:30 KST", "04383"],
 "002": ["34°", "2 crashes on I-64", "2:14, 0:48, 1:31", "Share 1.2K", "about 1,300 square kilometers",
         "3 dead, 5 hurt (headline)", "4,500 gifts (headline)", "8-month deployment (headline)", "Comments (64)"],
 "003": ["3:42", "$15 a month", "August 2024", "Around 90% of the front-line fighting",
         "78 missiles, 106 drones (headline)", "20,000 detainees (headline)", "5 things", "1 email"],
 "004": ["84th Airborne brigade", "born in 1999 / 2005, served since 2016 / 2021", "waves of 20 to 30 men",
         "170mm guns", "millions of shells", "three months", "Views 18,904",
         "1,560 soldiers in one day (headline)", "25 defenders (headline)"],
 "005": ["19:00 GMT", "1:52, 0:58, 4:07", "Share 3.1K", "Comments 212", "more than a third", "six weeks",
         "13 killed, 113 injured (headline)", "€3 billion (headline)"],
 "006": ["$1 for 3 months", "28°", "5-2", "61-54", "6 cents to $2.91", "7 days a week", "Comments (19)"],
 "008": ["a 12,000-man force (hypothetical)", "3,000 men (columnist's arithmetic)", "a quarter", "a third",
         "three months", "since 2009", "$48 million", "3 reasons", "6 a.m.", "Share 640", "Comments 97"],
 "009": ["about 220 artillery systems", "170mm self-propelled guns and 240mm multiple rocket launchers",
         "10 ballistic missiles (headline)", "11 days", "Share (143)", "11:00 KST"],
 "010": ["71°", "1:45, 0:56, 2:30", "Share 842", "June 2024", "six months", "$12.4 million (headline)",
         "2 injured (headline)", "40,000 (headline)", "Comments (38)"],
 "011": ["2:58", "5:42 AM", "roughly 1.2%", "about 1.28 million (the North's whole active military, not deployed)",
         "92%", "12.4%", "$5 a month", "1 email, 6 days a week"],
 "012": ["1,000 deminers and 5,000 military builders (planned)", "6,000 more soldiers (planned, restated)",
         "billions of dollars", "\"thousands\" (columnist's comment)", "22 years", "two tours", "6 min",
         "Share 1.1K", "Comments 154", "5 dates", "27-20", "5.5%"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind22 set in articles/ (broadcast and briefing copy written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS via lawmakers) against more than 3,000 (Zelenskyy), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), the same day"],
            ["005-1", "006-3", "nearly 4,000 casualties (Zelenskyy) against roughly 3,000 (NIS), the same day"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["000-1", "000-2", "about 10,000 now against 3,000 the week before (Pentagon): a growing deployment, restated in a question"],
            ["005-1", "005-4", "nearly 4,000 against the correspondent's 3,000 of three weeks earlier: a restated old figure"],
            ["012-3", "012-4", "nearly 4,000 (Kyiv) against about 3,000 (Seoul), both restated eleven months later in a column"],
        ],
    },
)
