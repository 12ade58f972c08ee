"""Scrapy's CSV feed (``scrapy crawl … -O out.csv``) written as ``newscrawl export --format csv`` writes it:
UTF-8 with a BOM (Excel shows Chinese correctly), list fields joined with '、' (images by their src), and
cells that a spreadsheet would run as formulas prefixed with ``'`` (newscrawl.exports.table.csv_cell)."""
from __future__ import annotations

from typing import Any

from scrapy.exporters import CsvItemExporter

from newscrawl.exports.table import csv_cell


class ExcelCsvItemExporter(CsvItemExporter):
    """``FEED_EXPORTERS["csv"]``. A feed's own ``encoding`` other than UTF-8 is kept; UTF-8 gets the BOM
    (written only at the start of the file, so ``-o`` appending to a file adds none)."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        if (kwargs.get("encoding") or "utf-8").lower().replace("_", "-") in ("utf-8", "utf8"):
            kwargs["encoding"] = "utf-8-sig"
        super().__init__(file, **kwargs)

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        if "serializer" in field:
            return super().serialize_field(field, name, value)
        return csv_cell(name, value)
