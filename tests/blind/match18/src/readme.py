# -*- coding: utf-8 -*-
"""README generator for match18 (counts are computed from the truth, prose is fixed)."""
from collections import Counter
import data

CONVENTIONS = """\
## Conventions

- `tiltak_id` is assigned by first appearance, ordering files by report year and then file name, and
  measures in reading order (for side-by-side rows: left before right, row by row).
- `continues` is true only when the *same reporter* has the same `tiltak_id` in an *earlier report year*
  in this batch. A printed "Videreført" (HK-dir 2024) does not make a row continuing when the reporter
  has no earlier report here.
- `delmal` uses the new codes. The 2017 files print old tiltak numbers ("NKPS-tiltak nr.: 5 og 6",
  "Relasjon til NKPS-tiltak nr.", column "NKPS"); n maps to the n-th delmål.
- `type`: printed value where the layout prints one (including the ☒ box in Spekter 2019, the hashtag
  `#kurs`/`#råd`/… in LO 2020, the margin note in Trøndelag 2018 and the prose answer "tiltakene 1 og 2
  er FoU" in Virke 2017); my own classification where no type is printed (LO 2017, Unio 2019,
  Akademikerne 2021, NAV 2021, YS 2022).
- `responsible` is the printed owner (Ansvarlig/Ansvar/Ansvarleg/Eier/Hvem/Ansvarlig enhet). Where a
  member reports its part in someone else's scheme the printed owner is often the ministry or
  directorate (KD, HK-dir, ASD, Oslo kommune), not the reporter.
- `partners` are split on commas exactly as printed ("Handel og Kontor" is one partner).
- `period` is the printed period field (Periode/Tidsrom/Tid/Når/Varighet/Tidspunkt); "" when the layout
  prints none (Regjeringen 2020) or the row leaves it out. In YS 2022 the "Når" column (month) is the period.
- `description` is the printed free text without its label (Om/Omtale/Kort om/Beskrivelse/Merknad/
  Status 2020/Om tiltaket or the paragraph under the heading). Fact sentences ("Ansvarlig: … Samarbeid: …"),
  the "Tiltaket følger opp delmål …" sentence in Akademikerne 2021 and the "Samarbeidspartnere: …" line
  in Trøndelag 2018 are not part of the description.
- Titles are exact, without list numbers ("2.3  " in Virke 2019, "3.1.2 " in Akademikerne 2021, "▪ "),
  footnote marks (Unio 2019) or a "- Tiltak: " lead. Parenthesised tails such as "(videreført)" and
  "(tidligere …)" are part of the printed title and kept.
- Text that looks like a measure but is not: the quoted request in the LO 2017 e-mail ("> - Tiltak:
  (navn på tiltaket)"), the table of contents in Virke 2019 (titles repeated before the body), the
  "Kort om tiltakene" list in NAV 2021 (titles repeated after the Gantt table), section numbers
  "2.1"/"2.2"/"3.2.1" in the Akademikerne memo, and the prose part of Trøndelag 2020.
"""

