#!/usr/bin/env python3
"""Gold labels for blind321 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul's spy agency", "South Korean intelligence"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]

about = ("Gold labels for blind321: fifteen articles written for crosscheck in our own words and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried around 1,500 special forces troops", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "National Security Council", "White House", "United States"],
         "at least 3,000 North Korean soldiers were moved by ship to Vladivostok", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "the North has roughly doubled the contingent it flagged last week, to about 3,000", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "United States", "US", "Washington"],
         "more than 10,000 North Korean soldiers are now in the Kursk region itself", False),
        ("troops", NK, 11000, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "puts the figure at some eleven thousand", False),
        ("troops", NK, 10000, 12000, "range", NIS + ["Seoul"],
         "North Korea has sent between 10,000 and 12,000 troops", False),
    ],
    "003": [
        ("casualties", "ukraine", 45000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russian Ministry of Defence", "Russia"],
         "the enemy has lost more than 45,000 servicemen", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed in fighting in the Kursk region", False),
        ("wounded", NK, 1000, None, "up_to", NIS + ["Lee Seong-kweun"],
         "and up to 1,000 wounded", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties in battles against Ukrainian forces in the Kursk region", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea is estimated to have deployed some 11,000 troops to Russia's Kursk border region", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "President of Ukraine", "Ukraine"],
         "more than 3,000 North Korean servicemen killed or wounded in the Kursk direction", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had taken two North Korean soldiers alive in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly three hundred North Koreans killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded since the units entered combat in December", False),
        ("killed", NK, 1000, None, "about", ["HUR", "military intelligence", "Ukraine's military intelligence", "Kyiv", "Ukraine"],
         "close to 1,000 North Korean dead", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, 12000, "range", JCS,
         "on top of the 11,000-12,000 it dispatched last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "the North Korean contingent has suffered about 4,000 casualties", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 North Korean troops have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 have died", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 15,000 troops have been dispatched in total", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "thousands of North Koreans remain in the Kursk region", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmaker"],
         "the agency now believes around 2,000 North Korean soldiers have been killed in the fighting in Russia since last year", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukrainian officials", "Ukraine", "CNN"],
         "the two North Korean soldiers captured by Ukraine back in January", False),
    ],
}

NOT = {
    "000": ["a total of 12,000 troops in four brigades", "between Oct. 8 and 13", "four landing ships and three escort vessels",
            "the 11th Corps", "around $2,000 a month per soldier", "What does Kim get for 12K troops",
            "people in their 20s falls below 6 million", "since 1953"],
    "001": ["the agency expects the total to reach 10,000 by December", "$425 million", "1,200 American companies in 45 states",
            "Why 12,000 North Korean soldiers won't change the war", "The 5 questions Seoul must answer", "For 40 years"],
    "002": ["roughly 1.2 million people under arms", "about 1 percent of its active force", "About 150,000 residents have been evacuated",
            "as much as $2,000 a month per soldier", "They paid 2 million rubles up front", "Ten days on the Kursk front",
            "21 percent key rate"],
    "003": ["260 tanks", "218 infantry fighting vehicles", "170 armored personnel carriers", "1,300 armored combat vehicles",
            "1,160 vehicles", "USD CBR 102.58", "key rate at 21%", "4 hours 27 minutes"],
    "004": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "NIS says at least 100 N. Korean soldiers killed in Russia",
            "N. Korea may send additional 5,000 troops", "91 countries", "15-year low of 1,452 vs. dollar", "paras 5-8"],
    "005": ["189 combat engagements", "Russian losses in Ukraine reach 779,870", "40 km from border"],
    "006": ["aged 20 and 26", "January 11", "'Kim Jong Un's 12,000'", "4 min read"],
    "007": ["more than 200 long-range artillery pieces", "1,445.20 per dollar", "25% Tariffs", "A $3 Billion Bet",
            "The Town That 10,000 Chip Workers Built", "Listen 2:41"],
    "012": ["about half of the artillery shells", "June 2024", "5 things to know"],
    "014": ["1,000 deminers and 5,000 military builders", "more than 400 flights", "[03:14:07]"],
}

OFF = ["008", "009", "010", "011"]
DUP = {"013": "007"}


def may_all(a, bs, why):
    return [[a, b, why] for b in bs]


may = []
may += [["000-1", "001-1", "1,500 (NIS's first batch, Oct 19) against at least 3,000 (Kirby) five days later, while the deployment was under way"]]
may += may_all("000-1", ["002-1", "002-2", "002-3", "004-2", "007-2", "012-3"],
               "1,500 in the first batch (Oct 2024) against a later total, weeks to months after")
may += [["000-1", "007-1", "1,500 first batch in October against 3,000 reinforcements four months later"]]
may += may_all("001-2", ["002-1", "002-2", "002-3", "004-2", "007-2", "012-3"],
               "about 3,000 in late October against a later total, weeks to months after")
may += may_all("007-1", ["002-1", "002-2", "002-3", "004-2", "007-2", "012-3"],
               "an additional 3,000 (reinforcements) against the whole force")
may += may_all("012-3", ["002-2", "002-3", "004-2", "007-2"],
               "15,000 in total including reinforcements (Apr 2025) against 10,000-12,000 sent in autumn, months before")
may += [["004-1", "007-3", "1,100 casualties (Dec 2024) against about 4,000 from the same JCS two months later"],
        ["004-1", "012-1", "1,100 casualties (Dec 2024) against about 4,700 four months later"],
        ["007-3", "012-1", "about 4,000 casualties (Feb 2025) against about 4,700 two months later, a cumulative figure"]]
may += [["006-2", "012-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), the same NIS, months apart"],
        ["006-2", "014-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["006-4", "012-2", "close to 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
        ["006-4", "014-1", "close to 1,000 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["012-2", "014-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart, a cumulative figure"]]

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded "
                           "(Zelensky, the same day), in articles three days apart"],
        ["006-2", "006-4", "about 300 killed (South Korea's NIS) against close to 1,000 killed (Ukraine's HUR), "
                           "in the same article about the same period"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
