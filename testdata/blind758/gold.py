#!/usr/bin/env python3
"""Gold labels for testdata/blind758 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind758/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US", "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Pentagon official", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
GENSTAFF = ["General Staff", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved roughly 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        # the earlier estimate, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "John Kirby said at least 3,000 North Korean soldiers had been moved by ship", False),
        # a daily rate of Russia's own losses
        ("casualties", RU, 1200, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russian forces have been losing about 1,200 soldiers a day, killed or wounded", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of those North Korean troops are now in the Kursk region", False),
        # the whole, of which the Kursk figure is a part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "about 10,000 North Korean soldiers have been sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "put the total sent to Russia at around 10,000", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "of the roughly 11,000 North Korean soldiers sent to Russia", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops in Kursk had suffered casualties numbering \"several hundred", True),
        # one battle near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded in combat with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "ZELENSKY: MORE THAN 3,000 NORTH KOREAN SOLDIERS KILLED OR WOUNDED IN KURSK REGION", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region had already passed 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "some 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 injured", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "about", LEE,
         "North Korea's losses in Russia's Kursk Oblast have reached around 3,000 troops killed and wounded", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # Russia's own losses: one day, then the war's total
        ("casualties", RU, 1550, None, "exact", GENSTAFF,
         "Russia lost 1,550 troops over the past day", False),
        ("casualties", RU, 813000, None, "about", GENSTAFF,
         "bringing its total losses since the start of the full-scale invasion to some 813,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", PARK,
         "puts North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", PARK,
         "including roughly 600 killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine's losses in the Kursk operation exceeded 76,000 servicemen", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "between 11,000 and 12,000 troops", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "A further 3,000 or so were sent as reinforcements", False),
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russia had massed about 50,000 troops, North Koreans among them", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had exceeded 4,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Koreans captured in January remain in Ukrainian custody", False),
    ],
    "013": [
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine sappers who, according to the Korean Central News Agency, were killed while clearing explosives", False),
        # the builders who have arrived: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", ["South Korean officials", "South Korea", "Seoul"],
         "thousands of them are now working in and around Kursk", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "the agency put the dead at roughly 600", False),
        ("troops", NK, 10000, None, "about", NIS,
         "some 10,000 North Korean troops remain stationed in Russian border areas near Ukraine", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in all", "four brigades", "a five-day stretch",
            "more than 8 million artillery and mortar rounds", "Over 840,000 young South Koreans",
            "0.6 pct", "2.3 pct", "3rd provocation", "2024/10/18 15:40"],
    "001": ["about 12,000 troops in total", "Early voting tops 41 million", "250,000 homes",
            "$1.1 billion", "lead series 3-0", "June 19, 2024", "Updated 3:15 PM EDT"],
    "002": ["sixth 2+2 meeting", "We have time for four questions", "14 min read", "October 30, 2024"],
    "003": ["Views: 2,317", "1,240 soldiers in past day, 709,070 since February 2022", "34 of 49 drones",
            "€1.5B", "October 23"],
    "005": ["240-millimeter rocket launchers", "Dec. 14-15", "three villages", "53,000 won",
            "Number of foreign residents in Korea tops 2.65 million", "Two firefighters hurt",
            "40 K-dramas", "1,453 per dollar", "Dec. 19, 2024 - 16:20"],
    "006": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "SEOUL 0.4°C",
            "USD/KRW 1,451.90", "Christmas Eve crowds of 100,000", "aged 65 and over passes 10 million",
            "0.1%", "Dec. 17"],
    "007": ["USD 41.71", "9 REGIONS", "6 PEOPLE INJURED", "KYIV -2°C", "5 OBLASTS", "14 EXTRA TRAINS",
            "4 POINTS", "41.80 BUY / 41.85 SELL", "Channel 24/7", "UTC+2"],
    "008": ["Share: 1.4K", "more than 26 languages", "2017 drill", "Kazakh soldier from 2019",
            "50 North Korean generals", "2017-2024"],
    "009": ["85 Shahed-type and decoy drones", "two Iskander-M ballistic missiles", "shot down 47 drones",
            "38 were", "14,300 members", "$5 a month", "in 48 hours",
            "Russia's daily losses fall below 1,000", "How 12 Ukrainian medics evacuated 300 wounded in a week",
            "One North Korean soldier"],
    "011": ["Downloads: 3,412", "Issue Brief No. 25-09", "since 1953", "Article 4", "roughly a third",
            "about 35 percent", "within the next 12 to 18 months", "15 years", "12,000 containers",
            "1.5 million-strong army", "70% of South Koreans"],
    "013": ["1,000 sappers for demining", "5,000 military builders", "31,400 other readers", "18 months",
            "60 new apartment blocks", "4,110", "2.3%", "Issue #147", "$8 a month", "more than tripled"],
}

OFF = ["004", "010", "014"]
DUP = {"012": "003"}

FIRST = "the first group of 1,500 (NIS, Oct 18) against a later or larger total"
PART = "the force in Kursk (a part) against the total sent to Russia (the whole)"
ADD = "an additional or separate force (reinforcements, builders) against the main contingent"
YEAR = "the 2024 contingent against the about 10,000 remaining a year later"
RISE = "a rising total weeks or months apart"
VAGUE = "a vague count against a precise one"
BOUND = "a lower bound the other figure satisfies, weeks or months apart"
ONE = "one battle or one unit (a part) against the whole"

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), four days apart"],
        ["003-2", "003-1", "within one article: Zelensky's eleven thousand in Kursk against Blinken's about 8,000 in Kursk, the same week"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["008-2", "008-1", "within one fact-check: JCS's some 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "002-1", FIRST], ["000-1", "002-2", FIRST],
        ["000-1", "003-1", FIRST], ["000-1", "003-2", FIRST], ["000-1", "003-3", FIRST], ["000-1", "005-3", FIRST],
        ["000-1", "011-4", FIRST], ["000-1", "011-5", FIRST], ["000-1", "013-2", FIRST], ["000-1", "013-5", FIRST],
        # troops, north_korea: October-November 2024
        ["001-2", "001-1", "at least 3,000 (Kirby, Oct 23) against about 10,000 (Pentagon, Oct 28): the update the article reports"],
        ["001-1", "002-1", PART], ["001-1", "003-2", PART],
        ["001-1", "003-1", "about 10,000 in Russia (Oct 28) against eleven thousand in Kursk (Nov 4)"],
        ["001-2", "002-1", BOUND], ["001-2", "002-2", BOUND], ["001-2", "003-1", BOUND], ["001-2", "003-2", BOUND],
        ["001-2", "003-3", BOUND], ["001-2", "005-3", BOUND], ["001-2", "011-4", BOUND],
        ["002-1", "002-2", "within one transcript: " + PART],
        ["002-1", "003-3", PART], ["002-2", "003-2", PART],
        ["003-2", "003-3", "within one article: " + PART],
        ["002-2", "003-1", "about 10,000 in Russia (Austin, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4)"],
        ["003-3", "003-1", "within one article: about 10,000 in Russia (Austin) against eleven thousand in Kursk (Zelensky)"],
        ["001-1", "005-3", "about 10,000 (Oct 28) against roughly 11,000 (NIS, Dec 19), seven weeks apart"],
        ["002-2", "005-3", "about 10,000 (Oct 31) against roughly 11,000 (NIS, Dec 19), seven weeks apart"],
        ["003-3", "005-3", "about 10,000 (Oct 31) against roughly 11,000 (NIS, Dec 19), seven weeks apart"],
        ["002-1", "005-3", "about 8,000 in Kursk (Oct 31) against roughly 11,000 sent (NIS, Dec 19), seven weeks apart"],
        ["003-2", "005-3", "about 8,000 in Kursk (Oct 31) against roughly 11,000 sent (NIS, Dec 19), seven weeks apart"],
        ["001-1", "011-4", "about 10,000 (Oct 2024) against 11,000-12,000 in the first contingent (May 2025 brief)"],
        ["002-2", "011-4", "about 10,000 (Oct 2024) against 11,000-12,000 in the first contingent (May 2025 brief)"],
        ["003-3", "011-4", "about 10,000 (Oct 2024) against 11,000-12,000 in the first contingent (May 2025 brief)"],
        ["002-1", "011-4", PART + ", months apart"], ["003-2", "011-4", PART + ", months apart"],
        # troops, north_korea: additional forces, builders and the force remaining a year later
        ["001-1", "011-5", ADD], ["001-2", "011-5", "at least 3,000 first shipped against about 3,000 reinforcements months later"],
        ["002-1", "011-5", ADD], ["002-2", "011-5", ADD], ["003-1", "011-5", ADD], ["003-2", "011-5", ADD],
        ["003-3", "011-5", ADD], ["005-3", "011-5", ADD], ["011-4", "011-5", "within one brief: " + ADD],
        ["001-1", "013-2", ADD], ["001-2", "013-2", ADD], ["002-1", "013-2", ADD], ["002-2", "013-2", ADD],
        ["003-1", "013-2", ADD], ["003-2", "013-2", ADD], ["003-3", "013-2", ADD], ["005-3", "013-2", ADD],
        ["011-4", "013-2", ADD], ["011-5", "013-2", ADD], ["013-2", "013-5", "within one newsletter: " + ADD],
        ["001-2", "013-5", YEAR], ["002-1", "013-5", YEAR], ["003-1", "013-5", YEAR], ["003-2", "013-5", YEAR],
        ["005-3", "013-5", YEAR], ["011-4", "013-5", YEAR], ["011-5", "013-5", ADD + ", months apart"],
        # casualties, north_korea
        ["005-4", "006-1", VAGUE + ": several hundred (Pentagon, Dec 16) against about 1,100 (JCS, Dec 23)"],
        ["005-4", "007-1", VAGUE + ": several hundred (Dec 16) against more than 3,000 (Dec 23)"],
        ["005-4", "008-1", VAGUE + ": several hundred (Dec 16) against more than 3,000 (Dec 23)"],
        ["005-4", "008-2", VAGUE + ": several hundred (Dec 16) against about 1,100 (Dec 23)"],
        ["005-4", "009-1", VAGUE + ", four weeks apart"], ["005-4", "011-1", VAGUE + ", months apart"],
        ["005-4", "011-7", VAGUE + ", months apart"],
        ["005-4", "005-5", "within one article: several hundred (Pentagon) against at least 30 in one battle (HUR)"],
        ["005-5", "006-1", ONE], ["005-5", "007-1", ONE], ["005-5", "008-1", ONE], ["005-5", "008-2", ONE],
        ["005-5", "008-3", ONE], ["005-5", "009-1", ONE], ["005-5", "011-1", ONE], ["005-5", "011-7", ONE],
        ["006-1", "008-1", "the JCS-Zelensky disagreement already told (006-1/007-1), restated in a later article"],
        ["007-1", "008-2", "the JCS-Zelensky disagreement already told (006-1/007-1), restated in a later article"],
        ["006-1", "008-3", VAGUE], ["007-1", "008-3", VAGUE],
        ["008-3", "008-1", "within one fact-check: several hundred (Pentagon, a week earlier, vague) against more than 3,000"],
        ["008-3", "008-2", "within one fact-check: several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["006-1", "009-1", "about 1,100 (Dec 23) against about 3,000 (NIS, Jan 13): " + RISE],
        ["008-2", "009-1", "about 1,100 (Dec 23) against about 3,000 (NIS, Jan 13): " + RISE],
        ["007-1", "009-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["008-1", "009-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["008-3", "009-1", VAGUE + ", four weeks apart"], ["008-3", "011-1", VAGUE + ", months apart"],
        ["008-3", "011-7", VAGUE + ", months apart"],
        ["006-1", "011-1", RISE], ["006-1", "011-7", RISE], ["008-2", "011-1", RISE], ["008-2", "011-7", RISE],
        ["007-1", "011-1", RISE], ["007-1", "011-7", RISE], ["008-1", "011-1", RISE], ["008-1", "011-7", RISE],
        ["009-1", "011-1", RISE], ["009-1", "011-7", RISE],
        ["011-7", "011-1", "within one brief: more than 4,000 (HUR, February) against about 4,700 (NIS, April), " + RISE],
        # killed, north_korea
        ["005-1", "009-2", BOUND], ["006-2", "009-2", BOUND], ["008-4", "009-2", BOUND],
        ["005-1", "011-2", BOUND], ["006-2", "011-2", BOUND], ["008-4", "011-2", BOUND],
        ["005-1", "013-3", BOUND], ["006-2", "013-3", BOUND], ["008-4", "013-3", BOUND],
        ["005-1", "013-4", BOUND], ["006-2", "013-4", BOUND], ["008-4", "013-4", BOUND],
        ["005-1", "013-1", ONE], ["006-2", "013-1", ONE], ["008-4", "013-1", ONE], ["009-2", "013-1", ONE],
        ["011-2", "013-1", ONE],
        ["013-1", "013-3", "within one newsletter: nine sappers of one regiment against about 2,000 killed in all"],
        ["013-1", "013-4", "within one newsletter: nine sappers of one regiment against roughly 600 killed by April"],
        ["009-2", "011-2", "about 300 (Jan) against about 600 (Apr): " + RISE],
        ["009-2", "013-3", "about 300 (Jan) against about 2,000 (Sep): " + RISE],
        ["009-2", "013-4", "about 300 (Jan) against the April figure of 600 restated in December"],
        ["011-2", "013-3", "about 600 (Apr) against about 2,000 (Sep): " + RISE],
        ["013-4", "013-3", "within one newsletter: the April figure of 600 as the base of the September 2,000, an update"],
        # wounded, north_korea
        ["005-2", "009-3", "close to 1,000 (Dec 19) against some 2,700 (Jan 13): " + RISE],
        ["006-3", "009-3", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13): " + RISE],
        ["008-5", "009-3", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13): " + RISE],
        # casualties, russia
        ["001-3", "009-4", "about 1,200 a day (autumn) against 1,550 in one day (Jan 13), months apart"],
        ["001-3", "009-5", "a daily rate against the war's total"],
        ["009-4", "009-5", "within one live blog: one day's losses against the war's total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
