#!/usr/bin/env python3
"""Gold labels for testdata/blind402 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind402 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence", "HUR", "Andrii Yusov", "Yusov", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]
N, R, U = "north_korea", "russia", "ukraine"

A = {
    "000": [
        ("troops", N, 12000, None, "about", NIS,
         "North Korea is sending around 12,000 soldiers, including elite special forces, to Russia", False),
        ("troops", N, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", N, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US"],
         "about 8,000 North Korean soldiers have been moved to Russia's western region of Kursk", False),
        ("troops", N, 10000, None, "about", ["Pentagon", "US Defense Department", "United States", "US"],
         "North Korea had sent around 10,000 troops in total to eastern Russia for training", False),
    ],
    "002": [
        ("troops", N, 11000, None, "exact", HUR,
         "eleven thousand North Korean servicemen are now in Russia's Kursk Oblast", False),
        ("troops", N, 1000, None, "less_than", HUR,
         "Fewer than 1,000 have so far been sent anywhere near the contact line", False),
        ("casualties", R, 20000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost more than 20,000 soldiers killed and wounded in Kursk Oblast", False),
    ],
    "004": [
        ("casualties", N, 1100, None, "about", JCS,
         "North Korean soldiers fighting for Russia in the Kursk region have suffered an estimated 1,100 casualties", False),
        ("troops", N, 11000, None, "about", JCS,
         "had sent roughly 11,000 soldiers to Russia", False),
        ("troops", N, 2000, 9000, "vague", JCS,
         "several thousand have so far been thrown into front-line assaults in Kursk", True),
        ("killed", N, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", N, 1000, None, "about", NIS,
         "around 1,000 wounded", False),
    ],
    "005": [
        ("killed", N, 9, None, "exact", ["KCNA", "Kim Jong-un", "North Korea", "state media", "North Korean state media"],
         "paid tribute to nine soldiers who died during the mission", False),
        ("troops", N, 1000, None, "about", ["unattributed"],
         "the roughly 1,000 sappers Pyongyang sent to Kursk over the summer", False),
        ("killed", N, 2000, None, "about", NIS,
         "Some two thousand North Korean soldiers have died", False),
        ("troops", N, 12000, None, "up_to", ["South Korean and western estimates", "South Korea", "western estimates", "western intelligence"],
         "Pyongyang sent up to 12,000 troops to Russia in late 2024", False),
    ],
    "006": [
        ("casualties", N, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", N, 50, None, "at_least", SSO,
         "killed at least 50 North Korean soldiers", False),
        ("wounded", N, 47, None, "exact", SSO,
         "wounded another 47", False),
        ("killed", N, 200, 999, "vague", ["drone operators", "Ukrainian drone operators", "Kyiv Post"],
         "hundreds of North Koreans had been cut down while advancing in tight columns", True),
    ],
    "008": [
        ("killed", N, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", N, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", N, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "That puts the North's casualties at some three thousand", False),
        ("captured", N, 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers", False),
        ("casualties", N, 3800, None, "exact", ZEL,
         "3,800 North Korean soldiers had been killed or wounded in the fighting", False),
    ],
    "009": [
        ("captured", N, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("troops", N, 10000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia", False),
        ("killed", N, 200, 999, "vague", ["Western officials"],
         "hundreds of them have been killed since they entered combat in December", True),
    ],
    "010": [
        ("casualties", U, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops, killed and wounded", False),
        ("troops", N, 11000, 12000, "range", ["Western and South Korean intelligence agencies", "Western intelligence",
                                              "South Korean intelligence", "South Korea"],
         "Pyongyang sent 11,000 to 12,000 soldiers to Russia in the autumn of 2024", False),
        ("troops", N, 3000, None, "about", NIS,
         "roughly 3,000 more followed as reinforcements", False),
        ("casualties", N, 4700, None, "about", NIS,
         "the North has suffered around 4,700 casualties", False),
        ("killed", N, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("casualties", N, 3000, None, "about", NIS,
         "In January, the agency had put the figure at about 3,000", False),
        ("captured", N, 2, None, "exact", ["unattributed"],
         "Ukraine holds two North Korean prisoners of war, captured in January", False),
    ],
    "013": [
        ("casualties", U, 76000, None, "more_than", ["Russian Defense Ministry", "Russian Defence Ministry",
                                                     "Defense Ministry", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk Region", False),
    ],
}

NOT = {
    "000": ["Zelensky said his intelligence showed Pyongyang was preparing 10,000 soldiers to be sent to Russia",
            "more than 13,000 containers", "a 4,000-ton-class large landing ship", "four brigades of the 11th Army Corps",
            "60 meters of track", "9.1 tln won", "2,593.82"],
    "001": ["about 86 minutes", "more than 7,000 kilometers", "about 200 kilometers west of Okushiri Island",
            "Nikkei average ends at 39,081", "2 dead, more than 500 injured in Taiwan", "233-seat majority"],
    "002": ["Russia loses 1,330 soldiers and 37 artillery systems over past day",
            "North Korea could send up to 100,000 workers to Russia's arms factories",
            "several hundred square kilometres", "6 August"],
    "004": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "12K N. Korean troops now at Russia front lines, NIS says", "Won sinks past 1,450 per dollar",
            "12.8 tril. won", "Dec. 14"],
    "005": ["a promise of 5,000 military construction workers", "four months", "for a hundred years",
            "23m car journeys", "10 matches", "48-hour hunt", "$5 a month"],
    "006": ["Russia Has Lost 780,000 Troops Since 2022", "20 or 30 men", "a 34-year-old drone unit commander",
            "Ukraine Downs 52 of 81 Russian Drones Overnight", "155mm Shell Deliveries", "USD 41.95 UAH",
            "roughly a third of that"],
    "008": ["11th Army Corps", "record $683.8 billion", "flew 1,100 km", "first time in 9 years"],
    "009": ["aged 20", "some 1,300 square kilometres", "August 6", "downed 94 Ukrainian drones overnight"],
    "010": ["eight-month incursion", "around $20 billion", "9 killed in Russian strike on Kyiv", "3.5% of GDP"],
    "013": ["one thousand sappers and five thousand military builders",
            "send 1,000 sappers to demine Russian territory and also 5,000 military builders",
            "more than 1,200 explosive objects", "100,000 rubles", "second visit to Pyongyang in two weeks",
            "USD 78.56", "Key rate 20%"],
}

OFF = ["003", "007", "012", "014"]
DUP = {"011": "009"}

must = [
    ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Nov 1) against eleven thousand in Kursk (Ukraine's HUR, Nov 5), four days apart"],
    ["004-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 26), three days apart"],
    ["008-3", "008-5", "some three thousand casualties (NIS) against 3,800 killed or wounded (Zelensky, a week earlier), in the same article"],
]
may = [
    # troops, months or weeks apart, or a whole against a part in Kursk
    ["000-1", "001-1", "about 12,000 sent to Russia against about 8,000 in Kursk two weeks later (part of the whole?)"],
    ["000-1", "001-2", "about 12,000 (NIS) against around 10,000 (Pentagon) ten days apart"],
    ["000-1", "002-1", "about 12,000 sent to Russia against 11,000 in Kursk, two and a half weeks apart"],
    ["000-1", "004-2", "about 12,000 in October against roughly 11,000 in December"],
    ["001-1", "004-2", "about 8,000 in Kursk in November against roughly 11,000 in Russia in late December"],
    ["001-1", "009-2", "about 8,000 in Kursk in November against 10,000-12,000 in January"],
    ["001-1", "010-2", "about 8,000 in Kursk in November against 11,000-12,000, reported in April"],
    ["001-2", "002-1", "around 10,000 in Russia (Pentagon, late October) against 11,000 in Kursk a week later"],
    ["001-2", "004-2", "around 10,000 in October against roughly 11,000 in December"],
    ["001-2", "010-2", "around 10,000 in October against 11,000-12,000, reported in April"],
] + [[a, "010-3", "roughly 3,000 reinforcements are an additional force"] for a in
     ["000-1", "001-1", "001-2", "002-1", "004-2", "009-2", "010-2", "005-4", "000-2", "002-2"]] + [
    [a, "005-2", "roughly 1,000 sappers sent in summer 2025 are an additional force"] for a in
     ["000-1", "000-2", "001-1", "001-2", "002-1", "002-2", "004-2", "009-2", "010-2", "010-3", "005-4"]] + [
    # casualties, weeks or months apart (cumulative figures rising)
    ["004-1", "008-3", "about 1,100 (JCS, Dec 23) against some three thousand (NIS, Jan 14): three weeks of fighting"],
    ["004-1", "008-5", "about 1,100 (JCS, Dec 23) against 3,800 (Zelensky, early January)"],
    ["004-1", "010-4", "about 1,100 in December against around 4,700 in April"],
    ["004-1", "010-6", "about 1,100 in December against about 3,000 in January, reported in April"],
    ["006-1", "008-3", "more than 3,000 against about 3,000, three weeks apart"],
    ["006-1", "010-6", "more than 3,000 (December) against about 3,000 (January), reported in April"],
    ["008-3", "010-4", "some three thousand in January against around 4,700 in April (cumulative update)"],
    ["008-5", "010-4", "3,800 in January against around 4,700 in April"],
    ["008-5", "010-6", "3,800 (Zelensky, January) against about 3,000 (NIS's January figure), reported in April"],
    # killed and wounded, months apart, or a different (later) force
    ["008-1", "010-5", "about 300 killed in January against some 600 in April (cumulative)"],
    ["008-1", "005-3", "about 300 killed in January against some two thousand by September"],
    ["010-5", "005-3", "some 600 killed in April against some two thousand by September"],
] + [[a, "005-1", "nine deminers killed in a later, separate deployment"] for a in
     ["004-4", "006-2", "008-1", "010-5"]] + [
    ["004-5", "008-2", "around 1,000 wounded in December against some 2,700 in January (cumulative)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
