#!/usr/bin/env python3
"""Gold labels for testdata/blind673 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind673/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations soldiers already moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence"],
         "Ukraine's intelligence now counts eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "Pyongyang had sent, alongside its rank and file, about 500 officers to Russia", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "United States", "U.S.", "Pentagon spokesperson"],
         "More than 10,000 North Korean soldiers have been moved into Russia's Kursk region", False),
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russia has gathered about 50,000 of its own troops for that effort", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "Pyongyang has sent between 10,000 and 12,000 troops to Russia in all", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties in Russia's Kursk region have passed 3,000", False),
        ("killed", NK, 300, None, "about", ["Lee Seong-kweun"] + NIS,
         "About 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky"],
         "Ukrainian forces took two North Korean soldiers alive on Jan. 9", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "more_than", ["Andrii Yusov", "Yusov"] + HUR,
         "More than 1,000 North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("killed", NK, 300, None, "about", NIS,
         "the agency put the number of North Korean dead at roughly 300", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "the wounded at around 2,700", False),
        # one battle only: a part of the whole
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators killed 21 North Korean soldiers during a two-day battle", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops had captured two North Korean soldiers", False),
        ("casualties", RU, 38000, None, "about", ZEL,
         "Russia had lost around 38,000 troops in Kursk Oblast", False),
        ("killed", RU, 15000, None, "about", ZEL,
         "about 15,000 of them killed", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the tally of North Korean dead and wounded in Kursk had passed three thousand", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "Pentagon official", "United States"],
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the enemy's losses in the Kursk Region exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korea"],
         "Western and South Korean officials estimate that 11,000-12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so had arrived in January and February as reinforcements", False),
        ("troops", NK, 2000, 9000, "vague", U,
         "Several thousand more are believed to be in training camps in Russia's far east", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 who had died", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Koreans captured by Ukraine in January", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", U,
         "North Korea sent roughly 11,000 troops to the Kursk region last year", False),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "Around 600 of them have been killed", False),
    ],
    "014": [
        # demining regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "paid tribute to nine of its soldiers who died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it reported in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remained deployed in Russian border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops were being moved to Russia in stages", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four Russian navy transport vessels", "four brigades",
            "more than 13,000 containers of artillery shells", "roughly 1.28 million active-duty personnel",
            "2 inter-Korean roads", "11th Corps"],
    "001": ["Views: 4,812", "82mm mortars", "no more than 40 kilometres from the Ukrainian border",
            "Russia's war losses: 1,390 soldiers in past day"],
    "002": ["roughly 40% of the territory", "some 1,376 square km (531 square miles)", "less than 10 weeks",
            "$425 million"],
    "004": ["KOSPI 2,489.56", "USD/KRW 1,472.30", "a 20-year-old rifleman", "a 26-year-old sniper",
            "about $2,000 a month per soldier", "Zelensky says N. Korean losses in Kursk top 3K",
            "Two North Korean soldiers captured by Ukraine, says Zelensky"],
    "005": ["more than three times the figure", "Russia launches 74 drones overnight", "47 shot down",
            "3 min read"],
    "006": ["almost three times South Korea's", "shot down 52 of 103 drones", "240mm multiple rocket launchers",
            "Comments (312)", "31 December"],
    "008": ["more than 400 tanks", "over 2,000 armored vehicles", "Article 4 of the treaty",
            "7 bln rubles", "August 6, 2024"],
    "009": ["about $20bn (£15bn)", "as many as 12 million artillery shells", "in 60 seconds"],
    "011": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers, military builders",
            "his third since March"],
    "014": ["a 120-day mission", "Kim, 41", "South Korea says North's losses in Russia could top 2,000"],
}

OFF = ["003", "007", "010", "012"]
DUP = {"013": "002"}

A_ = "an additional or separate force, or a first group against the later total"
conflicts = {
    "must": [
        ["004-2", "005-1", "about 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["005-2", "005-1", "within one article: NIS's roughly 300 dead against HUR's more than 1,000 killed, the same week"],
        ["006-2", "006-1", "within one live blog: about 1,100 casualties (South Korea's JCS) against more than three thousand (Zelensky), the same day"],
    ],
    "may": [
        # troops: the first group of 1,500 against later totals (weeks to months apart)
        ["000-1", "001-1", "first group of 1,500 (Oct 18) against 11,000 two and a half weeks later"],
        ["000-1", "002-1", "first group of 1,500 against more than 10,000, weeks later"],
        ["000-1", "002-3", "first group of 1,500 against 10,000-12,000, weeks later"],
        ["000-1", "009-1", "1,500 in October 2024 against 11,000-12,000, months later"],
        ["000-1", "009-2", "1,500 against additional 3,000 reinforcements, months later"],
        ["000-1", "009-3", "1,500 against several thousand more in training (vague), months later"],
        ["000-1", "011-1", "1,500 against about 11,000, months later"],
        ["000-1", "014-4", "1,500 against about 10,000 remaining, a year later"],
        ["000-1", "014-5", "1,500 against 5,000 construction troops, a year later"],
        # troops: additional / separate forces and months-apart totals
        ["001-1", "009-2", A_], ["001-1", "009-3", A_], ["001-1", "014-5", A_],
        ["001-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Nov-Dec 2025), a year apart"],
        ["002-1", "009-2", A_], ["002-1", "009-3", A_], ["002-1", "014-5", A_],
        ["002-1", "014-4", "more than 10,000 (Nov 2024) against about 10,000 (Dec 2025), a year apart"],
        ["002-3", "009-2", A_], ["002-3", "009-3", A_], ["002-3", "014-5", A_],
        ["009-1", "009-2", "11,000-12,000 sent in autumn against a further 3,000 reinforcements"],
        ["009-1", "009-3", A_], ["009-1", "014-5", A_],
        ["009-1", "014-4", "11,000-12,000 sent in 2024 against about 10,000 remaining, months apart"],
        ["009-2", "011-1", A_], ["009-2", "014-4", A_], ["009-2", "014-5", "3,000 reinforcements against 5,000 builders, months apart"],
        ["009-3", "011-1", A_], ["009-3", "014-4", A_],
        ["011-1", "014-4", "about 11,000 sent in 2024 against about 10,000 remaining, six months apart"],
        ["011-1", "014-5", A_],
        ["014-4", "014-5", "troops remaining against a separate construction contingent"],
        # casualties
        ["006-3", "006-1", "several hundred (Pentagon, a week earlier, vague) against more than three thousand"],
        ["006-3", "006-2", "several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["004-1", "006-2", "more than 3,000 (Jan 13) against about 1,100 (Dec 23), three weeks apart, a rising total"],
        ["004-1", "006-3", "more than 3,000 (Jan) against several hundred (mid-December), a rising total"],
        ["009-4", "006-2", "about 4,700 (Apr 2025) against about 1,100 (Dec 2024), months apart"],
        ["009-4", "006-3", "about 4,700 (Apr 2025) against several hundred (Dec 2024), months apart"],
        # killed: months apart, a rising total
        ["004-2", "009-5", "300 (Jan) against 600 (Apr), months apart"],
        ["004-2", "011-2", "300 (Jan) against 600 (reported Jun), months apart"],
        ["004-2", "014-2", "300 (Jan) against 2,000 (Dec), months apart"],
        ["004-2", "014-3", "300 (Jan) against the April figure of 600 restated in December"],
        ["005-2", "009-5", "300 (Jan) against 600 (Apr), months apart"],
        ["005-2", "011-2", "300 (Jan) against 600 (reported Jun), months apart"],
        ["005-2", "014-2", "300 (Jan) against 2,000 (Dec), months apart"],
        ["005-2", "014-3", "300 (Jan) against the April figure of 600 restated in December"],
        ["005-1", "009-5", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["005-1", "011-2", "more than 1,000 (HUR, Jan) against about 600 (reported Jun), months apart"],
        ["005-1", "014-3", "more than 1,000 (HUR, Jan) against the April figure of 600 restated in December"],
        ["009-5", "014-2", "600 (Apr) against 2,000 (Dec), a rising total months apart"],
        ["011-2", "014-2", "600 (reported Jun) against 2,000 (Dec), a rising total months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
