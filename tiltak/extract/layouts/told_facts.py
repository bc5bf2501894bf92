"""Facts a measure's running text tells inside its sentences, where no label or column gives them:
who runs it ("drives av NHO", "KS har ansvaret", "Spekter har etablert …"), with whom ("sammen med NITO
og Forskningsrådet", "utarbeidet av Rambøll for KS") and when ("startet våren 2019", "for perioden
2019–2023", "(2019–2020)"). Each as printed; only the measure's own sentences are read, up to one that
starts another measure ("I tillegg har vi …")."""

from __future__ import annotations

import re

from ..content import MONTHS
from .facts import _SENTENCE_END

_YEAR = r"(?:19|20)\d{2}(?:/\d{2})?"
_SEASON = r"(?:vår|våren|høst|høsten|haust|hausten|sommer|sommeren|sommar|sommaren|vinter|vinteren|skoleåret|skuleåret)"
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_TIME = rf"(?:\d{{1,2}}\.\s*{_MONTH}\s+{_YEAR}|{_MONTH}\s+{_YEAR}|{_SEASON}\s+{_YEAR}|{_YEAR})"
_TO = r"(?:\s*[–—-]\s*(?:ut\s+)?|\s+(?:til(?:\s+og\s+med)?|til\s+ut|og\s+ut)\s+)"
# a time and where it ends: "fra 1. januar 2018 til ut 2019", "2019–2023", "våren 2019"
_PERIOD = re.compile(rf"(?<![\w.])(?P<lead>(?:fra|frå|siden|sidan|ut|til|innen|innan)\s+)?(?P<time>{_TIME}(?:{_TO}{_TIME})?)"
                     rf"(?![\w-])", re.I)
# a sentence that starts, runs or holds the measure at that time (not "hadde i 2020 250 000 brukere",
# "Neste rapport kommer i september 2019")
_RUNS = re.compile(r"\b(?:start\w*|etabler\w*|oppretta|opprettet|opprettes|innført\w*|innfør[te]|lansert\w*|lanserte|"
                   r"arrangert\w*|arrangerer|gjennomført\w*|gjennomføres|gjennomførast|gjennomføre|holdt|haldt|gitt|gjeve|"
                   r"vedtok|vedtatt|vedteke|igangsatt|i\s+gang|varer|varte|varighet|pågår|pågikk|pågått|går\s+(?:fra|frå)|"
                   r"samlet|samla|oppnevnt|utnevnt|forlenget|forlenga|videreført|vidareført|gjeldende|gjeldande|"
                   r"periode|perioden|prosjektperioden|tidsrom|avsluttet|avslutta|avsluttes)\b", re.I)
# the time told whole: a range, a start ("fra …"), a bracket or a sentence of its own
_TIME_WORD = re.compile(r"^(?:den|i|per|pr\.|før|etter|om|ut|til|innen|innan|høsten|våren|hausten|sommeren|vinteren)$", re.I)
_STRONG = re.compile(rf"^(?:(?:fra|frå|siden|sidan)\s+.+|.+{_TO}.+)$", re.I)

# who: capitalised names, a gazetteer's short name ("KS", "HK-dir"), "Akademikerne/Econa", "LO Stat"
_NAME = r"(?-i:[A-ZÆØÅ][\wÆØÅæøå/&-]*)(?:\s+(?:i\s+|og\s+)?(?-i:[A-ZÆØÅ][\wÆØÅæøå/&-]*))*"
_CONTRACTOR = r"(?-i:[A-ZÆØÅ][\wÆØÅæøå/&-]*)(?:\s+(?:(?-i:[A-ZÆØÅ][\wÆØÅæøå/&-]*)|analyse|samfunnsanalyse|forskning))*"
# a body told by its kind, in the definite ("kommunene", "fylkeskommunane", "partene", "dei vidaregåande skulane")
_BODIES = r"(?:(?:dei|de|alle|andre|øvrige)\s+)?(?:\w+\s+)?\w+(?:ene|ane|erne|arne|er|ar|a)"
_NOBODY = re.compile(r"^(?:vi|det|dette|den|denne|de|dei|tiltaket|prosjektet|kurset|nettverket|rapporten|programmet|"
                     r"satsingen|ordningen|ordninga|utvalget|arbeidet|senteret|plattformen|strategien|forsøket|"
                     r"alliansen|konferansen|evalueringen|utredningen|notatet|monitoren|den|i|fra|frå|etter|med)$", re.I)
