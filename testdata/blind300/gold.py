#!/usr/bin/env python3
"""Gold labels for blind300 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind300: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "North Korea transported about 1,500 special operations troops from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US"],
         "put the total in Russia at about 10,000 North Korean troops", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"],
         "we assess that some 8,000 are now in the Kursk region, close to the border with Ukraine", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "Russia was training up to 12,000 North Korean military personnel at five training grounds in its Far East", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "Roughly 1,000 more had been wounded", False),
    ],
    "005": [
        ("troops", NK, 10000, 12000, "range", ["Ukrainian, South Korean and US intelligence", "Ukraine", "South Korea", "United States", "US", "intelligence"],
         "Between 10,000 and 12,000, according to Ukrainian, South Korean and US intelligence", False),
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Koreans had been killed or wounded in Kursk", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "US", "Washington"],
         "North Korean units had suffered more than 1,000 killed and wounded in the past week alone", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Security Service of Ukraine", "SBU"],
         "Ukrainian servicemen have taken two North Korean soldiers prisoner", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean troops had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded in the fighting in Kursk", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "some three thousand casualties in all", False),
        ("casualties", NK, 4000, None, "more_than", ["Special Operations Forces", "SSO", "Ukraine"],
         "North Korean losses in Kursk since the start of their combat deployment exceed 4,000 killed and wounded", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has dispatched roughly 3,000 additional troops to Russia since January", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties had reached about 4,000", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
    ],
    "009": [
        ("troops", NK, 200, 900, "vague", ["Russian military bloggers", "military bloggers", "pro-war Russian military bloggers"],
         "Hundreds of North Korean sappers are in fact already working in the border districts", True),
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "Ukrainian military intelligence", "HUR", "Ukraine"],
         "some eleven thousand North Korean troops were still stationed in the Kursk region", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS + ["intelligence agency", "intelligence committee", "lawmakers"],
         "around 2,000 North Korean soldiers have been killed while fighting for Russia against Ukraine", False),
        ("wounded", NK, 2000, 9000, "vague", NIS + ["intelligence agency", "intelligence committee", "lawmakers"],
         "several thousand more have been wounded", True),
        ("troops", NK, 1000, None, "about", NIS + ["intelligence agency", "intelligence committee", "lawmakers"],
         "about 1,000 of the military engineers and builders Pyongyang promised to Moscow in June have already arrived in Russia's Kursk region", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Kim Jong Un", "North Korea", "state media"],
         "Nine of the sappers were killed during the mission", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "Pyongyang sent 11,000-12,000 troops to Kursk in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "about 3,000 more early this year", False),
        ("killed", NK, 2000, None, "about", ["South Korean intelligence", "South Korea", "National Intelligence Service", "NIS"],
         "some 2,000 North Korean soldiers had died in the fighting", False),
    ],
}

NOT = {
    "000": ["roughly 12,000 soldiers", "the 11th Corps", "four Russian navy amphibious ships", "between Oct. 8 and 13",
            "HUR: Russia training 12K North Koreans at five Far East bases", "KOSPI ends at 2,593.46",
            "a 2,000-kilometre problem", "4 of 10 voters", "early to mid-20s"],
    "001": ["some 4,000 miles", "2+2 meeting", "five days to go", "48 percent to 47 percent", "[19:14:02]"],
    "002": ["Russia has lost 1,250 soldiers over past day", "Russia attacks Ukraine with 96 drones overnight",
            "62 shot down", "2 new ministers", "6 August 2024", "five training grounds"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "at 1,450",
            "2 trillion won", "June 19"],
    "005": ["groups of 20 to 30", "more than 1 million barrels of oil", "120 km behind front line",
            "12 months, 12 images", "5 min Reading time"],
    "006": ["born in 1999", "born in 2005", "waves of up to 40 people",
            "Enemy losses in Kursk region exceed 38,000 over five months"],
    "007": ["Nikkei 225 37,155.50", "about two weeks", "as far as 1,000 km", "170 mm Koksan self-propelled guns",
            "240 mm multiple rocket launchers", "8.7 trillion yen", "Samsung shares fall 4%", "since 1953"],
    "008": ["Kim Jong Un, 41", "Article 4", "1950-1953 Korean War"],
    "009": ["1,000 sappers", "5,000 military construction workers", "more than 80 billion rubles ($1 billion)",
            "Around 1,000 homes", "even $5 a month", "up to half of the artillery shells", "April 26"],
    "011": ["8.8 trillion yen", "18:00 JST"],
    "014": ["120 days", "465 drones and 30 missiles", "432 drones and 20 missiles", "More than 1 million households",
            "€210bn", "My son is 19"],
}

OFF = ["003", "010", "013"]
DUP = {"012": "008"}

conflicts = {
    "must": [
        ["001-2", "002-1", "some 8,000 troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-1", "005-2", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky), four days apart"],
        ["006-4", "006-5", "some 3,000 casualties (NIS) against more than 4,000 (Ukraine's SSO), same day, same article"],
    ],
    "may": [
        # troops: the first 1,500-strong shipment against later totals, weeks or months on
        ["000-1", "001-1", "first shipment of 1,500 (Oct 18) against 10,000 in Russia two weeks later"],
        ["000-1", "001-2", "first shipment of 1,500 in the Far East against 8,000 in Kursk two weeks later"],
        ["000-1", "002-1", "first shipment of 1,500 against 11,000 in Kursk 18 days later"],
        ["000-1", "005-1", "1,500 against 10,000-12,000 two months later"],
        ["000-1", "007-1", "1,500 against an additional 3,000, months apart"],
        ["000-1", "009-1", "1,500 against hundreds of sappers, months apart (vague)"],
        ["000-1", "009-2", "1,500 against 11,000, months apart"],
        ["000-1", "011-3", "1,500 special forces against 1,000 engineers, a year apart (parts)"],
        ["000-1", "014-2", "1,500 against 11,000-12,000, a year apart"],
        ["000-1", "014-3", "1,500 against 3,000 more, a year apart"],
        # troops: the US numbers
        ["001-1", "002-1", "about 10,000 in Russia against 11,000 in Kursk, five days apart, different scopes"],
        ["001-1", "007-1", "10,000 against an additional 3,000"],
        ["001-1", "009-1", "10,000 against hundreds of sappers (part, vague)"],
        ["001-1", "009-2", "10,000 against 11,000, months apart"],
        ["001-1", "011-3", "10,000 against 1,000 engineers (part), months apart"],
        ["001-1", "014-2", "about 10,000 against 11,000-12,000, a year apart"],
        ["001-1", "014-3", "10,000 against 3,000 more"],
        ["001-2", "005-1", "8,000 in Kursk against 10,000-12,000, two months apart"],
        ["001-2", "007-1", "8,000 against an additional 3,000"],
        ["001-2", "009-1", "8,000 against hundreds of sappers (part, vague)"],
        ["001-2", "009-2", "8,000 against 11,000, months apart"],
        ["001-2", "011-3", "8,000 against 1,000 engineers (part), months apart"],
        ["001-2", "014-2", "8,000 against 11,000-12,000, a year apart"],
        ["001-2", "014-3", "8,000 against 3,000 more"],
        ["002-1", "007-1", "11,000 against an additional 3,000"],
        ["002-1", "009-1", "11,000 against hundreds of sappers (part, vague)"],
        ["002-1", "011-3", "11,000 against 1,000 engineers (part)"],
        ["002-1", "014-3", "11,000 against 3,000 more"],
        ["005-1", "007-1", "10,000-12,000 against an additional 3,000"],
        ["005-1", "009-1", "10,000-12,000 against hundreds of sappers (part, vague)"],
        ["005-1", "011-3", "10,000-12,000 against 1,000 engineers (part)"],
        ["005-1", "014-3", "10,000-12,000 against 3,000 more"],
        ["007-1", "009-1", "an additional 3,000 against hundreds of sappers (vague)"],
        ["007-1", "009-2", "an additional 3,000 against 11,000"],
        ["007-1", "011-3", "an additional 3,000 against 1,000 engineers"],
        ["007-1", "014-2", "an additional 3,000 against 11,000-12,000"],
        ["009-1", "009-2", "hundreds of sappers against 11,000 troops (part, vague)"],
        ["009-1", "011-3", "hundreds of sappers (vague) against 1,000 engineers, months apart"],
        ["009-1", "014-2", "hundreds of sappers against 11,000-12,000 (part, vague)"],
        ["009-1", "014-3", "hundreds of sappers against 3,000 more (part, vague)"],
        ["009-2", "011-3", "11,000 against 1,000 engineers (part), months apart"],
        ["009-2", "014-3", "11,000 against 3,000 more"],
        ["011-3", "014-2", "1,000 engineers (part) against 11,000-12,000"],
        ["011-3", "014-3", "1,000 engineers against 3,000 more, different contingents"],
        ["014-2", "014-3", "11,000-12,000 against 'about 3,000 more' (an additional force)"],
        # casualties: cumulative tolls weeks or months apart
        ["004-1", "006-4", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13), three weeks apart, a cumulative toll"],
        ["004-1", "006-5", "1,100 (JCS) against more than 4,000 (SSO), three weeks apart"],
        ["004-1", "007-2", "1,100 against 4,000 (both JCS), two months apart"],
        ["004-1", "008-1", "1,100 against 4,700, four months apart"],
        ["005-2", "006-4", "more than 3,000 (Zelensky, Dec) against about 3,000 (NIS, Jan): close to the bound"],
        ["006-4", "007-2", "3,000 (NIS, Jan) against 4,000 (JCS, Feb), six weeks apart"],
        ["006-4", "008-1", "3,000 against 4,700 (both NIS), months apart"],
        ["006-5", "007-2", "more than 4,000 (SSO, Jan) against about 4,000 (JCS, Feb): close to the bound"],
        ["007-2", "008-1", "4,000 (JCS, Feb) against 4,700 (NIS, Apr), two months apart"],
        # killed: cumulative tolls months apart
        ["006-2", "008-2", "300 against 600 (both NIS), months apart"],
        ["006-2", "011-1", "300 against 2,000, months apart"],
        ["006-2", "014-4", "300 against 2,000, a year apart"],
        ["008-2", "011-1", "600 against 2,000 (both NIS), months apart"],
        ["008-2", "014-4", "600 against 2,000, months apart"],
        # wounded
        ["004-3", "011-2", "about 1,000 against several thousand (vague), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
