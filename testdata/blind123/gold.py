#!/usr/bin/env python3
"""Write gold.json for the blind123 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its tests or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BUD = ["Budanov", "GUR", "military intelligence", "Ukrain"]
PENT = ["Pentagon", "Ryder", "Defense Department", "United States"]
SERHIY = ["Serhiy", "95th", "paratrooper", "sergeant"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 special forces had already been carried by Russian navy ships from the port of Chongjin to Vladivostok", False),
         ("troops", "north_korea", 11000, None, "about", BUD,
          "roughly 11,000 North Korean infantrymen were training at ranges in Russia's far east", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "Among them, the agency said, are some 500 officers, several of them generals", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "The Pentagon's estimate, given by its spokesman Maj. Gen. Pat Ryder, is about 10,000 in total", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers had been killed in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 more had been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's losses at roughly 1,100 in barely two weeks of fighting, by the agency's own count", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Ri Chol-min", "defector", "officer"],
          "Now we send a few thousand of our young men to save Russia's face in one province", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Volodymyr Zelensky said that more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
         ("killed", "north_korea", 17, None, "exact", SERHIY,
          "By midday, according to Serhiy, his company had killed seventeen of them", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon believes 11,000 to 12,000 North Korean soldiers are in Russia altogether", False),
         ("killed", "ukraine", 2, None, "exact", SERHIY,
          "He lost two men, both to artillery", True),
         ("casualties", "ukraine", 2, None, "exact", SERHIY,
          "He lost two men, both to artillery", True)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Our soldiers have captured two North Korean soldiers in the Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Korean soldiers had been killed in Russia's Kursk region", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "a combined toll the agency rounds to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukraine on 9 January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a force the agency believed was around 11,000 strong in the autumn", False)],
 "006": [("casualties", "north_korea", 60, None, "about", ["Hornet", "drone pilot", "crew"],
          "By his own count his crew of four has hit around 60 of them, killed or wounded, over five weeks", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "Volodymyr Zelensky put the total at nearly four thousand North Korean soldiers killed and wounded in Kursk", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea had sent about 3,000 more soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the roughly 11,000 it had dispatched in the autumn", False),
         ("casualties", "russia", 850000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British"],
          "estimated last month that Russia has suffered more than 850,000 killed and wounded since February 2022", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "general staff", "Russia", "Moscow"],
          "Gerasimov also claimed that Ukraine had lost more than 76,000 troops killed and wounded in the region since August", False),
         ("casualties", "north_korea", 4000, None, "more_than", BUD,
          "Kyrylo Budanov, has said North Korea's losses in Kursk exceed 4,000 killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 troops to Russia in total", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine still holds the two North Korean soldiers its forces captured in January", False)],
 "011": [("troops", "north_korea", 11000, None, "about", BUD,
          "around 11,000 North Korean troops are still in the Kursk region", False),
         ("killed", "russia", 63, None, "exact", ["priest", "church", "Goncharovka"],
          "a list of local people killed during the occupation. There are 63 names", True)],
 "012": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers killed or wounded, out of roughly 15,000 sent", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of roughly 15,000 sent", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Security Service", "SBU"],
          "Two North Korean prisoners of war, captured in January, remain in Ukrainian custody", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "Kyiv"],
          "Seoul and Kyiv agreed the North had sent thousands of soldiers", True)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "215,000-400,000 North Korean dead 1950-53 (Korean War)",
         "600,000 Chinese volunteers killed or wounded (Korean War)", "around 80 pilots, 14 of them (Vietnam)",
         "7.62mm, 82mm mortars, AK-12", "$2,000 a month", "7,000km", "eleven years, 41",
         "Russia's losses pass 690,000 (related headline)", "37 months (archive headline)", "£1 / £6", "47 partners",
         "Share 2.3K, Comments (312)"],
 "001": ["122mm D-30", "eleven shells", "30 kilometres / 50 / 14 kilometres", "600 square kilometres", "22-kilogram shell",
         "320,000 South Koreans in Vietnam, about 5,000 dead (other war, not a subject)",
         "another 300,000 Russians (hypothetical call-up)", "2030", "four vehicles, two BMPs and two trucks", "three rounds",
         "84 of 120 drones (related headline)", "100 days, 7 questions (related headlines)", "$8/month, $80/year", "845 shares"],
 "002": ["a light infantry battalion at home is about 400 men (home unit size)", "3 kilometres",
         "1950 hundreds of thousands of Chinese (Korean War)", "company of 120 men, 11 came back (Korean War, 1951)",
         "13 years, 2019", "One or two (hypothetical defectors)", "$2.4bn (headline)", "71 years (headline)",
         "38,000 readers", "Share 1.1K"],
 "003": ["14 December", "34-year-old", "95th air assault brigade", "FPV drones about $400", "RPG-7", "launch 40 (drones)",
         "Soviet Union lost about 15,000 soldiers in Afghanistan (other war)", "Americans lost some 58,000 in Vietnam (other war)",
         "1,300 square kilometres", "40 percent", "Eleven men came (to a service)",
         "78 drones and 3 missiles (related headline)", "2,914 shares", "12,400 subscribers", "Comments (204)"],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "4,000 kilometres", "75,000 prisoners sent north, 22,000 refused (1953)",
         "Geneva Conventions of 1949", "ceasefire of 40 days (headline)", "€50bn (headline)", "€4.99/month",
         "1,542 shares, 87 comments", "12:48"],
 "005": ["a quarter of its strength", "nine wounded for every soldier killed", "three or four to one (Vietnam)",
         "roughly 620,000 men rotated through Afghanistan (other war)", "1953, 1915", "17 kilometres", "155mm", "38th parallel",
         "14 years", "1.28 million troops (related headline)", "1,000-km front (related headline)", "$25 | $50 | $100",
         "1.2 MB", "50 cm resolution"],
 "006": ["groups of 20, 30 (assault group size)", "8 kilometres", "2 kW", "crew of four",
         "Soviet Union lost about 15,000 soldiers over nine years in Afghanistan (other war)",
         "15,000 hryvnias, $360", "212 drones", "4.5 million drones (headline)", "-18°C (headline)", "19 (headline)",
         "200 UAH/month", "61K", "48,201 views, 96 comments"],
 "007": ["about three weeks", "500 metres", "80th air assault brigade", "30-kilometre", "pairs and threes",
         "536,000 US troops in Vietnam (other war)", "$20 billion", "$25 billion", "40 centimetres",
         "50% off, $39", "$1bn (headline)", "240mm rocket launchers (headline)", "Comments (57), Share 3.4K", "18:42"],
 "008": ["Kim Jong Un, 41", "1960s pilots", "7,000 kilometres", "12,000 containers of munitions (headline)",
         "149 drones, 3 killed in Dnipro (headline)", "200 days (headline)", "212 partners", "Share 2,076, Comments 143"],
 "009": ["'Six hundred' (the restaurant owner repeating the NIS figure)", "26 million people",
         "more than half a million (Korean War casualties)", "a few dozen North Korean airmen (Vietnam)", "1,500 kilometres",
         "50,000 won", "5 candidates, 34 days (headline)", "600mm multiple rocket launcher (headline)",
         "¥8.7 trillion (headline)", "$2 a week", "Comments (318)", "Share 1.9K"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "more than 1,400 houses", "up to 40 percent of the artillery shells",
         "105 kilometres, four hours", "conscript, 19", "1943, 1950", "78", "more than a million mines",
         "100 billion roubles, $1.3 billion", "1 million roubles", "2 GW (headline)", "390 prisoners each (headline)",
         "6 visits (headline)", "€3/month, 30-day trial", "Share 1,307"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "320,000 South Koreans in Vietnam, about 5,000 lost",
         "perhaps 400,000 Chinese dead (Korean War)", "$20 billion, 80 percent", "1,094 pages", "11,000 footsteps (archive headline)",
         "38th parallel at 75", "$48", "Issue 57", "3,288 shares"],
}
OFF = ["013", "014"]
DUP = {"010": "009"}

goldlib.write(
    "Gold labels for the blind123 set in articles/ (long-form features written for crosscheck, not copied from news; "
    "labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, 19 Dec) against more than 3,000 (Zelensky, 23-24 Dec), five days apart"],
            ["005-3", "006-2", "about 3,000 casualties (NIS, 14 Jan) against nearly 4,000 (Zelensky, 17 Jan), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 1,500 already shipped (NIS) against about 11,000 training (Budanov): the first contingent or the whole force"],
            ["007-1", "007-2", "about 3,000 more against roughly 11,000 in the autumn: an additional force"],
            ["002-4", "003-3", "a few thousand (defector, vague) against 11,000-12,000 (Pentagon): a vague figure"],
            ["012-2", "012-4", "roughly 15,000 sent (NIS, April) against thousands (Seoul and Kyiv, October 2024): a vague figure, months apart"],
        ],
    },
)
