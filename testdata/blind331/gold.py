#!/usr/bin/env python3
"""Gold labels for testdata/blind331 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind331: fifteen articles written in our own words about the real story's "
         "known reporting. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "a first contingent of 1,500 special operations troops already shipped to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "State Department"],
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "United States", "US", "U.S.", "Department of Defense"],
         "North Korea had sent about 10,000 troops to eastern Russia for training", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the number of North Korean troops in Russia's Kursk Oblast has reached 11,000", False),
        ("troops", "north_korea", 200, 999, "vague",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "hundreds of North Korean servicemen have been moved to positions close to the contact line", True),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in the Kursk region have already suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's Joint Chiefs of Staff"],
         "had taken an estimated 1,100 casualties, dead and wounded together", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea's losses in Russia's Kursk region have climbed to some three thousand", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 of the North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Roughly 3,000 reinforcements arrived over January and February", False),
        ("casualties", "north_korea", 4000, None, "about", NIS + ["Park Sun-won"],
         "North Korean casualties have reached about 4,000", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about", UNATTR,
         "An estimated eleven thousand North Korean soldiers were sent to Russia from last autumn", False),
        ("casualties", "north_korea", 2000, 9000, "vague", UNATTR,
         "several thousand are believed to have been killed or wounded", True),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including roughly 600 deaths", False),
    ],
    "012": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukrainian, South Korean and US intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "US intelligence", "Ukraine", "South Korea", "United States"],
         "North Korea is believed to have sent between 10,000 and 12,000 troops to Russia last year", False),
    ],
    "014": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "up to 12,000 North Korean troops were sent to Russia from October 2024", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "Ukraine's military intelligence has put the figure at 11,000-12,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK",
          "British defence intelligence"],
         "North Korean forces had probably suffered more than 6,000 casualties in the Kursk fighting", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "holding two North Korean soldiers captured in Kursk in January", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "four brigades", "between Oct. 8 and 13", "four Russian amphibious landing ships",
            "three escort vessels", "more than 13,000 containers", "11th Corps", "2,593.82",
            "4th Nuclear Consultative Group", "N. Korea fires 2 short-range ballistic missiles"],
    "002": ["thousands more could follow", "about 86 minutes", "more than 7,000 kilometers",
            "5 takeaways from the final week", "Stocks slip 1.9%", "2 months after treaty signing"],
    "003": ["USD 41.25", "4 November", "Tuesday, 5 November 2024, 09:40"],
    "004": ["captured two more villages", "52 of the 72 drones", "another 20 lost to electronic jamming",
            "500m kroner (£35m)", "five dead and more than 200 injured", "80mph gusts", "The 50 best TV shows",
            "Comments (1,284)", "nearly 8pm"],
    "006": ["20 years old and the other 26", "one North Korean soldier had tried to detonate a grenade",
            "240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "1.2 million-strong armed forces",
            "179 victims identified", "Reader's Comments (12)", "2,489.56", "2nd time"],
    "007": ["240mm multiple rocket launchers", "170mm self-propelled guns", "for about three weeks",
            "Oil falls 1%", "The 5 best dividend stocks", "Nikkei slides 2.9%"],
    "009": ["01:48", "two days after Moscow said", "35,839", "B-52 bomber"],
    "011": ["about 20 trillion won ($14 billion)", "May 9 Victory Day parade", "April 18",
            "hopes for 2 trade deals", "Police raid 3 offices"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers and builders",
            "his third since March", "about 30,000 square kilometers", "Population: about 1.05 million",
            "roughly 245 kilometers", "August 6, 2024", "more than 220 killed in Israeli strikes"],
    "014": ["Oct 2024 – first troops arrive", "9 October 2025"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "007"}

must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct) against 11,000 in Kursk "
                       "(Zelensky, 4 Nov): the same place, four days apart"],
    ["004-1", "004-2", "more than 3,000 killed and wounded (Zelenskyy) against an estimated 1,100 casualties "
                       "(South Korea's JCS), the same day, in one live blog"],
]

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops: a first contingent, an additional force, a part against a whole, or months apart
first = "a first contingent of 1,500 (18 Oct 2024) against a later, larger count"
for other in ["002-1", "002-2", "003-1", "009-1", "012-1", "014-2"]:
    m("000-1", other, first)
m("000-1", "007-1", "a first contingent against the reinforcements sent months later: two parts")
for other in ["002-1", "002-2", "003-1", "009-1", "012-1", "014-2"]:
    m(other, "007-1", "the total against about 3,000 reinforcements, an additional force")
m("002-2", "003-1", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): different places, four days apart")
m("002-1", "009-1", "8,000 in Kursk (Nov 2024) against about 11,000 sent to Russia, months later")
m("002-1", "012-1", "8,000 in Kursk (Nov 2024) against 10,000-12,000 sent to Russia, months later")
m("002-1", "014-2", "8,000 in Kursk (Nov 2024) against 11,000-12,000 in all, a year later")
m("002-2", "009-1", "about 10,000 (Oct 2024) against about 11,000, months later")
m("002-2", "014-2", "about 10,000 (Oct 2024) against 11,000-12,000, a year later")

# casualties: a cumulative figure rising over months
m("004-1", "006-1", "more than 3,000 (23 Dec) against some three thousand (13 Jan): at the bound")
cas = [("004-2", "1,100 (Dec 2024)"), ("006-1", "about 3,000 (Jan 2025)"), ("007-2", "about 4,000 (Feb 2025)"),
       ("011-1", "about 4,700 (Apr 2025)"), ("014-4", "more than 6,000 (Oct 2025)")]
for i in range(len(cas)):
    for j in range(i + 1, len(cas)):
        m(cas[i][0], cas[j][0], "cumulative casualties rising over time: %s, then %s" % (cas[i][1], cas[j][1]))

# killed and wounded: the same agency's cumulative figures updated
m("006-2", "011-2", "NIS killed: about 300 (Jan) updated to about 600 (Apr)")
m("006-2", "014-3", "NIS killed: about 300 (Jan) updated to about 2,000 (Sep)")
m("011-2", "014-3", "NIS killed: about 600 (Apr) updated to about 2,000 (Sep)")
m("004-4", "006-3", "NIS wounded: close to 1,000 (19 Dec) updated to about 2,700 (13 Jan)")

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
