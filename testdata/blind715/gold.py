#!/usr/bin/env python3
"""Gold labels for testdata/blind715 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind715/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine's intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Antony J. Blinken", "Blinken", "Secretary Blinken", "State Department",
           "United States", "U.S.", "US", "Washington"]
AUSTIN = ["Lloyd Austin", "Lloyd J. Austin III", "Austin", "Secretary Austin", "Pentagon",
          "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "U.S. Department of Defense", "United States", "U.S.", "US", "Washington"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of around 1,500 special forces troops was carried", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "We now assess that there are roughly 10,000 North Korean soldiers in Russia", False),
        # the Kursk share of the 10,000 in Russia: a part of the whole
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved to the Kursk region", False),
        # last week's figure, the base of a rising total
        ("troops", NK, 3000, None, "at_least", AUSTIN,
         "we could confirm at least 3,000", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + HUR,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "said about 8,000 North Korean troops had been moved to Kursk", False),
        ("troops", NK, 11000, None, "exact", ZEL + HUR,
         "Volodymyr Zelensky said 11,000 North Korean soldiers were there", False),
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces had reached Vladivostok", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the Pentagon said roughly 10,000 had been sent to eastern Russia for training", False),
        ("troops", RU, 50000, None, "about",
         ["American officials", "US officials", "U.S. officials", "United States", "The New York Times", "New York Times"],
         "Russia has massed about 50,000 of its own troops", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 N. Korean soldiers killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1K wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "\"several hundred\" N. Korean troops killed or wounded in Kursk", True),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent around 11,000 troops to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "about 300 North Korean soldiers have been killed in Kursk", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 wounded", False),
        # the December figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 dead in the agency's December tally", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukraine says it has captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the Joint Chiefs of Staff put North Korean casualties at about 1,100", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky said the number of North Koreans killed and wounded was already more than 3,000", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Seoul"],
         "Seoul's own total (about 3,000 killed and wounded)", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "the enemy's losses in the Kursk Region over the course of the operation exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", NIS,
         "North Korea sent between 11,000 and 12,000 soldiers to Russia", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 additional troops had been sent as reinforcements", False),
        ("casualties", NK, 2000, 9000, "vague", U,
         "North Korean units lost thousands of men in the winter assaults", True),
        ("casualties", NK, 4000, None, "about", HUR,
         "put North Korean losses at roughly 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", JCS + NIS,
         "Seoul's estimate of total losses had reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them had been killed", False),
        ("captured", NK, 2, None, "exact", U,
         "The two soldiers captured by Ukraine in January", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "paid tribute to nine of its members who were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it had estimated in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russian areas near the Ukrainian border", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in total", "four brigades", "between Oct. 8 and 13", "11th Corps",
            "1,509 Extra Seats", "KOSPI Slips to 2,593", "Record 580,000 Riders", "30th Straight Week",
            "for 7th Day", "2024.10.18 18:40"],
    "001": ["That number has more than tripled", "for more than 70 years", "four questions", "October 31, 2024",
            "4:12 p.m. EDT", "4:49 p.m."],
    "002": ["Views: 6,233", "05.11.2024 10:10", "60mm and 82mm mortars",
            "Enemy lost 1,260 troops and 14 artillery systems over past day"],
    "004": ["around 12,000 in all", "Thousands more could still follow from North Korea", "600 square kilometers",
            "Comments (47)", "Reading time 4 min.", "November 4 or 5", "a week and a half"],
    "005": ["2,435.93", "1,451.9 per dollar", "-6C", "8.7% of 3,594 trainee-doctor posts", "1,200 seasonal staff",
            "Dec. 27", "down 1.95%"],
    "006": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Exports up 8.6 pct in first 20 days of December",
            "Military to train 3,000 more drone operators next year", "KOSPI opens lower at 2,440", "paras 4-7"],
    "007": ["damages two schools", "60 of 86 drones", "Russia's losses in Ukraine pass 770,000", "6 min read",
            "a dozen cars", "December 23, 2024 11:40 PM"],
    "009": ["Issue #12", "18,400 readers", "7 min read", "aged 20", "the other, 26", "in 2021",
            "thousands more could arrive by spring", "episode 88", "Like (214)", "Comment (31)", "three weeks later"],
    "010": ["more than 400 tanks", "Article 4", "June 19, 2024", "Over 1,500 Kursk residents return home",
            "82 per dollar", "two more settlements"],
    "011": ["No. 2025-11", "412 KB", "millions of artillery shells", "several billion dollars", "Jan. 13, 2025",
            "April 30, 2025"],
    "014": ["120 days", "1,000 sappers", "5,000 military builders", "thousands of combat veterans",
            "Nikkei 225 50,581.94", "USD/JPY 155.31", "Japan's births fall below 670,000", "$10bn",
            "100,000 won", "Read time: 5 min"],
}

OFF = ["003", "012", "013"]
DUP = {"008": "006"}

# what each claim is, for the reasons below
D = {
    "000-1": "first group of about 1,500 (NIS, Oct 18)",
    "001-1": "about 10,000 in Russia (Blinken, Oct 31)",
    "001-2": "about 8,000 in Kursk (Blinken, Oct 31)",
    "001-3": "at least 3,000 (Austin's figure of the week before Oct 31)",
    "002-1": "11,000 in Kursk (Zelensky, Nov 4-5)",
    "004-1": "about 8,000 (Blinken's Oct 31 figure, restated Nov 12)",
    "004-2": "11,000 (Zelensky's Nov 4-5 figure, restated Nov 12)",
    "004-3": "first group of about 1,500 (NIS's Oct 18 figure, restated)",
    "004-4": "roughly 10,000 in eastern Russia (Pentagon, Oct 28)",
    "006-4": "around 11,000 sent (unattributed, Dec 23)",
    "011-1": "11,000-12,000 sent in Oct-Nov 2024 (NIS, in a May 2025 brief)",
    "011-2": "about 3,000 additional reinforcements (JCS, Mar 2025)",
    "014-4": "about 10,000 remaining (NIS, Nov 2025)",
    "005-1": "at least 100 killed (NIS, Dec 19)",
    "006-2": "at least 100 killed (NIS's Dec 19 figure, restated Dec 23)",
    "009-1": "about 300 killed (NIS, Jan 13)",
    "009-3": "at least 100 killed (NIS's December figure, restated Jan 14)",
    "011-6": "about 600 killed (NIS, Apr 30)",
    "014-1": "nine killed in one engineering regiment (KCNA, Dec 2025)",
    "014-2": "about 2,000 killed (NIS, Sep 2025)",
    "014-3": "about 600 killed (NIS's April figure, restated Dec 2025)",
    "005-2": "nearly 1,000 wounded (NIS, Dec 19)",
    "006-3": "nearly 1,000 wounded (NIS's Dec 19 figure, restated Dec 23)",
    "009-2": "about 2,700 wounded (NIS, Jan 13)",
    "005-3": "several hundred casualties (Pentagon, Dec 16-17, vague)",
    "006-1": "about 1,100 casualties (JCS, Dec 23)",
    "007-1": "more than 3,000 casualties (Zelensky, Dec 23)",
    "009-5": "about 1,100 casualties (JCS's Dec 23 figure, restated Jan 14)",
    "009-6": "more than 3,000 casualties (Zelensky's Dec 23 figure, restated Jan 14)",
    "009-7": "about 3,000 casualties (NIS, Jan 13)",
    "011-3": "thousands of casualties over the winter (unattributed, vague)",
    "011-4": "roughly 4,000 casualties (HUR, early Feb 2025)",
    "011-5": "about 4,700 casualties (JCS/NIS, Mar-Apr 2025)",
}

PART = "a part, a first group or an additional force against a total"
MONTHS = "months apart"
RISE = "a rising total, weeks apart"
RESTATE = "a later restatement of a pair already told"
SAMEDAY = "a part (Kursk) against the whole (Russia), same statement"
MAY = [
    # troops: the first group of 1,500 against later totals
    ("000-1", "001-1", PART), ("000-1", "001-2", PART), ("000-1", "001-3", PART), ("000-1", "002-1", PART),
    ("000-1", "004-1", PART), ("000-1", "004-2", PART), ("000-1", "004-4", PART), ("000-1", "006-4", PART),
    ("000-1", "011-1", PART), ("000-1", "011-2", PART), ("000-1", "014-4", PART + ", a year apart"),
    ("004-3", "001-1", PART), ("004-3", "001-2", PART), ("004-3", "001-3", PART), ("004-3", "002-1", PART),
    ("004-3", "004-1", PART), ("004-3", "004-2", PART), ("004-3", "004-4", PART), ("004-3", "006-4", PART),
    ("004-3", "011-1", PART), ("004-3", "011-2", PART), ("004-3", "014-4", PART + ", a year apart"),
    # troops: late October to mid-November, a force still arriving
    ("001-1", "001-2", SAMEDAY), ("004-4", "004-1", "a part (Kursk) against the whole (eastern Russia)"),
    ("001-2", "004-4", "a part (Kursk) against the whole (eastern Russia)"),
    ("004-1", "001-1", "a part (Kursk) against the whole (Russia), the same Oct 31 statement restated"),
    ("001-3", "001-1", "an earlier figure quoted as the base of a rising total (up more than threefold)"),
    ("001-3", "001-2", "an earlier lower bound against a later figure it satisfies"),
    ("001-3", "004-1", "an earlier lower bound against a later figure it satisfies"),
    ("001-3", "004-4", "an earlier lower bound against a later figure it satisfies"),
    ("001-3", "002-1", "a lower bound against a later figure it satisfies"),
    ("001-3", "004-2", "a lower bound against a later figure it satisfies"),
    ("001-3", "006-4", "a lower bound against a later figure it satisfies"),
    ("001-3", "011-1", "a lower bound against a later range it satisfies"),
    ("001-3", "014-4", "a lower bound against a figure a year later"),
    ("001-1", "002-1", "about 10,000 (Oct 31) against 11,000 (Nov 4-5), close values, a force still arriving"),
    ("001-1", "004-2", "about 10,000 against 11,000, close values"),
    ("004-4", "002-1", "roughly 10,000 (Oct 28) against 11,000 (Nov 4-5), close values, a force still arriving"),
    ("004-4", "004-2", "within the fact-check: roughly 10,000 (Pentagon, Oct 28) against 11,000 (Zelensky), close values"),
    ("001-2", "004-2", RESTATE + ": Blinken's 8,000 against Zelensky's 11,000"),
    ("004-1", "002-1", RESTATE + ": Blinken's 8,000 against Zelensky's 11,000"),
    ("001-2", "006-4", "about 8,000 in Kursk (Oct 31) against around 11,000 sent (Dec 23), seven weeks apart"),
    ("004-1", "006-4", "about 8,000 in Kursk (Oct 31) against around 11,000 sent (Dec 23), seven weeks apart"),
    ("001-1", "006-4", "about 10,000 (Oct 31) against around 11,000 (Dec 23), close values, weeks apart"),
    ("004-4", "006-4", "roughly 10,000 (Oct 28) against around 11,000 (Dec 23), close values, weeks apart"),
    ("001-2", "011-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, counted months later"),
    ("004-1", "011-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, counted months later"),
    ("001-1", "011-1", "about 10,000 (Oct 31) against 11,000-12,000 sent in all, counted months later"),
    ("004-4", "011-1", "roughly 10,000 (Oct 28) against 11,000-12,000 sent in all, counted months later"),
    ("002-1", "011-1", "11,000 against a range 11,000-12,000 that holds it"),
    ("004-2", "011-1", "11,000 against a range 11,000-12,000 that holds it"),
    ("006-4", "011-1", "around 11,000 against a range 11,000-12,000 that holds it"),
    # troops: reinforcements and the force remaining a year later
    ("001-1", "011-2", PART), ("001-2", "011-2", PART), ("002-1", "011-2", PART), ("004-1", "011-2", PART),
    ("004-2", "011-2", PART), ("004-4", "011-2", PART), ("006-4", "011-2", PART), ("011-1", "011-2", PART),
    ("011-2", "014-4", PART + ", months apart"),
    ("001-1", "014-4", "about 10,000 (Oct 2024) against about 10,000 remaining (Nov 2025)"),
    ("001-2", "014-4", "about 8,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"),
    ("004-1", "014-4", "about 8,000 (Oct 2024) against about 10,000 remaining (Nov 2025), a year apart"),
    ("002-1", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"),
    ("004-2", "014-4", "11,000 (Nov 2024) against about 10,000 remaining (Nov 2025), a year apart"),
    ("006-4", "014-4", "around 11,000 (Dec 2024) against about 10,000 remaining (Nov 2025), a year apart"),
    ("011-1", "014-4", "11,000-12,000 sent in 2024 against about 10,000 remaining in Nov 2025"),
    # killed: a rising total and one regiment's dead
    ("005-1", "009-1", "at least 100 (Dec 19) against about 300 (Jan 13), a rising total, the lower bound holds"),
    ("006-2", "009-1", "at least 100 (Dec 19) against about 300 (Jan 13), a rising total, the lower bound holds"),
    ("009-3", "009-1", "within one article: the December figure quoted as the base of the rise to about 300"),
    ("005-1", "011-6", MONTHS), ("006-2", "011-6", MONTHS), ("009-3", "011-6", MONTHS), ("009-1", "011-6", MONTHS),
    ("005-1", "014-2", MONTHS), ("006-2", "014-2", MONTHS), ("009-3", "014-2", MONTHS), ("009-1", "014-2", MONTHS),
    ("011-6", "014-2", MONTHS + ", a rising total"),
    ("005-1", "014-3", MONTHS), ("006-2", "014-3", MONTHS), ("009-3", "014-3", MONTHS), ("009-1", "014-3", MONTHS),
    ("014-3", "014-2", "within one article: the April figure quoted as the base of the rise to about 2,000"),
    ("005-1", "014-1", PART), ("006-2", "014-1", PART), ("009-3", "014-1", PART), ("009-1", "014-1", PART),
    ("011-6", "014-1", PART), ("014-1", "014-2", PART + ", same article"), ("014-1", "014-3", PART + ", same article"),
    # wounded: a rising total
    ("005-2", "009-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"),
    ("006-3", "009-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"),
    # casualties
    ("005-3", "006-1", "several hundred (vague, a week earlier) against about 1,100"),
    ("005-3", "007-1", "several hundred (vague, a week earlier) against more than 3,000"),
    ("005-3", "009-5", "several hundred (vague, a week earlier) against about 1,100"),
    ("005-3", "009-6", "several hundred (vague, a week earlier) against more than 3,000"),
    ("005-3", "009-7", "several hundred (vague, December) against about 3,000 (Jan 13)"),
    ("005-3", "011-3", "vague against vague, months apart"), ("005-3", "011-4", MONTHS), ("005-3", "011-5", MONTHS),
    ("006-1", "009-6", RESTATE + ": JCS's 1,100 against Zelensky's 3,000"),
    ("009-5", "007-1", RESTATE + ": JCS's 1,100 against Zelensky's 3,000"),
    ("006-1", "009-7", "about 1,100 (Dec 23) against about 3,000 (Jan 13), a rising total three weeks apart"),
    ("009-5", "009-7", "within one article: about 1,100 (Dec 23) against about 3,000 (Jan 13), a rising total"),
    ("007-1", "009-7", "more than 3,000 against about 3,000, close values three weeks apart"),
    ("009-6", "009-7", "within one article: more than 3,000 against about 3,000, close values"),
    ("006-1", "011-3", "about 1,100 against thousands (vague), months apart"),
    ("007-1", "011-3", "vague against a figure it spans"), ("009-5", "011-3", "about 1,100 against thousands (vague), months apart"),
    ("009-6", "011-3", "vague against a figure it spans"), ("009-7", "011-3", "vague against a figure it spans"),
    ("011-3", "011-4", "vague against a figure it spans, same article"),
    ("011-3", "011-5", "vague against a figure it spans, same article"),
    ("006-1", "011-4", MONTHS), ("006-1", "011-5", MONTHS), ("009-5", "011-4", MONTHS), ("009-5", "011-5", MONTHS),
    ("007-1", "011-4", "more than 3,000 (Dec 23) against roughly 4,000 (early Feb), a rising total, the bound holds"),
    ("009-6", "011-4", "more than 3,000 (Dec 23) against roughly 4,000 (early Feb), a rising total, the bound holds"),
    ("007-1", "011-5", MONTHS + ", the bound holds"), ("009-6", "011-5", MONTHS + ", the bound holds"),
    ("009-7", "011-4", "about 3,000 (NIS, Jan 13) against roughly 4,000 (HUR, early Feb), a rising total three weeks apart"),
    ("009-7", "011-5", "about 3,000 (Jan) against about 4,700 (Mar-Apr), months apart"),
    ("011-4", "011-5", "within one brief: roughly 4,000 (HUR, early Feb) against about 4,700 (Seoul, March), a rising total"),
]

conflicts = {
    "must": [
        ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-1", "004-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 in Kursk, set against each other, days apart"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["009-5", "009-6", "within one newsletter: the JCS's about 1,100 against Zelensky's more than 3,000, both of Dec 23, set against each other"],
    ],
    "may": [[a, b, "%s against %s: %s" % (D[a], D[b], why)] for a, b, why in MAY],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
