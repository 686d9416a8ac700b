#!/usr/bin/env python3
"""Gold labels for testdata/blind779 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind779/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea"]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLI = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"]
PEN = ["Pentagon", "Pentagon official", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "roughly fifteen hundred North Korean special operations troops were ferried by Russian navy ships", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLI,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PEN,
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", PEN,
         "up from at least 3,000 it cited last week", False),
    ],
    "002": [
        # the quotation's speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "We now have eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent includes around 500 officers", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLI,
         "US Secretary of State Antony Blinken said that about 8,000 North Korean troops were in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Ukrainian President Volodymyr Zelensky put the figure at 11,000 in the same region", False),
        ("troops", NK, 10000, None, "about", PEN,
         "the Pentagon said there were roughly 10,000 North Korean soldiers in Russia", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "U.S.", "US"],
         "Russia has gathered about 50,000 troops of its own", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties in fighting with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has passed 3,000", False),
        ("casualties", NK, 200, 900, "vague", PEN + ["senior Pentagon official", "Washington"],
         "North Korean forces had suffered several hundred casualties", True),
        # one clash only: a part of the whole
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "the SSO said its operators killed nearly 50 North Korean soldiers", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Volodymyr Zelensky's figure of more than 3,000 North Korean soldiers killed and wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the roughly 1,100 casualties cited by South Korea's joint chiefs of staff", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 100, None, "at_least", LEE,
         "up from at least 100 dead that the spy agency reported in mid-December", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine had captured two North Korean soldiers on Saturday", False),
    ],
    "010": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + JCS,
         "roughly 3,000 additional soldiers were sent in January and February", False),
        ("troops", NK, 11000, 12000, "range", U,
         "The original deployment is generally put at between 11,000 and 12,000 troops", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "some 4,700 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "North Korea had lost around 4,000 men in Kursk", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops are still stationed in Russian border areas", False),
        # one engineer regiment, clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "honouring nine members of an engineer regiment who died clearing mines", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean troops fighting for Russia have suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops there", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
         "Ukraine has disclosed the capture of only two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["Running time 14:20", "Bulletin no. 5,218", "Listen in 11 languages", "over the past week-and-a-half",
            "four brigades, some 12,000 troops in all", "about 100 kilometers north of Vladivostok",
            "up to 120 millimeters", "the KOSPI closed at 2,593.94, down 0.1 percent", "1,368.5 to the dollar",
            "Coming up at 6:30", "Seoul 19 degrees", "128 kbps MP3 (13.1 MB)"],
    "001": ["the total could eventually reach 12,000", "several hundred square kilometers",
            "Updated 5:35 PM EDT, October 31, 2024", "1 of 4", "Russian glide bombs kill 4 in Zaporizhzhia",
            "What to know with 5 days to go", "2024 mutual defense treaty"],
    "002": ["generals among them", "October 23", "Views: 7,309", "Reading time: 2 min", "05.11.2024 09:48",
            "personnel, about 698,660 persons (+1,400)", "Russia attacks Kharkiv with guided aerial bombs, 12 injured"],
    "004": ["6 min read", "Copyright AFP 2017-2024", "Posts shared more than 2,000 times", "Four days later",
            "more than 6,000 kilometres from the front", "Pyongyang intends to send about 12,000 in total",
            "some 3,000 soldiers", "Photo of '200 dead North Koreans' was taken in Syria in 2016",
            "No, 1 million North Korean troops are not heading to Europe", "Share: 1.2K", "Comments: 0"],
    "005": ["paras 4-5", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 18, 2024",
            "S. Korea's exports up 6.6 pct in Dec. 1-20", "Seoul shares open 0.5 pct lower",
            "3 soldiers hurt in grenade accident at Gyeonggi base"],
    "006": ["December 23, 2024 10:05 PM", "3 min read", "On Dec. 17", "Aug. 6", "more than 14,000 members",
            "Russian strike on Kryvyi Rih kills 1, injures 11", "moving to Dec. 25 for the second year running",
            "Russia has lost 781,830 troops in Ukraine since start of full-scale invasion"],
    "007": ["almost three times", "Russia launched 78 drones at Ukraine overnight, of which 52 were shot down and 22 were \"lost\"",
            "two more villages", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "2.6 million cars expected on UK roads today", "Comments (418)"],
    "009": ["KOSDAQ 711.82 ▲1.2%", "USD/KRW 1,470.80 ▼0.3%", "WTI 78.62 ▲2.9%", "who was born in 2005",
            "Jan. 12", "Police ready 1,000 officers for second attempt to detain Yoon", "first launch of 2025",
            "third straight session"],
    "010": ["No. 47", "9 pages", "ISSN 2799-1123", "1.3 MB", "Storm Corps (11th Corps)",
            "smaller assault groups of 10 to 15 men", "up to 6,000 more could follow by the summer",
            "the June 2024 treaty", "since 2013", "7 February 2025"],
    "011": ["Episode 112", "Runtime 41:17", "fourteen months", "spent 22 years",
            "North Korea would send 1,000 sappers and 5,000 military builders",
            "1,840 listeners now back us on Patreon", "4.8 stars, 2,140 ratings",
            "Why 30,000 North Korean workers are heading to Russian building sites", "our episode 98"],
    "012": ["2:20 PM GMT+9", "Updated 5 hours ago", "last August"],
}

OFF = ["003", "008", "014"]
DUP = {"013": "012"}

A_ = "an additional force, a part of the whole, or a first group against a later total"
MO = "months apart: a rising total or a later estimate"
conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 for the Kursk region in the same week"],
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day"],
        ["007-2", "007-1", "within one live blog: the JCS's roughly 1,100 casualties against Zelensky's more than 3,000, hours apart"],
    ],
    "may": [
        # troops, north_korea: restatements of the must pair
        ["001-1", "004-2", "Blinken's 8,000 against Zelensky's 11,000 again: a later restatement of the first pair"],
        ["002-1", "004-1", "Zelensky's 11,000 against Blinken's 8,000 again: a later restatement of the first pair"],
        # the first group of 1,500 against later figures
        ["000-1", "001-1", "first group of 1,500 (Oct 18) against 8,000 in Kursk two weeks later"],
        ["000-1", "001-2", "first group of 1,500 against about 10,000 in Russia ten days later"],
        ["000-1", "001-3", "first group of 1,500 against at least 3,000 a few days later"],
        ["000-1", "002-1", "first group of 1,500 against 11,000 in Kursk weeks later"],
        ["000-1", "002-2", "first group of 1,500 against 500 officers: both parts"],
        ["000-1", "004-1", "first group of 1,500 against 8,000, weeks later"],
        ["000-1", "004-2", "first group of 1,500 against 11,000, weeks later"],
        ["000-1", "004-3", "first group of 1,500 against about 10,000, weeks later"],
        ["000-1", "010-1", "first group of 1,500 against 3,000 reinforcements, months later"],
        ["000-1", "010-2", "first group of 1,500 against the whole first deployment of 11,000-12,000"],
        ["000-1", "011-3", "first group of 1,500 (2024) against about 10,000 remaining (Dec 2025)"],
        # Kursk against all of Russia, bounds, parts and updates in autumn 2024
        ["001-1", "001-2", "within one article: 8,000 in Kursk against about 10,000 in all of Russia, a part of the whole"],
        ["001-1", "001-3", "8,000 against at least 3,000 a week earlier: a bound met, an update"],
        ["001-1", "002-2", "8,000 troops against 500 officers: a part of the whole"],
        ["001-1", "004-3", "8,000 in Kursk against about 10,000 in all of Russia"],
        ["001-1", "010-1", A_], ["001-1", "010-2", "8,000 in Kursk (Oct 2024) against 11,000-12,000 sent in all, cited months later"],
        ["001-1", "011-3", "8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["001-2", "001-3", "within one article: about 10,000 against the earlier at least 3,000, an update"],
        ["001-2", "002-1", "about 10,000 in all of Russia (Oct 28) against 11,000 in Kursk (Nov 4): different scope, a week apart"],
        ["001-2", "002-2", "10,000 troops against 500 officers: a part of the whole"],
        ["001-2", "004-1", "about 10,000 in Russia against 8,000 in Kursk: a part of the whole"],
        ["001-2", "004-2", "about 10,000 in Russia against 11,000 in Kursk: different scope, a week apart"],
        ["001-2", "010-1", A_],
        ["001-2", "010-2", "about 10,000 (Oct 2024) against 11,000-12,000 for the whole first deployment, cited months later"],
        ["001-3", "002-1", "at least 3,000 (Oct 23) against 11,000: a bound met, an update"],
        ["001-3", "002-2", "at least 3,000 against 500 officers: a part of the whole"],
        ["001-3", "004-1", "at least 3,000 against 8,000: a bound met"],
        ["001-3", "004-2", "at least 3,000 against 11,000: a bound met"],
        ["001-3", "004-3", "at least 3,000 against about 10,000: a bound met, an update"],
        ["001-3", "010-2", "at least 3,000 against 11,000-12,000: a bound met"],
        ["001-3", "011-3", "at least 3,000 (Oct 2024) against about 10,000 (Dec 2025)"],
        ["002-1", "002-2", "within one article: 11,000 troops against 500 officers, a part of the whole"],
        ["002-1", "004-3", "11,000 in Kursk against about 10,000 in Russia: different scope"],
        ["002-1", "010-1", A_],
        ["002-1", "011-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-2", "004-1", "500 officers against 8,000: a part of the whole"],
        ["002-2", "004-2", "500 officers against 11,000: a part of the whole"],
        ["002-2", "004-3", "500 officers against 10,000: a part of the whole"],
        ["002-2", "010-1", "500 officers against 3,000 reinforcements: both parts"],
        ["002-2", "010-2", "500 officers against 11,000-12,000: a part of the whole"],
        ["002-2", "011-3", "500 officers against 10,000 remaining: a part, a year apart"],
        ["004-1", "004-3", "within one fact-check: 8,000 in Kursk against about 10,000 in all of Russia, a part of the whole"],
        ["004-1", "010-1", A_], ["004-1", "010-2", "8,000 in Kursk against 11,000-12,000 sent in all, months apart"],
        ["004-1", "011-3", "8,000 (Nov 2024) against about 10,000 remaining (Dec 2025)"],
        ["004-2", "004-3", "within one fact-check: 11,000 in Kursk against about 10,000 in all of Russia, different scope"],
        ["004-2", "010-1", A_],
        ["004-2", "011-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025)"],
        ["004-3", "010-1", A_],
        ["004-3", "010-2", "about 10,000 (Oct 2024) against 11,000-12,000, cited months later"],
        ["010-1", "010-2", "within one brief: 3,000 reinforcements against the original 11,000-12,000, an additional force"],
        ["010-1", "011-3", A_],
        ["010-2", "011-3", "11,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025"],
        # casualties, north_korea: restatements of the must pair
        ["005-1", "007-1", "JCS 1,100 against Zelensky's more than 3,000 again: a later restatement of the first pair"],
        ["006-1", "007-2", "Zelensky's more than 3,000 against JCS 1,100 again: a later restatement of the first pair"],
        # the Pentagon's several hundred (vague, a week earlier)
        ["006-2", "005-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (Dec 23)"],
        ["006-2", "006-1", "within one article: several hundred (Pentagon, a week earlier, vague) against more than 3,000"],
        ["006-2", "007-1", "several hundred (Dec 17, vague) against more than 3,000 (Dec 23)"],
        ["006-2", "007-2", "several hundred (Dec 17, vague) against about 1,100 (Dec 23)"],
        ["006-2", "010-3", "several hundred (Dec) against about 4,700 (Mar): " + MO],
        ["006-2", "010-4", "several hundred (Dec) against about 4,000 (Feb): " + MO],
        ["006-2", "012-1", "several hundred (Dec) against about 4,700 (Apr): " + MO],
        # December figures against later totals
        ["005-1", "010-3", "about 1,100 (Dec) against about 4,700 (Mar): " + MO],
        ["005-1", "010-4", "about 1,100 (Dec) against about 4,000 (Feb): " + MO],
        ["005-1", "012-1", "about 1,100 (Dec) against about 4,700 (Apr): " + MO],
        ["007-2", "010-3", "about 1,100 (Dec) against about 4,700 (Mar): " + MO],
        ["007-2", "010-4", "about 1,100 (Dec) against about 4,000 (Feb): " + MO],
        ["007-2", "012-1", "about 1,100 (Dec) against about 4,700 (Apr): " + MO],
        ["006-1", "010-3", "more than 3,000 (Dec) against about 4,700 (Mar): a bound met, months apart"],
        ["006-1", "010-4", "more than 3,000 (Dec) against about 4,000 (Feb): a bound met, weeks apart"],
        ["006-1", "012-1", "more than 3,000 (Dec) against about 4,700 (Apr): a bound met, months apart"],
        ["007-1", "010-3", "more than 3,000 (Dec) against about 4,700 (Mar): a bound met, months apart"],
        ["007-1", "010-4", "more than 3,000 (Dec) against about 4,000 (Feb): a bound met, weeks apart"],
        ["007-1", "012-1", "more than 3,000 (Dec) against about 4,700 (Apr): a bound met, months apart"],
        ["010-3", "010-4", "within one brief: JCS about 4,700 (March) against HUR about 4,000 (early February), weeks apart, close values"],
        ["010-4", "012-1", "HUR about 4,000 (Feb) against NIS about 4,700 (Apr): a rising total"],
        # killed, north_korea
        ["005-2", "006-3", "at least 100 killed in all against nearly 50 in one clash: a part of the whole"],
        ["005-2", "009-1", "at least 100 (Dec 19) against about 300 (Jan 13): a bound met, a rising total"],
        ["005-2", "011-1", "at least 100 (Dec 2024) against about 2,000 (Sep 2025): " + MO],
        ["005-2", "011-2", "at least 100 (Dec) against about 600 (Apr): " + MO],
        ["005-2", "011-4", "at least 100 in all against nine engineers: a part of the whole"],
        ["005-2", "012-2", "at least 100 (Dec) against about 600 (Apr): " + MO],
        ["006-3", "009-1", "nearly 50 in one clash against about 300 in all: a part of the whole"],
        ["006-3", "009-3", "nearly 50 in one clash against at least 100 in all: a part of the whole"],
        ["006-3", "011-1", "nearly 50 in one clash against about 2,000 in all: a part of the whole"],
        ["006-3", "011-2", "nearly 50 in one clash against about 600 in all: a part of the whole"],
        ["006-3", "011-4", "nearly 50 in one clash against nine engineers: two different parts"],
        ["006-3", "012-2", "nearly 50 in one clash against about 600 in all: a part of the whole"],
        ["009-1", "009-3", "within one article: about 300 against the earlier at least 100, an update"],
        ["009-1", "011-1", "about 300 (Jan) against about 2,000 (Sep): " + MO],
        ["009-1", "011-2", "about 300 (Jan) against about 600 (Apr): " + MO],
        ["009-1", "011-4", "about 300 in all against nine engineers: a part of the whole"],
        ["009-1", "012-2", "about 300 (Jan) against about 600 (Apr): " + MO],
        ["009-3", "011-1", "at least 100 (Dec 2024) against about 2,000 (Sep 2025): " + MO],
        ["009-3", "011-2", "at least 100 (Dec) against about 600 (Apr): " + MO],
        ["009-3", "011-4", "at least 100 in all against nine engineers: a part of the whole"],
        ["009-3", "012-2", "at least 100 (Dec) against about 600 (Apr): " + MO],
        ["011-1", "011-2", "within one article: about 2,000 (Sep) up from about 600 (Apr), an update"],
        ["011-1", "011-4", "within one article: about 2,000 in all against nine engineers, a part of the whole"],
        ["011-1", "012-2", "about 2,000 (Sep) against about 600 (Apr): " + MO],
        ["011-2", "011-4", "within one article: about 600 in all against nine engineers, a part of the whole"],
        ["011-4", "012-2", "nine engineers against about 600 in all: a part of the whole"],
        # wounded, north_korea
        ["005-3", "009-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): a rising total, weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
