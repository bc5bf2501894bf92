"""Fields recognised by what a text says, where no label names them: a goal reference, a period.

Only recognition lives here; reading the codes out of a goal reference is normalization's job.
"""

from __future__ import annotations

import re

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")

_CODE = r"\d\s?[.,]\s?\d{1,2}"
_CODES = rf"{_CODE}(?:\s*(?:,|og|&|and|eller|/|–|-|—|til)\s*{_CODE})*"
_NUMBERS = r"\d{1,2}(?!\d)(?:\s*(?:,|og|&|and|eller|/|–|-|—)\s*\d{1,2}(?!\d))*"  # (not a year: "NKPS-tiltak 2023")
# "delmål 2.3", "dm. 2.3 og 2.4", "delmåla 1.2-1.4", "sub-goal 2.1", "NKPS 2.1 og 2.2" (a code with a dot)
_DELMAL_REF = re.compile(rf"\b(?:delmål(?:a|ene|et)?|dm|sub-?\s?goals?|nkps(?=[\s-]+[1-3]\.[1-6](?!\d)))\.?[\s-]*"
                         rf"(?:nr\.?\s*)?{_CODES}", re.I)
# "Relasjon til NKPS tiltak nr. 4 og 7", "NKPS-tiltak 12", "knytt til tiltak nr 3"
# the words that relate a measure to the strategy: "Relasjon til", "Knyttes til", "Kobling til"
RELATION_WORDS = r"(?:relasjon|knytt(?:et|es)?|kopl(?:ing|es)|kobl(?:ing|es))"
_OLD_REF = re.compile(
    rf"(?:\bnkps\b(?!-\d)[\s-]*(?:tiltak)?|\b{RELATION_WORDS}\s+til\s+"
    rf"(?:nkps\s+|strategiens\s+)?tiltak|\bstrategiens\s+tiltak)"
    rf"\s*(?:nr\.?|nummer)?\s*{_NUMBERS}(?![.,]\d)", re.I)
# "tiltak 4, 7 og 12" (several old numbers), "tiltak 12 i strategien", "jf. tiltak nr. 3 i NKPS"
_OLD_LIST = re.compile(
    r"\btiltak\s*(?:nr\.?|nummer)?\s*(?:\d{1,2}(?:\s*(?:,|og|&|and|eller)\s*\d{1,2})+"
    r"|\d{1,2}\s+(?:i|fra|frå)\s+(?:strategien|nkps|den nasjonale kompetansepolitiske strategien))(?![.,]\d)", re.I)
# Codes alone, with no word saying they are goals, count only when they look like the strategy's (1.1–3.6).
_BARE = r"[1-3]\s?[.,]\s?[1-6](?!\d)"
_BARE_CODES = rf"{_BARE}(?:\s*(?:,|og|&|and|eller|/|–|-|—|til)\s*{_BARE})*"
_ONLY_CODES = re.compile(rf"^\(?\s*{_BARE_CODES}\s*\)?\.?$", re.I)
_RELATION = re.compile(rf"^\s*{RELATION_WORDS}\s+til\b", re.I)

_YEAR = r"(?:19|20)\d{2}"
_SEASON = r"(?:(?:vår|høst|haust)?semester(?:et)?|vår(?:en)?|høst(?:en)?|haust(?:en)?|sommer(?:en)?|sommar(?:en)?|vinter(?:en)?|jul|påske|spring|autumn|fall|summer|winter)"
_PERIOD_WORDS = re.compile(
    r"\b(?:løpende|løpande|årlig|årleg|kontinuerlig|fortløpende|varig|permanent|pågående|pågåande|ongoing|annual|"
    r"oppstart|start(?:et|a)?|avslutt(?:et|a|es)?|ferdig|fra|frå|til|siden|sidan|innen|innan|"
    + "|".join(MONTHS) + r"|" + _SEASON + r")\b", re.I)
_YEARISH = re.compile(rf"\b{_YEAR}\b|\b{_YEAR}\s*[-–/]\s*\d{{2,4}}\b")


