#!/usr/bin/env python3
"""Blind batch "sheets1": spreadsheet reports (.xlsx/.ods) and two scanned
(image-only) PDF reports from members of Kompetansepolitisk råd.

All content is held in this script as Python data; expected.json is written
from the same data. Run with a Python that has openpyxl, python-docx, Pillow
and pypdfium2 (e.g. /work/main/.venv/bin/python). LibreOffice (`soffice`) is
needed for the .ods conversion and for docx -> pdf before rasterising.

    /work/main/.venv/bin/python tests/blind/sheets1/make_batch.py
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GREY_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def M(title, delmal_cell, delmal, type_, responsible, partners, period,
      description=None):
    """One measure. delmal_cell is what is written in the file (str/float),
    delmal the expected list of codes."""
    return dict(title=title, delmal_cell=delmal_cell, delmal=delmal,
                type=type_, responsible=responsible, partners=partners,
                period=period, description=description)


def flat(text):
    """Expected form of a cell value: line breaks joined with one space."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return str(text)
    return " ".join(part.strip() for part in str(text).split("\n") if part.strip()) or None


def widths(ws, cols):
    for i, w in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def style_header(ws, row, first_col, last_col):
    for c in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box(ws, row, first_col, last_col, wrap=True):
    for c in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if wrap:
            cell.alignment = WRAP_TOP


def value_of(m, key):
    """Cell value for a column key of a measure."""
    return m[key] if key != "delmal" else m["delmal_cell"]


def merge_runs(ws, col, first_row, measures, rows):
    """Merge the delmål cells of consecutive measures with the same delmal_cell."""
    i = 0
    while i < len(measures):
        j = i
        while j + 1 < len(measures) and measures[j + 1]["delmal_cell"] == measures[i]["delmal_cell"] \
                and rows[j + 1] == rows[j] + 1:
            j += 1
        if j > i:
            ws.merge_cells(start_row=rows[i], start_column=col, end_row=rows[j], end_column=col)
            ws.cell(row=rows[i], column=col).alignment = Alignment(vertical="center", wrap_text=True)
        i = j + 1


GUIDANCE = [
    "Veiledning for rapporteringen",
    "Alle medlemmer i Kompetansepolitisk råd rapporterer årlig om tiltak som følger opp delmålene i "
    "Nasjonal kompetansepolitisk strategi (NKPS).",
    "Før opp ett tiltak per rad. Oppgi delmålsnummeret fra strategien (f.eks. 2.3). Et tiltak kan knyttes til flere delmål.",
    "Type tiltak velges fra listen: FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement.",
    "Ansvarlig: den organisasjonen som har hovedansvaret. Samarbeidspartnere: øvrige aktører.",
    "Periode: oppstart og varighet (f.eks. 2020–2022 eller «løpende»).",
    "Beskrivelse: maks en halv side. Send utfylt skjema til sekretariatet innen 1. desember.",
]

DELMAL_CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def guidance_sheet(ws, lines=GUIDANCE):
    ws["A1"] = lines[0]
    ws["A1"].font = TITLE
    for i, line in enumerate(lines[1:], start=3):
        ws.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 110


# --------------------------------------------------------------------------
# 1  NHO 2021 – matrix with merged delmål cells (codes typed as text)
# --------------------------------------------------------------------------

NHO_2021 = [
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler",
      "1.4", ["1.4"], "Råd/utvalg/nettverk", "NHO", "NHOs regionforeninger, UH-institusjonene", "Løpende",
      "NHOs regionforeninger deltar i RSA ved de fleste universiteter og høyskoler og bidrar til at "
      "studieprogrammene gjenspeiler kompetansebehovene i regionalt næringsliv."),
    M("Kompetanseforum i NHOs regionforeninger",
      "1.4", ["1.4"], "Råd/utvalg/nettverk", "NHOs regionforeninger", "Fylkeskommunene, LO, NAV", "2021",
      "Faste møteplasser mellom bedrifter, fagskoler og fylkeskommunen for å drøfte dimensjonering "
      "av fagskole- og videreutdanningstilbud."),
    M("Bransjeprogram for industri- og byggenæringen",
      "2.1", ["2.1"], "Kurs/utdanning", "NHO og LO", "Norsk Industri, Fellesforbundet, BNL, HK-dir", "2020–2022",
      "Partene har utviklet korte, fleksible moduler i digitalisering, automasjon og grønn omstilling "
      "som tilbys av fagskoler og høyskoler over hele landet."),
    M("Digital kompetanse i små og mellomstore bedrifter – pilot i NHO Service og Handel",
      "2.1", ["2.1"], "Prosjekt", "NHO Service og Handel", "HK Norge, Handelshøyskolen BI", "Høsten 2021",
      "Pilot med nettbaserte kurs i digital markedsføring og netthandel for ansatte i små bedrifter."),
    M("NHOs kompetansebarometer 2021",
      "2.1", ["2.1"], "Kartlegging", "NHO", "NIFU", "2021",
      "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov, med egne spørsmål om "
      "digital kompetanse og behov for omstilling."),
    M("Kampanjen «Velg yrkesfag» rettet mot elever og foresatte",
      "2.3", ["2.3"], "Informasjon/veiledning", "NHO", "Fylkeskommunene, opplæringskontorene", "Januar–mars 2021",
      "Digital kampanje før søknadsfristen til videregående opplæring med filmer fra lærlinger i ulike bransjer."),
    M("Ringer i vannet – rekruttering av arbeidssøkere via NAV",
      "3.3", ["3.3"], "Prosjekt", "NHO Service og Handel", "NAV", "Løpende",
      "Bedrifter forplikter seg til å rekruttere arbeidssøkere fra NAV og gi dem opplæring på arbeidsplassen."),
    M("Fagbrev på jobb for voksne arbeidssøkere",
      "3.3", ["3.3"], "Prosjekt", "NHO", "NAV, fylkeskommunene, LO", "2021–2023",
      "Forsøk der arbeidssøkere kombinerer arbeidspraksis med opplæring fram mot fagbrev."),
]


