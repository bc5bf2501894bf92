#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild blind batch match25: python make_batch.py  (needs python-docx, reportlab, pdfplumber, soffice)."""
import os, sys, json, re, itertools, zipfile, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import data, tpl_docx, tpl_pdf
from common import docx_to_pdf

RENDER = {
    "arbeidsprogram_vi_vil_statements": tpl_docx.arbeidsprogram,
    "rundskriv_offer_table": tpl_docx.rundskriv,
    "stortinget_written_answer": tpl_pdf.stortinget,
    "pivot_table_outline": tpl_pdf.pivot,
    "staff_profile_cards": tpl_docx.staff_cards,
    "staircase_step_diagram": tpl_pdf.staircase_nn,
    "event_invitation_flyers": tpl_pdf.flyers,
    "conference_programme_timeslots": tpl_docx.conference,
    "bubble_chart_numbered_legend": tpl_pdf.bubble,
    "qr_code_link_cards": tpl_pdf.qr_cards,
    "region_group_headings": tpl_docx.regions,
    "lean_a3_problem_report": tpl_pdf.lean_a3,
    "wiki_infobox_articles": tpl_docx.wiki_nn,
    "tariff_protocol_annotated": tpl_docx.protocol,
    "recipe_oppskrift_cards": tpl_docx.recipe,
    "datatable_web_widget": tpl_pdf.datatable,
    "org_chart_unit_boxes": tpl_pdf.orgchart_nn,
    "personal_story_cases": tpl_docx.stories,
    "easy_read_large_print": tpl_docx.easy_read,
    "highlight_colour_status_legend": tpl_docx.highlight,
}
VIA_LO = {"swot_grid_per_measure": tpl_docx.swot_docx, "redacted_public_copy": tpl_docx.redacted_docx}
NO_DESC = {"pivot_table_outline", "bubble_chart_numbered_legend", "org_chart_unit_boxes"}


def build():
    out = HERE
    for f in os.listdir(out):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(out, f))
    orders = {}
    for r in data.REPORTS:
        p = os.path.join(out, r["file"])
        if r["template"] in VIA_LO:
            tmp = os.path.join(tempfile.mkdtemp(), os.path.splitext(r["file"])[0] + ".docx")
            o = VIA_LO[r["template"]](r, tmp)
            docx_to_pdf(tmp, p)
        else:
            o = RENDER[r["template"]](r, p)
        orders[r["file"]] = o or r["measures"]
        print("wrote", r["file"])
    return orders


def expected(orders):
    reps = sorted(data.REPORTS, key=lambda r: (r["year"], r["file"]))
    ids, seen, exp = {}, {}, {}
    for r in reps:
        rows = []
        for m in orders[r["file"]]:
            if m["g"] not in ids:
                ids[m["g"]] = "T%02d" % (len(ids) + 1)
            cont = any(y < r["year"] for y in seen.get((r["reporter"], m["g"]), []))
            rows.append({"title": m["title"], "delmal": sorted(m["dm"]), "type": m["type"], "responsible": m["resp"],
                         "partners": m["partners"], "period": m["period"],
                         "description": "" if r["template"] in NO_DESC else m["desc"],
                         "tiltak_id": ids[m["g"]], "continues": cont})
        for m in orders[r["file"]]:
            seen.setdefault((r["reporter"], m["g"]), []).append(r["year"])
        exp[r["file"]] = {"reporter": r["reporter"], "report_year": r["year"], "measures": rows}
    return exp, ids


def near(exp, ids):
    byg = {}
    inv = {v: k for k, v in ids.items()}
    for f, e in exp.items():
        for m in e["measures"]:
            byg.setdefault(inv[m["tiltak_id"]], []).append([f, m["title"]])
    pairs = []
    for a, b, why in data.NEAR_MISS_GROUPS:
        for x in byg[a]:
            for y in byg[b]:
                pairs.append([x, y])
    return pairs


def text_of(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages), len(pdf.pages)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    txt = "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paras)
    import html
    return html.unescape(txt), None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


CHECK_STATS = {}


def check(exp):
    """exact (whitespace-normalised) match; else match with all whitespace removed (line break inside a
    value); else every word present (value wrapped inside a table cell / diagram box whose lines interleave
    with neighbouring cells in plain text extraction); else MISSING."""
    bad, stats = 0, {"exact": 0, "nospace": 0, "words": 0}
    for f, e in exp.items():
        txt, pages = text_of(os.path.join(HERE, f))
        n = norm(txt); ns = re.sub(r"\s+", "", txt); words = set(n.split())
        vals = []
        for m in e["measures"]:
            vals += [("title", m["title"]), ("period", m["period"]), ("responsible", m["responsible"])]
            vals += [("partner", p) for p in m["partners"]]
            if m["description"]:
                vals.append(("description", m["description"]))
        for fld, v in vals:
            if norm(v) in n:
                stats["exact"] += 1
            elif re.sub(r"\s+", "", v) in ns:
                stats["nospace"] += 1
            elif all(w in words for w in norm(v).split()):
                stats["words"] += 1
            else:
                print("MISSING", f, fld, repr(v)); bad += 1
        print(f"checked {f}: {len(n)} chars" + (f", {pages} pages" if pages else ""))
    print("value matches:", stats)
    CHECK_STATS.update(stats)
    return bad


