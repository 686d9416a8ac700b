#!/usr/bin/env python3
"""Gold labels for testdata/blind685 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind685/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea",
       "Seoul", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only: later totals are not conflicts
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special forces soldiers was carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S."],
         "roughly 10,000 North Korean troops have been sent to Russia altogether", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "John Kirby at the White House said at least 3,000 had made the trip", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 had reached the Kursk region", False),
        ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "Moscow has assembled some 50,000 of its own troops in the region", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered about 1,100 casualties in fighting against Ukrainian forces", False),
        ("troops", NK, 11000, None, "up_to", U,
         "As many as 11,000 North Korean soldiers are believed to be in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        # one day of fighting, a Russian claim about Ukrainian losses
        ("casualties", UA, 340, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "Ukraine lost up to 340 servicemen in the Kursk region over the past 24 hours", False),
        # one engagement around three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting around three villages", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", ["Andrii Yusov", "Yusov"] + HUR,
         "Yusov said that more than 1,000 North Korean soldiers had been killed in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "some 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine captured two North Korean soldiers on Jan. 9", False),
    ],
    "008": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "at_least", JCS,
         "North Korea dispatched at least 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the roughly 11,000 troops Pyongyang sent last year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "around 4,000 have been killed or wounded", False),
        ("captured", NK, 2, None, "exact", U,
         "Ukraine has captured two North Korean soldiers", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 troops in the course of the operation", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "Western and South Korean officials believe 11,000 to 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "a further 3,000 or so followed in January and February", False),
        ("killed", NK, 1000, None, "at_least", ["Western intelligence officials", "Western intelligence", "BBC"],
         "at least 1,000 North Korean soldiers had been killed in the first three months of the year alone", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Korean soldiers captured by Ukraine in January remain in Ukrainian custody", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties in Russia's war with Ukraine have risen to about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 killed", False),
        # the January figure, quoted as the base of the rise: an update, not a conflict
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
    ],
    "014": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 North Korean special forces troops has been shipped to Russia's Far East", False),
        ("killed", NK, 24, 99, "vague", ["special operations forces", "Special Operations Forces", "SSO", "Ukraine"],
         "dozens of North Korean soldiers killed in attacks across snow-covered fields", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has taken two North Korean soldiers prisoner", False),
        ("killed", NK, 2000, None, "about", NIS,
         "raises its estimate of North Korean dead to about 2,000", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "In April it had put the figure at around 600", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "roughly 5,000 military construction troops have been moving to Russia in stages since September", False),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un", "Kim"],
         "nine of its soldiers died during the mission", False),
    ],
}

NOT = {
    "000": ["some 12,000 troops in all", "four brigades", "preparing 10,000 soldiers for Russia's army",
            "more than 13,000 containers of shells and rockets", "roughly 1.2 million strong",
            "between Oct. 8 and 13", "four Russian navy transport ships", "11th Corps", "48,300 readers",
            "its 32 members", "1,100 replies", "1,369.4 to the dollar", "Issue #212", "sections of two roads"],
    "001": ["DOW 41,763.46 -378.08", "S&P 500 5,705.45", "ELECTION DAY: 5 DAYS", "[14:02:11]",
            "the 28,500 American troops stationed in South Korea", "with five days to go", "more than tripled"],
    "002": ["Views: 12,408", "more than 1,000 square kilometers", "injures 9", "Join 15,000 members",
            "9:40 AM", "2 min read", "for six years"],
    "004": ["240-mm multiple rocket launchers", "paras 4-6", "500 bln won", "2024/12/23 12:05 KST",
            "multiple short-range ballistic missiles"],
    "005": ["nearly triple the estimate", "two tanks", "47 of the 72 Shahed-type drones", "another 20",
            "injured 12 people", "Comments (287)", "Ukrainian soldier, 19", "the 40-minute commute",
            "14 and 15 December"],
    "006": ["one aged 20 and the other 26", "500 Ukrainian soldiers did not surrender", "2,140 shares",
            "17.01.2025 12:34", "Reading time 4 min", "a 2019 parade"],
    "008": ["about 220 pieces of 170mm self-propelled guns and 240mm multiple rocket launchers", "1.3% lower",
            "Thousands protest in Istanbul", "sixth night"],
    "009": ["the fourth article of the Treaty", "28 APR, 06:50", "December 4, 2024", "115 Ukrainian drones",
            "11,000 servicemen", "three-day ceasefire"],
    "010": ["Duration 2:14", "3 hours ago", "injuring 11", "For six months"],
    "011": ["KOSPI 2,556.61", "USD/KRW 1,426.50", "23 million users", "for about a month",
            "first time in nine years"],
    "014": ["1,000 sappers", "5,000 military builders", "a 120-day mine-clearing mission",
            "trade 1,200 prisoners each", "Kim Jong Un, 41", "5 mins", "his second visit to Pyongyang in as many weeks"],
}

OFF = ["003", "007", "012"]
DUP = {"013": "004"}

conflicts = {
    "must": [
        ["002-1", "002-2", "within one article: eleven thousand in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, the week before, not updated since)"],
        ["004-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than three thousand (Zelensky), both on Dec 23, 2024, in two articles"],
        ["006-2", "006-1", "within one article: NIS's some 300 killed (Jan 13) against HUR's Yusov more than 1,000 killed (Jan 16), three days apart"],
        ["010-3", "011-2", "at least 1,000 killed (Western intelligence via the BBC, Apr 29, 2025) against about 600 killed in all (NIS, Apr 30, 2025), a day apart"],
    ],
    # every other pair of claims with the same metric and subject whose values disagree
    "may": [
        ["000-1", "001-1", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against about 8,000 (Oct 2024)"],
        ["000-1", "001-2", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against about 10,000 (Oct 2024)"],
        ["000-1", "001-3", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against at least 3,000 (Oct 2024)"],
        ["000-1", "002-1", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against 11,000 (Nov 2024)"],
        ["000-1", "002-2", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against about 8,000 (Nov 2024)"],
        ["000-1", "008-1", "first group against an additional or separate contingent: about 1,500 (Oct 2024) against at least 3,000 (Mar 2025)"],
        ["000-1", "008-2", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against about 11,000 (Mar 2025)"],
        ["000-1", "010-1", "first group of 1,500 against a later total: about 1,500 (Oct 2024) against 11,000-12,000 (Apr 2025)"],
        ["000-1", "010-2", "first group against an additional or separate contingent: about 1,500 (Oct 2024) against about 3,000 (Apr 2025)"],
        ["000-1", "014-6", "first group against an additional or separate contingent: about 1,500 (Oct 2024) against about 5,000 (Dec 2025)"],
        ["001-1", "001-2", "Kursk alone against all of Russia in the same report, a part against the whole: about 8,000 in Kursk against about 10,000 in Russia (Oct 31, 2024)"],
        ["001-1", "002-1", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4): five days apart while troops were still arriving"],
        ["001-1", "008-2", "months apart, a changing total: about 8,000 (Oct 2024) against about 11,000 (Mar 2025)"],
        ["001-1", "010-1", "months apart, a changing total: about 8,000 (Oct 2024) against 11,000-12,000 (Apr 2025)"],
        ["001-1", "010-2", "an additional or separate contingent against the main force: about 8,000 (Oct 2024) against about 3,000 (Apr 2025)"],
        ["001-1", "014-1", "first group of 1,500 against a later total: about 8,000 (Oct 2024) against about 1,500 (Dec 2025)"],
        ["001-1", "014-6", "an additional or separate contingent against the main force: about 8,000 (Oct 2024) against about 5,000 (Dec 2025)"],
        ["001-2", "002-1", "about 10,000 in Russia (Pentagon, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): five days apart while troops were still arriving"],
        ["001-2", "002-2", "all of Russia against Kursk alone, a part against the whole: about 10,000 (Oct 2024) against about 8,000 in Kursk (Nov 2024)"],
        ["001-2", "008-2", "months apart, a changing total: about 10,000 (Oct 2024) against about 11,000 (Mar 2025)"],
        ["001-2", "010-1", "months apart, a changing total: about 10,000 (Oct 2024) against 11,000-12,000 (Apr 2025)"],
        ["001-2", "010-2", "an additional or separate contingent against the main force: about 10,000 (Oct 2024) against about 3,000 (Apr 2025)"],
        ["001-2", "014-1", "first group of 1,500 against a later total: about 10,000 (Oct 2024) against about 1,500 (Dec 2025)"],
        ["001-2", "014-6", "an additional or separate contingent against the main force: about 10,000 (Oct 2024) against about 5,000 (Dec 2025)"],
        ["001-3", "014-1", "first group of 1,500 against a later total: at least 3,000 (Oct 2024) against about 1,500 (Dec 2025)"],
        ["002-1", "010-2", "an additional or separate contingent against the main force: 11,000 (Nov 2024) against about 3,000 (Apr 2025)"],
        ["002-1", "014-1", "first group of 1,500 against a later total: 11,000 (Nov 2024) against about 1,500 (Dec 2025)"],
        ["002-1", "014-6", "an additional or separate contingent against the main force: 11,000 (Nov 2024) against about 5,000 (Dec 2025)"],
        ["002-2", "008-2", "months apart, a changing total: about 8,000 (Nov 2024) against about 11,000 (Mar 2025)"],
        ["002-2", "010-1", "months apart, a changing total: about 8,000 (Nov 2024) against 11,000-12,000 (Apr 2025)"],
        ["002-2", "010-2", "an additional or separate contingent against the main force: about 8,000 (Nov 2024) against about 3,000 (Apr 2025)"],
        ["002-2", "014-1", "first group of 1,500 against a later total: about 8,000 (Nov 2024) against about 1,500 (Dec 2025)"],
        ["002-2", "014-6", "an additional or separate contingent against the main force: about 8,000 (Nov 2024) against about 5,000 (Dec 2025)"],
        ["004-1", "005-4", "vague quantity from a week earlier: about 1,100 (JCS, Dec 23) against several hundred (Pentagon, mid-December)"],
        ["004-1", "008-3", "months apart, a changing total: about 1,100 (Dec 2024) against about 4,000 (Mar 2025)"],
        ["004-1", "011-1", "months apart, a changing total: about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["004-1", "011-3", "about 1,100 (JCS, Dec 2024) against about 3,000 (NIS, Jan 2025, restated in April): three weeks apart, a rising total"],
        ["004-3", "014-2", "vague quantity from the first clashes: at least 100 killed (NIS, Dec 2024) against dozens killed in the first assaults (SSO, timeline Dec 2025)"],
        ["004-3", "014-7", "one engineering regiment's dead (a part) against the whole toll: at least 100 (Dec 2024) against 9 (Dec 2025)"],
        ["004-4", "006-3", "months apart, a changing total: about 1,000 (Dec 2024) against about 2,700 (Jan 2025)"],
        ["005-1", "005-4", "vague quantity from a week earlier: more than three thousand (Zelensky, Dec 23) against several hundred (Pentagon, mid-December)"],
        ["005-1", "011-3", "more than 3,000 (Zelensky, Dec 2024) against about 3,000 (NIS, Jan 2025, restated in April): a bound nearly met, weeks apart"],
        ["005-2", "009-1", "one day's Russian claim against the whole operation, months apart: up to 340 in 24 hours (Dec 2024) against more than 76,000 (Apr 2025)"],
        ["005-4", "008-3", "vague quantity: several hundred (Dec 2024) against about 4,000 (Mar 2025)"],
        ["005-4", "011-1", "vague quantity: several hundred (Dec 2024) against about 4,700 (Apr 2025)"],
        ["005-4", "011-3", "vague quantity: several hundred (Dec 2024) against about 3,000 (Apr 2025)"],
        ["006-1", "011-2", "months apart, different agencies: more than 1,000 (HUR, Jan 2025) against about 600 (NIS, Apr 2025)"],
        ["006-1", "014-2", "vague quantity: more than 1,000 (Jan 2025) against dozens (Dec 2025)"],
        ["006-1", "014-5", "months apart: more than 1,000 (HUR, Jan 2025) against the April NIS figure of about 600 restated in December"],
        ["006-1", "014-7", "one engineering regiment's dead (a part) against the whole toll: more than 1,000 (Jan 2025) against 9 (Dec 2025)"],
        ["006-2", "010-3", "months apart, a changing total: about 300 (Jan 2025) against at least 1,000 (Apr 2025)"],
        ["006-2", "011-2", "months apart, a changing total: about 300 (Jan 2025) against about 600 (Apr 2025)"],
        ["006-2", "014-2", "vague quantity: about 300 (Jan 2025) against dozens (Dec 2025)"],
        ["006-2", "014-4", "months apart, a changing total: about 300 (Jan 2025) against about 2,000 (Dec 2025)"],
        ["006-2", "014-5", "an earlier figure restated as the base of a rise: about 300 (Jan 2025) against about 600 (Dec 2025)"],
        ["006-2", "014-7", "one engineering regiment's dead (a part) against the whole toll: about 300 (Jan 2025) against 9 (Dec 2025)"],
        ["008-1", "014-1", "first group against an additional or separate contingent: at least 3,000 (Mar 2025) against about 1,500 (Dec 2025)"],
        ["008-2", "010-2", "an additional or separate contingent against the main force: about 11,000 (Mar 2025) against about 3,000 (Apr 2025)"],
        ["008-2", "014-1", "first group of 1,500 against a later total: about 11,000 (Mar 2025) against about 1,500 (Dec 2025)"],
        ["008-2", "014-6", "an additional or separate contingent against the main force: about 11,000 (Mar 2025) against about 5,000 (Dec 2025)"],
        ["008-3", "011-1", "months apart, a changing total: about 4,000 (Mar 2025) against about 4,700 (Apr 2025)"],
        ["008-3", "011-3", "the NIS January figure restated as the base of a rise: about 4,000 (JCS, Mar 2025) against about 3,000 (NIS, Jan 2025)"],
        ["010-1", "010-2", "an additional or separate contingent against the main force: 11,000-12,000 (Apr 2025) against about 3,000 (Apr 2025)"],
        ["010-1", "014-1", "first group of 1,500 against a later total: 11,000-12,000 (Apr 2025) against about 1,500 (Dec 2025)"],
        ["010-1", "014-6", "an additional or separate contingent against the main force: 11,000-12,000 (Apr 2025) against about 5,000 (Dec 2025)"],
        ["010-2", "014-1", "first group against an additional or separate contingent: about 3,000 (Apr 2025) against about 1,500 (Dec 2025)"],
        ["010-2", "014-6", "an additional or separate contingent against the main force: about 3,000 (Apr 2025) against about 5,000 (Dec 2025)"],
        ["010-3", "014-2", "vague quantity: at least 1,000 (Apr 2025) against dozens (Dec 2025)"],
        ["010-3", "014-5", "months apart: at least 1,000 (Western intelligence, Apr 2025) against the April NIS figure of about 600 restated in December"],
        ["010-3", "014-7", "one engineering regiment's dead (a part) against the whole toll: at least 1,000 (Apr 2025) against 9 (Dec 2025)"],
        ["011-1", "011-3", "an update within one article: about 4,700 (Apr 2025) up from about 3,000 (Jan 2025)"],
        ["011-2", "014-2", "vague quantity: about 600 (Apr 2025) against dozens (Dec 2025)"],
        ["011-2", "014-4", "months apart, a changing total: about 600 (Apr 2025) against about 2,000 (Dec 2025)"],
        ["011-2", "014-7", "one engineering regiment's dead (a part) against the whole toll: about 600 (Apr 2025) against 9 (Dec 2025)"],
        ["014-1", "014-6", "first group against an additional or separate contingent: about 1,500 (Dec 2025) against about 5,000 (Dec 2025)"],
        ["014-2", "014-4", "vague quantity: dozens (Dec 2025) against about 2,000 (Dec 2025)"],
        ["014-2", "014-5", "vague quantity: dozens (Dec 2025) against about 600 (Dec 2025)"],
        ["014-2", "014-7", "one engineering regiment's dead (a part) against the whole toll: dozens (Dec 2025) against 9 (Dec 2025)"],
        ["014-4", "014-5", "an update within one article: about 2,000 (Sep 2025) up from about 600 (Apr 2025)"],
        ["014-4", "014-7", "one engineering regiment's dead (a part) against the whole toll: about 2,000 (Dec 2025) against 9 (Dec 2025)"],
        ["014-5", "014-7", "one engineering regiment's dead (a part) against the whole toll: about 600 (Dec 2025) against 9 (Dec 2025)"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
