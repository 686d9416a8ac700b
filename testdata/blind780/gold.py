#!/usr/bin/env python3
"""Gold labels for testdata/blind780 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind780/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of around 1,500 special forces troops had already reached the Russian Far East", False),
    ],
    "001": [
        # the quote comes first; its speaker is named in the next sentence
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Pentagon press secretary", "United States", "U.S.", "US"],
         "North Korea has now sent about 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure that the 10,000 more than tripled: an update
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "at least 3,000 North Korean soldiers had arrived in eastern Russia", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. officials", "US officials", "United States", "U.S.", "US"],
         "more than 600,000 Russian soldiers have been killed or wounded since February 2022", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US"],
         "the overall U.S. estimate of North Korean soldiers in Russia remained at around 10,000", False),
        # one day's losses: a part
        ("casualties", UA, 240, None, "up_to", ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Ministry of Defence", "Russia"],
         "Ukraine had lost up to 240 troops there over the past day", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence", "Ukraine's intelligence services"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent included about 500 officers", False),
        # more troops still training in the Far East: vague, and additional to the 11,000 in Kursk
        ("troops", NK, 2000, 9000, "vague", HUR,
         "Thousands more are still training at ranges in Russia's Far East", True),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Volodymyr Zelensky put the number there at 11,000", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "U.S.", "US", "The New York Times"],
         "Russia has massed around 50,000 of its own soldiers", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "North Korea has lost at least 100 soldiers killed in action", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "with nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["U.S. military official", "Pentagon", "United States", "U.S.", "US"],
         "North Korean forces had suffered \"several hundred\" casualties", True),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting for Russia have suffered roughly eleven hundred casualties so far", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 casualties", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang is believed to have sent between 11,000 and 12,000 soldiers to Russia", False),
        # one day's fighting: a part of the whole
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "Ukrainian operators killed some 50 North Korean soldiers in a single day's fighting", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Kyiv"],
         "Kyiv says more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Koreans had been killed or wounded", False),
    ],
    "012": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "casualties among the North Korean troops sent to Russia have passed 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 are estimated to have been killed", False),
        # the December figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", LEE,
         "up from at least 100 in December", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Park Sun-won", "Rep. Park Sun-won"] + NIS + ["Zelensky"],
         "the two soldiers captured by Ukrainian forces on Jan. 9 are North Korean", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", U,
         "North Korea shipped roughly 11,000 soldiers to Russia's Far East", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang sends some 3,000 more troops to Russia as reinforcements", False),
        ("casualties", NK, 4700, None, "about", JCS + ["National Intelligence Service", "NIS"],
         "estimates North Korean losses at about 4,700 killed and wounded", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine's losses there exceeded 76,000", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 North Korean soldiers have died", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the war", False),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
         "nine of its soldiers were killed during the mission", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 North Korean troops remain deployed in Russia's border areas", False),
        ("captured", NK, 2, None, "exact", U,
         "2: North Korean soldiers captured by Ukraine in January 2025 and still held in Kyiv", False),
    ],
}

NOT = {
    "000": ["Between Oct. 8 and 13", "as many as four brigades, roughly 12,000 soldiers", "preparing to send 10,000 soldiers",
            "an estimated 1.28 million active-duty troops", "11th Corps", "some 45,000 personnel",
            "Nikkei 225 38,981.75", "Cabinet support for Ishiba at 46%"],
    "001": ["1,284 comments", "5 min", "more than tripling the figure", "Pyongyang plans to send as many as 12,000",
            "a $425 million package", "Early voting tops 41 million", "Boeing's 33,000 striking machinists", "kill dozens"],
    "002": ["about 1,300 square kilometers", "Aug. 6", "Thursday, Oct. 31, 2024"],
    "004": ["Views: 3907", "downs 22 of 36 Russian drones", "Russian army losses in Ukraine top 700,000"],
    "005": ["Nearly three weeks", "the gap of some 3,000 between their estimates", "intends to send 10,000-12,000 in all",
            "about 600 square kilometers", "a peak of some 1,300", "around $2,000 a month", "Article 4", "Reading time 4 min"],
    "007": ["KOSPI 2,435.93", "paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "Police mobilize 2,700 officers", "1.8 pct", "1.4 tln-won"],
    "008": ["KOSPI 2,442.01", "170-millimeter self-propelled howitzers", "240-millimeter multiple rocket launchers",
            "three workers injured", "minus 10 degrees Celsius"],
    "009": ["December 23, 2024 12:30 PM", "2 min read", "leaves 500,000 without heat", "1,000 prisoners a week",
            "103 drones overnight", "on Dec. 21"],
    "010": ["FTSE 100 8,102.72", "shot down 41 of 59 drones", "two thermal power plants", "25 December", "Comments (218)"],
    "012": ["born in 2005", "it could be several thousand", "estimated at 1.1K", "Police mobilize 1,000 officers",
            "1,470 per dollar"],
    "014": ["Fourteen months later", "1,000 sappers and 5,000 military builders", "more than triple its April figure",
            "$20 billion", "120 days", "Kim Jong Un, 41", "fall below 180,000", "Issue No. 58"],
}

OFF = ["003", "006", "011"]
DUP = {"013": "002"}

FIRST = "the first group of about 1,500 (NIS, mid-October 2024) against a later or larger total"
OFFICERS = "about 500 officers only: a part against the whole contingent"
MORE = "thousands more still training in the Far East (vague, optional): an additional force"
REINF = "about 3,000 reinforcements sent in early 2025: an additional force"
KIRBY = "at least 3,000 (Kirby, Oct 23): a bound the later, larger figure satisfies; a rising total"
PW = "in the Kursk region against in Russia as a whole: a part against the whole"
LATER = "months to a year apart"
RESTATE = "the same two reports restated in a later article: already told"
VAGUE = "several hundred (U.S. official, mid-December; vague, optional) against a later figure"
conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean soldiers in the Kursk region (Blinken, Oct 31) against 11,000 in the Kursk region (Zelensky, Nov 4), five days apart"],
        ["005-1", "005-2", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 there five days later, set against each other"],
        ["008-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
        ["010-2", "010-1", "within one live blog: JCS about 1,100 against Zelensky's more than 3,000, both from the same Monday"],
    ],
    "may": [
        # troops, north_korea: the first group of 1,500
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST + " (five days apart; the 1,500 was a first group)"],
        ["000-1", "002-1", FIRST], ["000-1", "002-2", FIRST], ["000-1", "004-1", FIRST], ["000-1", "004-2", OFFICERS],
        ["000-1", "004-3", MORE], ["000-1", "005-1", FIRST], ["000-1", "005-2", FIRST], ["000-1", "009-2", FIRST],
        ["000-1", "014-1", FIRST], ["000-1", "014-2", REINF], ["000-1", "014-8", FIRST + "; a year apart"],
        ["005-3", "001-1", FIRST], ["005-3", "001-2", FIRST], ["005-3", "002-1", FIRST], ["005-3", "002-2", FIRST],
        ["005-3", "004-1", FIRST], ["005-3", "004-2", OFFICERS], ["005-3", "004-3", MORE],
        ["005-3", "005-1", FIRST], ["005-3", "005-2", FIRST], ["005-3", "009-2", FIRST],
        ["005-3", "014-1", FIRST], ["005-3", "014-2", REINF], ["005-3", "014-8", FIRST + "; a year apart"],
        # troops: Kirby's at least 3,000 (Oct 23), updated to about 10,000
        ["001-2", "001-1", "at least 3,000 (Oct 23) updated to about 10,000 (Oct 28) in the same article: a rising total"],
        ["001-2", "002-1", KIRBY], ["001-2", "002-2", KIRBY], ["001-2", "004-1", KIRBY], ["001-2", "004-2", OFFICERS],
        ["001-2", "004-3", MORE], ["001-2", "005-1", KIRBY], ["001-2", "005-2", KIRBY], ["001-2", "009-2", KIRBY],
        ["001-2", "014-1", KIRBY], ["001-2", "014-2", REINF], ["001-2", "014-8", KIRBY + "; a year apart"],
        # troops: Kursk against Russia as a whole, late October to early November 2024
        ["001-1", "002-1", "about 8,000 in Kursk against about 10,000 in Russia as a whole, three days apart: " + PW],
        ["002-2", "002-1", "within one article: about 8,000 in Kursk against about 10,000 in Russia as a whole: " + PW],
        ["001-1", "005-1", PW], ["002-2", "005-1", PW],
        ["001-1", "004-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): close figures a week apart, part and whole"],
        ["002-2", "004-1", "around 10,000 in Russia (Oct 31) against 11,000 in Kursk (Nov 4): close figures, part and whole"],
        ["001-1", "005-2", "about 10,000 in Russia against 11,000 in Kursk, restated: close figures, part and whole"],
        ["002-2", "005-2", "around 10,000 in Russia against 11,000 in Kursk, restated: close figures, part and whole"],
        ["001-1", "004-2", OFFICERS], ["001-1", "004-3", MORE], ["002-2", "004-2", OFFICERS], ["002-2", "004-3", MORE],
        ["001-1", "009-2", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 23), eight weeks apart, a rising total"],
        ["002-2", "009-2", "around 10,000 (Oct 31) against 11,000-12,000 (Dec 23), seven weeks apart, a rising total"],
        ["001-1", "014-1", "about 10,000 (Oct 28, 2024) against roughly 11,000 sent that autumn, told a year later: close figures"],
        ["002-2", "014-1", "around 10,000 (Oct 31, 2024) against roughly 11,000 sent that autumn, told a year later: close figures"],
        ["001-1", "014-2", REINF], ["002-2", "014-2", REINF],
        # troops: Blinken's 8,000 and Zelensky's 11,000 restated
        ["002-1", "005-2", RESTATE], ["004-1", "005-1", RESTATE],
        ["002-1", "004-2", OFFICERS], ["002-1", "004-3", MORE], ["005-1", "004-2", OFFICERS], ["005-1", "004-3", MORE],
        ["002-1", "009-2", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 in Russia (Dec 23), seven weeks apart, part and whole"],
        ["005-1", "009-2", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 in Russia (Dec 23), seven weeks apart, part and whole"],
        ["002-1", "014-1", "about 8,000 in Kursk (Oct 31, 2024) against roughly 11,000 sent that autumn, told a year later"],
        ["005-1", "014-1", "about 8,000 in Kursk (Oct 31, 2024) against roughly 11,000 sent that autumn, told a year later"],
        ["002-1", "014-2", REINF], ["005-1", "014-2", REINF],
        ["002-1", "014-8", "about 8,000 (Oct 2024) against about 10,000 remaining (Dec 2025): " + LATER],
        ["005-1", "014-8", "about 8,000 (Oct 2024) against about 10,000 remaining (Dec 2025): " + LATER],
        ["004-1", "004-2", "within one article: 11,000 in Kursk against about 500 officers: a part against the whole"],
        ["004-1", "004-3", "within one article: 11,000 in Kursk against thousands more training elsewhere: an additional force"],
        ["004-1", "009-2", "11,000 in Kursk against 11,000-12,000 in Russia: compatible"],
        ["004-1", "014-2", REINF], ["004-1", "014-8", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025): " + LATER],
        ["005-2", "004-2", OFFICERS], ["005-2", "004-3", MORE], ["005-2", "009-2", "11,000 against 11,000-12,000: compatible"],
        ["005-2", "014-2", REINF], ["005-2", "014-8", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025): " + LATER],
        ["004-2", "004-3", "officers against more troops in training: parts and additional forces"],
        ["004-2", "009-2", OFFICERS], ["004-2", "014-1", OFFICERS], ["004-2", "014-2", OFFICERS], ["004-2", "014-8", OFFICERS],
        ["004-3", "009-2", MORE], ["004-3", "014-1", MORE], ["004-3", "014-2", MORE], ["004-3", "014-8", MORE],
        ["009-2", "014-1", "11,000-12,000 against roughly 11,000: compatible"],
        ["009-2", "014-2", REINF], ["009-2", "014-8", "11,000-12,000 sent (Dec 2024) against about 10,000 remaining (Dec 2025): " + LATER],
        ["014-1", "014-2", "within one timeline: roughly 11,000 sent in 2024 against 3,000 reinforcements in 2025: an additional force"],
        ["014-1", "014-8", "within one timeline: roughly 11,000 sent in autumn 2024 against about 10,000 remaining in December 2025: " + LATER],
        ["014-2", "014-8", "within one timeline: 3,000 reinforcements against about 10,000 remaining: an additional force, months apart"],
        # casualties, north_korea
        ["007-3", "008-1", VAGUE], ["007-3", "009-1", VAGUE], ["007-3", "010-1", VAGUE], ["007-3", "010-2", VAGUE],
        ["007-3", "012-1", VAGUE], ["007-3", "014-3", VAGUE],
        ["008-1", "010-1", RESTATE], ["009-1", "010-2", RESTATE],
        ["008-1", "012-1", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart: a rising total"],
        ["010-2", "012-1", "about 1,100 (Dec 23) against more than 3,000 (Jan 13), three weeks apart: a rising total"],
        ["008-1", "014-3", "about 1,100 (Dec 2024) against about 4,700 (Mar 2025): " + LATER],
        ["010-2", "014-3", "about 1,100 (Dec 2024) against about 4,700 (Mar 2025): " + LATER],
        ["009-1", "014-3", "more than 3,000 (Dec 2024) against about 4,700 (Mar 2025): a bound satisfied, months apart"],
        ["010-1", "014-3", "more than 3,000 (Dec 2024) against about 4,700 (Mar 2025): a bound satisfied, months apart"],
        ["012-1", "014-3", "more than 3,000 (Jan 2025) against about 4,700 (Mar 2025): a bound satisfied, months apart"],
        # casualties, ukraine: one day against the whole operation
        ["002-3", "014-4", "up to 240 in one day (Oct 2024) against more than 76,000 over the whole Kursk fighting (Apr 2025): a part, months apart"],
        # killed, north_korea
        ["007-1", "012-2", "at least 100 (Dec 19) against about 300 (Jan 13): a bound satisfied, a rising total"],
        ["012-3", "012-2", "within one transcript: at least 100 in December, the base of the rise to about 300: an update"],
        ["007-1", "014-5", "at least 100 (Dec 2024) against about 600 (Apr 2025): " + LATER],
        ["007-1", "014-6", "at least 100 (Dec 2024) against about 2,000 (Sep 2025): " + LATER],
        ["012-3", "014-5", "at least 100 (Dec 2024) against about 600 (Apr 2025): " + LATER],
        ["012-3", "014-6", "at least 100 (Dec 2024) against about 2,000 (Sep 2025): " + LATER],
        ["012-2", "014-5", "about 300 (Jan 2025) against about 600 (Apr 2025): a rising total, months apart"],
        ["012-2", "014-6", "about 300 (Jan 2025) against about 2,000 (Sep 2025): " + LATER],
        ["014-5", "014-6", "within one timeline: about 600 (Apr) rising to about 2,000 (Sep): an update"],
        ["009-3", "007-1", "some 50 killed in one day's fighting: a part against the whole"],
        ["009-3", "012-2", "some 50 killed in one day's fighting: a part against the whole"],
        ["009-3", "012-3", "some 50 killed in one day's fighting: a part against the whole"],
        ["009-3", "014-5", "some 50 killed in one day's fighting: a part against the whole"],
        ["009-3", "014-6", "some 50 killed in one day's fighting: a part against the whole"],
        ["009-3", "014-7", "one day's fighting against one engineering regiment: two parts"],
        ["014-7", "007-1", "nine engineers of one regiment: a part against the whole"],
        ["014-7", "012-2", "nine engineers of one regiment: a part against the whole"],
        ["014-7", "012-3", "nine engineers of one regiment: a part against the whole"],
        ["014-7", "014-5", "within one timeline: nine engineers of one regiment against about 600 dead: a part against the whole"],
        ["014-7", "014-6", "within one timeline: nine engineers of one regiment against about 2,000 dead: a part against the whole"],
        # wounded, north_korea
        ["007-2", "012-4", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), three and a half weeks apart: a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
