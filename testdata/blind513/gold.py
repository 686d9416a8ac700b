#!/usr/bin/env python3
"""Gold labels for blind513. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind513 articles (written and labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

US = ["United States", "US", "U.S."]
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean spy agency", "Lee Seong-kweun"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "put the total contingent that Pyongyang is moving to Russia at up to 12,000 troops", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "including roughly 500 officers", False),
    ],
    "002": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("wounded", "north_korea", 200, 999, "vague", ["unattributed"],
         "Hundreds of North Korean soldiers are also believed to be undergoing treatment in Russian military hospitals", True),
    ],
    "003": [
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State"] + US,
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon"] + US,
         "around 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Kursk Oblast had already passed 3,000", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian commanders", "Ukraine"],
         "Several thousand North Korean soldiers are now taking part in assaults", True),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "two North Korean soldiers captured by Ukrainian forces in the Kursk region", False),
        ("killed", "north_korea", 1000, None, "about", HUR,
         "about 1,000 North Korean soldiers had been killed in the Kursk fighting so far", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand additional troops", False),
        ("casualties", "north_korea", 4000, None, "about", NIS,
         "North Korean casualties are estimated at about 4,000", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang had sent more than 10,000 soldiers to Russia", False),
    ],
    "010": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 others wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 North Korean troops in Russia", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the fighting in the region", False),
    ],
    "013": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "have suffered an estimated 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "The North is believed to have sent around 11,000 soldiers to Russia since October", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "roughly eleven thousand soldiers in the first wave", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "later added several thousand more", True),
        ("troops", "north_korea", 10000, 12000, "range", ["U.S. officials"] + US,
         "between 10,000 and 12,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "an estimated 2,000 North Korean soldiers had died", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two soldiers captured in January remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["several hundred square kilometers", "Russia launches 96 drones overnight, air force says 61 shot down",
            "more than 16,000 members", "for another 90 days", "millions of artillery rounds", "Oct. 31, 2024"],
    "002": ["Watch video 1:32", "18:40 JST", "Golden Week outbound travel expected to top 500,000"],
    "003": ["more than 7,000 kilometers", "about 86 minutes", "some 200 km west of Okushiri Island",
            "Japan's jobless rate falls to 2.4% in September"],
    "005": ["groups of 20 to 30 soldiers", "Russia lost 1,630 troops in a day, General Staff says",
            "Kharkiv hit by guided bombs, 8 injured", "6.5 million tons", "barely 100 kilometers",
            "served two years", "from $5 a month"],
    "006": ["12 Ukrainian drones", "one was born in 2005 and the other in 1999", "more than three times",
            "LA fires: death toll rises to 24", "five things we learned", "The 10 best winter walks"],
    "008": ["240mm rocket launchers", "roughly $2,000 a month per soldier"],
    "010": ["KOSPI 2,435.93", "KRW/USD 1,451.90", "June 19, 2024", "Article 4",
            "total fertility rate edges up to 0.75", "Won slumps to 15-year low", "24 extra trains"],
    "011": ["over 7,700 pieces of military hardware", "more than 400 tanks", "Article 4",
            "June 19, 2024", "Ruble strengthens to 81.9 per US dollar"],
    "013": ["a range of around 60 kilometers", "the 1950-53 Korean War", "6 justices on the bench",
            "attacks on 3 villages"],
    "014": ["1,000 deminers and 5,000 military builders", "at least one has said",
            "Putin's Approval Rating Hits 87 Percent", "Russia Advanced 500 Square Miles in November"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "008"}

conflicts = {
    "must": [
        ["003-1", "000-1",
         "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), five days apart"],
        ["013-1", "005-1",
         "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, same day; reported Dec 26)"],
        ["006-1", "006-4",
         "about 300 killed (NIS via Lee Seong-kweun) against about 1,000 killed (HUR spokesperson), same day, same article"],
    ],
    "may": [
        ["003-2", "000-1", "about 10,000 sent to eastern Russia (Pentagon) against 11,000 in Kursk: different scope, days apart"],
        ["003-1", "010-3", "8,000 in Kursk (Oct 31) against about 11,000 in Russia (NIS, Dec 19), seven weeks apart"],
        ["003-1", "013-2", "8,000 in Kursk (Oct 31) against around 11,000 (Dec 23), seven weeks apart"],
        ["003-2", "010-3", "about 10,000 (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["003-2", "013-2", "about 10,000 (Oct 31) against around 11,000 (Dec 23), seven weeks apart"],
        ["003-1", "008-3", "8,000 (Oct 2024) against more than 10,000 (restated Feb 2025), months apart"],
        ["003-2", "008-3", "about 10,000 against more than 10,000, months apart"],
        ["003-1", "014-1", "8,000 (Oct 2024) against eleven thousand first wave (Dec 2025), a year apart"],
        ["003-1", "014-3", "8,000 (Oct 2024) against 10,000-12,000 (Dec 2025), a year apart"],
        ["003-2", "014-1", "about 10,000 (Oct 2024) against eleven thousand (Dec 2025), a year apart"],
        ["003-1", "008-1", "8,000 against an additional 3,000, months apart"],
        ["003-2", "008-1", "10,000 against an additional 3,000, months apart"],
        ["000-1", "008-1", "11,000 against an additional 3,000"],
        ["010-3", "008-1", "11,000 against an additional 3,000"],
        ["013-2", "008-1", "11,000 against an additional 3,000"],
        ["008-3", "008-1", "more than 10,000 sent last year against an additional 3,000 this year"],
        ["014-1", "008-1", "11,000 against an additional 3,000"],
        ["014-3", "008-1", "10,000-12,000 against an additional 3,000"],
        ["013-1", "008-2", "1,100 casualties (Dec 2024) against about 4,000 (Feb 2025): cumulative figure two months later"],
        ["013-1", "002-1", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["008-2", "002-1", "about 4,000 (Feb) against about 4,700 (Apr): cumulative figure two months later"],
        ["006-1", "002-2", "about 300 killed (Jan) against about 600 (Apr): months apart"],
        ["006-4", "002-2", "about 1,000 killed (Jan) against about 600 (Apr): months apart"],
        ["006-1", "014-4", "about 300 killed (Jan) against about 2,000 (Sep): months apart"],
        ["006-4", "014-4", "about 1,000 killed (Jan) against about 2,000 (Sep): months apart"],
        ["002-2", "014-4", "about 600 killed (Apr) against about 2,000 (Sep): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
