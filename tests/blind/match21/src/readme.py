# -*- coding: utf-8 -*-
"""Write README.md from the data (counts and tables) plus the hand-written conventions and judgements."""
from collections import Counter

from .data import FILES, NEAR_MISS_GROUPS

SAME_NOTES = {
    "KBU": "Kompetansebehovsutvalget. A member's seat, HK-dir's secretariat and the committee itself are one "
           "tiltak (the directorate registers a council that several members sit in once).",
    "DIGIGRP": "The KD/Kompetanse Norge tripartite working group on digital competence (2017–2018), named "
               "three ways by YS, KS and NHO.",
    "SAMFK": "Samfunnskontrakten for flere læreplasser. The 2016–2020 contract and the renewed 2022–2026 "
             "contract are treated as ONE continuing tiltak (a standing agreement renewed under the same name "
             "by the same parties); KS' 'Oppfølging av …' is its part of the same contract.",
    "SRY": "Samarbeidsrådet for yrkesopplæring: YS' seat, LO's participation and NHO's chairmanship.",
    "BALANSE": "Virke's model for describing competence from working life ('Balansekunst'); YS 2017 describes "
               "it without the name; 'fase 2 – pilotering' (Virke 2024) continues it.",
    "KSDIG": "KS' partnership project on digital competence in the municipal sector; Unio reports it as a "
             "participant.",
    "KARFORUM": "Nasjonalt forum for karriereveiledning (moved from Kompetanse Norge to HK-dir: same forum).",
    "MATIND": "Matindustrien 4.0; NNN/LO and NHO Mat og Drikke both report it; 'fase 2' and '(NNN)' continue it.",
    "KARDIG": "The national digital career-guidance service (karriereveiledning.no); NAV's cooperation with it "
              "is the same tiltak.",
    "KVALRAM": "Quality framework for career guidance and its implementation.",
    "BRANSJE": "The national tripartite bransjeprogram scheme as a whole (KD, NHO, AID).",
    "FLEKS": "Grant scheme for flexible further-education offers; HK-dir's yearly call is the same scheme.",
    "GODKJ": "Recognition of foreign fagskole education (moved from NOKUT to HK-dir).",
    "MODFORS": "The national trial with module-structured training for adults; Vestland's participation is "
               "the trial.",
    "MODNAT": "The permanent national scheme that followed the trial; HK-dir prepares it, Vestland offers it "
              "from 2024.",
    "KPLUSS": "Kompetansepluss, renamed Kompetanseprogrammet in 2021.",
    "HOSPEEM": "EU social-partner project on lifelong learning in hospitals; Norwegian name (Unio) vs English "
               "name (Spekter).",
    "NAV_GF": "Basic-skills courses for job seekers, reported by NAV and by its ministry.",
    "HURTIG_NAV": "Hurtigsporet itself, reported by NAV and by AID.",
    "NAV_UTD": "Education as a labour-market measure for up to three years (from July 2021), NAV and AID.",
    "JENTER": "NHO's standing national campaign; the year in the 2018 title is the campaign year, not a "
              "separate event, so the 2024 row continues it.",
    "KS_MONITOR": "KS' yearly arbeidslivsmonitor: one continuing publication series.",
    "VOFO_REGION": "VOFO's regional presence (2017) continued as regional offices (2026).",
    "LAERKONF": "The joint LO/Spekter apprentice conference, October 2023, reported by both.",
}


