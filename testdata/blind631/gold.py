#!/usr/bin/env python3
"""Gold labels for blind631 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind631: fifteen articles written for crosscheck in our own words about the real story's "
         "known reporting (October 2024 - December 2025); see README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
US_BLINKEN = ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "Washington", "State Department"]
ZEL = ["Zelensky", "Zelenskiy", "Volodymyr Zelensky", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "shipping some 1,500 special operations troops to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", US_BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", US_BLINKEN,
         "some 10,000 North Korean troops in all had been sent to Russia", False),
        ("troops", NK, 3000, None, "about", ["Pentagon", "Department of Defense", "United States", "U.S.", "US", "Washington"],
         "it put the number at roughly 3,000", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number of North Korean troops gathered there at eleven thousand", False),
        ("troops", NK, 8000, None, "about", ["Washington", "United States", "U.S.", "US"],
         "about 8,000 North Korean soldiers had reached the Kursk area", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "with at least 100 of them killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "the North has lost roughly 1,100 soldiers to death or injury", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Of the roughly 11,000 soldiers the North is believed to have sent", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean troops have now been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more over three days of fighting in Kursk Oblast", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded fighting for Russia in Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "That puts the North's casualties at around 3,000", False),
        ("casualties", NK, 4000, None, "about", ["HUR", "military intelligence", "Andrii Yusov", "Yusov", "Ukraine"],
         "North Korean losses in Kursk have climbed to nearly 4,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "Ukraine's forces captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded in the region", False),
    ],
    "011": [
        ("killed", NK, 600, None, "about", NIS,
         "Some 600 of the North's soldiers have died", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "roughly 4,700 casualties the North Korean contingent has suffered", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North has sent around 15,000 troops to Russia in all", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand reinforcements dispatched in January and February", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western assessments", "South Korea", "Western"],
         "North Korea dispatched 11,000-12,000 soldiers to Russia last fall", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Western assessments", "South Korea", "Western"],
         "followed by about 3,000 reinforcements early this year", False),
        ("killed", NK, 600, None, "about", NIS,
         "Around 600 of them have been killed", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea has already sent thousands of combat troops", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["US and South Korean officials", "South Korea", "US", "United States"],
         "between 10,000 and 12,000 soldiers were sent in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two soldiers captured in January remain in Ukraine", False),
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Several thousand more followed early this year as reinforcements", True),
        ("wounded", NK, 2000, 9999, "vague", ["Western officials"],
         "thousands more were wounded", True),
    ],
}

NOT = {
    "000": ["around 12,000 soldiers drawn from four brigades", "Four Russian amphibious landing ships and three escort ships",
            "roughly 110 meters long", "more than 13,000 containers", "between Oct. 8 and 13",
            "first solo album on Nov. 15", "past 1 million copies", "10 tln won"],
    "001": ["155mm artillery shells", "since their incursion on Aug. 6", "annual \"2+2\" talks", "[1/3]",
            "Oil rises about 1%", "chip profit falls 40%", "peso slips 0.6%"],
    "002": ["a \"small group\" of North Korean soldiers", "several hundred square kilometres of Russian land",
            "death toll climbs above 200", "Five things to watch", "2 min"],
    "004": ["240-millimeter multiple rocket launchers", "KOSPI closes down 1.95% at 2,435.93",
            "2 trillion won", "Five things to know about the 2025 budget", "first preparatory hearing Dec. 27"],
    "005": ["15 of 20 Russian drones", "heating back on in 3 districts", "€4.2bn tranche"],
    "006": ["21 of 33 Russian drones", "33 Shahed-type attack drones", "aged 26", "aged 20",
            "We've reached 17,000 members. Help us reach 20,000.", "five months in"],
    "009": ["over 7,000 items of weapons and military hardware", "more than 400 tanks", "Article 4",
            "June 19, 2024", "USD 82.29"],
    "011": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "2.5% in March", "2nd round"],
    "012": ["1,000 deminers and 5,000 military construction workers", "second trip to Pyongyang in two weeks",
            "a 2017 measure", "within 24 months"],
    "014": ["1,000 deminers and 5,000 military builders", "28 trillion won ($20bn)",
            "6 North Korean fishermen", "100 days in office"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"008": "011"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["002-1", "002-2", "within one article: Zelensky's eleven thousand in Kursk against Washington's about 8,000 in the Kursk area, a week apart at most"],
        ["004-3", "005-1", "roughly 1,100 killed or wounded (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["006-3", "006-4", "within one article: around 3,000 casualties (NIS, Jan 13) against nearly 4,000 killed and wounded (HUR, Jan 13)"],
    ],
    "may": [
        # troops, autumn 2024: first contingents and estimates that grew week by week
        ["000-1", "001-1", "1,500 special forces shipped (NIS, Oct 18) against 8,000 in Kursk (US, Oct 31): the first shipment, two weeks earlier"],
        ["000-1", "001-2", "1,500 shipped (NIS, Oct 18) against 10,000 in Russia (US, Oct 31): first shipment, two weeks apart"],
        ["000-1", "001-3", "1,500 (NIS, Oct 18) against roughly 3,000 (Pentagon, Oct 23): a growing deployment, five days apart"],
        ["000-1", "002-1", "1,500 (NIS, Oct 18) against eleven thousand (Zelensky, Nov 4)"],
        ["000-1", "002-2", "1,500 (NIS, Oct 18) against about 8,000 (US, late Oct)"],
        ["000-1", "004-4", "1,500 (NIS, Oct 18) against about 11,000 (NIS, Dec 19): two months apart"],
        ["000-1", "011-3", "1,500 (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["000-1", "011-4", "1,500 first shipment against some 3,000 reinforcements months later"],
        ["000-1", "012-1", "1,500 first shipment against 11,000-12,000 sent last fall"],
        ["000-1", "012-2", "1,500 first shipment against about 3,000 reinforcements months later"],
        ["000-1", "014-1", "1,500 first shipment against 10,000-12,000 sent in the autumn"],
        ["001-3", "002-1", "roughly 3,000 (Pentagon, Oct 23) against eleven thousand (Zelensky, Nov 4): a growing deployment"],
        ["001-3", "002-2", "roughly 3,000 (Pentagon, Oct 23) against about 8,000 (US, late Oct): the US's own estimate rising"],
        ["001-3", "004-4", "roughly 3,000 (Oct 23) against about 11,000 (Dec 19)"],
        ["001-3", "011-3", "roughly 3,000 (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["001-3", "012-1", "roughly 3,000 (Oct 23) against 11,000-12,000 sent last fall"],
        ["001-3", "014-1", "roughly 3,000 (Oct 23) against 10,000-12,000 sent in the autumn"],
        ["001-1", "004-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (NIS, Dec 19), seven weeks apart"],
        ["001-1", "011-3", "about 8,000 in Kursk (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["001-1", "012-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent last fall (said in June)"],
        ["001-1", "014-1", "about 8,000 in Kursk (Oct 31) against 10,000-12,000 sent in the autumn (said in September)"],
        ["001-2", "002-1", "about 10,000 in Russia (US, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4): close, but more in Kursk than in all Russia"],
        ["001-2", "011-3", "about 10,000 (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["002-2", "004-4", "about 8,000 (US, late Oct) against about 11,000 (NIS, Dec 19)"],
        ["002-2", "011-3", "about 8,000 (late Oct 2024) against 15,000 in all (Apr 2025)"],
        ["002-2", "012-1", "about 8,000 (late Oct) against 11,000-12,000 sent last fall"],
        ["002-2", "014-1", "about 8,000 (late Oct) against 10,000-12,000 sent in the autumn"],
        ["002-1", "011-3", "eleven thousand (Nov 2024) against 15,000 in all including reinforcements (Apr 2025)"],
        ["004-4", "011-3", "about 11,000 (NIS, Dec 2024) against 15,000 in all (NIS, Apr 2025): reinforcements came in between"],
        ["011-3", "012-1", "15,000 in all against 11,000-12,000 in the first wave"],
        ["011-3", "014-1", "15,000 in all against 10,000-12,000 in the first wave"],
        # reinforcements ('an additional' force) against the first deployment
        ["011-4", "001-1", "some 3,000 reinforcements (2025) against about 8,000 in Kursk (Oct 2024)"],
        ["011-4", "001-2", "some 3,000 reinforcements against about 10,000 first sent"],
        ["011-4", "002-1", "some 3,000 reinforcements against eleven thousand first sent"],
        ["011-4", "002-2", "some 3,000 reinforcements against about 8,000 in Kursk"],
        ["011-4", "004-4", "some 3,000 reinforcements against about 11,000 first sent"],
        ["011-4", "012-1", "some 3,000 reinforcements against 11,000-12,000 first sent"],
        ["011-4", "014-1", "some 3,000 reinforcements against 10,000-12,000 first sent"],
        ["012-2", "001-1", "about 3,000 reinforcements against about 8,000 in Kursk"],
        ["012-2", "001-2", "about 3,000 reinforcements against about 10,000 first sent"],
        ["012-2", "002-1", "about 3,000 reinforcements against eleven thousand first sent"],
        ["012-2", "002-2", "about 3,000 reinforcements against about 8,000 in Kursk"],
        ["012-2", "004-4", "about 3,000 reinforcements against about 11,000 first sent"],
        ["012-2", "011-3", "about 3,000 reinforcements against 15,000 in all"],
        ["012-2", "012-1", "within one article: 'followed by about 3,000 reinforcements' after 11,000-12,000, an additional force"],
        ["012-2", "014-1", "about 3,000 reinforcements against 10,000-12,000 first sent"],
        # casualties over the months
        ["004-3", "006-3", "roughly 1,100 (NIS, Dec 19) against around 3,000 (NIS, Jan 13): the same agency's later, cumulative count"],
        ["004-3", "006-4", "roughly 1,100 (NIS, Dec 19) against nearly 4,000 (HUR, Jan 13), three and a half weeks apart"],
        ["004-3", "011-2", "roughly 1,100 (Dec 2024) against roughly 4,700 (Apr 2025)"],
        ["005-1", "006-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13): borderline, three weeks apart"],
        ["006-3", "011-2", "around 3,000 (Jan) against roughly 4,700 (Apr): cumulative count months later"],
        ["006-4", "011-2", "nearly 4,000 (HUR, Jan) against roughly 4,700 (NIS, Apr), months apart"],
        # killed and wounded over the months
        ["006-1", "011-1", "about 300 killed (Jan) against about 600 (Apr)"],
        ["006-1", "012-3", "about 300 killed (Jan) against around 600 (said in June)"],
        ["006-1", "014-2", "about 300 killed (Jan) against around 2,000 (Sep)"],
        ["011-1", "014-2", "about 600 killed (Apr) against around 2,000 (Sep): the NIS's later count"],
        ["012-3", "014-2", "around 600 killed (June) against around 2,000 (Sep)"],
        ["004-2", "006-2", "close to 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): the same agency's later count"],
        ["005-5", "006-2", "nearly 1,000 wounded (Dec) against about 2,700 (Jan)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
