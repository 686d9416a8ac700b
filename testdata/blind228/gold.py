#!/usr/bin/env python3
"""Write gold.json for the blind228 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"]
HUR = ["Budanov", "Defence Intelligence", "HUR", "military intelligence", "Ukraine"]
PENTAGON = ["Pentagon", "Ryder", "Pat Ryder", "U.S.", "US"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 12000, None, "about", HUR,
          "Roughly 12,000 North Korean military personnel are now on Russian soil", False),
         ("troops", "north_korea", 500, None, "exact", HUR,
          "Among them, he said, are 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "500 officers and three generals", True),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "John Kirby", "White House", "US", "Washington"],
          "the US had seen at least 3,000 North Korean soldiers moved by ship to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has now dispatched somewhere between 10,000 and 12,000 troops to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The NIS had put the figure at around 3,000 when it first confirmed the deployment in mid-October", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 killed and close to 1,000 wounded in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The National Intelligence Service said the casualties, about 1,100 in all", False),
         ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
          "the Pentagon said it believed \"several hundred\" North Koreans had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "the U.S. believed 11,000 to 12,000 of them were now in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "some 300 North Korean soldiers have died and 2,700 have been wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 have been wounded while fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's casualties to around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukraine", "SBU"],
          "his forces had captured two North Korean servicemen, both wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyodo", "estimated"],
          "North Korea is estimated to have sent about 11,000 troops to Russia last year", True)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in the Kursk region are approaching four thousand soldiers killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Koreans had been killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukraine"],
          "Ukraine says it is holding two North Korean soldiers captured in the Kursk region on 11 January", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76,000 servicemen killed and wounded during its incursion", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean servicemen had been killed or wounded since the deployment began", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them were killed, the agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, according to the NIS, the North has sent about 15,000 soldiers", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That includes some 3,000 reinforcements who arrived in January and February", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than",
          ["Ministry of Defence", "MoD", "Defence intelligence", "British defence intelligence", "UK", "Britain"],
          "Pyongyang's forces have \"likely suffered over 4,000 casualties\"", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the North's total casualties at about 4,700", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have been killed in the war, the National Intelligence Service believes", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "According to the NIS, about 1,000 deminers are already working in the region", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent (NIS): about 15,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Chosun"],
          "Taken prisoner by Ukraine: 2 (January 2025)", True)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim Jong Un", "Kim"],
          "Nine of the regiment's soldiers were killed during the roughly four-month mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service estimated in September that about 2,000 North Korean soldiers have been killed", False)],
}
NOT = {
 "000": ["60mm mortars", "five training grounds", "by 1 November", "four times higher", "since 1953", "in 2022",
         "about 1,000 square kilometres", "1,480 soldiers and 12 tanks (other story's headline)",
         "injures 9 in Kyiv (headline)", "$20 billion tranche (headline)", "f 1.8K, X 642 (share bar)",
         "Comments (87)", "7 most important stories, 8:00", "from $1.99", "since 2014", "6 August"],
 "001": ["170mm self-propelled guns, 240mm multiple rocket launchers", "about 2,000 U.S. dollars a month",
         "1,410 against dollar (headline)", "58 percent (headline)", "800 additional quarantine officers (headline)",
         "Share 316", "15:15"],
 "002": ["240 mm rocket launchers", "Jan. 20 inauguration", "hundreds of square kilometers", "since 2016",
         "93 missiles and nearly 200 drones (headline)", "6 opposition-backed bills (headline)", "Comments 24"],
 "003": ["roughly 10 kilometres from the border", "another 90 days, until 9 May 2025",
         "777,570 servicemen (other story's headline)", "2 hospitals; 1 dead, 11 injured (headline)",
         "lowering it to 25 (headline)"],
 "004": ["born in 2005", "Hayashi, 63", "about $12 billion", "February 2022", "1,100 km (headline)",
         "first talks in 7 years (headline)", "1.8%, 157 to dollar (headline)", "18:30 JST"],
 "005": ["aged 20 and 26", "16th package", "€210 billion", "more than €3 billion (headline)",
         "power out for 200,000 (headline)", "33 hostages (headline)", "189 partners", "1 email per day", "3 min",
         "on 11 January"],
 "008": ["June 2024 treaty", "more than 3 years", "from €5 a month", "200,000 rubles a month (headline)",
         "2.2 trillion rubles (headline)", "1 in 4 evacuees (headline)", "Share: 1,212", "5 min"],
 "009": ["as much as half of the shells", "in 2024", "£4.5 billion", "3-day truce (headline)",
         "3 per cent, Seven in ten (headline)", "Comments (143)", "8.00am"],
 "012": ["1,000 deminers and 5,000 military construction workers (Shoigu's pledge: planned)",
         "construction troops expected to follow (planned)", "Pledged in June 2025: 1,000 deminers, 5,000 military builders (fact box, planned)",
         "June 19, 2024", "tens of thousands of hectares", "since 2003", "KOSPI 3,500 (headline)",
         "11.2 million trips over 7 days (headline)", "1 in 3 (headline)", "Kakao 58"],
 "014": ["roughly four-month mission", "30% off through December 31", "2 more trains (headline)",
         "8,700-ton submarine (headline)", "Comments (31)", "5:12", "autumn 2024"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind228 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "around 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 16), three days apart"],
        ],
        "may": [
            ["001-1", "001-2", "10,000-12,000 now against the NIS's own October figure of around 3,000, restated as history"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (Pentagon, earlier that week): a vague figure"],
            ["002-4", "003-1", "several hundred (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["008-4", "008-5", "about 15,000 in all against some 3,000 reinforcements included in it: a part"],
        ],
    },
)
