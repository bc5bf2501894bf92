"""Joining printed lines back into the text a reader reads."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .settings import SETTINGS

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")
# Words that follow a suspended compound: "Arbeids- og velferdsetaten", "etter- eller".
_CONJUNCTIONS = {"og", "eller", "samt", "and", "or", "til"}
_HYPHENS = "-\u2010\u2011"


_PUNCTUATION = re.compile(r"[\W_]+")

# the marks that part a line of facts: "Delmål 2.2 | FoU", "2.1 · Kurs", "Delmål 2.3 • Arrangement",
# a path of them "Læring i arbeidslivet › Delmål 2.3 › Kampanje"
FACT_MARKS = "|·•›"
_SPLIT_WORDS = SETTINGS.layouts.split_row_words


def unfinished(text: str) -> bool:
    """A line whose last word leaves it unfinished: one of the split-row words ("og", "for"), or a
    word ending in one of its marks ("/", "-", ","); not any word ending in those letters ("teknologi")."""
    last = text.split()[-1] if text.strip() else ""  # (as written: "Fase I" ends its line)
    return last in _SPLIT_WORDS or last.endswith(tuple(w for w in _SPLIT_WORDS if not w.isalpha()))


@lru_cache(maxsize=16384)  # matching folds each title many times
def fold(text: str | None) -> str:
    """For comparing and looking up: NFC, casefolded, punctuation as single spaces. Keeps æøå."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    return _PUNCTUATION.sub(" ", text).strip()


def same_word(short: str, word: str, inside: bool = True) -> bool:
    """Folded words that are one word: the same, inflected ("samfunnskontrakten" ~ "samfunnskontrakt":
    an ending of three letters at most, not "arbeid" ~ "arbeidslivet"), or a word of five letters or
    more ending a compound ("stipend" in "kompetansestipend"), or (`inside`) of eight or more anywhere
    in one ("kompetansepluss" in "kompetanseplussordningene")."""
    if short == word:
        return True
    a, b = sorted((short, word), key=len)
    if len(a) >= 4 and b.startswith(a[:-1] if len(a) >= 6 else a) and len(b) - len(a) <= 3:
        return True
    return len(short) >= 5 and word.endswith(short) or inside and len(short) >= 8 and short in word


# C0 and C1 control characters (pdfplumber gives U+0001 for glyphs it cannot map), non-characters
# and lone surrogates: no writer (XML, xlsx, UTF-8) accepts them, and they carry no text
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


# a note's mark typed as superscript digits after a word of four letters or more, or after its
# full stop or bracket: "arbeidsliv¹", "arbeidsliv.¹" (not "m²", "kvm²", "CO²")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPT_SET = frozenset(_SUPERSCRIPTS)
_SUPERSCRIPT_MARK = re.compile(rf"([^\W\d_]{{4}}[.,;:)»”]?)[{_SUPERSCRIPTS}]+(?![\w{_SUPERSCRIPTS}])")


