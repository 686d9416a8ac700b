#!/usr/bin/env python3
"""Gold labels for testdata/blind820 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind820/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine's intelligence", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of around 1,500 special operations soldiers to Russia's Far East", False),
        # one group at one base: a part of the first contingent
        ("troops", NK, 400, None, "about", NIS,
         "a group of some 400 of the newly arrived troops", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "roughly 8,000 North Korean soldiers have reached Russia's Kursk region", False),
        # the first US figure, a week earlier, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", USOFF,
         "at least 3,000 North Korean troops had arrived in eastern Russia for training", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "about 10,000 had been sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 7000, None, "more_than", HUR,
         "more than 7,000 North Korean servicemen had been transferred to areas near the Ukrainian border", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000\" North Korean soldiers were in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["HUR"],
         "the North Korean contingent in the same region already numbered 11,000", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean soldiers have been sent to Russia as a whole", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first wave of roughly 1,500 special forces", False),
    ],
    "006": [
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed about 50,000 of its own soldiers near the Kursk salient", False),
        ("troops", NK, 10000, None, "more_than", PENTAGON,
         "The Pentagon says more than 10,000 North Koreans are now in Russia", False),
        ("troops", NK, 11000, None, "exact", ["Kyiv"] + ZEL,
         "Kyiv says 11,000 are already in the Kursk region itself", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean troops have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "Nearly 1,000 more had been wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has already exceeded 3,000", False),
        # two days of assaults on three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "010": [
        ("casualties", NK, 1100, None, "about", JCS,
         "an estimated 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses were \"already more than 3,000 killed and wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "Pentagon spokesman", "United States", "U.S.", "US"],
         "North Korean troops had suffered casualties numbering \"several hundred\"", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "the North has deployed roughly 11,000 troops to Russia", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them roughly 600 dead", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea had sent about 3,000 more soldiers to Russia in January and February as reinforcements", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 it dispatched last autumn", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's chief of general staff",
                                                      "General Staff", "Russia"],
         "He put Ukraine's losses in the region since August at more than 76,000 servicemen", False),
    ],
    "013": [
        ("troops", NK, 10000, None, "about", NIS + ["a source familiar with the matter"],
         "About 10,000 North Korean soldiers remain deployed in Russian territory near the border with Ukraine", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        # one engineer regiment clearing mines: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "several members of an engineer regiment had died while clearing mines", True),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.94", "USD/KRW 1,369.50", "four brigades, or some 12,000 troops in total",
            "some 200 air force pilots and mechanics", "between Oct. 8 and 13", "around two days", "11th Corps",
            "about 100 kilometers north of Vladivostok", "10 a.m.", "5,000 sailors", "2 inter-Korean roads",
            "190,000 by 2040"],
    "002": ["Listen 6 min", "Comment 1,284", "roughly 600 square kilometers", "about 1,300", "\"2+2\"",
            "Early voting tops 60 million", "Spain floods climbs to 158", "The five questions", "A 400-pound pumpkin",
            "Comments (1,284)"],
    "003": ["Views: 3,127", "about 12,000 soldiers", "60-mm mortars", "RPG-7", "1,380 soldiers, 11 tanks",
            "9 people injured", "20 armored vehicles"],
    "004": ["Reading time 4 min.", "the 12,000 it expected Pyongyang to send eventually", "not 3,000 in four days",
            "7,000 kilometers", "four days apart", "the death toll passes 200", "1,500 observers",
            "The six cabinet ministers"],
    "006": ["Episode 214", "47 min", "4.8 (1,932 ratings)", "about $2,000 a month per soldier", "more than one corps",
            "a handful", "the 1.2 million-strong Korean People's Army", "seventy years", "KIDA Brief No. 87",
            "20% off"],
    "008": ["Running time 2:18", "KOSPI 2,442.01", "USD/KRW 1,452.30", "-4°C", "snow 1-3 cm",
            "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Seoul's population aged 100 or older tops 2,000", "1.2 million expected to fly out of Incheon"],
    "009": ["3 min read", "around 800 square kilometers", "more than 50 journalists",
            "injures 7", "150 prisoners of war each", "779,420 troops"],
    "010": ["59 Ukrainian drones", "injured three people", "a 71-year-old woman", "9am", "42 of 78 drones",
            "64th consecutive day", "Comments (847)", "12 Santas", "40 Christmases"],
    "011": ["a rifleman born in 2005", "a 26-year-old sniper", "Jan. 9", "1,200 chip engineers", "3rd straight week",
            "238,000", "KOSPI 2,497.42"],
    "012": ["3 min read", "$20 billion", "3.7% in April", "4:55 PM GMT+9"],
    "013": ["1,000 sappers and 5,000 military builders", "12:45", "3.95 million", "1,300 personnel",
            "Nikkei 225 closes at 50,491.87"],
}

OFF = ["001", "005", "007"]
DUP = {"014": "012"}

ADD = "an additional or separate force, or a first group against the later total"
PART = "a part of the whole (one group, one battle, one unit) against a total"
SCOPE = "different scope (Kursk against Russia as a whole, or areas near the border), days to weeks apart"
RISE = "a rising total: an earlier figure against a later one, weeks or months apart"
SAME = "the same two reports restated in a later article (already told once)"
BOUND = "a bound that the other value satisfies"
VAGUE = "a vague count (optional) against a figure"
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart, same region"],
        ["004-1", "004-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 in the Kursk "
                           "region, four days apart, called contradictory"],
        ["008-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "(Zelensky, Dec 23), the same day"],
        ["010-1", "010-2", "within one live blog: JCS's estimated 1,100 killed or wounded against Zelensky's more "
                           "than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group and its part against later totals
        ["000-1", "000-2", PART],
        ["000-1", "002-1", ADD], ["000-1", "002-2", ADD], ["000-1", "002-3", ADD],
        ["000-1", "003-1", ADD], ["000-1", "003-2", ADD],
        ["000-1", "004-1", ADD], ["000-1", "004-2", ADD], ["000-1", "004-3", ADD],
        ["000-1", "006-2", ADD], ["000-1", "006-3", ADD],
        ["000-1", "011-3", ADD], ["000-1", "012-3", ADD], ["000-1", "012-4", ADD], ["000-1", "013-1", ADD],
        ["000-2", "002-1", PART], ["000-2", "002-2", PART], ["000-2", "002-3", PART],
        ["000-2", "003-1", PART], ["000-2", "003-2", PART],
        ["000-2", "004-1", PART], ["000-2", "004-2", PART], ["000-2", "004-3", PART], ["000-2", "004-4", PART],
        ["000-2", "006-2", PART], ["000-2", "006-3", PART],
        ["000-2", "011-3", PART], ["000-2", "012-3", PART], ["000-2", "012-4", PART], ["000-2", "013-1", PART],
        # troops, north_korea: October-November 2024 estimates of different scope or date
        ["002-1", "002-2", SCOPE + "; at least 3,000 in eastern Russia on Oct 23 is the base of the rise"],
        ["002-1", "002-3", "8,000 in Kursk against about 10,000 in Russia as a whole: a part of the whole"],
        ["002-1", "003-2", SCOPE + " (more than 7,000 near the border)"],
        ["002-1", "004-2", SAME], ["002-1", "006-3", SAME],
        ["002-1", "004-3", "8,000 in Kursk against about 10,000 in Russia as a whole: a part of the whole"],
        ["002-1", "006-2", "8,000 in Kursk against more than 10,000 in Russia: a part of the whole"],
        ["002-1", "004-4", ADD],
        ["002-1", "011-3", "about 8,000 (Oct 31) against about 11,000 (Jan 13), months apart"],
        ["002-1", "012-3", ADD],
        ["002-1", "012-4", "about 8,000 (Oct 31) against the roughly 11,000 sent last autumn (reported Apr 30), months apart"],
        ["002-1", "013-1", "about 8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-2", "002-3", RISE + " (the Pentagon's own update, five days later)"],
        ["002-2", "003-1", RISE], ["002-2", "003-2", RISE], ["002-2", "004-1", RISE], ["002-2", "004-2", RISE],
        ["002-2", "004-3", RISE], ["002-2", "004-4", ADD], ["002-2", "006-2", RISE], ["002-2", "006-3", RISE],
        ["002-2", "011-3", RISE], ["002-2", "012-4", RISE], ["002-2", "013-1", RISE],
        ["002-2", "012-3", "at least 3,000 in eastern Russia (Oct 2024) against 3,000 reinforcements (Jan-Feb 2025): " + ADD],
        ["002-3", "006-2", "about 10,000 against more than 10,000 in Russia, two weeks apart: " + BOUND],
        ["004-3", "006-2", "about 10,000 against more than 10,000 in Russia, a week apart: " + BOUND],
        ["002-3", "003-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): different scope, a week apart"],
        ["002-3", "003-2", SCOPE + "; " + BOUND],
        ["002-3", "004-1", "about 10,000 in Russia against about 8,000 in Kursk: a part of the whole"],
        ["002-3", "004-2", "about 10,000 in Russia against 11,000 in Kursk: different scope, a week apart"],
        ["002-3", "004-4", ADD],
        ["002-3", "006-3", "about 10,000 in Russia against 11,000 in Kursk: different scope, weeks apart"],
        ["002-3", "011-3", RISE], ["002-3", "012-3", ADD], ["002-3", "012-4", RISE],
        ["002-3", "013-1", "about 10,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-1", "003-2", SCOPE + "; " + BOUND],
        ["003-1", "004-1", SAME], ["003-1", "004-3", "11,000 in Kursk against about 10,000 in Russia: different scope"],
        ["003-1", "004-4", ADD], ["003-1", "006-2", BOUND],
        ["003-1", "012-3", ADD],
        ["003-1", "013-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-2", "004-1", SCOPE + "; " + BOUND], ["003-2", "004-2", BOUND], ["003-2", "004-3", BOUND],
        ["003-2", "004-4", ADD], ["003-2", "006-2", BOUND], ["003-2", "006-3", BOUND],
        ["003-2", "011-3", BOUND], ["003-2", "012-3", ADD], ["003-2", "012-4", BOUND], ["003-2", "013-1", BOUND],
        ["004-1", "004-3", "within one article: about 8,000 in Kursk against roughly 10,000 in Russia as a whole: a part of the whole"],
        ["004-1", "004-4", ADD],
        ["004-1", "006-2", "8,000 in Kursk against more than 10,000 in Russia: a part of the whole"],
        ["004-1", "006-3", SAME],
        ["004-1", "011-3", "about 8,000 (Oct 31) against about 11,000 (Jan 13), months apart"],
        ["004-1", "012-3", ADD],
        ["004-1", "012-4", "about 8,000 (Oct 31) against the roughly 11,000 sent last autumn (reported Apr 30), months apart"],
        ["004-1", "013-1", "about 8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-2", "004-3", "within one article: 11,000 in Kursk against roughly 10,000 in Russia: different scope"],
        ["004-2", "004-4", ADD], ["004-2", "006-2", BOUND], ["004-2", "012-3", ADD],
        ["004-2", "013-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-3", "004-4", ADD],
        ["004-3", "006-3", "about 10,000 in Russia against 11,000 in Kursk: different scope"],
        ["004-3", "011-3", RISE], ["004-3", "012-3", ADD], ["004-3", "012-4", RISE],
        ["004-3", "013-1", "about 10,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["004-4", "006-2", ADD], ["004-4", "006-3", ADD], ["004-4", "011-3", ADD], ["004-4", "012-3", ADD],
        ["004-4", "012-4", ADD], ["004-4", "013-1", ADD],
        ["006-2", "006-3", "within one article: more than 10,000 in Russia against 11,000 in Kursk: " + BOUND],
        ["006-2", "011-3", BOUND], ["006-2", "012-3", ADD], ["006-2", "012-4", BOUND],
        ["006-2", "013-1", "more than 10,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-3", "012-3", ADD],
        ["006-3", "013-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["011-3", "012-3", ADD],
        ["011-3", "013-1", "about 11,000 (Jan 2025) against about 10,000 remaining (Dec 2025), eleven months apart"],
        ["012-3", "012-4", "within one article: 3,000 reinforcements on top of the 11,000 first sent: an additional force"],
        ["012-3", "013-1", ADD],
        ["012-4", "013-1", "the roughly 11,000 sent in autumn 2024 against about 10,000 remaining (Dec 2025), months apart"],
        # casualties, north_korea
        ["008-1", "010-2", SAME], ["009-1", "010-1", SAME],
        ["009-2", "008-1", PART], ["009-2", "009-1", PART + " (within one article)"], ["009-2", "010-1", PART],
        ["009-2", "010-2", PART], ["009-2", "010-3", PART + "; " + VAGUE], ["009-2", "012-1", PART],
        ["010-3", "008-1", VAGUE + ": several hundred (Pentagon, a week earlier) against about 1,100"],
        ["010-3", "009-1", VAGUE + ": several hundred (a week earlier) against more than 3,000"],
        ["010-3", "010-1", VAGUE + ": several hundred (a week earlier) against about 1,100, within one live blog"],
        ["010-3", "010-2", VAGUE + ": several hundred (a week earlier) against more than 3,000, within one live blog"],
        ["010-3", "012-1", VAGUE + ", months apart"],
        ["008-1", "012-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): " + RISE],
        ["010-1", "012-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): " + RISE],
        ["009-1", "012-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025): " + BOUND + ", months apart"],
        ["010-2", "012-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025): " + BOUND + ", months apart"],
        # killed, north_korea
        ["008-2", "011-1", "at least 100 (Dec 19) against about 300 (Jan 13): " + RISE + "; " + BOUND],
        ["010-4", "011-1", "at least 100 (Dec 19) against about 300 (Jan 13): " + RISE + "; " + BOUND],
        ["008-2", "012-2", RISE], ["010-4", "012-2", RISE],
        ["008-2", "013-2", RISE], ["010-4", "013-2", RISE],
        ["008-2", "013-3", RISE], ["010-4", "013-3", RISE],
        ["008-2", "013-4", PART + "; " + VAGUE], ["010-4", "013-4", PART + "; " + VAGUE],
        ["011-1", "012-2", "about 300 (Jan) against about 600 (Apr): " + RISE],
        ["011-1", "013-2", "about 300 (Jan) against about 2,000 (Sep): " + RISE],
        ["011-1", "013-3", "about 300 (Jan) against the April figure of 600 restated in December: " + RISE],
        ["011-1", "013-4", PART + "; " + VAGUE],
        ["012-2", "013-2", "about 600 (Apr) against about 2,000 (Sep): " + RISE],
        ["012-2", "013-4", PART + "; " + VAGUE],
        ["013-2", "013-3", "within one article: about 2,000 in September, up from roughly 600 in April: an update"],
        ["013-2", "013-4", PART + "; " + VAGUE + " (within one article)"],
        ["013-3", "013-4", PART + "; " + VAGUE + " (within one article)"],
        # wounded, north_korea
        ["008-3", "011-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RISE],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