JUDGEMENT = """\
## Judgement calls on identity

### Same tiltak (merged)
- **Kompetansebehovsutvalget** (T01) is one tiltak for every member, whatever the wording: "Deltakelse i
  Kompetansebehovsutvalget", "Kompetansebehovsutvalget (KBU)", "Medlem av …", "Akademikernes plass i …",
  and HK-dir's "Sekretariat for Kompetansebehovsutvalget" (secretariat = HK-dir's part in the same council;
  the directorate's 2018 summary also registers shared councils once).
- **Hurtigsporet** national scheme: LO 2017 "Oppfølging av Hurtigsporet", LO 2019 "Oppfølging av
  «Hurtigsporet»", LO 2020 "Hurtigsporet – fase 2" (continuing), NAV 2021 "«Hurtigsporet» – rask vei til
  jobb for flyktninger" (owner's description).
- **Hurtigsporet i Oslo** is a separate local project: Virke 2017 "… samarbeidsprosjekt med YS og Oslo
  kommune", YS 2019 "Hurtigsporet – samarbeid med Virke og Oslo kommune" (reciprocal partners), Virke
  2019 "Hurtigsporet i Oslo" (continuing, shortened).
- **LO–Virke conference 2019**: LO "Konferanse sammen med Virke om kompetanse i handelen" = Virke "Felles
  konferanse med LO om kompetanse i varehandelen" (reciprocity, same month).
- **Arendalsuka 2019**: LO "Felles arrangement med Spekter under Arendalsuka 2019" = Spekter "Felles
  arrangement med LO Stat under Arendalsuka" (LO Stat is LO's union; responsible printed as "Spekter og LO Stat").
- **Fagskolekonferansen 2019**: Spekter "Fagskolekonferanse 2019" = YS "Fagskolekonferansen i regi av Spekter".
- **Lære hele livet**: KD 2020 "Kompetansereformen – Lære hele livet" (owner, no guillemets) = YS 2019
  "Deltakelse i kompetansereformen «Lære hele livet»" = Unio 2019 "… – partenes bidrag" = LO 2020 = Akademikerne
  2021 "Innspill til kompetansereformen Lære hele livet" = YS 2022 "Lære hele livet – YS' oppfølging".
  Participation in / input to the reform is counted as the member's part in the same tiltak (borderline,
  see below).
- **Bransjeprogram** umbrella: KD 2020 "Bransjeprogram for kompetanseutvikling" = LO 2020 "Treparts
  bransjeprogram – LOs deltakelse" = YS 2022 "YS i styringsgruppene for bransjeprogrammene" = HK-dir 2024
  "Treparts bransjeprogram – forvaltning av tilskudd".
- **Bransjeprogram for industri- og byggenæringen** (one programme under the umbrella): LO 2019 = NHO 2025.
- **FVO**: KD 2020 "Forsøk med forberedende voksenopplæring" = Trøndelag 2020 "Deltakelse i FVO-forsøket".
- **Fleksible videreutdanningstilbud**: KD 2020 "Tilskudd til utvikling av fleksible videreutdanningstilbud i
  digital kompetanse" = HK-dir 2024 "Fleksible videreutdanningstilbud – tilskuddsordning" (owner vs administrator).
- **Karriereveiledning grant**: KD 2020 "Tilskudd til karriereveiledning i fylkene" = HK-dir 2024 "Tilskudd til
  karriereveiledning i fylkeskommunene".
- **UiO pilot**: Akademikerne 2021 "Korte videreutdanningsmoduler i samarbeid med UiO" = HK-dir 2024 "Pilot med
  korte moduler ved Universitetet i Oslo" (abbreviation vs expansion, reciprocal partners).
- **SRY**: NHO 2018 "Deltakelse i SRY" = KS 2018 "Samarbeidsrådet for yrkesopplæring" = KS 2021 "Deltakelse i
  SRY" = NHO 2025 "Samarbeidsrådet for yrkesopplæring (SRY)".
- **Samfunnskontrakten 2016–2020**: LO 2017, NHO 2018 ("– oppfølging i medlemsbedriftene") and KD 2020
  ("(2016–2020)"). **Samfunnskontrakt 2023–2026**: Vestland 2023, HK-dir 2024, NHO 2025.
- **IA-avtalen 2019–2022**: KD 2020 = NAV 2021 "IA-avtalen 2019–2022: kompetanse som virkemiddel".
- **Yrkesfagenes år 2018**: KS 2018 and NHO 2018.
- **Fagbrev på jobb in Trøndelag**: Trøndelag 2018, Trøndelag 2020 and NAV 2021 "Fagbrev på jobb – samarbeid med
  Trøndelag fylkeskommune" (NAV as participant in the county's scheme).
- Continuing with a new or changed name: Virke "Modell for dokumentasjon av kompetanse fra arbeidslivet" (2017) →
  "«Balansekunst» – modell for å beskrive kompetanse fra arbeidslivet" (2019); Virke "HR-nettverk for
  kompetanseutvikling i handel og tjenesteyting" → "HR-nettverket"; Virke "Salgsfag – rekrutteringskampanje" →
  "…, fase 2"; LO "Opplæring av tillitsvalgte i kompetansearbeid" (2017) → "… (videreført)" (2019) → "Skolering
  av våre tillitsvalgte om kompetanseutvikling" (2020, paraphrase with almost no shared words); YS
  "Kompetansekurs for YS-tillitsvalgte" → "Kompetansekurs for tillitsvalgte (videreført)"; Trøndelag
  "Opplæringstilbud for minoritetsspråklige helsefagarbeidere" → "Trøndelagsmodellen for helsefagarbeidere
  (tidligere …)"; KS "Menn i helse" (2017) → "Menn i helse – nasjonalt program" (2021); KS "KS Læring –
  delingsplattform for kommunene" → "KS Læring"; KS "Samarbeid om digital kompetanse i kommunene" → "… (71
  kommuner)"; delmål added or dropped in several of these (KS Læring 2018 adds 2.2, LO tillitsvalgte 2019 drops 2.1).

### Apart (near misses, all listed in near_misses.json)
- Successive editions: LO "Konferansen Arena for kvalitet 2017" vs "Arena for kvalitet 2019"; LO "Seminar om
  kompetanse i klyngesamarbeid" (2017) vs "Klyngeseminar 2019 …"; LO/Virke conference 2019 vs LO "Konferanse med
  Virke om omstilling i handelen 2020"; Arendalsuka 2019 vs YS "Debatt … under Arendalsuka 2022"; KS lærling
  status reports 2017 / 2018 / 2021 (three different reports).
- Old agreement vs successor: Samfunnskontrakten 2016–2020 vs Samfunnskontrakt 2023–2026 (NHO reports both:
  2018 and 2025 – not continuing); IA-avtalen 2019–2022 vs Ny IA-avtale 2025–2028; FVO trial vs the permanent
  "Forberedende opplæring for voksne (FOV)".
- Different counties, same or similar names: "Fagbrev på jobb" Trøndelag vs Vestland (identical titles); KS
  "Fagbrev på jobb i kommunesektoren" (information to municipalities) vs both counties' schemes; BIO in Trøndelag
  vs "BIO-ordninga i Vestland"; Trøndelag's karriereveiledning partnership vs "Karriere Vestland"; Trøndelag's
  helsefagarbeider model vs Vestland's "Sogn og Fjordane-modellen" programme; Kompetanseforum Trøndelag vs
  Kompetansealliansen Vestland.
- Different unions' own courses: LO tillitsvalgte vs YS tillitsvalgte vs Unio tillitsvalgtskolering.
- Scheme vs evaluation: KS "Menn i helse" vs "Menn i helse, evaluering"; VOFO "Kompetansepluss frivillighet" vs
  "Evaluering av Kompetansepluss frivillighet". Also Kompetansepluss frivillighet (VOFO) vs Kompetansepluss
  arbeid (HK-dir).
- Council vs an event about it: Kompetansebehovsutvalget vs Akademikerne "Frokostseminar om KBU-rapporten 2020";
  SRY vs Spekter "Dialogmøte med Spekters representanter i faglige råd".
- Scheme vs campaign about it: Hurtigsporet vs NHO "Kampanje i fire byer for Hurtigsporet"; national Hurtigsporet
  vs the Oslo project.
- Umbrella vs one programme under it: Bransjeprogram (umbrella) vs Bransjeprogram for industri- og byggenæringen
  – including LO 2019 (industri/bygg) vs LO 2020 (umbrella) by the same reporter, which looks like a continuation
  but is not; fleksible videreutdanningstilbud (grant scheme) vs the UiO pilot; KS digital competence project vs
  the national grant scheme.
- Follow-up study is a new tiltak: Virke's 2017 "Litteraturstudie …" vs 2019 "Studie: Hvordan påvirker ny
  teknologi …" (the 2019 text says it "bygger videre på litteraturstudien").
- Look-alike studies/courses: KD "Utredning om studieforbundene" vs VOFO "Forskningsprosjekt om studieforbundene
  som læringskatalysatorer"; LO "Digitale kurs for permitterte medlemmer" vs VOFO "Digital vaksenopplæring i
  studieforbunda"; "YS Arbeidslivsbarometer" vs "Kommunesektorens arbeidslivsmonitor".

### Borderline (decided as stated, a tool could reasonably disagree)
- Participant/input rows merged with the owner's reform (Lære hele livet, Bransjeprogram, KBU secretariat): an
  "Innspill til …" row could be seen as the member's own tiltak.
- YS Arbeidslivsbarometer 2019 → "YS Arbeidslivsbarometer 2022" is treated as one continuing survey, unlike the
  KS lærling status reports which are treated as separate editions (the KS titles put the year first as the
  report's name; the barometer is described as an annual survey). Weakest call in the batch.
- "Hurtigsporet – fase 2" (LO 2020) is continuing, following the brief's "fase 2" convention.
- NAV's "Fagbrev på jobb – samarbeid med Trøndelag fylkeskommune" merged with Trøndelag's own scheme, but kept
  apart from Vestland's.
- "Regional kompetansestrategi for Trøndelag – oppfølging" (2020, handlingsplan) continues the 2018 strategy work.
- HK-dir's "Kompetansepluss arbeid" etc. are printed as "Videreført" but are not `continues` (no earlier HK-dir report).
"""

