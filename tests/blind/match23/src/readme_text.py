# -*- coding: utf-8 -*-
HEAD = """# Blind test batch match23

Synthetic follow-up reports from members of Kompetansepolitisk råd on the national competence strategy (NKPS),
with ground truth. Every report uses its own template; all 22 templates are new relative to
`/work/blind/templates_used.txt`. Rebuild with `/work/blind/.venv23/bin/python make_batch.py`, then verify with
`/work/blind/.venv23/bin/python check_batch.py` (every file opens; every expected title, period and description
is found in the extracted text; every near-miss pair points to a real row).

## Counts

| item | count |
|---|---|
"""

CONVENTIONS = """
## Conventions

* **Delmål numbering.** I used the strategy's real structure as given in `/work/shared/domain.md` and seed 001:
  1.1–1.4, 2.1–2.6, 3.1–3.6 (16 delmål). The brief says "1.1–1.6, 2.1–2.4"; I took that as a slip, because the
  seeds and domain notes agree on 1.1–1.4 / 2.1–2.6. The three 2017 reports (Spekter, LO, VOFO) print only the old
  "NKPS tiltak nr." numbers. They are mapped n → n-th delmål (1–4 → 1.1–1.4, 5–10 → 2.1–2.6, 11–16 → 3.1–3.6);
  "nr. 12 og 16" → ["3.2", "3.6"].
* **title**: exactly as printed, without list numbers, IDs or leading labels. Stripped: "L-01" (LO 2018),
  "Oppdrag 2018-03:" (KD 2018), "Kurs 17-038" (VOFO), "NKPS-47" and the ⚡ icon (HK-dir 2025), circled numbers
  ①–⑤ (ASD), pin numbers (Møre og Romsdal), "▸" (Spekter 2020), "For det første:" (LO speech), the CSV "nr"
  column and quotes (LO 2023). Parenthesised parts printed as part of a title are kept, e.g. "(videreført)",
  "(årlig)", "(tidligere …)".
* **type**: one of Kurs/utdanning, Arrangement, Råd/utvalg/nettverk, FoU, Prosjekt, Annet. Mappings:
  printed "Informasjon"/"informasjon" → Annet (the brief's list has no Informasjon); nynorsk "Anna" → Annet;
  "Råd/utval/nettverk" → Råd/utvalg/nettverk. Virke 2022 prints one-letter codes that the note ¹ under its table resolves
  (K/A/R/F/P/I, with I = Informasjon → Annet). HK-dir 2025 gives the type only as a lower-case label
  "type-prosjekt" etc. The LO 2017 speech gives the type only in the slide cue "[LYSBILDE n: <type> – NKPS
  tiltak nr. x]". Every measure in the batch has a printed type.
* **responsible**: the printed responsible party as one string. Joint parties are kept together:
  "HOSPEEM og EPSU", "KS, Trøndelag fylkeskommune, Fylkesmannen", "Virke, NHO, LO og YS", "NHO og LO",
  "LO og NHO", "HK og Virke". When a member reports a measure someone else owns (KBU, Samfunnskontrakten,
  Bransjeprogrammene), the responsible party is the owner the report prints (e.g. "KD"), and the reporting member
  is among the partners.
* **partners**: the printed list, split on commas and on the final "og". "–" or an empty field → [].
* **period**: as printed ("Høsten 2017", "2020–", "Løpende", "Frå hausten 2025", "12. mars 2024").
* **description**: the measure's body text. In `Unio_arsrapport_2018_kompetanse.pdf` the first letter of each
  description is a drop cap drawn in its own cell, so the extracted text shows it apart from the rest of the word.
  The expected description is the whole text, first letter included.
* **Counted once**: some measures are printed twice in the same file. Each is one row, in the reading order of its
  first full occurrence. This covers Spekter 2017 (title also in that section's page header, which is not body text), ASD 2019 (swimlane box
  + "Forklaring" page), Trøndelag 2020 (mind-map leaf + "Om tiltakene" list) and KD 2020 (the "Innhold" agenda
  slide lists every title; the measure is its own slide). Mind map and swimlane order = the numbered/listed order
  (data order), which the second page confirms.
* **Not measures** (must not be counted): slide cues and the intro that mentions KBU in passing (LO 2017); the
  "Risikoreduserende tiltak" column (LO 2018); milestone tables (Vestland 2021); the "Antall tiltak per startår"
  table (NHO 2021); chapter headings "Til kapittel 3.2 …" and "Merknad" paragraphs (Spekter 2020; the chapter
  numbers look like delmål codes but are not); the code notes ¹ ² and the "Sum tiltak" line (Virke 2022); the "Andre nyttige lenkjer" list
  (SFFK 2018); the budget table and contact box (KD 2018); prices, the sign-up box and the how-to text (VOFO);
  the pull quote (Unio); testimonial boxes (KS 2024); the closing note in KS 2019 that mentions KBU; comments under epics (HK-dir 2025); the guidance box and
  signature line (NAV); title and agenda slides (KD 2020); map labels and pins (Møre og Romsdal).
* **tiltak_id**: T01… by first appearance, with files ordered by report year and then file name, and measures in
  reading order. **continues** = true when the same reporter has the same tiltak_id in an earlier report year. A
  row reported by a *different* member (e.g. Vestland after Sogn og Fjordane, HK-dir after KD) shares the id but
  is not "continues".
* **near_misses.json**: for each near-miss group below, every pair of rows whose tiltak differ.
"""