def write(path, expected, near, ids, rowref):
    files = sorted(FILES, key=lambda f: (f["year"], f["name"]))
    rows = sum(len(v["measures"]) for v in expected.values())
    cont = sum(m["continues"] for v in expected.values() for m in v["measures"])
    multi = {k: v for k, v in rowref.items() if len(v) > 1}
    reporters_per_key = {}
    for f in FILES:
        for r in f["rows"]:
            reporters_per_key.setdefault(r["key"], set()).add(f["reporter"])
    cross = sum(1 for k, s in reporters_per_key.items() if len(s) > 1)
    years = Counter(f["year"] for f in FILES)
    L = []
    a = L.append
    a("# Blind test batch match21\n")
    a("Synthetic follow-up reports to the Nasjonal kompetansepolitisk strategi (NKPS), written for a blind test "
      "of a report-reading and record-linkage tool. Everything here is invented; organisations are real names "
      "used as reporters. Rebuild with `/work/blind/.venv21/bin/python make_batch.py` (writes `reports/`, "
      "`expected.json`, `near_misses.json`, this README, and checks every file).\n")
    a("The reports are in `reports/`; `expected.json` is keyed by the bare file name.\n")
    a("## Counts\n")
    a("| what | count |\n|---|---|")
    a("| files | %d (%d .docx, %d .pdf) |" % (len(FILES), sum(f["fmt"] == "docx" for f in FILES),
                                           sum(f["fmt"] == "pdf" for f in FILES)))
    a("| files without measures | %d |" % sum(1 for v in expected.values() if not v["measures"]))
    a("| reporters | %d |" % len({f["reporter"] for f in FILES}))
    a("| report years | %s |" % ", ".join("%d: %d" % (y, n) for y, n in sorted(years.items())))
    a("| measure rows | %d |" % rows)
    a("| distinct tiltak (tiltak_id) | %d |" % len(ids))
    a("| tiltak with more than one row | %d |" % len(multi))
    a("| tiltak reported by two or more reporters | %d |" % cross)
    a("| rows with continues = true | %d |" % cont)
    a("| near-miss pairs (near_misses.json) | %d |" % len(near))
    a("| nynorsk files | %d |" % sum(f["lang"] == "nn" for f in FILES))
    a("")
    a("## Files\n")
    a("| file | reporter | year | made with | layout | rows |\n|---|---|---|---|---|---|")
    for f in files:
        made = "python-docx" if f["fmt"] == "docx" else "reportlab"
        lang = " (nynorsk)" if f["lang"] == "nn" else ""
        a("| %s | %s | %d | %s | `%s`%s: %s | %d |" % (f["name"], f["reporter"], f["year"], made, f["template"],
                                                     lang, f["layout"].replace("|", "\\|"), len(f["rows"])))
    a("")
    a(CONVENTIONS)
    a("## Identity judgements\n")
    a("### Same tiltak (every tiltak_id with more than one row)\n")
    for k, refs in sorted(multi.items(), key=lambda kv: ids[kv[0]]):
        note = SAME_NOTES.get(k, "Same reporter, same measure reported again in a later year "
                                 "(title changed, shortened or renamed).")
        a("- **%s** — %s" % (ids[k], note))
        for fn, t in refs:
            a("  - %s: «%s»" % (fn, t))
    a("")
    a("### Near-miss groups (kept apart; every cross-pair is in near_misses.json)\n")
    for keys, why in NEAR_MISS_GROUPS:
        a("- %s — %s" % (" vs ".join(ids[k] for k in keys), why))
        for k in keys:
            for fn, t in rowref[k]:
                a("  - %s %s: «%s»" % (ids[k], fn, t))
    a("")
    a(UNSURE)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