HARD = """\
## Layouts I expect to be hardest

1. **Virke 2017 questionnaire** – titles only in answer 1; responsible/partners, type (as a prose sentence
   grouping numbers), description and period are spread over answers 2–5 and joined by "Tiltak n".
2. **KS 2017 ASCII grid** – every cell wraps across several text lines; title, partners and description must be
   reassembled column-wise from monospace lines between `|` characters.
3. **Regjeringen 2020** – delmål only as full text (merged cells; two texts in one cell for Bransjeprogram);
   codes must be recovered by matching the text.
4. **VOFO 2021** – letter-spaced lines (some spaced so widely that words fall apart into letters), slight skew,
   speckles; Nynorsk labels (Ansvarleg).
5. **Trøndelag 2018** – facts in margin notes beside the heading, hyphenated justified body text
   (e.g. "kompetanse-/strategi" split at line end), partners in an italic line after the text.
6. **Unio 2019** – delmål only inside footnotes (docx footnotes part), titles carry a footnote mark.
7. **Trøndelag 2020** – prose names the measures loosely before the appendix; only the appendix table counts.
8. **Akademikerne 2021** – section numbers 2.1, 2.2, 3.1.1, 3.2.1 look like delmål codes; the real delmål sit in
   "Tiltaket følger opp delmål 1.1." sentences.
9. **LO 2017 e-mail** – the quoted request repeats the field template ("> - Tiltak: (navn på tiltaket)").
10. **Spekter 2019** – all 16 delmål and 6 types are printed; only the ☒ ones count.
"""