_WHO_VERBS = (r"(?:har\s+(?:òg\s+|også\s+|nå\s+|no\s+|i\s+\d{4}\s+)?(?:etablert|startet|starta|sett\s+i\s+gang|satt\s+i\s+gang|"
              r"arrangert|utarbeidet|utarbeidd|utviklet|utvikla|bestilt|lansert|gjennomført|fått\s+gjennomført|"
              r"fått\s+utarbeidet|fått\s+utarbeidd|laget|laga|opprettet|oppretta|videreført|vidareført|initiert|tatt\s+initiativ)"
              r"|etablerte|startet|starta|arrangerte|arrangerer|lanserte|leder|leiar|driver|driv|eier|eig|står\s+bak|"
              r"gjennomfører|gjennomførte|tilbyr|tilbød|utviklet|utvikla|utarbeidet|bestilte)")
_BY = r"(?:drives|drivast|ledes|leiast|leies|forvaltes|forvaltast|arrangeres|arrangerast|koordineres|koordinerast|eies|eigast|utviklet|utvikla|etablert|startet|arrangert|drevet|driven|ledet|leia)\s+av"
_MADE_BY = r"(?:utarbeidet|utarbeidd|skrevet|skrive|skrivi|gjennomført|gjennomføres|gjennomførast|utført|utføres|evaluert|evaluer(?:es|ast)|laget|laga)\s+av"

