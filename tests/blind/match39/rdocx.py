# -*- coding: utf-8 -*-
"""Word renderers for match39 (one function per file)."""
import datetime as dt
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from docxkit import (new_doc, para, run, cell_text, cell_add_para, shade, table_borders, col_widths, repeat_header,
                     cant_split, add_field, header_text, footer_page, set_cell_margins, vmerge, page_break,
                     track_revisions_on, core, set_landscape)
from common import og, oldnr_text, DELMAL_NB

GREY = "7F7F7F"


def _d(y, m, d):
    return dt.datetime(y, m, d, 10, 0, 0)


# ---------------------------------------------------------------------------
def reg2017(f, path):
    doc = new_doc("Calibri", 11)
    core(doc, "Notat – oppfølging av NKPS 2017", "Kunnskapsdepartementet", _d(2017, 11, 14))
    sec = doc.sections[0]
    header_text(sec, "Kunnskapsdepartementet", "Notat", rule=False)
    footer_page(sec, before="Side ", align="center")
    para(doc, "Notat", bold=True, size=20, space_after=6)
    g = doc.add_table(rows=5, cols=2)
    table_borders(g, sz=4, color="A6A6A6")
    rows = [("Til:", "Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge"),
            ("Fra:", "Kunnskapsdepartementet, Avdeling for kompetansepolitikk"),
            ("Dato:", "14.11.2017"), ("Saksnr.:", "17/4321"),
            ("Emne:", "Oppfølging av Nasjonal kompetansepolitisk strategi – departementenes tiltak 2017")]
    for i, (a, b) in enumerate(rows):
        cell_text(g.cell(i, 0), a, bold=True, size=10)
        cell_text(g.cell(i, 1), b, size=10)
    col_widths(g, [2.8, 13.6])
    para(doc, "")
    para(doc, "1 Bakgrunn", style="Heading 2")
    para(doc, "Nasjonal kompetansepolitisk strategi ble signert av regjeringen og partene 3. februar 2017. "
              "Kompetansepolitisk råd har bedt medlemmene rapportere hvordan de følger opp strategien. "
              "Dette notatet gir en oversikt over departementenes tiltak. Hvert tiltak er knyttet til ett eller "
              "flere av strategiens nummererte tiltak (nr. 1–16).")
    para(doc, "Notatet skiller mellom tiltak som er satt i gang etter at strategien ble signert, og tiltak som "
              "var etablert fra før, men som følges opp som en del av strategien. Departementene samarbeider "
              "tett med partene i arbeidslivet, fylkeskommunene og Kompetanse Norge.")

    def table(rows, first):
        t = doc.add_table(rows=1, cols=5)
        table_borders(t, sz=4, color="808080")
        set_cell_margins(t)
        hdr = ["Tiltak", "Kategori", "Hva", "Ansvar – med", "Tidsplan"]
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
            shade(t.rows[0].cells[i], "D9E2F3" if first else "EDEDED")
        repeat_header(t.rows[0])
        for r in rows:
            c = t.add_row().cells
            cell_text(c[0], r["title"], bold=True, size=9.5)
            cell_add_para(c[0], "NKPS nr. " + oldnr_text(r["x"]["old"]), size=8, color=GREY)
            cell_text(c[1], r["type_p"], size=9.5)
            p = cell_text(c[2], r["desc"], size=9.5)
            if r["x"].get("note"):
                run(p, "1", size=9.5, superscript=True)
            cell_text(c[3], f"{r['resp']} – med {og(r['partners'])}", size=9.5)
            cell_text(c[4], r["period"], size=9.5)
        col_widths(t, [3.9, 1.9, 5.6, 3.2, 2.4])
        return t

    para(doc, "2 Nye tiltak i 2017", style="Heading 2")
    table([r for r in f["rows"] if r["x"]["part"] == "new"], True)
    para(doc, "")
    para(doc, "3 Eksisterende tiltak som følges opp", style="Heading 2")
    table([r for r in f["rows"] if r["x"]["part"] == "old"], False)
    para(doc, "¹ Jf. Meld. St. 26 (2014–2015) Fremtidens primærhelsetjeneste – nærhet og helhet.", size=8.5,
         color=GREY, space_before=3)
    para(doc, "4 Videre arbeid", style="Heading 2")
    para(doc, "Departementet vil i 2018 markere Yrkesfagenes år sammen med partene og vurdere en egen "
              "stortingsmelding om samarbeid mellom høyere utdanning og arbeidslivet. Disse tiltakene er ikke "
              "startet og vil bli rapportert neste år.")
    para(doc, "Departementet tar sikte på å legge fram en samlet oversikt over alle rådsmedlemmenes tiltak "
              "på rådsmøtet i desember.")
    doc.save(path)


