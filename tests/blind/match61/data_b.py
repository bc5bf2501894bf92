from common import M

FILES = []

# ---------------------------------------------------------------- Spekter 2017 (docx forms, old numbers)
_sp = [
 M("spekter_kpa_konferanse", "Søkekonferanse om KompetansePluss – Arbeid for Spekters medlemmer", ["3.2"], "Arrangement", "Spekter", ["Kompetanse Norge"], "13. september 2017, én dag",
   "Medlemsvirksomhetene får kunnskap om ordningen, gevinstene ved å bruke den og hva som kreves for å søke.", dm_ev="12", ty_ev="Konferanse", nm=["G_kp"]),
 M("spekter_brev_laerlinger", "Brev til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "Informasjon", "Spekter", [], "8. mai 2017",
   "Administrerende direktør viser til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å ta inn flere lærlinger.", dm_ev="4 og 7", ty_ev="Brev", nm=["G_laer"]),
 M("spekter_moteplass", "Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", "Spekter", ["medlemsvirksomheter", "Fafo", "fylkeskommuner", "opplæringskontorer"], "årlig i mars, siden 2013",
   "Heldagsarrangement der lærebedrifter utveksler erfaringer og blir oppdatert om fagopplæringen.", dm_ev="4 og 7", ty_ev="Heldagsarrangement", nm=["G_laer"]),
 M("spekter_nettverk", "Arbeidsgivernettverk for Spekters medlemsvirksomheter", ["2.2"], "Råd/utvalg/nettverk", "Spekter", ["medlemsvirksomhetene"], "fra 2016, løpende",
   "Kvartalsvise møter for HR-direktører der kompetansepolitikk og strategien jevnlig er tema.", dm_ev="6", ty_ev="Nettverk", nm=["G_nett"]),
 M("spekter_lo_konf_2017", "Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], "Arrangement", "Spekter og LO", [], "30. november 2017",
   "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser.", dm_ev="7", ty_ev="Konferanse", nm=["G_laer", "G_konf"]),
]
_spb = [("title", "Spekters rapportering – Nasjonal kompetansepolitisk strategi 2017"),
 ("p", "Spekter rapporterer fem punkter for 2017. Hvert punkt er beskrevet i eget skjema under."),
 ("bul", ["Søkekonferanse om KompetansePluss – Arbeid", "Brev om lærlinger", "Møteplass lærebedrifter", "Arbeidsgivernettverket", "Konferanse med LO"])]
_spty = ["Konferanse", "Brev", "Heldagsarrangement", "Nettverk", "Konferanse"]
_spdm = ["12", "4 og 7", "4 og 7", "6", "7"]
_spr = ["Spekter, med Kompetanse Norge som bidragsyter", "Spekter", "Spekter; medlemsvirksomheter, Fafo, fylkeskommuner, opplæringskontorer", "Spekter; medlemsvirksomhetene", "Spekter og LO i fellesskap"]
for i, m in enumerate(_sp):
    _spb.append(("form", [("Punkt", f"{i+1} av 5"), ("Tiltak", m["title"]), ("Relasjon til NKPS tiltak nr.", _spdm[i]),
                          ("Type", _spty[i]), ("Ansvarlig / samarbeid", _spr[i]), ("Beskrivelse", m["description"]),
                          ("Tidspunkt og varighet", m["period"])], m))
_sp[0]["partners"] = ["Kompetanse Norge"]
_spb.append(("p", "Oslo, 20. desember 2017 – Spekter, avdeling for arbeidsliv"))
FILES.append(dict(
name="Spekter_rapport_2017.docx", reporter="Spekter", year=2017, fmt="docx",
header="Arbeidsgiverforeningen Spekter", footer="{PAGE}",
template="Spekter one-form-per-measure Word report: an unnumbered short list of the five reporting points up front (a table of contents, not extra measures), then a two-column form table per measure with 'Relasjon til NKPS tiltak nr.' in the strategy's old numbering; the 'Punkt 1 av 5' row is a label",
blocks=_spb))

