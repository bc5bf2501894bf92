# -*- coding: utf-8 -*-
"""Hand-written parts of README.md (conventions and identity notes)."""

CONVENTIONS = """\
## Conventions

- **title**: exactly as printed, without list numbers (①, 01, 1–5 ranks, "Tiltak n", V1…), IDs, labels
  ("Tiltak:", "Namnet på tiltaket er") or the markers in the change log ([+], [=], [~]). Parenthesised remarks
  that are printed as part of the title are kept ("(videreført)", "(tidligere «…»)", "(2016–2020)").
- **delmal**: sorted new codes. VOFO and LO 2017 print the old "NKPS tiltak nr." (n → n-th delmål: 12 → 3.2,
  16 → 3.6, 4 og 7 → 1.4, 2.3). Trøndelag 2020 prints only the delmål *texts* (mapped to codes). When no delmål
  is printed for a measure (YS 2020: "Kompetansebehovsutvalget" and "IA-avtalen"), delmal is `[]`; the obvious
  1.1 for KBU is *not* filled in.
- **type**: the six labels of the brief. Printed types that are not one of them are mapped: Plan, Oppgave/Oppgåve,
  Tjeneste/Teneste, Tilskot, Kampanje, Veileder → Annet; Nettverk → Råd/utvalg/nettverk; Pilot/Forsøk → Prosjekt;
  Utdanning → Kurs/utdanning; lower-case "kurs/utdanning" etc. in the YS chat → the canonical spelling.
  No report prints "Informasjon"; information work is printed (and expected) as "Annet".
- **responsible**: as printed for the measure. Unio 2023 does not print a responsible for measures under the
  heading "Tiltak Unio leder": the heading makes Unio responsible, so responsible = "Unio". For "Tiltak Unio
  deltar i" the printed "Ledes av:" value is used. Regjeringen 2019: the department in the row's first column
  (KD, ASD, KMD, JD). Joint responsibility is kept as printed ("Spekter og LO Stat", "Partene og KD",
  "Akademikerne/Econa").
- **partners**: list as printed, split on commas and the final "og"; `[]` if none printed. In the Akademikerne
  2019 bibliography the "Utført av …" / "I samarbeid med …" phrase gives the partners.
- **period**: as printed ("" if none). **description**: the printed description text (Regjeringen 2019 prints
  none → "").
- **Not measures** (must not be counted): VOFO's "Sum:" line and contact line; Akademikerne 2019 "Andre kilder";
  Regjeringen's "Sum" row; the YS chat chatter, including the rejected "Arbeidslivsbarometeret"; KS's right-hand
  "Sekretariatets merknad" column (it names other members' measures in «…») and the closing assessment row;
  the "Om NHO" box; the LO 2022 version table and the struck-through "Avsluttet i 2021" entries; Trøndelag's
  Artikkel 1–4, signatures and Bilag 2 contacts; HK-dir's abstract, Figur 1 and Referanser; NAV's
  "Samlet fremdrift" bar; Spekter 2019's introduction (mentions the Samfunnskontrakt in passing); page tabs,
  headers and footers.
- **tiltak_id**: T01… by first appearance, files ordered by (report_year, file name), measures in reading order.
  Reading order where it differs from the data order: LO 2017 by area page (area 1 page, then area 2, then 3);
  Virke 2018 left table then right table; Akademikerne 2019 alphabetical by publisher then title (as printed);
  Vestland 2021 quadrants top-left, top-right, bottom-left, bottom-right; LO 2022 sections Nye → Uendret →
  Nytt navn; Unio 2023 "leder" then "deltar i"; NHO 2024 top 5 then "Øvrige tiltak".
- **continues**: true when the same reporter has the same tiltak_id in an earlier report year.
"""

IDENTITY = """\
## Identity judgements

General rules used:
1. A council or committee that several members sit in is one tiltak, whoever reports it and whether they write
   "deltakelse i …", "plass i …" or just the name (as the directorate did in its 2018 summary for KBU, RSA, SRY and
   UHR's fagstrategiske enheter). "SRY og de faglige rådene" is still the SRY measure of LO.
2. A national scheme or agreement is one tiltak across reporters when a member reports it as party/partner
   (Samfunnskontrakt, IA-avtale, Fagbrev på jobb, bransjeprogram for industri og bygg, Kompetansepluss arbeid,
   fleksible videreutdanningstilbud, kompetansereformen, regionreformen, digital karriereveiledning, the
   introduksjonsprogram reform, NAV's vocational training in arbeidsmarkedstiltak, the BIO transfer).
   A member's *own* activity around a scheme is its own tiltak (Spekter's letter on apprentices, Spekter's
   søkekonferanse, LO's application guidance).
3. A renamed scheme stays the same tiltak: Kompetansepluss arbeid = Kompetanseprogrammet (NHO 2024, Spekter 2026);
   "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse" = "Fleksible videreutdanningstilbud
   (tidligere «Digital kompetanse – tilskudd»)"; "karriereveiledning.no" = the national digital career guidance
   service; "Holden-utvalget" = the EVU expert committee (YS reports its reference group, rule 1).
4. "fase 2", "del 2", "(videreført)", "videreført med …", a shorter title, added/dropped delmål and new partners
   keep the identity (LO realkompetanse fase 2; Virke Hovedavtale fase 2; Akademikerne "Yngre eldre – del 2";
   Spekter "HR-direktørnettverket"; NHO "Bransjeprogrammet for industri og bygg, videreført").
5. Separate events are separate tiltak even in a series: Virke's conferences 2018/2022, NHO's 2021/2024,
   Spekter's Fagskolekonferansen 2019/2026 and Arendalsuka 2019/2026 (year in the title, one-off event, different
   theme). By contrast Spekter's "Møteplass lærebedrifter" is reported as a standing annual meeting place
   ("(årlig)", "videreført", 14th time) and is one continuing tiltak; likewise Spekter's søkekonferanse for
   Kompetansepluss/Kompetanseprogrammet is treated as one recurring tiltak (renamed scheme in its title).
6. A new agreement period is a new tiltak: Samfunnskontrakt 2016–2020 ≠ Samfunnskontrakt 2022–2026;
   IA-avtalen 2019–2022 ≠ IA-avtalen 2024–2028.
7. Pilot vs national scheme: regional pilots are kept apart from the national scheme they resemble
   (Trøndelag's "Pilot: Fagbrev på jobb i kommunale helse- og omsorgstjenester" and Vestland's "Fagbrev på jobb i
   havbruk – forsøk i Vestland" ≠ national "Fagbrev på jobb"); the praksiskandidat route is a different scheme.
8. The national BIO transfer (Regjeringen 2019, NAV 2023) ≠ Vestland's own operation of BIO from 2024
   ("Bedriftsintern opplæring (BIO) i Vestland"). Different bransjeprogram (industri og bygg / varehandel /
   kommunal helse og omsorg) are different tiltak.
9. Akademikerne 2025 "Etter- og videreutdanning blant høyt utdannede – ny undersøkelse 2025" is a *new* study
   (new sample, new contractor, "sammenlignes ikke direkte med 2019") and not the 2019 Econa report, while
   "Framtidens behov for akademikere – videreført med årlige framskrivninger" continues the 2019 project.
10. Regional plans, career centres and competence fora of two counties are never merged with each other.
"""
