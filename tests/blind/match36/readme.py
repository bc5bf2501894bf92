# -*- coding: utf-8 -*-
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alldata import FILES
from groups import NEAR
OUT = os.path.dirname(os.path.abspath(__file__))
e = json.load(open(os.path.join(OUT, "expected.json")))
nm = json.load(open(os.path.join(OUT, "near_misses.json")))
rows = [(fn, m) for fn, v in e.items() for m in v["measures"]]
ids = {}
for fn, m in rows:
    ids.setdefault(m["tiltak_id"], []).append((fn, m))
rep = {k: {e[fn]["reporter"] for fn, _ in v} for k, v in ids.items()}
NN = ["2018_MoreogRomsdal_tiltaksark.docx", "2020_Vestland_rapport.pdf", "2025_Vestland_rapport.docx"]
L = ["# Blind test batch match36", "",
     "Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth – **ordinary reports** as members' office staff send them "
     "(letters, Word reports on letterheads, pasted Excel tables, filled-in forms, memos, annual-report chapters), each in a layout not used in earlier batches. "
     "Rebuild: `/work/blind/.venv36/bin/python make_batch.py` (python-docx 1.2, reportlab, pdfplumber). All content is in `data_a.py`…`data_e.py` "
     "(one structure, FILES, joined in `alldata.py`), near-miss groups in `groups.py`; `render_*.py` only render it; `ground_truth.py` writes "
     "`expected.json` and `near_misses.json`; `verify.py` re-opens every file and checks the titles and descriptions are in the text; `readme.py` writes this file.", "",
     "## Counts", "", "| item | n |", "|---|---|",
     f"| report files | {len(e)} ({sum(f.endswith('.docx') for f in e)} .docx, {sum(f.endswith('.pdf') for f in e)} .pdf) |",
     f"| reporters | {len({v['reporter'] for v in e.values()})} |",
     f"| report years | {', '.join(str(y) for y in sorted({v['report_year'] for v in e.values()}))} |",
     f"| nynorsk reports | {len(NN)} |",
     f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(ids)} |",
     f"| tiltak reported in more than one row | {sum(len(v) > 1 for v in ids.values())} |",
     f"| tiltak reported by more than one reporter | {sum(len(r) > 1 for r in rep.values())} |",
     f"| rows with continues=true | {sum(m['continues'] for _, m in rows)} |",
     f"| near-miss pairs | {len(nm)} |", "",
     "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
for f in FILES:
    mw = "reportlab" if f["fmt"] == "pdf" else ("python-docx + w:sdt" if "Virke" in f["file"] else "python-docx")
    L.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {mw} | `{f['layout']}`: {f['layout_desc']} | {len(f['measures'])} |")