# ---------------------------------------------------------------- Spekter 2019 (LibreOffice PDF, prose)
FILES.append(dict(
name="Spekter_2019_kompetanserapport.pdf", reporter="Spekter", year=2019, fmt="lo",
header="Spekter – rapport til Kompetansepolitisk råd 2019", footer="Side {PAGE}",
template="Spekter narrative report (Word exported with LibreOffice): 'Kompetanseutvikling i tall' statistics paragraph, measures as paragraphs with bold or quoted names, one closing list-sentence with two bodies, a reflection section; statistics and reflections are not measures",
blocks=[
 ("title", "Spekters oppfølging av kompetansestrategien i 2019"),
 ("h", "Kompetanseutvikling i tall"),
 ("p", "Helseforetakene hadde ved utgangen av 2019 til sammen 1 215 lærlinger, mot 1 060 året før. Andelen virksomheter med egen kompetanseplan økte fra 71 til 78 prosent. Tallene er fra Spekters medlemsundersøkelse."),
 ("h", "Tiltak"),
 ("m", ["Den årlige «Møteplass lærebedrifter» ble arrangert for sjuende gang 7. mars 2019. Arrangementet samler medlemsvirksomheter som er eller ønsker å bli lærebedrifter, og bidrar til delmål 2.3."],
  [M("spekter_moteplass", "Møteplass lærebedrifter", ["2.3"], "Arrangement", None, [], "7. mars 2019",
     "Arrangementet samler medlemsvirksomheter som er eller ønsker å bli lærebedrifter", ty_ev="Arrangementet", nm=["G_laer"])]),
 ("m", ["**Spekters arbeidsgivernettverk** for HR-direktører er fortsatt i gang. Nettverket har i 2019 hatt digital kompetanse og livslang læring som hovedtema (delmål 2.1 og 2.2)."],
  [M("spekter_nettverk", "Spekters arbeidsgivernettverk", ["2.1", "2.2"], "Råd/utvalg/nettverk", None, [], "2019",
     "Nettverket har i 2019 hatt digital kompetanse og livslang læring som hovedtema", ty_ev="Nettverket", nm=["G_nett"])]),
 ("m", ["Sammen med LO Stat har vi holdt et **felles arrangement under Arendalsuka 2019** om verdien av å fornye de ansattes kompetanse. Arrangementet samlet rundt 150 deltakere (delmål 2.2)."],
  [M("arendal_spekter_lo_2019", "felles arrangement under Arendalsuka 2019", ["2.2"], "Arrangement", "Spekter", ["LO Stat"], "2019",
     "om verdien av å fornye de ansattes kompetanse", ty_ev="arrangement", nm=["G_konf"])]),
 ("m", ["Spekter arrangerte «Fagskolekonferansen 2019» for å rette oppmerksomheten mot fagskoleutdanninger i spesialisthelsetjenesten og synliggjøre karrieremuligheter for fagarbeidere. Konferansen var et samarbeid med LO/Fagforbundet og YS/Delta og er knyttet til delmål 2.3."],
  [M("spekter_fagskolekonf", "Fagskolekonferansen 2019", ["2.3"], "Arrangement", "Spekter", ["LO/Fagforbundet", "YS/Delta"], "2019",
     "for å rette oppmerksomheten mot fagskoleutdanninger i spesialisthelsetjenesten og synliggjøre karrieremuligheter for fagarbeidere", ty_ev="Konferansen", nm=["G_fag", "G_konf"])]),
 ("m", ["Vi har i tillegg hatt et **dialogmøte med Spekters representanter i faglige råd**, der representantene fikk drøfte tilbudsstrukturen for helse- og oppvekstfag (delmål 2.3)."],
  [M("spekter_dialogmote", "dialogmøte med Spekters representanter i faglige råd", ["2.3"], "Arrangement", "Spekter", [], None,
     "der representantene fikk drøfte tilbudsstrukturen for helse- og oppvekstfag", ty_ev="dialogmøte", nm=["G_konf"])]),
 ("m", ["Vi har også deltatt i SRY og i Nasjonalt forum for karriereveiledning."],
  [M("sry", "SRY"), M("forum_karriere", "Nasjonalt forum for karriereveiledning", nm=["G_karr"])]),
 ("h", "Refleksjoner"),
 ("p", "Det er fortsatt for få lærlinger i helsearbeiderfaget sett opp mot behovet. Spekter vil i 2020 vurdere om Møteplass lærebedrifter bør utvides med en egen samling for små virksomheter."),
]))

