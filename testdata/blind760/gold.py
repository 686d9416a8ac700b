#!/usr/bin/env python3
"""Gold labels for testdata/blind760 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind760/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "Lloyd Austin", "Austin",
        "United States", "U.S.", "US", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US", "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon", "Defense Secretary", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
US_OFF = ["US officials", "U.S. officials", "The New York Times", "New York Times", "United States", "US"]
PENT_OFF = ["senior US military official", "US military official", "Pentagon", "United States", "US", "Washington"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
UAW = ["Ukrainian and Western estimates", "Ukrainian estimates", "Western estimates", "Ukraine"]
GS = ["General Staff", "Ukraine's General Staff", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 special operations troops were carried from the North's east-coast ports to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier US figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", PENT + ["John Kirby", "Kirby"],
         "up from the roughly 3,000 we described last Wednesday", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # Russia as a whole: the whole of which Kursk's 8,000 are a part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "the Pentagon's count of North Korean troops in Russia as a whole stood at about 10,000", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are already in Russia's Kursk region", False),
    ],
    "005": [
        # the first group, restated
        ("troops", NK, 1500, None, "exact", NIS,
         "a first group of 1,500 special forces soldiers had been shipped from North Korean ports to Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "at around 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "11,000, according to Ukrainian intelligence", False),
        ("troops", RU, 50000, None, "about", US_OFF,
         "Russia has massed about 50,000 of its own soldiers in the region", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 10000, 12000, "range", LEE,
         "between 10,000 and 12,000 North Korean troops have been sent to Russia since October", False),
        ("casualties", NK, 200, 900, "vague", PENT_OFF,
         "Several hundred North Korean soldiers had been killed or wounded in Kursk", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to Russia to fight against Ukraine have suffered some 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 of the North's soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent some 11,000 troops to Russia", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in Russia's Kursk Oblast have exceeded 3,000 soldiers killed and wounded", False),
        # one three-day operation: a part of the whole
        ("killed", NK, 50, None, "exact", SSO,
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded 47 more in three days of fighting", False),
        ("troops", NK, 11000, None, "about", UAW,
         "about 11,000 North Korean troops were deployed to Kursk Oblast in the autumn", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops had suffered about 1,100 casualties in Kursk", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Koreans killed and wounded in the Kursk region already exceeds 3,000", False),
        # one day's losses against the running total
        ("casualties", RU, 1280, None, "exact", GS,
         "Russia lost 1,280 troops over the past day", False),
        ("casualties", RU, 775000, None, "about", GS,
         "brings Russian losses since February 2022 to about 775,000", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon spokesperson", "Pentagon", "United States", "US", "Washington"],
         "North Korean troops had taken several hundred casualties in Kursk", True),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Some 4,700 North Korean soldiers deployed to Russia have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 who died", False),
        # January's figure, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "about", NIS,
         "the agency put the number of North Korean dead at about 300", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea sent about 11,000 troops to Russia last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "followed them with roughly 3,000 reinforcements in January and February", False),
        ("captured", NK, 2, None, "exact", U,
         "The two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "014": [
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers died during the mission", False),
        # a separate construction contingent
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand military construction troops were being moved to Russia in rotations", True),
        ("troops", NK, 10000, None, "up_to", NIS,
         "as many as 10,000 North Korean combat troops remain stationed in Russian border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # April's figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in April", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.49", "USD/KRW 1,368.90", "Reading time: 4 min", "Comments: 58",
            "four Russian navy transport vessels", "between Oct. 8 and 13",
            "Pyongyang plans to send some 12,000 troops in four brigades", "11th Corps",
            "special operations forces as a whole number about 200,000", "more than 13,000 containers",
            "1.2 million people expected at Yeouido fireworks night", "24-year-old pitcher",
            "38 hurt as bus overturns", "30th straight week"],
    "001": ["more than 5,000 sailors and Marines", "November 1st", "up to 300 kilometers",
            "two soldiers were injured in a training accident", "214 KB"],
    "003": ["roughly 600 square kilometers", "a peak of about 1,300", "the sixth of its kind",
            "$1.1 billion", "4 dead, 19 hurt", "250,000 without power"],
    "004": ["4,216 views", "five Russian military training grounds",
            "Russian army loses another 1,690 soldiers in Ukraine over past day", "27 of 38 Shahed drones",
            "Two killed, eight injured in Russian strike on Zaporizhzhia"],
    "005": ["5 min read", "Four days later", "about $2,000 a month per soldier", "three months on",
            "Subscribers' comments (34)"],
    "006": ["Seoul's population dips below 9.4 million", "Dec. 27", "12,000 Asiana employees",
            "1,450 per dollar", "Five injured in Incheon apartment fire"],
    "007": ["paras 3-5", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "KOSPI 2,442.01",
            "USD/KRW 1,452.00", "falls for 5th straight year to 51.2 mln", "Army sends 120 troops to UAE",
            "24th Akh unit rotation"],
    "008": ["2 min read", "three days of fighting", "Russia has lost 776,940 troops in Ukraine since Feb. 24, 2022",
            "Join the 20,000 members"],
    "009": ["1,642 people reading now", "nearly three times as high", "14 apartment buildings", "day 1,034",
            "212 comments", "Three injured after car hits Christmas market stall", "Nearly 1 in 4 Britons"],
    "012": ["Japan's population falls by record 898,000 in 2024", "\"2+2\" security talks"],
    "014": ["Runtime 4:12", "Views 9,814", "KOSPI 4,167.16", "3 injured in Busan apartment fire",
            "spent 120 days clearing mines", "the 1,000 sappers", "5,000 military builders", "up to 15 cm",
            "four stadium shows in 60 seconds"],
}

OFF = ["002", "011", "013"]
DUP = {"010": "008"}

# who said what, when: used to spell out each may pair's reason
D = {
    "000-1": "about 1,500 in a first group (NIS, Oct 18 2024)",
    "001-1": "about 10,000 in Russia (Pentagon, Oct 28 2024)",
    "001-2": "about 3,000 in Russia (US, Oct 23 2024)",
    "003-1": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "003-2": "about 10,000 in Russia as a whole (Austin, Oct 31 2024)",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "005-1": "1,500 in the first group (NIS, mid-October, restated Nov 12)",
    "005-2": "about 8,000 in Kursk (Blinken, restated Nov 12)",
    "005-3": "11,000 in Kursk (Zelensky, restated Nov 12)",
    "006-3": "10,000-12,000 sent (NIS, Dec 19 2024)",
    "007-4": "about 11,000 sent (Dec 23 2024)",
    "008-4": "about 11,000 in Kursk (Ukrainian and Western estimates, Dec 23 2024)",
    "012-4": "about 11,000 sent in autumn 2024 (NIS, Apr 30 2025)",
    "012-5": "about 3,000 reinforcements (NIS, Apr 30 2025)",
    "014-2": "several thousand construction troops (NIS, Nov 2025)",
    "014-3": "as many as 10,000 remaining (NIS, Nov 2025)",
    "006-1": "at least 100 killed (NIS, Dec 19 2024)",
    "007-2": "at least 100 killed (NIS, restated Dec 23 2024)",
    "008-2": "50 killed in one three-day operation (SSO, Dec 21 2024)",
    "012-2": "about 600 killed (NIS, Apr 30 2025)",
    "012-3": "about 300 killed (NIS, January 2025)",
    "014-1": "nine engineers killed clearing mines (KCNA, Dec 2025)",
    "014-4": "about 2,000 killed (NIS, Sep 2025)",
    "014-5": "about 600 killed (NIS, April 2025, restated Dec 2025)",
    "006-2": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "007-3": "close to 1,000 wounded (NIS, restated Dec 23 2024)",
    "008-3": "47 wounded in one three-day operation (SSO, Dec 21 2024)",
    "006-4": "several hundred casualties (Pentagon, Dec 16 2024, vague)",
    "007-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "008-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "009-1": "about 1,100 casualties (JCS, restated in the Dec 23 live blog)",
    "009-2": "more than 3,000 casualties (Zelensky, restated in the Dec 23 live blog)",
    "009-5": "several hundred casualties (Pentagon, Dec 16 2024, vague, restated)",
    "012-1": "about 4,700 casualties (NIS, Apr 30 2025)",
    "009-3": "1,280 Russian losses in one day (General Staff, Dec 23 2024)",
    "009-4": "about 775,000 Russian losses since February 2022 (General Staff)",
}
PW = "a part (one operation or one unit) against the whole"
AD = "an additional or separate force (reinforcements, builders) against the main contingent"
FG = "the first group against a later or larger total"
VG = "a vague count, and the Pentagon's figure came a week before the others"
VGMA = "a vague count against a total given months later"
PP = "two parts (different operations, a year apart), neither the whole"
AD2 = "two separate additional forces, months apart"
RS = "the same two reports again, in a later article that does not set them against each other; already told"
UPIN = "a rising total and the earlier figure it rose from, in one article: an update"
UP = "the first US count a week or more before a higher one: a rising total"
KR = "Kursk alone against Russia as a whole, the same week"
R10K11 = "about 10,000 in all of Russia against 11,000 in Kursk a week later: approximate figures, rising, different scopes"
R10LATER = "about 10,000 in late October against about 11,000 in December: approximate, weeks apart, rising"
K8LATER = "8,000 in Kursk at the end of October against a total given weeks or months later"
REM = "troops sent in 2024 against those remaining a year later"
MA = "months apart: a rising total"
RU = "one day's losses against the running total since 2022"

MAY = [
        ["000-1", "001-1", FG],
        ["000-1", "001-2", FG],
        ["000-1", "003-1", FG],
        ["000-1", "003-2", FG],
        ["000-1", "004-1", FG],
        ["000-1", "005-2", FG],
        ["000-1", "005-3", FG],
        ["000-1", "006-3", FG],
        ["000-1", "007-4", FG],
        ["000-1", "008-4", FG],
        ["000-1", "012-4", FG],
        ["000-1", "012-5", AD],
        ["000-1", "014-2", AD],
        ["000-1", "014-3", FG],
        ["001-1", "001-2", UPIN],
        ["001-1", "003-1", KR],
        ["001-1", "004-1", R10K11],
        ["001-1", "005-1", FG],
        ["001-1", "005-2", KR],
        ["001-1", "005-3", R10K11],
        ["001-1", "007-4", R10LATER],
        ["001-1", "008-4", R10LATER],
        ["001-1", "012-4", MA],
        ["001-1", "012-5", AD],
        ["001-1", "014-2", AD],
        ["001-2", "003-1", UP],
        ["001-2", "003-2", UP],
        ["001-2", "004-1", UP],
        ["001-2", "005-1", FG],
        ["001-2", "005-2", UP],
        ["001-2", "005-3", UP],
        ["001-2", "006-3", UP],
        ["001-2", "007-4", UP],
        ["001-2", "008-4", UP],
        ["001-2", "012-4", UP],
        ["001-2", "014-2", AD],
        ["001-2", "014-3", UP],
        ["003-1", "003-2", KR],
        ["003-1", "005-1", FG],
        ["003-1", "005-3", RS],
        ["003-1", "006-3", K8LATER],
        ["003-1", "007-4", K8LATER],
        ["003-1", "008-4", K8LATER],
        ["003-1", "012-4", MA],
        ["003-1", "012-5", AD],
        ["003-1", "014-2", AD],
        ["003-1", "014-3", REM],
        ["003-2", "004-1", R10K11],
        ["003-2", "005-1", FG],
        ["003-2", "005-2", KR],
        ["003-2", "005-3", R10K11],
        ["003-2", "007-4", R10LATER],
        ["003-2", "008-4", R10LATER],
        ["003-2", "012-4", MA],
        ["003-2", "012-5", AD],
        ["003-2", "014-2", AD],
        ["004-1", "005-1", FG],
        ["004-1", "005-2", RS],
        ["004-1", "012-5", AD],
        ["004-1", "014-2", AD],
        ["004-1", "014-3", REM],
        ["005-1", "005-2", FG],
        ["005-1", "005-3", FG],
        ["005-1", "006-3", FG],
        ["005-1", "007-4", FG],
        ["005-1", "008-4", FG],
        ["005-1", "012-4", FG],
        ["005-1", "012-5", AD],
        ["005-1", "014-2", AD],
        ["005-1", "014-3", FG],
        ["005-2", "006-3", K8LATER],
        ["005-2", "007-4", K8LATER],
        ["005-2", "008-4", K8LATER],
        ["005-2", "012-4", MA],
        ["005-2", "012-5", AD],
        ["005-2", "014-2", AD],
        ["005-2", "014-3", REM],
        ["005-3", "012-5", AD],
        ["005-3", "014-2", AD],
        ["005-3", "014-3", REM],
        ["006-1", "008-2", PW],
        ["006-1", "012-2", MA],
        ["006-1", "012-3", MA],
        ["006-1", "014-1", PW],
        ["006-1", "014-4", MA],
        ["006-1", "014-5", MA],
        ["006-2", "008-3", PW],
        ["006-3", "012-5", AD],
        ["006-3", "014-2", AD],
        ["006-3", "014-3", REM],
        ["006-4", "007-1", VG],
        ["006-4", "008-1", VG],
        ["006-4", "009-1", VG],
        ["006-4", "009-2", VG],
        ["006-4", "012-1", VGMA],
        ["007-1", "009-2", RS],
        ["007-1", "009-5", VG],
        ["007-1", "012-1", MA],
        ["007-2", "008-2", PW],
        ["007-2", "012-2", MA],
        ["007-2", "012-3", MA],
        ["007-2", "014-1", PW],
        ["007-2", "014-4", MA],
        ["007-2", "014-5", MA],
        ["007-3", "008-3", PW],
        ["007-4", "012-5", AD],
        ["007-4", "014-2", AD],
        ["007-4", "014-3", REM],
        ["008-1", "009-1", RS],
        ["008-1", "009-5", VG],
        ["008-1", "012-1", MA],
        ["008-2", "012-2", PW],
        ["008-2", "012-3", PW],
        ["008-2", "014-1", PP],
        ["008-2", "014-4", PW],
        ["008-2", "014-5", PW],
        ["008-4", "012-5", AD],
        ["008-4", "014-2", AD],
        ["008-4", "014-3", REM],
        ["009-1", "009-5", VG],
        ["009-1", "012-1", MA],
        ["009-2", "009-5", VG],
        ["009-2", "012-1", MA],
        ["009-3", "009-4", RU],
        ["009-5", "012-1", VGMA],
        ["012-2", "012-3", UPIN],
        ["012-2", "014-1", PW],
        ["012-2", "014-4", MA],
        ["012-3", "014-1", PW],
        ["012-3", "014-4", MA],
        ["012-3", "014-5", MA],
        ["012-4", "012-5", AD],
        ["012-4", "014-2", AD],
        ["012-4", "014-3", REM],
        ["012-5", "014-2", AD2],
        ["012-5", "014-3", AD],
        ["014-1", "014-4", PW],
        ["014-1", "014-5", PW],
        ["014-2", "014-3", AD],
        ["014-4", "014-5", UPIN],
]

conflicts = {
    "must": [
        ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["005-2", "005-3", "within one explainer: Blinken's around 8,000 in Kursk against Zelensky's 11,000 for the same region four days later, set side by side ('The two cannot both be right')"],
        ["007-1", "008-1", "about 1,100 North Korean casualties (JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day"],
        ["009-1", "009-2", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day, set against each other"],
    ],
    "may": [[a, b, "%s against %s: %s" % (D[a], D[b], why)] for a, b, why in MAY],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