if __name__ == "__main__":
    orders = build()
    exp, ids = expected(orders)
    json.dump(exp, open(os.path.join(HERE, "expected.json"), "w"), ensure_ascii=False, indent=1)
    pairs = near(exp, ids)
    json.dump(pairs, open(os.path.join(HERE, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    bad = check(exp)
    rows = sum(len(e["measures"]) for e in exp.values())
    cont = sum(m["continues"] for e in exp.values() for m in e["measures"])
    print(f"files={len(exp)} rows={rows} tiltak={len(ids)} continuing={cont} near_miss_pairs={len(pairs)} problems={bad}")


NOT_MEASURES = {
    "LO_2017_handlingsprogram_kompetanse.docx": "'LO vil:' and 'LO vil også:' policy bullets; chapter intro; congress line",
    "KS_2017_rundskriv_tilbud.docx": "letter-head table, 'Påmelding og frister' box, contact line",
    "KD_2018_svar_skriftlig_sporsmal.pdf": "question, 'Begrunnelse', closing paragraph that names Kompetansebehovsutvalget and the reform again in passing",
    "NHO_2018_pivot_tiltak.pdf": "delmål and type group rows, 'x.y Totalt' subtotal rows, 'Totalsum', filter line, note; two-goal measures appear under both goals (one row each)",
    "KS_2019_kontaktpersoner.docx": "profile cards (name, role, phone), switchboard box",
    "Vestland_2019_kompetansetrappa.pdf": "step labels 'Steg 1 …'–'Steg 5 …', 'Ingen nye tiltak i 2019', banner and band headings",
    "VOFO_2019_invitasjoner.pdf": "the 'Årsmøte i VOFO 2019' flyer (no NKPS box); Tid/Sted/Påmelding lines",
    "LO_2020_tiltak_SWOT.pdf": "SWOT cells (Styrker/Svakheter/Muligheter/Trusler)",
    "Unio_2020_konferanseprogram.docx": "registration, welcome, breaks, lunch, panel debate, closing slots",
    "Akademikerne_2020_boblediagram.pdf": "axis labels (delmål codes, years), bubble numbers; reform drawn as two bubbles (one row)",
    "NHO_2021_tiltakskort_QR.pdf": "'Skann for mer' help box, URLs under the QR codes",
    "NAV_2021_regionvis.docx": "region headings, 'Nøkkeltall 2021' bullets",
    "Innlandet_2021_A3.pdf": "boxes 1–4 and 6 (Bakgrunn, Nåsituasjon, Mål, Årsaksanalyse, Oppfølging – the last mentions Kompetanseforum Innlandet in passing)",
    "Vestland_2022_kompetansewiki.docx": "'Sjå òg' link lines, wiki header/footer; the infobox header repeats the title (same measure)",
    "Spekter_2022_protokoll.docx": "protocol points 1 Innledning, 2 Lønnsregulering, 3 heading, 4 Arbeidstid, 5 heading, attendance, signatures",
    "KD_2022_rapport_offentlig_versjon.pdf": "exemption notice box, 'Budsjett 2022' and 'Intern merknad' lines (redacted); one partner of measure 8 is redacted and not part of the answer",
    "Virke_2023_oppskrifter.docx": "'Dette trenger du' ingredient bullets and numbered 'Slik gjør du' steps",
    "HKdir_2023_tiltaksoversikt_web.pdf": "site menu, breadcrumbs, 'Vis 10 oppføringer', search box, 'Viser 1 til 7 av 7 oppføringer', pagination, cookie banner",
    "MoreogRomsdal_2023_organisasjonskart.pdf": "'Fylkesdirektør' and the three unit boxes; legend lines",
    "YS_2024_medlemshistorier.docx": "story headlines ('Møt …'), ingress and story text (not description)",
    "LO_2025_lettlest.docx": "intro sentences, 'Ord som kan være vanskelige' glossary",
    "KS_2026_statusmarkert.docx": "colour legend table, 'Om rapporten', contact line",
}


def readme(exp, ids, pairs):
    inv = {v: k for k, v in ids.items()}
    reps = sorted(data.REPORTS, key=lambda r: (r["year"], r["file"]))
    rows = sum(len(e["measures"]) for e in exp.values())
    cont = sum(m["continues"] for e in exp.values() for m in e["measures"])
    groups = {}
    for f, e in sorted(exp.items(), key=lambda kv: (kv[1]["report_year"], kv[0])):
        for m in e["measures"]:
            groups.setdefault(m["tiltak_id"], []).append((f, e["reporter"], e["report_year"], m["title"], m["continues"]))
    multi = {k: v for k, v in groups.items() if len(v) > 1}
    cross = {k: v for k, v in multi.items() if len(set(x[1] for x in v)) > 1}
    L = []
    L.append("# Blind test batch match25\n")
    L.append("Synthetic NKPS follow-up reports with ground truth. Rebuild: `python make_batch.py` "
             "(python-docx, reportlab, pdfplumber, LibreOffice `soffice` for two PDFs). Content lives in `src/data.py`, "
             "layouts in `src/tpl_docx.py` and `src/tpl_pdf.py`.\n")
    L.append("## Counts\n")
    L.append("| item | count |\n|---|---|")
    L.append(f"| report files | {len(exp)} ({sum(f.endswith('.docx') for f in exp)} .docx, {sum(f.endswith('.pdf') for f in exp)} .pdf) |")
    L.append(f"| reporters | {len(set(e['reporter'] for e in exp.values()))} |")
    L.append(f"| report years | {min(e['report_year'] for e in exp.values())}–{max(e['report_year'] for e in exp.values())} |")
    L.append(f"| measure rows | {rows} |")
    L.append(f"| distinct tiltak | {len(ids)} |")
    L.append(f"| tiltak reported more than once | {len(multi)} |")
    L.append(f"| … of which by more than one reporter | {len(cross)} |")
    L.append(f"| rows with continues=true | {cont} |")
    L.append(f"| near-miss pairs (near_misses.json) | {len(pairs)} (from {len(data.NEAR_MISS_GROUPS)} tiltak pairs) |")
    L.append(f"| nynorsk files | 3 (Vestland 2019, Vestland 2022, Møre og Romsdal 2023) |")
    L.append(f"| files with no measure | 0 |\n")
    L.append("## Files\n")
    L.append("| file | reporter | year | made with | template / layout | rows |\n|---|---|---|---|---|---|")
    for r in reps:
        L.append(f"| {r['file']} | {r['reporter']} | {r['year']} | {r['made_with']} | `{r['template']}`: {r['layout']} | {len(exp[r['file']]['measures'])} |")
    L.append("\n## Conventions\n")
    L.append(f"""- **Order / ids.** Files ordered by report year, then file name; measures in reading order; `tiltak_id` T01… by first appearance.
  Reading order where the layout is not linear: pivot (NHO 2018) = first appearance going down the pivot (delmål, then type, then
  title alphabetically); staircase (Vestland 2019) = steps left→right, then the right-hand guidance banner, then the foundation band;
  Unio 2020 = the reported-conference box, then programme slots by time; NAV 2021 = region sections in order; org chart
  (Møre og Romsdal 2023) = unit columns left→right, top→bottom inside each.
- **title**: exactly as printed, without list numbers ('3.1', '5.2' in the Spekter protocol look like delmål codes but are protocol
  point numbers; '1 '–'8 ' in KD 2022), without labels ('Oppskrift: ' in Virke 2023, 'Tiltaket: ' in YS 2024). Parenthesised parts
  printed as part of the title are kept ('(tidligere …)', '(forsøk)', '(videreført)', '(Parat)').
- **delmal**: sorted new codes. 2017 files print old NKPS tiltak numbers (n → n-th delmål: LO 2017 'NKPS tiltak nr. 4 og 8' = 1.4, 2.3;
  KS 2017 column 'NKPS-tiltak nr.'). LO 2020 prints the delmål only as the strategy's wording ('Bidrar til: …'), mapped to codes.
  Vestland 2022 prints code + nynorsk wording. Measures without any printed delmål have `[]` (NAV 2021 Ungdomsgarantien,
  Virke 2023 HR-nettverk 'Passer til delmål: –', YS 2024 Parat mentorordning).
- **type**: one of Kurs/utdanning, Arrangement, Råd/utvalg/nettverk, FoU, Prosjekt, Annet. Printed words mapped:
  Informasjon, Tilskudd, Tilskuddsordning, Reform, stortingsmelding, Plan, Ordning, Tjeneste, Innspill → Annet;
  utredning, utviklingsarbeid → FoU; Informasjonsmøte, Konferanse → Arrangement; Kurs, E-læring → Kurs/utdanning;
  Nettverk, Råd/utval/nettverk (nn) → Råd/utvalg/nettverk. LO 2025 (easy-read) gives the type as a sentence:
  'Det er et kurs.' → Kurs/utdanning, 'Det er et råd der mange møtes.' → Råd/utvalg/nettverk, 'Det er et prosjekt.' → Prosjekt.
- **responsible / partners**: as printed, split on the document's own markers ('Ansvar:'/'Samarbeid:', 'X med A, B og C',
  'X i samarbeid med A og B', 'KS (Fylkeskommunene)'). Joint names such as 'LO/Fellesforbundet', 'Unio/NSF', 'YS/Parat' are one
  responsible. Collective partners are kept as printed ('partene i arbeidslivet', 'LO og de øvrige partene', 'de andre partene').
  Møre og Romsdal 2023 gives the responsible once in a legend line ('Ansvarleg for alle tiltaka: Møre og Romsdal fylkeskommune');
  the unit boxes are not the responsible. KD 2022: a redacted partner (black bar, no text) is not listed.
- **period**: as printed ('Fra 2017', '2017–', 'Løpende fra høsten 2017', 'Årlig siden 2018', '4 ganger i året', '12. mars 2019').
- **description**: the measure's own text as printed (after 'Om tiltaket:', 'Kort fortalt:', 'Hva er det?', 'Beskrivelse:', 'Kort om'
  column, the flyer's body text, the wiki article text). Empty where the layout has none (NHO 2018 pivot, Akademikerne 2020 bubble
  legend, Møre og Romsdal 2023 org chart). Not description: SWOT cells, recipe ingredients/steps, story text, 'Sjå òg' lines.
- **continues**: true when the same reporter had the same tiltak_id in an earlier report year (whatever the title).
- **Check** (`make_batch.py`): every title, period, responsible, partner and non-empty description is found in the extracted text
  (pdfplumber / document.xml), whitespace-normalised ({CHECK_STATS.get('exact')} values); {CHECK_STATS.get('nospace')} values match only with line breaks removed (a period broken after the en dash
  in LO 2020) and {CHECK_STATS.get('words')} only word-by-word, because table cells and diagram boxes wrap and their lines interleave with neighbouring cells
  in plain-text extraction (A3, data table, staircase, bubble legend, org chart).
""")
    L.append("## Identity judgements\n")
    L.append("### Same tiltak (reported more than once)\n")
    for tid, v in sorted(multi.items()):
        g = inv[tid]
        L.append(f"- **{tid}** (`{g}`): {data.SAME_NOTES.get(g, '')}")
        for f, rep, y, t, c in v:
            L.append(f"  - {y} {rep}: «{t}»" + (" — continues" if c else ""))
    L.append("\nOther decisions:")
    L.append("""- Pilot vs the scheme it became: the national *modulforsøk* (KD 2018, Vestland 2019 '(forsøk)', Innlandet 2021, KD 2022
  'avslutning og evaluering') is one tiltak; Vestland 2022 'Modulstrukturert vaksenopplæring – fast tilbod etter forsøket' (the permanent
  offer) is a different tiltak.
- Renamed schemes stay the same tiltak: Kompetansepluss arbeid → Kompetanseprogrammet; Kompetanseløft 2025 → Kompetanseløftet;
  Kompetanseforum Vestland → Vestlandsforum for kompetanse; Flere lærlinger i kommunesektoren → Lærlingløftet (→ fase 2).
- A council/body is one tiltak whoever reports it (KBU: owner KD, secretariat HK-dir, members LO, KS, NHO, Akademikerne, YS).
- A successor agreement is a new tiltak: Samfunnskontrakt for flere læreplasser (2016–2020) ≠ Samfunnskontrakt for kvalifisert
  arbeidskraft (2022–2026).
- The bransjeprogram *scheme* (KD 2022, HK-dir 2023) ≠ a single programme (industri og bygg; varehandel).
- Events with a year in the title are one-off events: NHOs kompetansekonferanse 2018 ≠ … 2021 (not continuing).
- An event, seminar or input *about* a scheme is not the scheme (VOFO info meeting, Spekter seminar, Unio's input to the reform).
- LO 2025 'Norsk på arbeidsplassen – fase 3 (digital)' continues the LO/Fellesforbundet pilot (2017) and fase 2 (2020).
""")
    L.append("### Near misses (different tiltak)\n")
    for a, b, why in data.NEAR_MISS_GROUPS:
        L.append(f"- {ids[a]} `{a}` vs {ids[b]} `{b}`: {why}")
    L.append(f"\nAll row combinations of each pair are in near_misses.json ({len(pairs)} pairs).\n")
    L.append("## Not measures (per file)\n")
    for r in reps:
        L.append(f"- {r['file']}: {NOT_MEASURES[r['file']]}")
    open(os.path.join(HERE, "README.md"), "w").write("\n".join(L) + "\n")


if __name__ == "__main__":
    readme(exp, ids, pairs)