_RESPONSIBLE = [
    re.compile(rf"\b{_BY}\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"\bi\s+regi\s+av\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"\bpå\s+oppdrag\s+(?:fra|frå|av)\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"\b{_MADE_BY}\s+{_CONTRACTOR}\s+for\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"(?:^|\bder\s+|,\s+)(?P<who>{_NAME})\s+(?:har|hadde)\s+(?:fått\s+)?(?:hoved|hovud)?ansvar(?:et)?\b", re.I),
    re.compile(rf"\b(?:ansvarlig|ansvarleg)\s+(?:er|var)\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"\bansvaret\s+(?:ligger|ligg|har)\s+(?:hos\s+)?(?P<who>{_NAME})", re.I),
    re.compile(rf"^(?P<who>{_NAME})\s+{_WHO_VERBS}\b", re.I),
    # "Spekter og LO er i fellesskap ansvarlig for konferansen", "KD står bak arbeidsgruppen"
    re.compile(rf"^(?P<who>{_NAME})\s+(?:er|var)\s+(?:i\s+fellesskap\s+|felles\s+|hoved|hovud|(?:sammen|saman)\s+med\s+[^.]{{1,60}}?\s+)?"
               rf"(?:ansvarlig|ansvarleg)\b|^(?P<who2>{_NAME})\s+(?:står|stod|står\s+sammen|står\s+saman)\s+bak\b", re.I),
    # a time, a place or a partner first, then the verb and who: "Den 21. september 2017 arrangerte Spekter …"
    re.compile(rf"^(?:den\s+|i\s+|høsten\s+|våren\s+|hausten\s+)?[^,]{{0,40}}?\d{{4}}\s+(?:etablerte|startet|starta|arrangerte|lanserte|"
               rf"gjennomførte|bestilte|utviklet|utvikla|har)\s+(?P<who>{_NAME})\b", re.I),
]
_PARTNERS = [
    re.compile(r"\b(?:i\s+samarbeid\s+med|(?:sammen|saman)\s+med|et\s+samarbeid\s+mellom|eit\s+samarbeid\s+mellom|"
               r"(?:nasjonale\s+|øvrige\s+|andre\s+)?(?:samarbeidspartnere|samarbeidspartnarar|deltakere|deltakarar)\s+(?:er|var))"
               r"\s+(?P<with>.+)", re.I),
    re.compile(r"\bmed\s+(?P<with>.+?)\s+som\s+(?:(?:samarbeids)?partner(?:e|ar|ne|ane)?|bidragsyter(?:e)?|bidragsytarar|"
               r"sekretariat)\b", re.I),
    re.compile(rf"\b{_MADE_BY}\s+(?P<with>{_CONTRACTOR})(?=\s+(?:for|på|i|som)\b|\s*[.,(;]|$)", re.I),
    re.compile(rf"^(?P<with>{_CONTRACTOR})\s+(?:gjennomfører|gjennomførte|utfører|har\s+skrevet|har\s+gjennomført|"
               rf"har\s+utført|har\s+fulgt)\b[^.]*\bpå\s+oppdrag\b", re.I),
]
# where a list of who ends: "… sammen med LO og NHO om lønnsoppgjøret", "… med IMDi, som …"
_LIST_END = re.compile(r"\s+(?:om|for|til|der|som|gjennom|ved|med|innan|innen|på|i(?=\s+(?-i:[a-zæøå\d]))|og\s+(?=(?:har|er|skal|vil|det|den|vi)\b))\s+"
                       r"|\s*[.;:()–—]\s*|\s*,\s+(?=(?:og|men|der|som|og\s+det)\b)", re.I)


def _sentences(text: str) -> list[str]:
    out = []
    for s in _SENTENCE_END.split(" ".join((text or "").split())):
        if out and re.match(r"^(?:i\s+tillegg|dessuten|vi\s+har\s+også|vi\s+har\s+òg|videre\s+har)\b", s, re.I):
            break  # another measure told in the same paragraph
        out.append(s.strip())
    return [s for s in out if s]


def _who(name: str) -> str | None:
    name = name.strip(" ,.")
    words = name.split()
    if not words or len(words) > 6 or _NOBODY.match(words[0]) or _NOBODY.match(name):
        return None
    return name


def _names(text: str) -> str | None:
    """The printed list of who at the start of `text` ("KMD og hovedorganisasjonene"), up to where the
    sentence goes on about something else."""
    head = _LIST_END.split(text, maxsplit=1)[0]
    items = [x.strip() for x in re.split(r",\s*|\s+og\s+", head) if x.strip()]
    kept = []
    for item in items:
        if re.fullmatch(_NAME, item) or re.fullmatch(_CONTRACTOR, item) or re.fullmatch(_BODIES, item, re.I) and len(item.split()) <= 3 \
                and not _NOBODY.match(item.split()[-1]):  # (its head noun: "dei vidaregåande skulane", not "ordninga")
            kept.append(item)
        else:
            break
    if not kept:
        return None
    end = head.find(kept[-1]) + len(kept[-1])
    return head[:end].strip(" ,")


def period_told(text: str) -> str | None:
    """The time a measure's sentences give for it, as printed; None when they give none or only in a
    sentence that neither starts nor runs it."""
    weak = None
    for sentence in _sentences(text):
        for m in _PERIOD.finditer(sentence):
            before = sentence[:m.start()].rstrip()
            last = before.split()[-1] if before.split() else ""
            if last[:1].isupper() and not _TIME_WORD.match(last) and not m.group("lead"):
                continue  # a name with its year: "Kompetansekonferansen 2026"
            if re.search(r"\b(?:delmål|tiltak|nr\.?|kapittel|side|§)$", before, re.I):
                continue
            lead = (m.group("lead") or "").strip()
            value = f"{lead} {m.group('time')}".strip() if lead.casefold() not in ("", "til", "innen", "innan") \
                else m.group("time")
            alone = sentence.rstrip(". ").strip("() ") == m.group(0) or before.endswith("(")
            if _STRONG.match(value) or alone or re.search(r"\bperiode(?:n)?\s+(?:er\s+)?$", before, re.I):
                return value
            if weak is None and _RUNS.search(sentence):
                weak = value
    return weak


def responsible_told(text: str) -> str | None:
    """Who the sentences say runs or owns the measure, as printed, or None."""
    for sentence in _sentences(text):
        for pattern in _RESPONSIBLE:
            m = pattern.search(sentence)
            if m and (who := _who(m.group("who") or m.group("who2"))):
                return _names(who) or who
    return None


def partners_told(text: str, responsible: str | None = None) -> str | None:
    """Who the sentences say takes part with the one responsible, as printed, or None."""
    for sentence in _sentences(text):
        for pattern in _PARTNERS:
            m = pattern.search(sentence)
            if not m:
                continue
            names = _names(m.group("with"))
            if names and responsible:  # "et samarbeid mellom KS, KMD og hovedorganisasjonene" led by KS
                parts = [x for x in re.split(r",\s*|\s+og\s+", names) if x.strip() and x.strip() != responsible]
                names = (", ".join(parts[:-1]) + " og " + parts[-1] if len(parts) > 1 else parts[0]) if parts else None
            if names:
                return names
    return None


def answer_told(text: str) -> dict[str, str] | None:
    """A responsible's answer written as sentences ("LO er ansvarlig for tiltaket. Samarbeidspartnere er
    KD og NHO."): who and with whom, or None for an answer that is names."""
    text = " ".join((text or "").split())
    if not text.endswith(".") or len(text.split()) < 4:
        return None
    who = responsible_told(text)
    if who is None:
        return None
    partners = partners_told(text, who)
    return {"responsible": who, **({"partners": partners} if partners else {})}


def told_facts(text: str) -> dict[str, str]:
    """The responsible, partners and period a measure's sentences give, as {field: value}."""
    who = responsible_told(text)
    found = {"responsible": who, "partners": partners_told(text, who), "period": period_told(text)}
    return {k: v for k, v in found.items() if v}
