# -*- coding: utf-8 -*-
"""Writes README.md from data.py (counts + per-file table + conventions)."""
import os, collections
from data import FILES, near_pairs, NEAR_GROUPS
HERE = os.path.dirname(os.path.abspath(__file__))

CONVENTIONS = """
## Conventions

**Scope of "the same tiltak".** A tiltak_id is one real-world measure. Rows share an id when they name the same
national measure, whatever the wording: full name vs abbreviation (*SRY* / *Samarbeidsrådet for yrkesopplæring*,
*KBU* / *Kompetansebehovsutvalget*, *BIO-ordningen* / *tilskuddsordningen for bedriftsintern opplæring*), a nickname
or goal phrase, or a member's own part in it: "Deltakelse i …", "Medlem av …", "Vår deltakelse i …", "YS i …",
"Arbeidsgiversiden i SRY", "Spekters plass i SRY", "Sekretariat(et) for KBU" (HK-dir), "Innspill til/om …" (a
member's written input to the reform/scheme/evaluation), "Oppfølging av …", "Samarbeid om …", "Informasjon om X til
medlemmene", "X – henvisning fra NAV". The member's *part* is counted as the same tiltak because the directorate's
matrix would otherwise count the national measure once per member (the problem named in 001).
A member's **own separate product** is a different tiltak even when it is about a national measure: Spekter's
søkekonferanse about Kompetansepluss/Kompetanseprogrammet (SPK_KPA_SEM) ≠ the programme (KP); NHO's own
"Læreplassdugnad" campaign ≠ Samfunnskontrakten; each union's own course; a county's own regional version of a
national scheme ("Vestland sitt kompetanseløft for industrien (BIO-midlar)", "Trøndelagsmodellen for bedriftsintern
opplæring", "Fagbrev på jobb i Vestland/Trøndelag", "Fleksible vidareutdanningstilbod i Vestland", Karriere
Vestland/Karriere Trøndelag) ≠ the national scheme. A council's **working group** with its own mandate
(SRY_AG, KBUAG) ≠ the council. A programme's **evaluation** (BPEVAL) ≠ the programme; Unio's "Innspill til
evalueringen av bransjeprogrammene" belongs to the evaluation, not the programme.

**Renamed / moved / merged / split.**
- Renamed: Kompetansepluss arbeid → Kompetanseprogrammet (2023): same id KP ("Kompetanseprogrammet (tidligere
  Kompetansepluss arbeid)"). Spekter's søkekonferanse moved its subject along with it: same id SPK_KPA_SEM.
- Moved between bodies: BIO from NAV/ASD to the counties (2020), karriereveiledning.no from Kompetanse Norge to HK-dir,
  bransjeprogram for helse og omsorg "under HOD" from 2024: same ids.
- Merged into a larger one: Kompetansepluss frivillighet went into Kompetanseprogrammet; VOFO 2024 still reports the
  frivillighet part ("Frivillighetsdelen av Kompetanseprogrammet (tidligere Kompetansepluss frivillighet)") → same id
  KPF, continues=true. HK-dir 2025's "Kompetanseprogrammet" (now covering frivillighet too) stays KP.
- Split in two: from 2024 the treparts bransjeprogram is reported as separate programmes "for industri og bygg" (BPI)
  and "for helse og omsorg" (BPH). Each part is its own tiltak, different from the umbrella "bransjeprogram(mene)" (BP),
  so a reporter that said BP in 2022 and BPI in 2024 has continues=false for the BPI row. KS/Spekter reported the
  helse-og-omsorg programme already in 2023 under BPH.
- New contract/plan for a new period = new tiltak: Samfunnskontrakten 2016–2020 (SK16) ≠ Samfunnskontrakt for flere
  læreplasser 2022–2026 (SK22); "Kompetansestrategi for Trøndelag" (2019–2023, PLAN_TRL19) ≠ "Kompetansestrategi for
  Trøndelag 2025–2029" (PLAN_TRL25). Vestland 2025 reports "Oppfølging av regional plan …" for the *same* 2021–2025 plan
  (last year of the period) → same id PLAN_VL, continues=true. Spekter 2017's letter "Oppfølging av Samfunnskontrakten
  for flere læreplasser" is SK16 (a member's follow-up of the contract). Rows whose subject is undated ("Samfunnskontrakten",
  "Samfunnskontrakt for flere læreplasser") in 2022+ reports are SK22 (period 2022–2026 printed).
- continues=true iff the same reporter reported the same tiltak_id in an earlier year *of this batch* (computed).

**Title.** As printed in the measure's title slot (table cell, heading, bold lead, numbered item) without list numbers or
labels: "3.2 Kompetansepluss" → "Kompetansepluss", "Tiltak 1: …" → "…", NAV's "Tiltak: …" → "…", Unio's "1) …" → "…",
Akademikerne's bullet "• …" → "…". Parentheses and suffixes that are part of the printed title are kept
("– videreført", "– ny periode", "(KBU)", "(tidligere …)"). The LO 2023 contents list and Spekter 2017's
"Rapporteringspunkter" list repeat the titles; these are not extra rows.

**Delmål.** Sorted new codes. Codes as printed ("2.3", "Delmål 2.3", "1.4 og 2.3", "2.1/2.4", "2.4, 3.1"). Spekter 2017
uses the old numbers: "NKPS tiltak nr. 4 og 7" → 1.4, 2.3; nr 6 → 2.2; nr 12 → 3.2; nr 14 → 3.4. Words mapped to codes
(bokmål/nynorsk): Kompetansebehovsutvalg → 1.1; regionalt folkevalgt/folkevald nivå(s) … ansvar → 1.2; karriereveiledning /
karriererettleiing → 1.3; samarbeid mellom utdanningstilbydere og arbeidslivet → 1.4; digital kompetanse i hele
arbeidsstyrken → 2.1; kunnskapsgrunnlaget om læring i arbeidslivet → 2.2; karrieremulighetene/karrieremoglegheitene i
yrkesfaglige/yrkesfaglege utdanninger → 2.3; koble/kople kompetansebehov i virksomheter/verksemder til
utdanningstilbydere → 2.4; dokumentere kompetanse ervervet/ervervd i arbeidslivet → 2.5; fleksibel opplæring på voksnes
premisser / på premissane til vaksne → 3.1; Kompetanseplussordningene → 3.2; arbeidslivet som læringsarena → 3.3;
norskopplæring og kvalifisering for innvandrere → 3.4; NAVs opplæringstilbud → 3.5; opplæring i frivillig sektor → 3.6.
Where a delmål is printed once for a group (KS 2023 headings "2.4 Arbeide mer systematisk …", Vestland 2025 section
lines "(delmål: …)", HK-dir 2025 merged Delmål cells) every row of the group gets it. Only HK-dir 2025 cells that print
two codes with "/" give two codes. The main-area headings of HK-dir 2023/2025 and the thematic section headings of
VOFO 2022 / Akademikerne 2023 ("Læring i arbeidslivet", "Møteplasser", "Kunnskap", "Annet") are NOT delmål: those
files print a delmål per row. No delmål printed → [] (all NHO rows; Akademikerne's "Innspill til Lære hele livet").

**Type.** Mapped to the six: Råd, Utvalg, Nettverk, Arbeidsgruppe → Råd/utvalg/nettverk; Kurs, Opplæring, Utdanning,
Kurs/opplæring → Kurs/utdanning; Undersøkelse, Statistikk, FoU → FoU; Kampanje → Informasjon; Konferanse →
Arrangement; Avtale, Reform, Tilskudd/Tilskot, Fond, Plan, Strategi, Tjeneste/Teneste, Program, Forvaltning, Regelverk
→ Annet. A type is null when the file prints no type for the row — even where the title makes it obvious
("Konferanse …" in Spekter 2017, Virke 2022, KS 2023 and VOFO 2024 have no type field at all).

**Responsible / partners.** As printed. Prose forms: Spekter 2017 "X står bak tiltaket med Y som bidragsyter" →
responsible X, partners [Y]; "X er ansvarlig for tiltaket" → X, []; NHO 2022 "Hvem: X sammen med Y" → X, [Y];
Virke 2022 "X (ansvarlig); Y" → X, [Y]; KS 2023 "X, i samarbeid med Y" → X, [Y]; Spekter 2023 "X; samarbeid med Y";
VOFO 2024 "X – partnere: Y". Joint responsibility stays one string ("Spekter og LO Stat", "Staten og partene",
"Partene og staten", "LO/Fellesforbundet", "Akademikerne/Tekna"). Partners split on commas and the final "og"
(no partner name contains " og ").

**Period.** The printed time field verbatim ("Løpende", "Årlig", "2020–", "Fra 2023", "Vår 2025", "Fortsatt, fire
møter i 2023"). Spekter 2017: the leaked Word list number before the text ("9. ", "10. ") is not part of the period.

**Description.** The measure's free text (Beskrivelse/Omtale/Kommentar/Kort beskrivelse/Om tiltaket/Merknad, the
paragraph after a form or heading, LO 2025's "Til nr. n: …", Vestland 2023's "Skildring" list, HK-dir 2025's bullet list
after each table) without the lead-in label or title; null when none. Covers, intros, "Møter"/"møteplan" lists,
statistics/Nøkkeltall/budget tables, "Sum tiltak"/"Totalt antall tiltak", "Virke mener" box, pull quotes, contact boxes,
letterheads, footnotes and greetings are never measures.
"""

