#!/usr/bin/env python3
"""Gold labels for testdata/blind728 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind728/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Department of Defense", "United States", "U.S.", "US"]
RYDER = ["Pat Ryder", "Ryder", "Maj. Gen. Pat Ryder", "Pentagon", "U.S. Department of Defense", "Department of Defense",
         "United States", "U.S.", "US"]
SSO = ["Ukraine's special operations forces", "Special Operations Forces", "SSO", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only; the 12,000 "in all" is a decision, not a deployment
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special operations troops was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea had sent about 10,000 soldiers to train in eastern Russia", False),
        # the earlier estimate, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["White House", "United States", "U.S.", "US"],
         "an estimate of at least 3,000 that the White House gave a week earlier", False),
    ],
    "002": [
        # the quote comes first, its speaker in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region.", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put about 8,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky has put the number of North Korean troops in Kursk at eleven thousand", False),
        ("troops", RU, 50000, None, "about",
         ["American and Ukrainian officials", "American officials", "U.S. officials", "United States", "Ukrainian officials",
          "The New York Times", "New York Times"],
         "Russia has gathered about 50,000 of its own soldiers", False),
    ],
    "005": [
        ("casualties", NK, 200, 900, "vague", RYDER,
         "North Korean forces have taken several hundred casualties", True),
        ("troops", NK, 11000, 12000, "range", RYDER,
         "somewhere between 11,000 and 12,000 North Korean troops in the Kursk region", False),
        # one three-day battle only, relayed by a reporter: parts of the whole
        ("killed", NK, 50, None, "exact", SSO,
         "they killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded 47 in three days of fighting", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers dispatched to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "Of the roughly 11,000 North Korean soldiers believed to be in Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's Kursk region have topped 3,000 killed and wounded", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded in the Kursk region", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky said North Korean losses exceeded 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS + ["JCS official"],
         "had put North Korean casualties at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", ["US military official", "U.S. military official", "United States", "U.S.", "US", "Pentagon"],
         'the North Koreans had suffered "several hundred" killed and wounded', True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        # the December figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 dead that the spy agency reported in mid-December", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", RU, 20000, 90000, "vague", ["Ukrainian estimates", "Ukraine"],
         "Russia, which has lost tens of thousands of troops in Kursk since August", True),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western estimates", "South Korea", "unattributed"],
         "Western and South Korean estimates put the original force at 11,000-12,000 soldiers", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "North Korean losses have reached some four thousand killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang has sent roughly 3,000 more soldiers to Russia as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia"],
         "claims that Ukraine lost more than 76,000 servicemen there", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        # restated later in the article ("up from about 600 in April"): labelled once
        ("killed", NK, 600, None, "about", NIS,
         "about six hundred of them dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain stationed in Russian border areas", False),
        # a separate builders' and deminers' contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand builders and deminers have arrived since the summer", True),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "Pyongyang's state media", "KCNA", "Kim Jong Un", "North Korea", "Pyongyang"],
         "honouring nine of its soldiers who were killed while clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["up to 12,000 soldiers in four brigades", "between Oct. 8 and 13", "11th Corps",
            "roughly 1.2 million active-duty personnel", "first time in 24 years", "Nikkei 225 38,981.75 (+0.18%)",
            "USD/JPY 149.86", "Japan's centenarians top 95,000 for first time", "Over 2,000 flights canceled",
            "all 465 lower house seats"],
    "001": ["roughly 1,000 square km (386 square miles)", "S&P 500 5,705.45 (-1.86%)", "Dow 41,763.46", "Brent $73.16",
            "Russia's Kursk governor says 112,000 residents evacuated since August", "$50 billion loan",
            "Updated 3 min ago"],
    "002": ["about 1,300 square kilometers", "15,000 members strong",
            "Russia loses 1,230 troops in past day, General Staff says", "Russia launches 62 drones overnight",
            "2 min read", "Aug. 6"],
    "003": ["shot down 50 of the 84 drones", "damaged two houses", "Reading time 4 min", "60 billion euros",
            "Paris: 1,300 police to guard France-Israel football match"],
    "005": ["$500 million package", "155 mm artillery", "the roughly 2,000 U.S. troops in Syria",
            "approximately 2,000 U.S. troops in Syria"],
    "006": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "voted 204-85", "five days after",
            "KOSPI closes at 2,435.93, down 1.95 pct", "1.8 mln expected to travel abroad over year-end holidays",
            "paras 5-7"],
    "007": ["17th Tank Brigade", "80th Air Assault Brigade", "Russian losses in Ukraine rise to 774,670 - General Staff",
            "59 drones downed overnight over 14 regions", "Views: 6,214"],
    "008": ["KOSPI 2,442.01 +0.9%", "USD/KRW 1,450.40", "3.5 million year-end trips", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "minus 12 degrees", "Over 120 flights delayed",
            "2,000 riot police deployed for weekend rallies"],
    "010": ["Posts shared more than 20,000 times", "26 languages", "Share: 1.2K", "5 min read",
            "No, this video does not show 500 North Korean soldiers surrendering",
            "Zelensky did not say 3K Ukrainians were captured in Kursk"],
    "011": ["1,214 comments", "a 20-year-old rifleman", "the other, 26", "defected to the South in 2019",
            "L.A. fires: death toll rises to 24", "TikTok ban looms for 170 million U.S. users"],
    "013": ["1,000 sappers and 5,000 military builders", "as much as $20 billion", "Issue No. 187", "7-minute read",
            "Nikkei 225 49,512.28 (-0.4%)", "KOSPI 4,012.66", "Japan's births fall below 700,000 for first time",
            "Toyota to hire 1,500 engineers for chip unit", "third Arizona fab with 6,000 jobs", "1-3-7 Otemachi"],
}

OFF = ["004", "009", "012"]
DUP = {"014": "006"}

A_ = "an additional or separate force (reinforcements, builders and deminers) against another count"
FIRST = "the first group of about 1,500 (Oct 18, 2024) against a later count or a separate force"
RISE = "the earlier bound of at least 3,000 (Oct 23) against a later, larger count: a rising total the bound satisfies"
PART_K = "killed in one three-day battle (SSO) against another count: a part of the whole"
PART_E = "nine engineers killed clearing mines (one regiment) against a total: a part of the whole"
conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), five days apart"],
        ["003-1", "003-2", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's eleven thousand in Kursk, days apart"],
        ["008-1", "007-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-2", "010-1", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, hours apart"],
    ],
    "may": [
        # troops, north_korea: the first group against everything later
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "001-3", FIRST], ["000-1", "002-1", FIRST],
        ["000-1", "003-1", FIRST], ["000-1", "003-2", FIRST], ["000-1", "005-2", FIRST], ["000-1", "006-3", FIRST],
        ["000-1", "013-1", FIRST], ["000-1", "013-3", FIRST], ["000-1", "013-8", FIRST], ["000-1", "013-9", FIRST],
        # Blinken's 8,000 in Kursk (Oct 31)
        ["001-1", "001-2", "8,000 in Kursk against about 10,000 in Russia as a whole, same article: a part of the whole"],
        ["001-1", "001-3", "8,000 against the earlier at least 3,000: a rising total"],
        ["001-1", "003-2", "Blinken's 8,000 against Zelensky's 11,000 restated in the live blog: the same two reports, already told"],
        ["001-1", "005-2", "8,000 in Kursk (Oct 31) against 11,000-12,000 in Kursk (Dec 17), seven weeks apart"],
        ["001-1", "006-3", "8,000 in Kursk (Oct 31) against about 11,000 in Russia (Dec 19), seven weeks apart"],
        ["001-1", "013-1", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, restated a year later"],
        ["001-1", "013-3", A_], ["001-1", "013-9", A_],
        ["001-1", "013-8", "8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        # the Pentagon's about 10,000 in Russia (Oct 28)
        ["001-2", "001-3", "about 10,000 up from at least 3,000 a week earlier: a rising total"],
        ["001-2", "002-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a week apart: a rising count"],
        ["001-2", "003-1", "about 10,000 in Russia against 8,000 in Kursk, restated: a part of the whole"],
        ["001-2", "003-2", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), restated: a rising count"],
        ["001-2", "005-2", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 17), seven weeks apart"],
        ["001-2", "006-3", "about 10,000 (Oct 28) against about 11,000 (Dec 19), seven weeks apart"],
        ["001-2", "013-1", "about 10,000 (Oct 28) against 11,000-12,000 sent in all, restated a year later"],
        ["001-2", "013-3", A_], ["001-2", "013-9", A_],
        # the White House's at least 3,000 (Oct 23)
        ["001-3", "002-1", RISE], ["001-3", "003-1", RISE], ["001-3", "003-2", RISE], ["001-3", "005-2", RISE],
        ["001-3", "006-3", RISE], ["001-3", "013-1", RISE], ["001-3", "013-8", RISE], ["001-3", "013-9", A_],
        # Zelensky's 11,000 (Nov 4)
        ["002-1", "003-1", "Zelensky's 11,000 against Blinken's 8,000 restated in the live blog: the same two reports, already told"],
        ["002-1", "013-3", A_], ["002-1", "013-9", A_],
        ["002-1", "013-8", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        # the live blog's restatements (Nov 11)
        ["003-1", "005-2", "8,000 in Kursk (restated Nov 11) against 11,000-12,000 (Dec 17), weeks apart"],
        ["003-1", "006-3", "8,000 in Kursk (restated Nov 11) against about 11,000 in Russia (Dec 19), weeks apart"],
        ["003-1", "013-1", "8,000 in Kursk against 11,000-12,000 sent in all, restated a year later"],
        ["003-1", "013-8", "8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-1", "013-3", A_], ["003-1", "013-9", A_],
        ["003-2", "013-8", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["003-2", "013-3", A_], ["003-2", "013-9", A_],
        # December 2024 counts against the December 2025 newsletter
        ["005-2", "013-8", "11,000-12,000 in Kursk (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["005-2", "013-3", A_], ["005-2", "013-9", A_],
        ["006-3", "013-8", "about 11,000 (Dec 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["006-3", "013-3", A_], ["006-3", "013-9", A_],
        ["013-1", "013-3", "the original force against the reinforcements sent later, same article"],
        ["013-1", "013-8", "11,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025, same article"],
        ["013-1", "013-9", A_],
        ["013-3", "013-8", "3,000 reinforcements (Mar 2025) against about 10,000 remaining (Dec 2025)"],
        ["013-3", "013-9", "reinforcements against a separate builders' and deminers' contingent"],
        ["013-8", "013-9", "troops remaining against a separate builders' and deminers' contingent"],
        # casualties, north_korea
        ["005-1", "007-1", "several hundred (Pentagon, vague, Dec 17) against more than 3,000 (Dec 23), a week apart"],
        ["005-1", "008-1", "several hundred (Pentagon, vague, Dec 17) against about 1,100 (Dec 23), a week apart"],
        ["005-1", "010-1", "several hundred (vague, Dec 17) against more than 3,000 restated in the fact-check"],
        ["005-1", "010-2", "several hundred (vague, Dec 17) against about 1,100 restated in the fact-check"],
        ["005-1", "013-2", "several hundred (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["005-1", "013-5", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-1", "010-2", "Zelensky's more than 3,000 against JCS's 1,100 restated in the fact-check: the same two reports, already told"],
        ["007-1", "010-3", "more than 3,000 against the earlier several hundred (vague) restated in the fact-check"],
        ["007-1", "013-2", "more than 3,000 (Dec 23) against about 4,000 (Feb): a rising total"],
        ["007-1", "013-5", "more than 3,000 (Dec 23) against about 4,700 (Apr 30): a rising total, months apart"],
        ["008-1", "010-1", "JCS's 1,100 against Zelensky's more than 3,000 restated in the fact-check: the same two reports, already told"],
        ["008-1", "010-3", "about 1,100 against the earlier several hundred (vague) restated in the fact-check"],
        ["008-1", "013-2", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), weeks apart: a rising total"],
        ["008-1", "013-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-1", "010-3", "within the fact-check: more than 3,000 against the week-earlier several hundred (vague)"],
        ["010-1", "013-2", "more than 3,000 (Dec 23) against about 4,000 (Feb): a rising total"],
        ["010-1", "013-5", "more than 3,000 (Dec 23) against about 4,700 (Apr 30), months apart"],
        ["010-2", "010-3", "within the fact-check: about 1,100 against the week-earlier several hundred (vague)"],
        ["010-2", "013-2", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), weeks apart: a rising total"],
        ["010-2", "013-5", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["010-3", "013-2", "several hundred (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["010-3", "013-5", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["013-2", "013-5", "about 4,000 (HUR, Feb) against about 4,700 (NIS, Apr 30), ten weeks apart: a rising total"],
        # killed, north_korea
        ["005-3", "006-1", PART_K], ["005-3", "010-4", PART_K], ["005-3", "011-1", PART_K], ["005-3", "011-3", PART_K],
        ["005-3", "013-6", PART_K], ["005-3", "013-7", PART_K], ["005-3", "013-10", "two different parts: one battle against one engineering regiment"],
        ["006-1", "011-1", "at least 100 (Dec 19) against about 300 (Jan 13): a rising total the bound satisfies"],
        ["006-1", "013-6", "at least 100 (Dec 2024) against about 600 (Apr 2025), months apart"],
        ["006-1", "013-7", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["006-1", "013-10", PART_E],
        ["010-4", "011-1", "at least 100 (Dec 19, restated) against about 300 (Jan 13): a rising total the bound satisfies"],
        ["010-4", "013-6", "at least 100 (Dec 2024) against about 600 (Apr 2025), months apart"],
        ["010-4", "013-7", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["010-4", "013-10", PART_E],
        ["011-1", "011-3", "about 300 up from at least 100 a month earlier, same article: an update"],
        ["011-1", "013-6", "about 300 (Jan) against about 600 (Apr), months apart: a rising total"],
        ["011-1", "013-7", "about 300 (Jan) against about 2,000 (Sep), months apart: a rising total"],
        ["011-1", "013-10", PART_E],
        ["011-3", "013-6", "at least 100 (Dec 2024) against about 600 (Apr 2025), months apart"],
        ["011-3", "013-7", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["011-3", "013-10", PART_E],
        ["013-6", "013-7", "about 600 (Apr) against about 2,000 (Sep), same article: an update of a rising total"],
        ["013-6", "013-10", PART_E], ["013-7", "013-10", PART_E],
        # wounded, north_korea
        ["005-4", "006-2", "wounded in one three-day battle against a total: a part of the whole"],
        ["005-4", "010-5", "wounded in one three-day battle against a total: a part of the whole"],
        ["005-4", "011-2", "wounded in one three-day battle against a total: a part of the whole"],
        ["006-2", "011-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart: a rising total"],
        ["010-5", "011-2", "close to 1,000 (Dec 19, restated) against about 2,700 (Jan 13), weeks apart: a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
