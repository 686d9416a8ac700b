#!/usr/bin/env python3
"""Gold labels for testdata/blind743 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind743/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Ukrainian President"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. Department of Defense", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "United States", "U.S.", "US", "Washington"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
SSO = ["Ukraine's special operations forces", "Special Operations Forces", "SSO", "Ukraine"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "The first contingent, about 1,500 special forces soldiers, was carried from ports near Chongjin", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, restated as the base of the rise: an update, not a conflict
        ("troops", NK, 3000, None, "about", PENT,
         "Last Wednesday we told you about 3,000", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", USOFF,
         "North Korea has sent about 10,000 troops to Russia in all, U.S. officials say", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent sent to Russia includes about 500 officers", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in Kursk", False),
        ("troops", NK, 10000, None, "about", PENT,
         "The Pentagon's count for Russia as a whole was about 10,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number in Kursk at 11,000", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a figure of about 1,500 special forces", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia had gathered about 50,000 of its own troops", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
        ("troops", NK, 11000, None, "about", ["South Korea", "Seoul"] + JCS,
         "around 11,000 North Korean soldiers were sent to Russia this autumn", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        # three days of fighting by one force: parts of the whole
        ("killed", NK, 50, None, "about", SSO,
         "they had killed nearly 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded 47 others over three days of fighting", False),
        ("troops", NK, 10000, 12000, "range", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine",
                                               "United States"],
         "Pyongyang has sent an estimated 10,000-12,000 troops to Russia", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number already exceeded 3,000", False),
        # one morning, one unit: a part of the whole; the speaker is named in the next sentence
        ("killed", NK, 200, None, "about", ["Grom", "Ukrainian drone-unit commander", "drone-unit commander",
                                            "Ukraine"],
         "We killed about 200 of them in one morning", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties have topped 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "two North Korean soldiers were captured alive by Ukrainian forces in Kursk on Jan. 9", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent around 11,000 troops to Russia last year", False),
    ],
    "012": [
        ("troops", NK, 12000, None, "up_to", ["Seoul", "South Korea"] + NIS,
         "Pyongyang sent as many as 12,000 soldiers last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more followed in January and February as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties had reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 killed", False),
        # the December figure, restated as the base of the rise
        ("casualties", NK, 1100, None, "about", JCS,
         "up from about 1,100 in the military's first estimate in December", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine lost more than 76,000 soldiers during its eight months in Kursk", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea",
                                               "Western officials"],
         "North Korea sent between 11,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russian border areas", False),
        # the builders now arriving: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS + U,
         "thousands are now thought to be in the region", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April assessment", False),
        # one engineer regiment, demining: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineer regiment had died during a 120-day mission", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers", "four brigades", "between Oct. 8 and 13", "four Russian navy transport ships",
            "11th Corps", "more than 13,000 containers", "KOSPI 2,593.12", "USD/KRW 1,368.50",
            "Four in 10 Koreans in their 30s", "Over 1,200 apply for 35 rookie police posts",
            "disciplines 38 conscripts", "1.2 trillion won"],
    "001": ["the roughly 100 U.S. soldiers who operate it", "Pyongyang intends to send 12,000 in all",
            "About 1,200 National Guard members from 7 states", "2:03 P.M. EDT", "Photo gallery (14 images)"],
    "002": ["an active-duty military of about 1.2 million", "several hundred square kilometers",
            "Russia says it shot down 83 Ukrainian drones overnight", "Dozens injured as Typhoon Kong-rey",
            "Spain flood death toll passes 150"],
    "004": ["6,914 views", "Russia's war losses top 700,000, General Staff says", "downs 51 of 82 Russian drones",
            "310K subscribers"],
    "005": ["Pyongyang intends to send around 12,000 soldiers in all", "around 600 square kilometres",
            "some 1,300", "5 min read", "1 in 3 residents have left their homes",
            "the army wants 160,000 new recruits by February", "Comments (41)"],
    "006": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "four days after",
            "1 in 4 Korean seniors now lives alone", "Tens of thousands rally in central Seoul",
            "Won slides past 1,450 per dollar", "20 cm overnight"],
    "007": ["nearly three times the estimate", "several hundred square kilometres", "around 40 percent",
            "5:05 pm"],
    "009": ["72 attack drones", "49 were shot down", "318 comments", "Jan. 1"],
    "010": ["paras 5-7", "aged 20", "the other, 26", "since 2016", "Zelensky says 2 N. Korean soldiers captured in Kursk",
            "0.8 pct", "One soldier about to be captured"],
    "012": ["Episode 214", "41 min", "(17:30)", "Seoul says North Korea may have sent 3,000 more troops to Russia",
            "Article 4", "2 months for $1", "1,832 ratings", "eight months"],
    "013": ["1,000 sappers", "5,000 military builders", "two officials familiar with the briefing",
            "Issue Brief No. 2025-41", "618 KB", "2,406 views", "since 1953", "more than tripled"],
}

OFF = ["003", "008", "011"]
DUP = {"014": "007"}

must = [
    ["002-1", "004-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4-5), five days apart"],
    ["005-1", "005-3", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, the same week"],
    ["006-1", "007-1", "casualties: about 1,100 (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
    ["009-1", "009-2", "within one live blog: JCS's about 1,100 killed or wounded against Zelensky's more than 3,000, the same day"],
]

may = []
def m(a, b, why):
    may.append([a, b, why])

FIRST = "the first group of 1,500 (Oct 18) against a later total, an additional force or a part"
PART = "a part of the whole (officers only, one battle, one unit) against another figure"
ADD = "an additional or separate force (reinforcements, builders) against a total"
YEAR = "a figure from 2024 against one from late 2025, a year apart (troops remaining, not sent)"
UPTO = "an upper bound ('as many as 12,000') that the other satisfies, though often read as an estimate"

troops = ["000-1", "001-1", "001-2", "002-1", "002-2", "004-1", "004-2", "005-1", "005-2", "005-3", "005-4",
          "006-5", "007-4", "010-5", "012-1", "012-2", "013-1", "013-2", "013-3"]
# the first group of 1,500, and the 500 officers: against every other troops figure
for first in ["000-1", "005-4"]:
    for x in troops:
        if x not in ("000-1", "005-4"):
            m(first, x, FIRST)
for x in troops:
    if x not in ("000-1", "005-4", "004-2"):
        m("004-2", x, PART)
# Pentagon's earlier 3,000 (Oct 23), restated as the base of a rising total
m("001-2", "001-1", "within one briefing: about 3,000 last week, up to about 10,000 now, a rising total")
for x in ["002-1", "002-2", "004-1", "005-1", "005-2", "005-3", "006-5", "007-4", "010-5", "012-1", "013-1", "013-2"]:
    m("001-2", x, "about 3,000 (Oct 23) against a later, larger total: a rising total, days to weeks apart")
m("001-2", "013-3", ADD)
# US 10,000 in Russia as a whole
for w in ["001-1", "002-2", "005-2"]:
    for x in ["002-1", "005-1"]:
        if not (w == "002-2" and x == "002-1") and not (w == "005-2" and x == "005-1"):
            m(w, x, "10,000 in all of Russia against 8,000 in Kursk: a whole against a part")
    for x in ["004-1", "005-3", "006-5", "010-5"]:
        if (w, x) != ("005-2", "005-3"):
            m(w, x, "10,000 in all of Russia (late October) against 11,000 (in Kursk, or sent by December): different scope, weeks apart")
    m(w, "013-1", "10,000 (October 2024) against 11,000-12,000 sent in all, months later")
    m(w, "012-1", UPTO)
    m(w, "012-2", ADD)
    m(w, "013-3", ADD)
m("002-2", "002-1", "within one article: 10,000 in Russia in all, of which 8,000 in Kursk: a whole against a part")
m("005-2", "005-1", "within one fact-check: the Pentagon's 10,000 for all of Russia against Blinken's 8,000 in Kursk: a whole against a part")
# Blinken's 8,000 in Kursk
m("002-1", "005-3", "Blinken's 8,000 against Zelensky's 11,000 again: a restatement of the must pair in a later article")
m("005-1", "004-1", "Blinken's 8,000 against Zelensky's 11,000 again: a restatement of the must pair in a later article")
for b in ["002-1", "005-1"]:
    for x in ["006-5", "007-4", "010-5"]:
        m(b, x, "8,000 in Kursk (Oct 31) against a total of 10,000-12,000 given weeks later")
    m(b, "012-1", UPTO)
    m(b, "012-2", ADD)
    m(b, "013-1", "8,000 in Kursk (Oct 2024) against 11,000-12,000 sent in all, stated a year later")
    m(b, "013-2", YEAR)
    m(b, "013-3", ADD)
# 11,000 figures
for e in ["004-1", "005-3", "006-5", "010-5"]:
    m(e, "012-1", UPTO)
    m(e, "012-2", ADD)
    m(e, "013-2", YEAR)
    m(e, "013-3", ADD)
m("005-3", "005-2", "within one fact-check: Zelensky's 11,000 in Kursk against the Pentagon's 10,000 for all of Russia, a week apart")
# the 10,000-12,000 range (December)
m("007-4", "012-1", UPTO)
m("007-4", "012-2", ADD)
m("007-4", "013-3", ADD)
# later articles
m("012-1", "012-2", "within one episode: as many as 12,000 sent in autumn against about 3,000 reinforcements")
m("012-1", "013-1", UPTO)
m("012-1", "013-2", YEAR)
m("012-1", "013-3", ADD)
m("012-2", "013-1", ADD)
m("012-2", "013-2", ADD)
m("012-2", "013-3", "3,000 reinforcements (early 2025) against thousands of builders (late 2025): two separate forces")
m("013-1", "013-2", "within one brief: 11,000-12,000 sent in 2024 against about 10,000 remaining in late 2025")
m("013-1", "013-3", ADD)
m("013-2", "013-3", "within one brief: troops remaining against a separate construction contingent")

# casualties
SEV = "the Pentagon's vague 'several hundred' (Dec 17) against a later, larger figure"
for x in ["006-1", "007-1", "009-1", "009-2", "010-3", "012-3", "012-5"]:
    m("006-4", x, SEV)
m("006-1", "009-2", "JCS's 1,100 against Zelensky's more than 3,000 again: a restatement of the must pair")
m("009-1", "007-1", "JCS's 1,100 against Zelensky's more than 3,000 again: a restatement of the must pair")
m("012-5", "007-1", "JCS's December 1,100, restated in May, against Zelensky's more than 3,000 of December")
m("012-5", "009-2", "JCS's December 1,100, restated in May, against Zelensky's more than 3,000 of December")
for x in ["006-1", "009-1", "012-5"]:
    m(x, "010-3", "about 1,100 (Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart: a rising total")
    m(x, "012-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart: a rising total")
# killed
for x in ["007-2", "009-3", "013-6"]:
    m("006-2", x, PART)
m("007-2", "009-3", "two parts: nearly 50 in three days (SSO) against about 200 in one morning (one drone unit)")
m("007-2", "013-6", "two parts, a year apart: one battle against one engineer regiment")
m("009-3", "013-6", "two parts, a year apart: one morning's fighting against one engineer regiment")
for p in ["007-2", "009-3", "013-6"]:
    for x in ["010-1", "012-4", "013-4", "013-5"]:
        m(p, x, PART)
m("010-1", "012-4", "about 300 killed (Jan) against about 600 (Apr), months apart: a rising total")
m("010-1", "013-4", "about 300 killed (Jan) against about 2,000 (Sep), months apart: a rising total")
m("010-1", "013-5", "about 300 killed (Jan) against the April figure of 600 restated in December")
m("012-4", "013-4", "about 600 killed (Apr) against about 2,000 (Sep): a rising total months apart")
m("013-4", "013-5", "within one brief: about 2,000 killed, up from roughly 600: an update, not a conflict")
# wounded
m("006-3", "007-3", PART)
m("006-3", "010-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), weeks apart: a rising total")
m("007-3", "010-2", PART)

seen = set()
for p in must + may:
    k = frozenset(p[:2])
    assert len(k) == 2 and k not in seen, p
    seen.add(k)

conflicts = {"must": must, "may": may}
goldlib.write(about, A, NOT, OFF, DUP, conflicts)
