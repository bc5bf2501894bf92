# -*- coding: utf-8 -*-
import json, collections
import data
B = "/work/blind/match54"
exp = json.load(open(f"{B}/expected.json")); near = json.load(open(f"{B}/near_misses.json"))
rows = [(f, m) for f in exp for m in exp[f]["measures"]]
byid = collections.defaultdict(list)
for f, m in rows: byid[m["tiltak_id"]].append(exp[f]["reporter"])
nyn = [f for f in exp if exp[f]["reporter"] in ("Møre og Romsdal fylkeskommune", "Vestland fylkeskommune", "Trøndelag fylkeskommune")]
L = ["# match54 – the council's own reporting template, filled in by many members", "",
     "Blind test batch for the NKPS report reader. Every file in this folder except README.md, expected.json and near_misses.json is a report.",
     "Generator scripts (data.py = ground truth data, render.py = layouts, truth.py = expected.json/near_misses.json, readme.py, check.py) are kept in /work/blind/match54_build.", "",
     "## Counts", "", "| what | count |", "| --- | --- |",
     f"| files | {len(exp)} ({sum(f.endswith('.docx') for f in exp)} .docx, {sum(f.endswith('.pdf') for f in exp)} .pdf, of which {sum('LibreOffice' in data.FILES[f]['made'] for f in exp)} rendered by LibreOffice from .docx) |",
     f"| reporters | {len({e['reporter'] for e in exp.values()})} |",
     f"| years | {', '.join(str(y) for y in sorted({e['report_year'] for e in exp.values()}))} |",
     f"| nynorsk reports | {len(nyn)} |", f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(byid)} |",
     f"| tiltak reported in more than one row | {sum(len(v) > 1 for v in byid.values())} |",
     f"| tiltak reported by more than one reporter | {sum(len(set(v)) > 1 for v in byid.values())} |",
     f"| continues=true rows | {sum(m['continues'] for f, m in rows)} |",
     f"| near-miss pairs | {len(near)} (from {len(data.NEAR_GROUPS)} groups) |", "",
     "## Files", "", "| file | reporter | year | made with | layout | rows |", "| --- | --- | --- | --- | --- | --- |"]
for f, F in data.FILES.items():
    L.append(f"| {f} | {F['reporter']} | {F['year']} | {F['made']} | {F['layout']} | {len(F['rows'])} |")
L += ["", "## Conventions", "",
"- **Title**: the text in the title field ('Navn på tiltak', 'Namn på tiltak', 'Hva heter tiltaket?', 'TILTAK', 'Tiltak:', a heading, or the Tiltak column) exactly as printed, without list numbers, 'Tiltak 3 –' prefixes or the 'a) '/'b) ' markers of forms that hold two measures. Suffixes the member wrote into the title ('– videreført', '(videreført)', '– fortsatt', '– oppfølging') are part of the title.",
"- **Delmål**: new codes, sorted. Tick boxes: only ☒ (or the typed 'X' in Spekter 2022) count; ☐ and the guidance text ('Sett kryss i boksen (☒) …') do not. 2017 old numbers map n → n-th delmål (Spekter 2017 'nr 4 og 7' → 1.4, 2.3; LO 2017 'nr. 6 og 8' → 2.2, 2.4). Words are mapped to the delmål whose short text they quote (Unio 2019, Trøndelag 2024). A section heading 'Delmål: …' (Trøndelag) or a delmål cell printed once / merged over several rows (Regjeringen 2018 and 2023) applies to every row below it. 'A og B' in Unio 2019 row 4 names two delmål in words. YS 'delmål 2.1 og 2.2' → both.",
"- **Type**: mapped to the six types: 'Forskning og utvikling', 'Utredning', 'Rapport' → FoU; 'Kurs', 'Opplæring', 'Utdanning' → Kurs/utdanning; 'Råd / utvalg', 'Råd', 'Utvalg', 'Nettverk', 'Partnarskap' → Råd/utvalg/nettverk; 'Workshop' → Arrangement; 'Avtale', 'Avtale/kontrakt', 'Samfunnskontrakt', 'Regionreform', 'Reform', 'Plan', 'Regional plan', 'Strategi', 'Politisk påvirkning', 'Politisk innspill', 'Lov/forskrift', 'Forvaltning' → Annet. A type left wrong in a copied form (Akademikerne 2020 'Bistå medlemmer …' printed 'FoU') is kept as printed. Guidance lists of type names are not a type.",
"- **Responsible**: the 'Ansvarlig' value as printed, even when it is another body than the reporter (e.g. 'UH' for RSA, 'KD' for SRY, 'Kompetanse Norge' / 'HK-dir' for Kompetansepluss). Joint responsibility stays one string ('Spekter og LO Stat', 'Akademikerne/Econa', 'LO/NNN', 'Partene'). In the two-measure forms the shared Ansvarlig printed once applies to both rows.",
"- **Partners**: split on commas and the final ' og '. Names that contain 'og' are kept whole: 'Handel og Kontor', 'Handel og Kontor Norge', 'NHO Mat og drikke'; when such a name comes last the office wrote the list with commas only. A lone 'Handel og Kontor' is one partner. '–', 'ingen' or an empty cell → []. 'næringsliv/klynger' is one partner. YS' prose 'Samarbeidspartnere er A og B.' is split the same way.",
"- **Period**: the 'Tidsrom'/'Når'/'Periode'/'TID'/'Varighet'/'Tidspunkt og varighet' value as printed, without a trailing full stop (Spekter 2017, YS 2019).",
"- **Description**: the 'Beskrivelse/status', 'Status', 'Skildring', 'Kort omtale', 'OM TILTAKET' text or, in narrative files, the paragraph under the measure; null in the two Regjeringen matrices that have no description column. Extra rows the members added ('Kontaktperson', 'Budsjett', 'Resultater', 'Endring fra forrige rapport', LO 2021's 'Kommentar' column) are not part of any field.",
"- **Not measures**: overview lists that repeat titles (Spekter 2017 'Rapporteringspunkter', HK-dir 2022 contents), empty forms left at the end (KS 2018, Virke 2025), statistics and count tables, meeting lists, contact lines, greetings and letterheads.",
"- **tiltak_id**: one id per real-world measure across members and years: e.g. `kbu` (Kompetansebehovsutvalget), `sry` (SRY / Samarbeidsrådet for yrkesopplæring), `rsa`, `bransjeprogram` (the national bransjeprogram scheme, whichever branch a member names), `kplus` (Kompetansepluss arbeid/frivillighet, merged into one scheme in 2022), `samfunnskontrakt` (2016–2020 and the renewed 2022–2026 contract are treated as one running measure), `fagbrev_paa_jobb`, `nforum_karriere`, `yrkesfagenes_aar`, `fleksible_digital`. Virke's own application 'Bransjeprogram för varehandelen' is a separate id (`virke_hk_bransjeprogram`).".replace("för", "for"),
"- **continues**: true when the same reporter already reported the same tiltak_id in an earlier year of this batch (e.g. KS 2021, LO 2021, Spekter 2022, Regjeringen 2023, NHO 2024, Virke 2025, Unio 2026 rows).",
"- **near_misses.json**: pairs of rows with different tiltak_id inside groups of look-alikes (tillitsvalgtskolering of LO/YS/Unio, regional strategies and forums of three counties, county career centres, KS' and Akademikerne's FoU reports, NHO's commissioned reports, Virke's studies, fagbrev schemes for adults, councils with UH, EVU committee vs. reform, Spekter's own events …). For a tiltak reported in several rows, at most its first two rows are paired.",
]
open(f"{B}/README.md", "w").write("\n".join(L) + "\n")
