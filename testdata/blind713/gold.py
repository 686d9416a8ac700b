#!/usr/bin/env python3
"""Gold labels for testdata/blind713 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind713/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "US secretary of state", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Pentagon officials", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of roughly 1,500 special forces soldiers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh"] + PENTAGON,
         "We believe North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the previous week's figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean troops had arrived in eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "around 8,000 North Korean soldiers had been moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "Pentagon officials have said Pyongyang sent around 10,000 in all to eastern Russia", False),
        ("troops", RU, 600000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine's army chief", "Ukraine"],
         "put the Russian force inside Ukraine at around 600,000 troops", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in the Kursk region", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russia has massed about 50,000 troops, North Koreans among them", False),
        ("troops", NK, 10000, None, "more_than", PENTAGON,
         "more than 10,000 North Korean soldiers are in Kursk itself", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Koreans killed and wounded in the Kursk region has already exceeded 3,000", False),
        # one two-day fight near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "North Korean units had lost at least 30 soldiers killed and wounded", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "an estimated 1,100 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean casualties", False),
        ("killed", NK, 100, None, "at_least", LEE + NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE + NIS,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'the North Koreans had suffered "several hundred" casualties', True),
        ("troops", NK, 10000, 12000, "range", ["U.S., South Korean and Ukrainian estimates", "United States", "South Korea", "Ukraine"],
         "North Korea sent between 10,000 and 12,000 soldiers to Russia this autumn", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE + NIS,
         "Around 300 North Korean soldiers deployed to help Russia in its war against Ukraine have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE + NIS,
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
        # the December figures, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "the at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded that the agency reported in mid-December", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", ["Park Sun-won", "Park"] + NIS,
         "roughly 4,700 North Korean soldiers had been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", ["Park Sun-won", "Park"] + NIS,
         "including about 600 killed", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea had sent about 3,000 reinforcements in January and February", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean casualties had topped 4,000", False),
        ("captured", NK, 2, None, "exact", U + ["Zelensky's office", "Zelensky", "Ukraine"],
         "The two North Korean prisoners held by Ukraine since January", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
         "Ukraine's losses in the Kursk operation exceeded 76,000 servicemen", False),
        # one day, one border region
        ("killed", UA, 40, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "Russia"],
         "killed up to 40 Ukrainian servicemen in the Belgorod region over the past day", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting for Russia", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it had counted in April", False),
        ("troops", NK, 14000, None, "about", U,
         "At its peak the contingent counted some 14,000 men", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed near the Russia-Ukraine border", False),
        # builders already there (the June promise of 1,000 + 5,000 is a plan, not a claim)
        ("troops", NK, 2000, 5000, "vague", ["South Korean intelligence", "South Korea", "NIS"],
         "a few thousand North Korean builders are already at work in the region", True),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Korean Central News Agency", "North Korea"],
         "nine of its sappers had died in the Kursk fields", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "a total of about 12,000 troops", "four brigades", "11th Corps",
            "about 1.2 million active-duty soldiers", "Six dead, 23 missing as fishing boat capsizes off Jeju",
            "2.1 pct", "155 mm shell", "2024/10/18 15:12 KST"],
    "001": ["3 minute read", "Oil slides 6%", "465-seat lower house",
            "Israeli strike kills at least 45 in northern Gaza, medics say"],
    "002": ["some 86 minutes", "more than 7,000 kilometers", "several hundred square kilometers", "August 6",
            "Comments (27)", "3 min read"],
    "003": ["05.11.2024 12:25", "60mm mortars", "Russian losses in war against Ukraine reach 703,390",
            "Enemy drone hits bus in Kherson, injuring 6", "Views: 3,117"],
    "004": ["Episode 214", "47 min", "Rated 4.8 from 1,203 ratings", "as many as 100,000 more", "11th Corps",
            "12 pages", "$5 a month", "2 comments"],
    "006": ["2 min read", "Dec. 14-15", "Join 14,000+ members", "Russian missile strike on Kryvyi Rih kills 1, injures 12",
            "Russia has lost 780,000 troops since 2022"],
    "007": ["KOSPI 2,442.01", "USD/KRW 1,451.90", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "about 2.2 million travelers", "ARIRANG NEWS 18:00"],
    "008": ["more than 4,000 times", "nearly three times as high", "1.3K shares",
            "No, this video does not show 2,000 North Korean soldiers marching in Moscow",
            "Photo of 300 coffins is from a 2015 earthquake in Nepal",
            "Russian claim that 500 French mercenaries died in Kharkiv is unsupported"],
    "010": ["Jan. 9", "born in 2005", "Japan logs record 36.8 million foreign visitors in 2024"],
    "011": ["Updated at 17.44 BST", "Comments (1,204)", "survivors of the Sumy Palm Sunday strike that killed 35",
            "fourth term"],
    "014": ["Issue #187", "9 min read", "the 1,112 new readers", "Fourteen months", "1,000 sappers and 5,000 military builders",
            "528th engineer regiment", "some 120 days", "several billion dollars", "9 trillion yen", "0.80",
            "Ju Ae, about 12", "1200 K Street NW, Suite 400"],
}

OFF = ["005", "009", "012"]
DUP = {"013": "010"}

FIRST = "the first group of about 1,500 (Oct 18 2024) against a later total or another force"
ADD = "about 3,000 reinforcements (Jan-Feb 2025): an additional force, not the whole contingent"
BUILD = "a few thousand builders (autumn 2025, vague): a separate construction contingent"
PEAK = "some 14,000 at the peak (recapped Dec 2025, first wave plus reinforcements) against an earlier or partial count"
LEFT = "about 10,000 remaining (Dec 2025) against a 2024 figure, a year apart"
RISE3 = "at least 3,000 (Kirby, Oct 23 2024): a lower bound of a rising total that the later figure satisfies"
PART = "troops in the Kursk region (a part) against the total sent to Russia (the whole)"
RANGE = "10,000-12,000 sent in all (recapped Dec 27) against an earlier count it contains or exceeds"
BATTLE = "at least 30 in one two-day fight near three villages: a part of the whole"
VAGUE = "'several hundred' (Pentagon, Dec 16, vague) against a later figure"
RESTATE = "a restatement of the same two Dec 23 reports already set against each other"
LATER = "a December 2024 figure against the 2025 count, months apart: a rising total"
SAPPERS = "nine sappers of one engineer regiment: a part of the whole"
UPD = "an update of a rising total ('up from'), weeks to months apart"
MONTHS = "months apart: a rising total"

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), days apart"],
        ["003-2", "003-1", "within one article: Blinken's about 8,000 in Kursk set against Zelensky's eleven thousand, the same week"],
        ["006-1", "007-1", "more than 3,000 killed and wounded (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, Dec 23), the same day"],
        ["008-2", "008-1", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group of 1,500
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "002-1", FIRST], ["000-1", "002-2", FIRST],
        ["000-1", "003-1", FIRST], ["000-1", "003-2", FIRST], ["000-1", "004-2", FIRST], ["000-1", "008-6", FIRST],
        ["000-1", "011-3", FIRST], ["000-1", "014-3", FIRST], ["000-1", "014-4", FIRST], ["000-1", "014-5", FIRST],
        # troops: Kirby's at least 3,000 (Oct 23) against later counts
        ["001-1", "001-2", "within one article: about 10,000 (Oct 28) up from at least 3,000 the week before, an update"],
        ["001-2", "002-1", RISE3], ["001-2", "002-2", RISE3], ["001-2", "003-1", RISE3], ["001-2", "003-2", RISE3],
        ["001-2", "004-2", RISE3], ["001-2", "008-6", RISE3], ["001-2", "011-3", ADD], ["001-2", "014-3", RISE3],
        ["001-2", "014-4", RISE3], ["001-2", "014-5", BUILD],
        # troops: parts (in Kursk) against wholes (in Russia), autumn 2024
        ["001-1", "002-1", PART], ["001-1", "003-2", PART], ["002-1", "002-2", "within one article: " + PART],
        ["002-2", "003-2", PART],
        ["001-1", "003-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart: a rising count"],
        ["002-2", "003-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): a rising count"],
        ["001-1", "004-2", "about 10,000 in Russia (Oct 28) against more than 10,000 in Kursk (reported Nov 12): a rising count"],
        ["002-2", "004-2", "about 10,000 in Russia against more than 10,000 in Kursk, two weeks apart: a rising count"],
        ["002-1", "004-2", "about 8,000 in Kursk (Blinken, Oct 31) against more than 10,000 (Pentagon, reported Nov 12): a rising count"],
        ["003-2", "004-2", "Blinken's 8,000 restated against the Pentagon's later more than 10,000: a rising count"],
        ["003-1", "004-2", "11,000 (Zelensky) against more than 10,000 (Pentagon): a bound the other satisfies"],
        ["001-1", "008-6", RANGE], ["002-2", "008-6", RANGE], ["003-1", "008-6", RANGE], ["004-2", "008-6", RANGE],
        ["002-1", "008-6", RANGE + "; 8,000 in Kursk only"], ["003-2", "008-6", RANGE + "; 8,000 in Kursk only"],
        # troops: reinforcements, builders, the peak and the remainder
        ["001-1", "011-3", ADD], ["002-1", "011-3", ADD], ["002-2", "011-3", ADD], ["003-1", "011-3", ADD],
        ["003-2", "011-3", ADD], ["004-2", "011-3", ADD], ["008-6", "011-3", ADD], ["011-3", "014-3", ADD],
        ["011-3", "014-4", ADD], ["011-3", "014-5", ADD + "; against builders"],
        ["001-1", "014-5", BUILD], ["002-1", "014-5", BUILD], ["002-2", "014-5", BUILD], ["003-1", "014-5", BUILD],
        ["003-2", "014-5", BUILD], ["004-2", "014-5", BUILD], ["008-6", "014-5", BUILD],
        ["014-3", "014-5", "within one newsletter: " + BUILD], ["014-4", "014-5", "within one newsletter: " + BUILD],
        ["001-1", "014-3", PEAK], ["002-1", "014-3", PEAK], ["002-2", "014-3", PEAK], ["003-1", "014-3", PEAK],
        ["003-2", "014-3", PEAK], ["004-2", "014-3", PEAK], ["008-6", "014-3", PEAK],
        ["014-3", "014-4", "within one newsletter: 14,000 at the peak against about 10,000 remaining now"],
        ["002-1", "014-4", LEFT], ["003-1", "014-4", LEFT], ["003-2", "014-4", LEFT], ["004-2", "014-4", LEFT],
        ["008-6", "014-4", LEFT],
        # troops, russia
        ["002-3", "004-1", "about 600,000 Russian troops inside Ukraine (the whole) against about 50,000 massed for Kursk (a part)"],
        # casualties, north_korea
        ["006-1", "006-2", "within one article: " + BATTLE], ["006-2", "007-1", BATTLE], ["006-2", "008-1", BATTLE],
        ["006-2", "008-2", BATTLE], ["006-2", "008-5", BATTLE], ["006-2", "011-1", BATTLE], ["006-2", "011-4", BATTLE],
        ["006-1", "008-5", VAGUE], ["007-1", "008-5", VAGUE], ["008-1", "008-5", "within one article: " + VAGUE],
        ["008-2", "008-5", "within one article: " + VAGUE], ["008-5", "011-1", VAGUE + ", months apart"],
        ["008-5", "011-4", VAGUE + ", two months apart"],
        ["006-1", "008-2", RESTATE], ["007-1", "008-1", RESTATE],
        ["006-1", "011-1", LATER], ["006-1", "011-4", LATER], ["007-1", "011-1", LATER], ["007-1", "011-4", LATER],
        ["008-1", "011-1", LATER], ["008-1", "011-4", LATER], ["008-2", "011-1", LATER], ["008-2", "011-4", LATER],
        ["011-1", "011-4", "within one live blog: about 4,700 (NIS, Apr 30) against topped 4,000 (HUR, February), a bound the other satisfies"],
        # killed, north_korea
        ["008-3", "010-1", UPD], ["010-1", "010-4", "within one article: " + UPD], ["008-3", "011-2", MONTHS],
        ["008-3", "014-1", MONTHS], ["008-3", "014-2", MONTHS], ["010-4", "011-2", MONTHS], ["010-4", "014-1", MONTHS],
        ["010-4", "014-2", MONTHS], ["010-1", "011-2", MONTHS], ["010-1", "014-1", MONTHS], ["010-1", "014-2", MONTHS],
        ["011-2", "014-1", MONTHS], ["014-1", "014-2", "within one newsletter: " + UPD],
        ["008-3", "014-6", SAPPERS], ["010-1", "014-6", SAPPERS], ["010-4", "014-6", SAPPERS], ["011-2", "014-6", SAPPERS],
        ["014-1", "014-6", "within one newsletter: " + SAPPERS], ["014-2", "014-6", "within one newsletter: " + SAPPERS],
        # wounded, north_korea
        ["008-4", "010-2", UPD], ["010-2", "010-5", "within one article: " + UPD],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
