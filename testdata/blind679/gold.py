#!/usr/bin/env python3
"""Gold labels for testdata/blind679 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind679/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun"] + NIS
HUR = ["Ukrainian military intelligence", "Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "US"],
         "Around 8,000 North Korean soldiers have reached Russia's Kursk border region", False),
        # eastern Russia as a whole, a day-old Pentagon figure repeated by Austin
        ("troops", NK, 10000, None, "about", ["Pentagon", "Lloyd Austin", "Austin", "United States", "US"],
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # the first group only
        ("troops", NK, 1500, None, "about", NIS + ["Seoul"],
         "a first contingent of some 1,500 special forces had been ferried from North Korean ports to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "there are now eleven thousand North Korean troops in Russia's Kursk region", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "about", HUR,
         "the force includes some 500 officers", False),
    ],
    "003": [
        # the viral posts' claim, vague
        ("killed", NK, 2000, 9999, "vague", ["Posts on Telegram and X", "posts", "Telegram", "Zelensky"],
         "Ukrainian troops had killed thousands of North Korean soldiers in Russia's Kursk region", True),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in the Kursk region — killed and wounded together — had topped 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "Seoul put the number of North Korean soldiers killed or wounded at about 1,100", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States"],
         "The Pentagon had spoken of \"several hundred\" North Korean casualties", True),
        # three villages only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
        # one week only: a part of the whole
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States"],
         "more than 1,000 North Korean troops had been killed or wounded in the past week alone", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in Russia's Kursk region have passed 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "Roughly 300 of those were killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the mid-December figures, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "the agency counted at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "005": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more soldiers to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "North Korean casualties in Russia now stand at around 4,700", False),
        ("casualties", NK, 2000, 9999, "vague", ["Andrii Yusov", "Yusov"] + HUR,
         "North Korean units in Kursk had lost thousands of men since they entered the fighting", True),
    ],
    "006": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "between 11,000 and 12,000 North Korean soldiers were sent to Russia in October and November", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more had followed in January and February", False),
        ("killed", NK, 1000, None, "at_least", ["Western intelligence officials", "Western intelligence", "BBC"],
         "at least 1,000 North Korean soldiers were killed in their first three months of combat", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "Seoul's estimate of all casualties, the dead and the wounded, stood at about 4,700 in March", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine had lost more than 76,000 troops in the region since its incursion last August", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS,
         "About 600 North Korean soldiers have been killed in the fighting in Russia's Kursk region", False),
        ("casualties", NK, 4700, None, "about", LEE,
         "Total casualties, including the wounded, stood at roughly 4,700", False),
        ("captured", NK, 2, None, "exact", U,
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "the Ukrainian armed forces lost more than 76,000 troops killed and wounded in the region", False),
    ],
    "010": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "the same agency had put the death toll at about 600", False),
        ("casualties", NK, 6000, None, "more_than", ["British Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
         "put North Korean casualties — killed and wounded — at over 6,000", False),
        ("troops", NK, 14000, None, "about", U,
         "the roughly 14,000 soldiers Pyongyang is thought to have sent since October 2024", False),
    ],
    "013": [
        # the first group only
        ("troops", NK, 1500, None, "exact", NIS,
         "a first batch of 1,500 special forces soldiers having been moved to Vladivostok", False),
        ("troops", NK, 10000, 12000, "range", ["Seoul, Washington and Kyiv", "Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "10,000 to 12,000 North Korean soldiers have been sent", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces captured two North Korean soldiers in Kursk", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers have died in the war", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russian border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops are being moved to Russia in stages", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "more_than", ["US State Department", "State Department", "Vedant Patel", "Patel", "United States", "US"],
         "over 10,000 North Korean soldiers have been sent to eastern Russia", False),
        # Russia's own grouping in Kursk, North Korean units included
        ("troops", RU, 50000, None, "exact", ZEL,
         "the Russian army had concentrated a 50,000-strong group in the Kursk region", False),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in all", "stayed aloft for 86 minutes", "on October 18",
            "on October 31, 2024", "death toll climbs to 158", "with five days to go"],
    "001": ["Aired November 5, 2024 - 04:00", "[04:31:08]", "60mm mortars", "roughly 450 kilometers northeast of here",
            "a handful of them generals", "a 103-year-old voter", "since 1944", "FIRST POLLS CLOSE AT 6 P.M. ET", "DOW FUTURES 42,011 +0.3%"],
    "003": ["Did Ukraine kill 3,000 North Korean soldiers?", "shared more than 40,000 times", "filmed in 2023",
            "Kyiv's 3,000", "thousands of North Koreans were killed", "Reading time: 4 min", "donate from 100 UAH",
            "post on X, 23.12.2024"],
    "004": ["Tuesday, January 14, 2025 · 5 min read", "Both are wounded", "one, 20, says", "the other, 26, has a broken jaw",
            "more than 1,000 police officers", "1,470.8 per dollar", "-11°C", "3 free articles"],
    "005": ["roughly 220 pieces of 170mm self-propelled artillery", "240mm multiple rocket launchers",
            "around 30 countries", "two more villages", "163 drones", "89 were shot down",
            "51 lost to electronic jamming", "Comments (241)"],
    "006": ["Published On 28 Apr 2025", "Listen to this article | 5 mins", "Gaza death toll tops 52,000",
            "leaves millions without power"],
    "008": ["April 30, 2025 12:15", "on April 30, 2025", "all 25 million subscribers",
            "One of them has said he wants to come to South Korea"],
    "009": ["10:05 GMT 26.04.2025", "more than eight months", "Article 4 of the Treaty", "August 6, 2024",
            "three-hour meeting", "115 Ukrainian Drones"],
    "010": ["up to $20 billion", "1,000 deminers and 5,000 military construction workers",
            "as many as 30,000 more troops", "close to half", "Nikkei 225 43,837.67 (+0.87%)", "Kenji Morioka, 48,",
            "September 11, 2025 05:00 JST"],
    "013": ["SEOUL, Nov. 5 (Yonhap)", "1,000 sappers and 5,000 military builders", "Nov. 5, 2025 10:40 KST",
            "rise for 5th month in October"],
    "014": ["13 November 2024, 07:25", "Views: 2,311", "810th Separate Guards Naval Infantry Brigade",
            "Enemy loses 1,770 soldiers in one day"],
}

OFF = ["002", "007", "011"]
DUP = {"012": "000"}

ADD = "an additional or separate force against a total"
FIRST = "the first group of 1,500 against a later total"
OFFICERS = "officers only (a part) against the whole force"
conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["003-3", "003-2", "within one fact-check: about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), both of 23 Dec"],
        ["008-1", "006-3", "about 600 North Korean killed (NIS via Lee Seong-kweun, Apr 30) against at least 1,000 killed (Western intelligence via the BBC, Apr 28), two days apart"],
    ],
    "may": [
        # troops, autumn 2024
        ["000-1", "000-2", "8,000 in Kursk, a part of about 10,000 sent to eastern Russia"],
        ["000-1", "000-3", FIRST], ["000-2", "000-3", FIRST], ["001-1", "000-3", FIRST], ["014-1", "000-3", FIRST],
        ["000-1", "001-2", OFFICERS], ["000-2", "001-2", OFFICERS], ["000-3", "001-2", "first group against officers only"],
        ["001-1", "001-2", OFFICERS], ["014-1", "001-2", OFFICERS],
        ["001-1", "000-2", "eleven thousand in Kursk (Nov 5) against about 10,000 in eastern Russia (Oct 28-31): close, different places"],
        ["014-1", "000-1", "more than 10,000 in eastern Russia (Nov 13) against about 8,000 in Kursk (Oct 31), thirteen days apart"],
        ["014-1", "000-2", "more than 10,000 against about 10,000, two weeks apart: no real disagreement"],
        ["014-1", "001-1", "more than 10,000 against 11,000: the bound is met"],
        # troops: 2025 figures against 2024 figures, additional and separate forces
        ["005-1", "000-1", ADD], ["005-1", "000-2", ADD], ["005-1", "000-3", ADD], ["005-1", "001-1", ADD],
        ["005-1", "001-2", ADD], ["005-1", "014-1", ADD], ["005-1", "006-1", ADD], ["005-1", "010-4", ADD],
        ["005-1", "013-1", ADD], ["005-1", "013-2", ADD], ["005-1", "013-5", ADD], ["005-1", "013-6", ADD],
        ["006-2", "000-1", ADD], ["006-2", "000-2", ADD], ["006-2", "000-3", ADD], ["006-2", "001-1", ADD],
        ["006-2", "001-2", ADD], ["006-2", "014-1", ADD], ["006-2", "006-1", "within one article: 11,000-12,000 first deployed against about 3,000 more"],
        ["006-2", "010-4", ADD], ["006-2", "013-1", ADD], ["006-2", "013-2", ADD], ["006-2", "013-5", ADD], ["006-2", "013-6", ADD],
        ["006-1", "000-1", "11,000-12,000 (Apr 2025) against 8,000 (Oct 2024), months apart"],
        ["006-1", "000-2", "11,000-12,000 against about 10,000, months apart"],
        ["006-1", "000-3", FIRST], ["006-1", "001-2", OFFICERS],
        ["006-1", "001-1", "11,000-12,000 against 11,000: within the range"],
        ["006-1", "014-1", "11,000-12,000 against more than 10,000: compatible"],
        ["006-1", "010-4", "the first deployment against the roughly 14,000 sent in all"],
        ["006-1", "013-1", FIRST], ["006-1", "013-2", "two overlapping ranges"],
        ["006-1", "013-5", "11,000-12,000 sent in 2024 against about 10,000 remaining in Nov 2025"],
        ["006-1", "013-6", ADD],
        ["010-4", "000-1", "roughly 14,000 sent in all (Sep 2025) against 8,000 (Oct 2024), months apart"],
        ["010-4", "000-2", "roughly 14,000 in all against about 10,000 (Oct 2024), months apart"],
        ["010-4", "000-3", FIRST], ["010-4", "001-2", OFFICERS],
        ["010-4", "001-1", "roughly 14,000 in all (Sep 2025) against 11,000 (Nov 2024), months apart"],
        ["010-4", "014-1", "roughly 14,000 against more than 10,000: compatible"],
        ["010-4", "013-1", FIRST], ["010-4", "013-2", "14,000 in all against 10,000-12,000 first sent"],
        ["010-4", "013-5", "14,000 sent in all against about 10,000 remaining, two months apart"],
        ["010-4", "013-6", ADD],
        ["013-1", "000-1", FIRST], ["013-1", "000-2", FIRST], ["013-1", "001-1", FIRST], ["013-1", "014-1", FIRST],
        ["013-1", "001-2", "first group against officers only"], ["013-1", "000-3", "1,500 against some 1,500: the same figure"],
        ["013-1", "013-2", "within one timeline: first group against the total weeks later"],
        ["013-1", "013-5", "within one timeline: first group (2024) against troops remaining (2025)"],
        ["013-1", "013-6", "within one timeline: first group against a separate construction contingent"],
        ["013-2", "000-1", "10,000-12,000 (timeline, Nov 2025) against 8,000 (Oct 2024)"],
        ["013-2", "000-2", "10,000-12,000 against about 10,000: within the range"],
        ["013-2", "000-3", FIRST], ["013-2", "001-2", OFFICERS],
        ["013-2", "001-1", "10,000-12,000 against 11,000: within the range"],
        ["013-2", "014-1", "10,000-12,000 against more than 10,000: compatible"],
        ["013-2", "013-5", "within one timeline: sent in 2024 against remaining in 2025"],
        ["013-2", "013-6", ADD],
        ["013-5", "000-1", "about 10,000 remaining (Nov 2025) against 8,000 (Oct 2024), a year apart"],
        ["013-5", "000-2", "about 10,000 remaining (Nov 2025) against about 10,000 (Oct 2024)"],
        ["013-5", "000-3", FIRST], ["013-5", "001-2", OFFICERS],
        ["013-5", "001-1", "about 10,000 remaining (Nov 2025) against 11,000 (Nov 2024), a year apart"],
        ["013-5", "014-1", "about 10,000 remaining (Nov 2025) against more than 10,000 (Nov 2024), a year apart"],
        ["013-5", "013-6", "within one timeline: troops remaining against a separate construction contingent"],
        ["013-6", "000-1", ADD], ["013-6", "000-2", ADD], ["013-6", "000-3", ADD], ["013-6", "001-1", ADD],
        ["013-6", "001-2", ADD], ["013-6", "014-1", ADD],
        # casualties, December 2024 to January 2025
        ["003-6", "003-2", "several hundred (Pentagon, mid-December, vague) against more than 3,000 (Dec 23)"],
        ["003-6", "003-3", "several hundred (Pentagon, mid-December, vague) against about 1,100 (Dec 23)"],
        ["003-7", "003-2", "at least 30 near three villages: a part against the whole"],
        ["003-7", "003-3", "at least 30 near three villages: a part against the whole"],
        ["003-7", "003-6", "at least 30 near three villages: a part against the whole"],
        ["003-7", "003-8", "at least 30 near three villages against more than 1,000 in one week: two parts"],
        ["003-8", "003-2", "more than 1,000 in one week (Kirby, Dec 27): a part, compatible with more than 3,000"],
        ["003-8", "003-3", "more than 1,000 in one week (Kirby, Dec 27) against about 1,100 in all (Dec 23): a part against an earlier total"],
        ["003-8", "003-6", "one week's more than 1,000 against several hundred a fortnight earlier"],
        ["004-1", "003-3", "more than 3,000 (Jan 13) against about 1,100 (Dec 23), three weeks apart, a rising total"],
        ["004-1", "003-6", "more than 3,000 (Jan) against several hundred (mid-December), a rising total"],
        ["004-1", "003-7", "at least 30 near three villages: a part against the whole"],
        ["004-1", "003-8", "more than 3,000 in all against more than 1,000 in one week"],
        ["004-1", "003-2", "more than 3,000 against more than 3,000: the same bound"],
        # casualties, 2025 figures against earlier ones
        ["005-2", "003-2", "about 4,700 (Mar 2025) against more than 3,000 (Dec 2024): a rising total"],
        ["005-2", "003-3", "about 4,700 (Mar 2025) against about 1,100 (Dec 2024), months apart"],
        ["005-2", "003-6", "about 4,700 (Mar 2025) against several hundred (Dec 2024), months apart"],
        ["005-2", "003-7", "a part against the whole, months apart"],
        ["005-2", "003-8", "about 4,700 in all against more than 1,000 in one week, months apart"],
        ["005-2", "004-1", "about 4,700 (Mar) against more than 3,000 (Jan): a rising total"],
        ["005-2", "005-3", "within one live blog: about 4,700 (JCS) against thousands (Yusov, vague)"],
        ["005-3", "003-2", "thousands (vague, Mar 2025) against more than 3,000 (Dec 2024)"],
        ["005-3", "003-3", "thousands (vague, Mar 2025) against about 1,100 (Dec 2024), months apart"],
        ["005-3", "003-6", "thousands (vague) against several hundred (vague), months apart"],
        ["005-3", "003-7", "a part against the whole, months apart"],
        ["005-3", "003-8", "thousands in all against more than 1,000 in one week, months apart"],
        ["005-3", "004-1", "thousands (vague) against more than 3,000, ten weeks apart"],
        ["005-3", "006-4", "thousands (vague) against about 4,700"], ["005-3", "008-2", "thousands (vague) against about 4,700"],
        ["005-3", "010-3", "thousands (vague, Mar) against more than 6,000 (Sep), months apart"],
        ["006-4", "003-2", "about 4,700 (Mar 2025) against more than 3,000 (Dec 2024): a rising total"],
        ["006-4", "003-3", "about 4,700 (Mar 2025) against about 1,100 (Dec 2024), months apart"],
        ["006-4", "003-6", "about 4,700 against several hundred (Dec 2024), months apart"],
        ["006-4", "003-7", "a part against the whole, months apart"],
        ["006-4", "003-8", "about 4,700 in all against more than 1,000 in one week, months apart"],
        ["006-4", "004-1", "about 4,700 (Mar) against more than 3,000 (Jan): a rising total"],
        ["008-2", "003-2", "about 4,700 (Apr 2025) against more than 3,000 (Dec 2024): a rising total"],
        ["008-2", "003-3", "about 4,700 (Apr 2025) against about 1,100 (Dec 2024), months apart"],
        ["008-2", "003-6", "about 4,700 against several hundred (Dec 2024), months apart"],
        ["008-2", "003-7", "a part against the whole, months apart"],
        ["008-2", "003-8", "about 4,700 in all against more than 1,000 in one week, months apart"],
        ["008-2", "004-1", "about 4,700 (Apr) against more than 3,000 (Jan): a rising total"],
        ["010-3", "003-2", "more than 6,000 (Sep 2025) against more than 3,000 (Dec 2024): a rising total"],
        ["010-3", "003-3", "more than 6,000 (Sep 2025) against about 1,100 (Dec 2024), months apart"],
        ["010-3", "003-6", "more than 6,000 against several hundred (Dec 2024), months apart"],
        ["010-3", "003-7", "a part against the whole, months apart"],
        ["010-3", "003-8", "more than 6,000 in all against more than 1,000 in one week, months apart"],
        ["010-3", "004-1", "more than 6,000 (Sep) against more than 3,000 (Jan): a rising total"],
        ["010-3", "005-2", "more than 6,000 (Sep) against about 4,700 (Mar), months apart"],
        ["010-3", "006-4", "more than 6,000 (Sep) against about 4,700 (Mar), months apart"],
        ["010-3", "008-2", "more than 6,000 (Sep) against about 4,700 (Apr), months apart"],
        # killed
        ["003-1", "003-4", "the posts' thousands (vague, misreported) against at least 100"],
        ["003-1", "004-2", "the posts' thousands (vague, misreported) against about 300, weeks later"],
        ["003-1", "004-4", "the posts' thousands (vague) against at least 100"],
        ["003-1", "006-3", "the posts' thousands (vague, Dec) against at least 1,000 (Apr)"],
        ["003-1", "008-1", "the posts' thousands (vague, Dec) against about 600 (Apr), months apart"],
        ["003-1", "010-1", "vague thousands against about 2,000, months apart"],
        ["003-1", "010-2", "vague thousands against about 600, months apart"],
        ["003-1", "013-4", "vague thousands against about 2,000, months apart"],
        ["004-2", "003-4", "about 300 (Jan 13) against at least 100 (Dec 19): the bound is met, a rising total"],
        ["004-2", "004-4", "within one newsletter: about 300 now against at least 100 in mid-December, an update"],
        ["006-3", "003-4", "at least 1,000 against at least 100: compatible bounds"],
        ["006-3", "004-4", "at least 1,000 against at least 100: compatible bounds"],
        ["006-3", "004-2", "at least 1,000 (Apr) against about 300 (Jan), months apart, a rising total"],
        ["006-3", "010-1", "at least 1,000 (Apr) against about 2,000 (Sep): the bound is met"],
        ["006-3", "010-2", "at least 1,000 (Apr 28) against the April figure of 600 restated in September"],
        ["006-3", "013-4", "at least 1,000 (Apr) against about 2,000 (Sep): the bound is met"],
        ["008-1", "003-4", "about 600 (Apr) against at least 100 (Dec): the bound is met"],
        ["008-1", "004-4", "about 600 (Apr) against at least 100 (Dec): the bound is met"],
        ["008-1", "004-2", "about 600 (Apr) against about 300 (Jan), months apart, a rising total"],
        ["008-1", "010-1", "about 600 (Apr) against about 2,000 (Sep), a rising total"],
        ["008-1", "013-4", "about 600 (Apr) against about 2,000 (Sep), a rising total"],
        ["010-1", "010-2", "within one article: about 2,000 now against about 600 in April, an update"],
        ["010-1", "003-4", "about 2,000 (Sep 2025) against at least 100 (Dec 2024)"],
        ["010-1", "004-2", "about 2,000 (Sep 2025) against about 300 (Jan 2025), months apart"],
        ["010-1", "004-4", "about 2,000 (Sep 2025) against at least 100 (Dec 2024)"],
        ["010-2", "003-4", "the April figure of 600 against at least 100 (Dec)"],
        ["010-2", "004-2", "the April figure of 600 against about 300 (Jan), months apart"],
        ["010-2", "004-4", "the April figure of 600 against at least 100 (Dec)"],
        ["010-2", "013-4", "the April figure of 600 restated against about 2,000 (Sep)"],
        ["013-4", "003-4", "about 2,000 (Sep 2025) against at least 100 (Dec 2024)"],
        ["013-4", "004-2", "about 2,000 (Sep 2025) against about 300 (Jan 2025), months apart"],
        ["013-4", "004-4", "about 2,000 (Sep 2025) against at least 100 (Dec 2024)"],
        # wounded
        ["004-3", "003-5", "some 2,700 (Jan 13) against nearly 1,000 (Dec 19), a rising total"],
        ["004-3", "004-5", "within one newsletter: some 2,700 now against close to 1,000 in mid-December, an update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
