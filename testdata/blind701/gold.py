#!/usr/bin/env python3
"""Gold labels for testdata/blind701 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind701/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine's armed forces", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department", "United States", "U.S.", "US",
           "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["Pentagon", "U.S. Department of Defense", "United States", "U.S.", "US", "Washington"]
RUMOD = ["Russia's defence ministry", "Russian Defence Ministry", "Russian Ministry of Defense", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "around 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "there are about 10,000 North Korean soldiers in Russia", False),
        # the part of that force already in Kursk
        ("troops", NK, 8000, None, "about", BLINKEN,
         "roughly 8,000 have now been moved to the Kursk region", False),
        # the earlier figure, quoted as the base of the rise (Oct 23): an update
        ("troops", NK, 3000, None, "about", AUSTIN,
         "up from about 3,000 when we first put a number on it", False),
    ],
    "002": [
        # quote first, speaker named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 of them in the Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Washington and Seoul", "United States", "U.S.", "Washington",
                                               "South Korea", "Seoul"],
         "Washington and Seoul have estimated that 10,000-12,000 North Korean troops have been sent to Russia in all", False),
        ("casualties", RU, 20000, None, "about", SYR,
         "Russia had lost nearly 20,000 soldiers killed and wounded in the region", False),
        ("captured", RU, 700, None, "more_than", SYR,
         "more than 700 Russian servicemen had been taken prisoner there", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken put the figure at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky said 11,000 were there", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "The Pentagon says that about 10,000 North Korean soldiers are in Russia as a whole", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "United States",
                                              "U.S.", "US"],
         "Russia has massed some 50,000 of its own troops", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to fight for Russia have suffered around 1,100 casualties", False),
        # an agency relayed by a lawmaker
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western intelligence", "Western intelligence",
                                               "South Korea"],
         "sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
        # one two-day battle: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean soldiers killed and wounded in Kursk number more than 3,000", False),
        # one day, Ukraine's losses by Russia's count
        ("casualties", UA, 240, None, "up_to", RUMOD,
         "Ukraine lost up to 240 servicemen in the Kursk region over the past 24 hours", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units fighting in Kursk have suffered roughly 1,100 casualties", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "the Pentagon said \"several hundred\" North Korean soldiers had been killed and wounded", True),
    ],
    "009": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "another 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers were taken alive by Ukrainian forces last week", False),
        ("casualties", NK, 3000, None, "more_than", NIS + LEE,
         "North Korean casualties in Russia have now passed 3,000", False),
        # the JCS's December figure, set against the new count as the base of a rise
        ("casualties", NK, 1100, None, "about", JCS,
         "the roughly 1,100 casualties that the Joint Chiefs of Staff reported just before Christmas", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "1,500 North Korean special forces have been shipped to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "says 11,000 North Korean soldiers are in Kursk", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have captured two North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Koreans have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "have been killed and 2,700 wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang has sent around 3,000 more soldiers as reinforcements", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won", "Rep. Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in April", False),
        ("troops", NK, 14000, None, "about", U,
         "North Korea has sent some 14,000 soldiers to Russia since October 2024", False),
    ],
    "014": [
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "NINE SAPPERS OF THE REGIMENT DIED CLEARING MINES", False),
        ("troops", NK, 10000, None, "about", NIS + ["lawmaker"],
         "ABOUT 10,000 N. KOREAN TROOPS STILL DEPLOYED IN RUSSIAN BORDER AREAS", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "SOME 5,000 N. KOREAN MILITARY CONSTRUCTION TROOPS BEING MOVED TO RUSSIA IN STAGES", False),
    ],
}

NOT = {
    "000": ["Updated 2024.10.18 17:40", "between Oct. 8 and 13", "four brigades", "roughly 12,000 soldiers",
            "the 11th Corps", "some 200,000 troops", "taken Oct. 13", "Comments 87", "Likes 1,024", "drop 4.2%",
            "3,000 residents evacuated", "30th straight week", "Ex-national team striker, 41"],
    "001": ["the sixth meeting", "3:04 p.m. EDT", "as many as 100,000", "$425 million", "Release no. 2024/1187",
            "3:51 p.m. EDT"],
    "002": ["Aug. 6", "about 600 square kilometers", "nearly 1,400 at its peak", "Russia launches 96 drones overnight",
            "63 downed over 12 oblasts", "more than 18,000 members", "kills 40 Russian soldiers",
            "250 children return", "3 min read"],
    "004": ["100,000 soldiers in Kursk by Christmas", "more than 40,000 times", "some 3,000 soldiers",
            "around 12,000 in total", "up to 100,000 men", "roughly 600 square kilometers", "fact-check no. 1,284",
            "80,000 march in Tbilisi", "every 24 hours", "Subscribers' comments (214)", "Reading time 4 min.",
            "Four days later", "Where the 100,000 comes from"],
    "005": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Dec. 18, 2024",
            "aged 65 and older tops 10 mln", "1,450 per dollar", "26,000 seasonal foreign workers"],
    "006": ["Views: 6,214", "23.12.2024 18:40", "December 14-15", "1,910 soldiers in past day"],
    "008": ["almost three times", "about 200,000 households", "about half of the affected buildings", "day 1,034",
            "Comments (1,482)", "40,000 passengers", "20 counties", "The 50 best TV shows"],
    "009": ["Runtime 2:48", "31K views", "KOSPI 2,489.56", "USD/KRW 1,470.80", "one aged 20", "the other 26",
            "several thousand more troops", "14 cities and counties", "250,000 sign up"],
    "011": ["some 12,000 soldiers that Pyongyang plans to send", "OCTOBER 18, 2024", "JANUARY 11, 2025",
            "six months after", "250,000 gather in Rome", "exports rise 3.7%", "April 28, 2025"],
    "013": ["1,000 sappers", "5,000 military builders", "80 years since the end of World War II",
            "Nikkei 225: 42,580.27", "3.77 million", "over 1,200 to hospital"],
    "014": ["120-DAY DEMINING MISSION", "4,167.16", "14 CITIES AND COUNTIES", "UP TO 15 CM", "3 INJURED",
            "11-CAR PILEUP", "7 MILLION DAILY RIDERS", "2,316 views"],
}

OFF = ["003", "010", "012"]
DUP = {"007": "005"}

MAY = []
FG = "the first group of 1,500 (Oct 18, 2024) against a later, larger count"
OLD3 = "the earlier US figure of about 3,000 (Oct 23, 2024), quoted as the base of a rise, against a later count"
PW = "a part (the troops in Kursk) against the whole (the troops in Russia)"
RF = "about 3,000 reinforcements, an additional force, against a count of the first deployment or a later total"
CUM = "some 14,000 sent in all by September 2025, counting reinforcements, against an earlier or partial count"
REM = "about 10,000 still deployed in December 2025 against a count from many months earlier"
BLD = "5,000 military construction troops, a separate contingent, against a count of the combat troops"
AGAIN = "the same two reports restated in a later article: already told once"
BATTLE = "at least 30 in one two-day battle (Dec 14-15): a part against the whole"
SEV = "\"several hundred\" (Pentagon, a week earlier, vague) against a later count"
RISE_C = "a rising casualty total: the JCS's 1,100 (Dec 23) against a count weeks or months later"
RISE_K = "a rising death toll: counts months apart"
ENG = "nine sappers of one engineer regiment (Dec 2025): a part, months apart"

MAY += [
    # troops: the first group of 1,500
    ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "001-3", FG], ["000-1", "002-1", FG],
    ["000-1", "002-2", FG], ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "004-3", FG],
    ["000-1", "005-4", FG], ["000-1", "011-4", FG], ["000-1", "011-8", RF], ["000-1", "013-3", CUM],
    ["000-1", "014-2", REM], ["000-1", "014-3", BLD],
    ["011-3", "001-1", FG], ["011-3", "001-2", FG], ["011-3", "001-3", FG], ["011-3", "002-1", FG],
    ["011-3", "002-2", FG], ["011-3", "004-1", FG], ["011-3", "004-2", FG], ["011-3", "004-3", FG],
    ["011-3", "005-4", FG], ["011-3", "011-4", "within one timeline: the first group of 1,500 (Oct 18) against 11,000 in Kursk (Nov 4)"],
    ["011-3", "011-8", RF], ["011-3", "013-3", CUM], ["011-3", "014-2", REM], ["011-3", "014-3", BLD],
    # troops: the US figure of about 3,000 a week before
    ["001-3", "001-1", "within one transcript: about 3,000 (Oct 23) quoted as the base of the rise to about 10,000: an update"],
    ["001-3", "001-2", "within one transcript: about 3,000 (Oct 23) against roughly 8,000 in Kursk a week later: an update"],
    ["001-3", "002-1", OLD3], ["001-3", "002-2", OLD3], ["001-3", "004-1", OLD3], ["001-3", "004-2", OLD3],
    ["001-3", "004-3", OLD3], ["001-3", "005-4", OLD3], ["001-3", "011-4", OLD3], ["001-3", "013-3", OLD3],
    ["001-3", "014-2", OLD3], ["001-3", "014-3", BLD],
    # troops: Kursk against Russia as a whole, and the same two reports told again
    ["001-1", "001-2", "within one transcript: " + PW],
    ["001-1", "002-1", "about 10,000 in Russia (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): different scope, close values"],
    ["001-1", "004-1", PW], ["001-1", "004-2", "about 10,000 in Russia against 11,000 in Kursk: different scope, close values"],
    ["001-1", "011-4", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): different scope, close values"],
    ["001-2", "002-2", PW], ["001-2", "004-3", PW], ["001-2", "005-4", PW + ", seven weeks later"],
    ["001-2", "004-2", AGAIN], ["001-2", "011-4", AGAIN], ["004-1", "002-1", AGAIN], ["004-1", "011-4", AGAIN],
    ["004-1", "002-2", PW], ["004-1", "004-3", "within one fact-check: " + PW], ["004-1", "005-4", PW + ", six weeks later"],
    ["004-2", "004-3", "within one fact-check: 11,000 in Kursk (Zelensky) against about 10,000 in Russia (Pentagon): different scope, close values"],
    ["002-1", "004-3", "11,000 in Kursk against about 10,000 in Russia: different scope, close values"],
    ["004-3", "011-4", "about 10,000 in Russia against 11,000 in Kursk: different scope, close values"],
    # troops: reinforcements, cumulative totals, what remained, the builders
    ["011-8", "001-1", RF], ["011-8", "001-2", RF], ["011-8", "002-1", RF], ["011-8", "002-2", RF],
    ["011-8", "004-1", RF], ["011-8", "004-2", RF], ["011-8", "004-3", RF], ["011-8", "005-4", RF],
    ["011-8", "011-4", "within one timeline: " + RF], ["011-8", "013-3", RF], ["011-8", "014-2", RF],
    ["011-8", "014-3", "3,000 reinforcements against 5,000 builders, months apart: two separate forces"],
    ["013-3", "001-1", CUM], ["013-3", "001-2", CUM], ["013-3", "002-1", CUM], ["013-3", "002-2", CUM],
    ["013-3", "004-1", CUM], ["013-3", "004-2", CUM], ["013-3", "004-3", CUM], ["013-3", "005-4", CUM],
    ["013-3", "011-4", CUM], ["013-3", "014-2", "some 14,000 sent in all against about 10,000 still there three months later"],
    ["013-3", "014-3", BLD],
    ["014-2", "001-2", REM], ["014-2", "002-1", REM], ["014-2", "004-1", REM], ["014-2", "004-2", REM],
    ["014-2", "011-4", REM], ["014-2", "014-3", "within one ticker: the troops remaining against a separate construction contingent"],
    ["014-3", "001-1", BLD], ["014-3", "001-2", BLD], ["014-3", "002-1", BLD], ["014-3", "002-2", BLD],
    ["014-3", "004-1", BLD], ["014-3", "004-2", BLD], ["014-3", "004-3", BLD], ["014-3", "005-4", BLD],
    ["014-3", "011-4", BLD],
    # casualties: the same two reports told again
    ["005-1", "008-1", AGAIN], ["006-1", "008-3", AGAIN],
    ["006-1", "009-5", "Zelensky's more than 3,000 (Dec 23) against the JCS's 1,100 restated three weeks later: already told"],
    ["008-1", "009-5", "Zelensky's more than 3,000 (Dec 23) against the JCS's 1,100 restated three weeks later: already told"],
    # casualties: a rising total, weeks or months apart
    ["005-1", "009-4", RISE_C], ["008-3", "009-4", RISE_C], ["005-1", "011-1", RISE_C], ["008-3", "011-1", RISE_C],
    ["009-5", "011-1", RISE_C],
    ["009-4", "009-5", "within one report: the NIS's more than 3,000 (Jan 13) against the JCS's 1,100 of three weeks before, told as a rise"],
    # casualties: the Pentagon's "several hundred"
    ["008-4", "005-1", SEV], ["008-4", "006-1", SEV], ["008-4", "008-1", "within one live blog: " + SEV],
    ["008-4", "008-3", "within one live blog: " + SEV], ["008-4", "009-4", SEV], ["008-4", "009-5", SEV],
    ["008-4", "011-1", SEV],
    # casualties: one battle
    ["006-2", "005-1", BATTLE], ["006-2", "006-1", "within one article: " + BATTLE], ["006-2", "008-1", BATTLE],
    ["006-2", "008-3", BATTLE], ["006-2", "008-4", BATTLE], ["006-2", "009-4", BATTLE], ["006-2", "009-5", BATTLE],
    ["006-2", "011-1", BATTLE],
    # killed: a rising toll and one regiment
    ["009-1", "011-2", "about 300 (Jan 13) against some 600 (Apr 30): " + RISE_K],
    ["009-1", "013-1", "about 300 (Jan) against about 2,000 (Sep): " + RISE_K],
    ["009-1", "013-2", "about 300 (Jan) against the April figure of 600 restated in September: " + RISE_K],
    ["011-6", "011-2", "within one timeline: about 300 (Jan 13) against some 600 (Apr 30): " + RISE_K],
    ["011-6", "013-1", "about 300 (Jan) against about 2,000 (Sep): " + RISE_K],
    ["011-6", "013-2", "about 300 (Jan) against the April figure of 600: " + RISE_K],
    ["011-2", "013-1", "some 600 (Apr) against about 2,000 (Sep): " + RISE_K],
    ["013-2", "013-1", "within one report: about 2,000 up from around 600 in April: an update"],
    ["014-1", "005-2", ENG], ["014-1", "009-1", ENG], ["014-1", "011-2", ENG], ["014-1", "011-6", ENG],
    ["014-1", "013-1", ENG], ["014-1", "013-2", ENG],
    # wounded: a rising count
    ["005-3", "009-2", "nearly 1,000 (Dec 19) against 2,700 (Jan 13), three and a half weeks apart: a rising count"],
    ["005-3", "011-7", "nearly 1,000 (Dec 19) against 2,700 (Jan 13) restated in April: a rising count"],
]

conflicts = {
    "must": [
        ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart: the first articles to carry each"],
        ["004-1", "004-2", "within one fact-check that sets them against each other: Blinken's about 8,000 against "
                           "Zelensky's 11,000 in Kursk, days apart"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "(Zelensky, Dec 23), the same day: the first articles to carry each"],
        ["008-3", "008-1", "within one live blog that sets them against each other: the JCS's roughly 1,100 against "
                           "Zelensky's more than 3,000, the same day"],
    ],
    "may": MAY,
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
