#!/usr/bin/env python3
"""Gold labels for testdata/blind635 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind635 articles, written in our own words about the real story's known "
         "reporting and labelled without reading the extractor. See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "South Korea's intelligence agency", "Seoul"]
ZEL = ["Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "South Korean military"]
US_OFF = ["U.S. military official", "senior U.S. military official", "Pentagon", "Washington", "United States", "U.S."]
GENSTAFF = ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine's General Staff", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "About 1,500 North Korean special forces soldiers were carried from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Zelensky", "Volodymyr Zelensky", "Kyrylo Budanov", "Budanov", "Ukrainian intelligence", "Ukraine"],
         "Eleven thousand of them are already in the Kursk region", False),
    ],
    "002": [
        ("casualties", "north_korea", 30, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukrainian intelligence", "Ukraine"],
         "At least 30 North Korean soldiers were killed or wounded during assaults near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("casualties", "north_korea", 200, 900, "vague", US_OFF,
         "put North Korean casualties in the hundreds", True),
        ("troops", "north_korea", 11000, 12000, "range", US_OFF,
         "somewhere between 11,000 and 12,000 North Korean troops were in Kursk Oblast", False),
        ("casualties", "russia", 767300, None, "exact", GENSTAFF,
         "Russia has lost 767,300 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, 2022", False),
        ("casualties", "russia", 1920, None, "exact", GENSTAFF,
         "This number includes 1,920 casualties Russian forces suffered over the past day", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have died fighting Ukrainian forces in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 1,000 more have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "the roughly 11,000 North Korean soldiers dispatched to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "are estimated to have suffered some 1,100 casualties, counting both dead and wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or injured fighting Ukrainian forces in Russia\u2019s Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Western intelligence", "Western intelligence agencies"],
         "Western intelligence agencies believe Pyongyang has sent up to 12,000 troops to Russia", False),
    ],
    "008": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about",
         ["U.S., South Korean and Ukrainian officials", "U.S.", "United States", "South Korea", "Ukraine"],
         "North Korea has sent an estimated 11,000 troops to Russia", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about",
         ["Washington, Seoul and Kyiv", "Washington", "Seoul", "Kyiv", "United States", "South Korea", "Ukraine"],
         "Estimates from Washington, Seoul and Kyiv have converged on roughly eleven thousand soldiers", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3800, None, "about", ZEL,
         "roughly 3,800 North Koreans killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "two wounded soldiers had been taken prisoner", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including around 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "about 3,000 North Korean soldiers had been killed or wounded", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "North Korea has sent a total of about 15,000 troops to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some 3,000 reinforcements dispatched in January and February", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops during its operation in the region", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have been killed since the deployment began", False),
        ("killed", "north_korea", 1000, None, "less_than",
         ["source close to the Russian Defense Ministry", "Russian Defense Ministry", "Russian Defence Ministry"],
         "Fewer than 1,000 North Koreans had been killed in the entire campaign", False),
        ("troops", "north_korea", 15000, None, "about", UN,
         "Pyongyang has sent roughly 15,000 soldiers to Russia in all", False),
        ("troops", "north_korea", 11000, None, "about", UN,
         "some eleven thousand in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", UN,
         "about three thousand more early this year", False),
        ("wounded", "north_korea", 200, 900, "vague", ["Russian regional media"],
         "Hundreds of wounded North Koreans were treated in military hospitals in Moscow and Kursk", True),
    ],
}

NOT = {
    "000": ["a total of four brigades, about 12,000 troops", "getting ready to send 10,000 soldiers",
            "between Oct. 8 and Oct. 13", "three escort vessels", "won weakens to 1,368 per dollar",
            "Oct. 27 election", "600th anniversary"],
    "001": ["300 kilometres is enough", "more than 2,500 guided aerial bombs", "over 1,100 attack drones",
            "Views: 4,120"],
    "002": ["9,480 tanks", "65 Shahed-type attack drones", "Air defense downed 42 of them",
            "Hr 10 billion ($240 million)", "Join over 17,000 members", "USD/UAH 41.62", "6.3% of GDP",
            "what 1,000 square kilometers cost", "The 48 hours that decided Aleppo"],
    "004": ["more than 20,000 containers of munitions", "monitoring team of 20", "won hits 1,450 against dollar",
            "seven new episodes"],
    "005": ["Why 3 in 4 South Koreans", "7 in 10 young Koreans", "four days after"],
    "006": ["more than 70 missiles and more than 100 drones", "fight the way armies fought 70 years ago",
            "30 Russian tanks destroyed", "1,300-year-old ship", "as little as £2 a month",
            "This article is more than 1 year old", "almost three times the estimate"],
    "008": ["born in 2005", "since 2021", "born in 1999", "Jan. 20"],
    "009": ["a range of up to 700 kilometers", "October and November 2024", "2 ammunition depots",
            "another €3 billion"],
    "011": ["North sent 3K more troops to Russia (Feb. 27)", "Watch Video 01:32", "peak on May 3", "up 1.1%"],
    "012": ["1,000 sappers to clear mines", "5,000 military builders", "about 1,300 square kilometers",
            "about 28 trillion won ($20 billion)", "as little as $2", "almost a year ago"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"014": "008"}

must = [
    ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
     "killed or injured (Zelenskyy, reported Dec 26): same metric and subject, three days apart"],
    ["012-1", "012-2", "about 2,000 North Korean soldiers killed (South Korea's NIS) against fewer than 1,000 "
     "(a source close to the Russian Defense Ministry), in the same article about the same period"],
]

may = []
# troops: the ~11,000 of late 2024 against the ~15,000 total given months later (it includes reinforcements)
for early in ["001-1", "002-3", "004-3", "006-2", "008-2", "009-1"]:
    for late in ["011-4", "012-3"]:
        may.append([early, late, "troops months apart: about 11,000 in late 2024 against about 15,000 in all, "
                    "a total that includes the reinforcements sent in early 2025"])
# troops: an additional force against the main one
for early in ["001-1", "002-3", "004-3", "008-2", "009-1", "012-4"]:
    for extra in ["011-5", "012-5"]:
        may.append([early, extra, "about 3,000 reinforcements, an additional force, against the first 11,000"])
# casualties
may += [
    ["002-2", "005-1", "'in the hundreds' (a U.S. official, vague) against about 1,100 a week later"],
    ["002-2", "006-1", "'in the hundreds' (vague) against more than 3,000 ten days later"],
    ["002-2", "009-4", "'in the hundreds' (vague) against about 3,800 a month later"],
    ["002-2", "011-1", "'in the hundreds' (vague) against about 4,700 four months later"],
    ["002-2", "011-3", "'in the hundreds' (vague) against the NIS's January figure of about 3,000"],
    ["005-1", "009-4", "about 1,100 (JCS, Dec 23) against about 3,800 (Zelenskyy) three and a half weeks later: "
     "a cumulative toll that may have risen"],
    ["005-1", "011-3", "about 1,100 (JCS, December) against about 3,000 (NIS, January): a cumulative toll that rose"],
    ["005-1", "011-1", "about 1,100 in December against about 4,700 four months later"],
    ["006-1", "011-3", "more than 3,000 (Zelenskyy, December) against about 3,000 (NIS, January): a bound "
     "that 'about 3,000' may or may not satisfy"],
    ["009-4", "011-1", "about 3,800 (Zelenskyy, January) against about 4,700 (NIS) three months later"],
    ["009-4", "011-3", "about 3,800 (Zelenskyy) against about 3,000 (NIS), both for January but reported "
     "three and a half months apart"],
    ["011-3", "011-1", "update, not a conflict: the same agency's January figure (about 3,000) against its "
     "April figure (about 4,700) for a cumulative toll"],
]
# killed
may += [
    ["009-2", "011-2", "update, not a conflict: about 300 killed (NIS, January) against about 600 (NIS, April)"],
    ["009-2", "012-1", "about 300 killed in January against about 2,000 in September"],
    ["011-2", "012-1", "about 600 killed in April against about 2,000 in September"],
]
# wounded
may += [
    ["004-2", "009-3", "about 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): the same "
     "agency's cumulative count four weeks later"],
    ["004-2", "012-6", "about 1,000 wounded in December against 'hundreds' treated in hospitals (vague), "
     "nine months later"],
    ["009-3", "012-6", "about 2,700 wounded in January against 'hundreds' treated in hospitals (vague)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
