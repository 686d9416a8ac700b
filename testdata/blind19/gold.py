#!/usr/bin/env python3
"""Write gold.json for the blind19 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Washington", "U.S.", "US officials"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "an initial group of around 1,500 special operations troops had been ferried from North Korean ports to Vladivostok", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Washington has separately put the number at roughly 10,000", False)],
 "001": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 have died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The North Korean casualties in total come to about 1,100, the NIS estimates", False),
         ("troops", "north_korea", 11000, None, "about", ["Defence Intelligence", "HUR", "Ukrain"],
          "about 11,000 North Korean soldiers had been brought to Kursk Oblast", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Kursk so far", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "about 1,100 North Koreans had been killed or wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "including roughly 100 deaths", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon estimates that 11,000 to 12,000 North Korean troops are in Russia's Kursk region", False)],
 "003": [("troops", "north_korea", 12000, None, "up_to", ["Ukraine", "Western partners", "Western"],
          "According to Ukraine and its Western partners, Pyongyang has sent as many as 12,000 soldiers to Russia", False),
         ("casualties", "ukraine", 45000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia", "ministry"],
          "Ukraine has lost more than 45,000 servicemen killed and wounded in the Kursk region since August", False),
         ("killed", "russia", 80000, None, "more_than", ["Mediazona", "BBC"],
          "have confirmed by name more than 80,000 Russian soldiers killed since February 2022", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly four thousand North Koreans killed or wounded in barely two months, by his account", False),
         ("troops", "north_korea", 11000, None, "about", ["Western estimates", "Western"],
          "the 11,000-odd soldiers that Pyongyang sent across the border in the autumn, by Western estimates", False),
         ("killed", "north_korea", 200, 999, "vague", ["Ukrainian commanders", "Ukrain"],
          "Ukrainian commanders speak of hundreds of men cut down in a single week", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU"],
          "his country's forces have captured two North Korean soldiers in Russia's western region of Kursk", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded while fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's total casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday", False)],
 "007": [("troops", "north_korea", 11000, None, "about", ["South Korea", "Ukraine"],
          "roughly 11,000 North Korean soldiers were initially dispatched last autumn", False),
         ("troops", "north_korea", 3000, None, "about", ["South Korea", "Ukraine"],
          "with around 3,000 more arriving early this year", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["South Korea", "Ukraine"],
          "Thousands are believed to have been killed or wounded", True)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent a total of around 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom about 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The figure includes about 3,000 additional troops dispatched in January and February", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence service said last week that about 4,700 North Koreans have been killed or wounded", False),
         ("casualties", "north_korea", 5000, None, "about", ["Defence Intelligence", "HUR", "Kovalchuk", "Ukrain"],
          "HUR puts it at around five thousand killed and wounded, and that is for Kursk alone", False),
         ("killed", "north_korea", 47, None, "exact", ["Kovalchuk", "Sova", "Special Operations Forces", "Ukrain"],
          "we counted 47 North Korean bodies in front of our positions after a single night", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service estimates that about 15,000 North Korean soldiers have gone to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Defence Ministry", "Ministry of Defence", "Britain", "British", "UK", "MoD"],
          "Russian casualties since February 2022 had passed one million", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
          "nine members of the unit had died during the 120-day mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting", False)],
}
NOT = {
 "000": ["170-mm self-propelled guns and 240-mm multiple rocket launchers", "more than 13,000 containers of artillery shells",
         "about US$2,000 monthly pay", "about three hours", "1960s", "7 short-range ballistic missiles (headline)",
         "1,500 special forces (other story's headline)", "about 10 monitors (headline)", "1.9 pct (headline)",
         "9.18 tln won", "52-year-old", "Facebook 312 X 88 KakaoTalk 1.1K"],
 "001": ["200 kilometres of open farmland", "14-15 December", "768,930 soldiers (General Staff widget headline)",
         "52 of 65 drones (headline)", "$5 a month", "1.3 million subscribers", "Comments (57)", "officers (no number)"],
 "002": ["groups of 20 to 30 men (assault group size)", "1953", "June 2024", "Article 4", "roughly 1,000 kilometers",
         "around 40%", "€1.4 billion", "15 more Leopard 1 tanks (headline)", "78 missiles, 106 drones (headline)",
         "7 a.m.", "146 partners", "Share 1.2K"],
 "003": ["August 6", "400,000 subscribers", "about 10 minutes", "3,500 readers", "€5 a month", "110 to the dollar (headline)",
         "27 injured (headline)", "1.1M followers", "7 min read"],
 "004": ["1950-1953", "June 2024", "more than 6% of its GDP", "shells by the million", "roughly three times",
         "sixteenth package", "€50 billion", "sixth month (headline)", "13.5 trillion rubles (headline)", "Comments (31)",
         "3 min read", "6 pm"],
 "005": ["born in 2005", "since 2021", "5-day trip (headline)", "1.1% / 39,190 (headline)", "Magnitude 6.6 (headline)",
         "18 languages", "9°C / 1°C", "11:20 JST"],
 "006": ["aged 26", "aged 20", "in 2016", "240-mm multiple rocket launchers and 170-mm self-propelled guns",
         "nearly three times its estimate", "2 N. Korean POWs (other story's headline)", "1,100 km (headline)",
         "0.4 pct", "2nd summons", "12 aging aircraft", "92 countries", "Facebook 402 X 121 KakaoTalk 2.3K"],
 "007": ["June 2024", "93rd anniversary", "2-plus-2 (headline)", "10.8 million units (headline)",
         "5,000-ton destroyer (headline)", "¥1,650 a month", "two days after"],
 "008": ["28,000 containers", "August 2023", "about 20 trillion won (US$14 billion)", "80th anniversary, May 9",
         "5,000-ton destroyer (headline)", "3.1 pct", "June 3", "23 mln users", "2,556.61"],
 "009": ["waves of 20 or 30 men (assault group size)", "in pairs, spaced 10 metres apart", "an army of 1.2 million (the North's whole army, not a deployment)",
         "since 2014, since I was 19", "1,210 soldiers and 34 artillery systems (General Staff headline)",
         "Three killed, 24 injured (other story's headline)", "200 UAH", "Comments (143)", "two days later"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second visit in two weeks", "August 2024", "past 18 months", "1 km long (headline)", "17th package",
         "3.5% of GDP by 2029", "Share 640", "03:12"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned, restated)", "120-day mission",
         "122 trillion yen (headline)", "0.8%, 50,836 (headline)", "Magnitude 6.9 (headline)", "11°C / 3°C"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind19 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-1", "006-3", "nearly four thousand casualties (Zelensky, Jan 8) against roughly 3,000 (NIS, Jan 13), five days apart"],
        ],
        "may": [
            ["000-1", "000-2", "10,000-12,000 now (NIS) against an initial group of about 1,500 a month earlier: the first batch of the whole"],
            ["000-2", "000-3", "an initial group of about 1,500 (NIS, October) against roughly 10,000 (Pentagon): the first batch of the whole"],
            ["002-1", "002-2", "more than 3,000 (Zelensky) against Seoul's about 1,100 restated in the same explainer: the same conflict as 001-3~002-1, told again"],
            ["007-1", "007-2", "roughly 11,000 initially against around 3,000 more: an additional force"],
            ["007-1", "008-1", "roughly 11,000 initially dispatched against around 15,000 in total, two days apart: the first contingent is part of the total"],
            ["007-2", "008-1", "around 3,000 more against around 15,000 in total: an additional force, part of the total"],
            ["007-1", "008-4", "roughly 11,000 initially against about 3,000 additional: an additional force"],
            ["008-1", "008-4", "around 15,000 in total against about 3,000 additional: an additional force, part of the total"],
        ],
    },
)