# ---------------------------------------------------------------- Virke 2018 (docx forms)
_vk = [
 M("virke_balansekunst", "Balansekunst – modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet", ["2.5"], "FoU", "Virke", ["LO", "YS", "NHO"], "lansert april 2018",
   "Rapporten «Balansekunst» beskriver en modell for å dokumentere kompetanse ervervet i arbeidslivet.", nm=["G_rap"]),
 M("virke_litteraturstudie", "Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1"], "FoU", "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018",
   "Gjennomgang av forskning om hvordan digitalisering endrer arbeidsoppgaver i handelen.", nm=["G_digi"]),
 M("virke_studie_teknologi", "Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1", "2.2"], "FoU", "Virke", ["Samfunnsøkonomisk Analyse", "NAV", "Handel og Kontor Norge"], "ferdig i 2019",
   "Studien kartlegger hvilke nye ferdigheter ansatte i varehandelen trenger.", nm=["G_digi"]),
 M("yrkesfagenes_aar", "Deltakelse i Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD", ["Virke"], "2018",
   "Informasjons- og omdømmekampanje for yrkesfagene på nett og i sosiale medier.", ty_ev="Informasjon/kampanje"),
 M("samfunnskontrakt", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Annet", "Regjeringen og partene", [], "2016–2020",
   "Virke følger opp kontrakten overfor medlemsvirksomhetene.", ty_ev="Avtale", nm=["G_laer"]),
 M("virke_hr_nettverk", "Kompetansenettverk for HR-ledere i Virke-virksomheter", ["2.2"], "Råd/utvalg/nettverk", "Virke", [], "fire samlinger i 2018",
   "Nettverket deler erfaringer med strategisk kompetanseplanlegging.", ty_ev="Nettverk", nm=["G_nett"]),
]
_vkb = [("title", "Virkes rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018"),
 ("p", "Virke er hovedorganisasjonen for virksomheter i handel og tjenesteyting. I 2018 har vi hatt seks tiltak som følger opp strategien. Hvert tiltak er beskrevet i en egen tabell."),]
_vkty = ["FoU", "FoU", "FoU", "Informasjon/kampanje", "Avtale", "Nettverk"]
for i, m in enumerate(_vk):
    resp = m["responsible"] + ("; " + ", ".join(m["partners"][:-1]) + (" og " if len(m["partners"]) > 1 else "") + m["partners"][-1] if m["partners"] else "")
    _vkb.append(("form", [("Navn på tiltak", m["title"]), ("Relasjon til delmål", "delmål " + " og ".join(m["delmal"])), ("Type tiltak", _vkty[i]),
                          ("Ansvarlig; samarbeidspartnere", resp), ("Beskrivelse", m["description"]), ("Tidspunkt og varighet", m["period"])], m))
    if i == 2:
        _vkb.append(("p", "Virke har i tillegg hatt 14 innlegg om kompetanse på medlemsmøter og konferanser i 2018. Disse er ikke rapportert som egne tiltak."))
_vkb.append(("tab", ["Kontakt i Virke", ""], [["Fagsjef kompetansepolitikk", "kompetanse@virke.no"]]))
FILES.append(dict(
name="Virke_rapportering_2018.docx", reporter="Virke", year=2018, fmt="docx",
header="Virke – Hovedorganisasjonen", footer="virke.no   |   {PAGE}",
template="Virke form-per-measure Word template: one two-column table per measure with labels 'Navn på tiltak', 'Relasjon til delmål', 'Type tiltak', 'Ansvarlig; samarbeidspartnere' (responsible before the semicolon), a paragraph about speeches between forms and a contact table at the end are not measures",
blocks=_vkb))

