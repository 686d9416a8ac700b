#!/usr/bin/env python3
"""Write gold.json for the blind90 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
GUR = ["Budanov", "Defence Intelligence", "GUR", "HUR", "military intelligence", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia", "TASS"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", GUR,
          "Around 11,000 North Korean infantrymen are now going through training at ranges in Russia's Far East", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Russian navy landing ships carried 1,500 North Korean special forces troops from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "Defense", "U.S.", "US"],
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers, South Korea's National Intelligence Service told lawmakers on Wednesday, are now in Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["U.S. officials", "US officials", "Blinken", "United States"],
          "Roughly 8,000 of them have been moved to the Kursk border region, according to U.S. officials", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in fighting against Ukrainian forces in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combined losses at around 1,100, the agency estimated", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has put the size of the North Korean contingent in Russia at 11,000 to 12,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US official", "U.S. official"],
          'the North Koreans had suffered "several hundred" casualties', True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded since they were sent to Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Together the figures put North Korean casualties at roughly 3,000, the agency said", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukrainian forces on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean losses in Kursk are now close to four thousand killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukraine's Security Service (SBU) is holding the two soldiers, captured in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Western estimates", "Western"],
          "Western estimates put the force Pyongyang sent to Russia last autumn at roughly 11,000", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Both were wounded and are being treated in Kyiv", True)],
 "008": [("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "The Ukrainian armed forces have lost more than 67,000 servicemen in the Kursk area since the start of their incursion last August", False),
         ("casualties", "ukraine", 260, None, "up_to", RUMOD,
          "Over the past 24 hours, the Ukrainian army lost up to 260 servicemen in the Kursk direction", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of its soldiers have been killed or wounded, South Korea's National Intelligence Service told lawmakers", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Some 600 of them died, the spy agency said", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "general staff", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk offensive", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "Seoul's Joint Chiefs of Staff have said Pyongyang sent roughly 11,000 troops last autumn", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "around 3,000 more in January and February", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has already sent about 15,000 troops to Russia in total, South Korea's intelligence agency says", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "The agency estimates that about 4,700 of them were killed or wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed while fighting for Russia against Ukraine, the country's spy agency said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "around 11,000 North Korean troops remain stationed in the Kursk area and nearby border regions", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "North Korea", "Kim Jong Un", "Pyongyang"],
          "nine sappers died on the job, North Korean state media reported", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korean intelligence estimated in September that about 2,000 North Korean soldiers had been killed fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "by Seoul's count, numbers some 15,000 in all", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Ministry of Defence", "Britain", "British", "UK", "MoD"],
          "Russian casualties, killed and wounded, passed 1 million this summer, according to Britain's Ministry of Defence", False)],
}
NOT = {
 "000": ["a first group of 2,600 to the Kursk region by 1 November (planned)", "five training grounds",
         "around 1,300 square kilometres", "8 and 13 October", "February 2022", "Telegram 1.3K, Facebook 214, X 87",
         "686,950 soldiers (other story's headline)", "1,200 guided aerial bombs (headline)",
         "kills 7, injures 21 (headline)", "$5 a month", "10 most important stories", "Comments (48)"],
 "001": ["about 28,500 troops in South Korea (US troops, not a subject)", "1953", "$425 million", "155 mm artillery rounds",
         "02:47", "Comments (1,204)", "death toll rises to 230 (headline)", "3 waves (headline)",
         "41 million (headline)", "Dow 42,387.57 +0.65%"],
 "002": ["$2,000 a month", "86 minutes, more than 7,000 km", "170 mm Koksan, 240 mm rocket launchers",
         "8.5 trillion yen, 1.6% of GDP", "7 min read", "Nikkei 225 38,535.70", "24/7 (headline)",
         "10 trillion won, 13% (headline)", "5 things (headline)", "$1 first month"],
 "003": ["240 mm rocket launchers, 170 mm guns", "a general-rank officer hurt (not a count)", "Share 312",
         "Dec. 27 (headline)", "1,451.90 per dollar, 15 years (headline)", "10 questions (headline)",
         "12K North Korean troops (other story's headline)", "Kospi 2,435.93, 1.95%"],
 "004": ["01:52", "Comments 37", "roughly 1,300 square kilometres", "15th package", "€18.1 billion",
         "60 days (headline)", "Two killed (headline)", "5 dead, more than 200 injured (headline)", "8am"],
 "005": ["born in 2005", "Views 2,318", "Share 96", "won hits 1,470 (headline)", "250 km (headline)",
         "final death toll 179 (headline)", "11 languages"],
 "007": ["41:07, 4.7, 3,912 ratings", "chapter timestamps", "90 seconds", "Jan. 9 and Jan. 11",
         "Ep. 398 'The 10,000' (another episode's title)", "3 days (headline)", "20% off, $4.99/month",
         "24 hours", "Comments (64)"],
 "008": ["410 tanks, 310 infantry fighting vehicles, 276 APCs, 2,081 armored vehicles, 1,900 motor vehicles, 19 MRLs, 13 HIMARS",
         "12 settlements in five days", "March 12", "three years", "30-day ceasefire (headline)",
         "USD 86.66, EUR 94.14", "Age rating 16+", "Battlegroup North (not a subject)"],
 "009": ["4.7K (the title restating 009-1)", "02:58", "2 min", "three-day ceasefire May 8-10, 80 years",
         "February 2022", "9 killed, 70 injured (headline)", "50% (headline)", "250,000 mourners (headline)"],
 "010": ["1,000 deminers and 5,000 military builders (planned)", "6,000 (headline, planned)",
         "second visit in less than two weeks", "June 4", "1 min 48 sec", "magnitude 5.2 (headline)",
         "4,223 yen per 5 kilograms, 3rd week (headline)", "20 languages", "Share 56"],
 "012": ["an additional 6,000 personnel: 1,000 deminers and 5,000 military construction workers (planned)",
         "paras 4-6", "80th anniversary", "six years", "2.5 pct, 2nd meeting (headline)",
         "70,000 won, 10 months (headline)", "20-hour journey (headline)", "1.3 pct (headline)"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (planned, restated)", "2026", "2 million rubles",
         "500,000 barrels", "2019", "14:36", "214 comments", "12 min read", "two books",
         "10 Best Books, 70 Percent, $4 Million (headlines)", "12 months for $59.99"],
}
OFF = ["011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind90 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelenskyy, Dec 23)"],
            ["005-3", "007-1", "roughly 3,000 casualties (NIS, Jan 13) against close to four thousand (Zelensky, Jan 17)"],
        ],
        "may": [
            ["000-2", "001-1", "1,500 in the first shipment (NIS) against roughly 10,000 (Pentagon), five days apart: an early part against the whole"],
            ["000-1", "000-2", "about 11,000 training (Budanov) against the first shipment of 1,500 (NIS): part against whole"],
            ["003-5", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["003-2", "005-2", "about 1,000 wounded against about 2,700, 25 days apart: an update"],
            ["003-3", "005-3", "about 1,100 casualties against roughly 3,000, 25 days apart: an update"],
            ["009-4", "009-5", "roughly 11,000 in the autumn against around 3,000 more: an additional force"],
            ["010-1", "012-2", "about 15,000 sent in total against 11,000 still stationed, months apart: part against whole"],
            ["012-2", "014-3", "11,000 still stationed against some 15,000 in all, months apart: part against whole"],
            ["014-1", "014-2", "nine sappers killed demining against about 2,000 killed overall: part against whole"],
        ],
    },
)
