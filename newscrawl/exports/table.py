"""Exports of stored articles: CSV that Excel opens correctly (UTF-8 with BOM) and JSON Lines."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newscrawl.items import LIST_FIELDS, STORED_FIELDS

FORMATS = ("csv", "jsonl")
LIST_JOINER = "、"


#: A text cell starting with one of these is read as a formula by Excel or Google Sheets (LibreOffice Calc 7.4,
#: formulas evaluated on import, runs only '='; the others are guarded for Excel)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(key: str, value: Any, formula_guard: bool = True) -> Any:
    """A CSV cell: lists joined with '、' (images by their src), None as empty; with ``formula_guard``, a text
    that a spreadsheet would run as a formula (``=HYPERLINK(…)`` scraped from a page, ``+86 513 …``) gets a
    leading ``'``. The cell is then text, but the ``'`` is shown as its first character: LibreOffice Calc keeps
    it on CSV import (tests/e2e/test_hostile_export.py opens the export in Calc), Excel opening a CSV too."""
    if value is None:
        return ""
    if key in LIST_FIELDS and isinstance(value, list):
        value = LIST_JOINER.join(v.get("src", "") if isinstance(v, dict) else str(v) for v in value)
    if formula_guard and isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: Iterable[str] = STORED_FIELDS,
              formula_guard: bool = True) -> int:
    """Write rows as CSV (the caller opens ``out`` with encoding 'utf-8-sig' for the BOM); returns the count.
    ``formula_guard``: see :func:`csv_cell`."""
    columns = list(columns)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_cell(c, row.get(c), formula_guard) for c in columns])
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str], columns: Iterable[str] = STORED_FIELDS) -> int:
    """One JSON object per line, lists as JSON arrays, Chinese unescaped; returns the count."""
    columns = list(columns)
    n = 0
    for row in rows:
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
        n += 1
    return n


# --- export filters of issue 7: --query (full-text, as `newscrawl search`) and --no-reprints ---

def filter_rows(rows: Iterable[dict[str, Any]], *, ids: set[str] | None = None,
                reprints: bool = True) -> Iterator[dict[str, Any]]:
    """Rows whose id is in ``ids`` (when given), without reprints (rows with reprint_of) unless ``reprints``."""
    for row in rows:
        if ids is not None and row.get("id") not in ids:
            continue
        if not reprints and row.get("reprint_of"):
            continue
        yield row
