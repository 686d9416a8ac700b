#!/usr/bin/env python3
"""Write gold.json for the blind101 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or crosscheck's output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Ryder", "U.S.", "US ", "Defense Department", "department"]
USOFF = ["U.S. military official", "US military official", "senior U.S.", "senior US", "Pentagon"]
RUMOD = ["Defense Ministry", "Defence Ministry", "ministry", "Russia", "Moscow"]
HUR = ["Defence Intelligence", "HUR", "GUR", "Yusov", "military intelligence", "Ukrain"]
BUDANOV = ["Budanov", "military intelligence", "GUR", "HUR"]
UA = ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 others have been wounded, the National Intelligence Service (NIS) said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea has deployed about 11,000 soldiers to Russia since October, it said", False),
         ("troops", "north_korea", 2000, None, "about", NIS,
          "concentrated among roughly 2,000 of them who were moved up to the front line around Sudzha", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "the dead included at least one officer of general rank", True)],
 "001": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk Oblast, President Volodymyr Zelensky has said", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean forces fighting for Russia have suffered around 1,100 casualties, counting both the dead and wounded", False)],
 "003": [("casualties", "north_korea", 200, 900, "vague", USOFF,
          "have suffered several hundred casualties in their first weeks of fighting, a senior U.S. military official said", True),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "the department still assesses there are 11,000 to 12,000 North Korean troops in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from the roughly 10,000 it cited in late October", False)],
 "004": [("casualties", "ukraine", 310, None, "up_to", RUMOD,
          "the Ukrainian army lost up to 310 servicemen in the Kursk area over the past day", False),
         ("casualties", "ukraine", 45000, None, "more_than", RUMOD,
          "the Ukrainian army has lost more than 45,000 servicemen, 280 tanks", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukrain"],
          "the Kyiv regime's claims that thousands of North Korean soldiers had been killed or wounded", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian soldiers have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
         ("captured", "north_korea", 1, None, "exact", UA,
          "Ukraine first said it had captured a North Korean in late December, but the man died", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 more wounded while fighting for Russia, the National Intelligence Service (NIS) said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's combined losses in the Kursk region to around 3,000, according to the agency", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UA,
          "confirmed for the first time that Ukraine had captured two North Korean soldiers on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's National Intelligence Service, which told lawmakers in Seoul that about 3,000 had been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including around 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + UA,
          "hand back two North Korean soldiers captured in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "Ukrain"],
          "North Korea has sent some 11,000 soldiers to Russia, according to Ukrainian and Western estimates", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "have lost more than four thousand men killed and wounded since November, according to the Defence Intelligence of Ukraine (HUR)", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Moscow", "Gerasimov", "Russia"],
          "Moscow says Ukraine lost more than 76,000 servicemen killed and wounded in the operation", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded, the National Intelligence Service told lawmakers", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those casualties, roughly 600 were killed, the spy agency said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The North dispatched about 3,000 more soldiers then to make up for its losses, the NIS said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "in addition to the roughly 11,000 it sent last autumn", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia, South Korea's spy agency said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "some 11,000 North Korean troops remain in Russia's Kursk region", False)],
 "012": [("killed", "north_korea", 3000, None, "more_than", BUDANOV,
          "More than 3,000 North Korean soldiers have been killed in the fighting for Russia's Kursk region, Ukraine's military intelligence chief Kyrylo Budanov said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service told lawmakers on Thursday that it believed around 2,000 North Koreans had died", False),
         ("troops", "north_korea", 11000, None, "about", BUDANOV,
          "the contingent, now numbering about 11,000", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "Kyiv has repeatedly offered to exchange the two North Korean prisoners it holds", False)],
}
NOT = {
 "000": ["240-mm multiple rocket launchers and 170-mm self-propelled guns", "7 short-range ballistic missiles (headline)",
         "61.2 tril. won (headline)", "1st pretrial hearing on Dec. 27 (headline)", "1,450 per dollar, 15 years (headline)",
         "1.95 pct, 200 for 3rd week (most viewed)", "15:12"],
 "001": ["roughly 10 km from the border", "155 mm artillery", "€2 billion for 2025",
         "6 oblasts, 500,000 without power (headline)", "1,930 Russian soldiers killed over past 24 hours (headline widget)",
         "Patriot battery number 7 (headline)", "Facebook 214 | X 96 | Telegram 1.2K"],
 "002": ["1970s and 1980s", "3 weeks (headline)", "39th straight week", "2.3%", "1.8 trillion won", "1 free article"],
 "003": ["about 28,500 U.S. troops in South Korea (not a subject)", "170 mm Koksan guns", "$5.9 billion", "155 mm rounds",
         "Jan. 20", "Comments (57)", "2,000 jobs at 12 installations (headline)", "9-month deployment", "2.5%", "$9.99 a month"],
 "004": ["a tank, four armored combat vehicles and eight motor vehicles", "280 tanks and 220 infantry fighting vehicles",
         "four counterattacks", "some 20 km north of Sudzha", "59 drones, 18 of them", "1.7% of GDP", "101.5 per dollar",
         "1,500 schoolchildren (headline)", "3 new flights to Pyongyang (headline)"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "74 drones, 2 missiles (headline)", "17,000 members, $5 a month",
         "kills 13, injures 113 (headline)", "47th Brigade repels 28 assaults (headline)", "5 charts", "Share 2.1K", "Comments 84",
         "3 min read"],
 "006": ["almost tripling", "600-mm super-large rocket launchers", "October 2024", "3 more reconnaissance satellites by 2026",
         "3.8 trillion won", "0.24%, 2,489.56", "Comments (12)", "Like 45"],
 "007": ["several hundred square kilometres", "August 2024", "Oil climbs 2% (headline)", "S&P 500 slips 0.2% (headline)",
         "0 comments"],
 "009": ["1,090 personnel, 12 artillery systems, 41 UAVs (headline widget)", "8 drones, 2 injured (headline)",
         "50/50 fund (headline)", "12,400 subscribers", "several weeks in February"],
 "010": ["an estimated $20 billion", "June 3, 2 days (headline)", "0.21%, 2,556.61", "5 things, 39.5-hour work week",
         "3 times a week"],
 "011": ["6,000 more personnel -- 1,000 deminers and 5,000 military construction workers (planned)",
         "80th anniversary", "since taking power in 2011", "more than 1 trillion won", "more than three times",
         "20-hour trip (headline)", "2.5 pct for 2nd straight meeting (headline)", "2 cruise missiles, 3 months (headline)",
         "475 detained (most viewed)", "56 pct"],
 "012": ["6,000 North Korean deminers and builders (planned)", "about half of the artillery ammunition",
         "122 mm and 152 mm shells", "more than 100 Koksan self-propelled guns and 240 mm rocket launchers",
         "the number of wounded is several times higher (no figure)", "1,089,000 Russian losses (headline)",
         "810 drones (headline)", "19th sanctions package (headline)", "Reader comments: 31", "Share this: 640", "$4.99 a month"],
}
OFF = ["013", "014"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind101 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day"],
            ["006-3", "007-1", "around 3,000 casualties (NIS) against nearly 4,000 (Zelensky), the same day"],
            ["011-1", "012-1", "about 2,000 killed (NIS) against more than 3,000 killed (Budanov), four days apart"],
        ],
        "may": [
            ["003-1", "002-1", "several hundred casualties (US official) against around 1,100 (JCS), six days apart: a vague figure"],
            ["003-1", "001-1", "several hundred casualties (US official) against more than 3,000 (Zelensky), six days apart: a vague figure"],
            ["004-3", "002-1", "'thousands' (Kyiv's claims, as Moscow retells them) against around 1,100 (JCS): a vague figure"],
            ["004-3", "003-1", "'thousands' against 'several hundred': two vague figures a week apart"],
            ["004-1", "004-2", "up to 310 in one day against more than 45,000 since August (Russian MoD): different periods"],
            ["005-2", "005-1", "one prisoner in December (who died) against two in January: different events"],
            ["005-2", "006-4", "one prisoner in December against two in January: different events"],
            ["005-2", "007-4", "one prisoner in December against two in January: different events"],
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against the NIS's about 3,000 as restated in the same article: the 006-3~007-1 conflict again"],
            ["010-1", "010-4", "about 15,000 in total against about 3,000 more sent in January-February: a part, an additional force"],
            ["010-1", "010-5", "about 15,000 in total against about 11,000 sent last autumn: a part of the total"],
            ["010-4", "010-5", "about 3,000 reinforcements against about 11,000 in the first contingent: two different contingents"],
            ["012-1", "012-2", "more than 3,000 killed (Budanov) against the NIS's about 2,000 as restated in the same article: the 011-1~012-1 conflict again"],
        ],
    },
)
