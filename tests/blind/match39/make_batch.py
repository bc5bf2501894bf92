# -*- coding: utf-8 -*-
"""Build blind batch match39: all report files, expected.json, near_misses.json, README.md.

Run:  /work/blind/.venv39/bin/python make_batch.py
All content lives in batch_data.py (FILES, NEAR_MISS_GROUPS, SAME_REASONS, CONT_REASONS);
renderers: rdocx.py (Word), rpdf.py (PDF); helpers docxkit.py, pdfkit.py, common.py.
"""
import json
import os
import re
import sys
import itertools
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import batch_data as B  # noqa: E402
import rdocx  # noqa: E402
import rpdf  # noqa: E402


def continues_map():
    seen = defaultdict(set)  # (reporter, id) -> years
    for f in B.FILES:
        for r in f["rows"]:
            seen[(f["reporter"], r["id"])].add(f["year"])
    out = {}
    for f in B.FILES:
        for r in f["rows"]:
            out[(f["file"], r["title"])] = any(y < f["year"] for y in seen[(f["reporter"], r["id"])])
    return out


def expected():
    cont = continues_map()
    exp = OrderedDict()
    for f in sorted(B.FILES, key=lambda f: f["file"]):
        ms = []
        for r in f["rows"]:
            ms.append(OrderedDict([
                ("title", r["title"]), ("delmal", sorted(r["delmal"])), ("type", B.canon_type(r["type_p"])),
                ("responsible", r["resp"]), ("partners", r["partners"]), ("period", r["period"]),
                ("description", r["desc"]), ("tiltak_id", r["id"]), ("continues", cont[(f["file"], r["title"])])]))
        exp[f["file"]] = OrderedDict([("reporter", f["reporter"]), ("report_year", f["year"]), ("measures", ms)])
    return exp


def near_misses():
    rows_by_id = defaultdict(list)
    for f in sorted(B.FILES, key=lambda f: f["file"]):
        for r in f["rows"]:
            rows_by_id[r["id"]].append((f["file"], r["title"]))
    pairs, seen = [], set()
    for ids, _, _ in B.NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(ids, 2):
            assert a in rows_by_id and b in rows_by_id, (a, b)
            for ra in rows_by_id[a]:
                for rb in rows_by_id[b]:
                    key = tuple(sorted([ra, rb]))
                    if key not in seen:
                        seen.add(key)
                        pairs.append([list(key[0]), list(key[1])])
    return pairs


