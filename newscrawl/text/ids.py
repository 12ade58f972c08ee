"""Article ids: the finews/Eastmoney infoCode pattern and the date a code starts with."""
from __future__ import annotations

import datetime as _dt
import re

#: An infoCode: optional letter prefix (NW…) and 12–24 digits.
INFO_CODE_RE = re.compile(r"^[A-Z]{0,4}\d{12,24}$")


#: An Eastmoney / finews code starts with its date: 202205262391921712, NW202112312232633030.
_CODE_DATE_RE = re.compile(r"^[A-Z]{0,4}((?:19|20)\d{2})(\d{2})(\d{2})\d{4,}$")


def valid_ymd(year: str, month: str, day: str) -> str | None:
    """'YYYY-MM-DD' when year, month and day make a real date; else None."""
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def code_date(code: str | None) -> str | None:
    """The date an infoCode starts with: '202205262391921712' → '2022-05-26' (Eastmoney and finews codes
    begin with YYYYMMDD); None for other ids or an impossible date."""
    m = _CODE_DATE_RE.match(code or "")
    return valid_ymd(*m.groups()) if m else None
