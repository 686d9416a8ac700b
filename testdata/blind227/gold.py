#!/usr/bin/env python3
"""Write gold.json for the blind227 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy"]
HUR = ["military intelligence", "Budanov", "HUR", "GUR", "Ukrain", "Kyiv"]
PENT = ["Pentagon", "U.S.", "US ", "United States"]
UKMOD = ["Defence Intelligence", "defence intelligence", "Ministry of Defence", "MoD", "British", "UK", "Britain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels ferried about 1,500 members of the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "about 500 officers and three generals", True),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops now in Russia, Seoul's spy agency tells lawmakers", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korea's losses in Russia's Kursk region have reached roughly 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "it now believes between 11,000 and 12,000 North Korean soldiers are in the area", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US official", "U.S. official", "A US official"],
          "the troops had suffered \"several hundred\" casualties in recent days", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian intelligence", "Ukrain", "intelligence"],
          "Pyongyang is believed to have some 11,000 soldiers in the area", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "South Korea's intelligence service said around 100 North Korean soldiers had been killed", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Western", "Ukrain"],
          "North Korea has sent around 11,000 troops to help Moscow", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in Russia's war against Ukraine have grown to some 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 soldiers are believed to have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean soldiers Ukraine said it had taken prisoner over the weekend", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 of them have already been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "In late December he had put the toll at more than 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners captured last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea appears to have dispatched about 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North had initially sent around 11,000 troops", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "during the operation the enemy lost over 76,000 servicemen killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has dispatched about 15,000 troops to Russia since last October", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + NIS,
          "Ukraine is still holding two North Korean prisoners of war captured in Kursk in January", False)],
 "010": [("casualties", "north_korea", 4000, None, "at_least", UKMOD,
          "North Korean troops have suffered at least 4,000 casualties in Russia's Kursk region", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "around 600 of the North's soldiers had died", False),
         ("casualties", "russia", 950000, None, "about", UKMOD,
          "Russia itself had likely suffered around 950,000 casualties", False),
         ("casualties", "russia", 1000, None, "more_than", UKMOD,
          "daily losses averaging more than 1,000 through April", True)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers have been sent to fight", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon's figure a year ago was 11,000 to 12,000", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000, by the NIS's most recent public estimate", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the agency put the dead at roughly 600", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine is still holding the two North Korean soldiers captured in January", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers organized into four brigades (planned)", "between Oct. 8 and 13",
         "about 110 meters long", "Share 27", "2 inter-Korean roads (headline)",
         "0.25 percentage point, 3.25 pct, 38 months (headline)", "5 more F-35As by 2028 (headline)",
         "3 charts (headline)", "2,593.82, 0.49 pct", "2 dead, 11 injured (headline)", "16:40"],
 "001": ["about 1,000 kilometers", "roughly 370 km", "North Korean laborers number in the thousands (not troops)",
         "the 1960s", "hundreds of millions of dollars", "¥8.5 trillion (headline)", "54-homer (headline)",
         "38,535.70, 0.3%", "¥1,650 a month", "118 comments", "6 min read"],
 "002": ["240mm multiple rocket launchers and 170mm self-propelled guns", "more than 10,000 shipping containers",
         "August 2023", "€60bn (headline)", "death toll rises to 31 (headline)", "3,000 detainees (headline)",
         "842 partners", "Share: 214", "3 min"],
 "003": ["about 10-15 kilometers from the border", "1,690 troops in past day (headline)",
         "42 times, seven people injured (headline)", "EUR 4.2 billion (headline)", "UAH 100",
         "3 types of cookies", "4,381 views"],
 "004": ["ages 20 and 26", "Jan. 9", "about 1,300 square km", "kill 13 (headline)", "500 km (headline)",
         "3%, $80 (headline)"],
 "005": ["aged 20 and 26", "5 hearing dates (headline)", "$683 billion (headline)",
         "2 North Korean POWs (other story's headline)", "179 victims (headline)", "2.3% (headline)",
         "1,470 per dollar", "Share 96"],
 "006": ["groups of 20 to 30 men (unit size)", "16th package", "79 tankers", "up to 70 more (tankers)", "2:14",
         "33 hostages (headline)", "-12°C (headline)", "2.4% (headline)", "12 languages", "189 partners", "8.00"],
 "007": ["240-millimeter rocket launchers, 170-millimeter guns", "about two weeks", "7.2% (headline)",
         "3 dead (headline)", "above 1% (headline)", "1:48", "14°C", "12:10 JST"],
 "008": ["Article 4", "June 2024", "August 6, 2024", "28 settlements", "hundreds of tanks",
         "3 settlements (headline)", "3-day ceasefire, May 8 to May 11 (headline)", "4.3% (headline)", "18+", "+12°C"],
 "009": ["$20 billion since 2023", "hundreds of millions of dollars", "over 9 million rounds (fact box)",
         "Share 33", "1.2%, 6.7 trillion won (headline)", "3 new frigates (headline)", "143 per dollar, 0.5% (headline)",
         "2 months for $2"],
 "010": ["February 2022", "2.5pc of GDP by 2027 (headline)", "6 injured (headline)", "133 cardinals (headline)",
         "£1, £10 a month", "312 comments"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "1% to 3% of GDP",
         "4,500 of the 28,500 US troops (headline, not a subject)", "10 years (headline)", "5 holiday cookies",
         "$10 a month", "4-Minute Listen"],
}
OFF = ["013", "014"]
DUP = {"011": "009"}

goldlib.write(
    "Gold labels for the blind227 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "some 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-5", "002-3", "several hundred (US official) against about 1,100 (NIS): a vague figure"],
            ["002-5", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "007-2", "about 3,000 additional against about 11,000 initially: an additional force"],
            ["012-1", "012-2", "about 15,000 now (NIS) against 11,000-12,000 a year ago (Pentagon): restated, a year apart"],
            ["012-3", "012-4", "about 2,000 killed (September) against about 600 (spring), same agency: restated, months apart"],
        ],
    },
)
