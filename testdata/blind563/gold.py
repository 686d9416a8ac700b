#!/usr/bin/env python3
"""Gold labels for blind563. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

about = ("Gold labels for blind563: 15 articles written blind for crosscheck about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has moved roughly 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first batch of some 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers in all to train in eastern Russia", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 more have been wounded", False),
        ("casualties", NK, 1100, None, "about", ["Lee Seong-kweun", "National Intelligence Service", "NIS", "South Korea"],
         "puts the North's losses at about 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 North Korean soldiers deployed to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "have lost more than three thousand men killed or wounded", False),
        ("killed", NK, 24, 99, "vague", ["Ukrainian special operations forces", "Special Operations Forces", "Ukraine"],
         "they had killed dozens of North Koreans", True),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian and Western estimates", "Ukraine", "Western estimates"],
         "Some 11,000 North Korean troops have been deployed to Kursk Oblast since last autumn", False),
    ],
    "008": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "put the number at between 11,000 and 12,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("killed", NK, 1000, None, "at_least", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "at least 1,000 North Koreans were killed in the Kursk region in December alone", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "an additional 3,000 or so soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "the roughly 11,000 troops Pyongyang had sent last year", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian Armed Forces"],
         "the Ukrainian Armed Forces lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "puts North Korean casualties in the war at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "of whom some 600 were killed", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea had dispatched about 15,000 troops in total", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "when the agency estimated the toll at around 3,000", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "more_than", ["outside estimates", "unattributed"],
         "the North sent more than 10,000 soldiers in that first wave", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", NK, 6000, None, "about", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "put the number of North Koreans killed or wounded at some 6,000", False),
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "North Korea", "Pyongyang"],
         "during which nine of its members were killed", False),
    ],
}

NOT = {
    "000": ["the total is likely to reach about 10,000", "as young as 18 or 19", "about a month of training",
            "more than 13,000 containers", "11th Army Corps", "paras 4-9", "0.25 percentage point to 3.25 pct",
            "KOSPI at 2,593.80", "1.2 million visitors", "60-meter sections", "5,000 fans"],
    "002": ["155 mm artillery shells", "about 190 miles (300 kilometers)", "$425 million",
            "42 Ukrainian drones overnight over 7 regions", "12,000 North Korean troops could join Russia's forces",
            "41 million", "Facebook (1.2K)"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "1,450 per dollar",
            "Over 80,000 expected", "1.2m copies", "14 comments"],
    "004": ["810th Naval Infantry Brigade", "47th Mechanized Brigade", "join 12,000 readers", "Donate from $1",
            "Over 775,000 Troops", "Shelled 112 Times in 24 Hours", "Comments (37)"],
    "006": ["born in 2005", "born in 1999", "joined the army in 2016", "Over 20,000 members", "$5/month",
            "812,040 troops", "2 killed, 5 injured"],
    "008": ["roughly 1,300 square kilometers", "hundreds of millions of dollars", "1950-53 Korean War",
            "several million", "800 kilometers inside Russia", "20,000 vacant posts"],
    "010": ["groups of 15 to 20", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "KOSPI 2,641.09", "USD/KRW 1,445.20", "Nikkei 225 38,256.17", "births rise 3.6%"],
    "011": ["1,000 sappers to clear the Russian territory of mines", "5,000 military builders to restore the infrastructure",
            "1,000 sappers, 5,000 military builders", "over 7,000 pieces of weapons and military equipment",
            "more than 400 tanks", "Article 4", "38 Ukrainian UAVs"],
    "012": ["as much as $20 billion", "49.5% in Gallup poll", "23 million subscribers", "2.6 million visitors"],
    "014": ["120-day mine-clearing mission", "5,000 North Korean military builders will be put to work",
            "4.5-hectare site", "$10 billion to $20 billion", "Nikkei 225 50,168.11", "60,000 new hires",
            "21.3 trillion yen"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["008-2", "008-4", "around 300 killed in all (NIS) against at least 1,000 killed in December alone (Ukraine's HUR), same article, same period"],
    ],
    "may": [
        ["000-1", "002-1", "about 3,000 moved (NIS, Oct 23) against about 10,000 sent (Pentagon, Oct 28): a deployment still building up, which the NIS expected to reach 10,000"],
        ["000-1", "003-4", "3,000 in October against 11,000 in December: build-up, two months apart"],
        ["000-1", "006-2", "3,000 in October against 11,000 in January: build-up, months apart"],
        ["000-1", "008-1", "3,000 in October against 11,000-12,000 in January: build-up, months apart"],
        ["000-1", "010-2", "3,000 in October against 11,000 sent last year (February): build-up, months apart"],
        ["000-1", "012-3", "3,000 in October against 15,000 in total (April): months apart, with reinforcements"],
        ["000-1", "014-1", "3,000 in October 2024 against more than 10,000 in the first wave (December 2025)"],
        ["002-1", "003-4", "about 10,000 (October) against about 11,000 (December), seven weeks apart"],
        ["002-1", "006-2", "about 10,000 (October) against about 11,000 (January)"],
        ["002-1", "008-1", "about 10,000 (October) against 11,000-12,000 (January)"],
        ["002-1", "010-2", "about 10,000 (October) against about 11,000 sent last year (February)"],
        ["002-1", "012-3", "about 10,000 (October) against 15,000 in total (April), with reinforcements"],
        ["002-1", "014-1", "about 10,000 against more than 10,000, fourteen months apart"],
        ["010-1", "003-4", "an additional 3,000 against the 11,000 sent earlier"],
        ["010-1", "006-2", "an additional 3,000 against the 11,000 sent earlier"],
        ["010-1", "008-1", "an additional 3,000 against the 11,000-12,000 sent earlier"],
        ["010-1", "010-2", "an additional 3,000 on top of the 11,000 sent last year, same article"],
        ["010-1", "012-3", "an additional 3,000 against 15,000 in total"],
        ["010-1", "014-1", "an additional 3,000 against more than 10,000 in the first wave"],
        ["012-3", "003-4", "15,000 in total (April, with reinforcements) against 11,000 (December)"],
        ["012-3", "006-2", "15,000 in total (April, with reinforcements) against 11,000 (January)"],
        ["012-3", "008-1", "15,000 in total (April, with reinforcements) against 11,000-12,000 (January)"],
        ["012-3", "010-2", "15,000 in total (April) against 11,000 sent last year (February)"],
        ["003-2", "008-3", "NIS's cumulative wounded estimate updated from about 1,000 (Dec 19) to 2,700 (Jan 13), almost four weeks apart"],
        ["008-2", "012-2", "cumulative killed estimate, about 300 (January) to about 600 (April), months apart"],
        ["008-2", "014-2", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["012-2", "014-2", "about 600 killed (April) against about 2,000 (September), months apart"],
        ["008-4", "012-2", "at least 1,000 killed in December (HUR, January) against about 600 in all (NIS, April), months apart"],
        ["003-3", "012-1", "about 1,100 casualties (December) against about 4,700 (April), cumulative, months apart"],
        ["003-3", "012-4", "about 1,100 casualties (December) against about 3,000 (January estimate reported in April)"],
        ["003-3", "014-3", "about 1,100 casualties (December 2024) against some 6,000 (September 2025)"],
        ["004-1", "012-4", "more than 3,000 (Zelensky, December) against around 3,000 (NIS, January estimate reported in April)"],
        ["012-1", "014-3", "about 4,700 casualties (April) against some 6,000 (September), cumulative, months apart"],
        ["012-4", "014-3", "around 3,000 (January) against some 6,000 (September), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
