# -*- coding: utf-8 -*-
import json, os, collections
from data import REPORTS
HERE = os.path.dirname(os.path.abspath(__file__))
E = json.load(open(os.path.join(HERE, "expected.json"))); NM = json.load(open(os.path.join(HERE, "near_misses.json")))
rows = [(v["reporter"], m) for v in E.values() for m in v["measures"]]
by = collections.defaultdict(list)
for rep, m in rows: by[m["tiltak_id"]].append(rep)
L = ["# match60 – blind test batch (emphasis: the council's languages)", "",
     "Reports are in `/work/blind/match60`; ground truth, generators and checker are here in `/work/blind/match60_build`.",
     "Build: `python render.py && python make_truth.py && python make_readme.py && python check.py` (venv `/work/blind/.venv60`).",
     "`data.py` holds all data (measures, ground truth, near-miss groups); `render.py` holds the 23 templates; LibreOffice sources go to `lo_src/`.", "",
     "## Counts", "", "| what | count |", "|---|---|",
     f"| files | {len(E)} ({sum(f.endswith('.pdf') for f in E)} PDF, {sum(f.endswith('.docx') for f in E)} .docx; {sum('LibreOffice' in r['made'] for r in REPORTS)} PDFs rendered by LibreOffice from .docx) |",
     f"| reporters | {len({v['reporter'] for v in E.values()})} |",
     f"| years | {', '.join(str(y) for y in sorted({v['report_year'] for v in E.values()}))} |",
     f"| nynorsk reports | {sum(r['lang']=='nn' for r in REPORTS)} |",
     f"| reports with English beside Norwegian | {sum('en' in r['lang'] for r in REPORTS)} (NHO 2019 bilingual table, Unio 2020 English summary, HK-dir 2022 English-only annex) |",
     f"| reports with a Sámi name in the header | 2 (Trøndelag – Trööndelagen fylkentjïelte; Troms og Finnmark – Romsa ja Finnmárkku fylkkagielda) |",
     f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(by)} |",
     f"| tiltak reported in more than one row | {sum(len(v)>1 for v in by.values())} |",
     f"| tiltak reported by more than one reporter | {sum(len(set(v))>1 for v in by.values())} |",
     f"| continues=true rows | {sum(m['continues'] for _, m in rows)} |", f"| near-miss pairs | {len(NM)} (18 groups) |", "",
     "## Files", "", "| file | reporter | year | language | made with | layout (template; what is and is not a measure) | rows |", "|---|---|---|---|---|---|---|"]
for r in REPORTS:
    L.append(f"| {r['file']} | {r['reporter']} | {r['year']} | {r['lang']} | {r['made']} | {r['layout']} | {len(r['measures'])} |")
