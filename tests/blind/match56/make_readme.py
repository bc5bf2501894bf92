# -*- coding: utf-8 -*-
import json, os
from data import FILES
c = json.load(open("/work/blind/match56_build/out/counts.json"))
L = ["# Batch match56 – blind test material (emphasis: fields told every way a member might)", "",
     "Made blind (nothing under /work/main was read). Generators, templates and check.py are in "
     "`/work/blind/match56_build/` (data.py = data, templates.py + render.py = rendering, build.py, check.py, "
     "make_readme.py). `check.py` passes: every ground-truth title, responsible, partner, period, description, "
     "printed type word and delmål evidence is found in the text extracted with pdfplumber / python-docx.", "",
     "## Counts", "", "| what | n |", "|---|---|",
     f"| files | {c['files']} ({c['docx']} .docx, {c['pdf']} .pdf with text layer; 4 PDFs rendered by LibreOffice from .docx) |",
     f"| reporters | {c['reporters']} |", f"| years | {c['years']} |",
     f"| nynorsk reports | {c['nynorsk']} (Møre og Romsdal 2019, Vestland 2021) |",
     f"| measure rows | {c['measure_rows']} |", f"| distinct tiltak | {c['distinct_tiltak']} |",
     f"| tiltak reported in more than one row | {c['tiltak_in_more_than_one_row']} |",
     f"| tiltak reported by more than one reporter | {c['tiltak_by_more_than_one_reporter']} |",
     f"| continues=true rows | {c['continues_true']} |", f"| near-miss pairs | {c['near_miss_pairs']} (22 groups) |", "",
     "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
for f in FILES:
    L.append(f"| {f['name']} | {f['reporter']} | {f['year']} | {f['made']} | {f['layout']} | {len(f['measures'])} |")
L += ["", "## Conventions", "",
      "**Title.** Exactly as printed, without list numbers ('1.', 'R3', 'Tiltak 2:', 'Skjema 4'), footnote "
      "markers (Virke 2019 superscripts) or status labels printed on a separate line ('Status: videreført'). Words that "
      "are part of the printed title itself are kept ('… (videreført)', '… – fortsatt', '…, videreføring', "
      "'Oppfølging av …'). In Trøndelag 2024 the bold run-in title ends with a period that is not part of the title. "
      "In Unio 2026 every title is printed twice (matrix and detail table): one row per measure. In the Spekter 2017 "
      "report the title is the one in the list 'Rapporteringspunkter' and repeated identically in each form.", "",
      "**Delmål.** Always converted to sorted new codes. Codes: '2.3', 'delmål 2.3', '2.3 og 3.1', '2.3/3.1', "
      "'1.4 / 2.2', '3.5, 3.1' as listed. Ranges 'a–b' are expanded inclusively ('3.1–3.3' → 3.1, 3.2, 3.3; "
      "'Delmål 2.1–2.4' → 2.1, 2.2, 2.3, 2.4). 'alle delmål under hovedmål 2' → 2.1–2.6. Old numbers 1–16 "
      "(Spekter 2017 'Relasjon til NKPS tiltak nr …', LO 2017 column 'NKPS-tiltak nr.', NHO 2018 'tiltak 4 og 7' / "
      "'pkt. 9') → n-th delmål (1–4 → 1.1–1.4, 5–10 → 2.1–2.6, 11–16 → 3.1–3.6). Tick-box matrices (☒/☐ in "
      "Regjeringen 2018 table B, linked to table A by the row id R1…R9; 'X' under 'Hovudmål 1/2/3' in Møre og "
      "Romsdal 2019; lowercase 'x' in Unio 2026; '✓ 2.1' inside the Hovedmål columns of Spekter 2022) → every "
      "ticked column. Legend letters (YS 2020: '[b, c]' with 'b) = delmål 2.1') → resolved codes. Words only "
      "(Akademikerne 2020 gives the delmål text; VOFO 2018 gives it once per section as 'Delmålet: …') → the "
      "code of the delmål whose text it is, applied to every measure in that section. Trøndelag 2024 gives codes "
      "once per section heading; every measure in the section gets all of them. Regjeringen 2021 gives one "
      "merged 'Delmål' cell per group; every row under it gets that code. Count rows ('Sum', 'Sum per delmål', "
      "'Antall') are not measures.", "",
      "**Type.** Mapped to the six categories (or Annet) from the printed word; when several words are given the "
      "first one decides ('kampanje og nettside' → Informasjon, 'kurs og studietilbud' → Kurs/utdanning, "
      "'informasjon og rettleiing' → Informasjon, 'informasjon/kampanje' → Informasjon). Mapping used: "
      "utvalg/råd/rådsarbeid/nettverk/styringsgruppe/sekretariat/forum → Råd/utvalg/nettverk; kurs/opplæring/"
      "utdanning/studietilbud/studietilbod/intern opplæring/kurs/program/kurs (AMO) → Kurs/utdanning; "
      "prosjekt/pilot/forsøk/prosjekt/pilot → Prosjekt; rapport/studie/litteraturstudie/utredning/kartlegging/"
      "undersøkelse/evaluering/forskningsorgan/FoU (rapport) → FoU; informasjon/kampanje/nettside/rådgivning/"
      "veiledning/informasjon → Informasjon; konferanse/seminar/webinar/workshop/frokostmøter → Arrangement; "
      "høring/høringsinnspill/innspill/plan/avtaler/tilskudd/tilskotsordning/regionreform/forenkling → Annet. "
      "Spekter 2017 prints no type: type = null.", "",
      "**Responsible.** As printed. 'Vi' / 'vi' (Virke 2019, Virke 2025 'Hvem: Vi, sammen med …') is resolved to the "
      "reporter's own printed name ('Virke'). Role lines 'Leder: KD; deltakere: LO, NHO' → responsible KD, partners "
      "LO, NHO. 'X (ansvarlig); med Y, Z' → X / [Y, Z]. 'Ansvarlig / samarbeid: X / Y, Z' → X / [Y, Z]. In "
      "sentences ('Spekter står bak tiltaket med Kompetanse Norge som bidragsyter', 'KD leder utvalget. NHO deltar', "
      "'KD er ansvarlig, i samarbeid med …', 'Tiltaket ledes av KD. Virke deltar sammen med Handel og Kontor') the "
      "actor said to lead/own the measure is responsible, the others are partners. Joint names like "
      "'LO/Fellesforbundet', 'Akademikerne/Econa', 'LO/NNN' are kept whole.", "",
      "**Partners.** As printed, split on commas and a final 'og'; a phrase 'i samarbeid med A og B' / 'sammen "
      "med A' / 'Med: A, B' / 'Medlemmer: …' / 'deltakere: …' gives the list; '–' or an empty cell → []. When a "
      "participant lists itself among the members/deltakere of a body led by someone else (LO in KBU, YS in SRY) "
      "it is a partner.", "",
      "**Period.** As printed, verbatim ('2019–', 'fra høsten 2020', 'ut 2022', 'løpende', 'Q3 2021', '2018/2019', "
      "'vår 2024', 'frå hausten 2019', '1. januar 2018 – ut 2019', 'En dags varighet i september 2017', 'årlig'), "
      "without the trailing sentence period and without the Word list number that leaks into Spekter 2017's "
      "'Tidspunkt og varighet' ('9. En dags varighet …' → 'En dags varighet i september 2017').", "",
      "**Description.** The free-text description as printed (labels 'Beskrivelse', 'Skildring' dropped); null when "
      "the template has no description. In Virke 2019 the prose paragraph starts with a sentence naming who does "
      "the measure with whom ('Vi gjennomfører tiltaket i samarbeid med …', 'Tiltaket ledes av KD …'); that "
      "sentence is treated as the responsible/partner field and the description is the rest of the paragraph. In "
      "Trøndelag 2024 the description is the text after the bold run-in title. In Virke 2025 it is the last line of "
      "the right-hand cell after 'Når:'.", "",
      "**Same measure (tiltak_id).** Shared bodies and schemes are one tiltak across members and years: KBU "
      "(incl. HK-dir's 'Sekretariat for Kompetansebehovsutvalget'), SRY (also written 'SRY' alone), RSA, UHR's "
      "fagstrategiske enheter, Nasjonalt forum for karriereveiledning, the ekspertutvalg for EVU (incl. the "
      "government's 'Oppfølging av ekspertutvalget …'), fleksible videreutdanningstilbud (incl. YS's seat in its "
      "styringsgruppe), the modulforsøk (incl. Trøndelag's participation), each branch programme separately "
      "(industri/bygg, varehandel, spesialisthelsetjenesten are three different tiltak). continues=true when the "
      "same reporter reported the same tiltak_id in an earlier year of this batch.", "",
      "**Near misses.** Pairs of rows from 22 groups of look-alike but different measures: the unions' own "
      "tillitsvalgt courses, the three counties' forums and plans, the three branch programmes, barometers/"
      "surveys, webinars, digital-leadership courses, BIO measures (state transfer vs county schemes vs NAV "
      "cooperation), career-guidance measures, Unio's two reports, Virke's 2019 and 2025 conferences, Spekter's "
      "two 2017 conferences, KBU vs Unio's input to a KBU report, etc. Every pair across two different tiltak_id "
      "in a group is listed.", ""]
open("/work/blind/match56/README.md", "w").write("\n".join(L))
print("ok")
