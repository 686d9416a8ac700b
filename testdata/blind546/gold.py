#!/usr/bin/env python3
"""Gold labels for testdata/blind546 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind546: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

US_BLINKEN = ["Antony Blinken", "Blinken", "U.S.", "United States", "State Department"]
PENTAGON = ["Pentagon", "Sabrina Singh", "U.S.", "United States"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won", "South Korean intelligence"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 8000, None, "about", US_BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "Pyongyang sent around 10,000 soldiers in all to eastern Russia for training this month", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces had been shipped from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Already 11,000 soldiers from North Korea are in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "North Korea had sent up to 12,000 troops to Russia", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "among them some 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "with roughly 1,000 more injured", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean troops have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "North Korea has deployed an estimated 11,000 to 12,000 soldiers to fight alongside Russia's army", False),
        ("casualties", "north_korea", 200, 900, "vague", ["John Kirby", "Kirby", "National Security Council", "White House", "U.S.", "United States"],
         "the North Koreans had suffered \"several hundred\" casualties", True),
        ("killed", "russia", 8, None, "exact", HUR,
         "killing eight Russian troops", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 injured while fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two of them had been taken prisoner by Ukrainian forces", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the casualty toll had reached roughly 3,000", False),
        ("casualties", "north_korea", 3800, None, "about", ZEL + ["Kyiv"],
         "North Korean losses in Kursk had reached around 3,800 killed and wounded", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 2000, None, "less_than", ["Ukrainian military spokesperson", "Ukrainian military", "Ukraine"],
         "fewer than 2,000 North Korean troops were currently on the front line in Kursk", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "the two North Korean prisoners Ukraine captured in January", False),
    ],
    "008": [
        ("troops", "north_korea", 15000, None, "about", NIS_PARK,
         "Pyongyang has sent about 15,000 troops in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_PARK,
         "some 4,700 North Korean soldiers had been killed or wounded by the end of March", False),
        ("killed", "north_korea", 600, None, "about", NIS_PARK,
         "around 600 of them fatally", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Only two, as far as is publicly known", False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range", ["South Korean and Western estimates", "Western estimates", "South Korea"],
         "Pyongyang sent between 10,000 and 12,000 soldiers in late 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["South Korean and Western estimates", "Western estimates", "South Korea"],
         "followed by thousands more early this year", True),
        ("killed", "north_korea", 600, None, "about", NIS + ["Seoul's spy agency", "Seoul"],
         "around 600 of them have been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS + ["Seoul's spy agency", "Seoul"],
         "thousands more wounded", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["South Korea's intelligence agency"],
         "North Korea has lost about 2,000 soldiers killed in the war between Russia and Ukraine", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK"],
         "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
        ("troops", "north_korea", 200, 900, "vague", ["South Korean officials", "South Korea"],
         "Hundreds of North Korean sappers and engineers are still working in Kursk clearing mines", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media"],
         "Nine members of the regiment were killed during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have been killed", False),
    ],
}

NOT = {
    "000": ["over 7,000 kilometers", "about 86 minutes", "1,500 yen a month", "Nikkei 225 39,081.25",
            "3 new destroyers", "1st in nearly 11 months"],
    "001": ["1,330 invaders, 14 artillery systems", "five Russian military ranges", "1,284 views",
            "dozens of kilometres from the Ukrainian border"],
    "003": ["1.4 pct in first 20 days of December", "2.3 tln won", "12:30 December 19, 2024"],
    "004": ["almost three times higher", "18,000 members", "78 drones, 2 missiles", "2nd batch of F-16s"],
    "005": ["one aged 20 and the other 26", "since 2021", "joined in 2016", "1.8 trillion won",
            "minus 15 C", "cuts 30 trainees"],
    "007": ["177 drones overnight", "110 were shot down", "2.5% of GDP by 2027", "$500bn", "30-day truce"],
    "008": ["even €5 a month", "within two days of each other", "lasted 30 hours", "A 40-year-old from Kursk got 12 years",
            "nearly twice the number of dead"],
    "010": ["1,000 deminers and 5,000 military construction workers", "Shoigu, 70",
            "millions of artillery shells and dozens of ballistic missiles", "5 things to know on day 5"],
    "012": ["25,000 to 30,000 more troops", "Kim Jong Un's 12K Troops in Russia", "Approval Rating Drops to 42 Percent",
            "June 19, 2024"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders", "20% more volunteers", "3 years of Russia's full-scale invasion"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"009": "003"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["005-4", "005-5", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against around 3,800 (Zelensky, the week before), in one article"],
    ],
    "may": [
        # troops: the Pentagon's Russia-wide total against the Kursk figure a few days later
        ["000-2", "001-1", "about 10,000 sent to eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): different scope"],
        # troops: weeks or months apart
        ["000-1", "004-2", "8,000 (Nov 1) against 11,000-12,000 (Dec 23), seven weeks apart"],
        ["000-2", "004-2", "about 10,000 (Nov 1) against 11,000-12,000 (Dec 23), seven weeks apart"],
        ["000-1", "010-1", "8,000 in Kursk (Nov 2024) against 10,000-12,000 sent in late 2024 (June 2025)"],
        ["000-1", "008-1", "8,000 (Nov 2024) against about 15,000 in total over two rotations (Apr 2025)"],
        ["000-2", "008-1", "10,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["001-1", "008-1", "11,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["001-2", "008-1", "up to 12,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["004-2", "008-1", "11,000-12,000 (Dec 2024) against about 15,000 in total (Apr 2025)"],
        ["008-1", "010-1", "about 15,000 in total against 10,000-12,000 sent in late 2024, seven weeks apart"],
        # troops: an additional force
        ["000-1", "007-1", "8,000 against an additional 3,000 sent since January"],
        ["000-2", "007-1", "10,000 against an additional 3,000"],
        ["001-1", "007-1", "11,000 against an additional 3,000"],
        ["001-2", "007-1", "up to 12,000 against an additional 3,000"],
        ["004-2", "007-1", "11,000-12,000 against an additional 3,000"],
        ["007-1", "008-1", "an additional 3,000 against about 15,000 in total"],
        ["007-1", "010-1", "an additional 3,000 against 10,000-12,000 sent in late 2024"],
        ["007-1", "007-2", "an additional 3,000 sent since January against fewer than 2,000 now on the front line"],
        ["010-1", "010-2", "10,000-12,000 in late 2024 against 'thousands more' early this year: an additional force, vague"],
        ["000-1", "010-2", "8,000 against 'thousands more': an additional force, vague"],
        ["000-2", "010-2", "10,000 against 'thousands more': an additional force, vague"],
        ["001-1", "010-2", "11,000 against 'thousands more': an additional force, vague"],
        ["001-2", "010-2", "up to 12,000 against 'thousands more': an additional force, vague"],
        ["004-2", "010-2", "11,000-12,000 against 'thousands more': an additional force, vague"],
        ["008-1", "010-2", "about 15,000 in total against 'thousands more': an additional force, vague"],
        # casualties
        ["004-1", "004-3", "more than 3,000 (Zelensky, Dec 23) against 'several hundred' (Kirby, Dec 17): vague"],
        ["003-1", "004-3", "about 1,100 against 'several hundred': vague, two days apart"],
        ["004-3", "005-4", "'several hundred' (Dec 17) against about 3,000 (Jan 13)"],
        ["004-3", "005-5", "'several hundred' (Dec 17) against around 3,800 (Jan)"],
        ["004-3", "008-2", "'several hundred' (Dec) against about 4,700 (Apr)"],
        ["004-3", "012-2", "'several hundred' (Dec) against more than 6,000 (June)"],
        ["003-1", "005-4", "1,100 (JCS, Dec 19) against 3,000 (NIS, Jan 13): a cumulative toll rising over three weeks"],
        ["003-1", "005-5", "1,100 (JCS, Dec 19) against 3,800 (Zelensky, January)"],
        ["004-1", "005-4", "more than 3,000 (Dec 23) against about 3,000 (Jan 13)"],
        ["003-1", "008-2", "1,100 (Dec) against 4,700 (Apr): months apart"],
        ["005-4", "008-2", "3,000 (Jan) against 4,700 (Apr): the NIS's own update, months apart"],
        ["005-5", "008-2", "3,800 (Jan) against 4,700 (Apr): months apart"],
        ["003-1", "012-2", "1,100 (Dec) against more than 6,000 (June)"],
        ["005-4", "012-2", "3,000 (Jan) against more than 6,000 (June)"],
        ["005-5", "012-2", "3,800 (Jan) against more than 6,000 (June)"],
        ["008-2", "012-2", "4,700 by end of March (NIS) against more than 6,000 (UK MoD, June)"],
        # killed: the NIS's rising count
        ["005-1", "008-3", "about 300 killed (Jan) against about 600 (Apr): the NIS's update"],
        ["005-1", "010-3", "about 300 killed (Jan) against about 600 (June)"],
        ["005-1", "012-1", "about 300 killed (Jan) against about 2,000 (Sept)"],
        ["005-1", "014-2", "about 300 killed (Jan) against about 2,000 (Dec)"],
        ["008-3", "012-1", "about 600 killed (Apr) against about 2,000 (Sept): the NIS's update"],
        ["008-3", "014-2", "about 600 killed (Apr) against about 2,000 (Dec)"],
        ["010-3", "012-1", "about 600 killed (June) against about 2,000 (Sept)"],
        ["010-3", "014-2", "about 600 killed (June) against about 2,000 (Dec)"],
        # wounded
        ["003-3", "005-2", "roughly 1,000 wounded (NIS, Dec 16) against about 2,700 (NIS, Jan 13): a rising count"],
        ["003-3", "010-4", "roughly 1,000 wounded (Dec) against 'thousands' (June)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
