# -*- coding: utf-8 -*-
"""PDF renderers for match41 (reportlab), one function per file. All facts come from batch_data."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether, CondPageBreak

from pdfkit import S, P, e, build, grid_style
from batch_data import OLDNR, WORDS_NB, WORDS_NN, WORDS_KS

GREY = colors.HexColor("#595959")
LG = colors.HexColor("#E7E6E6")


def hf(c, W, H, left=None, right=None, foot=None, foot_left=None, size=8, margin=2.2 * cm):
    c.saveState()
    c.setFont("Sans", size)
    c.setFillColor(GREY)
    if left:
        c.drawString(margin, H - 1.3 * cm, left)
    if right:
        c.drawRightString(W - margin, H - 1.3 * cm, right)
    if foot_left:
        c.drawString(margin, 1.1 * cm, foot_left)
    if foot:
        c.drawRightString(W - margin, 1.1 * cm, foot)
    c.restoreState()


def join(xs, sep=", "):
    return sep.join(xs)


def og(xs):
    xs = list(xs)
    if len(xs) < 2:
        return "".join(xs)
    return ", ".join(xs[:-1]) + " og " + xs[-1]


# --------------------------------------------------------------------------- LO 2017
def lo2017(f, path):
    W, H = A4
    body = S("b", "Sans", 10)
    c = S("c", "Sans", 9, leading=11.5, after=2)
    cb = S("cb", "Sans", 9, leading=11.5, after=1, bold=True)
    ci = S("ci", "Sans", 8.5, leading=11, after=6, italic=True, color=GREY)
    hd = S("h", "Sans", 9, bold=True, after=0)
    groups = {}
    for m in f["measures"]:
        nrs = [OLDNR[d] for d in m["dm"]]
        groups.setdefault(nrs[0], []).append((m, nrs))
    strat = {1: "Etablere et kompetansebehovsutvalg (KBU)",
             4: "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
             5: "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
             6: "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
             9: "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet"}
    data = [[P("NKPS-tiltak", hd), P("LOs oppfølging", hd)]]
    for nr in sorted(set(groups) | {9}):
        left = [P(f"Nr. {nr}", cb), P(strat[nr], c)]
        right = []
        if nr == 9:
            right = [P("Se nr. 4. LO følger dette opp gjennom forsøket med fagbrev på jobb og i SRY, "
                       "og rapporterer ikke eget tiltak her.", ci)]
        for m, nrs in groups.get(nr, []):
            right.append(P(m["title"], cb))
            right.append(P(m["desc"], c))
            also = [n for n in nrs[1:]]
            s = f"Type: {m['tp']}. Ansvar: {m['resp']}."
            if m["partners"]:
                s += f" Med: {join(m['partners'])}."
            s += f" Tid: {m['period']}."
            if also:
                s += " Også nr. " + og([str(n) for n in also]) + "."
            right.append(P(s, ci))
        data.append([left, right])
    t = Table(data, colWidths=[4.6 * cm, 12.0 * cm], repeatRows=1, splitInRow=1,
              style=grid_style(header_bg=LG, pad=3))
    story = [P("LOs rapport til Kompetansepolitisk råd 2017", S("t", "Sans", 15, bold=True, after=6)),
             P("Oppfølging av Nasjonal kompetansepolitisk strategi", S("st", "Sans", 11, color=GREY, after=10)),
             P("Tabellen under viser LOs tiltak ordnet etter tiltakene i strategien (nr. 1–16). Et tiltak som hører til "
               "flere av strategiens tiltak, er bare ført opp én gang, under det første nummeret.", body),
             t, Spacer(1, 10),
             P("Med vennlig hilsen", body), P("Landsorganisasjonen i Norge", body),
             P("Rådgiver, avdeling for samfunnspolitikk", S("g", "Sans", 9, color=GREY))]
    build(path, story, deco=lambda cv, n, tot: hf(cv, W, H, "LO · Rapport NKPS 2017", "30.11.2017",
                                                      foot=f"Side {n} av {tot}"),
          title="LO rapport NKPS 2017", author="LO")


# --------------------------------------------------------------------------- KS 2018
def ks2018(f, path):
    PS = landscape(A4)
    W, H = PS
    c = S("c", "Sans", 8.5, leading=10.5, after=0)
    hd = S("h", "Sans", 8.5, bold=True, color=colors.white, after=0)
    gr = S("g", "Sans", 9, bold=True, after=0)
    themes = [("Helse og omsorg", ["T12", "T17"]), ("Læreplasser og karriere", ["T05", "T10"]),
              ("Digitalisering og kunnskap", ["K2", "K3", "K5"])]
    by = {m["id"]: m for m in f["measures"]}
    data = [[P(h, hd) for h in ("Tiltak", "Delmål", "Beskrivelse", "Ansvar/samarbeid", "Type", "Periode")]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5C8A"))]
    for th, ids in themes:
        r = len(data)
        data.append([P(th, gr), "", "", "", "", ""])
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DCE6F1"))]
        for i in ids:
            m = by[i]
            ans = f"{m['resp']} (ansvar)"
            if m["partners"]:
                ans += "; " + join(m["partners"])
            data.append([P(m["title"], S("tb", "Sans", 8.5, leading=10.5, bold=True, after=0)), P("/".join(m["dm"]), c),
                         P(m["desc"], c), P(ans, c), P(m["tp"], c), P(m["period"], c)])
    t = Table(data, colWidths=[5.0 * cm, 1.6 * cm, 9.4 * cm, 5.2 * cm, 2.4 * cm, 2.6 * cm], repeatRows=1,
              splitInRow=1, style=grid_style(cmds, pad=2.5))
    body = S("b", "Sans", 10)
    counts = {}
    for m in f["measures"]:
        counts[m["tp"]] = counts.get(m["tp"], 0) + 1
    ct = [["Type", "Antall"]] + [[k, str(v)] for k, v in sorted(counts.items())] + [["Sum", str(len(f["measures"]))]]
    story = [P("KS – rapportering til Kompetansepolitisk råd 2018", S("t", "Sans", 15, bold=True, after=6)),
             P("KS rapporterer tiltak i tre temaområder. Delmål er oppgitt med nummer fra strategien. I kolonnen "
               "Ansvar/samarbeid står den som har ansvaret først, merket (ansvar).", body),
             P("Mange kommuner har egne kompetansetiltak som ikke er tatt med her; tabellen viser KS' egne og felles tiltak. "
               "Som det ble sagt i rådsmøtet i juni, kan et eksempel være kompetanseplanen i en mellomstor kommune – slike "
               "lokale planer rapporteres ikke.", body),
             Spacer(1, 4), t, Spacer(1, 10), P("Antall tiltak per type", S("h2", "Sans", 11, bold=True)),
             Table(ct, colWidths=[4 * cm, 2 * cm], hAlign="LEFT", style=grid_style(header_bg=LG, pad=2)),
             Spacer(1, 8), P("Kontakt: KS, avdeling for arbeidsgiverpolitikk, postmottak@ks.no", S("k", "Sans", 9, color=GREY))]
    build(path, story, pagesize=PS, margins=(1.6 * cm, 1.6 * cm, 2.0 * cm, 1.8 * cm),
          deco=lambda cv, n, tot: hf(cv, W, H, "KS", "Rapport NKPS 2018", foot=f"Side {n} av {tot} · 30.11.2018",
                                     margin=1.6 * cm), title="KS NKPS 2018", author="KS")


# --------------------------------------------------------------------------- Regjeringen 2019
def reg2019(f, path):
    W, H = A4
    body = S("b", "Serif", 10.5, leading=14)
    tb = S("tb", "Serif", 10.5, leading=14, bold=True, after=1)
    fl = S("fl", "Sans", 8.5, leading=11, color=GREY, after=10)
    h1 = S("h1", "Sans", 13, bold=True, before=10, after=6)
    li = S("li", "Serif", 10, leading=13, left=12, after=3)
    by = {m["id"]: m for m in f["measures"]}
    secs = [("Kunnskapsdepartementet (KD)", ["T16", "T15", "T14", "T11", "T03", "T07"]),
            ("Arbeids- og sosialdepartementet (ASD)", ["T18"])]
    story = [P("Oppfølging av Nasjonal kompetansepolitisk strategi", S("t", "Sans", 17, bold=True, after=4)),
             P("Regjeringens rapport til Kompetansepolitisk råd 2019", S("st", "Sans", 11, color=GREY, after=12)),
             P("1 Innledning", h1),
             P("Regjeringen la i 2019 fram arbeidet med kompetansereformen «Lære hele livet». Rapporten omtaler nye tiltak "
               "per departement. Tiltak som er videreført uten vesentlige endringer, står i en egen liste i kapittel 4.", body)]
    n = 1
    for i, (sec, ids) in enumerate(secs):
        story.append(P(f"{i + 2} {sec}", h1))
        for tid in ids:
            m = by[tid]
            story.append(P(f"{n}. {e(m['title'])}", tb, esc=False))
            story.append(P(m["desc"], body))
            dm = " og ".join(m["dm"])
            line = f"Delmål {dm} · Virkemiddel: {m['tp']}"
            if m["partners"]:
                line += f" · Samarbeid: {join(m['partners'])}"
            line += f" · Periode: {m['period']}"
            story.append(P(line, fl))
            n += 1
    story.append(P("4 Videreførte tiltak fra 2017", h1))
    story.append(P("Disse tiltakene er videreført og omtales bare kort (tittel, delmål, virkemiddel, departement, status):", body))
    for tid in ("T01", "T09", "R2"):
        m = by[tid]
        story.append(Paragraph(e(f"{m['title']} – delmål {', '.join(m['dm'])} – {m['tp']} – {m['resp']} – "
                                 f"{m['period']}: {m['desc']}"), li, bulletText="•"))
    story.append(P("5 Antall tiltak per departement", h1))
    story.append(Table([["Departement", "Nye", "Videreført"], ["KD", "6", "2"], ["ASD", "1", "0"], ["KMD", "0", "1"],
                        ["Sum", "7", "3"]], colWidths=[4 * cm, 2 * cm, 2.4 * cm], hAlign="LEFT",
                       style=grid_style(header_bg=LG, pad=2)))
    build(path, story, deco=lambda cv, n_, tot: hf(cv, W, H, "Kunnskapsdepartementet", "Oppfølging av NKPS 2019",
                                                   foot=str(n_)), title="Regjeringen NKPS 2019", author="KD")


# --------------------------------------------------------------------------- VOFO 2019
def vofo2019(f, path):
    PS = landscape(A4)
    W, H = PS
    c = S("c", "Sans", 9, leading=11, after=0)
    hd = S("h", "Sans", 9, bold=True, after=0)
    mg = {"T09": "Voksne med svake grunnleggende ferdigheter", "O1": "Innvandrere", "O2": "Regionale aktører",
          "O3": "Studieforbund og organisasjoner", "O4": "Deltakere i frivillig opplæring"}
    data = [[P(h, hd) for h in ("Tiltak (type)", "Delmål", "Målgruppe", "Hvem", "Når", "Kort om")]]
    for m in f["measures"]:
        hv = m["resp"] + (" – med " + join(m["partners"]) if m["partners"] else "")
        data.append([P(f"<b>{e(m['title'])}</b> ({e(m['tp'])})", c, esc=False), P(", ".join(m["dm"]), c),
                     P(mg[m["id"]], c), P(hv, c), P(m["period"], c), P(m["desc"], c)])
    data.append([P("<b>Sum: 5 tiltak</b>", c, esc=False), "", "", "", "", ""])
    t = Table(data, colWidths=[5.2 * cm, 1.6 * cm, 3.6 * cm, 4.6 * cm, 2.6 * cm, 8.4 * cm], repeatRows=1,
              style=grid_style([("SPAN", (0, -1), (-1, -1))], header_bg=colors.HexColor("#F2DCDB"), pad=3))
    body = S("b", "Sans", 10)
    story = [P("VOFO – Voksenopplæringsforbundet", S("l", "Sans", 9, color=GREY)),
             P("Rapport til Kompetansepolitisk råd 2019", S("t", "Sans", 15, bold=True, after=6)),
             P("Studieforbundene nådde i 2019 over 500 000 deltakere. Tabellen viser VOFOs tiltak i oppfølgingen av "
               "strategien. Hvem = ansvarlig, med samarbeidspartnere etter tankestreken.", body), t, Spacer(1, 6),
             P("Målgruppe er ikke en del av rapporteringsmalen, men tatt med for oversiktens skyld.",
               S("n", "Sans", 8, italic=True, color=GREY))]
    build(path, story, pagesize=PS, margins=(1.5 * cm, 1.5 * cm, 1.8 * cm, 1.8 * cm),
          deco=lambda cv, n, tot: hf(cv, W, H, foot=f"{n}/{tot}", foot_left="vofo.no", margin=1.5 * cm),
          title="VOFO 2019", author="VOFO")


# --------------------------------------------------------------------------- Unio 2020
def unio2020(f, path):
    W, H = A4
    body = S("b", "Sans", 10, leading=13)
    q = S("q", "Sans", 10, bold=True, after=1, color=colors.HexColor("#6B2C91"))
    h2 = S("h2", "Sans", 13, bold=True, before=12, after=4)
    story = [P("Unio – rapportering til Kompetansepolitisk råd 2020", S("t", "Sans", 16, bold=True, after=8)),
             P("Vi har svart på sekretariatets spørsmål for hvert tiltak. Koronapandemien har preget året, og flere "
               "samlinger ble gjennomført digitalt.", body)]
    for m in f["measures"]:
        dm = " og ".join(m["dm"])
        words = WORDS_NB[m["dm"][0]].lower()
        story.append(P(m["title"], h2))
        story.append(P("Hvilket delmål i strategien?", q))
        story.append(P(f"Tiltaket hører til delmål {dm} ({words}).", body))
        story.append(P("Hva slags tiltak er det?", q))
        story.append(P(m["tp"] + ".", body))
        story.append(P("Hvem har ansvaret, og hvem er med?", q))
        s = f"Ansvarlig: {m['resp']}."
        if m["partners"]:
            s += f" Med: {join(m['partners'])}."
        story.append(P(s, body))
        story.append(P("Når?", q))
        story.append(P(m["period"], body))
        story.append(P("Hva går tiltaket ut på?", q))
        story.append(P(m["desc"], body))
    story += [P("Andre saker Unio har arbeidet med", h2),
              P("Unio har uttalt seg om lønnsutvikling for sykepleiere og lærere og om beredskap i helsetjenesten. "
                "Dette er ikke tiltak i oppfølgingen av strategien.", body)]
    build(path, story, deco=lambda cv, n, tot: hf(cv, W, H, "Unio", "Rapport 2020", foot=f"Side {n} av {tot}"),
          title="Unio 2020", author="Unio")


# --------------------------------------------------------------------------- Virke 2021 (web page print)
def virke2021(f, path):
    W, H = A4
    body = S("b", "Sans", 9.5, leading=12.5)
    h3 = S("h3", "Sans", 12, bold=True, before=10, after=4)
    fk = S("fk", "Sans", 8, leading=10, after=0)
    fb = S("fb", "Sans", 8, leading=10, after=0, bold=True)
    story = [P("Forsiden › Politikk › Kompetanse", S("bc", "Sans", 7.5, color=GREY, after=6)),
             P("Virkes rapportering til Kompetansepolitisk råd 2021", S("t", "Sans", 16, bold=True, after=4)),
             P("Publisert 14.12.2021 · Lesetid 4 min", S("m", "Sans", 7.5, color=GREY, after=8)),
             P("Virke rapporterer hvert år hvordan vi følger opp Nasjonal kompetansepolitisk strategi. Her er tiltakene "
               "for 2021.", S("lead", "Sans", 11, leading=14, after=8))]
    for m in f["measures"]:
        labs = ("Delmål", "Type", "Eier", "Med", "Tid")
        vals = (" / ".join(m["dm"]), m["tp"], m["resp"], join(m["partners"]) or "–", m["period"])
        row = Table([[P(x, fb) for x in labs], [P(x, fk) for x in vals]],
                    colWidths=[2.0 * cm, 2.4 * cm, 3.4 * cm, 5.6 * cm, 3.2 * cm], hAlign="LEFT",
                    style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F0EA")),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                      ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#B0A890"))]))
        story += [P(m["title"], h3), P(m["desc"], body), row]
        continue
        story += [P(m["title"], h3), row]
    story += [Spacer(1, 10), P("Relaterte saker: Virke mener om kompetansereformen · Slik søker du bransjeprogram",
                               S("r", "Sans", 8, color=GREY)),
              P("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Godta alle · Innstillinger",
                S("ck", "Sans", 7.5, color=GREY))]
    build(path, story, margins=(2.2 * cm, 2.2 * cm, 2.0 * cm, 2.0 * cm),
          deco=lambda cv, n, tot: (hf(cv, W, H, "14.12.2021, 10:32", "Virkes rapportering til Kompetansepolitisk råd 2021 | Virke",
                                      size=7),
                                   hf(cv, W, H, foot=f"{n}/{tot}",
                                      foot_left="https://www.virke.no/politikk/kompetanse/rapportering-kpr-2021/", size=7)),
          title="Virke 2021", author="Virke")


# --------------------------------------------------------------------------- NHO 2022
def nho2022(f, path):
    W, H = A4
    body = S("b", "Sans", 10, leading=13, after=6)
    h2 = S("h2", "Sans", 12, bold=True, before=10, after=4, color=colors.HexColor("#003B5C"))
    stub = S("s", "Sans", 9.5, italic=True, color=GREY, after=6)
    heads = {"1.4": "Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv", "2.1": "Delmål 2.1 Digital kompetanse",
             "2.2": "Delmål 2.2 Kunnskapsgrunnlaget", "2.3": "Delmål 2.3 Yrkesfagene og karrieremulighetene",
             "2.4": "Delmål 2.4 Kompetansebehov i bedrifter og klynger", "3.3": "Delmål 3.3 Arbeidsmarkedspolitikken"}
    order = ["1.4", "2.1", "2.2", "2.3", "2.4", "3.3"]
    first = {}
    for m in f["measures"]:
        first.setdefault(m["dm"][0], []).append(m)
    story = [P("NHO – Kompetansepolitisk rapport 2022", S("t", "Sans", 16, bold=True, after=6)),
             P("Rapporten er ordnet etter delmålene i strategien. Et tiltak som følger opp flere delmål er omtalt under "
               "det første, med en henvisning under de andre.", body)]
    for d in order:
        story.append(P(heads[d], h2))
        for m in first.get(d, []):
            tail = f"[{m['tp']} | Ansvar: {m['resp']}"
            if m["partners"]:
                tail += f" | Med: {join(m['partners'])}"
            tail += f" | {m['period']}]"
            story.append(P(f"<b>{e(m['title'])}.</b> {e(m['desc'])} <font color='#595959'>{e(tail)}</font>", body, esc=False))
        for m in f["measures"]:
            if d in m["dm"][1:]:
                story.append(P(f"Se også: {m['title']} (omtalt under delmål {m['dm'][0]}).", stub))
    story.append(P("Kontakt: NHO Kompetanse og arbeidsliv", S("k", "Sans", 9, color=GREY, before=10)))
    build(path, story, deco=lambda cv, n, tot: hf(cv, W, H, "NHO", "Kompetansepolitisk rapport 2022", foot=f"{n}"),
          title="NHO 2022", author="NHO")


# --------------------------------------------------------------------------- LO 2023
def lo2023(f, path):
    PS = landscape(A4)
    W, H = PS
    body = S("b", "Sans", 10, leading=13)
    h1 = S("h1", "Sans", 14, bold=True, before=10, after=6, color=colors.HexColor("#C00000"))
    h3 = S("h3", "Sans", 11, bold=True, before=8, after=2)
    fl = S("fl", "Sans", 9, color=GREY, after=6)
    c = S("c", "Sans", 8.5, leading=10.5, after=0)
    hd = S("hd", "Sans", 8.5, bold=True, after=0)
    first = {"L1": "2017", "L6": "2020", "L2": "2017", "L4": "2020", "T01": "2017"}
    new = [m for m in f["measures"] if m["id"] not in first]
    old = [m for m in f["measures"] if m["id"] in first]
    story = [P("LOs rapport til Kompetansepolitisk råd 2023", S("t", "Sans", 17, bold=True, after=6)),
             P("1 Innledning", h1),
             P("LO har i 2023 lagt vekt på fagarbeidernes plass i det grønne skiftet. Kapittel 2 omtaler nye tiltak. "
               "Tiltak vi har rapportert tidligere år står i tabellen i kapittel 3, der Status 2023 beskriver hva som er gjort.",
               body), P("2 Nye tiltak", h1)]
    for m in new:
        story.append(P(m["title"], h3))
        story.append(P(m["desc"], body))
        story.append(P(f"Delmål: {', '.join(m['dm'])} – Type: {m['tp']} – Ansvar: {m['resp']} – "
                       f"Med: {join(m['partners'])} – Periode: {m['period']}", fl))
    story.append(CondPageBreak(6 * cm))
    story.append(P("3 Videreførte tiltak", h1))
    data = [[P(h, hd) for h in ("Tiltak", "Første gang rapportert", "Delmål", "Type", "Ansvar", "Med", "Periode", "Status 2023")]]
    for m in old:
        data.append([P(m["title"], c), P(first[m["id"]], c), P(", ".join(m["dm"]), c), P(m["tp"], c), P(m["resp"], c),
                     P(join(m["partners"]), c), P(m["period"], c), P(m["desc"], c)])
    story.append(Table(data, colWidths=[5.6 * cm, 2.2 * cm, 1.6 * cm, 2.0 * cm, 1.6 * cm, 3.6 * cm, 2.0 * cm, 7.4 * cm],
                       repeatRows=1, style=grid_style(header_bg=LG, pad=2.5)))
    story += [P("4 LOs prioriteringer for 2024", h1),
              P("LO vil arbeide for en ny samfunnskontrakt etter 2026 og for rett til fagbrev for voksne. Dette er ikke tiltak.", body)]
    build(path, story, pagesize=PS, margins=(1.8 * cm, 1.8 * cm, 2.0 * cm, 1.8 * cm),
          deco=lambda cv, n, tot: hf(cv, W, H, "LO – Rapportering til Kompetansepolitisk råd 2023", "13.12.2023",
                                     foot=f"Side {n} av {tot}", margin=1.8 * cm), title="LO 2023", author="LO")


# --------------------------------------------------------------------------- Vestland 2024 (nn)
def vestland2024(f, path):
    PS = landscape(A4)
    W, H = PS
    c = S("c", "Sans", 8.5, leading=10.5, after=0)
    hd = S("hd", "Sans", 8.5, bold=True, after=0, color=colors.white)
    body = S("b", "Sans", 10, leading=13)
    data = [[P(h, hd) for h in ("Nr.", "Tiltak", "Kva", "Kven (ansvarleg / med)", "Kor tid", "Delmål i NKPS", "Type")]]
    for i, m in enumerate(f["measures"]):
        kven = m["resp"] + (" / " + join(m["partners"]) if m["partners"] else "")
        dm = "<br/>".join(e(WORDS_NN[d]) for d in m["dm"])
        data.append([P(f"HP {i + 1}.{(i % 2) + 1}", c), P(f"<b>{e(m['title'])}</b>", c, esc=False), P(m["desc"], c), P(kven, c),
                     P(m["period"], c), P(dm, c, esc=False), P(m["tp"], c)])
    t = Table(data, colWidths=[1.4 * cm, 4.4 * cm, 6.6 * cm, 4.8 * cm, 2.0 * cm, 5.2 * cm, 2.0 * cm], repeatRows=1,
              splitInRow=1, style=grid_style(header_bg=colors.HexColor("#00509E"), pad=2.5))
    story = [P("Vestland fylkeskommune", S("l", "Sans", 9, color=GREY)),
             P("Rapport til Kompetansepolitisk råd 2024 – utdrag frå handlingsprogrammet", S("t", "Sans", 15, bold=True, after=6)),
             P("Tabellen er henta frå handlingsprogrammet til Regional plan for kompetanse og arbeidskraft. Nummera i "
               "første kolonne (HP) er handlingsprogrammet sine eigne nummer og ikkje delmål i strategien. Delmåla i "
               "NKPS står med ord i nest siste kolonne. Teksten er lang nok til at tabellen held fram på neste side.", body),
             P("Fylkeskommunen har i 2024 også arbeidd med ny skulestruktur og tannhelse; det er ikkje tiltak i strategien.", body),
             Spacer(1, 4), t, Spacer(1, 8), P("Økonomi", S("h", "Sans", 11, bold=True)),
             Table([["Post", "Budsjett 2024 (mill. kr)"], ["Karriere Vestland", "24,5"], ["Fagbrev på jobb", "6,0"],
                    ["Sum", "30,5"]], colWidths=[5 * cm, 4 * cm], hAlign="LEFT", style=grid_style(header_bg=LG, pad=2))]
    build(path, story, pagesize=PS, margins=(1.6 * cm, 1.6 * cm, 2.0 * cm, 1.8 * cm),
          deco=lambda cv, n, tot: hf(cv, W, H, "Vestland fylkeskommune", "Kompetanse og arbeidskraft 2024",
                                     foot=f"Side {n} av {tot}", margin=1.6 * cm), title="Vestland 2024",
          author="Vestland fylkeskommune")


# --------------------------------------------------------------------------- KS 2025
def ks2025(f, path):
    W, H = A4
    body = S("b", "Sans", 10, leading=13, after=3)
    h2 = S("h2", "Sans", 12.5, bold=True, before=10, after=4, color=colors.HexColor("#1B5E20"))
    tb = S("tb", "Sans", 10.5, bold=True, after=1, before=4)
    fl = S("fl", "Sans", 9, color=GREY, after=2)
    it = S("it", "Sans", 9, italic=True, color=GREY, after=8)
    order = ["1.3", "2.1", "2.2", "3.3", "1.4"]
    groups = {}
    for m in f["measures"]:
        groups.setdefault(m["dm"][0], []).append(m)
    story = [P("KS – rapport til Kompetansepolitisk råd 2025", S("t", "Sans", 16, bold=True, after=6)),
             P("Tiltakene er ordnet etter KS' korte navn på delmålene i strategien. Nummeret i parentes er delmålets nummer.", body)]
    for d in order:
        if d not in groups:
            continue
        story.append(P(f"{WORDS_KS[d]} ({d})", h2))
        for m in groups[d]:
            story.append(P(m["title"], tb))
            s = f"Eier: {m['resp']}  ·  Med: {join(m['partners']) or '–'}  ·  Tidsrom: {m['period']}  ·  Kategori: {m['tp']}"
            story.append(P(s, fl))
            if len(m["dm"]) > 1:
                story.append(P("Også: " + "; ".join(f"{WORDS_KS[x]} ({x})" for x in m["dm"][1:]), it))
            story.append(P(m["desc"], body))
    story += [P("Kontakt", h2), P("KS Arbeidsgiverpolitikk · postmottak@ks.no", body)]
    build(path, story, deco=lambda cv, n, tot: hf(cv, W, H, "KS", "Rapport NKPS 2025", foot=f"{n} | {tot}"),
          title="KS 2025", author="KS")


# --------------------------------------------------------------------------- NHO 2026
def nho2026(f, path):
    PS = landscape(A4)
    W, H = PS
    c = S("c", "Sans", 9, leading=11, after=0)
    hd = S("hd", "Sans", 9, bold=True, after=0)
    body = S("b", "Sans", 10, leading=13)
    vf = {"T06": "ja", "T03": "ja", "N1": "ja", "N3": "ja", "N4": "nei", "N5": "nei"}
    data = [[P(h, hd) for h in ("Tiltak", "Videreført?", "Delmål", "Type", "Ansvar", "Partnere", "Periode", "Kommentar")]]
    for m in f["measures"]:
        data.append([P(m["title"], c), P(vf[m["id"]], c), P(" + ".join(m["dm"]), c), P(m["tp"], c), P(m["resp"], c),
                     P(join(m["partners"]), c), P(m["period"], c), P(m["desc"], c)])
    story = [P("NOTAT", S("n", "Sans", 18, bold=True, after=2)),
             P("Til: Sekretariatet for Kompetansepolitisk råd   Fra: NHO   Dato: 20.11.2026", S("m", "Sans", 9, color=GREY, after=2)),
             P("Sak: NHOs tiltak i oppfølgingen av strategien – status 2026", S("s", "Sans", 11, bold=True, after=10)),
             P("NHO gir her en kort status. Strategien er forlenget mens ny strategi forberedes. Vi har lagt tabellen "
               "lavt på siden slik den ble limt inn fra vårt regneark.", body)] + [Spacer(1, 8)] * 34 + [
        Table(data, colWidths=[4.8 * cm, 1.8 * cm, 1.6 * cm, 1.8 * cm, 2.0 * cm, 4.4 * cm, 2.0 * cm, 7.6 * cm], repeatRows=1,
              splitInRow=1, style=grid_style(header_bg=LG, pad=3)),
        Spacer(1, 8), P("Antall tiltak: 6, hvorav 4 videreført.", body)]
    build(path, story, pagesize=PS, margins=(1.6 * cm, 1.6 * cm, 2.0 * cm, 1.8 * cm),
          deco=lambda cv, n, tot: hf(cv, W, H, "NHO", "20.11.2026", foot=f"Side {n} av {tot}", margin=1.6 * cm),
          title="NHO 2026", author="NHO")
