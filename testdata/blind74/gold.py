#!/usr/bin/env python3
"""Write gold.json for the blind74 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense Department", "U.S. officials", "US officials"]
HUR = ["HUR", "military intelligence", "Budanov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean soldiers have been sent to Russia to train for the war against Ukraine, the Pentagon said Thursday", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "U.S. officials", "US officials"],
          "Of that force, he said, about 8,000 North Korean troops have already moved to the Kursk border region", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are now in the Kursk region, he said", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "The National Intelligence Service believes Pyongyang has sent somewhere between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "According to the NIS, it includes about 500 officers", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS + ["Weekend Review"],
          "Up to 12K men and a treaty (headline)", True),
         ("troops", "north_korea", 2000, 9999, "vague", ["Weekend Review", "Okonjo-Blake"],
          "A few thousand North Koreans will not change that", True),
         ("casualties", "russia", 700000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Britain's Ministry of Defence now estimates that more than 700,000 Russian soldiers have been killed or wounded since February 2022", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed fighting for Russia", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more wounded, South Korea's spy agency has told politicians", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the agency put North Korea's total casualties at roughly 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Kirby", "White House", "National Security Council"],
          "North Korean soldiers had suffered several hundred casualties", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korean losses in Kursk, killed and wounded together, now stand at more than 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "when it put the North's casualties at about 1,100", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region, Volodymyr Zelensky has said", False),
         ("captured", "north_korea", 1, None, "exact", ["Ukrainian units", "Ukrain"],
          "Ukrainian units had reported capturing a North Korean soldier in late December, but he died of his wounds", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Koreans had been killed in the Kursk region", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "about 3,000 casualties in all", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv"],
          "Ukraine is now holding a pair of North Korean prisoners captured last week", False),
         ("killed", "north_korea", 200, 900, "vague", ["Gazette", "Editorial"],
          "Kim Jong-un's soldiers are dying by the hundreds (headline)", True)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Volodymyr Zelensky now says the number of North Koreans killed or wounded is just shy of 4,000", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Graham Oduya"],
          "The Pentagon has put it at between 11,000 and 12,000 soldiers since December", False)],
 "008": [("casualties", "north_korea", 3000, None, "more_than", HUR,
          "Ukraine's military intelligence agency, known as the HUR, said this week that North Korean killed and wounded now number more than 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Seoul's intelligence service ... puts the dead at roughly 300", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv"],
          "Two young North Koreans in a Kyiv hospital / the younger of the two prisoners", True)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "Some three thousand extra troops crossed into Russia in January and February, the Joint Chiefs of Staff in Seoul said", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "adding to the roughly 11,000 it believes Pyongyang sent in the autumn", False),
         ("troops", "north_korea", 2000, 9999, "vague", JCS,
          "North Korea has sent thousands of replacement soldiers to Russia", True)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded since the deployment began, the National Intelligence Service told a parliamentary committee", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The agency believes Pyongyang has sent some 15,000 troops in all", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Moscow", "Russia", "Gerasimov"],
          "Moscow ... also claimed this week that Ukraine lost upwards of 76,000 troops killed and wounded in the Kursk operation", False),
         ("killed", "ukraine", 12, None, "exact", ["White House", "Kyiv"],
          "an attack last week that killed 12 people", True)],
 "012": [("killed", "north_korea", 9, None, "exact", ["Kim", "KCNA", "Korean Central News Agency", "North Korea", "Pyongyang"],
          "Nine of its members were killed, Kim said in a speech reported by the state news agency KCNA", False),
         ("troops", "north_korea", 1000, None, "about", ["South Korea", "Seoul"],
          "South Korean officials say the regiment numbered about 1,000", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Seoul's National Intelligence Service estimated in September that roughly 2,000 of the North Korean combat soldiers sent to Russia had been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of about 15,000 dispatched since late 2024", False)],
}
NOT = {
 "000": ["some 4,000 miles from the front", "about 28,500 service members in South Korea (not a subject)", "1953",
         "roughly 600 square miles", "9 cents, $2.89", "$4.2 million", "Centerville 35, Springboro 14", "54°",
         "$1 for 6 months", "Comments (23)", "joined in 2016"],
 "001": ["300-kilometre ATACMS", "50 more armoured vehicles", "$65-million, more than $4-billion", "15 individuals and entities",
         "several hundred square kilometres", "55%, 54% (headlines)", "two per cent", "top 10 stories", "Comments (142)", "5 gifts left"],
 "002": ["170mm self-propelled guns, 240mm rocket launchers", "$2,000 a month per soldier", "since 1953", "in 10 years",
         "12 issues for £12", "Share 1.2K, 87 comments", "5 maps, 2.5%, 1,000 days (related)", "£10.99, £1 a week",
         "Registered in England No. 04418837"],
 "003": ["3 individuals and 1 entity", "more than $1.3 billion", "49 Abrams tanks", "2,000 services cancelled (headline)",
         "$1.3 billion Boxing Day (headline)", "India 4-185", "$2m drug bust", "$1 a week for 12 weeks", "Comments: 64"],
 "004": ["Episode 214, 58 min", "4.8 (2,311 ratings)", "timestamps (03:45) etc.", "240mm rocket launchers",
         "2,000-mile supply line", "3 predictions for 2025", "4 books", "28 years in the US Army",
         "episode 209: '10,000 soldiers and a treaty' (furniture)", "3 extra months, 20% off", "$5 a month, 2 bonus episodes",
         "312 shares, 47 comments"],
 "005": ["aged 26 and 20", "about 500 sq km", "95 drones and four missiles", "Chelsea 2-1 Bournemouth",
         "death toll rises to 16 (LA fires headline)", "£1m", "Share 1,904", "Comments (1,112)", "since 2014", "£2 a month"],
 "006": ["516 Canadian lives (Korean War, not a subject)", "about 2,000 Korean War veterans", "close to $20 billion",
         "5 sanctions listings", "barely 20", "1950-53", "250 words", "$450", "2 hospitals, 10 years", "99¢ for 4 weeks",
         "Join the conversation (38)", "3 senior editors"],
 "007": ["roughly the size of an Australian Army division", "$612 a year", "every 14 days", "Hottest 100 on the 25th",
         "41 degrees, 7pm", "Yes 58% No 31% Unsure 11% (1,284 votes)", "200 words max"],
 "008": ["aged 20 and 26", "since the 1950s", "within 48 hours", "half of the 1,300 square kilometers",
         "1,500 kilograms", "'How 10,000 soldiers went missing' (related headline)", "$140 billion", "40% off",
         "3 of 5 free articles, $79.99", "214 comments", "Borderland (2019)"],
 "009": ["170mm self-propelled guns, 240mm rocket launchers", "some 200 long-range artillery pieces",
         "within 100 days", "up to 30,000 peacekeepers (planned, not a subject)", "2.5% of GDP by 2027",
         "3 questions (headline)", "12 years in the Royal Marines", "352 comments", "£1 for 3 months"],
 "010": ["since 1889", "1,056 comments", "100 days, 7 charts (headline)", "169 seats (headline)",
         "55 million (headline)", "5 stories, 5 minutes"],
 "012": ["528th Engineer Regiment", "about 120 days", "5,000 military construction workers (planned)",
         "30-metre murals", "8,000 kilometres", "$US2 billion, 71 aircraft, 2026 (read next)", "since 2011",
         "$4 a week", "Share: 412", "29 comments"],
}
OFF = ["013", "014"]
DUP = {"011": "010"}

goldlib.write(
    "Gold labels for the blind74 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-2", "001-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (NIS), set side by side in the same show notes"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against just shy of 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "001-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["003-4", "004-1", "several hundred casualties (Kirby) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (Kirby, earlier in the week): a vague figure"],
            ["003-4", "004-2", "several hundred (Kirby) against about 1,100 (NIS restated): a vague figure"],
            ["002-1", "002-4", "10,000-12,000 (NIS) against the writer's 'a few thousand': a vague gloss"],
            ["002-2", "002-4", "about 500 officers against 'a few thousand': a vague gloss, part against whole"],
            ["009-1", "009-2", "some 3,000 extra troops against roughly 11,000 sent in the autumn: an additional force"],
            ["009-2", "009-3", "roughly 11,000 in the autumn against 'thousands of replacement soldiers': an additional force, vague"],
            ["012-2", "012-4", "about 1,000 engineers against about 15,000 combat troops: an additional force"],
            ["012-1", "012-3", "nine engineers killed (KCNA) against about 2,000 combat soldiers killed (NIS, September): a separate unit"],
        ],
    },
)
