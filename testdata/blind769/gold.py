#!/usr/bin/env python3
"""Gold labels for testdata/blind769 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind769/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Andriy Yusov", "Yusov", "Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary of Defense", "Pentagon", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        # Kursk only: a part of the whole contingent in Russia (002-2)
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved to the Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "about 10,000 North Korean soldiers in Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are now in the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky said on Monday that 11,000 North Korean soldiers were already in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Koreans there at about 8,000", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "more than 10,000 North Korean soldiers had now been sent to Russia in all", False),
        # the first group: a part of the whole
        ("troops", NK, 1500, None, "about", NIS,
         "a group of about 1,500 special forces shipped to Vladivostok", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["American and Ukrainian officials", "American officials", "U.S. officials",
                                              "US officials", "United States", "Ukrainian officials", "Ukraine"],
         "Russia has concentrated about 50,000 of its own soldiers in the Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Washington", "United States", "U.S.", "US", "American officials", "U.S. officials"],
         "the 10,000 to 12,000 soldiers that Washington believes Pyongyang has sent to Russia", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "several hundred killed and wounded", True),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the North sent about 11,000 troops to Russia starting in October", False),
    ],
    "009": [
        # also in the post's heading "North Korean losses in Kursk top 3,000": the same claim, labelled once
        ("casualties", NK, 3000, None, "more_than", ZEL + ["General Staff"],
         "has already exceeded 3,000", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 100, None, "at_least", NIS,
         "up sharply from the \"at least 100\" dead the agency reported in December", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukrainian forces captured two North Korean soldiers in Russia's Kursk region on Jan. 9", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent around 11,000 troops to Russia last year", False),
    ],
    "012": [
        # also in the intro "more than a thousand": the same claim, labelled once
        ("killed", NK, 1000, None, "more_than", HUR,
         "More than 1,000 North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("captured", NK, 2, None, "exact", U + ZEL,
         "the two North Korean soldiers captured by Ukrainian special forces on Jan. 9", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials"],
         "10,000-12,000 troops sent to Russia in the first wave in 2024", False),
        ("troops", NK, 15000, None, "up_to", ["South Korean officials", "South Korea"],
         "As many as 15,000 North Korean soldiers have served in Russia in all", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces have captured two North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "The North sends about 3,000 more soldiers to Russia as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the North Koreans have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them killed", False),
        # a rising total: "up from the roughly 600 it reported in April" restates 014-7
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        # builders and deminers: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", U,
         "Thousands of North Korean military builders and deminers arrive in the Kursk region", True),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean soldiers remain deployed near the Russian-Ukrainian border", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "the regiment lost nine of its soldiers clearing mines", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "four brigades", "four Russian navy amphibious ships", "between Oct. 8 and 13",
            "more than 13,000 containers", "N. Korean defector arrivals fall to 105 in third quarter",
            "KOSPI at 2,593.82", "110 warplanes", "Over 40 pct of N.K. escapees", "2024/10/18 13:12 KST"],
    "002": ["our sixth 2+2 ministerial meeting", "the first since 2021", "millions of artillery rounds",
            "dozens of ballistic missiles", "71 years after the armistice", "The 28,500 American troops",
            "two questions", "1:41 p.m. EDT"],
    "003": ["Views: 5,207", "to 15,000 in the coming weeks", "about 800 square kilometers", "August 6",
            "1,350 soldiers in past day", "93 Ukrainian defenders return home", "05.11.2024 09:35"],
    "004": ["roughly three battalions' worth of men", "some 6,000 kilometers away", "about $2,000 a month per soldier",
            "since 1953", "Article 4", "tens of thousands of men", "Reading time 4 min",
            "Russia says 1,200 Ukrainian soldiers lost in Kursk region in a week", "three-month gamble"],
    "005": ["1,138", "about 1,300 square kilometers", "put the figure at about 600", "Section A, Page 1",
            "Ukraine Says It Struck North Korean Troops for the First Time, Killing 3",
            "He Spent 30 Years as a Diplomat", "Jan. 20", "one officer in Kursk"],
    "007": ["KOSPI ends at 2,435.93, down 1.95 percent", "1,451.9 per dollar", "Dec. 27",
            "leaves 2 workers injured", "minus 6 degrees", "Audio 4:12", "18:00 KST"],
    "008": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Gimpo warehouse fire leaves 2 injured", "14th straight month", "appoint 3 justices",
            "KOSPI slips 1.3%", "1,450 per dollar", "Dec. 23, 2024 - 14:25"],
    "009": ["27 of 40 drones shot down overnight", "40 Shahed-type attack drones", "13 were \"lost\"",
            "more than 1 million 155mm artillery rounds", "12 oblasts",
            "Russia lost 1,580 troops over past day, General Staff says",
            "Over 1,300 Ukrainian POWs returned home in 2024", "Comments (186)", "the 15,000 members", "5 min read"],
    "010": ["One of the two had been carrying", "One soldier who was about to be captured", "3.77 million",
            "Jan 13, 2025 - 17:40"],
    "012": ["one aged 20 and one 26", "one of them has said he wants to stay in Ukraine", "4.8 (1,203 ratings)",
            "Episode 47", "54 min", "\"11,000 men and no announcement\"", "since 1953", "2,310 listeners",
            "$5 a month", "within 48 hours", "This week in 90 seconds"],
    "014": ["1,000 sappers", "5,000 military builders", "Fourteen months", "120-day mission", "a single casualty",
            "1,900 residents still cannot go home", "rises 8.2%", "April 26-28, 2025"],
}

OFF = ["001", "006", "011"]
DUP = {"013": "008"}

# --- conflicts -------------------------------------------------------------------------------------
must = [
    ["002-1", "003-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4-5), five days apart"],
    ["004-2", "004-1", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, the same week"],
    ["008-1", "009-1", "casualties: roughly 1,100 (South Korea's JCS) against more than 3,000 (Zelensky), the same day"],
    ["010-1", "012-1", "killed: about 300 (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 (HUR's Yusov, Jan 16), three days apart"],
]

may = []
def add(a, b, why):
    may.append([a, b, why])

# troops, North Korea
FIRST = ["000-1", "004-4", "014-3"]                     # the first group of about 1,500
KURSK8 = ["002-1", "004-2"]                             # Blinken's about 8,000 in Kursk
TOTALS = ["002-2", "003-1", "004-1", "004-3", "005-2", "008-3", "010-5", "014-1", "014-2", "014-10"]
ADDED = ["014-5", "014-9"]                              # reinforcements; builders and deminers
for f in FIRST:
    for t in KURSK8 + TOTALS:
        add(f, t, "the first group of about 1,500 against a later total")
    for t in ADDED:
        add(f, t, "the first group against an additional or separate force, months apart")
for k in KURSK8:
    for t in ["002-2", "004-3", "005-2", "008-3", "010-5", "014-1", "014-2"]:
        add(k, t, "about 8,000 in Kursk against the whole contingent in Russia: a part against the whole")
    add(k, "014-10", "about 8,000 in Kursk (Oct 2024) against about 10,000 remaining (late 2025), a year apart")
    for t in ADDED:
        add(k, t, "about 8,000 in Kursk against an additional or separate force, months apart")
add("002-1", "004-1", "a later restatement of the Blinken/Zelensky pair already told (002-1/003-1)")
add("004-2", "003-1", "a later restatement of the Blinken/Zelensky pair already told (002-1/003-1)")
for t in ["003-1", "004-1"]:
    add("002-2", t, "about 10,000 in all of Russia (Oct 31) against 11,000 in Kursk alone (Nov 4-5), days apart")
for t in ["008-3", "010-5"]:
    add("002-2", t, "about 10,000 (Oct 31) against about 11,000 (Dec-Jan), a rising count weeks apart")
for t in ["003-1", "004-1", "004-3", "008-3", "010-5"]:
    add(t, "014-10", "the 2024 total against about 10,000 remaining in late 2025, a year apart")
for t in ["002-2", "003-1", "004-1", "004-3", "005-2", "008-3", "010-5", "014-1", "014-2", "014-10"]:
    for a in ADDED:
        add(t, a, "a total against an additional or separate force (reinforcements, builders and deminers)")
add("014-5", "014-9", "reinforcements against a separate contingent of builders and deminers")

# killed, North Korea
add("010-1", "014-7", "about 300 (Jan) against about 600 (Apr), a rising total months apart")
add("010-1", "014-8", "about 300 (Jan) against about 2,000 (Sep), a rising total months apart")
add("012-1", "014-7", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart")
add("014-7", "014-8", "about 600 (Apr) against about 2,000 (Sep): an update, 'up from'")
for t in ["007-1", "008-2", "010-1", "010-3", "012-1", "014-7", "014-8"]:
    add("014-11", t, "nine engineers of one regiment killed clearing mines against the whole toll: a part against the whole")

# wounded, North Korea
add("007-2", "010-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), the same agency's rising count weeks apart")

# casualties, North Korea
add("007-3", "008-1", "several hundred (Pentagon, vague, a week earlier) against roughly 1,100")
add("007-3", "009-1", "several hundred (Pentagon, vague, a week earlier) against more than 3,000")
add("008-1", "014-6", "roughly 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart")
add("007-3", "014-6", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart")

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
