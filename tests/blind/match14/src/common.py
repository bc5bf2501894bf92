"""Formatting helpers shared by templates."""
from . import delmal as D


def join(items, last=None):
    items = list(items)
    if not items:
        return ""
    if last and len(items) > 1:
        return ", ".join(items[:-1]) + f" {last} " + items[-1]
    return ", ".join(items)


def codes(row, sep=", ", last=None):
    c = row["dm"]
    if last and len(c) > 1:
        return sep.join(c[:-1]) + f" {last} " + c[-1]
    return sep.join(c)


def first_code(row):
    return row["dm"][0] if row["dm"] else "9.9"


def sort_by_delmal(rows):
    return sorted(rows, key=lambda r: [int(x) for x in first_code(r).split(".")])


def area_of(row):
    return D.area(first_code(row)) if row["dm"] else None


def group_consecutive(rows, keyf):
    out = []
    for r in rows:
        k = keyf(r)
        if out and out[-1][0] == k:
            out[-1][1].append(r)
        else:
            out.append((k, [r]))
    return out