# ---------------------------------------------------------------- Virke 2022 (reportlab prose)
FILES.append(dict(
name="Virke_2022_kompetanse.pdf", reporter="Virke", year=2022, fmt="rl",
header="VIRKE", footer="Rapport til Kompetansepolitisk råd 2022 · {PAGE}",
template="Virke short prose report: one-paragraph measures with the name in the first sentence, delmål in parentheses or in words; a 'Hva vi har lært' reflection and a greeting are not measures",
blocks=[
 ("title", "Virke – rapportering 2022"),
 ("p", "Kompetansepolitisk råd har bedt medlemmene fortsette den årlige rapporteringen også etter strategiperioden. Her er Virkes bidrag for 2022."),
 ("m", ["Oppfølging av Balansekunst har i 2022 handlet om å gjøre modellen for å beskrive kompetanse ervervet i arbeidslivet til et digitalt verktøy som virksomhetene kan bruke i medarbeidersamtaler. Arbeidet gjøres sammen med LO og YS (delmål 2.5)."],
  [M("virke_balansekunst", "Oppfølging av Balansekunst", ["2.5"], None, "Virke", ["LO", "YS"], "2022",
     "å gjøre modellen for å beskrive kompetanse ervervet i arbeidslivet til et digitalt verktøy som virksomhetene kan bruke i medarbeidersamtaler", nm=["G_rap"])]),
 ("m", ["Virke og Handel og Kontor har fortsatt **Bransjeprogram for varehandel**, der ansatte kan ta moduler i e-handel, salg og kundebehandling. Programmet finansieres gjennom HK-dir og er knyttet til delmål 2.1."],
  [M("bransjeprogram", "Bransjeprogram for varehandel", ["2.1"], None, "Virke og Handel og Kontor", [], None,
     "der ansatte kan ta moduler i e-handel, salg og kundebehandling", nm=["G_bransje"])]),
 ("m", ["I 2022 startet vi prosjektet «Handelens kompetanseløft», som skal gi små handelsbedrifter hjelp til å lage egne kompetanseplaner. Prosjektet varer ut 2024 og skal koble bedriftene til lokale fagskoler – et bidrag til å koble kompetansebehov i små og store virksomheter til utdannings- og opplæringstilbydere."],
  [M("virke_handelens_loft", "Handelens kompetanseløft", ["2.4"], "Prosjekt", "Virke", [], "ut 2024",
     "skal gi små handelsbedrifter hjelp til å lage egne kompetanseplaner", dm_ev="koble kompetansebehov i små og store virksomheter til utdannings- og opplæringstilbydere", ty_ev="prosjektet", nm=["G_bransje"])]),
 ("m", ["HR-nettverket vårt har hatt fem samlinger i 2022 og har nå 43 medlemsvirksomheter (delmål 2.2)."],
  [M("virke_hr_nettverk", "HR-nettverket", ["2.2"], None, "Virke", [], "2022", "har hatt fem samlinger i 2022 og har nå 43 medlemsvirksomheter", nm=["G_nett"])]),
 ("m", ["Virkes lærlingkonferanse ble arrangert i Bergen 21. oktober 2022 for bedrifter som vil ta inn lærlinger i salgsfaget og kontor- og administrasjonsfaget (delmål 2.3)."],
  [M("virke_laerlingkonf", "Virkes lærlingkonferanse", ["2.3"], "Arrangement", "Virke", [], "21. oktober 2022",
     "for bedrifter som vil ta inn lærlinger i salgsfaget og kontor- og administrasjonsfaget", ty_ev="konferanse", nm=["G_laer", "G_konf"])]),
 ("m", ["Virke deltar fortsatt i Kompetansebehovsutvalget."],
  [M("kbu", "Kompetansebehovsutvalget", [], None, None, [], None, None, nm=["G_beh"])]),
 ("h", "Hva vi har lært"),
 ("p", "Virksomhetene etterspør kortere og mer praksisnære tilbud. Det er fortsatt vanskelig for små bedrifter å frigjøre tid, og vi mener staten bør vurdere en kompensasjonsordning."),
 ("p", "Vennlig hilsen\nVirke"),
]))

