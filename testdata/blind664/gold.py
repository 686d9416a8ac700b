#!/usr/bin/env python3
"""Gold labels for testdata/blind664 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind664: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025). Same schema as corpus/gold.json; see corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of some 1,500 special operations troops already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "Roughly 8,000 North Korean soldiers have been moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US", "U.S."],
         "About 10,000 North Korean troops are now in Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 wounded in battles in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "Together the figures put the North's casualties at about 1,100", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "Pyongyang is believed to have sent some 11,000 troops to Russia since October", False),
        ("casualties", NK, 200, 900, "vague", ["US State Department", "State Department", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has already passed 3,000", False),
        ("troops", NK, 12000, None, "about", ["Ukrainian and Western officials", "Western officials", "Ukraine"],
         "Pyongyang has deployed around 12,000 troops to Russia since the autumn", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean troops had been killed or wounded in fighting near the villages of Plekhovo, Vorobiovka and Martynivka", False),
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Kyiv", "Ukraine"],
         "Russian forces lost more than 38,000 troops killed and wounded in Kursk Oblast since August", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS_LEE + ["South Korea's intelligence service"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE + ["South Korea's intelligence service"],
         "2,700 wounded fighting for Russia in the Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "puts total North Korean casualties at roughly 3,000", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "more than 4,000 North Korean soldiers had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "009": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "United States", "Ukraine"],
         "numbered between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Some three thousand more soldiers were sent in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "around 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 200, 900, "vague", ["unattributed", "Seoul", "South Korea", "JCS"],
         "Hundreds of them are thought to have died", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE + ["lawmakers"],
         "Some 4,700 North Korean soldiers have been killed or wounded in the fighting in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", NIS_LEE + ["lawmakers"], "about 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "The spy agency had put the figure at around 3,000 casualties in January", False),
        ("troops", NK, 11000, None, "about", NIS,
         "First contingent (Oct.-Dec. 2024): about 11,000 troops", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Reinforcements (Jan.-Feb. 2025): about 3,000 troops", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Kiev regime lost more than 76,000 servicemen", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea"],
         "nine of the unit's members were killed during the mission", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent roughly eleven thousand troops to Russia in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", ["South Korea's intelligence agency", "National Intelligence Service", "NIS", "South Korea"],
         "about two thousand North Korean soldiers had died in the fighting", False),
    ],
}

NOT = {
    "000": ["Four amphibious landing ships and three escort vessels", "plans to send as many as 12,000 troops in all",
            "commit four brigades", "over five days beginning Oct. 8", "in their early 20s",
            "lifts book sales by 1,000,000 copies", "KOSPI closes at 2,593.82", "17-city tour"],
    "001": ["captured 2 more villages", "wounding 36", "465-seat lower house", "February 2022", "nearly three months"],
    "003": ["34 of 62 Shahed-type attack drones", "Another 25 drones", "injuring 16 people",
            "about 50 kilometers from the Ukrainian border", "60mm mortars", "could send thousands more",
            "1,247 readers became members", "Russia's losses top 700,000 since 2022", "40 million tons", "Day 986",
            "152 shares"],
    "004": ["240mm multiple rocket launchers", "at least one officer of general rank", "1,451.9 per dollar",
            "3 million visitors", "10 percent of overseas staff", "7 picks"],
    "005": ["roughly a third of Kyiv's", "community of 15,000 members", "72 drones, 16 missiles",
            "5 settlements lost in a week", "1.5 million drones", "Aug. 6", "Dec. 4"],
    "008": ["one is 20 and the other 26", "200 years ago", "death toll rises to 24", "12% rise in council tax bills",
            "five things we learned"],
    "009": ["some 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "millions of artillery shells", "around $20 billion", "Wildfires in South Korea kill 28",
            "destroy 4,000 homes", "7.7-magnitude quake"],
    "010": ["risen by more than half", "North Korea launches 4 short-range missiles",
            "Two captured North Korean soldiers say they want to go to South Korea", "KOSPI 2,556.61",
            "USD/KRW 1,426.00"],
    "012": ["1,000 sappers to clear mines", "5,000 military builders", "over 7,000 units of weapons and military equipment",
            "420 tanks", "more than 1.5 million explosive objects", "Over 600 Russian children",
            "falls 0.8% to 2,780 points", "twice in less than two weeks"],
    "013": ["one hundred and twenty days", "528th Engineer Regiment",
            "one thousand deminers and five thousand military construction workers", "up to 70 centimeters of snow",
            "closed Friday at 50,836"],
}

OFF = ["002", "007", "011", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["004-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 "
                           "killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["008-3", "008-4", "roughly 3,000 casualties (NIS) against more than 4,000 (Ukraine's HUR), "
                           "in the same article on the same day"],
    ],
    "may": [
        ["001-1", "003-1", "8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky) five days later, while the force was still arriving"],
        ["001-2", "003-1", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelensky) five days later, while the force was still arriving"],
        ["001-1", "004-4", "8,000 (end of October) against some 11,000 seven weeks later"],
        ["001-1", "005-2", "8,000 (end of October) against around 12,000 eight weeks later"],
        ["001-2", "004-4", "about 10,000 (end of October) against some 11,000 seven weeks later"],
        ["001-2", "005-2", "about 10,000 (end of October) against around 12,000 eight weeks later"],
        ["003-1", "005-2", "11,000 (Zelensky, November) against around 12,000 (Ukrainian and Western officials, December)"],
        ["004-4", "005-2", "some 11,000 (Seoul) against around 12,000 (Ukrainian and Western officials) four days apart: both rounded estimates"],
        ["001-1", "009-1", "8,000 in October 2024 against 11,000-12,000 for the first contingent, months later"],
        ["001-1", "010-4", "8,000 in October 2024 against about 11,000 for the first contingent, months later"],
        ["001-1", "013-2", "8,000 in October 2024 against roughly eleven thousand, a year later"],
        ["001-2", "009-1", "about 10,000 in October 2024 against 11,000-12,000, months later"],
        ["001-2", "010-4", "about 10,000 in October 2024 against about 11,000, months later"],
        ["001-2", "013-2", "about 10,000 in October 2024 against roughly eleven thousand, a year later"],
        ["005-2", "010-4", "around 12,000 (December 2024) against about 11,000 (April 2025), months apart"],
        ["005-2", "013-2", "around 12,000 (December 2024) against roughly eleven thousand (December 2025), a year apart"],
        ["001-1", "009-2", "an additional 3,000 against the first force"],
        ["001-1", "010-5", "an additional 3,000 against the first force"],
        ["001-2", "009-2", "an additional 3,000 against the first force"],
        ["001-2", "010-5", "an additional 3,000 against the first force"],
        ["003-1", "009-2", "an additional 3,000 against the first force"],
        ["003-1", "010-5", "an additional 3,000 against the first force"],
        ["004-4", "009-2", "an additional 3,000 against the first force"],
        ["004-4", "010-5", "an additional 3,000 against the first force"],
        ["005-2", "009-2", "an additional 3,000 against the first force"],
        ["005-2", "010-5", "an additional 3,000 against the first force"],
        ["009-1", "009-2", "an additional 3,000 against the first contingent of 11,000-12,000"],
        ["009-1", "010-5", "an additional 3,000 against the first contingent of 11,000-12,000"],
        ["009-2", "010-4", "an additional 3,000 against the first contingent of about 11,000"],
        ["009-2", "013-2", "an additional 3,000 against roughly eleven thousand first sent"],
        ["010-4", "010-5", "reinforcements of about 3,000 against the first contingent of about 11,000"],
        ["010-5", "013-2", "an additional 3,000 against roughly eleven thousand first sent"],
        ["004-3", "004-5", "about 1,100 casualties (NIS) against 'several hundred' (US State Department, a day earlier): vague"],
        ["004-5", "005-1", "'several hundred' (US, 18 Dec) against more than 3,000 (Zelensky, 23 Dec): vague"],
        ["004-5", "008-3", "'several hundred' (US, December) against roughly 3,000 (NIS, January): vague, weeks apart"],
        ["004-5", "008-4", "'several hundred' (US, December) against more than 4,000 (HUR, January): vague, weeks apart"],
        ["004-5", "009-3", "'several hundred' (US, December) against around 4,700 (JCS, March): vague, months apart"],
        ["004-5", "010-1", "'several hundred' (US, December) against some 4,700 (NIS, April): vague, months apart"],
        ["004-5", "010-3", "'several hundred' (US, December) against the NIS's January figure of around 3,000: vague"],
        ["004-3", "008-4", "about 1,100 (NIS, 19 Dec) against more than 4,000 (HUR, 14 Jan): different sources, weeks apart"],
        ["004-3", "009-3", "about 1,100 (NIS, December) against around 4,700 (JCS, March): months apart"],
        ["008-3", "009-3", "roughly 3,000 (NIS, January) against around 4,700 (JCS, March): months apart"],
        ["008-4", "010-3", "more than 4,000 (HUR, January) against the NIS's January figure of around 3,000, recalled in April"],
        ["009-3", "010-3", "around 4,700 (JCS, March) against the NIS's January figure of around 3,000, recalled in April"],
        ["009-4", "013-3", "'hundreds' killed (March) against about two thousand (NIS, September): vague, months apart"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
