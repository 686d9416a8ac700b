#!/usr/bin/env python3
"""Gold labels for testdata/blind325 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
PENTAGON = ["Pentagon", "Defense Department", "U.S. Defense Department", "United States", "U.S.", "US", "Sabrina Singh"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "a total of about 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS, "roughly 1,500 special forces personnel", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON, "roughly 10,000 North Korean soldiers are now inside Russia", False),
        ("troops", NK, 8000, None, "about", PENTAGON, "about 8,000 of them have moved to the Kursk border region", False),
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "there were now 11,000 North Korean troops in the Kursk region", False),
    ],
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers are believed to be fighting alongside Russian forces", True),
        ("troops", NK, 10000, 12000, "range", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States", "US"],
         "between 10,000 and 12,000 troops", False),
        ("troops", NK, 200, 900, "vague", ["HUR", "Ukraine's military intelligence", "Ukraine"],
         "several hundred of them have been folded into Russian marine and airborne units", True),
        ("casualties", RU, 720000, None, "more_than", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russian casualties since February 2022 at more than 720,000 killed and wounded", False),
        ("casualties", RU, 200000, 900000, "vague", ["Western estimates", "Western"],
         "Western estimates are lower but still run into the hundreds of thousands", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "Around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean troops had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS, "roughly 1,000 others wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"], "killed 21 North Korean soldiers", False),
        ("wounded", NK, 40, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"], "wounded 40 others", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Zelenskiy", "Zelensky", "Volodymyr Zelenskiy", "Ukraine"],
         "captured two North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS, "some three hundred North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "about 2,700 wounded", False),
        ("troops", NK, 10000, None, "more_than", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "North Korea has sent more than 10,000 troops to Russia", False),
    ],
    "006": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "007": [
        ("casualties", NK, 4700, None, "about", NIS, "Some 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS, "around 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS, "the roughly 3,000 casualties the agency estimated in January", False),
        ("troops", NK, 15000, None, "about", NIS, "the North has sent around 15,000 troops to Russia in all", False),
        ("troops", NK, 3000, None, "about", NIS, "some three thousand reinforcements dispatched in January and February", False),
        ("captured", NK, 2, None, "exact", NIS, "the two North Korean prisoners of war held by Ukraine", False),
    ],
    "008": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
         "an estimated 11,000-12,000 soldiers", False),
        ("troops", NK, 20, 99, "vague", ["Pro-Kremlin war bloggers", "war bloggers"],
         "dozens of North Korean sappers already at work near the town of Sudzha", True),
    ],
    "009": [
        ("killed", NK, 2000, None, "about", NIS, "roughly 2,000 North Korean soldiers have died in the fighting in Russia", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 of the deminers promised by Pyongyang in June were already working in the Kursk region", False),
        ("troops", NK, 15000, None, "up_to", ["unattributed"],
         "Pyongyang is believed to have sent up to 15,000 soldiers to Russia in total", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "the four vessels", "2 dead, 5 injured in Busan warehouse fire",
            "KOSPI closes at 2,593.82", "1,368.9 per dollar", "Samsung Q3 operating profit falls 12.8 pct"],
    "001": ["more than 13,000 containers of munitions", "roughly 700 kilometers", "about $60 billion",
            "$425 million", "Army awards $1.2B contract", "381 manned ships", "six years"],
    "002": ["some 1.2 million active-duty soldiers", "could eventually send as many as 100,000", "around $2,000 a month",
            "170mm Koksan self-propelled guns", "240mm multiple rocket launchers", "around 50 and 20 units",
            "2,900 jobs to go", "52 more tankers"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "KOSPI 2,442.01", "USD/KRW 1,450.40",
            "3 dead in Gimhae apartment fire", "vetoes 6 bills", "adds 12 flights"],
    "004": ["almost three times higher", "47th Mechanized Brigade", "52 of 79 Russian drones", "more than 50 journalists",
            "$5 a month", "half a million without heating", "184 drones, 78 missiles"],
    "005": ["born in 2005", "the other in 1999", "Oil climbs 2%", "Nikkei falls 1.1%"],
    "006": ["Article 4", "June 19, 2024", "over 7,000 pieces of weaponry and military equipment", "up to 30 km",
            "2nd road crossing by 2026"],
    "007": ["roughly 28 trillion won (US$20 billion)", "Why 300,000 young Koreans have stopped looking for work",
            "The 6 reasons", "growth forecast to 1.5%"],
    "008": ["1,000 sappers", "5,000 military construction workers", "6,000 Deminers and Military Builders",
            "up to 10 years", "as little as $2", "Key Rate to 20%", "500,000 Rubles"],
    "009": ["some of the 5,000 military builders it pledged", "more than 140 drones", "142 drones and two ballistic missiles",
            "112 drones", "€6bn package", "about 1,100km from the border", "1.2m units", "Comments (312)"],
}

OFF = ["010", "011", "013", "014"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["001-2", "001-3", "about 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), the same day, in one article"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), articles three days apart"],
    ],
    "may": [
        ["001-1", "001-3", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelensky)"],
        ["000-1", "001-1", "about 12,000 being sent (NIS, Oct 18) against about 10,000 already in Russia (Pentagon, Nov 4): a deployment in progress"],
        ["000-1", "001-2", "12,000 being sent against 8,000 in Kursk: a part"],
        ["000-1", "001-3", "12,000 being sent against 11,000 in Kursk, 18 days later"],
        ["001-2", "002-2", "8,000 in Kursk against 10,000-12,000 in Russia: a part, two weeks apart"],
        ["001-1", "005-4", "about 10,000 (November) against more than 10,000 (January)"],
        ["001-2", "005-4", "8,000 in Kursk (November) against more than 10,000 in Russia (January)"],
        ["003-2", "004-2", "at least 100 killed in all (NIS) against 21 killed in one three-day battle (SSO): a part"],
        ["003-3", "004-3", "about 1,000 wounded in all against 40 wounded in one battle: a part"],
        ["004-2", "005-2", "21 killed in one battle against about 300 killed in all: a part"],
        ["003-3", "005-3", "about 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): a cumulative figure rising over weeks"],
        ["003-1", "007-3", "1,100 casualties (December) against 3,000 (January, reported in April): cumulative"],
        ["004-1", "007-3", "more than 3,000 (Zelensky, December) against roughly 3,000 (NIS, January)"],
        ["003-1", "007-1", "1,100 casualties (December) against 4,700 (April): months apart, cumulative"],
        ["005-2", "007-2", "300 killed (January) against 600 (April): cumulative"],
        ["004-2", "007-2", "21 killed in one battle against 600 in all: a part, months apart"],
        ["000-1", "007-4", "12,000 (October) against 15,000 in all (April), reinforcements included"],
        ["001-1", "007-4", "10,000 (November) against 15,000 in all (April)"],
        ["001-2", "007-4", "8,000 in Kursk (November) against 15,000 in all (April)"],
        ["001-3", "007-4", "11,000 in Kursk (November) against 15,000 in all (April)"],
        ["002-2", "007-4", "10,000-12,000 (November) against 15,000 in all (April)"],
        ["000-1", "007-5", "12,000 against some 3,000 reinforcements: an additional force"],
        ["000-2", "007-5", "a 1,500 advance group against 3,000 reinforcements: two different parts"],
        ["001-1", "007-5", "10,000 against some 3,000 reinforcements: an additional force"],
        ["001-2", "007-5", "8,000 in Kursk against some 3,000 reinforcements: an additional force"],
        ["001-3", "007-5", "11,000 in Kursk against some 3,000 reinforcements: an additional force"],
        ["002-2", "007-5", "10,000-12,000 against some 3,000 reinforcements: an additional force"],
        ["005-4", "007-5", "more than 10,000 against some 3,000 reinforcements: an additional force"],
        ["007-4", "008-1", "15,000 in all (April) against 11,000-12,000 sent last autumn (June): the first deployment only"],
        ["007-5", "008-1", "3,000 reinforcements against 11,000-12,000 sent last autumn"],
        ["001-1", "008-1", "about 10,000 (November) against 11,000-12,000 (June, looking back)"],
        ["001-2", "008-1", "8,000 in Kursk (November) against 11,000-12,000 (June, looking back)"],
        ["007-2", "009-1", "600 killed (April) against about 2,000 (September): cumulative"],
        ["005-2", "009-1", "300 killed (January) against about 2,000 (September): cumulative"],
        ["004-2", "009-1", "21 killed in one battle against about 2,000 in all"],
    ],
}

about = ("Gold labels for testdata/blind325: fifteen articles written in our own words and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
