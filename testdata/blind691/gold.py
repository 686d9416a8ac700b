#!/usr/bin/env python3
"""Gold labels for testdata/blind691 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind691/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea",
       "South Korean intelligence", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department", "United States", "U.S."]
PENTAGON = ["Pentagon", "U.S. defense official", "U.S. officials", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 troops from the North's special operations forces", False),
    ],
    "001": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "some of the roughly 11,000 North Korean troops in Russia have now been sent into frontline fighting", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON + ["senior U.S. defense official", "Washington"],
         "several hundred North Korean troops had been killed or wounded", True),
    ],
    "003": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "there are now roughly 10,000 North Korean soldiers in Russia", False),
        # in Kursk only: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved into the Kursk Oblast", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have now been killed or wounded in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["Western officials", "the West"],
         "Western officials put the North Korean contingent at somewhere between 11,000 and 12,000 troops", False),
    ],
    "005": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh"] + PENTAGON,
         "roughly 10,000 North Korean soldiers are in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", ["White House", "John Kirby", "Kirby", "National Security Council",
                                             "United States", "U.S."],
         "up from the 3,000 or so North Korean soldiers that the White House said last Wednesday had arrived in eastern Russia", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. estimates", "United States", "U.S.", "U.S. officials"],
         "Russia has suffered more than 600,000 killed and wounded in the war, according to U.S. estimates", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers sent to fight for Russia have suffered some 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", ["Seoul and Washington", "South Korea", "United States", "Seoul", "Washington"],
         "North Korea has deployed around 11,000 troops to Russia since October", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 others wounded", False),
    ],
    "008": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 7000, None, "more_than", HUR,
         "more than 7,000 North Korean soldiers had been moved to Russian regions bordering Ukraine", False),
    ],
    "009": [
        ("casualties", UA, 48000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry",
                                                      "Russian Ministry of Defence", "Russia"],
         "Ukraine has lost more than 48,000 troops in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "More than 1,000 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 2000, 9000, "vague", ["Andriy Yusov", "Yusov"] + HUR,
         "the wounded run to several thousand", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured by Ukrainian forces", False),
    ],
    "011": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in Russia's war against Ukraine have topped 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", LEE + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "two North Korean soldiers were taken alive by Ukrainian forces on Jan. 9", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is estimated to have dispatched some 11,000 soldiers to Russia since October", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "South Korea's intelligence service now estimates about 4,700 North Korean casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces has moved to Russia's Far East", False),
        ("troops", NK, 11000, 12000, "range", ["U.S., South Korean and Ukrainian estimates", "United States", "U.S.",
                                               "South Korea", "Ukraine"],
         "U.S., South Korean and Ukrainian estimates converge on 11,000-12,000 troops deployed", False),
        ("troops", RU, 50000, None, "about", ["U.S. officials", "United States", "U.S."],
         "Russia has massed about 50,000 of its own troops", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "puts North Korean casualties at around 1,100", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has captured two North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + JCS,
         "roughly 3,000 more troops have been sent as reinforcements", False),
        # the January figure, quoted as the base of the rise: an update
        ("casualties", NK, 3000, None, "more_than", NIS,
         "up from the just over 3,000 that the agency reported in January", False),
        # the author's own total of both waves
        ("troops", NK, 14000, None, "about", ["Park Min-seo", "Asan Institute", "the author", "unattributed"],
         "bring the total that Pyongyang has sent to Russia to roughly 14,000", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea",
                                          "Kim Jong Un"],
         "honored the nine sappers who died during the deployment", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "the first of roughly 5,000 military construction workers began crossing into Russia in September", False),
        ("troops", NK, 10000, None, "about", NIS,
         "The North still keeps about 10,000 soldiers in Russia's border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers had died in the Kursk fighting", False),
    ],
}

NOT = {
    "000": ["between October 8 and 13", "four brigades", "around 12,000 soldiers, in total",
            "preparing to send up to 10,000 soldiers", "some 1.2 million men and women in uniform",
            "about 150 kilometres (93 miles)", "1950-53", "Photo 1 of 4",
            "Ukraine says 18 North Korean soldiers fled their posts near the Russian border",
            "Russian glide bombs kill 3 in Kharkiv", "0.17 percent at 2,593.82"],
    "001": ["Issue No. 312", "5-minute read", "three days after", "since 1953", "six opposition-sponsored bills",
            "Dec. 14", "1,450 per dollar", "1,451.9", "1.95 percent to 2,435.93", "more than 250 aircraft",
            "66 booths", "Join 48,000 readers"],
    "003": ["sixth meeting", "71 years since the Mutual Defense Treaty", "28,500 American service members",
            "as many as 12,000 could eventually be sent", "four questions, two from each side", "2:58 p.m. EDT"],
    "004": ["Running time 28:30", "DAX 19,848.77 -0.2%", "Brent $72.60",
            "has risen to five", "more than 200 people injured", "a 50-year-old doctor", "two weeks after",
            "15-minute special"],
    "005": ["more than triples", "5 min read", "Comments 1,284", "as many as 12,000 troops in all",
            "Kim Jong Un, 40", "twice since September 2023", "7 battleground states with 8 days to go",
            "Hurricane Helene death toll passes 230", "A 4.1 magnitude quake"],
    "007": ["paras 5-7", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "four days after",
            "Nearly 1,000 N. Korean soldiers wounded in Russia, at least 100 dead: NIS", "15-yr low",
            "Police estimate 28,000", "93 countries", "up 40 pct"],
    "008": ["3 min read", "60 mm mortars", "Aug. 6", "some 1,300 square kilometers", "around 100 settlements",
            "Russia has lost 701,740 troops in Ukraine since Feb. 24, 2022", "more than 15,000 members"],
    "009": ["'100-year partnership'", "at least £3bn a year", "more than three times the South Korean one",
            "Comments (1,047)", "death toll rises to 25", "The 20 best new novels"],
    "011": ["Seoul -4°C", "KOSPI 2,489 (-1.0%)", "USD/KRW 1,470", "born in 2005", "in 1999",
            "N. Korean dead and wounded pass 3K, Kyiv says", "all 179 victims", "3,000 police", "1,470.8",
            "20% of population"],
    "012": ["No. 2025-11", "412 KB", "7 pages", "Views 2,318", "six months of official denial", "Article 4",
            "one in three", "ISSN 2288-2383"],
    "014": ["1,000 sappers and 5,000 military builders", "more than tripled", "4 min read",
            "Nikkei 225 50,581.94", "KOSPI 4,090.59", "2 million rubles ($25,000)", "below 700,000",
            "5.9% in November", "$912m in five U.S. plants"],
}

OFF = ["002", "006", "010"]
DUP = {"013": "007"}

ADD = "an additional or separate force against a total"
FIRST = "the first group of 1,500 (Oct 2024) against a later total"
LATER = "totals weeks or months apart: the deployment grew, then shrank"
conflicts = {
    "must": [
        ["003-2", "008-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), four days apart"],
        ["007-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["009-2", "009-4", "within one live blog: about 300 North Korean dead (NIS, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16)"],
        ["011-2", "009-4", "about 300 North Korean dead (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR, Jan 16), three days apart"],
    ],
    "may": [],
}
may = conflicts["may"]

# troops, north_korea
T_FIRST = ["000-1", "012-3"]
T_TOTAL_2024 = ["001-3", "003-1", "004-2", "005-1", "007-2", "008-1", "011-5", "012-4"]
for a in T_FIRST:
    for b in T_TOTAL_2024 + ["003-2", "008-2", "005-2", "012-10", "014-3"]:
        may.append([a, b, FIRST])
    for b in ["012-8", "014-2"]:
        may.append([a, b, ADD])
may += [
    ["005-2", "005-1", "within one article: 3,000 (White House, Oct 23) restated as the base of the rise to about 10,000 (Oct 28)"],
    ["005-2", "003-1", "3,000 (Oct 23) against about 10,000 (Oct 31), a rising total a week apart"],
    ["005-2", "003-2", "3,000 in eastern Russia (Oct 23) against about 8,000 in Kursk (Oct 31), a rising total"],
    ["005-2", "008-1", "3,000 (Oct 23) against 11,000 (Nov 4), a rising total"],
    ["005-2", "008-2", "3,000 (Oct 23) against more than 7,000 (Oct 31), a rising total"],
    ["003-1", "003-2", "within one transcript: about 8,000 in Kursk is a part of the 10,000 in Russia"],
    ["005-1", "003-2", "about 10,000 in Russia (Oct 28) against about 8,000 of them in Kursk (Oct 31), whole against part"],
    ["003-1", "008-1", "about 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): close, 'about'"],
    ["005-1", "008-1", "about 10,000 (Oct 28) against 11,000 (Nov 4): close, 'about', a week apart"],
    ["003-1", "008-2", "about 10,000 against more than 7,000: a bound the other satisfies"],
    ["005-1", "008-2", "about 10,000 against more than 7,000: a bound the other satisfies"],
    ["003-2", "008-2", "about 8,000 in Kursk against more than 7,000 near Ukraine: a bound the other satisfies"],
    ["008-1", "008-2", "within one article: 11,000 (Nov 4) against more than 7,000 (Oct 31), a bound the other satisfies"],
]
for a in ["003-2", "008-2", "005-2"]:
    for b in ["001-3", "004-2", "007-2", "011-5", "012-4"]:
        may.append([a, b, "an October figure against the December-January total, weeks to months apart"])
for a in ["003-1", "005-1"]:
    for b in ["001-3", "004-2", "007-2", "011-5", "012-4", "008-1"]:
        if [a, b] not in [[x[0], x[1]] for x in may]:
            may.append([a, b, "about 10,000 (late Oct) against about 11,000 or 11,000-12,000 weeks later: close, a rising total"])
for a in ["001-3", "007-2", "008-1", "011-5"]:
    for b in ["004-2", "012-4"]:
        may.append([a, b, "11,000 against 11,000-12,000: the range holds it"])
# reinforcements, the 14,000 total of both waves, the builders, the 10,000 remaining in Dec 2025
for a in T_TOTAL_2024 + ["003-2", "008-2", "005-2"]:
    for b in ["012-8", "014-2"]:
        may.append([a, b, ADD])
    may.append([a, "012-10", "a first-wave total against the total of both waves (with reinforcements)"])
    may.append([a, "014-3", "a 2024 total against about 10,000 remaining in Dec 2025, a year apart"])
may += [
    ["012-8", "012-10", "within one brief: 3,000 reinforcements against the 14,000 total of both waves"],
    ["012-8", "014-2", "3,000 reinforcements (early 2025) against 5,000 builders (autumn 2025), separate forces"],
    ["012-8", "014-3", ADD],
    ["012-10", "014-2", ADD],
    ["012-10", "014-3", "14,000 sent in all (May 2025) against about 10,000 remaining (Dec 2025)"],
    ["014-2", "014-3", "within one article: a separate construction contingent against the troops remaining"],
]

# casualties, north_korea
may += [
    ["001-4", "007-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (JCS, Dec 23), a week apart"],
    ["001-4", "004-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Zelensky, Dec 23)"],
    ["001-4", "011-1", "several hundred (Dec 16) against more than 3,000 (Jan 13), a rising total"],
    ["001-4", "012-6", "several hundred (Dec 16) against about 1,100 (Dec 23) as restated in May"],
    ["001-4", "012-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
    ["001-4", "012-9", "several hundred (Dec 16) against just over 3,000 (Jan), a rising total"],
    ["004-1", "012-6", "more than 3,000 (Zelensky, Dec 23) against JCS's 1,100 of the same day, restated in a May brief: a repeat of the must pair"],
    ["004-1", "012-1", "more than 3,000 (Dec 2024) against about 4,700 (Apr 2025): a bound the other satisfies, months apart"],
    ["007-1", "011-1", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart, a rising total"],
    ["007-1", "012-9", "about 1,100 (Dec 23) against just over 3,000 (Jan), a rising total"],
    ["007-1", "012-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
    ["011-1", "012-6", "more than 3,000 (Jan 13) against about 1,100 (Dec 23), a rising total"],
    ["011-1", "012-1", "more than 3,000 (Jan) against about 4,700 (Apr), a rising total"],
    ["012-6", "012-1", "within one brief: about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a timeline"],
    ["012-6", "012-9", "within one brief: about 1,100 (Dec 2024) against just over 3,000 (Jan 2025), a timeline"],
    ["012-9", "012-1", "within one brief: about 4,700, up from just over 3,000, an update"],
]

# killed, north_korea
K_DEC = ["001-1", "007-3"]
for a in K_DEC:
    for b in ["009-2", "011-2", "009-4", "012-2", "014-4"]:
        may.append([a, b, "at least 100 (Dec 19) against a later, larger death toll: a bound the other satisfies, a rising total"])
    may.append([a, "014-1", "at least 100 (Dec 2024) against nine engineers killed clearing mines (2025), a part"])
for a in ["009-2", "011-2", "009-4"]:
    may.append([a, "012-2", "a January death toll against about 600 (Apr 2025), months apart"])
    may.append([a, "014-4", "a January death toll against about 2,000 (Sep 2025), months apart"])
    may.append([a, "014-1", "a death toll of the fighting against nine engineers killed clearing mines, a part"])
may += [
    ["012-2", "014-4", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
    ["012-2", "014-1", "about 600 killed in the fighting against nine engineers killed clearing mines, a part"],
    ["014-1", "014-4", "within one article: nine engineers of one regiment against the 2,000 dead of the fighting, a part"],
]

# wounded, north_korea
for a in ["001-2", "007-4"]:
    for b in ["009-3", "011-3", "009-5"]:
        may.append([a, b, "nearly 1,000 (Dec 19) against 2,700 or several thousand (mid-Jan), a rising total"])
may += [
    ["009-3", "009-5", "within one live blog: roughly 2,700 (NIS) against several thousand (HUR, vague): the range holds it"],
    ["011-3", "009-5", "about 2,700 (NIS) against several thousand (HUR, vague): the range holds it"],
]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
