#!/usr/bin/env python3
"""Write gold.json for the blind263 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENT = ["Pentagon", "Defense Department", "Department of Defense", "Singh"]
HUR = ["Budanov", "Skibitskyi", "Defense Intelligence", "HUR", "military intelligence", "Ukrainian intelligence"]
SSO = ["Special Operations Forces", "SSO"]
UKMOD = ["Defence Ministry", "Ministry of Defence", "Britain", "British", "UK"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russian Defense"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has shipped roughly 10,000 soldiers to eastern Russia to train", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea had shipped a first group of about 1,500 special forces soldiers to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has deployed between 10,000 and 12,000 troops to Russia", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "around 11,000 North Korean soldiers were now in Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have died fighting Ukraine's forces in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the agency put North Korea's casualties at roughly 1,100 in all", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "at least one general-rank officer was among the dead", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed or wounded in Russia's Kursk region has passed 3,000", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "their units had eliminated 50 North Korean soldiers in the Kursk region over three days of fighting", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency estimated the North's total losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS,
          "his forces had captured two North Korean soldiers in the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered close to 4,000 casualties, Ukrainian President Volodymyr Zelenskiy said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's spy agency said on Monday about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two soldiers captured by Ukraine were being questioned", False),
         ("casualties", "russia", 430000, None, "about", UKMOD,
          "Russian forces suffered about 430,000 casualties in 2024", False),
         ("casualties", "russia", 1570, None, "about", UKMOD,
          "losses in December averaged 1,570 a day", True)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "Around three thousand additional soldiers arrived, the National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The first contingent, which Seoul has put at about 11,000 men", False),
         ("casualties", "ukraine", 60000, None, "more_than", RUMOD,
          "Ukrainian losses \"in the Kursk direction\" since August 2024 have exceeded 60,000 servicemen", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov. 2024 | 10,000-12,000 troops in Russia | NIS", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "Dec. 2024 | ~100 killed, ~1,000 wounded | NIS", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Dec. 2024 | ~100 killed, ~1,000 wounded | NIS", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 2025 | ~300 killed, ~2,700 wounded | NIS", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan. 2025 | ~300 killed, ~2,700 wounded | NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Jan. 11, 2025 | 2 soldiers captured | Ukraine", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Jan.-Feb. 2025 | ~3,000 reinforcements | NIS", False)],
 "008": [("casualties", "north_korea", 5000, None, "about", HUR,
          "North Korea has lost around 5,000 soldiers killed and wounded in Russia's Kursk region, according to Major General Vadym Skibitskyi", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service, which put the North's casualties at roughly 4,700", False)],
 "010": [("killed", "north_korea", 9, None, "exact", KCNA,
          "acknowledging that nine of its members were killed on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "roughly 1,000 square kilometers",
         "about 28,500 service members in South Korea (not a subject)", "1953", "$425 million", "155mm howitzers",
         "Share 412", "$1.99 for the first 3 months", "$2.1 billion (headline)", "3 soldiers hurt (headline)",
         "2 destroyers (headline)", "6 years in the Marine Corps", "Comments (87)", "Oct. 8 and 13"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "about 50 kilometers",
         "2 trillion won (US$1.42 billion)", "paras 6-7", "6 tracks (headline)", "2.6 pct, 1,406 (headline)",
         "10 tln won (headline)", "3 dead in apartment fire (headline)", "7 short-range ballistic missiles (headline)"],
 "002": ["155 mm shells", "$100 million", "Dec. 14", "two Russian Tu-95 bombers", "the 4th such flight",
         "0.7%, 157 (headline)", "2% (headline)", "8.7 trillion yen (headline)", "5 stories a day", "128"],
 "003": ["78 missiles and 106 drones (headline)", "60 mm mortars", "AK-12", "20 more Leopard 1A5 tanks (headline)",
         "2015-2024", "Views: 4,318", "over three days"],
 "004": ["M6.6 quake at 21:19 JST", "01:42", "born in 2005 / 1999", "4-day trip (headline)",
         "2 trains collide, 14 injured (headline)", "64% (headline)"],
 "005": ["13.4 bcm (headline)", "13 killed, 113 injured in Zaporizhzhia (headline)", "1.2%, $81.29 (headline)",
         "3 minute read", "Jan. 5"],
 "006": ["€5 a month", "about 400 square kilometers", "roughly 1,300", "10 kilometers", "three weeks",
         "3 million rubles (headline)", "10%, 21% (headline)", "95,000 names (headline)", "2,146 reposts",
         "a pause of roughly a month"],
 "007": ["Share 59", "Comments 12", "KOSPI 2,556.61, 0.3% (headline)", "June 3, 7 candidates (headline)",
         "1.2%, 6.7 trillion won (headline)", "May 1-6 (headline)", "2028 (headline)"],
 "008": ["as many as 30,000 more troops (speculative, planned)", "about 50% of the artillery shells",
         "240mm rocket launchers, 170mm Koksan guns", "12 drones, 9 injured (headline)", "3-day truce (headline)",
         "338 votes (headline)", "personnel 958,850 (+1,370), tanks 10,768 (widget)", "$5/month", "1995",
         "1,094 views", "3 comments"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "120 days", "1 million barrels",
         "March 2023", "318", "20 dead, 500,000 displaced (headline)", "0.9% (headline)", "€210 billion (headline)"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"009": "005"}

goldlib.write(
    "Gold labels for the blind263 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelenskiy), four days apart"],
        ],
        "may": [
            ["002-1", "004-1", "about 100 killed against about 300: the NIS revising its own figure 25 days later"],
            ["002-2", "004-2", "about 1,000 wounded against about 2,700: the NIS revising its own figure 25 days later"],
            ["002-3", "004-3", "about 1,100 casualties against about 3,000: the NIS revising its own figure 25 days later"],
            ["006-1", "006-2", "about 3,000 additional against a first contingent of about 11,000: an additional force"],
            ["007-3", "007-4", "about 15,000 in total (Apr 2025) against 10,000-12,000 (fact box, Nov 2024): months apart"],
            ["007-3", "007-10", "about 15,000 in total against about 3,000 reinforcements (fact box): a part"],
            ["007-4", "007-10", "10,000-12,000 (Nov 2024) against about 3,000 reinforcements (Feb 2025): an additional force"],
            ["007-2", "007-5", "about 600 killed (Apr) against about 100 (fact box, Dec): months apart"],
            ["007-2", "007-7", "about 600 killed (Apr) against about 300 (fact box, Jan): months apart"],
            ["007-5", "007-7", "about 100 killed (Dec) against about 300 (Jan), both fact box rows: a month apart"],
            ["007-6", "007-8", "about 1,000 wounded (Dec) against about 2,700 (Jan), both fact box rows: a month apart"],
        ],
    },
)
