# -*- coding: utf-8 -*-
"""Word renderers for match43 – one function per .docx file; all content comes from batch_data."""
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import dockit as D
from batch_data import OLDNR, WORDS_NB, WORDS_NN, WORDS_KS

RED = RGBColor(0xC8, 0x10, 0x2E)
GREY = RGBColor(0x59, 0x59, 0x59)
LGREY = RGBColor(0x80, 0x80, 0x80)


def og(items, last=" og "):
    items = list(items)
    for it in items:
        assert " og " not in it, it
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]


def oldnr(dm):
    return og([str(OLDNR[c]) for c in dm])


# ============================================================================ 2017 LO
def lo_2017(f, path):
    d = D.new_doc(font="Arial", size=10, margins_cm=2.2)
    D.core(d, "LOs rapportering NKPS 2017", "LO", 2017)
    D.header_footer(d,
                    header_parts=[[("LO", dict(bold=True, color=RED, size=16)), ("  Landsorganisasjonen i Norge", dict(bold=True, size=10))],
                                  [("Youngs gate 11, 0181 Oslo · Telefon 23 06 10 50 · lo.no", dict(size=8, color=GREY))]],
                    footer_parts=[["right", ("Side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8)),
                                   (" av ", dict(size=8)), ("FIELD", "NUMPAGES", "2", dict(size=8))]])
    t = D.table(d, 2, 3, [5.5, 5.5, 5.6], style=None)
    D.no_borders(t)
    for i, (a, b) in enumerate((("Deres ref.:", "17/2231"), ("Vår ref.:", "2017/0412-3 TOA"), ("Dato:", "19. desember 2017"))):
        D.cell_text(t.cell(0, i), a, size=8, color=GREY)
        D.cell_text(t.cell(1, i), b, size=10)
    D.para(d, "", after=6)
    for line in ("Kunnskapsdepartementet", "v/ sekretariatet for Kompetansepolitisk råd", "Postboks 8119 Dep", "0032 Oslo"):
        D.para(d, line, after=0)
    D.para(d, "", after=6)
    D.para(d, "LOs rapportering – oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True, size=13, after=8)
    D.para(d, "Vi viser til brev fra departementet av 2. oktober 2017 med invitasjon til å rapportere hvordan rådsmedlemmene "
              "følger opp strategien. LO har lagt strategiens nummererte tiltak (1–16) til grunn, og tabellen under viser hvilke "
              "av LOs tiltak som hører til hvilket nummer.", after=6)
    D.para(d, "Flere av tiltakene er felles for partene. Der LO deltar i et organ som andre har ansvaret for, er den ansvarlige "
              "oppgitt først og markert med (ansv.).", after=8)
    ms = f["measures"]
    order = ["T01", "T02", "T04", "T07", "L1", "L3", "L5"]
    ms = sorted(ms, key=lambda m: order.index(m["id"]))
    t = D.table(d, 1 + len(ms), 5, [1.9, 3.4, 6.0, 3.3, 2.0])
    hdr = ["NKPS-tiltak nr.", "Tiltak", "Hva gjør LO?", "Hvem", "Tidsrom"]
    for i, h in enumerate(hdr):
        D.cell_text(t.cell(0, i), h, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=9)
        D.shade(t.cell(0, i), "C8102E")
    D.repeat_header(t.rows[0])
    prev, group = None, []
    groups = []
    for r, m in enumerate(ms, start=1):
        nr = oldnr(m["dm"])
        D.cell_text(t.cell(r, 1), m["title"], bold=True, size=9)
        D.cell_text(t.cell(r, 2), m["desc"], size=9)
        D.cell_para(t.cell(r, 2), "(Type: %s)" % m["tp"], italic=True, size=9)
        D.cell_text(t.cell(r, 3), "%s (ansv.) / %s" % (m["resp"], ", ".join(m["partners"])), size=9)
        D.cell_text(t.cell(r, 4), m["period"], size=9)
        if nr == prev:
            group.append(r)
        else:
            if group:
                groups.append((prev, group))
            prev, group = nr, [r]
    groups.append((prev, group))
    for nr, rs in groups:
        D.cell_text(t.cell(rs[0], 0), nr, size=9, bold=True)
        if len(rs) > 1:
            D.vmerge([t.cell(x, 0) for x in rs])
    D.para(d, "", after=4)
    D.para(d, "LO har i 2017 også deltatt i disse møtene:", after=2)
    for s in ("Kompetansepolitisk råd, møter 3. mars og 1. november",
              "Idéverksted i regi av Kompetanse Norge, Oslo 8. november",
              "Dialogmøte med Kunnskapsdepartementet om yrkesfagene, 26. september",
              "Nordisk seminar om livslang læring, København 14.–15. juni"):
        D.para(d, s, style="List Bullet", after=0)
    D.para(d, "", after=6)
    D.para(d, "Med vennlig hilsen", after=0)
    D.para(d, "Landsorganisasjonen i Norge", after=14)
    D.para(d, "Kari Nordvik", after=0)
    D.para(d, "rådgiver, avdeling for samfunnspolitikk", after=0, size=9, color=GREY)
    d.save(path)


# ============================================================================ 2017 Spekter
def spekter_2017(f, path):
    d = D.new_doc(font="Georgia", size=10.5)
    D.core(d, "Spekters rapportering NKPS 2017", "Spekter", 2017)
    D.header_footer(d, header_parts=[["right", ("Spekter – Rapportering NKPS 2017", dict(size=8, color=GREY))]],
                    footer_parts=[[("Oslo, 20. desember 2017", dict(size=8, color=GREY)), ("TAB",),
                                   ("TAB",), ("Side ", dict(size=8, color=GREY)), ("FIELD", "PAGE", "1", dict(size=8, color=GREY))]])
    D.para(d, "Spekters rapportering på oppfølging av Nasjonal kompetansepolitisk strategi", style="Title")
    D.para(d, "Rapporteringsår 2017", italic=True, color=GREY, after=10)
    d.add_heading("Innledning", level=1)
    D.para(d, "Spekter har i 2017 satt i gang eller videreført tiltak som følger opp strategien. For hvert tiltak oppgir vi "
              "hvilket av strategiens nummererte tiltak det har relasjon til, hva tiltaket går ut på, hvem som står bak, når det "
              "skjer og hva slags tiltak det er.", after=6)
    d.add_heading("Spekters tiltak", level=1)
    for m in f["measures"]:
        d.add_heading(m["title"], level=2)
        D.para(d, "Relasjon til NKPS tiltak nr. %s." % oldnr(m["dm"]), italic=True, color=GREY, after=4)
        p = D.para(d, "", after=3)
        D.run(p, "Hva: ", bold=True)
        D.run(p, m["desc"])
        p = D.para(d, "", after=3)
        D.run(p, "Hvem: ", bold=True)
        s = "%s er ansvarlig." % m["resp"]
        if m["partners"]:
            s += " Med på laget: %s." % og(m["partners"])
        D.run(p, s)
        p = D.para(d, "", after=3)
        D.run(p, "Når: ", bold=True)
        D.run(p, m["period"])
        p = D.para(d, "", after=8)
        D.run(p, "Type tiltak: ", bold=True)
        D.run(p, m["tp"])
    d.add_heading("Planer for 2018", level=1)
    D.para(d, "Dette er ideer vi arbeider med, men som ikke er satt i gang:", after=2)
    for s in ("Konferanse for medlemsvirksomhetene om integrering av flyktninger og innvandrere i arbeidslivet.",
              "Kartlegging av lærlinger og lærekandidater i helseforetakene.",
              "Vi vurderer å gjøre søkekonferansen til et årlig arrangement."):
        D.para(d, s, style="List Bullet", after=0)
    d.save(path)


# ============================================================================ 2018 KS (secretariat form)
def ks_2018(f, path):
    d = D.new_doc(font="Calibri", size=9.5, landscape=True, margins_cm=2.2)
    D.core(d, "Rapporteringsskjema Kompetansepolitisk råd 2018", "KS", 2018)
    D.header_footer(d, header_parts=[[("Kompetanse Norge", dict(bold=True, size=9)), ("TAB",), ("TAB",),
                                      ("Rapporteringsskjema – Kompetansepolitisk råd", dict(size=8, color=GREY))]],
                    footer_parts=[["center", ("Side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8))]])
    D.para(d, "Rapportering fra medlemmene i Kompetansepolitisk råd – 2018", bold=True, size=14, after=6)
    box = D.table(d, 1, 1, [25.3], style=None)
    D.borders(box, sz=4, color="BFBFBF")
    D.shade(box.cell(0, 0), "EDEDED")
    D.cell_text(box.cell(0, 0), "Slik fyller du ut skjemaet: ", bold=True, size=8.5, color=GREY)
    p = box.cell(0, 0).paragraphs[0]
    D.run(p, "Før opp ett tiltak per rad. Oppgi delmål med nummer (1.1–3.6). Type tiltak er en av FoU, kurs/utdanning, "
             "råd/utvalg/nettverk, prosjekt, informasjon eller arrangement. Beskrivelsen bør ikke være lengre enn fem linjer. "
             "Eksempelraden kan slettes. Frist: 15. januar 2019.", italic=True, size=8.5, color=GREY)
    D.para(d, "", after=2)
    p = D.para(d, "", after=6)
    D.run(p, "Rapporterende organisasjon: ", bold=True)
    D.run(p, "KS")
    D.run(p, "          Kontaktperson: ", bold=True)
    D.run(p, "Ingrid Sæther, avdeling for arbeidsgiverpolitikk")
    cols = ["Delmål (nr.)", "Navn på tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsperiode",
            "Kort beskrivelse", "Merknad KS"]
    ms = f["measures"]
    t = D.table(d, 2 + len(ms) + 2, len(cols), [1.6, 3.6, 2.0, 2.4, 3.6, 2.2, 7.0, 2.9])
    for i, h in enumerate(cols):
        D.cell_text(t.cell(0, i), h, bold=True, size=9)
        D.shade(t.cell(0, i), "FFF2CC" if h == "Merknad KS" else "D9D9D9")
    D.repeat_header(t.rows[0])
    ex = ["1.3", "Eksempel: Regionalt nettverk for karriereveiledere", "Råd/utvalg/nettverk", "Fylkeskommunen",
          "NAV, kommunene", "2018–2019", "Kort beskrivelse av hva tiltaket går ut på (maks fem linjer).", ""]
    for i, v in enumerate(ex):
        D.cell_text(t.cell(1, i), v, italic=True, size=9, color=LGREY)
    for r, m in enumerate(ms, start=2):
        vals = [", ".join(m["dm"]), m["title"], m["tp"], m["resp"], ", ".join(m["partners"]), m["period"], m["desc"],
                m["extra"].get("merknad", "")]
        for i, v in enumerate(vals):
            D.cell_text(t.cell(r, i), v, size=9, bold=(i == 1))
    D.para(d, "", after=2)
    D.para(d, "Skjemaet er fylt ut av KS 14.01.2019. KS deltar i tillegg i en rekke nettverk og møter som ikke er tatt med her.",
           size=8.5, italic=True, color=GREY)
    d.save(path)


# ============================================================================ 2019 Regjeringen (footnotes)
def reg_2019(f, path):
    d = D.new_doc(font="Calibri", size=11)
    D.core(d, "Regjeringens rapportering til Kompetansepolitisk råd 2019", "Kunnskapsdepartementet", 2019)
    D.header_footer(d, header_parts=[["right", ("Regjeringens rapportering til Kompetansepolitisk råd 2019", dict(size=8, color=GREY))]],
                    footer_parts=[["right", ("FIELD", "PAGE", "1", dict(size=9))]])
    fn = D.Footnotes(d)
    D.para(d, "Regjeringens rapportering til Kompetansepolitisk råd 2019", style="Title")
    d.add_heading("Om rapporten", level=1)
    p = D.para(d, "Rapporten omtaler tiltak som departementene har satt i gang eller videreført i 2019 for å følge opp "
                  "delmålene i Nasjonal kompetansepolitisk strategi. Tiltakene er ordnet etter hovedinnsatsområde og delmål.",
               after=6)
    fn.add(p, "Rapporten omfatter tiltak i regi av Kunnskapsdepartementet, Helse- og omsorgsdepartementet og Arbeids- og sosialdepartementet.")
    main = [m for m in f["measures"] if not m["extra"].get("listed")]
    listed = [m for m in f["measures"] if m["extra"].get("listed")]
    areas = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
             "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
             "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    main = sorted(main, key=lambda m: (m["dm"][0], ["T12", "T06", "T16", "T08", "T14", "T11", "G2", "T10", "T25"].index(m["id"])))
    cur_area, cur_dm = None, None
    for m in main:
        c = m["dm"][0]
        if c[0] != cur_area:
            cur_area = c[0]
            d.add_heading(areas[cur_area], level=1)
        if c != cur_dm:
            cur_dm = c
            d.add_heading("Delmål %s – %s" % (c, WORDS_NB[c]), level=2)
        D.para(d, m["title"], bold=True, after=2, keep=True)
        p = D.para(d, m["desc"], after=2)
        if m["extra"].get("fn"):
            fn.add(p, m["extra"]["fn"])
        s = "Ansvar: %s, i samarbeid med %s. Virkemiddel: %s. Periode: %s." % (m["resp"], og(m["partners"]), m["tp"], m["period"])
        if len(m["dm"]) > 1:
            s += " Også delmål %s." % og(m["dm"][1:])
        D.para(d, s, italic=True, size=10, color=GREY, after=10)
    d.add_heading("Videreført uten endringer fra 2017", level=1)
    D.para(d, "Disse tiltakene ble omtalt i rapporten for 2017 og videreføres uten vesentlige endringer. De omtales derfor ikke "
              "nærmere her.", after=4)
    t = D.table(d, 1 + len(listed), 4, [7.6, 2.2, 2.6, 4.2])
    for i, h in enumerate(("Tiltak", "Delmål", "Ansvar", "Virkemiddel")):
        D.cell_text(t.cell(0, i), h, bold=True, size=10)
        D.shade(t.cell(0, i), "DEEAF6")
    for r, m in enumerate(listed, start=1):
        for i, v in enumerate((m["title"], ", ".join(m["dm"]), m["resp"], m["tp"])):
            D.cell_text(t.cell(r, i), v, size=10)
    d.add_heading("Antall tiltak per departement", level=1)
    cnt = {}
    for m in f["measures"]:
        k = m["resp"]
        a, b = cnt.get(k, (0, 0))
        cnt[k] = (a + (0 if m["extra"].get("listed") else 1), b + (1 if m["extra"].get("listed") else 0))
    rows_ = [("KD", "Kunnskapsdepartementet"), ("HOD", "Helse- og omsorgsdepartementet"), ("ASD", "Arbeids- og sosialdepartementet")]
    t = D.table(d, 2 + len(rows_), 4, [6.6, 3.4, 3.4, 3.2])
    for i, h in enumerate(("Departement", "Omtalt over", "Videreført uten endring", "Sum")):
        D.cell_text(t.cell(0, i), h, bold=True, size=10)
    sa = sb = 0
    for r, (k, name) in enumerate(rows_, start=1):
        a, b = cnt.get(k, (0, 0))
        sa, sb = sa + a, sb + b
        for i, v in enumerate((name, str(a), str(b), str(a + b))):
            D.cell_text(t.cell(r, i), v, size=10)
    for i, v in enumerate(("Sum", str(sa), str(sb), str(sa + sb))):
        D.cell_text(t.cell(len(rows_) + 1, i), v, size=10, bold=True)
    fn.finish()
    d.save(path)


# ============================================================================ 2020 Vestland (nn, numbered list)
def vestland_2020(f, path):
    d = D.new_doc(font="Arial", size=10.5, lang="nn-NO")
    D.core(d, "Rapportering NKPS 2020", "Vestland fylkeskommune", 2020)
    D.header_footer(d, header_parts=[[("Vestland fylkeskommune", dict(bold=True, size=9)), ("TAB",), ("TAB",),
                                      ("Rapport til Kompetansepolitisk råd 2020", dict(size=8, color=GREY))]],
                    footer_parts=[["center", ("FIELD", "PAGE", "1", dict(size=9))]])
    D.para(d, "Vestland fylkeskommune – rapportering på Nasjonal kompetansepolitisk strategi 2020", bold=True, size=15, after=8)
    d.add_heading("Innleiing", level=1)
    D.para(d, "Vestland fylkeskommune vart oppretta 1. januar 2020 då Hordaland og Sogn og Fjordane vart slått saman. Dette er "
              "den første rapporteringa frå det nye fylket. Tiltaka er ordna under dei delmåla i strategien som dei i hovudsak "
              "følgjer opp.", after=6)
    ms = f["measures"]
    heads = []
    for m in ms:
        if m["dm"][0] not in heads:
            heads.append(m["dm"][0])
    heads.sort()
    nums = D.numbered_list_nums(d, len(heads), bold=True)
    for hi, c in enumerate(heads):
        d.add_heading(WORDS_NN[c], level=1)
        for m in [x for x in ms if x["dm"][0] == c]:
            p = D.para(d, "", after=2)
            D.set_num(p, nums[hi])
            D.run(p, m["title"], bold=True)
            for lab, val in (("Ansvarleg: ", m["resp"]), ("Med: ", ", ".join(m["partners"])), ("Type: ", m["tp"]),
                             ("Tid: ", m["period"])):
                D.soft_break(p)
                D.run(p, lab, italic=True, color=GREY)
                D.run(p, val)
            if len(m["dm"]) > 1:
                D.soft_break(p)
                D.run(p, "Gjeld òg: ", italic=True, color=GREY)
                D.run(p, "; ".join(WORDS_NN[x] for x in m["dm"][1:]))
            D.para(d, m["desc"], left=0.75, after=10)
    d.add_heading("Møte vi har delteke på", level=1)
    rows_ = [("12.02.2020", "Kompetansepolitisk råd", "Oslo"),
             ("04.06.2020", "Nettverkssamling for karrieresentra (digitalt)", "Teams"),
             ("23.10.2020", "Regional samling om kompetansereforma", "Bergen")]
    t = D.table(d, 1 + len(rows_), 3, [3.0, 9.6, 4.0])
    for i, h in enumerate(("Dato", "Møte", "Stad")):
        D.cell_text(t.cell(0, i), h, bold=True, size=9.5)
    for r, row in enumerate(rows_, start=1):
        for i, v in enumerate(row):
            D.cell_text(t.cell(r, i), v, size=9.5)
    D.para(d, "", after=4)
    D.para(d, "Med helsing", after=0)
    D.para(d, "Vestland fylkeskommune, avdeling for opplæring og kompetanse", after=0)
    d.save(path)


# ============================================================================ 2021 NHO (Excel range)
def nho_2021(f, path):
    d = D.new_doc(font="Calibri", size=10, landscape=True)
    D.core(d, "NHOs rapportering til Kompetansepolitisk råd 2021", "NHO", 2021)
    D.header_footer(d, header_parts=[[("NHO", dict(bold=True, size=14, color=RGBColor(0x00, 0x33, 0x66))), ("TAB",), ("TAB",),
                                      ("Rapportering NKPS 2021", dict(size=8, color=GREY))]],
                    footer_parts=[["right", ("side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8))]])
    D.para(d, "NHOs rapportering til Kompetansepolitisk råd 2021", bold=True, size=14, after=4)
    D.para(d, "Tabellen under er hentet fra NHOs egen oversikt over tiltak som følger opp Nasjonal kompetansepolitisk strategi. "
              "Kolonnen «Ny i 2021?» viser om tiltaket er rapportert tidligere.", after=4)
    D.para(d, "Kilde: NHO_NKPS_2021.xlsx, ark «Tiltak»", italic=True, size=8, color=GREY, after=2)
    cols = ["ID", "Tiltak", "Delmål", "Ny i 2021?", "Type", "Eier", "Partnere", "Start", "Slutt", "Beskrivelse"]
    ms = f["measures"]
    t = D.table(d, 1 + len(ms) + 3, len(cols), [1.7, 3.6, 1.4, 1.4, 2.0, 2.2, 3.4, 1.2, 1.4, 7.0], style=None)
    D.borders(t, sz=2, color="BFBFBF")
    D.cell_margins(t, 20, 20, 60, 60)
    for i, h in enumerate(cols):
        D.cell_text(t.cell(0, i), h, bold=True, size=9, font="Calibri")
        D.shade(t.cell(0, i), "D9E1F2")
    for r, m in enumerate(ms, start=1):
        start, slutt = m["period"].split("–")
        vals = [m["extra"]["rid"], m["title"], ";".join(m["dm"]), m["extra"]["ny"], m["tp"], m["resp"],
                ", ".join(m["partners"]), start, slutt, m["desc"]]
        for i, v in enumerate(vals):
            D.cell_text(t.cell(r, i), v, size=9, font="Calibri")
    last = len(ms) + 3
    D.cell_text(t.cell(last, 1), "Antall tiltak", bold=True, size=9)
    D.cell_text(t.cell(last, 2), str(len(ms)), bold=True, size=9)
    D.para(d, "", after=4)
    D.para(d, "Kommentar: NHO har i tillegg deltatt i en rekke møter og konferanser om kompetansereformen. Disse er ikke tatt "
              "med i oversikten.", size=9, italic=True)
    d.save(path)


# ============================================================================ 2022 Trøndelag (annual report chapter)
def trondelag_2022(f, path):
    d = D.new_doc(font="Calibri", size=10.5)
    D.core(d, "Årsrapport 2022 – kapittel 4", "Trøndelag fylkeskommune", 2022)
    D.header_footer(d, header_parts=[["right", ("Årsrapport 2022 · Trøndelag fylkeskommune", dict(size=8, color=GREY))]],
                    footer_parts=[["center", ("FIELD", "PAGE", "34", dict(size=9))]])
    d.add_heading("4 Kompetanse og kvalifisering", level=1)
    D.para(d, "Trøndelag fylkeskommune har en lovfestet rolle som regional kompetansepolitisk aktør. Kapitlet omtaler "
              "fylkeskommunens egne tiltak i 2022 og hvordan de følger opp Nasjonal kompetansepolitisk strategi (NKPS).", after=6)
    d.add_heading("4.1 Hovedtrekk", level=2)
    D.para(d, "Arbeidsledigheten i Trøndelag var historisk lav i 2022, og mange bransjer meldte om mangel på fagarbeidere. "
              "Fylkeskommunen har derfor prioritert voksne som vil ta fagbrev, og samarbeidet med NAV og partene i arbeidslivet "
              "er styrket.", after=6)
    d.add_heading("4.2 Tiltak i 2022", level=2)
    for i, m in enumerate(f["measures"], start=1):
        d.add_heading("4.2.%d %s" % (i, m["title"]), level=3)
        D.para(d, m["desc"], after=3)
        t = D.table(d, 2, 5, [2.6, 2.8, 3.6, 4.6, 3.0])
        for j, h in enumerate(("Mål i NKPS", "Tiltakstype", "Ansvar", "Partnere", "Periode")):
            D.cell_text(t.cell(0, j), h, bold=True, size=9)
            D.shade(t.cell(0, j), "E2EFDA")
        for j, v in enumerate((og(m["dm"]), m["tp"], m["resp"], ", ".join(m["partners"]), m["period"])):
            D.cell_text(t.cell(1, j), v, size=9)
        D.para(d, "", after=4)
    d.add_heading("4.3 Nøkkeltall 2022", level=2)
    rows_ = [("Veiledningssamtaler, Karriere Trøndelag", "2 590", "2 900"),
             ("Praksiskandidater som tok fagbrev", "312", "355"),
             ("Bedrifter med tilsagn om BIO-midler", "51", "64")]
    t = D.table(d, 1 + len(rows_), 3, [10.6, 3.0, 3.0])
    for j, h in enumerate(("Indikator", "2021", "2022")):
        D.cell_text(t.cell(0, j), h, bold=True, size=9.5)
    for r, row in enumerate(rows_, start=1):
        for j, v in enumerate(row):
            D.cell_text(t.cell(r, j), v, size=9.5)
    d.add_heading("4.4 Økonomi", level=2)
    rows_ = [("Karriereveiledning", "18,4", "18,1"), ("Fagbrev på jobb og praksiskandidater", "9,0", "8,7"),
             ("Bedriftsintern opplæring (BIO)", "22,0", "21,6"), ("Sum", "49,4", "48,4")]
    t = D.table(d, 1 + len(rows_), 3, [10.6, 3.0, 3.0])
    for j, h in enumerate(("Område (mill. kr)", "Budsjett", "Regnskap")):
        D.cell_text(t.cell(0, j), h, bold=True, size=9.5)
    for r, row in enumerate(rows_, start=1):
        for j, v in enumerate(row):
            D.cell_text(t.cell(r, j), v, size=9.5, bold=(row[0] == "Sum"))
    d.add_heading("5 Samferdsel", level=1)
    D.para(d, "Fylkeskommunen har ansvar for om lag 3 000 kilometer fylkesvei og for kollektivtransporten i fylket. "
              "Kapitlet omtaler investeringer, drift og vedlikehold i 2022.", after=6)
    d.save(path)


# ============================================================================ 2023 Spekter (HK-dir form with ticks)
TYPES6 = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
GRID = [["1.1", "1.2", "1.3", "1.4"], ["2.1", "2.2", "2.3", "2.4"], ["2.5", "2.6", "3.1", "3.2"], ["3.3", "3.4", "3.5", "3.6"]]


def spekter_2023(f, path):
    d = D.new_doc(font="Calibri", size=10)
    D.core(d, "Rapporteringsskjema 2023 – Spekter", "Spekter", 2023)
    D.header_footer(d, header_parts=[[("HK-dir · Rapportering til Kompetansepolitisk råd 2023", dict(size=8, color=GREY)),
                                      ("TAB",), ("TAB",), ("Skjema v2.1", dict(size=8, color=GREY))]],
                    footer_parts=[["center", ("Side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8)),
                                   (" av ", dict(size=8)), ("FIELD", "NUMPAGES", "3", dict(size=8))]])
    D.para(d, "Rapportering til Kompetansepolitisk råd 2023", bold=True, size=14, after=4)
    t = D.table(d, 2, 4, [4.15] * 4)
    for i, (a, b) in enumerate((("Organisasjon", "Spekter"), ("Kontaktperson", "Hanne Brekke"), ("Dato", "12.01.2024"),
                                ("Antall tiltak", str(len(f["measures"]))))):
        D.cell_text(t.cell(0, i), a, bold=True, size=8.5)
        D.shade(t.cell(0, i), "DDEBF7")
        D.cell_text(t.cell(1, i), b, size=10)
    D.para(d, "Fyll ut ett skjema per tiltak. Kryss av for delmål og type tiltak. Kopier skjemaet ved behov.",
           italic=True, size=8.5, color=GREY, before=4, after=8)

    def form(n, m):
        D.para(d, "Tiltak %d" % n, bold=True, size=11, color=RGBColor(0x1F, 0x4E, 0x79), before=6, after=2, keep=True)
        t = D.table(d, 8, 2, [4.6, 12.0])
        labels = ["1. Navn på tiltaket", "2. Nytt eller videreført?", "3. Delmål (kryss av)", "4. Type tiltak",
                  "5. Ansvarlig", "6. Samarbeidspartnere", "7. Periode", "8. Kort beskrivelse"]
        for i, lab in enumerate(labels):
            D.cell_text(t.cell(i, 0), lab, bold=True, size=9)
            D.shade(t.cell(i, 0), "F2F2F2")
        D.cell_text(t.cell(0, 1), m["title"] if m else "", size=10, bold=bool(m))
        vf = m["extra"].get("vf") if m else None
        D.cell_text(t.cell(1, 1), "%s Nytt      %s Videreført" % ("☒" if m and not vf else "☐", "☒" if vf else "☐"), size=10)
        c = t.cell(2, 1)
        D.cell_text(c, "")
        inner = c.add_table(rows=4, cols=4)
        D.no_borders(inner)
        for ri, row in enumerate(GRID):
            for ci, code in enumerate(row):
                D.cell_text(inner.cell(ri, ci), "%s %s" % ("☒" if m and code in m["dm"] else "☐", code), size=9.5)
        c = t.cell(3, 1)
        tp = m["tp"] if m else ""
        line1 = "   ".join("%s %s" % ("☒" if tp == x else "☐", x) for x in TYPES6[:3])
        line2 = "   ".join("%s %s" % ("☒" if tp == x else "☐", x) for x in TYPES6[3:])
        if m and tp.startswith("Annet:"):
            line3 = "☒ " + tp
        else:
            line3 = "☐ Annet: ________________"
        D.cell_text(c, line1, size=9.5)
        D.cell_para(c, line2, size=9.5)
        D.cell_para(c, line3, size=9.5)
        vals = [m["resp"], ", ".join(m["partners"]), m["period"], m["desc"]] if m else ["", "", "", ""]
        for i, v in enumerate(vals, start=4):
            D.cell_text(t.cell(i, 1), v, size=10)
        D.para(d, "", after=6)

    for n, m in enumerate(f["measures"], start=1):
        form(n, m)
    form(len(f["measures"]) + 1, None)
    d.save(path)


# ============================================================================ 2024 LO (three-column label tables)
def lo_2024(f, path):
    d = D.new_doc(font="Arial", size=10)
    D.core(d, "Rapport til Kompetansepolitisk råd 2024", "LO", 2024)
    D.header_footer(d, header_parts=[[("LO", dict(bold=True, color=RED, size=16)), ("TAB",), ("TAB",),
                                      ("Rapport til Kompetansepolitisk råd 2024", dict(size=8, color=GREY))]],
                    footer_parts=[["right", ("Side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8)),
                                   (" av ", dict(size=8)), ("FIELD", "NUMPAGES", "3", dict(size=8))]])
    D.para(d, "LOs rapport om oppfølgingen av Nasjonal kompetansepolitisk strategi 2024", bold=True, size=15, after=6)
    d.add_heading("Innledning", level=1)
    D.para(d, "Kompetansepolitisk råd har bedt medlemmene rapportere tiltak for 2024. Vi skiller mellom tiltak LO har "
              "rapportert tidligere år og nye tiltak. Den tredje kolonnen viser hva som er endret siden forrige gang tiltaket "
              "ble rapportert.", after=6)

    def block(m):
        t = D.table(d, 8, 3, [3.0, 8.6, 5.0])
        a = t.cell(0, 0).merge(t.cell(0, 2))
        D.cell_text(a, m["title"], bold=True, size=10.5)
        D.shade(a, "F4CCCC")
        for j, h in enumerate(("", "", "Endring siden sist")):
            D.cell_text(t.cell(1, j), h, italic=True, size=8, color=GREY)
        ch = m["extra"].get("change", {})
        rows_ = [("Delmål", og(m["dm"])), ("Type", m["tp"]), ("Ansvar", m["resp"]), ("Med", ", ".join(m["partners"])),
                 ("Periode", m["period"]), ("Om tiltaket", m["desc"])]
        for i, (lab, val) in enumerate(rows_, start=2):
            D.cell_text(t.cell(i, 0), lab, bold=True, size=9.5)
            D.cell_text(t.cell(i, 1), val, size=9.5)
            D.cell_text(t.cell(i, 2), ch.get(lab, ""), size=8.5, italic=True, color=GREY)
        D.para(d, "", after=6)

    d.add_heading("Tiltak vi har rapportert tidligere", level=1)
    for m in f["measures"]:
        if m["extra"]["sect"] == "old":
            block(m)
    d.add_heading("Nye tiltak", level=1)
    for m in f["measures"]:
        if m["extra"]["sect"] == "new":
            block(m)
    d.add_heading("LO er også representert i", level=1)
    for s in ("Kompetansebehovsutvalget (KBU)", "Programrådene i bransjeprogrammene for kompetanseutvikling",
              "Faglige råd for yrkesopplæring (ni råd)", "Styringsgruppen for Kompetanseprogrammet"):
        D.para(d, s, style="List Bullet", after=0)
    d.save(path)


# ============================================================================ 2025 Vestland (nn landscape table)
def vestland_2025(f, path):
    d = D.new_doc(font="Arial", size=9.5, landscape=True, lang="nn-NO")
    D.core(d, "Rapportering NKPS 2025", "Vestland fylkeskommune", 2025)
    D.header_footer(d, header_parts=[[("Vestland fylkeskommune · Rapportering NKPS 2025", dict(size=8, color=GREY)), ("TAB",),
                                      ("TAB",), ("Dato: 20.01.2026", dict(size=8, color=GREY))]],
                    footer_parts=[["right", ("Side ", dict(size=8)), ("FIELD", "PAGE", "1", dict(size=8)),
                                   (" av ", dict(size=8)), ("FIELD", "NUMPAGES", "2", dict(size=8))]])
    D.para(d, "Rapportering til Kompetansepolitisk råd 2025", bold=True, size=14, after=4)
    D.para(d, "Tabellen er henta frå fylkeskommunen sitt arbeidsark for handlingsprogrammet til den regionale planen. Nummera "
              "i første kolonne er fylkeskommunen sine eigne. Kolonnen «Vidareført frå» viser kva år tiltaket først vart "
              "rapportert til rådet.", after=6)
    cols = ["Nr.", "Tiltak", "Vidareført frå", "Delmål NKPS", "Ansvarleg", "Partnarar", "Kva slags tiltak", "Tidsrom",
            "Kort om tiltaket"]
    ms = f["measures"]
    areas = []
    for m in ms:
        if m["extra"]["area"] not in areas:
            areas.append(m["extra"]["area"])
    nrows = 1 + len(areas) + len(ms) + 1
    t = D.table(d, nrows, len(cols), [1.2, 3.6, 1.8, 1.6, 2.6, 3.8, 2.0, 2.0, 6.7])
    for i, h in enumerate(cols):
        D.cell_text(t.cell(0, i), h, bold=True, size=8.5, color=RGBColor(0xFF, 0xFF, 0xFF))
        D.shade(t.cell(0, i), "00594F")
    D.repeat_header(t.rows[0])
    r = 1
    for a in areas:
        c = D.hmerge_row(t.rows[r])
        D.cell_text(c, a, bold=True, size=9)
        D.shade(c, "D9EAD3")
        r += 1
        for m in [x for x in ms if x["extra"]["area"] == a]:
            vals = [m["extra"]["nr"], m["title"], m["extra"]["vf"], ", ".join(m["dm"]), m["resp"], ", ".join(m["partners"]),
                    m["tp"], m["period"], m["desc"]]
            for i, v in enumerate(vals):
                D.cell_text(t.cell(r, i), v, size=8.5, bold=(i == 1))
            r += 1
            if m["extra"]["nr"] == "K-3":
                r += 1  # one empty row left in the range
    D.para(d, "", after=4)
    D.para(d, "Avslutta tiltak: Utarbeidinga av den regionale kompetansestrategien (2020–2021) og Partnarskap for "
              "karriererettleiing 2020–2023 er avslutta og er ikkje med i tabellen.", size=9, italic=True)
    d.save(path)


# ============================================================================ 2026 KS
def ks_2026(f, path):
    d = D.new_doc(font="Calibri", size=11)
    D.core(d, "KS rapport NKPS 2026", "KS", 2026)
    D.header_footer(d, header_parts=[[("KS", dict(bold=True, size=14, color=RGBColor(0x00, 0x5A, 0x8C))), ("TAB",), ("TAB",),
                                      ("Rapport NKPS 2026", dict(size=8, color=GREY))]],
                    footer_parts=[["center", ("FIELD", "PAGE", "1", dict(size=9))]])
    D.para(d, "KS' rapportering på Nasjonal kompetansepolitisk strategi 2026", style="Title")
    d.add_heading("1 Innledning", level=1)
    D.para(d, "KS rapporterer her tiltak som følger opp strategiens delmål i 2026. Tiltakene er ordnet etter delmål. Der et "
              "tiltak gjelder flere delmål, står det under det første.", after=6)
    d.add_heading("2 KS' tiltak", level=1)
    ms = f["measures"]
    heads = sorted({m["dm"][0] for m in ms})
    for c in heads:
        d.add_heading("Delmål %s %s" % (c, WORDS_KS[c]), level=2)
        for m in [x for x in ms if x["dm"][0] == c]:
            p = D.para(d, "", style="List Bullet", after=1)
            D.run(p, m["title"], bold=True)
            D.run(p, ": " + m["desc"])
            for lab, val in (("Eier", m["resp"]), ("Med", ", ".join(m["partners"])), ("Tid", m["period"]), ("Kategori", m["tp"])):
                D.para(d, "%s: %s" % (lab, val), style="List Bullet 2", after=0)
            if len(m["dm"]) > 1:
                D.para(d, "Også delmål %s" % og(m["dm"][1:]), style="List Bullet 2", after=0)
            D.para(d, "", after=2)
    d.add_heading("3 Planlagt, ikke startet", level=1)
    for s in ("Nasjonal lærlingkampanje 2027 – oppstart avhenger av finansiering.",
              "Kompetansebarometer for fylkeskommunene – utredes i 2027."):
        D.para(d, s, style="List Bullet", after=0)
    d.add_heading("4 Møter", level=1)
    rows_ = [("05.03.2026", "Kompetansepolitisk råd"), ("11.06.2026", "Referansegruppe for Menn i helse"),
             ("22.10.2026", "Dialogmøte med HK-dir om KS Læring")]
    t = D.table(d, 1 + len(rows_), 2, [3.2, 13.4])
    for j, h in enumerate(("Dato", "Møte")):
        D.cell_text(t.cell(0, j), h, bold=True, size=10)
    for r, row in enumerate(rows_, start=1):
        for j, v in enumerate(row):
            D.cell_text(t.cell(r, j), v, size=10)
    d.save(path)


RENDER = {
    "2017_LO_rapport.docx": lo_2017,
    "2017_Spekter_rapport.docx": spekter_2017,
    "2018_KS_rapport.docx": ks_2018,
    "2019_Regjeringen_rapport.docx": reg_2019,
    "2020_Vestland_rapport.docx": vestland_2020,
    "2021_NHO_rapport.docx": nho_2021,
    "2022_Trondelag_arsrapport.docx": trondelag_2022,
    "2023_Spekter_skjema.docx": spekter_2023,
    "2024_LO_rapport.docx": lo_2024,
    "2025_Vestland_rapport.docx": vestland_2025,
    "2026_KS_rapport.docx": ks_2026,
}
