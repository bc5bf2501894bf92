# -*- coding: utf-8 -*-
"""PDF files 2: KS 2022, NHO 2023, Spekter 2024, VOFO 2025, Vestland 2026 (nynorsk)."""
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Spacer, PageBreak, KeepTogether, Table, TableStyle
from common import CODES, SHORT, NN, og_join
from pdf_util import st, P, E, build, hf_text, both, grid_table

RENDER = {}


def reg(name):
    def d(fn):
        RENDER[name] = fn
        return fn
    return d


def dms(codes):
    return sorted(codes, key=CODES.index)


@reg("2022_KS_rapport.pdf")
def ks_2022(path, f):
    H1 = st("h1", size=13, bold=True, before=10, after=6, color=colors.HexColor("#1F3864"))
    T = st("t", size=10.5, bold=True, before=9, after=2)
    K = st("k", size=9, color=colors.HexColor("#404040"), after=0)
    B = st("b", size=10, after=5)
    story = [P("KS – rapportering til Kompetansepolitisk råd 2022", st("h", size=16, bold=True, after=10)),
             P("Innledning", H1),
             P("KS rapporterer tiltak der KS er eier eller deltar på vegne av kommunesektoren. Under hvert tiltak "
               "står eier og partnere på første linje og periode, kategori og NKPS-delmål på andre linje.", B),
             P("Tiltak i 2022", H1)]
    for i, m in enumerate(f["measures"], 1):
        part = ", ".join(m["partners"]) if m["partners"] else "–"
        head = [P("%d. %s" % (i, E(m["title"])), T),
                P("Eier: %s&nbsp;&nbsp;&nbsp;&nbsp;Partnere: %s" % (E(m["resp"]), E(part)), K),
                P("Periode: %s&nbsp;&nbsp;&nbsp;&nbsp;Kategori: %s&nbsp;&nbsp;&nbsp;&nbsp;NKPS: %s" % (
                    E(m["period"]), E(m["typ"]), "/".join(dms(m["delmal"]))), K), Spacer(1, 3)]
        story.append(KeepTogether(head))
        if i == 5:
            story.append(PageBreak())
        story.append(P(E(m["desc"]), B))
    story.append(P("Tiltak som er planlagt, men ikke startet", H1))
    story.append(P("• Kompetansebarometer for kommunesektoren – planlagt oppstart 2023, avhengig av finansiering.", B))
    story.append(P("• Felles kompetanseportal for kommunale arbeidsgivere – under utredning.", B))
    build(path, story, header=hf_text(left="KS", right="Rapport NKPS 2022", rule=True),
          footer=hf_text(left="Kommunesektorens organisasjon", right="Side {n}", y_top=False))


@reg("2023_NHO_rapport.pdf")
def nho_2023(path, f):
    KICK = st("kick", size=7.5, color=colors.HexColor("#5B7FA6"), before=12, after=1)
    H2 = st("h2", size=13, bold=True, after=4, color=colors.HexColor("#002D5A"))
    B = st("b", size=10, lead=13.5, after=3)
    F = st("f", size=8.5, color=colors.HexColor("#555555"), after=8)
    story = [P("NHO", st("logo", size=20, bold=True, color=colors.HexColor("#002D5A"), after=0)),
             P("Kompetansepolitisk rapport 2023", st("h", size=16, bold=True, after=4)),
             P("Slik følger NHO opp Nasjonal kompetansepolitisk strategi", st("s", size=11, color=colors.grey, after=12)),
             P("NHO-fellesskapet har i 2023 prioritert fagarbeidere, kompetanse i små bedrifter og kunstig "
               "intelligens. Over hver overskrift står hvilke av strategiens delmål tiltaket bidrar til; under "
               "teksten står form, eier, partnere og tidsrom.", B)]
    for m in f["measures"]:
        kicker = " · ".join(SHORT[c].upper() for c in dms(m["delmal"]))
        part = ", ".join(m["partners"]) if m["partners"] else "ingen"
        story.append(KeepTogether([P(E(kicker), KICK), P(E(m["title"]), H2), P(E(m["desc"]), B),
                                   P("Form: %s · Eier: %s · Med: %s · Når: %s" % (E(m["typ"]), E(m["resp"]), E(part), E(m["period"])), F)]))
    story.append(P("Tall fra kompetansebarometeret 2023", st("h3", size=11, bold=True, before=10, after=4)))
    story.append(grid_table([["Andel bedrifter som …", "2022", "2023"],
                             ["har udekket kompetansebehov", "62 %", "60 %"],
                             ["mangler fagarbeidere", "41 %", "44 %"],
                             ["vil ta inn lærlinger", "39 %", "40 %"]], [8, 2.2, 2.2], size=9))
    build(path, story, header=hf_text(right="NHO · nho.no"), footer=hf_text(left="Kompetansepolitisk rapport 2023",
                                                                           right="{n}", y_top=False))


