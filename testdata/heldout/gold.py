#!/usr/bin/env python3
"""Write gold.json for the held-out set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md,
before any tuning of the extractor. Run: python3 gold.py > gold.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "Lee Geon", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)], extra
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS, "About 1,500 North Korean special forces were carried on Russian navy ships", False)],
 "001": [("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House"], "at least 3,000 North Korean soldiers were moved by ship to eastern Russia", False)],
 "002": [("troops", "north_korea", 12000, None, "about", ["Defence Intelligence", "HUR", "Ukrain", "Budanov"], "Around 12,000 North Korean military personnel", False),
         ("troops", "north_korea", 500, None, "exact", ["Defence Intelligence", "HUR", "Ukrain"], "including 500 officers", True),
         ("troops", "north_korea", 3, None, "exact", ["Defence Intelligence", "HUR", "Ukrain"], "and three generals", True)],
 "003": [("troops", "north_korea", 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon"], "North Korea has sent about 10,000 soldiers to train in eastern Russia", False)],
 "004": [("troops", "north_korea", 10000, None, "more_than", ["Blinken", "State"], "more than 10,000 North Korean soldiers had been sent to eastern Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ["Zelensky"], "We are seeing 11,000 North Korean soldiers in the Kursk region right now", False)],
 "005": [("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"], "several hundred North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"], "The Pentagon believes 11,000 to 12,000 North Korean soldiers are now in Kursk", False),
         ("casualties", "north_korea", 30, None, "at_least", ["military intelligence", "Ukrain"], "at least 30 North Korean soldiers were killed or wounded over the weekend", False)],
 "006": [("killed", "north_korea", 100, None, "at_least", NIS, "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS, "around 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS, "about 11,000 North Korean troops had been sent to Russia since October", False)],
 "007": [("casualties", "north_korea", 3000, None, "more_than", ["Zelensky"], "more than 3,000 North Korean soldiers had been killed or wounded", False)],
 "008": [("captured", "north_korea", 2, None, "exact", ["Zelensky"], "Ukrainian forces have captured two North Korean soldiers", False)],
 "009": [("killed", "north_korea", 300, None, "about", NIS, "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS, "putting the North's total losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS, "the capture of two North Korean soldiers by Ukraine", False)],
 "010": [("casualties", "north_korea", 4000, None, "about", ["Zelensky"], "North Korea had suffered about 4,000 killed and wounded", False),
         ("killed", "north_korea", 1000, None, "more_than", ["General Staff"], "more than 1,000 North Korean soldiers had been killed", False),
         ("casualties", "russia", 38000, None, "more_than", ["Kyiv", "Ukrain"], "Russia had lost more than 38,000 troops killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Zelensky"], "the two captured soldiers", True)],
 "011": [("troops", "north_korea", 10000, 12000, "range", ["spy agency", "South Korea"], "South Korea's spy agency puts the force already in Russia at 10,000 to 12,000", False)],
 "012": [("troops", "north_korea", 3000, None, "about", NIS, "an additional 3,000 or so soldiers", False)],
 "013": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov"], "Ukraine had lost more than 76,000 soldiers killed and wounded", False),
         ("killed", "north_korea", 1000, None, "at_least", ["Western officials"], "at least 1,000 North Korean soldiers have been killed", False)],
 "014": [],
 "015": [("casualties", "north_korea", 4700, None, "about", NIS, "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS, "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS, "North Korea had sent some 15,000 troops in total", False)],
 "016": [("troops", "north_korea", 15000, None, "about", ["spy agency", "South Korea"], "some 15,000 North Korean soldiers were sent to fight in Russia", False)],
 "017": [("killed", "north_korea", 2000, None, "about", NIS, "Roughly 2,000 North Korean soldiers have been killed", False)],
 "018": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Pyongyang"], "Nine of the regiment's soldiers were killed", False)],
 "025": [("casualties", "north_korea", 4000, None, "about", ["Budanov", "military intelligence"], "North Korea's losses in the Kursk region have reached roughly 4,000 killed and wounded", False),
         ("troops", "north_korea", 1500, 2000, "range", ["Budanov"], "between 1,500 and 2,000 more North Korean soldiers are being trained in Russia's Far East", False)],
 "026": [("killed", "russia", 1200, None, "more_than", ["Mediazona"], "the names of more than 1,200 Russian soldiers killed in the Kursk region", False)],
 "027": [("captured", "north_korea", 2, None, "exact", NIS, "Ukraine is holding two North Korean prisoners of war", False),
         ("troops", "north_korea", 11000, None, "about", NIS, "North Korea's total deployment stands at roughly eleven thousand", False)],
 "028": [("troops", "north_korea", 11000, 12000, "range", ["Sabrina Singh", "Singh", "Pentagon"], "between 11,000 and 12,000 North Korean troops are in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "exact", ["Defense Department", "Pentagon"], "the 10,000 figure the Defense Department gave in late October", True)],
 "029": [("casualties", "russia", 2000, None, "about", ["Ukrain", "commanders"], "Russian and North Korean forces had lost nearly 2,000 soldiers killed or wounded (a joint figure)", True),
         ("casualties", "north_korea", 2000, None, "about", ["Ukrain", "commanders"], "Russian and North Korean forces had lost nearly 2,000 soldiers killed or wounded (a joint figure)", True),
         ("killed", "north_korea", 100, None, "less_than", ["commander"], "Fewer than 100 of them were killed in the first days, according to one commander", False)],
 "019": [("troops", "north_korea", 11000, None, "about", ["South Korean intelligence"], "about 11,000 strong according to South Korean intelligence", False),
         ("troops", "north_korea", 3000, None, "about", ["South Korean intelligence", "unattributed", "Western"], "joined by roughly 3,000 replacements", False),
         ("casualties", "north_korea", 6000, None, "about", ["military intelligence", "Kyiv"], "about 6,000 North Koreans have been killed or wounded", False)],
}
NOT = {
 "000": ["some 12,000 soldiers in four brigades (planned)", "45 injured after bus overturns"],
 "001": ["24 deaths confirmed in Florida", "33,000 workers"],
 "002": ["five ranges", "80% of substations", "56,000 readers"],
 "003": ["33,000 workers", "2,000 recruiting jobs", "6 years as a Marine Corps officer"],
 "004": ["7 killed as Russian missile hits apartment block", "212 shares"],
 "006": ["204-85", "1,450 per dollar"],
 "008": ["3 dead, 12 hurt in drone attack"],
 "011": ["as many as 100,000 soldiers (planned)", "more than 100 ballistic missiles"],
 "012": ["2 killed in fire at Busan hotel construction site"],
 "013": ["250,000 mourners"],
 "016": ["1,000 deminers and 5,000 military construction workers (planned)"],
 "017": ["a further 6,000 military engineers (planned)", "3 dead on Jeju"],
 "018": ["9 drones shot down"],
 "025": ["4 border crossings", "4.7% of GDP"],
 "026": ["34 comments"],
 "027": ["9 years"],
}
NOT.update({
})
OFF = ["020", "021", "022"]
DUP = {"023": "009", "024": "015"}

goldlib.write(
    "Gold labels for the held-out set in articles/ (written for crosscheck, not copied from news). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["009-3", "010-1", "about 3,000 casualties (NIS) against about 4,000 (Zelensky), three days apart"],
            ["009-1", "010-2", "about 300 killed (NIS) against more than 1,000 killed (General Staff), three days apart"],
            ["013-2", "015-2", "at least 1,000 killed (Western officials) against roughly 600 killed (NIS), three days apart"],
        ],
        "may": [
            ["002-1", "003-1", "about 12,000 against about 10,000 troops: the ±10% bands only just touch"],
            ["005-1", "007-1", "several hundred casualties against more than 3,000, six days apart (a vague figure)"],
        ],
    },
)