def render(exp, near):
    reps = {r["file"]: r for r in data.REPORTS}
    rows = [m for e in exp.values() for m in e["measures"]]
    ids = Counter(m["tiltak_id"] for m in rows)
    n_docx = sum(f.endswith(".docx") for f in exp)
    years = sorted({e["report_year"] for e in exp.values()})
    reporters = sorted({e["reporter"] for e in exp.values()})
    multi_rep = Counter()
    for e in exp.values():
        for t in {m["tiltak_id"] for m in e["measures"]}:
            multi_rep[t] += 1
    out = ["# match18 – blind test batch: same tiltak across members and years\n",
           "Built by `make_batch.py` (templates in `src/t*.py`, printed text and identity keys in `src/data.py`, "
           "checks in `src/verify.py`). Run `/work/blind/.venvm2/bin/python make_batch.py` (builds everything and runs "
           "the checks; `src/verify.py <folder>` runs the checks alone). Verify looks for every title (and the start "
           "of every description) in the file text, ignoring case, spaces, hyphens and punctuation; for PDFs it also "
           "reads table cells, ASCII-grid cells column by column and the right two thirds of each page.\n",
           "## Counts\n", "| what | n |", "|---|---|",
           "| files | %d |" % len(exp), "| docx | %d |" % n_docx, "| pdf | %d |" % (len(exp) - n_docx),
           "| reporters | %d (%s) |" % (len(reporters), ", ".join(reporters)),
           "| report years | %d (%s) |" % (len(years), ", ".join(map(str, years))),
           "| measure rows | %d |" % len(rows), "| distinct tiltak | %d |" % len(ids),
           "| tiltak reported in two or more rows | %d |" % sum(1 for v in ids.values() if v > 1),
           "| tiltak reported in more than one file | %d |" % sum(1 for v in multi_rep.values() if v > 1),
           "| tiltak reported by more than one reporter | %d |" % len(
               [t for t in ids if len({e["reporter"] for e in exp.values() for m in e["measures"] if m["tiltak_id"] == t}) > 1]),
           "| continuing rows (`continues: true`) | %d |" % sum(m["continues"] for m in rows),
           "| rows without delmål | %d |" % sum(1 for m in rows if not m["delmal"]),
           "| near-miss pairs | %d |" % len(near), "",
           "## Files\n", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    for fn, e in exp.items():
        r = reps[fn]
        out.append("| %s | %s | %d | %s | %s | %d |" % (fn, e["reporter"], e["report_year"], r["made"],
                                                      r["layout"].replace("|", "\\|"), len(e["measures"])))
    out += ["", CONVENTIONS, JUDGEMENT, HARD]
    return "\n".join(out) + "\n"
