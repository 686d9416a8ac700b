#!/usr/bin/env python3
"""Write gold.json for the blind75 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENTAGON = ["Ryder", "Pentagon", "Department of Defense", "U.S."]
BUDANOV = ["Budanov", "HUR", "Defense Intelligence", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far shipped about 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first group of about 1,500 special forces, reported by the agency on Friday", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "National Security Council", "White House", "United States", "U.S."],
          "at least 3,000 young North Korean men had been moved by ship to eastern Russia", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "North Korea now has more than 10,000 soldiers in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", BUDANOV,
          "11,000 North Korean soldiers were already in Russia's Kursk region", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Between 11,000 and 12,000 North Korean soldiers are now in Kursk", False),
         ("casualties", "north_korea", 100, 400, "vague", ["U.S. military official", "U.S. official", "senior U.S."],
          "later put the toll in \"the low hundreds\" of dead and injured", True),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "the Pentagon's estimate was that some 10,000 North Korean soldiers had been sent to eastern Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", PENTAGON,
          "Up to 12K North Korean troops now in Kursk fight, Pentagon says (headline)", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put Pyongyang's losses at some 1,100 in total", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one officer of general rank", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the losses among North Korean troops in Kursk, killed and wounded, already exceed 3,000 people", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "had suffered roughly 1,100 casualties, the JCS said", False)],
 "005": [("killed", "north_korea", 20, None, "about", ["source", "Daily NK"],
          "In our county alone, about 20 families were told their sons were dead", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and another 2,700 injured fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's casualties to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine had taken two North Korean soldiers prisoner", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The losses of North Korean units are nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "which told lawmakers on Monday that about 3,000 North Koreans had been killed or injured", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners it captured over the weekend", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "the North had sent roughly 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 soldiers Seoul says were deployed in October and November", False),
         ("troops", "north_korea", 14000, None, "about", ["38 North", "Dempsey-Han", "our count"],
          "that would bring the total North Korea has sent to around 14,000 by our count", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 of the original contingent had been killed or wounded by mid-January", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost about 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those, about six hundred were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent some 15,000 troops to Russia in total since last October", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUDANOV,
          "More than 4,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Seoul put the North's dead and wounded at about 4,700", False),
         ("troops", "russia", 50000, None, "about", ["Ukrain"],
          "it has concentrated around 50,000 of its own troops there", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un"],
          "nine soldiers were killed while removing explosives left by Ukrainian forces", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting there", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "about 10,000 North Korean troops were stationed along Russia's border areas", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had been moving to Russia in stages since September", False)],
}
NOT = {
 "000": ["10,000 men in Russia by December (planned)", "152 mm shells in more than 13,000 containers", "US$2,000 a month",
         "aged 20 to 22", "Share 2.1K", "7 short-range ballistic missiles (headline)", "30 monitoring staff (headline)",
         "1.3 pct (headline)", "1,386 per dollar (headline)", "12 hours (headline)"],
 "001": ["Storm Corps numbers about 40,000 men at home (unit size, not a deployment)", "30 kilograms", "18 or 19",
         "left in 2019", "1,000 tons of oil", "155 mm shells", "Share 847", "Comments 36", "17% (headline)", "1950",
         "3rd straight day, 1,400 flights (headline)"],
 "002": ["Up to 12K (headline restating the range; optional)", "about 2 km from the border", "240 mm rocket launchers",
         "600 mm rocket launcher (headline)", "15.7% (headline)", "3 new barracks (headline)", "4,500+ subscribers, $11.99/month",
         "Share 1.2K", "14 comments"],
 "003": ["170 mm guns, up to 60 km", "240 mm rocket launchers", "Dec. 8", "Facebook 312, X 88, Kakao 1.1K",
         "1,450 per dollar, 2009 (headline)", "Dec. 27 hearing (headline)", "10% of overseas staff (headline)", "5 stories at 7 a.m."],
 "004": ["nearly three times higher", "five days", "51 of 78 drones (headline)", "6% (headline)", "2 million Koreans (headline)",
         "11 languages", "Share 566"],
 "005": ["10 kg of rice", "about 15%", "11th Corps", "aged between 18 and 23", "about 10 years", "escaped in 2016",
         "$10, $25 or $50", "5 sentenced to death (headline)", "3rd time (headline)", "24-hour shifts (headline)", "6 min read",
         "238, 41, 9 comments"],
 "006": ["born in 2005 / 1999, served since 2021 / 2016", "paras 5-7", "1,100 km (headline)", "24-hour readiness (headline)",
         "US$683.8 bln (headline)", "Share 3.4K"],
 "007": ["1950s", "95th Air Assault Brigade", "about a dozen such attacks", "2010s", "1st arrest (headline)",
         "40th straight week (headline)", "scores 2, 3-1 (headline)", "3 times a week", "Comments 22"],
 "008": ["at least 8 new firing lanes", "about 400 meters", "170 mm Koksan guns", "240 mm rocket launchers", "18 km from Rason",
         "active army of about 1.2 million (not a deployment)", "15 years", "40 launches in 12 months (headline)",
         "2 new pads (headline)", "$50", "Share 412"],
 "009": ["US$20 billion", "nearly 80% of GDP", "46% (headline)", "25 million users (headline)", "150,000 won per gram (headline)",
         "Facebook 1,024, X 97", "7 a.m."],
 "010": ["about 25 km from the Kursk border", "5,000-ton destroyer (headline)", "Nearly 70% of defectors (headline)",
         "$11.99/month, 30% off", "Share 944", "27 comments", "1st photos (headline)"],
 "011": ["1,000 deminers and 5,000 military builders (planned, Shoigu in June)", "about 120 days", "medals to 18 officers",
         "30-meter memorial column", "fled in 2014", "2 cruise missiles (headline)", "8.2 pct to 66.3 tln won, 2026 (headline)",
         "2 soldiers injured in DMZ landmine blast (headline)", "Share 1.7K"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind75 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 20) against more than 3,000 (Zelensky, Dec 24), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (JCS), the same day"],
            ["006-3", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 16), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 sent in all against the first batch of about 1,500: a part, restated"],
            ["000-2", "000-3", "the first batch of about 1,500 (NIS) against at least 3,000 (Kirby): a part against a bound"],
            ["002-1", "002-3", "11,000-12,000 in Kursk against the earlier about 10,000 in eastern Russia: the bands touch, restated"],
            ["002-2", "003-3", "the low hundreds (US official) against about 1,100 (NIS), three days apart: a vague figure"],
            ["002-2", "004-1", "the low hundreds (US official) against more than 3,000 (Zelensky), seven days apart: a vague figure"],
            ["002-2", "004-2", "the low hundreds (US official) against about 1,100 (JCS), seven days apart: a vague figure"],
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against NIS's about 3,000 restated in the same article: a repeat of 006-3~007-1"],
            ["008-1", "008-2", "about 3,000 additional against about 11,000 first sent: an additional force"],
            ["008-1", "008-3", "about 3,000 additional against about 14,000 in total: a part of the whole"],
            ["008-2", "008-3", "about 11,000 first sent against about 14,000 in total: a part of the whole"],
            ["011-3", "011-4", "about 10,000 guarding the border against some 5,000 construction troops: different forces"],
        ],
    },
)
