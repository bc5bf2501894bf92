# -*- coding: utf-8 -*-
"""Shared helpers for the match50 generators."""
import os
from data_a import FILES_A
from data_b import FILES_B

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/match50_build"          # intermediate .docx for LibreOffice live OUTSIDE the batch folder
FILES = FILES_A + FILES_B
BY_NAME = {f["file"]: f for f in FILES}

DELMAL_SHORT = {
 "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
 "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
 "1.3": "Sørge for tilgang til karriereveiledning",
 "1.4": "Samarbeid mellom opplærings- og utdanningstilbydere og arbeidslivet",
 "2.1": "Digital kompetanse i hele arbeidsstyrken",
 "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Karrieremulighetene i yrkesfaglige utdanninger og yrker",
 "2.4": "Koble kompetansebehov i virksomheter og klynger til utdanningstilbydere",
 "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
 "2.6": "Godkjenning og vurdering av utenlandsk utdanning",
 "3.1": "Fleksibel opplæring på voksnes premisser",
 "3.2": "Stimulere til bruk av Kompetanseplussordningene",
 "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
 "3.4": "Målrette og effektivisere norskopplæring og kvalifisering for innvandrere",
 "3.5": "Styrke og tilpasse NAVs opplæringstilbud",
 "3.6": "Læringsmotivasjon gjennom opplæring i frivillig sektor",
}
DELMAL_NN = {
 "1.1": "Kompetansebehovsutval (KBU)",
 "1.2": "Regionalt folkevalt nivå sitt kompetansepolitiske ansvar",
 "1.3": "Tilgang til karriererettleiing",
 "1.4": "Samarbeid mellom utdanningstilbydarar og arbeidslivet",
 "2.1": "Digital kompetanse i heile arbeidsstyrken",
 "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Karrieremoglegheiter i yrkesfaga",
 "2.4": "Kople kompetansebehov til etter- og vidareutdanningstilbod",
 "2.5": "Dokumentasjon av kompetanse frå arbeidslivet",
 "2.6": "Godkjenning av utanlandsk utdanning",
 "3.1": "Fleksibel opplæring på vaksne sine premissar",
 "3.2": "Kompetansepluss-ordningane",
 "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
 "3.4": "Norskopplæring og kvalifisering for innvandrarar",
 "3.5": "NAV sitt opplæringstilbod",
 "3.6": "Læring i frivillig sektor",
}
CODES = list(DELMAL_SHORT)
OLD = {str(i + 1): c for i, c in enumerate(CODES)}   # old NKPS tiltak number -> new code
AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
         "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
         "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREAS_NN = {"1": "Hovudinnsatsområde 1: Gode val for den einskilde og for samfunnet",
            "2": "Hovudinnsatsområde 2: Læring i arbeidslivet",
            "3": "Hovudinnsatsområde 3: Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}


def join(parts, og="og"):
    """'A, B og C' (og=None gives 'A, B, C')."""
    parts = list(parts)
    if not parts:
        return ""
    if og is None or len(parts) == 1:
        return ", ".join(parts)
    return ", ".join(parts[:-1]) + f" {og} " + parts[-1]


def area(row):
    return row["d"][0][0] if row["d"] else "1"
