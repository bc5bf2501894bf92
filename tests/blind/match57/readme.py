# -*- coding: utf-8 -*-
import json
from data import FILES
from check import main
c, ok = main()
exp = json.load(open("/work/blind/match57/expected.json"))
L = ["# Batch match57 – false friends and true duplicates", "",
     "Blind test batch of NKPS follow-up reports. Ground truth: `expected.json`, `near_misses.json`. Generator, data and "
     "`check.py` live outside this folder in `/work/blind/match57_build` (data.py = content, render.py = layouts, gt.py = ground truth).", "",
     "## Counts", "", "| what | count |", "|---|---|"]
L += [f"| {k} | {v} |" for k, v in c.items()]
L += ["", "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
for f in FILES:
    L.append(f"| {f['name']} | {f['reporter']} | {f['year']} | {f['made']} | {f['layout']}{' (nynorsk)' if f['nynorsk'] else ''} | {len(f['measures'])} |")
L += ["", "## Conventions", "",
"- **Title**: the measure's name exactly as printed, without list numbers ('1.', '4.2', '1)', 'Tiltak nr. 3', 'Skjema 2'), "
"labels ('Tiltak:', 'Navn på tiltak') or a trailing full stop. In the Trøndelag report the chapter numbers 4.1–4.6 are section numbers, "
"not delmål; the delmål is the bracketed '(delmål x.y)' which is not part of the title. In Spekter 2017 the summary list "
"'Rapporteringspunkter' and the form repeat the same measures: each measure is one row (document order = form order). "
"In Akademikerne 2019 the closing 'Publisert i 2019' list repeats report titles without fields: not extra rows.",
"- **Delmål**: always converted to new codes, sorted. Old 2017 numbers 'nr 12', '4 og 7', '13 og 14' map n → n-th delmål "
"(1–4 → 1.1–1.4, 5–10 → 2.1–2.6, 11–16 → 3.1–3.6). Words only (KS 2018, Regjeringen 2024) are mapped to the delmål whose "
"text they quote. A section heading ('Delmål 3.2 – …' in VOFO, delmål-word headings in Regjeringen 2024) applies to every measure under it. "
"In Regjeringen 2020 'Bransjeprogram for kompetanseutvikling' is printed only under 2.1 and gets ['2.1'].",
"- **Type**: mapped to the six types when the printed word clearly is one ('Kurs' → Kurs/utdanning, 'Forskning og utvikling', "
"'Spørreundersøkelse (FoU)', 'Undersøkelse', 'Rapport' → FoU, 'Konferanse' → Arrangement, 'Kampanje' → Informasjon, 'Nettverk', 'Forum', "
"'Utvalg', 'Arbeidsgruppe', 'Styringsgruppe', 'Avtale/nettverk' → Råd/utvalg/nettverk, 'Lederprogram', 'Tilskudd/kurs' → Kurs/utdanning). "
"Words that fit none ('Plan', 'Strategi', 'Reform', 'Avtale', 'Tenestetilbod', 'Rettleiing', "
"'Tilskuddsordning', 'Forvaltning') → 'Annet'. Where the template has no type at all (Spekter 2017, LO 2017, YS 2018, Regjeringen 2024) → null. "
"Note the inconsistency kept on purpose: Trøndelag's 'Veiledning' is Annet (fylkeskommune's service, same as the nynorsk 'Rettleiing'), "
"while HK-dir's 'Informasjon' for the digital service is Informasjon.",
"- **Responsible**: as printed in the responsible field/column ('Ansvarlig', 'Ansvar', 'Ansvarleg', 'Hvem' before ', sammen med'). "
"In Spekter 2017 it is the subject of the sentence in '2. Ansvarlig og samarbeidspartnere' ('HOSPEEM', 'LO og Spekter'). "
"Where the layout has no responsible column (YS 2018, KS 2019, Unio 2021, HK-dir 2023) responsible is null even though "
"the reporter is implied.",
"- **Partners**: split on commas and a final ' og '; when an item itself contains ' og ' (Handel og Kontor, NHO Mat og drikke, "
"NAV Møre og Romsdal, Arbeids- og velferdsdirektoratet) the report lists partners with commas only. '–' = none = [].",
"- **Period**: the time/duration text as printed (without Word's leaked list numbers '9.'–'15.' in Spekter 2017); null when "
"the layout has none. **Description**: the free text paragraph/cell as printed; null when absent.",
"- **Same measure (tiltak_id)**: one real-world activity, whoever reports it. Joint bodies are one measure for every member "
"that reports sitting in them (KBU: 'Kompetansebehovsutvalget (KBU)', 'Deltakelse i …', 'Representasjon i utvalget som analyserer "
"Norges kompetansebehov', 'Sekretariat for …'; SRY; the partsgruppe on digital competence; the grant scheme for flexible "
"videreutdanning, whether told as 'tilskudd', 'partssamarbeid', or 'deltakelse i tildelingen'). A member's part in a national "
"programme counts as that programme when the member describes the programme itself or its governance (Unio in the steering "
"group of the health bransjeprogram = T_BP_HO). The joint LO/Spekter apprenticeship conference of 30 Nov 2017 is one measure "
"told by both. A FoU project and its own final report are the same measure (KS 'Teknologibasert læring' → '– sluttrapport').",
"- **Different measures (near misses)**: each organisation's own course for its shop stewards; each county's own plan/strategy "
"and its own forum/alliance; each county's own Fagbrev på jobb scheme, KS' information work on it, the 2018 pilot and the "
"national roll-out (2020) are four kinds of measure; each bransjeprogram sector is its own measure, the umbrella 'Bransjeprogram for "
"kompetanseutvikling' is another, and a county's regional courses under a programme another again; a recurring survey "
"(arbeidslivsmonitor, barometer, LO's kartlegging) vs a separate analysis report based on it; Kompetansepluss arbeid vs "
"Kompetansepluss frivillighet vs the fagopplæring pilot vs a conference or promotion about the scheme; each year's Arendalsuka "
"event; the 2016–2020 Samfunnskontrakt vs the new 2022–2026 contract. Near-miss pairs are all cross-id pairs inside 20 topic "
"groups (data.py NEAR_GROUPS) whose titles share at least one word stem.",
"- **continues**: true when the same reporter reported the same tiltak_id in an earlier year of this batch "
"(e.g. Regjeringen 'Kompetansepluss arbeid' 2018 → 'Kompetansepluss arbeid, videreført' 2020 → 'Opplæring i grunnleggende "
"ferdigheter i arbeidslivet (tidl. Kompetansepluss)' 2024). HK-dir's 2023 Kompetansepluss row is the same tiltak_id but "
"continues=false (HK-dir reports it for the first time). Recurring yearly events of the same series (Spekter 'Møteplass "
"lærebedrifter') are one measure; Arendalsuka debates with different topics/years are not.",
"", "## Unsure labels", "",
"- T_TRD_BPKURS (Trøndelag's regional courses under the industry/bygg bransjeprogram) kept apart from T_BP_IND.",
"- T_VL_PLAN 2022 adds delmål 1.4 and says the action programme was rolled – labelled the same plan (continues).",
"- T_KS_FPJINFO (KS information on Fagbrev på jobb) kept apart from the national roll-out T_FPJ_NASJ.",
"- T_SAMFK2: KS 2020 'forhandlinger' about the new contract and Regjeringen 2024's 2022–2026 contract given the same id."]
open("/work/blind/match57/README.md", "w").write("\n".join(L) + "\n")
print("README written", ok)
