#!/usr/bin/env python3
"""Gold labels for testdata/blind705 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind705/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "Washington", "U.S.", "US"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "United States", "U.S.", "US"]
US_MIL = ["U.S. military official", "US military official", "Pentagon", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special operations soldiers was carried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # last week's figure, relayed by a reporter and confirmed from the podium: an update, not a conflict
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean troops had moved into eastern Russia", False),
        # Ukraine's figure, carried in a reporter's question
        ("troops", NK, 12000, None, "up_to", HUR,
         "as many as 12,000 North Koreans are now in Russia", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Around 8,000 North Korean soldiers are now in the Kursk region", False),
        # the whole of which the Kursk figure is a part
        ("troops", NK, 10000, None, "about", BLINKEN,
         "roughly 10,000 North Korean troops have been sent to Russia in total", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "The contingent includes about 500 officers", False),
    ],
    "004": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "roughly 8,000 of them had moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were in the region", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean officials", "South Korea", "Seoul"],
         "between 10,000 and 12,000 troops have been dispatched in all", False),
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S."],
         "Russia had assembled a force of about 50,000 troops", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded since Pyongyang's troops joined the fighting", False),
        ("casualties", NK, 200, 900, "vague", US_MIL,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Some 11,000 North Korean troops have been sent to Russia since October", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "had been killed and nearly 1,000 wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "had put North Korean casualties at around 1,100 killed and wounded", False),
        ("killed", NK, 100, None, "at_least", ["a lawmaker"] + NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", ["a lawmaker"] + NIS,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", US_MIL,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        # one engagement near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
        ("captured", NK, 1, None, "exact", NIS,
         "one North Korean soldier had been taken prisoner by Ukrainian forces", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen in the eight-month Kursk operation", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them killed", False),
        # the January figure, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "about", NIS,
         "up from about 300 dead in the agency's January estimate", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "around 3,000 additional troops were sent in January and February", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimated North Korean losses at about 4,000 killed and wounded", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russia's border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed by September", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from some 600 in April", False),
        ("troops", NK, 11000, None, "about", U,
         "roughly 11,000 soldiers sent in the autumn of 2024", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "Some 5,000 military construction troops have been moving to Russia in stages", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "nine soldiers of an engineering regiment had died while clearing mines", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "four brigades", "preparing to send 10,000 soldiers",
            "between Oct. 8 and 13", "the elite 11th Corps", "1,200 trainee doctors",
            "Police detain 3", "targeted 20 students", "123 floors", "KOSPI 2,593.91"],
    "001": ["a little over 40,000 U.S. service members", "about 100 soldiers to operate it",
            "$425 million", "155 mm artillery rounds", "Room 2E973", "2024 AUSMIN"],
    "002": ["death toll in Valencia region rises to 158", "the last 7,000 residents", "160,000 more men",
            "roughly 600 square kilometers", "54%", "1950-1953", "Article 4"],
    "003": ["Russian army loses 1,320 soldiers in past day", "35 of 59 drones", "Views: 2,964"],
    "004": ["some 3,000 soldiers", "1.2 million-strong army", "$2,000 a month per soldier",
            "200,000 without power", "Thousands march", "Retired teacher, 71", "Comment 1,186"],
    "006": ["a few thousand more soldiers", "Zelensky says 11,000 North Korean troops now in Kursk",
            "2,000 more drone operators", "Comments 47", "USD/KRW 1,451.90"],
    "007": ["240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "at least 100 dead, nearly 1,000 wounded, NIS says", "sanction 15 N. Koreans",
            "extended by 10 days"],
    "008": ["injuring six people", "injures six, including a child", "a 12-year-old girl",
            "197 combat engagements", "34 of them in Kursk Oblast", "81 drones", "56 of which were shot down",
            "more than 19,000 members", "five oblasts"],
    "010": ["shared more than 4,000 times", "almost three times Seoul's", "near three villages",
            "200 North Korean soldiers surrendering", "5,000 US troops bound for Ukraine"],
    "012": ["12.8K plays", "1,203 ratings", "Dr. Park Min-ji, 44", "Why 1,500 defectors a year",
            "20% off", "33 days out"],
    "014": ["1,000 sappers and 5,000 military builders", "as many as 30,000 more soldiers",
            "thousands of veterans", "a 120-day mission", "fall below 50 million by 2041",
            "61% back a domestic nuclear deterrent (n=1,000)", "2,318 downloads"],
}

OFF = ["005", "011", "013"]
DUP = {"009": "007"}

# may: every other pair of the same metric and subject whose values do not fit together: a first group
# against later totals, a part (officers, one engagement, one regiment) or an additional or separate
# force against the whole, a rising total months apart, or a restatement of a pair already told.
# Pairs whose values fit (a bound the other satisfies, a value inside a range, the same number) are
# not conflicts and are listed in neither.
conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean soldiers in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart, the first two articles that carry them"],
        ["004-2", "004-3", "within one explainer: Blinken's roughly 8,000 in Kursk against Zelensky's 11,000 in the region, set side by side as a gap"],
        ["007-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["010-1", "010-2", "within one fact-check: Zelensky's more than 3,000 killed and wounded against the JCS's around 1,100, the same day"],
    ],
    "may": [
        ["000-1", "001-1", "about 1,500 in a first group (NIS, Oct 18 2024) against about 10,000 in Russia (Pentagon, Oct 28 2024)"],
        ["000-1", "001-2", "about 1,500 in a first group (NIS, Oct 18 2024) against at least 3,000 (Kirby, Oct 23 2024)"],
        ["000-1", "002-1", "about 1,500 in a first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024)"],
        ["000-1", "002-2", "about 1,500 in a first group (NIS, Oct 18 2024) against about 10,000 in Russia in all (Blinken, Oct 31 2024)"],
        ["000-1", "003-1", "about 1,500 in a first group (NIS, Oct 18 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024)"],
        ["000-1", "003-2", "about 1,500 in a first group (NIS, Oct 18 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["000-1", "004-1", "about 1,500 in a first group (NIS, Oct 18 2024) against about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12)"],
        ["000-1", "004-2", "about 1,500 in a first group (NIS, Oct 18 2024) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["000-1", "004-3", "about 1,500 in a first group (NIS, Oct 18 2024) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["000-1", "004-4", "about 1,500 in a first group (NIS, Oct 18 2024) against 10,000-12,000 in all (South Korean officials, Nov 2024)"],
        ["000-1", "007-2", "about 1,500 in a first group (NIS, Oct 18 2024) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["000-1", "012-5", "about 1,500 in a first group (NIS, Oct 18 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["000-1", "014-1", "about 1,500 in a first group (NIS, Oct 18 2024) against about 10,000 remaining (NIS, Nov 2025)"],
        ["000-1", "014-4", "about 1,500 in a first group (NIS, Oct 18 2024) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["000-1", "014-5", "about 1,500 in a first group (NIS, Oct 18 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["001-1", "002-1", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 8,000 in Kursk (Blinken, Oct 31 2024)"],
        ["001-1", "003-1", "about 10,000 in Russia (Pentagon, Oct 28 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024)"],
        ["001-1", "003-2", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["001-1", "004-2", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["001-1", "004-3", "about 10,000 in Russia (Pentagon, Oct 28 2024) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["001-1", "007-2", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["001-1", "012-5", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["001-1", "014-4", "about 10,000 in Russia (Pentagon, Oct 28 2024) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["001-1", "014-5", "about 10,000 in Russia (Pentagon, Oct 28 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["001-2", "003-2", "at least 3,000 (Kirby, Oct 23 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["002-1", "002-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 in Russia in all (Blinken, Oct 31 2024)"],
        ["002-1", "003-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["002-1", "004-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12)"],
        ["002-1", "004-3", "about 8,000 in Kursk (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["002-1", "004-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against 10,000-12,000 in all (South Korean officials, Nov 2024)"],
        ["002-1", "007-2", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["002-1", "012-5", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["002-1", "014-1", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 10,000 remaining (NIS, Nov 2025)"],
        ["002-1", "014-4", "about 8,000 in Kursk (Blinken, Oct 31 2024) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["002-1", "014-5", "about 8,000 in Kursk (Blinken, Oct 31 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["002-2", "003-1", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky, Nov 4 2024)"],
        ["002-2", "003-2", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["002-2", "004-2", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["002-2", "004-3", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["002-2", "007-2", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["002-2", "012-5", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["002-2", "014-4", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["002-2", "014-5", "about 10,000 in Russia in all (Blinken, Oct 31 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["003-1", "003-2", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 500 officers only, a part (HUR, Nov 2024)"],
        ["003-1", "004-1", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12)"],
        ["003-1", "004-2", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["003-1", "012-5", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["003-1", "014-1", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 10,000 remaining (NIS, Nov 2025)"],
        ["003-1", "014-5", "11,000 in Kursk (Zelensky, Nov 4 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["003-2", "004-1", "about 500 officers only, a part (HUR, Nov 2024) against about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12)"],
        ["003-2", "004-2", "about 500 officers only, a part (HUR, Nov 2024) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["003-2", "004-3", "about 500 officers only, a part (HUR, Nov 2024) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["003-2", "004-4", "about 500 officers only, a part (HUR, Nov 2024) against 10,000-12,000 in all (South Korean officials, Nov 2024)"],
        ["003-2", "007-2", "about 500 officers only, a part (HUR, Nov 2024) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["003-2", "012-5", "about 500 officers only, a part (HUR, Nov 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["003-2", "014-1", "about 500 officers only, a part (HUR, Nov 2024) against about 10,000 remaining (NIS, Nov 2025)"],
        ["003-2", "014-4", "about 500 officers only, a part (HUR, Nov 2024) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["003-2", "014-5", "about 500 officers only, a part (HUR, Nov 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["004-1", "004-2", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12)"],
        ["004-1", "004-3", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against 11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12)"],
        ["004-1", "007-2", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["004-1", "012-5", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["004-1", "014-4", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["004-1", "014-5", "about 10,000 in Russia (the Pentagon's Oct 28 figure, restated Nov 12) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["004-2", "004-4", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against 10,000-12,000 in all (South Korean officials, Nov 2024)"],
        ["004-2", "007-2", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against about 11,000 sent (NIS, restated Dec 23 2024)"],
        ["004-2", "012-5", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["004-2", "014-1", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against about 10,000 remaining (NIS, Nov 2025)"],
        ["004-2", "014-4", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["004-2", "014-5", "about 8,000 in Kursk (Blinken's Oct 31 figure, restated Nov 12) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["004-3", "012-5", "11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["004-3", "014-1", "11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12) against about 10,000 remaining (NIS, Nov 2025)"],
        ["004-3", "014-5", "11,000 in Kursk (Zelensky's Nov 4 figure, restated Nov 12) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["004-4", "012-5", "10,000-12,000 in all (South Korean officials, Nov 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["004-4", "014-5", "10,000-12,000 in all (South Korean officials, Nov 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["006-1", "014-6", "at least 100 killed (NIS, Dec 19 2024) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["006-3", "007-1", "several hundred casualties (US official, Dec 16 2024, vague) against about 1,100 casualties (JCS, Dec 23 2024)"],
        ["006-3", "008-1", "several hundred casualties (US official, Dec 16 2024, vague) against more than 3,000 casualties (Zelensky, Dec 23 2024)"],
        ["006-3", "010-1", "several hundred casualties (US official, Dec 16 2024, vague) against more than 3,000 casualties (Zelensky's Dec 23 figure, restated Dec 27)"],
        ["006-3", "010-2", "several hundred casualties (US official, Dec 16 2024, vague) against about 1,100 casualties (the JCS's Dec 23 figure, restated Dec 27)"],
        ["006-3", "012-2", "several hundred casualties (US official, Dec 16 2024, vague) against about 4,700 casualties (NIS, Apr 30 2025)"],
        ["006-3", "012-6", "several hundred casualties (US official, Dec 16 2024, vague) against about 4,000 casualties (HUR, Feb 2025)"],
        ["007-1", "010-1", "about 1,100 casualties (JCS, Dec 23 2024) against more than 3,000 casualties (Zelensky's Dec 23 figure, restated Dec 27)"],
        ["007-1", "010-5", "about 1,100 casualties (JCS, Dec 23 2024) against several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27)"],
        ["007-1", "012-2", "about 1,100 casualties (JCS, Dec 23 2024) against about 4,700 casualties (NIS, Apr 30 2025)"],
        ["007-1", "012-6", "about 1,100 casualties (JCS, Dec 23 2024) against about 4,000 casualties (HUR, Feb 2025)"],
        ["007-2", "012-5", "about 11,000 sent (NIS, restated Dec 23 2024) against about 3,000 additional reinforcements (JCS, Jan-Feb 2025)"],
        ["007-2", "014-1", "about 11,000 sent (NIS, restated Dec 23 2024) against about 10,000 remaining (NIS, Nov 2025)"],
        ["007-2", "014-5", "about 11,000 sent (NIS, restated Dec 23 2024) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["007-3", "014-6", "at least 100 killed (NIS's Dec 19 figure, restated Dec 23) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["008-1", "010-2", "more than 3,000 casualties (Zelensky, Dec 23 2024) against about 1,100 casualties (the JCS's Dec 23 figure, restated Dec 27)"],
        ["008-1", "010-5", "more than 3,000 casualties (Zelensky, Dec 23 2024) against several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27)"],
        ["010-1", "010-5", "more than 3,000 casualties (Zelensky's Dec 23 figure, restated Dec 27) against several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27)"],
        ["010-2", "010-5", "about 1,100 casualties (the JCS's Dec 23 figure, restated Dec 27) against several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27)"],
        ["010-2", "012-2", "about 1,100 casualties (the JCS's Dec 23 figure, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025)"],
        ["010-2", "012-6", "about 1,100 casualties (the JCS's Dec 23 figure, restated Dec 27) against about 4,000 casualties (HUR, Feb 2025)"],
        ["010-3", "014-6", "at least 100 killed (NIS's Dec 19 figure, restated Dec 27) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["010-5", "012-2", "several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27) against about 4,700 casualties (NIS, Apr 30 2025)"],
        ["010-5", "012-6", "several hundred casualties (US official's Dec 16 figure, vague, restated Dec 27) against about 4,000 casualties (HUR, Feb 2025)"],
        ["010-7", "014-7", "one captured (NIS, Dec 27 2024) against two captured (Zelensky, Jan 11 2025)"],
        ["012-2", "012-6", "about 4,700 casualties (NIS, Apr 30 2025) against about 4,000 casualties (HUR, Feb 2025)"],
        ["012-3", "012-4", "about 600 killed (NIS, Apr 30 2025) against about 300 killed (NIS's January figure, the base of a rise)"],
        ["012-3", "014-2", "about 600 killed (NIS, Apr 30 2025) against about 2,000 killed (NIS, Sep 2025)"],
        ["012-3", "014-6", "about 600 killed (NIS, Apr 30 2025) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["012-4", "014-2", "about 300 killed (NIS's January figure, the base of a rise) against about 2,000 killed (NIS, Sep 2025)"],
        ["012-4", "014-3", "about 300 killed (NIS's January figure, the base of a rise) against about 600 killed (NIS's April figure, the base of a rise)"],
        ["012-4", "014-6", "about 300 killed (NIS's January figure, the base of a rise) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["012-5", "014-1", "about 3,000 additional reinforcements (JCS, Jan-Feb 2025) against about 10,000 remaining (NIS, Nov 2025)"],
        ["012-5", "014-4", "about 3,000 additional reinforcements (JCS, Jan-Feb 2025) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["012-5", "014-5", "about 3,000 additional reinforcements (JCS, Jan-Feb 2025) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["014-1", "014-4", "about 10,000 remaining (NIS, Nov 2025) against roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025)"],
        ["014-1", "014-5", "about 10,000 remaining (NIS, Nov 2025) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
        ["014-2", "014-3", "about 2,000 killed (NIS, Sep 2025) against about 600 killed (NIS's April figure, the base of a rise)"],
        ["014-2", "014-6", "about 2,000 killed (NIS, Sep 2025) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["014-3", "014-6", "about 600 killed (NIS's April figure, the base of a rise) against nine engineers killed clearing mines, one regiment only (KCNA, Dec 2025)"],
        ["014-4", "014-5", "roughly 11,000 sent in autumn 2024 (unattributed, Dec 2025) against about 5,000 construction troops, a separate contingent (NIS, Nov 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
