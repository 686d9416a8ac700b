#!/usr/bin/env python3
"""Gold labels for testdata/blind573 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind573: fifteen articles written in our own words about North Korean "
         "troops in Russia's Kursk region, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
GS_UA = ["General Staff", "Ukraine's General Staff", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", ["Rustem Umerov", "Umerov", "Defense Minister", "Ukraine", "KBS"],
         "Eleven thousand or so soldiers of the DPRK are now in Kursk region", False),
        ("casualties", RU, 20000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
         "the enemy has lost more than 20,000 servicemen killed and wounded in the Kursk direction", False),
    ],
    "002": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped around 1,500 of its special operations troops to Russia's Far East", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "North Korean soldiers killed and wounded in Kursk now number over 3,000", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"],
         "about 1,100 North Korean troops had been killed or injured", False),
        ("casualties", NK, 20, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "its units had killed and wounded dozens of North Korean soldiers", True),
        ("casualties", RU, 776640, None, "exact", GS_UA,
         "Russia has lost 776,640 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", RU, 1580, None, "exact", GS_UA,
         "1,580 casualties Russian forces suffered over the past day", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"],
         "Some 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
         "North Korea has sent about 10,000 soldiers in total to eastern Russia", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine says it has captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
         "Between 10,000 and 12,000, according to estimates from Ukraine, South Korea and the US", False),
        ("killed", NK, 300, None, "about", NIS, "about 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 had been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS, "putting total casualties at around 3,000", False),
        ("casualties", NK, 4000, None, "about", ZEL, "some 4,000 North Koreans had been killed or wounded", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "The enemy's total losses during the Kursk adventure exceeded 76,000 servicemen", False),
        ("casualties", UA, 210, None, "up_to", ["Defense Ministry", "Russian Defense Ministry", "Battlegroup North", "Russia"],
         "inflicted losses of up to 210 servicemen on the Ukrainian forces", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded in the fighting against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS, "deaths accounting for roughly 600 of them", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea is believed to have deployed some 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "around 3,000 additional personnel dispatched in January and February as reinforcements", False),
    ],
    "011": [
        ("troops", NK, 1500, None, "about", NIS_LEE,
         "North Korea has moved a second group of about 1,500 soldiers to Russia", False),
        ("troops", NK, 3000, None, "at_least", NIS_LEE,
         "at least 3,000 of its troops are now thought to be on Russian soil", False),
    ],
    "012": [
        ("killed", NK, 200, 999, "vague", ["Seoul", "South Korea"],
         "Seoul says hundreds of the North Korean soldiers who fought there have died", True),
        ("troops", NK, 12000, None, "up_to", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "up to 12,000 North Korean soldiers were deployed to the region in late 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "with thousands more arriving early this year", True),
        ("killed", NK, 600, None, "about", NIS + ["Seoul"],
         "Seoul's National Intelligence Service estimated in April that about 600 of them had been killed", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "The toll among North Korean soldiers sent to fight for Russia has climbed to roughly 2,000 dead", False),
        ("killed", NK, 600, None, "exact", NIS, "the 600 deaths the agency estimated in April", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent roughly 11,000 troops to Russia in the fall of 2024", False),
        ("casualties", RU, 1080000, None, "more_than", GS_UA,
         "Russia itself has lost more than 1.08 million troops killed and wounded", False),
    ],
}

NOT = {
    "000": ["Enemy loses 1,480 soldiers and 14 tanks in past day", "between 30 and 50 kilometers from the Ukrainian border",
            "about 600 square kilometers", "October 23", "August 6"],
    "002": ["totaling around 12,000 soldiers", "12K could follow", "four brigades",
            "four Russian amphibious landing ships and three escort vessels", "in their early 20s",
            "Pyongyang was preparing to send 10,000 soldiers", "6 N. Korean officers reportedly killed",
            "11-day combined air drills", "between Oct. 8 and 13"],
    "003": ["41 of 72 Russian drones", "another 30 were", "9,510 tanks", "19,811 armored fighting vehicles",
            "21,240 artillery systems", "1,250 multiple launch rocket systems", "Over 20,000 readers", "Feb. 24, 2022"],
    "004": ["$425 million military aid package", "the 56th such meeting", "flew for 86 minutes",
            "10,000 North Korean troops head for the front"],
    "006": ["who is 26", "born in 2005", "since 2021", "$2,000 a month per soldier", "1950-53 Korean War",
            "3 things we learned", "5-year plan", "9 January"],
    "007": ["more than 410 tanks", "340 infantry fighting vehicles", "290 armored personnel carriers",
            "over 1,500 other armored vehicles", "August 6, 2024", "two more settlements", "past 24 hours"],
    "010": ["several million artillery shells", "dozens of ballistic missiles", "June 2024", "5,000-ton destroyer"],
    "011": ["about 10,000 by December", "could top 10,000 by December", "KOSPI 2,581.03", "USD/KRW 1,382.50",
            "2 trillion won order", "150 won", "mostly in their 20s", "20% in Gallup poll"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 military builders and deminers",
            "tens of thousands of mines", "41 Russian warplanes"],
    "014": ["about 6,000 engineers and military builders", "500,000 More Troops Could Be Mobilized",
            "3 Russian Regions Hit", "February 2022"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"008": "010"}

conflicts = {
    "must": [
        ["004-1", "000-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against about 11,000 in Kursk (Umerov, Nov 5), five days apart"],
        ["003-1", "003-2", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, Dec 19), in one article"],
        ["006-5", "006-6", "about 3,000 North Korean casualties (NIS, Monday) against some 4,000 (Zelensky, Sunday), in one article"],
    ],
    "may": [
        ['000-1', '002-1', 'about 11,000 in Kursk (Nov 5) against about 1,500 first shipped (Oct 18): the deployment grew in between'],
        ['000-1', '004-2', 'about 11,000 in Kursk against about 10,000 sent to Russia in all (Pentagon): close values, different scope'],
        ['000-1', '010-3', '11,000 in November 2024 against some 15,000 in total by April 2025, months apart'],
        ['000-1', '010-4', '11,000 against an additional 3,000 reinforcements'],
        ['002-1', '004-1', '1,500 on Oct 18 against 8,000 on Oct 31 while the deployment was growing'],
        ['002-1', '004-2', '1,500 on Oct 18 against 10,000 on Oct 31 while the deployment was growing'],
        ['002-1', '006-2', '1,500 in October against 10,000-12,000 three months later'],
        ['002-1', '010-3', '1,500 in October 2024 against 15,000 in total by April 2025'],
        ['002-1', '010-4', '1,500 against an additional 3,000 reinforcements'],
        ['002-1', '012-2', '1,500 in October 2024 against up to 12,000, reported months later'],
        ['002-1', '014-3', '1,500 in October 2024 against roughly 11,000 in the fall, reported months later'],
        ['004-1', '006-2', '8,000 in Kursk (Oct 31) against 10,000-12,000 ten weeks later'],
        ['004-1', '010-3', '8,000 in October 2024 against 15,000 in total by April 2025'],
        ['004-1', '010-4', '8,000 against an additional 3,000 reinforcements'],
        ['004-1', '014-3', '8,000 in Kursk against roughly 11,000 in the fall of 2024, reported ten months later'],
        ['004-2', '010-3', '10,000 in October 2024 against 15,000 in total by April 2025'],
        ['004-2', '010-4', '10,000 against an additional 3,000 reinforcements'],
        ['004-2', '014-3', 'about 10,000 against roughly 11,000, reported ten months apart'],
        ['006-2', '010-3', '10,000-12,000 in January against 15,000 in total by April, after reinforcements'],
        ['006-2', '010-4', '10,000-12,000 against an additional 3,000 reinforcements'],
        ['010-3', '012-2', '15,000 in total against up to 12,000 in late 2024 with thousands more later'],
        ['010-3', '014-3', '15,000 in total against roughly 11,000 in the fall of 2024'],
        ['010-4', '011-1', 'an additional 3,000 in early 2025 against a second group of 1,500 in October 2024'],
        ['010-4', '012-2', 'an additional 3,000 against up to 12,000'],
        ['010-4', '014-3', 'an additional 3,000 against roughly 11,000'],
        ['003-1', '006-5', 'more than 3,000 casualties (Dec 23) against about 3,000 (NIS, Jan 13)'],
        ['003-2', '006-5', 'about 1,100 casualties (Dec 19) against about 3,000 (Jan 13): a cumulative toll weeks apart'],
        ['003-2', '006-6', 'about 1,100 casualties (Dec 19) against some 4,000 (Jan 12): a cumulative toll weeks apart'],
        ['003-2', '010-1', '1,100 casualties in December against 4,700 in April'],
        ['006-5', '010-1', '3,000 casualties in January against 4,700 in April'],
        ['006-6', '010-1', '4,000 casualties in January against 4,700 in April'],
        ['003-4', '014-4', '776,640 Russian losses in December 2024 against more than 1.08 million in September 2025'],
        ['006-3', '010-2', '300 killed in January against 600 in April'],
        ['006-3', '012-4', '300 killed in January against 600 estimated in April'],
        ['006-3', '014-1', '300 killed in January against 2,000 in September'],
        ['006-3', '014-2', '300 killed in January against the 600 estimated in April'],
        ['010-2', '014-1', '600 killed in April against 2,000 in September'],
        ['012-4', '014-1', '600 killed in April against 2,000 in September'],
        ['014-1', '014-2', '2,000 killed by September against the 600 the agency estimated in April, in one article'],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
