# -*- coding: utf-8 -*-
"""Shared helpers: delmål/type wording per template, truth building, text normalisation."""
import re, itertools, collections

CODES = ["1.1","1.2","1.3","1.4","2.1","2.2","2.3","2.4","2.5","2.6","3.1","3.2","3.3","3.4","3.5","3.6"]
OLD = {c: i + 1 for i, c in enumerate(CODES)}

WORDS_NB = {
 "1.1": "Etablere et kompetansebehovsutvalg",
 "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
 "1.3": "Sørge for tilgang til karriereveiledning",
 "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
 "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
 "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
 "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til opplæringstilbydere",
 "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
 "2.6": "Forenkle og forbedre systemene for godkjenning av utenlandsk utdanning",
 "3.1": "Gi fleksibel opplæring på voksnes premisser",
 "3.2": "Stimulere til bruk av Kompetanseplussordningene",
 "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
 "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
 "3.5": "Styrke og tilpasse NAVs opplæringstilbud",
 "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}
WORDS_NN = {
 "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar",
 "1.3": "Sikre tilgang til karriererettleiing",
 "1.4": "Vidareutvikle samarbeidet mellom utdanningstilbydarar og arbeidslivet",
 "2.3": "Synleggjere karrieremoglegheitene i yrkesfagleg utdanning",
 "3.1": "Fleksibel opplæring på premissane til vaksne",
 "3.4": "Målrette norskopplæring og kvalifisering for innvandrarar",
}

def og(items, sep=", ", last=" og "):
    items = list(items)
    if not items: return ""
    if len(items) == 1: return items[0]
    return sep.join(items[:-1]) + last + items[-1]

def delmal_text(codes, style):
    """Printed delmål string for a measure, for a given style."""
    if not codes: return ""
    if style == "old":          # "4 og 7"
        return og([str(OLD[c]) for c in codes])
    if style == "old_comma":
        return ", ".join(str(OLD[c]) for c in codes)
    if style == "code_comma":
        return ", ".join(codes)
    if style == "code_og":
        return og(codes)
    if style == "delmal_og":
        return "Delmål " + og(codes)
    if style == "delmal_lc":
        return "delmål " + og(codes)
    if style == "slash":
        return "/".join(codes)
    if style == "words":
        return "; ".join(WORDS_NB[c] for c in codes)
    if style == "code_words_nn":
        return "; ".join(c + " " + WORDS_NN.get(c, WORDS_NB[c]) for c in codes)
    raise ValueError(style)

# template -> (delmål style, type wording)
TYPE_STD = {}
TYPE_LONG = {"FoU": "Forskning og utvikling", "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk", "Kurs/utdanning": "Kurs/ utdanning"}
TYPE_SHORT = {"Kurs/utdanning": "Kurs", "Råd/utvalg/nettverk": "Nettverk", "Arrangement": "Konferanse/seminar", "Informasjon": "Informasjonstiltak"}
TYPE_LC = {"FoU": "FoU", "Kurs/utdanning": "kurs/utdanning", "Råd/utvalg/nettverk": "råd/utvalg/nettverk", "Prosjekt": "prosjekt", "Informasjon": "informasjon", "Arrangement": "arrangement"}
TYPE_VARIED = {"FoU": "Utredning/FoU", "Kurs/utdanning": "Opplæring", "Råd/utvalg/nettverk": "Utvalg/råd", "Prosjekt": "Prosjekt", "Informasjon": "Kampanje/informasjon", "Arrangement": "Arrangement"}
TYPE_NN = {"Råd/utvalg/nettverk": "Råd/utval/nettverk", "Kurs/utdanning": "Kurs/utdanning", "Informasjon": "Informasjon", "Prosjekt": "Prosjekt", "FoU": "FoU", "Arrangement": "Arrangement"}
TYPE_NOTYPE = None

STYLE = {
 "ys2017": ("old", TYPE_STD), "ys2019": ("delmal_og", TYPE_STD), "ys2022": ("code_comma", TYPE_SHORT),
 "unio2018": ("delmal_lc", TYPE_LC), "unio2020": ("section", TYPE_STD), "unio2023": ("slash", TYPE_VARIED),
 "aka2017": ("old_comma", TYPE_LONG), "aka2019": ("code_og", TYPE_STD), "aka2021": ("section_words", TYPE_LC),
 "virke2018": ("merged_code", TYPE_LONG), "virke2020": ("words", TYPE_STD), "virke2024": ("code_comma", TYPE_VARIED),
 "vofo2017": ("old", TYPE_STD), "vofo2019": ("slash", TYPE_SHORT), "vofo2025": ("code_og", TYPE_STD),
 "kn2019": ("delmal_og", TYPE_LONG), "hk2022": ("code_comma", TYPE_STD), "hk2026": ("delmal_lc", TYPE_LC),
 "nav2019": ("code_og", TYPE_VARIED), "inn2021": ("code_comma", TYPE_STD), "nord2023": ("section", TYPE_STD),
 "vest2021": ("code_words_nn", TYPE_NN), "vest2024": ("slash", TYPE_NN),
}

def type_text(m, tpl):
    if m["_tyw"]: return m["_tyw"]
    if m["type"] is None: return ""
    return STYLE[tpl][1].get(m["type"], m["type"])

def dm_text(m, tpl):
    st = STYLE[tpl][0]
    if st in ("section", "section_words", "merged_code"):
        return None   # printed once per section; see section_heading()
    return delmal_text(m["delmal"], st)

def section_heading(code, tpl, lang="nb"):
    st = STYLE[tpl][0]
    if st == "section_words": return WORDS_NB[code]
    if st == "merged_code": return code
    return "Delmål " + code + " – " + WORDS_NB[code]

def title_printed(m):
    return (m["_pre"] or "") + m["title"]

def build_truth(reports):
    out, seen = {}, collections.defaultdict(set)   # org -> ids reported in earlier years
    for r in sorted(reports, key=lambda r: r["year"]):
        pass
    years = collections.defaultdict(dict)
    for r in reports:
        for m in r["measures"]:
            years[(r["org"], m["tiltak_id"])].setdefault(r["year"], True)
    for r in reports:
        ms = []
        for m in r["measures"]:
            earlier = any(y < r["year"] for y in years[(r["org"], m["tiltak_id"])])
            ms.append({k: m[k] for k in ("title", "delmal", "type", "responsible", "partners", "period", "description", "tiltak_id")} | {"continues": earlier})
            ms[-1]["responsible"] = m["responsible"]
            if not ms[-1]["partners"]: ms[-1]["partners"] = []
        out[r["file"]] = {"reporter": r["reporter"], "report_year": r["year"], "measures": ms}
    return out

def near_misses(reports, cap=2):
    groups = collections.defaultdict(list)
    for r in reports:
        for m in r["measures"]:
            for g in m["_nm"]:
                groups[g].append((r["file"], m["title"], m["tiltak_id"]))
    pairs, ngroups = [], 0
    for g in sorted(groups):
        cnt = collections.Counter(); before = len(pairs)
        for a, b in itertools.combinations(groups[g], 2):
            if a[2] == b[2]: continue
            k = tuple(sorted((a[2], b[2])))
            if cnt[k] < cap:
                cnt[k] += 1; pairs.append([[a[0], a[1]], [b[0], b[1]]])
        ngroups += len(pairs) > before
    return pairs, groups

def norm(s):
    s = s.replace("\u00ad", "").replace("\u2011", "-").replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\w)- (?=\w)", "-", s)   # line break after a hyphen
    s = s.replace("/ ", "/")                  # line break after a slash
    return s.strip()
