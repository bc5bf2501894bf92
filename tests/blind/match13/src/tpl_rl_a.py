"""reportlab templates (part A): KD matrix 2019, LO bullets 2022, YS letter 2020, Spekter cards 2024."""
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, Spacer, Table,
                                TableStyle)

from .catalog import AREAS, DELMAL_SHORT, join_no
from .pdf_util import P, PB, build, header_footer_fn, make_numbered_canvas, styles


def _area(row):
    return row.delmal[0].split(".")[0] if row.delmal else "2"


def tpl_kd_matrix(rep, out, workdir):
    S = styles("Liberation", 9)
    story = [P(rep.meta["title"], S["h1"]),
             P("Kunnskapsdepartementet rapporterer her på vegne av regjeringen om tiltak som følger opp delmålene i "
               "Nasjonal kompetansepolitisk strategi 2017–2021. Oversikten omfatter tiltak som er videreført fra "
               "tidligere år og nye tiltak i 2019. Tiltak som ligger under andre departementer, rapporteres av disse.", S["body"]),
             P("Tiltakene er sortert etter hovedinnsatsområde og delmål.", S["body"]), Spacer(1, 6)]
    head = ["Delmål", "Tiltak", "Beskrivelse", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]
    widths = [3.9 * cm, 4.8 * cm, 7.3 * cm, 3.1 * cm, 2.0 * cm, 3.6 * cm, 2.0 * cm]
    for a in ("1", "2", "3"):
        rows = [r for r in rep.rows if _area(r) == a]
        if not rows:
            continue
        story.append(P("Hovedinnsatsområde %s: %s" % (a, AREAS[a]), S["h2"]))
        data = [[P(h, S["cellb"]) for h in head]]
        spans, prev, start = [], None, 1
        for i, r in enumerate(rows, start=1):
            key = ", ".join(r.delmal)
            if key != prev:
                if prev is not None and i - 1 > start:
                    spans.append((start, i - 1))
                start, prev = i, key
                if len(r.delmal) == 1:
                    dtxt = "%s %s" % (key, DELMAL_SHORT[key])
                else:
                    dtxt = join_no(r.delmal)
                dcell = P(dtxt, S["cell"])
            else:
                dcell = ""
            data.append([dcell, P(r.title, S["cell"]), P(r.desc, S["cell"]), P(r.type_print, S["cell"]),
                         P(r.resp, S["cell"]), P(r.partners_print, S["cell"]), P(r.period, S["cell"])])
        if prev is not None and len(rows) > start:
            spans.append((start, len(rows)))
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
              ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for s0, s1 in spans:
            ts.append(("SPAN", (0, s0), (0, s1)))
        story.append(Table(data, colWidths=widths, repeatRows=1, style=TableStyle(ts)))
        story.append(Spacer(1, 8))
    story.append(P("Kontaktperson i Kunnskapsdepartementet: Kompetansepolitisk avdeling.", S["small"]))
    build(out, story, land=True, margins=(1.5 * cm, 1.5 * cm, 2 * cm, 1.8 * cm),
          on_page=header_footer_fn("Kunnskapsdepartementet", "Rapportering NKPS 2019", fontname=S["fonts"][0]),
          canvasmaker=make_numbered_canvas("Side %d av %d", S["fonts"][0]), title=rep.meta["title"])


