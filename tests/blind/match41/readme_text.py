# -*- coding: utf-8 -*-
"""Hand-written parts of README.md (conventions and reasons); make_batch.py adds the generated tables."""

CONVENTIONS = """
- **title**: exactly as printed, without typed or automatic list numbers and without tags around it: MR 2019 '2.n ' heading
  numbers, Akademikerne 2022 'n. ', Spekter 2025 'n) ', Regjeringen 2019 'n. ' are stripped; NHO 2018 numbers are Word
  automatic numbering (not in the text); KS 2021 headings end with a status tag '(videreført)' / '(nytt)' that is NOT part of
  the title; NHO 2022 run-in titles end with a full stop that belongs to the run-in (title without it); VOFO 2019 prints
  '(type)' after the bold title in the same cell (type, not title); Vestland 2024 'HP n.n' numbers are not part of the title.
- **delmal**: sorted codes. 2017 files use old NKPS numbers (n → n-th delmål): Regjeringen 2017 via the group row
  'Strategiens tiltak nr. n' plus 'Gjelder også tiltak nr. …' in the status text; LO 2017 via the 'Nr. n' cell plus 'Også nr. …'
  in the fact sentence. Words only: NHO 2018 'Mål:' (bokmål wording, ';' between goals), Vestland 2024 (nynorsk wording, one
  per line). KS 2025: KS' short names with the code in brackets; the second goal is in the 'Også:' line. NHO 2022: first goal
  = the heading the measure stands under, further goals = headings where a 'Se også:' stub names it. MR 2019 and Vestland 2024
  print their own numbers that look like codes (2.1 …, HP 1.2 …) – they are not delmål.
- **type**: canonical six-way type, applied consistently to each printed word. Words that are none of the six → `Annet`
  (Avtale, Ordning, Plan, Oppgaveoverføring, Stipend, Fond, Teneste); 'Utredning', 'Analyse', 'Evaluering' → FoU;
  'Kampanje', 'Digital tjeneste' → Informasjon; 'Utvalg', 'Råd', 'Nettverk', 'Forum',
  'Partnerskap', 'råd/utvalg' → Råd/utvalg/nettverk; 'Konferanse' → Arrangement; 'Forsøk', 'Utviklingsoppdrag' → Prosjekt;
  'Kurs', 'Utdanning', 'Opplæring', 'Opplæringstiltak', 'Tilskudd', 'Tilskuddsordning', 'Tilskudd / opplæring' →
  Kurs/utdanning (grant schemes that fund courses – a judgement; the printed word is in batch_data `tp`).
- **responsible / partners**: as printed. Where a member reports its seat in a body owned by someone else the printed
  owner (KD, Kompetanse Norge, HK-dir, universitetene …) is responsible and the member is a partner. Regjeringen 2019: the
  responsible is the ministry of the chapter (KD/ASD) or, in the 'Videreførte' one-liners, the printed department; the
  one-liners print no partners → []. KS 2018: responsible = the name marked '(ansvar)'. VOFO 2019 'owner – med a, b';
  Vestland 2024 'owner / a, b'. Regjeringen 2024: responsible from the overview table, partners from the italic line.
  KS 2018 K3 and Akademikerne 2022 A5 print no partners ('–' or empty) → [].
- **period**: as printed ('Løpende', 'Fra 2016', '2022–2026', 'Videreført' in the Regjeringen 2019 one-liners).
- **description**: the measure's text. NAV 2020: the lettered 'Merknader' paragraph (a)–f)) under the table;
  LO 2023 continued measures and NHO 2026: 'Status 2023' / 'Kommentar' column; Regjeringen 2019 one-liners: the text after ':'.
- **Not measures**: Regjeringen 2017 group row 'nr. 9' note, legend, 'Videre arbeid 2018'; LO 2017 row 'Nr. 9' ('Se nr. 4 …'),
  signature; KS 2018 theme rows, 'Antall tiltak per type', contact, the municipal plan named as an example; NHO 2018 'Planlagt
  2019 – ikke startet' and 'Møter NHO har deltatt på'; YS 2018 merged note row and greeting; Regjeringen 2019 'Antall tiltak per
  departement'; MR 2019 'Planar for 2020'; VOFO 2019 'Sum: 5 tiltak' row and footnote; LO 2020 'Korona' row and the row holding
  only '9'; Unio 2020 'Andre saker'; NAV 2020 'Sum deltakere' row; KS 2021 'Oppsummering'; Virke 2021 breadcrumb, 'Relaterte
  saker', cookie text, browser header/footer; NHO 2022 'Se også' stubs; Akademikerne 2022 representation table; LO 2023
  'LOs prioriteringer for 2024'; HK-dir 2023 Budsjett/Kontaktperson rows, 'Andre oppdrag i 2023'; Regjeringen 2024 '3 Videre
  arbeid' (new strategy); Vestland 2024 'Økonomi' table and the sentence on school structure/dental care; KS 2025 'Kontakt';
  Spekter 2025 closing lines; NHO 2026 'Antall tiltak: 6, hvorav 4 videreført'.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year.
"""

