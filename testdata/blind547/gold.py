#!/usr/bin/env python3
"""Gold labels for testdata/blind547 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind547 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
HUR = ["Defense Intelligence", "HUR", "Andrii Yusov", "Yusov", "Ukraine"]

A = {
    "000": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "Roughly 11,000 North Korean soldiers are believed to be in Russia", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean troops had died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "close to 1,000 had been wounded", False),
    ],
    "002": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "Some 3,000 North Korean soldiers have been moved to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of about 1,500 special forces troops was ferried", False),
        ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"],
         "at least 3,000 North Korean troops had travelled by ship to eastern Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "have lost more than 4,000 soldiers killed and wounded", False),
        ("killed", "north_korea", 200, 999, "vague", HUR,
         "hundreds of North Korean servicemen were killed during assaults on Ukrainian positions", True),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "some three thousand North Korean servicemen have been put out of action", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 of them killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers had captured two North Korean servicemen in the Kursk region", False),
    ],
    "004": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "already 11,000 in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "more_than", ["US state department", "State Department", "Matthew Miller", "United States", "US"],
         "more than ten thousand North Korean soldiers have now been sent to eastern Russia", False),
        ("casualties", "russia", 1690, None, "exact", ["Ukraine's general staff", "General Staff", "Ukraine"],
         "Russian forces had lost 1,690 troops killed or wounded over the past 24 hours", False),
        ("casualties", "russia", 707000, None, "about", ["Ukraine's general staff", "General Staff", "Ukraine"],
         "bringing its count of Russian casualties since the full-scale invasion began to about 707,000", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Kim Jong Un's regime has sent some eleven thousand troops", False),
        ("casualties", "north_korea", 30, None, "at_least", ["HUR", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting around three Kursk villages", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Russia has massed an estimated 50,000 troops to retake the territory", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukrainian forces lost more than 76,000 servicemen killed and wounded in the region", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Western media", "South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean servicemen were sent to the Kursk Region", False),
    ],
    "008": [
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "have suffered about 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "two North Korean soldiers captured by Ukrainian forces on Jan. 9", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 troops to Russia last fall", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "roughly 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency had put North Korean casualties at about 3,000", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea sent roughly three thousand more troops to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "around 11,000 soldiers dispatched last autumn", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", ["South Korea's intelligence service", "NIS", "South Korea"],
         "North Korea sent about 11,000 soldiers to Russia last year", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["South Korea's intelligence service", "NIS", "South Korea"],
         "several thousand more in early 2025", True),
        ("killed", "north_korea", 200, 999, "vague", ["Kyiv", "Ukraine"],
         "hundreds of them have been killed in action", True),
    ],
    "014": [
        ("troops", "north_korea", 15000, None, "up_to", ["South Korean officials", "South Korea"],
         "North Korea has sent up to 15,000 troops to Russia since last fall", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine holds two North Korean prisoners of war, both captured in January", False),
    ],
}

NOT = {
    "000": ["1,480 per dollar", "192-0 vote", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "fewer than three weeks of fighting", "Dec. 19", "Dec. 16"],
    "002": ["on track to reach 10,000 by December", "between Oct. 8 and 13", "about a month of training",
            "more than 13,000 containers of artillery shells", "38,143.29", "151.91",
            "fall for 1st time in 10 months"],
    "003": ["aged 20", "The other, 26", "since 2016", "Russian army loses 1,530 troops in past day",
            "2015-2025", "15.01.2025 14:30"],
    "004": ["39 Ukrainian drones", "17 of them over the Kursk region", "about 30 homes",
            "key rate to 21%"],
    "006": ["47th Separate Mechanized Brigade", "about 1,300 square kilometers", "three Kursk villages",
            "Russia Lost 1,250 Troops Over Past Day", "1,000 Kilometers From the Border", "since 1995"],
    "007": ["Article 4", "263 days", "more than 7,000 units of weapons and military equipment",
            "June 19, 2024", "82 per dollar"],
    "008": ["paras 6-8", "born in 2005", "26 years old", "since 2016",
            "Zelensky says Ukraine captured 2 N. Korean soldiers in Kursk", "rise 1.5 pct", "10 weeks"],
    "011": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "1:52", "13th straight week"],
    "012": ["1,000 sappers", "5,000 military construction workers", "third since March",
            "At least 59 killed near Gaza aid distribution sites", "3 min"],
    "014": ["1,000 deminers and 5,000 military construction workers", "early 20s", "Founded in 1846",
            "more than three times the agency's estimate in the spring"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"009": "008"}

may = []
# early October counts against the totals reported once the build-up was done
for early in ("002-1", "002-3"):
    for later in ("004-1", "004-2"):
        may.append([early, later, "3,000 moved 'so far' (Oct 23) against 10,000-11,000 twelve days later, while the deployment was still growing"])
    for later in ("006-2", "000-2", "008-5", "011-5", "007-2", "012-1"):
        may.append([early, later, "3,000 in late October 2024 against about 11,000 (or 10,000-12,000) months later"])
# reinforcements against the first contingent
for total in ("011-5", "000-2", "006-2", "008-5", "004-1", "004-2", "007-2", "012-1"):
    may.append(["011-4", total, "an additional 3,000 sent in Jan-Feb 2025 against the roughly 11,000 first sent"])
for total in ("012-1", "011-5", "007-2", "006-2", "000-2", "008-5", "004-1", "004-2"):
    may.append(["012-2", total, "'several thousand more' reinforcements against the roughly 11,000 first sent"])
# casualties: weeks or months apart, or the same January period reported months later
for c in ("008-1", "003-3", "011-3"):
    may.append(["006-1", c, "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, January): three weeks or more apart"])
for c in ("008-1", "003-3", "003-1"):
    may.append(["000-1", c, "about 1,100 (JCS, Dec 23) against January figures of 3,000-4,000, weeks later as losses mounted"])
for c in ("011-1", "011-3"):
    may.append(["000-1", c, "about 1,100 (Dec 2024) against figures published in April 2025"])
may.append(["008-1", "011-1", "NIS about 3,000 (Jan 2025) against NIS about 4,700 (Apr 2025): cumulative figure rising months later"])
may.append(["003-3", "011-1", "NIS about 3,000 (Jan 2025) against NIS about 4,700 (Apr 2025): cumulative figure rising months later"])
may.append(["003-1", "011-3", "HUR more than 4,000 (Jan 15) against NIS's January 3,000 as recalled in April, months apart"])
# killed: later, higher cumulative counts
for k in ("008-2", "003-4"):
    may.append([k, "011-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025)"])
    may.append([k, "014-2", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"])
may.append(["011-2", "014-2", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025)"])
may.append(["003-2", "014-2", "'hundreds' killed (Jan 2025, vague) against about 2,000 (Sep 2025)"])
may.append(["012-3", "014-2", "'hundreds' killed (Jun 2025, vague) against about 2,000 (Sep 2025)"])
# wounded
may.append(["000-4", "008-3", "close to 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): cumulative figure rising weeks later"])

conflicts = {
    "must": [
        ["006-1", "000-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, the same day), published three days apart"],
        ["003-1", "003-3", "more than 4,000 North Korean casualties (Ukraine's HUR) against some 3,000 (South Korea's NIS), in the same article"],
        ["003-1", "008-1", "more than 4,000 North Korean casualties (HUR, Jan 15) against about 3,000 (NIS, Jan 13), two days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
