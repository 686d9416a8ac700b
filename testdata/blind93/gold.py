#!/usr/bin/env python3
"""Write gold.json for the blind93 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "Ryder", "U.S.", "US "]
HUR = ["HUR", "military intelligence", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
MOD = ["Ministry of Defence", "MoD", "Defence Intelligence", "UK", "intelligence update"]
KCNA = ["KCNA", "Korean Central News Agency", "state media"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "about 500 officers travelled with it", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "along with three generals", True)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Back then the agency said roughly 3,000 had crossed into Russia", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The combined toll of roughly 1,100 reflects how quickly the North's troops were thrown into the December fighting", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "it believes 11,000 to 12,000 North Korean troops are deployed in Russia's Kursk border region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk Oblast", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
          "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Ukrain"],
          "Kyiv estimates that some 11,000 North Koreans have been sent to the Kursk front", False),
         ("wounded", "ukraine", 4, None, "exact", ["Fedorov", "Zaporizhzhia"],
          "a Russian guided bomb hit an industrial site on the city's outskirts this morning, injuring four people", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's total casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "two North Korean soldiers had been captured by Ukrainian forces in the Kursk region last week", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The tally of North Korean soldiers killed or wounded in Russia's Kursk region is now close to four thousand", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "In late December Zelensky had put the figure at more than 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "on Monday South Korea's spy agency spoke of about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv"],
          "the two North Korean prisoners held in Kyiv", True)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched some three thousand additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The new arrivals join the 11,000 or so troops sent last autumn", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 soldiers to help Russia in its war against Ukraine", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "He claimed Ukraine had lost more than 76,000 troops in the region", False)],
 "010": [("casualties", "north_korea", 5000, None, "about", MOD,
          "North Korean forces have probably suffered around 5,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the 4,700 killed and wounded that South Korea's spy agency reported on Wednesday", False),
         ("casualties", "russia", 950000, None, "about", MOD,
          "Russia itself has likely sustained about 950,000 killed and wounded since February 2022", False),
         ("casualties", "russia", 1200, None, "more_than", MOD,
          "with losses averaging more than 1,200 a day in April", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops were sent to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them were killed or wounded", False)],
 "012": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine North Korean military engineers were killed during a months-long mine-clearing mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in the Kursk fighting", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "Pyongyang had moved some 5,000 military construction troops to Russia over the summer", False)],
}
NOT = {
 "000": ["61°", "$1 for 3 months", "Share 214", "Comments (37)", "about 1,000 square kilometers",
         "6,000 kilometers (3,700 miles)", "1950-53", "$61 billion", "190-mile ATACMS", "52%-48% (headline)",
         "Two hurt near Exit 44 (headline)", "24-17", "9 cents, $2.94", "212,000 visitors", "top 5 stories, 6 a.m."],
 "001": ["12K (title only)", "KOSPI 2,417.08 / 2.64% / 1,406.60", "14°C", "Share 1.1K", "170mm, 240mm",
         "about seven short-range ballistic missiles", "17 percent", "1,500 N. Korean special forces (related headline)",
         "5.6%", "3 hawks (headline)", "33rd straight week", "20 cars"],
 "002": ["(LEAD) paras 4-6", "16:40", "240-mm rocket launchers and 170-mm self-propelled guns",
         "2 cruise missiles (headline)", "1.4%", "3-day drills", "5 generals questioned (headline)", "1.95% at 2,435.93", "20 cm"],
 "003": ["Share 3.4K", "6 August", "around 1,300 square kilometres", "78 missiles and 106 drones (headline)",
         "Russia has lost 198,000 soldiers since the start of 2024 (headline)", "Two killed, 11 injured (headline)",
         "General Staff widget: 775,140 (+1,520), 9,593 tanks, 19,839, 21,187", "52,000 readers", "100 UAH"],
 "004": ["14 new posts", "Comments 412", "47 of 74 drones, 27 lost", "born in 2005 / 1999", "day 1,054",
         "3 die in Manchester flat fire (headline)", "Brighton 2-2 Ipswich", "34", "7am"],
 "005": ["more than 11 months old", "1,089 comments", "a front of about 1,000km", "a few hundred dollars",
         "correction note: 2,700 soldiers had been killed (amended figure)", "death toll rises to 24 (headline)",
         "2-2", "under £10", "£5 a month, $60 a year"],
 "006": ["12:30 GMT+1, 13:42", "3 tanks and 12 armoured vehicles", "at least 10 more Patriot batteries",
         "€50 billion", "33 hostages (headline)", "€458 million", "-20°C", "842 partners"],
 "008": ["3 free articles, $12.50/month", "Listen 5:42", "about three weeks", "some 200 long-range artillery pieces",
         "170mm Koksan guns, 152mm ammunition", "17-km stretch", "Six North Korean soldiers killed by one drone (related headline)",
         "240mm, 3rd time (headline)", "52% (headline)", "100 words"],
 "009": ["Brent $64.25, 1.2%, 1.1383, 22,496", "12:05 PM GMT+2, 2 hours ago", "1,700-word statement", "Article 4",
         "2024", "12 drones, 45 wounded (headline)", "52% (headline)", "25% (headline)"],
 "010": ["14 Challenger 2 tanks (video)", "1:58", "February 2022", "£450 million",
         "Soldier, 24, dies (headline)", "2 times in a week", "62% of readers", "7 days a week"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (title, planned)",
         "¥1,650", "2 free articles", "second visit in two weeks, third since March", "2.3%", "about 800 kilometers",
         "10 artillery rounds (headline)", "Typhoon No. 1", "1.7%"],
 "012": ["about 120 days", "more than 1,500 homes", "12 granite panels", "2 cruise missiles (headline)",
         "3rd visit (headline)", "5 things (headline)", "$12.50/month or $120/year"],
}
OFF = ["013", "014"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind93 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS, 13 Jan) against close to 4,000 (Zelensky, 17 Jan), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "10,000-12,000 now against roughly 3,000 in late October: two points in time, reported together"],
            ["008-1", "008-2", "some 3,000 additional troops against the 11,000 sent last autumn: an additional force"],
        ],
    },
)
