# -*- coding: utf-8 -*-
CONVENTIONS = """## Conventions

**Rows.** One row per measure the member reports as its own tiltak (a form, a table row, a card, a bold title + paragraph).
Not rows: cover letters, addresses, greetings/signatures, contents lists, meeting lists ("Møter i rådet", "Møter og aktiviteter"),
statistics/count tables (grants, participants, members, "Antall tiltak per …"), contact boxes, the remark in Virke 2024
about a finished study, and the overview list at the start of YS 2017 / VOFO 2017 (it repeats the measures that follow; the
measure is counted once, in document order).

**Title.** Exactly as printed, without list numbers and labels: "1." / "Tiltak n:" / "Tiltak n –" / "Skjema n" / the
directorate-style section number "3.n" (KN 2019) / YS's running "Nr." / HK-dir's "1-3" ids, and without the status prefix
"Videreført:" / "Vidareført:" (a label, not part of the name). Everything else is kept: parentheses "(KBU)", «quotes», a year
("YS Arbeidslivsbarometer 2022"), dashes and sub-titles ("Karriere Innlandet – karrieresentrene i Innlandet").

**Delmål.** Always new codes, sorted. 2017 reports (YS, Akademikerne, VOFO) give the strategy's old tiltak numbers
1–16; old n = the n-th delmål (1→1.1 … 4→1.4, 5→2.1 … 10→2.6, 11→3.1 … 16→3.6); "nr. 4 og 7" → 1.4, 2.3.
Virke 2020 gives the delmål only in the strategy's words, Akademikerne 2021 only as a words heading once per section;
Unio 2020 and Nordland 2023 give "Delmål x.y – words" once per section heading (it applies to every measure under it);
Nordland's "Tiltaket gjelder også delmål 2.3" adds a second code; Virke 2018 has the code in a merged cell spanning all
rows of that delmål; Vestland 2021 prints code + nynorsk short words. Forms "2.3/3.1", "2.3, 3.1", "2.3 og 3.1",
"delmål 2.3 og 3.1" all mean the same list.

**Type.** Mapped to the six or Annet: "Forskning og utvikling", "Utredning/FoU" → FoU; "Kurs", "Kurs/ utdanning",
"Opplæring" → Kurs/utdanning; "Nettverk", "Utvalg/råd", "Råd/utvalg/ nettverk", "Råd/utval/nettverk" → Råd/utvalg/nettverk;
"Konferanse/seminar" → Arrangement; "Informasjonstiltak", "Kampanje/informasjon" → Informasjon; "Politisk påvirkning",
"Påvirkningsarbeid", "Tilskuddsordning", "Regelverk", "Tjeneste", "Veiledningstjeneste", "Plan" → Annet.
Lower-case variants (hk2026, unio2018, aka2021) map to the same. No row lacks a type in this batch.

**Responsible.** As printed in the Ansvarlig/Ansvar/Ansvarleg field (or "Ansvarlig: X." in VOFO 2017's prose). A joint
string is kept whole ("YS, Akademikerne og VOFO", "Akademikerne/Econa", "Parat/YS", "Partene"). When a member reports a
measure run by someone else it names that body ("Kompetanse Norge", "Universiteter og høyskoler", "KD", "HK-dir").

**Partners.** The Samarbeidspartnere/Samarbeid/Partnere/I samarbeid med/Samarbeidspartnarar field split on commas and the
final " og "; no partner name in this batch contains " og ". "–" or an empty cell → []. Lower-case generic partners are kept
as printed ("studieforbundene", "partene i arbeidslivet", "kommunane").

**Period.** As printed in Tidspunkt og varighet / Tidsrom / Periode / Når ("Løpende", "Høsten 2017", "2020–2022",
"Til 31.12.2019"). VOFO 2017 has Word's leaked list number in front ("7. Hele 2017"): the number is not part of the period.
Virke 2018 has no period column → null.

**Description.** The measure's own description paragraph / cell, whole. VOFO 2025: the text under the bold title in the
same cell. HK-dir 2026: only the sentence(s) before "Knyttet til …" (the rest of that paragraph repeats the fields).
Tables without a description column (Virke 2018, Virke 2024, YS 2022, Unio 2020, HK-dir 2022, Vestland 2024) → null.

**tiltak_id (same real-world measure).**
- Joint councils are ONE tiltak for every member that reports taking part (as the directorate counts them): SRY, KBU
  (incl. Kompetanse Norge/HK-dir as secretariat), RSA, the faglige råd, Nasjonalt forum for karriereveiledning.
- A member's recurring yearly event/survey is one tiltak across its years (YS Arbeidslivskonferanse, Virke's
  kompetansekonferanse, VOFO-konferansen, HK-dir's career-guidance conference, Unio's Arendalsuka debate, YS
  Arbeidslivsbarometer); different members' conferences are different tiltak (near-misses).
- The joint Arendalsuka 2019 breakfast seminar is one tiltak reported by YS (responsible), Akademikerne and VOFO.
- A survey and the report written from it are different tiltak (YS barometer vs its 2019 report; Virke's 2018 member
  survey vs its 2020 report; Unio's 2023 survey vs its report).
- Renamed programme = same tiltak: FVO-forsøket → "Forberedende opplæring for voksne"; "Tilskudd til … fleksible
  videreutdanningstilbud i digital kompetanse" → "Tilskudd til fleksible utdanningstilbud"; "Bransjeprogram for
  varehandelen" → "Bransjeprogrammet for handel"; "Nasjonal digital karriereveiledningstjeneste" → "karriereveiledning.no".
- Merged into a larger programme = NEW tiltak: Kompetanseprogrammet (from 2022) replaced Kompetansepluss arbeid and
  Kompetansepluss frivillighet; it continues neither (VOFO's 2025 Kompetanseprogrammet row is continues=false, the pairs
  are near-misses). HK-dir's umbrella "Bransjeprogram for kompetanseutvikling" is a different tiltak from each branch
  programme (varehandel, kommunal helse og omsorg, reiseliv).
- County vs national scheme: when a county reports taking part in / running a national scheme under the scheme's own
  name, it is the national tiltak (Innlandet in the FVO-forsøk; Nordland administering BIO after the transfer from NAV;
  Virke members in Hurtigsporet). A county's own branded programme is its own tiltak (Karriere Innlandet / Nordland /
  Vestland, each county's regional plan/forum, each yrkesopplæringsnemnd, "Fagbrev på jobb i Vestland", Innlandet's
  modulstrukturert fagopplæring) and forms near-miss pairs with the national ones and with each other.
- Same member again: "Videreført", "Fortsatt …", "Oppfølging av …", shortened/lengthened titles, a delmål added
  (Balansekunst 2.5 → 2.2+2.5, Kompetansepluss frivillighet 3.2 → 3.2+3.6), or an abbreviation (SRY, KBU, RSA, EVU, FVO, BIO)
  keep the id. YS 2017's "Utvikle metode og modell for å dokumentere kompetanse ervervet i arbeidslivet" is the project
  later named «Balansekunst». Akademikerne 2021 "Digital karriereveiledning for medlemmer" continues its own member tool,
  not the national digital service.

**continues.** true when the same organisation reported the same tiltak_id in an earlier year of this batch. Kompetanse
Norge (2019) and HK-dir (2022, 2026) are treated as one organisation (Kompetanse Norge became part of HK-dir in 2021),
though each file's `reporter` is the name printed on it.

**near_misses.json.** Rows tagged in 20 look-alike groups (county career centres; national career-guidance measures;
unions' own courses; yearly conferences; Arendalsuka events; surveys vs reports ×3; Kompetansepluss/Kompetanseprogrammet;
regional plans/fora; councils SRY/RSA/faglige råd/YON; KBU vs regional analyses; bransjeprogram family; FVO vs other adult
programmes; NAV programmes; digital competence; realkompetanse; Akademikerne's research reports; Unio's reports;
Virke's two digitalisation studies; norskopplæring). Every pair of rows in a group with different tiltak_id, at most two
row pairs per pair of tiltak.
"""
