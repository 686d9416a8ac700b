#!/usr/bin/env python3
"""Write gold.json for the blind207 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "President"]
US = ["Washington", "U.S.", "United States", "Austin", "Pentagon", "Defense"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved a second contingent of roughly 1,500 soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "bringing the number of its troops believed to be there to about 3,000", False),
         ("troops", "north_korea", 3000, None, "at_least", US,
          "at least 3,000 North Korean soldiers had been moved to eastern Russia in early-to-mid October", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed since the troops entered combat in December", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["agency"],
          "That would bring the North's losses to roughly 1,100, by the agency's count", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "Washington", "senior US"],
          "several hundred North Koreans had been killed or wounded so far", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has said it believes between 11,000 and 12,000 North Korean troops are now in Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units have lost close to four thousand killed and wounded in the Kursk direction alone", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "South Korean intelligence", "intelligence"],
          "believed by Western and South Korean intelligence to have sent around 11,000 soldiers to Russia last autumn", False),
         ("casualties", "russia", 400000, None, "more_than", ["Ministry of Defence", "MoD", "UK", "Britain"],
          "Russia had suffered more than 400,000 killed and wounded during 2024", False),
         ("casualties", "russia", 1500, None, "more_than", ["Ministry of Defence", "MoD", "UK", "Britain"],
          "the daily average had risen to well over 1,500 in December", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 have been wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's casualties at about 3,000, according to the National Intelligence Service", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "The NIS confirmed that two North Korean soldiers had been captured by Ukraine", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has so far sent about 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Around 600 of those casualties were deaths", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North first sent about 11,000 soldiers in the autumn of last year", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "added roughly 3,000 more in January and February to make up for losses", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "Kyiv"],
          "Ukraine, which captured two North Korean soldiers in January", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence", "Main Intelligence Directorate"],
          "have lost more than four thousand men killed and wounded in the Kursk region", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk operation since August 2024", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 soldiers to Russia in total", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent around 15,000 soldiers in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them have been killed or wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers, South Korea's spy agency told lawmakers on Friday, have now been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The National Intelligence Service in April had put the number of dead at around 600", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 deminers are already in the region, the lawmakers said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Seoul estimates the North has sent a total of about 15,000 soldiers", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim", "North Korea", "Pyongyang"],
          "acknowledging that nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of some 15,000 sent since the autumn of 2024", False)],
}
NOT = {
 "000": ["a total of about 10,000 soldiers by December (planned)", "Oct. 8 and 13", "0.25 pct point to 3.25 pct (headline)",
         "2,599.62, 412.6 bln won (headline)", "2 short-range ballistic missiles (headline)", "1,000 rice bags (headline)",
         "10,000 fans (headline)", "274.5 pct, 9.1 tln won (headline)", "30 more K9 howitzers (headline)",
         "Article View 3,412 | Share 57", "2024/10/24 11:15 KST"],
 "002": ["240mm multiple rocket launchers, self-propelled 170mm guns", "Dec. 3 martial law", "1,451.9 per dollar, 15 years",
         "Facebook 214 | X 96 | Kakao 38", "11% (headline)", "1.95% (headline)", "4 weekly flights (headline)",
         "12K-strong expeditionary force (headline)", "30% of overseas staff (headline)", "52,000 readers"],
 "003": ["Views 4 871", "42 Russian attacks (headline)", "78 Shahed drones, 59 shot down (headline)",
         "General Staff loss widget: personnel about 776,550 (+1,440), tanks 9,581 ...", "120K subscribers", "23.12.2024 17:10"],
 "004": ["Comments (188)", "2 min read", "16th package", "24 February, third anniversary",
         "12K North Korean troops (headline)", "€50bn, €16.1bn (headline)", "1,042 partners"],
 "005": ["born in 2005 / 1999", "4 minute read", "400 km (headline)", "1.1%, 1.25%, 2011 (headline)",
         "24-hour promise, 1,000-km front line (headline)"],
 "008": ["over 12 million rounds (shells)", "28 trillion won (US$20 billion)", "June 2024", "Share 1.1K",
         "June 3 presidential race (headline)", "25 million subscribers (headline)", "0.2% (headline)",
         "12th straight week (headline)", "Comments 87"],
 "009": ["Comments 312", "Koksan 170-mm guns, 240-mm rocket launchers, up to 60 kilometers", "August 2024",
         "15,000 Soldiers, 4,700 Casualties (headline)", "170 Drones, Kills 2 (headline)", "'12K Army' (headline)",
         "3-Day Truce (headline)", "25,000 subscribers"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 more people (headline, planned)",
         "second time in two weeks", "90 billion rubles (about $1.1 billion)", "2.3%", "$5, $10 or $25 a month",
         "30,000 readers", "5 million rubles (headline)", "7 charts (headline)", "12 years (headline)"],
 "012": ["about 6,000 military engineers and construction workers (planned)", "about 28,500 US troops in South Korea (not a subject)",
         "4 Comments", "Dodgers 5-3, 47th homer (headline)", "6 cents to $4.69 (headline)",
         "15,000 troops, 2,000 dead (headline)", "$1 for 6 months"],
 "014": ["the roughly 1,000 deminers Moscow asked for (planned)", "about 120 days", "within 10 kilometers",
         "50,836.55, 1.4% (headline)", "2% of GDP (headline)", "20,000 bear sightings, 13 killed (headline)",
         "7.5-magnitude (headline)", "¥1,800/month, 14 days"],
}
OFF = ["001", "007", "011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind207 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-3", "nearly 4,000 casualties (Zelensky) against about 3,000 (NIS), six days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official) in one article: a vague figure"],
            ["000-1", "000-2", "a second contingent of about 1,500 against about 3,000 in all: a part of the whole"],
            ["000-1", "000-3", "a second contingent of about 1,500 against at least 3,000 in all (Washington): a part of the whole"],
            ["008-1", "008-4", "about 15,000 in all against about 11,000 in the first deployment: a part of the whole"],
            ["008-1", "008-5", "about 15,000 in all against an additional 3,000 or so: an additional force"],
            ["008-4", "009-3", "about 11,000 first deployed (NIS) against about 15,000 in all, four days later: a part of the whole"],
            ["008-5", "009-3", "about 3,000 reinforcements (NIS) against about 15,000 in all, four days later: an additional force"],
            ["012-1", "012-2", "about 2,000 killed now against about 600 in April, restated: months apart"],
            ["012-3", "012-4", "about 1,000 deminers against about 15,000 sent in all: a part of the whole"],
            ["014-1", "014-2", "nine killed in one engineer regiment (KCNA) against about 2,000 killed in all (NIS): a part of the whole"],
        ],
    },
)
