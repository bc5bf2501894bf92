#!/usr/bin/env python
"""Build blind test batch match19: reports (PDF/.docx), expected.json, near_misses.json, README.md.

Run with /work/blind/.venvm2/bin/python make_batch.py  (temp files go to /tmp/match19_build, not here).
"""
import importlib
import json
import os
import shutil
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
BUILD = "/tmp/match19_build"

import data  # noqa: E402


def ordered_files():
    return sorted(data.FILES, key=lambda f: (f["year"], f["file"]))


def build_reports():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    for f in ordered_files():
        mod = importlib.import_module(f["template"])
        out = os.path.join(HERE, f["file"])
        mod.build(f, out, BUILD)
        print("built", f["file"])


def make_expected():
    ids, next_id = {}, [1]
    seen_by_reporter = defaultdict(dict)  # reporter -> key -> first year
    expected = {}
    for f in ordered_files():
        mod = importlib.import_module(f["template"])
        pr = mod.PRINTS
        rows = []
        keys_in_file = [m["key"] for m in f["measures"]]
        assert len(keys_in_file) == len(set(keys_in_file)), f["file"]
        for m in f["measures"]:
            assert m["type"] in ("Arrangement", "FoU", "Informasjon", "Kurs/utdanning", "Råd/utvalg/nettverk",
                                 "Prosjekt"), m
            if m["key"] not in ids:
                ids[m["key"]] = "T%02d" % next_id[0]
                next_id[0] += 1
            prev = seen_by_reporter[f["reporter"]].get(m["key"])
            cont = prev is not None and prev < f["year"]
            rows.append({
                "title": m["title"],
                "delmal": sorted(m["delmal"]),
                "type": m["type"],
                "responsible": m["responsible"] if "responsible" in pr else f["reporter"],
                "partners": list(m["partners"]) if "partners" in pr else [],
                "period": m["period"] if "period" in pr else "",
                "description": m["description"] if "description" in pr else "",
                "tiltak_id": ids[m["key"]],
                "continues": cont,
            })
        for m in f["measures"]:
            seen_by_reporter[f["reporter"]].setdefault(m["key"], f["year"])
        expected[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": rows}
    return expected, ids


def make_near_misses(ids):
    byid = {f["id"]: f for f in data.FILES}
    pairs = []
    seen = set()
    for (fa, ka), (fb, kb) in data.NEAR_MISSES:
        A, B = byid[fa], byid[fb]
        ma = next(m for m in A["measures"] if m["key"] == ka)
        mb = next(m for m in B["measures"] if m["key"] == kb)
        assert ids[ka] != ids[kb], (ka, kb)
        sig = tuple(sorted([(A["file"], ma["title"]), (B["file"], mb["title"])]))
        assert sig not in seen, sig
        seen.add(sig)
        pairs.append([[A["file"], ma["title"]], [B["file"], mb["title"]]])
    return pairs


JUDGEMENT = """
### Same tiltak (merged on purpose)
- **KBU**: reported by LO 2018/2021/2024, NHO 2018/2022, Akademikerne 2018, KD 2019/2023, YS 2019 ("YS'
  representasjon i KBU") and Unio 2023 under many names ("Medlem av KBU", "Representasjon i
  Kompetansebehovsutvalget (KBU)", "Unios plass i Kompetansebehovsutvalget", "Kompetansebehovsutvalget – videreført
  med nytt mandat"). Participation and ownership of one council = one tiltak (as the directorate did in 2018).
- **Fagbrevkonferansen 2018**: LO "Fagbrevkonferansen 2018 sammen med NHO" = NHO "Felles fagbrevkonferanse med LO"
  (reciprocal partner naming; NHO gives only delmål 1.4, LO 1.4 + 2.3 – delmål are per row).
- **Spekter/LO conference 30 Nov 2017**: Spekter 2017 "Konferanse for Spekters medlemsvirksomheter og LOs
  tillitsvalgte" = LO 2018 "Lærlingkonferanse med Spekter 30. november 2017" (reported a year later by LO).
- **Virke/YS seminar**: "Felles seminar med YS om realkompetanse i handelen" = "Seminar sammen med Virke om
  dokumentasjon av realkompetanse" (both 2019).
- **Hurtigsporet i Oslo**: Virke "«Hurtigsporet» i Oslo" = YS "Hurtigsporet for flyktninger – samarbeidsprosjekt med
  Virke og Oslo kommune" (owner Oslo kommune in both).
- **Kompetansereformen «Lære hele livet»**: KD 2019 (owner) = Virke 2019 "Deltakelse i arbeidet med
  kompetansereformen Lære hele livet" = YS 2019 "Partssamarbeid om kompetansereformen Lære hele livet"
  (participants); KD 2023 "Oppfølging av …" continues it.
- **Kompetanseforum Vestland**: Vestland 2020 (owner) = KS 2020 "Deltakelse i Kompetanseforum Vestland";
  **Kompetanseforum Trøndelag**: Trøndelag 2021 = LO 2021 "LO Trøndelag i Kompetanseforum Trøndelag".
- **Bransjeprogram for industri og bygg**: LO 2021 "Bransjeprogram for industri og bygg" = NHO 2022
  "Bransjeprogrammet for industrien og byggenæringen" = LO 2024 "(videreført)". **Bransjeprogram for varehandel**:
  LO 2021 = Virke 2022 = LO 2024.
- **Umbrella Bransjeprogram**: KD 2019 "Bransjeprogram for kompetanseutvikling" = KD 2023 "Bransjeprogrammene" =
  HK-dir 2025 "Industry programmes for skills development (bransjeprogram) – administration" (owner vs
  administrator of the same umbrella; English title).
- **Fleksible videreutdanningstilbud i digital kompetanse**: KD 2019 = KD 2023 "… – fortsatt tilskudd" = HK-dir 2025
  "Grants for flexible continuing education in digital skills".
- **NAV/HK-dir career guidance**: HK-dir 2025 "Career guidance for people on sick leave, in cooperation with NAV" =
  NAV 2025 "Karriereveiledning for sykmeldte i NAV-kontor – samarbeid med HK-dir" (cross-language, reciprocal).
- **IA-avtalen 2019–2022**: KD 2019, NHO 2022 ("Deltakelse i IA-avtalen 2019–2022: kompetanse som virkemiddel"),
  Virke 2022. **IA-avtalen 2023–2026**: KD 2023, KS 2023, NAV 2025.
- **Samfunnskontrakten 2016–2020**: KS 2017, NHO 2018 and KD 2019 "(2016–2020)" (NHO 2018 vs NHO 2022 "Ny
  samfunnskontrakt …" is a successor, so NHO 2022 does not continue it). **Samfunnskontrakten 2022–2026**: NHO 2022
  "Ny samfunnskontrakt …", KD 2023, KS 2023, LO 2024 "Samfunnskontrakten 2022–2026".
- **KS/Unio joint training**: KS 2023 "Felles opplæring for tillitsvalgte og ledere i partssamarbeid om kompetanse" =
  Unio 2023 "Felles skolering med KS for tillitsvalgte og ledere".
- **Virke/NHO apprentice campaign 2022**: "Felles kampanje med NHO for flere lærebedrifter i handelen" =
  "Lærlingkampanje i samarbeid med Virke".

### Continuing (same reporter, later year)
- Paraphrase: LO "Opplæring av tillitsvalgte i kompetansearbeid" (2018) → "Skolering av våre tillitsvalgte om
  kompetanseutvikling" (2021) → "Tillitsvalgtopplæring i kompetansearbeid" (2024).
- "fase 2": KS "Samarbeid om digital kompetanse i kommunesektoren" → "… i kommunene – fase 2" (2020) → "… (DigiKomp)"
  (2023); Virke "Rapporten «Balansekunst» – modell …" → "Balansekunst – videreutvikling av modellen (fase 2)".
- Renamed "(tidligere …)": KS "Lærlingløftet i kommunesektoren (tidligere «Flere lærlinger i kommunesektoren»)";
  KD "Forberedende opplæring for voksne (tidligere forsøk med FVO)" continues "Forsøk med forberedende
  voksenopplæring (FVO)".
- "oppfølging av": LO 2021 "Oppfølging av notatet om tariffavtalenes betydning …" continues the 2018 Fafo note
  (and LO 2024 "… – fortsatt arbeid"); NHO 2022 "Skatteinsentiv for kompetanse – oppfølging av utredningen".
- Shortened: KS "Kommunesektorens arbeidslivsmonitor" → "Arbeidslivsmonitoren" (2020) → full name again (2023);
  KD "Bransjeprogram for kompetanseutvikling" → "Bransjeprogrammene".
- Delmål changed: KS "KS Læring – delingsplattform …" (2.1, 2.2) → "KS Læring" (2.1 only).

### Apart (near misses, all in near_misses.json)
- Successive editions: Fagbrevkonferansen 2018 / 2021 / 2024; KS Kompetansekonferanse 2020 / 2023.
- Old agreement vs successor: IA-avtalen 2019–2022 vs 2023–2026; Samfunnskontrakten 2016–2020 vs 2022–2026;
  Vestland "Kompetansestrategi for Vestland" (2020) vs "Regional plan for kompetanse og arbeidsliv 2024–2030"
  (the plan says it replaces the strategy: successor, new tiltak).
- Different organisations' own courses: LO / YS / Unio tillitsvalgt courses; Unio's own course vs the KS–Unio
  joint training in the same Unio report.
- Different counties: "Fagbrev på jobb" (Vestland vs Trøndelag, identical title), BIO, Kompetanseforum,
  kompetansestrategi, karrieresenter; LO's information campaign about fagbrev på jobb is a third tiltak.
- Scheme vs evaluation: FVO vs "Evaluering av forsøket med forberedende voksenopplæring" (same KD 2023 file);
  Kompetansepluss frivillighet søknadsrunde vs its evaluation; Fagbrev på jobb vs HK-dir "Evaluation of «Fagbrev på
  jobb»".
- Council vs event about it: KBU vs HK-dir "Launch of the KBU 2025 report"; Kompetanseforum Vestland vs
  "Årskonferansen til Kompetanseforum Vestland 2024".
- Umbrella vs programme under it: Bransjeprogram (umbrella) vs industri/bygg and varehandel programmes (and those two
  siblings apart from each other); Kompetansereformen vs Bransjeprogram; HK-dir "Kompetanseprogrammet … (formerly
  Kompetansepluss)" vs Kompetansepluss frivillighet and KS' "Kompetansepluss arbeid i kommunene"; Spekter's
  søkekonferanse about Kompetansepluss arbeid vs KS' Kompetansepluss tiltak.
- Shared quoted name, different tiltak: NHO's Hurtigsporet campaign, LO's participation in Hurtigsporet events and
  the Oslo Hurtigsporet project are three tiltak.
- Same partner/same kind: Akademikerne/Econa's two Ny Analyse reports; KS FoU on digital leadership (2017) vs KS
  leadership course in digital transformation (2020); Spekter's letter about apprentices vs Samfunnskontrakten.

### Borderline (decided, but arguable)
- HK-dir administering the bransjeprogram umbrella counted as the same tiltak as KD's umbrella.
- KS "Arbeidslivsmonitoren" yearly editions are treated as one continuing tiltak (a monitor series), whereas
  conferences with a year in the title are editions (apart).
- Participation in «Lære hele livet» by Virke/YS counted as the reform itself, not as separate input measures.
- Trøndelag's matrix row "Opplæring i arbeidsmarkedstiltak" (NAV
  Trøndelag, 2021) is kept apart from NAV's national "Opplæring som arbeidsmarkedstiltak – fag- og
  yrkesopplæring" (2025).
- Virke 2022 "Studie om ny teknologi og kompetansebehov i varehandelen – fortsatt arbeid" treated as continuing the
  2019 study (update of the same study), not as a new edition.
"""

CONVENTIONS = """
- Titles exactly as printed, without list/heading numbers ("2.3 ", "§ 5 ", "Vedtakspunkt 12.4: ", "Measure 3: ",
  "Faktaboks 4.2: ", "Tiltak 2 av 5"), without the type letter "(K)" after names in the Trøndelag matrix, and without
  the status word right-aligned after NHO 2022 titles.
- 2017 reports (KS, Spekter) print old NKPS numbers ("jf. strategiens tiltak nr. 4 og 7", "NKPS-tiltak nr. 12");
  expected delmål are mapped n → n-th delmål.
- `responsible`: the printed responsible field; where a layout prints none (VOFO prose), the reporter.
  In the Trøndelag matrix the responsible is the column header. `partners`: printed list split on ", " / " og " /
  " and "; "–" means none. `period`/`description`: printed field, else "" (KS 2023 scorecard: description =
  "Resultat 2023" column; KD 2023: description = "Merknad" column; VOFO prose: description = the text after the
  "(delmål …)." bracket in the same paragraph).
- `type`: printed type mapped to the six canonical types (English labels in HK-dir 2025, "Informasjon/kampanje" in
  NHO 2022, letters in the Trøndelag matrix); my classification where none is printed (VOFO, KD 2023, KS 2023).
- Repeated occurrences count once: Virke 2019 (summary table + detail section) – the measure is the detail section
  occurrence (identical title); LO 2021 lists multi-delmål measures under each delmål heading (second listing is a
  cross-reference) – one row with both delmål; the Trøndelag matrix repeats "Kompetansestrategi for Trøndelag" in
  rows 1.2 and 1.4 – one row.
- Akademikerne 2018 (tracked changes): titles as they read with all changes accepted (tracked insertion
  "Forskningsrapport " is part of the title, the tracked deletion "Rapport: " is not). Comments are not content.
- Vestland 2020 content controls: the unfilled "Merknad" control shows placeholder text, which is not a value.
- KD 2023: the "Sum" row of the budget table is not a measure.
- tiltak_id: T01… by first appearance, files ordered by report year then file name, rows in reading order;
  `continues` is true when the same reporter reported the same tiltak_id in an earlier report year.
"""

HARDEST = """
- `trondelag_2021_partnerskapsmatrise.pdf`: measures are cell contents of an organisation × delmål matrix; the
  responsible is the column, one measure appears in two rows, and there are no other fields.
- `vofo_2020_arsrapport_utdrag.pdf`: measure names only recognisable by bold inside running prose.
- `akademikerne_2018_utkast_spor_endringer.docx`: tracked insertion/deletion inside titles, comments.
- `vestland_2020_rapporteringsskjema.docx`: all answers inside content controls (python-docx `paragraph.text`
  does not see them), plus a placeholder.
- `lo_2018_nettside_rapportering.pdf` and `ys_2019_kompetansenytt.pdf`: side navigation / three text columns
  interleave lines in naive text extraction.
- `virke_2022_oversikt_liggende.pdf`: rotated header cells (header text comes out vertical/garbled).
- `lo_2021_rapport_delmal.docx`: the same measure under two delmål headings (must be merged into one row).
- `hkdir_2025_report_international.docx`: English titles that must match Norwegian ones in other reports.
- `ks_2017_styresak_rapportering.docx`: measures as decision points in minutes, old numbering.
"""


def write_readme(expected, pairs):
    files = ordered_files()
    rows = [m for e in expected.values() for m in e["measures"]]
    tid_counts = Counter(m["tiltak_id"] for m in rows)
    n_docx = sum(f["file"].endswith(".docx") for f in files)
    counts = [
        ("files", len(files)), ("docx", n_docx), ("pdf", len(files) - n_docx),
        ("reporters", len({f["reporter"] for f in files})),
        ("years", "%d (%d–%d)" % (len({f['year'] for f in files}), min(f['year'] for f in files),
                                   max(f['year'] for f in files))),
        ("measure rows", len(rows)), ("distinct tiltak", len(tid_counts)),
        ("tiltak reported more than once", sum(1 for v in tid_counts.values() if v > 1)),
        ("continuing rows", sum(m["continues"] for m in rows)),
        ("rows without delmål", sum(1 for m in rows if not m["delmal"])),
        ("near-miss pairs", len(pairs)),
    ]
    L = ["# Blind test batch match19 – NKPS member reports, matching ground truth", "",
         "Built by `make_batch.py` (templates in `src/t_*.py`, printed text and identity keys in `src/data.py`, "
         "check in `src/verify.py`). Temporary files are written to /tmp/match19_build.", "",
         "## Counts", "", "| item | count |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in counts]
    L += ["", "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    for f in files:
        mod = importlib.import_module(f["template"])
        layout = mod.LAYOUT.replace("|", "\\|")
        L.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {mod.MAKER} | {layout} | "
                 f"{len(f['measures'])} |")
    L += ["", "## Conventions", CONVENTIONS, "## Judgement calls on identity", JUDGEMENT,
          "## Layouts expected to be hardest", HARDEST]
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write("\n".join(L))
    return counts


def main():
    build_reports()
    expected, ids = make_expected()
    pairs = make_near_misses(ids)
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    counts = write_readme(expected, pairs)
    for k, v in counts:
        print(f"{k:35s} {v}")
    import verify
    ok = verify.main(HERE)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
