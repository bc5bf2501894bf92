"""Field labels as members write them, shared by the table and form parsers.

A label names a field in any wording seen in the reports; matching is on folded text (case,
punctuation), exact or a close spelling, with an optional parenthetical tail ("(maks en halv side)").
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .base import fold, split_typed_number

FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("tiltak", "navn på tiltak", "tiltakets navn", "tiltaksnavn", "navn på tiltaket", "tiltak i nasjonal kompetansepolitisk strategi",
              "beskrivelse av tiltak navn", "tiltak navn"),
    "goal": ("delmål", "relasjon til delmål", "relasjon til nkps", "delmål i nkps", "relevant delmål", "delmål nkps",
             "relasjon til strategien", "nkps delmål", "delmål tiltak nr", "relasjon til nkps tiltak"),
    "type": ("type tiltak", "type", "tiltakstype", "type tiltak kategori", "kategori"),
    "responsible": ("ansvarlig", "hovedansvarlig", "ansvarlig aktør", "ansvarlig virksomhet", "ansvarlig organisasjon"),
    "partners": ("samarbeidspartnere", "samarbeidspartnere og bidragsytere", "samarbeidspartner", "bidragsytere",
                 "partnere", "samarbeidspartnere bidragsytere"),
    "roles": ("ansvarlig og samarbeidspartnere", "ansvarlig samarbeidspartnere"),
    "description": ("beskrivelse", "beskrivelse av tiltaket", "kort beskrivelse", "beskrivelse av tiltak", "innhold"),
    "period": ("tidspunkt og varighet", "tidspunkt", "varighet", "periode", "tidsperiode", "tidsrom", "tidsramme"),
    "count": ("antall totalt", "antall", "totalt"),
}
_TAILS = ("maks en halv side", "maks 1 2 side", "kort", "stikkord", "inntil", "valgfritt")


def field_of(text: str) -> str | None:
    """The field a label names, or None when the text is not a label."""
    _, text = split_typed_number(text.strip())
    head = text.split("(", 1)[0] if "(" in text else text
    key = fold(head.rstrip(":"))
    if not key or len(key) > 60:
        return None
    full = fold(text)
    for field, variants in FIELDS.items():
        if key in variants or full in variants:
            return field
    for field, variants in FIELDS.items():
        for variant in variants:
            if full.startswith(variant) and any(full[len(variant):].strip().startswith(t) for t in _TAILS):
                return field
            if len(key) >= 8 and fuzz.ratio(key, variant) >= 90:
                return field
    return None


def split_label(text: str) -> tuple[str | None, str]:
    """'Delmål: 2.2' -> ('goal', '2.2'); text without a known label before a colon -> (None, text)."""
    head, sep, rest = text.partition(":")
    if not sep:
        return None, text
    field = field_of(head)
    return (field, rest.strip()) if field else (None, text)