_POINT_REF = re.compile(r"\(((?:punkt|punkta|punktene|pkt\.?)\s*\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*)\)", re.I)
# every delmål of a main goal: "alle delmål under hovedmål 2", "heile hovudmål 3"
WHOLE_AREA = re.compile(r"\b(?:alle|samtlige|samtlege)\s+delmål(?:a|ene)?\s+(?:under|i|innen|innanfor|innenfor|for)\s+"
                        r"(?:hoved|hovud)(?:mål|innsatsområde)(?:et)?\s*(?P<area>[1-3])\b"
                        r"|\b(?:hele|heile)\s+(?:hoved|hovud)(?:mål|innsatsområde)(?:et)?\s*(?P<area2>[1-3])\b", re.I)


def goal_reference(text: str, bare: bool = True) -> str | None:
    """The goal reference a text makes ("delmål 2.3", "NKPS tiltak nr. 4 og 7", "alle delmål under
    hovedmål 2"; with `bare`, also a text that is only codes: "2.2, 2.4"), or None."""
    if not text:
        return None
    m = _DELMAL_REF.search(text) or _OLD_REF.search(text) or _OLD_LIST.search(text) or WHOLE_AREA.search(text)
    if m:
        return m.group(0).strip()
    point = _POINT_REF.search(text)
    if point:  # "(punkt 4 og 7)": points of the strategy's list of tiltak, in brackets of their own
        return point.group(1)
    if bare and _ONLY_CODES.match(text.strip()):
        return text.strip()
    return None


# "2018–; også delmål 2.4", "HK-dir (også delmål 1.3)", "Løpende. Også nr. 7." (an old number, 2017): another
# delmål added at the end of a fact's value
_ALSO_GOAL = re.compile(rf"(?:\s*[;,]\s*|\s*\(\s*|\s+[–—-]\s+|\.\s+)((?:også|òg|samt|dessuten)\s+(?:(?:delmål(?:a|ene|et)?|dm)"
                        rf"\.?\s*{_CODES}|(?:(?:nkps[\s-]*)?tiltak\s*)?(?:nr\.?|nummer)\s*{_NUMBERS}))\s*\)?\.?\s*$", re.I)


def goal_at_end(text: str | None) -> tuple[str, str] | None:
    """(the value before it, the reference) when a fact's value ends by adding a delmål; else None."""
    m = _ALSO_GOAL.search(text or "")
    return (text[:m.start()].strip(), m.group(1)) if m and m.start() > 0 else None


_STARTS_WITH_CODE = re.compile(r"^\s*\(?(?:delmål\s*)?([1-3])\s?[.,]\s?([1-6])(?!\d|\.\d)", re.I)


def first_code(text: str) -> tuple[str, str] | None:
    """The delmål code a text opens with ("2.2 Flere får …", "Delmål 3,1 …") as (area, number); not a
    section number ("2.1.3")."""
    m = _STARTS_WITH_CODE.match(text or "")
    return m.groups() if m else None


DELMAL_CODE = r"[1-3][.,][1-6]"  # a code as the strategy's delmål are numbered, 1.1–3.6 ("2,1" as typed too)
_ONE_CODE = re.compile(rf"^{DELMAL_CODE}\.?$")
_IN_TEXT = re.compile(rf"(?<![\d.]){DELMAL_CODE}(?!\d)")


def delmal_codes(text: str | None) -> list[str]:
    """The delmål codes a text names, as "2.1", in order; not a part of a longer number ("12.4", "2.13")."""
    return [c.replace(",", ".") for c in _IN_TEXT.findall(text or "")]


def is_delmal_code(text: str) -> bool:
    """One delmål code and nothing else: "2.1", "2,1", "2.1." (a column header, a heading's number)."""
    return bool(_ONE_CODE.match((text or "").strip()))


def names_a_goal(text: str) -> bool:
    """An answer under a goal label that names a goal of the strategy: a reference, codes alone, or a
    code before the delmål's wording ("2.2 Styrke kunnskapsgrunnlaget …")."""
    return bool(goal_reference(text)) or first_code(text) is not None


