"""Writes README.md for batch match46 from the data (called by make_batch.py)."""
import os
from layouts import LAYOUTS

HERE = os.path.dirname(os.path.abspath(__file__))

CONVENTIONS = """\
- **title**: exactly as printed, without list numbers, typed prefixes or labels: LO 2017 auto-numbers (1–3) and hand-typed
  '5.'–'8.' are not part of the title; the tracked revision in LO's 2nd title is read in its final form (deleted
  'Yrkesopplæringsrådet' out, inserted 'Samarbeidsrådet for yrkesopplæring (SRY)' in); Regjeringen 2017 JD/ASD bullets: the
  title is the text before ' (tiltak …)'; HOD's title is the bold run-in without its full stop; KS 2018 the cached value of the
  MERGEFIELD Tiltak; MR 2019 without 'Tiltak n: '; Spekter 2023 without the typed '4. ' / '6 ' numbers; MR 2024 without '3.4.n ';
  Regjeringen 2021 'Bransjeprogrammene' without the footnote mark '1'; Virke 2019 and HK-dir 2024 titles are printed twice
  (table + description section) – one measure each.
- **delmal**: sorted codes. 2017 files print the old NKPS numbers (LO 'NKPS-tiltak nr. 4 og 7' / 'NKPS nr. 9 og 11',
  Spekter side box '4 og 7', Regjeringen 'Strategiens tiltak nr.', '(tiltak 13 og 14)', 'strategiens tiltak nr. 4'), mapped
  n → n-th delmål (1→1.1 … 16→3.6). Given only as WORDING: YS 2019 (left table cell, plus 'Bidrar også til: …'),
  MR 2019 for two measures (nynorsk, two goals joined by ' / '), Regjeringen 2021 (Delmål column, one wording per line).
  Code + wording: Akademikerne 2020 ('2.2 (styrke …)'), VOFO 2021, Vestland 2026. Two columns: KS 2023 'Delmål 1' / 'Delmål 2'.
  Not delmål: MR 2024 section numbers 3.4.1–3.4.6, KS 2023 IDs, page numbers, Kompetanse Norge chapter numbers.
- **type**: the six canonical types; printed synonyms are mapped: Utvalg, Råd, Rådsarbeid, Nettverk, Forum, Partssamarbeid,
  Representasjon, Arbeidsgruppe, 'Råd, utvalg og nettverk' → Råd/utvalg/nettverk; Kurs, Skolering, Opplæring,
  Opplæringstiltak, Utdanning, 'Kurs og utdanning' → Kurs/utdanning; Forsøk, Prosjekt → Prosjekt; Undersøkelse, Utredning,
  Rapport, Analyse, Evaluering, Forskning → FoU; Kampanje → Informasjon; Konferanse → Arrangement. Words that name none of the
  six → `Annet`: Avtale, Plan, Strategi, Program, Tilskudd, Tilskuddsordning, Regelverk, Lovendring, Ordning, Drift,
  Forvaltning, Stipend, Veiledning, Digital plattform, Plattform, Tjeneste, Tenestetilbod, Samarbeid, Utviklingsarbeid.
  Kompetanse Norge 2018 gives the type ONLY through the chapter heading the measure stands in.
- **responsible / partners**: as printed; partners split on ', ' (and ' og ' in Regjeringen 2017 HOD's sentence). Where a member
  reports its seat in a body owned by someone else, the printed owner (KD, HOD, HK-dir …) is the responsible and the member is
  among the partners. Regjeringen 2021: the responsible is the full ministry name in the Departement column, printed once per
  ministry at the top of its merged box. YS 2019 'med: –' → []. Kompetanse Norge 2018 KN1/KN2 print no partners → [].
  Not partners: KS 2018 'Kontakt:' merge line, NAV 2021 contact cards and 'Ansvarlig: … avdeling' in the article meta,
  Spekter 2023 comment authors, LO 2017 revision authors.
- **period**: as printed (LO 2017 period of measure 3 in its final, revised form '2016–2017').
- **description**: LO 2017 the paragraph after the label lines; Spekter 2017 the left text beside the side box; Regjeringen 2017
  'Omtale' / bullet text after ': ' up to ' Ansvar:' / HOD's first sentence; KS 2018 'Omtale'; YS 2019 the plain paragraph after
  the title; MR 2019 'Om tiltaket:'; Virke 2019 the text under the repeated title in 'Kort om tiltakene'; Akademikerne 2020
  'Innhold' (not 'Formål'); Regjeringen 2021 'Hva er gjort i 2021'; NAV 2021 the paragraph before the fact table;
  Trøndelag 2022 'Kommentar'; KS 2023 'Merknad'; Spekter 2023 the paragraph after the fact line WITHOUT the highlighted
  '[SJEKK …]' note; HK-dir 2024 the text under the repeated title in '3 Om tiltakene'; Vestland 2026 'Kort om'.
- **Not measures**: LO 2017 the tracked-deleted item '4. Innspill til stortingsmeldingen om livslang læring' and the meetings
  list; Spekter 2017 meetings list; Regjeringen 2017 'Oppsummering' (count, contact); NHO 2018 intro, pull quote, 'Kontakt';
  KS 2018 cover text and 'Antall poster', 'Post n av 7' lines; Kompetanse Norge 2018 'Innhold' and '6 Statistikk' (usage table,
  Sum row); YS 2019 'Andre saker i 2019'; MR 2019 'Planlagde tiltak som ikkje er sette i gang'; Virke 2019 the site menu,
  left navigation, breadcrumb and 'Kommentarer (2)'; Unio 2020 the korona box (a cancelled seminar); Akademikerne 2020 the
  representation table (KBU, Programstyret for Kompetansepluss …); Regjeringen 2021 the ended FVO pilot named in the intro and
  the footnote; VOFO 2021 the count table and 'Våre medlemmer'; NAV 2021 contact cards and 'Relaterte lenker'; LO 2022
  'Visste du?' box and 'Kontakt'; Trøndelag 2022 title-block rows, empty rows, 'Sum tiltak' row and the samfunnskontrakt note;
  KS 2023 title block, 'Antall tiltak' row, 'Kodeliste' sheet; Spekter 2023 'Møter i 2023' table and the comments;
  HK-dir 2024 the Delmål/Antall table and '4 Andre oppdrag'; MR 2024 'Nøkkeltal 2024' side box and '3.5 Kultur';
  NHO 2025 'NHO deltar også i' list; Vestland 2026 'Vegen vidare'.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year. Kompetanse Norge (2018) and
  HK-dir (2024) are treated as different reporters (no HK-dir row continues a Kompetanse Norge row). Printed words such as
  'videreført' are NOT the ground truth: NHO 2025 'Jenter og teknologi – videreført' continues (NHO 2018), and so does
  'Bransjeprogrammene (videreført)'; KS 2023 'Bransjeprogram … ' continues KS 2018 although its period just says 'Videreført'."""

