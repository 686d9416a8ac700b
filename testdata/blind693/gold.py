#!/usr/bin/env python3
"""Gold labels for testdata/blind693 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind693/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Lee"] + NIS
PENT = ["Pentagon", "U.S. Department of Defense", "senior U.S. military official", "Washington",
        "United States", "U.S.", "US"]
SINGH = ["Sabrina Singh", "Singh", "Lloyd Austin", "Austin"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "U.S. officials", "State Department", "Washington",
           "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Ukrainian military intelligence", "HUR",
       "Defence Intelligence of Ukraine", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
NYT = ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "The New York Times",
       "New York Times", "United States", "Ukraine"]
GSU = ["General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff", "General Staff", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        # the first group, moved to the Far East; the 12,000 is a plan (NOT)
        ("troops", NK, 1500, None, "about", NIS,
         "roughly 1,500 special forces soldiers were shipped from Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        # the earlier figure of a rising total, restated: a bound the new figure satisfies
        ("troops", NK, 3000, None, "at_least", SINGH,
         "we said then that at least 3,000 had arrived", False),
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent roughly 10,000 soldiers altogether for training in eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # the whole force in Russia, against the part now in Kursk
        ("troops", NK, 10000, None, "about", PENT,
         "Pyongyang had sent around 10,000 soldiers to train in eastern Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean troops were in Kursk", False),
    ],
    "006": [
        ("troops", RU, 50000, None, "about", NYT,
         "Russia has gathered a force of some 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "North Korea has sent between 11,000 and 12,000 soldiers to Russia so far", False),
    ],
    "007": [
        ("casualties", NK, 200, 900, "vague", PENT,
         "Washington says several hundred of them have been killed or wounded in the Kursk region", True),
        # three villages only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages in Kursk", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is estimated to have sent about 11,000 troops to Russia", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "Killed and wounded North Korean troops in Russia's Kursk region already number more than 3,000", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence",
                                               "South Korean intelligence", "Ukraine", "South Korea"],
         "put at 11,000 to 12,000 soldiers by Ukrainian and South Korean intelligence", False),
        ("casualties", NK, 200, 900, "vague", PENT + ["senior Pentagon official"],
         "North Korean forces had suffered several hundred casualties", True),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the North Korean dead and wounded in Kursk had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "estimated North Korean casualties at about 1,100", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed in Kursk", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korea's total casualties have exceeded 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Our soldiers took two North Korean soldiers prisoner in the Kursk region", False),
        # one day's losses along the whole front
        ("casualties", RU, 1590, None, "exact", GSU,
         "Russia lost 1,590 troops over the past day", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea sent about 11,000 troops last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 more as reinforcements in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the agency put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "with some 600 of them killed", False),
    ],
    "014": [
        # one engineer regiment: a part of the whole
        ("killed", NK, 3, 9, "vague", KCNA,
         "honored several of its members who died during the mission", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the Kursk fighting", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 it estimated in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops remain stationed near the Russia-Ukraine border", False),
        # a separate construction and demining contingent
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands of military builders and deminers have been arriving since the summer", True),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades, up to 12,000 men in all", "11th Corps",
            "four Russian landing ships", "90-minute meeting", "several million artillery shells", "taken Oct. 16",
            "9.1 trillion won", "Three firefighters hurt", "Defectors arriving in South fall to 105", "150 won",
            "Reading time 4 min"],
    "001": ["56th Security Consultative Meeting", "about $2,000 a month each",
            "the two U.S. soldiers hurt in the vehicle rollover", "$425 million", "2:03 P.M. EDT", "2:38 P.M. EDT"],
    "002": ["flew for 86 minutes", "August 6", "17:28 EDT", "October 31, 2024"],
    "004": ["several thousand higher", "roughly 1.2 million active-duty troops", "386 comments",
            "More than 200 dead in Spain's floods", "Millions vote", "Five charts", "5 min"],
    "006": ["Russia masses 50,000 troops for Kursk assault", "98 days on", "$2,000-a-month", "2,146 ratings",
            "3,800 listeners on Patreon", "since 1953", "episode 197", "Episode 212", "15% off", "52 min 06 s"],
    "007": ["KOSPI 2,456.81", "2 INJURED, 46 RESIDENTS EVACUATED", "DEC. 27", "40-MINUTE DELAY",
            "up to 5 centimeters", "23:00-23:30 KST"],
    "008": ["Russia has lost 1,770 troops in past day", "Kharkiv drone attack injures five civilians",
            "Views: 5,917", "August 6, 2024", "2 min read"],
    "010": ["a few hundred to more than three thousand", "almost three times the Joint Chiefs' estimate",
            "death toll rises to 39", "hundreds still missing", "38 dead, 29 survivors", "Reading time 5 min"],
    "011": ["27 updates", "born in 2005", "enlisted in 2021", "served since 2016", "11 tanks and 38 artillery systems",
            "58 of the 99 drones", "37 more were lost", "More than 12,400 readers"],
    "012": ["1,000 sappers", "5,000 military builders", "as many as 6,000 more North Koreans", "his third visit",
            "140 people", "41,260 readers", "Refer 3 friends", "Issue #588", "4.8 trillion won", "June 4", "23°C"],
    "014": ["N. Korea sent some 15,000 workers to Russia last year", "Woman, 68", "8.4 pct", "paras 5-6",
            "October 2024"],
}

OFF = ["003", "009", "013"]
DUP = {"005": "002"}

FG = "the first group of about 1,500 (Oct 18, 2024) against a later or larger figure"
AD = "an additional or separate force against the main contingent"
PW = "the force in Kursk (a part) against the whole force sent to Russia, days apart"
MA = "months apart"
conflicts = {
    "must": [
        ["004-2", "004-1", "within one article: about 8,000 in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), set against each other as rival estimates"],
        ["002-1", "004-1", "about 8,000 North Korean soldiers in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["010-6", "010-5", "within one fact-check: about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day"],
        ["008-1", "010-6", "more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 (JCS, Dec 23), the same day"],
    ],
    "may": [
        # troops: the first group against everything later
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "006-2", FG], ["000-1", "007-3", FG],
        ["000-1", "010-1", FG], ["000-1", "012-1", FG], ["000-1", "012-2", FG], ["000-1", "014-4", FG],
        ["000-1", "014-5", FG],
        # troops: about 10,000 in Russia (Oct 28) against Kursk figures and later totals
        ["001-2", "002-1", PW], ["001-2", "004-2", PW],
        ["001-2", "004-1", "about 10,000 in all of Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["001-2", "006-2", "about 10,000 (Oct 28) against 11,000-12,000 (Nov 12), two weeks apart, rising"],
        ["001-2", "007-3", "about 10,000 (Oct) against about 11,000 (Dec), weeks apart"],
        ["001-2", "010-1", "about 10,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
        ["001-2", "012-1", "about 10,000 (Oct 2024) against about 11,000 sent that autumn, told months later"],
        ["001-2", "012-2", AD], ["001-2", "014-5", AD],
        ["002-2", "002-1", "within one article: " + PW],
        ["002-2", "004-2", PW],
        ["002-2", "004-1", "about 10,000 in all of Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart"],
        ["002-2", "006-2", "about 10,000 (Oct 28) against 11,000-12,000 (Nov 12), two weeks apart, rising"],
        ["002-2", "007-3", "about 10,000 (Oct) against about 11,000 (Dec), weeks apart"],
        ["002-2", "010-1", "about 10,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
        ["002-2", "012-1", "about 10,000 (Oct 2024) against about 11,000 sent that autumn, told months later"],
        ["002-2", "012-2", AD], ["002-2", "014-5", AD],
        # troops: about 8,000 in Kursk against later totals
        ["002-1", "006-2", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent to Russia (Nov 12), twelve days apart"],
        ["002-1", "007-3", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 17), seven weeks apart"],
        ["002-1", "010-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 (Dec 26), two months apart"],
        ["002-1", "012-1", "about 8,000 in Kursk (Oct 31) against about 11,000 sent that autumn, told months later"],
        ["002-1", "012-2", AD], ["002-1", "014-5", AD],
        ["002-1", "014-4", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), " + MA],
        ["004-2", "006-2", "about 8,000 in Kursk against 11,000-12,000 sent to Russia, a week apart"],
        ["004-2", "007-3", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 17), seven weeks apart"],
        ["004-2", "010-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 (Dec 26), two months apart"],
        ["004-2", "012-1", "about 8,000 in Kursk (Oct 31) against about 11,000 sent that autumn, told months later"],
        ["004-2", "012-2", AD], ["004-2", "014-5", AD],
        ["004-2", "014-4", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025), " + MA],
        # troops: the 11,000-12,000 contingent against reinforcements, builders and what remains
        ["004-1", "012-2", AD], ["004-1", "014-5", AD],
        ["004-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), " + MA],
        ["006-2", "012-2", AD], ["006-2", "014-5", AD],
        ["006-2", "014-4", "11,000-12,000 (Nov 2024) against about 10,000 remaining (Dec 2025), " + MA],
        ["007-3", "012-2", AD], ["007-3", "014-5", AD],
        ["007-3", "014-4", "about 11,000 (Dec 2024) against about 10,000 remaining (Dec 2025), " + MA],
        ["010-1", "012-2", AD], ["010-1", "014-5", AD],
        ["010-1", "014-4", "11,000-12,000 (Dec 2024) against about 10,000 remaining (Dec 2025), " + MA],
        ["012-1", "012-2", "within one article: the first contingent against the reinforcements that followed"],
        ["012-1", "014-5", AD],
        ["012-1", "014-4", "about 11,000 sent in 2024 against about 10,000 remaining in 2025, " + MA],
        ["012-2", "014-4", AD], ["012-2", "014-5", "3,000 reinforcements against thousands of builders and deminers, " + MA],
        ["014-4", "014-5", "within one article: the troops remaining against a separate construction and demining contingent"],
        # casualties: the Pentagon's several hundred (vague, a week earlier) and rising totals
        ["007-1", "008-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["007-1", "010-5", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["007-1", "010-6", "several hundred (Pentagon, Dec 16, vague) against about 1,100 a week later"],
        ["007-1", "011-3", "several hundred (Dec 16, vague) against more than 3,000 (Jan 13), a rising total"],
        ["007-1", "012-3", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), " + MA],
        ["010-2", "010-5", "within one fact-check: several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["010-2", "010-6", "within one fact-check: several hundred (Pentagon, Dec 16, vague) against about 1,100 a week later"],
        ["010-2", "008-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 a week later"],
        ["010-2", "011-3", "several hundred (Dec 16, vague) against more than 3,000 (Jan 13), a rising total"],
        ["010-2", "012-3", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), " + MA],
        ["010-6", "011-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
        ["010-6", "012-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), " + MA],
        # killed: rising totals months apart, and one regiment's dead against the whole
        ["010-3", "014-1", "at least 100 killed (Dec 2024) against several engineers killed (one regiment, Dec 2025)"],
        ["011-1", "012-4", "about 300 (Jan) against about 600 (Apr), " + MA],
        ["011-1", "014-2", "about 300 (Jan) against about 2,000 (Sep), " + MA],
        ["011-1", "014-3", "about 300 (Jan) against the April figure of 600 restated in December"],
        ["011-1", "014-1", "about 300 killed in all against several engineers of one regiment, a part"],
        ["012-4", "014-2", "about 600 (Apr) against about 2,000 (Sep), a rising total " + MA],
        ["012-4", "014-1", "about 600 killed in all against several engineers of one regiment, a part"],
        ["014-3", "014-2", "within one article: the update, about 2,000 up from about 600"],
        ["014-1", "014-2", "within one article: several engineers of one regiment against about 2,000 in all, a part"],
        ["014-1", "014-3", "within one article: several engineers of one regiment against the April total, a part"],
        # wounded: a rising total
        ["010-4", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), three and a half weeks apart, rising"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
