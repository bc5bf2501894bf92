"""Every tolerance and threshold extraction uses, in one validated settings object.

Distances are in PDF points (1/72 inch) or in multiples of the line's font size where that is
said; ratios are 0-1, similarities 0-100. `SETTINGS` holds the defaults every reader and layout
parser reads; `tiltak inspect` prints them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PdfSettings(_Section):
    word_x_tolerance: float = Field(1.5, gt=0, description="pdfplumber: letters closer than this (points) form one word")
    word_y_tolerance: float = Field(3.0, gt=0, description="pdfplumber: letters whose tops differ less are on one word line")
    spaced_share: float = Field(0.3, gt=0, le=1, description="a page where this share of the gaps between letters is wider "
                                "than word_x_tolerance, with the spaces typed, is set letter-spaced: its words end at the spaces")
    table_tolerance: float = Field(3.0, gt=0, description="pdfplumber: snap, join and intersection tolerance of ruling lines")
    line_tolerance: float = Field(2.5, gt=0, description="words whose tops differ less (points) are on one printed line")
    span_gap: float = Field(0.6, gt=0, description="a gap wider than this many font sizes splits a line into spans (columns)")
    touching_gap: float = Field(0.1, ge=0, description="a stop or comma closer than this many font sizes to the word "
                                "before it (set in another font) is that word's, not a word of its own")
    label_gap: float = Field(0.45, gt=0, description="gap after a list number, in font sizes, that marks it as a list label")
    band: float = Field(0.1, gt=0, lt=0.5, description="top and bottom share of a page that may hold running headers and footers")
    running_share: float = Field(0.4, gt=0, le=1, description="a band line repeated on this share of pages is a running header/footer")
    paragraph_gap: float = Field(0.6, gt=0, description="a vertical gap over this many font sizes starts a new paragraph")
    short_line: float = Field(0.25, gt=0, lt=1, description="a line ending this share of the text width before the right edge ends its paragraph")
    indent_step: float = Field(0.8, gt=0, description="a line starting this many font sizes right of the one above starts a new paragraph")
    bold_share: float = Field(0.6, gt=0, le=1, description="a line is bold when this share of its characters is")
    footnote_size: float = Field(0.85, gt=0, lt=1, description="a number right after a word, at most this share of its size and raised, is a footnote mark")
    grid_tolerance: float = Field(2.0, gt=0, description="cell edges closer than this (points) are one grid line")
    table_join_gap: float = Field(12.0, ge=0, description="two ruled tables side by side with their rows on the same "
                                  "lines, no further apart than this (points), are one table: a label column boxed apart")
    rule_min_length: float = Field(40.0, gt=0, description="a horizontal line at least this long (points) is a rule that may part table rows")
    frame_min_share: float = Field(0.2, gt=0, le=1, description="a drawn box at least this share of the page's width (and "
                                   "twice a rule's length high) may frame a card of text, read as a whole")
    card_min_share: float = Field(0.12, gt=0, le=1, description="a drawn box (or rounded box) narrower than frame_min_share "
                                  "but at least this share of the page's width and a rule's length high ...")
    card_min_words: int = Field(8, ge=1, description="... frames a card when it holds at least this many words (a tag holds a few)")
    tab_strip: float = Field(0.15, gt=0, lt=0.5, description="text on end in this share of the page's width at "
                             "either side, beyond all level text, is a thumb index's tab (left out) ...")
    tab_words: int = Field(12, ge=0, description="... when there are at most this many such tabs on the page")
    tab_words_each: int = Field(5, ge=1, description="... each of at most this many words (a line of text is longer)")
    tick_box_min: float = Field(5.0, gt=0, description="a drawn empty square this wide at least (points) … ")
    tick_box_max: float = Field(14.0, gt=0, description="… and at most this wide is a form's tick box, read as ☐ (☒ with a cross in it)")
    tag_min_size: float = Field(12.0, gt=0, description="a box narrower than a card but at least this wide and high "
                                "(points), holding a few words beside a measure's text, is read as one label")
    column_rule_share: float = Field(0.25, gt=0, le=1, description="a vertical line at least this share of the page's height, "
                                     "with text beside it on both sides, is a rule between columns of text")
    turned_share: float = Field(0.6, gt=0.5, le=1, description="a page where this share of the letters is turned one way "
                                "(a table set sideways on a portrait page) is read turned level ...")
    turned_line_share: float = Field(0.3, gt=0, le=1, description="... when its longest turned line reaches this share of "
                                     "the page (not a grid's header cells on end)")
    crop_mark_margin: float = Field(0.08, gt=0, lt=0.25, description="short lines within this share of the page's "
                                    "smaller side from its edges, in its corners, are crop marks: the page is read inside them")
    ocr_resolution: int = Field(300, ge=100, le=600, description="dots per inch a scanned page is rendered at for OCR")
    ocr_language: str = Field("nor", description="Tesseract's language data for scanned pages")
    ocr_max_pages: int = Field(40, ge=1, description="scanned pages read by OCR in one file at most (a scanned book is no report)")
    ocr_confidence_floor: float = Field(70.0, ge=0, le=100, description="a scanned page read with a lower mean word confidence is named in the run report")
    max_page_chars: int = Field(40000, gt=0, description="a page with more characters than this (a dense A4 page has ~5,000) is not read, and is named in the run report")


class UnruledSettings(_Section):
    column_tolerance: float = Field(3.0, ge=0, description="points a span may start left of its column")
    row_gap: float = Field(1.3, gt=1, description="a line pitch this many times the normal one starts a new row")


class LabelSettings(_Section):
    max_length: int = Field(60, gt=0, description="text longer than this (characters) is never a label")
    fuzzy_min_length: int = Field(8, gt=0, description="labels at least this long may be matched with a spelling slip")
    fuzzy_ratio: float = Field(90, ge=0, le=100, description="similarity a slipped spelling needs")
    head_word_max_words: int = Field(5, gt=0, description="a phrase before a colon of at most this many words names the field of its head word")


class LayoutSettings(_Section):
    min_fit: float = Field(0.3, ge=0, le=1, description="a document no layout fits this well is reported as 'no known layout'")
    header_labels: int = Field(3, ge=2, description="a row table's header names at least this many known fields (the name among them)")
    form_labels: int = Field(2, ge=1, description="a form table has at least this many rows with a known label")
    heading_max_chars: int = Field(250, gt=0, description="a paragraph longer than this is never a measure heading")
    list_title_ratio: float = Field(60, ge=0, le=100, description="numbered report: a form joins the list item whose title is this similar")
    goal_heading_similarity: float = Field(85, ge=0, le=100, description="a heading of 60 characters or more this "
                                           "similar (0-100) to a delmål's text is that delmål's heading, over its measures")
    bold_heading_words: int = Field(45, gt=0, description="a bold paragraph of at most this many words may head a measure")
    prose_title_words: int = Field(16, gt=0, description="a measure in running text is named by its first sentence when it has at most this many words")
    title_words: int = Field(30, gt=0, description="a line just before a repeated label names the next measure when it has at most this many words")
    period_words: int = Field(15, gt=0, description="a line under a period that names a time continues it when it has at most this many words")
    names_words: int = Field(12, gt=0, description="a line under Ansvarlig / Samarbeidspartnere continues it when it has at most this many words and no full stop")
    split_row_words: tuple[str, ...] = Field(("/", "-", ",", "og", "i", "for", "av", "til", "med", "på"),
                                             description="a cell ending in one of these continues on the next page")


class ExtractSettings(_Section):
    pdf: PdfSettings = PdfSettings()
    unruled: UnruledSettings = UnruledSettings()
    labels: LabelSettings = LabelSettings()
    layouts: LayoutSettings = LayoutSettings()


SETTINGS = ExtractSettings()