def make_nho_2021(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ncol = 7
    ws["A1"] = "Rapportering til Kompetansepolitisk råd 2021 – NHO"
    ws["A1"].font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Oppfølging av Nasjonal kompetansepolitisk strategi (NKPS) – status per 1. desember 2021"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"]
    keys = ["delmal", "title", "type", "responsible", "partners", "period", "description"]
    hr = 4
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, ncol)
    rows = []
    r = hr + 1
    for m in NHO_2021:
        for c, k in enumerate(keys, start=1):
            v = value_of(m, k)
            cell = ws.cell(row=r, column=c, value=v)
            if k == "delmal":
                cell.number_format = "@"  # typed as text
        box(ws, r, 1, ncol)
        rows.append(r)
        r += 1
    merge_runs(ws, 1, hr + 1, NHO_2021, rows)
    widths(ws, [9, 45, 20, 20, 32, 16, 60])
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Ark2")
    guidance_sheet(ws2)
    wb.save(path)


# --------------------------------------------------------------------------
# 2  LO 2020 – instruction sheet FIRST, Nr. column, delmål as numbers
# --------------------------------------------------------------------------

LO_2020 = [
    M("Innspill til Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet",
      2.2, ["2.2"], "Informasjon", "LO", "LO-forbundene", "Våren 2020",
      "LO samlet innspill fra forbundene og la vekt på finansiering av etter- og videreutdanning "
      "for arbeidstakere uten høyere utdanning."),
    M("Tillitsvalgtskolering om kompetanseutvikling på arbeidsplassen",
      2.2, ["2.2"], "Kurs/utdanning", "LO", "AOF Norge", 2020,
      "Kursmodul for tillitsvalgte om hvordan kompetanseplaner og opplæringsbestemmelser i "
      "tariffavtalene kan brukes lokalt."),
    M("Deltakelse i Kompetansebehovsutvalget (KBU)",
      1.1, ["1.1"], "Råd/utvalg/nettverk", "LO", "KD, NHO, øvrige hovedorganisasjoner", "2017–2021",
      None),
    M("Bransjeprogram for varehandel",
      "2.1 og 2.4", ["2.1", "2.4"], "Kurs/utdanning", "LO/HK Norge", "Virke, HK-dir", "2020–2021",
      "Videreutdanningstilbud i netthandel, logistikk og kundebehandling for ansatte i varehandelen, "
      "utviklet sammen med fagskoler."),
    M("Rapport om tariffavtalenes bestemmelser om kompetanseutvikling",
      2.2, ["2.2"], "FoU", "LO", "Fafo", "2020",
      "Kartlegging av hvordan opplæringsbestemmelsene i de største tariffavtalene praktiseres i virksomhetene."),
    M("Informasjon om praksiskandidatordningen til medlemmene",
      2.5, ["2.5"], "Informasjon", "LO Stat", "Utdanningsdirektoratet", "Høsten 2020",
      "Brosjyre og webinar om hvordan erfarne arbeidstakere kan ta fagbrev som praksiskandidat."),
    M("Norskopplæring på arbeidsplassen for ansatte med innvandrerbakgrunn",
      3.4, ["3.4"], "Prosjekt", "LO/Fellesforbundet", "NHO Byggenæringen, Kompetanse Norge", "2020–2022",
      "Arbeidsplassbasert norskopplæring i byggebransjen, med vekt på HMS-språk og fagterminologi."),
    M("Karriereveiledning for tillitsvalgte",
      1.3, ["1.3"], "Kurs/utdanning", "LO", "Karrieresenteret i Oslo", "2020",
      "Kurs som gjør tillitsvalgte i stand til å gi kolleger en første veiledning og henvise videre til karrieresentrene."),
]


def make_lo_2020(path):
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruksjon"
    guidance_sheet(ins, ["Instruksjon"] + GUIDANCE[1:])
    ws = wb.create_sheet("LO 2020")
    ws["A1"] = "LO – rapportering av tiltak 2020"
    ws["A1"].font = TITLE
    ws["A2"] = "Nasjonal kompetansepolitisk strategi 2017–2021"
    header = ["Nr.", "Navn på tiltak", "Relevant delmål", "Kategori", "Hovedansvarlig", "Partnere",
              "Tidsrom", "Kort beskrivelse"]
    keys = [None, "title", "delmal", "type", "responsible", "partners", "period", "description"]
    hr = 3
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, len(header))
    for i, m in enumerate(LO_2020, start=1):
        r = hr + i
        ws.cell(row=r, column=1, value=i)
        for c, k in enumerate(keys[1:], start=2):
            cell = ws.cell(row=r, column=c, value=value_of(m, k))
            if k == "delmal" and isinstance(m["delmal_cell"], float):
                cell.number_format = "0.0"
        box(ws, r, 1, len(header))
    widths(ws, [5, 40, 10, 18, 18, 28, 13, 55])
    wb.active = 1
    wb.save(path)


# --------------------------------------------------------------------------
# 3  KS 2019 – area group rows, empty column, empty rows between blocks
# --------------------------------------------------------------------------