_GOAL_LINE_WORDS = {"relasjon", "til", "jf", "jfr", "se", "knyttet", "knytt", "nkps", "tiltak", "nr", "delmål", "og",
                    "i", "strategien", "gjelder", "berører", "også", "dm", "goal", "goals", "sub", "mål", "relevant",
                    "for", "bidrar", "kobling", "kopling", "tidl", "tidligere", "tiltaket", "følger", "fylgjer", "opp",
                    "støtter", "støttar", "understøtter", "svarer", "svarar", "på", "knyttes", "hører", "høyrer",
                    "under", "gjeld"}


def is_goal_line(text: str, bare: bool = True) -> bool:
    """A short line that is a goal reference and little else: "Delmål 2.3", "(dm 1.2 og 1.4)",
    "Relasjon til NKPS tiltak nr. 1", a line of boxes beside codes ("☐ 2.1 ☒ 2.2"); with `bare`, also
    codes alone ("2.2, 2.4")."""
    text = (text or "").strip()
    if not text or len(text) > 160:
        return False
    if is_choice_line(text):
        return True
    if _ONLY_CODES.match(text):
        return bare
    ref = goal_reference(text, bare)
    if ref is None:
        return False
    if _RELATION.match(text) is not None:
        return True
    rest = [w for w in re.findall(r"[^\W\d_]+", text.replace(ref, " ")) if w.casefold() not in _GOAL_LINE_WORDS]
    return len(rest) <= 1  # "Delmål 2.3", "Gjelder delmål 2.3"; not "Kurs A (delmål 1.2)"


# a publication's number in its series: "Rapport 4/2021", "Notat nr. 2/2019", "Sak 34/2017"
_SERIES_NUMBER = re.compile(r"\b(?:rapport|notat|sak|styresak|skriftserie|nr\.?)\s+(?:nr\.?\s*)?\d{1,3}\s*/\s*(?:19|20)?\d{2}\b", re.I)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")  # to the second: a system's stamp, not "kl. 09:00–15:30"


def is_period_line(text: str) -> bool:
    """A short line that gives a time: "2019–2020", "Høsten 2019", "Løpende", "Fra mars 2019"."""
    text = (text or "").strip().rstrip(".")
    if not text or len(text) > 80 or len(text.split()) > 10 or _SERIES_NUMBER.search(text) or _CLOCK.search(text):
        return False  # (nor a moment by the clock: "Starttidspunkt 18.01.2019 10:31:07", a form's stamp)
    if re.fullmatch(rf"{_YEAR}(?:\s*[-–/]\s*(?:{_YEAR}|\d{{2}}))?", text):
        return True
    words = _PERIOD_WORDS.findall(text)
    if _YEARISH.search(text) and len(text.split()) <= 3:
        return True  # "Publisert 2018", "Skoleåret 2020/21"
    return bool(words) and (bool(_YEARISH.search(text)) or len(text.split()) <= 3)


def time_only(text: str) -> bool:
    """A line that is a time and nothing else ("Høsten 2020", "Fra mars 2021", "2019–2020"), not a name
    with a year ("Unio-konferansen 2023")."""
    words = re.findall(r"[^\W\d_]+", text or "")
    return is_period_line(text) and all(_PERIOD_WORDS.fullmatch(w) or w.casefold() in ("og", "hele", "året") for w in words)


# a target or a result given after its label: "Resultatmål 2023: 6 000", "Mål: under 2 måneder"
_FIGURE_AFTER = re.compile(r":\s+(?:ca\.?\s+|under\s+|over\s+|minst\s+|maks\.?\s+|inntil\s+)?(?!(?:19|20)\d{2}\b)\d", re.I)


def figure_after_label(text: str) -> bool:
    """A line that gives a figure after its label (a target, a result): no name and no time (a year
    after its label is a time: "Fase 2: 2023–2024")."""
    return bool(_FIGURE_AFTER.search(text or ""))


def mentions_time(text: str) -> bool:
    """The text names a year, a month or a season."""
    return bool(_YEARISH.search(text or "")) or bool(re.search(
        r"\b(?:" + "|".join(MONTHS) + r"|" + _SEASON + r")\b", text or "", re.I))


_DATELINE = re.compile(
    r"^[A-ZÆØÅ][\wæøåÆØÅ.\- ]{1,30},\s*(?:den\s+)?(?:\d{1,2}\.\s*)?(?:" + "|".join(MONTHS) + r")?\s*(?:19|20)\d{2}\b")
