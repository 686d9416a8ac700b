#!/usr/bin/env python3
"""Gold labels for testdata/blind587 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS_BY = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

about = ("Gold labels for testdata/blind587: fifteen articles written for crosscheck in our own words "
         "about the real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS_BY + ["Park Sun-won"],
         "North Korea has shipped roughly 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS_BY + ["Park Sun-won"],
         "some 1,500 special operations troops had been ferried from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
        ("troops", NK, 12000, None, "up_to", ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine", "Kyiv"],
         "up to 12,000 North Korean personnel, among them roughly 500 officers and three generals, are being readied at ranges in Russia's Far East", False),
        ("troops", NK, 500, None, "about", ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine", "Kyiv"],
         "roughly 500 officers", False),
        ("troops", NK, 3, None, "exact", ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine", "Kyiv"],
         "three generals", True),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "US", "Washington"],
         "roughly 8,000 of the North's soldiers had been moved to the Kursk region bordering Ukraine", False),
        ("troops", RU, 50000, None, "about", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia has assembled a force of about 50,000 troops in the region", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_BY + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers sent to Russia have been killed in combat with Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "about 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "The losses are believed to total around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "the roughly 11,000 North Korean troops sent to Russia", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded in clashes near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Over 3,000 troops from North Korea have been killed or wounded in Russia's Kursk region so far", False),
        ("killed", NK, 40, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "its drone operators had killed about 40 North Korean soldiers near the village of Plekhovo over three days", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States"],
         'North Korean troops had taken "several hundred" casualties', True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_BY + ["Lee Seong-kweun", "Seoul"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_BY + ["Lee Seong-kweun", "Seoul"],
         "2,700 wounded fighting alongside Russian troops in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian troops had captured two North Korean soldiers in Kursk Oblast", False),
        ("troops", NK, 11000, 12000, "range", ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea"],
         "North Korea is believed to have sent 11,000-12,000 soldiers to Russia last autumn", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "dispatched some three thousand additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "North Korean casualties had reached about 4,000 as of this month", False),
        ("troops", NK, 11000, None, "about", ["South Korean and U.S. intelligence", "South Korea", "United States", "U.S. intelligence"],
         "The North sent around 11,000 troops to Russia last fall", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded during the operation in the region", False),
        ("troops", NK, 10000, 12000, "range", ["Western media", "Western media outlets"],
         "between 10,000 and 12,000 North Korean military personnel were deployed to the Kursk area", False),
    ],
    "010": [
        ("killed", NK, 600, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "About 600 North Korean soldiers have died fighting alongside Russian forces against Ukraine", False),
        ("casualties", NK, 4700, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "around 4,700 casualties the North has suffered since it sent troops last year", False),
        ("killed", NK, 300, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "it put the number of dead at about 300", False),
        ("wounded", NK, 2700, None, "about", NIS_BY + ["Lee Seong-kweun"],
         "the number of wounded at about 2,700", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly 11,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff", "JCS"],
         "A further 3,000 or so arrived in January and February to replace losses", False),
        ("casualties", NK, 4700, None, "about", NIS_BY,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_BY,
         "including some 600 deaths", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine is holding two North Korean prisoners of war", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS_BY + ["Park Sun-won"],
         "The number of North Korean soldiers killed in Russia's war against Ukraine has risen to around 2,000", False),
        ("troops", NK, 1000, None, "about", NIS_BY + ["Park Sun-won"],
         "roughly 1,000 military engineers dispatched under the agreement Moscow and Pyongyang reached in June are now at work clearing mines in the Kursk region", False),
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "nine members of the regiment lost their lives during the mission", False),
        ("wounded", NK, 200, 900, "vague", NIS_BY,
         "Hundreds of wounded soldiers have also been brought home", True),
        ("troops", NK, 14000, None, "about", ["Seo Jae-won", "Korea Institute for Peninsula Studies"],
         "the about 14,000 North Korean troops sent to Russia since October last year", False),
    ],
}

NOT = {
    "000": ["The total is expected to reach 10,000 by December", "about 100 basic military terms", "early 20s",
            "between Oct. 8 and 13", "shares slide 2.3%", "31st straight week", "12-city North American tour",
            "lows of minus 2 C", "1,200 additional care workers"],
    "001": ["five training grounds", "more than 6,000 kilometers", "60-mm mortars", "around 600 square kilometers",
            "96 drones", "62 shot down", "Join 17,000 members", "from $5 a month", "four years",
            "capture 2 villages", "10 days of North Korean deployment", "3 killed in Russian glide bomb attack"],
    "002": ["paras 4-7", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Dec. 14-15",
            "key rate at 3 pct", "up 1.4 pct in first 20 days", "vetoes 6 bills", "21 countries"],
    "003": ["47 comments", "nearly three-year war", "lines of 20 to 30 men", "about $500 each", "January 20",
            "10 Months of Advance", "2 Missile Decisions", "21% Interest Rates"],
    "004": ["74 drones", "47 had been shot down", "27 were \"lost\"", "born in 2005", "aged 26", "since 2021",
            "40,000 households", "death toll climbs to 24"],
    "007": ["about 220 artillery pieces", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "1st trilateral defense talks", "down 0.3% at 38,256", "3.2%, fastest in 19 months"],
    "008": ["Article 4", "June 19, 2024", "over 7,000 pieces of weaponry", "more than 400 tanks",
            "more than 150,000 residents were evacuated", "down 8.4% in April", "3rd International Forum"],
    "010": ["more than 20,000 containers", "about 28 trillion won ($19.6 billion)", "August 2023",
            "KOSPI 2,556.61", "USD/KRW 1,425.10"],
    "012": ["6,000 deminers and builders", "thousands of military engineers and construction workers",
            "1,000 sappers", "5,000 military builders", "some 28 settlements", "5,000-tonne destroyer"],
    "014": ["the 5,000 military construction workers it promised", "some 120 days", "one in seven",
            "seventy years", "80 years after liberation", "56% in Gallup Korea poll", "The 93-year-old",
            "More than 300 Koreans among 475 detained", "4-year sentence"],
}

OFF = ["006", "009", "011", "013"]
DUP = {"005": "002"}


def cross(xs, ys, why):
    return [[x, y, why] for x in xs for y in ys if x != y]


# Troop totals, by when they were given.
EARLY = ["000-1", "000-2"]                       # 3,000 / 1,500 sent so far, October 2024 (NIS)
KURSK8 = ["001-2"]                               # about 8,000 in Kursk, 31 October 2024 (Blinken)
FIRST_WAVE = ["001-1", "002-4", "004-4", "007-3", "008-2", "012-1"]  # about 11,000 (or 10,000-12,000)
TOTAL14 = ["014-5"]                              # about 14,000 in all, September 2025
ADDITIONAL = ["007-1", "012-2"]                  # about 3,000 reinforcements, early 2025

may = []
may += cross(EARLY, KURSK8 + FIRST_WAVE + TOTAL14,
             "early count while the deployment was still under way (October 2024) against later, larger totals")
may += cross(KURSK8, [c for c in FIRST_WAVE if c != "001-1"] + TOTAL14,
             "about 8,000 in Kursk on 31 October 2024 against totals given weeks or months later")
may += cross(FIRST_WAVE, TOTAL14,
             "the first wave of about 11,000 against about 14,000 sent in all, reinforcements included, months later")
may += [["000-3", "014-5", "up to 12,000 being readied (October 2024) against about 14,000 sent in all (September 2025)"]]
may += cross(ADDITIONAL, ["000-2"] + KURSK8 + FIRST_WAVE + TOTAL14,
             "an additional force of about 3,000 against the whole deployment")
# Casualties (killed and wounded together): a cumulative toll that rose over months.
may += [["003-3", "003-1", "White House 'several hundred' (vague, a week earlier) against more than 3,000"],
        ["003-3", "002-3", "White House 'several hundred' (vague) against about 1,100, two days apart"]]
may += cross(["002-3", "003-3"], ["007-2", "010-2", "012-3"],
             "December 2024 toll against the cumulative toll two to four months later")
may += cross(["007-2"], ["010-2", "012-3"], "about 4,000 (February) against about 4,700 (April): cumulative rise")
# Killed and wounded: South Korea's running estimates, months apart.
may += cross(["004-1", "010-3"], ["010-1", "012-4", "014-1"],
             "about 300 killed (January 2025) against later cumulative estimates months later")
may += cross(["010-1", "012-4"], ["014-1"], "about 600 killed (April 2025) against about 2,000 (September 2025)")
may += cross(["002-2"], ["004-2", "010-4"], "about 1,000 wounded (December) against about 2,700 (January): cumulative rise")

conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, 4 November) against roughly 8,000 "
                           "moved to Kursk (Blinken, 31 October), five days apart, in one article"],
        ["002-3", "003-1", "about 1,100 North Korean casualties (South Korea's NIS, 19 December) against more than "
                           "3,000 killed or wounded (Zelensky, 23 December), four days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
