"""Check the fifth batch: every gold json parses with the gold keys, every html decodes strictly with the charset it
declares, and every gold text line (whitespace removed) is found in the tag-stripped page."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
KEYS = {"title", "published_at", "authors", "photographers", "editors", "source", "media", "text", "kind", "label_note"}


def main() -> int:
    bad = 0
    for h in sorted(HERE.glob("*.html")):
        gold = json.loads(h.with_suffix(".json").read_text(encoding="utf-8"))
        raw = h.read_bytes()
        m = re.search(rb'charset="?([\w-]+)', raw[:2000])
        cs = m.group(1).decode().lower() if m else "utf-8"
        try:
            html = raw.decode(cs)
        except UnicodeDecodeError as e:
            print("DECODE", h.name, cs, e)
            bad += 1
            continue
        flat = re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html))
        lost = [ln for ln in gold["text"].split("\n") if re.sub(r"\s+", "", ln) not in flat]
        missing = KEYS - gold.keys()
        if missing or lost or "&#" in html or not 400 <= len(gold["text"]) <= 1500:
            print("BAD", h.name, missing, lost[:2], "&#" in html, len(gold["text"]))
            bad += 1
        print(f"ok {h.name:46} {cs:7} {len(gold['text']):5}")
    print(len(list(HERE.glob("*.html"))), "pages,", bad, "bad")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
