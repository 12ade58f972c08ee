"""One crawl at a time per database: an advisory lock file beside it (released by the OS if the process dies)."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from newscrawl.text.clock import now_iso

#: Exit status of a crawl that found another one running (EX_TEMPFAIL: "try again later").
EXIT_LOCKED = 75


class LockedError(RuntimeError):
    """Another process holds the lock; the message says which and since when."""


class LockFileError(RuntimeError):
    """The lock file cannot be made (a read-only folder …); the message is one line for the user."""


class DbLock:
    """``with DbLock("data/news.db"):`` holds ``data/news.db.lock`` exclusively, or raises LockedError at once.

    The lock file sits beside the database's resolved path (symlinks followed, relative paths made absolute),
    so every name of one database file takes the same lock."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{Path(db_path).resolve()}.lock")
        self.fd: int | None = None

    def __enter__(self) -> DbLock:  # noqa: PYI034 - typing.Self needs Python 3.11; we support 3.10
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LockFileError(f"cannot create the lock file {self.path}: {exc.strerror or exc} "
                                "(is the database's folder read-only?)") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise LockedError(f"another crawl is running on this database ({holder}); lock file {self.path}") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {now_iso()}".encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