IDENTITY = """
1. **A seat in a shared body = the body.** KBU (T01): Regjeringen 2017 'Etablere Kompetansebehovsutvalget', LO's and NHO's and
   Akademikerne's seats, Regjeringen 2019/2024, LO 2023 – the same committee. SRY (T02), RSA (T21), Nasjonalt fagskoleråd (T20),
   Nasjonalt forum for karriereveiledning (T10, incl. HK-dir 2023 'Sekretariat for …' = the body's secretariat) likewise.
   The EVU committee (T11): Regjeringen's 'Ekspertutvalg' = LO's and Unio's seats in its reference group.
2. **Assignment vs the agency running it.** Regjeringen 'Bransjeprogrammer' (KD funds) = HK-dir 'Forvaltning av
   bransjeprogrammene' = the members' participation (LO industri og bygg, KS kommunal helse og omsorg, NHO) – one trepartsprogram
   (T03). Same for Kompetansepluss/Kompetanseprogrammet (T09: KD 2017/2019/2024, VOFO's 'Kompetansepluss frivillighet' as the
   member's part, HK-dir 2023), the flexible-education scheme (T14: KD, Virke's seat in its programme council, HK-dir),
   karriereveiledning.no (T15) and the quality framework (T16).
3. **Renamed / merged measures keep their id.** Kompetansepluss arbeid + frivillighet → Kompetanseprogrammet (merged
   successor, T09 – Regjeringen 2017 already reported both parts as one measure); 'Tilskudd til fleksible videreutdanningstilbud i
   digital kompetanse' → 'Tilskuddsordning for fleksible utdanningstilbud' (T14); LO 'Kurs for tillitsvalgte om
   kompetanseutvikling' → 'Tillitsvalgtkurs om kompetanse – nå digitalt' → 'Kompetanseskolen for tillitsvalgte (tidligere …)'
   (L1); KS 'Kommunesektorens arbeidslivsmonitor' → 'Arbeidsgivermonitor (tidligere …)' (K3); LO/NNN 'Matindustrien 4.0' →
   NHO 'Kompetanseløft i matindustrien' → 'fase 2' (T22: one joint LO/NHO project). NHO's barometer absorbed the small-business
   survey in 2022 ('inkl. småbedriftsundersøkelsen'): the barometer keeps N1, the 2018 survey N2 ends there (N2 is in no
   near-miss group because after the merger it is arguably part of N1).
4. **Split**: LO 2020 'Digitalt kompetanseløft for tillitsvalgte og medlemmer' (L6) is split in 2023: the tillitsvalgt part
   'Digitalkurs for tillitsvalgte' continues L6 (LO's table says first reported 2020); 'Nettkurs i digital kompetanse for
   medlemmer' is a new tiltak L7 ('skilt ut som eget tilbud', new chapter) – L6 and L7 are a near-miss.
5. **Agreements and plans with a new period are new tiltak.** Samfunnskontrakten for flere læreplasser 2016–2020 (T05) ≠
   Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026 (T06), which NHO 2022 calls 'Ny
   samfunnskontrakt'; so NHO 2022's T06 row does not continue NHO 2018's T05 row. Kompetanseløft 2020 (T12) ≠ Kompetanseløft
   2025 (T13, 'avløser'). A new mandate for the same standing committee (KBU 2023) is not a new tiltak.
6. **Pilot vs national scheme**: 'Forsøk med fagbrev på jobb' 2016–2018 (T08) ≠ the permanent 'Fagbrev på jobb' (T07);
   the counties' own offers (MR M4, Vestland W4), NAV's 'Fagbrev for arbeidssøkere – forsøk' (V1) and LO's campaign 'Ta
   fagbrev!' (L4) are separate tiltak.
7. **Programme vs its evaluation**: bransjeprogram (T03) ≠ 'Følgeevaluering av bransjeprogrammene' (T04) ≠ Virke's own
   Handelsløftet (E1); Kompetanseprogrammet (T09) ≠ 'Evaluering av Kompetanseprogrammet' (H2) ≠ Møre og Romsdal's information
   drive (M5). KBU (T01) ≠ HK-dir's regional analyses (H1).
8. **Menn i helse** (T17): KS 2018/2021/2025 and NAV 2020 'Menn i helse – rekruttering via NAV' (NAV's part of KS' programme);
   KS 2021 adds delmål 1.4; KS 2025 '(nasjonal ordning)' is the same programme made permanent. **AMO** (T18): Regjeringen 2019
   'Arbeidsmarkedsopplæring (AMO) for arbeidssøkere' = NAV 2020 'AMO-kurs for arbeidssøkere'; NAV's digital-skills course (V2)
   is different. **Yrkesfagenes år 2018** (T19): NHO 2018 = YS 2018 'Yrkesfagenes år – YS bidrar'.
9. Counties' own forums, plans, career centres, fagbrev offers and apprentice drives are separate tiltak per county and
   separate from national schemes and from KS' municipal measures.
"""

