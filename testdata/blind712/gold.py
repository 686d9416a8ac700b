#!/usr/bin/env python3
"""Gold labels for testdata/blind712 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind712/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department", "United States", "U.S.", "Washington"]
PENTAGON = ["Pentagon", "Pat Ryder", "Maj. Gen. Pat Ryder", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        # the first group, in the Far East; the 12,000 is what Pyongyang is preparing to send (not a claim)
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations soldiers are already in the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "roughly 10,000 North Korean soldiers are now in Russia", False),
        # the earlier US figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", ["White House", "John Kirby"] + BLINKEN,
         "up from about 3,000 when the White House first described this deployment last week", False),
        # those moved toward Kursk: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved toward the Kursk region", False),
    ],
    "003": [
        # the quote comes first, its speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean troops had been moved toward Kursk Oblast", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "out of some 10,000 the U.S. believes are in Russia", False),
    ],
    "004": [
        # a Russian force that includes North Koreans: counted as Russia's
        ("troops", RU, 50000, None, "about",
         ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "New York Times",
          "The New York Times", "United States", "Ukraine"],
         "Russia has assembled a force of about 50,000 soldiers, among them North Korean troops", False),
        ("troops", NK, 10000, None, "about", ["U.S. officials", "United States", "U.S."],
         "the roughly 10,000 troops that Pyongyang has sent to Russia", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        # "nearly 1,000": an approximation
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded fighting for Russia in the Kursk region", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'North Korean forces had taken "several hundred" killed and wounded in Kursk', True),
        # one engagement over two days: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia's Kursk region have suffered an estimated 1,100 casualties", False),
    ],
    "007": [
        # the quote comes first, its author is named in the next sentence
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean dead and wounded in the Kursk region above 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops had suffered roughly 1,100 casualties in Kursk", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'spoke only of "several hundred" North Korean soldiers killed and wounded', True),
        ("killed", NK, 100, None, "at_least", LEE,
         "counted at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("captured", NK, 2, None, "exact", ZEL,
         "his troops had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("troops", NK, 10000, 12000, "range",
         ["South Korean and Western estimates", "South Korean estimates", "Western estimates", "South Korea"],
         "Pyongyang has sent between 10,000 and 12,000 soldiers to Russia", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them some 600 who died", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's chief of the general staff", "General Staff", "Russia"],
         "Ukraine's losses in the region over the eight-month operation had topped 76,000 troops", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea had sent about 3,000 more soldiers as reinforcements in January and February", False),
        # February's Ukrainian estimate, set beside April's NIS count
        ("casualties", NK, 4000, None, "about", HUR,
         "in February, Ukraine's military intelligence put them at about 4,000", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "roughly 2,000 North Korean soldiers have been killed in the fighting for Russia's Kursk region", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from the approximately 600 dead it estimated in April", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", U + ["Seoul Forum for Strategic Studies", "Choi Min-ah"] + NIS,
         "Pyongyang sent 11,000-12,000 soldiers to Russia in the autumn of 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russia", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been moving to Russia in stages since September", False),
        ("killed", NK, 2000, None, "about", NIS,
         "The NIS estimate of about 2,000 North Korean soldiers killed", False),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact",
         ["state media", "Korean Central News Agency", "KCNA", "North Korea", "Kim Jong Un"],
         "nine of its soldiers had died clearing mines", False),
    ],
}

NOT = {
    "000": ["Views 18,204", "11th Corps", "9.1 trillion won", "between Oct. 8 and 13", "four Russian navy landing ships", "three escort vessels",
            "numbers about 40,000 in all", "as many as 12,000 troops in four brigades", "10:30 a.m.",
            "3 dead, 12 hurt", "30th straight week", "2,593.82", "1 in 5 young Koreans"],
    "001": ["Transcript: 3,284 words", "4:12 p.m.", "several thousand more could follow",
            "28,500 American troops", "56th Security Consultative Meeting"],
    "003": ["5 updates", "at least 7 people", "a 14-year-old girl", "27 of 41 drones",
            "seven short-range ballistic missiles", "12 min read", "$5 a month", "14,812 members",
            "90 missiles and 100 drones", "We lost 6 men for every meter", "What 25 means and what 18 would mean"],
    "004": ["Updated 3 hours ago", "roughly half of the area", "Article 4", "more than 30 assaults", "over the previous 24 hours",
            "50 of 84 Russian drones", "$73.60"],
    "005": ["Lee, 61", "204 of its 300 members", "Over 1.2 million visitors", "Four dead, 11 injured",
            "70% of Koreans"],
    "006": ["paras 4-6", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "N. Korea sends 11,000 troops, 200 long-range guns to Russia: NIS",
            "Police estimate 200,000 at Yeouido rally", "20 more F-35A stealth fighters"],
    "007": ["6 min read", "2017-2024", "nearly three times the other", "more than 2.4 million times",
            "nearly three times the South Korean one",
            "5,000 Ukrainian soldiers surrendering in Kursk", "a 2019 military parade", "90% of Kursk's residents"],
    "009": ["52 min", "12.4K plays", "86 comments", "1,930 listeners", "he was 20", "he was 26", "14 years",
            "3 questions on sanctions", "Ep. 146 - Why Seoul says 1,100 and Kyiv says 3,000",
            "61.2 trillion won", "a team of 4", "$3 a month"],
    "011": ["36,045.38", "Comments (58)", "4 min read", "Japan's births fell below 700,000",
            "Toyota to hire 1,400 engineers", "$1.2bn order for two LNG carriers"],
    "012": ["Issue #87", "7 min read", "14,382 readers", "1,000 sappers", "5,000 military builders",
            "8,500 won per kg", "Learn Korean in 12 weeks", "40,000 learners", "221 Sejong-daero"],
    "014": ["No. 2025-31", "ISSN 2765-4411", "1.2 MB", "as many as 30,000 more combat troops",
            "a 120-day mission", "for 11 years", "48 Hyoja-ro"],
}

OFF = ["002", "010", "013"]
DUP = {"008": "006"}

FIRST = "the first group of 1,500 in the Far East (Oct 18) against a later total"
ADD = "an additional or separate force against a total"
RISE = "a rising total, weeks or months apart"
PART = "a part (one unit or one place) against a whole"
conflicts = {
    "must": [
        ["001-3", "003-1", "about 8,000 North Korean troops moved toward Kursk (Blinken, Oct 31) against 11,000 in the Kursk region (Zelensky, Nov 5), five days apart"],
        ["003-2", "003-1", "within one live blog: Blinken's about 8,000 against Zelensky's 11,000, set side by side as a gap"],
        ["006-1", "007-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["007-2", "007-1", "within one fact-check: JCS's roughly 1,100 against Zelensky's above 3,000, the same day"],
    ],
    "may": [
        # troops, north_korea: the first group against later totals
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "001-3", FIRST],
        ["000-1", "003-1", FIRST], ["000-1", "003-2", FIRST], ["000-1", "003-3", FIRST],
        ["000-1", "004-2", FIRST], ["000-1", "009-4", FIRST], ["000-1", "011-4", FIRST],
        ["000-1", "014-1", FIRST], ["000-1", "014-2", FIRST], ["000-1", "014-3", FIRST],
        # the White House's earlier 3,000, quoted as the base of a rise
        ["001-2", "001-1", "within one transcript: about 10,000 now, up from about 3,000 a week earlier"],
        ["001-2", "001-3", "the earlier 3,000 in Russia against 8,000 moved toward Kursk"],
        ["001-2", "003-1", "the earlier 3,000 (late Oct) against 11,000 (Nov 5), " + RISE],
        ["001-2", "003-2", "the earlier 3,000 against 8,000 toward Kursk, " + RISE],
        ["001-2", "003-3", "the earlier 3,000 against about 10,000, " + RISE],
        ["001-2", "004-2", "the earlier 3,000 against about 10,000, " + RISE],
        ["001-2", "009-4", "the earlier 3,000 against 10,000-12,000, " + RISE],
        ["001-2", "014-1", "the earlier 3,000 against 11,000-12,000, " + RISE],
        ["001-2", "014-2", "the earlier 3,000 against 10,000 remaining a year later"],
        ["001-2", "014-3", "the earlier 3,000 against 5,000 construction troops a year later"],
        # 8,000 toward Kursk: a part of those in Russia, and against later totals
        ["001-3", "001-1", "within one transcript: 8,000 toward Kursk, a part of the 10,000 in Russia"],
        ["001-3", "003-3", "8,000 toward Kursk, a part of the 10,000 in Russia"],
        ["001-3", "004-2", "8,000 toward Kursk (Oct 31) against 10,000 in Russia (Nov 10), a part against the whole"],
        ["001-3", "009-4", "8,000 (Oct 31) against 10,000-12,000 (Jan), months apart"],
        ["001-3", "011-4", ADD], ["001-3", "014-3", ADD],
        ["001-3", "014-1", "8,000 (Oct 31 2024) against 11,000-12,000 sent, restated a year later"],
        ["001-3", "014-2", "8,000 (Oct 2024) against 10,000 remaining (Nov 2025), a year apart"],
        ["003-2", "001-1", "8,000 toward Kursk, a part of the 10,000 in Russia"],
        ["003-2", "003-3", "within one live blog: 8,000 toward Kursk out of 10,000 in Russia, a part"],
        ["003-2", "004-2", "8,000 toward Kursk against 10,000 in Russia, a part against the whole"],
        ["003-2", "009-4", "8,000 (Oct 31) against 10,000-12,000 (Jan), months apart"],
        ["003-2", "011-4", ADD], ["003-2", "014-3", ADD],
        ["003-2", "014-1", "8,000 (Oct 2024) against 11,000-12,000, restated a year later"],
        ["003-2", "014-2", "8,000 (Oct 2024) against 10,000 remaining (Nov 2025), a year apart"],
        # 11,000 in Kursk (Zelensky) against about 10,000 in Russia (US)
        ["001-1", "003-1", "about 10,000 in Russia (US, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5): close, different scope"],
        ["003-3", "003-1", "within one live blog: some 10,000 in Russia (US) against 11,000 in Kursk (Zelensky)"],
        ["004-2", "003-1", "about 10,000 in Russia (US, Nov 10) against 11,000 in Kursk (Zelensky, Nov 5)"],
        ["003-1", "011-4", ADD], ["003-1", "014-3", ADD],
        ["003-1", "014-2", "11,000 (Nov 2024) against 10,000 remaining (Nov 2025), a year apart"],
        # about 10,000 against later figures
        ["001-1", "011-4", ADD], ["001-1", "014-3", ADD],
        ["001-1", "014-1", "about 10,000 (Oct 2024) against 11,000-12,000 in all, restated a year later"],
        ["003-3", "011-4", ADD], ["003-3", "014-3", ADD],
        ["003-3", "014-1", "about 10,000 (Oct 2024) against 11,000-12,000 in all, restated a year later"],
        ["004-2", "011-4", ADD], ["004-2", "014-3", ADD],
        ["004-2", "014-1", "about 10,000 (Nov 2024) against 11,000-12,000 in all, restated a year later"],
        ["009-4", "011-4", ADD], ["009-4", "014-3", ADD],
        ["011-4", "014-1", ADD], ["011-4", "014-2", ADD],
        ["011-4", "014-3", "3,000 reinforcements (early 2025) against 5,000 builders (late 2025), separate forces"],
        ["014-1", "014-2", "within one brief: 11,000-12,000 sent in 2024 against about 10,000 remaining in 2025"],
        ["014-1", "014-3", "within one brief: " + ADD],
        ["014-2", "014-3", "within one brief: troops remaining against a separate construction contingent"],
        # casualties, north_korea
        ["005-3", "006-1", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (Dec 23)"],
        ["005-3", "007-1", "several hundred (Pentagon, Dec 16, vague) against more than 3,000 (Dec 23)"],
        ["005-3", "007-2", "several hundred (Pentagon, Dec 16, vague) against about 1,100 (Dec 23)"],
        ["005-3", "011-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["005-3", "011-5", "several hundred (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["007-3", "006-1", "several hundred (Pentagon, a week earlier, vague) against about 1,100"],
        ["007-3", "007-1", "within one fact-check: several hundred (a week earlier, vague) against more than 3,000"],
        ["007-3", "007-2", "within one fact-check: several hundred (a week earlier, vague) against about 1,100"],
        ["007-3", "011-1", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-3", "011-5", "several hundred (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["006-1", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), " + RISE],
        ["006-1", "011-5", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), " + RISE],
        ["007-2", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), " + RISE],
        ["007-2", "011-5", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), " + RISE],
        ["011-5", "011-1", "within one article: about 4,000 (HUR, Feb) against about 4,700 (NIS, Apr), " + RISE],
        # killed, north_korea
        ["005-1", "014-5", PART + " (nine engineers in Dec 2025 against at least 100 in Dec 2024)"],
        ["007-4", "014-5", PART + " (nine engineers in Dec 2025 against at least 100 in Dec 2024)"],
        ["009-2", "011-2", "about 300 (Jan) against about 600 (Apr), " + RISE],
        ["009-2", "012-1", "about 300 (Jan) against about 2,000 (Sep), " + RISE],
        ["009-2", "012-2", "about 300 (Jan) against the April 600 restated in September"],
        ["009-2", "014-4", "about 300 (Jan) against about 2,000 restated in December"],
        ["009-2", "014-5", PART],
        ["011-2", "012-1", "about 600 (Apr) against about 2,000 (Sep), " + RISE],
        ["011-2", "014-4", "about 600 (Apr) against about 2,000 restated in December, " + RISE],
        ["011-2", "014-5", PART],
        ["012-2", "012-1", "within one newsletter: about 2,000, up from about 600 in April (an update)"],
        ["012-2", "014-4", "the April 600 against about 2,000, " + RISE],
        ["012-2", "014-5", PART],
        ["012-1", "014-5", PART],
        ["014-4", "014-5", "within one brief: " + PART],
        # wounded, north_korea
        ["005-2", "009-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), " + RISE],
        ["007-5", "009-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), " + RISE],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
