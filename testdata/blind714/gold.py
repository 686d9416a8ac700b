#!/usr/bin/env python3
"""Gold labels for testdata/blind714 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind714/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea", "Seoul"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
US = ["United States", "U.S.", "US", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried about 1,500 North Korean special operations troops", False),
        # one special battalion only: a part of the whole
        ("troops", NK, 3000, None, "up_to", HUR,
         "a special \"Buryat battalion\" of up to 3,000 North Koreans", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House"] + US,
         "North Korea moved at least 3,000 soldiers into eastern Russia", False),
        # the second group: an addition to the first
        ("troops", NK, 1500, None, "about", PARK,
         "a second group of about 1,500 had followed the first", False),
        ("troops", NK, 3000, None, "about", PARK,
         "bringing the total to some 3,000", False),
    ],
    "003": [
        # in Kursk only
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department"] + US,
         "about 8,000 DPRK soldiers are in the Kursk region of Russia", False),
        # in Russia as a whole
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon"] + US,
         "the roughly 10,000 North Korean soldiers we believe have been sent to eastern Russia", False),
        ("casualties", RU, 600000, None, "about", ["Antony Blinken", "Blinken", "Secretary Blinken"] + US,
         "Russia has lost some 600,000 killed and wounded", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "Washington"],
         "Russia has gathered about 50,000 troops, North Koreans among them", False),
        ("troops", NK, 10000, 12000, "range", ["Han Ji-soo", "Yonsei University"],
         "the number sits somewhere between 10,000 and 12,000", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 of them have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to a thousand wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         "North Korean forces had suffered \"several hundred\" casualties", True),
        ("troops", NK, 11000, None, "about", U,
         "Pyongyang is believed to have sent around 11,000 soldiers to Russia since October", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has passed three thousand", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Some 1,100 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials"],
         "North Korea has sent 10,000-12,000 troops to Russia", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent roughly 11,000 soldiers to Russia last autumn", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put North Korean casualties at about 1,100", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the sum of the two, the agency's own count
        ("casualties", NK, 3000, None, "about", LEE + ["FactWatch Korea"],
         "That puts North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "012": [
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "More than 1,000 North Korean soldiers have been killed in the Kursk region.", False),
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 North Koreans had died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", ["SBU", "Ukraine's SBU security service", "Ukraine"] + U,
         "The two North Koreans captured in Kursk on Jan. 9", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops are still stationed in Russian border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "Some 5,000 military construction troops have been moving to Russia in stages", False),
        # deminers only: a part
        ("troops", NK, 1000, None, "about", NIS,
         "roughly 1,000 deminers already clearing mines in Kursk", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 of its soldiers had been killed by September", False),
        # the earlier figure, the base of the rise (restated in the timeline's Apr. 30 entry)
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 in April", False),
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special forces soldiers to the Russian Far East", False),
        ("troops", NK, 3000, None, "at_least", ["Washington", "United States", "U.S."],
         "Washington says at least 3,000", False),
        ("troops", NK, 10000, None, "about", ["Washington", "United States", "U.S."],
         "then about 10,000, North Korean soldiers are in Russia", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Zelensky announces the capture of two North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "About 3,000 reinforcements arrive", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS puts North Korean casualties at about 4,700", False),
        ("troops", NK, 14000, None, "about", ["Kwon Hye-rin", "Seoul Forum for Security Studies"] + U,
         "the roughly 14,000 soldiers Pyongyang has sent since October 2024", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "USD/KRW 1,368.50", "between Oct. 8 and 13", "four brigades",
            "some 12,000 soldiers in all", "11th Corps", "90-minute meeting", "Oct. 16",
            "30th straight week", "3 dead, 12 injured in Incheon warehouse fire", "10% of overseas staff",
            "11 hours"],
    "001": ["at least three Russian military training sites", "preparing 10,000 soldiers to send to the front",
            "for the first time in 24 years", "August 6", "several hundred square kilometres",
            "21:15 GMT"],
    "003": ["four principals", "four questions, two from each side", "the sixth 2+2", "more than 70 years",
            "thousands more could follow"],
    "004": ["AK-12 rifles and 60-mm mortars", "its fourth article", "around 600 square kilometres",
            "US election: 244 million Americans are eligible to vote", "Valencia floods: death toll rises to 217",
            "thousands protest against disputed election result", "Reading time 3 min."],
    "005": ["Episode 214", "52 min", "18.4K plays", "1,203 ratings", "10K? 12K? Counting the North Koreans",
            "20% off your first 3 months", "our 2,318 supporters", "Seoul's 155 mm question",
            "Ukraine says 1,500 Russian troops lost in a day", "the 465-seat question"],
    "006": ["Video 2:41", "Views 12,406", "Likes 318", "KOSPI 2,435.93", "USD/KRW 1,451.90",
            "Fed signals 2 cuts in 2025", "Organizers: 2 million rallied near National Assembly",
            "Seoul -7C", "N. Korean troops in Kursk suffer 'several hundred' casualties, Pentagon says (2:05)",
            "begins review with 6 justices"],
    "007": ["Views 9,870", "41 comments", "almost two hours", "Two people were injured",
            "downed 20 of 35 Russian drones", "14 more were lost to electronic warfare", "day 1,034",
            "772,880 personnel (+1,580 in 24 hours)",
            "Ukraine's SSO says it killed 50 North Korean soldiers in three days",
            "Russian missile strike on Kharkiv injures 7, including a child"],
    "008": ["Nikkei 225 39,161.34", "Dow 42,840.26", "USD/JPY 156.45", "170 mm self-propelled guns",
            "240 mm multiple rocket launchers", "world's No. 3 automaker",
            "Japan's births set to fall below 700,000 for first time"],
    "010": ["Shared 2.1K times", "shared more than 40,000 times", "6 min read", "three weeks earlier",
            "join 18,000 readers"],
    "012": ["Issue #87", "22,614 people read us every Friday", "more than three times apart",
            "less than a third of Kyiv's", "One, 20,", "the other, 26,", "1,458.7",
            "Kim's 10,000: who are the men Pyongyang sent to Kursk?", "Russia's war dead pass 90,000 names",
            "more than 1,100 of you did last week"],
    "014": ["No. 2025-31", "12 pages", "the first of a planned 12,000", "1,000 sappers and 5,000 military builders",
            "about one in seven", "Shoigu: 6,000 North Korean engineers to help rebuild Kursk",
            "Page 1 of 12"],
}

OFF = ["002", "009", "013"]
DUP = {"011": "001"}

# When each claim was made, and what it counts: the reasons of the `may` pairs below.
NOTE = {
    "000-1": "NIS's first group of about 1,500 (Oct 18, 2024)",
    "000-2": "HUR's 'Buryat battalion' of up to 3,000, one unit (Oct 2024)",
    "001-1": "Kirby's at least 3,000 in eastern Russia (Oct 23, 2024)",
    "001-2": "NIS's second group of about 1,500, an addition (Oct 23, 2024)",
    "001-3": "NIS's total of about 3,000 (Oct 23, 2024)",
    "003-1": "Blinken's about 8,000 in Kursk alone (Oct 31, 2024)",
    "003-2": "Austin's about 10,000 in all of Russia (Oct 31, 2024)",
    "004-1": "Zelensky's 11,000 in Kursk (Nov 4, 2024)",
    "005-2": "Han Ji-soo's 10,000-12,000 (Nov 13, 2024)",
    "006-4": "about 11,000 sent (Dec 19, 2024)",
    "008-2": "10,000-12,000 sent (Dec 23, 2024)",
    "010-1": "about 11,000 sent (Jan 14, 2025)",
    "014-1": "NIS's about 10,000 still stationed (Nov-Dec 2025)",
    "014-2": "NIS's some 5,000 construction troops, a separate contingent (autumn 2025)",
    "014-3": "NIS's roughly 1,000 deminers, a part (2025)",
    "014-6": "the first group of about 1,500 restated (Oct 18, 2024)",
    "014-7": "Washington's at least 3,000 restated (Oct 23, 2024)",
    "014-8": "Washington's about 10,000 restated (Oct 28, 2024)",
    "014-9": "Zelensky's 11,000 in Kursk restated (Nov 4, 2024)",
    "014-11": "about 3,000 reinforcements, an additional force (Jan-Feb 2025)",
    "014-13": "about 14,000 sent in all, the brief's total (Dec 2025)",
    "006-3": "Pentagon's several hundred casualties, vague (mid-Dec 2024)",
    "007-1": "Zelensky's more than 3,000 casualties (Dec 23, 2024)",
    "008-1": "JCS's about 1,100 casualties (Dec 23, 2024)",
    "010-2": "Zelensky's more than 3,000 casualties restated (Dec 23, 2024)",
    "010-3": "JCS's about 1,100 casualties restated (Dec 23, 2024)",
    "010-6": "NIS's about 3,000 casualties (Jan 13, 2025)",
    "014-12": "NIS's about 4,700 casualties (Apr 30, 2025)",
    "006-1": "NIS's at least 100 killed (Dec 19, 2024)",
    "010-4": "NIS's about 300 killed (Jan 13, 2025)",
    "012-1": "HUR's more than 1,000 killed (Jan 16, 2025)",
    "012-2": "NIS's about 300 killed restated (Jan 13, 2025)",
    "014-4": "NIS's about 2,000 killed (Sep 2025)",
    "014-5": "NIS's about 600 killed, the base of the rise (Apr 2025)",
    "006-2": "NIS's nearly 1,000 wounded (Dec 19, 2024)",
    "010-5": "NIS's about 2,700 wounded (Jan 13, 2025)",
    "012-3": "NIS's about 2,700 wounded restated (Jan 13, 2025)",
}

must = [
    ["003-1", "004-1", "North Koreans in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
    ["007-1", "008-1", "North Korean casualties: more than 3,000 (Zelensky) against about 1,100 (South Korea's JCS), the same day, Dec 23"],
    ["010-3", "010-2", "within one fact-check: JCS's about 1,100 against Zelensky's more than 3,000, both of Dec 23, set against each other"],
    ["010-4", "012-1", "North Korean killed: about 300 (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 (HUR's Yusov, Jan 16), three days apart"],
    ["012-2", "012-1", "within one newsletter: NIS's roughly 300 dead against HUR's more than 1,000, the same week"],
]


def span(c):
    """The values a claim allows: (low, high, low open, high open)."""
    v, vmax, q = c[2], c[3], c[4]
    inf = float("inf")
    return {"exact": (v, v, False, False), "about": (v, v, False, False),
            "more_than": (v, inf, True, True), "at_least": (v, inf, False, True),
            "less_than": (0, v, False, True), "at_most": (0, v, False, False), "up_to": (0, v, False, False),
            "range": (v, vmax, False, False), "vague": (v, vmax, False, False)}[q]


def compatible(a, b):
    """Neither a conflict nor arguable: equal values, or one value inside the other's bound or range.
    Bounds that only touch (up to 3,000 against at least 3,000) are left arguable."""
    (alo, ahi, alo_o, ahi_o), (blo, bhi, blo_o, bhi_o) = span(a), span(b)
    if alo == ahi and blo == bhi:
        return alo == blo
    if alo == ahi:
        return (blo < alo or (blo == alo and not blo_o)) and (alo < bhi or (alo == bhi and not bhi_o))
    if blo == bhi:
        return compatible(b, a)
    return max(alo, blo) < min(ahi, bhi)


def may_pairs():
    """Every other pair of the same metric and subject whose values are not plainly compatible: months
    apart, first groups against totals, additional or separate forces, parts against wholes, rising
    totals, and later restatements of a must pair."""
    claims = [("%s-%d" % (aid, n), c) for aid in sorted(A) for n, c in enumerate(A[aid], 1)]
    done = {frozenset(p[:2]) for p in must}
    out = []
    for i, (ida, a) in enumerate(claims):
        for idb, b in claims[i + 1:]:
            if (a[0], a[1]) != (b[0], b[1]) or frozenset((ida, idb)) in done or compatible(a, b):
                continue
            out.append([ida, idb, "%s against %s" % (NOTE[ida], NOTE[idb])])
    return out


conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
