"""Small data model: a report with its measure rows."""
from dataclasses import dataclass, field

TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


@dataclass
class Row:
    tid: str            # tiltak identity (ground truth)
    title: str          # exactly as printed
    desc: str           # exactly as printed
    delmal: list        # codes 1.1–3.6 that the report assigns
    type: str           # ground-truth category (one of TYPES)
    resp: str           # responsible organisation as printed
    partners: list      # partners as printed, split on commas
    period: str         # period as printed ('' when none)
    tp: str = None      # printed type label when it differs from `type`
    extra: dict = field(default_factory=dict)  # template-specific printed text

    def __post_init__(self):
        assert self.type in TYPES, (self.title, self.type)

    @property
    def type_print(self):
        return self.tp or self.type

    @property
    def partners_print(self):
        return ", ".join(self.partners)


@dataclass
class Report:
    file: str
    reporter: str
    year: int
    template: str       # name of the template function
    label: str          # short human description of the template
    rows: list
    meta: dict = field(default_factory=dict)


def R(tid, title, desc, delmal, type_, resp, partners, period, tp=None, **extra):
    return Row(tid, title, desc, list(delmal), type_, resp, list(partners), period, tp, dict(extra))