JUDGEMENTS = """
## Identity judgements

### Same tiltak across members (different words)
* **KBU**: KD's "Kompetansebehovsutvalget (KBU)" is the same tiltak as LO's "Deltakelse i
  Kompetansebehovsutvalget (KBU)", NHO's "KBU – Kompetansebehovsutvalget" and "Kompetansebehovsutvalget", and LO
  2023's "Kompetansebehovsutvalget – LOs deltakelse". Reporting your own participation in a joint body counts as
  the same tiltak (as in the directorate's summary, which registers KBU once).
* **Samfunnskontrakt for flere læreplasser 2016–2020** (LO 2017, KD 2018, KS 2019, NHO 2019, KD 2020, NHO 2021):
  one tiltak. **Samfunnskontrakten 2022–2026** (LO 2023, KS 2024) is a new contract and a different tiltak. KS
  2019 → KS 2024 is therefore *not* a continuation, although both are KS rows about a "samfunnskontrakt".
* **Realkompetanse model** (LO 2017/2018/2023, NHO 2019, Virke 2022): "Felles modell for dokumentasjon av
  realkompetanse" → "Modell for vurdering av kompetanse ervervet i arbeidslivet" → "Bransjestandard for
  realkompetansevurdering". The standard is the result of the model; LO 2023 says so ("tidligere …").
* **LO–Spekter conference of 30 Nov 2017**: Spekter 2017 "Konferanse for Spekters medlemsvirksomheter og LOs
  tillitsvalgte" = LO 2018 "Felleskonferanse med Spekter om læreplasser" (same date, each names the other).
* **HOSPEEM/EPSU project**: Spekter 2017 (full description) = Unio 2018 (acronyms).
* **Kompetanseløft**: Unio 2018 "Kompetanseløft 2020 i helse- og omsorgstjenestene" = KS 2019 "Kompetanseløft 2020".
  KS 2024 "Kompetanseløft 2025 (tidligere Kompetanseløft 2020)" is treated as a continuation because the report
  itself links it to the old name.
* **Karriereveiledning på nett**: KD 2020 "Nasjonal tjeneste for karriereveiledning på nett" = HK-dir 2021
  "Karriereveiledning.no – nettbasert karriereveiledning" = NAV 2023 "Samarbeid om karriereveiledning.no" (NAV as
  partner) = HK-dir 2025 "… videreutvikling fase 2".
* **Kvalitetsrammeverk for karriereveiledning** (KD 2018, KD 2020, HK-dir 2021, HK-dir 2025); **Kompetanseprogrammet**
  (KD 2020, HK-dir 2021, HK-dir 2025); **Bransjeprogram for kompetanseutvikling** (KD 2020, HK-dir 2021 "(forvaltning)",
  NHO 2021 "Bransjeprogrammene (partssamarbeid)", LO 2023, HK-dir 2025). Kompetanse Norge became part of HK-dir,
  but the reporter of record changes from KD to HK-dir, so HK-dir's 2021 rows are not "continues"; its 2025 rows are.
* **Kompetansepluss**: KD 2018 "Kompetansepluss arbeid" = KD 2020 "Kompetansepluss (tidligere Kompetansepluss
  arbeid)" = HK-dir 2025 "Kompetansepluss – tilskudd til grunnleggende ferdigheter".
* **Opplæring inntil tre år / fagbrev for ledige**: ASD 2019 = NAV 2023 ("Utvidet opplæringstiltak – fagbrev
  innen tre år").
* **Regionreformen**: KD 2018 "Overføring av oppgaver til fylkeskommunene i regionreformen" = Trøndelag 2020
  "Regionreformen – nye kompetanseoppgaver til fylkeskommunen".
* **Modulforsøket**: KD 2020 "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne" = Trøndelag 2020
  "Modulstrukturert opplæring for voksne (forsøk)" (a pilot county reports its part of the national pilot).
* **HVL–fagskule**: Sogn og Fjordane 2018 and Vestland 2021 (successor county, merged fagskule; the text says it
  continues). Same tiltak, different reporter, so not "continues".
* **Bransjeprogram for varehandel**: Virke 2022 = LO 2023 "Bransjeprogram for varehandel (HK og Virke)".
* **Veileder for lokalt partssamarbeid**: NHO 2021 = LO 2023 "Felles veileder med NHO …".

### Continuing measures (same reporter, later year)
LO 2017→2018→2023 (tillitsvalgtkurs, realkompetanse, nettkurs, «Aldri for sent», yrkesfagkampanje, KBU);
Spekter 2017→2020 (arbeidsgivernettverk, Møteplass lærebedrift "(årlig)", søkekonferanse "(årlig)"); KD 2018→2020 (KBU,
kvalitetsrammeverk, samfunnskontrakt, Kompetansepluss renamed); NHO 2019→2021 (samfunnskontrakt, KBU, YON report
follow-up, barometer, «Bli lærebedrift»); KS 2019→2024 (fagbrev på jobb, Kompetanseløft renamed, digital
omstilling, lærlinger fase 2); HK-dir 2021→2025 (karriereveiledning.no, Kompetanseprogrammet, bransjeprogram,
kvalitetsrammeverk, kompletterende utdanning). Recurring standing measures (a yearly meeting place, a yearly
survey, a yearly information conference) count as one continuing tiltak. One-off events in a named series that
carry their own date or year count as separate tiltak (Virke's Kompetansekonferansen 2021 and 2022; HK-dir's
frokostmøter 2021 and 2024).

### Decisions I was unsure of
* **Pilot vs national scheme**: I keep them apart. "Forsøk med fleksible videreutdanningstilbud i digital
  kompetanse" (KD 2018) ≠ Kompetanseprogrammet (KD 2020 says it "builds on earlier pilots"). The modulforsøk
  (2017–2022) ≠ "Modulstrukturert opplæring for vaksne – ny nasjonal ordning" (Møre og Romsdal 2026).
* NHO's barometer 2019 → "(årlig)" 2021 is a continuation, but Virke's two conferences are separate events. The
  rule: a standing recurring activity is one tiltak; a dated one-off event is its own tiltak.
* Sogn og Fjordane's forum vs Kompetanseforum Vestland: separate, because Vestland's forum is a new body after the
  merger. The HVL–fagskule collaboration, on the other hand, is explicitly continued.
"""
