"""The Word reader: automatic list numbers as Word renders them, tables with merged cells,
headers and footers kept out of the body."""

import docx
import docxkit as kit

from tiltak.extract.docx_reader import read_docx


def _labels(path):
    return [(p.list_label, p.text) for p in read_docx(str(path)).paragraphs() if p.text]


def test_lists_continue_across_other_lists_and_restart_on_override(tmp_path):
    d = kit.new_document()
    n = kit.Numbering(d)
    points = n.instance(n.abstract())
    headings = n.abstract()
    for t in ("a", "b"):
        kit.number(kit.paragraph(d, t), points)
    for form in range(2):
        h = n.instance(headings, restart_at=1)
        kit.number(kit.paragraph(d, f"H{form}-1"), h)
        kit.number(kit.paragraph(d, f"H{form}-2"), h)
        kit.number(kit.paragraph(d, f"answer {form}"), points)  # Word's leak: continues the first list
    kit.save_reproducibly(d, tmp_path / "n.docx")
    assert _labels(tmp_path / "n.docx") == [
        ("1.", "a"), ("2.", "b"), ("1.", "H0-1"), ("2.", "H0-2"), ("3.", "answer 0"),
        ("1.", "H1-1"), ("2.", "H1-2"), ("4.", "answer 1")]


def test_instances_of_one_definition_share_a_counter(tmp_path):
    d = kit.new_document()
    n = kit.Numbering(d)
    a = n.abstract()
    first, second = n.instance(a), n.instance(a)
    kit.number(kit.paragraph(d, "x"), first)
    kit.number(kit.paragraph(d, "y"), second)
    kit.number(kit.paragraph(d, "z"), first)
    kit.save_reproducibly(d, tmp_path / "s.docx")
    assert [lab for lab, _ in _labels(tmp_path / "s.docx")] == ["1.", "2.", "3."]


def test_levels_formats_and_nested_reset(tmp_path):
    d = kit.new_document()
    n = kit.Numbering(d)
    lst = n.instance(n.abstract(fmt="upperRoman", text="%1."))
    for text, lvl in (("I", 0), ("a", 1), ("b", 1), ("II", 0), ("a again", 1)):
        kit.number(kit.paragraph(d, text), lst, ilvl=lvl)
    kit.save_reproducibly(d, tmp_path / "l.docx")
    assert [lab for lab, _ in _labels(tmp_path / "l.docx")] == ["I.", "a)", "b)", "II.", "a)"]


def test_style_numbering_and_no_numbering_override(tmp_path):
    d = docx.Document()
    d.add_paragraph("one", style="List Number")
    d.add_paragraph("two", style="List Number")
    p = d.add_paragraph("not numbered", style="List Number")
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_numId().val = 0
    d.save(tmp_path / "st.docx")
    labels = _labels(tmp_path / "st.docx")
    assert labels[0] == ("1.", "one") and labels[1] == ("2.", "two")
    assert labels[2] == (None, "not numbered")