KS_2019_AREAS = [
    ("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", [
        M("Samarbeid mellom kommuner og UH-sektoren om praksis i helse- og sosialfagutdanningene",
          "1.4", ["1.4"], "Prosjekt", "KS", "UHR, KD, HOD", "2019–2021",
          "Utvikling av avtaler om praksisplasser og kombinerte stillinger mellom kommuner og høyskoler."),
        M("Karriereveiledning for ansatte i kommunesektoren – pilot i tre fylker",
          "Delmål 1.3", ["1.3"], "Prosjekt", "KS", "Fylkeskommunene, Kompetanse Norge", "2019–2020",
          "Ansatte uten fagbrev får tilbud om veiledning om utdanningsmuligheter i regi av karrieresentrene."),
    ]),
    ("Hovedinnsatsområde 2: Læring i arbeidslivet", [
        M("KS Læring – felles digital læringsplattform for kommunesektoren",
          "2.1", ["2.1"], "Informasjon", "KS", "Kommunene, fylkeskommunene", "Løpende",
          "Plattformen tilbyr e-læringskurs og deling av egenutviklede kurs mellom kommuner."),
        M("Nettverk for digital kompetanse i kommunene",
          "2.1", ["2.1"], "Råd/utvalg/nettverk", "KS", "Fylkesmannen, kommunene", "2019",
          "Regionale nettverk der kommuner deler erfaringer med opplæring i nye digitale tjenester."),
        M("Arbeidsgivermonitor 2019 – analyse av kompetansebehov i kommunesektoren",
          "2.2", ["2.2"], "Forskning og utvikling", "KS", "Proba samfunnsanalyse", "2019",
          "Spørreundersøkelse til alle kommuner om rekrutteringsutfordringer og kompetansebehov."),
        M("Lærlingløftet i kommunesektoren",
          "2.3", ["2.3"], "Informasjon/veiledning", "KS", "Fagforbundet, Utdanningsdirektoratet, fylkeskommunene",
          "2019–2020",
          "Veiledning til kommuner som vil ta inn flere lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
        M("Regional ordning for kompetanseutvikling i barnehage",
          "1.2, 2.4", ["1.2", "2.4"], "Tilskuddsordning", "Utdanningsdirektoratet", "KS, Fylkesmannen, UH",
          "2019–2022",
          "Midler fordeles via samarbeidsforum i hvert fylke der kommunene og UH planlegger tiltak sammen."),
    ]),
    ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        M("Grunnleggende ferdigheter for ansatte i helse og omsorg",
          "3.2", ["3.2"], "Kurs/utdanning", "KS", "Kompetanse Norge, Fagforbundet", "2019",
          "Opplæring i lesing, skriving og digitale ferdigheter finansiert gjennom Kompetansepluss arbeid."),
        M("Kommunen som læringsarena for deltakere i introduksjonsprogrammet",
          "3.4", ["3.4"], "Prosjekt", "KS", "IMDi, NAV", "2019–2020",
          "Språkpraksis i kommunale virksomheter kombinert med norskopplæring."),
    ]),
]
KS_2019 = [m for _, ms in KS_2019_AREAS for m in ms]


def make_ks_2019(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KS 2019"
    header = ["Tiltakets navn", "Kort beskrivelse", None, "Delmål", "Hovedansvarlig", "Samarbeidspartnere",
              "Type tiltak", "Tidsrom"]
    keys = ["title", "description", None, "delmal", "responsible", "partners", "type", "period"]
    ncol = len(header)
    ws["A1"] = "KS – Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2019"
    ws["A1"].font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    hr = 3
    for c, h in enumerate(header, start=1):
        if h:
            ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, ncol)
    r = hr + 1
    for area, measures in KS_2019_AREAS:
        ws.cell(row=r, column=1, value=area).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).fill = GREY_FILL
        r += 1
        for m in measures:
            for c, k in enumerate(keys, start=1):
                if k:
                    ws.cell(row=r, column=c, value=value_of(m, k))
            box(ws, r, 1, ncol)
            r += 1
        r += 1  # empty row between blocks
    widths(ws, [42, 55, 3, 11, 18, 30, 20, 13])
    wb.save(path)


# --------------------------------------------------------------------------
# 4  Virke 2022 – empty column A, multi-line cells, empty row, Veiledning sheet
# --------------------------------------------------------------------------

VIRKE_2022 = [
    M("Bransjeprogram for varehandelen – nye moduler i e-handel",
      "Delmål 2.1 og 2.4", ["2.1", "2.4"], "Kurs/utdanning", "Virke", "HK Norge, HK-dir, Handelshøyskolen BI",
      "2021–2023",
      "Tre nye moduler i e-handel og digital markedsføring.\nTilbudet er gratis for ansatte i varehandelen."),
    M("Virkes kompetanseindeks 2022",
      "2.2", ["2.2"], "Kartlegging", "Virke", "Ipsos", "Høsten 2022",
      "Undersøkelse blant medlemsvirksomhetene om bruk av og behov for etter- og videreutdanning."),
    M("Fagbrev i salgsfaget for voksne i arbeid",
      "2.3/2.5", ["2.3", "2.5"], "Prosjekt", "Virke", "HK Norge, fylkeskommunene", "2022–2024",
      "Ansatte med lang erfaring fra butikk får vurdert realkompetansen sin og tar fagbrev på jobb."),
    M("Karriereveiledning i ideelle virksomheter",
      "1.3", ["1.3"], "Informasjon/veiledning", "Virke Ideell og frivillighet", None, "2022",
      "Informasjonsmøter om karriereveiledning for ansatte i ideelle helse- og omsorgsvirksomheter."),
    M("Norsk på arbeidsplassen i ideelle virksomheter",
      "Delmål 3.4", ["3.4"], "Kurs/utdanning", "Virke", "HK-dir, Fagforbundet", "Mars–desember 2022",
      "Arbeidsplassbasert norskopplæring for ansatte med kort botid.\nTiltaket er finansiert av Kompetansepluss."),
    M("Deltakelse i Kompetansebehovsutvalget",
      "1.1", ["1.1"], "Råd/utvalg/nettverk", "Virke", "KD, partene", "Løpende", None),
]