_GREETING = re.compile(r"^(?:med\s+)?(?:vennlig\s+hilsen|venleg\s+helsing|beste\s+hilsen|mvh|kind\s+regards|"
                       r"yours\s+sincerely)\b", re.I)


# a heading over what is planned, not begun: "Planlagt – ikke startet", "Planlagde tiltak 2024 (ikkje starta)",
# "Planlagt, men utsatt", "Planlagte tiltak" (not "Planlagte og pågående tiltak", "Planlagt kurs i digital handel")
_PLANNED = re.compile(r"^\s*(?:planlagt|planlagd|planlagte|planlagde)\b(?![^\W\d_]).{0,60}$", re.I)
_NOT_BEGUN = re.compile(r"\b(?:ikke|ikkje)\s+(?:startet|starta|igangsatt|igangsett|påbegynt|sett\s+i\s+gang)\b|\butsatt\b", re.I)
_PLANNED_ONLY = re.compile(r"^\s*(?:planlagt|planlagd|planlagte|planlagde)\s+(?:tiltak|aktiviteter)(?:\s+(?:i|for))?"
                           r"(?:\s+(?:19|20)\d{2})?\s*[:.]?\s*$", re.I)


def opening_goal(text: str) -> str | None:
    """The delmål a text opens with ("Delmål 1.2 – …", "Delmål 1.4 og 2.3 – flere læreplasser"), else None."""
    text = (text or "").strip()
    ref = goal_reference(text, bare=False) if text else None
    return ref if ref and text.startswith(ref) else None


def says_not_begun(text: str) -> bool:
    """A heading over what is planned and says it has not begun: "Planlagt, ikke startet", "Planlagt, men utsatt"
    (not "Planlagte tiltak 2022": the coming year's, begun or not)."""
    return bool(_PLANNED.match(text or "") and _NOT_BEGUN.search(text or ""))


def says_planned(text: str) -> bool:
    text = text or ""
    return bool(_PLANNED.match(text) and (_NOT_BEGUN.search(text) or _PLANNED_ONLY.match(text)))


def is_greeting(text: str) -> bool:
    """A letter's greeting before its signature ("Med vennlig hilsen")."""
    return bool(_GREETING.match((text or "").strip()))


def is_closing(text: str) -> bool:
    """A report's closing line: a dateline ("Oslo, 3. februar 2020") or a greeting ("Med vennlig hilsen")."""
    text = (text or "").strip()
    return bool(_DATELINE.match(text) or _GREETING.match(text))


_OLD_LABEL = re.compile(r"\b(?:tiltak\w*|nr|nummer|no)\b", re.I)
_NUMBER_LIST = re.compile(r"^\s*\d{1,2}(?:\s*(?:,|og|&|and|eller|/|–|-|—)\s*\d{1,2})*\s*\.?\s*$")


def says_old_numbers(label: str | None) -> bool:
    """A goal label or column that counts in the strategy's old tiltak numbers: "NKPS-tiltak nr",
    "Tiltak i strategien", "Relasjon til NKPS tiltak", "NKPS"."""
    folded = (label or "").replace("-", " ")
    if folded.strip(" .:").casefold() in ("nkps", "strategien", "i strategien"):
        return True  # the strategy named alone: numbers under it are its own (old) numbers, codes stay codes
    if _OWN_PAPERS.match(folded):
        return False  # "Tiltaksark nr.", "Skjema nr.", "Sak nr.": the number of the report's own sheet or case
    return bool(_OLD_LABEL.search(folded)) and "delmål" not in folded.lower()


_OWN_PAPERS = re.compile(r"^\s*\w*(?:ark|arket|skjema|skjemaet|sak|saka|saken)\s*(?:nr\.?|nummer|no\.?)\s*:?\s*$", re.I)


_OLD_WITH_WORD = re.compile(r"^\s*(?:nkps[\s-]*)?tiltak\s*(?:nr\.?|nummer)?\s*(?P<numbers>.+)$", re.I)