# ---------------------------------------------------------------- YS 2019 (fpdf2)
FILES.append(dict(
name="YS_NKPS_2019.pdf", reporter="YS", year=2019, fmt="fpdf",
header="Yrkesorganisasjonenes Sentralforbund YS", footer="{PAGE}",
template="YS compact prose memo: intro, YS Arbeidslivsbarometer findings paragraph (context, not a measure) next to the barometer measure itself, a list-sentence naming three joint bodies, short closing summary",
blocks=[
 ("title", "YS – rapport om oppfølging av kompetansestrategien 2019"),
 ("p", "YS organiserer rundt 230 000 medlemmer i 18 forbund. Kompetanse er en av YS' fire hovedsaker, og i 2019 har arbeidet særlig handlet om digital omstilling."),
 ("m", ["**YS Arbeidslivsbarometer 2019** er en årlig undersøkelse som YS lager sammen med Arbeidsforskningsinstituttet (AFI) ved OsloMet. Årets utgave hadde kompetanse og læring på jobben som tema. Barometeret er et FoU-tiltak under delmål 2.2."],
  [M("ys_barometer", "YS Arbeidslivsbarometer 2019", ["2.2"], "FoU", "YS", ["Arbeidsforskningsinstituttet (AFI)"], "årlig",
     "Årets utgave hadde kompetanse og læring på jobben som tema.", ty_ev="FoU-tiltak", nm=["G_beh"])]),
 ("p", "Barometeret viser at 42 prosent av arbeidstakerne ikke har deltatt i noen form for opplæring det siste året, og at andelen er høyest blant dem med kort utdanning."),
 ("m", ["I tillegg har AFI på oppdrag fra YS laget en **analyse av endringer i arbeidslivet knyttet til nye digitale løsninger**, med vekt på bank, finans og transport (delmål 2.1 og 2.2)."],
  [M("ys_analyse_digital", "analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1", "2.2"], None, "YS", ["AFI"], None,
     "med vekt på bank, finans og transport", nm=["G_digi"])]),
 ("m", ["YS har internt i egen organisasjon vurdert aktuelle bransjer med behov for utvikling av kompetanse. Kartleggingen er gjort sammen med forbundene og skal brukes i tariffarbeidet (delmål 2.1)."],
  [M("ys_kartlegging", "vurdert aktuelle bransjer med behov for utvikling av kompetanse", ["2.1"], None, "YS", ["forbundene"], None,
     "skal brukes i tariffarbeidet", nm=[])]),
 ("m", ["Tillitsvalgtskoleringen «Kompetanse i tariffarbeidet» er et kurs for YS-forbundenes tillitsvalgte om hvordan kompetanse kan tas inn i lokale forhandlinger. 180 tillitsvalgte har deltatt i 2019."],
  [M("ys_tv_skolering", "Kompetanse i tariffarbeidet", [], "Kurs/utdanning", None, [], "2019",
     "et kurs for YS-forbundenes tillitsvalgte om hvordan kompetanse kan tas inn i lokale forhandlinger", ty_ev="kurs", nm=["G_tv"])]),
 ("m", ["YS har også deltatt i SRY, i Kompetansebehovsutvalget og i arbeidsgruppen for digital kompetanse."],
  [M("sry", "SRY"), M("kbu", "Kompetansebehovsutvalget", nm=["G_beh"]), M("digi_arbgr", "arbeidsgruppen for digital kompetanse", nm=["G_digi"])]),
 ("h", "Oppsummering"),
 ("p", "YS rapporterer sju tiltak for 2019. Vi vil i 2020 prioritere tillitsvalgtes rolle i kompetanseutvikling og følge opp ekspertutvalgets anbefalinger om etter- og videreutdanning."),
]))
