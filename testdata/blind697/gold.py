#!/usr/bin/env python3
"""Gold labels for testdata/blind697 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind697/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korean intelligence",
       "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Andriy Yusov", "Yusov", "Ukraine"]
PENT = ["Pentagon", "US official", "U.S. official", "United States", "US", "U.S."]
UKG = ["Amelia Rowe", "Ms Rowe", "UK government", "British government", "United Kingdom", "UK", "Foreign Office", "FCDO"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special operations soldiers were carried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"],
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "Sabrina Singh", "Pentagon", "United States", "U.S.", "US"],
         "the at least 3,000 that my colleague John Kirby described at the White House last Wednesday", False),
    ],
    "002": [
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "United States", "US", "U.S."],
         "Russia has gathered some 50,000 soldiers, North Korean troops among them", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were now in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "put the number in Kursk at about 8,000", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE + NIS,
         "at least one hundred North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE + NIS,
         "nearly a thousand had been injured", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "ZELENSKY SAYS MORE THAN 3,000 NORTH KOREAN SOLDIERS KILLED OR WOUNDED IN RUSSIA'S KURSK REGION", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops in Russia's Kursk region had suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "had spoken of \"several hundred\" North Korean casualties", True),
        # one weekend near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", LEE + NIS,
         "about three hundred North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", LEE + NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE + NIS,
         "combined casualties had now topped 3,000", False),
        # the earlier figure, quoted as the base of the rise
        ("casualties", NK, 1100, None, "about", JCS,
         "the roughly 1,100 the Joint Chiefs of Staff estimated three weeks ago", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "009": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "More than 1,000 North Korean military personnel have been killed in the Kursk region", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["American, South Korean and Ukrainian officials", "US officials", "American officials",
                                               "South Korean officials", "Ukrainian officials", "United States", "South Korea", "Ukraine"],
         "Between 11,000 and 12,000 were sent to Russia last autumn", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "had been killed and 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", HUR,
         "more than 1,000 killed, its spokesman, Andriy Yusov, said", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Ukrainian government", "Zelensky", "Volodymyr Zelensky"],
         "it had captured two soldiers", False),
    ],
    "011": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 North Korean special forces has been shipped to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have captured two North Korean soldiers in Kursk", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more troops were sent to Russia in January and February as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine lost more than 76,000 troops in the region", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded in Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them fatally", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", UKG,
         "about 10,000 North Korean troops remain deployed in Russia's border regions", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 in its April assessment", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", UKG,
         "some 5,000 military construction troops are being moved to Russia in stages", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["North Korean state media", "KCNA", "state media", "North Korea", "Kim Jong Un",
                                          "Helen Marsh", "Dr Marsh"],
         "nine of its soldiers had died clearing mines there", False),
        ("casualties", RU, 1000000, None, "more_than", ["Defence Intelligence", "UK Defence Intelligence"] + UKG,
         "Russian casualties since February 2022 have now passed one million", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades", "up to 12,000 troops", "about 100 kilometers north of Vladivostok",
            "roughly 1.2 million troops under arms", "since 1953", "preparing 10,000 soldiers to go to Russia",
            "Reading time 4 min", "Likes 1,032", "Comments 214",
            "3 dead, 11 hurt as fire sweeps through Daegu apartment block", "9.1 trillion won",
            "Han River water bus carried 42,000 riders", "Pyeongtaek base hosts 2,300 U.S. and Korean troops in river-crossing drill"],
    "001": ["56th Security Consultative Meeting", "as many as 12,000", "roughly $2,000 a month per soldier",
            "$425 million", "2:31 P.M. EDT", "3:04 P.M. EDT"],
    "002": ["more than 1,000 square kilometres (390 square miles)", "August 6", "repelled 23 attacks",
            "Ukraine says it downed 50 of 84 Russian drones overnight", "Moldova's Sandu wins second term with 55 percent",
            "11/11/2024 14:20 GMT"],
    "004": ["12:00 KST", "Running time 08:30", "7.8 MB", "13 trillion won", "more than 1.3 million visitors",
            "minus 9 degrees Celsius", "13:00 KST"],
    "005": ["8,102.72", "4.6 MILLION CARS", "GUSTS OF UP TO 70MPH", "RNLI CREW RESCUES 14 PEOPLE FROM STRANDED BOAT OFF CORNWALL",
            "DEATH TOLL STAYS AT 5", "AFTER 3-1 WIN", "1 IN 12 HOSPITAL BEDS", "EUROSTAR CANCELS 4 TRAINS", "HIGHS OF 12C"],
    "006": ["almost three times as high", "Reading time: 5 min", "12/24/2024",
            "Magdeburg: 5 dead, more than 200 injured after car drives into Christmas market",
            "more than 50 years of Assad family rule", "Bayern lead by 4 points"],
    "007": ["Issue #412", "one soldier who was about to be captured", "Read time: 6 min", "roughly nine wounded for every soldier killed",
            "more than 1,000 police officers", "some 200 presidential security staff and soldiers",
            "179: people killed in the Jeju Air crash", "2,515.78", "1,470.80", "15-year low"],
    "009": ["16.01.2025 14:40", "General Staff: Russia's combat losses over past day amount to 1,590 people",
            "4 injured in guided bomb strike on Kupiansk"],
    "010": ["486 comments", "more than 70 years", "Ukraine Says It Captured 2 North Korean Soldiers in Kursk",
            "Zelensky Says North Korean Losses Have Passed 3,000",
            "In South Korea, 1,000 Police Officers Prepare for a Second Try at Arresting Yoon"],
    "011": ["1,000 sappers", "5,000 military construction workers", "his third visit since March", "38,536.74", "144.83",
            "2,950.30", "3 min read", "Japan's births fall below 700,000 for the first time",
            "Toyota to build 100,000 EVs a year", "names 19 ministers"],
    "014": ["Volume 777", "Column 712", "Column 713", "2.41 pm", "[905112]", "[905113]",
            "up to 30,000 more North Koreans could follow", "sanctioned 23 individuals and entities",
            "roughly 900 British personnel"],
}

OFF = ["003", "008", "012"]
DUP = {"013": "002"}

FG = "a first group of 1,500 against a later total, weeks or months apart"
ADD = "an additional or separate force (reinforcements, builders) against a total"
RT = "a rising total, weeks or months apart"
PW = "a part (one weekend, one unit) against the whole, or months apart"
conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23 morning) against more than 3,000 (Zelensky, Dec 23 evening), the same day"],
        ["006-2", "006-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
        ["007-1", "009-1", "about 300 killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["010-2", "010-4", "within one explainer: the NIS's about 300 killed against HUR's more than 1,000, three days apart"],
    ],
    "may": [
        # troops, north_korea: first group, totals, parts (in Kursk vs in Russia), additional forces, months apart
        ["000-1", "001-1", FG], ["000-1", "001-2", "1,500 (Oct 18) against at least 3,000 (Oct 23), a first group against a rising count"],
        ["000-1", "002-2", FG], ["000-1", "002-3", FG], ["000-1", "010-1", FG], ["000-1", "011-2", FG],
        ["000-1", "011-4", FG], ["000-1", "014-1", FG], ["000-1", "014-4", FG],
        ["001-1", "002-2", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), a rising count"],
        ["001-1", "002-3", "about 10,000 in Russia against about 8,000 in Kursk: a part against the whole"],
        ["001-1", "010-1", "about 10,000 (Oct) against 11,000-12,000 (Jan), a rising count"],
        ["001-1", "011-1", FG], ["001-1", "011-2", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4), restated"],
        ["001-1", "011-4", ADD], ["001-1", "014-4", ADD],
        ["001-2", "011-1", "at least 3,000 (Oct 23) against the first group of 1,500 (Oct 18), restated"],
        ["002-2", "002-3", "11,000 in Kursk (Zelensky, Nov 4) against about 8,000 (Blinken, Oct 31): a count rising as troops arrived"],
        ["002-2", "011-1", FG], ["002-2", "011-4", ADD], ["002-2", "014-4", ADD],
        ["002-2", "014-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["002-3", "010-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent in all, months apart"],
        ["002-3", "011-1", FG], ["002-3", "011-2", "about 8,000 against 11,000, restated in a timeline months later"],
        ["002-3", "011-4", ADD], ["002-3", "014-1", "about 8,000 (Oct 2024) against about 10,000 (Dec 2025), a year apart"],
        ["002-3", "014-4", ADD],
        ["010-1", "011-1", FG], ["010-1", "011-4", ADD], ["010-1", "014-4", ADD],
        ["010-1", "014-1", "11,000-12,000 sent in 2024 against about 10,000 remaining in Dec 2025"],
        ["011-1", "011-2", "within one timeline: the first group of 1,500 against 11,000 two weeks later"],
        ["011-1", "011-4", FG], ["011-1", "014-1", FG], ["011-1", "014-4", FG],
        ["011-2", "011-4", "within one timeline: 11,000 in Kursk against 3,000 reinforcements"],
        ["011-2", "014-1", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
        ["011-2", "014-4", ADD],
        ["011-4", "014-1", ADD], ["011-4", "014-4", "3,000 reinforcements (Mar) against 5,000 builders (Dec), separate forces"],
        ["014-1", "014-4", "troops remaining against a separate construction contingent"],
        # casualties, north_korea
        ["004-1", "004-4", "within one bulletin: about 1,100 (JCS) against several hundred (Pentagon, a week earlier, vague)"],
        ["004-1", "006-1", "the JCS's 1,100 against Zelensky's more than 3,000, restated in a later article"],
        ["004-1", "006-5", "about 1,100 against several hundred (a week earlier, vague)"],
        ["004-1", "007-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13): " + RT],
        ["004-1", "011-6", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): " + RT],
        ["004-4", "005-1", "several hundred (Pentagon, mid-December, vague) against more than 3,000 (Dec 23)"],
        ["004-4", "006-1", "several hundred (vague) against more than 3,000"],
        ["004-4", "006-2", "several hundred (vague) against about 1,100"],
        ["004-4", "007-3", "several hundred (Dec) against more than 3,000 (Jan): " + RT],
        ["004-4", "007-4", "several hundred (vague) against about 1,100, restated"],
        ["004-4", "011-6", "several hundred (Dec 2024) against about 4,700 (Apr 2025): " + RT],
        ["005-1", "006-2", "Zelensky's more than 3,000 against the JCS's 1,100, restated in a later article"],
        ["005-1", "006-5", "more than 3,000 against several hundred (a week earlier, vague)"],
        ["005-1", "007-4", "Zelensky's more than 3,000 against the JCS's 1,100 restated three weeks later as the base of a rise"],
        ["006-1", "006-5", "within one fact-check: more than 3,000 against several hundred (a week earlier, vague)"],
        ["006-1", "007-4", "Zelensky's more than 3,000 against the JCS's 1,100, restated"],
        ["006-2", "006-5", "within one fact-check: about 1,100 against several hundred (a week earlier, vague)"],
        ["006-2", "007-3", "about 1,100 (Dec 23) against more than 3,000 (Jan 13): " + RT],
        ["006-2", "011-6", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): " + RT],
        ["006-5", "007-3", "several hundred (Dec) against more than 3,000 (Jan): " + RT],
        ["006-5", "007-4", "several hundred (vague) against about 1,100"],
        ["006-5", "011-6", "several hundred (Dec 2024) against about 4,700 (Apr 2025): " + RT],
        ["007-3", "007-4", "within one newsletter: more than 3,000 now, up from about 1,100 three weeks earlier: an update"],
        ["007-4", "011-6", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): " + RT],
        # killed, north_korea
        ["004-2", "014-5", PW], ["006-3", "014-5", PW],
        ["007-1", "010-4", "the NIS's 300 against HUR's more than 1,000, restated in a later article"],
        ["009-1", "010-2", "HUR's more than 1,000 against the NIS's 300, restated in a later article"],
        ["007-1", "011-7", "300 (Jan) against 600 (Apr): " + RT], ["007-1", "014-2", "300 (Jan) against 2,000 (Sep): " + RT],
        ["007-1", "014-3", "300 (Jan) against the April figure of 600 restated in December"], ["007-1", "014-5", PW],
        ["010-2", "011-7", "300 (Jan) against 600 (Apr): " + RT], ["010-2", "014-2", "300 (Jan) against 2,000 (Sep): " + RT],
        ["010-2", "014-3", "300 (Jan) against the April figure of 600 restated in December"], ["010-2", "014-5", PW],
        ["009-1", "011-7", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["009-1", "014-3", "more than 1,000 (HUR, Jan) against the NIS's April 600 restated in December"],
        ["009-1", "014-5", PW],
        ["010-4", "011-7", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["010-4", "014-3", "more than 1,000 (HUR, Jan) against the NIS's April 600 restated in December"],
        ["010-4", "014-5", PW],
        ["011-7", "014-2", "600 (Apr) against 2,000 (Sep): " + RT], ["011-7", "014-5", PW],
        ["014-2", "014-3", "within one answer: about 2,000, up from about 600 in April: an update"],
        ["014-2", "014-5", PW], ["014-3", "014-5", PW],
        # wounded, north_korea
        ["004-3", "007-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RT],
        ["004-3", "010-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RT],
        ["006-4", "007-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RT],
        ["006-4", "010-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RT],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