JUDGEMENTS = """\
1. **Seat in a shared body = the body.** KBU (T01): LO 2017, Regjeringen 2017, NHO 2018, Regjeringen 2021 (new mandate, continues),
   LO 2022 (cont.), HK-dir 2024 ('Sekretariatet for …'), NHO 2025 (cont.). SRY (T02): LO 2017, Spekter 2017, NHO 2018 ('Representasjon
   i SRY'), YS 2019, LO 2022 (cont.), Spekter 2023 (cont.). The EVU expert committee and its reference group (T10): Virke 2019,
   Unio 2020, Akademikerne 2020. Nasjonalt forum for karriereveiledning (T14): Kompetanse Norge 2018, NAV 2021, KS 2023.
   Nasjonalt fagskoleråd (T16): LO 2022, Spekter 2023, NHO 2025. The partssammensatt arbeidsgruppe on digital competence (T22):
   NHO 2018 and Kompetanse Norge 2018 (its secretariat). The hospital tripartite cooperation (T26): Unio 2020, Spekter 2023.
2. **Agreements with a new period are new tiltak**: Samfunnskontrakten 2016–2020 (T05) ≠ Samfunnskontrakt … kvalifisert arbeidskraft
   2022–2026 (T06); IA-avtalen 2014–2018 (T19) ≠ IA-avtalen 2019–2022 (T18); Kompetanseløft 2020 (T20) ≠ Kompetanseløft 2025 (T21);
   MR's strategy 2019–2022 (M3) ≠ its strategy 2024–2027 (M4). A member's follow-up of an agreement is the agreement
   (Spekter 2017 'Samfunnskontrakten … – Spekters oppfølging', MR 2024 'Samfunnskontrakten – fylkeskommunen sin del').
3. **Pilot vs national scheme**: 'Forsøk med fagbrev på jobb' 2016–2017 (T04: LO 2017, Regjeringen 2017) ≠ 'Fagbrev på jobb' as a
   permanent scheme (T03: Regjeringen 2021) ≠ the counties' own fagbrev offers (M5, TR4, VL4) ≠ NAV's 'Forsøk med fagbrev for
   arbeidssøkere' (NV2). FVO pilot (R3, 2017) ≠ the statutory 'Forberedende opplæring for voksne' (R4, 2021). The modular
   pilot (R1) continues as 'fase 2' (same tiltak).
4. **Programme vs its evaluation**: bransjeprogram (T08: NHO 2018, KS 2018, Regjeringen 2021, LO 2022, KS 2023, HK-dir 2024
   'Forvaltning av …', NHO 2025) ≠ 'Følgeevaluering av bransjeprogrammene' (T09). KS' 'helse og omsorg' programme and NHO's
   'industri og bygg' are the member's part of the one tripartite bransjeprogram scheme (same tiltak, an analyst's call).
5. **Renamed measures keep their id**: Kompetansepluss → Kompetanseprogrammet (T07: Kompetanse Norge 2018, Regjeringen 2021,
   VOFO 2021 'Kompetansepluss frivillighet – nå del av …', HK-dir 2024); fleksible videreutdanningstilbud i digital kompetanse →
   'Utlysning av midler til fleksible utdanningstilbud' (T12, HK-dir's text says 'tidligere …'); Nasjonal digital
   karriereveiledningstjeneste → karriereveiledning.no (T13: Kompetanse Norge 2018, NAV 2021, HK-dir 2024); Spekter's
   'Søkekonferanse om KompetansePluss arbeid' → '… Kompetanseprogrammet (tidligere KompetansePluss)' (S2, continues) – but it
   stays different from the scheme T07 itself; 'Tilskudd til regionale karrieresentre' → 'Tilskudd til karriereveiledning i
   fylkene' (R2, continues); LO's tillitsvalgt course gets a digital module (L1, continues).
6. **Hurtigsporet** (T17: Regjeringen 2017, Regjeringen 2021 'videreføring i integreringsloven', NAV 2021) ≠ NHO's own campaign
   for it in four cities (N3). **Menn i helse** (T25): KS 2018, NAV 2021 'rekruttering via NAV', KS 2023.
7. **Recurring series** of one reporter are continuing tiltak (NHO's barometer, KS' monitor and campaign, Spekter's Møteplass and
   HR network, LO's conference); the different members' surveys, courses, networks and campaigns are near-misses of each other.
8. **Counties**: each county's career centre, forum, plan and fagbrev offer is its own tiltak, separate from the other counties'
   and from the national schemes (karriereveiledning.no, the state grant to career centres, Fagbrev på jobb)."""