def make_virke_2022(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["B2"] = "Hovedorganisasjonen Virke"
    ws["B2"].font = TITLE
    ws["B3"] = "Rapportering til Kompetansepolitisk råd – 2022"
    ws["B3"].font = Font(bold=True, size=12)
    header = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Tidspunkt og varighet", "Beskrivelse"]
    keys = ["title", "delmal", "type", "responsible", "partners", "period", "description"]
    hr = 5
    for c, h in enumerate(header, start=2):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 2, 1 + len(header))
    r = hr + 1
    for i, m in enumerate(VIRKE_2022):
        if i == 3:
            r += 1  # empty row between blocks
        for c, k in enumerate(keys, start=2):
            ws.cell(row=r, column=c, value=value_of(m, k))
        box(ws, r, 2, 1 + len(header))
        r += 1
    widths(ws, [3, 40, 14, 18, 22, 28, 18, 55])
    ws2 = wb.create_sheet("Veiledning")
    guidance_sheet(ws2)
    wb.save(path)


# --------------------------------------------------------------------------
# 5  Unio 2019 – made as xlsx, converted to .ods (merged delmål, empty row)
# --------------------------------------------------------------------------

UNIO_2019 = [
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)",
      "1.4", ["1.4"], "Råd/utvalg/nettverk", "Unio-forbundene", "UH-institusjonene", "Løpende",
      "Forbundene er representert i RSA ved de fleste høyskoler som utdanner lærere, sykepleiere og politi."),
    M("Innspill til stortingsmeldingen om arbeidsrelevans i høyere utdanning",
      "1.4", ["1.4"], "Informasjon", "Unio", "Utdanningsforbundet, Norsk Sykepleierforbund", "2019",
      None),
    M("Kunnskapsoppsummering om etter- og videreutdanning for lærere og sykepleiere",
      "2.2", ["2.2"], "FoU", "Unio", "NIFU", "2019–2020",
      "Oppsummering av forskning om effekter av videreutdanning i skole og helsetjeneste."),
    M("Unio-konferansen 2019: «Livslang læring i velferdsstaten»",
      "2.2", ["2.2"], "Arrangement", "Unio", "Forskerforbundet, Politiets Fellesforbund", "November 2019",
      "Konferanse for tillitsvalgte og arbeidsgivere med om lag 250 deltakere."),
    M("Godkjenning av utenlandsk sykepleierutdanning – informasjonstiltak",
      "2.6", ["2.6"], "Informasjon", "Norsk Sykepleierforbund", "Helsedirektoratet, NOKUT", "2019",
      "Veiledning til medlemmer med utdanning fra land utenfor EØS om godkjenningsordningen og kompletterende utdanning."),
]


def make_unio_2019_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2019"
    ncol = 7
    ws["A1"] = "Unio – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi, 2019"
    ws["A1"].font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    header = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"]
    keys = ["title", "delmal", "type", "responsible", "partners", "period", "description"]
    hr = 3
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, ncol)
    rows = []
    r = hr + 1
    for i, m in enumerate(UNIO_2019):
        if i in (2, 4):
            r += 1  # empty row before each new delmål block
        for c, k in enumerate(keys, start=1):
            ws.cell(row=r, column=c, value=value_of(m, k))
        box(ws, r, 1, ncol)
        rows.append(r)
        r += 1
    merge_runs(ws, 2, hr + 1, UNIO_2019, rows)
    widths(ws, [45, 9, 20, 22, 32, 15, 55])
    wb.create_sheet("Ark2")
    wb.save(path)


