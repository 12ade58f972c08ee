"""The clock: Asia/Shanghai, the current time as ISO 8601, and run ids."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone, tzinfo

try:
    from zoneinfo import ZoneInfo

    SHANGHAI: tzinfo = ZoneInfo("Asia/Shanghai")
except Exception:  # noqa: BLE001 - zoneinfo or tzdata missing (any error: fall back to UTC+8)
    SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")


def now_iso() -> str:
    """The current time in Asia/Shanghai, ISO 8601 with offset, to the second."""
    return datetime.now(SHANGHAI).replace(microsecond=0).isoformat()


def new_run_id() -> str:
    """A sortable, unique run id such as 20211231T113835-1a2b3c."""
    return datetime.now(SHANGHAI).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