# ---------------------------------------------------------------------------
def ys2017(f, path):
    doc = new_doc("Georgia", 10.5, margin_cm=2.5)
    core(doc, "Rapportering NKPS 2017", "YS", _d(2017, 11, 30))
    sec = doc.sections[0]
    h = sec.header.paragraphs[0]
    run(h, "YS", bold=True, size=20, color="C00000")
    run(h, "   Yrkesorganisasjonenes Sentralforbund", size=10, color="404040")
    hp2 = sec.header.add_paragraph()
    run(hp2, "Brugata 19, 0134 Oslo · Postboks 9232 Grønland, 0134 Oslo · ys.no", size=8, color=GREY)
    footer_page(sec, before="", align="center", size=8)
    para(doc, "Kunnskapsdepartementet", space_after=0)
    para(doc, "v/ sekretariatet for Kompetansepolitisk råd", space_after=0)
    para(doc, "Postboks 8119 Dep", space_after=0)
    para(doc, "0032 Oslo", space_after=12)
    p = para(doc, "Vår ref.: 2017/112-3 JH", size=9, space_after=0)
    para(doc, "Oslo, 30. november 2017", align="right", space_after=12)
    para(doc, "Rapportering av YS' oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True, size=12,
         space_after=10)
    para(doc, "Vi viser til brev fra departementet om rapportering til Kompetansepolitisk råd. YS har i 2017 "
              "fulgt opp strategien gjennom følgende tiltak. For hvert tiltak oppgir vi hvilke av strategiens "
              "nummererte tiltak det svarer på, hva slags tiltak det er, hvem som har ansvaret og tidsrommet.")
    for r in f["rows"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        run(p, r["title"] + ".", bold=True)
        run(p, " " + r["desc"])
        tp = r["type_p"]
        tp_s = tp[0].upper() + tp[1:]
        facts = (f"Strategiens tiltak nr. {oldnr_text(r['x']['old'])}. {tp_s}. {r['resp']} har ansvaret, i samarbeid "
                 f"med {og(r['partners'])}. Tidsrom: {r['period']}.")
        q = para(doc, facts, italic=True, size=9.5, color="404040", space_after=4)
        q.paragraph_format.left_indent = Cm(0.6)
    para(doc, "Annet", bold=True, space_before=10)
    para(doc, "YS vurderer å tilby et eget kurs i digital kompetanse for tillitsvalgte i 2018. Kurset er ikke "
              "startet, og vi kommer eventuelt tilbake til det i neste års rapportering. YS deltok ellers på "
              "rådsmøtene 21. juni og 12. desember 2017.")
    para(doc, "Med vennlig hilsen", space_before=12)
    para(doc, "Yrkesorganisasjonenes Sentralforbund – YS", space_after=18)
    para(doc, "Erik Dahl", space_after=0)
    para(doc, "leder", size=9.5, space_after=6)
    para(doc, "Jorunn Hegg", space_after=0)
    para(doc, "rådgiver", size=9.5)
    doc.save(path)


# ---------------------------------------------------------------------------
def _rev_id():
    _rev_id.n += 1
    return str(_rev_id.n)


_rev_id.n = 100


def _mk_run(text, bold=False, deleted=False, size=None):
    r = OxmlElement("w:r")
    rp = OxmlElement("w:rPr")
    if bold:
        rp.append(OxmlElement("w:b"))
    if size:
        s = OxmlElement("w:sz"); s.set(qn("w:val"), str(int(size * 2))); rp.append(s)
    r.append(rp)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev(kind, author, date, runs):
    e = OxmlElement("w:" + kind)
    e.set(qn("w:id"), _rev_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    for r in runs:
        e.append(r)
    return e


def nho2018(f, path):
    doc = new_doc("Arial", 10, landscape=True, margin_cm=1.8)
    core(doc, "NHOs rapportering til Kompetansepolitisk råd 2018", "Kari Solberg", _d(2018, 11, 20))
    track_revisions_on(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, "NHO", bold=True, size=16, color="1F3864")
    run(hp, "  Næringslivets Hovedorganisasjon", size=9, color="595959")
    footer_page(sec, before="Side ", with_total=True, left_text="NHO · Rapportering NKPS 2018", align="right",
                cached_total="2")
    A1, A2 = "Kari Solberg", "Ole Berge"
    D1, D2 = "2018-11-20T09:14:00Z", "2018-11-22T13:40:00Z"
    para(doc, "NHOs rapportering til Kompetansepolitisk råd 2018", bold=True, size=15, space_after=6)
    para(doc, "NHO følger opp Nasjonal kompetansepolitisk strategi både alene og sammen med de andre partene. "
              "Tabellen under viser tiltakene for 2018 med mål i strategien (delmål), form, hovedansvarlig, "
              "partnere og tidsrom.")
    hdr = ["Tiltak", "Beskrivelse", "Mål (NKPS)", "Form", "Hovedansvar", "Partnere", "Tidsrom"]
    t = doc.add_table(rows=1, cols=7)
    table_borders(t, sz=4, color="8EAADB")
    set_cell_margins(t)
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")
    repeat_header(t.rows[0])

    def add(vals, bold_title=True):
        c = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(c[i], v, bold=(i == 0 and bold_title), size=9)
        return c

    deleted_row = ["Hurtigsporet – kampanje i fire byer",
                   "Kampanje for å fremme Hurtigsporet for nyankomne flyktninger i Bergen, Bodø, Drammen og "
                   "Fredrikstad.", "3.3, 3.4", "Informasjon", "NHO", "NAV", "2018"]
    for k, r in enumerate(f["rows"]):
        vals = [r["title"], r["desc"], ", ".join(r["delmal"]), r["type_p"], r["resp"], ", ".join(r["partners"]),
                r["period"]]
        c = add(vals)
        x = r["x"]
        if "rev_title" in x:
            old, new = x["rev_title"]
            p = c[0].paragraphs[0]
            for r_ in list(p.runs):
                r_._r.getparent().remove(r_._r)
            p._p.append(_rev("del", A2, D2, [_mk_run(old, bold=True, deleted=True, size=9)]))
            p._p.append(_rev("ins", A2, D2, [_mk_run(new, bold=True, size=9)]))
        if "rev_partner" in x:
            p = c[5].paragraphs[0]
            for r_ in list(p.runs):
                r_._r.getparent().remove(r_._r)
            p._p.append(_rev("ins", A1, D1, [_mk_run(x["rev_partner"], size=9)]))
        if "rev_period" in x:
            old, new = x["rev_period"]
            p = c[6].paragraphs[0]
            for r_ in list(p.runs):
                r_._r.getparent().remove(r_._r)
            p._p.append(_rev("del", A1, D1, [_mk_run(old, deleted=True, size=9)]))
            p._p.append(_rev("ins", A1, D1, [_mk_run(new, size=9)]))
        if k == 4:
            # tracked deletion of a whole row (the campaign was withdrawn)
            c2 = t.add_row().cells
            trPr = c2[0]._tc.getparent().get_or_add_trPr()
            trPr.append(_rev("del", A2, D2, []))
            for i, v in enumerate(deleted_row):
                p = c2[i].paragraphs[0]
                p._p.append(_rev("del", A2, D2, [_mk_run(v, bold=(i == 0), deleted=True, size=9)]))
                pPr = p._p.get_or_add_pPr()
                rpr = OxmlElement("w:rPr")
                rpr.append(_rev("del", A2, D2, []))
                pPr.append(rpr)
    col_widths(t, [4.2, 8.6, 1.9, 2.3, 2.2, 3.6, 2.6])
    para(doc, "")
    para(doc, "Planlagt 2019 – ikke startet", style="Heading 3")
    for s in ["Bransjeprogram for reiseliv – under vurdering sammen med NHO Reiseliv.",
              "Nettverk for lærebedrifter i NHO Service og Handel."]:
        para(doc, s, style="List Bullet")
    para(doc, "Arenaer NHO har deltatt i 2018", style="Heading 3")
    for s in ["Kompetansepolitisk råd (tre møter)", "Arendalsuka: debatt om kompetansereformen",
              "Regjeringens innspillsmøter om kompetansereformen i Bodø og Bergen"]:
        para(doc, s, style="List Bullet")
    doc.save(path)


# ---------------------------------------------------------------------------
def lo2019(f, path):
    doc = new_doc("Calibri", 11)
    core(doc, "LOs rapportering til Kompetansepolitisk råd 2019", "LO", _d(2019, 12, 2))
    sec = doc.sections[0]
    header_text(sec, "LO", "Landsorganisasjonen i Norge")
    footer_page(sec, before="Side ", align="right")
    para(doc, "LOs rapportering til Kompetansepolitisk råd 2019", style="Title")
    para(doc, "1 Innledning", style="Heading 1")
    para(doc, "LO har i 2019 arbeidet videre med tiltakene fra 2017 og startet flere nye. Kapittel 2 gir en "
              "oversikt over tiltakene med delmål og type. Kapittel 3 beskriver hvert tiltak. Tiltak som er "
              "videreført uten endringer, står samlet i kapittel 4.")
    secs = [r for r in f["rows"] if not r["x"].get("oneliner")]
    one = [r for r in f["rows"] if r["x"].get("oneliner")]
    para(doc, "2 Oversikt", style="Heading 1")
    t = doc.add_table(rows=1, cols=4)
    table_borders(t, sz=4, color="808080")
    for i, h in enumerate(["Tiltak", "Ny/videreført", "Delmål", "Type"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "DDEBF7")
    for r in secs:
        c = t.add_row().cells
        cell_text(c[0], r["title"], size=10)
        cell_text(c[1], r["x"]["status"], size=10)
        cell_text(c[2], ", ".join(r["delmal"]), size=10)
        cell_text(c[3], r["type_p"], size=10)
    col_widths(t, [8.2, 2.6, 2.2, 3.6])
    para(doc, "3 Tiltakene", style="Heading 1")
    for r in secs:
        para(doc, r["title"], style="Heading 2")
        for lab, val in (("Hvem har ansvaret: ", r["resp"]), ("Hvem er med: ", ", ".join(r["partners"])),
                         ("Når: ", r["period"])):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run(p, lab, bold=True)
            run(p, val)
        para(doc, r["desc"], space_before=4)
    para(doc, "4 Videreført uten endringer", style="Heading 1")
    para(doc, "Disse tiltakene ble rapportert i 2017 og er videreført som før:")
    for r in one:
        para(doc, f"{r['title']} ({og(r['delmal'])}) – {r['type_p']} – {r['desc']}", style="List Bullet")
    para(doc, "5 LO mener", style="Heading 1")
    for s in ["Retten til etter- og videreutdanning må styrkes i avtaleverket.",
              "Fagskolene må få en tydeligere plass i kompetansereformen.",
              "Partene må ha en sentral rolle når bransjeprogrammene utvides."]:
        para(doc, s, style="List Bullet")
    para(doc, "Kontaktperson: Marit Andersen, rådgiver i LOs avdeling for samfunnspolitikk.", size=9.5,
         color=GREY, space_before=8)
    doc.save(path)


# ---------------------------------------------------------------------------
def vest2020(f, path):
    doc = new_doc("Arial", 9.5, landscape=True, margin_cm=1.8)
    core(doc, "Rapportering til Kompetansepolitisk råd 2020", "Vestland fylkeskommune", _d(2020, 11, 27))
    sec = doc.sections[0]
    header_text(sec, "Vestland fylkeskommune", "Rapportering NKPS 2020")
    footer_page(sec, before="Side ", with_total=True, cached_total="2", align="right")
    para(doc, "Rapportering til Kompetansepolitisk råd 2020 – Vestland fylkeskommune", bold=True, size=15,
         space_after=8)
    para(doc, "Om rapporten", bold=True, size=11)
    para(doc, "Vestland fylkeskommune vart skipa 1. januar 2020. Dette er den første rapporten frå det nye "
              "fylket. Tabellen viser tiltaka sorterte etter delmål i strategien. Der eit tiltak høyrer til fleire "
              "delmål, står det første i kolonna Delmål og dei andre i omtalen.")
    hdr = ["Delmål", "Tiltak", "Kven har ansvaret", "Partnarar", "Tidsrom", "Kva slag", "Om tiltaket"]
    rows = f["rows"]
    t = doc.add_table(rows=1, cols=7)
    table_borders(t, sz=4, color="7F7F7F")
    set_cell_margins(t)
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "C6E0B4")
    repeat_header(t.rows[0])
    order = rows  # already in delmål order
    groups = []
    rix = 1
    prev = None
    for k, r in enumerate(order):
        code = r["delmal"][0]
        if prev is not None and prev[0] == "1" and code[0] == "3":
            t.add_row()  # empty row left in the table
            rix += 1
        c = t.add_row().cells
        cell_text(c[0], code, size=9, bold=True)
        cell_text(c[1], r["title"], size=9, bold=True)
        cell_text(c[2], r["resp"], size=9)
        cell_text(c[3], ", ".join(r["partners"]), size=9)
        cell_text(c[4], r["period"], size=9)
        cell_text(c[5], r["type_p"], size=9)
        cell_text(c[6], r["desc"], size=9)
        if groups and groups[-1][0] == code and groups[-1][2] == rix - 1:
            groups[-1][2] = rix
        else:
            groups.append([code, rix, rix])
        rix += 1
        prev = code
    col_widths(t, [1.5, 4.0, 3.0, 4.2, 2.6, 2.0, 8.6])
    for code, a, b in groups:
        if b > a:
            for rr in range(a + 1, b + 1):
                cell_text(t.cell(rr, 0), "")
            m = vmerge(t, 0, a, b)
            # merged cell keeps paragraphs of all merged cells; keep only the first
            ps = m.paragraphs
            for extra in ps[1:]:
                extra._p.getparent().remove(extra._p)
    para(doc, "")
    para(doc, "Planar for 2021 – ikkje starta", bold=True, size=11)
    for s in ["Fylkeskommunen overtek forvaltninga av bedriftsintern opplæring (BIO) frå 2022 og førebur dette i 2021.",
              "Eit nytt karrieresenter i Odda er under vurdering."]:
        para(doc, s, style="List Bullet")
    doc.save(path)


# ---------------------------------------------------------------------------
def vofo2020(f, path):
    doc = new_doc("Cambria", 11, margin_cm=2.5)
    core(doc, "VOFOs rapportering 2020", "VOFO", _d(2020, 12, 4))
    sec = doc.sections[0]
    header_text(sec, "VOFO – Voksenopplæringsforbundet", "4. desember 2020")
    footer_page(sec, before="", align="center")
    para(doc, "VOFOs rapportering til Kompetansepolitisk råd for 2020", bold=True, size=16, space_after=10)
    para(doc, "Under beskriver vi VOFOs tiltak i 2020 i løpende tekst. Navnet på hvert tiltak står i "
              "anførselstegn («»). I hakeparentesen rett etter navnet står delmål i strategien; type tiltak; "
              "ansvarlig, med samarbeidspartnere; periode.")
    para(doc, "Året har vært preget av pandemien. Mange kurs ble avlyst i vår, men studieforbundene la raskt om "
              "til digital undervisning, og aktiviteten tok seg opp igjen utover høsten.")
    rows = f["rows"]

    def facts(r):
        return (f"[{og(r['delmal'])}; {r['type_p']}; {r['resp']}, med {og(r['partners'])}; {r['period']}]")

    def emit(p, r):
        x = r["x"]
        run(p, x["lead"])
        run(p, "«" + r["title"] + "»")
        run(p, " " + facts(r), color="404040")
        run(p, x["rest"])
        if x["after"]:
            run(p, " " + x["after"])
        composed = x["lead"] + "«" + r["title"] + "»" + x["rest"] + ((" " + x["after"]) if x["after"] else "")
        assert composed == r["desc"], (composed, r["desc"])

    i = 0
    while i < len(rows):
        r = rows[i]
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        emit(p, r)
        if r["x"].get("pair") == 1:
            run(p, " ")
            emit(p, rows[i + 1])
            i += 1
        i += 1
    para(doc, "Møter VOFO har deltatt i 2020", bold=True, space_before=8)
    for s in ["Kompetansepolitisk råd 12. mars (avlyst) og 24. september (digitalt)",
              "Innspillsmøte om Kompetanseprogrammet hos Kompetanse Norge, 5. november",
              "Frivillighetens kompetanseforum, 19. november"]:
        para(doc, s, style="List Bullet")
    para(doc, "Med vennlig hilsen", space_before=12)
    para(doc, "Kari Lund", space_after=0)
    para(doc, "generalsekretær, VOFO", size=10)
    doc.save(path)


# ---------------------------------------------------------------------------
def ks2021(f, path):
    doc = new_doc("Calibri", 10.5)
    core(doc, "KS' rapportering til Kompetansepolitisk råd 2021", "KS", _d(2021, 11, 26))
    sec = doc.sections[0]
    header_text(sec, "KS – Kommunesektorens organisasjon", "Rapportering NKPS 2021")
    footer_page(sec, before="Side ", with_total=True, cached_total="3", align="center")
    para(doc, "KS' rapportering til Kompetansepolitisk råd 2021", bold=True, size=16, space_after=8)
    para(doc, "Innledning", style="Heading 2")
    para(doc, "KS har i 2021 videreført flere tiltak fra tidligere år og startet nye. Hvert tiltak er beskrevet i "
              "et eget skjema. Vi har brukt de samme kategoriene som Kompetanse Norge bruker i sine "
              "oppsummeringer, men har i ett tilfelle skrevet «Plan».")
    labels = ["Kategori", "Navn på tiltaket", "Mål i strategien", "Eier", "Samarbeider med", "Tidsrom",
              "Kort om tiltaket"]
    for r in f["rows"]:
        t = doc.add_table(rows=7, cols=2)
        table_borders(t, sz=4, color="A6A6A6")
        set_cell_margins(t)
        vals = [r["type_p"], r["title"], None, r["resp"], ", ".join(r["partners"]), r["period"], r["desc"]]
        for i, lab in enumerate(labels):
            cell_text(t.cell(i, 0), lab, bold=True, size=9.5)
            shade(t.cell(i, 0), "FCE4D6")
            if i == 2:
                first = True
                for code in r["delmal"]:
                    txt = f"{code} {DELMAL_NB[code]}"
                    if first:
                        cell_text(t.cell(i, 1), txt, size=9.5)
                        first = False
                    else:
                        cell_add_para(t.cell(i, 1), txt, size=9.5)
            else:
                cell_text(t.cell(i, 1), vals[i], size=9.5, bold=(i == 1))
        col_widths(t, [3.6, 12.8])
        para(doc, "")
    para(doc, "Oppsummering", style="Heading 2")
    counts = {}
    for r in f["rows"]:
        counts[r["type_p"]] = counts.get(r["type_p"], 0) + 1
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, sz=4, color="A6A6A6")
    cell_text(t.cell(0, 0), "Kategori", bold=True, size=9.5)
    cell_text(t.cell(0, 1), "Antall", bold=True, size=9.5)
    for k, v in counts.items():
        c = t.add_row().cells
        cell_text(c[0], k, size=9.5)
        cell_text(c[1], str(v), size=9.5, align="right")
    c = t.add_row().cells
    cell_text(c[0], "Sum", bold=True, size=9.5)
    cell_text(c[1], str(len(f["rows"])), bold=True, size=9.5, align="right")
    col_widths(t, [6, 2])
    para(doc, "Kontakt: Anne Lise Brekke, spesialrådgiver, KS Arbeidsgiverpolitikk.", size=9.5, color=GREY,
         space_before=10)
    doc.save(path)


# ---------------------------------------------------------------------------
def akad2021(f, path):
    doc = new_doc("Calibri", 10.5)
    core(doc, "Akademikernes rapportering 2021", "Akademikerne", _d(2021, 12, 1))
    sec = doc.sections[0]
    header_text(sec, "Akademikerne", "Rapportering til Kompetansepolitisk råd 2021")
    footer_page(sec, before="", align="right")
    para(doc, "Akademikernes rapportering til Kompetansepolitisk råd 2021", bold=True, size=15, space_after=6)
    para(doc, "Akademikerne organiserer 13 foreninger med over 220 000 medlemmer. Nedenfor følger tiltakene vi "
              "rapporterer for 2021. Flere av dem gjennomføres av medlemsforeningene.")
    t = doc.add_table(rows=0, cols=2)
    table_borders(t, sz=4, color="9E9E9E")
    set_cell_margins(t)
    labels = [("Mål i strategien", "goal"), ("Type", "type_p"), ("Ansvar", "resp"), ("Partnere", "partners"),
              ("Tidsrom", "period"), ("Innhold", "desc")]
    for r in f["rows"]:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_text(m, r["title"], bold=True, size=10.5, color="FFFFFF")
        shade(m, "5B2C6F")
        for lab, key in labels:
            c = t.add_row().cells
            cell_text(c[0], lab, size=9.5, color="404040")
            shade(c[0], "EDE7F1")
            if key == "goal":
                v = r["x"]["goal"]
            elif key == "partners":
                v = ", ".join(r["partners"]) if r["partners"] else "–"
            else:
                v = r[key]
            cell_text(c[1], v, size=9.5)
    col_widths(t, [3.4, 13.0])
    para(doc, "")
    para(doc, "Akademikernes representasjon", bold=True, size=11.5)
    para(doc, "Akademikerne har i 2021 vært representert i blant annet:")
    for s in ["Kompetansepolitisk råd", "Kompetansebehovsutvalget (KBU)",
              "Råd for samarbeid med arbeidslivet (RSA) ved flere institusjoner",
              "Nasjonalt fagskoleråd (observatør)", "Referansegruppen for HK-dirs arbeid med livslang læring"]:
        para(doc, s, style="List Bullet")
    doc.save(path)


# ---------------------------------------------------------------------------
def hkdir2022(f, path):
    doc = new_doc("Calibri", 11)
    core(doc, "HK-dirs rapportering til Kompetansepolitisk råd 2022", "HK-dir", _d(2022, 12, 9))
    sec = doc.sections[0]
    header_text(sec, "Direktoratet for høyere utdanning og kompetanse (HK-dir)", "Rapport 2022")
    footer_page(sec, before="Side ", with_total=True, cached_total="3", align="right")
    para(doc, "HK-dirs rapportering til Kompetansepolitisk råd 2022", bold=True, size=16, space_after=6)
    para(doc, "Direktoratet for høyere utdanning og kompetanse (HK-dir) ble etablert 1. juli 2021 og har "
              "overtatt Kompetanse Norges oppgaver. HK-dir er ansvarlig for alle tiltakene i denne rapporten. "
              "For hvert tiltak oppgir vi delmål, type, samarbeidspartnere og periode.")
    nb = doc.add_table(rows=1, cols=1)
    table_borders(nb, sz=4, color="BDD7EE")
    c = nb.cell(0, 0)
    shade(c, "DEEAF6")
    cell_text(c, "Nøkkeltall 2022", bold=True, size=10)
    for s in ["40 300 veiledninger på karriereveiledning.no", "180 mill. kr lyst ut til fleksible utdanningstilbud",
              "450 tilskuddsmottakere i Kompetanseprogrammet", "13 bransjeprogram i drift"]:
        cell_add_para(c, "• " + s, size=9.5)
    col_widths(nb, [9])
    areas = []
    for r in f["rows"]:
        if r["x"]["area"] not in areas:
            areas.append(r["x"]["area"])
    for a in areas:
        para(doc, a, style="Heading 1")
        for r in [r for r in f["rows"] if r["x"]["area"] == a]:
            para(doc, r["title"], style="Heading 3")
            t = doc.add_table(rows=2, cols=4)
            table_borders(t, sz=4, color="A6A6A6")
            for i, h in enumerate(["Delmål", "Type", "Samarbeid", "Periode"]):
                cell_text(t.cell(0, i), h, bold=True, size=9)
                shade(t.cell(0, i), "F2F2F2")
            cell_text(t.cell(1, 0), ", ".join(r["delmal"]), size=9)
            cell_text(t.cell(1, 1), r["type_p"], size=9)
            cell_text(t.cell(1, 2), ", ".join(r["partners"]), size=9)
            cell_text(t.cell(1, 3), r["period"], size=9)
            col_widths(t, [2.4, 2.6, 8.0, 3.2])
            para(doc, r["desc"], space_before=4)
    para(doc, "Andre oppdrag i tildelingsbrevet", style="Heading 1")
    para(doc, "Følgende oppdrag rapporteres til Kunnskapsdepartementet i årsrapporten og regnes ikke som tiltak i "
              "oppfølgingen av strategien:")
    for s in ["Samlokalisering av HK-dirs kontorer i Bergen", "Forvaltning av Erasmus+ og Nordplus",
              "Ny løsning for søknadsbehandling i Samordna opptak"]:
        para(doc, s, style="List Bullet")
    doc.save(path)


# ---------------------------------------------------------------------------
def reg2024(f, path):
    doc = new_doc("Calibri", 11)
    core(doc, "Regjeringens oppfølging av NKPS 2024", "Kunnskapsdepartementet", _d(2024, 12, 6))
    sec = doc.sections[0]
    header_text(sec, "Kunnskapsdepartementet", "Oppfølging av NKPS – rapport 2024")
    footer_page(sec, before="", align="center")
    para(doc, "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2024", style="Title")
    para(doc, "Innledning", style="Heading 1")
    para(doc, "Strategien gjaldt formelt for 2017–2021, men regjeringen og partene har avtalt å videreføre "
              "rapporteringen til Kompetansepolitisk råd. Rapporten er ordnet etter strategiens tre "
              "hovedinnsatsområder og delmålene under dem. Ansvarlig departement, samarbeid, periode og "
              "virkemiddel står i punktlisten under hvert tiltak.")
    areas = ["Gode valg for den enkelte og for samfunnet", "Læring i arbeidslivet",
             "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"]
    cur_area, cur_h2 = None, None
    for r in f["rows"]:
        a = areas[int(r["delmal"][0][0]) - 1]
        if a != cur_area:
            para(doc, a, style="Heading 1")
            cur_area = a
        if r["x"]["h2"] != cur_h2:
            para(doc, r["x"]["h2"], style="Heading 2")
            cur_h2 = r["x"]["h2"]
        para(doc, r["title"], bold=True, space_before=6, space_after=2)
        for lab, val in (("Ansvarlig departement", r["resp"]), ("Samarbeid", ", ".join(r["partners"])),
                         ("Periode", r["period"]), ("Virkemiddel", r["type_p"])):
            p = para(doc, "", style="List Bullet")
            run(p, lab + ": ")
            run(p, val)
            p.paragraph_format.space_after = Pt(0)
        para(doc, r["desc"], space_before=3)
    para(doc, "Budsjett 2024", style="Heading 1")
    para(doc, "Tabellen viser bevilgningene til de største ordningene (mill. kr).")
    bud = [("Bransjeprogram for kompetanseutvikling", "265,0"), ("Fleksible utdanningstilbud", "180,0"),
           ("Kompetanseprogrammet", "98,4"), ("Karriereveiledning (HK-dir og fylkeskommunene)", "43,2"),
           ("Sum", "586,6")]
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, sz=4, color="A6A6A6")
    cell_text(t.cell(0, 0), "Ordning", bold=True, size=10)
    cell_text(t.cell(0, 1), "2024", bold=True, size=10, align="right")
    for a_, b_ in bud:
        c = t.add_row().cells
        cell_text(c[0], a_, size=10, bold=(a_ == "Sum"))
        cell_text(c[1], b_, size=10, align="right", bold=(a_ == "Sum"))
    col_widths(t, [10, 3])
    doc.save(path)


