#!/usr/bin/env python3
"""Gold labels for testdata/blind287 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind287: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    # Korea Herald, 2024-12-20
    "000": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "close to 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "Combined, the North's casualties come to roughly 1,100, he said", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "Of the roughly 11,000 North Korean troops now stationed in the Kursk region", False),
    ],
    # CNN-style Q&A, 2024-11-13
    "002": [
        ("troops", NK, 10000, None, "more_than", ["State Department", "United States", "US", "Washington"],
         "More than 10,000 North Korean troops have been sent to eastern Russia", False),
        ("troops", NK, 11000, None, "about",
         ["Kyrylo Budanov", "Budanov", "military intelligence", "Ukraine", "Kyiv"],
         "about 11,000 North Korean soldiers were in Kursk", False),
    ],
    # Guardian-style live blog, 2025-01-13
    "003": [
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "North Korea is believed to have sent up to 12,000 soldiers to Russia last autumn", False),
        ("killed", NK, 1000, None, "at_least", ["senior western official", "western official", "Western official", "official"],
         "at least 1,000 North Korean soldiers had been killed since they began fighting in December", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "North Korean casualties in Russia’s war against Ukraine appear to have reached about 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "An estimated 300 soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "two North Korean soldiers captured in the Kursk region", False),
    ],
    # Yonhap-style, 2024-10-18
    "004": [
        ("troops", NK, 12000, None, "about", NIS,
         "Pyongyang is sending four brigades, or about 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "An initial contingent of some 1,500 special forces soldiers was carried from the North's eastern ports", False),
    ],
    # Ukrainska Pravda-style, 2024-12-23
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 soldiers from North Korea have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, 12000, "range",
         ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine"],
         "between 11,000 and 12,000 North Korean servicemen had been deployed to Kursk Oblast", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "the Pentagon said North Korean casualties, both killed and wounded, numbered in the hundreds", True),
        ("casualties", NK, 1100, None, "about", NIS,
         "South Korea's National Intelligence Service estimated North Korean losses at around 1,100 killed and wounded", False),
    ],
    # TASS-style, 2025-04-26
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the total losses of the enemy over the course of the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    # Nikkei Asia-style, 2025-04-30
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has lost about 4,700 soldiers killed or wounded in fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including roughly 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "up from about 3,000 casualties the agency estimated in January", False),
    ],
    # Kyiv Independent-style, 2025-03-27
    "011": [
        ("troops", NK, 3000, None, "about", JCS,
         "An estimated three thousand more North Korean soldiers arrived in Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS, "on top of the roughly 11,000 sent last autumn", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Kyiv Independent"],
         "Ukraine is holding two North Korean soldiers who were taken prisoner in Kursk Oblast in January", False),
    ],
    # Euronews-style, 2025-06-18
    "012": [
        ("troops", NK, 11000, None, "about",
         ["South Korean and Western intelligence agencies", "South Korean", "Western intelligence", "South Korea"],
         "Pyongyang sent around 11,000 soldiers to Kursk last autumn", False),
        ("troops", NK, 3000, None, "about",
         ["South Korean and Western intelligence agencies", "South Korean", "Western intelligence", "South Korea"],
         "roughly 3,000 more at the start of this year", False),
        ("killed", NK, 600, None, "about", ["South Korea's spy agency", "spy agency", "South Korea", "NIS"],
         "Of those, about 600 are believed to have been killed, South Korea's spy agency said in April", False),
    ],
    # AFP-style, 2025-12-11
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["British defence intelligence", "defence intelligence", "Britain", "UK", "United Kingdom"],
         "British defence intelligence had earlier put the North's total casualties -- killed and wounded -- at more than 6,000", False),
        ("troops", NK, 10000, 12000, "range",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "The North dispatched between 10,000 and 12,000 combat troops in the autumn of 2024", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "several thousand military engineers and construction workers", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "AFP"],
         "Ukraine captures two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Won slumps to 15-year low at 1,451.4 per dollar",
            "Gov't to extend fuel tax cut for 2 more months", "Dec. 20, 2024 - 12:40"],
    "002": ["about 1.2 million active-duty troops", "the 11th Corps", "about $2,000 per soldier per month",
            "02:31 - Source: CNN", "7 minute read", "5 things to know for Nov. 13", "Photos: 24 hours of the war in Ukraine"],
    "003": ["shot down 47 of the 70 attack drones", "another 23 were lost to electronic jamming", "aged 20 according to the SBU",
            "who is 26", "an extra €3bn package of military aid", "Comments (1,108)",
            "death toll rises to 24"],
    "004": ["between Oct. 8 and 13", "four amphibious landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells, missiles and anti-tank rockets",
            "Zelensky says 10,000 N. Korean soldiers being prepared to join Russian army",
            "parts of 2 inter-Korean roads", "KOSPI 2,593.82 (-15.48)", "growth outlook at 2.6 pct"],
    "006": ["personnel – about 773,600 (+1,950)", "tanks – 9,602 (+10)", "artillery systems – 21,064 (+31)",
            "UAVs – 21,130 (+61)", "5 injured, 20 buildings damaged", "Kyiv Oblast: 3 injured after drone debris falls on houses"],
    "007": ["More than 7,700 pieces of weaponry and military equipment", "over 400 tanks", "Article 4 of the Treaty",
            "August 6, 2024", "115 Ukrainian drones over 8 regions", "three-hour talks"],
    "009": ["about 28 trillion won ($19.5 billion)", "1.2 million-strong armed forces", "about 54,000 U.S. troops",
            "new 5,000-ton destroyer", "Nikkei 225  36,045.38  +0.57%", "first month for $0.99"],
    "011": ["around 220 artillery pieces", "170-mm self-propelled guns and 240-mm multiple rocket launchers",
            "some 10 kilometers from the Ukrainian border", "Russian strike on Dnipro kills 4, injures 21", "from $5 a month"],
    "012": ["1,000 deminers and 5,000 military construction workers", "North Korea will send thousands of military engineers",
            "his third since March", "what we know on day 6", "18th package of sanctions", "Oil prices jump 4%", "our 874 partners"],
    "014": ["a 19-year-old private", "1,000 deminers and 5,000 builders will follow", "April 28, 2025"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "004"}

ADD = "an additional force against the whole (README: 'an additional' force)"
LATER = "the same cumulative toll estimated months apart (a later update, not a same-period disagreement)"
conflicts = {
    "must": [
        ["000-3", "006-1", "about 1,100 casualties (South Korea's NIS, Dec 19-20) against more than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
        ["006-1", "006-4", "more than 3,000 casualties (Zelensky) against around 1,100 (NIS, four days earlier), within one article"],
        ["003-2", "003-4", "at least 1,000 killed (western official) against about 300 killed (South Korea's NIS), same day, within one live blog"],
    ],
    "may": [
        # casualties: NIS cumulative updates and later estimates
        ["000-3", "003-3", "NIS 1,100 (Dec 19) then about 3,000 (Jan 13): the same agency's cumulative count rising over 3-4 weeks"],
        ["006-4", "003-3", "NIS 1,100 (Dec 19) then about 3,000 (Jan 13): cumulative update"],
        ["006-1", "003-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): a bound nearly satisfied, three weeks apart"],
        ["006-1", "009-3", "more than 3,000 (Zelensky, Dec 23) against NIS's January estimate of about 3,000"],
        ["000-3", "009-1", LATER], ["000-3", "009-3", LATER], ["000-3", "014-2", LATER],
        ["006-4", "009-1", LATER], ["006-4", "009-3", LATER], ["006-4", "014-2", LATER],
        ["003-3", "009-1", LATER], ["003-3", "014-2", LATER],
        ["009-1", "014-2", LATER], ["009-3", "014-2", LATER],
        # killed
        ["003-2", "009-2", "at least 1,000 killed (western official, Jan) against about 600 (NIS, Apr), months apart"],
        ["003-2", "012-3", "at least 1,000 killed (western official, Jan) against about 600 (NIS, reported Jun), months apart"],
        ["003-4", "009-2", LATER], ["003-4", "012-3", LATER], ["003-4", "014-1", LATER],
        ["009-2", "014-1", LATER], ["012-3", "014-1", LATER],
        # wounded
        ["000-2", "003-5", "NIS about 1,000 wounded (Dec 19) then about 2,700 (Jan 13): cumulative update"],
        # troops: NIS's 12,000 being sent against 11,000 in Kursk
        ["004-1", "002-2", "about 12,000 being sent (NIS, Oct) against about 11,000 in Kursk (Budanov, Nov)"],
        ["004-1", "000-4", "about 12,000 being sent (NIS, Oct) against about 11,000 stationed in Kursk (NIS, Dec)"],
        ["004-1", "011-2", "about 12,000 (Oct 2024) against roughly 11,000 sent last autumn (JCS, Mar 2025)"],
        ["004-1", "012-1", "about 12,000 (Oct 2024) against around 11,000 sent last autumn (Jun 2025)"],
        # troops: the additional 3,000
        ["011-1", "004-1", ADD], ["011-1", "002-1", ADD], ["011-1", "002-2", ADD], ["011-1", "000-4", ADD],
        ["011-1", "006-2", ADD], ["011-1", "011-2", ADD], ["011-1", "012-1", ADD], ["011-1", "014-3", ADD],
        ["012-2", "004-1", ADD], ["012-2", "002-1", ADD], ["012-2", "002-2", ADD], ["012-2", "000-4", ADD],
        ["012-2", "006-2", ADD], ["012-2", "011-2", ADD], ["012-2", "012-1", ADD], ["012-2", "014-3", ADD],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
