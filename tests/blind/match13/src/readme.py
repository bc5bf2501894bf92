"""Write README.md with counts computed from expected.json."""
import collections
import json
import os

from .expected import ALL
from .tiltak_names import NAMES

STATIC = """
## Conventions

- **title / description**: exactly the printed strings (whitespace aside). List numbers, heading numbers
  ("Tiltak 3", "2.1 …" in NHO 2023, "2.3 Delmål 3.3 – …" in AID 2023) and leaked Word list numbers
  ("8. En dag i september 2019." in Spekter 2019) are not part of any field. In AID 2023 the bold lead-in
  title is followed by a sentence-ending period that is not part of the title; Spekter 2019's second title
  is a whole sentence and keeps its own period as printed (`Arrangere «Møteplass lærebedrifter».`).
- **delmal**: the codes the report assigns. Old numbers (LO 2019 "Tiltak nr. 5 og 6", Spekter 2019 "Relasjon til
  NKPS tiltak nr. 4 og 7") are translated n → n-th delmål (1–4 → 1.1–1.4, 5–10 → 2.1–2.6, 11–16 → 3.1–3.6).
  Akademikerne 2019 only quotes delmål text («…»), translated to codes. In KD 2019 and KS 2020 a merged
  Delmål cell applies to every row it spans; in VOFO 2019 the merged title row of each table applies to its rows;
  in Virke 2021 the delmål is the heading the bullet sits under plus any "også delmål …" in the bullet;
  in LO 2022 the heading plus "Også relevant for delmål …". Heading numbers in NHO 2023 and AID 2023
  are chapter numbers, not delmål.
- **type**: one of the six categories of domain.md, decided per row from the printed label and the text
  (the printed labels vary: "Utvalg", "Avtale", "Trepartssamarbeid", "Kampanje", "Undersøkelse", "Tilskot",
  "Rettleiingstilbod" …). The same tiltak can carry different types in different reports, as in the
  directorate's own 2018 matrix (e.g. LO 2019 reports its part in the branch programmes as
  Råd/utvalg/nettverk, KD as Kurs/utdanning). Spekter 2019 prints no type; the analyst assigned one.
- **responsible / partners**: as printed. Partners are the printed list split on commas ("KS m.fl." kept as one
  item); [] when the report prints "–", nothing, or no partner. NHO 2020 prints "X (ansvarlig)" and
  "Med: …"; Vestland 2024 prints the responsible organisation and "Partnarar: …" in one cell; Spekter 2019 gives
  both in a prose sentence ("Spekter står bak tiltaket med Kompetanse Norge som bidragsyter" →
  Spekter; [Kompetanse Norge]).
- **period**: as printed ("2019–", "Løpende", "Årlig", "Hvert år i oktober.", Spekter 2019's sentences).
- **continues**: true when the same reporter (same reporter string) reported the same tiltak_id in an
  earlier report year in this batch. Computed, and checked again by src/verify.py.
- Reports for 2022–2025 still use the delmål of the 2017–2021 strategy (their introductions say the council
  asked members to keep the structure). Reporter for the directorate 2025 is HK-dir; Kompetanse Norge does
  not report in this batch, so no HK-dir row "continues".

## Judgement calls (tiltak identity)

1. **A member describing only its own part of a national measure is the same tiltak**: LO's and NHO's
   "Kompetansepluss arbeid" (T19), Fagforbundet's part in the health/care programme (LO 2022, T04),
   HK Norge's part in the retail programme (LO 2022, T06), Tekna/NTNU's offer funded by the flexible-offers
   grant (Akademikerne 2019, T07), HK-dir's KBU secretariat (T01), Vestland adopting the national quality
   framework (T24), study associations as providers in the FVO trial (VOFO 2019, T18), NAV's part in
   Menn i helse (AID 2023, T40), members "following" or giving input to the expert committee (YS 2020, T50),
   NHO/YS/Innlandet on Utdanningsløftet 2020 (T48).
2. **Counties running the same national arrangement share the tiltak**: Fagbrev på jobb (T15), the modular
   VET trial (T17) and BIO after its transfer to the counties in 2020 (T34; one scheme with common rules,
   administered by each county). By contrast each county's **own** plan/strategy (T29, T30, T31), career
   centre (T27, T28, T70), forum (T32) and the Vestland regional "bransjeprogram" (T69) are separate tiltak.
3. **Renamed schemes stay the same tiltak**: Kompetansepluss arbeid/frivillighet → Kompetanseprogrammet's two
   strands (T19, T20); "fleksible videreutdanningstilbud i digital kompetanse" → "fleksible utdanningstilbud"
   (T07); FVO → "forberedende opplæring for voksne" (T18); Sogn og Fjordane-modellen → Vestlandsmodellen
   (T38); reform of the introduction programme → integreringsloven in force 2021 (T37, also reported by AID
   after the ministry change); the KD white-paper work in 2019 and its follow-up in 2021 (T49).
4. **New agreement = new tiltak**: Samfunnskontrakten 2016–2020 (T10) and the separately signed contract
   2022–2026 (T11) are kept apart. The IA agreement 2019–2022 and its extension to 2024 are one tiltak (T08);
   the IA-bransjeprogram for hospitals (T09) is a separate programme under it, even though several reports
   mention "bransjeprogrammene" inside their IA rows.
5. **Events**: Spekter's annual Møteplass lærebedrifter is one recurring tiltak (T12, 2019 and 2024); one-off
   events are separate (T13 in 2019, T14 in 2024; LO's KBU seminar T02 is not KBU).
6. **Measure vs evaluation / campaign / input about it** are separate: T20 vs T22 and T68, T35 vs T36,
   T40 vs T41, T19 vs T23, T49 vs T51.
7. **Same words, different tiltak**: "Lære hele livet" is both the white paper (T49) and the expert
   committee's NOU (T50); "Kompetanseprogrammet" has two strands for different target groups (T19/T20);
   "bransjeprogram" is used for the competence scheme (T03–T06), for IA (T09) and for Vestland's own
   regional programme (T69).
8. **Umbrella vs single programme**: rows about the branch-programme scheme as a whole are T03
   (KD "Treparts bransjeprogram …", LO "Trepartssamarbeid om bransjeprogram", NHO "Bransjeprogrammene",
   Virke "Trepartsprogrammene …", HK-dir "Bransjeprogrammene – forvaltning av tilskuddet"); rows about one
   branch are T04/T05/T06.
9. VOFO 2023 "VOFO i regionale kompetanseforum" is read as the continuation of VOFO 2019 "Styrking av VOFOs
   regionale tilstedeværelse" (T33: same VOFO activity, reworded after the regional reform), but not as the
   same tiltak as Trøndelag's own Kompetanseforum (T32).
10. Vestland fylkeskommune (created 2020) is the reporter for both Vestland reports; the Sogn og Fjordane
   model appears in the 2021 title, renamed in 2024 (continues), and AID's IMDi grant "inspired by" it is
   a different tiltak (T39).
"""


