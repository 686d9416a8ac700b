#!/usr/bin/env python3
"""Gold labels for testdata/blind310 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind310: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Budanov", "Kyrylo Budanov", "Defence Intelligence", "HUR", "Ukraine"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "exact", NIS + ["Park Sun-won", "Lee Seong-kweun"],
         "North Korea has shipped another 1,500 soldiers to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won", "Lee Seong-kweun"],
         "bringing the number of its troops there to about 3,000", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "North Korea has put roughly 11,000 of its infantrymen at Russia's disposal", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent is led by about 500 North Korean officers", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
         "North Korean soldiers killed and wounded in Kursk region now number more than 3,000", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Western officials", "the West"],
         "North Korea sent up to 12,000 troops to Russia", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US official", "United States", "US"],
         "the North Koreans had suffered several hundred casualties", True),
        ("casualties", "ukraine", 300, None, "up_to", ["Russia's defence ministry", "defence ministry", "Russian Defence Ministry", "Russia"],
         "Ukraine lost up to 300 servicemen in the Kursk direction over the past 24 hours", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Roughly 1,100 North Korean troops have been killed or wounded in clashes with Ukrainian forces", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
         "Ukraine is holding two North Korean servicemen captured in Russia's Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 North Korean soldiers are believed to have died in the fighting", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "another 2,700 to have been wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "brings the agency's estimate of total casualties to around 3,000", False),
        ("killed", "north_korea", 200, 900, "vague", ["Special Operations Forces", "Ukraine"],
         "their units had killed hundreds of North Korean soldiers", True),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has dispatched some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", ["U.S., South Korean and Ukrainian officials", "officials", "United States", "U.S.", "South Korea", "Ukraine"],
         "the roughly 11,000 North Korean troops that U.S., South Korean and Ukrainian officials say were deployed to Russia last fall", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean casualties had climbed to around four thousand", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
         "The enemy's losses during the operation in the Kursk area, Gerasimov said, had exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range", ["officials in Kyiv, Seoul and Washington", "officials", "Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Pyongyang followed up with roughly 3,000 reinforcements in January and February", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "now puts the total dispatched at about 15,000", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "some 4,700 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "of whom about 600 had died", False),
        ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukraine"],
         "its forces captured two North Korean soldiers in January", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", UN,
         "Pyongyang sent around 11,000 soldiers to the region last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", UN,
         "followed by several thousand more early this year", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 2,000 North Korean soldiers dispatched to help Russia in its war against Ukraine have died", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "Thousands more have been wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of its soldiers had been killed during the mission", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 sappers were sent to Kursk", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand military construction workers", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers died in the fighting in Kursk", False),
    ],
}

NOT = {
    "000": ["The NIS expects the total to swell to 10,000 by December", "more than 100 basic military terms",
            "aged between 18 and 20", "about US$2,000 a month", "the 11th Corps",
            "N. Korea fires 7 short-range ballistic missiles", "5-day air drills from Nov. 4",
            "up 274 pct to 9.1 tln won"],
    "002": ["Pyongyang could send up to 10,000 soldiers to fight alongside Russia", "more than 7,000 kilometres",
            "12 injured, including 2 children", "repel 143 attacks over past day", "UAH/USD 41.25",
            "power outages possible in 5 oblasts", "moved to Kursk Oblast on 23 October"],
    "004": ["repelled seven Ukrainian counterattacks", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "Russia launched 103 drones and three missiles overnight", "62 drones were shot down",
            "2.7m cars expected on roads", "the 13 days that ended Assad's rule"],
    "006": ["he was born in 2005", "since 2021", "The other, aged 26", "on Jan. 9",
            "Why 12K North Korean Troops Haven't Changed the Kursk Map", "Russia Losing About 1,500 Soldiers a Day",
            "Ukraine Receives 3 More F-16s From Norway", "from $5 a month"],
    "007": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "a lull of about two weeks", "since September 2023", "Map Shows 5 US States", "2 Payments Coming in March",
            "after five years at a Seoul-based English-language daily"],
    "009": ["more than 7,700 units of weapons and military equipment", "over 400 tanks", "Article 4 of the Treaty",
            "on August 6, 2024", "liberate 3 settlements"],
    "010": ["about $2,000 a month", "For the first time in 70 years", "tens of millions of dollars a month"],
    "012": ["North Korea will send 1,000 sappers and 5,000 military construction workers",
            "partly occupied for eight months", "Russia launches 440 drones in overnight attack", "in June 2024"],
    "013": ["the 80th anniversary of the end of World War II", "1st summit in Tokyo", "2 cruise missiles"],
    "014": ["spent 120 days clearing mines", "dispatched in late 2024"],
}

OFF = ["001", "005", "008", "011"]
DUP = {"003": "000"}

conflicts = {
    "must": [
        ["000-2", "002-1", "about 3,000 North Korean troops in Russia (South Korea's NIS, 23 Oct 2024) against roughly "
                           "11,000 (Ukraine's HUR chief Budanov, 26 Oct 2024): three days apart, different sources"],
        ["004-5", "004-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), "
                           "same day, same live blog"],
    ],
    "may": [
        # troops: figures months apart, or an additional force set against a total
        ["000-1", "000-2", "an additional 1,500 against the new total of about 3,000, in one sentence"],
        ["000-1", "002-1", "an additional 1,500 against a total of 11,000"],
        ["000-2", "004-2", "about 3,000 in October against up to 12,000 two months later"],
        ["000-1", "004-2", "an additional 1,500 against up to 12,000 two months later"],
        ["000-2", "007-2", "about 3,000 in October 2024 against 11,000 'deployed last fall', four months later"],
        ["000-1", "007-2", "an additional 1,500 against 11,000, four months later"],
        ["000-2", "010-1", "about 3,000 in October 2024 against the 'initial' 10,000-12,000, six months later"],
        ["000-1", "010-1", "an additional 1,500 against 10,000-12,000, six months later"],
        ["000-2", "010-3", "about 3,000 in October 2024 against 15,000 in all by April 2025"],
        ["000-1", "010-3", "an additional 1,500 against 15,000 in all, six months later"],
        ["000-2", "012-1", "about 3,000 in October 2024 against 11,000 'last autumn', eight months later"],
        ["000-1", "012-1", "an additional 1,500 against 11,000, eight months later"],
        ["000-1", "007-1", "two additional contingents, 1,500 in October 2024 and 3,000 in early 2025"],
        ["000-1", "010-2", "two additional contingents, 1,500 in October 2024 and 3,000 in early 2025"],
        ["002-1", "007-1", "11,000 against an additional 3,000"],
        ["002-1", "010-2", "11,000 against an additional 3,000"],
        ["002-1", "010-3", "11,000 in October 2024 against 15,000 in all by April 2025, reinforcements included"],
        ["004-2", "007-1", "up to 12,000 against an additional 3,000"],
        ["004-2", "010-2", "up to 12,000 against an additional 3,000"],
        ["004-2", "010-3", "up to 12,000 in December 2024 against 15,000 in all by April 2025"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent earlier, in one article"],
        ["007-1", "012-1", "an additional 3,000 against 11,000"],
        ["007-2", "010-3", "11,000 sent last fall against 15,000 in all, reinforcements included"],
        ["007-2", "010-2", "11,000 against an additional 3,000"],
        ["010-1", "010-3", "the initial 10,000-12,000 against 15,000 in all, in one article"],
        ["010-2", "010-3", "an additional 3,000 against 15,000 in all, in one article"],
        ["010-2", "012-1", "an additional 3,000 against 11,000"],
        ["010-3", "012-1", "15,000 in all (April) against 11,000 sent last autumn (June)"],
        ["010-1", "007-1", "10,000-12,000 against an additional 3,000"],
        ["010-1", "010-2", "the initial 10,000-12,000 against an additional 3,000, in one article"],
        ["007-1", "010-3", "an additional 3,000 against 15,000 in all"],
        # casualties: a cumulative count that grows over months
        ["004-1", "006-4", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, three weeks later)"],
        ["004-5", "007-3", "1,100 in December against about 4,000 two months later (South Korea's count rising)"],
        ["004-5", "010-4", "1,100 in December against 4,700 four months later (South Korea's count rising)"],
        ["006-4", "007-3", "about 3,000 in January against about 4,000 six weeks later (South Korea's count rising)"],
        ["006-4", "010-4", "about 3,000 in January against 4,700 in April (the NIS's count rising)"],
        ["007-3", "010-4", "about 4,000 in February against 4,700 in April (South Korea's count rising)"],
        ["004-4", "009-1", "up to 300 Ukrainian losses in one day (December) against more than 76,000 over the whole operation (April)"],
        # killed: the NIS's count rising over months
        ["006-2", "010-5", "about 300 killed in January against about 600 in April (the NIS's count rising)"],
        ["006-2", "013-1", "about 300 killed in January against about 2,000 in September"],
        ["006-2", "014-4", "about 300 killed in January against about 2,000 (December)"],
        ["010-5", "013-1", "about 600 killed in April against about 2,000 in September"],
        ["010-5", "014-4", "about 600 killed in April against about 2,000 (December)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