# the strategy's old numbers in a bracket after a name: "(tiltak nr. 4)", "(nr. 4 og 7)", "(NKPS-tiltak nr. 12)"
OLD_IN_BRACKET = re.compile(r"^(?:nkps-?)?(?:tiltak\s*)?nr\.?\s*(?P<numbers>\d{1,2}(?:\s*(?:,|og|&|\+|–|-)\s*\d{1,2})*)(?:\s+i\s+strategien)?$", re.I)


def old_number_columns(head: list[str]) -> list[int]:
    """The columns of a grid's header that are the strategy's old numbers in order ("Tiltak | 1 | 2 | … |
    16": eight at least, none past 16), else none."""
    numbers = [c for c, text in enumerate(head) if text.strip().isdigit()]
    ok = 8 <= len(numbers) <= 16 and [int(head[c]) for c in numbers] == list(range(1, len(numbers) + 1))
    return numbers if ok else []


def is_old_number_ref(text: str) -> bool:
    """Old numbers with their word, one or more: "Tiltak 1", "Tiltak 4 og 7", "tiltak nr. 13". Alone
    in a line "Tiltak 1" may be a caption; a column of them is the goal column."""
    m = _OLD_WITH_WORD.match(text or "")
    return bool(m) and is_number_list(m.group("numbers"))


def is_number_list(text: str) -> bool:
    """Bare numbers of the old numbering: "5 og 6", "13–15", "1"."""
    return bool(_NUMBER_LIST.match(text or "")) and all(1 <= int(n) <= 16 for n in re.findall(r"\d+", text))


_INSTRUCTION = re.compile(
    r"^\s*(?:oppgi|oppgje|velg|vel\s+(?:(?:ein|éin|eitt?|ett)\s*(?::|av\b|alternativ|eller\s+fle)|mellom\b)|skriv|fyll\s+(?:ut|inn)|beskriv|skildr(?:e|ar)\b|angi|legg\s+inn|før\s+opp|list\s+opp|gi\s+en|maks(?:imalt)?|"
    r"inntil|kort\s+og\s+\w+|f\.\s?eks\.|for\s+eksempel|her\s+(?:skriver|fyller)|sett\s+inn|kryss\s+av|\[|<|\.\.\.|…)", re.I)


def is_instruction(text: str) -> bool:
    """Guidance in a blank template where an answer would be: "oppgi nummer på delmålet", "velg én
    av …", "maks en halv side", "[skriv her]"."""
    return bool(_INSTRUCTION.match(text or ""))


# "Ingen nye tiltak rapportert", "Ingen nye tiltak i 2018 – se …", "Ikke aktuelt", "Ikkje relevant i år"
_NONE = re.compile(r"^\s*(?:(?:ingen|inga?)\s+(?:nye\s+|andre\s+|eigne\s+|egne\s+)?tiltak|(?:ikke|ikkje)\s+(?:aktuelt|relevant))\b",
                   re.I)


# the full stop after a name in front of its text: not an abbreviation's ("gjelder også tiltak nr. 7. Kontrakten …")
NAME_END = re.compile(r"(?<!\bnr)(?<!\bjf)(?<!\bca)(?<!\bSt)(?<!\bMeld)(?<!\bbl)(?<!\bosv)(?<!\bpkt)\.\s+")


def short_name_first(text: str) -> tuple[str, str] | None:
    """A short sentence (twelve words at most) that names something, then six words more, or a whole
    sentence of three ("Samarbeidsrådet for yrkesopplæring. Unio deltar i rådet."): (the name, the rest);
    else None. "Søkekonferanse om KompetansePluss arbeid. Seminar der medlemsvirksomhetene …"."""
    end = NAME_END.search(text or "")
    if end and len(text[:end.start()].split()) <= 12:
        rest = text[end.end():]
        if len(rest.split()) >= 6 or len(rest.split()) >= 3 and rest[:1].isupper() and rest.rstrip().endswith("."):
            return text[:end.start()], rest
    return None


def name_before_dash(text: str) -> bool:
    """A text that opens with a name (twelve words at most, no sentence in it) before a dash, then tells of
    it in sentences: "Hurtigsporet [Prosjekt] – Arbeidet fortsetter i flere regioner. …"."""
    m = _NAME_DASH.match(" ".join((text or "").split()))
    return bool(m) and len(m["name"].split()) <= 12 and len(m["rest"].split()) >= 6 and bool(SENTENCE_END.search(m["rest"] + " X"))