def main():
    ms = [(f, r) for f in FILES for r in f["rows"]]
    ids = collections.Counter(r["tid"] for _, r in ms)
    reps = collections.defaultdict(set)
    for f, r in ms: reps[r["tid"]].add(f["reporter"])
    near = near_pairs()
    L = ["# Batch match53 – the same national measures told by many members in their own words", "",
         "Blind test batch for the NKPS report reader. Reports (.docx/.pdf) are the only such files in this folder; "
         "`expected.json` and `near_misses.json` are the ground truth; `data.py` (ground-truth data) + `build.py` "
         "(rendering) + `readme_text.py` generate everything; `check.py` verifies the built files "
         "(`/work/blind/.venv53/bin/python build.py && /work/blind/.venv53/bin/python check.py`).", "",
         "## Counts", "", "| what | n |", "|---|---|",
         f"| files | {len(FILES)} ({sum(f['name'].endswith('.pdf') for f in FILES)} PDF, {sum(f['name'].endswith('.docx') for f in FILES)} DOCX; 3 PDFs rendered by LibreOffice from .docx) |",
         f"| reporters | {len({f['reporter'] for f in FILES})} |",
         f"| years | {', '.join(str(y) for y in sorted({f['year'] for f in FILES}))} |",
         f"| nynorsk reports | {sum(f['lang'] == 'nn' for f in FILES)} |",
         f"| measure rows | {len(ms)} |", f"| distinct tiltak | {len(ids)} |",
         f"| tiltak reported in more than one row | {sum(1 for c in ids.values() if c > 1)} |",
         f"| tiltak reported by more than one reporter | {sum(1 for s in reps.values() if len(s) > 1)} |",
         f"| continues=true rows | {sum(r['continues'] for _, r in ms)} |",
         f"| near-miss pairs | {len(near)} (from {len(NEAR_GROUPS)} groups) |", "",
         "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    for f in FILES:
        L.append(f"| {f['name']} | {f['reporter']}{' (nynorsk)' if f['lang']=='nn' else ''} | {f['year']} | {f['made']} | {f['layout'].replace('|', chr(92) + '|')} | {len(f['rows'])} |")
    L += ["", "## National measures and who tells them", "", "| tiltak_id | rows | reporters |", "|---|---|---|"]
    for t, c in ids.most_common():
        if len(reps[t]) > 1: L.append(f"| {t} | {c} | {', '.join(sorted(reps[t]))} |")
    L += ["", "## Near-miss groups", ""] + [f"- {g}: {', '.join(ids_)}" for g, ids_ in NEAR_GROUPS]
    L.append(CONVENTIONS)
    open(os.path.join(HERE, "README.md"), "w").write("\n".join(L))

if __name__ == "__main__":
    main()