def write(FILES, GROUPS, pairs):
    rows = [(f, m) for f in FILES for m in f["rows"]]
    tids = {}
    for f, m in rows:
        tids.setdefault(m["tid"], []).append((f, m))
    multi_row = sum(1 for v in tids.values() if len(v) > 1)
    multi_rep = sum(1 for v in tids.values() if len({f["reporter"] for f, _ in v}) > 1)
    reporters = sorted({f["reporter"] for f in FILES})
    years = sorted({f["year"] for f in FILES})
    L = ["# Blind test batch match46", "",
         "Synthetic Norwegian NKPS follow-up reports (11 .docx, 11 .pdf) with ground truth. This batch keeps to **ordinary "
         "reports** as office staff send them – Word reports from letterhead templates, a draft with unaccepted revisions by "
         "three editors, a mail-merge print, Excel pasted into Word or saved as PDF, intranet pages printed from the browser, "
         "PDFs exported from Word in portrait/landscape, one and two columns, with side boxes – each with its own details.",
         "", "Rebuild: `/work/blind/.venv46/bin/python make_batch.py` (python-docx ≥ 1.2 for comments, reportlab, pdfplumber). "
         "Data: `data_a.py`, `data_b.py`, `data_c.py` (FILES_* and NEAR_MISS_GROUPS; shared definitions in `common.py`); "
         "renderers `render_docx_a/b.py`, `render_pdf_a/b.py`; `check.py` verifies that every ground-truth value is in the "
         "rendered file (PDF text via pdfplumber, docx with tracked deletions removed) and prints the counts.", "",
         "## Counts", "", "| item | n |", "|---|---|",
         f"| report files | {len(FILES)} ({sum(f['file'].endswith('.docx') for f in FILES)} .docx, "
         f"{sum(f['file'].endswith('.pdf') for f in FILES)} .pdf) |",
         f"| reporters | {len(reporters)} ({', '.join(reporters)}) |",
         f"| report years | {', '.join(map(str, years))} |",
         f"| nynorsk reports | {sum(f['lang'] == 'nn' for f in FILES)} |",
         f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(tids)} |",
         f"| tiltak reported in more than one row | {multi_row} |",
         f"| tiltak reported by more than one reporter | {multi_rep} |",
         f"| rows with continues=true | {sum(m['continues'] for _, m in rows)} |",
         f"| near-miss pairs | {len(pairs)} |", "",
         "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in FILES:
        made, name, desc = LAYOUTS[f["file"]]
        L.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {made} | `{name}`: {desc} | {len(f['rows'])} |")
    L += ["", "## Notes for readers", "",
          "- 2017_LO_rapport.docx keeps **unaccepted revisions**: the inserted words/paragraphs (w:ins) count and the deleted ones "
          "(w:del) do not. python-docx's `paragraph.text` ignores both, so a naive reader sees 'LOs arbeid i ' without the rest of "
          "the title, '2016–' without the end year, and misses measure 8 entirely.",
          "- 2018_KS_rapport.docx is a mail-merge document saved with its fields: every value sits in a `w:fldSimple` MERGEFIELD with a "
          "cached result. python-docx's `paragraph.text` / `cell.text` return empty strings for these; Word shows the values.",
          "- Side boxes, left navigation columns and two-column pages (Spekter 2017, NHO 2018, Virke 2019, LO 2022, MR 2024) are "
          "interleaved line by line by a plain `extract_text()`; a human reads them column by column.",
          "- Titles printed twice (Virke 2019 table + 'Kort om tiltakene'; HK-dir 2024 table + 'Om tiltakene') are one measure each.",
          "", "## Conventions", "", CONVENTIONS, "", "## Identity judgements (analyst decisions)", "", JUDGEMENTS, "",
          "## Same-tiltak groups (generated)", ""]
    for tid in sorted(tids):
        v = tids[tid]
        if len(v) < 2:
            continue
        items = "; ".join(f"{f['reporter']} {f['year']} «{m['title']}»" + (" (cont.)" if m["continues"] else "")
                          for f, m in v)
        L.append(f"- **{tid}**: {items}")
    L += ["", "## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)", ""]
    for name, g in GROUPS:
        L.append(f"- {name}: {', '.join(g)}")
    L += ["", "## Tiltak ids used only once", "",
          ", ".join(f"{t} ({v[0][0]['reporter']} {v[0][0]['year']})" for t, v in sorted(tids.items()) if len(v) == 1), ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
