#!/usr/bin/env python3
"""Gold labels for testdata/blind766 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind766/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea's intelligence service", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Andriy Yusov", "Yusov", "Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
US = ["United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations soldiers already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State"] + US,
         "Roughly 8,000 North Korean soldiers have been moved to Russia's Kursk region near Ukraine", False),
        # the quote's speaker is named in the next sentence
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon"] + US,
         "We assess that roughly 10,000 North Korean soldiers are now in Russia", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. estimates", "U.S. officials"] + US,
         "Russia has suffered more than 600,000 killed and wounded since it invaded Ukraine in February 2022", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "appear to have suffered about 1,100 casualties", False),
        # an agency relayed by a lawmaker
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, 12000, "range", U,
         "An estimated 11,000-12,000 North Korean troops have been sent to Russia since October", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # one assault only: a part of the whole
        ("casualties", NK, 40, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed or wounded about 40 North Korean soldiers", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "senior US military official", "US military official"] + US,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
        ("troops", NK, 10000, 12000, "range", ["US and South Korean officials", "US officials", "South Korean officials",
                                               "United States", "South Korea"],
         "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", NIS + LEE,
         "North Korean casualties in Russia have surpassed 3,000", False),
        ("killed", NK, 300, None, "about", NIS + LEE,
         "Around 300 of them were killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 were wounded", False),
        ("captured", NK, 2, None, "exact", NIS + LEE + ["Ukraine"],
         "Ukrainian forces captured two North Korean soldiers on Jan. 9", False),
        ("troops", NK, 11000, None, "about", NIS + ["Park Sun-won", "Rep. Park Sun-won"],
         "The NIS believes the number sent so far is about 11,000", False),
    ],
    "010": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "the number of North Korean soldiers killed in the Kursk region has already exceeded one thousand", False),
        # the presenter relays Seoul's figure in a question
        ("killed", NK, 300, None, "about", NIS,
         "South Korea's intelligence service told its lawmakers on Monday that about three hundred had died", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("casualties", NK, 3000, None, "more_than", NIS,
         "up from more than 3,000 in January", False),
        ("killed", NK, 600, None, "about", NIS + LEE,
         "Some 600 of them have died", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang dispatched about 3,000 more soldiers in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 it sent last autumn", False),
    ],
    "013": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff",
                                                       "Russian General Staff", "Russia"],
         "the Ukrainian army's losses during the Kursk operation amounted to more than 76,000 servicemen", False),
    ],
    "014": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of around 1,500 North Korean special forces has been shipped to Vladivostok", False),
        ("troops", NK, 10000, None, "about", ["Pentagon"] + US,
         "some 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials"] + US,
         "Russia has massed around 50,000 of its own troops", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "puts North Korean losses at about 4,700 killed and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "raises its estimate of North Korean dead to about 2,000", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Korean Central News Agency", "North Korea"],
         "nine of its members were killed during the mission", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 North Korean soldiers are still stationed in Russia's border regions", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand builders and deminers have arrived since the summer", True),
    ],
}

NOT = {
    "000": ["Hits 6,204", "between Oct. 8 and 13", "as many as 12,000 soldiers in four brigades",
            "an elite unit the NIS estimates at around 40,000 soldiers", "11th Corps", "about a dozen trucks",
            "KOSPI closes at 2,593.91", "up to 10% of overseas staff", "30th straight week",
            "3 soldiers hurt in grenade accident at Sejong army unit", "1,200 residents stay away"],
    "001": ["152 mm and 122 mm artillery rounds", "dozens of KN-23 ballistic missiles", "9:35 PM GMT",
            "Russian glide bomb attack on Kharkiv injures 11", "Oil rises 1%"],
    "002": ["Views 3,187", "more than 9,000 kilometres", "about 1,000 square kilometres", "August 6, 2024",
            "Russia's combat losses in Ukraine: 1,260 troops in past day", "59 of 96 Russian drones"],
    "005": ["paras 4-7", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Ukraine says 30 N. Korean soldiers killed or wounded in Kursk clashes",
            "N. Korean death toll in Russia at least 100: NIS", "won at 1,452.30", "4 flights cancelled"],
    "006": ["groups of 20 to 30", "79 drones", "52 shot down", "3 billion euros", "$50 billion", "12 oblasts",
            "25 were lost", "community of 12,000 members",
            "Russia has lost 774,650 troops in Ukraine since Feb. 24, 2022"],
    "007": ["6 min read", "almost three times South Korea's", "roughly one in four", "about one in ten",
            "Comments (54)", "Did Ukraine really lose 1,500 soldiers in one day?",
            "Fake video claims 40,000 North Koreans arrived in Donbas"],
    "009": ["KOSPI 2,491.08", "USD/KRW 1,471.60", "born in 2005", "joined the army in 2021", "born in 1999",
            "joined in 2016", "3.8%", "stretched to six after Jan. 27"],
    "010": ["running time 07:52", "42.18 to the dollar", "Air raid alerts today: 4", "Kyiv -3°C"],
    "011": ["Nikkei 225 36,045.38", "April 26", "June 2024", "Japan's births fall below 700,000 for first time on record",
            "Trump's first 100 days", "$30bn"],
    "013": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
            "June 19, 2024", "over 7,000 pieces of weaponry", "more than 100,000 residents left the border districts",
            "Over 1,200 residents of Sudzha district have returned home", "second time in less than two weeks"],
    "014": ["Fourteen months on", "1,000 deminers", "5,000 military builders", "120 days", "April 26-28, 2025",
            "Time to read 4 min", "more than 1,400 Africans"],
}

OFF = ["003", "008", "012"]
DUP = {"004": "001"}


def pairs(a, bs, why):
    return [[a, b, why] for b in bs]


ADD = "an additional, separate or remaining force, or a first group, against a total"
MON = "months apart"
PART = "a part (one assault, one regiment) against a whole"
VAG = "a vague count (optional) against a figure"
RISE = "a rising total, weeks or months apart"
RE = "a later restatement of a pair already told"
BOUND = "a bound the other value may satisfy"

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart"],
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "(Zelensky, Dec 23), the same day"],
        ["007-2", "007-1", "within one fact-check: JCS's roughly 1,100 against Zelensky's more than 3,000, "
                           "the same day"],
        ["009-2", "010-1", "about 300 killed (NIS via Rep. Lee, Jan 13) against more than one thousand killed "
                           "(HUR's Yusov, Jan 16), three days apart"],
        ["010-2", "010-1", "within one broadcast: the presenter's NIS figure of about three hundred dead against "
                           "Yusov's more than one thousand, the same week"],
    ],
    "may": (
        # troops, north_korea: the first group of 1,500
        pairs("000-1", ["001-1", "001-2", "002-1", "005-4", "007-6", "009-5", "011-4", "011-5", "014-2",
                        "014-9", "014-10"], "first group of 1,500 against later totals or other forces")
        + pairs("014-1", ["001-1", "001-2", "002-1", "005-4", "007-6", "009-5", "011-4", "011-5", "014-2",
                          "014-9", "014-10"], "first group of 1,500 against later totals or other forces")
        # 8,000 in Kursk against totals in Russia, and later restatements of 11,000
        + pairs("001-1", ["001-2", "014-2", "014-9"], "8,000 in Kursk against about 10,000 in all of Russia: a part of the whole, or a total a year later")
        + pairs("001-1", ["005-4", "007-6"], "8,000 in Kursk (Oct 31) against the total sent to Russia, two months later")
        + pairs("001-1", ["009-5", "011-5"], "8,000 in Kursk (Oct 31) against about 11,000 sent in all, months later: " + RE)
        + pairs("001-1", ["011-4", "014-10"], ADD)
        # about 10,000 in Russia against other totals
        + pairs("001-2", ["002-1"], "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): 'about' may cover it")
        + pairs("001-2", ["005-4", "007-6", "009-5", "011-5"], "about 10,000 (Oct) against 11,000-12,000 or about 11,000, months later")
        + pairs("001-2", ["011-4", "014-10"], ADD)
        + pairs("014-2", ["002-1", "005-4", "007-6", "009-5", "011-5"], "about 10,000 (Oct 2024) against 11,000-12,000 or about 11,000")
        + pairs("014-2", ["011-4", "014-10"], ADD)
        + pairs("014-9", ["002-1", "005-4", "007-6", "009-5", "011-5"], "about 10,000 remaining (Dec 2025) against the 2024 totals, a year apart")
        + pairs("014-9", ["011-4", "014-10"], ADD)
        # 11,000 in Kursk and the 2024 totals against each other and against additional forces
        + pairs("002-1", ["005-4", "007-6"], "11,000 in Kursk against 10,000-12,000 or 11,000-12,000 sent in all, weeks later")
        + pairs("002-1", ["011-4", "014-10"], ADD)
        + pairs("005-4", ["007-6", "009-5", "011-5"], "overlapping ranges or values of the total sent")
        + pairs("005-4", ["011-4", "014-10"], ADD)
        + pairs("007-6", ["009-5", "011-5"], "10,000-12,000 against about 11,000: compatible, listed for safety")
        + pairs("007-6", ["011-4", "014-10"], ADD)
        + pairs("009-5", ["011-4", "014-10"], ADD)
        + pairs("011-5", ["011-4", "014-10"], ADD)
        + pairs("011-4", ["014-10"], "3,000 reinforcements against several thousand builders and deminers, months apart")
        # casualties, north_korea
        + pairs("005-1", ["007-1"], RE + " (JCS against Zelensky, restated in the fact-check)")
        + pairs("006-1", ["007-2"], RE + " (Zelensky against JCS, restated in the fact-check)")
        + pairs("006-2", ["005-1", "006-1", "007-1", "007-2", "007-3", "009-1", "011-1", "011-2", "014-5"], PART)
        + pairs("007-3", ["005-1", "006-1", "007-1", "007-2", "009-1", "011-1", "011-2", "014-5"],
                VAG + " (Pentagon's several hundred, Dec 16)")
        + pairs("009-1", ["005-1", "007-2"], "more than 3,000 (NIS, Jan 13) against about 1,100 (JCS, Dec 23): " + RISE)
        + pairs("011-2", ["005-1", "007-2"], "more than 3,000 (January) against about 1,100 (Dec 23): " + RISE)
        + pairs("011-1", ["005-1", "007-2", "006-1", "007-1", "009-1", "011-2"], "about 4,700 (Apr 30) against December-January figures: " + RISE)
        + pairs("014-5", ["005-1", "007-2", "006-1", "007-1", "009-1", "011-2"], "about 4,700 (Apr 30) against December-January figures: " + RISE)
        # killed, north_korea
        + pairs("005-2", ["009-2", "010-1", "010-2", "011-3", "014-6", "014-7", "014-8"], "at least 100 (Dec 19): " + BOUND + ", " + RISE)
        + pairs("007-4", ["009-2", "010-1", "010-2", "011-3", "014-6", "014-7", "014-8"], "at least 100 (Dec 19): " + BOUND + ", " + RISE)
        + pairs("009-2", ["011-3", "014-6", "014-7"], "about 300 (Jan) against 600 (Apr) or 2,000 (Sep): " + RISE)
        + pairs("010-2", ["011-3", "014-6", "014-7"], "about 300 (Jan) against 600 (Apr) or 2,000 (Sep): " + RISE)
        + pairs("010-1", ["011-3", "014-6"], "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart")
        + pairs("010-1", ["014-7"], "more than 1,000 (Jan) against about 2,000 (Sep): " + BOUND + ", months apart")
        + pairs("011-3", ["014-7"], "600 (Apr) against 2,000 (Sep): " + RISE)
        + pairs("014-6", ["014-7"], "600 (Apr) against 2,000 (Sep) in one timeline: " + RISE)
        + pairs("014-8", ["009-2", "010-1", "010-2", "011-3", "014-6", "014-7"], PART + " (nine engineers)")
        # wounded, north_korea
        + pairs("009-3", ["005-3", "007-5"], "about 2,700 (Jan 13) against nearly 1,000 (Dec 19): " + RISE)
    ),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
