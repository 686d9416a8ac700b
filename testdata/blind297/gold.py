#!/usr/bin/env python3
"""Gold labels for testdata/blind297 (written blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind297: 15 articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong Kweun"],
         "North Korea has already moved about 3,000 soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS + ["Lee Seong Kweun"],
         "roughly 1,500 special operations troops who the National Intelligence Service said last week had been shipped from the North's east coast to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Today there are already 11,000 soldiers from North Korea in the Kursk region", False),
        ("troops", NK, 8000, None, "about",
         ["Blinken", "Antony Blinken", "State Department", "United States", "US", "Washington", "Pentagon", "Sabrina Singh"],
         "about 8,000 North Korean troops had been moved to the Kursk region", False),
    ],
    "003": [
        ("troops", NK, 11000, 12000, "range", ["Pentagon", "United States", "US", "Washington"],
         "between 11,000 and 12,000 North Korean soldiers are in Russia", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "puts the total at more than 10,000", False),
        ("troops", NK, 500, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "the contingent includes around 500 officers", False),
        ("troops", NK, 3000, 9000, "vague", ["US officials", "United States", "US"],
         "several thousand of the soldiers had begun taking part in combat operations alongside Russian units", True),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"],
         "North Korean troops deployed to Russia have suffered an estimated 1,100 casualties in fighting against Ukraine", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 others injured", False),
        ("troops", NK, 11000, None, "about", ["unattributed", "Yonhap"],
         "North Korea is believed to have sent around 11,000 troops to Russia beginning in October", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than",
         ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have now been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed", "Kyiv Post"],
         "Pyongyang has sent thousands of its soldiers to help Moscow push Ukrainian troops out of Kursk", True),
        ("casualties", NK, 30, None, "at_least", ["HUR", "Defense Intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "008": [
        ("captured", NK, 2, None, "exact", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded fighting for Russia", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", NIS,
         "the reinforcements estimated at some three thousand soldiers", False),
        ("troops", NK, 14000, None, "up_to", NIS,
         "raise the number of North Korean soldiers sent to Russia since last October to as many as 14,000", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting alongside Russian troops", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "around 600 were killed", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian general staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen there since August 2024", False),
    ],
    "013": [],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "honoring nine soldiers who died during the mission", False),
        ("troops", NK, 15000, None, "about", ["unattributed", "AP"],
         "North Korea sent some 15,000 troops to Russia last year and early this year", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers were believed to have been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["roughly 10,000 by December", "four Russian navy transport ships",
            "1.4 million young people volunteer to join army", "38,104.86", "Oct. 27 election"],
    "002": ["60 mm mortars", "96 drones overnight, 62 shot down", "UAH/USD 41.27"],
    "003": ["more than 13,000 containers of artillery shells", "as many as 100,000 soldiers",
            "Article 4", "another 12 months"],
    "005": ["paras 4-7", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "exports up 6.8 pct in 20-day period"],
    "006": ["roughly 1,300 square kilometers", "one interpreter for every 30 to 40 soldiers",
            "78 missiles and 106 drones", "since 1995", "$5 a month"],
    "008": ["he was 20", "the other, 26", "74 drones", "47 of the drones were shot down",
            "another 27 were lost", "4.7% of its GDP", "20 January inauguration"],
    "010": ["thousands of laborers", "KN-23 short-range ballistic missiles",
            "170-mm self-propelled howitzers", "11 hearings", "1,440 against dollar"],
    "011": ["5,000-ton destroyer", "nine months of fighting", "June 2024"],
    "013": ["1,000 sappers", "5,000 military builders", "1,200 square kilometers", "key rate to 20%",
            "78.5 against US dollar"],
    "014": ["120 days", "1,000 deminers and 5,000 military construction workers", "2 ballistic missiles"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "005"}

conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean soldiers in Kursk (Zelensky) against about 8,000 moved to Kursk "
         "(Blinken, repeated by the Pentagon), the same days, in one article"],
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
         "wounded (Zelensky, Dec 23), reported three days apart"],
    ],
    "may": [
        # a deployment still under way in October-November 2024
        ["000-1", "002-1", "3,000 sent by Oct 23 with more expected, against 11,000 in Kursk two weeks later: a build-up"],
        ["000-1", "002-2", "3,000 sent by Oct 23 against about 8,000 in Kursk a week later: a build-up"],
        ["000-1", "003-1", "3,000 on Oct 23 against 11,000-12,000 three weeks later: a build-up"],
        ["000-1", "003-2", "3,000 on Oct 23 against more than 10,000 three weeks later: a build-up"],
        ["000-1", "005-4", "3,000 on Oct 23 against around 11,000 two months later"],
        ["000-1", "014-2", "3,000 in October 2024 against some 15,000 sent in all, a year later"],
        ["002-2", "003-1", "about 8,000 in Kursk against 11,000-12,000 in Russia as a whole, ten days later"],
        ["002-2", "003-2", "about 8,000 in Kursk against more than 10,000 in Russia as a whole, ten days later"],
        ["002-2", "005-4", "about 8,000 in Kursk (early November) against around 11,000 sent (late December)"],
        ["002-2", "014-2", "about 8,000 in November 2024 against some 15,000 sent in all, a year later"],
        ["002-1", "014-2", "11,000 in November 2024 against some 15,000 sent in all, a year later"],
        ["003-1", "014-2", "11,000-12,000 in November 2024 against some 15,000 sent in all, a year later"],
        ["005-4", "014-2", "around 11,000 in December 2024 against some 15,000 sent in all, a year later"],
        ["010-2", "014-2", "as many as 14,000 (February 2025) against some 15,000 (December 2025), months apart"],
        # an additional force against totals
        ["010-1", "002-1", "some 3,000 additional troops against a total of 11,000"],
        ["010-1", "002-2", "some 3,000 additional troops against about 8,000 in Kursk"],
        ["010-1", "003-1", "some 3,000 additional troops against a total of 11,000-12,000"],
        ["010-1", "003-2", "some 3,000 additional troops against a total of more than 10,000"],
        ["010-1", "005-4", "some 3,000 additional troops against a total of around 11,000"],
        ["010-1", "010-2", "some 3,000 additional troops against a total of as many as 14,000, same article"],
        ["010-1", "014-2", "some 3,000 additional troops against a total of some 15,000"],
        # cumulative tolls months apart
        ["005-1", "011-1", "1,100 casualties (December 2024) against 4,700 (April 2025): a cumulative toll, four months on"],
        ["008-2", "011-2", "about 300 killed (January) against about 600 killed (April): same agency, a cumulative toll"],
        ["008-2", "014-3", "about 300 killed (January) against about 2,000 killed (September estimate)"],
        ["011-2", "014-3", "about 600 killed (April) against about 2,000 killed (September estimate)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
