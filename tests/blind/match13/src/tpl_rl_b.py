"""reportlab templates (part B): VOFO Q&A 2023, Vestland table 2024 (nynorsk), HK-dir report with TOC 2025."""
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import SimpleDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.lib.pagesizes import A4

from .catalog import AREAS, AREAS_NN, join_no
from .pdf_util import P, build, header_footer_fn, make_numbered_canvas, styles


def tpl_vofo_qa(rep, out, workdir):
    S = styles("Liberation", 10)
    story = [P("Voksenopplæringsforbundet (VOFO)", S["small"]), P(rep.meta["title"], S["h1"]),
             P("VOFO har svart på sekretariatets spørsmål for hvert tiltak. Studieforbundene er de viktigste "
               "aktørene for opplæring i frivillig sektor, og tiltakene under handler i stor grad om deres arbeid.", S["body"])]
    for r in rep.rows:
        qa = [("Hvilke delmål i strategien?", "Delmål " + join_no(r.delmal)),
              ("Hva slags tiltak er det?", r.type_print),
              ("Hvem har ansvaret?", r.resp),
              ("Hvem samarbeider vi med?", r.partners_print or "Ingen faste samarbeidspartnere"),
              ("Når?", r.period),
              ("Hva går tiltaket ut på?", r.desc)]
        block = [P(r.title, S["h2"])]
        for q, a in qa:
            block += [P(q, S["bold"]), P(a, S["body"])]
        story.append(KeepTogether(block))
    story += [Spacer(1, 10), P("Oslo, januar 2024. Spørsmål kan rettes til VOFOs sekretariat.", S["small"])]
    build(out, story, on_page=header_footer_fn("VOFO", "Rapportering 2023", fontname=S["fonts"][0]),
          canvasmaker=make_numbered_canvas("Side %d av %d", S["fonts"][0]), title=rep.meta["title"])