L += ["", "## Conventions", "",
"- **title**: exactly as printed, without list numbers, ids or labels: Spekter 2017 without 'Tiltak n:'; NHO 2018 without the section number '2.n'; "
"LO 2017 without the bracketed type '(kurs)' after the title; Regjeringen 2019 the italic text between the bold 'KD:' and the full stop; "
"Regjeringen 2024 the bold run-in before the colon; Vestland 2025 the bold text before the colon; HK-dir 2023 without the 'HK-23-nn' id; "
"Nordland 2026 without the typed '(også 2.3)' / '(også 3.1)'; Virke 2021 the value of 'Navn på tiltaket'; LO 2021 one bullet of a multi-measure cell. "
"Titles that wrap inside narrow table cells are joined with a space.",
"- **delmal**: sorted codes. 2017 files print old NKPS numbers (Spekter '(1) Nr. 4 og 7 – …', LO 'Nr. i strategien' column), mapped n → n-th delmål. "
"Akademikerne 2019 prints '2.2 (tidl. nr. 6)' (the old number is redundant). M&R 2018 and Vestland 2025 give only nynorsk wording; Virke 2021 "
"gives 'code + wording' from a drop-down; Spekter 2022 a sentence 'Tiltaket følger opp delmål 1.4 og 2.3.'; Vestland 2025 names a second goal only "
"in the bullet's prose ('Det bidreg òg til målet om å …'); Regjeringen 2019 places a measure under its first delmål heading and names the others as "
"'også delmål …' in the closing bracket; LO 2021 puts a measure in the row of its first code and writes '(se 1.4)' in the other code's row; "
"Nordland 2026 the merged Delmål cell plus '(også …)'; YS 2024 'NKPS 2.2' / '1.4 + 2.3'; NHO 2023 '1.4; 2.3'; KS 2020 the LAST column; "
"Regjeringen 2024 only in the footnotes. Section numbers (NHO 2018 '2.n', HK-dir ids) are not delmål.",
"- **type**: canonical six-way type. Printed words that are none of the five → `Annet` (avtale, forsøk, utviklingsarbeid, ordning, tilskudd, "
"program, strategi, tjeneste/teneste, plan, veileder, samarbeid, undersøkelse(r), stipend, kampanje, plattform, informasjon, tilskot, tilskuddsforvaltning). "
"'Råd', 'Utvalg', 'Nettverk', 'Råd og utvalg', 'Råd/utvalg' → Råd/utvalg/nettverk; 'Kurs', 'Kurs og opplæring', 'Opplæring', 'Utdanning', "
"'Utdanningstilbod' → Kurs/utdanning; 'konferanse' → Arrangement; 'Prosjekter' → Prosjekt; NHO 2018 'Undersøkelse (FoU)' → FoU. "
"YS 2018 prints no type column: the type is the group row the measure stands under. KS 2026 uses 'Virkemiddel'/'Hva slags' as label for type.",
"- **responsible / partners**: as printed; partners split on ', ' (HK-dir 2023 on ' / '). Where a member reports its seat in a body owned by someone "
"else (KBU, SRY, RSA, forums), the printed owner (KD, Universiteter og høyskoler, Kompetanse Norge/HK-dir) is responsible and the member a partner. "
"LO 2017 'Hvem' holds only the responsible when there are no partners; Spekter 2017 answer (2) 'X; samarbeid med a, b'. Contact persons "
"(Spekter 2017 box, Spekter 2022 'Kontaktperson:', Virke 2021 'Utfylt av') are not partners. Empty or placeholder fields ('Klikk eller trykk her …', "
"'Velg et element.') → [] / no second delmål.",
"- **period / description** as printed. Description sources: Spekter 2017 answer (3); LO 2017 'Hva og når' without the 'Når:' line; M&R 2018 'Kva skal gjerast' "
"(not 'Bakgrunn'); Akademikerne 'Innhold'; NAV 'Innhold'; Vestland 2020 the merged 'Skildring:' row without the label; LO 2021 the 'Kommentarer til "
"tiltakene' list; Spekter 2022 'Om tiltaket:' (not 'Resultat 2022'); Regjeringen 2024 the text after the colon (without the footnote mark); "
"Vestland 2025 the text after the colon up to the fact sentence; VOFO 2025 the text after '[NKPS]'; KS 2026 the 'Kort:'/'Om:' sub-bullet; "
"Nordland 2026 the 'Utdyping' paragraph.",
"- **Not measures**: Spekter 2017 the question legend and contact box; LO 2017 the row 'Kommer i 2018' (planned, not started) and the letter text; "
"NHO 2018 '1 Innledning', the footnote and the '3 Oppsummering' count table; M&R 2018 the 'Innhald' list and 'Bakgrunn' sections; YS 2018 group rows, "
"'I alt 6 tiltak', legend; Regjeringen 2019 'Innledning', 'Ingen nye tiltak i 2019.' headings, 'Videre arbeid'; Akademikerne 2019 'Merknad' column and "
"'Møter i Kompetansepolitisk råd 2019'; NAV 2019 'Kort om NAVs rolle', empty row, 'Sum deltakere', 'Kontakt'; Vestland 2020 empty record 7, "
"'Sist oppdatert', 'Merknad'; KS 2020 chapters 1–3 (measures named in passing) and the 'Kommuneeksempel' box; LO 2021 '(se …)' cross-references; "
"Virke 2021 'Veiledning' and sender line; Spekter 2022 'Innledning', 'Resultat 2022' bullets, 'Andre møter og fora'; Unio 2022 the two measures under "
"'Planlagt – ikke startet'; HK-dir 2023 'Om tabellen', the 'Oppdrag fra tildelingsbrevet som ikke er NKPS-tiltak' row and its two rows, the "
"'Rapporteres også av' column; NHO 2023 subtotal rows 'n.n Antall' and 'Totalt antall'; Regjeringen 2024 'Bakgrunn', 'Budsjett', footnote 1; "
"YS 2024 empty rows and 'Tiltak vi ikke lenger rapporterer'; Vestland 2025 'Samandrag', 'Bakgrunn', 'Tiltak vi har avslutta', 'Møte i 2025'; "
"VOFO 2025 the statistics table and bold lead-in paragraphs without '[NKPS]' (Kurs for kursledere, Høringsuttalelser, Nordisk samarbeid); "
"KS 2026 'Ikke videreført' (Bli lærling i kommunen) and 'Møter KS deltok i'; Nordland 2026 the 'Totalt' row.",
"- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year. A member's own marking does not decide it.", "",
"## Identity judgements", "",
"1. **A seat in a shared body is the body**: 'LOs plass i Kompetansebehovsutvalget', 'NHO i KBU', 'Akademikernes deltakelse i KBU' and HK-dir's "
"'Sekretariat for Kompetansebehovsutvalget' are all T01 (KBU); SRY rows of LO, NHO, YS, Spekter are T02; RSA rows of Akademikerne, Virke, Unio are T03; "
"the forum for career guidance (NAV, KS, HK-dir as secretariat) is T14; the hospital tripartite cooperation (LO, Spekter, Unio) is T19; "
"the EVU expert committee and a member's seat in its reference group are T11.",
"2. **A new period is a new tiltak**: Samfunnskontrakten 2016–2020 (T04) ≠ Samfunnskontrakt … kvalifisert arbeidskraft 2022–2026 (T05); "
"Kompetanseløft 2020 (T15) ≠ Kompetanseløft 2025 (T16); Vestland's handlingsprogram 2020–2021 (W3) ≠ regional plan 2025–2028 (W7); "
"NOKUT's 2019 pilot (R3) ≠ the 2024 statutory scheme (R4). A pilot is not the permanent scheme: 'Forsøk med fagbrev på jobb' (P1) ≠ 'Fagbrev på jobb' (T06).",
"3. **Renamed measures keep their id**: Kompetansepluss → Kompetanseprogrammet (T09, also VOFO's 'frivillighetsdelen'); 'Tilskudd til fleksible "
"videreutdanningstilbud i digital kompetanse' → 'Tilskuddsordning for fleksible utdanningstilbud (tidligere …)' (T17); 'Nasjonal digital "
"karriereveiledningstjeneste' = 'karriereveiledning.no – drift og videreutvikling' = NAV's contribution to it (T12); Spekter's 'Søkekonferanse om "
"KompetansePluss arbeid' → 'Informasjonsmøte om Kompetanseprogrammet (tidligere KompetansePluss)' (S2); YS-skolen's course renamed 'Kompetanse og "
"omstilling' (Y2); 'Kompetanseforum Vestland' → 'Kompetansepartnarskapet Vestland (tidlegare …)' (W2); 'Balansekunst' and the partners' model for "
"assessing competence from working life in all its phases (T22).",
"4. **Bransjeprogram**: every member's own programme (industri og bygg, varehandel, kommunal helse og omsorg) is reported as its part of the one "
"tripartite scheme T07; the evaluation commissioned by HK-dir and reported by Regjeringen is T08 (a near-miss of T07).",
"5. **National scheme vs a county's own measure**: the counties' fagbrev offers (M4, W4), BIO funds (W8, D3), decentralised offers (W5, D4), career "
"centres (M1, W1, D1) and Vestland's roll-out of the quality framework (W6) are separate tiltak from the national ones and from each other.",
"6. **Recurring series of one reporter** continue (Spekter's Møteplass lærebedrifter and HR network, NHO's barometer, YS' barometer and stipend, "
"KS' Menn i helse and veileder, LO's tillitsvalgt course 'digitalt').", "",
"## Same-tiltak groups (generated)", ""]
for k in sorted(ids):
    v = ids[k]
    if len(v) < 2:
        continue
    L.append(f"- **{k}**: " + "; ".join(f"{e[fn]['reporter']} {e[fn]['report_year']} «{m['title']}»" + (" (cont.)" if m["continues"] else "") for fn, m in v))
L += ["", "## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)", ""]
for name, g, why in NEAR:
    L.append(f"- {name}: {', '.join(g)} – {why}.")
open(os.path.join(OUT, "README.md"), "w").write("\n".join(L) + "\n")
print("README", len(L))
