# -*- coding: utf-8 -*-
"""PDF files 1: NHO 2017, KS 2018, Trøndelag 2019, Regjeringen 2020, YS 2020, LO 2021."""
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Spacer, PageBreak, KeepTogether, Table, TableStyle
from common import CODES, SHORT, old_nr, og_join
from pdf_util import st, P, E, build, hf_text, both, grid_table

RENDER = {}


def reg(name):
    def d(fn):
        RENDER[name] = fn
        return fn
    return d


def dms(codes):
    return sorted(codes, key=CODES.index)


@reg("2017_NHO_rapport.pdf")
def nho_2017(path, f):
    H1 = st("h1", size=16, bold=True, after=8, color=colors.HexColor("#003A70"))
    H2 = st("h2", size=12, bold=True, before=12, after=6, color=colors.HexColor("#003A70"))
    B = st("b", size=10, after=6)
    T = st("t", size=10.5, bold=True, before=8, after=3)
    L = st("l", size=9.5, left=0.8 * cm, after=1)
    story = [P("NHOs rapportering til Kompetansepolitisk råd 2017", H1),
             P("NHO rapporterer her på de tiltakene i Nasjonal kompetansepolitisk strategi der NHO har en rolle. "
               "Tiltakene er ordnet etter strategiens nummererte tiltak (nr. 1–16). Et tiltak som hører til flere "
               "nummer, står under det første.", B)]
    groups = {}
    for m in f["measures"]:
        groups.setdefault(old_nr(dms(m["delmal"])[0]), []).append(m)
    for nr in sorted(groups):
        story.append(P("Strategiens tiltak nr. %d – %s" % (nr, E(SHORT[CODES[nr - 1]])), H2))
        for m in groups[nr]:
            block = [P(E(m["title"]), T)]
            rest = [str(old_nr(c)) for c in dms(m["delmal"])[1:]]
            if rest:
                block.append(P("<i>Gjelder også nr. %s.</i>" % og_join(rest), L))
            for k, v in (("Art", m["typ"]), ("Ansvar", m["resp"]), ("Med", ", ".join(m["partners"])), ("Tidsrom", m["period"])):
                block.append(P("<b>%s:</b> %s" % (k, E(v)), L))
            block.append(P("<b>Kort om tiltaket:</b> " + E(m["desc"]), st("d", size=10, left=0.8 * cm, before=3, after=4)))
            story.append(KeepTogether(block[:3]))
            story += block[3:]
    story.append(P("Møter NHO har deltatt i", H2))
    for t in ["Kompetansepolitisk råd 2. februar (signering) og 13. november",
              "Arbeidsmøte i KD om ny rapporteringsform, 4. september",
              "Konferansen «Kompetanse for framtiden», Kompetanse Norge, 18. oktober"]:
        story.append(P("• " + E(t), L))
    build(path, story, header=hf_text(left="NHO – Rapportering NKPS 2017", rule=True),
          footer=hf_text(right="NHO – side {n}", y_top=False))