def clean(text: str) -> str:
    """NFC, one space between words, no soft hyphens, control characters or notes' superscript
    marks, trimmed."""
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text).replace("\u00ad", ""))
    if not _SUPERSCRIPT_SET.isdisjoint(text):  # (a regex search on every text costs more than the rest)
        text = _SUPERSCRIPT_MARK.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def join_lines(lines: list[str]) -> str:
    """Join lines with spaces, undoing line-break hyphenation but keeping real hyphens.

    "kompetanse-" + "utvikling" -> "kompetanseutvikling"; "Sørøst-" + "Norge" -> "Sørøst-Norge";
    "Arbeids-" + "og velferdsetaten" -> "Arbeids- og velferdsetaten"; "IKT-" + "næringen" and
    "Kongsberg-" + "klyngen" keep it (abbreviations and names); "Råd/utvalg/" + "nettverk" joins.
    """
    out = ""
    for raw in lines:
        line = clean(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        if out[-1] in _HYPHENS and len(out) >= 2 and out[-2].isalnum():
            out = out[:-1] + _after_hyphen(out, line)
        elif out[-1] in "/–—" and len(out) >= 2 and out[-2].isalnum():
            out = out + line  # "Råd/utvalg/" + "nettverk", "2018–" + "2021"
        else:
            out = f"{out} {line}"
    return out


def _after_hyphen(before: str, line: str) -> str:
    """What follows a line that ended in a hyphen (the hyphen itself already removed)."""
    first_word = line.split(" ", 1)[0]
    head, _, prev_word = before[:-1].rpartition(" ")
    # A capital inside a sentence marks a name; at the start of one it is only the sentence's capital.
    name = prev_word[:1].isupper() and bool(head) and not head.rstrip().endswith((".", ":", "!", "?"))
    keep_hyphen = (
        not line[0].isalpha()  # "kommune-" + "/fylke", "2018-" + "2019"
        or line[0].isupper()  # "Sørøst-Norge", "KompetansePluss-Arbeid"
        or prev_word[-1:].isupper()  # "IKT-næringen"
        or name  # "Kongsberg-klyngen", "Eyde-klyngen"
        or len(prev_word) <= 1  # "e-læring"
    )
    if first_word.lower().strip(",.;:") in _CONJUNCTIONS:
        return "- " + line
    return ("-" if keep_hyphen else "") + line


def join_paragraphs(texts: list[str]) -> str:
    return " ".join(t for t in (clean(x) for x in texts) if t)


# Short words that stand on their own: a line starting with one continues the sentence, not a word.
_FUNCTION_WORDS = {"og", "i", "som", "for", "med", "til", "av", "på", "er", "en", "et", "ei", "de", "det", "den", "fra", "om",
                   "ved", "eller", "samt", "at", "å", "har", "blir", "skal", "kan", "vil", "mv", "mfl", "etc"}
_FRAGMENT = re.compile(r"^[a-zæøå]+(?:\.[a-z]{2,4})?[,;:.)]?$")  # ("ng.no": a web address's end)
# abbreviations a header or a cell prints on a line of their own ("Ansvarlig" / "dep.")
_ABBREVIATIONS = {"dep.", "avd.", "adm.", "org.", "evt.", "kap.", "pkt.", "ref.", "tlf.", "stk.", "osv.", "mfl.", "red.",
                  "inkl.", "mill.", "mrd.", "ekskl."}
_ENDINGS = {"en", "et", "er", "ene", "ane"}  # a noun's endings that are also words of their own


def vocabulary(words) -> set[str]:
    """Lower-case words as printed, for telling a broken word from two words."""
    return {w.strip("«»\"'()[],.;:!?").casefold() for w in words}


def join_wrapped(lines: list[tuple[str, float]], right: float, tolerance: float, known: set[str] | None = None,
                 breaks: set[str] | None = None) -> str:
    """Join the lines of a table cell, given each line's text and right edge.

    A one-word line that reaches the column's right edge, followed by a lower-case fragment, may
    be a word the renderer broke because the column was too narrow: "fylkeskommun" + "e" ->
    "fylkeskommune". It is mended when the fragment is too short to be a word of its own, or when
    the mended word is printed elsewhere in the document (`known`); "Yrkesopplæringsnemndas" +
    "rolle" stays two words. `breaks`: the column is known to break words (`breaks_words`), so a word
    alone on its line at the edge goes on in a fragment that is no word of its own (`breaks` holds the
    words the table prints inside a line, after another), "Voksenoppl" + "æringskonfe" + "ransen", and a
    line's last word in such a fragment of a letter or three.
    Anything else joins as `join_lines` does.
    """
    return _join_wrapped(lines, right, tolerance, known, breaks)[0]


def breaks_words(lines: list[tuple[str, float]], right: float, tolerance: float) -> bool:
    """Whether a cell's lines show a word its renderer broke at the column's edge, surely: a one-word
    line there followed by a fragment too short to be a word ("Bransjeprogra" + "m for …")."""
    return _join_wrapped(lines, right, tolerance, None, None)[1]


def _join_wrapped(lines: list[tuple[str, float]], right: float, tolerance: float, known: set[str] | None,
                  breaks: set[str] | None) -> tuple[str, bool]:
    texts: list[str] = []
    prev_x1 = None
    broke = False
    for text, x1 in lines:
        first = text.split(" ", 1)[0]
        prev = texts[-1] if texts else ""
        fragment = first.rstrip(",;:.)»")
        # a line that reaches the column's edge with a word: maybe broken
        # (in a column that breaks words, a wide letter's width short of it: "Voksenoppl" + "æringskonferansen")
        reaches = bool(prev) and prev[-1:].isalpha() and prev_x1 is not None \
            and prev_x1 >= right - (1.5 if breaks is not None else 1.0) * tolerance
        # (one word alone on its line; before a fragment of a letter or three, a wide letter short of the edge: "Bransjeprogra" + "m")
        core = re.match(r"[a-zæøå]*", fragment).group()
        short = len(core) <= 3 and first.casefold() not in _ABBREVIATIONS
        at_edge = (reaches or short and bool(prev) and prev[-1:].isalpha() and prev_x1 is not None
                   and prev_x1 >= right - 1.5 * tolerance) and " " not in prev.strip()
        last = prev.rsplit(" ", 1)[-1] if reaches else ""
        candidate = ((at_edge or bool(last)) and _FRAGMENT.match(first) and fragment not in _FUNCTION_WORDS
                     and not re.match(r"^[a-zæøå]{1,2}\.$", first))  # "m. fl." is an abbreviation
        # ("Ansvarlig" over "dep.": a word and an abbreviation, unless the joined word is printed elsewhere)
        sure = short or re.match(r"^([bdfgklmnprst])\1", fragment)  # no word starts "mm", "tt" …
        # "Ungdomsgaranti" + "en i NAV": an ending, not the article, when no noun follows it
        after = text.split()[1:2]
        ending = (at_edge and fragment in _ENDINGS and first == fragment and len(prev.strip()) >= 8
                  and (not after or after[0].casefold() in _FUNCTION_WORDS or not after[0][:1].isalpha()))
        whole = (prev if at_edge else last) + fragment
        # (a line's last word only when the mended word is known: "LOs deltakelse i Kompet" + "ansebehovsutvalget")
        # (in a column that breaks words: a word alone at the edge, or a line's last word before a letter or three,
        # goes on in a fragment that is no word of its own: not "Kompetanseløft" + "ansatte")
        broken = breaks is not None and fragment.casefold() not in breaks and (at_edge or sure)
        if ending or candidate and (at_edge and sure or broken or (known is not None and whole.strip("«»\"'(").casefold() in known)):
            broke = broke or bool(candidate and at_edge and sure)
            texts[-1] = prev + text
        else:
            texts.append(text)
        prev_x1 = x1
    return join_lines(texts), broke


def symbol_bullet(text: str) -> bool:
    """A symbol alone in front of a line ("▪", "➢", "✔", "►", "▸"): a bullet, however close the text after it."""
    return len(text) == 1 and (unicodedata.category(text) == "So" or text in "•◦∙∘→⇒▸▹►‣⁃")  # not "·", "+", ">": text