def write(here):
    exp = json.load(open(os.path.join(here, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(here, "near_misses.json"), encoding="utf-8"))
    rows = [(f, m) for f, r in exp.items() for m in r["measures"]]
    by_id = collections.defaultdict(list)
    for f, m in rows:
        by_id[m["tiltak_id"]].append((exp[f]["reporter"], f))
    multi_rows = sum(1 for v in by_id.values() if len(v) > 1)
    multi_rep = sum(1 for v in by_id.values() if len({r for r, _ in v}) > 1)
    reps = {r.file: r for r in ALL}
    fmt = collections.Counter(os.path.splitext(f)[1] for f in exp)
    L = ["# match13 – blind test batch: NKPS follow-up reports, focus on matching", "",
         "Generated by `make_batch.py` (run with `/work/blind/.venvm2/bin/python make_batch.py`); checked by "
         "`src/verify.py`. Content lives in `src/data_*.py`, layouts in `src/tpl_*.py`.", "",
         "## Counts", "",
         "| what | count |", "| --- | --- |",
         "| files | %d (%d .docx, %d .pdf) |" % (len(exp), fmt[".docx"], fmt[".pdf"]),
         "| reporters | %d |" % len({r["reporter"] for r in exp.values()}),
         "| report years | %s |" % ", ".join(str(y) for y in sorted({r["report_year"] for r in exp.values()})),
         "| measure rows | %d |" % len(rows),
         "| distinct tiltak | %d |" % len(by_id),
         "| tiltak reported more than once | %d |" % multi_rows,
         "| tiltak reported by more than one reporter | %d |" % multi_rep,
         "| rows with continues = true | %d |" % sum(m["continues"] for _, m in rows),
         "| near-miss pairs | %d |" % len(nm),
         "| templates | %d (one per file) |" % len({r.template for r in ALL}), "",
         "The distinct-tiltak count is somewhat above the ~60 asked for: many single-reporter measures are kept "
         "because they are the other half of a near-miss pair. Scratch files (intermediate .docx for the "
         "LibreOffice PDFs) are written to `.build/` and removed at the end of the run.", ""]
    L += ["## Files", "", "| file | reporter | year | rows | template |", "| --- | --- | --- | --- | --- |"]
    for f in sorted(exp, key=lambda x: (exp[x]["report_year"], x)):
        L.append("| %s | %s | %d | %d | %s: %s |" % (f, exp[f]["reporter"], exp[f]["report_year"],
                                                    len(exp[f]["measures"]), reps[f].template, reps[f].label.replace("|", "\\|")))
    L.append(STATIC)
    L += ["## Tiltak catalogue", "", "| id | tiltak | rows | reporters |", "| --- | --- | --- | --- |"]
    for tid in sorted(by_id):
        reporters = sorted({r for r, _ in by_id[tid]})
        L.append("| %s | %s | %d | %s |" % (tid, NAMES[tid], len(by_id[tid]), ", ".join(reporters)))
    L += ["", "## Near misses", "", "`near_misses.json` lists %d pairs; each has a `why`. They include two unions' own "
          "shop-steward courses, two counties' plans, career centres and forums, umbrella scheme vs single branch "
          "programmes, the 2016 vs 2022 Samfunnskontrakt, conferences in different years, measures vs their "
          "evaluation or information campaign, same programme name with a different target group, and "
          "look-alike surveys (NHO barometer, KS monitor, HK-dir survey, NAV survey)." % len(nm), ""]
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
