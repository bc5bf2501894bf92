# -*- coding: utf-8 -*-
from content import DELMAL_TEXT, DELMAL_TEXT_NN, old_no

AREA = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREA_NN = {"1": "Gode val for den einskilde og for samfunnet", "2": "Læring i arbeidslivet",
           "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}


def join_and(items, og="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {og} " + items[-1]


def codes(m, sep=", ", og=None):
    d = m["delmal"] if m["printed_delmal"] else []
    if og:
        return join_and(d, og)
    return sep.join(d)


def oldnos(m):
    return join_and([str(old_no(c)) for c in m["delmal"]])


def partners(m, sep=", "):
    return sep.join(m["partners"])


def area_of(m):
    return m["delmal"][0].split(".")[0] if m["delmal"] else "2"
