#!/usr/bin/env python3
"""Write gold.json for the blind7 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "US officials", "U.S. officials", "Defense"]
GS = ["General Staff", "Ukrain"]
RU_GS = ["Gerasimov", "General Staff", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "bringing the number of its troops there to about 3,000", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of roughly 1,500 special operations troops left the North's east coast", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "Some 10,000 North Korean soldiers have been sent to train in eastern Russia over the past several weeks, per the Pentagon", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang had about 3,000 troops in Russia at that point", False)],
 "002": [("casualties", "north_korea", 200, 900, "vague", ["senior US military official", "US official", "US officials", "official"],
          "several hundred North Korean troops have been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "between 11,000 and 12,000 North Korean troops are in Russia, most of them in Kursk", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "up from the roughly 10,000 the department cited in late October", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The agency put the North's losses at around 1,100 in total", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "North Korea has, the National Intelligence Service said on Monday, lost about 300 soldiers killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting total casualties near 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Last month the agency put the figure at about 1,100 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Security Service", "SBU", "Ukrain"],
          "two North Korean soldiers had been taken prisoner in Kursk on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting in Russia's Kursk region have suffered nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS + ["foreign office", "Britain"],
          "South Korean intelligence showing about 300 North Korean soldiers killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["foreign office", "Britain"],
          "and 2,700 wounded", False),
         ("casualties", "russia", 818220, None, "exact", GS,
          "| Personnel | 818,220 | 1,340 |", True),
         ("casualties", "russia", 1340, None, "exact", GS,
          "| Personnel | 818,220 | 1,340 |", True)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent about 3,000 more soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Western estimates", "Western", "South Korea"],
          "Some 11,000 North Korean soldiers were first sent to Russia last autumn", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "BBC"],
          "one of the two soldiers captured by Ukraine in January", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim Jong Un", "Pyongyang", "North Korea"],
          "Nine of its soldiers died there, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Koreans had been killed since the deployment began", False),
         ("troops", "north_korea", 1000, None, "about", ["Frontline Ledger", "our", "we"],
          "the regiment numbered roughly 1,000 men", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Some 11,000 troops crossed into Russia in autumn 2024, by Seoul's count", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "followed by about 3,000 more early this year", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops to Russia in total", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR"],
          "North Korea's losses had passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's NIS, in a briefing on Wednesday, put them at about 4,700", False),
         ("casualties", "ukraine", 76000, None, "more_than", RU_GS,
          "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk region", False)],
 "012": [("casualties", "ukraine", 76000, None, "more_than", RU_GS,
          "the Ukrainian armed forces lost more than 76,000 servicemen in the course of the Kursk adventure", False)],
}
NOT = {
 "000": ["as many as 10,000 soldiers in total by December (planned forecast)", "82-mm mortars", "five bases",
         "about two months", "$100 million", "7 short-range ballistic missiles (headline)", "12.8%, 9.1 trillion won",
         "1,380 per dollar", "2 dead, 14 hurt (headline)", "31st straight week", "Share 214"],
 "001": ["more than three times", "K9 155mm", "1.4%, 6.2%", "1,387 per dollar", "$2,000 a month per soldier",
         "4:12", "2 Points (headline)", "Oil Drops 6%", "$3.5 Trillion", "$1.99/month", "sixth paragraph"],
 "002": ["$500 million", "HIMARS, 155 mm", "January 20", "1,000 km (headline)", "3 takeaways", "Comments (2,314)",
         "1.1K shares", "4 minute read"],
 "003": ["240-millimeter, 170-millimeter", "magnitude 4.2", "2.2%", "13.9 trillion yen", "9°C / 2°C", "24 hours a day"],
 "004": ["about 5 km from the border", "7 ballistic missiles: 1 killed, 6 injured (headline)", "20 more M1 Abrams (headline)",
         "General Staff widget: personnel about 772,700 (+1,520), tanks 9,566, artillery 20,912 (sidebar furniture)",
         "$5 a month", "412K subscribers", "Comments: 57"],
 "005": ["misstated as 3,000 killed (correction, not a claim)", "aged 20 and 26", "about 500 square kilometers (map)",
         "24 dead in Los Angeles fires (headline)", "12 top photos", "5 days a week", "1,048 comments", "since 2014"],
 "006": ["day 1,057", "20 to 25 percent", "43 missiles and 74 drones, 30 shot down", "tanks 9,724 (+5), armoured vehicles,"
         " artillery, drones (table rows that are not people)", "100 days (headline)", "January 1"],
 "008": ["240mm rocket launchers", "'Roughly a third of them' (no figure written)", "$500bn (headline)", "72 hours (headline)",
         "three years on"],
 "009": ["120-day mission", "27 trucks, four buses", "14-km stretch", "UR-77", "M1991 240mm, Koksan 170mm",
         "1,000 deminers and 5,000 military construction workers (announced plan)", "$8/month, $80/year",
         "2,000 more North Koreans? (previous issue's headline)", "60 km of trenches (headline)", "❤ 2,431 💬 176",
         "Issue #112", "9 min read"],
 "010": ["two days after", "7.5% (headline)", "2,556.61, 0.18% (headline)", "3 in 10 (headline)", "Share 389"],
 "011": ["six months", "1.2 million rubles (headline)", "6 years, 1,500 rubles (headline)", "€5 a month", "August 2024"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "twice this month", "June 19, 2024, Article 4",
         "April 26", "2 settlements (headline)", "1,000 km of roads by 2027 (headline)", "over 100 heads of delegations (headline)"],
}
OFF = ["013", "014"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind7 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 in Russia (NIS) against about 10,000 sent (Pentagon), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 10,000 (Pentagon) against Seoul's about 3,000 of the week before, restated in the same report"],
            ["002-1", "003-3", "several hundred casualties (US official) against about 1,100 (NIS): a vague figure"],
            ["002-1", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-2", "002-3", "11,000-12,000 against the Pentagon's own earlier about 10,000: the bands touch at 11,000; an update"],
            ["005-3", "005-4", "about 3,000 (NIS) against the NIS's own 1,100 of last month, restated for comparison"],
            ["005-4", "006-1", "1,100 (NIS, December, restated on Jan 13) against nearly 4,000 (Zelensky, Jan 15): a stale figure"],
            ["008-1", "008-2", "about 3,000 more against some 11,000 first sent: an additional force"],
            ["009-4", "009-5", "some 11,000 against about 3,000 more: an additional force"],
        ],
    },
)