_NAME_DASH = re.compile(r"^(?P<name>[^\W\d_«\"][^.!?:;–—]{2,120}?)\s+[–—]\s+(?P<rest>[A-ZÆØÅ«].*)$")

# the full stop between two sentences: not after an abbreviation ("Meld. St.", "nr.", "jf.")
SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})(?<!\bMeld)(?<!\bSt)(?<!\bnr)(?<!\bjf)(?<!\bca)(?<!\bbl)(?<!\bosv)"
                          r"\.\s+(?=[A-ZÆØÅ«\"])|(?<=\d)\.\s+(?=[A-ZÆØÅ«\"])")

# "also": "Berører også delmål 2.3", "Tiltaket er òg knytt til delmål 2.1", "… i tillegg delmål 1.4"
ALSO = re.compile(r"\b(?:også|og\s+så|òg|i\s+tillegg|dessuten)\b", re.I)


def says_none(text: str) -> bool:
    """A row or line that says there is no measure here: "Ingen nye tiltak rapportert"."""
    return bool(_NONE.match(text or ""))


_NOTE_MARK = re.compile(r"^\s*(?:\d{1,3}|[¹²³⁰⁴-⁹]{1,3}|\*{1,3}|[†‡])\s*$")


def is_note_mark(text: str) -> bool:
    """What a note's mark may be, set small or raised: "1", "12", "*", "†"."""
    return bool(_NOTE_MARK.match(text or ""))


def is_name(text: str) -> bool:
    """A name, not a description: one line, at most fourteen words, no full stop at the end."""
    text = (text or "").strip()
    return bool(text) and "\n" not in text and len(text.split()) <= 14 and not text.endswith(".")


# Boxes ticked or not beside choices ("☐ 1.1 ☒ 1.2", "[x] Kurs/utdanning [ ] FoU", "1.1 ☐ 1.2 ☒")
TICKS, _EMPTY = "☒☑✓✔■", "☐□❏❑"  # a ticked box's marks; an empty box's
_TICKS = TICKS
BOX_MARKS = frozenset(_TICKS + _EMPTY + "☑◉○●◯✗✘")  # a form's boxes and options, ticked or not
_BOX = re.compile(rf"([{_TICKS}]|\[[xX✓]\])|(?:[{_EMPTY}]|\[\s\])")


# "a) " at a line's start or after a space or dash ("a) 2021– b) 2016–2020", "a) 2021–b) 2016–2020")
_LETTERED = re.compile(r"(?<![^\s–—-])([a-h])\)\s*")
_NUMBERED = re.compile(r"(?<![^\s–—-])([1-8])\)\s*")


def lettered_parts(text: str) -> list[str] | None:
    """A cell's text in parts "a) …", "b) …" (or "1) …", "2) …"; in that order, two at least), or None."""
    for pattern, first in ((_LETTERED, "a"), (_NUMBERED, "1")):
        marks = list(pattern.finditer(text or ""))
        if len(marks) >= 2 and marks[0].start() == 0 and \
                [m.group(1) for m in marks] == [chr(ord(first) + k) for k in range(len(marks))]:
            break
    else:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end():end].strip(" \n") for m, end in zip(marks, ends)]


# a cell marked in a grid of choices: "x", a tick, "ja"
TICKED = re.compile(r"^\s*(?:x|✓|✔|☑|☒|●|■|\*|ja|yes)\s*$", re.I)


_TYPED_X = re.compile(r"(?<!\S)[xX✗✘](?=\s)")
_LABEL_THEN_BOX = re.compile(rf"^[^{_TICKS}{_EMPTY}\[]*:\s*[{_TICKS}{_EMPTY}\[]")  # "Område 2: ☐ 2.1 …"