def tpl_lo_bullets(rep, out, workdir):
    S = styles("Liberation", 10)
    story = [P("Landsorganisasjonen i Norge", S["small"]), P(rep.meta["title"], S["h1"]),
             P("LO rapporterer her på tiltak vi har ansvar for eller deltar i. Tiltakene er ordnet etter delmålene i "
               "strategien. Mange av tiltakene er felles med de andre partene og myndighetene, og vi beskriver da LOs "
               "egen rolle.", S["body"])]
    groups = {}
    for r in rep.rows:
        groups.setdefault(r.delmal[0], []).append(r)
    for code in sorted(groups):
        story.append(P("Delmål %s – %s" % (code, DELMAL_SHORT[code]), S["h3"]))
        items = []
        for r in groups[code]:
            meta = "Type: %s | Ansvar: %s" % (r.type_print, r.resp)
            if r.partners:
                meta += " | Samarbeid: %s" % r.partners_print
            meta += " | Periode: %s" % r.period
            if len(r.delmal) > 1:
                meta += " | Også relevant for delmål %s" % join_no(r.delmal[1:])
            items.append(ListItem([P(r.title, S["bold"]), P(r.desc, S["body"]), P(meta, S["small"]), Spacer(1, 4)],
                                  leftIndent=14))
        story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14))
    story.append(Spacer(1, 10))
    story.append(P("Oslo, desember 2022", S["body"]))
    build(out, story, on_page=header_footer_fn("LO", "Kompetansepolitisk råd – rapportering 2022", fontname=S["fonts"][0]),
          canvasmaker=make_numbered_canvas("%d / %d", S["fonts"][0], pos="right"), title=rep.meta["title"])


def tpl_ys_letter(rep, out, workdir):
    S = styles("Carlito", 11)
    story = [P("YS – Yrkesorganisasjonenes Sentralforbund", S["bold"]),
             P("Til: Kompetansepolitisk råd, v/ sekretariatet i Kompetanse Norge", S["body"]),
             P("Dato: 30. november 2020", S["body"]), Spacer(1, 8),
             P(rep.meta["title"], S["h2"]),
             P("YS viser til bestillingen fra sekretariatet og rapporterer med dette om våre tiltak. Vi har valgt å "
               "beskrive tiltakene kort, med delmål, type tiltak, ansvar, samarbeidspartnere og periode i parentes etter "
               "hvert tiltak.", S["body"]), Spacer(1, 4)]
    for r in rep.rows:
        bits = ["Delmål " + join_no(r.delmal), r.type_print, "Ansvar: " + r.resp]
        if r.partners:
            bits.append("Partnere: " + r.partners_print)
        bits.append(r.period)
        story.append(KeepTogether([P(r.title, S["h3"]), P(r.desc, S["body"]),
                                   P("(" + " · ".join(bits) + ")", S["italic"])]))
    story += [Spacer(1, 12), P("Med vennlig hilsen", S["body"]), P("YS", S["body"]),
              P("Avdeling for arbeidsliv og kompetanse", S["small"])]
    build(out, story, margins=(2.5 * cm, 2.5 * cm, 2.5 * cm, 2.2 * cm),
          canvasmaker=make_numbered_canvas("Side %d av %d", S["fonts"][0]), title=rep.meta["title"])


def tpl_spekter_cards(rep, out, workdir):
    S = styles("DejaVu", 9)
    story = [P(rep.meta["title"], S["h1"]),
             P("Spekter har også i 2024 fulgt opp delmålene i den nasjonale kompetansepolitiske strategien, selv om "
               "strategiperioden formelt er over. Rådet har bedt medlemmene rapportere i samme form som tidligere.", S["body"]),
             Spacer(1, 6)]
    for r in rep.rows:
        data = [[P(r.title, S["cellb"]), ""],
                [P("Delmål", S["cellb"]), P(join_no(r.delmal), S["cell"])],
                [P("Type tiltak", S["cellb"]), P(r.type_print, S["cell"])],
                [P("Ansvar", S["cellb"]), P(r.resp, S["cell"])],
                [P("Samarbeidspartnere", S["cellb"]), P(r.partners_print or "–", S["cell"])],
                [P("Tidsrom", S["cellb"]), P(r.period, S["cell"])],
                [P("Om tiltaket", S["cellb"]), P(r.desc, S["cell"])]]
        t = Table(data, colWidths=[4.0 * cm, 12.8 * cm], style=TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#F2DCDB")),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#C0504D")),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#C0504D")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [KeepTogether(t), Spacer(1, 10)]
    build(out, story, on_page=header_footer_fn("Spekter", "Rapportering til Kompetansepolitisk råd 2024", fontname=S["fonts"][0]),
          canvasmaker=make_numbered_canvas("Side %d av %d", S["fonts"][0]), title=rep.meta["title"])
