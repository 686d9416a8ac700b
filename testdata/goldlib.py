"""Builds a test set's gold.json from its gold.py tables (same schema as corpus/gold.json).

A maps article id to claims (metric, subject, value, value_max, qualifier, by, quote, optional);
NOT maps article id to strings that are not claims; OFF lists off-topic articles; DUP maps a
syndicated copy to its original; conflicts is {"must": [...], "may": [...]}.
"""
import json


def write(about, A, NOT, OFF, DUP, conflicts):
    arts = {}
    for aid, cl in A.items():
        claims = []
        for n, (m, s, v, vmax, q, by, quote, opt) in enumerate(cl, 1):
            c = {"id": "%s-%d" % (aid, n), "metric": m, "subject": s, "value": v}
            if vmax is not None:
                c["value_max"] = vmax
            c["qualifier"] = q
            if opt:
                c["optional"] = True
            c["by"] = by
            c["quote"] = quote
            claims.append(c)
        arts[aid] = {"claims": claims, "not_claims": NOT.get(aid, [])}
    for aid in OFF:
        arts[aid] = {"claims": [], "off_topic": True}
    for aid, orig in DUP.items():
        arts[aid] = {"duplicate_of": orig}
    gold = {
        "about": about,
        "metrics": ["troops", "casualties", "killed", "wounded", "captured"],
        "subjects": ["north_korea", "russia", "ukraine"],
        "articles": dict(sorted(arts.items())),
        "conflicts": conflicts,
    }
    print(json.dumps(gold, indent=1, ensure_ascii=False))
