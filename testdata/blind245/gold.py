#!/usr/bin/env python3
"""Write gold.json for the blind245 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "President of Ukraine"]
HUR = ["Defence Intelligence", "HUR", "military intelligence", "Budanov", "Ukrain"]
PENTAGON = ["Pentagon", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Some 1,500 North Korean special forces soldiers were ferried from the North's eastern port areas to Vladivostok", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11 thousand North Korean military personnel in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the North Korean contingent brought to Russia includes about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 of them have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and roughly 1,000 more wounded since they were committed to combat early this month", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, that is a loss of around 1,100 men in little more than two weeks", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's intelligence agency estimated the North's losses at a far lower level, around 1,100 killed and injured", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers fighting for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, South Korea's National Intelligence Service said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the toll to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["SBU", "Ukrain"],
          "The agency confirmed that Ukraine had taken two North Korean soldiers prisoner", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. officials", "US officials", "U.S.", "United States"],
          "U.S. officials have put the size of the North Korean contingent at about 11,000 soldiers", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 — that is the number of North Koreans killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's spy agency had put the combined losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers captured by Ukrainian forces last week", False)],
 "006": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "The Pentagon first spoke of roughly 10,000 soldiers in eastern Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "by December it said that 11,000 to 12,000 were in the Kursk area", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "South Korea's Joint Chiefs of Staff reported that Pyongyang had quietly rotated in about 3,000 more soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "| Killed and wounded | nearly 4,000 | President Zelensky | January 2025 |", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "| Prisoners held by Ukraine | 2 | SBU | January 2025 |", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine's armed forces lost more than 76,000 soldiers killed and wounded in the operation, Gerasimov claimed", False),
         ("troops", "north_korea", 11000, None, "more_than", ["Western", "South Korean officials", "officials"],
          "Western and South Korean officials believe that well over 11,000 North Korean soldiers have been sent to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "by Ukraine's count more than 4,000 have been killed or wounded, according to Kyrylo Budanov", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties in the Russia-Ukraine war", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 soldiers killed, according to the National Intelligence Service", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent roughly 15,000 soldiers to Russia in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "About 11,000 were dispatched in the autumn", False),
         ("troops", "north_korea", 4000, None, "about", NIS,
          "and around 4,000 more were sent in the first months of this year", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "the North had sent about 3,000 soldiers to the Kursk front in January and February", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS,
          "Seoul's intelligence service estimates that about 600 North Korean soldiers have been killed in Russia", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 of the North Korean soldiers sent to help Russia repel Ukraine's incursion into Kursk have been killed, South Korea's spy agency believes", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "up from the 600 deaths that the National Intelligence Service reported in April", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 deminers are already in Kursk, the NIS said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the roughly 15,000 combat soldiers the agency says were sent over the past year", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un"],
          "Nine servicemen were killed while performing the mission, KCNA said", False)],
}
NOT = {
 "000": ["a total of around 12,000 troops in four brigades (planned)", "12K troops (related headline, planned)",
         "1,500-strong dispatch (related headline)", "13,000 containers", "Oct. 8 and 13", "60-meter sections",
         "6 tracks, 2,593.82, 2.5 pct, 4 pct (most viewed)", "3 killed in apartment fire (headline)"],
 "001": ["60mm mortars, AK-12, RPG-7", "five training grounds", "August 6, 2024", "more than 600 square kilometres",
         "1,590 troops, 701,120 in total (read also)", "2 injured, 17 UAVs (read also)", "EUR 4.2 bn",
         "Facebook 214, X 87, Telegram 52", "68K subscribers"],
 "002": ["one high-ranking officer among the dead", "240 mm rocket launchers, 170 mm guns", "248-kilometer border",
         "Share 3.1K", "7 in 10 (headline)", "1,450 per dollar", "W1.8tr", "3 dead (headline)", "9 years, 1.95%"],
 "003": ["¥1.7 trillion ($11 billion)", "8 ballistic missiles (related)", "1,000-km (related)",
         "120,000 passengers (related)", "3 free articles, ¥1,500/month", "Comments (41)"],
 "004": ["born in 2005 / 1999", "38,000 troops including 15,000 irretrievably (read next headline)", "2%, 1.1%, 157 per dollar",
         "over 7% (sponsored)", "August incursion"],
 "005": ["100-year partnership", "£40 million", "200 flights (most viewed)", "2027 (most viewed)", "1.3 million visitors"],
 "006": ["~30 km wide", "as many as 200 long-range artillery pieces", "12 years from Moscow", "12K troops (related headline, Russian losses)",
         "58 drones, 34 shot down (related)", "$20 a year, $8 a month, 9,400 members", "Share 412, Comments 36", "8 min read"],
 "007": ["Comments (212)", "250,000 mourners (most popular)", "3 injured, 34 (most popular)", "£60m", "£5 a month",
         "a monument to the soldiers who died (no number)"],
 "008": ["roughly 1 million barrels of oil", "2 short-range ballistic missiles", "about 130 kilometers", "0.3%, 1,425",
         "June 3 election", "20 Boeing jets, $32.7 billion", "Facebook 58"],
 "009": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 (headline, planned)", "third trip in three months",
         "roughly seven months", "more than 1,200 homes", "2 more villages (read more)", "78 per dollar, 35%", "7 years (read more)", "$2"],
 "011": ["6,000 military engineers and construction troops promised (planned)", "more than three times", "80 years",
         "100-metre-long drone submarine", "502 drones and missiles (read more)", "364 votes", "7 min, 1 email a day"],
 "014": ["528th engineer regiment", "120 days", "several thousand hectares", "more than 1.5 million explosive objects",
         "67 Ukrainian drones (read also)", "1.5 times (read also)", "340 residents (read also)", "120K followers"],
}
OFF = ["010", "013"]
DUP = {"012": "011"}

goldlib.write(
    "Gold labels for the blind245 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 16)"],
        ],
        "may": [
            ["003-1", "003-2", "Zelensky's more than 3,000 against the NIS 1,100 restated in the same article"],
            ["005-1", "005-2", "Zelensky's nearly 4,000 against the NIS 3,000 restated in the same article"],
            ["006-1", "006-2", "the Pentagon's earlier roughly 10,000 against its later 11,000-12,000: bands touch, months apart"],
            ["006-1", "006-3", "about 3,000 more soldiers: an additional force"],
            ["006-2", "006-3", "about 3,000 more soldiers: an additional force"],
            ["007-2", "008-5", "around 4,000 more sent this year: an additional force"],
            ["007-2", "008-6", "about 3,000 to the front in Jan-Feb: an additional force"],
            ["008-3", "008-4", "about 11,000 sent in the autumn: a part of the 15,000 total"],
            ["008-3", "008-5", "around 4,000 more: a part of the 15,000 total"],
            ["008-3", "008-6", "about 3,000 in Jan-Feb: a part of the 15,000 total"],
            ["008-4", "008-5", "initial force against the additional one"],
            ["008-4", "008-6", "initial force against the additional one"],
            ["008-5", "008-6", "around 4,000 sent this year against about 3,000 sent to the front in Jan-Feb: overlapping parts"],
            ["011-1", "011-2", "NIS revision from 600 (April) to about 2,000 (September): a revision, months apart"],
        ],
    },
)
