#!/usr/bin/env python3
"""Gold labels for testdata/blind754 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind754/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukrainian President", "Ukraine"]
US = ["Pentagon", "Defense Department", "Department of Defense", "U.S. officials", "US officials", "United States", "U.S.", "US"]
SINGH = ["Sabrina Singh", "Singh"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        # the first group moved, not the whole force
        ("troops", NK, 1500, None, "about", NIS,
         "Some 1,500 North Korean special operations troops were carried from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        # Kursk only: a part of the force in Russia
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department"] + US,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", US + ["Lloyd Austin", "Austin"],
         "Officials now put it at roughly 10,000", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", ["Lloyd Austin", "Austin"] + US,
         "up from about 3,000 when Austin first confirmed the troop movements a week earlier", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Already eleven thousand soldiers from North Korea are in the Kursk region", False),
    ],
    "004": [
        # relayed in a reporter's question
        ("troops", NK, 11000, None, "exact", ZEL,
         "President Zelensky says there are now 11,000 North Korean troops in Kursk", False),
        ("troops", NK, 8000, None, "about", SINGH + US,
         "We still assess that about 8,000 of them are in the Kursk region", False),
        ("troops", NK, 10000, None, "more_than", SINGH + US,
         "more than 10,000 North Korean soldiers in total have been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", SINGH + US + ["The New York Times", "New York Times"],
         "we've seen Russia gather roughly 50,000 troops for that effort", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers deployed to Russia's Kursk region have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE + NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE + NIS,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "The North is believed to have sent some 11,000 troops to Russia in October and November", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has exceeded 3,000", False),
        ("troops", NK, 10000, 12000, "range", ["Kyiv and its Western allies", "Kyiv", "Western allies", "Ukraine", "United States", "South Korea"],
         "Pyongyang has sent between 10,000 and 12,000 troops to Russia this fall", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units fighting in Russia's Kursk region had suffered roughly 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the region had already topped 3,000 killed and wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon official", "Pentagon", "United States", "U.S.", "US"],
         'a Pentagon official had spoken only of "several hundred" North Korean soldiers killed and wounded', True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        # one week only: a part of the whole
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "North Korean troops had suffered more than 1,000 casualties in the past week alone", False),
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "an estimated 11,000-12,000 soldiers to Russia since October", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "about", NIS,
         "North Korean casualties in the war in Russia have reached about 3,000", False),
        ("killed", NK, 300, None, "about", LEE + NIS,
         "roughly 300 of them have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE + NIS,
         "have been killed and 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine has captured two North Korean soldiers", False),
        ("troops", NK, 2000, 9000, "vague", ["Officials in Kyiv", "Ukrainian officials", "Ukraine"],
         "thousands of North Korean soldiers have now been thrown into assaults", True),
    ],
    "011": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more soldiers to Russia in January and February", False),
        ("troops", NK, 14000, None, "up_to", JCS,
         "bringing the total it has dispatched to as many as 14,000", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "estimated North Korean casualties in the Kursk fighting at around 4,700 killed and wounded", False),
        # the February figure, quoted as the earlier point of a rising count
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence (HUR) put North Korean losses at about 4,000", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatally", False),
        # the January figure, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "about", NIS,
         "when it reported about 300 killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's chief of general staff", "General Staff", "Russia"],
         "Ukraine's losses over the eight-month operation had topped 76,000 troops", False),
    ],
    "014": [
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "Nine of the regiment's sappers had been killed while clearing minefields", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have now died in the war", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "the 600 or so it reported in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russia's border areas", False),
    ],
}

NOT = {
    "000": ["around 12,000 soldiers in all", "four brigades", "between October 8 and 13",
            "preparing to send 10,000 soldiers", "his first trip there in 24 years",
            "some 1.2 million soldiers under arms", "since 1953", "October 18, 2024",
            "Nepal floods: death toll rises to 240", "Russia dropped 900 guided bombs in a week",
            "Samsung shares hit 4-year low", "3 min"],
    "001": ["up to 12,000 troops", "1,284 comments", "roughly 1,000 square kilometers", "more than $60 billion",
            "Early voting passes 60 million", "death toll climbs to 158", "A 101-year-old veteran",
            "The 3 counties", "5 min"],
    "002": ["Views: 2,907", "AK-12 rifles", "60mm mortars", "about 1,300 square kilometres",
            "Russian army losses since start of full-scale invasion pass 700,000",
            "downs 56 of 83 drones overnight", "UAH/USD 41.24", "August 6"],
    "004": ["a gap of 3,000 troops", "stop at 10,000 or 12,000", "about 900 U.S. troops", "Roughly 900",
            "his 12th visit", "about $6 billion", "$425 Million"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Foreign visitors to Korea top 15 million", "KOSPI ends at 2,442.01", "1,450 per dollar",
            "7 in 10 Koreans"],
    "006": ["less than 3 kilometers (2 miles)",
            "South Korea says North Korean troops in Russia have suffered about 1,100 casualties",
            "Kharkiv hit by 7 missiles"],
    "007": ["almost three times South Korea's", "the death toll from Cyclone Chido rises to 39",
            "enters its fifth month", "Time to read 4 min"],
    "009": ["20 years old and the other 26", "on January 9", "minus 8 degrees Celsius", "KOSPI 2,492.10",
            "USD/KRW 1,470.80", "Death toll in Los Angeles wildfires rises to 24", "02:41"],
    "011": ["14.2K plays", "Dr. Park Min-ji, 38", "join 2,100 members on Patreon", "from $5 a month",
            "20% off", "Seoul's 500,000 soldiers", "47 min", "a million barrels"],
    "013": ["Nikkei 225 36,045.38", "USD/JPY 142.35", "KOSPI 2,556.61", "has doubled since January",
            "Article 4", "Kim Jong Un, 41", "falls by a record 898,000", "death toll passes 3,700",
            "24% tariff"],
    "014": ["1,000 sappers", "5,000 military builders", "120-day demining mission", "more than three times",
            "5,306 subscribers", "Issue #61", "1,390: days", "13 trillion roubles", "eight months on",
            "$48 a year", "30% off"],
}

OFF = ["003", "008", "012"]
DUP = {"010": "006"}

FIRST = "the first group of 1,500 (Oct 18) against a later or larger figure: a part of the whole, weeks to a year apart"
ADD = "an additional force (the 3,000 reinforcements of early 2025) against another figure of the deployment"
SAME_T = "the same two reports again (Zelensky's 11,000 against the US's about 8,000), already told: a restatement"
SAME_C = "the same two reports again (Zelensky's more than 3,000 against the JCS's about 1,100), already told: a restatement"
VAGUE_T = "'thousands' thrown into assaults (vague, optional) against a count of the deployment"
REM = "a figure of troops sent in 2024-25 against about 10,000 remaining in December 2025, about a year apart"
SEVERAL = "the Pentagon's 'several hundred' (vague, optional, a week before Dec 23) against a later count"
RISE_C = "a rising casualty count, weeks to months apart"
RISE_K = "a rising death toll, months apart"
NINE = "nine sappers of one engineer regiment (a part) against a total of dead"

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-2", "004-1", "within one briefing transcript: the Pentagon's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, put to it in the same question, the same day"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day"],
        ["007-1", "007-2", "within one fact-check: the JCS's roughly 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "001-3", FIRST], ["000-1", "002-1", FIRST],
        ["000-1", "004-1", FIRST], ["000-1", "004-2", FIRST], ["000-1", "004-3", FIRST], ["000-1", "005-4", FIRST],
        ["000-1", "006-2", FIRST], ["000-1", "007-7", FIRST], ["000-1", "009-5", FIRST], ["000-1", "011-1", FIRST],
        ["000-1", "011-2", FIRST], ["000-1", "014-4", FIRST],
        # troops: Blinken's 8,000 in Kursk (Oct 31)
        ["001-1", "001-2", "within one article: about 8,000 in Kursk, a part of roughly 10,000 in Russia"],
        ["001-1", "001-3", "8,000 in Kursk against the 3,000 cited a week earlier, a rising total"],
        ["001-1", "004-1", SAME_T],
        ["001-1", "004-3", "8,000 in Kursk, a part of more than 10,000 in Russia"],
        ["001-1", "005-4", "8,000 in Kursk (Oct 31) against some 11,000 sent (Dec 23), seven weeks apart, part against whole"],
        ["001-1", "006-2", "8,000 in Kursk (Oct 31) against 10,000-12,000 sent (Dec 23), part against whole, weeks apart"],
        ["001-1", "007-7", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent (Dec 28), part against whole, weeks apart"],
        ["001-1", "009-5", VAGUE_T], ["001-1", "011-1", ADD],
        ["001-1", "011-2", "8,000 in Kursk (Oct 2024) against as many as 14,000 sent in all (Mar 2025), months apart"],
        ["001-1", "014-4", REM],
        # troops: the Pentagon's roughly 10,000 in Russia (Oct 31) and the 3,000 of a week earlier
        ["001-2", "001-3", "within one article: roughly 10,000 up from about 3,000 a week earlier, an update"],
        ["001-2", "002-1", "roughly 10,000 in all of Russia (US, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5): different scope, a growing force"],
        ["001-2", "004-1", "roughly 10,000 in Russia (Oct 31) against 11,000 in Kursk (Zelensky, relayed Nov 12): different scope, a growing force"],
        ["001-2", "004-2", "roughly 10,000 in Russia against about 8,000 of them in Kursk: whole against part"],
        ["001-2", "004-3", "roughly 10,000 (Oct 31) against more than 10,000 (Nov 12), a growing force"],
        ["001-2", "005-4", "roughly 10,000 (Oct 31) against some 11,000 (Dec 23), weeks apart, a growing force"],
        ["001-2", "007-7", "roughly 10,000 (Oct 31) against 11,000-12,000 (Dec 28), weeks apart, a growing force"],
        ["001-2", "009-5", VAGUE_T], ["001-2", "011-1", ADD],
        ["001-2", "011-2", "roughly 10,000 (Oct 2024) against as many as 14,000 in all (Mar 2025), a rising total"],
        ["001-3", "002-1", "about 3,000 (late Oct) against 11,000 (Nov 5), a rising total"],
        ["001-3", "004-1", "about 3,000 (late Oct) against 11,000 (Nov 12), a rising total"],
        ["001-3", "004-2", "about 3,000 in Russia (late Oct) against about 8,000 in Kursk (Nov 12), a rising total"],
        ["001-3", "004-3", "about 3,000 (late Oct) against more than 10,000 (Nov 12), a rising total"],
        ["001-3", "005-4", "about 3,000 (late Oct) against some 11,000 (Dec 23), a rising total"],
        ["001-3", "006-2", "about 3,000 (late Oct) against 10,000-12,000 (Dec 23), a rising total"],
        ["001-3", "007-7", "about 3,000 (late Oct) against 11,000-12,000 (Dec 28), a rising total"],
        ["001-3", "011-2", "about 3,000 (Oct 2024) against as many as 14,000 in all (Mar 2025), a rising total"],
        ["001-3", "014-4", REM],
        # troops: Zelensky's 11,000 in Kursk
        ["002-1", "004-2", SAME_T],
        ["002-1", "004-3", "11,000 in Kursk against more than 10,000 in Russia: a bound the figure satisfies, different scope"],
        ["002-1", "009-5", VAGUE_T], ["002-1", "011-1", ADD], ["002-1", "014-4", REM],
        ["004-1", "004-3", "within one briefing: 11,000 in Kursk against more than 10,000 in Russia, a bound the figure satisfies"],
        ["004-1", "009-5", VAGUE_T], ["004-1", "011-1", ADD], ["004-1", "014-4", REM],
        # troops: the Pentagon's about 8,000 and more than 10,000 (Nov 12)
        ["004-2", "004-3", "within one answer: about 8,000 in Kursk, a part of more than 10,000 in Russia"],
        ["004-2", "005-4", "8,000 in Kursk (Nov 12) against some 11,000 sent (Dec 23), six weeks apart, part against whole"],
        ["004-2", "006-2", "8,000 in Kursk (Nov 12) against 10,000-12,000 sent (Dec 23), part against whole"],
        ["004-2", "007-7", "8,000 in Kursk (Nov 12) against 11,000-12,000 sent (Dec 28), part against whole"],
        ["004-2", "009-5", VAGUE_T], ["004-2", "011-1", ADD],
        ["004-2", "011-2", "8,000 in Kursk (Nov 2024) against as many as 14,000 in all (Mar 2025), months apart"],
        ["004-2", "014-4", REM],
        ["004-3", "009-5", VAGUE_T], ["004-3", "011-1", ADD], ["004-3", "014-4", REM],
        # troops: the later totals
        ["005-4", "009-5", VAGUE_T], ["005-4", "011-1", ADD],
        ["005-4", "011-2", "some 11,000 (Dec 2024) against as many as 14,000 after reinforcements (Mar 2025), a rising total"],
        ["005-4", "014-4", REM],
        ["006-2", "009-5", VAGUE_T], ["006-2", "011-1", ADD],
        ["006-2", "011-2", "10,000-12,000 (Dec 2024) against as many as 14,000 after reinforcements (Mar 2025), a rising total"],
        ["007-7", "009-5", VAGUE_T], ["007-7", "011-1", ADD],
        ["007-7", "011-2", "11,000-12,000 (Dec 2024) against as many as 14,000 after reinforcements (Mar 2025), a rising total"],
        ["007-7", "014-4", REM],
        ["009-5", "011-2", VAGUE_T], ["009-5", "014-4", VAGUE_T],
        ["011-1", "011-2", "within one article: 3,000 reinforcements, a part of as many as 14,000 in all"],
        ["011-1", "014-4", ADD],
        ["011-2", "014-4", "as many as 14,000 sent in all (Mar 2025) against about 10,000 remaining (Dec 2025), months apart"],
        # casualties, north_korea
        ["005-1", "007-2", SAME_C],
        ["005-1", "007-3", SEVERAL],
        ["005-1", "007-6", "about 1,100 in all (Dec 23) against more than 1,000 in one week (Kirby, Dec 27): a part, days apart"],
        ["005-1", "009-1", "about 1,100 (Dec 23) against about 3,000 (Jan 13), three weeks apart, " + RISE_C],
        ["005-1", "011-3", RISE_C], ["005-1", "011-4", RISE_C], ["005-1", "013-1", RISE_C],
        ["006-1", "007-1", SAME_C],
        ["006-1", "007-3", SEVERAL],
        ["006-1", "009-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13), three weeks apart"],
        ["007-1", "007-3", "within one fact-check: roughly 1,100 against the Pentagon's earlier 'several hundred' (vague)"],
        ["007-1", "007-6", "within one fact-check: roughly 1,100 in all against more than 1,000 in a single week (a part)"],
        ["007-1", "009-1", "about 1,100 (Dec 23) against about 3,000 (Jan 13), three weeks apart, " + RISE_C],
        ["007-1", "011-3", RISE_C], ["007-1", "011-4", RISE_C], ["007-1", "013-1", RISE_C],
        ["007-2", "007-3", "within one fact-check: more than 3,000 against the Pentagon's earlier 'several hundred' (vague)"],
        ["007-2", "009-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13), three weeks apart"],
        ["007-3", "007-6", "within one fact-check: 'several hundred' (vague, Dec 16) against more than 1,000 in the week to Dec 27"],
        ["007-3", "009-1", SEVERAL], ["007-3", "011-3", SEVERAL], ["007-3", "011-4", SEVERAL], ["007-3", "013-1", SEVERAL],
        ["009-1", "011-3", RISE_C], ["009-1", "011-4", RISE_C], ["009-1", "013-1", RISE_C],
        ["011-3", "011-4", "within one article: about 4,700 (JCS, Mar) against HUR's about 4,000 of February, a rising count"],
        ["011-4", "013-1", RISE_C],
        # killed, north_korea
        ["005-2", "014-1", NINE], ["007-4", "014-1", NINE],
        ["009-2", "013-2", "about 300 (Jan) against about 600 (Apr), " + RISE_K],
        ["009-2", "014-1", NINE],
        ["009-2", "014-2", "about 300 (Jan) against about 2,000 (Sep), " + RISE_K],
        ["009-2", "014-3", "about 300 (Jan) against the April figure of 600 restated in December, " + RISE_K],
        ["013-2", "013-3", "within one article: about 600 up from about 300 in January, an update"],
        ["013-2", "014-1", NINE],
        ["013-2", "014-2", "about 600 (Apr) against about 2,000 (Sep), " + RISE_K],
        ["013-3", "014-1", NINE],
        ["013-3", "014-2", "the January figure of 300 against about 2,000 (Sep), " + RISE_K],
        ["013-3", "014-3", "the January figure of 300 against the April figure of 600, " + RISE_K],
        ["014-1", "014-2", "within one newsletter: nine sappers of one regiment (a part) against about 2,000 dead in all"],
        ["014-1", "014-3", "within one newsletter: nine sappers (a part) against the April total of about 600"],
        ["014-2", "014-3", "within one newsletter: about 2,000 up from the 600 or so of April, an update"],
        # wounded, north_korea
        ["005-3", "009-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising count"],
        ["007-5", "009-3", "close to 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising count"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
