#!/usr/bin/env python3
"""Labels for the blind414 evaluation set (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind414: 15 articles written in our own words about North Korean troops in Russia's Kursk region "
         "(October 2024 - December 2025), labelled blind")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "001": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops deployed to Russia's western Kursk region have suffered about 300 deaths", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 injuries in fighting against Ukrainian forces", False),
        ("casualties", "north_korea", 3000, None, "about", ["Lee Seong-kweun"] + NIS,
         "the number of North Korean casualties has gone up to \"some three thousand\"", False),
        ("captured", "north_korea", 2, None, "exact", ["National Intelligence Service", "NIS", "Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine", "South Korea"],
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False),
        ("casualties", "north_korea", 4000, None, "more_than", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine's military", "Ukraine"],
         "North Korean losses in Kursk now exceed 4,000 killed and wounded", False),
    ],
    "003": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "Washington"],
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        ("troops", "north_korea", 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea"],
         "A first contingent of roughly 1,500 North Korean special forces was ferried to the Russian port of Vladivostok", False),
        ("troops", "north_korea", 200, 900, "vague", ["Kyiv's military intelligence", "Ukrainian military intelligence", "Ukrainian officials", "Ukraine"],
         "Hundreds of North Korean officers and engineers have for months worked alongside Russian units in occupied parts of Ukraine", True),
    ],
    "005": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", JCS + ["JCS official"],
         "The new arrivals join an initial force of around 11,000 that began deploying last October", False),
    ],
    "006": [
        ("killed", "north_korea", 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea's intelligence agency", "Park Sun-won", "South Korea"],
         "about 2,000 North Korean soldiers have been killed since Pyongyang sent troops", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea"],
         "the agency believes several thousand more have been wounded", True),
    ],
    "007": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine"],
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range", ["South Korea's defense ministry", "defense ministry", "Ministry of National Defense", "Seoul", "South Korea"],
         "Between 10,000 and 12,000 North Korean troops have crossed into Russia since early October", False),
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S."],
         "about 8,000 of them had been moved to Kursk", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", ["Lee Seong-kweun"] + NIS,
         "Some 600 of them were killed", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian general staff", "Russia"],
         "Gerasimov claimed Ukraine had lost more than 76,000 soldiers in the region since August", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine, which captured two North Korean soldiers in January", False),
    ],
    "010": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "Pyongyang has sent 11,000-12,000 troops to Russia", False),
        ("casualties", "north_korea", 30, None, "at_least", ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("captured", "russia", 700, None, "more_than", ["Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters", "Ukraine"],
         "Ukrainian forces have taken more than 700 Russian servicemen prisoner", False),
    ],
    "011": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
         "nine of its soldiers died during the mission", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "United Kingdom"],
         "more than 6,000 North Korean soldiers had been killed or wounded in the Kursk fighting", False),
        ("killed", "north_korea", 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea"],
         "put the number of dead at about 2,000 in September", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "012": [
        ("casualties", "north_korea", 1100, None, "about", JCS + ["Seoul"],
         "North Korean troops in Kursk have suffered about 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "Around 11,000, according to both Seoul and Washington", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Western estimates", "Western"],
         "some Western estimates go up to 12,000", False),
    ],
    "013": [
        ("troops", "north_korea", 14000, None, "about", ["National Intelligence Service", "South Korea's National Intelligence Service", "NIS", "South Korea"],
         "the North has sent a total of roughly 14,000 troops to Russia since last autumn", False),
    ],
}

NOT = {
    "001": ["paras 6-8", "born in 2005", "the other in 1998", "Jan. 9", "over two days",
            "N. Korea may have sent 1,000 more troops to Russia: JCS",
            "Ukraine says it killed 21 N. Korean soldiers in single drone strike", "KOSPI closes at 2,489.56"],
    "003": ["about 12,000 troops in all by December", "hundreds of square miles", "three Russian amphibious ships",
            "roughly 9,000 kilometers (5,600 miles)", "$425 million", "Russia says 2 Ukrainian drones downed over Kursk overnight"],
    "005": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "more than $65 billion", "since February 2022", "since the 1950s", "5 years", "7 a.m. ET",
            "8.7 trillion yen", "20 more FA-50 light fighters"],
    "006": ["Watch video 1:42", "Sep. 4, 2025 17:25 JST", "2 ballistic missiles"],
    "007": ["Nikkei 225 38,474.90", "TOPIX 2,680.12", "USD/JPY 151.62", "about 100 kilometers", "Aug. 6",
            "86 minutes of flight", "S. Korea says N. Korea may send 1,500 more troops to Russia"],
    "008": ["1.2-million-strong armed forces", "Article 4", "up to $20 billion"],
    "010": ["Views: 3,412", "Dec. 14-15", "around 1,300 square kilometers", "Aug. 6", "Dec. 4",
            "Budanov: Russia's Kursk grouping now numbers 50,000",
            "Up to 12,000 North Korean troops? What we know about Pyongyang's deployment", "$5 per month", "Comments (14)"],
    "011": ["RUB/USD 79.42", "Brent $61.37", "about four months", "120 days", "2.5 billion rubles", "$2",
            "Russia Says 1,200 Settlements Reconnected to Power After Kursk Fighting", "16 Months On"],
    "012": ["240mm multiple rocket launchers", "170mm self-propelled guns", "29,997 sq km", "about 6,500 km",
            "June 19, 2024", "3 more generals questioned", "1,486 per dollar", "after 18 months"],
    "013": ["1,000 deminers", "5,000 military construction workers", "1,000 sappers and 5,000 builders",
            "440 drones and 32 missiles", "18th package", "$45 a barrel", "Comments (1,284)", "7am BST"],
}

OFF = ["000", "004", "009", "014"]
DUP = {"002": "008"}

conflicts = {
    "must": [
        ["010-1", "012-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, same day, reported Dec 26)"],
        ["001-3", "001-5", "some 3,000 casualties (NIS via Lee Seong-kweun) against more than 4,000 (Ukraine's Special Operations Forces), a day apart, same article"],
    ],
    "may": [
        # casualties: weeks or months apart, cumulative counts that rose as the fighting went on
        ["012-1", "001-3", "1,100 (JCS, Dec 23) against some 3,000 (NIS, Jan 13): three weeks apart, cumulative rise"],
        ["012-1", "001-5", "1,100 (JCS, Dec 23) against more than 4,000 (Ukraine, Jan 12): three weeks apart"],
        ["010-1", "001-3", "more than 3,000 against about 3,000, three weeks apart"],
        ["001-3", "008-1", "some 3,000 (Jan) against about 4,700 (Apr), same agency, months apart: an update"],
        ["012-1", "008-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
        ["008-1", "011-2", "4,700 (NIS, Apr) against more than 6,000 (UK, autumn), months apart"],
        ["001-3", "011-2", "about 3,000 (Jan) against more than 6,000 (autumn), months apart"],
        ["012-1", "011-2", "1,100 (Dec 2024) against more than 6,000 (autumn 2025), months apart"],
        # killed
        ["001-1", "008-2", "about 300 (Jan) against about 600 (Apr), same agency, months apart: an update"],
        ["001-1", "006-1", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["001-1", "011-3", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["008-2", "006-1", "about 600 (Apr) against about 2,000 (Sep), same agency, months apart: an update"],
        ["008-2", "011-3", "about 600 (Apr) against about 2,000 (Sep), months apart"],
        # wounded
        ["012-3", "001-2", "about 1,000 (Dec 19) against about 2,700 (Jan 13), cumulative rise over three weeks"],
        # troops
        ["003-1", "007-1", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4) during the build-up"],
        ["007-1", "007-3", "11,000 in Kursk (Nov 4) against about 8,000 in Kursk (Oct 31) during the build-up"],
        ["003-1", "010-2", "about 10,000 (Oct) against 11,000-12,000 (Dec)"],
        ["003-1", "012-4", "about 10,000 (Oct) against around 11,000 (Dec)"],
        ["003-1", "005-2", "about 10,000 (Oct) against an initial force of around 11,000 (Feb)"],
        ["003-1", "013-1", "about 10,000 (Oct 2024) against roughly 14,000 in total over two rotations (Jun 2025)"],
        ["007-1", "013-1", "11,000 (Nov) against 14,000 in total (Jun), months apart, two rotations"],
        ["007-2", "013-1", "10,000-12,000 (Nov) against 14,000 in total (Jun), months apart"],
        ["010-2", "013-1", "11,000-12,000 (Dec) against 14,000 in total (Jun), months apart"],
        ["012-4", "013-1", "around 11,000 (Dec) against 14,000 in total (Jun), months apart"],
        ["012-5", "013-1", "up to 12,000 (Dec) against 14,000 in total (Jun), months apart"],
        ["005-2", "013-1", "an initial 11,000 against 14,000 in total including reinforcements"],
        ["007-3", "010-2", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent (Dec)"],
        ["007-3", "012-4", "about 8,000 in Kursk (Oct 31) against around 11,000 in Russia (Dec)"],
        ["007-3", "005-2", "about 8,000 in Kursk (Oct 31) against an initial force of around 11,000"],
        ["007-3", "013-1", "about 8,000 in Kursk (Oct 31) against 14,000 in total (Jun)"],
        ["005-1", "005-2", "an additional 3,000 against the initial 11,000"],
        ["005-1", "003-1", "an additional 3,000 (Feb) against about 10,000 (Oct)"],
        ["005-1", "007-1", "an additional 3,000 (Feb) against 11,000 (Nov)"],
        ["005-1", "007-2", "an additional 3,000 (Feb) against 10,000-12,000 (Nov)"],
        ["005-1", "007-3", "an additional 3,000 (Feb) against about 8,000 (Oct)"],
        ["005-1", "010-2", "an additional 3,000 (Feb) against 11,000-12,000 (Dec)"],
        ["005-1", "012-4", "an additional 3,000 (Feb) against around 11,000 (Dec)"],
        ["005-1", "013-1", "an additional 3,000 (Feb) against 14,000 in total (Jun)"],
        ["003-2", "005-1", "a first contingent of 1,500 (Oct) against 3,000 reinforcements (Feb), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
