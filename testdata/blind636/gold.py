#!/usr/bin/env python3
"""Gold labels for blind636 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind636: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
HUR = ["HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", HUR + ["Andrii Yusov", "Yusov"],
         "About 11,000 North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Andrii Yusov", "Yusov"] + HUR,
         "roughly 500 officers", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "Washington"],
         "roughly 8,000 North Korean troops had been moved to the Kursk region", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "US", "U.S.", "Washington"],
         "North Korea moved at least 3,000 soldiers into eastern Russia", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "a total of about 3,000 troops sent so far", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun", "Lee"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun", "Lee"],
         "around 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence", "Seoul"],
         "North Korea is believed to have dispatched some 11,000 soldiers to Russia", False),
    ],
    "003": [
        ("casualties", NK, 24, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed or wounded dozens of North Korean soldiers", True),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "Of those, 21 were confirmed dead", False),
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "preliminary figures put North Korean losses in Kursk — killed and wounded together — at more than 3,000", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops were brought to the Kursk region", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea has sent about 11,000 soldiers to Russia", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia", False),
        ("troops", NK, 200, 900, "vague", JCS,
         "Several hundred of the newcomers", True),
        ("casualties", NK, 4000, None, "about", JCS,
         "The North's casualties so far total around 4,000", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea's casualties from its deployment to Russia have reached an estimated 4,700", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including around 600 deaths", False),
        ("troops", NK, 15000, None, "about", ["Lee Seong-kweun", "Lee"] + NIS,
         "the North had dispatched about 15,000 troops in total", False),
    ],
    "009": [
        ("troops", NK, 15000, None, "about", ["South Korean intelligence"] + NIS,
         "roughly 15,000 troops have been sent to Russia", False),
        ("troops", NK, 11000, None, "about", ["South Korean intelligence"] + NIS,
         "some eleven thousand soldiers", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers are believed to have been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "its April estimate of roughly 600", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Ukraine still holds two North Korean prisoners of war", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian General Staff"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen in the region", False),
        ("troops", UA, 1000, None, "up_to", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "up to 1,000 Ukrainian servicemen supported by tanks and armoured vehicles had crossed the border", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western", "South Korea", "South Korean"],
         "put the first contingent, which arrived in late 2024, at 11,000-12,000", False),
        ("troops", NK, 2000, 9999, "vague", ["Western and South Korean estimates", "Western", "South Korea", "unattributed"],
         "several thousand reinforcements", True),
        ("troops", NK, 11000, None, "about", HUR + ["Guardian"],
         "it still counts about 11,000 North Korean troops in the Kursk region", False),
        ("casualties", RU, 1003240, None, "exact", ["Ukraine's general staff", "General Staff", "Ukraine"],
         "1,003,240 personnel killed and wounded", False),
    ],
}

NOT = {
    "000": ["Join 16,000 members", "$5/month", "about 1,300 square kilometers", "60-millimeter mortars",
            "Russia launches 96 drones overnight, Ukraine's air force says 62 shot down",
            "more than 13,000 containers of artillery shells", "up to 100,000 over time", "8 guided bombs",
            "12 dead after Russian strike on Kharkiv apartment block", "Comments (47)"],
    "001": ["expects the number to reach 10,000 by December", "two units of North Korean troops of up to 6,000 soldiers each",
            "The 10,000-strong figure that Seoul expects", "at least three military training sites",
            "Israel says 1,200 rockets fired from Lebanon this month", "Wall Street slips 0.9%"],
    "002": ["250 new tactical ballistic missile launchers", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "wiped out by 6 drones in an hour", "S. Korea to set up 3 new drone units in 2025", "Dec. 20",
            "tops Spotify chart for 20th week"],
    "003": ["78 missiles and 106 drones", "Ukraine returns 150 prisoners of war", "1 million drones a year",
            "around 100 settlements", "about 40% of that territory", "11th Army Corps"],
    "005": ["one of them is 20 years old and the other is 26", "3 days of joint naval drills", "17 languages",
            "Nikkei average falls 1.05% to 39,190"],
    "006": ["around 200 long-range artillery pieces", "USD/KRW 1,445.20", "KOSPI 2,641.03", "1950-53 Korean War",
            "Growth Slows to 78%", "Cleared in Final Appeal After 4 Years", "Russia's Oil Revenue Falls 19%"],
    "008": ["about 28 trillion won ($20 billion)", "May 9 Victory Day celebrations", "up 1.2% to 6.7 tril. won",
            "rises for 9th straight month", "3 more concerts"],
    "009": ["1,000 sappers and 5,000 military construction workers", "188 comments", "about $20 billion",
            "Section A, Page 8", "Changed Hands 4 Times", "3 Takeaways", "11th Army Corps"],
    "011": ["over 7,700 units of weapons and military equipment", "417 tanks", "more than 150,000 residents",
            "at least 100 billion rubles"],
    "014": ["send 6,000 deminers and military builders", "1,000 sappers to clear the Kursk region of mines",
            "5,000 military builders to restore the destroyed infrastructure", "440 drones and 32 missiles",
            "428 of the 472 drones and missiles", "27 locations", "241 on board", "perhaps two brigades",
            "about 15% of the region's border districts"],
}

OFF = ["004", "007", "010", "012"]
DUP = {"013": "008"}

conflicts = {
    "must": [
        ["000-1", "000-3", "about 11,000 North Koreans in Kursk (Ukraine's HUR, Nov 5) against roughly 8,000 in Kursk "
                           "(Pentagon, Oct 31), five days apart, in one article"],
        ["002-1", "003-3", "an estimated 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), reported four days apart"],
    ],
    "may": [
        ["001-2", "000-3", "about 3,000 sent so far (NIS, Oct 23) against 8,000 in Kursk (Pentagon, Oct 31): a build-up over a week"],
        ["001-2", "000-1", "about 3,000 sent so far (Oct 23) against 11,000 in Kursk (Nov 5): a build-up over two weeks"],
        ["000-3", "002-4", "8,000 (Oct 31) against 11,000 (Dec 23), seven weeks apart"],
        ["000-3", "003-4", "8,000 (Oct 31) against 11,000-12,000 (Dec 27), eight weeks apart"],
        ["000-3", "005-4", "8,000 (Oct 31) against 11,000 (Jan 13), months apart"],
        ["002-1", "006-3", "1,100 casualties (Dec) against 4,000 (Feb): a cumulative figure two months later"],
        ["002-1", "008-1", "1,100 casualties (Dec) against 4,700 (Apr): months apart"],
        ["006-3", "008-1", "4,000 casualties (Feb) against 4,700 (Apr): a cumulative figure two months later"],
        ["006-1", "002-4", "an additional 3,000 against the 11,000 first sent"],
        ["006-1", "005-4", "an additional 3,000 against the 11,000 first sent"],
        ["006-1", "000-1", "an additional 3,000 against the 11,000 first sent"],
        ["008-3", "002-4", "15,000 in total including reinforcements (Apr) against 11,000 (Dec)"],
        ["008-3", "005-4", "15,000 in total including reinforcements (Apr) against 11,000 (Jan)"],
        ["008-3", "000-1", "15,000 in total including reinforcements (Apr) against 11,000 (Nov)"],
        ["008-3", "003-4", "15,000 in total including reinforcements (Apr) against 11,000-12,000 (Dec)"],
        ["005-1", "008-2", "about 300 killed (Jan) against about 600 (Apr): months apart"],
        ["005-1", "009-4", "about 300 killed (Jan) against the April estimate of about 600"],
        ["005-1", "009-3", "about 300 killed (Jan) against about 2,000 (Sept)"],
        ["008-2", "009-3", "about 600 killed (Apr) against about 2,000 (Sept): months apart"],
        ["014-3", "008-3", "11,000 remaining in Kursk (June) against 15,000 sent in total (Apr)"],
        ["014-3", "009-1", "11,000 remaining in Kursk (June) against 15,000 sent in total (Sept)"],
        ["014-1", "008-3", "a first contingent of 11,000-12,000 against 15,000 in total"],
        ["014-1", "009-1", "a first contingent of 11,000-12,000 against 15,000 in total"],
        ["003-4", "009-1", "11,000-12,000 (Dec) against 15,000 in total (Sept)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
