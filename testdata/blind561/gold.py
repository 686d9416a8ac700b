#!/usr/bin/env python3
"""Gold labels for blind561 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind561: 15 articles written in our own words about the real reporting on North "
         "Korean troops in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "shipping a first contingent of some 1,500 special operations soldiers to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US"],
         "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "State Department"],
         "About 8,000 of those troops, by the U.S. count, have already moved into the Kursk region", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "the North had taken about 1,100 casualties, dead and wounded combined", False),
        ("casualties", "ukraine", 45000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Ministry of Defence", "Russia"],
         "Ukraine had lost more than 45,000 servicemen in the Kursk region since the incursion began in August", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded fighting Ukrainian forces in Russia's western Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had taken two North Korean soldiers prisoner in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"] + NIS,
         "The roughly 11,000 troops Pyongyang sent to Russia last autumn", False),
    ],
    "007": [
        ("troops", "north_korea", 2000, 9999, "vague", ["South Korea", "Joint Chiefs of Staff", "JCS"],
         "North Korea has sent thousands of fresh soldiers to Russia", True),
        ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "Some three thousand more soldiers arrived in Russia in January and February", False),
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed"],
         "The North first shipped between 10,000 and 12,000 soldiers to Russia last autumn", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds of North Koreans died in the January assaults alone", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "around 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea had dispatched a total of about 15,000 troops to Russia since last year", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "when it put the number killed at around 300", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops, killed and wounded, during its eight months in the region", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "several thousand North Korean soldiers are still stationed in the Kursk region", True),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has lost about 2,000 soldiers in the war against Ukraine", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 of the planned 6,000 engineering and construction troops have already arrived in Kursk", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "earlier estimates of North Korean deaths were around 300 in January", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "some 600 in April", False),
    ],
    "014": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["Western and Ukrainian officials", "Western officials", "Ukrainian officials", "Ukraine"],
         "Pyongyang sent up to 12,000 soldiers in the first wave", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "eleven thousand of them had reached the Kursk region", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "about",
         ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "United Kingdom"],
         "put North Korean casualties, killed and wounded together, at around 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine still holds the two North Korean soldiers its forces captured in January", False),
        ("troops", "north_korea", 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in the Kursk border area", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops from four brigades", "Pyongyang preparing 10,000 soldiers for service with the Russian army",
            "Four amphibious landing ships and three escort vessels", "between Oct. 8 and 13", "11th Corps",
            "2 inter-Korean roads", "KOSPI 2,593.52 (-16.31)", "100 mln streams", "1,368.2 per dollar"],
    "001": ["more than $60 billion", "$425 million", "71-year-old alliance", "2+2 meeting",
            "Russia lost 1,500 troops in a single day", "6 days to go"],
    "003": ["five military training grounds", "60-millimeter mortars", "around 1,300 square kilometers",
            "more than 16,000 members", "Russia's losses in the war pass 700,000", "2 new air defense systems"],
    "004": ["several hundred tanks and armoured vehicles", "€1.5bn", "1 January", "2.9m cars", "five talking points"],
    "006": ["one aged 20 and the other 26", "Jan. 9", "Nikkei regains 39,000 level", "first 100 days"],
    "007": ["170mm self-propelled guns", "240mm multiple rocket launchers", "around two weeks", "February 7",
            "Three years of war in Ukraine", "fourth year"],
    "008": ["some 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "2,556.61", "falls 1.1% in March"],
    "010": ["1,000 deminers and 5,000 military construction workers", "6,000 sappers and builders",
            "third trip to Pyongyang in under three months", "$1 a month", "8 Russian regions"],
    "011": ["2 stadium shows", "1,390 per dollar", "5 things to know"],
    "014": ["1,000 deminers and 5,000 military builders", "About 6,500 kilometers", "June 19, 2024", "Article 4",
            "Sent 3K Fresh North Korean Troops", "10 Most Memorable Moments"],
}

OFF = ["002", "005", "009", "013"]
DUP = {"012": "006"}

M = []  # may pairs


def may(a, b, why):
    M.append([a, b, why])


# troops: a deployment that grew from a first contingent, parts, additions and later totals
for x in ["001-1", "001-2", "003-1"]:
    may("000-1", x, "1,500 in a first contingent (Oct 18) against a larger count two weeks later, as the deployment grew")
for x in ["006-4", "007-2", "007-3", "008-3", "011-2", "014-1", "014-2", "014-6"]:
    may("000-1", x, "1,500 first contingent (Oct 2024) against a figure months later")
may("001-1", "003-1", "about 10,000 in eastern Russia against 11,000 in Kursk five days later; close values, different places")
may("001-1", "006-4", "about 10,000 against roughly 11,000, two and a half months apart")
for x in ["007-2", "008-3", "011-2", "014-2"]:
    may("001-1", x, "about 10,000 (Oct 2024) against a later, additional, partial or total figure")
for x in ["006-4", "007-2", "007-3", "008-3", "011-2", "014-2", "014-6"]:
    may("001-2", x, "8,000 in Kursk (Oct 2024) against a figure months later")
for x in ["007-2", "008-3", "011-2", "014-6"]:
    may("003-1", x, "11,000 (Nov 2024) against an additional, partial or much later figure")
for x in ["007-2", "008-3", "011-2", "014-6"]:
    may("006-4", x, "roughly 11,000 (Jan 2025) against an additional, partial or later figure")
may("007-2", "007-3", "some 3,000 more soldiers (an additional force) against the 10,000-12,000 first shipped")
for x in ["008-3", "011-2", "014-1", "014-2", "014-6"]:
    may("007-2", x, "an additional 3,000 against a total or partial figure months later")
for x in ["008-3", "011-2"]:
    may("007-3", x, "10,000-12,000 first shipped against a later total or partial figure")
for x in ["011-2", "014-1", "014-2", "014-6"]:
    may("008-3", x, "about 15,000 sent in total (Apr 2025) against a partial, first-wave or later figure")
for x in ["014-1", "014-2", "014-6"]:
    may("011-2", x, "1,000 engineers (part of a planned 6,000) against other troop figures")
may("014-2", "014-6", "11,000 in Kursk in Nov 2024 against about 10,000 remaining in Nov 2025")

# killed: NIS's cumulative toll rising from about 300 (Jan) to 600 (Apr) to 2,000 (Sep)
K300 = ["006-1", "008-4", "011-3"]
K600 = ["008-2", "011-4"]
K2000 = ["011-1", "014-3"]
for a in K300:
    for b in K600 + K2000:
        may(a, b, "NIS's cumulative death toll: about 300 in January, later raised (update, months apart)")
for a in K600:
    for b in K2000:
        may(a, b, "NIS's cumulative death toll: about 600 in April, about 2,000 in September (update, months apart)")

# casualties
may("004-2", "008-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), cumulative, months apart")
may("004-2", "014-4", "about 1,100 (Dec 2024) against around 6,000 (spring 2025), months apart")
may("008-1", "014-4", "NIS's 4,700 (Apr 2025) against Britain's around 6,000 reported in a December 2025 article")

conflicts = {
    "must": [
        ["001-2", "003-1", "about 8,000 North Korean troops in Kursk (US, Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), five days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day, "
                           "in the same live blog"],
    ],
    "may": M,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
