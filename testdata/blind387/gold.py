#!/usr/bin/env python3
"""Labels for testdata/blind387 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "South Korea's intelligence agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korean military", "South Korea", "Seoul"]
HUR = ["Andrii Yusov", "Yusov", "Defence Intelligence", "Defence Intelligence of Ukraine", "HUR",
       "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]

about = ("Gold labels for testdata/blind387: fifteen articles written in our own words about the real "
         "story's known reporting and labelled blind. See testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "An advance contingent of some 1,500 special operations troops was ferried from the North's northeast coast to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "US", "United States", "Washington"],
         "about 10,000 North Korean soldiers had now been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "US secretary of state", "US", "United States", "Washington"],
         "Some 8,000 of them are now in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine's president", "Ukraine"],
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 2000, 9999, "vague", ["Pentagon", "US", "United States"],
         "Several thousand more are still at training grounds in the Russian far east", True),
        ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "Moscow has also assembled about 50,000 of its own troops in the region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers fighting alongside Russian forces have suffered around 1,100 casualties in battles against Ukrainian troops", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "close to 1,000 had been wounded", False),
    ],
    "004": [
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "National Security Council", "US", "United States"],
         "have suffered more than 1,000 casualties in the past week alone", False),
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than three thousand North Korean soldiers had been killed or wounded in Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "putting North Korean losses at around 1,100", False),
        ("casualties", NK, 200, 999, "vague", ["Pentagon", "Pentagon officials", "US", "United States"],
         "\"hundreds\" of North Korean soldiers had been killed or wounded", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", NIS + LEE,
         "North Korean troops fighting for Russia have suffered more than 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS + LEE,
         "including roughly 300 deaths", False),
        ("wounded", NK, 2700, None, "about", LEE + NIS,
         "About 2,700 others have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukrainian forces had taken two North Korean soldiers alive", False),
        ("troops", NK, 11000, None, "about", ["US, South Korean and Ukrainian officials", "officials", "US", "United States", "South Korea", "Ukraine"],
         "North Korea sent around 11,000 troops to Russia last year", False),
    ],
    "007": [
        ("casualties", NK, 4000, None, "about", HUR,
         "has lost about four thousand people killed and wounded", False),
        ("killed", NK, 1000, None, "about", HUR,
         "Around a thousand North Korean soldiers have been killed since the first clashes in November", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "the contingent numbered up to 12,000 at its peak", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean servicemen in Kursk Oblast", False),
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties had exceeded 3,000", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent an estimated 3,000 more troops to Russia this year", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 troops to Russia last fall", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties had climbed to about 4,000", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded in the fighting against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS + ["lawmakers", "South Korean lawmakers"],
         "North Korea has dispatched about 15,000 troops to Russia in total", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff",
                                                        "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk adventure had exceeded 76,000 servicemen", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", NK, 600, None, "about", NIS,
         "the roughly 600 deaths the same agency had counted in the spring", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"] + NIS,
         "The first wave, which Seoul put at some eleven thousand men", False),
        ("troops", NK, 14000, 15000, "range", ["South Korean estimates", "South Korea", "Seoul"] + NIS,
         "between 14,000 and 15,000 soldiers have been sent in all", False),
        ("killed", NK, 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "Kyiv, for its part, has spoken of several thousand North Korean dead", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine says it still holds only two North Korean prisoners", False),
        ("troops", NK, 1000, None, "about", NIS,
         "Some 1,000 North Korean deminers arrived in the Kursk region over the summer", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "thousands of military builders are following them", True),
    ],
}

NOT = {
    "000": ["up to 12,000 personnel in four brigades", "Four amphibious landing ships and three escort vessels",
            "more than 6,000 kilometers", "12K North Korean troops", "2 inter-Korean roads", "3 destroyers",
            "24 years", "Oct. 8 and 13"],
    "002": ["about $2,000 a month per soldier", "82mm mortars", "about 1,300 sq km", "several hundred square kilometres",
            "Comments (214)", "Seven dead", "Man, 34", "3 stabbings", "200 years ago", "180 countries", "£2 a month"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "paras 4-7", "8 artillery shells",
            "5th NCG meeting", "1st hearing on Dec. 27"],
    "004": ["16 of 21", "Another four drones", "over 1,100 guided aerial bombs", "two private houses",
            "20,000 members", "$5 a month", "2 more Patriot systems"],
    "006": ["born in 2005", "The other, 26", "since 2021", "02:31", "captured 2 North Korean soldiers",
            "millions of artillery shells"],
    "007": ["about 817,660 (+1,730)", "9,742 (+5)", "21,574 (+41)", "3 ballistic missiles",
            "30,000 Russian troops killed and wounded near Pokrovsk", "24/7"],
    "008": ["about 220 170mm self-propelled guns", "240mm multiple rocket launchers", "1:30 AM EST"],
    "010": ["more than 20 billion dollars", "01:38", "April 26", "3-way talks"],
    "012": ["1,000 sappers", "5,000 military builders", "more than 1.5 million explosive objects", "12 villages",
            "27 Ukrainian drones", "Article 4", "June 19, 2024"],
    "013": ["6 min read", "€2.49 a month", "5:15 pm"],
}

OFF = ["001", "005", "009", "011"]
DUP = {"014": "008"}

conflicts = {
    "must": [
        ["002-2", "002-3", "some 8,000 North Korean troops in Kursk (Blinken) against 11,000 in Kursk (Zelenskyy), within one article, days apart"],
        ["003-1", "004-2", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 23); articles five days apart"],
        ["004-2", "004-3", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's military) on the same day, within one article"],
        ["006-2", "007-2", "about 300 killed (NIS, Jan 13) against about 1,000 killed (Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": [
        # troop totals reported months apart (the count grew with reinforcements)
        ["002-1", "002-3", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelenskyy): different places"],
        ["002-1", "006-5", "about 10,000 (Nov 2024) against around 11,000 (Jan 2025), two months apart"],
        ["002-1", "008-2", "about 10,000 (Nov 2024) against about 11,000 sent last fall, months apart"],
        ["002-1", "010-3", "about 10,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["002-1", "013-3", "about 10,000 (Nov 2024) against a first wave of some eleven thousand (Oct 2025)"],
        ["002-1", "013-4", "about 10,000 (Nov 2024) against 14,000-15,000 in all (Oct 2025)"],
        ["002-2", "006-5", "some 8,000 in Kursk (Nov 2024) against around 11,000 sent (Jan 2025)"],
        ["002-2", "008-2", "some 8,000 in Kursk (Nov 2024) against about 11,000 sent last fall (Feb 2025)"],
        ["002-2", "010-3", "some 8,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["002-2", "013-3", "some 8,000 in Kursk (Nov 2024) against a first wave of some eleven thousand (Oct 2025)"],
        ["002-2", "013-4", "some 8,000 in Kursk (Nov 2024) against 14,000-15,000 in all (Oct 2025)"],
        ["002-3", "010-3", "11,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["002-3", "013-4", "11,000 (Nov 2024) against 14,000-15,000 in all (Oct 2025)"],
        ["006-5", "010-3", "around 11,000 (Jan 2025) against about 15,000 in total (Apr 2025)"],
        ["006-5", "013-4", "around 11,000 (Jan 2025) against 14,000-15,000 in all (Oct 2025)"],
        ["007-3", "010-3", "up to 12,000 at its peak (Jan 2025) against about 15,000 in total (Apr 2025)"],
        ["007-3", "013-4", "up to 12,000 at its peak (Jan 2025) against 14,000-15,000 in all (Oct 2025)"],
        ["008-2", "010-3", "about 11,000 last fall against about 15,000 in total, two months apart"],
        ["008-2", "013-4", "about 11,000 last fall against 14,000-15,000 in all (Oct 2025)"],
        ["010-3", "013-3", "about 15,000 in total (Apr 2025) against a first wave of some eleven thousand (Oct 2025)"],
        # an additional force against the totals
        ["008-1", "008-2", "an estimated 3,000 more troops against about 11,000 sent earlier: an additional force"],
        ["002-1", "008-1", "an additional 3,000 against about 10,000, months apart"],
        ["002-2", "008-1", "an additional 3,000 against some 8,000 in Kursk, months apart"],
        ["002-3", "008-1", "an additional 3,000 against 11,000, months apart"],
        ["006-5", "008-1", "an additional 3,000 against around 11,000, six weeks apart"],
        ["008-1", "010-3", "an additional 3,000 against about 15,000 in total"],
        ["008-1", "013-3", "an additional 3,000 against a first wave of some eleven thousand"],
        ["008-1", "013-4", "an additional 3,000 against 14,000-15,000 in all"],
        # cumulative casualty figures rising over weeks and months
        ["003-1", "006-1", "about 1,100 (Dec 23) against more than 3,000 (Jan 13): a cumulative figure three weeks later"],
        ["003-1", "007-1", "about 1,100 (Dec 23) against about 4,000 (Jan 16)"],
        ["003-1", "007-5", "about 1,100 (Dec 23) against more than 3,000 (NIS, Jan 13)"],
        ["003-1", "008-3", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), the same agency's later estimate"],
        ["003-1", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["004-3", "006-1", "about 1,100 (Dec 23) against more than 3,000 (Jan 13)"],
        ["004-3", "007-1", "about 1,100 (Dec 23) against about 4,000 (Jan 16)"],
        ["004-3", "007-5", "about 1,100 (Dec 23) against more than 3,000 (NIS, Jan 13)"],
        ["004-3", "008-3", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025)"],
        ["004-3", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["007-1", "010-1", "about 4,000 (Jan 2025) against about 4,700 (Apr 2025)"],
        ["008-3", "010-1", "about 4,000 (Feb 2025) against about 4,700 (Apr 2025): cumulative rise"],
        ["003-3", "006-3", "close to 1,000 wounded (Dec 19) against about 2,700 (Jan 13): cumulative rise"],
        # cumulative death tolls months apart
        ["006-2", "010-2", "about 300 killed (NIS, Jan) against roughly 600 (NIS, Apr): the same agency's update"],
        ["006-2", "013-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["006-2", "013-2", "about 300 killed (Jan) against roughly 600 (spring)"],
        ["007-2", "010-2", "around 1,000 killed (HUR, Jan) against roughly 600 (NIS, Apr), months apart"],
        ["007-2", "013-1", "around 1,000 killed (Jan) against about 2,000 (Sep)"],
        ["007-2", "013-2", "around 1,000 killed (Jan) against roughly 600 (spring)"],
        ["010-2", "013-1", "roughly 600 killed (Apr) against about 2,000 (Sep): the same agency's update"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
