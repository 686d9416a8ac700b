#!/usr/bin/env python3
"""Write gold.json for the blind266 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korean intelligence", "Lee Seong-kweun", "lawmakers", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
RU_MOD = ["Russian Defense Ministry", "Defense Ministry", "Defence Ministry", "ministry", "Russia"]
PENTAGON = ["Pentagon", "Department of Defense", "Defense Department", "U.S.", "US officials", "Singh"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried roughly 1,500 North Korean special operations personnel", False),
         ("troops", "north_korea", 400, 500, "range", NIS,
          "a gathering point for about 400 to 500 personnel near a port", True)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON + ["US Department", "United States"],
          "roughly 10,000 servicemen from the Democratic People's Republic of Korea had been sent to train in eastern Russia", False),
         ("casualties", "ukraine", 300, None, "up_to", RU_MOD,
          "Over the past day the Ukrainian army lost up to 300 servicemen", False),
         ("casualties", "ukraine", 27500, None, "more_than", RU_MOD,
          "the enemy has lost more than 27,500 servicemen", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "their number has grown to more than ten thousand", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are in Russia", False),
         ("troops", "north_korea", 8000, None, "at_least", ["State Department", "U.S.", "United States", "Washington"],
          "at least 8,000 of the soldiers were already in Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in battle", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combined losses at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "some 11,000 North Korean troops were stationed in Russia", False),
         ("casualties", "north_korea", 30, None, "at_least", ["military intelligence", "Ukrain"],
          "at least 30 North Korean soldiers killed or wounded in fighting near three villages", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 soldiers of the North Korean army have already been killed or wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died fighting for Russia", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "brings the casualties suffered by Pyongyang's contingent to roughly three thousand", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "his forces had captured two North Koreans in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces fighting for Russia have suffered close to 4,000 casualties", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's National Intelligence Service on Monday put the number at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including roughly 300 dead", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["U.S. officials", "US officials"],
          "U.S. officials have said the casualties run into the thousands", True),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon has estimated that 11,000 to 12,000 North Korean soldiers are in Russia", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain", "Zelensky", "Kyiv"],
          "Prisoners held by Ukraine: 2 (Ukraine's SBU, Jan. 11)", False),
         ("casualties", "north_korea", 100, 999, "vague", ["Singh", "Pentagon"],
          "\"hundreds\" had been killed or wounded in the first weeks of fighting", True)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an estimated 3,000 or so additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the some 11,000 it dispatched last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "The North's casualties in the war have reached about 4,700", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine's losses during the operation exceeded 76,000 servicemen killed and wounded, Gerasimov claimed", False),
         ("troops", "north_korea", 14000, None, "about", ["South Korea", "Seoul"],
          "According to South Korean estimates, roughly 14,000 North Korean troops have been sent to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", ["South Korea", "Seoul"],
          "About 3,000 of those arrived as reinforcements in the first two months of this year", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["HUR", "Budanov", "military intelligence", "Ukrain"],
          "More than 4,000 North Koreans have been killed or wounded, HUR chief Kyrylo Budanov told DW", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Kyiv still holds two North Korean prisoners", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS,
          "Some 600 North Korean soldiers have been killed fighting Ukraine", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "casualties including the wounded total about 4,700", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 troops the North has sent to Russia", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service puts the number of North Korean soldiers sent to Russia at around 15,000", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of them, it estimated in April, were killed.", False),
         ("killed", "russia", 111000, None, "more_than", ["Mediazona", "BBC"],
          "confirmed by name the deaths of more than 111,000 Russian soldiers since February 2022", False),
         ("casualties", "russia", 1000000, None, "about", ["Ministry of Defence", "Britain", "UK", "British"],
          "estimated this month that Russian casualties had reached roughly 1 million", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "Nine members of the engineering regiment were killed during the 120-day deployment", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean military engineers had been sent to Kursk to clear mines", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had died in Russia since the North joined the fighting", False),
         ("killed", "north_korea", 101, None, "exact", ["analysts", "state media", "KCNA"],
          "displayed portraits of 101 fallen soldiers", True),
         ("killed", "russia", 40, None, "at_least", ["Regional officials", "officials"],
          "at least 40 civilians have been killed by mines since the fighting ended in April", True)],
}
NOT = {
 "000": ["four brigades, around 12,000 troops in total (planned)", "12K (headline, planned)", "13,000 containers",
         "11th Corps", "Oct. 8 and 13", "Share 2.3K", "Comments 57", "155mm shells (headline)",
         "2 inter-Korean roads (headline)", "1,370 per dollar", "2,609.30, 0.3%", "30th straight week", "7 things, 2025 suneung"],
 "001": ["about 100,000 personnel across Europe (US troops, not a subject)", "four armored combat vehicles, two artillery guns",
         "175 tanks and 1,326 armored vehicles", "five counterattacks", "42 Ukrainian drones", "Article 4",
         "3.1% in nine months (headline)", "$300 bln (headline)", "Comments: 0"],
 "002": ["170-millimeter self-propelled guns, 240-millimeter rocket launchers", "about 50 kilometers from the border",
         "two North Korean entities", "2 min 14 sec", "0.9% (headline)", "3 killed (headline)"],
 "003": ["240-mm rocket launchers, 170-mm howitzers", "a high-ranking officer (not a count)", "Dec. 27 (headline)",
         "1.4% in first 20 days (headline)", "1,451.9, 2009", "1 billion streams", "2 dead, 11 injured (headline)", "Share 1.8K"],
 "004": ["95th Air Assault Brigade, 225th Separate Assault Battalion", "60mm mortars", "1 killed, 9 injured (headline)",
         "personnel about 777,230 (+1,630) (Russian-loss widget)", "tanks 9,528, artillery 20,918, UAVs 20,654 (widget)",
         "Views: 4 216"],
 "005": ["born in 2005 / 1999, since 2016", "155th brigade (headline)", "15th sanctions package", "14 partners", "3 min"],
 "006": ["about 500 square km, roughly 1,300 (ISW)", "$65.9 billion", "15 months (headline)", "2.1M views",
         "7.04%", "248 Comments", "$4 every 4 weeks"],
 "007": ["about 220 artillery pieces", "170-millimeter, 240-millimeter", "1.6 trillion won ($1.09 billion)",
         "26 killed, 35,000 hectares (headline)", "63 (headline)", "1,470 (headline)"],
 "008": ["The next 12 months", "250,000 pay respects (headline)", "kill 12 in Kyiv (headline)", "end of 2027 (headline)"],
 "009": ["20 trillion won, $14 billion", "704 times, 5 percent", "1st trilateral air drill (headline)",
         "36,045, 0.6%, 143 per dollar (headline)"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second trip in two weeks", "45 to 65 percent", "more than 2,000 residential buildings",
         "110,000 people evacuated (civilians, not a metric)", "4.2 billion rubles", "€5 a month, 3,417 people",
         "18-year-old, 12 years (headline)", "78 per dollar"],
 "011": ["some 5,000 military construction workers were to follow (planned)", "120-day deployment",
         "about 30,000 hectares", "several million dollars", "$1.1 billion, 7 dead, 18 inches (headlines)"],
}
OFF = ["013", "014"]
DUP = {"012": "009"}

goldlib.write(
    "Gold labels for the blind266 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
            ["006-1", "006-2", "nearly 4,000 (Zelensky) against about 3,000 (NIS) in the same article, different sources"],
        ],
        "may": [
            ["000-1", "001-1", "about 1,500 first wave (NIS) against about 10,000 (Pentagon), eleven days later and a growing deployment"],
            ["006-1", "006-7", "nearly 4,000 against \"hundreds\" a month earlier: a vague figure"],
            ["006-2", "006-7", "about 3,000 against \"hundreds\" a month earlier: a vague figure"],
            ["005-3", "006-7", "about 3,000 against \"hundreds\" a month earlier: a vague figure"],
            ["007-1", "007-2", "an additional 3,000 against the 11,000 sent last autumn: an additional force"],
        ],
    },
)