def to_ods(xlsx_path, ods_path):
    tmp = tempfile.mkdtemp(prefix="sheets1_ods_")
    try:
        src = os.path.join(tmp, os.path.basename(xlsx_path))
        shutil.copy(xlsx_path, src)
        run_soffice(["--convert-to", "ods", "--outdir", tmp, src], tmp)
        produced = os.path.splitext(src)[0] + ".ods"
        shutil.copy(produced, ods_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# 6  Vestfold og Telemark fylkeskommune 2020 – Nr., text-only delmål,
#    sum row, hidden-style list sheet used by data validation
# --------------------------------------------------------------------------

VTFK_2020 = [
    M("Etablering av Kompetanseforum Vestfold og Telemark",
      "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
      ["1.2"], "Råd/utvalg/nettverk", "Vestfold og Telemark fylkeskommune", "NAV, NHO, LO, KS, USN", "2020–2021"),
    M("Regional kompetansestrategi for Vestfold og Telemark 2021–2024",
      "1.2", ["1.2"], "Prosjekt", "Vestfold og Telemark fylkeskommune", "Kommunene, partene, USN", "2020"),
    M("Digital karriereveiledning under pandemien",
      "1.3", ["1.3"], "Informasjon/veiledning", "Karrieresenteret Vestfold og Telemark",
      "NAV Vestfold og Telemark", "Mars–desember 2020"),
    M("Fagskoletilbud i industriell digitalisering",
      "2.1, 2.4", ["2.1", "2.4"], "Kurs/utdanning", "Fagskolen Vestfold og Telemark",
      "Industriklyngen i Grenland, NHO Vestfold og Telemark", "Fra høsten 2020"),
    M("Hospitering for yrkesfaglærere i lokale bedrifter",
      "2.3", ["2.3"], "Kurs/utdanning", "Vestfold og Telemark fylkeskommune", "Opplæringskontorene, bedrifter",
      "2020"),
    M("Modulstrukturert videregående opplæring for voksne",
      "Fleksibel opplæring på voksnes premisser – flere voksne skal få ta videregående opplæring",
      ["3.1"], "Kurs/utdanning", "Vestfold og Telemark fylkeskommune", "NAV, kommunene", "2020–2022"),
    M("Kompetansepluss frivillighet – kurs i frivillige lag",
      "3.2", ["3.2"], "Tilskuddsordning", "VOFO Vestfold og Telemark", "Kompetanse Norge", "2020"),
]


def make_vtfk_2020(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Vestfold og Telemark fylkeskommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Årsrapport – regionale tiltak i oppfølging av NKPS, 2020"
    ws["A3"] = "Utfylt av: Seksjon for kompetanse og samfunnsutvikling"
    ws["A3"].font = Font(italic=True, size=9)
    header = ["Nr.", "Tiltak", "Delmål i NKPS", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]
    keys = [None, "title", "delmal", "type", "responsible", "partners", "period"]
    hr = 5
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, len(header))
    for i, m in enumerate(VTFK_2020, start=1):
        r = hr + i
        ws.cell(row=r, column=1, value=f"{i}.")
        for c, k in enumerate(keys[1:], start=2):
            ws.cell(row=r, column=c, value=value_of(m, k))
        box(ws, r, 1, len(header))
    r = hr + len(VTFK_2020) + 1
    ws.cell(row=r, column=2, value="Sum tiltak").font = BOLD
    ws.cell(row=r, column=3, value=len(VTFK_2020)).font = BOLD
    widths(ws, [5, 42, 40, 22, 30, 36, 18])

    lists = wb.create_sheet("Lister")
    lists["A1"] = "Delmål"
    lists["B1"] = "Type tiltak"
    for i, code in enumerate(DELMAL_CODES, start=2):
        lists.cell(row=i, column=1, value=code)
    types = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon/veiledning",
             "Arrangement", "Tilskuddsordning"]
    for i, t in enumerate(types, start=2):
        lists.cell(row=i, column=2, value=t)
    dv = DataValidation(type="list", formula1=f"=Lister!$B$2:$B${len(types) + 1}", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{hr + 1}:D{hr + 40}")
    wb.save(path)


# --------------------------------------------------------------------------
# 7  HK-dir 2022 – two-row grouped header with merged cells, numeric delmål
# --------------------------------------------------------------------------

HKDIR_2022 = [
    M("Kurs i det nasjonale kvalitetsrammeverket for karriereveiledning",
      1.3, ["1.3"], "Kurs/utdanning", "HK-dir", "Fylkeskommunene, karrieresentrene", "2022"),
    M("Karriereveiledning.no – nasjonal digital veiledningstjeneste",
      1.3, ["1.3"], "Informasjon/veiledning", "HK-dir", "Utdanningsdirektoratet, NAV", "Løpende"),
    M("Sekretariat for Kompetansebehovsutvalget (KBU)",
      1.1, ["1.1"], "Råd/utvalg/nettverk", "HK-dir", "KD, partene, forskere", "2022–2023"),
    M("Kompetanseprogrammet – tilskudd til fleksible videreutdanningstilbud",
      2.1, ["2.1"], "Tilskuddsordning", "HK-dir", "UH-institusjoner, fagskoler, partene", "Utlysning 2022"),
    M("Forvaltning av bransjeprogram for kompetanseutvikling",
      "2.1 / 2.4", ["2.1", "2.4"], "Tilskuddsordning", "HK-dir", "Partene i arbeidslivet, KD", "2022"),
    M("Evaluering av bransjeprogrammene, delrapport 2",
      2.2, ["2.2"], "Forskning og utvikling", "HK-dir", "Proba samfunnsanalyse, Fafo", "2021–2023"),
    M("Ny ordning for godkjenning av utenlandsk fagopplæring",
      2.6, ["2.6"], None, "HK-dir", "Utdanningsdirektoratet, fylkeskommunene", "2022"),
    M("Kompetansepluss arbeid og frivillighet",
      3.2, ["3.2"], "Tilskuddsordning", "HK-dir", "VOFO, partene", "Årlig"),
    M("Utprøving av modulstrukturerte opplæringstilbud for voksne",
      3.1, ["3.1"], "Prosjekt", "Utdanningsdirektoratet", "HK-dir, fylkeskommunene", "2019–2023"),
    M("Tilskudd til opplæring i regi av studieforbund",
      3.6, ["3.6"], "Tilskuddsordning", "HK-dir", "VOFO, studieforbundene", "2022"),
]
HKDIR_DESC = {
    0: "Nettbaserte kurs for veiledere i fylkeskommunale karrieresentre og NAV.",
    3: "Utlysning av midler til UH og fagskoler for tilbud utviklet i samarbeid med arbeidslivet.",
    5: "Følgeevaluering av bransjeprogrammene; delrapport 2 ser på deltakelse og gjennomføring.",
    8: "Forsøk i flere fylker med opplæring delt i moduler som kan tas i eget tempo.",
}
for _i, _d in HKDIR_DESC.items():
    HKDIR_2022[_i]["description"] = _d


def make_hkdir_2022(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2022"
    ncol = 7
    ws["A1"] = "HK-dir – tiltak rapportert til Kompetansepolitisk råd 2022"
    ws["A1"].font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    # grouped header: rows 3-4
    ws["A3"] = "Delmål"
    ws.merge_cells("A3:A4")
    ws["B3"] = "Tiltak"
    ws.merge_cells("B3:C3")
    ws["B4"] = "Navn"
    ws["C4"] = "Beskrivelse"
    ws["D3"] = "Type tiltak"
    ws.merge_cells("D3:D4")
    ws["E3"] = "Aktører"
    ws.merge_cells("E3:F3")
    ws["E4"] = "Ansvarlig"
    ws["F4"] = "Samarbeidspartnere"
    ws["G3"] = "Periode"
    ws.merge_cells("G3:G4")
    style_header(ws, 3, 1, ncol)
    style_header(ws, 4, 1, ncol)
    for c in range(1, ncol + 1):
        ws.cell(row=3, column=c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    keys = ["delmal", "title", "description", "type", "responsible", "partners", "period"]
    rows = []
    for i, m in enumerate(HKDIR_2022):
        r = 5 + i
        for c, k in enumerate(keys, start=1):
            cell = ws.cell(row=r, column=c, value=value_of(m, k))
            if k == "delmal" and isinstance(m["delmal_cell"], float):
                cell.number_format = "0.0"
        box(ws, r, 1, ncol)
        rows.append(r)
    merge_runs(ws, 1, 5, HKDIR_2022, rows)
    widths(ws, [9, 44, 50, 22, 20, 34, 15])
    ws.freeze_panes = "B5"
    ws.auto_filter.ref = f"A4:G{4 + len(HKDIR_2022)}"
    wb.save(path)


# --------------------------------------------------------------------------
# 8  YS 2021 – year/reporter only in file and sheet name, delmål as
#    "code + text", extra Status column, trailing contact row
# --------------------------------------------------------------------------

YS_2021 = [
    M("YS Arbeidslivsbarometer 2021 – kapittel om kompetanse og omstilling",
      "2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", ["2.2"], "Kartlegging", "YS",
      "Arbeidsforskningsinstituttet (AFI) ved OsloMet", "2021",
      "Årlig undersøkelse om arbeidsforhold; i 2021 med egne spørsmål om opplæring under pandemien."),
    M("Kurs i digital kompetanse for tillitsvalgte",
      "2.1 Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken", ["2.1"],
      "Kurs/utdanning", "YS", "YS-forbundene", "Vår og høst 2021",
      "Webinarrekke om digitalisering, personvern og medbestemmelse ved innføring av ny teknologi."),
    M("Deltakelse i styringsgruppen for bransjeprogrammet for kommunal helse- og omsorgssektor",
      "2.4 Koble kompetansebehov i virksomheter til utdanningstilbydere", ["2.4"],
      "Råd/utvalg/nettverk", "YS Kommune", "KS, Fagforbundet, Delta, Norsk Sykepleierforbund", "2020–2022",
      None),
    M("Seminar om fagbrev på jobb",
      "2.5 Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet", ["2.5"],
      "Arrangement", "YS", "Parat, Delta", "9. juni 2021",
      "Halvdagsseminar for forbundene om ordningen fagbrev på jobb og erfaringer fra fylkene."),
    M("Innspill til ny nasjonal kompetansepolitisk strategi",
      "1.1 og 1.4", ["1.1", "1.4"], "Informasjon", "YS", None, "Høsten 2021",
      "YS har gitt skriftlige innspill om videreføring av KBU og samarbeid mellom utdanning og arbeidsliv."),
    M("Norskopplæring for ansatte i renholdsbransjen",
      "3.4 Målrette og effektivisere norskopplæring for innvandrere", ["3.4"], "Kurs/utdanning", "Parat",
      "NHO Service og Handel, HK-dir", "2021–2022",
      "Norskkurs i arbeidstiden for renholdere, finansiert gjennom Kompetansepluss arbeid."),
]
YS_STATUS = ["Gjennomført", "Gjennomført", "Pågår", "Gjennomført", "Gjennomført", "Pågår"]


def make_ys_2021(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "YS 2021"
    ws["A1"] = "Kompetansepolitisk råd – rapportering av tiltak"
    ws["A1"].font = TITLE
    header = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse",
              "Status"]
    keys = ["title", "delmal", "type", "responsible", "partners", "period", "description"]
    hr = 2
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 1, len(header))
    for i, m in enumerate(YS_2021):
        r = hr + 1 + i
        for c, k in enumerate(keys, start=1):
            ws.cell(row=r, column=c, value=value_of(m, k))
        ws.cell(row=r, column=8, value=YS_STATUS[i])
        box(ws, r, 1, len(header))
    r = hr + len(YS_2021) + 2
    ws.cell(row=r, column=1, value="Kontaktperson: rådgiver i YS-sekretariatet, tlf. 21 01 36 00").font = Font(italic=True)
    widths(ws, [44, 40, 20, 14, 34, 16, 55, 12])
    wb.create_sheet("Ark2")
    wb.save(path)


# --------------------------------------------------------------------------
# Scanned reports: docx -> pdf (LibreOffice) -> raster -> image-only pdf
# --------------------------------------------------------------------------

SPEKTER_2020 = [
    M("Møteplass lærebedrifter 2020 – digitalt",
      "2.3", ["2.3"], "Arrangement", "Spekter", "Medlemsvirksomhetene, opplæringskontorer", "4. mars 2020",
      "Årlig samling for medlemsvirksomheter som er eller ønsker å bli lærebedrifter. Tema i 2020 var "
      "kvalitet i fagopplæringen i helsearbeiderfaget."),
    M("Arbeidsgivernettverk for HR-direktører i helseforetakene",
      "2.2", ["2.2"], "Råd/utvalg/nettverk", "Spekter", "Helseforetakene", "Løpende",
      "Kvartalsvise møter der kompetanseplanlegging og kompetanseutvikling under pandemien har vært fast tema."),
    M("Kartlegging av kompetansebehov i spesialisthelsetjenesten",
      "2.2", ["2.2"], "FoU", "Spekter", "Samfunnsøkonomisk analyse", "2020–2021",
      "Analyse av behov for spesialsykepleiere og helsefagarbeidere fram mot 2035."),
    M("Samarbeid om desentralisert videreutdanning i intensivsykepleie",
      "1.4 og 2.4", ["1.4", "2.4"], "Kurs/utdanning", "Spekter og Norsk Sykepleierforbund",
      "OsloMet, helseforetakene", "Fra høsten 2020",
      "Videreutdanning organisert som deltidsstudium slik at sykepleiere kan studere ved siden av jobb."),
    M("Informasjon til medlemmene om godkjenning av utenlandsk helsefaglig utdanning",
      "2.6", ["2.6"], "Informasjon", "Spekter", "Helsedirektoratet", "2020",
      "Nyhetsbrev og veileder om godkjenningsordningene for arbeidstakere med utdanning fra utlandet."),
]

VOFO_2021 = [
    M("Kompetansepluss frivillighet – kurs i grunnleggende ferdigheter",
      "3.2", ["3.2"], "Kurs/utdanning", "VOFO", "Studieforbundene, HK-dir", "2021"),
    M("Regionale partnerskapsavtaler med fylkeskommunene",
      "1.2", ["1.2"], "Råd/utvalg/nettverk", "VOFO", "Fylkeskommunene", "2020–2022"),
    M("Kartlegging av deltakere i studieforbundenes kurs 2021",
      "3.6", ["3.6"], "Kartlegging", "VOFO", "Ideas2evidence", "Høsten 2021"),
    M("Språkkafeer og norsktrening i frivillige organisasjoner",
      "3.4 og 3.6", ["3.4", "3.6"], "Prosjekt", "VOFO", "IMDi, Røde Kors, studieforbundene", "2021–2022"),
    M("Kompetanseheving for regionkonsulenter i VOFO",
      "1.3", ["1.3"], "Kurs/utdanning", "VOFO", None, "2021"),
]


def make_spekter_docx(path):
    from docx import Document
    from docx.shared import Pt
    from docx.shared import Cm
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(12)
    doc.add_heading("Spekter – rapportering til Kompetansepolitisk råd 2020", level=1)
    doc.add_paragraph(
        "Spekter rapporterer her om tiltak i 2020 som følger opp delmålene i Nasjonal kompetansepolitisk "
        "strategi. Pandemien har ført til at flere arrangementer ble gjennomført digitalt.")
    for i, m in enumerate(SPEKTER_2020, start=1):
        p = doc.add_paragraph()
        run = p.add_run(f"{i}. {m['title']}")
        run.bold = True
        run.font.size = Pt(13)
        for label, key in [("Delmål", "delmal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                           ("Samarbeidspartnere", "partners"), ("Periode", "period")]:
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            q.add_run(label + ": ").bold = True
            q.add_run(str(value_of(m, key)))
        q = doc.add_paragraph()
        q.add_run("Beskrivelse: ").bold = True
        q.add_run(m["description"])
    doc.add_paragraph("Oslo, 30. november 2020")
    doc.add_paragraph("Spekter")
    doc.save(path)


def make_vofo_docx(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("VOFO – Voksenopplæringsforbundet", level=1)
    doc.add_paragraph("Rapportering av tiltak 2021 – Nasjonal kompetansepolitisk strategi")
    doc.add_paragraph(
        "Tabellen viser VOFOs tiltak i 2021. Studieforbundene rapporterer egne tall for kursaktivitet "
        "direkte til HK-dir og er ikke med her.")
    header = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]
    keys = ["title", "delmal", "type", "responsible", "partners", "period"]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for c, h in enumerate(header):
        cell = table.rows[0].cells[c]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for m in VOFO_2021:
        cells = table.add_row().cells
        for c, k in enumerate(keys):
            v = value_of(m, k)
            cells[c].text = "" if v is None else str(v)
    col_w = [Cm(8.5), Cm(2.2), Cm(3.8), Cm(2.4), Cm(6.5), Cm(2.6)]
    table.autofit = False
    for c, w in enumerate(col_w):
        table.columns[c].width = w
    for row in table.rows:
        for c, w in enumerate(col_w):
            row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph("Oslo, desember 2021")
    doc.save(path)


def run_soffice(args, workdir):
    profile = os.path.join(workdir, "lo_profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"] + args
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)


def rasterise(pdf_path, out_pdf, dpi=200, seed=0):
    """Render every page of pdf_path to a greyscale image and save them as an
    image-only PDF (no text layer). Uses pypdfium2 (pdftoppm is not installed
    here) and Pillow's PDF writer (img2pdf is not installed)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_path)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        # a slightly skewed, slightly soft scan
        angle = rng.uniform(-0.6, 0.6)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        # light speckle noise
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 4000):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice((40, 90, 140))
        pages.append(img)
    pdf.close()
    pages[0].save(out_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return len(pages)


def make_scanned(make_docx, name, seed):
    tmp = tempfile.mkdtemp(prefix="sheets1_scan_")
    try:
        docx_path = os.path.join(tmp, name + ".docx")
        make_docx(docx_path)
        run_soffice(["--convert-to", "pdf", "--outdir", tmp, docx_path], tmp)
        return rasterise(os.path.join(tmp, name + ".pdf"), os.path.join(OUT, name + "_skannet.pdf"),
                         dpi=200, seed=seed)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# file table and expected.json
# --------------------------------------------------------------------------

FILES = [
    ("nho_2021.xlsx", "NHO", 2021, NHO_2021,
     "Title merged over the table + italic subtitle; header on row 4 (Delmål|Tiltak|Type tiltak|Ansvarlig|"
     "Samarbeidspartnere|Periode|Beskrivelse); Delmål typed as text '2.3' and merged vertically over the rows "
     "of each delmål; second sheet 'Ark2' with guidance text (not measures)."),
    ("lo_2020.xlsx", "LO", 2020, LO_2020,
     "Sheet 'Instruksjon' FIRST, report on sheet 'LO 2020'; 2 title rows; 'Nr.' column; labels Navn på tiltak|"
     "Relevant delmål|Kategori|Hovedansvarlig|Partnere|Tidsrom|Kort beskrivelse; delmål are NUMBER cells "
     "(2.2, 1.1 ...) except one text '2.1 og 2.4'; one period is the number 2020; one empty description; wrapped text."),
    ("ks_2019.xlsx", "KS", 2019, KS_2019,
     "Merged title row; columns in another order (Tiltakets navn|Kort beskrivelse|<empty column>|Delmål|"
     "Hovedansvarlig|Samarbeidspartnere|Type tiltak|Tidsrom); merged grey 'Hovedinnsatsområde n' rows are group "
     "labels, not measures; empty row after each block; goals as '1.4', 'Delmål 1.3', '1.2, 2.4'; one measure "
     "responsible Utdanningsdirektoratet (not KS)."),
    ("virke_2022.xlsx", "Virke", 2022, VIRKE_2022,
     "Column A empty, table starts at B5 under a 2-line title block; labels Tiltak|Delmål|Type|Ansvarlig|Samarbeid|"
     "Tidspunkt og varighet|Beskrivelse; multi-line cells (line break → one space); an empty row between "
     "measures 3 and 4; goals 'Delmål 2.1 og 2.4', '2.3/2.5', 'Delmål 3.4'; one empty Samarbeid (null); "
     "sheet 'Veiledning' after the report."),
    ("unio_2019.ods", "Unio", 2019, UNIO_2019,
     "Written as .xlsx and converted to ODS with LibreOffice; merged title; Tiltak|Delmål|Type tiltak|Ansvarlig|"
     "Samarbeidspartnere|Periode|Beskrivelse; Delmål merged vertically per delmål (1.4 ×2, 2.2 ×2); empty row "
     "before each new delmål block; one empty description; empty sheet 'Ark2'."),
    ("vestfold_og_telemark_fk_2020.xlsx", "Vestfold og Telemark fylkeskommune", 2020, VTFK_2020,
     "3-line title block; 'Nr.' column with '1.' etc.; no description column; two goals are delmål TEXT only "
     "(→1.2, →3.1); '2.1, 2.4'; a 'Sum tiltak | 7' row under the table; sheet 'Lister' with the 16 delmål codes "
     "and the type list used by a data-validation dropdown (not measures)."),
    ("hkdir_2022.xlsx", "HK-dir", 2022, HKDIR_2022,
     "Two-row grouped header with merged cells (Delmål | Tiltak: Navn, Beskrivelse | Type tiltak | "
     "Aktører: Ansvarlig, Samarbeidspartnere | Periode); delmål NUMBER cells merged for the two 1.3 rows; one "
     "text '2.1 / 2.4'; one empty Type (null); descriptions only for some rows; autofilter + frozen panes; "
     "one measure responsible Utdanningsdirektoratet."),
    ("ys_tiltak_2021.xlsx", "YS", 2021, YS_2021,
     "Title row names neither reporter nor year (they are in the file name and the sheet name 'YS 2021'); header "
     "on row 2; delmål written as code + shortened delmål text ('2.2 Styrke kunnskapsgrunnlaget …'); extra "
     "'Status' column (not a field); one empty partner cell; a 'Kontaktperson' note row below; empty 'Ark2'."),
    ("spekter_2020_skannet.pdf", "Spekter", 2020, SPEKTER_2020,
     "SCANNED (image only, no text layer): numbered-list report from .docx — bold '1. <title>' then "
     "'Delmål:', 'Type tiltak:', 'Ansvarlig:', 'Samarbeidspartnere:', 'Periode:', 'Beskrivelse:' lines; intro "
     "and place/date/signature lines; rasterised at 200 dpi, greyscale, slight skew and speckle."),
    ("vofo_2021_skannet.pdf", "VOFO", 2021, VOFO_2021,
     "SCANNED (image only, no text layer): landscape .docx with one grid table, a row per measure (Tiltak|Delmål|"
     "Type tiltak|Ansvarlig|Samarbeidspartnere|Periode), no descriptions; one empty partner cell; rasterised at "
     "200 dpi, greyscale, slight skew and speckle."),
]


def expected_entry(reporter, year, measures, template):
    out = []
    for m in measures:
        out.append({
            "title": flat(m["title"]),
            "delmal": sorted(m["delmal"], key=DELMAL_CODES.index),
            "type": flat(m["type"]),
            "responsible": flat(m["responsible"]),
            "partners": flat(m["partners"]),
            "period": flat(m["period"]),
            "description": flat(m["description"]),
        })
    return {"reporter": reporter, "report_year": year, "template": template, "measures": out}


def main():
    if not shutil.which("soffice"):
        sys.exit("LibreOffice (soffice) is required")
    builders = {
        "nho_2021.xlsx": make_nho_2021,
        "lo_2020.xlsx": make_lo_2020,
        "ks_2019.xlsx": make_ks_2019,
        "virke_2022.xlsx": make_virke_2022,
        "vestfold_og_telemark_fk_2020.xlsx": make_vtfk_2020,
        "hkdir_2022.xlsx": make_hkdir_2022,
        "ys_tiltak_2021.xlsx": make_ys_2021,
    }
    for name, fn in builders.items():
        fn(os.path.join(OUT, name))
        print("wrote", name)

    tmp = tempfile.mkdtemp(prefix="sheets1_unio_")
    try:
        x = os.path.join(tmp, "unio_2019.xlsx")
        make_unio_2019_xlsx(x)
        to_ods(x, os.path.join(OUT, "unio_2019.ods"))
        print("wrote unio_2019.ods")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    n = make_scanned(make_spekter_docx, "spekter_2020", seed=20)
    print("wrote spekter_2020_skannet.pdf", n, "pages")
    n = make_scanned(make_vofo_docx, "vofo_2021", seed=21)
    print("wrote vofo_2021_skannet.pdf", n, "pages")

    expected = {}
    for name, reporter, year, measures, template in FILES:
        expected[name] = expected_entry(reporter, year, measures, template)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote expected.json:", {k: len(v["measures"]) for k, v in expected.items()})


if __name__ == "__main__":
    main()