def test_merged_cells_become_spans(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "Delmål", "Tiltak", "Antall"
    t.cell(1, 0).merge(t.cell(3, 0)).text = "1.2 Styrke regionalt"
    t.cell(1, 2).merge(t.cell(3, 2)).text = "3"
    for r in (1, 2, 3):
        t.cell(r, 1).text = f"tiltak {r}"
    wide = d.add_table(rows=2, cols=3)
    wide.cell(0, 0).merge(wide.cell(0, 2)).text = "over alle"
    d.save(tmp_path / "t.docx")
    doc = read_docx(str(tmp_path / "t.docx"))
    table, wide_t = doc.tables()
    grid = table.grid()
    assert grid[1][0] is grid[3][0] and grid[1][0].text == "1.2 Styrke regionalt" and grid[1][0].row_span == 3
    assert grid[3][2].text == "3"
    assert [grid[r][1].text for r in (1, 2, 3)] == ["tiltak 1", "tiltak 2", "tiltak 3"]
    top = wide_t.grid()[0]
    assert top[0] is top[2] and top[0].col_span == 3


def test_headers_and_footers_stay_out_of_the_body(tmp_path):
    d = kit.new_document()
    kit.header_footer(d, header="Arbeidsgiverforeningen Spekter", footer="Side {PAGE} av {NUMPAGES}")
    kit.paragraph(d, "Brødtekst")
    kit.save_reproducibly(d, tmp_path / "h.docx")
    doc = read_docx(str(tmp_path / "h.docx"))
    assert [p.text for p in doc.paragraphs()] == ["Brødtekst"]
    assert doc.headers == ["Arbeidsgiverforeningen Spekter"]
    assert doc.footers and doc.footers[0].startswith("Side")


def test_deleted_text_and_content_controls(tmp_path):
    from docx.oxml import parse_xml

    d = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d.element.body.insert(0, parse_xml(
        f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>i en innholdskontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    d.element.body.insert(1, parse_xml(
        f'<w:p {w}><w:r><w:t>beholdt </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>slettet</w:delText></w:r></w:del>'
        f'<w:ins w:id="2" w:author="x"><w:r><w:t>satt inn</w:t></w:r></w:ins></w:p>'))
    d.save(tmp_path / "c.docx")
    texts = [p.text for p in read_docx(str(tmp_path / "c.docx")).paragraphs()]
    assert texts[:2] == ["i en innholdskontroll", "beholdt satt inn"]


def test_runs_with_bold_and_italic_and_a_run_in_lead(tmp_path):
    d = kit.new_document()
    p = d.add_paragraph()
    p.add_run("Ansvarleg").bold = True
    p.add_run(" Vestland fylkeskommune")
    q = d.add_paragraph()
    q.add_run("Kurs for tillitsvalgte").bold = True
    q.add_run(" Kurset gir verktøy.").italic = True
    d.add_paragraph("Ansvarlig:\tNAV")
    kit.save_reproducibly(d, tmp_path / "r.docx")
    a, b, c = read_docx(str(tmp_path / "r.docx")).paragraphs()
    assert [(r.text, r.bold, r.italic) for r in a.runs] == [("Ansvarleg", True, False), ("Vestland fylkeskommune", False, False)]
    assert a.lead == "Ansvarleg" and a.bold is False
    assert b.lead == "Kurs for tillitsvalgte" and b.runs[1].italic
    assert c.lead == "Ansvarlig:" and c.text == "Ansvarlig: NAV"


def test_fields_separated_by_line_breaks_are_paragraphs_of_their_own(tmp_path):
    from docx.enum.text import WD_BREAK

    d = kit.new_document()
    p = d.add_paragraph()
    for i, part in enumerate(("Delmål: Digital kompetanse i hele arbeidsstyrken", "Type tiltak: FoU", "Ansvarlig: KS")):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        p.add_run(part)
    plain = d.add_paragraph()
    plain.add_run("Første linje av en adresse")
    plain.add_run().add_break(WD_BREAK.LINE)
    plain.add_run("andre linje")
    kit.save_reproducibly(d, tmp_path / "b.docx")
    assert [p.text for p in read_docx(str(tmp_path / "b.docx")).paragraphs()] == [
        "Delmål: Digital kompetanse i hele arbeidsstyrken", "Type tiltak: FoU", "Ansvarlig: KS",
        "Første linje av en adresse andre linje"]


def test_tables_nested_in_a_cell_are_kept_as_tables(tmp_path):
    d = kit.new_document()
    outer = d.add_table(rows=1, cols=2)
    outer.rows[0].cells[0].text = "1"
    inner = outer.rows[0].cells[1].add_table(rows=2, cols=2)
    for r, (label, answer) in enumerate((("Tiltak", "Forskningsrapport"), ("Delmål", "2.2"))):
        inner.rows[r].cells[0].text, inner.rows[r].cells[1].text = label, answer
    kit.save_reproducibly(d, tmp_path / "n.docx")
    table = read_docx(str(tmp_path / "n.docx")).tables()[0]
    nested = table.row_cells(0)[1].tables
    assert len(nested) == 1 and [c.text for c in nested[0].row_cells(1)] == ["Delmål", "2.2"]


def test_note_marks_set_as_superscript_are_not_text(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Jenter og teknologi")
    p.add_run("1").font.superscript = True
    q = d.add_paragraph("Kompetansebehovsutvalget")
    q.add_run("1.1, 2.2").font.superscript = True  # not a mark alone: kept, set apart as a remark
    t = d.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0].paragraphs[0]
    cell.add_run("Evaluering av bransjeprogrammene")
    cell.add_run("2").font.superscript = True
    d.save(tmp_path / "m.docx")
    doc = read_docx(str(tmp_path / "m.docx"))
    assert [b.text for b in doc.blocks[:2]] == ["Jenter og teknologi", "Kompetansebehovsutvalget (1.1, 2.2)"]
    assert [r.text for r in doc.blocks[1].runs] == ["Kompetansebehovsutvalget (1.1, 2.2)"]
    assert doc.blocks[2].cells[0].text == "Evaluering av bransjeprogrammene"


def _with_notes(path, notes: dict[int, str]):
    """Add a footnotes part holding `notes` (id -> text) to a saved .docx."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t>'
                   f'</w:r></w:p></w:footnote>' for i, t in notes.items())
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}><w:footnote w:type="separator" '
            f'w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{body}</w:footnotes>')
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files["word/footnotes.xml"] = part.encode()
    rel = ('<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'footnotes" Target="footnotes.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel.encode())
    override = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                'wordprocessingml.footnotes+xml"/></Types>')
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(b"</Types>", override.encode())
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


def test_a_footnote_is_kept_with_the_paragraph_its_mark_stands_in(tmp_path):
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    for text, note in (("Kurs for tillitsvalgte", 1), ("Uten fotnote", None), ("Nettverk for ledere", 2)):
        p = d.add_paragraph(text)
        if note:
            p._p.append(parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{note}"/></w:r>'))
    d.save(tmp_path / "n.docx")
    _with_notes(tmp_path / "n.docx", {1: "Delmål 2.1: Digital kompetanse.", 2: "Se rapporten fra 2019."})
    got = [(p.text, p.notes) for p in read_docx(str(tmp_path / "n.docx")).paragraphs()]
    assert got == [("Kurs for tillitsvalgte", ["Delmål 2.1: Digital kompetanse."]), ("Uten fotnote", []),
                   ("Nettverk for ledere", ["Se rapporten fra 2019."])]


def test_lines_of_an_e_mail_quoted_with_a_bracket_are_not_the_report(tmp_path):
    from tiltak.extract import read_document

    d = docx.Document()
    for text in ["Sendt: 1. desember 2019", "Hei,", "Her er våre tiltak.", "- Tiltak: Kurs for tillitsvalgte", "Hvem: YS",
                 "> Hei,",
                 "> Vi ber om at dere for hvert tiltak oppgir:", "> - Tiltak: (navn på tiltaket)", "> Hvem: (ansvarlig)"]:
        d.add_paragraph(text)
    d.save(tmp_path / "svar.docx")
    assert [p.text for p in read_document(tmp_path / "svar.docx").paragraphs()] == [
        "Sendt: 1. desember 2019", "Hei,", "Her er våre tiltak.", "- Tiltak: Kurs for tillitsvalgte", "Hvem: YS"]
    # ">" in front of the lines of a report that is no e-mail: its list, kept
    d = docx.Document()
    for text in ["Delmål 2.2", "> Kurs for tillitsvalgte", "> Nettverk for ledere", "> Seminar om kompetanse"]:
        d.add_paragraph(text)
    d.save(tmp_path / "liste.docx")
    assert len(read_document(tmp_path / "liste.docx").paragraphs()) == 4


def test_a_status_in_capitals_after_a_name_is_the_measures_status_not_its_name(tmp_path):
    from tiltak.extract import extract_file

    d = docx.Document()
    d.add_heading("Statusrapport 2022", 1)
    for name, goal in (("Jenter og teknologi – videreført PÅGÅR", "2.3"), ("Lærlingkampanje AVSLUTTET", "2.3"),
                       ("Kurs for ledere – videreført", "2.2")):
        d.add_paragraph(name).runs[0].bold = True
        d.add_paragraph(f"Delmål: {goal}")
        d.add_paragraph("Ansvarlig: NHO")
    d.save(tmp_path / "status.docx")
    got = [(m.title, m.extra.get("Status")) for m in extract_file(tmp_path / "status.docx").measures]
    assert got == [("Jenter og teknologi – videreført", "Pågår"), ("Lærlingkampanje", "Avsluttet"),
                   ("Kurs for ledere – videreført", None)]
    d = docx.Document()
    d.add_heading("Statusrapport 2022", 1)
    d.add_paragraph("KARRIEREVEILEDNING FOR VOKSNE SOM HAR STARTET").runs[0].bold = True  # a name in capitals
    d.add_paragraph("Delmål: 1.3")
    d.add_paragraph("Ansvarlig: NHO")
    d.save(tmp_path / "caps.docx")
    assert [m.title for m in extract_file(tmp_path / "caps.docx").measures] == ["KARRIEREVEILEDNING FOR VOKSNE SOM HAR STARTET"]


def test_a_measure_listed_again_under_a_second_delmal_is_one_measure_of_both(tmp_path):
    from tiltak.extract import extract_file

    d = docx.Document()
    d.add_heading("LO – rapport 2021", 1)
    for heading, items in (("Delmål 1.4", [("Fagbrevkonferansen 2021", "Ansvarlig: LO", "Konferanse i september.")]),
                           ("Delmål 2.3", [("Fagbrevkonferansen 2021", None, "Tiltaket følger også opp dette delmålet."),
                                           ("Kompetansebehovsutvalget", "Ansvarlig: KD", "LO deltar.")]),
                           ("Delmål 1.1", [("Kompetansebehovsutvalget", "Ansvarlig: NHO", "NHO deltar.")])):
        d.add_heading(heading, 2)
        for name, who, text in items:
            d.add_heading(name, 3)
            if who:
                d.add_paragraph(who)
            d.add_paragraph(text)
    d.save(tmp_path / "lo.docx")
    got = [(m.title, m.goal_text, m.responsible_text) for m in extract_file(tmp_path / "lo.docx").measures]
    assert got == [("Fagbrevkonferansen 2021", "Delmål 1.4; Delmål 2.3", "LO"), ("Kompetansebehovsutvalget", "Delmål 2.3", "KD"),
                   ("Kompetansebehovsutvalget", "Delmål 1.1", "NHO")]  # another responsible: another measure
    # rows of a table with the same name are the table's rows, as listed
    d = docx.Document()
    d.add_heading("Oversikt 2021", 1)
    t = d.add_table(rows=3, cols=4)
    for r, row in enumerate([("Tiltak", "Delmål", "Ansvarlig", "Beskrivelse"), ("Webinar", "1.3", "LO", "Om veiledning."),
                             ("Webinar", "2.2", "LO", "Om kunnskapsgrunnlaget.")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "tabell.docx")
    assert [m.goal_text for m in extract_file(tmp_path / "tabell.docx").measures] == ["1.3", "2.2"]


def test_an_underlined_name_is_set_apart_as_a_bold_one(tmp_path):
    d = docx.Document()
    d.add_paragraph("Vi rapporterer disse tiltakene.")
    for name in ("Kurs i kompetanseplanlegging", "Nettverk for HR-ledere"):
        d.add_paragraph().add_run(name).underline = True
        d.add_paragraph("Hvem: Delta")
        d.add_paragraph("Delmål: 2.2")
    emphasis = d.add_paragraph()
    emphasis.add_run("Alle").underline = True  # a word underlined for emphasis: no name set apart
    emphasis.add_run(" kommuner kan søke.")
    link = d.add_paragraph().add_run("www.delta.no")
    link.style = d.styles.add_style("Lenke", 2)  # a character style: its underline is the link's, not emphasis
    link.style.font.underline = True
    d.save(tmp_path / "u.docx")
    doc = read_docx(str(tmp_path / "u.docx"))
    assert [p.bold for p in doc.blocks] == [False, True, False, False, True, False, False, False, False]
    assert doc.blocks[-2].lead is None


def test_raised_text_parted_into_runs_is_one_remark_and_a_mark_parted_so_is_still_a_mark(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Nettverk for fagskoler")
    for part in ("2", ".", "4"):
        p.add_run(part).font.superscript = True
    q = d.add_paragraph("Fagbrev på jobb")
    for part in ("1", "2"):
        q.add_run(part).font.superscript = True
    d.save(tmp_path / "r.docx")
    doc = read_docx(str(tmp_path / "r.docx"))
    assert [b.text for b in doc.blocks[:2]] == ["Nettverk for fagskoler (2.4)", "Fagbrev på jobb"]
    assert [[r.text for r in b.runs] for b in doc.blocks[:2]] == [["Nettverk for fagskoler (2.4)"], ["Fagbrev på jobb"]]


def test_hidden_text_is_not_read(tmp_path):
    """A template's guidance set as hidden text ("skjult tekst"), a hidden example table, a hidden word
    inside a shown sentence: Word neither shows nor prints them; a run hidden and then shown again
    (w:vanish w:val="0") is text."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph().add_run("Veiledning: fyll ut én tabell per tiltak.").font.hidden = True
    p = d.add_paragraph("Kurs for ledere")
    p.add_run(" (EKSEMPEL)").font.hidden = True
    p.add_run(" i kommunene")
    shown = d.add_paragraph().add_run("Vist igjen")
    vanish = OxmlElement("w:vanish")
    vanish.set(qn("w:val"), "0")
    shown._r.get_or_add_rPr().append(vanish)
    example = d.add_table(rows=1, cols=2)
    for cell, text in zip(example.rows[0].cells, ("Tiltak", "Eksempeltiltak")):
        cell.paragraphs[0].add_run(text).font.hidden = True
    d.save(tmp_path / "h.docx")
    doc = read_docx(str(tmp_path / "h.docx"))
    texts = [p.text for p in doc.paragraphs() if p.text]
    assert texts == ["Kurs for ledere i kommunene", "Vist igjen"], texts
    assert "".join(r.text for p in doc.paragraphs() for r in p.runs) == "Kurs for ledere i kommuneneVist igjen"
    assert all(not c.text for t in doc.tables() for c in t.cells)


def test_an_old_forms_check_boxes_read_as_ticked_or_not(tmp_path):
    """A protected Word 97 form's FORMCHECKBOX fields: "☒" where ticked (its checked value, or its
    default when it has none), "☐" where not, before each choice's words."""
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def box(state):  # state: the w:checked/w:default elements inside w:checkBox
        return (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{state}'
                f'</w:checkBox></w:ffData></w:fldChar></w:r>'
                f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r><w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')

    d = docx.Document()
    p = d.add_paragraph()
    for state, word in (('<w:default w:val="0"/>', "Kurs"), ('<w:default w:val="1"/>', "Prosjekt"),
                        ('<w:default w:val="1"/><w:checked w:val="0"/>', "FoU"), ('<w:default w:val="0"/><w:checked/>', "Annet")):
        for el in parse_xml(f"<w:p {W}>{box(state)}</w:p>"):
            p._p.append(el)
        p.add_run(f" {word} ")
    d.save(tmp_path / "f.docx")
    texts = [x.text for x in read_docx(str(tmp_path / "f.docx")).paragraphs() if x.text]
    assert texts == ["☐ Kurs ☒ Prosjekt ☐ FoU ☒ Annet"], texts