@reg("2018_KS_skjema.pdf")
def ks_2018(path, f):
    S = st("s", size=8.5, lead=10.5, after=0)
    SI = st("si", size=8.5, lead=10.5, italic=True, color=colors.HexColor("#777777"), after=0)
    story = [P("Rapporteringsskjema – Nasjonal kompetansepolitisk strategi 2018", st("h", size=14, bold=True, after=6)),
             grid_table([["Rapporterende rådsmedlem:", "KS"], ["Kontaktperson:", "Ingrid Berg, KS"], ["Dato:", "25.01.2019"]],
                        [5, 9], header_bg=None, repeat=0, size=9),
             Spacer(1, 6),
             P("Veiledning: Fyll inn ett tiltak per rad. Delmål oppgis med nummer (1.1–3.6). Type tiltak velges fra "
               "listen: FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement. Slett eksempelraden "
               "før innsending.", SI), Spacer(1, 6)]
    hdr = ["Delmål (nr)", "Navn på tiltak", "Kort beskrivelse", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsperiode"]
    data = [[P("<b>%s</b>" % h, S) for h in hdr]]
    data.append([P(x, SI) for x in ["Eks.: 2.2", "Eks.: Kartlegging av opplæring i virksomhetene",
                                       "Eks.: Spørreundersøkelse blant medlemmene om …", "FoU", "Rådsmedlemmet",
                                       "Forskningsinstitutt", "2018"]])
    for m in f["measures"]:
        data.append([P(E(x), S) for x in [", ".join(dms(m["delmal"])), m["title"], m["desc"], m["typ"], m["resp"],
                                          ", ".join(m["partners"]), m["period"]]])
    for _ in range(3):
        data.append([P("", S) for _ in hdr])
    t = grid_table(data, [1.9, 4.6, 7.6, 2.8, 2.6, 4.0, 2.2], header_bg=colors.HexColor("#BDD7EE"),
                   extra=[("ROWBACKGROUNDS", (0, 1), (-1, 1), [colors.HexColor("#F2F2F2")])])
    story.append(t)
    story += [Spacer(1, 8), P("Skjemaet sendes til Kompetanse Norge innen 1. februar 2019.", SI)]
    build(path, story, land=True, margins=(1.5, 1.5, 2.0, 1.8),
          header=hf_text(left="Kompetanse Norge", right="Rapporteringsskjema NKPS 2018"),
          footer=hf_text(left="Skjema versjon 2", right="side {n}", y_top=False))


@reg("2019_Trondelag_arsrapport.pdf")
def trondelag_2019(path, f):
    H1 = st("h1", font="Serif", size=17, bold=True, after=8)
    H2 = st("h2", font="Serif", size=12.5, bold=True, before=10, after=4)
    B = st("b", font="Serif", size=10.5, lead=14, after=6)
    S = st("s", font="Serif", size=9, lead=11, after=0)
    story = [P("5 Utdanning og kompetanse", H1),
             P("5.1 Regional kompetansepolitikk", H2),
             P("Fylkeskommunen har fått en tydeligere rolle som regional kompetansepolitisk aktør. I 2019 vedtok "
               "fylkestinget en egen kompetansestrategi, og Kompetanseforum Trøndelag har vært den viktigste "
               "arenaen for samarbeid med partene, NAV og utdanningsinstitusjonene. Arbeidet med karriereveiledning "
               "for voksne er styrket.", B),
             P("5.2 Nøkkeltall", H2),
             grid_table([["Nøkkeltall", "2018", "2019"], ["Voksne i videregående opplæring", "3 215", "3 390"],
                         ["Karriereveiledningssamtaler for voksne", "5 870", "6 430"],
                         ["Studenter i fagskolen (heltidsekvivalenter)", "1 940", "2 105"]],
                        [9, 2.5, 2.5], size=9, font="Serif"),
             P("Tabell 5.1 Nøkkeltall for utdanning og kompetanse.", st("c", font="Serif", size=8.5, italic=True, before=2)),
             P("5.3 Tiltak knyttet til Nasjonal kompetansepolitisk strategi", H2),
             P("Tabellen viser tiltakene fylkeskommunen har rapportert til Kompetansepolitisk råd. "
               "Ansvarlig for alle tiltakene er Trøndelag fylkeskommune.", B)]
    hdr = ["Tiltak", "Kort omtale", "Delmål", "Type", "Partnere", "Periode"]
    data = [[P("<b>%s</b>" % h, S) for h in hdr]]
    for m in f["measures"]:
        data.append([P(E(x), S) for x in [m["title"], m["desc"], ", ".join(dms(m["delmal"])), m["typ"],
                                          ", ".join(m["partners"]), m["period"]]])
    story.append(grid_table(data, [3.5, 4.9, 1.3, 1.7, 3.2, 2.1], font="Serif",
                            header_bg=colors.HexColor("#E4DFEC")))
    story.append(P("Tabell 5.2 Tiltak rapportert til Kompetansepolitisk råd 2019.", st("c2", font="Serif", size=8.5, italic=True, before=2)))
    story.append(P("5.4 Økonomi", H2))
    story.append(P("Sektoren brukte 1 412 mill. kroner netto i 2019. Avviket mot budsjett skyldes i hovedsak lavere "
                   "utgifter til gjesteelever.", B))
    build(path, story, page_offset=55,
          header=hf_text(left="Årsrapport 2019", right="Trøndelag fylkeskommune", font="Serif", rule=True),
          footer=hf_text(center="{n}", y_top=False, font="Serif", size=9))


@reg("2020_Regjeringen_oppfolging.pdf")
def regjeringen_2020(path, f):
    B = st("b", size=10, after=6)
    S = st("s", size=8.5, lead=10.5, after=0)
    story = [P("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – 2020", st("h", size=15, bold=True, after=8)),
             P("Notatet gir en samlet oversikt over departementenes tiltak. Tiltakene er sortert etter ansvarlig "
               "departement (kolonnen «Dep.»). Delmål er oppgitt med nummer.", B)]
    deps = {}
    for m in f["measures"]:
        deps[m["resp"]] = deps.get(m["resp"], 0) + 1
    cnt = [["Departement", "Antall tiltak"]] + [[k, str(v)] for k, v in sorted(deps.items())] + [["Sum", str(len(f["measures"]))]]
    story += [P("Tabell 1 Antall tiltak per departement", st("c", size=9, bold=True, after=2)),
              grid_table(cnt, [4, 3], size=9, extra=[("FONTNAME", (0, -1), (-1, -1), "Sans-Bold")]), Spacer(1, 10),
              P("Tabell 2 Tiltakene", st("c2", size=9, bold=True, after=2))]
    hdr = ["Dep.", "Tiltak", "Delmål", "Kategori", "Samarbeid", "Tidsrom", "Omtale"]
    data = [[P("<b>%s</b>" % h, S) for h in hdr]]
    notes = []
    for m in sorted(f["measures"], key=lambda m: (m["resp"], f["measures"].index(m))):
        title = E(m["title"])
        if m.get("fn"):
            notes.append(m["fn"])
            title += "<super>%d</super>" % len(notes)
        data.append([P(E(m["resp"]), S), P(title, S), P(", ".join(dms(m["delmal"])), S), P(E(m["typ"]), S),
                     P(E(", ".join(m["partners"])), S), P(E(m["period"]), S), P(E(m["desc"]), S)])
    story.append(grid_table(data, [1.3, 5.0, 1.8, 3.0, 4.4, 2.2, 8.4], header_bg=colors.HexColor("#DDEBF7")))
    for i, n in enumerate(notes, 1):
        story.append(P("<super>%d</super> %s" % (i, E(n)), st("fn%d" % i, size=8, before=4)))
    build(path, story, land=True, margins=(1.6, 1.6, 2.0, 1.8),
          header=hf_text(left="Kunnskapsdepartementet", right="Oppfølging av NKPS 2020"),
          footer=hf_text(left="Versjon 15.12.2020", right="Side {n}", y_top=False))


@reg("2020_YS_rapport.pdf")
def ys_2020(path, f):
    B = st("b", size=10.5, lead=14, after=7)
    S = st("s", size=9, lead=11.5, after=0)
    story = [P("YS", st("logo", size=22, bold=True, color=colors.HexColor("#E4002B"), after=0)),
             P("Yrkesorganisasjonenes Sentralforbund", st("sub", size=9, color=colors.grey, after=14)),
             P("Kompetanse Norge<br/>Postboks 1075 Sentrum<br/>0104 Oslo", st("adr", size=10, after=10)),
             P("Oslo, 18. desember 2020", st("dt", size=10, align=2, after=10)),
             P("<b>YS' rapportering til Kompetansepolitisk råd 2020</b>", st("t", size=12, after=8)),
             P("Vi viser til e-post av 2. november. YS' tiltak i 2020 er satt opp i tabellen under. Koronapandemien "
               "gjorde at flere fysiske kurs og samlinger ble avlyst; disse er ikke tatt med.", B)]
    data = [[P("<b>Tiltak og beskrivelse</b>", S), P("<b>Delmål og type</b>", S), P("<b>Ansvar, samarbeid og tid</b>", S)]]
    for m in f["measures"]:
        c1 = P("<b>%s</b><br/>%s" % (E(m["title"]), E(m["desc"])), S)
        c2 = P("Delmål: %s<br/>Type: %s" % (", ".join(dms(m["delmal"])), E(m["typ"])), S)
        part = ", ".join(m["partners"]) if m["partners"] else "–"
        c3 = P("Ansvar: %s<br/>Samarbeid: %s<br/>Tid: %s" % (E(m["resp"]), E(part), E(m["period"])), S)
        data.append([c1, c2, c3])
    story.append(grid_table(data, [8.4, 3.6, 4.6], header_bg=colors.HexColor("#F8CBAD")))
    story += [Spacer(1, 12), P("Med vennlig hilsen", B), P("Yrkesorganisasjonenes Sentralforbund – YS", B),
              P("Hans Olsen<br/>fagsjef kompetanse", st("sig", size=10, after=10)),
              P("Kopi: YS-forbundene", st("k", size=8.5, color=colors.grey))]
    build(path, story, margins=(2.4, 2.4, 2.0, 2.2),
          footer=hf_text(center="YS · Brugata 19 · 0134 Oslo · ys.no", y_top=False, size=7.5, color=colors.grey))


@reg("2021_LO_rapport.pdf")
def lo_2021(path, f):
    H1 = st("h1", size=13, bold=True, before=12, after=6, color=colors.HexColor("#C00000"))
    H2 = st("h2", size=11, bold=True, before=10, after=3)
    K = st("k", size=9.5, after=0, left=0.4 * cm)
    B = st("b", size=10, after=5)
    story = [P("Rapport til Kompetansepolitisk råd 2021", st("h", size=17, bold=True, after=2)),
             P("LO – Landsorganisasjonen i Norge", st("s", size=10, color=colors.grey, after=10)),
             P("1 Innledning", H1),
             P("LO rapporterer i år etter status: først tiltak som er videreført fra tidligere rapporter, deretter nye "
               "tiltak. For hvert tiltak står fakta først og deretter en kort omtale.", B)]
    groups = [("2 Videreført fra tidligere år", "videre"), ("3 Nye tiltak i 2021", "ny")]
    for gi, (head, key) in enumerate(groups, 2):
        story.append(P(head, H1))
        for i, m in enumerate([m for m in f["measures"] if m["st"] == key], 1):
            block = [P("%d.%d %s" % (gi, i, E(m["title"])), H2)]
            for k, v in (("Delmål", og_join(dms(m["delmal"]))), ("Type", m["typ"]), ("Ansvar", m["resp"]),
                         ("Med", ", ".join(m["partners"])), ("Tid", m["period"])):
                block.append(P("<b>%s:</b> %s" % (k, E(v)), K))
            block.append(Spacer(1, 3))
            block.append(P(E(m["desc"]), B))
            story.append(KeepTogether(block))
    story.append(P("4 Avsluttet", H1))
    story.append(P("Kartleggingen av kompetansebestemmelser i tariffavtalene (rapportert 2018) er avsluttet. "
                   "Fafo-rapporten ble publisert i 2019.", B))
    build(path, story, header=hf_text(left="LO", right="Rapport NKPS 2021", rule=True),
          footer=hf_text(center="side {n}", y_top=False))