def sanity():
    ids = set()
    for f in B.FILES:
        titles = [r["title"] for r in f["rows"]]
        assert len(titles) == len(set(titles)), f["file"]
        ids_in_file = [r["id"] for r in f["rows"]]
        assert len(ids_in_file) == len(set(ids_in_file)), ("same tiltak twice in a file", f["file"])
        assert 4 <= len(f["rows"]) <= 12, f["file"]
        for r in f["rows"]:
            for c in r["delmal"]:
                assert c in B.OLD, (f["file"], r["title"], c)
            B.canon_type(r["type_p"])
    # every cross-reporter tiltak and every continuing chain has a reason
    rep = defaultdict(set)
    for f in B.FILES:
        for r in f["rows"]:
            rep[r["id"]].add(f["reporter"])
    for i, rs in rep.items():
        if len(rs) > 1:
            assert i in B.SAME_REASONS, ("no SAME_REASON", i)
    cont = continues_map()
    for f in B.FILES:
        for r in f["rows"]:
            if cont[(f["file"], r["title"])]:
                assert (f["reporter"], r["id"]) in B.CONT_REASONS, ("no CONT_REASON", f["reporter"], r["id"])


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def check_pdf(f, path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        txt = "\n".join((p.extract_text() or "") for p in pdf.pages)
        npages = len(pdf.pages)
    flat = norm(txt)
    # drop line-wrap effects: compare on a word-joined string too
    words = norm(re.sub(r"[\n]", " ", txt))
    problems = []
    for r in f["rows"]:
        for k in ("title", "desc"):
            v = norm(r[k])
            # tables wrap columns into interleaved lines; check word by word in order-insensitive way
            missing = [w for w in v.split(" ") if w not in words]
            if missing:
                problems.append((k, r["title"][:40], missing[:5]))
    return npages, problems


def check_docx(f, path):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(path)
    texts = []
    for t in d.element.body.iter(qn("w:t")):
        texts.append(t.text or "")
    allt = norm(" ".join(texts))
    allt2 = norm("".join(texts))
    problems = []
    for r in f["rows"]:
        for k in ("title", "desc"):
            v = norm(r[k])
            if v not in allt and v not in allt2:
                # VOFO prints the description around a bracket – check parts
                parts = [p for p in re.split(r"[«»]", v) if p.strip()]
                if not all(norm(p) in allt2 or norm(p) in allt for p in parts):
                    problems.append((k, r["title"][:50]))
    return problems


# ---------------------------------------------------------------------------
README_HEAD = """# Blind test batch match39

Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth – ORDINARY documents as council members'
office staff send them (a KD memo, letters on letterhead, a union report, a county annual-report chapter, a filled-in
template, an Excel print, a Word table sent with tracked changes …). Emphasis of this batch: measures that go on over
the years (four reporters in three different years each) and the same measure told by different members in different
words, with near-misses an honest reader keeps apart. Rebuild: `/work/blind/.venv39/bin/python make_batch.py`
(python-docx, reportlab, pdfplumber; fonts Liberation Sans/Serif). All content is in `batch_data.py` (one data structure:
FILES, NEAR_MISS_GROUPS, SAME_REASONS, CONT_REASONS); `rdocx.py` / `rpdf.py` only render it; `make_batch.py` writes the
files, `expected.json`, `near_misses.json`, this README, and checks every title and description against the text of the
written file (pdfplumber / python-docx).
"""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list numbers, record ids, headings that are not the title, or field labels.
  Stripped: Spekter 2022 'Tiltak n – ' heading prefix; LO 2023 the bracketed period after the bold title ('(2017–)') and
  the colon; YS 2017 the full stop that ends the bold run-in title; VOFO 2020 the «» around the name; KS 2025 'Nr';
  Vestland 2023 the 'HP' programme number; Vestland 2026 the 'Tiltak n' form headings (the title is 'Namn på tiltaket');
  Regjeringen 2017 the grey second line 'NKPS nr. …' inside the title cell; NAV 2018 the 'Nr.' column. NHO 2018 is
  read with all tracked changes ACCEPTED (Word's 'Endelig' view): N1's title is the inserted 'NHOs kompetansebarometer',
  not the deleted 'Kompetanseundersøkelsen i NHO'.
- **delmal**: sorted new codes. 2017 files print old strategy numbers (Regjeringen 'NKPS nr. 4 og 13', LO 'Nr. 4 og 7',
  YS 'Strategiens tiltak nr. 6 og 16'), mapped n → n-th delmål (1→1.1 … 4→1.4, 5→2.1 … 10→2.6, 11→3.1 … 16→3.6).
  Goals given only as WORDS: KS 2018 answers (shortened wording, one line per goal), Regjeringen 2024 Heading 2
  paraphrases ('Et kompetansebehovsutvalg' = 1.1, 'Samarbeid mellom utdanning og arbeidsliv' = 1.4, 'Digital kompetanse
  i hele arbeidsstyrken' = 2.1, 'Kunnskap om læring i arbeidslivet' = 2.2, 'Karrieremuligheter i yrkesfagene' = 2.3,
  'Fleksibel opplæring for voksne' = 3.1, 'Kompetanseplussordningene (nå Kompetanseprogrammet)' = 3.2, 'Norskopplæring
  og kvalifisering for innvandrere' = 3.4), LO 2023 headings (same kind of paraphrase; 'Karriereveiledning' has no
  measure). Codes only in a sentence or elsewhere: Vestland 2020 merged code cell plus 'Tiltaket høyrer òg til delmål
  3.3.' in the text; Regjeringen 2024 'Tiltaket bidrar også til delmål 2.4.'; LO 2019 only in the overview table (and in
  brackets in the one-line list); KS 2025 only on the second sheet 'Delmål' (one row per Nr/delmål pair);
  Akademikerne 2021 wording with the code in brackets. Vestland 2023 'HP 1.1 … 3.2' and KS 2021 nothing else are
  county/own numbers, NOT delmål.
- **type**: the strategy's six types, or `Annet` for printed words that are none of them. Mapping used:
  FoU / Forskning / forskning → FoU; Kurs, kurs, Utdanning, Opplæring, Kurs/utdanning → Kurs/utdanning; utvalg, Utvalg,
  Råd, råd, et råd, Råd/utvalg, Nettverk, nettverk, Råd/utvalg/nettverk, 'Råd/utvalg/ nettverk' → Råd/utvalg/nettverk;
  Prosjekt → Prosjekt; Informasjon → Informasjon; Arrangement, Konferanse, Seminar → Arrangement; avtale, tilskudd,
  Tilskot, forsøk, et forsøk, Plan, Ordning, Reform, Lovendring, Melding til Stortinget, Strategi,
  Rettleiing, Samarbeid, Stipend → `Annet`.
- **responsible / partners**: as printed. Lists are split on ', ' and on the final ' og ' ('KD – med KMD, ASD, partene
  og Kompetanse Norge' → KD; [KMD, ASD, partene, Kompetanse Norge]); '/' inside a name is kept ('LO/NNN',
  'Akademikerne/Econa'); Vestland 2023 'Ansvarleg / partnarar' = 'owner / partner, partner'. Sentences: YS 2017
  'YS har ansvaret, i samarbeid med Delta og Parat'; Unio 2021 'X i samarbeid med Y og Z'; Spekter 2022
  'X er ansvarlig, med Y og Z som bidragsytere/parter/deltakere' and 'Kunnskapsdepartementet er ansvarlig, med
  Spekter som medlem av rådet'; LO 2017 'X er ansvarlig. Med: A, B.'; VOFO 2020 bracket 'ansvarlig, med A og B'.
  Where a member reports its seat in someone else's body, the printed owner is responsible and the member a partner.
  HK-dir 2022 has no owner column: the intro says HK-dir is responsible for all its measures → 'HK-dir'.
  Not printed → responsible null / partners []: LO 2019 one-line list, Regjeringen 2020 continued table (responsible is
  its 'Ansvar' column, no partners), empty partner cells (KS 2018 '–', Akademikerne 2021 '–', KS 2025, Vestland 2026
  continued forms).
- **period**: as printed. KS 2025 prints 'Start' and 'Slutt' years: period 'start–slutt', 'start–' when Slutt is empty,
  a single year when both are the same ('2025'). LO 2023: the bracketed period after the title. Not printed → null
  (LO 2019 one-liners, Regjeringen 2020 continued table).
- **description**: the text as printed, without footnote/note marks (Regjeringen 2017 superscript ¹, Unio 2021
  superscript 1). Sources: Regjeringen 2017 'Hva'; LO 2017 '3. Beskrivelse'; YS 2017 the text after the bold run-in
  title (not the italic fact paragraph); KS 2018 'Kort beskrivelse'; NHO 2018 'Beskrivelse'; NAV 2018 the text under
  each bold title in the Tiltak cell; LO 2019 the section text / the note after the last dash of a one-liner; Virke 2019
  the paragraph under the heading; Regjeringen 2020 the text after the grey box / 'Status 2020'; Vestland 2020 'Om
  tiltaket'; VOFO 2020 the prose of the measure's sentences WITHOUT the square bracket (the «» name stays inside it);
  KS 2021 'Kort om tiltaket'; Unio 2021 'Hva går det ut på'; Akademikerne 2021 'Innhold'; Spekter 2022 'Beskrivelse:';
  HK-dir 2022 the paragraph after the key-info table; LO 2023 the text between the colon and 'Ansvar:'; Vestland 2023
  'Status 2023'; Regjeringen 2024 the paragraph after the bullets; Rogaland 2024 the right-hand card text; KS 2025
  'Beskrivelse'; Vestland 2026 'Kort omtale …'.
- **continues**: true only when the same reporter has the same tiltak_id in an EARLIER report year (computed from the
  data). The writers' own words ('Videreført', 'Vidareført', 'Ny', 'Nytt', 'videreført uten endringer') are not the
  ground truth: LO 2019's 'Fagbrev på jobb – nasjonal ordning' says 'etter forsøket vi rapporterte i 2017' but is a
  different tiltak (continues=false); Regjeringen 2024 T26 replaces its own 2017 pilot T25 (false); LO 2023, KS 2025 and
  Regjeringen 2024 report the NEW samfunnskontrakt 2022–2026 (T05), not their earlier 2016–2020 contract (T04) (false).
"""


def readme(exp, pairs):
    rows = [(fn, m) for fn, v in exp.items() for m in v["measures"]]
    ids = defaultdict(list)
    for fn, m in rows:
        ids[m["tiltak_id"]].append((fn, m))
    reporters = {v["reporter"] for v in exp.values()}
    years = sorted({v["report_year"] for v in exp.values()})
    by_rep = defaultdict(set)
    for v in exp.values():
        by_rep[v["reporter"]].add(v["report_year"])
    multi_year = sorted(r for r, ys in by_rep.items() if len(ys) >= 3)
    multi_row = [i for i, l in ids.items() if len(l) > 1]
    multi_rep = [i for i, l in ids.items() if len({exp[fn]["reporter"] for fn, _ in l}) > 1]
    n_cont = sum(1 for _, m in rows if m["continues"])
    fbyname = {f["file"]: f for f in B.FILES}
    out = [README_HEAD, "## Counts\n", "| item | n |", "|---|---|",
           f"| report files | {len(exp)} ({sum(1 for k in exp if k.endswith('.docx'))} .docx, "
           f"{sum(1 for k in exp if k.endswith('.pdf'))} .pdf) |",
           f"| reporters | {len(reporters)} |",
           f"| report years | {', '.join(map(str, years))} |",
           f"| reporters with reports in three different years | {len(multi_year)} ("
           + "; ".join(f"{r}: {', '.join(map(str, sorted(by_rep[r])))}" for r in multi_year) + ") |",
           f"| nynorsk reports | {sum(1 for f in B.FILES if f['lang'] == 'nn')} |",
           f"| measure rows | {len(rows)} |",
           f"| distinct tiltak | {len(ids)} |",
           f"| tiltak reported in more than one row | {len(multi_row)} |",
           f"| tiltak reported by more than one reporter | {len(multi_rep)} |",
           f"| rows with continues=true | {n_cont} |",
           f"| near-miss pairs | {len(pairs)} |", "",
           "## Files\n", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for fn, v in exp.items():
        f = fbyname[fn]
        made = "python-docx" if fn.endswith(".docx") else "reportlab"
        if f["file"].startswith("2018_NHO"):
            made = "python-docx + w:ins/w:del"
        if f["file"].startswith("2026_Vestland"):
            made = "python-docx + w14:checkbox"
        nn = " (nynorsk)" if f["lang"] == "nn" else ""
        desc = f["layout_desc"].replace("|", "\\|")
        out.append(f"| {fn} | {v['reporter']} | {v['report_year']} | {made} | `{f['layout']}`{nn}: "
                   f"{desc} | {len(v['measures'])} |")
    out.append("")
    out.append(CONVENTIONS)
    out.append(NOT_MEASURES)
    out.append(IDENTITY)
    # same-tiltak groups
    out.append("## Same-tiltak groups (tiltak reported in more than one row; generated)\n")
    for i in sorted(multi_row, key=lambda x: (x[0], int(re.sub(r"\D", "", x) or 0))):
        items = []
        for fn, m in ids[i]:
            v = exp[fn]
            items.append(f"{v['reporter']} {v['report_year']} «{m['title']}»" + (" (cont.)" if m["continues"] else ""))
        reps = {exp[fn]["reporter"] for fn, _ in ids[i]}
        why = B.SAME_REASONS.get(i)
        if why is None:
            rep = list(reps)[0]
            why = B.CONT_REASONS[(rep, i)]
            why = f"one reporter over the years – {why}"
        out.append(f"- **{i}**: " + "; ".join(items) + f".  \n  *Why one tiltak:* {why}")
    out.append("")
    out.append("## Continuing chains (same reporter, same tiltak, later year → continues=true)\n")
    for (rep, i), why in B.CONT_REASONS.items():
        chain = [(exp[fn]["report_year"], m["title"], m["continues"]) for fn, m in ids[i] if exp[fn]["reporter"] == rep]
        chain.sort()
        out.append(f"- **{rep} / {i}**: " + " → ".join(f"{y} «{t}»" for y, t, c in chain) + f".  \n  *Why:* {why}")
    out.append("")
    out.append("## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)\n")
    for grp, name, why in B.NEAR_MISS_GROUPS:
        out.append(f"- **{name}**: {', '.join(grp)}.  \n  *Why apart:* {why}")
    out.append("")
    out.append("## Tiltak ids (short key)\n")
    out.append(ID_KEY)
    return "\n".join(out) + "\n"


NOT_MEASURES = """## Not measures (must not be counted)

- Regjeringen 2017: the Notat header grid, '1 Bakgrunn', the grey 'NKPS nr.' lines, the note '¹ Jf. Meld. St. 26 …',
  '4 Videre arbeid' (Yrkesfagenes år 2018 and a possible white paper – planned, not started).
- LO 2017: intro and 'Bakgrunn' paragraphs (name KBU and the faglige råd in passing), the repeated header row on page
  2, 'Møter LO har deltatt i 2017', signature.
- YS 2017: letterhead, address block, 'Vår ref.', intro, the italic fact paragraphs (facts, not separate measures),
  'Annet' (a digital course YS is only considering, meetings attended), greeting and signatures.
- KS 2018: 'Om rapporteringen', 'Antall tiltak per delmål' table with 'Sum 8' and its note, contact line.
- NHO 2018: the tracked-DELETED row 'Hurtigsporet – kampanje i fire byer' (withdrawn), deleted title words, intro,
  'Planlagt 2019 – ikke startet' (bransjeprogram for reiseliv, a network – not started), 'Arenaer NHO har deltatt i 2018'.
- NAV 2018: letter head, reference block, addressee, 'Vi viser til …', closing, signatures, footer.
- LO 2019: '1 Innledning', the overview table rows themselves are the same measures as the sections (count once),
  '5 LO mener' bullets, contact line.
- Virke 2019: '1 Innledning', '4 Virke mener' bullets, header/footer.
- Regjeringen 2020: '1 Innledning', '2 Korona og kompetansepolitikken' (temporary crisis schemes named in passing),
  '7 Oppsummering' count table (Sum 10).
- Vestland 2020: 'Om rapporten', the empty table row, 'Planar for 2021 – ikkje starta' (BIO from 2022, a career centre
  in Odda – not started).
- VOFO 2020: intro and legend, the corona paragraph, 'Møter VOFO har deltatt i 2020', greeting.
- KS 2021: 'Innledning', 'Oppsummering' count table by Kategori (Sum 7), contact line.
- Unio 2021: intro, the footnote 'Proba-rapport 2021-3 …', 'Andre saker Unio har arbeidet med'.
- Akademikerne 2021: intro, 'Akademikernes representasjon' list (KBU and RSA appear there again – they are counted once,
  from the table).
- Spekter 2022: intro, 'Arrangementer Spekter har deltatt på i 2022'.
- HK-dir 2022: intro, 'Nøkkeltall 2022' box, 'Andre oppdrag i tildelingsbrevet' (not NKPS measures).
- LO 2023: intro, 'Karriereveiledning – Ingen nye tiltak i 2023.', 'LOs prioriteringer for 2024'.
- Vestland 2023: 4.1 text and the Nøkkeltal table, 4.3 Økonomi text and budget table, running header, page number 57.
- Regjeringen 2024: 'Innledning', the Heading 1/2 goal headings, 'Budsjett 2024' table (names schemes with amounts).
- Rogaland 2024: cover page and 'Innhold' list (the card titles with page numbers), the 'Kontakt' card.
- KS 2025: the title row and 'Sist endret' cell, the empty row 7, the 'Delmål' sheet rows (they only carry goals),
  page header with file and sheet name.
- Vestland 2026: template title, 'Rapporterande medlem', 'Kontaktperson', the grey instruction paragraph, the empty
  form 'Tiltak 7' (all answers blank, both boxes unticked).
"""

IDENTITY = """## Identity judgements (analyst decisions)

1. **A seat in a body = the body.** Every KBU row (KD's establishing it, LO/NHO/Akademikerne seats, later mandates) is
   T01; SRY seats of YS, KS, Spekter, LO are T02; RSA participation of Virke, Unio, Akademikerne is T03; Nasjonalt
   forum for karriereveiledning (KS ×2, NAV) is T15; Nasjonalt fagskoleråd (YS, LO) is T18; the reference group of the
   EVU expert committee (NHO, LO, Virke) is T11.
2. **A member's own part in a shared agreement or programme = the agreement/programme**: NHO's 'Samfunnskontrakten –
   NHOs oppfølging' and KS' '… – kommunesektorens del' are T04; KS' 'Bransjeprogram for kommunal helse- og
   omsorgssektor' and LO's/NHO's industri-og-bygg programme are the national bransjeprogram T07; Akademikerne's advice
   in the flexible-offers scheme is T10; NAV's part in the digital career service is T13; Vestland's participation as a
   pilot county in 2020 is the national pilot T25; NAV's recruitment to Menn i helse is KS' K1.
3. **Assignment letter vs the agency running it; old name vs new.** KD's 'Nasjonal digital karriereveiledningstjeneste'
   (2017) = 'karriereveiledning.no' (2020) = HK-dir's 'Drift og videreutvikling av karriereveiledning.no' (T13);
   Kompetansepluss arbeid og frivillighet = 'Kompetansepluss' = HK-dir's 'Forvaltning av Kompetanseprogrammet
   (tidligere Kompetansepluss)' = 'Kompetanseprogrammet' (T09, merged and renamed); 'Tilskudd til fleksible
   videreutdanningstilbud' = 'Tilskuddsordning for fleksible utdanningstilbud (tidligere …)' (T10); HK-dir's
   'Følgeevaluering av bransjeprogrammene' = KD's 'Evaluering av bransjeprogrammene' (T08).
4. **Agreements and plans with a new period are NEW tiltak** when the writers present them as new: Samfunnskontrakten
   2016–2020 (T04) ≠ Samfunnskontrakt … kvalifisert arbeidskraft 2022–2026 (T05); Kompetanseløft 2020 (T16) ≠
   Kompetanseløft 2025 (T17, 'erstatter Kompetanseløft 2020'); IA-avtalen 2019–2022 (T21) ≠ IA-avtalen 2025–2028
   (T22). By contrast the SAME body or drive with a renewed mandate or new targets continues: Kompetanseforum Vestland
   'nytt mandat' (W2), KBU 'fast utvalg med nytt mandat' (T01), KS' 'Lærlingløftet 2025–2027' ('videreført med nye mål',
   K4), Vestland's regional plan from planning work to adopted plan to rolling (W3).
5. **Pilot vs national scheme vs county offers**: 'Forsøk med fagbrev på jobb' 2016–2017 (T27, LO and YS) ≠ the national
   scheme 'Fagbrev på jobb' (T06, LO 2019, Regjeringen 2020) ≠ Vestland's own 'Fagbrev på jobb i Vestland' (W4, in 2023
   printed just as 'Fagbrev på jobb' in the county's own programme table) ≠ Rogaland's (G5) ≠ NAV's pilot for job seekers
   (V5) ≠ Virke's Handelsløftet (R1). The modular-training pilot (T25) ≠ the statutory right from 2024 (T26) ≠
   Vestland's own ordinary offer after the pilot (W7). The regional reform that moved BIO to the counties (T24) ≠ the
   counties' own BIO schemes (W6 Vestland, G3 Rogaland).
6. **Splits and phases**: LO 2019 splits its course in two – the revised course keeps the id (L1, continues) and the web
   course 'skilt ut fra tillitsvalgtopplæringen' is new (L5, near-miss of L1). 'Matindustrien 4.0' → 'Matindustriens
   kompetanseløft – fase 2' is a new phase of the same project (L3, continues).
7. **Recurring series** of one reporter continue (KS' arbeidslivsmonitor 2018 → 2025, K3); different members' surveys
   and statistics are near-misses of each other (N1, Y3, L4, A3, K3, H8).
8. **Told first by the scheme's name, later by the member's own part**: KS 'Menn i helse' (2018) → 'Menn i helse –
   nasjonal spredning' (2021) → 'KS' rolle i Menn i helse: koordinering av kommunene' (2025) – all K1.
9. **Counties are kept apart**: Vestland's and Rogaland's forums, plans, career centres, BIO schemes and fagbrev offers
   are separate tiltak (near-misses), and separate from the national schemes.
"""

ID_KEY = """T01 KBU · T02 SRY · T03 RSA · T04 Samfunnskontrakten 2016–2020 · T05 Samfunnskontrakt 2022–2026 · T06 Fagbrev på
jobb (national scheme) · T07 Bransjeprogram · T08 evaluation of the bransjeprogram · T09 Kompetansepluss /
Kompetanseprogrammet · T10 flexible further-education offers · T11 EVU expert committee (reference group) · T12
Kompetansereformen – Lære hele livet · T13 digital career service / karriereveiledning.no · T14 quality framework for
career guidance · T15 Nasjonalt forum for karriereveiledning · T16 Kompetanseløft 2020 · T17 Kompetanseløft 2025 · T18
Nasjonalt fagskoleråd · T20 working group on digital competence · T21 IA-avtalen 2019–2022 · T22 IA-avtalen 2025–2028 ·
T24 regional reform (tasks to the counties) · T25 modular-training pilot · T26 right to completion / modular training
from 2024 · T27 fagbrev på jobb pilot 2016–2017 · T28 tripartite cooperation in the hospitals · T31 Ukraine language
training · K1 Menn i helse · K2 KS Læring · K3 KS arbeidslivsmonitor · K4 KS Lærlingløftet · L1–L6 LO's own · Y3, Y4, Y6
YS' own · N1, N6 NHO's own · V3, V5, V6 NAV's own · R1, R4–R6 Virke's own · O1–O5 VOFO's own · U3–U5 Unio's own · A3, A4
Akademikerne's own · S1, S3, S6, S7 Spekter's own · H8, H9 HK-dir's own · W1–W8 Vestland's own · G1–G6 Rogaland's own.
"""


def main():
    sanity()
    for f in B.FILES:
        path = os.path.join(HERE, f["file"])
        if f["fmt"] == "docx":
            rdocx.RENDERERS[f["file"]](f, path)
        else:
            rpdf.RENDERERS[f["file"]](f, path)
    exp = expected()
    pairs = near_misses()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(exp, pairs))
    # checks
    bad = 0
    for f in B.FILES:
        path = os.path.join(HERE, f["file"])
        if f["fmt"] == "pdf":
            npages, probs = check_pdf(f, path)
            print(f"{f['file']:45s} pdf  pages={npages} rows={len(f['rows'])} problems={len(probs)}")
        else:
            probs = check_docx(f, path)
            print(f"{f['file']:45s} docx rows={len(f['rows'])} problems={len(probs)}")
        for p in probs:
            bad += 1
            print("    ", p)
    rows = sum(len(v["measures"]) for v in exp.values())
    print("rows", rows, "distinct", len({m["tiltak_id"] for v in exp.values() for m in v["measures"]}),
          "continues", sum(m["continues"] for v in exp.values() for m in v["measures"]), "pairs", len(pairs),
          "problems", bad)


if __name__ == "__main__":
    main()
