#!/usr/bin/env python3
"""Gold labels for testdata/blind409 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind409: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
HUR = ["HUR", "military intelligence", "Ukraine", "Kyiv"]
US = ["Pentagon", "United States", "U.S.", "US", "Washington"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Kyiv"]

A = {
 "000": [
  ("troops", NK, 1500, None, "exact", NIS,
   "North Korea has shipped 1,500 special forces troops to Russia's Far East", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov"] + HUR,
   "Around 11,000 North Korean soldiers have arrived in Russia's Kursk Oblast", False),
  ("troops", NK, 10000, None, "about", US,
   "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
  ("troops", NK, 8000, None, "about", US,
   "about 8,000 of them had since moved into Kursk Oblast", False),
  ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine"],
   "Moscow has concentrated around 50,000 troops there", False),
 ],
 "003": [
  ("casualties", NK, 1100, None, "about", JCS,
   "about 1,100 North Korean soldiers were killed or wounded while taking part in recent fighting against Ukrainian forces", False),
  ("troops", NK, 11000, None, "about", JCS,
   "the roughly 11,000 troops already deployed", False),
  ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "around 1,000 wounded", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "More than 3,000 soldiers from North Korea have already been killed or wounded in Russia's Kursk Oblast", False),
  ("troops", NK, 12000, None, "up_to", HUR,
   "up to 12,000 North Korean soldiers are now in the region", False),
  ("casualties", RU, 1530, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
   "Russia had lost 1,530 soldiers over the past day", False),
 ],
 "005": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian Defense Ministry", "Russia"],
   "the losses of the Ukrainian armed forces during the operation in the Kursk Region exceeded 76,000 servicemen", False),
 ],
 "007": [
  ("captured", NK, 2, None, "exact", ZEL,
   "had captured two North Korean soldiers in the Kursk region", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "An estimated 11,000 North Korean soldiers were sent to Russia last autumn", False),
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "about 300 North Korean soldiers had been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "2,700 wounded", False),
  ("casualties", NK, 3800, None, "about", ZEL,
   "about 3,800 North Korean soldiers had been killed or wounded", False),
  ("casualties", NK, 200, 900, "vague", ["White House", "United States", "US", "Washington"],
   "the North Koreans had suffered several hundred casualties in their first weeks of combat", True),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", JCS,
   "North Korea has sent about 3,000 additional soldiers to Russia since January", False),
  ("casualties", NK, 4700, None, "about", JCS,
   "The North's casualties, the Joint Chiefs of Staff (JCS) said in a report to lawmakers, have climbed to about 4,700 killed and wounded", False),
  ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
   "The North first dispatched between 11,000 and 12,000 troops last year", False),
 ],
 "010": [
  ("casualties", NK, 4700, None, "about", NIS,
   "about 4,700 North Korean soldiers had been killed or wounded", False),
  ("killed", NK, 600, None, "about", NIS,
   "among them some 600 dead", False),
  ("troops", NK, 15000, None, "about", NIS,
   "around 15,000 troops have been sent in all", False),
  ("killed", NK, 1000, None, "more_than", HUR,
   "more than 1,000 North Korean soldiers have been killed in Kursk since November", False),
 ],
 "012": [
  ("troops", NK, 11000, None, "about", ["South Korean intelligence"] + NIS,
   "some 11,000 troops to the Kursk front last autumn", False),
  ("troops", NK, 3000, None, "about", ["South Korean intelligence"] + NIS,
   "a further 3,000 or so early this year", False),
  ("killed", NK, 600, None, "about", ["South Korean intelligence"] + NIS,
   "about 600 of them have been killed", False),
  ("troops", NK, 2000, 9999, "vague", ["Japanese government source", "Japan"],
   "Several thousand North Korean soldiers remain in the region to guard the border", True),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS,
   "some two thousand North Korean soldiers have now been killed in and around Kursk", False),
  ("troops", NK, 11000, None, "about", ["unattributed", "CNN", "South Korea", "officials"],
   "Pyongyang sent about eleven thousand soldiers to Kursk last fall", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed", "CNN", "South Korea", "officials"],
   "several thousand more this year", True),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "CNN"],
   "the two North Korean soldiers Ukraine captured in January", False),
 ],
}

NOT = {
 "000": ["Four Russian landing ships and three escort ships",
         "about 12,000 troops, or four brigades, in total", "between Oct. 8 and 13", "the elite 11th Corps",
         "2 dead, 11 injured", "2,601.56"],
 "001": ["Russia attacks Ukraine with 96 drones overnight", "several hundred square kilometers",
         "Join 18,000+ members", "3 min read"],
 "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
         "3 in 10 Koreans", "W1.8tr"],
 "004": ["Join more than 300,000 readers", "Russians drop 7 guided bombs on Kharkiv Oblast, injuring 5",
         "in June 2024"],
 "005": ["more than 7,700 pieces of weapons and military equipment", "412 tanks", "2,582 armored combat vehicles",
         "1,235 artillery pieces", "a district center of about 5,000 residents", "Article 4 of the treaty",
         "June 19, 2024"],
 "007": ["born in 1999", "the other in 2005", "Russia launches 72 drones at Ukraine overnight"],
 "008": ["roughly 220 self-propelled guns and multiple rocket launchers", "Japan's Nikkei slips 0.6%"],
 "010": ["as much as $20 billion", "North Korea's 1.2 million-strong army", "since 1953",
         "in their early twenties"],
 "012": ["1,000 sappers and 5,000 military construction workers",
         "1st vice-ministerial strategic talks in 3 years", "38,885", "took office on June 4"],
 "013": ["a record above $3,500 an ounce", "roughly three times what the agency told parliament",
         "Aired 10-11a ET"],
}

OFF = ["002", "006", "009", "014"]
DUP = {"011": "008"}

MUST = [
 ["001-1", "001-3", "about 11,000 North Korean troops in Kursk (HUR's Budanov) against about 8,000 in Kursk (the Pentagon, last week), in one article"],
 ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 27), four days apart"],
 ["010-2", "010-4", "some 600 killed (NIS) against more than 1,000 killed (Ukraine's HUR), in one article, same day"],
]

MAY = [
 ['000-1', '001-1', '1,500 troops (000-1, 2024-10-18) against about 11,000 troops (001-1, 2024-11-05), 2 weeks apart: the first wave against the whole deployment'],
 ['000-1', '001-2', '1,500 troops (000-1, 2024-10-18) against about 10,000 troops (001-2, 2024-11-05), 2 weeks apart: the first wave against the whole deployment'],
 ['000-1', '001-3', '1,500 troops (000-1, 2024-10-18) against about 8,000 troops (001-3, 2024-11-05), 2 weeks apart: the first wave against the whole deployment'],
 ['000-1', '003-2', '1,500 troops (000-1, 2024-10-18) against about 11,000 troops (003-2, 2024-12-23), 2 months apart: the first wave against the whole deployment'],
 ['000-1', '007-2', '1,500 troops (000-1, 2024-10-18) against about 11,000 troops (007-2, 2025-01-14), 3 months apart: the first wave against the whole deployment'],
 ['000-1', '008-1', '1,500 troops (000-1, 2024-10-18) against about 3,000 troops (008-1, 2025-03-27), 5 months apart: an additional force against a deployment count'],
 ['000-1', '008-3', '1,500 troops (000-1, 2024-10-18) against 11,000-12,000 troops (008-3, 2025-03-27), 5 months apart: the first wave against the whole deployment'],
 ['000-1', '010-3', '1,500 troops (000-1, 2024-10-18) against about 15,000 troops (010-3, 2025-04-30), 6 months apart: the first wave against the whole deployment'],
 ['000-1', '012-1', '1,500 troops (000-1, 2024-10-18) against about 11,000 troops (012-1, 2025-06-18), 8 months apart: the first wave against the whole deployment'],
 ['000-1', '012-2', '1,500 troops (000-1, 2024-10-18) against about 3,000 troops (012-2, 2025-06-18), 8 months apart: an additional force against a deployment count'],
 ['000-1', '012-4', '1,500 troops (000-1, 2024-10-18) against several thousand troops (012-4, 2025-06-18), 8 months apart: those still in the region against those sent'],
 ['000-1', '013-2', '1,500 troops (000-1, 2024-10-18) against about 11,000 troops (013-2, 2025-09-04), 11 months apart: the first wave against the whole deployment'],
 ['000-1', '013-3', '1,500 troops (000-1, 2024-10-18) against several thousand troops (013-3, 2025-09-04), 11 months apart: an additional force against a deployment count'],
 ['001-1', '001-2', 'about 11,000 troops (001-1, 2024-11-05) against about 10,000 troops (001-2, 2024-11-05), in one article: close estimates of different scope'],
 ['001-1', '008-1', 'about 11,000 troops (001-1, 2024-11-05) against about 3,000 troops (008-1, 2025-03-27), 5 months apart: an additional force against a deployment count'],
 ['001-1', '010-3', 'about 11,000 troops (001-1, 2024-11-05) against about 15,000 troops (010-3, 2025-04-30), 6 months apart: the first deployment against the total sent, reinforcements included'],
 ['001-1', '012-2', 'about 11,000 troops (001-1, 2024-11-05) against about 3,000 troops (012-2, 2025-06-18), 7 months apart: an additional force against a deployment count'],
 ['001-2', '003-2', 'about 10,000 troops (001-2, 2024-11-05) against about 11,000 troops (003-2, 2024-12-23), 6 weeks apart: close estimates of different scope'],
 ['001-2', '007-2', 'about 10,000 troops (001-2, 2024-11-05) against about 11,000 troops (007-2, 2025-01-14), 2 months apart: close estimates of different scope'],
 ['001-2', '008-1', 'about 10,000 troops (001-2, 2024-11-05) against about 3,000 troops (008-1, 2025-03-27), 5 months apart: an additional force against a deployment count'],
 ['001-2', '010-3', 'about 10,000 troops (001-2, 2024-11-05) against about 15,000 troops (010-3, 2025-04-30), 6 months apart: the first deployment against the total sent, reinforcements included'],
 ['001-2', '012-1', 'about 10,000 troops (001-2, 2024-11-05) against about 11,000 troops (012-1, 2025-06-18), 7 months apart: close estimates of different scope'],
 ['001-2', '012-2', 'about 10,000 troops (001-2, 2024-11-05) against about 3,000 troops (012-2, 2025-06-18), 7 months apart: an additional force against a deployment count'],
 ['001-2', '013-2', 'about 10,000 troops (001-2, 2024-11-05) against about 11,000 troops (013-2, 2025-09-04), 10 months apart: close estimates of different scope'],
 ['001-3', '003-2', 'about 8,000 troops (001-3, 2024-11-05) against about 11,000 troops (003-2, 2024-12-23), 6 weeks apart: a cumulative or growing figure reported at different times'],
 ['001-3', '007-2', 'about 8,000 troops (001-3, 2024-11-05) against about 11,000 troops (007-2, 2025-01-14), 2 months apart: a cumulative or growing figure reported at different times'],
 ['001-3', '008-1', 'about 8,000 troops (001-3, 2024-11-05) against about 3,000 troops (008-1, 2025-03-27), 5 months apart: an additional force against a deployment count'],
 ['001-3', '008-3', 'about 8,000 troops (001-3, 2024-11-05) against 11,000-12,000 troops (008-3, 2025-03-27), 5 months apart: a cumulative or growing figure reported at different times'],
 ['001-3', '010-3', 'about 8,000 troops (001-3, 2024-11-05) against about 15,000 troops (010-3, 2025-04-30), 6 months apart: the first deployment against the total sent, reinforcements included'],
 ['001-3', '012-1', 'about 8,000 troops (001-3, 2024-11-05) against about 11,000 troops (012-1, 2025-06-18), 7 months apart: a cumulative or growing figure reported at different times'],
 ['001-3', '012-2', 'about 8,000 troops (001-3, 2024-11-05) against about 3,000 troops (012-2, 2025-06-18), 7 months apart: an additional force against a deployment count'],
 ['001-3', '013-2', 'about 8,000 troops (001-3, 2024-11-05) against about 11,000 troops (013-2, 2025-09-04), 10 months apart: a cumulative or growing figure reported at different times'],
 ['003-1', '007-5', 'about 1,100 casualties (003-1, 2024-12-23) against about 3,800 casualties (007-5, 2025-01-14), 3 weeks apart: a cumulative or growing figure reported at different times'],
 ['003-1', '007-6', 'about 1,100 casualties (003-1, 2024-12-23) against several hundred casualties (007-6, 2025-01-14), 3 weeks apart: an early vague count against a later figure'],
 ['003-1', '008-2', 'about 1,100 casualties (003-1, 2024-12-23) against about 4,700 casualties (008-2, 2025-03-27), 3 months apart: a cumulative or growing figure reported at different times'],
 ['003-1', '010-1', 'about 1,100 casualties (003-1, 2024-12-23) against about 4,700 casualties (010-1, 2025-04-30), 4 months apart: a cumulative or growing figure reported at different times'],
 ['003-2', '008-1', 'about 11,000 troops (003-2, 2024-12-23) against about 3,000 troops (008-1, 2025-03-27), 3 months apart: an additional force against a deployment count'],
 ['003-2', '010-3', 'about 11,000 troops (003-2, 2024-12-23) against about 15,000 troops (010-3, 2025-04-30), 4 months apart: the first deployment against the total sent, reinforcements included'],
 ['003-2', '012-2', 'about 11,000 troops (003-2, 2024-12-23) against about 3,000 troops (012-2, 2025-06-18), 6 months apart: an additional force against a deployment count'],
 ['004-1', '007-6', 'more than 3,000 casualties (004-1, 2024-12-27) against several hundred casualties (007-6, 2025-01-14), 2 weeks apart: an early vague count against a later figure'],
 ['004-2', '010-3', 'up to 12,000 troops (004-2, 2024-12-27) against about 15,000 troops (010-3, 2025-04-30), 4 months apart: the first deployment against the total sent, reinforcements included'],
 ['007-2', '008-1', 'about 11,000 troops (007-2, 2025-01-14) against about 3,000 troops (008-1, 2025-03-27), 2 months apart: an additional force against a deployment count'],
 ['007-2', '010-3', 'about 11,000 troops (007-2, 2025-01-14) against about 15,000 troops (010-3, 2025-04-30), 3 months apart: the first deployment against the total sent, reinforcements included'],
 ['007-2', '012-2', 'about 11,000 troops (007-2, 2025-01-14) against about 3,000 troops (012-2, 2025-06-18), 5 months apart: an additional force against a deployment count'],
 ['007-3', '010-2', 'about 300 killed (007-3, 2025-01-14) against about 600 killed (010-2, 2025-04-30), 3 months apart: a cumulative or growing figure reported at different times'],
 ['007-3', '010-4', "about 300 killed (007-3, 2025-01-14) against more than 1,000 killed (010-4, 2025-04-30), 3 months apart: two sources' counts of the dead, weeks or months apart, while the toll grew"],
 ['007-3', '012-3', 'about 300 killed (007-3, 2025-01-14) against about 600 killed (012-3, 2025-06-18), 5 months apart: a cumulative or growing figure reported at different times'],
 ['007-3', '013-1', 'about 300 killed (007-3, 2025-01-14) against about 2,000 killed (013-1, 2025-09-04), 8 months apart: a cumulative or growing figure reported at different times'],
 ['007-5', '007-6', "about 3,800 casualties (007-5, 2025-01-14) against several hundred casualties (007-6, 2025-01-14), in one article, December's figure against last week's: an early vague count against a later figure"],
 ['007-5', '008-2', 'about 3,800 casualties (007-5, 2025-01-14) against about 4,700 casualties (008-2, 2025-03-27), 2 months apart: a cumulative or growing figure reported at different times'],
 ['007-5', '010-1', 'about 3,800 casualties (007-5, 2025-01-14) against about 4,700 casualties (010-1, 2025-04-30), 3 months apart: a cumulative or growing figure reported at different times'],
 ['007-6', '008-2', 'several hundred casualties (007-6, 2025-01-14) against about 4,700 casualties (008-2, 2025-03-27), 2 months apart: an early vague count against a later figure'],
 ['007-6', '010-1', 'several hundred casualties (007-6, 2025-01-14) against about 4,700 casualties (010-1, 2025-04-30), 3 months apart: an early vague count against a later figure'],
 ['008-1', '008-3', 'about 3,000 troops (008-1, 2025-03-27) against 11,000-12,000 troops (008-3, 2025-03-27), in one article: an additional force against a deployment count'],
 ['008-1', '010-3', 'about 3,000 troops (008-1, 2025-03-27) against about 15,000 troops (010-3, 2025-04-30), 4 weeks apart: an additional force against a deployment count'],
 ['008-1', '012-1', 'about 3,000 troops (008-1, 2025-03-27) against about 11,000 troops (012-1, 2025-06-18), 3 months apart: an additional force against a deployment count'],
 ['008-1', '013-2', 'about 3,000 troops (008-1, 2025-03-27) against about 11,000 troops (013-2, 2025-09-04), 5 months apart: an additional force against a deployment count'],
 ['008-3', '010-3', '11,000-12,000 troops (008-3, 2025-03-27) against about 15,000 troops (010-3, 2025-04-30), 4 weeks apart: the first deployment against the total sent, reinforcements included'],
 ['008-3', '012-2', '11,000-12,000 troops (008-3, 2025-03-27) against about 3,000 troops (012-2, 2025-06-18), 3 months apart: an additional force against a deployment count'],
 ['008-3', '012-4', '11,000-12,000 troops (008-3, 2025-03-27) against several thousand troops (012-4, 2025-06-18), 3 months apart: those still in the region against those sent'],
 ['008-3', '013-3', '11,000-12,000 troops (008-3, 2025-03-27) against several thousand troops (013-3, 2025-09-04), 5 months apart: an additional force against a deployment count'],
 ['010-2', '013-1', 'about 600 killed (010-2, 2025-04-30) against about 2,000 killed (013-1, 2025-09-04), 4 months apart: a cumulative or growing figure reported at different times'],
 ['010-3', '012-1', 'about 15,000 troops (010-3, 2025-04-30) against about 11,000 troops (012-1, 2025-06-18), 7 weeks apart: the first deployment against the total sent, reinforcements included'],
 ['010-3', '012-2', 'about 15,000 troops (010-3, 2025-04-30) against about 3,000 troops (012-2, 2025-06-18), 7 weeks apart: an additional force against a deployment count'],
 ['010-3', '012-4', 'about 15,000 troops (010-3, 2025-04-30) against several thousand troops (012-4, 2025-06-18), 7 weeks apart: those still in the region against those sent'],
 ['010-3', '013-2', 'about 15,000 troops (010-3, 2025-04-30) against about 11,000 troops (013-2, 2025-09-04), 4 months apart: the first deployment against the total sent, reinforcements included'],
 ['010-3', '013-3', 'about 15,000 troops (010-3, 2025-04-30) against several thousand troops (013-3, 2025-09-04), 4 months apart: an additional force against a deployment count'],
 ['010-4', '012-3', "more than 1,000 killed (010-4, 2025-04-30) against about 600 killed (012-3, 2025-06-18), 7 weeks apart: two sources' counts of the dead, weeks or months apart, while the toll grew"],
 ['012-1', '012-2', 'about 11,000 troops (012-1, 2025-06-18) against about 3,000 troops (012-2, 2025-06-18), in one article: an additional force against a deployment count'],
 ['012-2', '013-2', 'about 3,000 troops (012-2, 2025-06-18) against about 11,000 troops (013-2, 2025-09-04), 3 months apart: an additional force against a deployment count'],
 ['012-3', '013-1', 'about 600 killed (012-3, 2025-06-18) against about 2,000 killed (013-1, 2025-09-04), 3 months apart: a cumulative or growing figure reported at different times'],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