def tpl_vestland_table_nn(rep, out, workdir):
    S = styles("DejaVu", 9)
    story = [P(rep.meta["title"], S["h1"]),
             P("Nasjonal kompetansepolitisk strategi gjaldt for perioden 2017–2021. Kompetansepolitisk råd har bede "
               "medlemene halde fram med å rapportere etter delmåla i strategien, slik at utviklinga kan følgjast over tid.", S["body"]),
             P("Vestland fylkeskommune har det regionale ansvaret for kompetansepolitikken, jf. regionreforma. Fylkeskommunen "
               "samarbeider med partane i arbeidslivet, NAV, statsforvaltaren, kommunane og utdanningsinstitusjonane gjennom "
               "kompetanseforumet i Vestland. Tabellen under viser tiltaka fylkeskommunen rapporterer for 2024. Tiltak som er "
               "vidareførte frå tidlegare år, er markerte i skildringa.", S["body"]),
             P("Hovudinnsatsområda i strategien er: 1 %s, 2 %s og 3 %s." % (AREAS_NN["1"], AREAS_NN["2"], AREAS_NN["3"]), S["body"]),
             P("Samandrag", S["h2"])]
    counts = {}
    for r in rep.rows:
        counts[r.delmal[0][0]] = counts.get(r.delmal[0][0], 0) + 1
    summary = [[P("Hovudinnsatsområde", S["cellb"]), P("Tal på tiltak 2024", S["cellb"]), P("Merknad", S["cellb"])]]
    notes = {"1": "Regional plan og karriererettleiing", "2": "Kompetanse i arbeidslivet og grøn omstilling",
             "3": "Vaksne utan fullført vidaregåande opplæring"}
    for a in ("1", "2", "3"):
        summary.append([P("%s %s" % (a, AREAS_NN[a]), S["cell"]), P(str(counts.get(a, 0)), S["cell"]), P(notes[a], S["cell"])])
    summary.append([P("Totalt", S["cellb"]), P(str(len(rep.rows)), S["cellb"]), P("", S["cell"])])
    story += [Table(summary, colWidths=[9 * cm, 3.5 * cm, 8 * cm],
                    style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBF1DE"))])),
              Spacer(1, 10), P("Tiltak 2024", S["h2"]),
              P("Tabellen held fram på neste side.", S["small"])]
    head = ["Tiltak", "Delmål", "Skildring", "Ansvar / partnarar", "Periode", "Type"]
    data = [[P(h, S["cellb"]) for h in head]]
    for r in rep.rows:
        ans = [P(r.resp, S["cell"])]
        if r.partners:
            ans.append(P("Partnarar: " + r.partners_print, S["cell"]))
        data.append([P(r.title, S["cellb"]), P(", ".join(r.delmal), S["cell"]), P(r.desc, S["cell"]), ans,
                     P(r.period, S["cell"]), P(r.type_print, S["cell"])])
    t = Table(data, colWidths=[5.2 * cm, 1.8 * cm, 9.6 * cm, 5.0 * cm, 2.2 * cm, 2.4 * cm], repeatRows=1,
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#4F6228")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBF1DE")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10), P("Bergen, februar 2025", S["small"])]
    build(out, story, land=True, margins=(1.5 * cm, 1.5 * cm, 2 * cm, 1.8 * cm),
          on_page=header_footer_fn("Vestland fylkeskommune", "Rapportering 2024", fontname=S["fonts"][0]),
          canvasmaker=make_numbered_canvas("Side %d av %d", S["fonts"][0]), title=rep.meta["title"])


class _TocDoc(SimpleDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name in ("toc1", "toc2"):
            level = 0 if flowable.style.name == "toc1" else 1
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def tpl_hkdir_toc(rep, out, workdir):
    S = styles("Carlito", 9.5)
    h1 = ParagraphStyle("toc1", parent=S["h1"], fontSize=15, leading=19)
    h2 = ParagraphStyle("toc2", parent=S["h2"])
    f = S["fonts"]
    story = [Spacer(1, 5 * cm), P("Direktoratet for høyere utdanning og kompetanse", S["h2"]),
             P(rep.meta["title"], ParagraphStyle("cov", parent=S["h1"], fontSize=22, leading=27)),
             P("Oppfølging av delmålene i Nasjonal kompetansepolitisk strategi", S["body"]),
             P("Mars 2025", S["body"]), PageBreak(), P("Innhold", S["h1"])]
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t1", fontName=f[1], fontSize=10.5, leftIndent=0, leading=15),
                       ParagraphStyle("t2", fontName=f[0], fontSize=10, leftIndent=14, leading=13)]
    story += [toc, PageBreak()]
    story += [P("1 Innledning", h1),
              P("HK-dir overtok oppgavene til Kompetanse Norge 1. juli 2021 og har sekretariatsfunksjonen for "
                "Kompetansepolitisk råd. Denne rapporten gir en oversikt over direktoratets egne tiltak som følger opp "
                "delmålene i strategien. Strategien gjaldt 2017–2021, men rådet har valgt å bruke delmålene som ramme "
                "for rapporteringen også etter strategiperioden.", S["body"]),
              P("Tiltakene er ordnet etter de tre hovedinnsatsområdene. For hvert tiltak oppgis delmål, type tiltak, "
                "ansvarlig, partnere og periode.", S["body"])]
    head = ["Tiltak og beskrivelse", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode"]
    for n, a in enumerate(("1", "2", "3"), start=2):
        rows = [r for r in rep.rows if r.delmal and r.delmal[0].startswith(a + ".")]
        story.append(P("%d Hovedinnsatsområde %s – %s" % (n, a, AREAS[a]), h1))
        story.append(P("Tiltak under hovedinnsatsområde %s:" % a, S["body"]))
        data = [[P(h, S["cellb"]) for h in head]]
        for r in rows:
            data.append([[P(r.title, S["cellb"]), Spacer(1, 2), P(r.desc, S["cell"])], P(", ".join(r.delmal), S["cell"]),
                         P(r.type_print, S["cell"]), P(r.resp, S["cell"]), P(r.partners_print or "–", S["cell"]),
                         P(r.period, S["cell"])])
        story.append(Table(data, colWidths=[5.1 * cm, 1.5 * cm, 3.0 * cm, 2.0 * cm, 3.4 * cm, 2.0 * cm], repeatRows=1,
                           style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                                             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                             ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                                             ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    story += [P("5 Oppsummering", h1),
              P("Direktoratet har i 2025 rapportert ti tiltak. De fleste er videreføringer av ordninger som tidligere lå "
                "i Kompetanse Norge.", S["body"])]
    doc = _TocDoc(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm,
                  title=rep.meta["title"], invariant=1)
    hf = header_footer_fn("HK-dir", "Rapport til Kompetansepolitisk råd 2025", fontname=f[0])
    doc.multiBuild(story, onFirstPage=lambda c, d: None, onLaterPages=hf,
                   canvasmaker=make_numbered_canvas("side %d av %d", f[0], pos="right"))
