#!/usr/bin/env python3
"""Gold labels for testdata/blind445 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind445: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NK = "north_korea"

A = {
    # Defense News, Feb 2025
    "000": [
        ("troops", NK, 1000, 3000, "range", NIS + ["lawmakers"],
         "Pyongyang sent between 1,000 and 3,000 additional troops in January and February", False),
        ("troops", NK, 11000, None, "about",
         ["Washington", "United States", "US", "Seoul", "South Korea", "Kyiv", "Ukraine", "unattributed"],
         "Around 11,000 soldiers, most of them from the elite Storm Corps, were sent to the Russian border region in October and November", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine", "Defense News"],
         "hundreds of North Korean troops were killed in the failed assaults", True),
        ("casualties", NK, 4000, None, "about", ["U.S. official", "US official", "United States", "US"],
         "North Korea had suffered about 4,000 casualties", False),
    ],
    # Bloomberg, Oct 2024
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["US", "United States", "Pentagon"],
         "several thousand soldiers are now training in the country's far east", True),
        ("troops", NK, 3000, None, "about", ["Sabrina Singh", "Pentagon", "US", "United States"],
         "Pyongyang moved approximately 3,000 soldiers into eastern Russia between early and mid-October", False),
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "HUR", "Ukraine's HUR military intelligence", "Ukraine", "Kyiv"],
         "some 11,000 North Korean infantry are already in Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces had been ferried to Russia", False),
    ],
    # Korea JoongAng Daily, Dec 2024
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the roughly 11,000 troops Pyongyang sent to Russia", False),
    ],
    # Kyodo, Jan 2025
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "the North has lost some 3,000 soldiers to death or injury", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the 1,100 casualties estimated by South Korea's military in late December", False),
    ],
    # Ukrinform, Dec 2024
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces of Ukraine", "Special Operations Forces", "SSO", "Ukraine"],
         "their units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces of Ukraine", "Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47", False),
        ("troops", NK, 12000, None, "up_to", ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
    ],
    # BBC, Apr 2025 (011 is a syndicated copy)
    "007": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "around 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "some 4,700 of the North's soldiers had been killed or wounded", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "Pyongyang has sent about 15,000 troops in total", False),
        ("troops", NK, 10000, 12000, "range", ["Ukraine and its allies", "Ukraine", "allies"],
         "put the initial deployment at between 10,000 and 12,000 troops", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "BBC"],
         "Two North Korean soldiers captured by Ukraine in January remain in Kyiv", False),
    ],
    # Kyiv Post live blog, Jan 2025
    "008": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Our soldiers have taken two North Korean servicemen prisoner in the Kursk region", False),
    ],
    # TASS, Apr 2025
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost over 76,000 servicemen", False),
    ],
    # Nikkei Asia, Jun 2025
    "012": [
        ("troops", NK, 15000, None, "about", NIS,
         "about 15,000 troops had been sent", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "Roughly 11,000 North Korean soldiers are still in the Kursk region", False),
    ],
    # DW Q&A, Dec 2025
    "014": [
        ("troops", NK, 11000, 12000, "range", ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea"],
         "Kyiv, Washington and Seoul put it at 11,000-12,000 troops", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the total reached about 15,000", False),
        ("troops", NK, 10000, None, "about", NIS + ["lawmakers"],
         "about 10,000 North Korean troops remain stationed in Russia's border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died", False),
        ("casualties", NK, 6000, None, "about", ["Britain's Defence Intelligence", "Defence Intelligence", "UK Defence Intelligence", "Britain", "United Kingdom", "UK"],
         "the North had suffered some six thousand casualties in all", False),
        ("killed", NK, 24, 99, "vague", ["North Korean state television", "state television", "North Korea", "KCNA"],
         "the portraits of dozens of fallen soldiers", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed", "DW"],
         "Ukraine holds two North Korean prisoners", False),
        ("killed", "russia", 100000, None, "more_than", ["Mediazona", "BBC Russian service", "BBC's Russian service", "BBC"],
         "confirmed by name the deaths of well over 100,000 Russian soldiers", False),
    ],
}

NOT = {
    "000": ["170mm Koksan self-propelled guns", "240mm multiple rocket launchers", "as much as $20 billion",
            "roughly three weeks", "within five years", "the first time in seventy years", "for 12 years",
            "$2.1 billion contract", "155mm shell production", "5,400 probationary civilian workers",
            "$55 billion defense budget", "another 36 months"],
    "002": ["about 10,000 soldiers in all by December", "at least three training grounds", "by Nov. 1",
            "Aug. 6", "weakened 0.4% against the dollar", "the Kospi index fell 0.8%", "Tesla Soars 12%",
            "Sales Growth of Up to 30%", "40-Day Strike", "Above 4.2%", "KOSPI 2,581.03", "USD/KRW 1,382.35"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers",
            "several generals", "Exports rise 1.4% in first 20 days of December", "KOSPI closes at 2,442.01",
            "Dec. 27"],
    "004": ["born in 2005", "the 60th anniversary", "Nikkei falls 1.8%", "157 per dollar",
            "36.87 million foreign visitors"],
    "006": ["three days of fighting", "59 of 73 Russian drones", "more than 1,200 glide bombs",
            "Ukraine returns 150 defenders from Russian captivity"],
    "007": ["Kim Jong Un watches test of new 5,000-tonne destroyer"],
    "008": ["Day 1,053", "one is 26 and the other 20", "15,000 households", "74 Shahed-type and decoy drones",
            "Air defense shot down 47", "27 were lost to electronic warfare", "Donate from $5 a month"],
    "010": ["417 tanks", "280 infantry fighting vehicles", "1,456 cars",
            "more than 3,000 other pieces of military equipment", "June 19, 2024", "August 6, 2024",
            "115 Ukrainian drones", "1,240 Ukrainian servicemen eliminated over past day"],
    "012": ["1,000 deminers and 5,000 military construction workers",
            "6,000 deminers and military builders", "eight-month occupation", "within 24 months",
            "grew 3.7% in 2024", "fall 6.6% in May", "$7bn", "Nikkei 225 38,536.74"],
    "014": ["1,000 deminers and 5,000 military builders", "their first meeting in 15 months",
            "February 2022", "captured 3 villages"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "007"}

conflicts = {
    "must": [
        ["002-2", "002-3", "about 3,000 North Korean troops in Russia (Pentagon) against some 11,000 already in Russia (Budanov), same article, same day"],
        ["003-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 26), three days apart"],
    ],
    "may": [
        # troops: growth of the deployment over months, 'additional' reinforcements, 'initial'/'still there' against totals
        ["002-2", "003-4", "3,000 in October against about 11,000 two months later (the deployment grew)"],
        ["002-2", "000-2", "3,000 in October against 11,000 sent in October-November, reported four months later"],
        ["002-2", "007-3", "3,000 in October against 15,000 in total, six months later"],
        ["002-2", "007-4", "3,000 against an initial 10,000-12,000, reported six months later"],
        ["002-2", "012-1", "3,000 in October against 15,000 in total, eight months later"],
        ["002-2", "012-3", "3,000 in October against 11,000 still in Kursk, eight months later"],
        ["002-2", "014-1", "3,000 against a first wave of 11,000-12,000, reported a year later"],
        ["002-2", "014-2", "3,000 in October against 15,000 in total, a year later"],
        ["002-2", "014-3", "3,000 in October against 10,000 stationed a year later"],
        ["002-3", "000-1", "11,000 against an additional 1,000-3,000"],
        ["002-3", "007-3", "11,000 in October against 15,000 in total, six months later"],
        ["002-3", "012-1", "11,000 in October against 15,000 in total, eight months later"],
        ["002-3", "014-2", "11,000 in October against 15,000 in total, a year later"],
        ["002-3", "014-3", "about 11,000 in October against about 10,000 a year later"],
        ["003-4", "000-1", "11,000 against an additional 1,000-3,000"],
        ["003-4", "007-3", "11,000 in December against 15,000 in total, four months later"],
        ["003-4", "012-1", "11,000 in December against 15,000 in total, six months later"],
        ["003-4", "014-2", "11,000 in December against 15,000 in total, a year later"],
        ["003-4", "014-3", "about 11,000 in December against about 10,000 eleven months later"],
        ["006-4", "000-1", "up to 12,000 against an additional 1,000-3,000"],
        ["006-4", "007-3", "up to 12,000 in December against 15,000 in total, four months later"],
        ["006-4", "012-1", "up to 12,000 in December against 15,000 in total, six months later"],
        ["006-4", "014-2", "up to 12,000 in December against 15,000 in total, a year later"],
        ["000-1", "000-2", "an additional 1,000-3,000 against the first 11,000"],
        ["000-1", "002-2", "an additional 1,000-3,000 against 3,000 in October"],
        ["000-1", "002-4", "an additional 1,000-3,000 against a first contingent of 1,500"],
        ["000-1", "007-3", "an additional 1,000-3,000 against 15,000 in total"],
        ["000-1", "007-4", "an additional 1,000-3,000 against an initial 10,000-12,000"],
        ["000-1", "012-1", "an additional 1,000-3,000 against 15,000 in total"],
        ["000-1", "012-3", "an additional 1,000-3,000 against 11,000 still in Kursk"],
        ["000-1", "014-1", "an additional 1,000-3,000 against a first wave of 11,000-12,000"],
        ["000-1", "014-2", "an additional 1,000-3,000 against 15,000 in total"],
        ["000-1", "014-3", "an additional 1,000-3,000 against 10,000 stationed in November 2025"],
        ["000-2", "007-3", "11,000 sent in autumn 2024 against 15,000 in total including reinforcements"],
        ["000-2", "012-1", "11,000 sent in autumn 2024 against 15,000 in total including reinforcements"],
        ["000-2", "014-2", "11,000 sent in autumn 2024 against 15,000 in total including reinforcements"],
        ["000-2", "014-3", "11,000 in February against 10,000 stationed in November, months apart"],
        ["007-3", "007-4", "15,000 in total against the initial 10,000-12,000"],
        ["007-3", "012-3", "15,000 sent in total against 11,000 still in Kursk"],
        ["007-3", "014-1", "15,000 in total against a first wave of 11,000-12,000"],
        ["007-3", "014-3", "15,000 sent in total against 10,000 stationed months later"],
        ["007-4", "012-1", "an initial 10,000-12,000 against 15,000 in total"],
        ["007-4", "014-2", "an initial 10,000-12,000 against 15,000 in total"],
        ["012-1", "012-3", "15,000 sent in total against 11,000 still in Kursk"],
        ["012-1", "014-1", "15,000 in total against a first wave of 11,000-12,000"],
        ["012-1", "014-3", "15,000 sent in total against 10,000 stationed months later"],
        ["012-3", "014-2", "11,000 still in Kursk in June against 15,000 sent in total"],
        ["012-3", "014-3", "about 11,000 in June against about 10,000 in November"],
        ["014-1", "014-2", "a first wave of 11,000-12,000 against 15,000 in total"],
        ["014-1", "014-3", "a first wave of 11,000-12,000 in October 2024 against 10,000 still stationed in November 2025"],
        ["014-2", "014-3", "15,000 sent in total against 10,000 still stationed"],
        # casualties: the cumulative figure rising over weeks and months
        ["004-4", "006-1", "the JCS's December 1,100 restated in January against Zelensky's more than 3,000 (the must pair, repeated)"],
        ["003-1", "004-3", "1,100 on Dec 23 against 3,000 on Jan 13: a cumulative figure three weeks later"],
        ["006-1", "004-3", "more than 3,000 (Dec 26) against about 3,000 (Jan 13)"],
        ["003-1", "000-4", "1,100 in December against about 4,000 in January"],
        ["004-4", "000-4", "1,100 in December against about 4,000 in January"],
        ["004-3", "000-4", "about 3,000 (NIS, Jan 13) against about 4,000 (US official, later in January)"],
        ["003-1", "007-2", "1,100 in December against 4,700 four months later"],
        ["003-1", "012-2", "1,100 in December against 4,700 six months later"],
        ["003-1", "014-5", "1,100 in December 2024 against 6,000 in August 2025"],
        ["004-4", "007-2", "1,100 in December against 4,700 four months later"],
        ["004-4", "012-2", "1,100 in December against 4,700 six months later"],
        ["004-4", "014-5", "1,100 in December 2024 against 6,000 in August 2025"],
        ["004-3", "007-2", "3,000 in January against 4,700 in April"],
        ["004-3", "012-2", "3,000 in January against 4,700 in April"],
        ["004-3", "014-5", "3,000 in January against 6,000 in August"],
        ["000-4", "007-2", "4,000 in January against 4,700 in April"],
        ["000-4", "012-2", "4,000 in January against 4,700 in April"],
        ["000-4", "014-5", "4,000 in January against 6,000 in August"],
        ["007-2", "014-5", "4,700 in April against 6,000 in August"],
        ["012-2", "014-5", "4,700 in April against 6,000 in August"],
        # killed and wounded: cumulative figures rising
        ["004-1", "007-1", "300 killed in January against 600 in April"],
        ["004-1", "014-4", "300 killed in January against 2,000 in September"],
        ["007-1", "014-4", "600 killed in April against 2,000 in September"],
        ["003-3", "004-2", "about 1,000 wounded in December against 2,700 three weeks later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
