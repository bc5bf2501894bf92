"""Render the match61 batch: data_*.py -> reports in /work/blind/match61 + ground truth."""
import json, os, re, shutil, subprocess, sys, itertools, collections
sys.path.insert(0, os.path.dirname(__file__))
import data_a, data_b, data_c, data_d
FILES = data_a.FILES + data_b.FILES + data_c.FILES + data_d.FILES
OUT = "/work/blind/match61"; BUILD = "/work/blind/match61_build/tmp"
os.makedirs(OUT, exist_ok=True); os.makedirs(BUILD, exist_ok=True)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

def segs(text):
    """split **bold** markup -> [(text, bold)]"""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part: out.append((part, i % 2 == 1))
    return out

# ------------------------------------------------------------------ DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FONTS = ["Calibri", "Arial", "Times New Roman", "Cambria", "Georgia", "Verdana", "Garamond", "Liberation Sans"]

def add_field(par, instr):
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)

def fill_hf(par, text):
    parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", text)
    for p in parts:
        if p == "{PAGE}": add_field(par, "PAGE")
        elif p == "{NUMPAGES}": add_field(par, "NUMPAGES")
        elif p: par.add_run(p)

def dpar(doc_or_cell, text, size=None, bold_all=False):
    par = doc_or_cell.add_paragraph()
    lines = text.split("\n")
    for li, line in enumerate(lines):
        for s, b in segs(line):
            r = par.add_run(s); r.bold = b or bold_all
            if size: r.font.size = Pt(size)
        if li < len(lines) - 1: par.add_run().add_break()
    return par

def dtable(doc, header, rows, style_i):
    t = doc.add_table(rows=0, cols=len(header) if header else len(rows[0]))
    t.style = "Table Grid"
    if header and any(header):
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = ""
            first = True
            for s, b in segs(v or ""):
                r = c.paragraphs[0].add_run(s); r.bold = b
    return t

def render_docx(f, path, idx):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONTS[idx % len(FONTS)]; st.font.size = Pt(10.5 + (idx % 3) * 0.5)
    sec = doc.sections[0]
    if f.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0 + (idx % 3) * 0.3)
    fill_hf(sec.header.paragraphs[0], f["header"]); fill_hf(sec.footer.paragraphs[0], f["footer"])
    head_mode = idx % 3  # 0: Heading styles, 1: bold paragraph, 2: underlined caps-ish
    for b in f["blocks"]:
        k = b[0]
        if k == "title":
            if idx % 2: doc.add_heading(b[1].replace("\n", " "), level=0)
            else: dpar(doc, b[1], size=16, bold_all=True)
        elif k == "h":
            if head_mode == 0: doc.add_heading(b[1], level=1)
            elif head_mode == 1: dpar(doc, b[1], size=12, bold_all=True)
            else:
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.underline = True; r.bold = True
        elif k == "p": dpar(doc, b[1])
        elif k == "bul":
            for it in b[1]: doc.add_paragraph(it, style="List Number" if idx % 2 else "List Bullet")
        elif k == "m":
            for t in b[1]: dpar(doc, t)
        elif k == "tab":
            dtable(doc, b[1], b[2], idx); doc.add_paragraph()
        elif k == "mtab":
            dtable(doc, b[1], b[2], idx); doc.add_paragraph()
        elif k == "form":
            dtable(doc, None, [[a, v or ""] for a, v in b[1]], idx); doc.add_paragraph()
    doc.save(path)

# ------------------------------------------------------------------ reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", DEJAVU + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS", DEJAVU + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DSB", DEJAVU + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DS", 0, 0, "DS"); addMapping("DS", 1, 0, "DSB")

