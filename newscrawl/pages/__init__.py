"""Pure page parsers: response text + URL in, raw article fields out.  No Scrapy imports."""

#: Pages larger than this many bytes are refused with ``too_large`` (before decoding; also Scrapy's
#: DOWNLOAD_MAXSIZE, so a download stops there).
MAX_BYTES = 10 * 1024 * 1024


class PageError(ValueError):
    """A response that cannot give an article; ``reason`` is a short stable code for ``failures``."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(f"{reason}: {message}" if message else reason)
        self.reason = reason
        self.message = message
