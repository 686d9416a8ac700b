#!/usr/bin/env python3
"""Gold labels for testdata/blind694 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind694/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Ukraine's military intelligence", "military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
PENT = ["Pentagon", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "United States", "U.S.", "US"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korean state media", "North Korea", "Kim Jong Un"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        # a first group: part of the planned whole
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces soldiers was carried from ports near Chongjin and Hamhung to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers are in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "Our count of North Korean troops inside Russia now stands at about 10,000", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", AUSTIN + ["John Kirby", "White House"],
         "up from the roughly 3,000 we described a week ago", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "We see 11,000 North Korean soldiers in the Kursk region already", False),
        # generals only: a part of the whole
        ("troops", NK, 3, None, "exact", HUR,
         "The contingent includes three North Korean generals", False),
    ],
    "004": [
        ("troops", NK, 10000, 12000, "range", NIS,
         "between 10,000 and 12,000 have been sent to Russia in all", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken put the number in Russia's Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Kyiv"],
         "eleven thousand North Korean soldiers in Kursk, according to Ukrainian President Volodymyr Zelensky", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "U.S.", "US",
                                              "The New York Times", "New York Times"],
         "Russia has massed some 50,000 of its own troops", False),
    ],
    "005": [
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
        # three villages over two days: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in assaults around the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have died in combat", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "An estimated 11,000 North Korean soldiers are now deployed in the Kursk region", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded since they joined combat", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky said that more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put North Korean casualties at about 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the Pentagon spoke only of \"several hundred\" killed and wounded", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", NIS,
         "ABOUT 4,700 N. KOREAN SOLDIERS KILLED OR WOUNDED SINCE DEPLOYMENT TO RUSSIA", False),
        ("killed", NK, 600, None, "about", NIS,
         "AROUND 600 OF THEM DEAD, NIS SAYS", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "SOME 3,000 MORE N. KOREAN TROOPS SENT AS REINFORCEMENTS IN JAN.-FEB.", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "UKRAINIAN LOSSES IN KURSK OPERATION TOPPED 76,000", False),
    ],
    "014": [
        ("troops", NK, 2000, 9000, "vague", U,
         "thousands of North Korean soldiers were sent into the fight for Russia's Kursk region", True),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russia's border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS's September estimate of North Korean dead stood at about 2,000", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "its April count of some 600", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "state media said nine of its soldiers had died there", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "about 5,000 military construction troops have been moving to Russia in stages since September", False),
        ("captured", NK, 2, None, "exact", U,
         "the two North Korean soldiers Ukraine captured in January", False),
    ],
}

NOT = {
    "000": ["Views 21,407", "Reading time 4 min", "between Oct. 8 and 13", "as many as 12,000 soldiers in all",
            "four brigades", "Oct. 16", "11th Corps", "a standing army of about 1.2 million", "1950-53 Korean War",
            "3 dead, 12 hurt in Incheon logistics warehouse fire", "Police detain 2 suspects in deepfake ring with 1,200 victims",
            "Samsung shares slide 4%", "30th straight week", "Won falls to 1,370 per dollar"],
    "001": ["October 31, 2024", "3:47 p.m. EDT", "our sixth 2+2 ministerial meeting",
            "the roughly 28,500 American troops stationed in Korea", "4:21 p.m. EDT"],
    "003": ["60mm mortars", "Aug. 6", "several hundred square kilometers", "for three months",
            "Join 17,500 members", "Russian attack on Kharkiv injures 11, including 2 children",
            "downs 24 of 31 Shahed drones", "3 min read", "since 2022"],
    "004": ["6 min read", "11th Corps", "Four days later", "tens of thousands more soldiers",
            "a Russian glide bomb kills 7 and wounds 18", "244 million Americans were eligible to vote",
            "one in five soldiers in the east is over 45"],
    "005": ["Issue No. 212", "7-minute read", "14,380 readers", "Dec. 14 and 15", "1,451.9 to the dollar",
            "62% of you", "1,204 of you answered", "$8 a month", "Archive (211 issues)"],
    "007": ["paras 4-6", "240 mm multiple rocket launchers", "four days after",
            "Police summon 2 generals over martial law decree", "exports up 6.8 pct",
            "first 20 days of December", "1.2 pct lower"],
    "008": ["since August 6", "for more than a year",
            "Enemy loses 1,520 troops and 12 artillery systems in past day"],
    "010": ["almost three times Seoul's", "Nikkei 225 39,281.08", "USD/JPY 157.88", "Brent $73.26",
            "Four days before that", "our 48th fact check of 2024", "115.5 trillion yen",
            "Tokyo's population tops 14 million"],
    "011": ["14 updates", "312 Comments", "one soldier about to be captured", "one of the captured men",
            "who said he was 20", "had served since 2021",
            "death toll rises to 24", "5 takeaways"],
    "013": ["Items repeat every 4 minutes", "(KCNA, APR. 28)", "KOSPI 2,556.61", "KOSDAQ 729.78",
            "USD/KRW 1,426.50", "FINE DUST \"BAD\" IN 6 REGIONS", "DRAW NO. 1,169",
            "9 FIRST-PRIZE WINNERS", "4.9 MILLION VEHICLES", "MAY 1-6"],
    "014": ["Episode 148", "52 min", "1,203 ratings", "more than triple", "a 120-day mine-clearing mission",
            "1,000 sappers and 5,000 military builders", "at 46:10", "Ep. 147 - Why 1.2 million?",
            "$5 a month", "Edited by 2 very tired people"],
}

OFF = ["002", "006", "012"]
DUP = {"009": "008"}

ADD = "an additional or separate force (reinforcements, builders) against the main contingent"
PART = "a part (generals only) against a whole"
FIRST = "the first group of about 1,500 (Oct 18) against a later or larger total"
VAG = "a vague 'thousands' (Dec 2025, optional) against a figure"
conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-2", "004-3", "within one explainer: Blinken's about 8,000 against Zelensky's eleven thousand in Kursk, set against each other as the same week's counts"],
        ["007-1", "008-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-2", "010-1", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [
        # troops: the first group of 1,500
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST],
        ["000-1", "001-3", "1,500 (Oct 18) against roughly 3,000 (a week later): a rising total"],
        ["000-1", "003-1", FIRST], ["000-1", "003-2", PART], ["000-1", "004-1", FIRST], ["000-1", "004-2", FIRST],
        ["000-1", "004-3", FIRST], ["000-1", "005-5", FIRST], ["000-1", "013-3", ADD], ["000-1", "014-1", VAG],
        ["000-1", "014-2", "1,500 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["000-1", "014-6", ADD],
        # troops: the US figures of Oct 31 and the rise from 3,000
        ["001-1", "001-2", "about 8,000 in Kursk against about 10,000 in all of Russia: a part against the whole"],
        ["001-1", "001-3", "8,000 in Kursk against the 3,000 counted a week earlier: a rising total"],
        ["001-1", "003-2", PART],
        ["001-1", "004-1", "8,000 in Kursk against 10,000-12,000 sent to Russia in all: a part against the whole"],
        ["001-1", "004-3", "the same disagreement again (Blinken's 8,000 against Zelensky's 11,000), restated in the explainer"],
        ["001-1", "005-5", "about 8,000 in Kursk (Oct 31) against about 11,000 in Kursk (Dec 20), seven weeks apart"],
        ["001-1", "013-3", ADD],
        ["001-1", "014-2", "8,000 in Kursk (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["001-1", "014-6", ADD],
        ["001-2", "001-3", "about 10,000 now, up from roughly 3,000 a week ago: an update"],
        ["001-2", "003-1", "about 10,000 in all of Russia (Oct 31) against 11,000 in Kursk (Nov 4): whole against part, rising"],
        ["001-2", "003-2", PART],
        ["001-2", "004-2", "about 10,000 in Russia against about 8,000 in Kursk: the whole against a part"],
        ["001-2", "004-3", "about 10,000 in Russia against 11,000 in Kursk, restated a fortnight later"],
        ["001-2", "005-5", "about 10,000 in Russia (Oct 31) against about 11,000 in Kursk (Dec 20), seven weeks apart"],
        ["001-2", "013-3", ADD], ["001-2", "014-1", VAG], ["001-2", "014-6", ADD],
        ["001-3", "003-1", "the earlier 3,000 (Oct 23) against 11,000 (Nov 4): a rising total"],
        ["001-3", "003-2", PART],
        ["001-3", "004-1", "the earlier 3,000 (Oct 23) against 10,000-12,000 (Nov 12): a rising total"],
        ["001-3", "004-2", "the earlier 3,000 against about 8,000 in Kursk: a rising total"],
        ["001-3", "004-3", "the earlier 3,000 against 11,000: a rising total"],
        ["001-3", "005-5", "the earlier 3,000 (Oct 23) against about 11,000 (Dec 20): a rising total"],
        ["001-3", "014-2", "3,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["001-3", "014-6", ADD],
        # troops: Zelensky's 11,000, the generals, the explainer
        ["003-1", "003-2", PART],
        ["003-1", "004-2", "the same disagreement again (Zelensky's 11,000 against Blinken's 8,000), restated in the explainer"],
        ["003-1", "013-3", ADD], ["003-1", "014-1", VAG],
        ["003-1", "014-2", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["003-1", "014-6", ADD],
        ["003-2", "004-1", PART], ["003-2", "004-2", PART], ["003-2", "004-3", PART], ["003-2", "005-5", PART],
        ["003-2", "013-3", PART], ["003-2", "014-1", PART], ["003-2", "014-2", PART], ["003-2", "014-6", PART],
        ["004-1", "004-2", "10,000-12,000 sent in all against about 8,000 in Kursk: the whole against a part"],
        ["004-1", "013-3", ADD], ["004-1", "014-1", VAG], ["004-1", "014-6", ADD],
        ["004-2", "005-5", "about 8,000 in Kursk (restated Nov 12) against about 11,000 (Dec 20), five weeks apart"],
        ["004-2", "013-3", ADD],
        ["004-2", "014-2", "8,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["004-2", "014-6", ADD],
        ["004-3", "013-3", ADD], ["004-3", "014-1", VAG],
        ["004-3", "014-2", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["004-3", "014-6", ADD],
        ["005-5", "013-3", ADD], ["005-5", "014-1", VAG],
        ["005-5", "014-2", "about 11,000 in Kursk (Dec 2024) against about 10,000 remaining (Nov 2025), a year apart"],
        ["005-5", "014-6", ADD],
        ["013-3", "014-2", ADD], ["013-3", "014-6", "3,000 reinforcements (Jan-Feb) against 5,000 builders (autumn), separate forces"],
        ["014-1", "014-2", VAG], ["014-2", "014-6", "troops remaining against a separate construction contingent"],
        # casualties: the Pentagon's several hundred (vague), a week earlier, and the spring total
        ["005-1", "007-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (Dec 23), a week apart"],
        ["005-1", "008-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Dec 23), a week apart"],
        ["005-1", "010-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Dec 23)"],
        ["005-1", "010-2", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (Dec 23)"],
        ["005-1", "013-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-1", "010-1", "the same disagreement again (JCS 1,100 against Zelensky's more than 3,000), restated in the fact-check"],
        ["008-1", "010-2", "the same disagreement again (Zelensky's more than 3,000 against JCS 1,100), restated in the fact-check"],
        ["007-1", "010-5", "about 1,100 (Dec 23) against several hundred (Dec 16, vague), a rising total"],
        ["008-1", "010-5", "more than 3,000 (Dec 23) against several hundred (Dec 16, vague)"],
        ["010-1", "010-5", "within the fact-check: more than 3,000 against the Pentagon's earlier several hundred (vague)"],
        ["010-2", "010-5", "within the fact-check: about 1,100 against the Pentagon's earlier several hundred (vague)"],
        ["010-5", "013-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-1", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart, a rising total"],
        ["010-2", "013-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart, a rising total"],
        # killed and wounded: rising totals months apart, one regiment against the whole
        ["005-3", "014-5", "at least 100 killed in all against nine engineers of one regiment: the whole against a part"],
        ["010-3", "014-5", "at least 100 killed in all against nine engineers of one regiment: the whole against a part"],
        ["011-1", "013-2", "about 300 killed (Jan) against about 600 (Apr), months apart"],
        ["011-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["011-1", "014-4", "about 300 killed (Jan) against the April count of 600, restated in December"],
        ["011-1", "014-5", "about 300 killed in all against nine engineers of one regiment: the whole against a part"],
        ["013-2", "014-3", "about 600 killed (Apr) against about 2,000 (Sep): a rising total"],
        ["013-2", "014-5", "about 600 killed in all against nine engineers of one regiment: the whole against a part"],
        ["014-3", "014-4", "about 2,000 in September, more than triple the April count of 600: an update"],
        ["014-3", "014-5", "about 2,000 killed in all against nine engineers of one regiment: the whole against a part"],
        ["014-4", "014-5", "the April count of 600 against nine engineers of one regiment: the whole against a part"],
        ["005-4", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13), three and a half weeks apart, a rising total"],
        ["010-4", "011-2", "nearly 1,000 wounded (restated Dec 27) against about 2,700 (Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