L += ["", "## Conventions", "",
"- **Title**: the measure's name exactly as printed in the report's own language, without list numbers ('1.', 'Tiltak 3:', 'Tiltak 2 –') or labels ('Navn på tiltak', 'Kva', 'Tiltak:'). For the bilingual NHO table the Norwegian line of the cell is the title; the italic English line is not. Where a report prints a title twice (Spekter 2017 list + form; HK-dir 2022 overview table + paragraph) the row is counted once, in the order of first appearance. Trailing markers that are part of the printed name ('– videreført', '– vidareført', '– vidareføring') are kept in the title; separate lines such as 'Tiltaket er vidareført.' or a Status column ('Vidareført'/'Nytt') are not part of the title.",
"- **Delmål**: always new codes, sorted. Old numbers (Spekter 2017, Virke 2017: 'NKPS tiltak nr. 4 og 7', 'tiltak nr. 9') are mapped n → n-th delmål (4→1.4, 7→2.3, 6→2.2, 12→3.2, 14→3.4, 9→2.5, 5→2.1). Words-only goals mapped by the strategy's short wording: 'kompetansebehovsutval' → 1.1; 'regionalt folkevalgt/folkevalt nivå' → 1.2; 'karriereveiledning/karriererettleiing' → 1.3; 'samarbeid mellom utdanning og arbeidsliv' → 1.4; 'digital kompetanse (i heile arbeidsstyrken)' → 2.1; 'kunnskapsgrunnlaget om læring i arbeidslivet' → 2.2; 'fleksibel opplæring for vaksne / på vaksne sine premissar' → 3.1; 'Kompetanseplussordningene og opplæring i frivillig sektor' → 3.2 + 3.6; 'norskopplæring for innvandrere' → 3.4. Where a goal is printed once for a section (LO 2018 'Delmål 1.4 og 2.3' headings) every measure under it gets all the section's codes.",
"- **Type**: mapped to the six categories: 'Råd/utvalg', 'Råd', 'Nettverk', 'Arbeidsgruppe', 'råd/utval/nettverk', 'Råd / Council' → Råd/utvalg/nettverk; 'Kurs', 'Utdanning', 'Kurs/opplæring', 'kurs/utdanning', 'Kurs/utdanning / Training' → Kurs/utdanning; 'Utredning', 'Forskning og utvikling', 'forsking og utvikling', 'FoU / R&D' → FoU; 'informasjonstiltak', 'Informasjon / Information' → Informasjon; 'Avtale', 'plan', 'Plan', 'Strategi', 'tilskot', 'Tilskudd', 'anna', 'Annet' → Annet. Reports that print no type (Spekter 2017) → null.",
"- **Responsible**: as printed in the responsible field ('Ansvarlig', 'Ansvarleg', 'Kven', 'Ansvar'). Joint responsibility kept as one string ('Spekter og LO Stat', 'HOSPEEM og EPSU', 'LO/Fellesforbundet', 'Akademikerne/Econa'). Where a member reports its participation in a body led by someone else, the printed responsible is kept even if it is not the reporter (e.g. 'Kompetanse Norge' in Spekter 2018 / LO 2018, 'Universiteter og høyskoler' for RSA). In Spekter 2017 the responsible is taken from the sentence 'X står bak tiltaket …'; in Virke 2017 from 'Ansvarlig: Virke, i samarbeid med …'.",
"- **Partners**: the printed partner field, split on commas and the final 'og' (also in nynorsk); lower-case generic partners ('fylkeskommunene', 'partane', 'kommunane') kept as printed. In Virke 2017 the partners come from the 'i samarbeid med …' tail of the Ansvarlig line; in Spekter 2017 from the form's sentence. '–' (empty) → [].",
"- **Period**: the printed 'Tidspunkt og varighet' / 'Tidsrom' / 'Periode' / 'Når' / 'Tid' / 'År' value without a trailing full stop; in Spekter 2017 without the leaked Word list number ('9.', '10.' …). Bilingual 'Løpende / ongoing' kept whole.",
"- **Description**: only a real descriptive text ('Beskrivelse', 'Skildring', 'Om tiltaket', a free paragraph under the measure); null where there is none. Notes like 'Tiltaket er vidareført.' / 'Nytt tiltak i 2021.' are not descriptions.",
"- **tiltak_id / continues**: one id per real-world measure across members and years. Shared national bodies count as one measure whoever reports them (KBU, SRY, RSA, Nasjonalt forum for karriereveiledning, partssammensatt arbeidsgruppe om digital kompetanse, Samfunnskontrakt for flere læreplasser), also when the reporter is only a participant/secretariat (HK-dir 'Sekretariat for Kompetansebehovsutvalget' = KBU). Each bransjeprogram is its own measure (industri/bygg ≠ helse/omsorg ≠ varehandel). A county's own BIO administration, regional plan, competence forum, 'Fagbrev på jobb' and karrieresenter offer are separate measures per county and separate from the state's transfer of BIO (these are near-misses). continues=true only when the same reporter reported the same tiltak_id in an earlier year of this batch.",
"- **Near misses**: all cross-id row pairs inside 18 look-alike groups (union shop-steward courses; county regional plans; county competence forums; BIO; Fagbrev på jobb; bransjeprogrammer; county karrieresenter/Sámi guidance; kvalitetsrammeverk vs. nasjonalt forum; Kompetansepluss arbeid vs. frivillighet vs. Spekter's søkekonferanse; KBU vs. ekspertutvalget; SRY vs. faglige råd; RSA vs. LO's RSA-in-own-ranks; digital VU-tilbud vs. arbeidsgruppe; EVU-financing studies; hospitering; Spekter/LO conferences; norskopplæring/grunnleggende ferdigheter; union research reports).",
"- **Not measures**: møter/møte lists, contact boxes, greeting/signature lines, member/statistics/key-figure tables, 'Antall tiltak', counts-per-delmål table, the English summary (Unio 2020) and English annex (HK-dir 2022), the NHO intro sentences, headers/footers with the Sámi names.", ""]
open(os.path.join(HERE, "README.md"), "w").write("\n".join(L))
print("README written")