CONVENTIONS = """## Conventions

- **Delmål codes** follow the strategy itself and `domain.md`: 1.1–1.4, 2.1–2.6, 3.1–3.6 (the brief's
  "1.1–1.6, 2.1–2.4" looks like a slip; the 16 delmål and the published counts use 1.1–1.4 and 2.1–2.6).
  The two 2017 files give old NKPS tiltak numbers only (YS: "NKPS-tiltak nr. 4 og 7"; VOFO: "Nr. 12");
  they are mapped n → n-th delmål (1–4 → 1.1–1.4, 5–10 → 2.1–2.6, 11–16 → 3.1–3.6). `delmal` is sorted.
- **type**: the printed type mapped to Kurs/utdanning, Arrangement, Råd/utvalg/nettverk, FoU, Prosjekt,
  Annet. "Informasjon" (the directorate's sixth category, printed in several files) and "Anna"/"ANNET"/
  tilskuddsordning are mapped to **Annet**. Codes and variants are mapped too: HK-dir's INI codes
  (FOU, KURS, RAAD, PROSJ, INFO, ARR, ANNET), nynorsk "Råd/utval/nettverk", the poster's type badges
  (K, R, P, F, E, A, explained in the legend), the NHO calendar's upper-case tag line.
- **title**: exactly as printed, without list numbers, labels, table-caption prefixes ("Tabell 3: "), KR
  numbers ("KR1.2"), poster type letters or the superscript/bracketed delmål that follow it; parenthesised
  remarks that are printed as part of the title are kept ("(ledet av Virke)", "(tidligere …)").
  In the NHO 2024 press releases the title is the value of the 'Tiltak' row in the fact box, not the
  news headline. In the LO 2019 list the superscript delmål codes follow the title with no space, so a
  plain text dump reads "LOs kompetansekonferanse 20192.2": the title ends at "2019".
- **responsible**: as printed (abbreviations not expanded: "KD", "HK-dir", "LO/NNN"). Where the layout gives
  responsibility in a group row (Vestland 2020) or in prose (Unio 2020), that value is used. A member that
  reports its seat in a council someone else leads gets the leader as responsible and itself among the
  partners, as printed.
- **partners**: the printed list split on commas / semicolons / "og" between names; [] when none or "–".
- **period**: as printed ("" never occurs here: every measure has a printed time). In the KS 2018 årshjul the
  period is the month cell ("Hele året", "Januar–april", "Mars" …).
- **description**: the measure's own text. Where the prose adds a sentence that only restates responsible
  and partners (Unio 2020) or a quote (NHO 2024 press releases), that sentence is not part of the
  description; in KS 2022 the description is the 2022 status cell (2020/2021 cells are history).
- **tiltak_id**: T01… by first appearance, files ordered by report year then file name, measures in reading
  order. Reading order: calendar/timeline top to bottom; kanban column by column (Planlagt, Pågår,
  Gjennomført), each top to bottom; poster column by column; brochure page 2 then page 3; spreadsheet by
  sheet row.
- **continues**: true when the same reporter has the same tiltak_id in an earlier report year.
  'Vestland fylkeskommune' 2020 and 2024 is the same reporter; 'Kunnskapsdepartementet' (2020) and
  'Arbeids- og inkluderingsdepartementet' (2025) are different reporters, as are NAV (2021) and AID (2025).
- **Not measures** (must not be counted): captioned tables 'Tabell 1' (forbund) and the last contacts table
  (YS 2017); the bar chart, key figures and contact line (VOFO 2017); the December deadline row and the
  empty months (KS 2018); the 'Andre datoer' box (NHO 2018); budget and contact paragraphs (LO 2019); the
  two grey milestones on the timeline (Virke 2019); the 'Sum tiltak' row and the budget table (Vestland
  2020); the outer 'Sum' row (KD 2020); the brochure covers (Akademikerne 2021); the whole cover letter
  (Akademikerne 2021, measures: []); questions 1–3 and 5 of the web-form receipt (NAV 2021); [RAPPORT]
  and [KONTAKT] sections (HK-dir 2022); objectives O1–O3 and the summary (LO 2023); the colour legend and
  column counts (Spekter 2023); the intro and 'Kontakt' boxes (NHO 2024); the 'Antall tiltak' row
  (Virke 2024); the unfilled 'Tiltak 7' template block (Vestland 2024); Sak 1 and 3, the participants
  and the 'Oppfølgingspunkt' table (Møre og Romsdal 2025); the key-figures strip, the empty column 1 and
  the badge legend (AID 2025); boxes 8 Regnskap and 9 Signatur on each form (VOFO 2026).
"""

UNSURE = """## Judgements I was unsure of

- Conference series vs continuing measures: dated one-off conferences (LO 2019 / 2023, KS 2018 / 2022,
  Arendalsuka 2018 / 2019 / 2024) are separate tiltak, while a standing campaign whose title happens to
  carry a year ("Jenter og teknologi 2018" → "Jenter og teknologi" 2024), a yearly publication
  (KS arbeidslivsmonitor) and a renewed standing agreement (Samfunnskontrakten 2016–2020 → 2022–2026) are
  treated as one continuing tiltak. A different analyst could split Samfunnskontrakten in two.
- Pilot vs national scheme: the modulstrukturert trial (MODFORS) and the permanent scheme (MODNAT) are
  kept apart, also for the same reporter (Vestland 2020 vs 2024 → continues = false for the 2024 row).
- Umbrella vs branch programmes: the bransjeprogram scheme and single programmes (industri og bygg,
  kommunal helse og omsorg, varehandel) are kept apart.
- KBU is reported by five members (NHO, LO twice, KD, Akademikerne, HK-dir) – more than the brief's 2–4,
  but that is how such a committee is reported.
- "VOFOs regionale kontor – videreføring" (2026) is taken as the same tiltak as "Styrking av VOFOs
  regionale tilstedeværelse" (2017).
"""
