#!/usr/bin/env python3
"""Gold labels for testdata/blind696 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind696/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine"]
BLI = ["Antony Blinken", "Blinken", "Antony J. Blinken", "Secretary of State", "State Department", "United States", "U.S."]
PEN = ["Pat Ryder", "Ryder", "Maj. Gen. Pat Ryder", "Pentagon", "Department of Defense", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 special forces troops were carried from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLI,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S."],
         "Pyongyang had now sent roughly 10,000 troops to Russia in total", False),
        # the earlier estimate, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "John Kirby", "Kirby", "United States", "U.S."],
         "the White House said at least 3,000 North Korean soldiers had arrived", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", ["American and Ukrainian officials", "American officials", "U.S. officials",
                                             "Ukrainian officials", "United States", "U.S.", "Ukraine"],
         "Russia has gathered a force of about 50,000 of its own soldiers, joined by North Korean units", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers had reached Kursk", False),
        ("troops", NK, 8000, None, "about", BLI,
         "had put the number there at about 8,000", False),
    ],
    "005": [
        # one weekend near three villages: a part of the whole, relayed in a reporter's question
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
        ("casualties", NK, 200, 900, "vague", PEN,
         "North Korean troops have suffered several hundred casualties", True),
        ("troops", NK, 11000, 12000, "range", PEN,
         "roughly 11,000 to 12,000 North Korean troops in the Kursk Oblast", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers deployed to Russia have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in the Kursk region has already passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence",
                                              "South Korean intelligence", "Ukraine", "South Korea"],
         "Some 11,000 North Korean soldiers were sent to Russia this autumn", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "roughly 300 North Korean soldiers have died in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "about 2,700 have been wounded", False),
        # the newsletter's sum of the NIS figures
        ("casualties", NK, 3000, None, "about", NIS + LEE + U,
         "That puts the total at around 3,000 killed and wounded", False),
        # the earlier JCS figure, quoted as the base of the rise
        ("casualties", NK, 1100, None, "about", JCS,
         "the 1,100 or so the Joint Chiefs of Staff estimated on Dec. 23", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian special forces had taken two wounded North Korean soldiers prisoner in the Kursk region", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials", "Western estimates"],
         "About 11,000 to 12,000 in the first deployment last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang topped up the force early this year with roughly 3,000 more soldiers", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence put North Korean losses at about 4,000", False),
        ("captured", NK, 2, None, "exact", U,
         "Two, both taken in January and held in Kyiv since", False),
    ],
    "013": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk region", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the earlier figure, quoted as the base of the rise
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April count", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russian border areas", False),
        # mine-clearing engineers only: a part of the whole
        ("killed", NK, 3, 9, "vague", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "honouring several military engineers who were killed while clearing mines in Kursk", True),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in four brigades", "between Oct. 8 and 13", "Oct. 16", "11th Corps",
            "about 1.2 million", "1950-53", "Comments 64", "2 killed, 5 hurt in Incheon warehouse fire",
            "4.2%", "30th straight week", "2,593.82", "1,380 per dollar"],
    "001": ["about 1,000 square kilometres (386 square miles)", "Updated 2 hours ago",
            "Spain flood death toll climbs to 158", "Oil rises 2%", "up 3.1%"],
    "003": ["Views 3,906", "on October 23", "Enemy losses in past day: 1,230 troops, 12 artillery systems, 31 drones",
            "about 30 kilometres from the border", "27 of 31 Shahed drones", "on August 6"],
    "004": ["6:41 min", "roughly 500 square miles", "about half of it", "since 1953", "Record 145 Drones",
            "Men Aged 25 and Older", "1.3 Million People", "Section A, Page 6"],
    "005": ["more than 50 nations", "near three villages", "Approximately 900 U.S. forces", "roughly 9,000 ISIS detainees",
            "100,000 155mm rounds a month", "2:04 p.m.", "Page 1 of 1"],
    "006": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "Jan. 20",
            "6.6 pct", "Two firefighters hurt", "2,410.17", "100,000 EVs a year"],
    "007": ["42 Ukrainian drones", "almost three times", "12:20 pm", "1,034th day", "inflation at 9.3%",
            "key rate at 21%", "80,000 residents"],
    "009": ["Issue No. 87", "6 min read", "2,600+ people", "born in 2005", "about seven weeks",
            "more than 1,000 officers", "the 179 victims", "1,470.80", "$59 a year", "1,204 likes"],
    "011": ["1,187 comments", "April 26", "June 2024", "more than 1 million barrels", "500,000 barrels a year",
            "39 percent", "100 days", "250,000 attended", "99 percent", "2 million missing workers"],
    "013": ["1,000 sappers", "5,000 military construction workers", "one thousand deminers and five thousand military builders",
            "his third since March", "several thousand residents", "up to 1,180 troops in past day",
            "key rate to 20%", "4 Moscow airports", "due to open in 2026"],
    "014": ["Episode 231", "52 min", "1,312 ratings", "1950-53", "1,000 deminers and 5,000 military builders",
            "roughly 2 million barrels", "$5 a month", "15% off", "48K", "The 9 lives of the Kaesong complex",
            "47 new nuclear engineers"],
}

OFF = ["008", "010", "012"]
DUP = {"002": "001"}

conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean soldiers in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-3", "004-2", "within one article that calls the number disputed: Blinken's about 8,000 in Kursk against Zelensky's 11,000, a week apart"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["007-2", "007-1", "within one live blog that compares them: JCS about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        ["000-1", "001-1", "1,500 first group (NIS, Oct 18) against about 8,000 in Kursk (Blinken, Oct 31): a first group against a later total"],
        ["000-1", "001-2", "1,500 first group (NIS, Oct 18) against about 10,000 in Russia (Austin, Oct 31): a first group against a later total"],
        ["000-1", "001-3", "1,500 first group (NIS, Oct 18) against at least 3,000 (White House, Oct 23): a first group against a later total"],
        ["000-1", "003-1", "1,500 first group (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 4): a first group against a later total"],
        ["000-1", "004-2", "1,500 first group (NIS, Oct 18) against 11,000 in Kursk (Zelensky, restated Nov 10): a first group against a later total"],
        ["000-1", "004-3", "1,500 first group (NIS, Oct 18) against about 8,000 in Kursk (Blinken, restated Nov 10): a first group against a later total"],
        ["000-1", "005-3", "1,500 first group (NIS, Oct 18) against 11,000-12,000 in Kursk (Pentagon, Dec 17): a first group against a later total"],
        ["000-1", "007-3", "1,500 first group (NIS, Oct 18) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): a first group against a later total"],
        ["000-1", "011-1", "1,500 first group (NIS, Oct 18) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): a first group against a later total"],
        ["000-1", "011-2", "1,500 first group (NIS, Oct 18) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["000-1", "014-3", "1,500 first group (NIS, Oct 18) against about 10,000 remaining (NIS, late 2025): a first group against a later total"],
        ["001-1", "001-2", "about 8,000 in Kursk (Blinken, Oct 31) against about 10,000 in Russia (Austin, Oct 31): a figure for Kursk against one for all of Russia, days apart"],
        ["001-1", "001-3", "about 8,000 in Kursk (Blinken, Oct 31) against at least 3,000 (White House, Oct 23): the earlier estimate quoted as the base of a rising total"],
        ["001-1", "004-2", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, restated Nov 10): a later restatement of two reports already told"],
        ["001-1", "005-3", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000-12,000 in Kursk (Pentagon, Dec 17): weeks apart, a rising or falling total"],
        ["001-1", "007-3", "about 8,000 in Kursk (Blinken, Oct 31) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): weeks apart, a rising or falling total"],
        ["001-1", "011-1", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["001-1", "011-2", "about 8,000 in Kursk (Blinken, Oct 31) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["001-1", "014-3", "about 8,000 in Kursk (Blinken, Oct 31) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["001-2", "001-3", "about 10,000 in Russia (Austin, Oct 31) against at least 3,000 (White House, Oct 23): the earlier estimate quoted as the base of a rising total"],
        ["001-2", "003-1", "about 10,000 in Russia (Austin, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): a figure for Kursk against one for all of Russia, days apart"],
        ["001-2", "004-2", "about 10,000 in Russia (Austin, Oct 31) against 11,000 in Kursk (Zelensky, restated Nov 10): a figure for Kursk against one for all of Russia, days apart"],
        ["001-2", "004-3", "about 10,000 in Russia (Austin, Oct 31) against about 8,000 in Kursk (Blinken, restated Nov 10): a figure for Kursk against one for all of Russia, days apart"],
        ["001-2", "005-3", "about 10,000 in Russia (Austin, Oct 31) against 11,000-12,000 in Kursk (Pentagon, Dec 17): weeks apart, a rising or falling total"],
        ["001-2", "007-3", "about 10,000 in Russia (Austin, Oct 31) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): weeks apart, a rising or falling total"],
        ["001-2", "011-1", "about 10,000 in Russia (Austin, Oct 31) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["001-2", "011-2", "about 10,000 in Russia (Austin, Oct 31) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["001-3", "003-1", "at least 3,000 (White House, Oct 23) against 11,000 in Kursk (Zelensky, Nov 4): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "004-2", "at least 3,000 (White House, Oct 23) against 11,000 in Kursk (Zelensky, restated Nov 10): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "004-3", "at least 3,000 (White House, Oct 23) against about 8,000 in Kursk (Blinken, restated Nov 10): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "005-3", "at least 3,000 (White House, Oct 23) against 11,000-12,000 in Kursk (Pentagon, Dec 17): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "007-3", "at least 3,000 (White House, Oct 23) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "011-1", "at least 3,000 (White House, Oct 23) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): the earlier estimate quoted as the base of a rising total"],
        ["001-3", "011-2", "at least 3,000 (White House, Oct 23) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["001-3", "014-3", "at least 3,000 (White House, Oct 23) against about 10,000 remaining (NIS, late 2025): the earlier estimate quoted as the base of a rising total"],
        ["003-1", "004-3", "11,000 in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, restated Nov 10): a later restatement of two reports already told"],
        ["003-1", "005-3", "11,000 in Kursk (Zelensky, Nov 4) against 11,000-12,000 in Kursk (Pentagon, Dec 17): weeks apart, a rising or falling total"],
        ["003-1", "007-3", "11,000 in Kursk (Zelensky, Nov 4) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): weeks apart, a rising or falling total"],
        ["003-1", "011-1", "11,000 in Kursk (Zelensky, Nov 4) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["003-1", "011-2", "11,000 in Kursk (Zelensky, Nov 4) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["003-1", "014-3", "11,000 in Kursk (Zelensky, Nov 4) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["004-2", "005-3", "11,000 in Kursk (Zelensky, restated Nov 10) against 11,000-12,000 in Kursk (Pentagon, Dec 17): weeks apart, a rising or falling total"],
        ["004-2", "007-3", "11,000 in Kursk (Zelensky, restated Nov 10) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): weeks apart, a rising or falling total"],
        ["004-2", "011-1", "11,000 in Kursk (Zelensky, restated Nov 10) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["004-2", "011-2", "11,000 in Kursk (Zelensky, restated Nov 10) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["004-2", "014-3", "11,000 in Kursk (Zelensky, restated Nov 10) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["004-3", "005-3", "about 8,000 in Kursk (Blinken, restated Nov 10) against 11,000-12,000 in Kursk (Pentagon, Dec 17): weeks apart, a rising or falling total"],
        ["004-3", "007-3", "about 8,000 in Kursk (Blinken, restated Nov 10) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): weeks apart, a rising or falling total"],
        ["004-3", "011-1", "about 8,000 in Kursk (Blinken, restated Nov 10) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["004-3", "011-2", "about 8,000 in Kursk (Blinken, restated Nov 10) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["004-3", "014-3", "about 8,000 in Kursk (Blinken, restated Nov 10) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["005-1", "005-2", "at least 30 in one weekend near three villages (HUR, Dec 15) against several hundred (Pentagon, Dec 17, vague): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "006-1", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 1,100 (JCS, Dec 23): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "007-1", "at least 30 in one weekend near three villages (HUR, Dec 15) against more than 3,000 (Zelensky, Dec 23): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "007-2", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 1,100 (JCS, Dec 23): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "009-3", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 3,000 (NIS, Jan 13): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "009-4", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 1,100 (JCS, Dec 23, restated Jan 14): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "011-3", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 4,700 (NIS, Apr 30): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-1", "011-5", "at least 30 in one weekend near three villages (HUR, Dec 15) against about 4,000 (HUR, Feb): one weekend near three villages: a part, and a bound the other value satisfies"],
        ["005-2", "006-1", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (JCS, Dec 23): a vague count (optional)"],
        ["005-2", "007-1", "several hundred (Pentagon, Dec 17, vague) against more than 3,000 (Zelensky, Dec 23): a vague count (optional)"],
        ["005-2", "007-2", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (JCS, Dec 23): a vague count (optional)"],
        ["005-2", "009-3", "several hundred (Pentagon, Dec 17, vague) against about 3,000 (NIS, Jan 13): a vague count (optional), and weeks or months apart"],
        ["005-2", "009-4", "several hundred (Pentagon, Dec 17, vague) against about 1,100 (JCS, Dec 23, restated Jan 14): a vague count (optional)"],
        ["005-2", "011-3", "several hundred (Pentagon, Dec 17, vague) against about 4,700 (NIS, Apr 30): a vague count (optional), and weeks or months apart"],
        ["005-2", "011-5", "several hundred (Pentagon, Dec 17, vague) against about 4,000 (HUR, Feb): a vague count (optional), and weeks or months apart"],
        ["005-3", "007-3", "11,000-12,000 in Kursk (Pentagon, Dec 17) against some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23): a value within or near the other's range"],
        ["005-3", "011-2", "11,000-12,000 in Kursk (Pentagon, Dec 17) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["005-3", "014-3", "11,000-12,000 in Kursk (Pentagon, Dec 17) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["006-1", "009-3", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): weeks apart, a rising or falling total"],
        ["006-1", "011-3", "about 1,100 (JCS, Dec 23) against about 4,700 (NIS, Apr 30): months apart, a rising or falling total"],
        ["006-1", "011-5", "about 1,100 (JCS, Dec 23) against about 4,000 (HUR, Feb): weeks apart, a rising or falling total"],
        ["006-2", "009-1", "at least 100 killed (NIS, Dec 19) against about 300 killed (NIS, Jan 13): a bound the other value satisfies, weeks or months apart"],
        ["006-2", "011-4", "at least 100 killed (NIS, Dec 19) against about 600 killed (NIS, Apr 30): a bound the other value satisfies, weeks or months apart"],
        ["006-2", "014-1", "at least 100 killed (NIS, Dec 19) against about 2,000 killed (NIS, Sep 2025): a bound the other value satisfies, weeks or months apart"],
        ["006-2", "014-2", "at least 100 killed (NIS, Dec 19) against about 600 killed (NIS's April figure, restated): a bound the other value satisfies, weeks or months apart"],
        ["006-2", "014-4", "at least 100 killed (NIS, Dec 19) against several engineers killed clearing mines (KCNA, late 2025, vague): a part against the whole"],
        ["006-3", "009-2", "nearly 1,000 wounded (NIS, Dec 19) against about 2,700 wounded (NIS, Jan 13): weeks apart, a rising or falling total"],
        ["007-1", "009-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): a bound the other value satisfies, weeks or months apart"],
        ["007-1", "009-4", "more than 3,000 (Zelensky, Dec 23) against about 1,100 (JCS, Dec 23, restated Jan 14): a later restatement of two reports already told"],
        ["007-1", "011-3", "more than 3,000 (Zelensky, Dec 23) against about 4,700 (NIS, Apr 30): a bound the other value satisfies, weeks or months apart"],
        ["007-1", "011-5", "more than 3,000 (Zelensky, Dec 23) against about 4,000 (HUR, Feb): a bound the other value satisfies, weeks or months apart"],
        ["007-2", "009-3", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): weeks apart, a rising or falling total"],
        ["007-2", "011-3", "about 1,100 (JCS, Dec 23) against about 4,700 (NIS, Apr 30): months apart, a rising or falling total"],
        ["007-2", "011-5", "about 1,100 (JCS, Dec 23) against about 4,000 (HUR, Feb): weeks apart, a rising or falling total"],
        ["007-3", "011-1", "some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23) against 11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025): months apart, a rising or falling total"],
        ["007-3", "011-2", "some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["007-3", "014-3", "some 11,000 sent (Ukrainian and South Korean intelligence, Dec 23) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["009-1", "011-4", "about 300 killed (NIS, Jan 13) against about 600 killed (NIS, Apr 30): months apart, a rising or falling total"],
        ["009-1", "014-1", "about 300 killed (NIS, Jan 13) against about 2,000 killed (NIS, Sep 2025): months apart, a rising or falling total"],
        ["009-1", "014-2", "about 300 killed (NIS, Jan 13) against about 600 killed (NIS's April figure, restated): months apart, a rising or falling total"],
        ["009-1", "014-4", "about 300 killed (NIS, Jan 13) against several engineers killed clearing mines (KCNA, late 2025, vague): a part against the whole"],
        ["009-3", "009-4", "about 3,000 (NIS, Jan 13) against about 1,100 (JCS, Dec 23, restated Jan 14): within one article, the NIS total given as an update up from the JCS figure three weeks earlier"],
        ["009-3", "011-3", "about 3,000 (NIS, Jan 13) against about 4,700 (NIS, Apr 30): months apart, a rising or falling total"],
        ["009-3", "011-5", "about 3,000 (NIS, Jan 13) against about 4,000 (HUR, Feb): weeks apart, a rising or falling total"],
        ["009-4", "011-3", "about 1,100 (JCS, Dec 23, restated Jan 14) against about 4,700 (NIS, Apr 30): months apart, a rising or falling total"],
        ["009-4", "011-5", "about 1,100 (JCS, Dec 23, restated Jan 14) against about 4,000 (HUR, Feb): weeks apart, a rising or falling total"],
        ["011-1", "011-2", "11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025) against about 3,000 reinforcements (NIS, Jan-Feb 2025): an additional force against the first deployment or a total"],
        ["011-1", "014-3", "11,000-12,000 first deployment (South Korean and Western estimates, restated May 2025) against about 10,000 remaining (NIS, late 2025): months apart, a rising or falling total"],
        ["011-2", "014-3", "about 3,000 reinforcements (NIS, Jan-Feb 2025) against about 10,000 remaining (NIS, late 2025): an additional force against the first deployment or a total"],
        ["011-3", "011-5", "about 4,700 (NIS, Apr 30) against about 4,000 (HUR, Feb): months apart, a rising or falling total"],
        ["011-4", "014-1", "about 600 killed (NIS, Apr 30) against about 2,000 killed (NIS, Sep 2025): months apart, a rising or falling total"],
        ["011-4", "014-4", "about 600 killed (NIS, Apr 30) against several engineers killed clearing mines (KCNA, late 2025, vague): a part against the whole"],
        ["014-1", "014-2", "about 2,000 killed (NIS, Sep 2025) against about 600 killed (NIS's April figure, restated): months apart, a rising or falling total"],
        ["014-1", "014-4", "about 2,000 killed (NIS, Sep 2025) against several engineers killed clearing mines (KCNA, late 2025, vague): a part against the whole"],
        ["014-2", "014-4", "about 600 killed (NIS's April figure, restated) against several engineers killed clearing mines (KCNA, late 2025, vague): a part against the whole"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