CHAINS = """
- **Regjeringen (2017 → 2019 → 2024)**: T01 KBU (2017 'Etablere …', 2019 one-liner in 'Videreførte tiltak', 2024 'nytt mandat');
  T09 Kompetansepluss (2017 both parts, 2019 one-liner 'Kompetansepluss arbeid', 2024 'Kompetanseprogrammet' after the merger);
  T16 quality framework (2017 'utvikling' → 2019 launched); R2 regionreformen (2017 → 2019 one-liner); T07, T03, T14 (2019 →
  2024, T14 renamed). T12 (2017) is NOT continued by T13 in 2024 (successor plan).
- **LO (2017 → 2020 → 2023)**: L1 tillitsvalgt course (three names); T22 Matindustrien 4.0 → fase 2 (2017 → 2020); L2
  conference (2017 → 2023, skipping 2020); T01 KBU (2017 → 2023); L6 digital (2020 → 2023, split, see 4); L4 'Ta fagbrev!' →
  'fase 2' (2020 → 2023, delmål kept, partner added).
- **KS (2018 → 2021 → 2025)**: K2 KS Læring (all three); T17 Menn i helse (all three, delmål 1.4 added 2021); T10 forum (2018 →
  2025, not in 2021); K3 monitor (2018 → 2025, renamed); T13 Kompetanseløft 2025 (2021 → 2025). T05 (2018) → T06 (2025) is NOT a
  continuation.
- **NHO (2018 → 2022 → 2026)**: N1 barometer (all three, merged survey 2022); T07 (2018 → 2022); T22 (2018 → 2022 'fase 2');
  N3 Jenter og teknologi (2018 → 2026, skipping 2022); T03 (2022 → 2026 'videreført'); T06 (2022 → 2026 'siste år').
"""

NEAR = """
Every pair of rows of different tiltak inside a group is listed in near_misses.json. Why each group must stay apart:
"""
NEAR_WHY = {
    "unions' own courses for tillitsvalgte and LO's two digital courses": "each union runs its own courses for its own tillitsvalgte; LO's two digital courses were split into two offers for different target groups.",
    "counties' own competence forums and VOFO's regional network": "forums of different counties (and VOFO's own regional offices) are separate bodies with different members.",
    "two counties' own plans": "two counties' own regional plans with different periods are different documents.",
    "career-guidance services: counties, the national digital service, Akademikerne, NAV's pilot": "a county's career centre, the national digital service, a union's member service and NAV's pilot for sick-listed people are different services run by different owners.",
    "fagbrev: national scheme, pilot, county roll-outs, NAV pilot, LO campaign": "the 2016–2018 pilot ended and the permanent scheme replaced it; county roll-outs, NAV's own pilot for job-seekers and LO's information campaign are separate measures about fagbrev.",
    "old samfunnskontrakt vs its successor with a new period": "the 2022–2026 contract is a new agreement with new parties' goals (voksne, fagskole), which the writers call 'ny'.",
    "apprentice drives: KS, Vestland, Spekter's meeting place": "KS' municipal apprentice drive, Vestland's own drive for private firms and Spekter's annual meeting place are different owners' measures.",
    "bransjeprogram vs its evaluation vs Virke's Handelsløftet": "the evaluation is a research commission about the programme, and Handelsløftet is Virke's own programme outside the trepartsprogram.",
    "Kompetansepluss/Kompetanseprogrammet vs its evaluation vs a county's mobilisation": "the evaluation and a county's information meeting are not the grant scheme itself.",
    "Kompetanseløft 2020 vs Kompetanseløft 2025": "Kompetanseløft 2025 is a new plan that replaces ('avløser') the 2020 plan.",
    "KBU vs HK-dir's regional analyses": "HK-dir's support for counties' own analyses is explicitly 'i tillegg til' the national committee.",
    "members' own surveys and barometers": "each organisation's own survey is a separate study with its own owner and sample.",
    "national councils: SRY vs RSA vs Nasjonalt fagskoleråd": "three different councils (vocational training, higher-education councils, fagskole council).",
    "EVU committee vs members' EVU studies": "the government committee is not the same as Unio's or Akademikerne's own commissioned reports on EVU.",
    "flexible education scheme vs a county's decentralised fagskole offer": "a national grant scheme vs one county fagskole's own decentralised offer.",
    "members' own HR / competence networks": "each organisation's own network for its own members.",
    "members' own conferences": "different organisations' conferences on different themes.",
    "courses for job-seekers and immigrants: AMO, NAV digital, VOFO norsktrening": "AMO, NAV's digital-skills course and the study associations' language cafés are different offers with different owners.",
    "members' own reports on skills and seniors": "three different commissioned reports on different questions.",
}
