#!/usr/bin/env python3
"""Gold labels for testdata/blind735 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind735/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine's president", "Ukraine", "Kyiv"]
US = ["United States", "U.S.", "US", "Washington"]
PENT = ["Pentagon", "Sabrina Singh", "Singh"] + US
KIRBY = ["John Kirby", "Kirby", "White House"] + US
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "Biden administration"] + US
HUR = ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations soldiers already moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        # the earlier figure the new one rose from: an update
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "the \"at least 3,000\" North Korean troops that White House spokesman John Kirby said on Wednesday had arrived in eastern Russia", False),
    ],
    "002": [
        # a quote whose speaker is named in the next sentence; Kursk only, a part of the total in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 are now in Kursk", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "Of the roughly 10,000 soldiers Pyongyang has sent to Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials"] + US + ["Ukraine"],
         "Moscow has assembled about 50,000 Russian troops", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Ukraine's president put its size at 11,000 last week", False),
        ("troops", NK, 10000, 12000, "range", ["Western and South Korean estimates", "Western officials", "South Korea", "South Korean officials"],
         "Western and South Korean estimates of the total now in Russia run from 10,000 to 12,000", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        # an agency relayed by a lawmaker
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than three thousand North Korean soldiers have already been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        # one day, the whole front
        ("casualties", RU, 1610, None, "exact", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia lost 1,610 soldiers killed and wounded across the front over the past day", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon"] + US,
         "North Korean troops had suffered several hundred killed and wounded", True),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "North Korea has lost about 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False),
        # one week only: a part of the whole
        ("casualties", NK, 1000, None, "more_than", KIRBY,
         "North Korean units had suffered more than 1,000 killed or wounded in just one week", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", U,
         "North Korea sent roughly 11,000 soldiers to the Kursk region", False),
        ("killed", NK, 1000, None, "more_than", HUR,
         "More than a thousand of them have now been killed", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses in the Kursk Region during the incursion topped 76,000 servicemen", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        # the April figure the September one rose from: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain in Russia's border areas", False),
        ("troops", NK, 11000, 12000, "range", ["Seoul and Washington", "South Korea", "United States", "Seoul", "Washington"],
         "numbered 11,000-12,000", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + JCS,
         "Around 3,000 more were sent as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the NIS put North Korean casualties at about 4,700 killed and wounded", False),
        # sappers only: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", ["Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "several sappers killed while clearing mines", True),
    ],
}

NOT = {
    "000": ["All News 12:41", "paras 4-7", "between Oct. 8 and 13", "some 12,000 troops", "four brigades",
            "170 mm self-propelled guns", "KOSPI at 2,609.30", "Number of foreign residents in S. Korea tops 2.46 mln",
            "parts of 2 roads", "30 more trash balloons", "4.2 pct"],
    "001": ["around 12,000 troops in total", "around 1,000 square km (386 square miles)",
            "Tehran says 4 soldiers killed", "thousands rally in Tbilisi", "more than 6%", "2 min ago"],
    "002": ["about 86 minutes", "in nearly a year", "kills 3, including a child", "2:05 PM EDT"],
    "004": ["👁 5,862", "60mm mortars", "Russian army losses in Ukraine reach 699,640", "third night in a row, two injured"],
    "005": ["Issue No. 2,417", "9 min read", "roughly 1,300 square kilometers", "a little more than half that",
            "hundreds of millions of dollars", "tens of thousands of delegates", "has passed 220", "64% of Americans",
            "© 1996-2024"],
    "006": ["only four days earlier", "240 mm multiple rocket launchers", "170 mm self-propelled howitzers", "Jan. 20",
            "3 in 10 Seoul Residents Live Alone", "1.1K N.Korean Casualties: Why the Toll Is Rising So Fast",
            "Number of Newborns Rises for 3rd Straight Month", "W24 Trillion"],
    "007": ["Russia launches 57 drones overnight; air force says 41 downed", "almost three times South Korea's",
            "12 tanks and 31 artillery systems", "14 were lost to electronic warfare", "more than 15,000 members"],
    "009": ["KOSPI 2,497.21", "USD/KRW 1,469.80", "on Jan. 9, two days before", "aged 20 and 26",
            "Seoul says first group of 1,500 North Korean soldiers has reached Russia",
            "first time in nine years", "down 9.6%"],
    "010": ["Episode 118", "47 min", "95th Air Assault Brigade", "02:40", "Join the 2,300 listeners", "from 1,204 ratings"],
    "011": ["APR 28, 08:40", "Article 4 of the treaty", "June 19, 2024", "115 Ukrainian drones", "two more settlements",
            "persons under 18 years of age"],
    "014": ["No. 47", "14 pages", "1.8 MB", "more than tripled", "1,000 sappers", "5,000 military builders",
            "third visit to Pyongyang", "2026 training cycle", "served 22 years", "Counting 600 Dead",
            "Top 12 Million Rounds"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "002"}

F = "the first group of about 1,500 (Oct 18, 2024) against a later total"
ADD = "an additional or separate force (reinforcements) against a total"
PW = "a part (Kursk only) against the whole in Russia"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, the same day)"],
        ["007-2", "007-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than three thousand, the same day"],
        ["009-1", "010-2", "about 300 North Korean killed (NIS via Rep. Lee Seong-kweun, Jan 13) against more than a thousand killed (HUR's Yusov, Jan 17), four days apart"],
    ],
    "may": [
        # troops: the first group against later totals
        ["000-1", "001-1", F], ["000-1", "001-2", F], ["000-1", "002-1", F], ["000-1", "002-2", F],
        ["000-1", "004-1", F], ["000-1", "005-2", F], ["000-1", "005-3", F], ["000-1", "010-1", F],
        ["000-1", "014-3", F], ["000-1", "014-4", F], ["000-1", "014-5", F],
        # troops: updates, parts and restatements in October-November 2024
        ["001-2", "001-1", "within one article: at least 3,000 (Kirby, Oct 23) raised to about 10,000 (Pentagon, Oct 28), an update"],
        ["001-1", "002-1", PW],
        ["002-1", "002-2", "within one article: about 8,000 in Kursk out of roughly 10,000 in Russia, a part and its whole"],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4-5), a rising total a week apart"],
        ["002-2", "004-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4-5), a rising total"],
        ["001-1", "005-2", "about 10,000 (Oct 28) against Zelensky's 11,000 restated Nov 12, a rising total"],
        ["002-2", "005-2", "about 10,000 (Oct 31) against Zelensky's 11,000 restated Nov 12, a rising total"],
        ["002-1", "005-2", "the must pair's 11,000 restated in a later article: a repeat of the same disagreement"],
        ["002-1", "005-3", "8,000 in Kursk against 10,000-12,000 in Russia, a part and the whole"],
        ["002-1", "010-1", "8,000 in Kursk (Oct 31) against roughly 11,000 restated in January, a repeat or a rising total"],
        ["001-1", "010-1", "about 10,000 (Oct 2024) against roughly 11,000 restated in January"],
        ["002-2", "010-1", "about 10,000 (Oct 2024) against roughly 11,000 restated in January"],
        # troops: months apart, remaining force and reinforcements
        ["001-1", "014-4", "about 10,000 (Oct 2024) against 11,000-12,000 as estimated a year later"],
        ["002-2", "014-4", "about 10,000 (Oct 2024) against 11,000-12,000 as estimated a year later"],
        ["002-1", "014-4", "8,000 in Kursk against 11,000-12,000 in all, a part and the whole, a year apart"],
        ["002-1", "014-3", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["004-1", "014-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-2", "014-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["010-1", "014-3", "roughly 11,000 (Jan 2025) against about 10,000 remaining (Dec 2025)"],
        ["001-1", "014-5", ADD], ["002-1", "014-5", ADD], ["002-2", "014-5", ADD], ["004-1", "014-5", ADD],
        ["005-2", "014-5", ADD], ["005-3", "014-5", ADD], ["010-1", "014-5", ADD],
        ["014-3", "014-4", "within one article: about 10,000 remaining against 11,000-12,000 first sent"],
        ["014-3", "014-5", "within one article: about 10,000 remaining against about 3,000 reinforcements"],
        ["014-4", "014-5", "within one article: the first contingent against the reinforcements"],
        # casualties
        ["007-4", "006-1", "several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["007-4", "007-1", "within one live blog: several hundred (Pentagon, a week earlier, vague) against more than three thousand"],
        ["007-4", "007-2", "within one live blog: several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["006-1", "009-4", "about 1,100 in all (Dec 23) against more than 1,000 in a single week (White House, late December), a part"],
        ["007-2", "009-4", "about 1,100 in all (Dec 23) against more than 1,000 in a single week, a part"],
        ["007-1", "009-4", "more than 3,000 in all against more than 1,000 in a single week, a part"],
        ["007-4", "009-4", "several hundred (mid-December, vague) against more than 1,000 in a single week later in the month"],
        ["006-1", "014-6", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart, a rising total"],
        ["007-2", "014-6", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart, a rising total"],
        ["007-1", "014-6", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025), months apart, a rising total"],
        ["007-4", "014-6", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025), months apart"],
        ["009-4", "014-6", "more than 1,000 in one week against about 4,700 in all, a part, months apart"],
        # killed
        ["006-2", "009-1", "at least 100 (Dec 19) against about 300 (Jan 13), a rising total weeks apart"],
        ["006-2", "010-2", "at least 100 (Dec 19) against more than a thousand (Jan 17), a rising total weeks apart"],
        ["006-2", "014-1", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["006-2", "014-2", "at least 100 (Dec 2024) against about 600 (Apr 2025), months apart"],
        ["006-2", "014-7", "at least 100 in all against several sappers, a part"],
        ["009-1", "014-1", "about 300 (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["009-1", "014-2", "about 300 (Jan 2025) against about 600 (Apr 2025), months apart"],
        ["009-1", "014-7", "about 300 in all against several sappers, a part"],
        ["010-2", "014-1", "more than a thousand (HUR, Jan 2025) against about 2,000 (NIS, Sep 2025), months apart"],
        ["010-2", "014-2", "more than a thousand (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
        ["010-2", "014-7", "more than a thousand in all against several sappers, a part"],
        ["014-2", "014-1", "within one article: about 600 (April) rising to about 2,000 (September), an update"],
        ["014-1", "014-7", "within one article: about 2,000 in all against several sappers, a part"],
        ["014-2", "014-7", "within one article: about 600 in all against several sappers, a part"],
        # wounded
        ["006-3", "009-2", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), a rising total weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
