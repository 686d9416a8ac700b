#!/usr/bin/env python3
"""Gold labels for blind650 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "four brigades of roughly 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first contingent of some 1,500 special forces troops was ferried", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean troops were being trained at five military bases in Russia's Far East", False),
        ("troops", "russia", 50000, None, "about", ["The New York Times", "New York Times", "US and Ukrainian officials", "US officials", "Ukrainian officials"],
         "Moscow has gathered roughly 50,000 of its own troops there", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "those figures put North Korea's casualties at roughly 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "United States", "Washington"],
         "a US military official said North Korean troops had suffered several hundred killed and wounded", True),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "put the combined number of North Korean dead and injured in Russia's Kursk region at more than three thousand", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "North Korea is thought to have sent between 10,000 and 12,000 soldiers to Russia this autumn", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "have climbed to about 300 dead and 2,700 wounded", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 dead and 2,700 wounded, South Korea's National Intelligence Service (NIS) told lawmakers", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine"] + NIS,
         "Ukraine's capture of two North Korean soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, 12000, "range", ["US, South Korea and Ukraine", "US", "United States", "South Korea", "Ukraine"],
         "Roughly 11,000-12,000 North Korean soldiers were sent to Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Pyongyang had sent some three thousand more soldiers in January and February", False),
        ("casualties", "north_korea", 2000, 9000, "vague", ["Ukrainian officials", "Ukraine"],
         "Ukrainian officials have said several thousand have been killed or wounded", True),
        ("killed", "north_korea", 300, None, "about", NIS,
         "put the figure at about 300 dead and 2,700 injured", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 300 dead and 2,700 injured", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers were taken prisoner by Ukrainian forces in Kursk in January", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian army lost more than 76,000 servicemen during the operation in the region", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "including some 600 soldiers killed", False),
        ("troops", "north_korea", 15000, None, "about", JCS,
         "among the roughly 15,000 troops it has sent to Russia", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "British ministry", "Britain", "UK"],
         "North Korean casualties in Kursk had likely exceeded 6,000", False),
    ],
    "013": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "the roughly 11,000 combat troops the North dispatched to Russia last year", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "South Korea's military estimated in late April that around 600 North Korean soldiers had been killed", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"],
         "praised nine of its soldiers who were killed during the mission", False),
        ("troops", "north_korea", 1000, None, "less_than", ["analysts in Seoul", "analysts"],
         "analysts in Seoul said it was probably fewer than 1,000 strong", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean and Ukrainian assessments", "South Korea", "Ukraine"],
         "North Korea sent about 11,000 troops to Russia in the fall of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean and Ukrainian assessments", "South Korea", "Ukraine"],
         "followed by some 3,000 reinforcements early this year", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "South Korea's spy agency estimated in September that about 2,000 North Korean soldiers had been killed", False),
    ],
}

NOT = {
    "000": ["11th Corps", "a Russian landing ship and four escort vessels", "S. Korea's jobless rate at 2.1 pct in September",
            "KOSPI closes at 2,593.82", "over 1 million copies in 6 days", "a six-day period starting Oct. 8"],
    "002": ["five military bases", "82 mm mortars", "Join 12,000+ members", "as little as $5 a month",
            "Ukraine Downs 50 of 74 Drones Launched Overnight", "Sumy Strike Leaves Eight Injured", "148 comments"],
    "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Won slides past 1,450 per dollar",
            "Samsung Electronics shares fall for 3rd straight day", "Dec. 19, 2024 - 16:05"],
    "005": ["Russia launched 103 drones at the country overnight", "59 were shot down", "another 42 were lost to electronic jamming",
            "expires on 31 December", "16th sanctions package", "80mph gusts", "Ten of the best festive films",
            "taken two more villages"],
    "007": ["born in 2005", "born in 1999 and joined the army in 2016", "1,100 N. Korean casualties in Kursk, JCS estimates",
            "tops Netflix charts in 92 countries", "enters 3rd week"],
    "008": ["more than a million barrels of oil", "500,000 barrels a year", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "Video, 2 minutes 41 seconds", "millions of artillery shells", "August 2024"],
    "010": ["more than 7,700 pieces of weapons and military hardware", "over 400 tanks", "August 6, 2024",
            "Russian air defences down 115 Ukrainian drones over seven regions overnight"],
    "011": ["about 220 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "N. Korea sent 3K more troops to Russia early this year: NIS", "2 N. Korean POWs want to come to South Korea",
            "new 5,000-ton destroyer"],
    "013": ["1,000 military deminers", "5,000 military construction workers", "for the second time in about two weeks",
            "Shoigu meets Kim Jong Un for 2nd time in 2 weeks"],
    "014": ["120 days of work in Kursk", "pledged 1,000 deminers and 5,000 military construction workers", "Kim, 41"],
}

OFF = ["001", "003", "006", "009"]
DUP = {"012": "004"}

additional = "an additional force of about 3,000 reinforcements against a total"
conflicts = {
    "must": [
        ["004-3", "005-1", "about 1,100 casualties (South Korea's NIS, relayed by Rep. Lee Seong-kweun, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["011-1", "011-4", "about 4,700 casualties (South Korea's JCS) against more than 6,000 (Britain's Ministry of Defence), the same week, in one article"],
    ],
    "may": [
        # troop totals reported weeks or months apart (initial force, force in Kursk, cumulative with reinforcements)
        ["000-1", "002-1", "about 12,000 being sent (NIS, Oct 18) against 11,000 in Kursk (Zelensky, early November)"],
        ["000-1", "013-1", "about 12,000 (Oct 2024) against roughly 11,000 dispatched last year, eight months later"],
        ["000-1", "014-3", "about 12,000 (Oct 2024) against about 11,000, fourteen months later"],
        ["000-1", "011-3", "about 12,000 (Oct 2024) against a cumulative 15,000 including reinforcements (Apr 2025)"],
        ["002-1", "011-3", "11,000 in Kursk (Nov 2024) against a cumulative 15,000 (Apr 2025)"],
        ["002-2", "011-3", "up to 12,000 training in the Far East (Oct 2024) against a cumulative 15,000 (Apr 2025)"],
        ["005-2", "011-3", "10,000-12,000 (Dec 2024) against a cumulative 15,000 (Apr 2025)"],
        ["008-1", "011-3", "11,000-12,000 sent last autumn against a cumulative 15,000, two months later"],
        ["013-1", "011-3", "roughly 11,000 sent last year against a cumulative 15,000"],
        ["014-3", "011-3", "about 11,000 sent in fall 2024 against a cumulative 15,000"],
        # the 3,000 reinforcements against totals
        ["008-2", "000-1", additional], ["008-2", "002-1", additional], ["008-2", "005-2", additional],
        ["008-2", "008-1", additional], ["008-2", "011-3", additional], ["008-2", "013-1", additional],
        ["008-2", "014-3", additional],
        ["014-4", "000-1", additional], ["014-4", "002-1", additional], ["014-4", "005-2", additional],
        ["014-4", "008-1", additional], ["014-4", "011-3", additional], ["014-4", "013-1", additional],
        ["014-4", "014-3", additional],
        # cumulative killed counts rising over months
        ["007-1", "011-2", "about 300 killed (Jan) against about 600 (Apr), a cumulative figure months later"],
        ["007-1", "013-2", "about 300 killed (Jan) against about 600 (Apr, restated in June)"],
        ["007-1", "014-5", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["008-4", "011-2", "about 300 killed (January figure) against about 600 (Apr)"],
        ["008-4", "013-2", "about 300 killed (January figure) against about 600 (Apr)"],
        ["008-4", "014-5", "about 300 killed (January figure) against about 2,000 (Sep)"],
        ["011-2", "014-5", "about 600 killed (Apr) against about 2,000 (Sep)"],
        ["013-2", "014-5", "about 600 killed (Apr) against about 2,000 (Sep)"],
        # wounded: the December figure against the January one restated in late February
        ["004-2", "008-5", "around 1,000 wounded (Dec) against about 2,700 (January figure restated Feb 28), same agency, a cumulative rise"],
        # casualties months apart, or vague
        ["004-3", "004-4", "about 1,100 (NIS) against several hundred (a US official two days earlier), a vague count"],
        ["004-4", "005-1", "several hundred (US official, Dec 17) against more than 3,000 (Zelensky, Dec 23), a vague count"],
        ["004-3", "008-3", "about 1,100 (Dec) against several thousand (Ukrainian officials, Feb), vague and two months apart"],
        ["004-4", "008-3", "several hundred (Dec) against several thousand (Feb), both vague"],
        ["004-3", "011-1", "about 1,100 (Dec) against about 4,700 (Apr): a cumulative rise months later"],
        ["004-3", "011-4", "about 1,100 (Dec) against more than 6,000 (May)"],
        ["004-4", "011-1", "several hundred (Dec) against about 4,700 (Apr)"],
        ["004-4", "011-4", "several hundred (Dec) against more than 6,000 (May)"],
    ],
}

about = ("blind650: fifteen articles written for crosscheck in our own words about the real story's known reporting "
         "(October 2024 - December 2025), labelled blind. See ../corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