def _choices(text: str) -> list[tuple[bool, str]] | None:
    """(ticked, choice) for each box, the choice on the side of the box the text writes them: before
    its choice ("☒ 1.2") or after it ("1.2 ☒"). None without an empty box: ticks alone ("✔ Kurs") are
    bullets, not a form."""
    marks = list(_BOX.finditer(text or ""))
    if not any(m.group(1) is None for m in marks):
        return None
    if _TYPED_X.search(text):  # "☐ 1.2 X 1.3 ☐ 1.4": an X typed over a box among empty ones is a tick
        text = _TYPED_X.sub("☒", text)
        marks = list(_BOX.finditer(text))
    lines = [ln for ln in text.split("\n") if ln.strip()]
    after = all(_BOX.search(ln) is None or _BOX.search(ln.rstrip()[-3:]) for ln in lines) and \
        not any(_BOX.match(ln.strip()) or _LABEL_THEN_BOX.match(ln.strip()) for ln in lines)
    out = []
    for k, m in enumerate(marks):
        if after:  # the choice is what stands between the box before it (or the line's start) and this one
            start = max(marks[k - 1].end() if k else 0, text.rfind("\n", 0, m.start()) + 1)
            piece = text[start:m.start()]
        else:
            segment = text[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(text))]
            written = _WRITE_IN.match(segment)  # "☒ Annet: avtale": the choice and what is written beside it
            piece = written.group(0) if written else _NEXT_LABEL.split(segment)[0]
        out.append((m.group(1) is not None, piece.strip(" ,;")))
    return out


def ticked(text: str | None) -> str | None:
    """Of choices beside boxes, the ticked ones ("☐ 1.1 ☒ 1.2 ☒ 1.4" -> "1.2, 1.4"; none ticked -> "");
    a text without an empty box as it is."""
    choices = _choices(text) if text else None
    if choices is None:
        return text
    return ", ".join(c for on, c in choices if on and c)


_WRITE_IN = re.compile(r"\s*[^\W\d_]+:[ \t]*[^\W_][^\n]*")
_NEXT_LABEL = re.compile(r"\n|\s+[^\W\d_]+(?:\s\d)?:")  # "… ☒ 2.2 Område 3: ☐ 3.1": the choice ends at the next label


def is_choice_line(text: str) -> bool:
    """A line of boxes beside delmål codes ("Innsatsområde 2: ☐ 2.1 ☒ 2.2 ☐ 2.3"), ticked or not."""
    choices = _choices(text)
    return bool(choices) and len(choices) >= 2 and all(is_delmal_code(c) for _, c in choices)


# "Punkt 1 følger opp delmål 3.3 og 3.5.", "Nr. 2 gjelder delmål 1.3": a measure's delmål told by its number in the
# report (not "Tiltak 1 gjelder delmål 1.1": the strategy's own numbers)
_BY_NUMBER = re.compile(r"(?:^|(?<=[.;]\s))(?:punkt|pkt\.|nr\.?)\s+(?P<n>\d{1,2})\s*:?\s+(?:[^.;]{0,40}?\s)?"
                        r"(?P<goal>delmål(?:a|et|ene)?\s+\d[.,]\d(?:\s*(?:,|og|&)\s*\d[.,]\d)*"
                        r"|tiltak\s+nr\.\s+\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*)(?=[.;]|$)", re.I)


def goals_by_number(text: str) -> dict[int, str]:
    """The delmål a paragraph gives the report's measures by their numbers, two or more ("Punkt 1 følger
    opp delmål 3.3 og 3.5. Punkt 2 …"): {number: the delmål's words}; else {}."""
    found = list(_BY_NUMBER.finditer(" ".join(text.split())))
    return {int(m["n"]): m["goal"] for m in found} if len(found) >= 2 else {}


_KEY_ENTRY = re.compile(rf"^\s*(?:[^\W\d_]+:\s*)?({DELMAL_CODE})\s+[^\W\d_]+(?:\s+\S+)+\s*$")


def goal_key(text: str) -> set[str]:
    """The codes a key to delmål codes explains, three or more, each followed by its words ("Delmåla: 1.2
    regionalt folkevalt nivå …; 1.3 tilgang til karriererettleiing; …"); else an empty set."""
    entries = [_KEY_ENTRY.match(x) for x in re.split(r"\s*[;\n]\s*", text or "") if x.strip()]
    return {m.group(1).replace(",", ".") for m in entries} if len(entries) >= 3 and all(entries) else set()

