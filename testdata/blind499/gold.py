#!/usr/bin/env python3
"""Gold labels for testdata/blind499 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind499: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
USSD = ["US State Department", "State Department", "United States", "US", "Washington"]
BUD = ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "GUR", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Ukrainian military intelligence", "HUR", "GUR", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "some three thousand North Korean soldiers have already been moved to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "A first group of about 1,500 soldiers was carried from the port of Chongjin to Vladivostok", False),
        ("troops", "north_korea", 3000, None, "at_least",
         ["John Kirby", "Kirby", "National Security Council", "White House", "United States", "US"],
         "at least 3,000 North Korean troops had been moved by ship to eastern Russia", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US"],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", "north_korea", 12000, None, "up_to", BUD,
         "up to 12,000 North Korean personnel were being readied at Russian training grounds", False),
        ("troops", "north_korea", 500, None, "exact", BUD,
         "including 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range", ["Western estimates", "Western", "the West"],
         "Western estimates have settled at between 10,000 and 12,000", False),
        ("troops", "north_korea", 10000, None, "about", USSD,
         "roughly 10,000 North Korean soldiers have been sent to Russia in total", False),
        ("troops", "north_korea", 8000, None, "about", USSD,
         "some 8,000 had reached the Kursk region by the start of November", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "he said 11,000 North Korean soldiers were already in the Kursk region", False),
    ],
    "005": [
        ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "United States", "US", "Washington"],
         "North Korean soldiers sent to fight for Russia have suffered hundreds of casualties in the Kursk region", True),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo and Vorozhba", False),
        ("troops", "north_korea", 11000, None, "about", ["Japanese government sources", "Japanese government", "Japan"],
         "About 11,000 North Korean troops are now believed to be in Russia", False),
    ],
    "006": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "The Joint Chiefs of Staff (JCS) put the number of North Korean soldiers killed or wounded at around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "about 11,000 North Korean soldiers are currently deployed in Russia", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in the fighting", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 others had been injured", False),
    ],
    "007": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korea has now lost more than 3,000 soldiers killed and wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 50, None, "exact", SSO,
         "their fighters had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", SSO,
         "wounded 47 others during three days of fighting in the Kursk region", False),
        ("casualties", "ukraine", 48000, None, "more_than", ["Russia's Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine had lost more than 48,000 servicemen", False),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Russia had massed some 50,000 of its own troops in the region", False),
    ],
    "009": [
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "About 3,000 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "the agency's tally included about 300 soldiers killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 had been wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in Kursk", False),
        ("casualties", "north_korea", 4000, None, "about",
         ["Ukrainian military intelligence official", "Ukrainian military intelligence", "HUR", "GUR", "Ukraine"],
         "Pyongyang's losses were around 4,000 killed and wounded", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul"],
         "around 3,000 additional soldiers were sent in January and February", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "the 11,000-12,000 troops dispatched last autumn", False),
    ],
    "013": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties among the troops it sent", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including roughly 600 killed", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "Pyongyang has sent about 15,000 troops to Russia in total", False),
        ("troops", "north_korea", 2000, None, "less_than", ["Ukrainian military officials", "Ukraine"],
         "fewer than 2,000 North Korean soldiers were still in positions along the border", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "raised its estimate of the number of North Korean soldiers killed in Russia's war against Ukraine to about 2,000", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea first sent around 11,000 troops to Russia in the autumn of 2024", False),
    ],
}

NOT = {
    "000": ["a force of about 10,000 in place there by December", "the total reaches around 10,000 by December",
            "between Oct. 8 and 13", "60-metre stretches", "past 1,380 per dollar", "fall 2.1%",
            "from 10,000 won a month"],
    "001": ["up to 300 kilometers (about 190 miles)", "about $425 million", "8 days to go", "7 swing states",
            "41 million ballots", "by Nov. 1"],
    "002": ["roughly one per 30 soldiers", "about $2,000 per soldier per month", "More than 78,000 names",
            "the 11th Corps"],
    "005": ["more than 7,000 kilometers", "Hwasong-19", "3-way talks", "upper 153 yen range",
            "add 2 North Korean entities"],
    "006": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "2 special counsel bills",
            "1,450 against dollar", "top 3 charts in 10th week"],
    "007": ["78 missiles and 106 drones", "184 Russian Projectiles", "UAH/USD 41.95", "5 Months In",
            "from $5 a month", "hundreds of thousands of homes"],
    "009": ["one aged 20 and the other 26", "Nikkei 225 38,474.30", "USD/JPY 157.62", "the 60th anniversary",
            "record 8.7 trillion yen", "slide 3%"],
    "010": ["120 Koksan self-propelled guns", "120 multiple rocket launchers", "several thousand workers",
            "teams of three to five", "June 2024", "2 free articles"],
    "013": ["KOSPI 2,556.61", "USD/KRW 1,425.30", "April 26", "May 9", "First 100 Days", "Rises 22%"],
    "014": ["the 1,000 deminers and 5,000 military construction workers", "26 countries had so far pledged to deploy troops",
            "502 drones and 24 missiles", "430 drones and 21 missiles", "I have lost 3 sons"],
}

OFF = ["003", "004", "008", "011"]
DUP = {"012": "009"}

conflicts = {
    "must": [
        ["006-1", "007-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, the same day, reported three days later)"],
        ["009-1", "009-5", "about 3,000 casualties (South Korea's NIS) against around 4,000 (Ukrainian military intelligence), same article, same week"],
        ["002-3", "002-4", "about 8,000 in the Kursk region (US State Department) against 11,000 in the Kursk region (Zelensky), same article, same week"],
    ],
    "may": [
        ["000-1", "001-1", "about 3,000 moved (NIS, Oct 24) against about 10,000 sent (Pentagon, Oct 29): the deployment was still growing; 000 itself expects 10,000 by December"],
        ["000-1", "002-1", "about 3,000 (Oct 24) against 10,000-12,000 three weeks later: a cumulative deployment still under way"],
        ["000-1", "002-2", "about 3,000 (Oct 24) against about 10,000 three weeks later: a cumulative deployment still under way"],
        ["000-1", "002-3", "about 3,000 in Russia (Oct 24) against about 8,000 in Kursk three weeks later: deployment still growing"],
        ["000-1", "002-4", "about 3,000 in Russia (Oct 24) against 11,000 in Kursk three weeks later: deployment still growing"],
        ["000-1", "005-3", "about 3,000 (Oct 24) against about 11,000 (Dec 17), two months apart"],
        ["000-1", "006-2", "about 3,000 (Oct 24) against about 11,000 (Dec 23), two months apart"],
        ["000-1", "010-2", "about 3,000 in October against 11,000-12,000 sent \"last autumn\", reported months later"],
        ["000-1", "013-3", "about 3,000 (Oct 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["000-1", "014-2", "about 3,000 (Oct 2024) against around 11,000 first sent, reported in Sept 2025"],
        ["001-1", "002-4", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky) two weeks later: different places, close values"],
        ["001-1", "005-3", "about 10,000 (Oct 29) against about 11,000 (Dec 17), seven weeks apart"],
        ["001-1", "006-2", "about 10,000 (Oct 29) against about 11,000 (Dec 23), eight weeks apart"],
        ["001-1", "010-1", "about 10,000 in total against an additional 3,000 reinforcements four months later"],
        ["001-1", "010-2", "about 10,000 (Oct 2024) against 11,000-12,000 sent last autumn, reported four months later"],
        ["001-1", "013-3", "about 10,000 (Oct 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["001-1", "014-2", "about 10,000 (Oct 2024) against around 11,000 first sent, reported in Sept 2025"],
        ["001-2", "013-3", "up to 12,000 (Oct 2024) against about 15,000 in total (Apr 2025), months apart and after reinforcements"],
        ["002-1", "010-1", "10,000-12,000 in total against an additional 3,000 reinforcements months later"],
        ["002-1", "013-3", "10,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["002-2", "002-4", "about 10,000 in Russia (US) against 11,000 in the Kursk region (Zelensky): different places, close values"],
        ["002-2", "005-3", "about 10,000 (Nov 13) against about 11,000 (Dec 17), a month apart"],
        ["002-2", "006-2", "about 10,000 (Nov 13) against about 11,000 (Dec 23), six weeks apart"],
        ["002-2", "010-1", "about 10,000 in total against an additional 3,000 reinforcements months later"],
        ["002-2", "010-2", "about 10,000 (Nov 2024) against 11,000-12,000 sent last autumn, reported in Feb 2025"],
        ["002-2", "013-3", "about 10,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["002-2", "014-2", "about 10,000 (Nov 2024) against around 11,000 first sent, reported in Sept 2025"],
        ["002-3", "005-3", "about 8,000 in Kursk (Nov 13) against about 11,000 in Russia, most in Kursk (Dec 17): a month apart, different scope"],
        ["002-3", "006-2", "about 8,000 in Kursk (Nov 13) against about 11,000 in Russia (Dec 23): six weeks apart, different scope"],
        ["002-3", "010-1", "about 8,000 in Kursk against an additional 3,000 reinforcements months later"],
        ["002-3", "010-2", "about 8,000 in Kursk against 11,000-12,000 sent last autumn, reported in Feb 2025"],
        ["002-3", "013-3", "about 8,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["002-3", "014-2", "about 8,000 in Kursk (Nov 2024) against around 11,000 first sent, reported in Sept 2025"],
        ["002-4", "010-1", "11,000 in Kursk against an additional 3,000 reinforcements months later"],
        ["002-4", "013-3", "11,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["005-3", "010-1", "about 11,000 against an additional 3,000 reinforcements two months later"],
        ["005-3", "013-3", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["006-2", "010-1", "about 11,000 against an additional 3,000 reinforcements two months later"],
        ["006-2", "013-3", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025), months apart"],
        ["010-1", "010-2", "an additional 3,000 against the 11,000-12,000 sent last autumn: reinforcements, not a rival total"],
        ["010-1", "013-3", "an additional 3,000 (Feb 2025) against about 15,000 in total (Apr 2025)"],
        ["010-1", "014-2", "an additional 3,000 (Feb 2025) against around 11,000 first sent (reported Sept 2025)"],
        ["010-2", "013-3", "11,000-12,000 sent last autumn against about 15,000 in total including later reinforcements"],
        ["013-3", "014-2", "about 15,000 in total against around 11,000 first sent: different scopes, months apart"],
        ["005-1", "006-1", "hundreds of casualties (US official, Dec 17) against about 1,100 (JCS, Dec 23): vague figure, a week apart"],
        ["005-1", "007-1", "hundreds of casualties (Dec 17) against more than 3,000 (Zelensky, Dec 23): vague figure, a week apart"],
        ["005-1", "009-1", "hundreds of casualties (Dec 17) against about 3,000 (Jan 14): vague figure, a month apart"],
        ["005-1", "009-5", "hundreds of casualties (Dec 17) against around 4,000 (Jan 14): vague figure, a month apart"],
        ["005-1", "013-1", "hundreds of casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-1", "009-1", "about 1,100 casualties (JCS, Dec 23) against about 3,000 (NIS, Jan 13): a later rise in a cumulative figure, an update rather than a conflict"],
        ["006-1", "009-5", "about 1,100 casualties (Dec 23) against around 4,000 (Ukrainian intelligence, Jan 14), three weeks apart"],
        ["006-1", "013-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a later rise in a cumulative figure"],
        ["009-1", "013-1", "about 3,000 casualties (NIS, Jan 2025) against about 4,700 (NIS, Apr 2025): a later rise in a cumulative figure, an update rather than a conflict"],
        ["009-5", "013-1", "around 4,000 casualties (Jan 2025) against about 4,700 (Apr 2025), months apart"],
        ["009-2", "013-2", "about 300 killed (NIS, Jan 2025) against about 600 (NIS, Apr 2025): cumulative update"],
        ["009-2", "014-1", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025): cumulative update"],
        ["013-2", "014-1", "about 600 killed (NIS, Apr 2025) against about 2,000 (NIS, Sept 2025): the NIS raised its estimate, an update rather than a conflict"],
        ["006-4", "009-3", "about 1,000 wounded (NIS, Dec 2024) against about 2,700 (NIS, Jan 2025): cumulative update"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