@reg("2024_Spekter_rapport.pdf")
def spekter_2024(path, f):
    H1 = st("h1", size=13, bold=True, before=12, after=6, color=colors.HexColor("#00607A"))
    H2 = st("h2", size=11, bold=True, before=8, after=3)
    B = st("b", size=10, lead=13.5, after=4)
    I = st("i", size=9, italic=True, color=colors.HexColor("#404040"), after=6)
    L = st("l", size=9.5, left=0.5 * cm, after=3)
    main = [m for m in f["measures"] if not m.get("videre")]
    vid = [m for m in f["measures"] if m.get("videre")]
    story = [P("Spekter", st("logo", size=18, bold=True, color=colors.HexColor("#00607A"), after=0)),
             P("Rapport om oppfølging av kompetansestrategien 2024", st("h", size=15, bold=True, after=10)),
             P("1 Om rapporten", H1),
             P("Kapittel 2 omtaler tiltak med nye aktiviteter i 2024. Kapittel 3 er en kort liste over tiltak som går "
               "som før. Kapittel 4 viser møtene Spekter har deltatt i.", B),
             P("2 Tiltak med nye aktiviteter", H1)]
    for i, m in enumerate(main, 1):
        story.append(P("2.%d %s" % (i, E(m["title"])), H2))
        story.append(P(E(m["desc"]), B))
        story.append(P("Delmål: %s. Type: %s. Ansvar: %s. Samarbeid: %s. Periode: %s." % (
            og_join(dms(m["delmal"])), E(m["typ"]), E(m["resp"]), E(", ".join(m["partners"])), E(m["period"])), I))
    story.append(P("3 Videreførte tiltak", H1))
    story.append(P("Tiltakene under videreføres uten vesentlige endringer. I parentes: type; delmål; ansvar; "
                   "samarbeid; periode.", B))
    for m in vid:
        story.append(P("• <b>%s</b> – %s (%s; %s; %s; %s; %s)" % (
            E(m["title"]), E(m["desc"]), E(m["typ"]), ", ".join(dms(m["delmal"])), E(m["resp"]),
            E(", ".join(m["partners"])), E(m["period"])), L))
    story.append(P("4 Møter", H1))
    story.append(grid_table([["Dato", "Møte", "Arrangør"],
                             ["7. februar", "Kompetansepolitisk råd", "KD"],
                             ["23. april", "Dialogmøte om ny samfunnskontrakt-rapportering", "KD"],
                             ["10. oktober", "Kompetansepolitisk råd", "KD"]], [3, 9.5, 3], size=9))
    story.append(Spacer(1, 8))
    story.append(P("Antall tiltak i rapporten: %d (%d med nye aktiviteter, %d videreført)." % (len(f["measures"]), len(main), len(vid)), I))
    build(path, story, header=hf_text(left="Spekter", right="Kompetansestrategien – rapport 2024", rule=True),
          footer=hf_text(center="Side {n}", y_top=False))


