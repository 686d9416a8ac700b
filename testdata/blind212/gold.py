#!/usr/bin/env python3
"""Write gold.json for the blind212 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "U.S.", "US official"]
HUR = ["Defense Intelligence", "HUR", "military intelligence", "Yusov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved about 3,000 of its soldiers to Russia so far, South Korea's National Intelligence Service (NIS) told lawmakers Thursday", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of around 1,500 special forces troops was ferried from ports near Chongjin and Hamhung to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to train in eastern Russia, and some of them have already moved closer to the fighting in Ukraine, the Pentagon said Monday.", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Somewhere between 10,000 and 12,000 North Korean soldiers have now been sent to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "President Volodymyr Zelenskyy said earlier this month that 11,000 North Koreans were already in the Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been wounded, South Korea's intelligence agency said Thursday", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That brings the North's total casualties to roughly 1,100, Lee said.", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang has sent about 11,000 soldiers to Russia, it said", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "US official"],
          "several hundred North Korean troops had been killed or wounded in Kursk", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelensky said Saturday", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukrainian leader"],
          "Last week the Ukrainian leader said that nearly 4,000 North Koreans had been killed or wounded in the fighting in Kursk", False),
         ("casualties", "ukraine", 48000, None, "more_than", ["defence ministry", "defense ministry", "Russia"],
          "Its defence ministry says Ukraine has lost more than 48,000 troops in the Kursk region since the August incursion.", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL,
          "Two soldiers, although wounded, survived and were taken to Kyiv", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia against Ukraine, South Korea's spy agency said on Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's casualties to some 3,000", False),
         ("killed", "north_korea", 1, None, "exact", NIS,
          "One soldier shouted for General Kim Jong Un and tried to set off a grenade as he was about to be captured, before he was shot dead", True),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "The National Intelligence Service also confirmed that two North Korean soldiers had been captured by Ukrainian forces over the weekend", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 additional troops had been dispatched in January and February", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Oct 2024 | South Korea's NIS | about 3,000 troops in Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Dec 2024 | Pentagon | 11,000-12,000 troops in Kursk", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | South Korea's NIS | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Koreans have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total the North has sent roughly 15,000 soldiers to Russia, the agency said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including about 3,000 reinforcements who arrived in January and February", False)],
 "010": [("casualties", "north_korea", 4800, None, "about", HUR,
          "North Korea's losses in the fighting for Russia's Kursk region now stand at about 4,800 killed and wounded, according to Ukraine's Defense Intelligence (HUR).", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service, which put the North's losses at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "the two North Korean prisoners held since January", True)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk Region", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"],
          "nine of the regiment's soldiers had been killed while removing explosives", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting in Russia", False)],
}
NOT = {
 "000": ["some 10,000 by December (planned)", "11th Army Corps", "about two months of training", "16 trash balloons, 31st launch",
         "7 short-range ballistic missiles (headline)", "0.53 pct, 2,581.03, 1,382.7 won (headline)", "3.6 pct, 61.5 tln won (headline)",
         "2 dead, 5 injured in Busan fire (headline)", "9.1 tln won", "Facebook 318, X 1.2K", "Nov. 15"],
 "001": ["about 28,500 U.S. troops in South Korea (not a subject)", "32 members", "$425 million", "Northridge 28, Eastwood 21",
         "9 cents, $3.06", "72°", "$1 for 6 months", "Comments (47)", "4 min read"],
 "002": ["170 mm guns, 240 mm rocket launchers", "1.28 million active personnel (army size, not a deployment)",
         "even 12,000 would be a small fraction (hypothetical)", "about 13,000 containers", "June 19, 2024; Oct. 24",
         "roughly 7,000 km", "Nikkei 225 38,026.17 (-0.85%)", "154.62 yen", "2% of GDP by fiscal 2027", "$1.4bn", "9,000 jobs", "1 yen"],
 "003": ["204-85 vote", "Dec. 3", "1,451 per dollar", "180 days", "93 countries", "3%", "Share 2.3K", "top 5 stories"],
 "004": ["174 Russian attacks (headline)", "500,000 consumers (headline)",
         "Russian losses widget: 777,930 (+1,880), 9,571 tanks, 21,063, 20,502", "Views 4,812"],
 "005": ["born in the Tuva region (no number)", "At least 13 killed in Zaporizhzhia (headline)", "$1.2 billion (headline)",
         "150,000 homes (headline)", "843 partners", "7 days a week", "3 min reading time"],
 "006": ["born in 2005 / 1999", "6.6% exports (headline)", "4-day trip (headline)", "3 min read"],
 "008": ["two to three weeks", "around 59 million eligible voters", "Facebook 1,204", "10 charts", "16th sanctions package",
         "6 p.m.", "4 minutes reading time"],
 "009": ["six months", "39 percent (headline)", "169 seats (headline)", "60 million (headline)", "$4 every four weeks",
         "1,232 comments", "100 days"],
 "010": ["KN-23 missiles, 170-mm Koksan guns, millions of shells", "a few kilometres",
         "Russian losses widget: 955,380 (+1,200), 10,806 tanks, 22,527, 26,930", "30-day ceasefire (headline)",
         "2 killed, 9 injured in Kyiv (headline)", "40,000 subscribers", "5,406 views", "Telegram 88", "3 purposes"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "second visit in two weeks", "over 7,000 units of weapons",
         "Article 4", "77 drones (headline)", "up to 1,285 troops in past day (headline)", "78.45, 90.30 rubles (headline)",
         "20,000 participants from 140 countries (headline)"],
 "014": ["about four months, 120 days", "8.8 trillion yen (headline)", "2nd launch in a month (headline)", "20 languages"],
}
OFF = ["012", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind212 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 sent to Russia (NIS, Oct 24) against about 10,000 sent to Russia (Pentagon, Oct 28), four days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["005-2", "006-3", "nearly 4,000 casualties (Zelensky, restated Jan 12) against some 3,000 (NIS, Jan 13), one day apart"],
        ],
        "may": [
            ["000-2", "001-1", "a first contingent of about 1,500 (NIS, restated) against about 10,000 in all (Pentagon): a part, and an earlier batch"],
            ["003-5", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["008-2", "008-3", "table rows: about 3,000 in Russia in Oct 2024 (NIS) against 11,000-12,000 in Kursk in Dec 2024 (Pentagon): a timeline, months apart"],
            ["008-1", "008-3", "about 3,000 additional troops (NIS) against 11,000-12,000 in Kursk (Pentagon table row): an additional force"],
        ],
    },
)
