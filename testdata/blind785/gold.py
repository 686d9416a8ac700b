#!/usr/bin/env python3
"""Gold labels for testdata/blind785 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind785/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korean intelligence",
       "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"]
JCS = ["Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelensky", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US",
           "Washington"]
PENT = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "Sabrina Singh", "Pat Ryder",
        "United States", "U.S.", "US"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        # a first group; the 12,000 in four brigades is only planned
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy ships ferried roughly 1,500 North Korean special forces troops", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least",
         ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "U.S.", "US"],
         "At least 3,000 North Korean soldiers were moved to eastern Russia in early to mid-October", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "Rep. Park Sun-won"],
         "around 3,000 North Korean soldiers had already reached Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have arrived in Russia's Kursk region", False),
        # the whole force in Russia, of which the Kursk contingent is a part
        ("troops", NK, 10000, None, "about", PENT + ["Lloyd Austin", "Austin"],
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
        # last week's US figure, set against Zelensky's in the same article
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean troops had been moved to the Kursk region", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 have been wounded", False),
        ("casualties", NK, 1100, None, "about", LEE + NIS,
         "In all, about 1,100 North Korean soldiers have been killed or wounded, said Lee", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # the NIS's Dec 19 total, set against Zelensky's in the same article
        ("casualties", NK, 1100, None, "about", NIS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "Pyongyang has sent roughly 11,000 troops to Russia", False),
    ],
    "007": [
        # the quote's speaker is named in the next sentence
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded during their recent participation in combat in Kursk",
         False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put North Korean casualties at around 1,100 killed and wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "\"more than 3,000\" North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "\"several hundred\" casualties", True),
        ("troops", NK, 11000, 12000, "range", ["Kyiv and Washington", "Kyiv", "Washington", "Ukraine", "United States",
                                                "U.S.", "US"],
         "between 11,000 and 12,000 men", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "2,700 wounded in fighting in Russia's Kursk region", False),
        # the earlier figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "up from its estimate last month of at least 100 dead", False),
        ("casualties", NK, 3000, None, "more_than", LEE + NIS,
         "North Korea's losses in the Kursk region have passed 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Security Service of Ukraine", "SBU"],
         "Ukrainian forces had taken the two soldiers alive", False),
        ("casualties", UA, 49000, None, "more_than",
         ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Ministry of Defence", "Russia"],
         "Ukrainian forces had lost more than 49,000 servicemen in the Kursk region", False),
        ("casualties", RU, 38000, None, "about", ["Ukraine's leaders", "Ukrainian leaders", "Zelensky", "Ukraine", "Kyiv"],
         "the operation has cost Russia around 38,000 soldiers killed and wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + LEE,
         "about 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + LEE,
         "some 600 of them killed", False),
        # the whole force sent since October 2024, reinforcements included
        ("troops", NK, 15000, None, "about", NIS + LEE,
         "the North has sent roughly 15,000 soldiers to Russia since last October", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "the roughly 3,000 additional troops the agency says Pyongyang sent in January and February", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed in the Kursk fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from the roughly 600 deaths it reported in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Some 10,000 North Korean troops remain stationed in Russian border areas", False),
        # builders who have arrived: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", ["Seoul", "South Korea", "South Korean government"],
         "several thousand of the builders have arrived since", True),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "North Korea"],
         "Nine soldiers of a North Korean engineer regiment were killed clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in all", "four brigades", "between Oct. 8 and Oct. 13", "about 100 km",
            "3,500 police deployed as tens of thousands rally in Gwanghwamun", "30th straight week",
            "KOSPI closes at 2,593.82, down 0.35%", "$3.3 billion", "Two teenagers arrested", "Reading time 4 min",
            "Oct. 18, 2024 18:40 KST"],
    "001": ["as many as 10,000 by December", "17 Japanese nationals evacuated", "Nikkei ends at 38,104",
            "152 per dollar", "Oct. 27 election", "2nd \"Freedom Edge\"", "Oct 24, 2024 - 11:30"],
    "002": ["Comment 1,287", "Listen 6 min", "death toll rises to 158", "1.2 million remain displaced",
            "thousands protest in Tbilisi", "a fourth night", "9:20 p.m. EDT"],
    "004": ["Views: 3 418", "704,160", "37 of 62 Russian drones", "60mm mortars", "05.11.2024 09:10",
            "February 24, 2022", "October 31"],
    "005": ["170 mm self-propelled guns", "Dec. 14-15", "three villages", "paras 4-6", "1st preparatory hearing",
            "tops 10 million", "1.4 pct", "first 20 days", "Dec. 27"],
    "006": ["nearly three times the one", "Dec. 19", "more than 20,000 members", "70 missiles, 100 drones", "5 injured in Russian strike on Kharkiv",
            "2 min read", "December 23, 2024 7:30 PM"],
    "007": ["7,000 new employees", "KOSPI closes at 2,442.01", "after four years", "Dec. 23, 2024 - 19:05"],
    "008": ["nearly three times the South Korean one", "30,000 march in Tbilisi", "Subscribers' comments (42)",
            "5 min read", "December 27, 2024, at 3:00 pm"],
    "009": ["1.1K comments", "aged 20 and 26", "25,000 police officers", "free 33 hostages", "7:26 a.m. ET"],
    "011": ["KOSPI 2,556.61", "USD/KRW 1,426.0", "2 dead in Gyeonggi warehouse fire", "6.7 trillion won",
            "more than 30,000 runners", "Seoul 18°C"],
    "012": ["1,000 deminers and 5,000 military builders", "Fourteen months", "1.4K ratings", "48 min",
            "4,200 listeners on Patreon", "Why 40% of South Korea's conscripts", "Ep. 211"],
}

OFF = ["003", "010", "014"]
DUP = {"013": "006"}

conflicts = {
    "must": [
        ["005-3", "006-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than "
                           "3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["007-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, "
                           "Dec 23), the same day"],
        ["006-2", "006-1", "within one article: the NIS's about 1,100 (Dec 19) against Zelensky's more than 3,000 "
                           "(Dec 23), four days apart"],
        ["008-1", "008-2", "within one fact-check: the JCS's around 1,100 against Zelensky's more than 3,000, both "
                           "from Dec 23"],
    ],
    "may": [
        ["000-1", "001-1", "first group of about 1,500 (NIS, Oct 18 2024) against at least 3,000 (White House, Oct 23 2024); a first group against a later figure"],
        ["000-1", "001-2", "first group of about 1,500 (NIS, Oct 18 2024) against about 3,000 (NIS, Oct 23 2024); a first group against a later figure"],
        ["000-1", "002-1", "first group of about 1,500 (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024); a first group against a later figure"],
        ["000-1", "002-2", "first group of about 1,500 (NIS, Oct 18 2024) against about 10,000 in eastern Russia (Pentagon, Oct 28 2024); a first group against a later figure"],
        ["000-1", "004-1", "first group of about 1,500 (NIS, Oct 18 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024); a first group against a later figure"],
        ["000-1", "004-2", "first group of about 1,500 (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5); a first group against a later figure"],
        ["000-1", "006-3", "first group of about 1,500 (NIS, Oct 18 2024) against roughly 11,000 sent (unattributed, Dec 23 2024); a first group against a later figure"],
        ["000-1", "008-6", "first group of about 1,500 (NIS, Oct 18 2024) against 11,000-12,000 (Kyiv and Washington, Dec 27 2024); a first group against a later figure"],
        ["000-1", "011-3", "first group of about 1,500 (NIS, Oct 18 2024) against about 15,000 sent in all (NIS, Apr 30 2025); a first group against a later figure"],
        ["000-1", "011-4", "first group of about 1,500 (NIS, Oct 18 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); a first group against a later figure"],
        ["000-1", "012-3", "first group of about 1,500 (NIS, Oct 18 2024) against about 10,000 remaining (NIS, Dec 2025); a first group against a later figure"],
        ["000-1", "012-4", "first group of about 1,500 (NIS, Oct 18 2024) against several thousand builders arrived (Seoul, late 2025, vague); a first group against a later figure"],
        ["001-1", "012-4", "at least 3,000 (White House, Oct 23 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["001-2", "002-1", "about 3,000 (NIS, Oct 23 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024); days apart while troops were still arriving, a rising count"],
        ["001-2", "002-2", "about 3,000 (NIS, Oct 23 2024) against about 10,000 in eastern Russia (Pentagon, Oct 28 2024); days apart while troops were still arriving, a rising count"],
        ["001-2", "004-1", "about 3,000 (NIS, Oct 23 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024); days apart while troops were still arriving, a rising count"],
        ["001-2", "004-2", "about 3,000 (NIS, Oct 23 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5); days apart while troops were still arriving, a rising count"],
        ["001-2", "006-3", "about 3,000 (NIS, Oct 23 2024) against roughly 11,000 sent (unattributed, Dec 23 2024); months apart"],
        ["001-2", "008-6", "about 3,000 (NIS, Oct 23 2024) against 11,000-12,000 (Kyiv and Washington, Dec 27 2024); months apart"],
        ["001-2", "011-3", "about 3,000 (NIS, Oct 23 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["001-2", "012-3", "about 3,000 (NIS, Oct 23 2024) against about 10,000 remaining (NIS, Dec 2025); all sent against those remaining, months apart"],
        ["001-2", "012-4", "about 3,000 (NIS, Oct 23 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["002-1", "002-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 in eastern Russia (Pentagon, Oct 28 2024); the Kursk contingent against the whole force in Russia"],
        ["002-1", "004-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024); four days apart while troops were still arriving, a rising count"],
        ["002-1", "006-3", "about 8,000 in Kursk (Blinken, Oct 31 2024) against roughly 11,000 sent (unattributed, Dec 23 2024); weeks apart"],
        ["002-1", "008-6", "about 8,000 in Kursk (Blinken, Oct 31 2024) against 11,000-12,000 (Kyiv and Washington, Dec 27 2024); weeks apart"],
        ["002-1", "011-3", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["002-1", "011-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["002-1", "012-3", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 remaining (NIS, Dec 2025); months apart"],
        ["002-1", "012-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["002-2", "004-1", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024); the whole force against the Kursk count, a week apart, close values"],
        ["002-2", "004-2", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5); the Kursk contingent against the whole force in Russia"],
        ["002-2", "006-3", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against roughly 11,000 sent (unattributed, Dec 23 2024); weeks apart"],
        ["002-2", "008-6", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against 11,000-12,000 (Kyiv and Washington, Dec 27 2024); weeks apart"],
        ["002-2", "011-3", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["002-2", "011-4", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["002-2", "012-4", "about 10,000 in eastern Russia (Pentagon, Oct 28 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["004-1", "004-2", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5); four days apart while troops were still arriving, a rising count"],
        ["004-1", "011-3", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["004-1", "011-4", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["004-1", "012-3", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 remaining (NIS, Dec 2025); months apart"],
        ["004-1", "012-4", "11,000 in Kursk (Zelensky, Nov 4 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["004-2", "006-3", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against roughly 11,000 sent (unattributed, Dec 23 2024); weeks apart"],
        ["004-2", "008-6", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against 11,000-12,000 (Kyiv and Washington, Dec 27 2024); weeks apart"],
        ["004-2", "011-3", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["004-2", "011-4", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["004-2", "012-3", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against about 10,000 remaining (NIS, Dec 2025); months apart"],
        ["004-2", "012-4", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 5) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["005-1", "012-5", "at least 100 killed (NIS, Dec 19 2024) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["005-2", "009-2", "nearly 1,000 wounded (NIS, Dec 19 2024) against about 2,700 wounded (NIS, Jan 13 2025); weeks apart, a rising total"],
        ["005-3", "005-4", "about 1,100 casualties (NIS, Dec 19 2024) against several hundred casualties (Pentagon, Dec 16 2024, vague); a vague count, a week apart or restated"],
        ["005-3", "008-2", "about 1,100 casualties (NIS, Dec 19 2024) against more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27); a later restatement of a pair already told"],
        ["005-3", "008-5", "about 1,100 casualties (NIS, Dec 19 2024) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["005-3", "009-4", "about 1,100 casualties (NIS, Dec 19 2024) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); weeks apart, a rising total"],
        ["005-3", "011-1", "about 1,100 casualties (NIS, Dec 19 2024) against about 4,700 casualties (NIS, Apr 30 2025); months apart, a rising total"],
        ["005-4", "006-1", "several hundred casualties (Pentagon, Dec 16 2024, vague) against more than 3,000 casualties (Zelensky, Dec 23 2024); a vague count, a week apart or restated"],
        ["005-4", "006-2", "several hundred casualties (Pentagon, Dec 16 2024, vague) against about 1,100 casualties (NIS, Dec 19 2024, restated Dec 23); a vague count, a week apart or restated"],
        ["005-4", "007-1", "several hundred casualties (Pentagon, Dec 16 2024, vague) against about 1,100 casualties (JCS, Dec 23 2024); a vague count, a week apart or restated"],
        ["005-4", "008-1", "several hundred casualties (Pentagon, Dec 16 2024, vague) against about 1,100 casualties (JCS, Dec 23 2024, restated Dec 27); a vague count, a week apart or restated"],
        ["005-4", "008-2", "several hundred casualties (Pentagon, Dec 16 2024, vague) against more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27); a vague count, a week apart or restated"],
        ["005-4", "009-4", "several hundred casualties (Pentagon, Dec 16 2024, vague) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); a vague count, a week apart or restated"],
        ["005-4", "011-1", "several hundred casualties (Pentagon, Dec 16 2024, vague) against about 4,700 casualties (NIS, Apr 30 2025); a vague count, a week apart or restated"],
        ["006-1", "008-1", "more than 3,000 casualties (Zelensky, Dec 23 2024) against about 1,100 casualties (JCS, Dec 23 2024, restated Dec 27); a later restatement of a pair already told"],
        ["006-1", "008-5", "more than 3,000 casualties (Zelensky, Dec 23 2024) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["006-2", "008-2", "about 1,100 casualties (NIS, Dec 19 2024, restated Dec 23) against more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27); a later restatement of a pair already told"],
        ["006-2", "008-5", "about 1,100 casualties (NIS, Dec 19 2024, restated Dec 23) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["006-2", "009-4", "about 1,100 casualties (NIS, Dec 19 2024, restated Dec 23) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); weeks apart, a rising total"],
        ["006-2", "011-1", "about 1,100 casualties (NIS, Dec 19 2024, restated Dec 23) against about 4,700 casualties (NIS, Apr 30 2025); months apart, a rising total"],
        ["006-3", "011-3", "roughly 11,000 sent (unattributed, Dec 23 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["006-3", "011-4", "roughly 11,000 sent (unattributed, Dec 23 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["006-3", "012-3", "roughly 11,000 sent (unattributed, Dec 23 2024) against about 10,000 remaining (NIS, Dec 2025); months apart"],
        ["006-3", "012-4", "roughly 11,000 sent (unattributed, Dec 23 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["007-1", "008-2", "about 1,100 casualties (JCS, Dec 23 2024) against more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27); a later restatement of a pair already told"],
        ["007-1", "008-5", "about 1,100 casualties (JCS, Dec 23 2024) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["007-1", "009-4", "about 1,100 casualties (JCS, Dec 23 2024) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); weeks apart, a rising total"],
        ["007-1", "011-1", "about 1,100 casualties (JCS, Dec 23 2024) against about 4,700 casualties (NIS, Apr 30 2025); months apart, a rising total"],
        ["008-1", "008-5", "about 1,100 casualties (JCS, Dec 23 2024, restated Dec 27) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["008-1", "009-4", "about 1,100 casualties (JCS, Dec 23 2024, restated Dec 27) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); weeks apart, a rising total"],
        ["008-1", "011-1", "about 1,100 casualties (JCS, Dec 23 2024, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025); months apart, a rising total"],
        ["008-2", "008-5", "more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27) against several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27); a vague count, a week apart or restated"],
        ["008-3", "012-5", "at least 100 killed (NIS, Dec 19 2024, restated Dec 27) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["008-4", "009-2", "nearly 1,000 wounded (NIS, Dec 19 2024, restated Dec 27) against about 2,700 wounded (NIS, Jan 13 2025); weeks apart, a rising total"],
        ["008-5", "009-4", "several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27) against more than 3,000 casualties (NIS via Lee, Jan 13 2025); a vague count, a week apart or restated"],
        ["008-5", "011-1", "several hundred casualties (Pentagon, Dec 16 2024, vague, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025); a vague count, a week apart or restated"],
        ["008-6", "011-3", "11,000-12,000 (Kyiv and Washington, Dec 27 2024) against about 15,000 sent in all (NIS, Apr 30 2025); months apart, a rising total"],
        ["008-6", "011-4", "11,000-12,000 (Kyiv and Washington, Dec 27 2024) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["008-6", "012-3", "11,000-12,000 (Kyiv and Washington, Dec 27 2024) against about 10,000 remaining (NIS, Dec 2025); months apart"],
        ["008-6", "012-4", "11,000-12,000 (Kyiv and Washington, Dec 27 2024) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["009-1", "011-2", "about 300 killed (NIS, Jan 13 2025) against about 600 killed (NIS, Apr 30 2025); months apart, a rising total"],
        ["009-1", "012-1", "about 300 killed (NIS, Jan 13 2025) against about 2,000 killed (NIS, Sep 2025); months apart, a rising total"],
        ["009-1", "012-2", "about 300 killed (NIS, Jan 13 2025) against about 600 killed (NIS's April 2025 figure, restated Dec 2025); months apart, a rising total"],
        ["009-1", "012-5", "about 300 killed (NIS, Jan 13 2025) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["009-3", "012-5", "at least 100 killed (NIS's December figure, restated Jan 13 2025) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["011-2", "012-1", "about 600 killed (NIS, Apr 30 2025) against about 2,000 killed (NIS, Sep 2025); months apart, a rising total"],
        ["011-2", "012-5", "about 600 killed (NIS, Apr 30 2025) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["011-3", "011-4", "about 15,000 sent in all (NIS, Apr 30 2025) against about 3,000 reinforcements (NIS, sent Jan-Feb 2025); an additional or separate force"],
        ["011-3", "012-3", "about 15,000 sent in all (NIS, Apr 30 2025) against about 10,000 remaining (NIS, Dec 2025); all sent against those remaining, months apart"],
        ["011-3", "012-4", "about 15,000 sent in all (NIS, Apr 30 2025) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["011-4", "012-3", "about 3,000 reinforcements (NIS, sent Jan-Feb 2025) against about 10,000 remaining (NIS, Dec 2025); an additional or separate force"],
        ["011-4", "012-4", "about 3,000 reinforcements (NIS, sent Jan-Feb 2025) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
        ["012-1", "012-2", "about 2,000 killed (NIS, Sep 2025) against about 600 killed (NIS's April 2025 figure, restated Dec 2025); an update of a rising total"],
        ["012-1", "012-5", "about 2,000 killed (NIS, Sep 2025) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["012-2", "012-5", "about 600 killed (NIS's April 2025 figure, restated Dec 2025) against nine killed in one engineer regiment (state media, Dec 2025); a part (one regiment) against the whole"],
        ["012-3", "012-4", "about 10,000 remaining (NIS, Dec 2025) against several thousand builders arrived (Seoul, late 2025, vague); an additional or separate force"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