# ---------------------------------------------------------------------------
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _checkbox(p, checked, label):
    """Word content-control check box (w14:checkbox) followed by a label."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rp = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic"); rf.set(qn("w:eastAsia"), "MS Gothic")
    rp.append(rf)
    pr.append(rp)
    idn = OxmlElement("w:id"); idn.set(qn("w:val"), str(abs(hash(label)) % 10 ** 8)); pr.append(idn)
    from lxml import etree
    cb = etree.SubElement(pr, "{%s}checkbox" % W14)
    ch = etree.SubElement(cb, "{%s}checked" % W14); ch.set("{%s}val" % W14, "1" if checked else "0")
    cs = etree.SubElement(cb, "{%s}checkedState" % W14); cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic")
    us = etree.SubElement(cb, "{%s}uncheckedState" % W14); us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic")
    sdt.append(pr)
    ct = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    r.append(copy_rpr(rp))
    t = OxmlElement("w:t"); t.text = "☒" if checked else "☐"; r.append(t)
    ct.append(r)
    sdt.append(ct)
    p._p.append(sdt)
    run(p, " " + label + "    ")


def copy_rpr(rp):
    import copy as _c
    return _c.deepcopy(rp)


def vest2026(f, path):
    doc = new_doc("Arial", 10)
    core(doc, "Rapportering til Kompetansepolitisk råd 2026", "Vestland fylkeskommune", _d(2026, 11, 30))
    sec = doc.sections[0]
    header_text(sec, "HK-dir · Rapporteringsmal for medlemmene i Kompetansepolitisk råd", "Versjon januar 2026")
    footer_page(sec, before="Side ", with_total=True, cached_total="3", align="right")
    para(doc, "Rapportering til Kompetansepolitisk råd 2026", bold=True, size=16, space_after=8)
    p = para(doc, "", space_after=0); run(p, "Rapporterande medlem: ", bold=True); run(p, "Vestland fylkeskommune")
    p = para(doc, "", space_after=8); run(p, "Kontaktperson: ", bold=True); run(p, "Solveig Rygg, seniorrådgjevar")
    para(doc, "Rettleiing: Fyll ut eitt skjema per tiltak. Kryss av for om tiltaket er nytt eller vidareført. "
              "For vidareførte tiltak held det å skrive kva som er endra sidan førre rapport. Slett skjema som ikkje "
              "er i bruk.", italic=True, size=9, color=GREY)
    labels = ["Namn på tiltaket", "Status", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Periode",
              "Kort omtale (for vidareførte tiltak: endring sidan førre rapport)"]
    rows = f["rows"] + [None]
    for n, r in enumerate(rows, 1):
        para(doc, f"Tiltak {n}", style="Heading 2")
        t = doc.add_table(rows=len(labels), cols=2)
        table_borders(t, sz=4, color="A6A6A6")
        set_cell_margins(t)
        for i, lab in enumerate(labels):
            cell_text(t.cell(i, 0), lab, bold=True, size=9)
            shade(t.cell(i, 0), "E7E6E6")
        if r is None:
            p = t.cell(1, 1).paragraphs[0]
            _checkbox(p, False, "Nytt"); _checkbox(p, False, "Vidareført")
        else:
            cell_text(t.cell(0, 1), r["title"], bold=True, size=9.5)
            p = t.cell(1, 1).paragraphs[0]
            _checkbox(p, r["x"]["status"] == "Nytt", "Nytt")
            _checkbox(p, r["x"]["status"] == "Vidareført", "Vidareført")
            cell_text(t.cell(2, 1), ", ".join(r["delmal"]), size=9.5)
            cell_text(t.cell(3, 1), r["type_p"], size=9.5)
            cell_text(t.cell(4, 1), r["resp"], size=9.5)
            cell_text(t.cell(5, 1), ", ".join(r["partners"]), size=9.5)
            cell_text(t.cell(6, 1), r["period"], size=9.5)
            cell_text(t.cell(7, 1), r["desc"], size=9.5)
        col_widths(t, [4.6, 11.8])
    doc.save(path)


RENDERERS = {
    "2017_Regjeringen_notat.docx": reg2017,
    "2017_YS_brev.docx": ys2017,
    "2018_NHO_rapport_spor_endringer.docx": nho2018,
    "2019_LO_rapport.docx": lo2019,
    "2020_Vestland_rapport.docx": vest2020,
    "2020_VOFO_rapport.docx": vofo2020,
    "2021_KS_rapport.docx": ks2021,
    "2021_Akademikerne_rapport.docx": akad2021,
    "2022_HKdir_rapport.docx": hkdir2022,
    "2024_Regjeringen_rapport.docx": reg2024,
    "2026_Vestland_rapporteringsmal.docx": vest2026,
}
