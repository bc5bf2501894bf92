# -*- coding: utf-8 -*-
"""Trøndelag 2018: narrow justified column with hyphenation at line ends; facts as margin notes."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import fonts, codes_og

VOW = set("aeiouyæøåAEIOUYÆØÅ")
X0, X1 = 205, 470          # text column
MX0, MX1 = 62, 185         # margin notes
TOP, BOT = 770, 70


def hyph_split(word, font, size, room):
    """Split word so that head+'-' fits in room; cut before a consonant that precedes a vowel."""
    core = word.rstrip(".,;:")
    if len(core) < 8 or not core.isalpha():
        return None
    best = None
    for i in range(3, len(core) - 3):
        if core[i] not in VOW and core[i + 1] in VOW and core[i - 1] in VOW | set("lnrs"):
            head = word[:i] + "-"
            if stringWidth(head, font, size) <= room:
                best = (head, word[i:])
    return best


def lines_of(text, font, size, width, hyph=True):
    words = text.split()
    lines, cur = [], []
    while words:
        w = words.pop(0)
        trial = " ".join(cur + [w])
        if stringWidth(trial, font, size) <= width:
            cur.append(w); continue
        if hyph and cur:
            room = width - stringWidth(" ".join(cur) + " ", font, size)
            sp = hyph_split(w, font, size, room)
            if sp:
                cur.append(sp[0]); lines.append(cur); cur = []; words.insert(0, sp[1]); continue
        if cur:
            lines.append(cur); cur = [w]
        else:
            lines.append([w]); cur = []
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self, out):
        self.c = canvas.Canvas(out, pagesize=A4)
        self.c.setTitle("Trøndelag fylkeskommune – rapport NKPS 2018")
        self.pages = 1
        self.y = TOP
        self.ops = [[]]

    def need(self, h):
        if self.y - h < BOT:
            self.ops.append([]); self.y = TOP

    def para(self, text, font="Serif", size=10.5, lead=13.5, justify=True, hyph=True, x0=X0, x1=X1):
        ls = lines_of(text, font, size, x1 - x0, hyph)
        for i, ws in enumerate(ls):
            self.need(lead)
            last = i == len(ls) - 1
            self.ops[-1].append(("line", ws, font, size, self.y, justify and not last, x0, x1))
            self.y -= lead
        self.y -= 5

    def note(self, text_lines, y):
        self.ops[-1].append(("note", text_lines, y))

    def save(self):
        c, n = self.c, len(self.ops)
        for pn, ops in enumerate(self.ops, 1):
            c.setFont("Sans", 8)
            c.drawString(MX0, 810, "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte")
            c.drawRightString(X1, 40, "Side %d av %d" % (pn, n))
            for op in ops:
                if op[0] == "line":
                    _, ws, font, size, y, just, x0, x1 = op
                    c.setFont(font, size)
                    widths = [stringWidth(w, font, size) for w in ws]
                    gap = stringWidth(" ", font, size)
                    if just and len(ws) > 1:
                        gap = (x1 - x0 - sum(widths)) / (len(ws) - 1)
                    x = x0
                    for w, wd in zip(ws, widths):
                        c.drawString(x, y, w); x += wd + gap
                else:
                    _, tl, y = op
                    c.setFont("Sans-I", 7.5)
                    c.setFillGray(0.35)
                    for t in tl:
                        c.drawString(MX0, y, t); y -= 9.5
                    c.setFillGray(0)
            c.showPage()
        c.save()


def build(rep, out):
    fonts()
    W = Writer(out)
    W.para("Rapport til Kompetansepolitisk råd 2018", font="Sans-B", size=15, lead=19, justify=False, hyph=False)
    W.para("Oppfølging av Nasjonal kompetansepolitisk strategi i Trøndelag", font="Sans", size=11,
           lead=15, justify=False, hyph=False)
    W.y -= 6
    W.para("Trøndelag fylkeskommune ble etablert 1. januar 2018 ved sammenslåingen av Nord-Trøndelag og "
           "Sør-Trøndelag. Fylkeskommunen har i sitt første driftsår prioritert å bygge opp en samordnet "
           "kompetansepolitikk for hele regionen, i tett dialog med partene i arbeidslivet, "
           "utdanningsinstitusjonene og Arbeids- og velferdsetaten. Nedenfor omtales de viktigste "
           "tiltakene. Opplysninger om delmål, type tiltak, ansvar og tidsrom står i margen.")
    for m in rep["measures"]:
        W.need(60)
        y_head = W.y
        W.para(m["title"], font="Serif-B", size=12, lead=15, justify=False, hyph=False)
        notes = ["Delmål " + codes_og(m["d"]), m["type"]]
        for lab, val in (("Ansvar: ", m["resp"]), ("Tidsrom: ", m["period"])):
            if val:
                for ws in lines_of(lab + val, "Sans-I", 7.5, MX1 - MX0, hyph=False):
                    notes.append(" ".join(ws))
        W.note(notes, y_head)
        W.para(m["desc"])
        if m["partners"]:
            W.para("Samarbeidspartnere: " + ", ".join(m["partners"]) + ".", font="Serif-I", size=9.5, lead=12)
        W.y -= 6
    W.para("Fylkeskommunen vil i 2019 legge fram en handlingsplan for kompetansestrategien og utvide "
           "samarbeidet med kommunene om voksenopplæring og karriereveiledning for innvandrere.")
    W.save()
