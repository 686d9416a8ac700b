#!/usr/bin/env python3
"""Gold labels for testdata/blind741 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind741/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine's president", "Ukraine", "Kyiv"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US",
           "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US", "Washington"]
PENT = ["Pentagon", "US Defense Department", "United States", "U.S.", "US", "Washington", "US official"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
HUR = ["HUR", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "Kyiv", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"]
USOFF = ["American officials", "US officials", "U.S. officials", "New York Times", "United States", "US", "Washington"]
RUMOD = ["Russia's defence ministry", "Russian Defence Ministry", "Russian Ministry of Defense", "Russia", "Moscow"]
GER = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia", "Moscow"]
KCNA = ["state media", "Korean Central News Agency", "KCNA", "North Korea", "Pyongyang", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special operations soldiers was moved to the Russian Far East last week", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "about 10,000 North Korean troops in total have been sent to eastern Russia", False),
        # the earlier count, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", PENT + ["Lloyd Austin", "Austin"],
         "up from the roughly 3,000 the Pentagon counted only a week ago", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL + ["head of state"],
         "North Korean troops in Russia's Kursk region now number eleven thousand", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region.", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "US Secretary of State Antony Blinken said about 8,000 North Korean troops had reached the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Koreans were being trained at five bases in Russia's Far East", False),
        ("troops", NK, 10000, None, "about", PENT + ["US official"],
         "the Pentagon's count for the whole of Russia, about 10,000 at the end of October", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has concentrated some 50,000 of its own troops around the Ukrainian-held salient", False),
        ("troops", NK, 2000, 9000, "vague", ["Le Monde", "Les Décodeurs"] + U,
         "several thousand North Korean soldiers are now close to the front line", True),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers sent to Russia have been killed in fighting against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the Pentagon said North Korean troops in Kursk had suffered \"several hundred\" killed and wounded", True),
        # one unit, three days: parts of the whole
        ("killed", NK, 50, None, "exact", SSO,
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded 47 in three days of fighting in the Kursk region", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "It puts the toll at around 1,100 killed or wounded.", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Volodymyr Zelensky says more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the figure at about 1,100 killed and wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the Pentagon spoke only of \"several hundred\" North Korean troops killed and wounded", True),
        ("casualties", UA, 47000, None, "more_than", RUMOD,
         "Ukraine's losses in the Kursk region since August have exceeded 47,000 servicemen", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", U,
         "North Korea is believed to have sent between 11,000 and 12,000 soldiers to Russia in October and November", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties have topped 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 who died", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "the North had also sent roughly 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Gerasimov said Ukraine's losses in the Kursk operation exceeded 76,000 troops", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 of them remain deployed near Russia's border with Ukraine", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces have been shipped to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky says 11,000 North Korean soldiers are already in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Zelensky announces the capture of two North Korean soldiers", False),
        ("killed", NK, 2000, None, "about", NIS,
         "The NIS raises its estimate of North Korean soldiers killed to about 2,000", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "exact", NIS,
         "from 600 in the spring", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "state media say nine of its soldiers died clearing mines", False),
        # builders and deminers: a separate, additional contingent
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands more have arrived since the summer", True),
    ],
}

NOT = {
    "000": ["a force of around 12,000 men", "40,000 to 60,000", "preparing to send 10,000 soldiers to the Russian army",
            "an estimated 8 million artillery shells", "four times between Oct. 8 and 13", "11th Corps",
            "1.07 million people", "Record 25,000 runners", "Three in 10 young adults", "2 inter-Korean roads",
            "below 60,000 won", "30th straight week", "KOSPI 2,593.86", "4 min read", "Comments 214"],
    "001": ["flew for 86 minutes", "several hundred square kilometers", "83 Ukrainian drones", "155 mm shells",
            "on Aug. 6", "lasts 86 minutes"],
    "003": ["Views: 2,986", "810th Separate Marine Brigade", "1,240 invaders", "19 artillery systems",
            "87 times in one day", "August 6, 2024"],
    "004": ["some 12,000 men in all by December", "at five bases", "about 600 square kilometers", "roughly 1,300",
            "between 8,000 and 11,000", "the last 2,000 residents", "5 questions", "Comments (48)",
            "Reading time 5 min.", "only four days apart"],
    "005": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "paras 5-7", "on Dec. 27",
            "tops 15 mln", "3 dead, 12 injured", "1,450 per dollar"],
    "006": ["Hits 1,877", "Listen 03:12", "2.9 MB", "KOSPI 2,442.01", "-6°C", "Police question 3 army commanders",
            "300,000 visitors"],
    "007": ["1,034 days", "more than 25,000 members", "Russia has lost 772,720 troops in Ukraine since Feb. 24, 2022",
            "kills 1, injures 11", "about 1,300 square kilometers", "for the third year", "3 min read"],
    "008": ["59 Ukrainian drones", "31 of them", "14 regions", "roughly three to one", "Comments (1,208)",
            "death toll rises to five with more than 200 injured", "£4.6bn", "7 January"],
    "011": ["born in 2005", "the other in 1999", "mobilize 3,000 officers", "40 percent drop", "Three months after",
            "on Jan. 12", "KOSPI 2,497.42"],
    "012": ["record 898,000", "25% duty", "2-plus-2"],
    "014": ["1,000 sappers and 5,000 military builders", "a 120-day demining mission", "2,314 ratings",
            "The 1,200 Ukrainian prisoners", "40% of Japan's rice", "3 months free", "Episode 143", "38 min",
            "thousands of men who know what a drone war looks like", "$4 every four weeks"],
}

OFF = ["002", "009", "013"]
DUP = {"010": "005"}

FG = "the first group of 1,500 (Oct 18, 2024) against a later, larger count"
ADD = "an additional or separate force (reinforcements, builders and deminers) against a count of the main contingent"
YR = "counts a year or more apart: the 2024 contingent against the force remaining in late 2025"
KR = "North Koreans in Kursk against the count for the whole of Russia: a part against the whole, days apart"
RS = "a later restatement of the Blinken 8,000 / Zelensky 11,000 disagreement already told once"
VG = "a vague count (several thousand / thousands, optional) against a precise figure"
conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean troops in the Kursk region (Blinken, Oct 31) against 11,000 in the "
                           "same region (Zelensky, Nov 4), four days apart: the first articles carrying each"],
        ["004-2", "004-1", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
                           "four days apart, set against each other as irreconcilable"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "(Zelensky, Dec 23), the same day: the first articles carrying each"],
        ["008-2", "008-1", "within one live blog: JCS about 1,100 killed and wounded against Zelensky's more than 3,000, "
                           "the same day, set against each other as two very different tolls"],
    ],
    "may": [
        # troops: the first group of 1,500 against later totals
        ["000-1", "001-1", FG], ["000-1", "001-2", FG], ["000-1", "001-3", FG], ["000-1", "003-1", FG],
        ["000-1", "004-1", FG], ["000-1", "004-2", FG], ["000-1", "004-4", FG], ["000-1", "004-6", FG + " (vague)"],
        ["000-1", "011-1", FG], ["000-1", "012-3", FG + "; reinforcements months later"],
        ["000-1", "014-1", YR], ["000-1", "014-3", FG], ["000-1", "014-8", FG + "; builders a year later"],
        ["014-2", "014-1", "timeline: the first group of 1,500 (Oct 2024) against about 10,000 remaining (Dec 2025)"],
        ["014-2", "014-3", "timeline: the first group of 1,500 (Oct 18) against 11,000 in Kursk (Nov 4)"],
        ["014-2", "014-8", "timeline: the first group of 1,500 against thousands of builders a year later (vague)"],
        ["014-2", "001-1", FG], ["014-2", "001-2", FG], ["014-2", "001-3", FG], ["014-2", "003-1", FG],
        ["014-2", "004-1", FG], ["014-2", "004-2", FG], ["014-2", "004-4", FG], ["014-2", "004-6", FG + " (vague)"],
        ["014-2", "011-1", FG], ["014-2", "012-3", FG + "; reinforcements months later"],
        # troops: Oct-Nov 2024, the rising count, Kursk against all of Russia
        ["001-1", "001-2", "about 8,000 in Kursk against about 10,000 in all of Russia, in one article: a part against the whole"],
        ["001-1", "001-3", "8,000 in Kursk (Oct 31) against the 3,000 counted a week earlier: an update of a rising total"],
        ["001-2", "001-3", "about 10,000 (Oct 31) up from about 3,000 a week earlier: an update of a rising total"],
        ["001-3", "003-1", "3,000 in Russia (Oct 23-24) against 11,000 in Kursk (Nov 4): a rising total, two weeks apart"],
        ["001-3", "004-1", "3,000 in Russia (Oct 23-24) against 11,000 in Kursk (Nov 4): a rising total"],
        ["001-3", "004-2", "3,000 in Russia (Oct 23-24) against 8,000 in Kursk (Oct 31): a rising total"],
        ["001-3", "004-4", "3,000 (Oct 23-24) against about 10,000 (end of October): a rising total"],
        ["001-3", "011-1", "3,000 (Oct 23-24) against 11,000-12,000 sent in all by November: a rising total"],
        ["001-3", "014-1", YR], ["001-3", "014-3", "3,000 (Oct 23-24) against 11,000 (Nov 4): a rising total"],
        ["001-2", "003-1", KR], ["001-2", "004-1", KR], ["001-2", "004-2", KR], ["001-2", "014-3", KR],
        ["004-4", "003-1", KR], ["004-4", "004-1", KR + ", in one article"], ["004-4", "004-2", KR + ", in one article"],
        ["004-4", "001-1", KR], ["004-4", "014-3", KR],
        ["001-1", "004-1", RS], ["003-1", "004-2", RS], ["001-1", "014-3", RS], ["004-2", "014-3", RS],
        ["001-1", "011-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent to Russia by November (Jan report)"],
        ["004-2", "011-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent to Russia by November (Jan report)"],
        ["001-2", "011-1", "about 10,000 (Oct 31) against 11,000-12,000 sent by November: a rising total"],
        ["004-4", "011-1", "about 10,000 (end of October) against 11,000-12,000 sent by November: a rising total"],
        # troops: vague counts
        ["004-6", "001-2", VG], ["004-6", "003-1", VG], ["004-6", "004-1", VG + ", in one article"],
        ["004-6", "004-4", VG + ", in one article"], ["004-6", "011-1", VG], ["004-6", "014-1", VG + ", a year apart"],
        ["004-6", "014-3", VG],
        ["014-8", "001-2", ADD + " (vague)"], ["014-8", "003-1", ADD + " (vague)"], ["014-8", "004-1", ADD + " (vague)"],
        ["014-8", "004-4", ADD + " (vague)"], ["014-8", "011-1", ADD + " (vague)"],
        ["014-8", "014-1", "in one article: thousands more builders and deminers (vague) against about 10,000 remaining"],
        ["014-8", "014-3", ADD + " (vague), a year apart"],
        # troops: reinforcements
        ["012-3", "001-1", ADD], ["012-3", "001-2", ADD], ["012-3", "003-1", ADD], ["012-3", "004-1", ADD],
        ["012-3", "004-2", ADD], ["012-3", "004-4", ADD], ["012-3", "011-1", ADD], ["012-3", "014-1", ADD],
        ["012-3", "014-3", ADD],
        # troops: the 2024 contingent against those remaining in late 2025
        ["014-1", "001-1", YR], ["014-1", "003-1", YR], ["014-1", "004-1", YR], ["014-1", "004-2", YR],
        ["014-1", "011-1", YR], ["014-1", "014-3", YR + ", in one timeline"],
        # casualties: the Pentagon's vague several hundred
        ["005-3", "006-1", "several hundred (Pentagon, Dec 16-17, vague) against about 1,100 (JCS, Dec 23)"],
        ["005-3", "007-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Zelensky, Dec 23)"],
        ["005-3", "008-1", "several hundred (Pentagon, vague) against more than 3,000 (Zelensky), a week apart"],
        ["005-3", "008-2", "several hundred (Pentagon, vague) against about 1,100 (JCS), a week apart"],
        ["005-3", "011-4", "several hundred (mid-December, vague) against more than 3,000 (Jan 13): a rising total"],
        ["005-3", "012-1", "several hundred (December, vague) against about 4,700 (April): months apart"],
        ["008-3", "006-1", "several hundred (Pentagon, a week earlier, vague) against about 1,100 (JCS)"],
        ["008-3", "007-1", "several hundred (Pentagon, a week earlier, vague) against more than 3,000 (Zelensky)"],
        ["008-3", "008-1", "in one live blog: several hundred (Pentagon, a week earlier, vague) against more than 3,000"],
        ["008-3", "008-2", "in one live blog: several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["008-3", "011-4", "several hundred (mid-December, vague) against more than 3,000 (Jan 13): a rising total"],
        ["008-3", "012-1", "several hundred (December, vague) against about 4,700 (April): months apart"],
        # casualties: restatements and rising totals
        ["006-1", "008-1", "a later restatement of the JCS 1,100 / Zelensky 3,000 disagreement already told once"],
        ["007-1", "008-2", "a later restatement of the JCS 1,100 / Zelensky 3,000 disagreement already told once"],
        ["006-1", "011-4", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart: a rising total"],
        ["008-2", "011-4", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart: a rising total"],
        ["006-1", "012-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["008-2", "012-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        # killed: parts and rising totals
        ["005-1", "005-4", "at least 100 killed in all against 50 killed by one unit in three days: a part against the whole"],
        ["005-1", "014-7", "at least 100 killed in all (Dec 2024) against nine engineers killed clearing mines (2025): a part"],
        ["005-4", "011-2", "50 killed by one unit in three days against about 300 in all: a part against the whole"],
        ["005-4", "012-2", "50 killed in one battle against about 600 in all: a part against the whole"],
        ["005-4", "014-5", "50 killed in one battle against about 2,000 in all: a part against the whole"],
        ["005-4", "014-6", "50 killed in one battle against 600 in all: a part against the whole"],
        ["005-4", "014-7", "two parts: 50 killed in one battle (2024) against nine engineers killed demining (2025)"],
        ["011-2", "012-2", "about 300 (Jan) against about 600 (Apr): months apart, a rising total"],
        ["011-2", "014-5", "about 300 (Jan) against about 2,000 (Sep): months apart, a rising total"],
        ["011-2", "014-6", "about 300 (Jan) against the spring figure of 600 restated in December"],
        ["011-2", "014-7", "about 300 in all (Jan) against nine engineers killed demining later in 2025: a part"],
        ["012-2", "014-5", "about 600 (Apr) against about 2,000 (Sep): months apart, a rising total"],
        ["012-2", "014-7", "about 600 in all against nine engineers killed demining: a part against the whole"],
        ["014-6", "014-5", "in one article: about 2,000 killed (Sep) up from 600 in the spring: an update, not a conflict"],
        ["014-7", "014-5", "in one article: nine engineers killed demining against about 2,000 killed in all: a part"],
        ["014-7", "014-6", "in one article: nine engineers killed demining against 600 killed by spring: a part"],
        # wounded: parts and rising totals
        ["005-2", "005-5", "nearly 1,000 wounded in all against 47 wounded by one unit in three days: a part"],
        ["005-2", "011-3", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), both from the NIS, "
                           "three and a half weeks apart: a rising total"],
        ["005-5", "011-3", "47 wounded by one unit in three days against about 2,700 in all: a part against the whole"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