def rlx(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return text.replace("\n", "<br/>")

def render_rl(f, path, idx):
    fam = "DS" if idx % 2 else "DV"; bold = fam + "B"
    size = landscape(A4) if f.get("landscape") else A4
    body = ParagraphStyle("b", fontName=fam, fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("c", fontName=fam, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=10)
    h = ParagraphStyle("h", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f3a5f"))
    def hf(c, d):
        c.saveState(); c.setFont(fam, 8)
        c.drawString(2 * 28.35, size[1] - 1.3 * 28.35, f["header"])
        c.drawRightString(size[0] - 2 * 28.35, 1.2 * 28.35, f["footer"].replace("{PAGE}", str(d.page)))
        c.line(2 * 28.35, size[1] - 1.45 * 28.35, size[0] - 2 * 28.35, size[1] - 1.45 * 28.35); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=2 * 28.35, rightMargin=2 * 28.35, topMargin=2.2 * 28.35, bottomMargin=2 * 28.35)
    story = []
    W = size[0] - 4 * 28.35
    def tbl(header, rows, widths=None):
        data = ([[Paragraph("<b>%s</b>" % rlx(x), cell) for x in header]] if header else []) + [[Paragraph(rlx(x or ""), cell) for x in r] for r in rows]
        n = len(data[0])
        if widths is None: widths = [W / n] * n
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5") if header else colors.white)]))
        story.append(t); story.append(Spacer(1, 8))
    for b in f["blocks"]:
        k = b[0]
        if k == "title": story.append(Paragraph(rlx(b[1]), title))
        elif k == "h": story.append(Paragraph(("<u>%s</u>" if f.get("lang") == "nn" else "%s") % rlx(b[1]), h))
        elif k == "p": story.append(Paragraph(rlx(b[1]), body))
        elif k == "bul":
            for it in b[1]: story.append(Paragraph("• " + rlx(it), body))
        elif k == "m":
            for t in b[1]: story.append(Paragraph(rlx(t), body))
        elif k == "tab": tbl(b[1], b[2])
        elif k == "mtab":
            n = len(b[1]); widths = [W * x for x in ([0.07, 0.33, 0.13, 0.12, 0.23, 0.12] if n == 6 else [1 / n] * n)]
            tbl(b[1], b[2], widths)
        elif k == "form": tbl(None, [[a, v or ""] for a, v in b[1]], [W * 0.3, W * 0.7])
    doc.build(story, onFirstPage=hf, onLaterPages=hf)

# ------------------------------------------------------------------ fpdf2
from fpdf import FPDF
def render_fpdf(f, path, idx):
    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8); self.cell(0, 6, f["header"], new_x="LMARGIN", new_y="NEXT"); self.ln(4)
        def footer(self):
            self.set_y(-14); self.set_font("DV", "", 8); self.cell(0, 8, f["footer"].replace("{PAGE}", str(self.page_no())), align="C")
    pdf = P(); pdf.add_font("DV", "", DEJAVU + "DejaVuSansCondensed.ttf"); pdf.add_font("DV", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 20); pdf.add_page()
    for b in f["blocks"]:
        k = b[0]
        if k == "title":
            pdf.set_font("DV", "B", 15); pdf.multi_cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif k == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 12); pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k in ("p", "m"):
            pdf.set_font("DV", "", 10.5)
            for t in ([b[1]] if k == "p" else b[1]):
                pdf.multi_cell(0, 5.6, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
        elif k == "bul":
            pdf.set_font("DV", "", 10.5)
            for it in b[1]: pdf.multi_cell(0, 5.6, "– " + it, new_x="LMARGIN", new_y="NEXT")
        elif k in ("tab", "mtab", "form"):
            pdf.set_font("DV", "", 9)
            rows = ([b[1]] if k != "form" else []) + (b[2] if k != "form" else [[a, v or ""] for a, v in b[1]])
            with pdf.table(first_row_as_headings=(k != "form"), line_height=5) as t:
                for r in rows:
                    row = t.row()
                    for c in r: row.cell(c)
            pdf.ln(3)
    pdf.output(path)

# ------------------------------------------------------------------ build
def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".docx", ".pdf")): os.remove(os.path.join(OUT, fn))
    lo_docs = []
    for idx, f in enumerate(FILES):
        out = os.path.join(OUT, f["name"])
        if f["fmt"] == "docx": render_docx(f, out, idx); f["made"] = "python-docx"
        elif f["fmt"] == "rl": render_rl(f, out, idx); f["made"] = "reportlab"
        elif f["fmt"] == "fpdf": render_fpdf(f, out, idx); f["made"] = "fpdf2"
        elif f["fmt"] == "lo":
            src = os.path.join(BUILD, f["name"][:-4] + ".docx"); render_docx(f, src, idx); lo_docs.append(src)
            f["made"] = "python-docx → LibreOffice (soffice --convert-to pdf)"
    if lo_docs:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD] + lo_docs, check=True, capture_output=True)
        for src in lo_docs:
            shutil.copy(src[:-5] + ".pdf", os.path.join(OUT, os.path.basename(src)[:-5] + ".pdf"))
    write_truth()

def rows():
    for f in FILES:
        for b in f["blocks"]:
            if b[0] == "m": yield from ((f, m) for m in b[2])
            elif b[0] == "mtab": yield from ((f, m) for m in b[3])
            elif b[0] == "form": yield (f, b[2])

def write_truth():
    # continues: same reporter, same tiltak id, earlier year in batch
    seen = collections.defaultdict(set)
    for f, m in rows(): seen[(f["reporter"], m["id"])].add(f["year"])
    exp = {}
    for f in FILES:
        exp[f["name"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": []}
    for f, m in rows():
        m["continues"] = any(y < f["year"] for y in seen[(f["reporter"], m["id"])])
        exp[f["name"]]["measures"].append({"title": m["title"], "delmal": m["delmal"], "type": m["type"], "responsible": m["responsible"],
            "partners": m["partners"], "period": m["period"], "description": m["description"], "tiltak_id": m["id"], "continues": m["continues"]})
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    # near misses: within each group, every pair of rows with different tiltak ids
    groups = collections.defaultdict(list)
    for f, m in rows():
        for g in m["nm"]:
            if all(x[2] != m["id"] for x in groups[g]):   # one representative row per tiltak in each group
                groups[g].append((f["name"], m["title"], m["id"]))
    pairs = []; seenp = set()
    for g, lst in sorted(groups.items()):
        for a, b in itertools.combinations(lst, 2):
            if a[2] != b[2]:
                key = tuple(sorted([(a[0], a[1]), (b[0], b[1])]))
                if key not in seenp: seenp.add(key); pairs.append([[a[0], a[1]], [b[0], b[1]]])
    json.dump(pairs, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    print("groups:", {g: len(v) for g, v in sorted(groups.items())}, "pairs:", len(pairs))

if __name__ == "__main__":
    main()
