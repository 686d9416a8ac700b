#!/usr/bin/env python3
"""Write gold.json for the blind88 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["military intelligence", "HUR", "Main Intelligence Directorate", "Ukrain"]
US = ["U.S.", "US ", "United States", "Pentagon", "Washington", "American"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels ferried about 1,500 North Korean special forces troops", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "U.S. officials", "US officials", "State"],
          "Roughly 8,000 North Korean troops are now positioned in Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Pentagon", "Defense", "U.S. officials", "US officials"],
          "About 10,000 North Korean soldiers have been sent to eastern Russia, Austin said", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "Some 1,100 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 had been wounded", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Syrsky", "Commander-in-Chief", "Ukrain"],
          "the Russian army had lost more than 38,000 soldiers killed, wounded and captured in the Kursk direction", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting Pyongyang's overall losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"] + NIS,
          "two North Korean soldiers it said had been captured", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces had lost almost 4,000 men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "hand the two captured North Korean soldiers to North Korea", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "US", "U.S."],
          "between 11,000 and 12,000 North Korean soldiers were sent to the Kursk area", False)],
 "007": [("troops", "north_korea", 12000, None, "about", ["Western", "Ukrainian media", "media"],
          "some 12,000 servicemen from the DPRK were sent to the region last year", False),
         ("casualties", "ukraine", 56000, None, "more_than", ["Defense Ministry", "Defence Ministry", "MoD", "Russia"],
          "the Ukrainian armed forces had lost over 56,000 troops in the Kursk direction", False),
         ("casualties", "ukraine", 350, None, "more_than", ["Defense Ministry", "Defence Ministry", "MoD", "Russia"],
          "including more than 350 in the past day", True)],
 "008": [("troops", "north_korea", 11000, None, "about", US,
          "U.S. officials estimated last fall that about 11,000 North Korean troops had gone to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in Kursk had passed 4,000 killed and wounded, Ukraine's military intelligence agency", False),
         ("killed", "north_korea", 200, 9999, "vague", ["U.S., South Korean and Ukrainian officials", "officials"],
          "after hundreds, perhaps thousands, of them had died", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers are estimated to have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched some 15,000 soldiers to Russia, the agency said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 reinforcements who were sent in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Ukraine's military intelligence, for its part, said in March that the North's losses had surpassed 4,000", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has already sent around 15,000 soldiers to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 of them were killed or wounded, it said in April", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have been killed since the deployment began", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency reported in April", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "acknowledging that nine of its soldiers had been killed", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 of the roughly 15,000 troops Pyongyang had sent had been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the roughly 15,000 troops Pyongyang had sent", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "Oct. 8 and 13", "four landing ships and three escort vessels",
         "about 10 days", "1.2K shares", "10 artillery shells (headline)", "155mm shells, 10,000 troops (headline, conditional)",
         "12.8%, 9.1 trillion won (headline)", "2,593.82", "3 dead (headline)"],
 "001": ["more than 1,000 square kilometers", "$1 for 3 months", "48 comments", "61°, 54°",
         "death toll passes 150 (headline)", "3 soldiers killed (headline)", "28, 21 (sports score)"],
 "002": ["240-millimeter rocket launchers, 170-millimeter guns", "Dec. 4", "11% (headline)", "1,450 per dollar (headline)",
         "Share 312", "Comments (27)", "3 things (headline)", "2016"],
 "003": ["182 combat engagements", "6 diplomatic buildings (headline)", "78 drones, 59 shot down (headline)",
         "4 218 views", "Telegram 128K"],
 "005": ["aged 20 / 26, joined in 2021", "Jan. 9 and 11", "¥1.5 billion", "1,500 km (headline)", "31.9% (headline)",
         "¥1,650/month"],
 "006": ["31 of 39 drones", "two private houses", "16th package", "roughly 600 tankers", "164 clashes",
         "nearly four times", "5 things, 3 injured (headlines)", "2% (headline)", "Comments 63"],
 "007": ["324 tanks, 256 infantry fighting vehicles, 194 armored personnel carriers, 1,570 armored combat vehicles",
         "15 billion rubles", "2 communities (headline)", "1.8% to 3,320 points (headline)", "August 2024", "18+"],
 "008": ["thousands more, including construction workers (planned, vague)", "two border villages",
         "5 gift articles", "7 min read", "412 comments", "250,000 (headline)", "26 killed (headline)", "4th term (headline)"],
 "009": ["$20 billion", "W61.2 trillion, 3.6% (headline)", "I was 17, 25 years (headline)",
         "1.2%, W6.7tr (headline)", "27C (headline)", "22 points (headline)", "1 click, 0 spam"],
 "010": ["6,000 military construction workers and deminers (planned)", "1,000 personnel to clear mines and 5,000 military builders (planned)",
         "second visit this month", "about 6,400 kilometers", "June 4", "1:42", "about 10 rockets (headline)",
         "3,920 yen per 5 kg (headline)", "5 million (headline)"],
 "012": ["personnel ~1,081,370 (+950), tanks 11,168 (sidebar widget)", "more than three times",
         "portraits of 101 soldiers (TV footage, not an estimate)", "152mm and 122mm rounds", "dozens of KN-23 missiles",
         "502 drones and 24 missiles, 2 killed (headline)", "$60 billion (headline)", "$5/month", "9.3K", "Comments: 36", "2019"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (planned, restated)", "more than seven months",
         "around 1.5 million explosive devices", "12 flights (headline)", "4 soldiers killed (Thailand headline)",
         "28-point, 20 points (headline)", "1.2M followers"],
}
OFF = ["011", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind88 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["008-1", "009-3", "about 11,000 sent last fall (US officials) against some 15,000 in all including reinforcements (NIS), two days apart: different periods"],
            ["008-1", "009-4", "about 11,000 sent (US officials) against about 3,000 reinforcements (NIS): an additional force"],
            ["012-1", "012-2", "about 2,000 killed (NIS, September) against the roughly 600 it reported in April: the same source's older figure"],
            ["014-1", "014-2", "nine engineers killed (KCNA) against about 2,000 killed in all (NIS): a part against the whole"],
        ],
    },
)
