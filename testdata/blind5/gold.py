#!/usr/bin/env python3
"""Write gold.json for the blind5 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "GUR", "military intelligence", "Ukrain"]
PENT = ["Pentagon", "U.S.", "US ", "Defense"]
ANALYST = ["steppe_geo", "analyst", "Frontline Notes"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "more_than", ["State Department", "Patel", "U.S.", "US ", "Washington"],
          "More than 10,000 North Korean soldiers have been sent to eastern Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers were already in the Kursk region", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea now has between 10,000 and 12,000 soldiers in Russia", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "about 11,000 North Korean soldiers were in Kursk", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent included about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "about 500 officers and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the figures put North Korea's casualties at roughly 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US official", "U.S. official", "Washington"],
          "North Korean troops had suffered \u201cseveral hundred\u201d casualties", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "The North's casualties stood at about 1,100, the JCS said", False),
         ("casualties", "russia", 45000, None, "more_than", ["Ukraine's military", "Ukrain", "General Staff"],
          "Russia lost more than 45,000 troops killed and wounded in November alone", True)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "Ukraine was holding two North Korean soldiers", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon has estimated that 11,000-12,000 North Korean troops are deployed in the Kursk area", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's force in Kursk has suffered nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 1000, None, "at_least", ["Western officials", "Western"],
          "at least 1,000 of the North Koreans had now been killed", False),
         ("troops", "north_korea", 12000, None, "up_to", HUR,
          "up to 12,000 North Korean troops are still deployed in the region", False),
         ("casualties", "russia", 48000, None, "more_than", ["Ministry of Defence", "MoD", "British", "UK"],
          "Russian forces overall had suffered more than 48,000 casualties in December", True)],
 "008": [("killed", "north_korea", 190, None, "at_least", ANALYST,
          "I can confirm at least 190 North Korean soldiers killed on camera", False),
         ("killed", "north_korea", 1000, None, "up_to", ANALYST,
          "the real number of dead may be as high as 1,000 by now", True),
         ("casualties", "north_korea", 4000, None, "about", ["Kyiv", "Zelensky", "Ukrain"],
          "Kyiv's nearly-4,000 figure from January counts killed and wounded together", False)],
 "009": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "its estimate was that 11,000-12,000 North Korean troops were in the Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ["Ukrain", "Kyiv", "Zelensky"],
          "Ukraine says Pyongyang's force suffered nearly 4,000 killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "put the toll at about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded by mid-January", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "roughly 3,000 additional troops arrived in January and February", False),
         ("casualties", "russia", 700000, None, "more_than", ["Western estimates", "Western"],
          "Russia itself, by Western estimates, has taken more than 700,000 killed and wounded", True)],
 "010": [("troops", "north_korea", 15000, None, "up_to", ["Western and South Korean estimates", "Western", "South Korea"],
          "Western and South Korean estimates put the total sent at up to 15,000", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "roughly 3,000 reinforcements that South Korea's Joint Chiefs of Staff said arrived", False),
         ("casualties", "north_korea", 4000, None, "about", HUR,
          "roughly 4,000 North Koreans have been killed or wounded since December", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Kyiv holds two North Korean prisoners", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 soldiers to Russia in total", False)],
 "012": [("killed", "north_korea", 4000, None, "exact", ["post", "Facebook", "social media", "viral"],
          "North Korea lost 4,000 soldiers dead in Kursk", True),
         ("casualties", "north_korea", 4000, 4700, "range", ["Full Fact", "estimates"],
          "The best-known estimates of around 4,000 to 4,700 count killed and wounded together", True),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces had suffered nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those, the agency said, roughly 600 had died", False)],
}
NOT = {
 "000": ["$425 million package", "about 28,500 U.S. troops stationed in Seoul (not a subject)", "about 700 kilometers (435 miles)",
         "96 drones, 62 shot down (headline)", "2 killed (headline)", "Facebook 1.2K", "47 states, 44,000, 60 million households (most read)"],
 "001": ["170-mm self-propelled guns, 240-mm rocket launchers", "some 40 km (25 miles)", "hundreds of millions of dollars",
         "day 1,000 of war (headline)", "5 things (headline)", "2% (headline)"],
 "002": ["more than 11 months old", "417 comments", "Gaza death toll passes 45,000 (other war)", "more than 11 million displaced in Sudan (other war)",
         "7m cars", "240mm rocket launchers", "about 1.2 million active personnel (the North's army, not a deployment)",
         "groups of 20 to 30", "£2 a month"],
 "003": ["1,000 days of war (headline)", "more than 1,000 square kilometers", "about 40%", "170mm, 240mm",
         "at least 20 killed in Gaza (other war, headline)", "3 things (headline)", "Facebook 2,481", "4 minute read", "5 days a week"],
 "004": ["born in 2005, served since 2021; born in 1999, joined in 2016", "1,300 square kilometers, roughly half",
         "16th package", "February 24", "3% of GDP (headline)", "43 missiles and 74 drones (headline)", "6 things (headline)",
         "Share 3.1K", "Comments (86)", "3 min", "6 a.m."],
 "005": ["1,127 comments", "155-mile-long border", "about 2 miles from Pokrovsk", "death toll rises to 24 (LA fires, headline)",
         "3 key questions, 63-year-old alliance (headlines)", "$40 a year", "4 years"],
 "006": ["122mm and 152mm guns", "£1 for 3 months", "120 killed in Wad Madani (Sudan, headline)", "1,500 men a day (headline)",
         "33 hostages (Gaza, headline)", "the second month in a row above 45,000", "Share 642", "Comments 1,204"],
 "008": ["412 videos", "80% of the clips", "15 km", "columns of 20-40 men", "1-3 km", "two T-80s, BMP-2s, AK-12s",
         "152mm, 170mm", "Jan 28, Feb 7", "losses could reach 10,000 by summer (projection)", "57 clips, 500 m",
         "Views 2.4M", "$7/month", "♥ 1,843, 212 comments, Restack 96", "3 villages, 3,000 tanks (headlines)"],
 "009": ["more than 48,000 dead in Gaza (other war)", "up to 150,000 dead in Sudan (other war)", "a third of its strength",
         "155mm shells", "38th parallel", "2 tours", "under 800 words", "tariffs of 25% (headline)", "5 minutes (headline)",
         "388 comments"],
 "010": ["more than 400 killed at Zamzam camp (Sudan, headline)", "12 dead in Kyiv strike (headline)", "250,000 at funeral (headline)",
         "Share 912", "184 comments", "5 days a week"],
 "011": ["about 250 artillery systems", "170 mm guns, 240 mm rocket launchers", "as much as $20 billion", "Facebook 864",
         "100 days, 39%, 55 million, 5 dead (headlines)", "nine months, August 2024"],
 "012": ["6,000 more (planned deminers and builders)", "1,000 deminers and 5,000 military construction workers (planned)",
         "shared more than 12,000 times", "viewed about 1.8 million times", "1.6K shares", "£10 a month", "charity number 1158683",
         "95% of refugees (headline)", "2019 parade, 2025 (headline)"],
}
OFF = ["013", "014"]
DUP = {"007": "001"}

goldlib.write(
    "Gold labels for the blind5 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["005-1", "006-2", "about 300 killed (NIS) against at least 1,000 killed (Western officials), three days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["002-4", "003-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
            ["009-1", "009-5", "11,000-12,000 at first against roughly 3,000 additional: an additional force"],
            ["010-2", "011-3", "roughly 3,000 reinforcements against about 15,000 in total: an additional force"],
            ["012-1", "012-5", "the viral post's 4,000 dead against NIS's roughly 600 dead: the fact-check debunks the post"],
        ],
    },
)
