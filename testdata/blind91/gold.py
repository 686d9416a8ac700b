#!/usr/bin/env python3
"""Write gold.json for the blind91 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "lawmakers", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Singh", "Defense", "United States", "U.S.", "US", "Washington"]
UKMOD = ["Ministry of Defence", "MoD", "defence intelligence", "UK", "Britain", "British"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"]
GUR = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of some 1,500 soldiers from the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "the agency now believes North Korea has sent between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Part of that force, about 3,000 troops by the agency's count, has been attached to Russian marine and airborne units", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean soldiers had moved to the Kursk region", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "there are somewhere between 11,000 and 12,000 DPRK soldiers in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Singh had said about 10,000 North Korean troops had arrived in Kursk", False),
         ("troops", "north_korea", 12000, None, "up_to", PENTAGON,
          "Pentagon now counts up to 12K North Korean troops in Russia (headline)", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded there has already gone past three thousand", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "have taken roughly 1,100 casualties in all, counting the dead and the wounded together", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Koreans killed and wounded in Russia's Kursk region had already passed 3,000", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 had been injured", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded while fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's losses at around 3,000", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "the roughly 100 deaths the agency cited to lawmakers in December", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in the Kursk region on Jan. 9", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has already lost close to four thousand people killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers captured earlier this month", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("casualties", "ukraine", 50000, None, "more_than", RUMOD,
          "Ukraine has since lost more than 50,000 servicemen killed and wounded in the region", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "approximately 3,000 additional North Korean personnel were dispatched to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "an estimated 4,000 of the North's soldiers have been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korea", "South Korean", "U.S.", "US", "Joint Chiefs", "JCS", "Seoul"],
          "North Korea initially sent about 11,000 troops to Russia last fall", False),
         ("troops", "north_korea", 2000, 9999, "vague", JCS,
          "North Korea has sent thousands of additional soldiers to Russia this year", True)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them are believed to have died", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff"] + RUMOD,
          "the losses of the Kyiv regime during its adventure in the Kursk Region exceeded 76,000 servicemen", False)],
 "012": [("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "North Korean forces have highly likely sustained more than 6,000 casualties", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "In April the agency had put the North's overall casualties at about 4,700", False),
         ("casualties", "russia", 1000000, None, "more_than", UKMOD,
          "more than one million Russian soldiers have been killed or wounded since the full-scale invasion began", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "nine of the unit's soldiers had died during the mission", False),
         ("troops", "north_korea", 11000, None, "about", GUR,
          "around 11,000 North Korean military personnel are on Russian territory today", False),
         ("troops", "north_korea", 2000, 9999, "vague", GUR,
          "several thousand of those are engineers and builders rather than assault infantry", True),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting", False)],
}
NOT = {
 "000": ["a total of 12,000 troops organised in four brigades (planned)",
         "Pyongyang was preparing 10,000 soldiers to be sent (planned, Zelensky)", "4,000-ton Nikolai Vilkov",
         "Oct. 8 and 13", "Share 3,214", "10 days (headline)", "7.5 pct (headline)", "7 ballistic missiles (headline)",
         "1,368.6 against dollar", "14 arrested, 2.8 bln-won (headline)"],
 "001": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "video 2:47",
         "about 10 short-range ballistic missiles (headline)", "155 to the dollar (headline)",
         "more than 40 flights (headline)", "X 812 | Facebook 1.2K | LINE 96", "12:00 JST"],
 "002": ["about 300 kilometers (190 miles)", "more than 13,000 containers", "$7.1 billion", "Jan. 20",
         "10,000 155mm rounds a day (headline)", "$1.2B, 2,000 infantry squad vehicles (headline)",
         "6 ships, down from 9 (headline)", "Share 184 | Comments 57", "eight years", "6 a.m."],
 "003": ["Russia has lost 1,970 soldiers in past day (Read also headline)", "52 of 103 drones (headline)",
         "200,000 consumers (headline)", "15th sanctions package (headline)", "6 injured (headline)",
         "2,418 views", "48K subscribers"],
 "004": ["178 partners", "240mm multiple rocket launchers and 170mm self-propelled guns",
         "strike kills 20 (headline)", "30 German cities (headline)", "3 min reading time"],
 "005": ["born in 2005 / 1999", "Jan. 9", "less than three months",
         "4 minutes, killed 179 (Jeju Air headline)", "1.2% to 2,489", "12 provinces", "30% more for eggs",
         "5 department stores by 2026", "150 won", "Facebook 1,047 | X 233"],
 "007": ["about 1,300 square kilometers", "August 6, 2024", "€5 a month, 31,402 people",
         "6 years (headline)", "14 flights (headline)", "102 to the dollar", "Listen (4 min)",
         "little more than two months"],
 "008": ["about 220 artillery systems", "170mm self-propelled guns and 240mm multiple rocket launchers",
         "Sudzha had about 5,000 residents", "30-day ceasefire", "99¢ for your first 3 months", "48°F",
         "7-13-22-35-41", "$3.2M for Route 9", "61-54", "Comments (12)"],
 "009": ["5,000-ton destroyer Choe Hyon", "898,000 (headline)", "0.6%, 143 against dollar (headline)",
         "1 million visitors in first 2 weeks (headline)", "Share 402", "two days"],
 "010": ["one thousand sappers (planned)", "five thousand military builders (planned)",
         "1,000 sappers, 5,000 military builders (headline, planned)",
         "more than 7,700 units of weapons and military equipment, 417 tanks", "June 19, 2024; Article 4",
         "61 Ukrainian UAVs over 8 regions (headline)", "1,200 km of roads by 2027 (headline)",
         "second time in two weeks"],
 "012": ["1,000 deminers and 5,000 military construction workers (pledged, planned)", "Comments 312",
         "15 years", "12 arrested (headline)", "£35 a year (headline)", "40 drones, 7 miles (headline)",
         "5 things (headline)", "2.8% (headline)", "February 2022", "more than six months"],
 "014": ["465 drones, 30 missiles, 8 injured (banner headline)", "20,000+ readers", "120 days",
         "about four months", "August 2024", "2026", "20-point plan (headline)",
         "2.8 trillion hryvnias (headline)", "$5 a month", "5 years", "since 2014"],
}
OFF = ["011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind91 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against roughly 1,100 (JCS, Dec 24), a day apart"],
            ["005-3", "007-1", "around 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["004-1", "004-2", "the JCS figure against Zelensky's restated in the same article: the same conflict as 003-1~004-1"],
            ["001-3", "002-1", "about 10,000 (Pentagon, restated) against 11,000-12,000 (Pentagon, update): the bands only touch at 11,000"],
            ["002-1", "002-2", "the Pentagon's update against its own earlier estimate restated in the same article"],
            ["005-1", "005-4", "about 300 killed (NIS) against the roughly 100 it cited in December: an update restated in the same article"],
            ["005-4", "007-3", "NIS's December figure restated (about 100 killed) against its January figure (about 300), four days apart"],
            ["008-1", "008-3", "about 3,000 additional troops against about 11,000 sent initially: an additional force"],
            ["008-3", "008-4", "thousands more sent this year (vague) against about 11,000 sent initially: an additional force"],
            ["012-1", "012-3", "more than 6,000 casualties (UK MoD, September) against about 4,700 (NIS, restated from April): months apart"],
        ],
    },
)
