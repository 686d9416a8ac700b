#!/usr/bin/env python3
"""Write gold.json for the blind116 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "U.S.", "US officials", "Defense"]
REPORTS = ["reports", "media"]
HUR = ["HUR", "military intelligence", "Budanov", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", ["U.S. officials", "US officials", "U.S.", "Pentagon"],
          "U.S. officials said they could confirm only about 3,000 soldiers", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "an initial group of some 1,500 North Korean special forces troops had been shipped to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", ["Blinken", "Secretary of State", "US", "U.S."],
          "more than 10,000 North Korean troops had been sent into eastern Russia", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS + REPORTS,
          "South Korea's spy agency now believes Pyongyang has deployed between 10,000 and 12,000 soldiers", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to Russia have died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been hurt", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "roughly 1,100 North Korean troops have been killed or wounded in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea has about 11,000 troops in Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("troops", "north_korea", 11000, None, "about", REPORTS + ["Western", "South Korean intelligence"],
          "North Korea has sent about 11,000 troops to Russia, according to media reports", False),
         ("casualties", "north_korea", 30, None, "at_least", HUR,
          "at least 30 North Korean soldiers had been killed or wounded", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers alive", False),
         ("troops", "north_korea", 11000, None, "about", REPORTS,
          "North Korea is believed to have sent around 11,000 troops to fight for Russia, reports say", False),
         ("captured", "north_korea", 1, None, "exact", NIS + ["South Korea's intelligence"],
          "a soldier captured in late December died of his wounds a day later", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The new tally puts the North's total losses at roughly 3,000 dead and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "his forces had captured two North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has estimated that 11,000 to 12,000 North Korean troops are in the Kursk area", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "it is already close to four thousand killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers captured last week", False),
         ("troops", "north_korea", 12000, None, "about", ["Kyiv", "Ukrain"],
          "Kyiv has previously estimated that about 12,000 North Korean soldiers were sent to the Kursk region", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS + REPORTS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS + REPORTS,
          "the North's casualties had reached about 4,000, reports say", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
          "the North has dispatched roughly 15,000 soldiers to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's combat losses in Russia's Kursk region have passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the North's casualties at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 killed", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76,000 servicemen killed and wounded during the Kursk operation", False)],
 "011": [("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "UK", "defence ministry"],
          "North Korea has suffered more than 6,000 casualties", False),
         ("killed", "north_korea", 2000, None, "about", NIS + REPORTS,
          "around 2,000 North Korean soldiers have been killed", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "North Korea"],
          "nine of its soldiers had been killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "which the South's National Intelligence Service earlier put at around 2,000 killed", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers, organized in four brigades (planned)", "about 190 miles (300 kilometers)",
         "about 1.2 million active-duty troops (North Korea's army, not a deployment)", "several billion dollars",
         "February 2022", "99 cents", "$4.8 million (related)", "Eagles 28, Central 21", "6 cents", "58°, 41°",
         "14 area towns", "Man, 34", "Share 214", "37 Comments"],
 "001": ["around 1,000 square kilometres", "about 40 per cent", "50p (related)", "18 months, 3-bed (related)",
         "Rovers 2-1 (related)", "30 seconds", "58 shares", "Comments (12)", "01833 000 000"],
 "002": ["170mm self-propelled guns", "240mm multiple rocket launchers", "several hundred million dollars a year",
         "Kim Sun-ok, 71", "1951", "about 20", "4.2% (related)", "3 KTX trains", "12 billion won", "$1.3 billion",
         "6 counties", "Views 3,418", "Facebook 96 / KakaoTalk 41", "Comments 17", "2016"],
 "003": ["14-15 December", "5-10 km from the Russian frontier", "94 explosions", "3,200 households (read also)",
         "2 new school buses", "7 injured (read also, Kharkiv)", "48K subscribers", "2,904 views", "6 comments", "2019"],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "August 2024", "several hundred square kilometres",
         "120 new homes, 300 objections (related)", "2 a day", "3-0", "Share: 31", "Comments: 9"],
 "006": ["about three times the agency's estimate last month", "more than 100 ballistic missiles", "112% of normal",
         "2 new lifts, $15 million", "31-year-old, 1-year deal", "25 cents", "812 partners", "6 a.m.", "💬 52"],
 "007": ["225 km border", "1.4 million hryvnias", "2 drones shot down (read also)", "40 new laptops",
         "15 attacks (read also)", "8 years", "👁 1 876"],
 "008": ["roughly 1,300 square kilometres", "up to 25%", "11.7%, $11.5 billion", "About 100 Russian tourists",
         "since 2020", "106 years, 1919, 17 cities", "$7 billion, 1,204 clicks", "0.3% (988)", "2,311 readers",
         "6 min"],
 "009": ["in his 40s, served 10 years, left in 2014", "70 nations (popular)", "3 islands after 2 years",
         "15% of strawberry crop", "8.1%", "450,000 won", "Comments 22", "Facebook 64"],
 "010": ["about 300 people attended (a rally in Poltava)", "two brigades raised in the region",
         "18-year-olds, 1-year contracts, UAH 1 million (read more)", "4 extra trains", "2 injured (read more)",
         "132 reactions", "47 comments", "3 min read"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "about 2,500 people (Lancashire's Ukrainian community)",
         "2021 census", "24 September", "3 ambulances", "5 things", "2% (more for you)", "£4,000", "10-minute, 15%",
         "👍 96 | 💬 31"],
 "012": ["about 120 days", "August 2024", "hundreds of square kilometres", "5-10 years", "3.2 billion won", "1951",
         "6 years", "8 slopes, 30cm", "4 hospitalised", "2 years", "Views 2,057", "Comments 8"],
}
OFF = ["013", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind116 set in articles/ (written for crosscheck, not copied from news; labelled "
    "without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 against about 3,000 the week before: the same government's update"],
            ["000-1", "000-3", "about 10,000 against an initial group of some 1,500: an earlier first contingent"],
            ["000-2", "000-3", "about 3,000 (US, a week earlier) against some 1,500 (NIS, earlier this month): counts at different times"],
            ["000-2", "001-1", "about 3,000 (US, Oct 23) against more than 10,000 (Blinken, Nov 14): 17 days apart, an earlier count"],
            ["000-2", "001-2", "about 3,000 (US, Oct 23) against 10,000-12,000 (NIS, Nov 14): 17 days apart, an earlier count"],
            ["000-3", "001-1", "an initial group of some 1,500 against more than 10,000: the first contingent, 17 days apart"],
            ["000-3", "001-2", "an initial group of some 1,500 against 10,000-12,000: the first contingent, 17 days apart"],
            ["002-2", "006-2", "close to 1,000 wounded (NIS, December) against some 2,700 (NIS, January): 25 days apart, the agency's own update"],
            ["002-3", "006-3", "about 1,100 (NIS, December) against about 3,000 (NIS, January): 25 days apart, the agency's own update"],
            ["002-3", "007-1", "about 1,100 (NIS) against close to 4,000 (Zelensky): 29 days apart"],
            ["004-1", "004-3", "two captured in January against one captured in December who died: different events"],
            ["004-3", "006-4", "one captured in December against two captured in January: different events"],
            ["004-3", "007-2", "one captured in December against two captured in January: different events"],
            ["007-3", "008-1", "about 12,000 sent against roughly 3,000 additional: an additional force, 43 days apart"],
            ["004-2", "008-1", "around 11,000 sent against roughly 3,000 additional: an additional force, 48 days apart"],
            ["006-5", "008-1", "11,000-12,000 against roughly 3,000 additional: an additional force, 47 days apart"],
            ["006-3", "008-2", "about 3,000 casualties (NIS, Jan 13) against about 4,000 (JCS, Mar 1): 47 days apart"],
            ["008-1", "009-3", "roughly 3,000 additional against about 15,000 in total: the additional force is part of the total"],
        ],
    },
)