@reg("2025_VOFO_rapport.pdf")
def vofo_2025(path, f):
    T = st("t", size=11.5, bold=True, before=12, after=3, color=colors.HexColor("#2E7D32"))
    K = st("k", size=9.5, after=0, left=0.3 * cm)
    B = st("b", size=10, lead=13.5, after=4)
    story = [P("VOFO – Voksenopplæringsforbundet", st("logo", size=12, bold=True, color=colors.HexColor("#2E7D32"), after=2)),
             P("Rapport til Kompetansepolitisk råd 2025", st("h", size=16, bold=True, after=8)),
             P("VOFO er paraplyorganisasjon for studieforbundene. Rapporten omfatter tiltak der VOFO driver eller "
               "deltar. Aktiviteten i de enkelte studieforbundene er bare tatt med der VOFO har en egen rolle.", B)]
    for m in f["measures"]:
        blk = [P(E(m["title"]), T),
               P("<b>Bidrar til:</b> " + "; ".join("%s (%s)" % (E(SHORT[c]), c) for c in dms(m["delmal"])), K),
               P("<b>Tiltaksform:</b> " + E(m["typ"]), K),
               P("<b>Drives av:</b> " + E(m["resp"]), K),
               P("<b>I samarbeid med:</b> " + E(", ".join(m["partners"])), K),
               P("<b>Tidsrom:</b> " + E(m["period"]), K), Spacer(1, 3), P(E(m["desc"]), B)]
        story.append(KeepTogether(blk))
    story.append(P("Kursstatistikk 2025", st("h2", size=12, bold=True, before=14, after=4)))
    story.append(grid_table([["Studieforbund (utvalg)", "Kurs", "Deltakere", "Timer"],
                             ["Studieforbundet AOF Norge", "6 210", "58 400", "301 000"],
                             ["Studieforbundet Folkeuniversitetet", "9 870", "112 300", "512 600"],
                             ["Studieforbundet kultur og tradisjon", "12 450", "98 700", "420 900"],
                             ["Sum alle studieforbund", "54 300", "512 000", "2 380 000"]], [7.5, 2.2, 2.5, 2.5], size=9,
                            extra=[("FONTNAME", (0, -1), (-1, -1), "Sans-Bold")]))
    story.append(Spacer(1, 12))
    story.append(grid_table([["Kontakt: VOFO, Øvre Slottsgate 2B, 0157 Oslo · post@vofo.no · tlf. 22 47 60 00"]], [15],
                            header_bg=colors.HexColor("#E8F5E9"), size=8.5))
    build(path, story, header=hf_text(left="VOFO", right="Rapport NKPS 2025", color=colors.HexColor("#2E7D32")),
          footer=hf_text(right="{n}", y_top=False))


GOALS_2026 = {1: "Mål 1 Alle skal ha tilgang til god karriererettleiing",
              2: "Mål 2 Regionalt samarbeid om kompetanse",
              3: "Mål 3 Fleire vaksne med fagbrev"}


@reg("2026_Vestland_rapport_nn.pdf")
def vestland_2026(path, f):
    H1 = st("h1", size=13, bold=True, before=12, after=6, color=colors.HexColor("#005A8C"))
    T = st("t", size=10.5, bold=True, before=8, after=2)
    B = st("b", size=10, lead=13.5, after=4)
    S = st("s", size=8.5, after=0)
    L = st("l", size=9.5, left=0.5 * cm, after=3)
    main = [m for m in f["measures"] if not m.get("videre")]
    vid = [m for m in f["measures"] if m.get("videre")]
    story = [P("Vestland fylkeskommune", st("logo", size=11, bold=True, color=colors.HexColor("#005A8C"), after=2)),
             P("Rapport til Kompetansepolitisk råd 2026", st("h", size=16, bold=True, after=10)),
             P("Innleiing", H1),
             P("Fylkeskommunen rapporterer tiltaka under måla i den regionale planen for kompetanse og arbeidskraft. "
               "Under kvart tiltak står ein tabell med delmål i NKPS, kategori, eigar, partnarar og tidsrom.", B)]
    n = 0
    for g in (1, 2, 3):
        story.append(P(GOALS_2026[g], H1))
        for m in [m for m in main if m["goal"] == g]:
            n += 1
            tb = grid_table([[P("<b>%s</b>" % h, S) for h in ("Delmål i NKPS", "Kategori", "Eigar", "Partnarar", "Tidsrom")],
                             [P(E(x), S) for x in (", ".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]), m["period"])]],
                            [2.2, 3.0, 3.0, 5.2, 2.4], header_bg=colors.HexColor("#DCEAF4"), repeat=0,
                            extra=[("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCEAF4"))])
            story.append(KeepTogether([P("%d. %s" % (n, E(m["title"])), T), P(E(m["desc"]), B), tb, Spacer(1, 6)]))
    story.append(P("Vidareførte tiltak frå tidlegare år", H1))
    story.append(P("Desse tiltaka held fram som før. I parentes: delmål · kategori · eigar · partnarar · tidsrom.", B))
    for m in vid:
        story.append(P("– <b>%s</b>: %s (%s · %s · %s · %s · %s)" % (E(m["title"]), E(m["desc"]), ", ".join(dms(m["delmal"])),
                                                                   E(m["typ"]), E(m["resp"]), E(", ".join(m["partners"])), E(m["period"])), L))
    story.append(P("Avslutta tiltak", H1))
    story.append(P("Regional plan for kompetanse og arbeidskraft 2021–2024 er avslutta og erstatta av den nye planen. "
                   "Fagbrev på jobb i Vestland vart avslutta som eige prosjekt i 2021 og er no ein del av det ordinære "
                   "tilbodet.", B))
    build(path, story, header=hf_text(left="Vestland fylkeskommune", right="Rapport NKPS 2026", rule=True),
          footer=hf_text(left="Fylkesdirektør opplæring og kompetanse", right="Side {n}", y_top=False))
